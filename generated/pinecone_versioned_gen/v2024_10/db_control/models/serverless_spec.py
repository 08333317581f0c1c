from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.serverless_spec_cloud import ServerlessSpecCloud

T = TypeVar("T", bound="ServerlessSpec")


@_attrs_define(repr=False, eq=False)
class ServerlessSpec(Model):
    """
    Attributes:
        cloud (ServerlessSpecCloud):
        region (str):
    """

    cloud: ServerlessSpecCloud
    region: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud = self.cloud.value

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloud": cloud,
                "region": region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cloud = ServerlessSpecCloud(d.pop("cloud"))

        region = d.pop("region")

        serverless_spec = cls(
            cloud=cloud,
            region=region,
        )

        serverless_spec.additional_properties = d
        return serverless_spec
