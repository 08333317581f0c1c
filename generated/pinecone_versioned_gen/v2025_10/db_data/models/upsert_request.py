from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector import Vector


T = TypeVar("T", bound="UpsertRequest")


@_attrs_define(repr=False, eq=False)
class UpsertRequest(Model):
    """
    Attributes:
        vectors (list[Vector]):
        namespace (str | Unset):
    """

    vectors: list[Vector]
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vectors = []
        for vectors_item_data in self.vectors:
            vectors_item = vectors_item_data.to_dict()
            vectors.append(vectors_item)

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vectors": vectors,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vector import Vector

        d = dict(src_dict)
        vectors = []
        _vectors = d.pop("vectors")
        for vectors_item_data in _vectors:
            vectors_item = Vector.from_dict(vectors_item_data)

            vectors.append(vectors_item)

        namespace = d.pop("namespace", UNSET)

        upsert_request = cls(
            vectors=vectors,
            namespace=namespace,
        )

        upsert_request.additional_properties = d
        return upsert_request
