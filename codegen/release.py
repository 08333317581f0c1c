"""The release path: add, re-pin, re-label and remove API versions without editing pins.toml by hand.

Each command edits ``openapi/pins.toml`` in place with tomlkit (which keeps every
comment and table it does not touch, unlike a load-and-dump), then regenerates
exactly what the edit changes. A command that fails half way puts the pins and
the generated index back as they were.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit
from tomlkit.items import AoT, KeyType, SingleKey, Table
from tomlkit.toml_document import TOMLDocument

from codegen.generate import GENERATED_DIR, PACKAGE, generate, write_index
from codegen.pins import (
    PINS_PATH,
    REPO_ROOT,
    STATUSES,
    VERSION_NAME,
    ApiVersion,
    PinError,
    Pins,
    load_pins,
    package_name,
    sha256_of,
    version_order,
)
from codegen.summary import snapshot, summarise

# 2024-04 and 2024-07 name their database files control_* and data_*; later versions db_control_*, db_data_*.
LEGACY_STEMS = {"control": "db_control", "data": "db_data"}
KINDS_BY_SUFFIX = {".oas.yaml": "openapi", ".proto": "proto"}
# A product's own control- and data-plane specs, e.g. assistant_control, assistant_data.
NEW_PRODUCT_SURFACE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:control|data)$")
# Files that may name an API version (besides pins.toml and generated/): remove-version lists the hits.
MENTIONS = ("README.md", "src/pinecone_versioned/sdk_versions.py", "docs")


@dataclass(frozen=True)
class MappedFile:
    file: str
    surface: str
    kind: str
    sha256: str


def _month(version: str) -> str:
    return version.partition(".")[0]


def _split(file: str) -> tuple[str, str] | None:
    """(stem, kind) of a spec file name by its suffix, or None for a file that is no spec."""
    for suffix, kind in KINDS_BY_SUFFIX.items():
        if file.endswith(suffix):
            return file[: -len(suffix)], kind
    return None


def _map_by_name(file: str, version: str, known_surfaces: set[str]) -> tuple[str, str] | None:
    """(surface, kind) by upstream's naming (``<surface>_<version>.oas.yaml``, ``*.proto``), or None."""
    split = _split(file)
    if split is None:
        return None
    stem, kind = split
    # A preview folder "2026-01.alpha" may name its files after the folder or after the month.
    for label in (version, _month(version)):
        if stem.endswith(f"_{label}"):
            name = stem[: -len(label) - 1]
            surface = LEGACY_STEMS.get(name, name)
            if surface in known_surfaces or NEW_PRODUCT_SURFACE.match(surface):
                return surface, kind
    return None


def map_folder(
    folder: Path,
    version: str,
    known_surfaces: set[str],
    overrides: Mapping[str, str] = {},
    skip: frozenset[str] = frozenset(),
) -> list[MappedFile]:
    """Every file of a version folder with its surface and kind, or a PinError saying how to map the rest."""
    if not folder.is_dir():
        raise PinError(f"no folder {folder}: --specs DIR must hold one folder per API version, like upstream")
    names = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name not in skip)
    for unknown in sorted((overrides.keys() | skip) - {p.name for p in folder.iterdir()}):
        raise PinError(f"--surface/--skip name {unknown!r}, which is not a file of {folder}")
    mapped, unmapped = [], []
    for name in names:
        if name in overrides:
            surface, kind = overrides[name], "proto" if name.endswith(".proto") else "openapi"
            if not surface.isidentifier() or surface != surface.lower():
                raise PinError(f"--surface {name}={surface}: a surface name is a lower-case Python identifier")
        else:
            found = _map_by_name(name, version, known_surfaces)
            if found is None:
                unmapped.append(name)
                continue
            surface, kind = found
        mapped.append(MappedFile(name, surface, kind, sha256_of(folder / name)))
    if unmapped:
        listed = "\n".join(f"  {name}" for name in unmapped)
        raise PinError(
            f"cannot tell which surface these files of {folder} belong to:\n{listed}\n"
            f"Known surfaces: {', '.join(sorted(known_surfaces))}. Upstream names a spec "
            f"<surface>_{version}.oas.yaml (a new product: <product>_control_/<product>_data_{version}.oas.yaml).\n"
            f"Map one with --surface FILE=SURFACE (a new surface gets its own subpackage), "
            f"or leave it out with --skip FILE."
        )
    owners: dict[str, str] = {}
    for spec in (m for m in mapped if m.kind == "openapi"):
        if spec.surface in owners:
            raise PinError(
                f"{owners[spec.surface]} and {spec.file} both map to surface {spec.surface!r}; "
                f"give one its own with --surface {spec.file}=NAME"
            )
        owners[spec.surface] = spec.file
    if not owners:
        raise PinError(f"{folder} holds no OpenAPI spec (*.oas.yaml): nothing to generate")
    return mapped


