from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_request_filter import DeleteRequestFilter


T = TypeVar("T", bound="DeleteRequest")


@_attrs_define
class DeleteRequest:
    """
    Attributes:
        ids (list[str] | Unset):
        delete_all (bool | Unset):  Default: False.
        namespace (str | Unset):
        filter_ (DeleteRequestFilter | Unset):
    """

    ids: list[str] | Unset = UNSET
    delete_all: bool | Unset = False
    namespace: str | Unset = UNSET
    filter_: DeleteRequestFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        delete_all = self.delete_all

        namespace = self.namespace

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

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
        from ..models.delete_request_filter import DeleteRequestFilter

        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        delete_all = d.pop("deleteAll", UNSET)

        namespace = d.pop("namespace", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: DeleteRequestFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = DeleteRequestFilter.from_dict(_filter_)

        delete_request = cls(
            ids=ids,
            delete_all=delete_all,
            namespace=namespace,
            filter_=filter_,
        )

        delete_request.additional_properties = d
        return delete_request

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
