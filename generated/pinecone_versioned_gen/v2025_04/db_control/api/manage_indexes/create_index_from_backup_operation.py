from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_index_from_backup_request import CreateIndexFromBackupRequest
from ...models.create_index_from_backup_response import CreateIndexFromBackupResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    backup_id: str,
    *,
    body: CreateIndexFromBackupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/backups/{backup_id}/create-index".format(
            backup_id=quote(str(backup_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateIndexFromBackupResponse | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = CreateIndexFromBackupResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateIndexFromBackupResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    backup_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIndexFromBackupRequest,
) -> Response[CreateIndexFromBackupResponse | ErrorResponse]:
    """POST /backups/{backup_id}/create-index (Pinecone API 2025-04, db_control).

    Args:
        backup_id (str):
        body (CreateIndexFromBackupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateIndexFromBackupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        backup_id=backup_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    backup_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIndexFromBackupRequest,
) -> CreateIndexFromBackupResponse | ErrorResponse | None:
    """POST /backups/{backup_id}/create-index (Pinecone API 2025-04, db_control).

    Args:
        backup_id (str):
        body (CreateIndexFromBackupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateIndexFromBackupResponse | ErrorResponse
    """

    return sync_detailed(
        backup_id=backup_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    backup_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIndexFromBackupRequest,
) -> Response[CreateIndexFromBackupResponse | ErrorResponse]:
    """POST /backups/{backup_id}/create-index (Pinecone API 2025-04, db_control).

    Args:
        backup_id (str):
        body (CreateIndexFromBackupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateIndexFromBackupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        backup_id=backup_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    backup_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIndexFromBackupRequest,
) -> CreateIndexFromBackupResponse | ErrorResponse | None:
    """POST /backups/{backup_id}/create-index (Pinecone API 2025-04, db_control).

    Args:
        backup_id (str):
        body (CreateIndexFromBackupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateIndexFromBackupResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            backup_id=backup_id,
            client=client,
            body=body,
        )
    ).parsed