def _files_table(files: list[MappedFile]) -> AoT:
    table = tomlkit.aot()
    for mapped in files:
        row = tomlkit.table()
        row.update({"file": mapped.file, "surface": mapped.surface, "kind": mapped.kind, "sha256": mapped.sha256})
        table.append(row)
    return table


@contextlib.contextmanager
def _rollback_on_error(pins_path: Path, out_dir: Path, touched: tuple[str, ...]) -> Iterator[None]:
    """Put the pins, the touched versions' subpackages and the index back if the body fails."""
    saved_pins = pins_path.read_text(encoding="utf-8")
    package_root = out_dir / PACKAGE
    backups = {}
    for version in touched:
        target = package_root / package_name(version)
        if target.is_dir():
            backups[target] = target.with_name(target.name + ".before-release")
            shutil.copytree(target, backups[target], dirs_exist_ok=True)
    try:
        yield
    except BaseException:
        pins_path.write_text(saved_pins, encoding="utf-8")
        for version in touched:
            shutil.rmtree(package_root / package_name(version), ignore_errors=True)
        for target, backup in backups.items():
            backup.rename(target)
        write_index(load_pins(pins_path), out_dir)
        raise
    finally:
        for backup in backups.values():
            shutil.rmtree(backup, ignore_errors=True)


def _edit_pins(pins_path: Path, change: Callable[[TOMLDocument], None]) -> Pins:
    """Apply ``change`` to the pin file, keeping everything else byte for byte; returns the new pins."""
    document = tomlkit.parse(pins_path.read_text(encoding="utf-8"))
    change(document)
    # Removing the last table leaves the blank line that separated it: end with exactly one newline.
    pins_path.write_text(tomlkit.dumps(document).rstrip("\n") + "\n", encoding="utf-8")
    return load_pins(pins_path)


def _versions_table(document: TOMLDocument) -> Table:
    versions = document["versions"]
    assert isinstance(versions, Table)
    return versions


def _previous(pins: Pins, version: str) -> ApiVersion | None:
    earlier = [v for v in pins.versions if version_order(v.name) < version_order(version)]
    return earlier[-1] if earlier else None


@dataclass
class Paths:
    """Where a command reads and writes: the real tree by default, a copy's in tests."""

    pins: Path = PINS_PATH
    out_dir: Path = GENERATED_DIR
    repo_root: Path = REPO_ROOT

    def version_dir(self, version: str) -> Path:
        return self.out_dir / PACKAGE / package_name(version)


@dataclass(frozen=True)
class Source:
    """Where a version's files come from, and how to map those upstream's names do not cover."""

    spec_dir: Path
    commit: str | None = None  # the upstream commit of the files
    overrides: Mapping[str, str] = field(default_factory=dict)  # file -> surface
    skip: frozenset[str] = frozenset()

    def map(self, version: str, known_surfaces: set[str]) -> list[MappedFile]:
        return map_folder(self.spec_dir / version, version, known_surfaces, self.overrides, self.skip)


