from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.byoc_spec_response import ByocSpecResponse


T = TypeVar("T", bound="IndexModelByocSpec")


@_attrs_define(repr=False, eq=False)
class IndexModelByocSpec(Model):
    """
    Attributes:
        byoc (ByocSpecResponse):
    """

    byoc: ByocSpecResponse
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
        from ..models.byoc_spec_response import ByocSpecResponse

        d = dict(src_dict)
        byoc = ByocSpecResponse.from_dict(d.pop("byoc"))

        index_model_byoc_spec = cls(
            byoc=byoc,
        )

        index_model_byoc_spec.additional_properties = d
        return index_model_byoc_spec
