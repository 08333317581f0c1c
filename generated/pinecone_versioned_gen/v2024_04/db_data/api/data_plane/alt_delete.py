from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_response import DeleteResponse
from ...models.rpc_status import RpcStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    delete_all: bool | Unset = False,
    namespace: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["deleteAll"] = delete_all

    params["namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/vectors/delete",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeleteResponse | RpcStatus:
    if response.status_code == 200:
        response_200 = DeleteResponse.from_dict(response.json())

        return response_200

    response_default = RpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteResponse | RpcStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    delete_all: bool | Unset = False,
    namespace: str | Unset = UNSET,
) -> Response[DeleteResponse | RpcStatus]:
    """DELETE /vectors/delete (Pinecone API 2024-04, db_data).

    Args:
        ids (list[str] | Unset):
        delete_all (bool | Unset):  Default: False.
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        ids=ids,
        delete_all=delete_all,
        namespace=namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    delete_all: bool | Unset = False,
    namespace: str | Unset = UNSET,
) -> DeleteResponse | RpcStatus | None:
    """DELETE /vectors/delete (Pinecone API 2024-04, db_data).

    Args:
        ids (list[str] | Unset):
        delete_all (bool | Unset):  Default: False.
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteResponse | RpcStatus
    """

    return sync_detailed(
        client=client,
        ids=ids,
        delete_all=delete_all,
        namespace=namespace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    delete_all: bool | Unset = False,
    namespace: str | Unset = UNSET,
) -> Response[DeleteResponse | RpcStatus]:
    """DELETE /vectors/delete (Pinecone API 2024-04, db_data).

    Args:
        ids (list[str] | Unset):
        delete_all (bool | Unset):  Default: False.
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        ids=ids,
        delete_all=delete_all,
        namespace=namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    delete_all: bool | Unset = False,
    namespace: str | Unset = UNSET,
) -> DeleteResponse | RpcStatus | None:
    """DELETE /vectors/delete (Pinecone API 2024-04, db_data).

    Args:
        ids (list[str] | Unset):
        delete_all (bool | Unset):  Default: False.
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            delete_all=delete_all,
            namespace=namespace,
        )
    ).parsed
