"""What a user of a build sees for one API version; run in a subprocess importing a repository copy.

Usage: ``python probe.py VERSION [--allow-preview]``; prints one JSON object.
"""

from __future__ import annotations

import json
import sys
import warnings
from typing import Any

import pinecone_versioned as pv
from pinecone_versioned.local import LocalServer
from pinecone_versioned_gen import registry

KEY = "pcsk_release-probe-4d5e6f"


def probe(version: str, allow_preview: bool) -> dict[str, Any]:
    seen: dict[str, Any] = {
        "module": pv.__file__,
        "default": pv.default_api_version(),
        "versions": list(pv.supported_api_versions()),
    }
    with LocalServer(api_key=KEY, strict=True) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            pc = pv.Pinecone(api_key=KEY, api_version=version, host=server.url, retries=0, allow_preview=allow_preview)
        except pv.UnsupportedApiVersionError as exc:
            seen["refused"] = str(exc)
            return seen
        seen["warnings"] = [[w.category.__name__, str(w.message)] for w in caught]
        with pc:
            seen["pinned"] = pc.api_version
            seen["package"] = pc.api.__name__
            pc.create_index("probe", pv.ServerlessSpec("aws", "us-east-1"), dimension=2)
            index = pc.Index("probe")
            seen["upserted"] = index.upsert([("a", [0.1, 0.2]), ("b", [0.3, 0.4])]).upserted_count
            seen["total_vector_count"] = int(index.describe_index_stats().total_vector_count)
            ops = registry.version(version).surfaces["db_data"].operations
            if "alt_describe_index_stats" in ops:  # the operation the synthetic release adds
                stats = index.call("alt_describe_index_stats")
                seen["generic_total_vector_count"] = int(stats.total_vector_count)
            seen["list_collections"] = _refusal(pc.list_collections)
            seen["create_index_with_tags"] = _refusal(
                lambda: pc.create_index("tagged", pv.ServerlessSpec("aws", "us-east-1"), dimension=2, tags={"a": "b"})
            )
    seen["operations"] = {
        name: sorted(surface.operations) for name, surface in registry.version(version).surfaces.items()
    }
    return seen


def _refusal(call: Any) -> str:
    """The message of the UnsupportedOperationError ``call`` raises before sending, or "accepted"."""
    try:
        call()
    except pv.UnsupportedOperationError as exc:
        return str(exc)
    return "accepted"


if __name__ == "__main__":
    print(json.dumps(probe(sys.argv[1], "--allow-preview" in sys.argv[2:])))
