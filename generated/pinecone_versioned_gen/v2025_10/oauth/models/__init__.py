"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .token_request import TokenRequest
from .token_request_audience import TokenRequestAudience
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse
from .token_response_token_type import TokenResponseTokenType

__all__ = (
    "ErrorResponse",
    "TokenRequest",
    "TokenRequestAudience",
    "TokenRequestGrantType",
    "TokenResponse",
    "TokenResponseTokenType",
)
