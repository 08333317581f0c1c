from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScalingConfigManual")


@_attrs_define(repr=False, eq=False)
class ScalingConfigManual(Model):
    """
    Attributes:
        replicas (int | Unset):
        shards (int | Unset):
    """

    replicas: int | Unset = UNSET
    shards: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replicas = self.replicas

        shards = self.shards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if shards is not UNSET:
            field_dict["shards"] = shards

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        replicas = d.pop("replicas", UNSET)

        shards = d.pop("shards", UNSET)

        scaling_config_manual = cls(
            replicas=replicas,
            shards=shards,
        )

        scaling_config_manual.additional_properties = d
        return scaling_config_manual
