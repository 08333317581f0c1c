from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

T = TypeVar("T", bound="CreateIndexFromBackupResponse")


@_attrs_define(repr=False, eq=False)
class CreateIndexFromBackupResponse(Model):
    """
    Attributes:
        restore_job_id (str):
        index_id (str):
    """

    restore_job_id: str
    index_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restore_job_id = self.restore_job_id

        index_id = self.index_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "restore_job_id": restore_job_id,
                "index_id": index_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        restore_job_id = d.pop("restore_job_id")

        index_id = d.pop("index_id")

        create_index_from_backup_response = cls(
            restore_job_id=restore_job_id,
            index_id=index_id,
        )

        create_index_from_backup_response.additional_properties = d
        return create_index_from_backup_response
