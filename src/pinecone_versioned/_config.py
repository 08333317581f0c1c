"""Client configuration: resolved once (argument, then environment, then default) and frozen."""

from __future__ import annotations

import os
import re
import ssl
import sys
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from pinecone_versioned.errors import (
    ConfigurationError,
    DeprecatedApiVersionWarning,
    PreviewApiVersionWarning,
    UnsupportedApiVersionError,
)
from pinecone_versioned_gen import API_VERSIONS, DEFAULT_VERSION, STATUS

API_KEY_ENV = "PINECONE_API_KEY"
API_VERSION_ENV = "PINECONE_API_VERSION"
ALLOW_PREVIEW_ENV = "PINECONE_ALLOW_PREVIEW"
CONTROL_HOST_ENV = "PINECONE_CONTROLLER_HOST"
DEFAULT_CONTROL_HOST = "https://api.pinecone.io"
# "2025-10", or an upstream pre-release such as "2026-01.alpha".
_VERSION_FORMAT = re.compile(r"^\d{4}-\d{2}(?:\.[a-z]+\d*)?$")
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")
# Deprecated versions already warned about: the warning comes once per process, not per client.
_warned_deprecated: set[str] = set()


def supported_api_versions() -> tuple[str, ...]:
    """Every API version this build ships, oldest first."""
    return API_VERSIONS


def default_api_version() -> str:
    """The API version of a client that pins none (the default this build was released with)."""
    return DEFAULT_VERSION


def successor(version: str) -> str | None:
    """The first stable version after ``version``: where a client of a deprecated version should move."""
    later = API_VERSIONS[API_VERSIONS.index(version) + 1 :]
    return next((v for v in later if STATUS[v] == "stable"), None)


def _allow_preview(explicit: bool | None) -> bool:
    if explicit is not None:
        return explicit
    value = os.environ.get(ALLOW_PREVIEW_ENV, "").strip().lower()
    if value not in _TRUE + _FALSE:
        raise ConfigurationError(f"{ALLOW_PREVIEW_ENV}={value!r}: set it to 1 (allow preview versions) or 0")
    return value in _TRUE


def _first_caller_outside_the_package() -> int:
    """The ``stacklevel`` that makes a warning name the user's line: how many frames up, from the function
    calling ``warnings.warn``, the first one outside this package is (constructors and wrappers vary)."""
    package = os.path.dirname(os.path.abspath(__file__))
    frame = sys._getframe(1)  # the function calling warnings.warn
    level = 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(package + os.sep):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def resolve_api_version(requested: str | None, allow_preview: bool | None = None) -> str:
    """The API version to pin: the argument, then ``PINECONE_API_VERSION``, then the default.

    A preview version needs ``allow_preview=True`` (or ``PINECONE_ALLOW_PREVIEW=1``) and
    warns; a deprecated one warns once per process and names its successor.
    """
    origin = "api_version"
    if requested is None:
        requested, origin = os.environ.get(API_VERSION_ENV) or None, API_VERSION_ENV
    if requested is None:
        return default_api_version()
    listed = ", ".join(f"{v} ({STATUS[v]})" for v in API_VERSIONS)
    if not isinstance(requested, str) or not _VERSION_FORMAT.match(requested):
        raise UnsupportedApiVersionError(
            f"{origin}={requested!r} is not an API version: use the YYYY-MM form, one of {listed}"
        )
    if requested not in API_VERSIONS:
        raise UnsupportedApiVersionError(f"{origin}={requested!r} is not shipped by this build; supported: {listed}")
    # stacklevel 4: this function, resolve_config, the client's constructor, the caller.
    if STATUS[requested] == "preview":
        if not _allow_preview(allow_preview):
            raise UnsupportedApiVersionError(
                f"{origin}={requested!r} is a preview API version, which Pinecone may change or withdraw: "
                f"pass allow_preview=True or set {ALLOW_PREVIEW_ENV}=1 to pin it anyway"
            )
        warnings.warn(
            f"API version {requested} is a preview: its operations and shapes may change before release",
            PreviewApiVersionWarning,
            stacklevel=_first_caller_outside_the_package(),
        )
    elif STATUS[requested] == "deprecated" and requested not in _warned_deprecated:
        _warned_deprecated.add(requested)
        after = successor(requested)
        advice = f"move to {after} (api_version={after!r})" if after else "no newer stable version is shipped"
        warnings.warn(
            f"API version {requested} is deprecated: {advice}",
            DeprecatedApiVersionWarning,
            stacklevel=_first_caller_outside_the_package(),
        )
    return requested


