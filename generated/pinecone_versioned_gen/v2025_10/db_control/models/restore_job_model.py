from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreJobModel")


@_attrs_define(repr=False, eq=False)
class RestoreJobModel(Model):
    """
    Attributes:
        restore_job_id (str):
        backup_id (str):
        target_index_name (str):
        target_index_id (str):
        status (str):
        created_at (datetime.datetime):
        completed_at (datetime.datetime | Unset):
        percent_complete (float | Unset):
    """

    restore_job_id: str
    backup_id: str
    target_index_name: str
    target_index_id: str
    status: str
    created_at: datetime.datetime
    completed_at: datetime.datetime | Unset = UNSET
    percent_complete: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restore_job_id = self.restore_job_id

        backup_id = self.backup_id

        target_index_name = self.target_index_name

        target_index_id = self.target_index_id

        status = self.status

        created_at = self.created_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        percent_complete = self.percent_complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "restore_job_id": restore_job_id,
                "backup_id": backup_id,
                "target_index_name": target_index_name,
                "target_index_id": target_index_id,
                "status": status,
                "created_at": created_at,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if percent_complete is not UNSET:
            field_dict["percent_complete"] = percent_complete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        restore_job_id = d.pop("restore_job_id")

        backup_id = d.pop("backup_id")

        target_index_name = d.pop("target_index_name")

        target_index_id = d.pop("target_index_id")

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        percent_complete = d.pop("percent_complete", UNSET)

        restore_job_model = cls(
            restore_job_id=restore_job_id,
            backup_id=backup_id,
            target_index_name=target_index_name,
            target_index_id=target_index_id,
            status=status,
            created_at=created_at,
            completed_at=completed_at,
            percent_complete=percent_complete,
        )

        restore_job_model.additional_properties = d
        return restore_job_model
