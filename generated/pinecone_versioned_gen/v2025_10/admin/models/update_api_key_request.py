from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.update_api_key_request_roles_item import UpdateAPIKeyRequestRolesItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAPIKeyRequest")


@_attrs_define(repr=False, eq=False)
class UpdateAPIKeyRequest(Model):
    """
    Attributes:
        name (str | Unset):
        roles (list[UpdateAPIKeyRequestRolesItem] | Unset):
    """

    name: str | Unset = UNSET
    roles: list[UpdateAPIKeyRequestRolesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.value
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[UpdateAPIKeyRequestRolesItem] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = UpdateAPIKeyRequestRolesItem(roles_item_data)

                roles.append(roles_item)

        update_api_key_request = cls(
            name=name,
            roles=roles,
        )

        update_api_key_request.additional_properties = d
        return update_api_key_request
