"""How facade operations run: sans-I/O plans, one session, and a sync and an async driver.

Every operation is written once, as a *plan*: a generator that validates its
arguments, yields the steps it needs (a :class:`Call` of a generated operation,
a :class:`Sleep` while waiting, a :class:`Parallel` fan-out) and returns the
result. The sync driver runs the steps with blocking I/O, the async driver with
``await``; nothing else differs between :class:`~pinecone_versioned.Pinecone`
and :class:`~pinecone_versioned.AsyncPinecone`.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import importlib
import inspect
import re
import threading
import time
import typing
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload
from urllib.parse import quote

import httpx
import orjson

from pinecone_versioned import _capabilities
from pinecone_versioned._config import DEFAULT_CONTROL_HOST, ClientConfig, check_transport_security
from pinecone_versioned._http import build_async_client, build_sync_client, shared_headers
from pinecone_versioned._retry import Attempts, retrying_for, translate
from pinecone_versioned._validate import checked_arguments
from pinecone_versioned.errors import (
    ApiError,
    ClientClosedError,
    InvalidArgumentError,
    PineconeError,
    PineconeTimeoutError,
    UnexpectedResponseError,
    UnsupportedOperationError,
    raise_for_status,
)
from pinecone_versioned_gen import API_VERSIONS, registry
from pinecone_versioned_gen._runtime import Client as SurfaceClient
from pinecone_versioned_gen._runtime.enums import is_known
from pinecone_versioned_gen._runtime.errors import RequestEncodingError

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


# --- the steps a plan can yield ----------------------------------------------


@dataclass(frozen=True, slots=True)
class Call:
    """Call one generated operation; the plan receives its parsed response."""

    operation: str  # a key of _capabilities.OPERATIONS, or with ``surface`` an operationId of that surface
    kwargs: Mapping[str, Any] = field(default_factory=dict)  # arguments of the generated function
    host: str | None = None  # for surfaces whose server is per resource (an index's host)
    surface: str | None = None  # set for generic calls (``client.call``): ``operation`` is an operationId


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Parallel:
    """Run calls concurrently (at most ``limit`` at once); the plan receives, in order, each call's
    result or a :class:`Failed`. After the first failure no call starts; the step ends when every
    call in flight has finished, so nothing is sent once the plan has seen the outcome."""

    calls: tuple[Call, ...]
    limit: int
    progress: str | None = None  # a progress bar's label; None for no bar
    weights: tuple[int, ...] = ()  # units each call counts for on the bar (default 1)


@dataclass(frozen=True, slots=True)
class Failed:
    """A call of a :class:`Parallel` step that did not succeed."""

    error: PineconeError | None  # None: not sent, because an earlier call had failed


def first_error(outcomes: Sequence[Any]) -> None:
    """Raise the first failure among the outcomes of a :class:`Parallel` step, if any."""
    for outcome in outcomes:
        if isinstance(outcome, Failed) and outcome.error is not None:
            raise outcome.error


@dataclass(frozen=True, slots=True)
class Emit(Generic[T]):
    """Hand one item to the caller of an iterating operation."""

    item: T


@dataclass(frozen=True, slots=True)
class Stream:
    """Send ``call`` asking for server-sent events; each event's JSON, through ``parse``, goes to the caller."""

    call: Call
    parse: Callable[[Any], Any]


Step = Call | Sleep | Parallel
Plan = Generator[Step, Any, R]
ItemPlan = Generator[Step | Emit[T] | Stream, Any, None]  # an iterating operation's plan, emitting T


class _EventDecoder:
    """Server-sent events, line by line: returns an event's data once its blank line arrives."""

    def __init__(self) -> None:
        self._data: list[str] = []

    def feed(self, line: str) -> Any:
        if line.startswith("data:"):
            self._data.append(line[5:].removeprefix(" "))
            return None
        if line.strip() or not self._data:  # other fields, comments, or a blank line between events
            return None
        data, self._data = "\n".join(self._data), []
        return None if data == "[DONE]" else orjson.loads(data)

    def finish(self) -> Any:
        return self.feed("")


# Bearer surfaces whose token comes from the oauth surface (a service account), not from an API key.
TOKEN_SURFACES = frozenset({"admin"})


# --- preparing a call: version checks and request models ----------------------


