from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.doc_x_type import DocXType

if TYPE_CHECKING:
    from ..models.assistant_file_model import AssistantFileModel


T = TypeVar("T", bound="DocxReferenceModel")


@_attrs_define(repr=False, eq=False)
class DocxReferenceModel(Model):
    """
    Attributes:
        type_ (DocXType):
        file (AssistantFileModel):
        pages (list[int]):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
    }

    type_: DocXType
    file: AssistantFileModel
    pages: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        file = self.file.to_dict()

        pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file": file,
                "pages": pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_file_model import AssistantFileModel

        d = dict(src_dict)
        type_ = DocXType(d.pop("type"))

        file = AssistantFileModel.from_dict(d.pop("file"))

        pages = cast(list[int], d.pop("pages"))

        docx_reference_model = cls(
            type_=type_,
            file=file,
            pages=pages,
        )

        docx_reference_model.additional_properties = d
        return docx_reference_model

    @property
    def type(self) -> DocXType:
        """``type_``, as the official SDK spells it."""
        return self.type_
