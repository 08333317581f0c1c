from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice_chunk_model_delta import ChoiceChunkModelDelta


T = TypeVar("T", bound="ChoiceChunkModel")


@_attrs_define(repr=False, eq=False)
class ChoiceChunkModel(Model):
    """
    Attributes:
        finish_reason (None | str | Unset):
        index (int | Unset):
        delta (ChoiceChunkModelDelta | Unset):
    """

    finish_reason: None | str | Unset = UNSET
    index: int | Unset = UNSET
    delta: ChoiceChunkModelDelta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = self.finish_reason

        index = self.index

        delta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delta, Unset):
            delta = self.delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if index is not UNSET:
            field_dict["index"] = index
        if delta is not UNSET:
            field_dict["delta"] = delta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.choice_chunk_model_delta import ChoiceChunkModelDelta

        d = dict(src_dict)

        def _parse_finish_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        index = d.pop("index", UNSET)

        _delta = d.pop("delta", UNSET)
        delta: ChoiceChunkModelDelta | Unset
        if isinstance(_delta, Unset):
            delta = UNSET
        else:
            delta = ChoiceChunkModelDelta.from_dict(_delta)

        choice_chunk_model = cls(
            finish_reason=finish_reason,
            index=index,
            delta=delta,
        )

        choice_chunk_model.additional_properties = d
        return choice_chunk_model
