from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_token_response_400 import GetTokenResponse400
from ...models.get_token_response_401 import GetTokenResponse401
from ...models.get_token_response_403 import GetTokenResponse403
from ...models.get_token_response_429 import GetTokenResponse429
from ...models.get_token_response_500 import GetTokenResponse500
from ...models.get_token_response_501 import GetTokenResponse501
from ...models.get_token_response_503 import GetTokenResponse503
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetTokenResponse400
    | GetTokenResponse401
    | GetTokenResponse403
    | GetTokenResponse429
    | GetTokenResponse500
    | GetTokenResponse501
    | GetTokenResponse503
    | TokenResponse
    | None
):
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetTokenResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetTokenResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetTokenResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = GetTokenResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetTokenResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = GetTokenResponse501.from_dict(response.json())

        return response_501

    if response.status_code == 503:
        response_503 = GetTokenResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetTokenResponse400
    | GetTokenResponse401
    | GetTokenResponse403
    | GetTokenResponse429
    | GetTokenResponse500
    | GetTokenResponse501
    | GetTokenResponse503
    | TokenResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[
    GetTokenResponse400
    | GetTokenResponse401
    | GetTokenResponse403
    | GetTokenResponse429
    | GetTokenResponse500
    | GetTokenResponse501
    | GetTokenResponse503
    | TokenResponse
]:
    """POST /oauth/token (Pinecone API 2025-04, oauth).

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTokenResponse400 | GetTokenResponse401 | GetTokenResponse403 | GetTokenResponse429 | GetTokenResponse500 | GetTokenResponse501 | GetTokenResponse503 | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> (
    GetTokenResponse400
    | GetTokenResponse401
    | GetTokenResponse403
    | GetTokenResponse429
    | GetTokenResponse500
    | GetTokenResponse501
    | GetTokenResponse503
    | TokenResponse
    | None
):
    """POST /oauth/token (Pinecone API 2025-04, oauth).

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTokenResponse400 | GetTokenResponse401 | GetTokenResponse403 | GetTokenResponse429 | GetTokenResponse500 | GetTokenResponse501 | GetTokenResponse503 | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[
    GetTokenResponse400
    | GetTokenResponse401
    | GetTokenResponse403
    | GetTokenResponse429
    | GetTokenResponse500
    | GetTokenResponse501
    | GetTokenResponse503
    | TokenResponse
]:
    """POST /oauth/token (Pinecone API 2025-04, oauth).

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTokenResponse400 | GetTokenResponse401 | GetTokenResponse403 | GetTokenResponse429 | GetTokenResponse500 | GetTokenResponse501 | GetTokenResponse503 | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> (
    GetTokenResponse400
    | GetTokenResponse401
    | GetTokenResponse403
    | GetTokenResponse429
    | GetTokenResponse500
    | GetTokenResponse501
    | GetTokenResponse503
    | TokenResponse
    | None
):
    """POST /oauth/token (Pinecone API 2025-04, oauth).

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTokenResponse400 | GetTokenResponse401 | GetTokenResponse403 | GetTokenResponse429 | GetTokenResponse500 | GetTokenResponse501 | GetTokenResponse503 | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
