from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.markdown_type import MarkdownType

if TYPE_CHECKING:
    from ..models.assistant_file_model import AssistantFileModel


T = TypeVar("T", bound="MarkdownReferenceModel")


@_attrs_define(repr=False, eq=False)
class MarkdownReferenceModel(Model):
    """
    Attributes:
        type_ (MarkdownType):
        file (AssistantFileModel):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
    }

    type_: MarkdownType
    file: AssistantFileModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file": file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_file_model import AssistantFileModel

        d = dict(src_dict)
        type_ = MarkdownType(d.pop("type"))

        file = AssistantFileModel.from_dict(d.pop("file"))

        markdown_reference_model = cls(
            type_=type_,
            file=file,
        )

        markdown_reference_model.additional_properties = d
        return markdown_reference_model

    @property
    def type(self) -> MarkdownType:
        """``type_``, as the official SDK spells it."""
        return self.type_