@dataclass(frozen=True, slots=True)
class _Prepared:
    operation: str
    generic_surface: str | None  # set when ``operation`` is an operationId called generically
    surface: str
    module: ModuleType
    parameters: frozenset[str]
    body_model: Any  # the generated request model class, or None
    method: str
    path: str
    enums: Mapping[str, type[enum.Enum]]  # parameters typed as a generated enum


def unknown_fields(value: Any, path: str = "") -> list[str]:
    """Dotted paths of keys that fell into ``additional_properties`` of a model declaring its fields."""
    import attrs  # loaded with the generated models, which are attrs classes

    found = []
    if attrs.has(type(value)):
        declared = [f for f in attrs.fields(type(value)) if f.name != "additional_properties"]
        extra = getattr(value, "additional_properties", None) or {}
        if declared:
            found += [f"{path}{key}" for key in extra]
        for attribute in declared:
            found += unknown_fields(getattr(value, attribute.name), f"{path}{attribute.name}.")
    elif isinstance(value, list) and value and attrs.has(type(value[0])):  # never walk lists of floats
        for item in value:
            found += unknown_fields(item, path)
    return found


class Session:
    """What one client shares across its indexes: config, pinned version, connection pool, host cache."""

    def __init__(
        self, config: ClientConfig, *, asynchronous: bool, http: httpx.Client | httpx.AsyncClient | None = None
    ) -> None:
        self.config = config
        self.version = config.api_version
        self.asynchronous = asynchronous
        # Built on first use: creating the TLS context alone takes tens of milliseconds.
        # The lock makes a parallel first call build one pool, not one per thread.
        self._http = http
        self._owns_http = http is None
        self._pool_lock = threading.Lock()
        self._closed = False
        self.headers = shared_headers(config)
        self.index_hosts: dict[str, str] = {}
        self._prepared: dict[tuple[str, str | None], _Prepared] = {}
        self._clients: dict[tuple[str, str | None], SurfaceClient] = {}

    @property
    def sync_http(self) -> httpx.Client:
        http = self._pool(build_sync_client)
        assert isinstance(http, httpx.Client)
        return http

    @property
    def async_http(self) -> httpx.AsyncClient:
        http = self._pool(build_async_client)
        assert isinstance(http, httpx.AsyncClient)
        return http

    def _pool(
        self, build: Callable[[ClientConfig], httpx.Client | httpx.AsyncClient]
    ) -> httpx.Client | httpx.AsyncClient:
        with self._pool_lock:
            self.check_open()
            if self._http is None:
                self._http = build(self.config)
            return self._http

    def __reduce__(self) -> Any:
        # A session holds the credential and a live connection pool; neither belongs in a pickle.
        raise PineconeError("a client cannot be pickled: build one in each process")

    def check_open(self) -> None:
        """Refuse to work once closed (httpx would raise a RuntimeError, or a new pool would leak)."""
        if self._closed:
            raise ClientClosedError("this client was closed: create a new Pinecone (or AsyncPinecone) client")
        if self._http is not None and self._http.is_closed:
            raise ClientClosedError("the http_client given to this client was closed: pass an open one")

    def close(self) -> None:
        """Close the connection pool if this session built it; the session refuses further use."""
        with self._pool_lock:
            self._closed = True
            http, self._http = self._http, None
        if self._owns_http and isinstance(http, httpx.Client):
            http.close()

    async def aclose(self) -> None:
        """Close the async connection pool if this session built it; the session refuses further use."""
        with self._pool_lock:
            self._closed = True
            http, self._http = self._http, None
        if self._owns_http and isinstance(http, httpx.AsyncClient):
            await http.aclose()

    def prepare(self, operation: str, surface: str | None = None) -> _Prepared:
        """A facade operation, or with ``surface`` an operationId of that surface, checked against the version."""
        key = (operation, surface)
        prepared = self._prepared.get(key)
        if prepared is None:
            prepared = self._prepared[key] = _prepare(self.version, operation, surface)
        return prepared

    def attempts(self, call: Call) -> Attempts:
        """The retry state of one call, by the rule of its operation (see ``_retry.RETRIES``)."""
        method = self.prepare(call.operation, call.surface).method
        return Attempts(call.operation, retrying_for(call.operation, method), self.config.retries, _where(call))

    def surface_client(self, surface: str, host: str | None) -> SurfaceClient:
        self.check_open()
        key = (surface, host)
        client = self._clients.get(key)
        if client is None:
            client = self._clients[key] = SurfaceClient(
                self._base_url(surface, host),
                httpx_client=None if self.asynchronous else self.sync_http,
                async_httpx_client=self.async_http if self.asynchronous else None,
                headers=self._headers_for(surface),
                on_response=raise_for_status,
            )
        return client

    def _headers_for(self, surface: str) -> Mapping[str, str]:
        """The shared headers (the same dict: Admin renews its token in it), plus for a bearer surface that
        an API key opens (db_metrics) the key as the bearer token."""
        auth = registry.version(self.version).surfaces[surface].auth
        if auth != "bearer" or self.config.api_key is None or surface in TOKEN_SURFACES:
            return self.headers
        return {**self.headers, "Authorization": f"Bearer {self.config.api_key.value}"}

    def _base_url(self, surface: str, host: str | None) -> str:
        if host is not None:
            # An index host comes from describe_index or the caller; both may say http://.
            check_transport_security(host, allow_insecure_http=self.config.allow_insecure_http, setting="index host")
            return host
        if surface in self.config.surface_hosts:
            return self.config.surface_hosts[surface]
        server = registry.version(self.version).surfaces[surface].servers[0]
        if "{" in server:
            raise InvalidArgumentError(f"the {surface} surface needs a host; none was given")
        # Surfaces served from the control-plane host move with a `host=` override.
        if server.startswith(DEFAULT_CONTROL_HOST):
            return self.config.control_host + server[len(DEFAULT_CONTROL_HOST) :]
        return server

    def models(self, surface: str) -> ModuleType:
        """The generated models module of ``surface`` in the pinned version."""
        return importlib.import_module(f"{registry.version(self.version).surfaces[surface].package}.models")

    def stream_request(self, call: Call) -> dict[str, Any]:
        """Keyword arguments of ``httpx.Client.stream`` for ``call``, checked like any other call."""
        prepared, kwargs = self.arguments(call)
        path_names = set(re.findall(r"{(\w+)}", prepared.path))
        path = prepared.path.format(**{name: quote(str(kwargs.pop(name)), safe="") for name in path_names})
        body = kwargs.pop("body", None)
        return {
            "method": prepared.method,
            "url": self._base_url(prepared.surface, call.host) + path,
            "params": {key: value for key, value in kwargs.items() if value is not None},
            "content": orjson.dumps(body.to_dict(), option=orjson.OPT_SERIALIZE_NUMPY) if body is not None else None,
            "headers": {**self.headers, "Accept": "text/event-stream", "Content-Type": "application/json"},
        }

    def arguments(self, call: Call) -> tuple[_Prepared, dict[str, Any]]:
        """The generated function's keyword arguments for ``call``, checked against the pinned version."""
        prepared = self.prepare(call.operation, call.surface)
        kwargs = dict(call.kwargs)
        unknown = sorted(set(kwargs) - prepared.parameters)
        if unknown:
            raise _unsupported_parameter(self.version, prepared, unknown[0], lambda p: unknown[0] in p.parameters)
        for name, enum_class in prepared.enums.items():
            value = kwargs.get(name)
            if isinstance(value, str):
                kwargs[name] = _listed_member(enum_class, value, f"{call.operation}: {name}")
        body = kwargs.get("body")
        if isinstance(body, Mapping) and prepared.body_model is not None:
            kwargs["body"] = _request_model(self.version, prepared, body)
        return prepared, kwargs


