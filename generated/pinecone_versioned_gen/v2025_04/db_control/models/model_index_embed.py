from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.model_index_embed_metric import ModelIndexEmbedMetric
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelIndexEmbed")


@_attrs_define(repr=False, eq=False)
class ModelIndexEmbed(Model):
    """
    Attributes:
        model (str):
        metric (ModelIndexEmbedMetric | Unset):
        dimension (int | Unset):
        vector_type (str | Unset):  Default: 'dense'.
        field_map (Any | Unset):
        read_parameters (Any | Unset):
        write_parameters (Any | Unset):
    """

    model: str
    metric: ModelIndexEmbedMetric | Unset = UNSET
    dimension: int | Unset = UNSET
    vector_type: str | Unset = "dense"
    field_map: Any | Unset = UNSET
    read_parameters: Any | Unset = UNSET
    write_parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        dimension = self.dimension

        vector_type = self.vector_type

        field_map = self.field_map

        read_parameters = self.read_parameters

        write_parameters = self.write_parameters

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

        field_map = d.pop("field_map", UNSET)

        read_parameters = d.pop("read_parameters", UNSET)

        write_parameters = d.pop("write_parameters", UNSET)

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
