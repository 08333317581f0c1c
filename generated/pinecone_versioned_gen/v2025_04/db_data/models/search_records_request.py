from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_records_request_query import SearchRecordsRequestQuery
    from ..models.search_records_request_rerank import SearchRecordsRequestRerank


T = TypeVar("T", bound="SearchRecordsRequest")


@_attrs_define(repr=False, eq=False)
class SearchRecordsRequest(Model):
    """
    Attributes:
        query (SearchRecordsRequestQuery):
        fields (list[str] | Unset):
        rerank (SearchRecordsRequestRerank | Unset):
    """

    query: SearchRecordsRequestQuery
    fields: list[str] | Unset = UNSET
    rerank: SearchRecordsRequestRerank | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        rerank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rerank, Unset):
            rerank = self.rerank.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if rerank is not UNSET:
            field_dict["rerank"] = rerank

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_records_request_query import SearchRecordsRequestQuery
        from ..models.search_records_request_rerank import SearchRecordsRequestRerank

        d = dict(src_dict)
        query = SearchRecordsRequestQuery.from_dict(d.pop("query"))

        fields = cast(list[str], d.pop("fields", UNSET))

        _rerank = d.pop("rerank", UNSET)
        rerank: SearchRecordsRequestRerank | Unset
        if isinstance(_rerank, Unset):
            rerank = UNSET
        else:
            rerank = SearchRecordsRequestRerank.from_dict(_rerank)

        search_records_request = cls(
            query=query,
            fields=fields,
            rerank=rerank,
        )

        search_records_request.additional_properties = d
        return search_records_request
