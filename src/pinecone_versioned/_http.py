"""Building the shared httpx clients and the headers every request carries.

The credential and version headers are handed to the generated runtime's
``Client`` objects, which put them on each request; so they apply the same way
to a pool we build and to an httpx client the caller supplies.

Retries happen in the drivers (``_engine``), which know the operation; the
transport built here only caps every read at the current call's deadline.
"""

from __future__ import annotations

import logging
import os
import ssl

import httpx

from pinecone_versioned._config import ClientConfig
from pinecone_versioned._retry import AsyncDeadlineTransport, DeadlineTransport
from pinecone_versioned._version import __version__

API_KEY_HEADER = "Api-Key"
API_VERSION_HEADER = "X-Pinecone-API-Version"
USER_AGENT_HEADER = "User-Agent"

logger = logging.getLogger("pinecone_versioned")


def user_agent(api_version: str) -> str:
    return f"pinecone-versioned/{__version__} (api {api_version}; httpx {httpx.__version__})"


def shared_headers(config: ClientConfig) -> dict[str, str]:
    """Headers on every request: credential, pinned version, User-Agent, then the caller's extras."""
    headers = {
        **config.additional_headers,
        API_VERSION_HEADER: config.api_version,
        USER_AGENT_HEADER: user_agent(config.api_version),
    }
    if config.api_key is not None:
        headers[API_KEY_HEADER] = config.api_key.value
    return headers


def _log_request(request: httpx.Request) -> None:
    # Method and URL only: headers carry the credential.
    logger.debug("%s %s", request.method, request.url)


async def _alog_request(request: httpx.Request) -> None:
    _log_request(request)


def _verify(config: ClientConfig) -> bool | ssl.SSLContext:
    """A CA bundle path as an SSL context (httpx deprecates paths); True verifies against certifi."""
    if isinstance(config.verify, str):
        if os.path.isdir(config.verify):
            return ssl.create_default_context(capath=config.verify)
        return ssl.create_default_context(cafile=config.verify)
    return config.verify


def _proxy(config: ClientConfig) -> str | None:
    return config.proxy.value if config.proxy is not None else None


def build_sync_client(config: ClientConfig) -> httpx.Client:
    transport = httpx.HTTPTransport(verify=_verify(config), cert=config.cert, http2=config.http2, proxy=_proxy(config))
    return httpx.Client(
        timeout=config.timeout,
        transport=DeadlineTransport(transport),
        event_hooks={"request": [_log_request]},
    )


def build_async_client(config: ClientConfig) -> httpx.AsyncClient:
    transport = httpx.AsyncHTTPTransport(
        verify=_verify(config), cert=config.cert, http2=config.http2, proxy=_proxy(config)
    )
    return httpx.AsyncClient(
        timeout=config.timeout,
        transport=AsyncDeadlineTransport(transport),
        event_hooks={"request": [_alog_request]},
    )
