from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_type import JsonType

if TYPE_CHECKING:
    from ..models.assistant_file_model import AssistantFileModel


T = TypeVar("T", bound="JsonReferenceModel")


@_attrs_define
class JsonReferenceModel:
    """
    Attributes:
        type_ (JsonType):
        file (AssistantFileModel):
    """

    type_: JsonType
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_file_model import AssistantFileModel

        d = dict(src_dict)
        type_ = JsonType(d.pop("type"))

        file = AssistantFileModel.from_dict(d.pop("file"))

        json_reference_model = cls(
            type_=type_,
            file=file,
        )

        json_reference_model.additional_properties = d
        return json_reference_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
