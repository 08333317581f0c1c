"""Release tests work on a copy of the repository, never on the real tree.

``RepoCopy`` runs the copy's own ``python -m codegen`` and a probe of its built
package in subprocesses, so every import comes from the copy.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]

# What a build needs: the pins, the generator, its output, the facade (and pyproject for the package metadata).
COPIED = ("openapi", "codegen", "generated", "src", "pyproject.toml")
PROBE = Path(__file__).with_name("probe.py")


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float


@dataclass
class RepoCopy:
    root: Path

    @classmethod
    def make(cls, target: Path) -> RepoCopy:
        target.mkdir(parents=True)
        for name in COPIED:
            source = REPO_ROOT / name
            if source.is_dir():
                shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(source, target / name)
        return cls(target)

    @property
    def pins_path(self) -> Path:
        return self.root / "openapi" / "pins.toml"

    def _env(self) -> dict[str, str]:
        # No PINECONE_* setting of the caller's (a spec directory, a version, the preview opt-in) leaks in.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PINECONE_")}
        env["PYTHONPATH"] = os.pathsep.join(str(self.root / p) for p in ("src", "generated", "."))
        return env

    def run(self, *args: str) -> Run:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, *args],
            check=False,
            cwd=self.root,
            env=self._env(),
            capture_output=True,
            text=True,
            timeout=600,
        )
        return Run(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)

    def codegen(self, *args: str) -> Run:
        return self.run("-m", "codegen", *args)

    def probe(self, version: str, *, allow_preview: bool = False) -> dict[str, Any]:
        done = self.run(str(PROBE), version, *(["--allow-preview"] if allow_preview else []))
        assert done.returncode == 0, done.stderr
        seen: dict[str, Any] = json.loads(done.stdout)
        assert Path(seen["module"]).is_relative_to(self.root), seen["module"]  # imported from the copy
        return seen