@functools.cache
def _prepare(version: str, operation: str, generic_surface: str | None = None) -> _Prepared:
    if generic_surface is None:
        surface, generated = _capabilities.require(version, operation)
    else:
        surface, generated = _capabilities.require_generated(version, operation, generic_surface)
    module = generated.load()
    parameters = inspect.signature(module.sync_detailed).parameters
    body = parameters.get("body")
    body_model = _model_in(body.annotation) if body is not None else None
    enums = {
        name: candidate
        for name, parameter in parameters.items()
        for candidate in (parameter.annotation, *typing.get_args(parameter.annotation))
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum)
    }
    return _Prepared(
        operation,
        generic_surface,
        surface,
        module,
        frozenset(parameters) - {"client"},
        body_model,
        generated.method,
        generated.path,
        enums,
    )


def _model_in(annotation: Any) -> Any:
    """The generated model class in a body annotation (``X`` or an optional ``X | Unset``), if any."""
    for candidate in (annotation, *typing.get_args(annotation)):
        if hasattr(candidate, "from_dict"):
            return candidate
    return None


@functools.cache
def _declares(model: Any, wire_name: str) -> bool:
    """Whether a generated model has a field for ``wire_name`` (``topK`` is ``top_k``, ``filter`` is ``filter_``)."""
    import attrs

    names = {f.name for f in attrs.fields(model)}
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", wire_name).lower()
    return bool({wire_name, snake, snake + "_"} & names)


