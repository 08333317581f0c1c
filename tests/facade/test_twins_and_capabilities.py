"""The sync and async clients are twins, and every version boundary refuses what it lacks before sending."""

from __future__ import annotations

import inspect
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

import pinecone_versioned as pv
from pinecone_versioned import _capabilities
from pinecone_versioned.assistant import Assistants, AsyncAssistants
from pinecone_versioned.client import AsyncInference, Inference
from pinecone_versioned_gen import API_VERSIONS


def _public(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(getattr(cls, name))
        for name in dir(cls)
        if not name.startswith("_") and callable(getattr(cls, name))
    }


TWINS = [
    (pv.Pinecone, pv.AsyncPinecone),
    (pv.Index, pv.AsyncIndex),
    (Inference, AsyncInference),
    (Assistants, AsyncAssistants),
    (pv.Assistant, pv.AsyncAssistant),
    (pv.Admin, pv.AsyncAdmin),
]


@pytest.mark.parametrize(("sync", "asynchronous"), TWINS)
def test_async_twins_have_the_same_methods_and_signatures(sync: type, asynchronous: type) -> None:
    sync_methods, async_methods = _public(sync), _public(asynchronous)
    assert sync_methods.keys() == async_methods.keys()
    for name, signature in sync_methods.items():
        assert async_methods[name].parameters.keys() == signature.parameters.keys(), name


def test_async_methods_are_awaitable_and_iterators_async() -> None:
    client = pv.AsyncPinecone(api_key="k")
    index = client.Index(host="h.example")
    assert inspect.iscoroutinefunction(client.describe_index)
    assert inspect.iscoroutinefunction(index.query)
    assert hasattr(index.list(), "__aiter__")


@dataclass(frozen=True)
class Clients:
    """Clients of one version pointed at a closed port: anything actually sent fails to connect."""

    pc: pv.Pinecone
    ix: pv.Index
    assistant: pv.Assistant
    admin: pv.Admin

    @classmethod
    def unreachable(cls, version: str) -> Clients:
        closed = "http://127.0.0.1:9"
        pc = pv.Pinecone(api_key="k", api_version=version, host=closed, retries=0)
        admin = pv.Admin("id", "secret", api_version=version, host=closed, login_host=closed, retries=0)
        return cls(pc, pc.Index(host=closed), pc.assistant.Assistant("a", host=closed), admin)


