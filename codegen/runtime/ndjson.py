"""Newline-delimited JSON request bodies (``application/x-ndjson``)."""

import io
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

import orjson

from pinecone_versioned_gen._runtime.types import File


class _Serialisable(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def ndjson_body(records: Iterable[Mapping[str, Any] | _Serialisable]) -> File:
    """Encode records (dicts or generated models) as one JSON object per line."""
    lines = [
        orjson.dumps(record if isinstance(record, Mapping) else record.to_dict(), option=orjson.OPT_SERIALIZE_NUMPY)
        for record in records
    ]
    data = b"".join(line + b"\n" for line in lines)
    return File(payload=io.BytesIO(data), mime_type="application/x-ndjson")


__all__ = ["ndjson_body"]