# Data-plane bodies the plans build completely in wire form, with shapes that are
# the same in every version: after the top-level check they are sent as built,
# without a round trip through the request model (which would copy every vector).
WIRE_READY = frozenset({"upsert", "query", "update", "delete", "describe_index_stats"})


class _WireBody:
    """A request body already in wire form; generated functions only call ``to_dict``."""

    __slots__ = ("_body",)

    def __init__(self, body: Mapping[str, Any]) -> None:
        self._body = body

    def to_dict(self) -> Mapping[str, Any]:
        return self._body


def _request_model(version: str, prepared: _Prepared, body: Mapping[str, Any]) -> Any:
    model_class = prepared.body_model
    unknown = [key for key in body if not _declares(model_class, key)]
    if not unknown and prepared.operation in WIRE_READY:
        return _WireBody(body)  # plans build fresh dicts: no copy needed
    if not unknown:
        try:
            model = model_class.from_dict(dict(body))
        except KeyError as exc:
            raise InvalidArgumentError(
                f"{prepared.operation}: API {version} requires the field {exc.args[0]!r} in this request"
            ) from None
        except (ValueError, TypeError) as exc:
            raise InvalidArgumentError(f"{prepared.operation}: not a valid request for API {version}: {exc}") from None
        unknown = unknown_fields(model)  # fields nested models do not declare
        if not unknown:
            for where, member in _enum_values(model, prepared.operation + ": "):
                _listed_member(type(member), member.value, where)
            return model

    def accepts(other: _Prepared) -> bool:
        if not all(_declares(other.body_model, key.split(".")[0]) for key in unknown):
            return False
        try:
            return unknown[0] not in unknown_fields(other.body_model.from_dict(dict(body)))
        except (KeyError, ValueError, TypeError):
            return False

    raise _unsupported_parameter(version, prepared, unknown[0], accepts)


def _listed_member(enum_class: type[enum.Enum], value: str, where: str) -> enum.Enum:
    """The member of a request enum; generated enums keep unknown values (for responses), requests may not."""
    try:
        member = enum_class(value)
    except ValueError:
        member = None
    if member is None or not is_known(member):
        allowed = ", ".join(str(listed.value) for listed in enum_class)
        raise InvalidArgumentError(f"{where}={value!r}; the pinned API version accepts one of {allowed}")
    return member


def _enum_values(value: Any, path: str) -> Iterator[tuple[str, enum.Enum]]:
    """(dotted field path, member) of every enum value in a request model."""
    import attrs

    if isinstance(value, enum.Enum):
        yield path.rstrip("."), value
    elif attrs.has(type(value)):
        for attribute in attrs.fields(type(value)):
            yield from _enum_values(getattr(value, attribute.name), f"{path}{attribute.name}.")
    elif isinstance(value, list):
        for item in value:
            yield from _enum_values(item, path)


def _unsupported_parameter(
    version: str, prepared: _Prepared, parameter: str, accepts: Callable[[_Prepared], bool]
) -> UnsupportedOperationError:
    operation = prepared.operation
    having = []
    for candidate in API_VERSIONS:
        try:
            other = _prepare(candidate, operation, prepared.generic_surface)
        except PineconeError:  # the operation itself is missing there
            continue
        if candidate != version and accepts(other):
            having.append(candidate)
    status = _capabilities.availability(version, having)
    return UnsupportedOperationError(
        f"{operation}: parameter {parameter!r} is not supported by API version {version}; {status.hint('accepted')}",
        operation=f"{operation}({parameter})",
        api_version=version,
        available_from=status.available_from,
        removed_in=status.removed_in,
        last_in=status.last_in,
    )


def _where(call: Call) -> str:
    return call.operation + (f" on {call.host}" if call.host else "")


# What an attempt can fail with: no answer, an error status, an unreadable success body.
_ATTEMPT_ERRORS = (httpx.HTTPError, ApiError, orjson.JSONDecodeError)


# Failures of a call that are not transport errors: a request that cannot be built
# (a body JSON cannot carry, a URL httpx refuses), or a success body the generated
# parser cannot read (invalid JSON is a ValueError, a missing field a KeyError).
NOT_TRANSPORT_FAILURES = (ValueError, KeyError, TypeError, AttributeError, httpx.InvalidURL)


