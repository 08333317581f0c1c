from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define(repr=False, eq=False)
class Pagination(Model):
    """
    Attributes:
        next_ (str | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "next": "next_",
    }

    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        next_ = d.pop("next", UNSET)

        pagination = cls(
            next_=next_,
        )

        pagination.additional_properties = d
        return pagination

    @property
    def next(self) -> str | Unset:
        """``next_``, as the official SDK spells it."""
        return self.next_
