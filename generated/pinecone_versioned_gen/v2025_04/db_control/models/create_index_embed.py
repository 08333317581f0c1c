from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.create_index_embed_metric import CreateIndexEmbedMetric
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIndexEmbed")


@_attrs_define(repr=False, eq=False)
class CreateIndexEmbed(Model):
    """
    Attributes:
        model (str):
        field_map (Any):
        metric (CreateIndexEmbedMetric | Unset):
        dimension (int | Unset):
        read_parameters (Any | Unset):
        write_parameters (Any | Unset):
    """

    model: str
    field_map: Any
    metric: CreateIndexEmbedMetric | Unset = UNSET
    dimension: int | Unset = UNSET
    read_parameters: Any | Unset = UNSET
    write_parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_map = self.field_map

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        dimension = self.dimension

        read_parameters = self.read_parameters

        write_parameters = self.write_parameters

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
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if read_parameters is not UNSET:
            field_dict["read_parameters"] = read_parameters
        if write_parameters is not UNSET:
            field_dict["write_parameters"] = write_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        field_map = d.pop("field_map")

        _metric = d.pop("metric", UNSET)
        metric: CreateIndexEmbedMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = CreateIndexEmbedMetric(_metric)

        dimension = d.pop("dimension", UNSET)

        read_parameters = d.pop("read_parameters", UNSET)

        write_parameters = d.pop("write_parameters", UNSET)

        create_index_embed = cls(
            model=model,
            field_map=field_map,
            metric=metric,
            dimension=dimension,
            read_parameters=read_parameters,
            write_parameters=write_parameters,
        )

        create_index_embed.additional_properties = d
        return create_index_embed
