"""Indexes the server creates when it starts: ``serve --index name=...,dimension=...`` and the variables of
Pinecone Local's one-index image (``INDEX_TYPE``, ``VECTOR_TYPE``, ``DIMENSION``, ``METRIC``).

They are created through the server's own ``POST /indexes`` handler, so they are checked exactly as a
client's request is; an index that already exists (a data directory from an earlier run) is kept when it
matches the definition, and refused with an error naming the option when it does not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from pinecone_versioned_gen import DEFAULT_VERSION

if TYPE_CHECKING:
    from ._app import App

METRICS = ("cosine", "euclidean", "dotproduct")
VECTOR_TYPES = ("dense", "sparse")
INDEX_TYPES = ("serverless", "pod")
# Where a pre-created index "lives": the places Pinecone's own examples use.
SERVERLESS_PLACE = {"cloud": "aws", "region": "us-east-1"}
POD_PLACE = {"environment": "us-east-1-aws", "pod_type": "p1.x1"}
# The one-index image's variables (PORT is read by the command line, for both images).
IMAGE_VARIABLES = ("INDEX_TYPE", "VECTOR_TYPE", "DIMENSION", "METRIC")
# The name of the index those variables describe (the image serves one index and needs none).
IMAGE_INDEX_NAME = "index"


@dataclass(frozen=True, slots=True)
class IndexDefinition:
    """An index to create at start. ``metric`` None takes Pinecone's default for the vector type;
    ``port`` 0 takes the server's next index port."""

    name: str
    dimension: int | None = None
    metric: str | None = None
    vector_type: str = "dense"
    index_type: str = "serverless"
    port: int = 0

    @classmethod
    def parse(cls, text: str, option: str = "--index") -> IndexDefinition:
        """``name=movies,dimension=3,metric=cosine,vector-type=dense,type=serverless,port=5085``
        (only ``name`` is required); ValueError naming ``option`` and the bad key."""
        fields: dict[str, str] = {}
        for item in filter(None, (part.strip() for part in text.split(","))):
            key, equals, value = item.partition("=")
            key = key.strip().replace("_", "-")
            if not equals or key not in _KEYS:
                raise ValueError(
                    f"{option} {text!r}: {item!r} is not KEY=VALUE with KEY one of {', '.join(_KEYS)} "
                    "(e.g. name=movies,dimension=3,metric=cosine)"
                )
            if key in fields:
                raise ValueError(f"{option} {text!r}: {key} is given twice")
            fields[key] = value.strip()
        if not fields.get("name"):
            raise ValueError(f"{option} {text!r}: name=... is required")
        return cls(
            name=fields["name"],
            dimension=_positive(fields["dimension"], f"{option} {text!r}: dimension")
            if "dimension" in fields
            else None,
            metric=_choice(fields["metric"], METRICS, f"{option} {text!r}: metric") if "metric" in fields else None,
            vector_type=_choice(fields.get("vector-type", "dense"), VECTOR_TYPES, f"{option} {text!r}: vector-type"),
            index_type=_choice(fields.get("type", "serverless"), INDEX_TYPES, f"{option} {text!r}: type"),
            port=_port(fields["port"], f"{option} {text!r}: port") if "port" in fields else 0,
        )

    @classmethod
    def from_environment(cls, environ: Mapping[str, str], port: int) -> IndexDefinition | None:
        """The index the one-index image's variables describe, served on ``port``; None when none is set."""
        given = {name: environ[name].strip() for name in IMAGE_VARIABLES if environ.get(name, "").strip()}
        if not given:
            return None
        dimension = given.get("DIMENSION")
        return cls(
            name=IMAGE_INDEX_NAME,
            dimension=None if dimension is None else _positive(dimension, "DIMENSION"),
            metric=_choice(given["METRIC"], METRICS, "METRIC") if "METRIC" in given else None,
            vector_type=_choice(given.get("VECTOR_TYPE", "dense"), VECTOR_TYPES, "VECTOR_TYPE"),
            index_type=_choice(given.get("INDEX_TYPE", "serverless"), INDEX_TYPES, "INDEX_TYPE"),
            port=port,
        )

    def request_body(self) -> dict[str, Any]:
        """The ``POST /indexes`` body that creates it."""
        body: dict[str, Any] = {
            "name": self.name,
            "vector_type": self.vector_type,
            "spec": {self.index_type: dict(SERVERLESS_PLACE if self.index_type == "serverless" else POD_PLACE)},
        }
        if self.dimension is not None:
            body["dimension"] = self.dimension
        if self.metric is not None:
            body["metric"] = self.metric
        return body


_KEYS = ("name", "dimension", "metric", "vector-type", "type", "port")


def _positive(value: str, what: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise ValueError(f"{what}={value!r}: must be a positive whole number")
    return number


def _port(value: str, what: str) -> int:
    number = _positive(value, what)
    if number > 65535:
        raise ValueError(f"{what}={value!r}: a port is at most 65535")
    return number


def _choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"{what}={value!r}: must be one of {', '.join(allowed)}")
    return value


def check_host_name(value: str, what: str) -> str:
    """A host name for the URLs the server reports: no scheme, port or path."""
    if not value or any(c in value for c in "/: "):
        raise ValueError(f"{what}={value!r}: give a bare host name such as localhost (no scheme, port or path)")
    return value


def create_indexes(app: App, definitions: list[IndexDefinition], api_key: str | None) -> None:
    """Create each index through the server's own handler; keep one that exists and matches, else ValueError."""
    version = DEFAULT_VERSION if DEFAULT_VERSION in app.specs else list(app.specs)[-1]
    headers = {"api-key": api_key or "local", "x-pinecone-api-version": version, "content-type": "application/json"}
    for definition in definitions:
        existing = app.state.indexes.get(definition.name)
        if existing is not None:
            wanted = (definition.dimension, definition.vector_type, definition.metric or existing.metric)
            if (existing.dimension, existing.vector_type, existing.metric) != wanted:
                raise ValueError(
                    f"index {definition.name!r} exists in the data directory with dimension {existing.dimension}, "
                    f"vector type {existing.vector_type} and metric {existing.metric}, unlike its definition at "
                    "start: change the definition, or delete the index"
                )
            continue
        body = orjson.dumps(definition.request_body())
        status, _, payload, _ = app.handle("control", None, "POST", "/indexes", "", headers, body)
        if status != 201:
            answer = orjson.loads(payload) if isinstance(payload, bytes) else {}
            message = answer.get("error", {}).get("message", f"status {status}")
            raise ValueError(f"index {definition.name!r} given at start cannot be created: {message}")
