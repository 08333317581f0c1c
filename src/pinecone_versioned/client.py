"""The clients: ``Pinecone`` and ``AsyncPinecone``, and their indexes ``Index`` and ``AsyncIndex``.

The four classes hold no operation code of their own: their methods come from
the plans in ``_control`` and ``_data``, run by the sync or the async driver.
"""

from __future__ import annotations

import importlib
import ssl
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from pinecone_versioned import _capabilities
from pinecone_versioned._config import (
    ClientConfig,
    RetryConfig,
    Secret,
    check_transport_security,
    normalise_host,
    proxy_secret,
    resolve_config,
)
from pinecone_versioned._control import ControlPlane
from pinecone_versioned._data import DataPlane
from pinecone_versioned._engine import AsyncEngine, Session, SessionBound, SyncEngine
from pinecone_versioned._generic import GeneratedPackage, GenericCalls, IndexGenericCalls
from pinecone_versioned._inference import InferencePlane
from pinecone_versioned._validate import check_name, checked_arguments
from pinecone_versioned.errors import ConfigurationError
from pinecone_versioned.sdk_versions import Language, api_version_for
from pinecone_versioned_gen import registry

if TYPE_CHECKING:
    from pinecone_versioned.assistant import Assistants, AsyncAssistants
    from pinecone_versioned_gen.facade import AsyncPineconeConstructors, PineconeConstructors
else:

    class TypedConstructors:
        """Empty at run time. For type checkers the clients' constructors are overloaded on the
        api_version literal (generated stub: ``Pinecone(api_version="2025-04")`` is the 2025-04 client)."""

    PineconeConstructors = AsyncPineconeConstructors = TypedConstructors


class _ClientBase:
    """What both clients share: configuration, the pinned version and its capabilities."""

    _session: Session

    @checked_arguments  # wrong setting types are refused before anything is built
    def __init__(
        self,
        api_key: str | None = None,
        *,
        api_version: str | None = None,
        host: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retries: int | RetryConfig | None = None,
        additional_headers: Mapping[str, str] | None = None,
        proxy: str | None = None,
        verify: bool | str | ssl.SSLContext = True,
        cert: str | tuple[str, str] | None = None,
        http2: bool = False,
        allow_insecure_http: bool = False,
        http_client: Any = None,
        allow_preview: bool | None = None,
    ) -> None:
        # Kept (with the key wrapped) so that with_options can build a changed copy.
        self._options: dict[str, Any] = {
            "api_key": Secret(api_key) if api_key is not None else None,
            "api_version": api_version,
            "host": host,
            "timeout": timeout,
            "retries": retries,
            "additional_headers": additional_headers,
            "proxy": proxy_secret(proxy),  # may carry a password
            "verify": verify,
            "cert": cert,
            "http2": http2,
            "allow_insecure_http": allow_insecure_http,
            "allow_preview": allow_preview,
        }
        config = resolve_config(**{**self._options, "api_key": api_key, "proxy": proxy})
        self._start(config, http_client)

    @classmethod
    def for_sdk(cls, language: Language | str, sdk_version: str, **kwargs: Any) -> Self:
        """A client pinned to the API version that an official SDK release uses (for migrating).

        >>> Pinecone.for_sdk("python", "6.0.2", api_key="...").api_version   # doctest: +SKIP
        '2025-01'
        """
        return cls(api_version=api_version_for(language, sdk_version), **kwargs)

    def with_options(self, **changes: Any) -> Self:
        """A new client with some settings changed (the constructor's keywords); this one is unchanged."""
        unknown = set(changes) - set(self._options)
        if unknown:
            raise ConfigurationError(
                f"with_options got unknown settings {sorted(unknown)}; known: {sorted(self._options)}"
            )
        merged = {**self._options, **changes}
        plain: dict[str, Any] = {n: v.value if isinstance(v, Secret) else v for n, v in merged.items()}
        key = plain.pop("api_key")
        return type(self)(key, **plain)

    def _start(self, config: ClientConfig, http_client: Any) -> None:
        raise NotImplementedError

    @property
    def api_version(self) -> str:
        """The Pinecone API version every request of this client uses."""
        return self._session.version

    @property
    def config(self) -> ClientConfig:
        """The resolved, frozen configuration (the API key shows masked)."""
        return self._session.config

    @property
    def api(self) -> GeneratedPackage:
        """The generated package of the pinned version (e.g. ``pinecone_versioned_gen.v2025_04``), for
        naming its models or calling its functions: ``pc.api.db_control.models.IndexModel``. Its
        subpackages import on first use."""
        return GeneratedPackage(importlib.import_module(registry.version(self.api_version).package))

    @property
    def capabilities(self) -> _capabilities.Capabilities:
        """What the pinned API version supports: a set of the clients' method names, and in
        ``.operations`` every generated operation (those without a method: ``call`` them)."""
        return _capabilities.capabilities(self.api_version)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_version={self.api_version!r}, host={self.config.control_host!r})"