def normalise_host(host: str) -> str:
    """Add ``https://`` to a bare host name (as Pinecone's describe_index returns it)."""
    if not isinstance(host, str):
        raise ConfigurationError(f"host must be a string such as 'https://api.pinecone.io', got {type(host).__name__}")
    host = host.strip().rstrip("/")
    if not host:
        raise ConfigurationError("host is empty: pass a host name such as 'my-index-abc123.svc.pinecone.io'")
    return host if "://" in host else f"https://{host}"


class Secret:
    """A credential (or a URL carrying one) that never shows in a repr, ``dataclasses.asdict``, a log record,
    an exception or a pickle; ``value`` is the real thing, ``shown`` what may be displayed."""

    __slots__ = ("_shown", "value")
    value: str
    _shown: str

    def __init__(self, value: str, shown: str | None = None) -> None:
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "_shown", shown if shown is not None else ("****" if value else ""))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Secret is immutable")

    def __repr__(self) -> str:
        return f"Secret({self._shown!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)

    # asdict() and copy.deepcopy() copy values: an immutable secret is shared instead of exposed.
    def __copy__(self) -> Secret:
        return self

    def __deepcopy__(self, memo: object) -> Secret:
        return self

    def __reduce__(self) -> Any:
        raise ConfigurationError(
            "a credential is never pickled: build the client in the other process with api_key= "
            f"(or the {API_KEY_ENV} environment variable)"
        )


def proxy_secret(proxy: str | None) -> Secret | None:
    """A proxy URL kept as a secret: it may carry a password, which is masked wherever it is shown."""
    if proxy is None:
        return None
    try:
        url = httpx.URL(proxy)
    except (httpx.InvalidURL, TypeError):
        raise ConfigurationError(
            f"proxy must be a URL such as 'http://proxy.example:3128', got {type(proxy).__name__}"
        ) from None
    shown = str(url.copy_with(password="****")) if url.password else proxy
    return Secret(proxy, shown=shown)


LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) is this machine."""
    import ipaddress

    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_transport_security(url: str, *, allow_insecure_http: bool, setting: str) -> None:
    """Refuse to send credentials in clear text to another machine unless the caller opted in."""
    parsed = httpx.URL(url)
    if parsed.scheme == "http" and not allow_insecure_http and not is_loopback(parsed.host):
        raise ConfigurationError(
            f"{setting}={url!r} is plain http to another machine: the API key would travel unencrypted. "
            "Use https://, or pass allow_insecure_http=True if the network is trusted"
        )


@dataclass(frozen=True, slots=True)
class RetryConfig:
    """How failed requests are retried (429, 5xx and transport errors; which operations may be
    retried after which failures is in ``_retry.RETRIES``).

    Waits grow exponentially from ``backoff`` seconds with full jitter; a
    ``Retry-After`` header is honoured up to ``max_wait`` seconds. ``deadline``
    bounds each request, all its attempts and waits included (None: no bound);
    the client's ``timeout`` still bounds every single read.
    """

    attempts: int = 3  # retries after the first try; 0 disables retrying
    backoff: float = 0.5
    max_wait: float = 20.0
    statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    deadline: float | None = 180.0

    def __post_init__(self) -> None:
        if self.attempts < 0:
            raise ConfigurationError(f"retries.attempts={self.attempts}: use 0 (no retries) or more")
        if self.backoff < 0 or self.max_wait <= 0:
            raise ConfigurationError("retries.backoff must be >= 0 and retries.max_wait > 0 (seconds)")
        if self.deadline is not None and self.deadline <= 0:
            raise ConfigurationError(f"retries.deadline={self.deadline}: use a positive number of seconds or None")


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Everything a client needs to talk to Pinecone; build it with :func:`resolve_config`."""

    api_key: Secret | None  # None for clients that authenticate otherwise (Admin)
    api_version: str
    control_host: str
    surface_hosts: Mapping[str, str]  # per-surface server overrides, e.g. {"oauth": "http://..."}
    timeout: httpx.Timeout
    retries: RetryConfig
    additional_headers: Mapping[str, str]
    proxy: Secret | None  # may carry a password
    verify: bool | str | ssl.SSLContext
    cert: str | tuple[str, str] | None
    http2: bool
    allow_insecure_http: bool = False  # send credentials over plain http to non-loopback hosts


