from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rpc_status import RpcStatus
from ...models.search_records_request import SearchRecordsRequest
from ...models.search_records_response import SearchRecordsResponse
from ...types import Response


def _get_kwargs(
    namespace: str,
    *,
    body: SearchRecordsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/records/namespaces/{namespace}/search".format(
            namespace=quote(str(namespace), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RpcStatus | SearchRecordsResponse | None:
    if response.status_code == 200:
        response_200 = SearchRecordsResponse.from_dict(response.json())

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
) -> Response[RpcStatus | SearchRecordsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchRecordsRequest,
) -> Response[RpcStatus | SearchRecordsResponse]:
    """POST /records/namespaces/{namespace}/search (Pinecone API 2025-01, db_data).

    Args:
        namespace (str):
        body (SearchRecordsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RpcStatus | SearchRecordsResponse]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchRecordsRequest,
) -> RpcStatus | SearchRecordsResponse | None:
    """POST /records/namespaces/{namespace}/search (Pinecone API 2025-01, db_data).

    Args:
        namespace (str):
        body (SearchRecordsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RpcStatus | SearchRecordsResponse
    """

    return sync_detailed(
        namespace=namespace,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchRecordsRequest,
) -> Response[RpcStatus | SearchRecordsResponse]:
    """POST /records/namespaces/{namespace}/search (Pinecone API 2025-01, db_data).

    Args:
        namespace (str):
        body (SearchRecordsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RpcStatus | SearchRecordsResponse]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchRecordsRequest,
) -> RpcStatus | SearchRecordsResponse | None:
    """POST /records/namespaces/{namespace}/search (Pinecone API 2025-01, db_data).

    Args:
        namespace (str):
        body (SearchRecordsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RpcStatus | SearchRecordsResponse
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            client=client,
            body=body,
        )
    ).parsed
