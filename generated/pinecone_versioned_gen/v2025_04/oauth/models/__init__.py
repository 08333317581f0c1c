"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .get_token_response_400 import GetTokenResponse400
    from .get_token_response_401 import GetTokenResponse401
    from .get_token_response_403 import GetTokenResponse403
    from .get_token_response_429 import GetTokenResponse429
    from .get_token_response_500 import GetTokenResponse500
    from .get_token_response_501 import GetTokenResponse501
    from .get_token_response_503 import GetTokenResponse503
    from .token_request import TokenRequest
    from .token_request_audience import TokenRequestAudience
    from .token_request_grant_type import TokenRequestGrantType
    from .token_response import TokenResponse
    from .token_response_token_type import TokenResponseTokenType

_MODULES = {
    "GetTokenResponse400": ".get_token_response_400",
    "GetTokenResponse401": ".get_token_response_401",
    "GetTokenResponse403": ".get_token_response_403",
    "GetTokenResponse429": ".get_token_response_429",
    "GetTokenResponse500": ".get_token_response_500",
    "GetTokenResponse501": ".get_token_response_501",
    "GetTokenResponse503": ".get_token_response_503",
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
    "GetTokenResponse400",
    "GetTokenResponse401",
    "GetTokenResponse403",
    "GetTokenResponse429",
    "GetTokenResponse500",
    "GetTokenResponse501",
    "GetTokenResponse503",
    "TokenRequest",
    "TokenRequestAudience",
    "TokenRequestGrantType",
    "TokenResponse",
    "TokenResponseTokenType",
)
