"""Contains all the data models used in inputs/outputs"""

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
