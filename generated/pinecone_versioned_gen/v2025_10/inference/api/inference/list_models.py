from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_models_type import ListModelsType
from ...models.list_models_vector_type import ListModelsVectorType
from ...models.model_info_list import ModelInfoList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: ListModelsType | Unset = UNSET,
    vector_type: ListModelsVectorType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_vector_type: str | Unset = UNSET
    if not isinstance(vector_type, Unset):
        json_vector_type = vector_type.value

    params["vector_type"] = json_vector_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ModelInfoList | None:
    if response.status_code == 200:
        response_200 = ModelInfoList.from_dict(response.json())

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
) -> Response[ErrorResponse | ModelInfoList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ListModelsType | Unset = UNSET,
    vector_type: ListModelsVectorType | Unset = UNSET,
) -> Response[ErrorResponse | ModelInfoList]:
    """GET /models (Pinecone API 2025-10, inference).

    Args:
        type_ (ListModelsType | Unset):
        vector_type (ListModelsVectorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelInfoList]
    """

    kwargs = _get_kwargs(
        type_=type_,
        vector_type=vector_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: ListModelsType | Unset = UNSET,
    vector_type: ListModelsVectorType | Unset = UNSET,
) -> ErrorResponse | ModelInfoList | None:
    """GET /models (Pinecone API 2025-10, inference).

    Args:
        type_ (ListModelsType | Unset):
        vector_type (ListModelsVectorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelInfoList
    """

    return sync_detailed(
        client=client,
        type_=type_,
        vector_type=vector_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ListModelsType | Unset = UNSET,
    vector_type: ListModelsVectorType | Unset = UNSET,
) -> Response[ErrorResponse | ModelInfoList]:
    """GET /models (Pinecone API 2025-10, inference).

    Args:
        type_ (ListModelsType | Unset):
        vector_type (ListModelsVectorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelInfoList]
    """

    kwargs = _get_kwargs(
        type_=type_,
        vector_type=vector_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: ListModelsType | Unset = UNSET,
    vector_type: ListModelsVectorType | Unset = UNSET,
) -> ErrorResponse | ModelInfoList | None:
    """GET /models (Pinecone API 2025-10, inference).

    Args:
        type_ (ListModelsType | Unset):
        vector_type (ListModelsVectorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelInfoList
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            vector_type=vector_type,
        )
    ).parsed
