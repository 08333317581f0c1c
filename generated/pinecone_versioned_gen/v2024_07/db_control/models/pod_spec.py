from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pod_spec_metadata_config import PodSpecMetadataConfig


T = TypeVar("T", bound="PodSpec")


@_attrs_define(repr=False, eq=False)
class PodSpec(Model):
    """
    Attributes:
        environment (str):
        pod_type (str):  Default: 'p1.x1'.
        replicas (int | Unset):  Default: 1.
        shards (int | Unset):  Default: 1.
        pods (int | Unset):  Default: 1.
        metadata_config (PodSpecMetadataConfig | Unset):
        source_collection (str | Unset):
    """

    environment: str
    pod_type: str = "p1.x1"
    replicas: int | Unset = 1
    shards: int | Unset = 1
    pods: int | Unset = 1
    metadata_config: PodSpecMetadataConfig | Unset = UNSET
    source_collection: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment = self.environment

        pod_type = self.pod_type

        replicas = self.replicas

        shards = self.shards

        pods = self.pods

        metadata_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_config, Unset):
            metadata_config = self.metadata_config.to_dict()

        source_collection = self.source_collection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment": environment,
                "pod_type": pod_type,
            }
        )
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if shards is not UNSET:
            field_dict["shards"] = shards
        if pods is not UNSET:
            field_dict["pods"] = pods
        if metadata_config is not UNSET:
            field_dict["metadata_config"] = metadata_config
        if source_collection is not UNSET:
            field_dict["source_collection"] = source_collection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pod_spec_metadata_config import PodSpecMetadataConfig

        d = dict(src_dict)
        environment = d.pop("environment")

        pod_type = d.pop("pod_type")

        replicas = d.pop("replicas", UNSET)

        shards = d.pop("shards", UNSET)

        pods = d.pop("pods", UNSET)

        _metadata_config = d.pop("metadata_config", UNSET)
        metadata_config: PodSpecMetadataConfig | Unset
        if isinstance(_metadata_config, Unset):
            metadata_config = UNSET
        else:
            metadata_config = PodSpecMetadataConfig.from_dict(_metadata_config)

        source_collection = d.pop("source_collection", UNSET)

        pod_spec = cls(
            environment=environment,
            pod_type=pod_type,
            replicas=replicas,
            shards=shards,
            pods=pods,
            metadata_config=metadata_config,
            source_collection=source_collection,
        )

        pod_spec.additional_properties = d
        return pod_spec
