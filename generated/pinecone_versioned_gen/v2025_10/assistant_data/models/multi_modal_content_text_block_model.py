from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.text_type import TextType

T = TypeVar("T", bound="MultiModalContentTextBlockModel")


@_attrs_define(repr=False, eq=False)
class MultiModalContentTextBlockModel(Model):
    """
    Attributes:
        type_ (TextType):
        text (str):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
    }

    type_: TextType
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = TextType(d.pop("type"))

        text = d.pop("text")

        multi_modal_content_text_block_model = cls(
            type_=type_,
            text=text,
        )

        multi_modal_content_text_block_model.additional_properties = d
        return multi_modal_content_text_block_model

    @property
    def type(self) -> TextType:
        """``type_``, as the official SDK spells it."""
        return self.type_
