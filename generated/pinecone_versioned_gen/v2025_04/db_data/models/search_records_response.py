from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.search_records_response_result import SearchRecordsResponseResult
    from ..models.search_usage import SearchUsage


T = TypeVar("T", bound="SearchRecordsResponse")


@_attrs_define(repr=False, eq=False)
class SearchRecordsResponse(Model):
    """
    Attributes:
        result (SearchRecordsResponseResult):
        usage (SearchUsage):
    """

    result: SearchRecordsResponseResult
    usage: SearchUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.to_dict()

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_records_response_result import SearchRecordsResponseResult
        from ..models.search_usage import SearchUsage

        d = dict(src_dict)
        result = SearchRecordsResponseResult.from_dict(d.pop("result"))

        usage = SearchUsage.from_dict(d.pop("usage"))

        search_records_response = cls(
            result=result,
            usage=usage,
        )

        search_records_response.additional_properties = d
        return search_records_response
