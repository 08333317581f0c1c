"""The pipeline's guards: pins, spec sources, fetch, normalisation, determinism and the drift check."""

from __future__ import annotations

import dataclasses
import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import codegen.specs
from codegen.__main__ import EXIT_SKIPPED, main
from codegen.check import compare_trees
from codegen.generate import PACKAGE, GenerationError, generate, load_spec
from codegen.normalise import SpecContext, normalise, operations
from codegen.pins import PinError, load_pins, sha256_of, verify_file
from codegen.release import map_folder
from codegen.specs import NoSpecDirectory, fetch, resolve_spec_dir

PINS = load_pins()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback HTTP server over a folder of the test's; yields (base URL, folder)."""
    root = tmp_path / "mirror"
    root.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()


def test_pins_match_the_spec_folders_by_upstream_naming(spec_dir: Path) -> None:
    """Every file of every pinned version's folder is pinned, with the surface add-version would give it."""
    known = {f.surface for f in PINS.all_files}
    for version in PINS.versions:
        mapped = map_folder(spec_dir / version.name, version.name, known)
        assert {(m.file, m.surface, m.kind, m.sha256) for m in mapped} == {
            (f.file, f.surface, f.kind, f.sha256) for f in version.files
        }, version.name
    legacy = {f.file: f.surface for f in PINS.version("2024-04").openapi_files}
    assert legacy == {"control_2024-04.oas.yaml": "db_control", "data_2024-04.oas.yaml": "db_data"}
    assert PINS.generator_versions["openapi-python-client"] == "0.29.1"


def test_pins_agree_with_the_mirror_checksums(spec_dir: Path) -> None:
    """The mirror publishes SHA256SUMS: an independent record of the bytes the pins name."""
    sums = spec_dir / "SHA256SUMS"
    if not sums.is_file():
        pytest.skip(f"{spec_dir} has no SHA256SUMS")
    published = dict(reversed(line.split()) for line in sums.read_text(encoding="utf-8").splitlines() if line)
    pinned = {f.relative_path: f.sha256 for f in PINS.all_files}
    assert {path: published.get(path) for path in pinned} == pinned


def test_a_changed_spec_is_refused_with_re_pin_steps(spec_dir: Path, tmp_path: Path) -> None:
    spec = PINS.version("2024-04").openapi_files[0]
    copy = tmp_path / spec.version / spec.file
    copy.parent.mkdir()
    copy.write_bytes((spec_dir / spec.relative_path).read_bytes() + b"\n# edited\n")
    with pytest.raises(PinError) as raised:
        verify_file(tmp_path, spec)
    message = str(raised.value)
    assert spec.relative_path in message
    assert f'sha256 = "{sha256_of(copy)}"' in message
    assert "openapi/pins.toml" in message


def test_a_missing_spec_is_named(tmp_path: Path) -> None:
    spec = PINS.version("2025-04").openapi_files[0]
    with pytest.raises(PinError, match=spec.relative_path):
        verify_file(tmp_path, spec)


def test_spec_directory_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flag, env, cache = (tmp_path / name for name in ("flag", "env", "cache"))
    for folder in (flag, env, cache):
        folder.mkdir()
    monkeypatch.setattr(codegen.specs, "CACHE_DIR", cache)
    monkeypatch.setenv("PINECONE_OPENAPI_SPECS", str(env))
    assert resolve_spec_dir(str(flag)) == flag.resolve()
    assert resolve_spec_dir(None) == env.resolve()
    monkeypatch.delenv("PINECONE_OPENAPI_SPECS")
    assert resolve_spec_dir(None) == cache.resolve()
    shutil.rmtree(cache)
    with pytest.raises(NoSpecDirectory, match="PINECONE_OPENAPI_SPECS"):
        resolve_spec_dir(None)


def test_check_without_specs_says_skipped_and_does_not_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(codegen.specs, "CACHE_DIR", tmp_path / "no-cache")
    monkeypatch.delenv("PINECONE_OPENAPI_SPECS", raising=False)
    assert main(["check"]) == EXIT_SKIPPED
    assert "SKIPPED" in capsys.readouterr().err


def test_fetch_downloads_and_verifies_every_pinned_file(
    spec_dir: Path, served: tuple[str, Path], tmp_path: Path
) -> None:
    base_url, mirror = served
    shutil.copytree(spec_dir, mirror, dirs_exist_ok=True)
    dest = tmp_path / "cache"
    written = fetch(PINS, dest=dest, base_url=base_url)
    assert len(written) == len(PINS.all_files)
    for spec in PINS.all_files:
        assert sha256_of(dest / spec.relative_path) == spec.sha256


def test_fetch_keeps_no_file_that_fails_its_checksum(spec_dir: Path, served: tuple[str, Path], tmp_path: Path) -> None:
    base_url, mirror = served
    shutil.copytree(spec_dir, mirror, dirs_exist_ok=True)
    tampered = PINS.version("2024-04").files[0]
    (mirror / tampered.relative_path).write_text("openapi: 3.0.3\n", encoding="utf-8")
    dest = tmp_path / "cache"
    with pytest.raises(PinError, match=tampered.relative_path):
        fetch(PINS, dest=dest, base_url=base_url)
    assert list((dest / tampered.version).iterdir()) == []


