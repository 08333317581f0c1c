from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.assistant_file_model_status import AssistantFileModelStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantFileModel")


@_attrs_define(repr=False, eq=False)
class AssistantFileModel(Model):
    """
    Attributes:
        name (str):
        id (UUID):
        metadata (Any | Unset):
        created_on (datetime.datetime | Unset):
        updated_on (datetime.datetime | Unset):
        status (AssistantFileModelStatus | Unset):
        percent_done (float | None | Unset):
        signed_url (None | str | Unset):
        error_message (None | str | Unset):
    """

    name: str
    id: UUID
    metadata: Any | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    status: AssistantFileModelStatus | Unset = UNSET
    percent_done: float | None | Unset = UNSET
    signed_url: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = str(self.id)

        metadata = self.metadata

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        percent_done: float | None | Unset
        if isinstance(self.percent_done, Unset):
            percent_done = UNSET
        else:
            percent_done = self.percent_done

        signed_url: None | str | Unset
        if isinstance(self.signed_url, Unset):
            signed_url = UNSET
        else:
            signed_url = self.signed_url

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if status is not UNSET:
            field_dict["status"] = status
        if percent_done is not UNSET:
            field_dict["percent_done"] = percent_done
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        id = UUID(d.pop("id"))

        metadata = d.pop("metadata", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        _status = d.pop("status", UNSET)
        status: AssistantFileModelStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AssistantFileModelStatus(_status)

        def _parse_percent_done(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percent_done = _parse_percent_done(d.pop("percent_done", UNSET))

        def _parse_signed_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_url = _parse_signed_url(d.pop("signed_url", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        assistant_file_model = cls(
            name=name,
            id=id,
            metadata=metadata,
            created_on=created_on,
            updated_on=updated_on,
            status=status,
            percent_done=percent_done,
            signed_url=signed_url,
            error_message=error_message,
        )

        assistant_file_model.additional_properties = d
        return assistant_file_model
