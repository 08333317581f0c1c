"""Every generated operation reachable from a client: generic calls against the local server, and their errors."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import httpx
import pytest

import pinecone_versioned as pv
from pinecone_versioned import AsyncPinecone, Pinecone, ServerlessSpec, _capabilities, _engine
from pinecone_versioned.local import LocalServer
from pinecone_versioned_gen import API_VERSIONS, registry
from tests.conftest import GENERATED_PACKAGE, REPO_ROOT
from tests.facade.conftest import API_KEY

# A data-plane operation no facade method wraps (the GET twin of describe_index_stats),
# with the versions whose data-plane spec declares it, read from the shipped spec files.
UNWRAPPED = "alt_describe_index_stats"


def _versions_declaring(operation_id: str) -> list[str]:
    having = []
    for version in API_VERSIONS:
        folder = GENERATED_PACKAGE / f"v{version.replace('-', '_')}"
        for spec_file in folder.glob("*/openapi.json"):
            paths = json.loads(spec_file.read_text())["paths"]
            operations = [op for item in paths.values() for op in item.values() if isinstance(op, dict)]
            if any(op.get("operationId") == operation_id for op in operations):
                having.append(version)
    return having


HAVING_UNWRAPPED = _versions_declaring(UNWRAPPED)


def _recording(seen: list[httpx.Request]) -> httpx.Client:
    return httpx.Client(event_hooks={"request": [seen.append]})


def _arecording(seen: list[httpx.Request]) -> httpx.AsyncClient:
    async def record(request: httpx.Request) -> None:
        seen.append(request)

    return httpx.AsyncClient(event_hooks={"request": [record]})


def test_the_unwrapped_operation_is_listed_by_capabilities_without_a_facade_method() -> None:
    assert HAVING_UNWRAPPED, "the shipped specs no longer declare the operation this test calls"
    for version in API_VERSIONS:
        listed = {op.operation_id: op for op in pv.capabilities(version).operations}
        assert (UNWRAPPED in listed) == (version in HAVING_UNWRAPPED)
        if UNWRAPPED in listed:
            assert listed[UNWRAPPED].facade is None and listed[UNWRAPPED].surface == "db_data"


def test_capabilities_list_every_registry_operation_and_stay_a_set_of_method_names() -> None:
    for version in API_VERSIONS:
        caps = pv.capabilities(version)
        registry_ids = {(s.name, op) for s in registry.version(version).surfaces.values() for op in s.operations}
        assert {(op.surface, op.operation_id) for op in caps.operations} == registry_ids
        assert set(caps) == {op.facade for op in caps.operations if op.facade}
        assert all(hasattr(Pinecone, name) or name in _capabilities.OPERATIONS for name in caps)


@pytest.mark.parametrize("version", HAVING_UNWRAPPED)
def test_generic_call_sync_sends_the_pinned_version(server: LocalServer, version: str) -> None:
    seen: list[httpx.Request] = []
    pc = Pinecone(api_key=API_KEY, api_version=version, host=server.url, http_client=_recording(seen))
    pc.create_index("generic", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout=30)
    index = pc.Index("generic")
    index.upsert([("a", [1.0, 0.0]), ("b", [0.0, 1.0])], namespace="films")

    by_name = index.call(UNWRAPPED)
    by_attribute = index.operations.db_data.alt_describe_index_stats()
    for stats in (by_name, by_attribute):
        assert int(stats.total_vector_count) == 2
        assert int(stats.namespaces["films"].vector_count) == 2

    generic = [r for r in seen if r.method == "GET" and r.url.path == "/describe_index_stats"]
    assert len(generic) == 2
    for request in generic:
        assert request.headers["X-Pinecone-API-Version"] == version
        assert request.headers["Api-Key"] == API_KEY


@pytest.mark.anyio
@pytest.mark.parametrize("version", HAVING_UNWRAPPED)
async def test_generic_call_async_sends_the_pinned_version(server: LocalServer, version: str) -> None:
    seen: list[httpx.Request] = []
    async with AsyncPinecone(
        api_key=API_KEY, api_version=version, host=server.url, http_client=_arecording(seen)
    ) as pc:
        await pc.create_index("agen", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout=30)
        index = pc.Index("agen")
        await index.upsert([("a", [1.0, 0.0])])
        stats = await index.call(UNWRAPPED)
        again = await index.operations.db_data.alt_describe_index_stats()
    assert int(stats.total_vector_count) == 1 and int(again.total_vector_count) == 1
    generic = [r for r in seen if r.method == "GET" and r.url.path == "/describe_index_stats"]
    assert [r.headers["X-Pinecone-API-Version"] for r in generic] == [version, version]


def test_generic_calls_of_wrapped_operations_return_the_generated_models(server: LocalServer) -> None:
    pc = Pinecone(api_key=API_KEY, api_version=API_VERSIONS[-1], host=server.url)
    pc.create_index("plain", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout=30)
    described = pc.call("describe_index", index_name="plain")
    assert isinstance(described, pc.api.db_control.models.IndexModel)
    assert described.name == "plain"
    listed = pc.operations.db_control.list_indexes()
    assert [i.name for i in listed.indexes] == ["plain"]


def test_server_errors_of_generic_calls_map_to_our_classes(server: LocalServer) -> None:
    pc = Pinecone(api_key=API_KEY, api_version=API_VERSIONS[-1], host=server.url, retries=0)
    with pytest.raises(pv.NotFoundError):
        pc.call("describe_index", index_name="nowhere")


def test_an_operation_the_local_server_does_not_simulate_is_a_501_naming_it(server: LocalServer) -> None:
    """db_metrics takes the API key as a bearer token; the local server knows the route but not the operation."""
    version = next(v for v in reversed(API_VERSIONS) if "db_metrics" in registry.version(v).surfaces)
    seen: list[httpx.Request] = []
    pc = Pinecone(api_key=API_KEY, api_version=version, host=server.url, retries=0, http_client=_recording(seen))
    with pytest.raises(pv.ServerError) as raised:
        pc.call("fetch_prometheus_targets", project_id="p1")
    assert raised.value.status == 501 and f"fetch_prometheus_targets (API {version})" in raised.value.message
    assert raised.value.code == "UNIMPLEMENTED"  # the gRPC-style code of Pinecone's error bodies
    (request,) = seen
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["X-Pinecone-API-Version"] == version
    assert API_KEY not in str(raised.value)


def test_bad_generic_calls_are_refused_before_sending() -> None:
    closed = "http://127.0.0.1:9"  # nothing listens: a request would fail differently
    pc = Pinecone(api_key=API_KEY, api_version=API_VERSIONS[-1], host=closed, retries=0)
    with pytest.raises(pv.UnsupportedOperationError, match="parameter 'bogus'"):
        pc.call("describe_index", index_name="x", bogus=1)
    with pytest.raises(pv.InvalidArgumentError, match="no operation 'describe_indexx'.*describe_index"):
        pc.call("describe_indexx")
    with pytest.raises(pv.InvalidArgumentError, match=r"pc\.Index\(name\)"):
        pc.call("queryVectors", body={"topK": 1, "vector": [1.0]})
    with pytest.raises(pv.InvalidArgumentError, match="Admin"):
        pc.operations.admin.list_projects()


def test_an_operation_removed_in_a_later_version_says_removed_in() -> None:
    last = HAVING_UNWRAPPED[-1]
    later = [v for v in API_VERSIONS if v > last]
    if not later:
        pytest.skip(f"{UNWRAPPED} is in the newest version")
    removed_in = later[0]  # the version after the last one whose spec declares it
    pc = Pinecone(api_key=API_KEY, api_version=later[-1], host="http://127.0.0.1:9")
    with pytest.raises(pv.UnsupportedOperationError) as raised:
        pc.Index(host="http://127.0.0.1:9").call(UNWRAPPED)
    message = str(raised.value)
    assert message.startswith(f"{UNWRAPPED} is not supported by API version {later[-1]}; ")
    assert raised.value.operation == UNWRAPPED
    assert f"removed in API version {removed_in} (last in {last})" in message
    assert "accepted from" not in message and "available from" not in message
    assert raised.value.removed_in == removed_in and raised.value.last_in == last
    assert raised.value.available_from is None


def test_a_parameter_removed_in_a_later_version_says_removed_in() -> None:
    """No pinned version drops a facade request parameter, so which versions accept it is synthetic here."""
    prepared = _engine._prepare("2025-10", "describe_index_stats")

    def accepted_in_2024_only(other: _engine._Prepared) -> bool:
        return ".v2024_" in other.module.__name__

    error = _engine._unsupported_parameter("2025-10", prepared, "legacy", accepted_in_2024_only)
    newest_2024 = [v for v in API_VERSIONS if v.startswith("2024-")][-1]
    following = API_VERSIONS[API_VERSIONS.index(newest_2024) + 1]
    assert f"removed in API version {following} (last in {newest_2024})" in str(error)
    assert "accepted from" not in str(error)
    assert (error.removed_in, error.last_in, error.available_from) == (following, newest_2024, None)

    early = _engine._unsupported_parameter(
        "2024-04", prepared, "new", lambda other: ".v2025_10." in other.module.__name__
    )
    assert "accepted from API version 2025-10" in str(early) and "removed" not in str(early)


def test_availability_between_two_eras_says_both() -> None:
    middle = API_VERSIONS[2]
    status = _capabilities.availability(middle, [API_VERSIONS[0], API_VERSIONS[-1]])
    assert status.hint() == (
        f"it was removed in API version {API_VERSIONS[1]} (last in {API_VERSIONS[0]}); "
        f"it is available again from API version {API_VERSIONS[-1]}"
    )


def test_a_renamed_operation_names_its_new_operation_id() -> None:
    """2025-10 renamed admin's list_api_keys; a generic call by the old name says what it is called now."""
    old_name_versions = _versions_declaring("list_api_keys")
    newest = API_VERSIONS[-1]
    if newest in old_name_versions or not old_name_versions:
        pytest.skip("no rename of list_api_keys among the pinned versions")
    admin = pv.Admin(access_token="token", api_version=newest, host="http://127.0.0.1:9")
    with pytest.raises(pv.UnsupportedOperationError, match="list_api_keys is named list_project_api_keys"):
        admin.call("list_api_keys", project_id="p")