def test_fetch_names_a_file_the_server_lacks(served: tuple[str, Path], tmp_path: Path) -> None:
    base_url, _empty_mirror = served
    with pytest.raises(PinError, match="HTTP 404"):
        fetch(PINS, dest=tmp_path / "cache", base_url=base_url)


def test_normalise_copies_and_keeps_names_that_look_like_keywords() -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "v", "description": "Pinecone's words."},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "list_things",
                    "summary": "Pinecone's summary.",
                    "parameters": [
                        {
                            "name": "X-Pinecone-Api-Version",
                            "in": "header",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "limit", "in": "query", "description": "How many.", "schema": {"type": "integer"}},
                    ],
                    "responses": {"200": {"description": "Fine.", "content": {}}},
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": "A thing.",
                    "properties": {
                        "description": {"type": "string", "description": "Its description."},
                        "default": {"type": "string", "x-enum": ["a", "b"]},
                    },
                }
            }
        },
    }
    original = repr(document)
    result = normalise(document, SpecContext("2025-10", "things"))
    assert repr(document) == original
    thing = result["components"]["schemas"]["Thing"]
    assert set(thing["properties"]) == {"description", "default"}
    assert "description" not in thing and "description" not in thing["properties"]["description"]
    assert thing["properties"]["default"]["enum"] == ["a", "b"]
    operation = result["paths"]["/things"]["get"]
    assert [p["name"] for p in operation["parameters"]] == ["limit"]
    assert operation["summary"] == "GET /things (Pinecone API 2025-10, things)."
    assert "description" not in operation["parameters"][0]


@pytest.mark.parametrize("version", ["v2025_04", "v2025_10"])
def test_undocumented_fields_reach_the_models_and_the_served_spec(version: str) -> None:
    """openapi/patches.toml [undocumented]: APIKey.created_at, which Pinecone sends beyond the spec."""
    import importlib
    import json

    api_key = importlib.import_module(f"{PACKAGE}.{version}.admin.models.api_key").APIKey
    uid = "3f2b1c4e-8a9d-4e6f-b7c2-1d0e9f8a7b6c"
    body = {"id": uid, "name": "n", "project_id": uid, "roles": ["ProjectEditor"]}
    parsed = api_key.from_dict({**body, "created_at": "2025-01-01T00:00:00+00:00"})
    assert parsed.created_at.year == 2025 and "created_at" not in parsed.additional_properties
    assert parsed.to_dict()["created_at"] == "2025-01-01T00:00:00+00:00"
    assert "created_at" not in api_key.from_dict(body).to_dict()
    served = Path(importlib.import_module(f"{PACKAGE}.{version}.admin").__file__).parent / "openapi.json"
    assert "created_at" in json.loads(served.read_text())["components"]["schemas"]["APIKey"]["properties"]


def test_generation_refuses_an_unpinned_generator(spec_dir: Path, tmp_path: Path) -> None:
    other = dataclasses.replace(PINS, generator_versions={**PINS.generator_versions, "ruff": "0.0.1"})
    with pytest.raises(GenerationError, match="ruff"):
        generate(other, spec_dir, tmp_path, ("2024-04",))


@pytest.mark.slow
def test_generation_is_deterministic_and_drift_is_reported(spec_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    counts = generate(PINS, spec_dir, first, ("2024-04",))
    in_spec = sum(
        len(list(operations(load_spec(verify_file(spec_dir, f))))) for f in PINS.version("2024-04").openapi_files
    )
    assert counts == {"2024-04": in_spec}
    generate(PINS, spec_dir, second, ("2024-04",))
    assert not compare_trees(first / PACKAGE, second / PACKAGE, only_versions=("2024-04",), pins=PINS)

    edited = second / PACKAGE / "v2024_04" / "db_control" / "__init__.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    (second / PACKAGE / "v2024_04" / "stray.py").write_text("", encoding="utf-8")
    drift = compare_trees(first / PACKAGE, second / PACKAGE, only_versions=("2024-04",), pins=PINS)
    assert list(drift.changed) == ["v2024_04/db_control/__init__.py"]
    assert drift.added == ["v2024_04/stray.py"]
    assert "# hand edit" in drift.summary()


def test_fetch_takes_a_versions_own_commit_before_the_repository_wide_one(
    spec_dir: Path, served: tuple[str, Path], tmp_path: Path
) -> None:
    base_url, mirror = served
    own = dataclasses.replace(PINS.version("2024-04"), commit="c0ffee")
    shared = PINS.version("2024-07")
    pins = dataclasses.replace(PINS, raw_url=base_url + "/{commit}/{version}/{file}", versions=(own, shared))
    for version, commit in ((own, "c0ffee"), (shared, PINS.commit)):
        shutil.copytree(spec_dir / version.name, mirror / commit / version.name)
    written = fetch(pins, dest=tmp_path / "cache")
    assert len(written) == len(own.files) + len(shared.files)