@contextlib.contextmanager
def _named_failures(call: Call, version: str) -> Iterator[None]:
    """Failures of ``call`` that are neither transport errors nor ours, as one of ours naming the operation."""
    try:
        yield
    except NOT_TRANSPORT_FAILURES as exc:
        if isinstance(exc, PineconeError):  # raised on purpose below the parser
            raise
        raise _not_transport_failure(exc, call, version) from exc


def _not_transport_failure(exc: Exception, call: Call, version: str) -> PineconeError:
    """One error naming the operation: InvalidArgumentError if nothing was sent, else UnexpectedResponseError."""
    if isinstance(exc, (RequestEncodingError, httpx.InvalidURL)):  # raised before sending
        return InvalidArgumentError(f"{call.operation}: the request cannot be sent: {exc}")
    if isinstance(exc, orjson.JSONDecodeError):
        problem = "is not valid JSON"
    elif isinstance(exc, KeyError):
        problem = f"lacks the field {exc.args[0]!r} that API {version} requires"
    else:
        problem = f"does not match API {version} ({type(exc).__name__}: {exc})"
    return UnexpectedResponseError(
        f"{call.operation}: the server answered with success, but the body {problem}. "
        "Check that host= points at a Pinecone service for this API version",
        operation=call.operation,
    )


# --- the drivers ---------------------------------------------------------------


def _progress_bar(label: str, total: int) -> Any:
    from tqdm.auto import tqdm  # imported only when a bar is shown

    # disable=None: no bar unless stderr is a terminal. Bars open at the same time get
    # lines of their own; _finish_bar keeps them from overwriting each other at the end.
    return tqdm(total=total, desc=label, unit="vectors", disable=None, leave=False)


def _finish_bar(bar: Any) -> None:
    """Clear the bar and print its final state as a line above the bars still running.

    tqdm's own ``leave=True`` draws a closing bar on the cursor's line, which belongs to
    another bar when two upserts run at once; ``tqdm.write`` moves the running bars down.
    """
    shown = not bar.disable
    final = str(bar)
    bar.close()
    if shown:
        # "\r": clearing a bar below the cursor's line leaves the cursor at the end of the blanks.
        type(bar).write("\r" + final, file=bar.fp)


class SyncEngine:
    """Runs plans with blocking I/O."""

    _session: Session

    def _run(self, plan: Plan[R]) -> R:
        try:
            step = next(plan)
            while True:
                try:
                    result = self._do(step)
                except PineconeError as exc:
                    step = plan.throw(exc)
                else:
                    step = plan.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    def _iterate(self, plan: ItemPlan[Any]) -> Iterator[Any]:
        result: Any = None
        while True:
            try:
                step = plan.send(result)
            except StopIteration:
                return
            if isinstance(step, Emit):
                yield step.item
                result = None
            elif isinstance(step, Stream):
                yield from self._stream(step)
                result = None
            else:
                result = self._do(step)

    def _do(self, step: Step) -> Any:
        if isinstance(step, Call):
            return self._send(step)
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            return None
        return self._parallel(step)

    def _send(self, call: Call) -> Any:
        prepared, kwargs = self._session.arguments(call)
        client = self._session.surface_client(prepared.surface, call.host)
        attempts = self._session.attempts(call)
        with _named_failures(call, self._session.version):
            while True:
                token = attempts.start()
                try:
                    return prepared.module.sync_detailed(client=client, **kwargs).parsed
                except _ATTEMPT_ERRORS as exc:
                    wait = attempts.judge(exc)  # raises when it gives up
                    if wait is None:
                        return None
                finally:
                    attempts.end(token)
                time.sleep(wait)

    def _stream(self, step: Stream) -> Iterator[Any]:
        http = self._session.sync_http
        with _named_failures(step.call, self._session.version):
            request = http.build_request(**self._session.stream_request(step.call))
        # Opening the stream is retried like any call; once events flow, a failure ends it.
        attempts = self._session.attempts(step.call)
        while True:
            try:
                response = http.send(request, stream=True)
                raise_for_status(response)
                break
            except _ATTEMPT_ERRORS as exc:
                wait = attempts.judge(exc)
                if wait is None:
                    return
            time.sleep(wait)
        decoder = _EventDecoder()
        try:
            for line in response.iter_lines():
                event = decoder.feed(line)
                if event is not None:
                    yield step.parse(event)
            event = decoder.finish()
            if event is not None:
                yield step.parse(event)
        except httpx.HTTPError as exc:
            raise translate(exc, _where(step.call), operation=step.call.operation) from exc
        except NOT_TRANSPORT_FAILURES as exc:
            if isinstance(exc, PineconeError):  # a request refused before sending
                raise
            raise _not_transport_failure(exc, step.call, self._session.version) from exc
        finally:
            response.close()

    def _parallel(self, step: Parallel) -> list[Any]:
        import threading
        from concurrent.futures import ThreadPoolExecutor  # only clients that fan out pay for it

        bar = _progress_bar(step.progress, sum(step.weights)) if step.progress else None
        weights = step.weights or (1,) * len(step.calls)
        failed = threading.Event()

        def one(call: Call, weight: int) -> Any:
            if failed.is_set():
                return Failed(None)
            try:
                result = self._send(call)
            except PineconeError as exc:
                failed.set()
                return Failed(exc)
            except BaseException:
                failed.set()
                raise
            if bar is not None:
                bar.update(weight)
            return result

        pool = ThreadPoolExecutor(max_workers=max(1, step.limit))
        try:
            futures = [pool.submit(one, call, weight) for call, weight in zip(step.calls, weights, strict=True)]
            return [future.result() for future in futures]
        finally:
            # However this step ends (an interrupt too), no call starts after it, and every call in
            # flight finishes first: none is still sending when the plan sees the outcome.
            failed.set()
            pool.shutdown(wait=True)
            if bar is not None:
                _finish_bar(bar)


