"""Deployment specs for ``create_index``: where and how an index runs.

Pass one of these (or the equivalent plain dict, as the API documents it) as
``spec=``. They hold only what you set; fields a pinned API version does not
know are refused by the client before any request is sent.

    >>> ServerlessSpec(cloud="aws", region="us-east-1").to_dict()
    {'serverless': {'cloud': 'aws', 'region': 'us-east-1'}}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pinecone_versioned.errors import InvalidArgumentError


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


@dataclass(frozen=True, slots=True)
class ServerlessSpec:
    """A serverless index in a cloud region (e.g. ``cloud="aws", region="us-east-1"``)."""

    cloud: str
    region: str
    source_collection: str | None = None
    read_capacity: Mapping[str, Any] | None = None  # 2025-10: {"mode": "OnDemand"} or a dedicated setup
    extra: Mapping[str, Any] = field(default_factory=dict)  # fields newer versions add

    def to_dict(self) -> dict[str, Any]:
        body = _present(
            {
                "cloud": self.cloud,
                "region": self.region,
                "source_collection": self.source_collection,
                "read_capacity": self.read_capacity,
            }
        )
        return {"serverless": {**body, **self.extra}}


@dataclass(frozen=True, slots=True)
class PodSpec:
    """A pod-based index (e.g. ``environment="us-east1-gcp", pod_type="p1.x1"``)."""

    environment: str
    pod_type: str = "p1.x1"
    replicas: int | None = None
    shards: int | None = None
    pods: int | None = None
    metadata_config: Mapping[str, Any] | None = None  # {"indexed": ["genre", ...]}
    source_collection: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = _present(
            {
                "environment": self.environment,
                "pod_type": self.pod_type,
                "replicas": self.replicas,
                "shards": self.shards,
                "pods": self.pods,
                "metadata_config": self.metadata_config,
                "source_collection": self.source_collection,
            }
        )
        return {"pod": {**body, **self.extra}}


@dataclass(frozen=True, slots=True)
class ByocSpec:
    """An index in your own cloud account (bring your own cloud), from 2025-04."""

    environment: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"byoc": {"environment": self.environment, **self.extra}}


IndexSpec = ServerlessSpec | PodSpec | ByocSpec

_SPEC_KINDS = ("serverless", "pod", "byoc")


def spec_to_dict(spec: IndexSpec | Mapping[str, Any]) -> dict[str, Any]:
    """The wire form of ``spec``, checking a plain dict names exactly one deployment kind."""
    if isinstance(spec, ServerlessSpec | PodSpec | ByocSpec):
        return spec.to_dict()
    if not isinstance(spec, Mapping):
        raise InvalidArgumentError(
            f"spec must be ServerlessSpec, PodSpec, ByocSpec or a dict, not {type(spec).__name__}"
        )
    kinds = [key for key in spec if key in _SPEC_KINDS]
    if len(kinds) != 1 or len(spec) != 1:
        raise InvalidArgumentError(
            f"spec must have exactly one key of {', '.join(_SPEC_KINDS)}, e.g. "
            f"{{'serverless': {{'cloud': 'aws', 'region': 'us-east-1'}}}}; got keys {sorted(spec)}"
        )
    return {kinds[0]: dict(spec[kinds[0]])}


__all__ = ["ByocSpec", "IndexSpec", "PodSpec", "ServerlessSpec", "spec_to_dict"]
