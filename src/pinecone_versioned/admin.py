"""Administration clients (2025-04 and later): projects, API keys and organizations with a service account.

The operations are the plans of ``_admin``; these classes bind them to a
session (bearer-token authenticated) and a driver, blocking or asyncio.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from pinecone_versioned._admin import AdminPlane, Credentials
from pinecone_versioned._config import ClientConfig, RetryConfig, Secret, resolve_config
from pinecone_versioned._engine import AsyncEngine, Session, SyncEngine
from pinecone_versioned._generic import AdminGenericCalls
from pinecone_versioned._validate import checked_arguments

if TYPE_CHECKING:  # constructors typed by the api_version literal (see client.py)
    from pinecone_versioned_gen.facade import AdminConstructors, AsyncAdminConstructors
else:
    from pinecone_versioned.client import TypedConstructors as AdminConstructors

    AsyncAdminConstructors = AdminConstructors

CLIENT_ID_ENV = "PINECONE_CLIENT_ID"
CLIENT_SECRET_ENV = "PINECONE_CLIENT_SECRET"
# Where the service account's token comes from, when not login.pinecone.io (a local server, a proxy).
LOGIN_HOST_ENV = "PINECONE_LOGIN_HOST"


class _AdminBase:
    _session: Session

    @checked_arguments  # wrong setting types are refused before anything is built
    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        access_token: str | None = None,
        api_version: str | None = None,
        host: str | None = None,
        login_host: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retries: int | RetryConfig | None = None,
        additional_headers: Mapping[str, str] | None = None,
        proxy: str | None = None,
        verify: bool | str | ssl.SSLContext = True,
        cert: str | tuple[str, str] | None = None,
        http2: bool = False,
        allow_insecure_http: bool = False,
        allow_preview: bool | None = None,
    ) -> None:
        secret = client_secret if client_secret is not None else os.environ.get(CLIENT_SECRET_ENV)
        login_host = login_host or os.environ.get(LOGIN_HOST_ENV)
        self._credentials = Credentials(
            client_id=client_id if client_id is not None else os.environ.get(CLIENT_ID_ENV),
            client_secret=Secret(secret) if secret else None,
            access_token=Secret(access_token) if access_token else None,
        )
        config = resolve_config(
            api_key=None,
            api_version=api_version,
            host=host,
            timeout=timeout,
            retries=retries,
            additional_headers=additional_headers,
            proxy=proxy,
            verify=verify,
            cert=cert,
            http2=http2,
            surface_hosts={"oauth": login_host} if login_host else None,
            require_api_key=False,
            allow_insecure_http=allow_insecure_http,
            allow_preview=allow_preview,
        )
        self._start(config)

    def _start(self, config: ClientConfig) -> None:
        raise NotImplementedError

    @property
    def api_version(self) -> str:
        """The Pinecone API version every request of this client uses."""
        return self._session.version

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self._credentials.client_id!r}, api_version={self.api_version!r})"


class Admin(AdminConstructors, AdminPlane, AdminGenericCalls, SyncEngine, _AdminBase):
    """Administration with a service account (blocking): projects, API keys, organizations.

    >>> admin = Admin(client_id="...", client_secret="...")   # doctest: +SKIP
    >>> project = admin.create_project("search")               # doctest: +SKIP
    """

    def _start(self, config: ClientConfig) -> None:
        self._session = Session(config, asynchronous=False)

    def close(self) -> None:
        """Close the connection pool."""
        self._session.close()


class AsyncAdmin(AsyncAdminConstructors, AdminPlane, AdminGenericCalls, AsyncEngine, _AdminBase):
    """The asyncio twin of :class:`Admin`."""

    def _start(self, config: ClientConfig) -> None:
        self._session = Session(config, asynchronous=True)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._session.aclose()


__all__ = ["Admin", "AsyncAdmin"]
