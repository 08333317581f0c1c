from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.entailment import Entailment

if TYPE_CHECKING:
    from ..models.fact import Fact


T = TypeVar("T", bound="EvaluatedFact")


@_attrs_define(repr=False, eq=False)
class EvaluatedFact(Model):
    """
    Attributes:
        fact (Fact):
        entailment (Entailment):
    """

    fact: Fact
    entailment: Entailment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fact = self.fact.to_dict()

        entailment = self.entailment.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fact": fact,
                "entailment": entailment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fact import Fact

        d = dict(src_dict)
        fact = Fact.from_dict(d.pop("fact"))

        entailment = Entailment(d.pop("entailment"))

        evaluated_fact = cls(
            fact=fact,
            entailment=entailment,
        )

        evaluated_fact.additional_properties = d
        return evaluated_fact
