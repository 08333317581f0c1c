from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.describe_index_stats_response import DescribeIndexStatsResponse
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/describe_index_stats",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DescribeIndexStatsResponse | RpcStatus:
    if response.status_code == 200:
        response_200 = DescribeIndexStatsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RpcStatus.from_dict(response.json())

        return response_400

    response_default = RpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DescribeIndexStatsResponse | RpcStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DescribeIndexStatsResponse | RpcStatus]:
    """GET /describe_index_stats (Pinecone API 2024-07, db_data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeIndexStatsResponse | RpcStatus]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> DescribeIndexStatsResponse | RpcStatus | None:
    """GET /describe_index_stats (Pinecone API 2024-07, db_data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeIndexStatsResponse | RpcStatus
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DescribeIndexStatsResponse | RpcStatus]:
    """GET /describe_index_stats (Pinecone API 2024-07, db_data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeIndexStatsResponse | RpcStatus]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> DescribeIndexStatsResponse | RpcStatus | None:
    """GET /describe_index_stats (Pinecone API 2024-07, db_data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeIndexStatsResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
