from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.import_error_mode_on_error import ImportErrorModeOnError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportErrorMode")


@_attrs_define(repr=False, eq=False)
class ImportErrorMode(Model):
    """
    Attributes:
        on_error (ImportErrorModeOnError | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "onError": "on_error",
    }

    on_error: ImportErrorModeOnError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_error: str | Unset = UNSET
        if not isinstance(self.on_error, Unset):
            on_error = self.on_error.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_error is not UNSET:
            field_dict["onError"] = on_error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _on_error = d.pop("onError", UNSET)
        on_error: ImportErrorModeOnError | Unset
        if isinstance(_on_error, Unset):
            on_error = UNSET
        else:
            on_error = ImportErrorModeOnError(_on_error)

        import_error_mode = cls(
            on_error=on_error,
        )

        import_error_mode.additional_properties = d
        return import_error_mode
