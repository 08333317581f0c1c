from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

T = TypeVar("T", bound="AlignmentRequest")


@_attrs_define(repr=False, eq=False)
class AlignmentRequest(Model):
    """
    Attributes:
        question (str):
        answer (str):
        ground_truth_answer (str):
    """

    question: str
    answer: str
    ground_truth_answer: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        answer = self.answer

        ground_truth_answer = self.ground_truth_answer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question": question,
                "answer": answer,
                "ground_truth_answer": ground_truth_answer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        question = d.pop("question")

        answer = d.pop("answer")

        ground_truth_answer = d.pop("ground_truth_answer")

        alignment_request = cls(
            question=question,
            answer=answer,
            ground_truth_answer=ground_truth_answer,
        )

        alignment_request.additional_properties = d
        return alignment_request
