from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.snippet_model import SnippetModel
    from ..models.usage_model import UsageModel


T = TypeVar("T", bound="ContextModel")


@_attrs_define(repr=False, eq=False)
class ContextModel(Model):
    """
    Attributes:
        snippets (list[SnippetModel]):
        usage (UsageModel):
        id (str | Unset):
    """

    snippets: list[SnippetModel]
    usage: UsageModel
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snippets = []
        for snippets_item_data in self.snippets:
            snippets_item = snippets_item_data.to_dict()
            snippets.append(snippets_item)

        usage = self.usage.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snippets": snippets,
                "usage": usage,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.snippet_model import SnippetModel
        from ..models.usage_model import UsageModel

        d = dict(src_dict)
        snippets = []
        _snippets = d.pop("snippets")
        for snippets_item_data in _snippets:
            snippets_item = SnippetModel.from_dict(snippets_item_data)

            snippets.append(snippets_item)

        usage = UsageModel.from_dict(d.pop("usage"))

        id = d.pop("id", UNSET)

        context_model = cls(
            snippets=snippets,
            usage=usage,
            id=id,
        )

        context_model.additional_properties = d
        return context_model
