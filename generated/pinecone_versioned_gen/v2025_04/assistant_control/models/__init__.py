"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "Assistant": ".assistant",
    "AssistantMetadataType0": ".assistant_metadata_type_0",
    "AssistantStatus": ".assistant_status",
    "CreateAssistantBody": ".create_assistant_body",
    "CreateAssistantBodyMetadata": ".create_assistant_body_metadata",
    "CreateAssistantBodyRegion": ".create_assistant_body_region",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorCode": ".error_response_error_code",
    "ErrorResponseErrorDetails": ".error_response_error_details",
    "ListAssistantsResponse200": ".list_assistants_response_200",
    "UpdateAssistantBody": ".update_assistant_body",
    "UpdateAssistantBodyMetadataType0": ".update_assistant_body_metadata_type_0",
    "UpdateAssistantResponse200": ".update_assistant_response_200",
    "UpdateAssistantResponse200Metadata": ".update_assistant_response_200_metadata",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


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
