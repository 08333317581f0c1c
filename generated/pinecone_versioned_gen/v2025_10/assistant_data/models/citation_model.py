from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_model import ReferenceModel


T = TypeVar("T", bound="CitationModel")


@_attrs_define(repr=False, eq=False)
class CitationModel(Model):
    """
    Attributes:
        position (int | Unset):
        references (list[ReferenceModel] | Unset):
    """

    position: int | Unset = UNSET
    references: list[ReferenceModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if references is not UNSET:
            field_dict["references"] = references

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_model import ReferenceModel

        d = dict(src_dict)
        position = d.pop("position", UNSET)

        _references = d.pop("references", UNSET)
        references: list[ReferenceModel] | Unset = UNSET
        if _references is not UNSET:
            references = []
            for references_item_data in _references:
                references_item = ReferenceModel.from_dict(references_item_data)

                references.append(references_item)

        citation_model = cls(
            position=position,
            references=references,
        )

        citation_model.additional_properties = d
        return citation_model
