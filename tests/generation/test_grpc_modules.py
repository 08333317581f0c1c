"""The generated gRPC modules (codegen.protos): faithful to the pinned .proto files, free of their prose,
and importable beside each other and beside the official SDK's own modules."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.pins import load_pins
from codegen.protos import ProtoError, normalise_proto
from tests.conftest import GENERATED_PACKAGE, REPO_ROOT

PINS = load_pins()
PROTOS = [(version, proto) for version in PINS.versions for proto in version.proto_files]


def _module(package: str, name: str = "") -> Any:
    base = f"pinecone_versioned_gen.{package}.db_data_grpc"
    return importlib.import_module(f"{base}.{name}" if name else base)


def _blocks(text: str, keyword: str) -> dict[str, str]:
    """Top-level ``<keyword> Name { ... }`` blocks of a proto, by name (read here, not with codegen's parser)."""
    found = {}
    for match in re.finditer(rf"^{keyword}\s+(\w+)\s*\{{", text, re.MULTILINE):
        depth, end = 0, match.end() - 1
        for end in range(match.end() - 1, len(text)):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                break
        found[match.group(1)] = text[match.end() : end]
    return found


def _raw(spec_dir: Path, version: Any, proto: Any) -> str:
    return (spec_dir / version.name / proto.file).read_text(encoding="utf-8")


def test_every_version_with_a_proto_has_modules() -> None:
    assert {v.name for v, _ in PROTOS} == {v.name for v in PINS.versions}  # each pinned version has one today
    for version, _ in PROTOS:
        folder = GENERATED_PACKAGE / version.package / "db_data_grpc"
        # Exactly these: no .proto, since spec-derived files stay out of the repository.
        assert {p.name for p in folder.iterdir() if p.is_file()} == {
            "__init__.py",
            "db_data_pb2.py",
            "db_data_pb2.pyi",
            "db_data_pb2_grpc.py",
        }


@pytest.mark.parametrize(("version", "proto"), PROTOS, ids=[v.name for v, _ in PROTOS])
def test_messages_and_fields_match_the_pinned_proto(spec_dir: Path, version: Any, proto: Any) -> None:
    raw = re.sub(r"//[^\n]*", "", _raw(spec_dir, version, proto))
    expected = {
        name: {(field, int(number)) for field, number in re.findall(r"(\w+)\s*=\s*(\d+)\s*[\[;]", body)}
        for name, body in _blocks(raw, "message").items()
    }
    descriptor = _module(version.package, "db_data_pb2").DESCRIPTOR
    assert descriptor.package == f"pinecone_versioned.{version.package}"
    generated = {
        name: {(field.name, field.number) for field in message.fields}
        for name, message in descriptor.message_types_by_name.items()
    }
    assert generated == expected
    # The rpcs, with the HTTP binding of each (the first "verb: path" of its option block).
    rpcs = {
        name: (request, response, verb.upper(), path)
        for name, request, response, verb, path in re.findall(
            r"rpc\s+(\w+)\s*\((\w+)\)\s*returns\s*\((\w+)\)\s*\{\s*option\s*\(google\.api\.http\)\s*=\s*\{\s*"
            r"(get|post|put|patch|delete)\s*:\s*\"([^\"]+)\"",
            raw,
        )
    }
    assert rpcs == _module(version.package).RPCS
    service = descriptor.services_by_name["VectorService"]
    assert {m.name: (m.input_type.name, m.output_type.name) for m in service.methods} == {
        name: (request, response) for name, (request, response, _, _) in rpcs.items()
    }


@pytest.mark.parametrize(("version", "proto"), PROTOS, ids=[v.name for v, _ in PROTOS])
def test_no_prose_of_the_spec_in_the_generated_modules(spec_dir: Path, version: Any, proto: Any) -> None:
    comments = [c.strip() for c in re.findall(r"//([^\n]*)", _raw(spec_dir, version, proto)) if len(c.strip()) > 24]
    assert comments  # the pinned proto does have prose to keep out
    folder = GENERATED_PACKAGE / version.package / "db_data_grpc"
    for path in folder.iterdir():
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert not [c for c in comments if c in text], path.name
            assert "google.api" not in text and "google/api" not in text, path.name


def test_every_version_imports_beside_the_official_sdk() -> None:
    """In one fresh interpreter, both orders: no "duplicate symbol" in the default descriptor pool."""
    ours = [
        f"pinecone_versioned_gen.{v.package}.db_data_grpc.{m}"
        for v, _ in PROTOS
        for m in ("db_data_pb2", "db_data_pb2_grpc")
    ]
    sdk = ["pinecone.core.grpc.protos.db_data_2025_04_pb2", "pinecone.core.grpc.protos.db_data_2025_04_pb2_grpc"]
    for order in (sdk + ours, ours + sdk):
        program = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\nprint('ok')"
        result = subprocess.run(
            [sys.executable, "-c", program, *order],
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
            env={"PYTHONPATH": f"{REPO_ROOT / 'src'}:{REPO_ROOT / 'generated'}", "PATH": "/usr/bin:/bin"},
            check=False,
        )
        assert result.stdout.strip() == "ok", result.stderr[-2000:]


def test_messages_cross_the_wire_between_the_sdk_and_every_version() -> None:
    from pinecone.core.grpc.protos import db_data_2025_04_pb2 as sdk

    sent = sdk.QueryRequest(namespace="n", top_k=4, vector=[0.5, 0.25], include_metadata=True)
    for version, _ in PROTOS:
        ours = _module(version.package, "db_data_pb2")
        received = ours.QueryRequest.FromString(sent.SerializeToString())
        assert (received.namespace, received.top_k, list(received.vector), received.include_metadata) == (
            "n",
            4,
            [0.5, 0.25],
            True,
        )


MINIMAL = 'syntax = "proto3";\nimport "google/api/annotations.proto";\nmessage A {\n  string id = 1 [(google.api.field_behavior) = REQUIRED, deprecated = true];\n}\nservice S {\n  rpc Get(A) returns (A) {\n    option (google.api.http) = {\n      get: "/a/{id}"\n    };\n  }\n}\n'


def test_normalisation_keeps_what_protoc_needs_and_drops_the_rest() -> None:
    text, rpcs = normalise_proto(
        "// prose\n/* more prose */\n"
        + MINIMAL.replace("string id", 'string id = 1; // a "quoted" // comment\n  string url'),
        "p.v1",
    )
    assert "prose" not in text and "comment" not in text and "google" not in text
    assert "package p.v1;" in text and "[deprecated = true]" in text
    assert "rpc Get(A) returns (A);" in text
    assert [(r.name, r.http_method, r.http_path) for r in rpcs] == [("Get", "GET", "/a/{id}")]


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda t: t.replace('syntax = "proto3";', 'syntax = "proto3";\npackage x;'), "declares a package"),
        (
            lambda t: t.replace("message A {", 'message A {\n  option (google.api.resource) = { type: "x" };'),
            "google.api annotation",
        ),
        (lambda t: re.sub(r"\{\s*option.*?\};\s*\}", ";", t, flags=re.DOTALL), "no google.api.http binding"),
        (lambda t: t.replace('get: "/a/{id}"', 'get: "/a/{id}"\n    };\n    option deadline = 1;{'), "other than"),
    ],
)
def test_normalisation_refuses_what_it_cannot_handle(change: Any, complaint: str) -> None:
    with pytest.raises(ProtoError, match=complaint):
        normalise_proto(change(MINIMAL), "p.v1")
