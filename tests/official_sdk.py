"""The official ``pinecone`` SDK from PyPI, in an interpreter of its own, for tests that use it as an
independent client (it is not a test requirement of ours, so it never shares our environment)."""

from __future__ import annotations

import os
import subprocess
import venv

from tests.conftest import REPO_ROOT

OFFICIAL_SDK = "pinecone==7.3.0"
# A cached environment holding only the official SDK (git-ignored); PINECONE_SDK_PYTHON overrides it.
SDK_ENV = REPO_ROOT / ".sdk-envs" / "pinecone-7.3.0"


def official_python() -> str:
    """An interpreter that imports the official SDK: $PINECONE_SDK_PYTHON, else the cached environment,
    made on first use."""
    configured = os.environ.get("PINECONE_SDK_PYTHON")
    if configured:
        return configured
    python = SDK_ENV / "bin" / "python"
    if not python.exists():
        venv.create(SDK_ENV, with_pip=True, clear=True)
        install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", OFFICIAL_SDK]
        result = subprocess.run(install, capture_output=True, text=True, timeout=600, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"could not install {OFFICIAL_SDK} into {SDK_ENV}:\n{result.stderr[-2000:]}")
    return str(python)
