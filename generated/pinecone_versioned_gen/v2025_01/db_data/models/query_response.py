from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scored_vector import ScoredVector
    from ..models.single_query_results import SingleQueryResults
    from ..models.usage import Usage


T = TypeVar("T", bound="QueryResponse")


@_attrs_define(repr=False, eq=False)
class QueryResponse(Model):
    """
    Attributes:
        results (list[SingleQueryResults] | Unset):
        matches (list[ScoredVector] | Unset):
        namespace (str | Unset):
        usage (Usage | Unset):
    """

    results: list[SingleQueryResults] | Unset = UNSET
    matches: list[ScoredVector] | Unset = UNSET
    namespace: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matches, Unset):
            matches = []
            for matches_item_data in self.matches:
                matches_item = matches_item_data.to_dict()
                matches.append(matches_item)

        namespace = self.namespace

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results
        if matches is not UNSET:
            field_dict["matches"] = matches
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scored_vector import ScoredVector
        from ..models.single_query_results import SingleQueryResults
        from ..models.usage import Usage

        d = dict(src_dict)
        _results = d.pop("results", UNSET)
        results: list[SingleQueryResults] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = SingleQueryResults.from_dict(results_item_data)

                results.append(results_item)

        _matches = d.pop("matches", UNSET)
        matches: list[ScoredVector] | Unset = UNSET
        if _matches is not UNSET:
            matches = []
            for matches_item_data in _matches:
                matches_item = ScoredVector.from_dict(matches_item_data)

                matches.append(matches_item)

        namespace = d.pop("namespace", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        query_response = cls(
            results=results,
            matches=matches,
            namespace=namespace,
            usage=usage,
        )

        query_response.additional_properties = d
        return query_response