def resolve_config(
    *,
    api_key: str | None,
    api_version: str | None,
    host: str | None,
    timeout: float | httpx.Timeout | None,
    retries: int | RetryConfig | None,
    additional_headers: Mapping[str, str] | None,
    proxy: str | None,
    verify: bool | str | ssl.SSLContext,
    cert: str | tuple[str, str] | None,
    http2: bool,
    surface_hosts: Mapping[str, str] | None = None,
    require_api_key: bool = True,
    allow_insecure_http: bool = False,
    allow_preview: bool | None = None,
) -> ClientConfig:
    """Resolve each setting from its argument, then its environment variable, then its default."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if key is not None and not isinstance(key, str):
        raise ConfigurationError(f"api_key must be a string, got {type(key).__name__}")
    if (not key or not key.strip()) and require_api_key:
        raise ConfigurationError(
            f"no API key (missing or blank): pass api_key=... or set the {API_KEY_ENV} environment variable"
        )
    control_host = host or os.environ.get(CONTROL_HOST_ENV) or DEFAULT_CONTROL_HOST
    if timeout is None:
        resolved_timeout = httpx.Timeout(60.0, connect=10.0)
    elif isinstance(timeout, httpx.Timeout):
        resolved_timeout = timeout
    else:
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
            raise ConfigurationError(f"timeout={timeout!r}: use a positive number of seconds or an httpx.Timeout")
        resolved_timeout = httpx.Timeout(float(timeout))
    retry = retries if isinstance(retries, RetryConfig) else RetryConfig(attempts=3 if retries is None else retries)
    headers = dict(additional_headers or {})
    reserved = {"api-key", "authorization", "x-pinecone-api-version"} & {h.lower() for h in headers}
    if reserved:
        raise ConfigurationError(
            f"additional_headers may not set {', '.join(sorted(reserved))}: use api_key= and api_version= instead"
        )
    if isinstance(verify, str) and not os.path.exists(verify):
        raise ConfigurationError(f"verify={verify!r}: no such CA bundle file or directory")
    if not isinstance(verify, (bool, str, ssl.SSLContext)):
        raise ConfigurationError("verify must be True, False, a CA bundle path or an ssl.SSLContext")
    control_url = normalise_host(control_host)
    surface_urls = {surface: normalise_host(url) for surface, url in (surface_hosts or {}).items()}
    for setting, url in [("host", control_url), *((f"surface_hosts[{s!r}]", u) for s, u in surface_urls.items())]:
        check_transport_security(url, allow_insecure_http=allow_insecure_http, setting=setting)
    return ClientConfig(
        api_key=Secret(key) if key else None,
        api_version=resolve_api_version(api_version, allow_preview),
        control_host=control_url,
        surface_hosts=surface_urls,
        timeout=resolved_timeout,
        retries=retry,
        additional_headers=headers,
        proxy=proxy_secret(proxy),
        verify=verify,
        cert=cert,
        http2=http2,
        allow_insecure_http=allow_insecure_http,
    )
