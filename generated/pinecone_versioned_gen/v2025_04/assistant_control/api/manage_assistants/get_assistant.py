from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant import Assistant
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    assistant_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assistants/{assistant_name}".format(
            assistant_name=quote(str(assistant_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Assistant | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Assistant.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Assistant | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assistant_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Assistant | ErrorResponse]:
    """GET /assistants/{assistant_name} (Pinecone API 2025-04, assistant_control).

    Args:
        assistant_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assistant | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_name=assistant_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Assistant | ErrorResponse | None:
    """GET /assistants/{assistant_name} (Pinecone API 2025-04, assistant_control).

    Args:
        assistant_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assistant | ErrorResponse
    """

    return sync_detailed(
        assistant_name=assistant_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    assistant_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Assistant | ErrorResponse]:
    """GET /assistants/{assistant_name} (Pinecone API 2025-04, assistant_control).

    Args:
        assistant_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assistant | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_name=assistant_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Assistant | ErrorResponse | None:
    """GET /assistants/{assistant_name} (Pinecone API 2025-04, assistant_control).

    Args:
        assistant_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assistant | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_name=assistant_name,
            client=client,
        )
    ).parsed
