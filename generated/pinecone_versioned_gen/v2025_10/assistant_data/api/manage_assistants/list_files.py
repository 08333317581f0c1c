from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_files_response_200 import ListFilesResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assistant_name: str,
    *,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/{assistant_name}".format(
            assistant_name=quote(str(assistant_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListFilesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListFilesResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | ListFilesResponse200]:
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
    filter_: str | Unset = UNSET,
) -> Response[ErrorResponse | ListFilesResponse200]:
    """GET /files/{assistant_name} (Pinecone API 2025-10, assistant_data).

    Args:
        assistant_name (str):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFilesResponse200]
    """

    kwargs = _get_kwargs(
        assistant_name=assistant_name,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_name: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
) -> ErrorResponse | ListFilesResponse200 | None:
    """GET /files/{assistant_name} (Pinecone API 2025-10, assistant_data).

    Args:
        assistant_name (str):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFilesResponse200
    """

    return sync_detailed(
        assistant_name=assistant_name,
        client=client,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    assistant_name: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
) -> Response[ErrorResponse | ListFilesResponse200]:
    """GET /files/{assistant_name} (Pinecone API 2025-10, assistant_data).

    Args:
        assistant_name (str):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFilesResponse200]
    """

    kwargs = _get_kwargs(
        assistant_name=assistant_name,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_name: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
) -> ErrorResponse | ListFilesResponse200 | None:
    """GET /files/{assistant_name} (Pinecone API 2025-10, assistant_data).

    Args:
        assistant_name (str):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFilesResponse200
    """

    return (
        await asyncio_detailed(
            assistant_name=assistant_name,
            client=client,
            filter_=filter_,
        )
    ).parsed
