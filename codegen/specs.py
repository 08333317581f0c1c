"""Where spec files come from: a local spec directory, or a download of the pins.

Spec files are never committed. The generator reads them from a directory laid
out like the upstream repository (``<version>/<file>``), given by ``--specs`` or
the ``PINECONE_OPENAPI_SPECS`` environment variable; ``fetch`` fills a git-ignored
cache with the pinned files.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import httpx

from codegen.pins import REPO_ROOT, PinError, Pins, check_sha256

SPECS_ENV_VAR = "PINECONE_OPENAPI_SPECS"
CACHE_DIR = REPO_ROOT / ".spec-cache"


class NoSpecDirectory(Exception):
    """No spec directory was given and none is configured."""


def resolve_spec_dir(flag: str | None) -> Path:
    """The spec directory: the ``--specs`` flag, then the environment, then the fetch cache."""
    if flag:
        chosen, origin = Path(flag), "--specs"
    elif os.environ.get(SPECS_ENV_VAR):
        chosen, origin = Path(os.environ[SPECS_ENV_VAR]), SPECS_ENV_VAR
    elif CACHE_DIR.is_dir():
        chosen, origin = CACHE_DIR, "the fetch cache"
    else:
        raise NoSpecDirectory(
            f"no spec directory: pass --specs DIR, set {SPECS_ENV_VAR}, or run `python -m codegen fetch`"
        )
    if not chosen.is_dir():
        raise NoSpecDirectory(f"spec directory {chosen} (from {origin}) does not exist")
    return chosen.resolve()


def fetch(pins: Pins, *, dest: Path = CACHE_DIR, base_url: str | None = None) -> list[Path]:
    """Download every pinned file at the pinned commit into ``dest`` and verify it.

    ``base_url`` replaces the upstream address (``{base_url}/{version}/{file}``),
    for mirrors and for tests. A file that fails its checksum is not kept.
    """
    written = []
    with httpx.Client(timeout=60.0, follow_redirects=True) as http:
        for spec in pins.all_files:
            if base_url is None:
                commit = pins.version(spec.version).commit or pins.commit
                url = pins.raw_url.format(commit=commit, version=spec.version, file=spec.file)
            else:
                url = f"{base_url.rstrip('/')}/{spec.version}/{spec.file}"
            response = http.get(url)
            if response.status_code != 200:
                raise PinError(f"{spec.relative_path}: download from {url} answered HTTP {response.status_code}")
            target = dest / spec.version / spec.file
            target.parent.mkdir(parents=True, exist_ok=True)
            # Write beside the target and verify before moving it in, so a bad
            # download never replaces a good cached file.
            with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
                tmp.write(response.content)
            staged = Path(tmp.name)
            try:
                check_sha256(staged, spec)
            except PinError:
                staged.unlink()
                raise
            staged.replace(target)
            written.append(target)
    return written
