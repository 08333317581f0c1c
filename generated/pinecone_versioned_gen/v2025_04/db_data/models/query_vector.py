from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_vector_filter import QueryVectorFilter
    from ..models.sparse_values import SparseValues


T = TypeVar("T", bound="QueryVector")


@_attrs_define
class QueryVector:
    """
    Attributes:
        values (list[float]):
        sparse_values (SparseValues | Unset):
        top_k (int | Unset):
        namespace (str | Unset):
        filter_ (QueryVectorFilter | Unset):
    """

    values: list[float]
    sparse_values: SparseValues | Unset = UNSET
    top_k: int | Unset = UNSET
    namespace: str | Unset = UNSET
    filter_: QueryVectorFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values

        sparse_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_values, Unset):
            sparse_values = self.sparse_values.to_dict()

        top_k = self.top_k

        namespace = self.namespace

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

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
        from ..models.query_vector_filter import QueryVectorFilter
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

        _filter_ = d.pop("filter", UNSET)
        filter_: QueryVectorFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = QueryVectorFilter.from_dict(_filter_)

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
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
