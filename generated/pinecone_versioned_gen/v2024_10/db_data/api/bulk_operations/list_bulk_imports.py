from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_imports_response import ListImportsResponse
from ...models.rpc_status import RpcStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["paginationToken"] = pagination_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bulk/imports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListImportsResponse | RpcStatus | None:
    if response.status_code == 200:
        response_200 = ListImportsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RpcStatus.from_dict(response.json())

        return response_400

    if 400 <= response.status_code <= 499:
        response_4xx = RpcStatus.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = RpcStatus.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListImportsResponse | RpcStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
) -> Response[ListImportsResponse | RpcStatus]:
    """GET /bulk/imports (Pinecone API 2024-10, db_data).

    Args:
        limit (int | Unset):  Default: 100.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListImportsResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        limit=limit,
        pagination_token=pagination_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
) -> ListImportsResponse | RpcStatus | None:
    """GET /bulk/imports (Pinecone API 2024-10, db_data).

    Args:
        limit (int | Unset):  Default: 100.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListImportsResponse | RpcStatus
    """

    return sync_detailed(
        client=client,
        limit=limit,
        pagination_token=pagination_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
) -> Response[ListImportsResponse | RpcStatus]:
    """GET /bulk/imports (Pinecone API 2024-10, db_data).

    Args:
        limit (int | Unset):  Default: 100.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListImportsResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        limit=limit,
        pagination_token=pagination_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
) -> ListImportsResponse | RpcStatus | None:
    """GET /bulk/imports (Pinecone API 2024-10, db_data).

    Args:
        limit (int | Unset):  Default: 100.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListImportsResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            pagination_token=pagination_token,
        )
    ).parsed
