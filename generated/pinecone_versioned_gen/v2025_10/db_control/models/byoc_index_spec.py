from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.byoc_spec import ByocSpec


T = TypeVar("T", bound="ByocIndexSpec")


@_attrs_define(repr=False, eq=False)
class ByocIndexSpec(Model):
    """
    Attributes:
        byoc (ByocSpec):
    """

    byoc: ByocSpec
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        byoc = self.byoc.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "byoc": byoc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.byoc_spec import ByocSpec

        d = dict(src_dict)
        byoc = ByocSpec.from_dict(d.pop("byoc"))

        byoc_index_spec = cls(
            byoc=byoc,
        )

        byoc_index_spec.additional_properties = d
        return byoc_index_spec