def test_a_surface_the_version_lacks_says_where_it_starts() -> None:
    first_admin = next(v for v in API_VERSIONS if "admin" in registry.version(v).surfaces)
    pc = Pinecone(api_key=API_KEY, api_version=API_VERSIONS[0], host="http://127.0.0.1:9")
    expected = f"the admin surface is not supported by API version {API_VERSIONS[0]}; it is available from API version {first_admin}"
    with pytest.raises(pv.UnsupportedOperationError, match=expected):
        pc.operations.admin  # noqa: B018


def _versions_with_surface(surface: str) -> list[str]:
    """Read from the shipped package: a surface is a folder with its spec file."""
    return [
        v for v in API_VERSIONS if (GENERATED_PACKAGE / f"v{v.replace('-', '_')}" / surface / "openapi.json").exists()
    ]


def _operation_ids_of(version: str, surface: str) -> set[str]:
    spec = json.loads((GENERATED_PACKAGE / f"v{version.replace('-', '_')}" / surface / "openapi.json").read_text())
    return {op["operationId"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)}


CLOSED = "http://127.0.0.1:9"  # nothing listens: a request would fail differently


def test_a_call_naming_a_surface_the_version_lacks_says_where_it_starts() -> None:
    oldest, first_admin = API_VERSIONS[0], _versions_with_surface("admin")[0]
    assert oldest < first_admin
    pc = Pinecone(api_key=API_KEY, api_version=oldest, host=CLOSED, retries=0)
    with pytest.raises(pv.UnsupportedOperationError) as raised:
        pc.call("list_projects", surface="admin")
    assert str(raised.value) == (
        f"the admin surface is not supported by API version {oldest}; "
        f"it is available from API version {first_admin} (pin it with api_version=...)"
    )
    assert (raised.value.operation, raised.value.api_version) == ("admin", oldest)
    assert (raised.value.available_from, raised.value.removed_in) == (first_admin, None)