class AsyncEngine:
    """Runs plans with ``await``."""

    _session: Session

    async def _arun(self, plan: Plan[R]) -> R:
        try:
            step = next(plan)
            while True:
                try:
                    result = await self._ado(step)
                except PineconeError as exc:
                    step = plan.throw(exc)
                else:
                    step = plan.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    async def _aiterate(self, plan: ItemPlan[Any]) -> AsyncIterator[Any]:
        result: Any = None
        while True:
            try:
                step = plan.send(result)
            except StopIteration:
                return
            if isinstance(step, Emit):
                yield step.item
                result = None
            elif isinstance(step, Stream):
                async for item in self._astream(step):
                    yield item
                result = None
            else:
                result = await self._ado(step)

    async def _ado(self, step: Step) -> Any:
        if isinstance(step, Call):
            return await self._asend(step)
        if isinstance(step, Sleep):
            import asyncio  # imported where used: sync-only programs never load it

            await asyncio.sleep(step.seconds)
            return None
        return await self._aparallel(step)

    async def _asend(self, call: Call) -> Any:
        import asyncio

        prepared, kwargs = self._session.arguments(call)
        client = self._session.surface_client(prepared.surface, call.host)
        attempts = self._session.attempts(call)
        with _named_failures(call, self._session.version):
            while True:
                token = attempts.start()
                try:
                    return (await prepared.module.asyncio_detailed(client=client, **kwargs)).parsed
                except _ATTEMPT_ERRORS as exc:
                    wait = attempts.judge(exc)  # raises when it gives up
                    if wait is None:
                        return None
                finally:
                    attempts.end(token)
                await asyncio.sleep(wait)

    async def _astream(self, step: Stream) -> AsyncIterator[Any]:
        import asyncio

        http = self._session.async_http
        with _named_failures(step.call, self._session.version):
            request = http.build_request(**self._session.stream_request(step.call))
        attempts = self._session.attempts(step.call)
        while True:
            try:
                response = await http.send(request, stream=True)
                if response.status_code >= 400:
                    await response.aread()
                    raise_for_status(response)
                break
            except _ATTEMPT_ERRORS as exc:
                wait = attempts.judge(exc)
                if wait is None:
                    return
            await asyncio.sleep(wait)
        decoder = _EventDecoder()
        try:
            async for line in response.aiter_lines():
                event = decoder.feed(line)
                if event is not None:
                    yield step.parse(event)
            event = decoder.finish()
            if event is not None:
                yield step.parse(event)
        except httpx.HTTPError as exc:
            raise translate(exc, _where(step.call), operation=step.call.operation) from exc
        except NOT_TRANSPORT_FAILURES as exc:
            if isinstance(exc, PineconeError):  # a request refused before sending
                raise
            raise _not_transport_failure(exc, step.call, self._session.version) from exc
        finally:
            await response.aclose()

    async def _aparallel(self, step: Parallel) -> list[Any]:
        import asyncio

        bar = _progress_bar(step.progress, sum(step.weights)) if step.progress else None
        weights = step.weights or (1,) * len(step.calls)
        gate = asyncio.Semaphore(max(1, step.limit))
        failed = asyncio.Event()

        async def one(call: Call, weight: int) -> Any:
            async with gate:
                if failed.is_set():
                    return Failed(None)
                try:
                    result = await self._asend(call)
                except PineconeError as exc:
                    failed.set()
                    return Failed(exc)
                except BaseException:
                    failed.set()
                    raise
            if bar is not None:
                bar.update(weight)
            return result

        tasks = [asyncio.ensure_future(one(c, w)) for c, w in zip(step.calls, weights, strict=True)]
        try:
            # Every call ends before this returns; if the caller is cancelled, so are they (none keeps writing).
            return list(await asyncio.gather(*tasks))
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if bar is not None:
                _finish_bar(bar)


