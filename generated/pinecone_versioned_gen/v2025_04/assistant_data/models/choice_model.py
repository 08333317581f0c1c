from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.choice_model_finish_reason import ChoiceModelFinishReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_model import MessageModel


T = TypeVar("T", bound="ChoiceModel")


@_attrs_define(repr=False, eq=False)
class ChoiceModel(Model):
    """
    Attributes:
        finish_reason (ChoiceModelFinishReason | Unset):
        index (int | Unset):
        message (MessageModel | Unset):
    """

    finish_reason: ChoiceModelFinishReason | Unset = UNSET
    index: int | Unset = UNSET
    message: MessageModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finish_reason: str | Unset = UNSET
        if not isinstance(self.finish_reason, Unset):
            finish_reason = self.finish_reason.value

        index = self.index

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if index is not UNSET:
            field_dict["index"] = index
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_model import MessageModel

        d = dict(src_dict)
        _finish_reason = d.pop("finish_reason", UNSET)
        finish_reason: ChoiceModelFinishReason | Unset
        if isinstance(_finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = ChoiceModelFinishReason(_finish_reason)

        index = d.pop("index", UNSET)

        _message = d.pop("message", UNSET)
        message: MessageModel | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = MessageModel.from_dict(_message)

        choice_model = cls(
            finish_reason=finish_reason,
            index=index,
            message=message,
        )

        choice_model.additional_properties = d
        return choice_model
