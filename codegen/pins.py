"""The pin list: which spec files make up each API version, and their checksums.

Everything the generator reads is named in ``openapi/pins.toml``; this module
loads it into frozen records and verifies a spec directory against it.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PINS_PATH = REPO_ROOT / "openapi" / "pins.toml"

STATUSES = ("stable", "release-candidate", "deprecated")


class PinError(Exception):
    """A spec file is missing or differs from its pin."""


@dataclass(frozen=True)
class SpecFile:
    version: str
    file: str
    surface: str
    kind: str  # "openapi" (generated) or "proto" (pinned, not generated)
    sha256: str

    @property
    def relative_path(self) -> str:
        return f"{self.version}/{self.file}"


@dataclass(frozen=True)
class ApiVersion:
    name: str  # "2025-04"
    status: str
    files: tuple[SpecFile, ...]

    @property
    def package(self) -> str:
        """Python subpackage name: ``2025-04`` -> ``v2025_04``."""
        return "v" + self.name.replace("-", "_")

    @property
    def openapi_files(self) -> tuple[SpecFile, ...]:
        return tuple(f for f in self.files if f.kind == "openapi")


@dataclass(frozen=True)
class Pins:
    repository: str
    commit: str
    raw_url: str
    generator_versions: dict[str, str]
    versions: tuple[ApiVersion, ...]

    def version(self, name: str) -> ApiVersion:
        for version in self.versions:
            if version.name == name:
                return version
        known = ", ".join(v.name for v in self.versions)
        raise PinError(f"API version {name!r} is not pinned; pinned versions: {known}")

    @property
    def all_files(self) -> tuple[SpecFile, ...]:
        return tuple(f for v in self.versions for f in v.files)


def load_pins(path: Path = PINS_PATH) -> Pins:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    versions = []
    for name, entry in sorted(data["versions"].items()):
        if entry["status"] not in STATUSES:
            raise PinError(f"{path}: version {name} has status {entry['status']!r}; use one of {STATUSES}")
        files = tuple(
            SpecFile(version=name, file=f["file"], surface=f["surface"], kind=f["kind"], sha256=f["sha256"])
            for f in entry["files"]
        )
        versions.append(ApiVersion(name=name, status=entry["status"], files=files))
    upstream = data["upstream"]
    return Pins(
        repository=upstream["repository"],
        commit=upstream["commit"],
        raw_url=upstream["raw_url"],
        generator_versions=dict(data["generator"]),
        versions=tuple(versions),
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
            f"If this file is a deliberate new upstream revision, review its changes, then set\n"
            f'  sha256 = "{actual}"\n'
            f'for file {spec.file!r} under [versions."{spec.version}"] in openapi/pins.toml\n'
            f"(and [upstream].commit to the revision it came from), and regenerate."
        )
