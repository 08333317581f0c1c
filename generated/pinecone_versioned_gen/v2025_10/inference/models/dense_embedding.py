from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.dense_vector_type import DenseVectorType

T = TypeVar("T", bound="DenseEmbedding")


@_attrs_define(repr=False, eq=False)
class DenseEmbedding(Model):
    """
    Attributes:
        values (list[float]):
        vector_type (DenseVectorType):
    """

    values: list[float]
    vector_type: DenseVectorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values

        vector_type = self.vector_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
                "vector_type": vector_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        values = cast(list[float], d.pop("values"))

        vector_type = DenseVectorType(d.pop("vector_type"))

        dense_embedding = cls(
            values=values,
            vector_type=vector_type,
        )

        dense_embedding.additional_properties = d
        return dense_embedding
