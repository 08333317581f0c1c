from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigureIndexEmbed")


@_attrs_define(repr=False, eq=False)
class ConfigureIndexEmbed(Model):
    """
    Attributes:
        model (str | Unset):
        field_map (Any | Unset):
        read_parameters (Any | Unset):
        write_parameters (Any | Unset):
    """

    model: str | Unset = UNSET
    field_map: Any | Unset = UNSET
    read_parameters: Any | Unset = UNSET
    write_parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_map = self.field_map

        read_parameters = self.read_parameters

        write_parameters = self.write_parameters

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
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        field_map = d.pop("field_map", UNSET)

        read_parameters = d.pop("read_parameters", UNSET)

        write_parameters = d.pop("write_parameters", UNSET)

        configure_index_embed = cls(
            model=model,
            field_map=field_map,
            read_parameters=read_parameters,
            write_parameters=write_parameters,
        )

        configure_index_embed.additional_properties = d
        return configure_index_embed
