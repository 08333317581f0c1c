"""Newline-delimited JSON request bodies (``application/x-ndjson``)."""

import io
import json
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from pinecone_versioned_gen._runtime.types import File


class _Serialisable(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def ndjson_body(records: Iterable[Mapping[str, Any] | _Serialisable]) -> File:
    """Encode records (dicts or generated models) as one JSON object per line."""
    lines = []
    for record in records:
        as_dict = record if isinstance(record, Mapping) else record.to_dict()
        lines.append(json.dumps(as_dict, separators=(",", ":"), ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    return File(payload=io.BytesIO(data), mime_type="application/x-ndjson")


__all__ = ["ndjson_body"]
