from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.sparse_vector_type import SparseVectorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SparseEmbedding")


@_attrs_define(repr=False, eq=False)
class SparseEmbedding(Model):
    """
    Attributes:
        sparse_values (list[float]):
        sparse_indices (list[int]):
        vector_type (SparseVectorType):
        sparse_tokens (list[str] | Unset):
    """

    sparse_values: list[float]
    sparse_indices: list[int]
    vector_type: SparseVectorType
    sparse_tokens: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sparse_values = self.sparse_values

        sparse_indices = self.sparse_indices

        vector_type = self.vector_type.value

        sparse_tokens: list[str] | Unset = UNSET
        if not isinstance(self.sparse_tokens, Unset):
            sparse_tokens = self.sparse_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sparse_values": sparse_values,
                "sparse_indices": sparse_indices,
                "vector_type": vector_type,
            }
        )
        if sparse_tokens is not UNSET:
            field_dict["sparse_tokens"] = sparse_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sparse_values = cast(list[float], d.pop("sparse_values"))

        sparse_indices = cast(list[int], d.pop("sparse_indices"))

        vector_type = SparseVectorType(d.pop("vector_type"))

        sparse_tokens = cast(list[str], d.pop("sparse_tokens", UNSET))

        sparse_embedding = cls(
            sparse_values=sparse_values,
            sparse_indices=sparse_indices,
            vector_type=vector_type,
            sparse_tokens=sparse_tokens,
        )

        sparse_embedding.additional_properties = d
        return sparse_embedding
