from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sparse_values import SparseValues


T = TypeVar("T", bound="QueryVector")


@_attrs_define(repr=False, eq=False)
class QueryVector(Model):
    """
    Attributes:
        values (list[float]):
        sparse_values (SparseValues | Unset):
        top_k (int | Unset):
        namespace (str | Unset):
        filter_ (Any | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "sparseValues": "sparse_values",
        "topK": "top_k",
        "filter": "filter_",
    }

    values: list[float]
    sparse_values: SparseValues | Unset = UNSET
    top_k: int | Unset = UNSET
    namespace: str | Unset = UNSET
    filter_: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values

        sparse_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_values, Unset):
            sparse_values = self.sparse_values.to_dict()

        top_k = self.top_k

        namespace = self.namespace

        filter_ = self.filter_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )
        if sparse_values is not UNSET:
            field_dict["sparseValues"] = sparse_values
        if top_k is not UNSET:
            field_dict["topK"] = top_k
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sparse_values import SparseValues

        d = dict(src_dict)
        values = cast(list[float], d.pop("values"))

        _sparse_values = d.pop("sparseValues", UNSET)
        sparse_values: SparseValues | Unset
        if isinstance(_sparse_values, Unset):
            sparse_values = UNSET
        else:
            sparse_values = SparseValues.from_dict(_sparse_values)

        top_k = d.pop("topK", UNSET)

        namespace = d.pop("namespace", UNSET)

        filter_ = d.pop("filter", UNSET)

        query_vector = cls(
            values=values,
            sparse_values=sparse_values,
            top_k=top_k,
            namespace=namespace,
            filter_=filter_,
        )

        query_vector.additional_properties = d
        return query_vector

    @property
    def filter(self) -> Any | Unset:
        """``filter_``, as the official SDK spells it."""
        return self.filter_
