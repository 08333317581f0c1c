from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

T = TypeVar("T", bound="Metrics")


@_attrs_define(repr=False, eq=False)
class Metrics(Model):
    """
    Attributes:
        correctness (float):
        completeness (float):
        alignment (float):
    """

    correctness: float
    completeness: float
    alignment: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        correctness = self.correctness

        completeness = self.completeness

        alignment = self.alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "correctness": correctness,
                "completeness": completeness,
                "alignment": alignment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        correctness = d.pop("correctness")

        completeness = d.pop("completeness")

        alignment = d.pop("alignment")

        metrics = cls(
            correctness=correctness,
            completeness=completeness,
            alignment=alignment,
        )

        metrics.additional_properties = d
        return metrics
