"""The local server keeps serving an operation from one version to the next unless the diff says it changed."""

from __future__ import annotations

import itertools
import re

import pytest

from pinecone_versioned.diff import diff_versions
from pinecone_versioned.local._app import _HANDLERS
from pinecone_versioned_gen import API_VERSIONS, registry

Route = tuple[str, str, str]


def _operations(version: str) -> dict[Route, str]:
    """Route with path parameter names blanked -> the exact path template of that version."""
    return {
        (s.name, op.method, re.sub(r"{[^}]*}", "{}", op.path)): op.path
        for s in registry.version(version).surfaces.values()
        for op in s.operations.values()
    }


def _served(surface: str, method: str, path: str) -> bool:
    return (method, path) in _HANDLERS.get(surface, {})


@pytest.mark.parametrize("old,new", list(itertools.pairwise(API_VERSIONS)))
def test_an_unchanged_operation_served_in_one_version_is_served_in_the_next(old: str, new: str) -> None:
    before, after = _operations(old), _operations(new)
    changed = {
        (e.operation.surface, e.operation.method, re.sub(r"{[^}]*}", "{}", e.operation.path))
        for e in diff_versions(old, new).changed
    }
    unchanged = (before.keys() & after.keys()) - changed
    lost = [
        (surface, method, after[(surface, method, blank)])
        for surface, method, blank in unchanged
        if _served(surface, method, before[(surface, method, blank)])
        and not _served(surface, method, after[(surface, method, blank)])
    ]
    assert not lost, f"{new}: unchanged since {old} but no longer served: {lost}"
