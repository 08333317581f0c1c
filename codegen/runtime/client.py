"""The client object every generated endpoint function takes.

It pairs a base URL (the control plane, an index host, an assistant host, ...)
with an httpx client. Several ``Client`` objects may share one httpx client, and
so one connection pool, across surfaces and API versions: the base URL is kept
here and joined to each request's path rather than set on the httpx client.
"""

from collections.abc import Callable, Mapping
from typing import Any

import httpx
import orjson

from pinecone_versioned_gen._runtime.errors import RequestEncodingError

# JSON goes through orjson both ways: several times faster than the standard
# library on vector payloads, and numpy arrays serialise without conversion.
_DUMPS_OPTIONS = orjson.OPT_SERIALIZE_NUMPY
_JSON_HEADERS = {"Content-Type": "application/json"}


def _prepare(kwargs: dict[str, Any], shared: Mapping[str, str]) -> dict[str, Any]:
    """Encode the body (orjson for ``json=``) and merge the shared headers into the request's."""
    headers = {**shared, **kwargs.get("headers", {})}
    if "json" in kwargs:
        try:
            kwargs["content"] = orjson.dumps(kwargs.pop("json"), option=_DUMPS_OPTIONS)
        except TypeError as exc:  # told apart from a response that fails to parse
            raise RequestEncodingError(f"the request body cannot be sent as JSON: {exc}") from exc
        headers = {**_JSON_HEADERS, **headers}
    elif hasattr(kwargs.get("content"), "read"):
        # A binary body given as a file object is read here: httpx's async client
        # cannot send a synchronous stream.
        kwargs["content"] = kwargs["content"].read()
    kwargs["headers"] = headers
    return kwargs


def _finish(response: httpx.Response, on_response: "ResponseHook | None") -> httpx.Response:
    # Generated parsers call response.json(); answer it with orjson from the bytes already read.
    response.json = lambda **_: orjson.loads(response.content)  # type: ignore[method-assign]
    if on_response is not None:
        on_response(response)
    return response


ResponseHook = Callable[[httpx.Response], None]


class _BoundClient:
    """The part of ``httpx.Client`` generated code uses, with the base URL applied."""

    __slots__ = ("_base_url", "_headers", "_http", "_on_response")

    def __init__(
        self, http: httpx.Client, base_url: str, headers: Mapping[str, str], on_response: ResponseHook | None
    ) -> None:
        self._http = http
        self._base_url = base_url
        self._headers = headers
        self._on_response = on_response

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        response = self._http.request(method, self._base_url + url, **_prepare(kwargs, self._headers))
        return _finish(response, self._on_response)


class _AsyncBoundClient:
    """The async twin of ``_BoundClient``."""

    __slots__ = ("_base_url", "_headers", "_http", "_on_response")

    def __init__(
        self, http: httpx.AsyncClient, base_url: str, headers: Mapping[str, str], on_response: ResponseHook | None
    ) -> None:
        self._http = http
        self._base_url = base_url
        self._headers = headers
        self._on_response = on_response

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        response = await self._http.request(method, self._base_url + url, **_prepare(kwargs, self._headers))
        return _finish(response, self._on_response)


class Client:
    """Where and how generated functions send their requests.

    ``base_url`` is the surface's server (a trailing slash is dropped). Pass
    ``httpx_client`` / ``async_httpx_client`` to share a configured pool; when
    omitted, one is created on first use and closed by ``close``/``aclose``.
    ``headers`` go on every request (credentials, API version: one place for all
    surfaces, whoever built the httpx client). ``on_response`` sees every response
    before the generated code parses it (for example to raise on error statuses
    whose bodies the spec does not describe).
    """

    # A plain class: attrs would load with the first client rather than the first model.
    __slots__ = (
        "_owns_async",
        "_owns_sync",
        "async_httpx_client",
        "base_url",
        "headers",
        "httpx_client",
        "on_response",
        "raise_on_unexpected_status",
    )

    def __init__(
        self,
        base_url: str,
        *,
        httpx_client: httpx.Client | None = None,
        async_httpx_client: httpx.AsyncClient | None = None,
        raise_on_unexpected_status: bool = False,
        headers: Mapping[str, str] | None = None,
        on_response: ResponseHook | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.httpx_client = httpx_client
        self.async_httpx_client = async_httpx_client
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.on_response = on_response
        self._owns_sync = False
        self._owns_async = False

    def __repr__(self) -> str:
        return f"Client(base_url={self.base_url!r})"

    def get_httpx_client(self) -> _BoundClient:
        if self.httpx_client is None:
            self.httpx_client = httpx.Client()
            self._owns_sync = True
        return _BoundClient(self.httpx_client, self.base_url, self.headers, self.on_response)

    def get_async_httpx_client(self) -> _AsyncBoundClient:
        if self.async_httpx_client is None:
            self.async_httpx_client = httpx.AsyncClient()
            self._owns_async = True
        return _AsyncBoundClient(self.async_httpx_client, self.base_url, self.headers, self.on_response)

    def close(self) -> None:
        """Close the sync httpx client if this object created it."""
        if self._owns_sync and self.httpx_client is not None:
            self.httpx_client.close()
            self.httpx_client = None
            self._owns_sync = False

    async def aclose(self) -> None:
        """Close the async httpx client if this object created it."""
        if self._owns_async and self.async_httpx_client is not None:
            await self.async_httpx_client.aclose()
            self.async_httpx_client = None
            self._owns_async = False


# Authentication is a header given to ``Client`` (``Api-Key`` for most surfaces,
# a bearer token for admin and metrics), so the generator's authenticated
# variant is the same class.
AuthenticatedClient = Client

__all__ = ["AuthenticatedClient", "Client"]
