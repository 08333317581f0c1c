"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant import Assistant
    from .assistant_status import AssistantStatus
    from .create_assistant_body import CreateAssistantBody
    from .create_assistant_body_region import CreateAssistantBodyRegion
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_code import ErrorResponseErrorCode
    from .list_assistants_response_200 import ListAssistantsResponse200
    from .update_assistant_body import UpdateAssistantBody
    from .update_assistant_response_200 import UpdateAssistantResponse200

_MODULES = {
    "Assistant": ".assistant",
    "AssistantStatus": ".assistant_status",
    "CreateAssistantBody": ".create_assistant_body",
    "CreateAssistantBodyRegion": ".create_assistant_body_region",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorCode": ".error_response_error_code",
    "ListAssistantsResponse200": ".list_assistants_response_200",
    "UpdateAssistantBody": ".update_assistant_body",
    "UpdateAssistantResponse200": ".update_assistant_response_200",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "Assistant",
    "AssistantStatus",
    "CreateAssistantBody",
    "CreateAssistantBodyRegion",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "ListAssistantsResponse200",
    "UpdateAssistantBody",
    "UpdateAssistantResponse200",
)
