from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sparse_values import SparseValues


T = TypeVar("T", bound="Vector")


@_attrs_define(repr=False, eq=False)
class Vector(Model):
    """
    Attributes:
        id (str):
        values (list[float] | Unset):
        sparse_values (SparseValues | Unset):
        metadata (Any | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "sparseValues": "sparse_values",
    }

    id: str
    values: list[float] | Unset = UNSET
    sparse_values: SparseValues | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        values: list[float] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        sparse_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_values, Unset):
            sparse_values = self.sparse_values.to_dict()

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values
        if sparse_values is not UNSET:
            field_dict["sparseValues"] = sparse_values
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sparse_values import SparseValues

        d = dict(src_dict)
        id = d.pop("id")

        values = cast(list[float], d.pop("values", UNSET))

        _sparse_values = d.pop("sparseValues", UNSET)
        sparse_values: SparseValues | Unset
        if isinstance(_sparse_values, Unset):
            sparse_values = UNSET
        else:
            sparse_values = SparseValues.from_dict(_sparse_values)

        metadata = d.pop("metadata", UNSET)

        vector = cls(
            id=id,
            values=values,
            sparse_values=sparse_values,
            metadata=metadata,
        )

        vector.additional_properties = d
        return vector
