from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.backup_list import BackupList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    index_name: str,
    *,
    limit: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["paginationToken"] = pagination_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes/{index_name}/backups".format(
            index_name=quote(str(index_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackupList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BackupList.from_dict(response.json())

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
) -> Response[BackupList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    index_name: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
) -> Response[BackupList | ErrorResponse]:
    """GET /indexes/{index_name}/backups (Pinecone API 2025-04, db_control).

    Args:
        index_name (str):
        limit (int | Unset):  Default: 10.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackupList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        index_name=index_name,
        limit=limit,
        pagination_token=pagination_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_name: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
) -> BackupList | ErrorResponse | None:
    """GET /indexes/{index_name}/backups (Pinecone API 2025-04, db_control).

    Args:
        index_name (str):
        limit (int | Unset):  Default: 10.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackupList | ErrorResponse
    """

    return sync_detailed(
        index_name=index_name,
        client=client,
        limit=limit,
        pagination_token=pagination_token,
    ).parsed


async def asyncio_detailed(
    index_name: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
) -> Response[BackupList | ErrorResponse]:
    """GET /indexes/{index_name}/backups (Pinecone API 2025-04, db_control).

    Args:
        index_name (str):
        limit (int | Unset):  Default: 10.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackupList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        index_name=index_name,
        limit=limit,
        pagination_token=pagination_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_name: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
) -> BackupList | ErrorResponse | None:
    """GET /indexes/{index_name}/backups (Pinecone API 2025-04, db_control).

    Args:
        index_name (str):
        limit (int | Unset):  Default: 10.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackupList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            index_name=index_name,
            client=client,
            limit=limit,
            pagination_token=pagination_token,
        )
    ).parsed
