from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

T = TypeVar("T", bound="HighlightModelType0")


@_attrs_define(repr=False, eq=False)
class HighlightModelType0(Model):
    """
    Attributes:
        type_ (str):
        content (str):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
    }

    type_: str
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        content = d.pop("content")

        highlight_model_type_0 = cls(
            type_=type_,
            content=content,
        )

        highlight_model_type_0.additional_properties = d
        return highlight_model_type_0

    @property
    def type(self) -> str:
        """``type_``, as the official SDK spells it."""
        return self.type_