class Pinecone(PineconeConstructors, ControlPlane, GenericCalls, SyncEngine, _ClientBase):
    """A blocking Pinecone client pinned to one API version.

        >>> pc = Pinecone(api_key="...", api_version="2025-04")   # doctest: +SKIP
        >>> pc.list_indexes()                                      # doctest: +SKIP

    The API key comes from ``api_key`` or ``PINECONE_API_KEY``; the version from
    ``api_version``, ``PINECONE_API_VERSION`` or this build's default version
    (:func:`default_api_version`); pinning a preview version (e.g. ``2026-01.alpha``)
    also takes ``allow_preview=True`` or ``PINECONE_ALLOW_PREVIEW=1``. ``host``
    points the control plane elsewhere (a local server, a proxy). Pass
    ``http_client`` to use your own ``httpx.Client`` (its transport and proxies are
    then yours; retries still follow ``retries``). The API key is never sent over
    plain ``http://`` to another machine unless ``allow_insecure_http=True``;
    loopback hosts (a local server) are always allowed.
    """

    def _start(self, config: ClientConfig, http_client: Any) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                "http_client must be an httpx.Client for Pinecone (AsyncPinecone takes an AsyncClient)"
            )
        self._session = Session(config, asynchronous=False, http=http_client)

    def Index(self, name: str | None = None, host: str | None = None) -> Index:
        """The data plane of one index, by ``name`` (its host is looked up once) or by ``host``."""
        return Index(self._session, name=name, host=host)

    @property
    def inference(self) -> Inference:
        """Embedding and reranking with Pinecone's hosted models."""
        return Inference(self._session)

    @property
    def assistant(self) -> Assistants:
        """Pinecone Assistant: create and manage assistants; ``.Assistant(name)`` for files and chat."""
        from pinecone_versioned.assistant import Assistants  # loaded on first use

        return Assistants(self._session)

    def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncPinecone(AsyncPineconeConstructors, ControlPlane, GenericCalls, AsyncEngine, _ClientBase):
    """The asyncio twin of :class:`Pinecone`: the same methods, awaited.

    >>> async with AsyncPinecone(api_key="...") as pc:   # doctest: +SKIP
    ...     await pc.list_indexes()
    """

    def _start(self, config: ClientConfig, http_client: Any) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient for AsyncPinecone")
        self._session = Session(config, asynchronous=True, http=http_client)

    def Index(self, name: str | None = None, host: str | None = None) -> AsyncIndex:
        """The data plane of one index, by ``name`` (host looked up on first use) or by ``host``."""
        return AsyncIndex(self._session, name=name, host=host)

    @property
    def inference(self) -> AsyncInference:
        """Embedding and reranking with Pinecone's hosted models."""
        return AsyncInference(self._session)

    @property
    def assistant(self) -> AsyncAssistants:
        """Pinecone Assistant: create and manage assistants; ``.Assistant(name)`` for files and chat."""
        from pinecone_versioned.assistant import AsyncAssistants  # loaded on first use

        return AsyncAssistants(self._session)

    async def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        await self._session.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class _IndexBase:
    def __init__(self, session: Session, *, name: str | None, host: str | None) -> None:
        if (name is None) == (host is None):
            raise ConfigurationError("Index needs exactly one of name= or host=")
        self._session = session
        self._name = check_name(name, "name") if name is not None else None
        self._host = normalise_host(host) if host is not None else None
        if self._host is not None:
            check_transport_security(self._host, allow_insecure_http=session.config.allow_insecure_http, setting="host")

    def __repr__(self) -> str:
        target = f"host={self._host!r}" if self._host else f"name={self._name!r}"
        return f"{type(self).__name__}({target}, api_version={self._session.version!r})"


class Index(DataPlane, IndexGenericCalls, SyncEngine, _IndexBase):
    """The data plane of one index (blocking). Get one from :meth:`Pinecone.Index`."""


class AsyncIndex(DataPlane, IndexGenericCalls, AsyncEngine, _IndexBase):
    """The data plane of one index (asyncio). Get one from :meth:`AsyncPinecone.Index`."""


class Inference(InferencePlane, SyncEngine, SessionBound):
    """Hosted embedding and reranking models (blocking). Get it as ``Pinecone(...).inference``."""


class AsyncInference(InferencePlane, AsyncEngine, SessionBound):
    """Hosted embedding and reranking models (asyncio). Get it as ``AsyncPinecone(...).inference``."""


__all__ = ["AsyncIndex", "AsyncInference", "AsyncPinecone", "Index", "Inference", "Pinecone"]