# --- declaring operations once for both drivers ---------------------------------


def _take_identity(descriptor: object, plan: Callable[..., Any]) -> None:
    """Name, docstring and signature of the plan, for help() and IDEs reading the class."""
    for attribute in ("__name__", "__qualname__", "__doc__", "__module__"):
        setattr(descriptor, attribute, getattr(plan, attribute))
    descriptor.__wrapped__ = plan  # type: ignore[attr-defined]


class _Described:
    """What ``inspect.signature`` (so ``help()``) finds behind a method bound to a client: the plan's
    parameters without ``self`` and the result in the client's pinned version, worked out on first look."""

    def __init__(self, plan: Callable[..., Any], owner: type, version: str) -> None:
        self._plan, self._owner, self._version = plan, owner, version

    @functools.cached_property
    def __signature__(self) -> inspect.Signature:
        from pinecone_versioned._signatures import bound_signature  # only when someone looks

        return bound_signature(self._plan, self._owner, self._version)


def _describe(cache: dict[tuple[type, str], _Described], plan: Callable[..., Any], owner: type, version: str) -> Any:
    described = cache.get((owner, version))
    if described is None:
        described = cache[(owner, version)] = _Described(plan, owner, version)
    return described


class operation(Generic[P, R]):
    """Declares a facade method from its plan; it runs blocking on sync clients, awaitable on async ones."""

    def __init__(self, plan: Callable[Concatenate[Any, P], Plan[R]]) -> None:
        self._plan = checked_arguments(plan)  # argument types checked before the plan starts
        self._described: dict[tuple[type, str], _Described] = {}
        _take_identity(self, plan)

    @overload
    def __get__(self, instance: None, owner: type) -> operation[P, R]: ...
    @overload
    def __get__(self, instance: SyncEngine, owner: type) -> Callable[P, R]: ...
    @overload
    def __get__(self, instance: AsyncEngine, owner: type) -> Callable[P, Coroutine[Any, Any, R]]: ...
    def __get__(self, instance: object, owner: type) -> Any:
        if instance is None:
            return self
        plan = self._plan
        if isinstance(instance, AsyncEngine):

            @functools.wraps(plan)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                return await instance._arun(plan(instance, *args, **kwargs))

            run_async.__wrapped__ = _describe(self._described, plan, owner, instance._session.version)
            return run_async
        if isinstance(instance, SyncEngine):

            @functools.wraps(plan)
            def run(*args: Any, **kwargs: Any) -> Any:
                return instance._run(plan(instance, *args, **kwargs))

            run.__wrapped__ = _describe(self._described, plan, owner, instance._session.version)
            return run
        raise TypeError(f"{owner.__name__} is neither a sync nor an async client")


