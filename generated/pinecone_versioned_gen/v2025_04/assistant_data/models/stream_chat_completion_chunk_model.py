from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice_chunk_model import ChoiceChunkModel


T = TypeVar("T", bound="StreamChatCompletionChunkModel")


@_attrs_define(repr=False, eq=False)
class StreamChatCompletionChunkModel(Model):
    """
    Attributes:
        id (str | Unset):
        choices (list[ChoiceChunkModel] | Unset):
        model (str | Unset):
    """

    id: str | Unset = UNSET
    choices: list[ChoiceChunkModel] | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = []
            for choices_item_data in self.choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if choices is not UNSET:
            field_dict["choices"] = choices
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.choice_chunk_model import ChoiceChunkModel

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _choices = d.pop("choices", UNSET)
        choices: list[ChoiceChunkModel] | Unset = UNSET
        if _choices is not UNSET:
            choices = []
            for choices_item_data in _choices:
                choices_item = ChoiceChunkModel.from_dict(choices_item_data)

                choices.append(choices_item)

        model = d.pop("model", UNSET)

        stream_chat_completion_chunk_model = cls(
            id=id,
            choices=choices,
            model=model,
        )

        stream_chat_completion_chunk_model.additional_properties = d
        return stream_chat_completion_chunk_model
