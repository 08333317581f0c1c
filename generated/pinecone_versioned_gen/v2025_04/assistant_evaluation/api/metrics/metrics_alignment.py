from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alignment_request import AlignmentRequest
from ...models.alignment_response import AlignmentResponse
from ...models.basic_error_response import BasicErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AlignmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/evaluation/metrics/alignment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlignmentResponse | BasicErrorResponse | None:
    if response.status_code == 200:
        response_200 = AlignmentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = BasicErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = BasicErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AlignmentResponse | BasicErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlignmentRequest,
) -> Response[AlignmentResponse | BasicErrorResponse]:
    """POST /evaluation/metrics/alignment (Pinecone API 2025-04, assistant_evaluation).

    Args:
        body (AlignmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlignmentResponse | BasicErrorResponse]
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
    body: AlignmentRequest,
) -> AlignmentResponse | BasicErrorResponse | None:
    """POST /evaluation/metrics/alignment (Pinecone API 2025-04, assistant_evaluation).

    Args:
        body (AlignmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlignmentResponse | BasicErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlignmentRequest,
) -> Response[AlignmentResponse | BasicErrorResponse]:
    """POST /evaluation/metrics/alignment (Pinecone API 2025-04, assistant_evaluation).

    Args:
        body (AlignmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlignmentResponse | BasicErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlignmentRequest,
) -> AlignmentResponse | BasicErrorResponse | None:
    """POST /evaluation/metrics/alignment (Pinecone API 2025-04, assistant_evaluation).

    Args:
        body (AlignmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlignmentResponse | BasicErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
