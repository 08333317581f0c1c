from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.metrics import Metrics
    from ..models.reasoning import Reasoning
    from ..models.token_counts import TokenCounts


T = TypeVar("T", bound="AlignmentResponse")


@_attrs_define(repr=False, eq=False)
class AlignmentResponse(Model):
    """
    Attributes:
        metrics (Metrics):
        reasoning (Reasoning):
        usage (TokenCounts):
    """

    metrics: Metrics
    reasoning: Reasoning
    usage: TokenCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = self.metrics.to_dict()

        reasoning = self.reasoning.to_dict()

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
                "reasoning": reasoning,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metrics import Metrics
        from ..models.reasoning import Reasoning
        from ..models.token_counts import TokenCounts

        d = dict(src_dict)
        metrics = Metrics.from_dict(d.pop("metrics"))

        reasoning = Reasoning.from_dict(d.pop("reasoning"))

        usage = TokenCounts.from_dict(d.pop("usage"))

        alignment_response = cls(
            metrics=metrics,
            reasoning=reasoning,
            usage=usage,
        )

        alignment_response.additional_properties = d
        return alignment_response
