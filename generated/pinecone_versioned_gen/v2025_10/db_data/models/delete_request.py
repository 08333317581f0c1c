from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteRequest")


@_attrs_define(repr=False, eq=False)
class DeleteRequest(Model):
    """
    Attributes:
        ids (list[str] | Unset):
        delete_all (bool | Unset):  Default: False.
        namespace (str | Unset):
        filter_ (Any | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "deleteAll": "delete_all",
        "filter": "filter_",
    }

    ids: list[str] | Unset = UNSET
    delete_all: bool | Unset = False
    namespace: str | Unset = UNSET
    filter_: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        delete_all = self.delete_all

        namespace = self.namespace

        filter_ = self.filter_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if delete_all is not UNSET:
            field_dict["deleteAll"] = delete_all
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        delete_all = d.pop("deleteAll", UNSET)

        namespace = d.pop("namespace", UNSET)

        filter_ = d.pop("filter", UNSET)

        delete_request = cls(
            ids=ids,
            delete_all=delete_all,
            namespace=namespace,
            filter_=filter_,
        )

        delete_request.additional_properties = d
        return delete_request

    @property
    def filter(self) -> Any | Unset:
        """``filter_``, as the official SDK spells it."""
        return self.filter_
