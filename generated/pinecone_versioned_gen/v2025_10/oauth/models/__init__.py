"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_response import ErrorResponse
    from .token_request import TokenRequest
    from .token_request_audience import TokenRequestAudience
    from .token_request_grant_type import TokenRequestGrantType
    from .token_response import TokenResponse
    from .token_response_token_type import TokenResponseTokenType

_MODULES = {
    "ErrorResponse": ".error_response",
    "TokenRequest": ".token_request",
    "TokenRequestAudience": ".token_request_audience",
    "TokenRequestGrantType": ".token_request_grant_type",
    "TokenResponse": ".token_response",
    "TokenResponseTokenType": ".token_response_token_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "ErrorResponse",
    "TokenRequest",
    "TokenRequestAudience",
    "TokenRequestGrantType",
    "TokenResponse",
    "TokenResponseTokenType",
)