class iterating(Generic[P, T]):
    """Declares a facade method that yields items: an iterator on sync clients, an async iterator on async ones."""

    def __init__(self, plan: Callable[Concatenate[Any, P], ItemPlan[T]]) -> None:
        self._plan = checked_arguments(plan)  # argument types checked before the plan starts
        self._described: dict[tuple[type, str], _Described] = {}
        _take_identity(self, plan)

    @overload
    def __get__(self, instance: None, owner: type) -> iterating[P, T]: ...
    @overload
    def __get__(self, instance: SyncEngine, owner: type) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(self, instance: AsyncEngine, owner: type) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, instance: object, owner: type) -> Any:
        if instance is None:
            return self
        plan = self._plan
        if isinstance(instance, AsyncEngine):

            @functools.wraps(plan)
            def iterate_async(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
                return instance._aiterate(plan(instance, *args, **kwargs))

            iterate_async.__wrapped__ = _describe(self._described, plan, owner, instance._session.version)
            return iterate_async
        if isinstance(instance, SyncEngine):

            @functools.wraps(plan)
            def iterate(*args: Any, **kwargs: Any) -> Iterator[Any]:
                return instance._iterate(plan(instance, *args, **kwargs))

            iterate.__wrapped__ = _describe(self._described, plan, owner, instance._session.version)
            return iterate
        raise TypeError(f"{owner.__name__} is neither a sync nor an async client")


class streamable(Generic[P]):
    """Declares a method that returns a value, or with ``stream=True`` an iterator of chunks
    (an async iterator on async clients): one plan serves both, yielding ``Stream`` when streaming."""

    def __init__(self, plan: Callable[Concatenate[Any, P], ItemPlan[Any] | Plan[Any]]) -> None:
        self._plan = checked_arguments(plan)  # argument types checked before the plan starts
        _take_identity(self, plan)

    @overload
    def __get__(self, instance: None, owner: type) -> streamable[P]: ...
    @overload
    def __get__(self, instance: object, owner: type) -> Callable[P, Any]: ...
    def __get__(self, instance: object, owner: type) -> Any:
        if instance is None:
            return self
        plan = self._plan
        if isinstance(instance, AsyncEngine):

            @functools.wraps(plan)
            def run_async(*args: Any, **kwargs: Any) -> Any:
                steps = plan(instance, *args, **kwargs)
                return instance._aiterate(steps) if kwargs.get("stream") else instance._arun(steps)  # type: ignore[arg-type]

            return run_async
        if isinstance(instance, SyncEngine):

            @functools.wraps(plan)
            def run(*args: Any, **kwargs: Any) -> Any:
                steps = plan(instance, *args, **kwargs)
                return instance._iterate(steps) if kwargs.get("stream") else instance._run(steps)  # type: ignore[arg-type]

            return run
        raise TypeError(f"{owner.__name__} is neither a sync nor an async client")


class SessionBound:
    """A client object that works on a session it shares with the client that made it."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_version={self._session.version!r})"


# How long create_index, delete_index, create_assistant, upload_file, ... wait by default (seconds).
DEFAULT_WAIT_TIMEOUT = 600.0


def wait_until(
    check: Callable[[], Plan[str | None]],
    *,
    timeout: float | None,
    what: str,
    show_progress: bool = True,
    poll: float = 1.0,
) -> Plan[None]:
    """Poll ``check`` until it returns None (done); otherwise it returns what is still pending.

    ``timeout`` follows the official SDK: None waits as long as it takes, a negative value
    (-1) returns at once, otherwise at most that many seconds, then a timeout error names
    what was still pending. With ``show_progress`` a terminal shows one line with the
    elapsed time and the last state seen.
    """
    if timeout is not None and timeout < 0:
        return
    started = time.monotonic()
    deadline = None if timeout is None else started + timeout
    bar = None  # drawn from the first answer that is not done: no flicker, no tqdm import otherwise
    try:
        while (pending := (yield from check())) is not None:
            if show_progress:
                if bar is None:
                    bar = _wait_bar(what)
                bar.set_postfix_str(pending, refresh=True)
            if deadline is not None and time.monotonic() >= deadline:
                raise PineconeTimeoutError(
                    f"gave up after {time.monotonic() - started:.0f} s (timeout={timeout}) waiting for {what}: "
                    f"still {pending}. Pass a larger timeout=, or timeout=None to wait as long as it takes"
                )
            yield Sleep(poll if deadline is None else max(0.0, min(poll, deadline - time.monotonic())))
    finally:
        if bar is not None:
            bar.close()


def _wait_bar(what: str) -> Any:
    from tqdm.auto import tqdm

    # tqdm puts ", " before the postfix: "waiting for index 'movies' to be ready [00:12], state Initializing".
    return tqdm(desc=f"waiting for {what}", bar_format="{desc} [{elapsed}]{postfix}", leave=False, disable=None)


def batches(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


__all__ = [
    "DEFAULT_WAIT_TIMEOUT",
    "AsyncEngine",
    "Call",
    "Emit",
    "Failed",
    "ItemPlan",
    "Parallel",
    "Plan",
    "Session",
    "Sleep",
    "SyncEngine",
    "batches",
    "first_error",
    "iterating",
    "operation",
    "unknown_fields",
    "wait_until",
]
