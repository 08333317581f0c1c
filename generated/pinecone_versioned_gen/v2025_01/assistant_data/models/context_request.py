from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.context_request_filter import ContextRequestFilter
    from ..models.message_model import MessageModel


T = TypeVar("T", bound="ContextRequest")


@_attrs_define
class ContextRequest:
    """
    Attributes:
        query (str | Unset):
        filter_ (ContextRequestFilter | Unset):
        messages (list[MessageModel] | Unset):
        top_k (int | Unset):
    """

    query: str | Unset = UNSET
    filter_: ContextRequestFilter | Unset = UNSET
    messages: list[MessageModel] | Unset = UNSET
    top_k: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        top_k = self.top_k

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.context_request_filter import ContextRequestFilter
        from ..models.message_model import MessageModel

        d = dict(src_dict)
        query = d.pop("query", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: ContextRequestFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ContextRequestFilter.from_dict(_filter_)

        _messages = d.pop("messages", UNSET)
        messages: list[MessageModel] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = MessageModel.from_dict(messages_item_data)

                messages.append(messages_item)

        top_k = d.pop("top_k", UNSET)

        context_request = cls(
            query=query,
            filter_=filter_,
            messages=messages,
            top_k=top_k,
        )

        context_request.additional_properties = d
        return context_request

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
