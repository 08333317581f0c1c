from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_index_spec_pod_metadata_config import CreateIndexSpecPodMetadataConfig


T = TypeVar("T", bound="CreateIndexSpecPod")


@_attrs_define(repr=False, eq=False)
class CreateIndexSpecPod(Model):
    """
    Attributes:
        environment (str):
        pod_type (str):
        replicas (int | Unset):
        pods (int | Unset):
        shards (int | Unset):
        metadata_config (CreateIndexSpecPodMetadataConfig | Unset):
        source_collection (str | Unset):
    """

    environment: str
    pod_type: str
    replicas: int | Unset = UNSET
    pods: int | Unset = UNSET
    shards: int | Unset = UNSET
    metadata_config: CreateIndexSpecPodMetadataConfig | Unset = UNSET
    source_collection: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment = self.environment

        pod_type = self.pod_type

        replicas = self.replicas

        pods = self.pods

        shards = self.shards

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
        if pods is not UNSET:
            field_dict["pods"] = pods
        if shards is not UNSET:
            field_dict["shards"] = shards
        if metadata_config is not UNSET:
            field_dict["metadata_config"] = metadata_config
        if source_collection is not UNSET:
            field_dict["source_collection"] = source_collection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_index_spec_pod_metadata_config import CreateIndexSpecPodMetadataConfig

        d = dict(src_dict)
        environment = d.pop("environment")

        pod_type = d.pop("pod_type")

        replicas = d.pop("replicas", UNSET)

        pods = d.pop("pods", UNSET)

        shards = d.pop("shards", UNSET)

        _metadata_config = d.pop("metadata_config", UNSET)
        metadata_config: CreateIndexSpecPodMetadataConfig | Unset
        if isinstance(_metadata_config, Unset):
            metadata_config = UNSET
        else:
            metadata_config = CreateIndexSpecPodMetadataConfig.from_dict(_metadata_config)

        source_collection = d.pop("source_collection", UNSET)

        create_index_spec_pod = cls(
            environment=environment,
            pod_type=pod_type,
            replicas=replicas,
            pods=pods,
            shards=shards,
            metadata_config=metadata_config,
            source_collection=source_collection,
        )

        create_index_spec_pod.additional_properties = d
        return create_index_spec_pod
