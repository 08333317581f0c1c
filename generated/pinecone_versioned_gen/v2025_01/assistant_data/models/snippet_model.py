from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.snippet_model_type import SnippetModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.typed_reference_model import TypedReferenceModel


T = TypeVar("T", bound="SnippetModel")


@_attrs_define(repr=False, eq=False)
class SnippetModel(Model):
    """
    Attributes:
        content (str):
        score (float):
        reference (TypedReferenceModel):
        type_ (SnippetModelType | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
    }

    content: str
    score: float
    reference: TypedReferenceModel
    type_: SnippetModelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        score = self.score

        reference = self.reference.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "score": score,
                "reference": reference,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.typed_reference_model import TypedReferenceModel

        d = dict(src_dict)
        content = d.pop("content")

        score = d.pop("score")

        reference = TypedReferenceModel.from_dict(d.pop("reference"))

        _type_ = d.pop("type", UNSET)
        type_: SnippetModelType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SnippetModelType(_type_)

        snippet_model = cls(
            content=content,
            score=score,
            reference=reference,
            type_=type_,
        )

        snippet_model.additional_properties = d
        return snippet_model

    @property
    def type(self) -> SnippetModelType | Unset:
        """``type_``, as the official SDK spells it."""
        return self.type_
