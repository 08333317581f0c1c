from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.chat_model_finish_reason import ChatModelFinishReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_model import CitationModel
    from ..models.message_model import MessageModel
    from ..models.usage_model import UsageModel


T = TypeVar("T", bound="ChatModel")


@_attrs_define(repr=False, eq=False)
class ChatModel(Model):
    """
    Attributes:
        id (str | Unset):
        finish_reason (ChatModelFinishReason | Unset):
        message (MessageModel | Unset):
        model (str | Unset):
        citations (list[CitationModel] | Unset):
        usage (UsageModel | Unset):
    """

    id: str | Unset = UNSET
    finish_reason: ChatModelFinishReason | Unset = UNSET
    message: MessageModel | Unset = UNSET
    model: str | Unset = UNSET
    citations: list[CitationModel] | Unset = UNSET
    usage: UsageModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        finish_reason: str | Unset = UNSET
        if not isinstance(self.finish_reason, Unset):
            finish_reason = self.finish_reason.value

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        model = self.model

        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if message is not UNSET:
            field_dict["message"] = message
        if model is not UNSET:
            field_dict["model"] = model
        if citations is not UNSET:
            field_dict["citations"] = citations
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.citation_model import CitationModel
        from ..models.message_model import MessageModel
        from ..models.usage_model import UsageModel

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _finish_reason = d.pop("finish_reason", UNSET)
        finish_reason: ChatModelFinishReason | Unset
        if isinstance(_finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = ChatModelFinishReason(_finish_reason)

        _message = d.pop("message", UNSET)
        message: MessageModel | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = MessageModel.from_dict(_message)

        model = d.pop("model", UNSET)

        _citations = d.pop("citations", UNSET)
        citations: list[CitationModel] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = CitationModel.from_dict(citations_item_data)

                citations.append(citations_item)

        _usage = d.pop("usage", UNSET)
        usage: UsageModel | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = UsageModel.from_dict(_usage)

        chat_model = cls(
            id=id,
            finish_reason=finish_reason,
            message=message,
            model=model,
            citations=citations,
            usage=usage,
        )

        chat_model.additional_properties = d
        return chat_model
