from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embed_inputs import EmbedInputs
    from ..models.search_records_request_query_filter import SearchRecordsRequestQueryFilter
    from ..models.search_records_vector import SearchRecordsVector


T = TypeVar("T", bound="SearchRecordsRequestQuery")


@_attrs_define
class SearchRecordsRequestQuery:
    """
    Attributes:
        top_k (int):
        filter_ (SearchRecordsRequestQueryFilter | Unset):
        inputs (EmbedInputs | Unset):
        vector (SearchRecordsVector | Unset):
        id (str | Unset):
    """

    top_k: int
    filter_: SearchRecordsRequestQueryFilter | Unset = UNSET
    inputs: EmbedInputs | Unset = UNSET
    vector: SearchRecordsVector | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_k = self.top_k

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        vector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vector, Unset):
            vector = self.vector.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top_k": top_k,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if vector is not UNSET:
            field_dict["vector"] = vector
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.embed_inputs import EmbedInputs
        from ..models.search_records_request_query_filter import SearchRecordsRequestQueryFilter
        from ..models.search_records_vector import SearchRecordsVector

        d = dict(src_dict)
        top_k = d.pop("top_k")

        _filter_ = d.pop("filter", UNSET)
        filter_: SearchRecordsRequestQueryFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = SearchRecordsRequestQueryFilter.from_dict(_filter_)

        _inputs = d.pop("inputs", UNSET)
        inputs: EmbedInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = EmbedInputs.from_dict(_inputs)

        _vector = d.pop("vector", UNSET)
        vector: SearchRecordsVector | Unset
        if isinstance(_vector, Unset):
            vector = UNSET
        else:
            vector = SearchRecordsVector.from_dict(_vector)

        id = d.pop("id", UNSET)

        search_records_request_query = cls(
            top_k=top_k,
            filter_=filter_,
            inputs=inputs,
            vector=vector,
            id=id,
        )

        search_records_request_query.additional_properties = d
        return search_records_request_query

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
