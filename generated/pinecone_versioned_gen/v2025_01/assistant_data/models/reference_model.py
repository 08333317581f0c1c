from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_file_model import AssistantFileModel
    from ..models.highlight_model import HighlightModel


T = TypeVar("T", bound="ReferenceModel")


@_attrs_define(repr=False, eq=False)
class ReferenceModel(Model):
    """
    Attributes:
        file (AssistantFileModel | Unset):
        pages (list[int] | Unset):
        highlight (HighlightModel | Unset):
    """

    file: AssistantFileModel | Unset = UNSET
    pages: list[int] | Unset = UNSET
    highlight: HighlightModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        pages: list[int] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = self.pages

        highlight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.highlight, Unset):
            highlight = self.highlight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if pages is not UNSET:
            field_dict["pages"] = pages
        if highlight is not UNSET:
            field_dict["highlight"] = highlight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_file_model import AssistantFileModel
        from ..models.highlight_model import HighlightModel

        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: AssistantFileModel | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = AssistantFileModel.from_dict(_file)

        pages = cast(list[int], d.pop("pages", UNSET))

        _highlight = d.pop("highlight", UNSET)
        highlight: HighlightModel | Unset
        if isinstance(_highlight, Unset):
            highlight = UNSET
        else:
            highlight = HighlightModel.from_dict(_highlight)

        reference_model = cls(
            file=file,
            pages=pages,
            highlight=highlight,
        )

        reference_model.additional_properties = d
        return reference_model
