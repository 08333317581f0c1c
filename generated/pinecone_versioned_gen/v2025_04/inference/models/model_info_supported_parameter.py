from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelInfoSupportedParameter")


@_attrs_define(repr=False, eq=False)
class ModelInfoSupportedParameter(Model):
    """
    Attributes:
        parameter (str):
        type_ (str):
        value_type (str):
        required (bool):
        allowed_values (list[int | str] | Unset):
        min_ (float | Unset):
        max_ (float | Unset):
        default (bool | float | int | str | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
        "min": "min_",
        "max": "max_",
    }

    parameter: str
    type_: str
    value_type: str
    required: bool
    allowed_values: list[int | str] | Unset = UNSET
    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
    default: bool | float | int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameter = self.parameter

        type_ = self.type_

        value_type = self.value_type

        required = self.required

        allowed_values: list[int | str] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = []
            for allowed_values_item_data in self.allowed_values:
                allowed_values_item: int | str
                allowed_values_item = allowed_values_item_data
                allowed_values.append(allowed_values_item)

        min_ = self.min_

        max_ = self.max_

        default: bool | float | int | str | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameter": parameter,
                "type": type_,
                "value_type": value_type,
                "required": required,
            }
        )
        if allowed_values is not UNSET:
            field_dict["allowed_values"] = allowed_values
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parameter = d.pop("parameter")

        type_ = d.pop("type")

        value_type = d.pop("value_type")

        required = d.pop("required")

        _allowed_values = d.pop("allowed_values", UNSET)
        allowed_values: list[int | str] | Unset = UNSET
        if _allowed_values is not UNSET:
            allowed_values = []
            for allowed_values_item_data in _allowed_values:

                def _parse_allowed_values_item(data: object) -> int | str:
                    return cast(int | str, data)

                allowed_values_item = _parse_allowed_values_item(allowed_values_item_data)

                allowed_values.append(allowed_values_item)

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        def _parse_default(data: object) -> bool | float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | int | str | Unset, data)

        default = _parse_default(d.pop("default", UNSET))

        model_info_supported_parameter = cls(
            parameter=parameter,
            type_=type_,
            value_type=value_type,
            required=required,
            allowed_values=allowed_values,
            min_=min_,
            max_=max_,
            default=default,
        )

        model_info_supported_parameter.additional_properties = d
        return model_info_supported_parameter

    @property
    def type(self) -> str:
        """``type_``, as the official SDK spells it."""
        return self.type_

    @property
    def min(self) -> float | Unset:
        """``min_``, as the official SDK spells it."""
        return self.min_

    @property
    def max(self) -> float | Unset:
        """``max_``, as the official SDK spells it."""
        return self.max_
