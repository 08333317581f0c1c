from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.search_match_terms_strategy import SearchMatchTermsStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchMatchTerms")


@_attrs_define(repr=False, eq=False)
class SearchMatchTerms(Model):
    """
    Attributes:
        strategy (SearchMatchTermsStrategy | Unset):
        terms (list[str] | Unset):
    """

    strategy: SearchMatchTermsStrategy | Unset = UNSET
    terms: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        terms: list[str] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = self.terms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _strategy = d.pop("strategy", UNSET)
        strategy: SearchMatchTermsStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = SearchMatchTermsStrategy(_strategy)

        terms = cast(list[str], d.pop("terms", UNSET))

        search_match_terms = cls(
            strategy=strategy,
            terms=terms,
        )

        search_match_terms.additional_properties = d
        return search_match_terms