def test_a_surface_no_version_has_is_refused_with_the_shipped_ones() -> None:
    shipped = sorted({path.parent.name for path in GENERATED_PACKAGE.glob("v*/*/openapi.json")})
    pc = Pinecone(api_key=API_KEY, api_version=API_VERSIONS[-1], host=CLOSED, retries=0)
    with pytest.raises(pv.InvalidArgumentError) as raised:
        pc.call("list_indexes", surface="teleport")
    assert str(raised.value) == f"no API version has a teleport surface; surfaces: {', '.join(shipped)}"


def test_an_operation_of_another_surface_is_not_found_in_the_named_one() -> None:
    newest = API_VERSIONS[-1]
    assert "describe_index" in _operation_ids_of(newest, "db_control")
    pc = Pinecone(api_key=API_KEY, api_version=newest, host=CLOSED, retries=0)
    with pytest.raises(pv.InvalidArgumentError) as raised:
        pc.call("describe_index", surface="db_data", index_name="x")
    assert not isinstance(raised.value, pv.UnsupportedOperationError)  # no version has it there
    message = str(raised.value)
    assert message.startswith(f"API {newest} has no operation 'describe_index'; did you mean ")
    suggested = message.partition("did you mean ")[2].removesuffix("?").split(", ")
    assert set(suggested) <= _operation_ids_of(newest, "db_data"), suggested
    with pytest.raises(pv.InvalidArgumentError) as raised:
        pc.call("list_collection", surface="db_control")
    suggested = str(raised.value).partition("did you mean ")[2].removesuffix("?").split(", ")
    assert "list_collections" in suggested and set(suggested) <= _operation_ids_of(newest, "db_control"), suggested


