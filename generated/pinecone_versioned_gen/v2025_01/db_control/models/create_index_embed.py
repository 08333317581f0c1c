from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_index_embed_metric import CreateIndexEmbedMetric
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_index_embed_field_map import CreateIndexEmbedFieldMap
    from ..models.create_index_embed_read_parameters import CreateIndexEmbedReadParameters
    from ..models.create_index_embed_write_parameters import CreateIndexEmbedWriteParameters


T = TypeVar("T", bound="CreateIndexEmbed")


@_attrs_define
class CreateIndexEmbed:
    """
    Attributes:
        model (str):
        field_map (CreateIndexEmbedFieldMap):
        metric (CreateIndexEmbedMetric | Unset):
        read_parameters (CreateIndexEmbedReadParameters | Unset):
        write_parameters (CreateIndexEmbedWriteParameters | Unset):
    """

    model: str
    field_map: CreateIndexEmbedFieldMap
    metric: CreateIndexEmbedMetric | Unset = UNSET
    read_parameters: CreateIndexEmbedReadParameters | Unset = UNSET
    write_parameters: CreateIndexEmbedWriteParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_map = self.field_map.to_dict()

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        read_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.read_parameters, Unset):
            read_parameters = self.read_parameters.to_dict()

        write_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_parameters, Unset):
            write_parameters = self.write_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "field_map": field_map,
            }
        )
        if metric is not UNSET:
            field_dict["metric"] = metric
        if read_parameters is not UNSET:
            field_dict["read_parameters"] = read_parameters
        if write_parameters is not UNSET:
            field_dict["write_parameters"] = write_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_index_embed_field_map import CreateIndexEmbedFieldMap
        from ..models.create_index_embed_read_parameters import CreateIndexEmbedReadParameters
        from ..models.create_index_embed_write_parameters import CreateIndexEmbedWriteParameters

        d = dict(src_dict)
        model = d.pop("model")

        field_map = CreateIndexEmbedFieldMap.from_dict(d.pop("field_map"))

        _metric = d.pop("metric", UNSET)
        metric: CreateIndexEmbedMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = CreateIndexEmbedMetric(_metric)

        _read_parameters = d.pop("read_parameters", UNSET)
        read_parameters: CreateIndexEmbedReadParameters | Unset
        if isinstance(_read_parameters, Unset):
            read_parameters = UNSET
        else:
            read_parameters = CreateIndexEmbedReadParameters.from_dict(_read_parameters)

        _write_parameters = d.pop("write_parameters", UNSET)
        write_parameters: CreateIndexEmbedWriteParameters | Unset
        if isinstance(_write_parameters, Unset):
            write_parameters = UNSET
        else:
            write_parameters = CreateIndexEmbedWriteParameters.from_dict(_write_parameters)

        create_index_embed = cls(
            model=model,
            field_map=field_map,
            metric=metric,
            read_parameters=read_parameters,
            write_parameters=write_parameters,
        )

        create_index_embed.additional_properties = d
        return create_index_embed

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
