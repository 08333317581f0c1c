from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="NamespaceSummary")


@_attrs_define(repr=False, eq=False)
class NamespaceSummary(Model):
    """
    Attributes:
        vector_count (int | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "vectorCount": "vector_count",
    }

    vector_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vector_count = self.vector_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vector_count is not UNSET:
            field_dict["vectorCount"] = vector_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vector_count = d.pop("vectorCount", UNSET)

        namespace_summary = cls(
            vector_count=vector_count,
        )

        namespace_summary.additional_properties = d
        return namespace_summary
