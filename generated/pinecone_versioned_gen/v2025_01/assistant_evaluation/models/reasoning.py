from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.evaluated_fact import EvaluatedFact


T = TypeVar("T", bound="Reasoning")


@_attrs_define(repr=False, eq=False)
class Reasoning(Model):
    """
    Attributes:
        evaluated_facts (list[EvaluatedFact]):
    """

    evaluated_facts: list[EvaluatedFact]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluated_facts = []
        for evaluated_facts_item_data in self.evaluated_facts:
            evaluated_facts_item = evaluated_facts_item_data.to_dict()
            evaluated_facts.append(evaluated_facts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluated_facts": evaluated_facts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evaluated_fact import EvaluatedFact

        d = dict(src_dict)
        evaluated_facts = []
        _evaluated_facts = d.pop("evaluated_facts")
        for evaluated_facts_item_data in _evaluated_facts:
            evaluated_facts_item = EvaluatedFact.from_dict(evaluated_facts_item_data)

            evaluated_facts.append(evaluated_facts_item)

        reasoning = cls(
            evaluated_facts=evaluated_facts,
        )

        reasoning.additional_properties = d
        return reasoning