# One call per facade operation, made with placeholder arguments: it must fail
# with UnsupportedOperationError before anything is sent (the host is unreachable).
CALLS: dict[str, Callable[[Clients], Any]] = {
    "list_indexes": lambda c: c.pc.list_indexes(),
    "create_index": lambda c: c.pc.create_index("n", {"serverless": {"cloud": "aws", "region": "r"}}, 2),
    "create_index_for_model": lambda c: c.pc.create_index_for_model(
        "n", "aws", "r", {"model": "m", "field_map": {"text": "t"}}
    ),
    "create_index_from_backup": lambda c: c.pc.create_index_from_backup("n", "b"),
    "describe_index": lambda c: c.pc.describe_index("n"),
    "configure_index": lambda c: c.pc.configure_index("n", replicas=2),
    "delete_index": lambda c: c.pc.delete_index("n"),
    "list_collections": lambda c: c.pc.list_collections(),
    "create_collection": lambda c: c.pc.create_collection("n", "s"),
    "describe_collection": lambda c: c.pc.describe_collection("n"),
    "delete_collection": lambda c: c.pc.delete_collection("n"),
    "create_backup": lambda c: c.pc.create_backup(index_name="n"),
    "list_index_backups": lambda c: c.pc.list_backups(index_name="n"),
    "list_project_backups": lambda c: c.pc.list_backups(),
    "describe_backup": lambda c: c.pc.describe_backup("b"),
    "delete_backup": lambda c: c.pc.delete_backup("b"),
    "list_restore_jobs": lambda c: c.pc.list_restore_jobs(),
    "describe_restore_job": lambda c: c.pc.describe_restore_job("j"),
    "upsert": lambda c: c.ix.upsert([("a", [1.0])]),
    "query": lambda c: c.ix.query(top_k=1, vector=[1.0]),
    "fetch": lambda c: c.ix.fetch(["a"]),
    "fetch_by_metadata": lambda c: c.ix.fetch_by_metadata({"genre": {"$eq": "drama"}}),
    "update": lambda c: c.ix.update("a", values=[1.0]),
    "delete": lambda c: c.ix.delete(ids=["a"]),
    "describe_index_stats": lambda c: c.ix.describe_index_stats(),
    "list": lambda c: c.ix.list_paginated(),
    "list_namespaces": lambda c: c.ix.list_namespaces_paginated(),
    "create_namespace": lambda c: c.ix.create_namespace("n"),
    "describe_namespace": lambda c: c.ix.describe_namespace("n"),
    "delete_namespace": lambda c: c.ix.delete_namespace("n"),
    "start_import": lambda c: c.ix.start_import("s3://bucket/path"),
    "list_imports": lambda c: c.ix.list_imports_paginated(),
    "describe_import": lambda c: c.ix.describe_import("1"),
    "cancel_import": lambda c: c.ix.cancel_import("1"),
    "upsert_records": lambda c: c.ix.upsert_records("n", [{"_id": "a", "text": "t"}]),
    "search_records": lambda c: c.ix.search_records("n", {"inputs": {"text": "t"}, "top_k": 1}),
    "embed": lambda c: c.pc.inference.embed("m", ["a"]),
    "rerank": lambda c: c.pc.inference.rerank("m", "q", ["d"]),
    "list_models": lambda c: c.pc.inference.list_models(),
    "describe_model": lambda c: c.pc.inference.describe_model("m"),
    "create_assistant": lambda c: c.pc.assistant.create_assistant("a"),
    "list_assistants": lambda c: c.pc.assistant.list_assistants(),
    "describe_assistant": lambda c: c.pc.assistant.describe_assistant("a"),
    "update_assistant": lambda c: c.pc.assistant.update_assistant("a", instructions="i"),
    "delete_assistant": lambda c: c.pc.assistant.delete_assistant("a"),
    "upload_file": lambda c: c.assistant.upload_file(file_stream=io.BytesIO(b"x"), file_name="x.txt"),
    "list_files": lambda c: c.assistant.list_files(),
    "describe_file": lambda c: c.assistant.describe_file("f"),
    "delete_file": lambda c: c.assistant.delete_file("f"),
    "chat": lambda c: c.assistant.chat("q"),
    "chat_completions": lambda c: c.assistant.chat_completions("q"),
    "context": lambda c: c.assistant.context(query="q"),
    "evaluate_alignment": lambda c: c.pc.assistant.evaluate_alignment("q", "a", "t"),
    "get_token": None,  # called by Admin before any admin operation
    "list_projects": lambda c: c.admin.list_projects(),
    "create_project": lambda c: c.admin.create_project("p"),
    "describe_project": lambda c: c.admin.describe_project("p"),
    "update_project": lambda c: c.admin.update_project("p", name="q"),
    "delete_project": lambda c: c.admin.delete_project("p"),
    "list_api_keys": lambda c: c.admin.list_api_keys("p"),
    "create_api_key": lambda c: c.admin.create_api_key("p", "k"),
    "describe_api_key": lambda c: c.admin.describe_api_key("k"),
    "update_api_key": lambda c: c.admin.update_api_key("k", name="n"),
    "delete_api_key": lambda c: c.admin.delete_api_key("k"),
    "list_organizations": lambda c: c.admin.list_organizations(),
    "describe_organization": lambda c: c.admin.describe_organization("o"),
    "update_organization": lambda c: c.admin.update_organization("o", name="n"),
    "delete_organization": lambda c: c.admin.delete_organization("o"),
}