def add_version(version: str, source: Source, *, status: str | None = None, paths: Paths | None = None) -> list[str]:
    """Pin and generate ``source.spec_dir/version``; returns the summary lines. Never moves the default."""
    paths = paths or Paths()
    pins = load_pins(paths.pins)
    if not VERSION_NAME.match(version):
        raise PinError(f"{version!r} is not an API version name: use YYYY-MM, or YYYY-MM.alpha for a preview")
    if version in {v.name for v in pins.versions}:
        raise PinError(
            f"{version} is pinned already: `python -m codegen repin {version} --specs DIR` adopts a new revision"
        )
    labelled = version != _month(version)
    status = status or ("preview" if labelled else "stable")
    if status not in STATUSES:
        raise PinError(f"--status {status}: use one of {', '.join(STATUSES)}")
    if labelled and status != "preview":
        raise PinError(
            f"{version} is an upstream pre-release ({version.partition('.')[2]}): add it as --status preview"
        )
    known = {f.surface for f in pins.all_files}
    files = source.map(version, known)

    def add(document: TOMLDocument) -> None:
        entry = tomlkit.table()
        entry["status"] = status
        if source.commit:
            entry["commit"] = source.commit
        entry["files"] = _files_table(files)
        # Quoted like the other entries ("2026-01.alpha" must be, or its dot would nest a table).
        _versions_table(document).append(SingleKey(version, KeyType.Basic), entry)

    previous = _previous(pins, version)
    before = snapshot(paths.version_dir(previous.name)) if previous else {}
    with _rollback_on_error(paths.pins, paths.out_dir, (version,)):
        pins = _edit_pins(paths.pins, add)
        counts = generate(pins, source.spec_dir, paths.out_dir, (version,))
    new_surfaces = sorted({f.surface for f in files} - known)
    lines = [
        f"added {version} ({status}): {len(files)} files, {counts[version]} operations"
        + (f"; new surfaces: {', '.join(new_surfaces)}" if new_surfaces else ""),
        *(f"  {f.file} -> {f.surface} ({f.kind}) sha256 {f.sha256[:12]}" for f in files),
        f"default version stays {pins.default_version} (move it with `python -m codegen set-default {version}`)",
    ]
    lines.append(f"changes from {previous.name}:" if previous else "first version:")
    if previous is None:
        return lines
    return lines + summarise(previous.name, before, version, snapshot(paths.version_dir(version)))


def repin(version: str | None, source: Source, *, paths: Paths | None = None) -> list[str]:
    """Adopt the files now in ``source`` for one version (or all): new checksums, new files; regenerate."""
    paths = paths or Paths()
    pins = load_pins(paths.pins)
    targets = [pins.version(version)] if version else list(pins.versions)
    known = {f.surface for f in pins.all_files}
    changes: dict[str, list[MappedFile]] = {}
    lines: list[str] = []
    for target in targets:
        folder = source.spec_dir / target.name
        pinned = {f.file: f for f in target.files}
        missing = sorted(name for name in pinned if not (folder / name).is_file())
        if missing:
            raise PinError(f"{target.name}: pinned files absent from {folder}: {', '.join(missing)}")
        present = source.map(target.name, known)
        # A pinned file keeps its surface; only its checksum can change.
        current = [
            MappedFile(m.file, pinned[m.file].surface, pinned[m.file].kind, m.sha256) if m.file in pinned else m
            for m in present
        ]
        changed = [m for m in current if m.file not in pinned or pinned[m.file].sha256 != m.sha256]
        for m in changed:
            old = pinned[m.file].sha256[:12] if m.file in pinned else "new file"
            lines.append(f"  {target.name}/{m.file}: {old} -> {m.sha256[:12]} ({m.surface})")
        if changed:
            changes[target.name] = current

    def update(document: TOMLDocument) -> None:
        for name, files in changes.items():
            _versions_table(document)[name]["files"] = _files_table(files)
        if source.commit and version:
            _versions_table(document)[version]["commit"] = source.commit
        elif source.commit:  # a repin of every version moves the repository-wide commit
            document["upstream"]["commit"] = source.commit

    if not changes and not source.commit:
        return [f"repin: every pinned file matches {source.spec_dir}"]
    before = {name: snapshot(paths.version_dir(name)) for name in changes}
    with _rollback_on_error(paths.pins, paths.out_dir, tuple(changes)):
        pins = _edit_pins(paths.pins, update)
        if changes:
            generate(pins, source.spec_dir, paths.out_dir, tuple(changes))
    lines.insert(0, f"repinned {sum(map(len, changes.values()))} file entries of {', '.join(changes) or 'no version'}")
    for name in changes:
        lines += [
            f"changes in {name}:",
            *summarise(f"{name} as pinned before", before[name], name, snapshot(paths.version_dir(name))),
        ]
    return lines


