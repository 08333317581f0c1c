"""Shared fixtures: where the repository and the spec mirror are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests: 150 random examples each in the suite; `--hypothesis-profile nightly` (nox -s nightly) runs 5,000.
settings.register_profile("suite", max_examples=150)
settings.register_profile("nightly", max_examples=5000)
settings.load_profile("suite")

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATED_PACKAGE = REPO_ROOT / "generated" / "pinecone_versioned_gen"


def spec_dir_or_none() -> Path | None:
    """$PINECONE_OPENAPI_SPECS, else the mirror beside the checkout (where CI has it)."""
    configured = os.environ.get("PINECONE_OPENAPI_SPECS")
    candidate = Path(configured) if configured else REPO_ROOT.parent / "shared" / "openapi"
    return candidate.resolve() if candidate.is_dir() else None


@pytest.fixture(scope="session")
def spec_dir() -> Path:
    found = spec_dir_or_none()
    if found is None:
        pytest.skip("no spec directory: set PINECONE_OPENAPI_SPECS to a copy of Pinecone's pinecone-api repository")
    return found
