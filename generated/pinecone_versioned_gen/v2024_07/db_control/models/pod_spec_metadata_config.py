from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="PodSpecMetadataConfig")


@_attrs_define(repr=False, eq=False)
class PodSpecMetadataConfig(Model):
    """
    Attributes:
        indexed (list[str] | Unset):
    """

    indexed: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indexed: list[str] | Unset = UNSET
        if not isinstance(self.indexed, Unset):
            indexed = self.indexed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if indexed is not UNSET:
            field_dict["indexed"] = indexed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        indexed = cast(list[str], d.pop("indexed", UNSET))

        pod_spec_metadata_config = cls(
            indexed=indexed,
        )

        pod_spec_metadata_config.additional_properties = d
        return pod_spec_metadata_config
