from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configure_index_embed_field_map import ConfigureIndexEmbedFieldMap
    from ..models.configure_index_embed_read_parameters import ConfigureIndexEmbedReadParameters
    from ..models.configure_index_embed_write_parameters import ConfigureIndexEmbedWriteParameters


T = TypeVar("T", bound="ConfigureIndexEmbed")


@_attrs_define
class ConfigureIndexEmbed:
    """
    Attributes:
        model (str | Unset):
        field_map (ConfigureIndexEmbedFieldMap | Unset):
        read_parameters (ConfigureIndexEmbedReadParameters | Unset):
        write_parameters (ConfigureIndexEmbedWriteParameters | Unset):
    """

    model: str | Unset = UNSET
    field_map: ConfigureIndexEmbedFieldMap | Unset = UNSET
    read_parameters: ConfigureIndexEmbedReadParameters | Unset = UNSET
    write_parameters: ConfigureIndexEmbedWriteParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_map, Unset):
            field_map = self.field_map.to_dict()

        read_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.read_parameters, Unset):
            read_parameters = self.read_parameters.to_dict()

        write_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_parameters, Unset):
            write_parameters = self.write_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if field_map is not UNSET:
            field_dict["field_map"] = field_map
        if read_parameters is not UNSET:
            field_dict["read_parameters"] = read_parameters
        if write_parameters is not UNSET:
            field_dict["write_parameters"] = write_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.configure_index_embed_field_map import ConfigureIndexEmbedFieldMap
        from ..models.configure_index_embed_read_parameters import ConfigureIndexEmbedReadParameters
        from ..models.configure_index_embed_write_parameters import ConfigureIndexEmbedWriteParameters

        d = dict(src_dict)
        model = d.pop("model", UNSET)

        _field_map = d.pop("field_map", UNSET)
        field_map: ConfigureIndexEmbedFieldMap | Unset
        if isinstance(_field_map, Unset):
            field_map = UNSET
        else:
            field_map = ConfigureIndexEmbedFieldMap.from_dict(_field_map)

        _read_parameters = d.pop("read_parameters", UNSET)
        read_parameters: ConfigureIndexEmbedReadParameters | Unset
        if isinstance(_read_parameters, Unset):
            read_parameters = UNSET
        else:
            read_parameters = ConfigureIndexEmbedReadParameters.from_dict(_read_parameters)

        _write_parameters = d.pop("write_parameters", UNSET)
        write_parameters: ConfigureIndexEmbedWriteParameters | Unset
        if isinstance(_write_parameters, Unset):
            write_parameters = UNSET
        else:
            write_parameters = ConfigureIndexEmbedWriteParameters.from_dict(_write_parameters)

        configure_index_embed = cls(
            model=model,
            field_map=field_map,
            read_parameters=read_parameters,
            write_parameters=write_parameters,
        )

        configure_index_embed.additional_properties = d
        return configure_index_embed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
