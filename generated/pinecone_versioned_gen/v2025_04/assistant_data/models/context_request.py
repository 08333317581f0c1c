from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_model import MessageModel


T = TypeVar("T", bound="ContextRequest")


@_attrs_define(repr=False, eq=False)
class ContextRequest(Model):
    """
    Attributes:
        query (str | Unset):
        filter_ (Any | Unset):
        messages (list[MessageModel] | Unset):
        top_k (int | Unset):
        snippet_size (int | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "filter": "filter_",
    }

    query: str | Unset = UNSET
    filter_: Any | Unset = UNSET
    messages: list[MessageModel] | Unset = UNSET
    top_k: int | Unset = UNSET
    snippet_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        filter_ = self.filter_

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        top_k = self.top_k

        snippet_size = self.snippet_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if messages is not UNSET:
            field_dict["messages"] = messages
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if snippet_size is not UNSET:
            field_dict["snippet_size"] = snippet_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_model import MessageModel

        d = dict(src_dict)
        query = d.pop("query", UNSET)

        filter_ = d.pop("filter", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[MessageModel] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = MessageModel.from_dict(messages_item_data)

                messages.append(messages_item)

        top_k = d.pop("top_k", UNSET)

        snippet_size = d.pop("snippet_size", UNSET)

        context_request = cls(
            query=query,
            filter_=filter_,
            messages=messages,
            top_k=top_k,
            snippet_size=snippet_size,
        )

        context_request.additional_properties = d
        return context_request

    @property
    def filter(self) -> Any | Unset:
        """``filter_``, as the official SDK spells it."""
        return self.filter_
