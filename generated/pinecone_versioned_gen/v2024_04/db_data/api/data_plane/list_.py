from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.list_response import ListResponse
from ...models.rpc_status import RpcStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    prefix: str | Unset = UNSET,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["prefix"] = prefix

    params["limit"] = limit

    params["paginationToken"] = pagination_token

    params["namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vectors/list",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponse | RpcStatus:
    if response.status_code == 200:
        response_200 = ListResponse.from_dict(response.json())

        return response_200

    response_default = RpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponse | RpcStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Response[ListResponse | RpcStatus]:
    """GET /vectors/list (Pinecone API 2024-04, db_data).

    Args:
        prefix (str | Unset):
        limit (int | Unset):  Default: 100.
        pagination_token (str | Unset):
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        limit=limit,
        pagination_token=pagination_token,
        namespace=namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> ListResponse | RpcStatus | None:
    """GET /vectors/list (Pinecone API 2024-04, db_data).

    Args:
        prefix (str | Unset):
        limit (int | Unset):  Default: 100.
        pagination_token (str | Unset):
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponse | RpcStatus
    """

    return sync_detailed(
        client=client,
        prefix=prefix,
        limit=limit,
        pagination_token=pagination_token,
        namespace=namespace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Response[ListResponse | RpcStatus]:
    """GET /vectors/list (Pinecone API 2024-04, db_data).

    Args:
        prefix (str | Unset):
        limit (int | Unset):  Default: 100.
        pagination_token (str | Unset):
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        limit=limit,
        pagination_token=pagination_token,
        namespace=namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> ListResponse | RpcStatus | None:
    """GET /vectors/list (Pinecone API 2024-04, db_data).

    Args:
        prefix (str | Unset):
        limit (int | Unset):  Default: 100.
        pagination_token (str | Unset):
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            prefix=prefix,
            limit=limit,
            pagination_token=pagination_token,
            namespace=namespace,
        )
    ).parsed
