"""mypy --strict on the facade and on users' programs written against it; pyright on the pinned types."""

from __future__ import annotations

import ast
import inspect
import json
import pydoc
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

HERE = Path(__file__).parent
SAMPLE = HERE / "typing_sample.py"
PINNED_SAMPLE = HERE / "typing_versions.py"
GENERATED = REPO_ROOT / "generated" / "pinecone_versioned_gen"


@dataclass(frozen=True)
class Expected:
    lines: range  # of one reveal_type statement in PINNED_SAMPLE (black may split it over several)
    version: str
    surface: str
    model: str  # the schema name of the route's success response in that version's spec

    def qualified_pattern(self) -> re.Pattern[str]:
        """The generated class of ``model``: ``pinecone_versioned_gen.v2025_04.db_data.models.<module>.<model>``."""
        package = "v" + self.version.replace("-", "_")
        return re.compile(rf"pinecone_versioned_gen\.{package}\.{self.surface}\.models\.\w+\.{self.model}")

    def revealed(self, by_line: dict[int, str]) -> str | None:
        found = [by_line[line] for line in self.lines if line in by_line]
        return found[0] if len(found) == 1 else None


def _success_schema(version: str, surface: str, method: str, path: str) -> str:
    """The schema name of the first 2xx response of a route, read from the version's spec."""
    spec_file = GENERATED / ("v" + version.replace("-", "_")) / surface / "openapi.json"
    responses = json.loads(spec_file.read_text(encoding="utf-8"))["paths"][path][method.lower()]["responses"]
    success = responses[min(code for code in responses if code.startswith("2"))]
    reference: str = success["content"]["application/json"]["schema"]["$ref"]
    return reference.rpartition("/")[2]


def _expectations() -> list[Expected]:
    """One per reveal_type of the pinned sample: its version (the api_version literal of its function)
    and the model of the route named in the comment just above it."""
    source = PINNED_SAMPLE.read_text(encoding="utf-8")
    lines = source.splitlines()
    expected = []
    for function in ast.parse(source).body:
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        pinned = re.search(r'api_version="(\d{4}-\d{2})"', ast.get_source_segment(source, function) or "")
        for statement in function.body:
            call = statement.value if isinstance(statement, ast.Expr) else None
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "reveal_type"):
                continue
            route = re.fullmatch(r"\s*# (\w+) (GET|POST|PATCH|DELETE) (\S+)", lines[statement.lineno - 2])
            assert route and pinned, f"{PINNED_SAMPLE.name}:{statement.lineno}: no route comment or version"
            surface, method, path = route.groups()
            model = _success_schema(pinned.group(1), surface, method, path)
            span = range(statement.lineno, (statement.end_lineno or statement.lineno) + 1)
            expected.append(Expected(span, pinned.group(1), surface, model))
    return expected


@pytest.mark.slow
def test_mypy_strict_passes_on_the_facade_and_infers_each_pinned_versions_models() -> None:
    mypy = pytest.importorskip("mypy.api")
    stdout, stderr, status = mypy.run(
        [
            "--strict",
            "--config-file",
            str(REPO_ROOT / "pyproject.toml"),
            str(REPO_ROOT / "src/pinecone_versioned"),
            str(SAMPLE),
            str(PINNED_SAMPLE),
        ]
    )
    assert status == 0, stdout + stderr
    note = rf"{PINNED_SAMPLE.name}:(\d+): note: Revealed type is \"([^\"]+)\""
    revealed = {int(m.group(1)): m.group(2) for m in re.finditer(note, stdout)}
    expected = _expectations()
    assert len(expected) >= 30 and len({e.version for e in expected}) == 3
    wrong = [
        f"line {e.lines[0]} ({e.version}): revealed {e.revealed(revealed)!r}, expected {e.model} of {e.surface}"
        for e in expected
        if not e.qualified_pattern().fullmatch(e.revealed(revealed) or "")
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.slow
def test_pyright_infers_the_same_pinned_models(tmp_path: Path) -> None:
    """pyright reveals short names only; the sample's assert_type lines make it tell versions apart."""
    pytest.importorskip("pyright")
    config = tmp_path / "pyrightconfig.json"
    config.write_text(
        json.dumps({"extraPaths": [str(REPO_ROOT / "src"), str(REPO_ROOT / "generated")], "pythonVersion": "3.11"})
    )
    run = subprocess.run(
        [
            *(sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable, "-p", str(config)),
            str(PINNED_SAMPLE),
            *map(str, sorted(GENERATED.glob("**/facade.pyi"))),  # the stubs themselves are checked too
        ],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,  # pyright exits 1 on errors: the report says which
        timeout=600,
    )
    report = json.loads(run.stdout[run.stdout.index("{") :])
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert not errors, json.dumps(errors, indent=1)
    revealed = {
        d["range"]["start"]["line"] + 1: re.sub(r'^Type of ".*" is "(.*)"$', r"\1", d["message"], flags=re.DOTALL)
        for d in report["generalDiagnostics"]
        if d["severity"] == "information" and d["file"] == str(PINNED_SAMPLE)
    }
    expected = _expectations()
    assert {e.lines[0]: e.revealed(revealed) for e in expected} == {e.lines[0]: e.model for e in expected}


def test_a_pinned_client_is_the_plain_class_at_run_time() -> None:
    """The pinned types live in stubs only: nothing of them is imported or built at run time."""
    from pinecone_versioned import Pinecone

    client = Pinecone(api_key="k", api_version="2025-04")
    assert type(client) is Pinecone
    assert "pinecone_versioned_gen.facade" not in sys.modules
    assert not (GENERATED / "facade.py").exists() and (GENERATED / "facade.pyi").exists()


def test_help_shows_the_real_signature_of_a_bound_method() -> None:
    """``help(index.query)`` names the parameters without ``self`` and the pinned version's model."""
    from pinecone_versioned import AsyncPinecone, Pinecone
    from pinecone_versioned_gen.v2024_10.db_data import models as data_2024_10
    from pinecone_versioned_gen.v2025_04.db_control import models as control_2025_04
    from pinecone_versioned_gen.v2025_04.db_data import models as data_2025_04

    pc = Pinecone(api_key="k", api_version="2025-04")
    query = inspect.signature(pc.Index(host="movies-abc.svc.pinecone.io").query)
    assert query.return_annotation is data_2025_04.QueryResponse
    assert list(query.parameters)[:2] == ["top_k", "vector"]
    assert inspect.signature(pc.describe_index).return_annotation is control_2025_04.IndexModel
    assert inspect.signature(pc.has_index).return_annotation == "bool"  # the plan's own result type
    index = pc.Index(host="movies-abc.svc.pinecone.io")
    assert inspect.signature(index.list_namespaces).return_annotation == Iterator[data_2025_04.NamespaceDescription]
    assert inspect.signature(index.list).return_annotation == "Iterator[list[str]]"
    assert list(inspect.signature(index.list).parameters) == ["prefix", "limit", "namespace"]
    fetch = AsyncPinecone(api_key="k", api_version="2024-10").Index(host="movies-abc.svc.pinecone.io").fetch
    assert inspect.signature(fetch).return_annotation is data_2024_10.FetchResponse
    assert "-> pinecone_versioned_gen.v2024_10.db_data.models.fetch_response.FetchResponse" in pydoc.render_doc(fetch)
