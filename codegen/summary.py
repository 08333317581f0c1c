"""What a release changes, as `add-version` and `repin` print it.

Both commands read the shipped per-surface specs (``openapi.json`` beside each
generated surface) before and after, and hand them to :func:`summarise`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen.generate import SPEC_RESOURCE

# surface name -> that surface's shipped spec document
Snapshot = dict[str, dict[str, Any]]


def snapshot(version_dir: Path) -> Snapshot:
    """The shipped specs of one generated version subpackage (empty if it does not exist)."""
    return {path.parent.name: json.loads(path.read_bytes()) for path in sorted(version_dir.glob(f"*/{SPEC_RESOURCE}"))}


def summarise(previous_name: str, previous: Snapshot, new_name: str, new: Snapshot) -> list[str]:
    """The full diff from ``previous`` to ``new`` (operations, parameters, fields, enum values), one line each.

    The same computation as ``pinecone-versioned diff``, given the two snapshots
    directly, since the new version's registry is not importable in this process yet.
    """
    from pinecone_versioned.diff import diff_versions, render_text

    change = diff_versions(previous_name, new_name, specs={previous_name: previous, new_name: new})
    return ["  " + line for line in render_text(change).splitlines()[1:]]
