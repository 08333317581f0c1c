"""The ``pinecone-versioned`` command: versions, capabilities, diff, and serve, with and without the [local] extra."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

import pinecone_versioned as pv
from pinecone_versioned import cli, sdk_versions
from pinecone_versioned_gen import API_VERSIONS, STATUS, registry
from tests.conftest import REPO_ROOT

# What the [local] extra installs (pyproject.toml); the child interpreter below cannot import any of it.
LOCAL_EXTRA_MODULES = ("numpy", "yaml", "openapi_schema_validator", "jsonschema", "referencing", "pyarrow")

# Run first, it makes the extra's modules unimportable in that interpreter (also used by the plugin's tests).
HIDE_LOCAL_EXTRA = f"""
import importlib.abc, sys
class WithoutLocalExtra(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in {LOCAL_EXTRA_MODULES!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, WithoutLocalExtra())
"""
WITHOUT_LOCAL = f"""{HIDE_LOCAL_EXTRA}
from pinecone_versioned.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _run(*args: str, program: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": f"{REPO_ROOT / 'src'}:{REPO_ROOT / 'generated'}:{REPO_ROOT}"}
    command = (
        [sys.executable, "-c", program, *args] if program else [sys.executable, "-m", "pinecone_versioned.cli", *args]
    )
    return subprocess.run(command, check=False, capture_output=True, text=True, env=env, timeout=120)


def test_versions_shows_status_default_and_sdk_majors(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["versions", "--json"]) == 0
    rows = {row["api_version"]: row for row in json.loads(capsys.readouterr().out)}
    for version in API_VERSIONS:
        assert rows[version]["status"] == STATUS[version]
    assert [v for v, row in rows.items() if row["default"]] == [pv.default_api_version()]
    # Versions only seen on the wire are listed too, and languages without a known major say so.
    observed = {r.api_version for r in sdk_versions.SDK_RELEASES} - set(API_VERSIONS)
    for version in observed:
        assert rows[version]["status"] == "not pinned"
    for version, row in rows.items():
        for language in sdk_versions.LANGUAGES:
            known = [r for r in sdk_versions.SDK_RELEASES if r.api_version == version and r.language == language]
            assert (row["sdk"][language] == "unknown") == (not known)


def test_versions_records_what_the_official_sdks_sent_on_the_wire(capsys: pytest.CaptureFixture[str]) -> None:
    assert sdk_versions.api_version_for("python", "8.1.2") == "2025-10"
    assert sdk_versions.api_version_for("python", "9.1.0") == "2025-10"
    assert sdk_versions.api_version_for("python", "10.2.0") == "2026-07"
    assert cli.main(["versions"]) == 0
    text = capsys.readouterr().out
    (line,) = [line for line in text.splitlines() if line.startswith("2026-07")]
    assert "not pinned" in line and "10.x (observed)" in line


def test_capabilities_matrix_covers_every_operation_of_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["capabilities", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    for version in API_VERSIONS:
        present = {(row["surface"], row["method"], row["path"]) for row in rows if row["versions"][version] is not None}
        expected = {
            (s.name, op.method, op.path)
            for s in registry.version(version).surfaces.values()
            for op in s.operations.values()
        }
        assert present == expected, version
    only_generic = {row["operation_id"] for row in rows if "" in row["versions"].values()}
    assert "fetch_prometheus_targets" in only_generic  # db_metrics has no facade method


def test_capabilities_of_one_version_marks_what_only_call_reaches(capsys: pytest.CaptureFixture[str]) -> None:
    version = API_VERSIONS[0]
    assert cli.main(["capabilities", version, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    ids = {(s.name, op) for s in registry.version(version).surfaces.values() for op in s.operations}
    assert {(r["surface"], r["operation_id"]) for r in rows} == ids
    unwrapped = [r for r in rows if r["facade"] is None]
    assert unwrapped  # 2024-04 declares operations the facade does not wrap (alt_delete, ...)
    assert cli.main(["capabilities", version]) == 0
    text = capsys.readouterr().out
    for row in unwrapped:
        assert any(row["operation_id"] in line and "call(...)" in line for line in text.splitlines())


def test_unknown_versions_are_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["diff", "2025-01", "2031-01"]) == 2
    assert "unknown API version '2031-01'" in capsys.readouterr().err
    assert cli.main(["capabilities", "1999-01"]) == 2


def test_diff_command_prints_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["diff", "2025-01", "2025-04", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["surfaces_added"] == ["admin", "oauth"]
    assert cli.main(["diff", "2025-01", "2025-04"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("API 2025-01 -> 2025-04") and "surfaces added: admin, oauth" in text


def test_everything_but_serve_works_without_the_local_extra() -> None:
    for args in (["versions"], ["capabilities"], ["capabilities", API_VERSIONS[-1]], ["diff", *API_VERSIONS[-2:]]):
        done = _run(*args, program=WITHOUT_LOCAL)
        assert done.returncode == 0, (args, done.stderr)
        assert done.stdout.strip()
    serve = _run("serve", "--port", "0", program=WITHOUT_LOCAL)
    assert serve.returncode == 2
    assert serve.stderr.count("\n") == 1 and "Traceback" not in serve.stderr
    assert "[local]" in serve.stderr and "pip install" in serve.stderr


def test_serve_on_a_busy_port_is_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _run("serve", "--port", str(port))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"127.0.0.1:{port} is already in use" in done.stderr and "--port" in done.stderr


def test_the_installed_command_points_at_the_new_entry_point() -> None:
    import tomllib

    scripts = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["pinecone-versioned"] == "pinecone_versioned.cli:main"
