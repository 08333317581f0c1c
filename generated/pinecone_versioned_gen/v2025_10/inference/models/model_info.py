from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.model_info_metric import ModelInfoMetric
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_info_supported_parameter import ModelInfoSupportedParameter


T = TypeVar("T", bound="ModelInfo")


@_attrs_define(repr=False, eq=False)
class ModelInfo(Model):
    """
    Attributes:
        model (str):
        short_description (str):
        type_ (str):
        supported_parameters (list[ModelInfoSupportedParameter]):
        vector_type (str | Unset):
        default_dimension (int | Unset):
        modality (str | Unset):
        max_sequence_length (int | Unset):
        max_batch_size (int | Unset):
        provider_name (str | Unset):
        supported_dimensions (list[int] | Unset):
        supported_metrics (list[ModelInfoMetric] | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
    }

    model: str
    short_description: str
    type_: str
    supported_parameters: list[ModelInfoSupportedParameter]
    vector_type: str | Unset = UNSET
    default_dimension: int | Unset = UNSET
    modality: str | Unset = UNSET
    max_sequence_length: int | Unset = UNSET
    max_batch_size: int | Unset = UNSET
    provider_name: str | Unset = UNSET
    supported_dimensions: list[int] | Unset = UNSET
    supported_metrics: list[ModelInfoMetric] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        short_description = self.short_description

        type_ = self.type_

        supported_parameters = []
        for supported_parameters_item_data in self.supported_parameters:
            supported_parameters_item = supported_parameters_item_data.to_dict()
            supported_parameters.append(supported_parameters_item)

        vector_type = self.vector_type

        default_dimension = self.default_dimension

        modality = self.modality

        max_sequence_length = self.max_sequence_length

        max_batch_size = self.max_batch_size

        provider_name = self.provider_name

        supported_dimensions: list[int] | Unset = UNSET
        if not isinstance(self.supported_dimensions, Unset):
            supported_dimensions = self.supported_dimensions

        supported_metrics: list[str] | Unset = UNSET
        if not isinstance(self.supported_metrics, Unset):
            supported_metrics = []
            for componentsschemas_model_info_supported_metrics_item_data in self.supported_metrics:
                componentsschemas_model_info_supported_metrics_item = (
                    componentsschemas_model_info_supported_metrics_item_data.value
                )
                supported_metrics.append(componentsschemas_model_info_supported_metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "short_description": short_description,
                "type": type_,
                "supported_parameters": supported_parameters,
            }
        )
        if vector_type is not UNSET:
            field_dict["vector_type"] = vector_type
        if default_dimension is not UNSET:
            field_dict["default_dimension"] = default_dimension
        if modality is not UNSET:
            field_dict["modality"] = modality
        if max_sequence_length is not UNSET:
            field_dict["max_sequence_length"] = max_sequence_length
        if max_batch_size is not UNSET:
            field_dict["max_batch_size"] = max_batch_size
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if supported_dimensions is not UNSET:
            field_dict["supported_dimensions"] = supported_dimensions
        if supported_metrics is not UNSET:
            field_dict["supported_metrics"] = supported_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_info_supported_parameter import ModelInfoSupportedParameter

        d = dict(src_dict)
        model = d.pop("model")

        short_description = d.pop("short_description")

        type_ = d.pop("type")

        supported_parameters = []
        _supported_parameters = d.pop("supported_parameters")
        for supported_parameters_item_data in _supported_parameters:
            supported_parameters_item = ModelInfoSupportedParameter.from_dict(supported_parameters_item_data)

            supported_parameters.append(supported_parameters_item)

        vector_type = d.pop("vector_type", UNSET)

        default_dimension = d.pop("default_dimension", UNSET)

        modality = d.pop("modality", UNSET)

        max_sequence_length = d.pop("max_sequence_length", UNSET)

        max_batch_size = d.pop("max_batch_size", UNSET)

        provider_name = d.pop("provider_name", UNSET)

        supported_dimensions = cast(list[int], d.pop("supported_dimensions", UNSET))

        _supported_metrics = d.pop("supported_metrics", UNSET)
        supported_metrics: list[ModelInfoMetric] | Unset = UNSET
        if _supported_metrics is not UNSET:
            supported_metrics = []
            for componentsschemas_model_info_supported_metrics_item_data in _supported_metrics:
                componentsschemas_model_info_supported_metrics_item = ModelInfoMetric(
                    componentsschemas_model_info_supported_metrics_item_data
                )

                supported_metrics.append(componentsschemas_model_info_supported_metrics_item)

        model_info = cls(
            model=model,
            short_description=short_description,
            type_=type_,
            supported_parameters=supported_parameters,
            vector_type=vector_type,
            default_dimension=default_dimension,
            modality=modality,
            max_sequence_length=max_sequence_length,
            max_batch_size=max_batch_size,
            provider_name=provider_name,
            supported_dimensions=supported_dimensions,
            supported_metrics=supported_metrics,
        )

        model_info.additional_properties = d
        return model_info

    @property
    def type(self) -> str:
        """``type_``, as the official SDK spells it."""
        return self.type_
