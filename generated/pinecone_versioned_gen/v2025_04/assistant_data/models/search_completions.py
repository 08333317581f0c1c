from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.search_completions_model import SearchCompletionsModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_model import MessageModel


T = TypeVar("T", bound="SearchCompletions")


@_attrs_define(repr=False, eq=False)
class SearchCompletions(Model):
    """
    Attributes:
        messages (list[MessageModel]):
        stream (bool | Unset):  Default: False.
        model (SearchCompletionsModel | Unset):  Default: SearchCompletionsModel.GPT_4O.
        temperature (float | Unset):  Default: 0.0.
        filter_ (Any | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "filter": "filter_",
    }

    messages: list[MessageModel]
    stream: bool | Unset = False
    model: SearchCompletionsModel | Unset = SearchCompletionsModel.GPT_4O
    temperature: float | Unset = 0.0
    filter_: Any | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_model import MessageModel

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MessageModel.from_dict(messages_item_data)

            messages.append(messages_item)

        stream = d.pop("stream", UNSET)

        _model = d.pop("model", UNSET)
        model: SearchCompletionsModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = SearchCompletionsModel(_model)

        temperature = d.pop("temperature", UNSET)

        filter_ = d.pop("filter", UNSET)

        search_completions = cls(
            messages=messages,
            stream=stream,
            model=model,
            temperature=temperature,
            filter_=filter_,
        )

        search_completions.additional_properties = d
        return search_completions

    @property
    def filter(self) -> Any | Unset:
        """``filter_``, as the official SDK spells it."""
        return self.filter_
