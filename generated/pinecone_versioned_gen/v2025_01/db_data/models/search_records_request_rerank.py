from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchRecordsRequestRerank")


@_attrs_define(repr=False, eq=False)
class SearchRecordsRequestRerank(Model):
    """
    Attributes:
        model (str):
        rank_fields (list[str]):
        top_n (int | Unset):
        parameters (Any | Unset):
        query (str | Unset):
    """

    model: str
    rank_fields: list[str]
    top_n: int | Unset = UNSET
    parameters: Any | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        rank_fields = self.rank_fields

        top_n = self.top_n

        parameters = self.parameters

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
        d = dict(src_dict)
        model = d.pop("model")

        rank_fields = cast(list[str], d.pop("rank_fields"))

        top_n = d.pop("top_n", UNSET)

        parameters = d.pop("parameters", UNSET)

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
