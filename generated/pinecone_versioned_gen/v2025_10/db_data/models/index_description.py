from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_description_namespaces import IndexDescriptionNamespaces


T = TypeVar("T", bound="IndexDescription")


@_attrs_define(repr=False, eq=False)
class IndexDescription(Model):
    """
    Attributes:
        namespaces (IndexDescriptionNamespaces | Unset):
        dimension (int | Unset):
        index_fullness (float | Unset):
        total_vector_count (int | Unset):
        metric (str | Unset):
        vector_type (str | Unset):
        memory_fullness (float | Unset):
        storage_fullness (float | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "indexFullness": "index_fullness",
        "totalVectorCount": "total_vector_count",
        "vectorType": "vector_type",
    }

    namespaces: IndexDescriptionNamespaces | Unset = UNSET
    dimension: int | Unset = UNSET
    index_fullness: float | Unset = UNSET
    total_vector_count: int | Unset = UNSET
    metric: str | Unset = UNSET
    vector_type: str | Unset = UNSET
    memory_fullness: float | Unset = UNSET
    storage_fullness: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespaces: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces.to_dict()

        dimension = self.dimension

        index_fullness = self.index_fullness

        total_vector_count = self.total_vector_count

        metric = self.metric

        vector_type = self.vector_type

        memory_fullness = self.memory_fullness

        storage_fullness = self.storage_fullness

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
        if metric is not UNSET:
            field_dict["metric"] = metric
        if vector_type is not UNSET:
            field_dict["vectorType"] = vector_type
        if memory_fullness is not UNSET:
            field_dict["memory_fullness"] = memory_fullness
        if storage_fullness is not UNSET:
            field_dict["storage_fullness"] = storage_fullness

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_description_namespaces import IndexDescriptionNamespaces

        d = dict(src_dict)
        _namespaces = d.pop("namespaces", UNSET)
        namespaces: IndexDescriptionNamespaces | Unset
        if isinstance(_namespaces, Unset):
            namespaces = UNSET
        else:
            namespaces = IndexDescriptionNamespaces.from_dict(_namespaces)

        dimension = d.pop("dimension", UNSET)

        index_fullness = d.pop("indexFullness", UNSET)

        total_vector_count = d.pop("totalVectorCount", UNSET)

        metric = d.pop("metric", UNSET)

        vector_type = d.pop("vectorType", UNSET)

        memory_fullness = d.pop("memory_fullness", UNSET)

        storage_fullness = d.pop("storage_fullness", UNSET)

        index_description = cls(
            namespaces=namespaces,
            dimension=dimension,
            index_fullness=index_fullness,
            total_vector_count=total_vector_count,
            metric=metric,
            vector_type=vector_type,
            memory_fullness=memory_fullness,
            storage_fullness=storage_fullness,
        )

        index_description.additional_properties = d
        return index_description
