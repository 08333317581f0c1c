from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_index_embed_metric import ModelIndexEmbedMetric
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_index_embed_field_map import ModelIndexEmbedFieldMap
    from ..models.model_index_embed_read_parameters import ModelIndexEmbedReadParameters
    from ..models.model_index_embed_write_parameters import ModelIndexEmbedWriteParameters


T = TypeVar("T", bound="ModelIndexEmbed")


@_attrs_define
class ModelIndexEmbed:
    """
    Attributes:
        model (str):
        metric (ModelIndexEmbedMetric | Unset):
        dimension (int | Unset):
        vector_type (str | Unset):  Default: 'dense'.
        field_map (ModelIndexEmbedFieldMap | Unset):
        read_parameters (ModelIndexEmbedReadParameters | Unset):
        write_parameters (ModelIndexEmbedWriteParameters | Unset):
    """

    model: str
    metric: ModelIndexEmbedMetric | Unset = UNSET
    dimension: int | Unset = UNSET
    vector_type: str | Unset = "dense"
    field_map: ModelIndexEmbedFieldMap | Unset = UNSET
    read_parameters: ModelIndexEmbedReadParameters | Unset = UNSET
    write_parameters: ModelIndexEmbedWriteParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        dimension = self.dimension

        vector_type = self.vector_type

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
        field_dict.update(
            {
                "model": model,
            }
        )
        if metric is not UNSET:
            field_dict["metric"] = metric
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if vector_type is not UNSET:
            field_dict["vector_type"] = vector_type
        if field_map is not UNSET:
            field_dict["field_map"] = field_map
        if read_parameters is not UNSET:
            field_dict["read_parameters"] = read_parameters
        if write_parameters is not UNSET:
            field_dict["write_parameters"] = write_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_index_embed_field_map import ModelIndexEmbedFieldMap
        from ..models.model_index_embed_read_parameters import ModelIndexEmbedReadParameters
        from ..models.model_index_embed_write_parameters import ModelIndexEmbedWriteParameters

        d = dict(src_dict)
        model = d.pop("model")

        _metric = d.pop("metric", UNSET)
        metric: ModelIndexEmbedMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = ModelIndexEmbedMetric(_metric)

        dimension = d.pop("dimension", UNSET)

        vector_type = d.pop("vector_type", UNSET)

        _field_map = d.pop("field_map", UNSET)
        field_map: ModelIndexEmbedFieldMap | Unset
        if isinstance(_field_map, Unset):
            field_map = UNSET
        else:
            field_map = ModelIndexEmbedFieldMap.from_dict(_field_map)

        _read_parameters = d.pop("read_parameters", UNSET)
        read_parameters: ModelIndexEmbedReadParameters | Unset
        if isinstance(_read_parameters, Unset):
            read_parameters = UNSET
        else:
            read_parameters = ModelIndexEmbedReadParameters.from_dict(_read_parameters)

        _write_parameters = d.pop("write_parameters", UNSET)
        write_parameters: ModelIndexEmbedWriteParameters | Unset
        if isinstance(_write_parameters, Unset):
            write_parameters = UNSET
        else:
            write_parameters = ModelIndexEmbedWriteParameters.from_dict(_write_parameters)

        model_index_embed = cls(
            model=model,
            metric=metric,
            dimension=dimension,
            vector_type=vector_type,
            field_map=field_map,
            read_parameters=read_parameters,
            write_parameters=write_parameters,
        )

        model_index_embed.additional_properties = d
        return model_index_embed

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
