from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_records_request_rerank_parameters import SearchRecordsRequestRerankParameters


T = TypeVar("T", bound="SearchRecordsRequestRerank")


@_attrs_define
class SearchRecordsRequestRerank:
    """
    Attributes:
        model (str):
        rank_fields (list[str]):
        top_n (int | Unset):
        parameters (SearchRecordsRequestRerankParameters | Unset):
        query (str | Unset):
    """

    model: str
    rank_fields: list[str]
    top_n: int | Unset = UNSET
    parameters: SearchRecordsRequestRerankParameters | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        rank_fields = self.rank_fields

        top_n = self.top_n

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "rank_fields": rank_fields,
            }
        )
        if top_n is not UNSET:
            field_dict["top_n"] = top_n
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_records_request_rerank_parameters import SearchRecordsRequestRerankParameters

        d = dict(src_dict)
        model = d.pop("model")

        rank_fields = cast(list[str], d.pop("rank_fields"))

        top_n = d.pop("top_n", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: SearchRecordsRequestRerankParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = SearchRecordsRequestRerankParameters.from_dict(_parameters)

        query = d.pop("query", UNSET)

        search_records_request_rerank = cls(
            model=model,
            rank_fields=rank_fields,
            top_n=top_n,
            parameters=parameters,
            query=query,
        )

        search_records_request_rerank.additional_properties = d
        return search_records_request_rerank

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
