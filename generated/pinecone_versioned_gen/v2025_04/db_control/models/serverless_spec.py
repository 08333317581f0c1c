from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.serverless_spec_cloud import ServerlessSpecCloud
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerlessSpec")


@_attrs_define(repr=False, eq=False)
class ServerlessSpec(Model):
    """
    Attributes:
        cloud (ServerlessSpecCloud):
        region (str):
        source_collection (str | Unset):
    """

    cloud: ServerlessSpecCloud
    region: str
    source_collection: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud = self.cloud.value

        region = self.region

        source_collection = self.source_collection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloud": cloud,
                "region": region,
            }
        )
        if source_collection is not UNSET:
            field_dict["source_collection"] = source_collection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cloud = ServerlessSpecCloud(d.pop("cloud"))

        region = d.pop("region")

        source_collection = d.pop("source_collection", UNSET)

        serverless_spec = cls(
            cloud=cloud,
            region=region,
            source_collection=source_collection,
        )

        serverless_spec.additional_properties = d
        return serverless_spec
