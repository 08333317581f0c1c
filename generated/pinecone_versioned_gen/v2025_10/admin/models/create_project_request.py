from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProjectRequest")


@_attrs_define(repr=False, eq=False)
class CreateProjectRequest(Model):
    """
    Attributes:
        name (str):
        max_pods (int | Unset):
        force_encryption_with_cmek (bool | Unset):
    """

    name: str
    max_pods: int | Unset = UNSET
    force_encryption_with_cmek: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        max_pods = self.max_pods

        force_encryption_with_cmek = self.force_encryption_with_cmek

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if max_pods is not UNSET:
            field_dict["max_pods"] = max_pods
        if force_encryption_with_cmek is not UNSET:
            field_dict["force_encryption_with_cmek"] = force_encryption_with_cmek

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        max_pods = d.pop("max_pods", UNSET)

        force_encryption_with_cmek = d.pop("force_encryption_with_cmek", UNSET)

        create_project_request = cls(
            name=name,
            max_pods=max_pods,
            force_encryption_with_cmek=force_encryption_with_cmek,
        )

        create_project_request.additional_properties = d
        return create_project_request