def _parameter_names(version: str, surface: str, operation_id: str) -> set[str]:
    spec = json.loads((GENERATED_PACKAGE / f"v{version.replace('-', '_')}" / surface / "openapi.json").read_text())
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return {parameter["name"] for parameter in op.get("parameters", [])}
    return set()


def test_a_parameter_a_later_version_adds_says_from_when() -> None:
    """listNamespacesOperation gained a ``prefix`` query parameter after it first appeared (read from the specs)."""
    having = [v for v in API_VERSIONS if "listNamespacesOperation" in _operation_ids_of(v, "db_data")]
    declaring = [v for v in having if "prefix" in _parameter_names(v, "db_data", "listNamespacesOperation")]
    without = [v for v in having if v not in declaring]
    assert without and declaring, "the shipped specs no longer add prefix to listNamespacesOperation later"
    pc = Pinecone(api_key=API_KEY, api_version=without[0], host=CLOSED, retries=0)
    with pytest.raises(pv.UnsupportedOperationError) as raised:
        pc.Index(host=CLOSED).call("listNamespacesOperation", prefix="a")
    assert f"parameter 'prefix' is not supported by API version {without[0]}" in str(raised.value)
    assert f"it is accepted from API version {declaring[0]}" in str(raised.value)
    assert raised.value.available_from == declaring[0]


def test_an_operation_nothing_resembles_gets_no_suggestion() -> None:
    pc = Pinecone(api_key=API_KEY, api_version=API_VERSIONS[-1], host=CLOSED, retries=0)
    with pytest.raises(pv.InvalidArgumentError) as raised:
        pc.call("zzzzqqqq")
    assert str(raised.value) == f"API {API_VERSIONS[-1]} has no operation 'zzzzqqqq'"


def test_a_parameter_no_version_accepts_says_so() -> None:
    assert _capabilities.availability(API_VERSIONS[-1], []).hint("accepted") == "no shipped API version accepts it"
    assert _capabilities.availability(API_VERSIONS[-1], []).hint() == "no shipped API version has it"


@pytest.mark.parametrize("version", API_VERSIONS)
def test_capabilities_repr_names_the_version_and_counts_every_operation(version: str) -> None:
    shipped = sum(
        len(_operation_ids_of(version, path.parent.name))
        for path in (GENERATED_PACKAGE / f"v{version.replace('-', '_')}").glob("*/openapi.json")
    )
    text = repr(pv.capabilities(version))
    assert text.startswith(f"Capabilities('{version}', facade=['")
    assert text.endswith(f"], operations={shipped})")
    assert "'query'" in text and "'list_indexes'" in text


