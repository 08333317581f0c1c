"""Contains all the data models used in inputs/outputs"""

from .assistant import Assistant
from .assistant_metadata_type_0 import AssistantMetadataType0
from .assistant_status import AssistantStatus
from .create_assistant_body import CreateAssistantBody
from .create_assistant_body_metadata import CreateAssistantBodyMetadata
from .create_assistant_body_region import CreateAssistantBodyRegion
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .error_response_error_code import ErrorResponseErrorCode
from .error_response_error_details import ErrorResponseErrorDetails
from .list_assistants_response_200 import ListAssistantsResponse200
from .update_assistant_body import UpdateAssistantBody
from .update_assistant_body_metadata_type_0 import UpdateAssistantBodyMetadataType0
from .update_assistant_response_200 import UpdateAssistantResponse200
from .update_assistant_response_200_metadata import UpdateAssistantResponse200Metadata

__all__ = (
    "Assistant",
    "AssistantMetadataType0",
    "AssistantStatus",
    "CreateAssistantBody",
    "CreateAssistantBodyMetadata",
    "CreateAssistantBodyRegion",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "ErrorResponseErrorDetails",
    "ListAssistantsResponse200",
    "UpdateAssistantBody",
    "UpdateAssistantBodyMetadataType0",
    "UpdateAssistantResponse200",
    "UpdateAssistantResponse200Metadata",
)
