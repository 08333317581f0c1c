"""What a release changes, as `add-version` and `repin` print it.

Both commands read the shipped per-surface specs (``openapi.json`` beside each
generated surface) before and after, and hand them to :func:`summarise`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen.generate import SPEC_RESOURCE
from codegen.normalise import operations

# surface name -> that surface's shipped spec document
Snapshot = dict[str, dict[str, Any]]


def snapshot(version_dir: Path) -> Snapshot:
    """The shipped specs of one generated version subpackage (empty if it does not exist)."""
    return {path.parent.name: json.loads(path.read_bytes()) for path in sorted(version_dir.glob(f"*/{SPEC_RESOURCE}"))}


def _operation_ids(document: dict[str, Any]) -> set[str]:
    return {operation["operationId"] for _method, _path, operation in operations(document)}


def summarise(previous: Snapshot, new: Snapshot) -> list[str]:
    """Lines naming the surfaces and operations added and removed from ``previous`` to ``new``.

    This is the hook for the full diff (parameters, fields, enum values): once
    ``pinecone_versioned.diff.diff_versions`` is merged, render its result here.
    """
    lines = []
    for surface in sorted(previous.keys() | new.keys()):
        before = _operation_ids(previous[surface]) if surface in previous else set()
        after = _operation_ids(new[surface]) if surface in new else set()
        if surface not in previous:
            lines.append(f"  + surface {surface} ({len(after)} operations)")
        elif surface not in new:
            lines.append(f"  - surface {surface} ({len(before)} operations)")
        lines += [f"  + {surface}.{name}" for name in sorted(after - before)]
        lines += [f"  - {surface}.{name}" for name in sorted(before - after)]
    return lines or ["  no operation added or removed"]
