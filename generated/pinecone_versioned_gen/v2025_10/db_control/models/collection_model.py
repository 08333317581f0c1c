from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.collection_model_status import CollectionModelStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionModel")


@_attrs_define(repr=False, eq=False)
class CollectionModel(Model):
    """
    Attributes:
        name (str):
        status (CollectionModelStatus):
        environment (str):
        size (int | Unset):
        dimension (int | Unset):
        vector_count (int | Unset):
    """

    name: str
    status: CollectionModelStatus
    environment: str
    size: int | Unset = UNSET
    dimension: int | Unset = UNSET
    vector_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status.value

        environment = self.environment

        size = self.size

        dimension = self.dimension

        vector_count = self.vector_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
                "environment": environment,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if vector_count is not UNSET:
            field_dict["vector_count"] = vector_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        status = CollectionModelStatus(d.pop("status"))

        environment = d.pop("environment")

        size = d.pop("size", UNSET)

        dimension = d.pop("dimension", UNSET)

        vector_count = d.pop("vector_count", UNSET)

        collection_model = cls(
            name=name,
            status=status,
            environment=environment,
            size=size,
            dimension=dimension,
            vector_count=vector_count,
        )

        collection_model.additional_properties = d
        return collection_model