def set_status(version: str, status: str, spec_dir: Path, *, paths: Paths | None = None) -> list[str]:
    """Re-label a version (e.g. deprecate one) and regenerate it."""
    paths = paths or Paths()
    pins = load_pins(paths.pins)
    pinned = pins.version(version)
    if status not in STATUSES:
        raise PinError(f"status {status!r}: use one of {', '.join(STATUSES)}")
    if version == pins.default_version and status != "stable":
        raise PinError(f"{version} is the default version: `set-default` another stable version first")
    if version != _month(version) and status != "preview":
        raise PinError(
            f"{version} is an upstream pre-release: it stays a preview (add {_month(version)} when released)"
        )

    def relabel(document: TOMLDocument) -> None:
        _versions_table(document)[version]["status"] = status

    with _rollback_on_error(paths.pins, paths.out_dir, (version,)):
        generate(_edit_pins(paths.pins, relabel), spec_dir, paths.out_dir, (version,))
    return [f"{version}: {pinned.status} -> {status}"]


def set_default(version: str, *, paths: Paths | None = None) -> list[str]:
    """Make ``version`` (a pinned stable version) what clients that pin none use."""
    paths = paths or Paths()
    pins = load_pins(paths.pins)
    if pins.version(version).status != "stable":
        raise PinError(f"{version} is {pins.version(version).status}: only a stable version can be the default")

    def move(document: TOMLDocument) -> None:
        document["default"]["version"] = version

    with _rollback_on_error(paths.pins, paths.out_dir, ()):
        write_index(_edit_pins(paths.pins, move), paths.out_dir)
    return [f"default version: {pins.default_version} -> {version}"]


def remove_version(version: str, *, paths: Paths | None = None) -> list[str]:
    """Unpin ``version`` and delete its generated subpackage; the default cannot be removed."""
    paths = paths or Paths()
    pins = load_pins(paths.pins)
    pins.version(version)
    if version == pins.default_version:
        raise PinError(f"{version} is the default version: `python -m codegen set-default OTHER` first")

    def drop(document: TOMLDocument) -> None:
        del _versions_table(document)[version]

    with _rollback_on_error(paths.pins, paths.out_dir, (version,)):
        pins = _edit_pins(paths.pins, drop)
        shutil.rmtree(paths.version_dir(version), ignore_errors=True)
        write_index(pins, paths.out_dir)
    lines = [f"removed {version}: its pins and {PACKAGE}.{package_name(version)}"]
    mentions = _mentions(version, paths.repo_root)
    if mentions:
        lines.append("still mentioned (update by hand if it should go):")
        lines += [f"  {where}" for where in mentions]
    return lines


def _mentions(version: str, repo_root: Path) -> list[str]:
    found = []
    for name in MENTIONS:
        root = repo_root / name
        for path in sorted(root.rglob("*") if root.is_dir() else [root]):
            if path.is_file():
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if version in line:
                        found.append(f"{path.relative_to(repo_root)}:{number}")
    return found
