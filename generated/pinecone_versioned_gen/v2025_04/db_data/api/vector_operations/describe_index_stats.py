from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.describe_index_stats_request import DescribeIndexStatsRequest
from ...models.index_description import IndexDescription
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs(
    *,
    body: DescribeIndexStatsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/describe_index_stats",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IndexDescription | RpcStatus | None:
    if response.status_code == 200:
        response_200 = IndexDescription.from_dict(response.json())

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
) -> Response[IndexDescription | RpcStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeIndexStatsRequest,
) -> Response[IndexDescription | RpcStatus]:
    """POST /describe_index_stats (Pinecone API 2025-04, db_data).

    Args:
        body (DescribeIndexStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndexDescription | RpcStatus]
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
    body: DescribeIndexStatsRequest,
) -> IndexDescription | RpcStatus | None:
    """POST /describe_index_stats (Pinecone API 2025-04, db_data).

    Args:
        body (DescribeIndexStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndexDescription | RpcStatus
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeIndexStatsRequest,
) -> Response[IndexDescription | RpcStatus]:
    """POST /describe_index_stats (Pinecone API 2025-04, db_data).

    Args:
        body (DescribeIndexStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndexDescription | RpcStatus]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeIndexStatsRequest,
) -> IndexDescription | RpcStatus | None:
    """POST /describe_index_stats (Pinecone API 2025-04, db_data).

    Args:
        body (DescribeIndexStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndexDescription | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
