"""The pin list: which spec files make up each API version, and their checksums.

Everything the generator reads is named in ``openapi/pins.toml``; this module
loads it into frozen records and verifies a spec directory against it.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PINS_PATH = REPO_ROOT / "openapi" / "pins.toml"

# "preview" covers upstream alphas and release candidates: pinning one needs an
# explicit opt-in in the client. "deprecated" clients warn and name a successor.
STATUSES = ("preview", "stable", "deprecated")
# An API version as upstream names its folders: "2025-10", or "2026-01.alpha" for a preview.
VERSION_NAME = re.compile(r"^\d{4}-\d{2}(?:\.[a-z]+\d*)?$")


class PinError(Exception):
    """A spec file is missing or differs from its pin."""


@dataclass(frozen=True)
class SpecFile:
    version: str
    file: str
    surface: str
    kind: str  # "openapi" (openapi-python-client) or "proto" (protoc, codegen.protos)
    sha256: str

    @property
    def relative_path(self) -> str:
        return f"{self.version}/{self.file}"


@dataclass(frozen=True)
class ApiVersion:
    name: str  # "2025-04", "2026-01.alpha"
    status: str
    files: tuple[SpecFile, ...]
    commit: str | None = None  # upstream commit of this version's files, when it differs from [upstream]

    @property
    def package(self) -> str:
        """Python subpackage name: ``2025-04`` -> ``v2025_04``, ``2026-01.alpha`` -> ``v2026_01_alpha``."""
        return package_name(self.name)

    @property
    def openapi_files(self) -> tuple[SpecFile, ...]:
        return tuple(f for f in self.files if f.kind == "openapi")

    @property
    def proto_files(self) -> tuple[SpecFile, ...]:
        return tuple(f for f in self.files if f.kind == "proto")


@dataclass(frozen=True)
class Pins:
    repository: str
    commit: str
    raw_url: str
    generator_versions: dict[str, str]
    versions: tuple[ApiVersion, ...]
    default_version: str  # what a client that pins no version uses; moved only by `set-default`

    def version(self, name: str) -> ApiVersion:
        for version in self.versions:
            if version.name == name:
                return version
        known = ", ".join(v.name for v in self.versions)
        raise PinError(f"API version {name!r} is not pinned; pinned versions: {known}")

    @property
    def all_files(self) -> tuple[SpecFile, ...]:
        return tuple(f for v in self.versions for f in v.files)


def package_name(version: str) -> str:
    return "v" + version.replace("-", "_").replace(".", "_")


def version_order(version: str) -> tuple[str, int, str]:
    """Sort key: by month, a month's previews ("2026-01.alpha") before its release ("2026-01")."""
    month, _, label = version.partition(".")
    return (month, 0 if label else 1, label)


def load_pins(path: Path = PINS_PATH) -> Pins:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    versions = []
    for name, entry in sorted(data["versions"].items(), key=lambda item: version_order(item[0])):
        if not VERSION_NAME.match(name):
            raise PinError(f"{path}: {name!r} is not an API version name (YYYY-MM, or YYYY-MM.alpha for a preview)")
        if entry["status"] not in STATUSES:
            raise PinError(f"{path}: version {name} has status {entry['status']!r}; use one of {STATUSES}")
        files = tuple(
            SpecFile(version=name, file=f["file"], surface=f["surface"], kind=f["kind"], sha256=f["sha256"])
            for f in entry["files"]
        )
        versions.append(ApiVersion(name=name, status=entry["status"], files=files, commit=entry.get("commit")))
    upstream = data["upstream"]
    default = data.get("default", {}).get("version")
    if default not in {v.name for v in versions}:
        raise PinError(f"{path}: [default] version = {default!r} is not a pinned version")
    if data["versions"][default]["status"] != "stable":
        raise PinError(
            f"{path}: the default version {default} must be stable, not {data['versions'][default]['status']}"
        )
    return Pins(
        repository=upstream["repository"],
        commit=upstream["commit"],
        raw_url=upstream["raw_url"],
        generator_versions=dict(data["generator"]),
        versions=tuple(versions),
        default_version=default,
    )


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify_file(spec_dir: Path, spec: SpecFile) -> Path:
    """Return the path of ``spec`` under ``spec_dir``, or raise if it is absent or altered."""
    path = spec_dir / spec.version / spec.file
    if not path.is_file():
        raise PinError(f"{spec.relative_path}: not found in the spec directory {spec_dir}")
    check_sha256(path, spec)
    return path


def check_sha256(path: Path, spec: SpecFile) -> None:
    """Raise with re-pin instructions if the bytes at ``path`` are not the pinned ``spec``."""
    actual = sha256_of(path)
    if actual != spec.sha256:
        raise PinError(
            f"{spec.relative_path}: sha256 is {actual}, but openapi/pins.toml pins {spec.sha256}.\n"
            f"If this file is a deliberate new upstream revision, review it, then re-pin and regenerate with\n"
            f"  python -m codegen repin {spec.version} --specs DIR [--commit SHA]\n"
            f'(it sets sha256 = "{actual}" for {spec.file!r} in openapi/pins.toml).'
        )
