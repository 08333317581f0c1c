from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.describe_index_stats_response_namespaces import DescribeIndexStatsResponseNamespaces


T = TypeVar("T", bound="DescribeIndexStatsResponse")


@_attrs_define(repr=False, eq=False)
class DescribeIndexStatsResponse(Model):
    """
    Attributes:
        namespaces (DescribeIndexStatsResponseNamespaces | Unset):
        dimension (int | Unset):
        index_fullness (float | Unset):
        total_vector_count (int | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "indexFullness": "index_fullness",
        "totalVectorCount": "total_vector_count",
    }

    namespaces: DescribeIndexStatsResponseNamespaces | Unset = UNSET
    dimension: int | Unset = UNSET
    index_fullness: float | Unset = UNSET
    total_vector_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespaces: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces.to_dict()

        dimension = self.dimension

        index_fullness = self.index_fullness

        total_vector_count = self.total_vector_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if index_fullness is not UNSET:
            field_dict["indexFullness"] = index_fullness
        if total_vector_count is not UNSET:
            field_dict["totalVectorCount"] = total_vector_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.describe_index_stats_response_namespaces import DescribeIndexStatsResponseNamespaces

        d = dict(src_dict)
        _namespaces = d.pop("namespaces", UNSET)
        namespaces: DescribeIndexStatsResponseNamespaces | Unset
        if isinstance(_namespaces, Unset):
            namespaces = UNSET
        else:
            namespaces = DescribeIndexStatsResponseNamespaces.from_dict(_namespaces)

        dimension = d.pop("dimension", UNSET)

        index_fullness = d.pop("indexFullness", UNSET)

        total_vector_count = d.pop("totalVectorCount", UNSET)

        describe_index_stats_response = cls(
            namespaces=namespaces,
            dimension=dimension,
            index_fullness=index_fullness,
            total_vector_count=total_vector_count,
        )

        describe_index_stats_response.additional_properties = d
        return describe_index_stats_response
