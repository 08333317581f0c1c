"""pytest fixtures to test an application that uses Pinecone offline: "moto for Pinecone".

Installed with the package (entry point ``pytest11``: ``pinecone_versioned``); the fixtures need the
``[local]`` extra (``pip install "pinecone-versioned[local]"``) and say so when it is missing. One local
server runs for the whole session; each test gets a clean project (a reset of the server's state and
index listeners, not a new server)::

    def test_search(pinecone_client):                  # a pinecone_versioned.Pinecone on the server
        pinecone_client.create_index("movies", ServerlessSpec("aws", "us-east-1"), dimension=2)
        ...

    def test_my_app(pinecone_env):                     # PINECONE_API_KEY, PINECONE_CONTROLLER_HOST, ... set
        assert my_app.search("comedy") == [...]        # its pinecone.Pinecone() talks to the local server

Fixtures:

- ``pinecone_server`` (session): the running ``LocalServer``.
- ``pinecone_project`` (function): the server, reset before the test. For one clean project per module
  instead, override it in the module or its conftest.py with ``pinecone_module_project``::

      @pytest.fixture
      def pinecone_project(pinecone_module_project):
          return pinecone_module_project

- ``pinecone_api_version``: the API version of this run of the test (see below).
- ``pinecone_client`` / ``pinecone_async_client``: a ``Pinecone`` / ``AsyncPinecone`` of that version on
  the clean project (the async one is an async fixture, for a plugin that runs those: anyio's,
  ``@pytest.mark.anyio``, is the one our tests use).
- ``pinecone_env``: sets ``PINECONE_API_KEY``, ``PINECONE_CONTROLLER_HOST``, ``PINECONE_API_VERSION`` and
  ``PINECONE_LOGIN_HOST`` for the test, so that ``pinecone.Pinecone()`` of the official SDK (which reads the
  first two) and ``pinecone_versioned.Pinecone()`` use the local server; returns a ``PineconeEnvironment``.
  ``pinecone_autouse_env = true`` in the ini file applies it to every test.

API versions: every test that uses ``pinecone_api_version`` (directly or through a client or
``pinecone_env``) runs once per version of ``@pytest.mark.pinecone_api_versions("2025-04", "2025-10")``,
else of ``--pinecone-api-version`` (repeatable), else of the ini option ``pinecone_api_versions``, else
once with the client's default version; a test may also parametrise ``pinecone_api_version`` itself
(``@pytest.mark.parametrize("pinecone_api_version", [...], indirect=True)``). Other ini options: ``pinecone_api_key`` (the key the server
accepts and the fixtures use) and ``pinecone_strict`` (validate every request and response against the
spec of its version; default false).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures import these when they run, so that loading the plugin stays cheap
    from pinecone_versioned import AsyncPinecone, Pinecone
    from pinecone_versioned.local import LocalServer

LOCAL_EXTRA_HINT = 'pip install "pinecone-versioned[local]"'
MARKER = "pinecone_api_versions"
DEFAULT_API_KEY = "pinecone-versioned-test-key"


@dataclass(frozen=True, slots=True)
class PineconeEnvironment:
    """What ``pinecone_env`` put in the environment."""

    url: str
    api_key: str
    api_version: str


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("pinecone_versioned", "pinecone-versioned local server")
    group.addoption(
        "--pinecone-api-version",
        action="append",
        default=[],
        metavar="VERSION",
        help="run the tests that use a Pinecone client once per API version given (repeatable)",
    )
    parser.addini(MARKER, "API versions the Pinecone client fixtures run against", type="args", default=[])
    parser.addini("pinecone_api_key", "the API key the local server accepts", default=DEFAULT_API_KEY)
    parser.addini("pinecone_strict", "validate requests and responses against the spec", type="bool", default=False)
    parser.addini("pinecone_autouse_env", "apply pinecone_env to every test", type="bool", default=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(*versions): run the test once per Pinecone API version (pinecone-versioned)"
    )
    if config.getini("pinecone_autouse_env"):
        config.pluginmanager.register(_AutouseEnvironment(), "pinecone_versioned_autouse_env")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "pinecone_api_version" not in metafunc.fixturenames or _parametrized_by_hand(metafunc):
        return
    marker = metafunc.definition.get_closest_marker(MARKER)
    if marker is not None:
        versions, origin = [str(v) for v in marker.args], f"@pytest.mark.{MARKER}"
        if not versions or marker.kwargs:
            raise pytest.UsageError(f'{origin} takes API versions as arguments, e.g. ("2025-04", "2025-10")')
    elif metafunc.config.getoption("pinecone_api_version"):
        versions, origin = list(metafunc.config.getoption("pinecone_api_version")), "--pinecone-api-version"
    else:
        versions, origin = list(metafunc.config.getini(MARKER)), f"the ini option {MARKER}"
    if not versions:
        return  # one run, with the client's default version
    _check_versions(versions, origin)
    metafunc.parametrize("pinecone_api_version", versions, indirect=True, ids=versions)


def _parametrized_by_hand(metafunc: pytest.Metafunc) -> bool:
    """Whether the test parametrises pinecone_api_version itself (``indirect=True``), which then wins."""
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0] if marker.args else marker.kwargs.get("argnames", "")
        if "pinecone_api_version" in ([n.strip() for n in names.split(",")] if isinstance(names, str) else names):
            return True
    return False


def _check_versions(versions: Sequence[str], origin: str) -> None:
    from pinecone_versioned_gen import API_VERSIONS

    unknown = [v for v in versions if v not in API_VERSIONS]
    if unknown:
        raise pytest.UsageError(
            f"{origin}: unknown API version {', '.join(unknown)}; shipped: {', '.join(API_VERSIONS)}"
        )
    if len(set(versions)) != len(versions):
        raise pytest.UsageError(f"{origin}: each API version once, not {', '.join(versions)}")


def _api_key(config: pytest.Config) -> str:
    """The key the session's server accepts and every fixture's client sends (ini ``pinecone_api_key``)."""
    return str(config.getini("pinecone_api_key"))


@pytest.fixture(scope="session")
def pinecone_server(pytestconfig: pytest.Config) -> Iterator[LocalServer]:
    """The local server of the session (the ``[local]`` extra's)."""
    try:
        from pinecone_versioned.local import LocalServer
    except ImportError as missing:
        pytest.fail(
            f"the pinecone_versioned fixtures need the [local] extra ({missing.name} is missing): {LOCAL_EXTRA_HINT}",
            pytrace=False,
        )
    with LocalServer(api_key=_api_key(pytestconfig), strict=bool(pytestconfig.getini("pinecone_strict"))) as server:
        yield server


@pytest.fixture(scope="module")
def pinecone_module_project(pinecone_server: LocalServer) -> LocalServer:
    """The server, reset once for the module: its tests share one project."""
    pinecone_server.reset()
    return pinecone_server


@pytest.fixture
def pinecone_project(pinecone_server: LocalServer) -> LocalServer:
    """The server, reset before the test: no index, collection, backup, assistant or admin object."""
    pinecone_server.reset()
    return pinecone_server


@pytest.fixture
def pinecone_api_version(request: pytest.FixtureRequest) -> str:
    """The API version of this run of the test."""
    if hasattr(request, "param"):
        return str(request.param)
    from pinecone_versioned import default_api_version

    return default_api_version()


@pytest.fixture
def pinecone_client(
    pinecone_project: LocalServer, pinecone_api_version: str, pytestconfig: pytest.Config
) -> Iterator[Pinecone]:
    """A client of the test's API version on a clean project."""
    from pinecone_versioned import Pinecone

    with Pinecone(
        api_key=_api_key(pytestconfig), host=pinecone_project.url, api_version=pinecone_api_version
    ) as client:
        yield client


@pytest.fixture
async def pinecone_async_client(
    pinecone_project: LocalServer, pinecone_api_version: str, pytestconfig: pytest.Config
) -> AsyncIterator[AsyncPinecone]:
    """The asyncio client of the test's API version on a clean project."""
    from pinecone_versioned import AsyncPinecone

    async with AsyncPinecone(
        api_key=_api_key(pytestconfig), host=pinecone_project.url, api_version=pinecone_api_version
    ) as client:
        yield client


@pytest.fixture
def pinecone_env(
    pinecone_project: LocalServer,
    pinecone_api_version: str,
    pytestconfig: pytest.Config,
    monkeypatch: pytest.MonkeyPatch,
) -> PineconeEnvironment:
    """Point every Pinecone client made from the environment at the clean project, for this test."""
    environment = PineconeEnvironment(pinecone_project.url, _api_key(pytestconfig), pinecone_api_version)
    monkeypatch.setenv("PINECONE_API_KEY", environment.api_key)
    monkeypatch.setenv("PINECONE_CONTROLLER_HOST", environment.url)
    monkeypatch.setenv("PINECONE_API_VERSION", environment.api_version)
    monkeypatch.setenv("PINECONE_LOGIN_HOST", environment.url)  # pinecone_versioned.Admin()'s token endpoint
    return environment


class _AutouseEnvironment:
    """Registered when ``pinecone_autouse_env`` is true: ``pinecone_env`` for every test."""

    @pytest.fixture(autouse=True)
    def _pinecone_autouse_env(self, pinecone_env: PineconeEnvironment) -> PineconeEnvironment:
        return pinecone_env
