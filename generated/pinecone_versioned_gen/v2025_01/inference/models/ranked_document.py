from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="RankedDocument")


@_attrs_define(repr=False, eq=False)
class RankedDocument(Model):
    """
    Attributes:
        index (int):
        score (float):
        document (Document | Unset):
    """

    index: int
    score: float
    document: Document | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        score = self.score

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "score": score,
            }
        )
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document import Document

        d = dict(src_dict)
        index = d.pop("index")

        score = d.pop("score")

        _document = d.pop("document", UNSET)
        document: Document | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = Document.from_dict(_document)

        ranked_document = cls(
            index=index,
            score=score,
            document=document,
        )

        ranked_document.additional_properties = d
        return ranked_document
