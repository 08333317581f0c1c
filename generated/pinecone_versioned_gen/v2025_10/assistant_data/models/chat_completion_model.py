from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice_model import ChoiceModel
    from ..models.usage_model import UsageModel


T = TypeVar("T", bound="ChatCompletionModel")


@_attrs_define(repr=False, eq=False)
class ChatCompletionModel(Model):
    """
    Attributes:
        id (str | Unset):
        choices (list[ChoiceModel] | Unset):
        model (str | Unset):
        usage (UsageModel | Unset):
    """

    id: str | Unset = UNSET
    choices: list[ChoiceModel] | Unset = UNSET
    model: str | Unset = UNSET
    usage: UsageModel | Unset = UNSET
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

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if choices is not UNSET:
            field_dict["choices"] = choices
        if model is not UNSET:
            field_dict["model"] = model
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.choice_model import ChoiceModel
        from ..models.usage_model import UsageModel

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _choices = d.pop("choices", UNSET)
        choices: list[ChoiceModel] | Unset = UNSET
        if _choices is not UNSET:
            choices = []
            for choices_item_data in _choices:
                choices_item = ChoiceModel.from_dict(choices_item_data)

                choices.append(choices_item)

        model = d.pop("model", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: UsageModel | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = UsageModel.from_dict(_usage)

        chat_completion_model = cls(
            id=id,
            choices=choices,
            model=model,
            usage=usage,
        )

        chat_completion_model.additional_properties = d
        return chat_completion_model
