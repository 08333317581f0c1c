from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_file_model import AssistantFileModel
    from ..models.highlight_model_type_0 import HighlightModelType0


T = TypeVar("T", bound="ReferenceModel")


@_attrs_define(repr=False, eq=False)
class ReferenceModel(Model):
    """
    Attributes:
        file (AssistantFileModel | Unset):
        pages (list[int] | Unset):
        highlight (HighlightModelType0 | None | Unset):
    """

    file: AssistantFileModel | Unset = UNSET
    pages: list[int] | Unset = UNSET
    highlight: HighlightModelType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.highlight_model_type_0 import HighlightModelType0

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        pages: list[int] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = self.pages

        highlight: dict[str, Any] | None | Unset
        if isinstance(self.highlight, Unset):
            highlight = UNSET
        elif isinstance(self.highlight, HighlightModelType0):
            highlight = self.highlight.to_dict()
        else:
            highlight = self.highlight

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
        from ..models.highlight_model_type_0 import HighlightModelType0

        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: AssistantFileModel | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = AssistantFileModel.from_dict(_file)

        pages = cast(list[int], d.pop("pages", UNSET))

        def _parse_highlight(data: object) -> HighlightModelType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_highlight_model_type_0 = HighlightModelType0.from_dict(data)

                return componentsschemas_highlight_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HighlightModelType0 | None | Unset, data)

        highlight = _parse_highlight(d.pop("highlight", UNSET))

        reference_model = cls(
            file=file,
            pages=pages,
            highlight=highlight,
        )

        reference_model.additional_properties = d
        return reference_model
