from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_error_mode import ImportErrorMode


T = TypeVar("T", bound="StartImportRequest")


@_attrs_define(repr=False, eq=False)
class StartImportRequest(Model):
    """
    Attributes:
        uri (str):
        integration_id (str | Unset):
        error_mode (ImportErrorMode | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "integrationId": "integration_id",
        "errorMode": "error_mode",
    }

    uri: str
    integration_id: str | Unset = UNSET
    error_mode: ImportErrorMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        integration_id = self.integration_id

        error_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_mode, Unset):
            error_mode = self.error_mode.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri": uri,
            }
        )
        if integration_id is not UNSET:
            field_dict["integrationId"] = integration_id
        if error_mode is not UNSET:
            field_dict["errorMode"] = error_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.import_error_mode import ImportErrorMode

        d = dict(src_dict)
        uri = d.pop("uri")

        integration_id = d.pop("integrationId", UNSET)

        _error_mode = d.pop("errorMode", UNSET)
        error_mode: ImportErrorMode | Unset
        if isinstance(_error_mode, Unset):
            error_mode = UNSET
        else:
            error_mode = ImportErrorMode.from_dict(_error_mode)

        start_import_request = cls(
            uri=uri,
            integration_id=integration_id,
            error_mode=error_mode,
        )

        start_import_request.additional_properties = d
        return start_import_request
