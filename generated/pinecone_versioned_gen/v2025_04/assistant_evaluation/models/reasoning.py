from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evaluated_fact import EvaluatedFact


T = TypeVar("T", bound="Reasoning")


@_attrs_define
class Reasoning:
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
