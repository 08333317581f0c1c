from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.chat_language_model import ChatLanguageModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.context_options_model import ContextOptionsModel
    from ..models.message_model import MessageModel


T = TypeVar("T", bound="Chat")


@_attrs_define(repr=False, eq=False)
class Chat(Model):
    """
    Attributes:
        messages (list[MessageModel]):
        stream (bool | Unset):  Default: False.
        model (ChatLanguageModel | Unset):
        temperature (float | Unset):  Default: 0.0.
        filter_ (Any | Unset):
        json_response (bool | Unset):  Default: False.
        include_highlights (bool | Unset):  Default: False.
        context_options (ContextOptionsModel | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "filter": "filter_",
    }

    messages: list[MessageModel]
    stream: bool | Unset = False
    model: ChatLanguageModel | Unset = UNSET
    temperature: float | Unset = 0.0
    filter_: Any | Unset = UNSET
    json_response: bool | Unset = False
    include_highlights: bool | Unset = False
    context_options: ContextOptionsModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        stream = self.stream

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        temperature = self.temperature

        filter_ = self.filter_

        json_response = self.json_response

        include_highlights = self.include_highlights

        context_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context_options, Unset):
            context_options = self.context_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream
        if model is not UNSET:
            field_dict["model"] = model
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if json_response is not UNSET:
            field_dict["json_response"] = json_response
        if include_highlights is not UNSET:
            field_dict["include_highlights"] = include_highlights
        if context_options is not UNSET:
            field_dict["context_options"] = context_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.context_options_model import ContextOptionsModel
        from ..models.message_model import MessageModel

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MessageModel.from_dict(messages_item_data)

            messages.append(messages_item)

        stream = d.pop("stream", UNSET)

        _model = d.pop("model", UNSET)
        model: ChatLanguageModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = ChatLanguageModel(_model)

        temperature = d.pop("temperature", UNSET)

        filter_ = d.pop("filter", UNSET)

        json_response = d.pop("json_response", UNSET)

        include_highlights = d.pop("include_highlights", UNSET)

        _context_options = d.pop("context_options", UNSET)
        context_options: ContextOptionsModel | Unset
        if isinstance(_context_options, Unset):
            context_options = UNSET
        else:
            context_options = ContextOptionsModel.from_dict(_context_options)

        chat = cls(
            messages=messages,
            stream=stream,
            model=model,
            temperature=temperature,
            filter_=filter_,
            json_response=json_response,
            include_highlights=include_highlights,
            context_options=context_options,
        )

        chat.additional_properties = d
        return chat

    @property
    def filter(self) -> Any | Unset:
        """``filter_``, as the official SDK spells it."""
        return self.filter_
