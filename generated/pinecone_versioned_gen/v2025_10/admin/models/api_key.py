from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.api_key_roles_item import APIKeyRolesItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="APIKey")


@_attrs_define(repr=False, eq=False)
class APIKey(Model):
    """
    Attributes:
        id (UUID):
        name (str):
        project_id (UUID):
        roles (list[APIKeyRolesItem]):
        created_at (datetime.datetime | Unset):
    """

    id: UUID
    name: str
    project_id: UUID
    roles: list[APIKeyRolesItem]
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        project_id = str(self.project_id)

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "project_id": project_id,
                "roles": roles,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        project_id = UUID(d.pop("project_id"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = APIKeyRolesItem(roles_item_data)

            roles.append(roles_item)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        api_key = cls(
            id=id,
            name=name,
            project_id=project_id,
            roles=roles,
            created_at=created_at,
        )

        api_key.additional_properties = d
        return api_key
