from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.index_model_status_state import IndexModelStatusState

T = TypeVar("T", bound="IndexModelStatus")


@_attrs_define(repr=False, eq=False)
class IndexModelStatus(Model):
    """
    Attributes:
        ready (bool):
        state (IndexModelStatusState):
    """

    ready: bool
    state: IndexModelStatusState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ready = self.ready

        state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ready": ready,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ready = d.pop("ready")

        state = IndexModelStatusState(d.pop("state"))

        index_model_status = cls(
            ready=ready,
            state=state,
        )

        index_model_status.additional_properties = d
        return index_model_status
