from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define(repr=False, eq=False)
class Project(Model):
    """
    Attributes:
        id (UUID):
        name (str):
        max_pods (int):
        force_encryption_with_cmek (bool):
        organization_id (str):
        created_at (datetime.datetime | Unset):
    """

    id: UUID
    name: str
    max_pods: int
    force_encryption_with_cmek: bool
    organization_id: str
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        max_pods = self.max_pods

        force_encryption_with_cmek = self.force_encryption_with_cmek

        organization_id = self.organization_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "max_pods": max_pods,
                "force_encryption_with_cmek": force_encryption_with_cmek,
                "organization_id": organization_id,
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

        max_pods = d.pop("max_pods")

        force_encryption_with_cmek = d.pop("force_encryption_with_cmek")

        organization_id = d.pop("organization_id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        project = cls(
            id=id,
            name=name,
            max_pods=max_pods,
            force_encryption_with_cmek=force_encryption_with_cmek,
            organization_id=organization_id,
            created_at=created_at,
        )

        project.additional_properties = d
        return project