def test_an_index_sends_other_surfaces_calls_where_they_belong(server: LocalServer) -> None:
    """From an Index, a control-plane operation goes to the control host, or to the host= given."""
    newest = API_VERSIONS[-1]
    with Pinecone(api_key=API_KEY, api_version=newest, host=server.url, retries=0) as pc:
        assert pc.Index(host=CLOSED).call("list_indexes").indexes == []
    with Pinecone(api_key=API_KEY, api_version=newest, host=CLOSED, retries=0) as elsewhere:
        index = elsewhere.Index(host=CLOSED)
        assert index.call("list_indexes", host=server.url).indexes == []
        assert index.operations.db_control.list_indexes(host=server.url).indexes == []
        with pytest.raises(pv.NotFoundError):  # the arguments travel with the call
            index.operations.db_control.describe_index(index_name="missing", host=server.url)


def test_operations_are_looked_up_on_their_own_surface_only() -> None:
    pc = Pinecone(api_key=API_KEY, api_version=API_VERSIONS[-1], host=CLOSED, retries=0)
    with pytest.raises(pv.InvalidArgumentError, match="has no operation 'describe_index'"):
        pc.operations.db_data.describe_index  # noqa: B018
    assert not hasattr(pc.operations.db_control, "_repr_html_")  # private names are no operations


def test_admin_refuses_surfaces_that_take_an_api_key() -> None:
    admin = pv.Admin(access_token="token", api_version=API_VERSIONS[-1], host=CLOSED)
    with pytest.raises(pv.InvalidArgumentError) as raised:
        admin.call("list_indexes")
    assert str(raised.value) == "db_control operations authenticate with an API key: call them from Pinecone(...)"


def test_the_generated_package_lists_its_surfaces() -> None:
    version = API_VERSIONS[-1]
    shipped = {
        path.parent.name for path in (GENERATED_PACKAGE / f"v{version.replace('-', '_')}").glob("*/openapi.json")
    }
    api = Pinecone(api_key=API_KEY, api_version=version).api
    assert shipped <= set(dir(api))
    assert "models" in dir(api.db_control) and "IndexModel" in dir(api.db_control.models)
    assert (
        repr(api.db_control.models)
        == f"GeneratedPackage('pinecone_versioned_gen.v{version.replace('-', '_')}.db_control.models')"
    )
    assert copy.copy(api).db_control.models.IndexModel is api.db_control.models.IndexModel
    with pytest.raises(AttributeError, match="has no attribute or submodule 'nope'"):
        api.db_control.nope  # noqa: B018
    plain = api.db_control.client  # a module, not a package: nothing to import below it
    assert not hasattr(plain.module, "__path__")
    with pytest.raises(AttributeError):
        plain.nope  # noqa: B018


def test_operations_show_the_generated_signature() -> None:
    import inspect

    pc = Pinecone(api_key=API_KEY, api_version=API_VERSIONS[-1])
    signature = inspect.signature(pc.operations.db_control.describe_index)
    assert list(signature.parameters) == ["index_name", "host"]
    assert str(signature.parameters["host"]) == "host: 'str | None' = None"
    assert "db_control" in dir(pc.operations) and "describe_index" in dir(pc.operations.db_control)


def test_api_surfaces_need_no_import_in_a_fresh_interpreter() -> None:
    program = (
        "from pinecone_versioned import Pinecone\n"
        "pc = Pinecone(api_key='k', api_version='2025-04')\n"
        "print(pc.api.db_control.models.IndexModel.__name__)\n"
        "print(pc.api.db_data.api.vector_operations.query_vectors.sync.__name__)\n"
    )
    env = {"PYTHONPATH": f"{REPO_ROOT / 'src'}:{REPO_ROOT / 'generated'}:{REPO_ROOT}", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", program], check=False, capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["IndexModel", "sync"]
