from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.import_model_status import ImportModelStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportModel")


@_attrs_define(repr=False, eq=False)
class ImportModel(Model):
    """
    Attributes:
        id (str | Unset):
        uri (str | Unset):
        status (ImportModelStatus | Unset):
        created_at (datetime.datetime | Unset):
        finished_at (datetime.datetime | Unset):
        percent_complete (float | Unset):
        records_imported (int | Unset):
        error (str | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "createdAt": "created_at",
        "finishedAt": "finished_at",
        "percentComplete": "percent_complete",
        "recordsImported": "records_imported",
    }

    id: str | Unset = UNSET
    uri: str | Unset = UNSET
    status: ImportModelStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    percent_complete: float | Unset = UNSET
    records_imported: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uri = self.uri

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        percent_complete = self.percent_complete

        records_imported = self.records_imported

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uri is not UNSET:
            field_dict["uri"] = uri
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if percent_complete is not UNSET:
            field_dict["percentComplete"] = percent_complete
        if records_imported is not UNSET:
            field_dict["recordsImported"] = records_imported
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        uri = d.pop("uri", UNSET)

        _status = d.pop("status", UNSET)
        status: ImportModelStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ImportModelStatus(_status)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _finished_at = d.pop("finishedAt", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        percent_complete = d.pop("percentComplete", UNSET)

        records_imported = d.pop("recordsImported", UNSET)

        error = d.pop("error", UNSET)

        import_model = cls(
            id=id,
            uri=uri,
            status=status,
            created_at=created_at,
            finished_at=finished_at,
            percent_complete=percent_complete,
            records_imported=records_imported,
            error=error,
        )

        import_model.additional_properties = d
        return import_model
