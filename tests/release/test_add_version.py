"""A new upstream release, end to end: add-version on a copy of the repository, the built client, removal.

The release is synthetic (see synthetic.py): the newest pinned version relabelled
2099-01 with five known changes, the same as a preview (2099-01.alpha), and a
release bringing a new product surface (2099-02). One module fixture drives the
copy through the whole life cycle and records what each step showed; the tests
below check one step each.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from release_helpers import RepoCopy, Run
from synthetic import ADDED, REMOVED, SyntheticRelease, build_release, relabel

from codegen.pins import load_pins, sha256_of
from codegen.release import map_folder

pytestmark = pytest.mark.slow  # about 100 s: five generations, three drift checks, six client probes

REAL_PINS = load_pins()
COMMIT = "0123456789abcdef0123456789abcdef01234567"
NEW_PRODUCT_FILE = "widgets_control_2099-02.oas.yaml"


@dataclass
class Lifecycle:
    copy: RepoCopy
    release: SyntheticRelease
    pins_before: str
    steps: dict[str, Run] = field(default_factory=dict)
    probes: dict[str, dict[str, Any]] = field(default_factory=dict)
    pins: dict[str, Path] = field(default_factory=dict)  # a copy of pins.toml as a step left it

    def keep_pins(self, step: str) -> None:
        self.pins[step] = self.copy.root.parent / f"pins-after-{step}.toml"
        shutil.copy(self.copy.pins_path, self.pins[step])


@pytest.fixture(scope="module")
def lifecycle(spec_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Lifecycle:
    root = tmp_path_factory.mktemp("release")
    copy = RepoCopy.make(root / "repo")
    release = build_release(spec_dir, root / "specs")
    preview = relabel(release, "2099-01.alpha")
    product = relabel(release, "2099-02")
    folder = product.spec_dir / product.version
    shutil.copy(folder / "db_metrics_2099-02.oas.yaml", folder / NEW_PRODUCT_FILE)
    life = Lifecycle(copy, release, copy.pins_path.read_text(encoding="utf-8"))
    specs = str(release.spec_dir)

    life.steps["add"] = copy.codegen("add-version", release.version, "--specs", specs, "--commit", COMMIT)
    life.keep_pins("add")
    life.steps["check added"] = copy.codegen("check", "--specs", specs, "--version", release.version)
    cli = ("-m", "pinecone_versioned.cli", "diff", release.base, release.version)
    life.steps["diff"] = copy.run(*cli)
    life.steps["diff json"] = copy.run(*cli, "--json")
    life.probes["stable"] = copy.probe(release.version)

    life.steps["alpha as stable"] = copy.codegen("add-version", preview.version, "--specs", specs, "--status", "stable")
    life.steps["add alpha"] = copy.codegen("add-version", preview.version, "--specs", specs)
    life.probes["preview refused"] = copy.probe(preview.version)
    life.probes["preview allowed"] = copy.probe(preview.version, allow_preview=True)

    revised = _revise(release, root / "specs-revised")
    life.steps["repin"] = copy.codegen("repin", release.version, "--specs", str(revised))
    life.keep_pins("repin")
    life.steps["check repinned"] = copy.codegen("check", "--specs", str(revised), "--version", release.version)

    life.steps["add product"] = copy.codegen("add-version", product.version, "--specs", specs)
    life.probes["product"] = copy.probe(product.version)

    life.steps["default to preview"] = copy.codegen("set-default", preview.version)
    life.steps["set default"] = copy.codegen("set-default", product.version)
    life.probes["moved default"] = copy.probe(product.version)
    life.steps["default back"] = copy.codegen("set-default", REAL_PINS.default_version)
    life.steps["deprecate"] = copy.codegen("set-status", release.version, "deprecated", "--specs", str(revised))
    life.probes["deprecated"] = copy.probe(release.version)

    life.steps["remove default"] = copy.codegen("remove-version", REAL_PINS.default_version)
    for version in (product.version, preview.version, release.version):
        life.steps[f"remove {version}"] = copy.codegen("remove-version", version)
    life.keep_pins("removed")
    life.steps["check removed"] = copy.codegen("check", "--specs", specs)
    return life


REVISION_DROPS = ("db_control", "delete_collection", "delete", "/collections/{collection_name}")


def _revise(release: SyntheticRelease, dest: Path) -> Path:
    """A spec directory like ``release.spec_dir`` in which upstream revised one file of the new version."""
    dest.mkdir()
    for folder in release.spec_dir.iterdir():
        if folder.name != release.version:
            (dest / folder.name).symlink_to(folder.resolve(), target_is_directory=True)
    shutil.copytree(release.spec_dir / release.version, dest / release.version)
    surface, _operation_id, method, path = REVISION_DROPS
    spec = dest / release.version / f"{surface}_{release.version}.oas.yaml"
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    del document["paths"][path][method]
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return dest


def _ok(run: Run) -> str:
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


def test_add_version_pins_every_file_without_disturbing_the_rest(lifecycle: Lifecycle) -> None:
    _ok(lifecycle.steps["add"])
    # Appended: every byte of the pins as they were is still there, in place.
    assert lifecycle.pins["add"].read_text(encoding="utf-8").startswith(lifecycle.pins_before)
    pins = load_pins(lifecycle.pins["add"])
    added = pins.version(lifecycle.release.version)
    assert (added.status, added.commit) == ("stable", COMMIT)
    folder = lifecycle.release.spec_dir / lifecycle.release.version
    assert {(f.file, f.sha256) for f in added.files} == {(p.name, sha256_of(p)) for p in folder.iterdir()}
    base = REAL_PINS.version(lifecycle.release.base)
    assert sorted((f.surface, f.kind) for f in added.files) == sorted((f.surface, f.kind) for f in base.files)


def test_add_version_never_moves_the_default(lifecycle: Lifecycle) -> None:
    assert load_pins(lifecycle.pins["add"]).default_version == REAL_PINS.default_version
    for step in ("stable", "preview refused", "preview allowed", "product"):
        assert lifecycle.probes[step]["default"] == REAL_PINS.default_version, step
    assert f"default version stays {REAL_PINS.default_version}" in lifecycle.steps["add"].stdout


# The five changes of synthetic.CHANGES, as the diff words them (written here, not computed).
EXPECTED_DIFF = [
    "operations added (1):",
    "  + db_data alt_describe_index_stats (GET /describe_index_stats)",
    "operations removed (1):",
    "  - db_control list_collections (GET /collections)",
    "operations changed (2):",
    "  ~ db_control describe_collection (GET /collections/{collection_name})",
    "      response 200 environment: removed (string)",
    "  ~ db_control create_index (POST /indexes)",
    "      request tags: removed (object)",
    "      request metric: enum values added: manhattan",
]


def test_add_version_prints_exactly_the_five_changes_against_the_previous_version(lifecycle: Lifecycle) -> None:
    out = _ok(lifecycle.steps["add"])
    heading = f"changes from {lifecycle.release.base}:"
    assert heading in out
    printed = [line[2:] for line in out.split(heading, 1)[1].splitlines() if line.startswith("  ")]
    assert printed == EXPECTED_DIFF


def test_the_diff_command_reports_the_five_changes_as_json_too(lifecycle: Lifecycle) -> None:
    old, new = lifecycle.release.base, lifecycle.release.version
    text = _ok(lifecycle.steps["diff"])
    assert text.splitlines() == [f"API {old} -> {new}", *EXPECTED_DIFF]
    report = json.loads(_ok(lifecycle.steps["diff json"]))
    assert (report["old"], report["new"]) == (old, new)
    assert [(op["surface"], op["operation_id"]) for op in report["added"]] == [(ADDED.surface, ADDED.operation_id)]
    assert [(op["surface"], op["operation_id"]) for op in report["removed"]] == [
        (REMOVED.surface, REMOVED.operation_id)
    ]
    changed = {
        (entry["operation"]["operation_id"], change["kind"], change["name"])
        for entry in report["changed"]
        for change in entry["changes"]
    }
    assert changed == {
        ("describe_collection", "removed", "environment"),
        ("create_index", "removed", "tags"),
        ("create_index", "enum_added", "metric"),
    }


def test_the_client_reaches_the_added_operation_and_names_what_was_removed(lifecycle: Lifecycle) -> None:
    probe = lifecycle.probes["stable"]
    assert probe["generic_total_vector_count"] == 2  # the added operation, through the generic call path
    removed_in = f"removed in API version {lifecycle.release.version} (last in {lifecycle.release.base})"
    assert removed_in in probe["list_collections"]
    assert removed_in in probe["create_index_with_tags"]


def test_the_generated_version_is_what_a_fresh_generation_gives(lifecycle: Lifecycle) -> None:
    _ok(lifecycle.steps["check added"])


def test_the_client_pins_the_new_version_and_calls_the_local_server(lifecycle: Lifecycle) -> None:
    probe = lifecycle.probes["stable"]
    assert lifecycle.release.version in probe["versions"]
    assert probe["pinned"] == lifecycle.release.version
    assert probe["package"] == "pinecone_versioned_gen.v2099_01"
    assert probe["warnings"] == []
    assert (probe["upserted"], probe["total_vector_count"]) == (2, 2)
    assert ADDED.operation_id in probe["operations"][ADDED.surface]
    assert REMOVED.operation_id not in probe["operations"][REMOVED.surface]


def test_an_alpha_folder_is_added_as_a_preview_only(lifecycle: Lifecycle) -> None:
    refused = lifecycle.steps["alpha as stable"]
    assert refused.returncode == 2 and "--status preview" in refused.stderr
    _ok(lifecycle.steps["add alpha"])
    assert "added 2099-01.alpha (preview)" in lifecycle.steps["add alpha"].stdout


def test_a_preview_is_refused_without_the_opt_in(lifecycle: Lifecycle) -> None:
    refused = lifecycle.probes["preview refused"]
    assert "2099-01.alpha" in refused["refused"] and "allow_preview=True" in refused["refused"]
    assert "pinned" not in refused


def test_a_preview_warns_with_the_opt_in_and_works(lifecycle: Lifecycle) -> None:
    allowed = lifecycle.probes["preview allowed"]
    assert allowed["pinned"] == "2099-01.alpha"
    assert allowed["package"] == "pinecone_versioned_gen.v2099_01_alpha"
    assert [category for category, _ in allowed["warnings"]] == ["PreviewApiVersionWarning"]
    assert allowed["total_vector_count"] == 2


def test_a_new_products_specs_become_a_new_surface(lifecycle: Lifecycle) -> None:
    out = _ok(lifecycle.steps["add product"])
    assert "new surfaces: widgets_control" in out
    assert f"{NEW_PRODUCT_FILE} -> widgets_control" in out
    operations = lifecycle.probes["product"]["operations"]
    assert operations["widgets_control"] == operations["db_metrics"]  # the same spec under a new name


def test_repin_adopts_a_revised_file_and_shows_what_changed(lifecycle: Lifecycle) -> None:
    out = _ok(lifecycle.steps["repin"])
    surface, operation_id, _method, _path = REVISION_DROPS
    assert f"{lifecycle.release.version}/{surface}_{lifecycle.release.version}.oas.yaml:" in out
    assert f"- {surface} {operation_id} (DELETE /collections/{{collection_name}})" in out
    before = {f.file: f.sha256 for f in load_pins(lifecycle.pins["add"]).version(lifecycle.release.version).files}
    after = {f.file: f.sha256 for f in load_pins(lifecycle.pins["repin"]).version(lifecycle.release.version).files}
    assert {name for name in before if before[name] != after[name]} == {
        f"{surface}_{lifecycle.release.version}.oas.yaml"
    }
    _ok(lifecycle.steps["check repinned"])


def test_the_default_moves_only_by_set_default_and_only_to_a_stable_version(lifecycle: Lifecycle) -> None:
    refused = lifecycle.steps["default to preview"]
    assert refused.returncode == 2 and "only a stable version" in refused.stderr
    _ok(lifecycle.steps["set default"])
    assert lifecycle.probes["moved default"]["default"] == "2099-02"
    _ok(lifecycle.steps["default back"])


def test_a_deprecated_version_warns_and_names_its_successor(lifecycle: Lifecycle) -> None:
    _ok(lifecycle.steps["deprecate"])
    warned = lifecycle.probes["deprecated"]["warnings"]
    assert warned == [
        ["DeprecatedApiVersionWarning", "API version 2099-01 is deprecated: move to 2099-02 (api_version='2099-02')"]
    ]


def test_the_default_version_cannot_be_removed(lifecycle: Lifecycle) -> None:
    refused = lifecycle.steps["remove default"]
    assert refused.returncode == 2 and "set-default" in refused.stderr


def test_remove_version_leaves_the_tree_as_it_was(lifecycle: Lifecycle) -> None:
    for version in ("2099-02", "2099-01.alpha", "2099-01"):
        assert f"removed {version}" in _ok(lifecycle.steps[f"remove {version}"])
    assert lifecycle.pins["removed"].read_text(encoding="utf-8") == lifecycle.pins_before
    package = lifecycle.copy.root / "generated" / "pinecone_versioned_gen"
    assert sorted(p.name for p in package.glob("v*")) == sorted(v.package for v in REAL_PINS.versions)
    _ok(lifecycle.steps["check removed"])


def test_an_unmappable_file_is_refused_with_the_fix(lifecycle: Lifecycle, tmp_path: Path) -> None:
    specs = lifecycle.release.spec_dir
    folder = specs / "2099-03"
    shutil.copytree(specs / lifecycle.release.version, folder)
    for path in folder.iterdir():
        path.rename(folder / path.name.replace(lifecycle.release.version, "2099-03"))
    (folder / "notes_2099-03.oas.yaml").write_text("openapi: 3.0.3\n", encoding="utf-8")
    before = lifecycle.copy.pins_path.read_text(encoding="utf-8")
    refused = lifecycle.copy.codegen("add-version", "2099-03", "--specs", str(specs))
    assert refused.returncode == 2
    assert "notes_2099-03.oas.yaml" in refused.stderr and "--surface FILE=SURFACE" in refused.stderr
    assert lifecycle.copy.pins_path.read_text(encoding="utf-8") == before
    known = {f.surface for f in REAL_PINS.all_files}
    mapped = map_folder(folder, "2099-03", known, overrides={"notes_2099-03.oas.yaml": "notes"})
    assert ("notes_2099-03.oas.yaml", "notes") in {(m.file, m.surface) for m in mapped}
    skipped = map_folder(folder, "2099-03", known, skip=frozenset({"notes_2099-03.oas.yaml"}))
    assert "notes_2099-03.oas.yaml" not in {m.file for m in skipped}


def test_the_local_server_serves_an_alpha_folder_of_a_spec_directory(lifecycle: Lifecycle) -> None:
    from pinecone_versioned.local._specs import load_specs

    served = load_specs(str(lifecycle.release.spec_dir))
    assert {"2099-01", "2099-01.alpha"} <= served.keys()


def test_a_failed_generation_leaves_pins_and_package_as_they_were(lifecycle: Lifecycle) -> None:
    folder = lifecycle.release.spec_dir / "2099-04"
    folder.mkdir()
    (folder / "db_control_2099-04.oas.yaml").write_text("paths: [unclosed\n", encoding="utf-8")
    before = lifecycle.copy.pins_path.read_text(encoding="utf-8")
    failed = lifecycle.copy.codegen("add-version", "2099-04", "--specs", str(lifecycle.release.spec_dir))
    assert failed.returncode == 2 and "not valid YAML" in failed.stderr, failed.stderr
    assert "Traceback" not in failed.stderr
    assert lifecycle.copy.pins_path.read_text(encoding="utf-8") == before
    package = lifecycle.copy.root / "generated" / "pinecone_versioned_gen"
    assert not (package / "v2099_04").exists()
    assert "2099-04" not in (package / "__init__.py").read_text(encoding="utf-8")
