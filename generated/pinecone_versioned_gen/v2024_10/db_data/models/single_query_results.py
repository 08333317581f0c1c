from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scored_vector import ScoredVector


T = TypeVar("T", bound="SingleQueryResults")


@_attrs_define(repr=False, eq=False)
class SingleQueryResults(Model):
    """
    Attributes:
        matches (list[ScoredVector] | Unset):
        namespace (str | Unset):
    """

    matches: list[ScoredVector] | Unset = UNSET
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matches, Unset):
            matches = []
            for matches_item_data in self.matches:
                matches_item = matches_item_data.to_dict()
                matches.append(matches_item)

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matches is not UNSET:
            field_dict["matches"] = matches
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scored_vector import ScoredVector

        d = dict(src_dict)
        _matches = d.pop("matches", UNSET)
        matches: list[ScoredVector] | Unset = UNSET
        if _matches is not UNSET:
            matches = []
            for matches_item_data in _matches:
                matches_item = ScoredVector.from_dict(matches_item_data)

                matches.append(matches_item)

        namespace = d.pop("namespace", UNSET)

        single_query_results = cls(
            matches=matches,
            namespace=namespace,
        )

        single_query_results.additional_properties = d
        return single_query_results