# The first API version whose spec has each operation, read off the spec files by hand (2024-04 is the
# oldest shipped). Written out so that the boundary tests do not ask the code under test for the answer;
# test_the_table_matches_the_spec_files checks it against the specs themselves.
AVAILABLE_FROM: dict[str, str] = {
    **dict.fromkeys(["list_indexes", "create_index", "describe_index", "configure_index", "delete_index"], "2024-04"),
    **dict.fromkeys(["list_collections", "create_collection", "describe_collection", "delete_collection"], "2024-04"),
    **dict.fromkeys(["upsert", "query", "fetch", "update", "delete", "describe_index_stats", "list"], "2024-04"),
    "embed": "2024-07",
    "rerank": "2024-10",
    **dict.fromkeys(["start_import", "list_imports", "describe_import", "cancel_import"], "2024-10"),
    "create_index_for_model": "2025-01",
    **dict.fromkeys(["upsert_records", "search_records"], "2025-01"),
    **dict.fromkeys(
        ["create_assistant", "list_assistants", "describe_assistant", "update_assistant", "delete_assistant"],
        "2025-01",
    ),
    **dict.fromkeys(
        ["upload_file", "list_files", "describe_file", "delete_file", "chat", "chat_completions", "context"],
        "2025-01",
    ),
    "evaluate_alignment": "2025-01",
    "create_index_from_backup": "2025-04",
    **dict.fromkeys(
        ["create_backup", "list_index_backups", "list_project_backups", "describe_backup", "delete_backup"], "2025-04"
    ),
    **dict.fromkeys(["list_restore_jobs", "describe_restore_job"], "2025-04"),
    **dict.fromkeys(["list_namespaces", "describe_namespace", "delete_namespace"], "2025-04"),
    **dict.fromkeys(["list_models", "describe_model"], "2025-04"),
    "get_token": "2025-04",
    **dict.fromkeys(
        ["list_projects", "create_project", "describe_project", "update_project", "delete_project"], "2025-04"
    ),
    **dict.fromkeys(
        ["list_api_keys", "create_api_key", "describe_api_key", "update_api_key", "delete_api_key"], "2025-04"
    ),
    **dict.fromkeys(
        ["list_organizations", "describe_organization", "update_organization", "delete_organization"], "2025-04"
    ),
    **dict.fromkeys(["fetch_by_metadata", "create_namespace"], "2025-10"),
}


def test_every_operation_has_a_boundary_check() -> None:
    assert CALLS.keys() == _capabilities.OPERATIONS.keys() == AVAILABLE_FROM.keys()


# Spec files of 2024-04 and 2024-07 are named control_/data_ where later versions say db_control_/db_data_.
_OLD_SURFACE_NAMES = {"control": "db_control", "data": "db_data"}


def _spec_routes(spec_dir: Path, version: str) -> set[tuple[str, str, str]]:
    """(surface, METHOD, path) of every operation in the spec files of ``version``, read with PyYAML alone."""
    routes = set()
    for spec_file in (spec_dir / version).glob("*.oas.yaml"):
        surface = spec_file.name.removesuffix(f"_{version}.oas.yaml")
        paths = yaml.safe_load(spec_file.read_text())["paths"]
        routes |= {
            (_OLD_SURFACE_NAMES.get(surface, surface), method.upper(), path)
            for path, item in paths.items()
            for method in item
            if method in ("get", "put", "post", "patch", "delete")
        }
    return routes


def test_the_table_matches_the_spec_files(spec_dir: Path) -> None:
    routes = {version: _spec_routes(spec_dir, version) for version in API_VERSIONS}
    for name, since in AVAILABLE_FROM.items():
        present = [v for v in API_VERSIONS if any(r in routes[v] for r in _capabilities.OPERATIONS[name])]
        assert present == [v for v in API_VERSIONS if v >= since], name


