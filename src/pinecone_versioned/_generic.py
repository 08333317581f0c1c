"""Calling any generated operation of the pinned version through a client's own session.

The facade wraps the common operations; every other operation of the pinned
version is reachable as ``client.call("operationId", ...)`` or, the same call
spelled as attributes, ``client.operations.<surface>.<operationId>(...)``. Both go
through the client's session, so they get what facade methods get: the API key
and version headers, retries, error mapping, the shared connection pool and the
client's host overrides. Arguments are the keyword arguments of the generated
function (``pc.api.<surface>.api.<tag>.<operation>.sync``), checked before
anything is sent; the result is that function's parsed model.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from types import ModuleType
from typing import Any, cast

from pinecone_versioned import _capabilities
from pinecone_versioned._engine import TOKEN_SURFACES, Call, Plan, Session, operation
from pinecone_versioned.errors import InvalidArgumentError
from pinecone_versioned_gen import API_VERSIONS, registry


class GenericCalls:
    """``call`` and ``operations`` for an object bound to a session (a client, an index, an assistant)."""

    _session: Session

    def _prepare_generic(self, surface: str, host: str | None) -> Plan[str | None]:
        """The host to call ``surface`` on (None: the surface's own server); may fetch credentials first."""
        info = registry.version(self._session.version).surfaces[surface]
        if surface in TOKEN_SURFACES:
            raise InvalidArgumentError(
                f"{surface} operations authenticate with a service account's token: "
                "call them from pinecone_versioned.Admin(...).call(...)"
            )
        if host is None and surface not in self._session.config.surface_hosts and "{" in info.servers[0]:
            raise InvalidArgumentError(f"{surface} operations run on a resource's own host: {_HOST_HINTS[surface]}")
        return host
        yield  # a plan: a generator even when it yields nothing

    @operation
    def call(
        self, operation_id: str, /, *, surface: str | None = None, host: str | None = None, **arguments: Any
    ) -> Plan[Any]:
        """Call generated operation ``operation_id`` of the pinned version with the generated function's arguments.

        ``surface`` is needed only when two surfaces name an operation alike; ``host``
        overrides where it is sent (data-plane operations called from an ``Index`` go to
        that index's host). Unknown arguments, and operations the pinned version lacks,
        are refused before anything is sent.

            >>> pc.Index("movies").call("alt_describe_index_stats")        # doctest: +SKIP
        """
        version = self._session.version
        surface, _ = _capabilities.require_generated(version, operation_id, surface)
        call = Call(operation_id, arguments, surface=surface)
        self._session.arguments(call)  # refuse bad arguments before any lookup
        resolved = yield from self._prepare_generic(surface, host)
        return (yield Call(operation_id, arguments, host=resolved, surface=surface))

    @property
    def operations(self) -> Operations:
        """Every generated operation of the pinned version, as ``operations.<surface>.<operationId>(...)``."""
        return Operations(self)


# How to reach surfaces whose server is per resource.
_HOST_HINTS = {
    "db_data": "call them from pc.Index(name) (pc.Index(name).call(...)), or pass host=",
    "assistant_data": "call them from pc.assistant.Assistant(name), or pass host=",
}


class ResourceGenericCalls(GenericCalls):
    """Generic calls from an object with its own host (an index, an assistant): its surface goes there."""

    _own_surface: str  # "db_data" for an index, "assistant_data" for an assistant
    _resolve_host: Callable[[], Plan[str]]

    def _prepare_generic(self, surface: str, host: str | None) -> Plan[str | None]:
        if host is None and surface == self._own_surface:
            return (yield from self._resolve_host())
        return (yield from super()._prepare_generic(surface, host))


class IndexGenericCalls(ResourceGenericCalls):
    _own_surface = "db_data"


class AssistantGenericCalls(ResourceGenericCalls):
    _own_surface = "assistant_data"


class AdminGenericCalls(GenericCalls):
    """Generic calls from an admin client: a fresh bearer token for the surfaces that need one."""

    _authorised: Callable[[], Plan[None]]

    def _prepare_generic(self, surface: str, host: str | None) -> Plan[str | None]:
        auth = registry.version(self._session.version).surfaces[surface].auth
        if auth == "api_key":
            raise InvalidArgumentError(
                f"{surface} operations authenticate with an API key: call them from Pinecone(...)"
            )
        if auth == "bearer":
            yield from self._authorised()
        return host


class Operations:
    """The surfaces of the pinned version; each attribute is a :class:`SurfaceOperations`."""

    def __init__(self, owner: GenericCalls) -> None:
        self._owner = owner

    def __getattr__(self, surface: str) -> SurfaceOperations:
        if surface.startswith("_"):
            raise AttributeError(surface)
        version = self._owner._session.version
        if surface not in registry.version(version).surfaces:
            surfaces_having = [v for v in API_VERSIONS if surface in registry.version(v).surfaces]
            if not surfaces_having:
                raise AttributeError(
                    f"no API version has a {surface!r} surface; {version} has {', '.join(self.__dir__())}"
                )
            raise _capabilities.unsupported(version, surface, surfaces_having, what=f"the {surface} surface")
        return SurfaceOperations(self._owner, surface)

    def __dir__(self) -> list[str]:
        return sorted(registry.version(self._owner._session.version).surfaces)

    def __repr__(self) -> str:
        return f"Operations(api_version={self._owner._session.version!r}, surfaces={self.__dir__()})"


class SurfaceOperations:
    """The operations of one surface; each attribute calls one through the owner's session."""

    def __init__(self, owner: GenericCalls, surface: str) -> None:
        self._owner = owner
        self._surface = surface

    def __getattr__(self, operation_id: str) -> Callable[..., Any]:
        if operation_id.startswith("_"):
            raise AttributeError(operation_id)
        owner, surface = self._owner, self._surface
        _, generated = _capabilities.require_generated(owner._session.version, operation_id, surface)

        call: Callable[..., Any] = cast(Any, owner).call  # blocking or awaitable, as the owner's driver is

        def bound(*, host: str | None = None, **arguments: Any) -> Any:
            return call(operation_id, surface=surface, host=host, **arguments)

        bound.__name__ = bound.__qualname__ = operation_id
        bound.__doc__ = f"{generated.method} {generated.path} ({surface}, API {owner._session.version})."
        bound.__signature__ = _keyword_signature(generated.load().sync)  # type: ignore[attr-defined]
        return bound

    def __dir__(self) -> list[str]:
        return sorted(registry.version(self._owner._session.version).surfaces[self._surface].operations)

    def __repr__(self) -> str:
        return f"SurfaceOperations({self._surface!r}, api_version={self._owner._session.version!r})"


def _keyword_signature(function: Callable[..., Any]) -> inspect.Signature:
    """The generated function's parameters as keywords, without ``client`` and with ``host``."""
    signature = inspect.signature(function)
    parameters = [
        parameter.replace(kind=inspect.Parameter.KEYWORD_ONLY)
        for name, parameter in signature.parameters.items()
        if name != "client"
    ]
    host = inspect.Parameter("host", inspect.Parameter.KEYWORD_ONLY, default=None, annotation="str | None")
    return signature.replace(parameters=[*parameters, host])


class GeneratedPackage:
    """A generated package whose subpackages and modules import on first attribute access.

    ``client.api`` is one, so ``pc.api.db_control.models.IndexModel`` or
    ``pc.api.db_data.api.vector_operations.query`` work without importing anything first.
    """

    __slots__ = ("module",)

    def __init__(self, module: ModuleType) -> None:
        self.module = module  # the package itself

    def __getattr__(self, name: str) -> Any:
        if name == "module":  # not set yet (a copy being built): never recurse
            raise AttributeError(name)
        module = self.module
        try:
            value = getattr(module, name)
        except AttributeError:
            if not hasattr(module, "__path__"):  # a plain module has no submodules to import
                raise
            try:
                value = importlib.import_module(f"{module.__name__}.{name}")
            except ModuleNotFoundError as exc:
                if exc.name != f"{module.__name__}.{name}":
                    raise
                raise AttributeError(f"{module.__name__} has no attribute or submodule {name!r}") from None
        return GeneratedPackage(value) if isinstance(value, ModuleType) else value

    def __dir__(self) -> list[str]:
        # A lazy package (the models) names what it imports on first use only in __all__.
        names = set(dir(self.module)) | set(getattr(self.module, "__all__", ()))
        if hasattr(self.module, "__path__"):
            import pkgutil

            names |= {info.name for info in pkgutil.iter_modules(self.module.__path__)}
        return sorted(names)

    def __repr__(self) -> str:
        return f"GeneratedPackage({self.module.__name__!r})"


__all__ = [
    "AdminGenericCalls",
    "AssistantGenericCalls",
    "GeneratedPackage",
    "GenericCalls",
    "IndexGenericCalls",
    "Operations",
    "ResourceGenericCalls",
    "SurfaceOperations",
]
