from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import ListModel

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant import Assistant


T = TypeVar("T", bound="ListAssistantsResponse200")


@_attrs_define(repr=False, eq=False)
class ListAssistantsResponse200(ListModel["Assistant"]):
    """
    Attributes:
        assistants (list[Assistant] | Unset):
    """

    _ITEMS: ClassVar[str] = "assistants"

    assistants: list[Assistant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assistants, Unset):
            assistants = []
            for assistants_item_data in self.assistants:
                assistants_item = assistants_item_data.to_dict()
                assistants.append(assistants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assistants is not UNSET:
            field_dict["assistants"] = assistants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant import Assistant

        d = dict(src_dict)
        _assistants = d.pop("assistants", UNSET)
        assistants: list[Assistant] | Unset = UNSET
        if _assistants is not UNSET:
            assistants = []
            for assistants_item_data in _assistants:
                assistants_item = Assistant.from_dict(assistants_item_data)

                assistants.append(assistants_item)

        list_assistants_response_200 = cls(
            assistants=assistants,
        )

        list_assistants_response_200.additional_properties = d
        return list_assistants_response_200