@pytest.mark.parametrize("version", API_VERSIONS)
def test_capabilities_are_what_the_table_says(version: str) -> None:
    assert pv.capabilities(version) == {name for name, since in AVAILABLE_FROM.items() if since <= version}


BOUNDARIES = [
    pytest.param(version, name, id=f"{name}@{version}")
    for name, call in CALLS.items()
    if call is not None
    for version in API_VERSIONS
    if version < AVAILABLE_FROM[name]
]


@pytest.mark.parametrize(("version", "name"), BOUNDARIES)
def test_missing_operations_are_refused_before_sending(version: str, name: str) -> None:
    with pytest.raises(pv.UnsupportedOperationError) as raised:
        CALLS[name](Clients.unreachable(version))
    error = raised.value
    assert (error.operation, error.api_version, error.available_from) == (name, version, AVAILABLE_FROM[name])
    assert f"available from API version {AVAILABLE_FROM[name]}" in str(error) and version in str(error)
    assert str(error).endswith("(pin it with api_version=...)")  # a version that has it exists


PARAMETER_CALLS: dict[str, Callable[[pv.Pinecone], Any]] = {
    "deletion_protection": lambda pc: pc.create_index(
        "n", {"serverless": {"cloud": "aws", "region": "r"}}, 2, deletion_protection="enabled"
    ),
    "tags": lambda pc: pc.create_index("n", {"serverless": {"cloud": "aws", "region": "r"}}, 2, tags={"a": "b"}),
    "vector_type": lambda pc: pc.create_index(
        "n", {"serverless": {"cloud": "aws", "region": "r"}}, 2, vector_type="dense"
    ),
    "embed": lambda pc: pc.configure_index("n", embed={"field_map": {"text": "t"}}),
}


def _first_accepting(parameter: str) -> str:
    """The first version whose request model takes ``parameter`` (by trying it against a closed port)."""
    for version in API_VERSIONS:
        pc = pv.Pinecone(api_key="k", api_version=version, host="http://127.0.0.1:9", retries=0)
        try:
            PARAMETER_CALLS[parameter](pc)
        except pv.UnsupportedOperationError:
            continue
        except pv.PineconeConnectionError:  # accepted and sent
            return version
    raise AssertionError(f"no version accepts {parameter}")


PARAMETER_BOUNDARIES = [
    ("deletion_protection", "2024-07"),
    ("tags", "2024-10"),
    ("vector_type", "2025-01"),
    ("embed", "2025-01"),
]


@pytest.mark.parametrize(("parameter", "since"), PARAMETER_BOUNDARIES)
def test_parameters_are_refused_before_their_version(parameter: str, since: str) -> None:
    assert _first_accepting(parameter) == since
    for version in API_VERSIONS:
        if version >= since:
            continue
        pc = pv.Pinecone(api_key="k", api_version=version, host="http://127.0.0.1:9", retries=0)
        with pytest.raises(pv.UnsupportedOperationError) as raised:
            PARAMETER_CALLS[parameter](pc)
        assert raised.value.available_from == since
        assert f"'{parameter}'" in str(raised.value) and version in str(raised.value)


def test_an_operation_no_version_has_is_refused_as_such(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(_capabilities.OPERATIONS, "teleport", (("db_control", "POST", "/teleport"),))
    with pytest.raises(pv.UnsupportedOperationError) as raised:
        _capabilities.require("2025-10", "teleport")
    assert raised.value.available_from is None
    assert str(raised.value) == ("teleport is not supported by API version 2025-10; no shipped API version has it")


@pytest.mark.parametrize("version", API_VERSIONS)
def test_an_operation_a_version_has_is_found_on_its_surface(version: str) -> None:
    assert _capabilities.require(version, "list_indexes")[0] == "db_control"
    assert _capabilities.require(version, "query")[0] == "db_data"
    # 2024-07 has no inference spec file: its control plane serves /embed (spec file listing).
    if version >= "2024-07":
        assert _capabilities.require(version, "embed")[0] == ("db_control" if version == "2024-07" else "inference")
