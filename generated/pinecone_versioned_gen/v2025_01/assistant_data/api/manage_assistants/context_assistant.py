from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.context_model import ContextModel
from ...models.context_request import ContextRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    assistant_name: str,
    *,
    body: ContextRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chat/{assistant_name}/context".format(
            assistant_name=quote(str(assistant_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContextModel | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContextModel.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ContextModel | ErrorResponse]:
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
    body: ContextRequest,
) -> Response[ContextModel | ErrorResponse]:
    """POST /chat/{assistant_name}/context (Pinecone API 2025-01, assistant_data).

    Args:
        assistant_name (str):
        body (ContextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContextModel | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_name=assistant_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContextRequest,
) -> ContextModel | ErrorResponse | None:
    """POST /chat/{assistant_name}/context (Pinecone API 2025-01, assistant_data).

    Args:
        assistant_name (str):
        body (ContextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContextModel | ErrorResponse
    """

    return sync_detailed(
        assistant_name=assistant_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assistant_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContextRequest,
) -> Response[ContextModel | ErrorResponse]:
    """POST /chat/{assistant_name}/context (Pinecone API 2025-01, assistant_data).

    Args:
        assistant_name (str):
        body (ContextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContextModel | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_name=assistant_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContextRequest,
) -> ContextModel | ErrorResponse | None:
    """POST /chat/{assistant_name}/context (Pinecone API 2025-01, assistant_data).

    Args:
        assistant_name (str):
        body (ContextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContextModel | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_name=assistant_name,
            client=client,
            body=body,
        )
    ).parsed
