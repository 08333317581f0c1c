from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import ListModel

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_info import ModelInfo


T = TypeVar("T", bound="ModelInfoList")


@_attrs_define(repr=False, eq=False)
class ModelInfoList(ListModel["ModelInfo"]):
    """
    Attributes:
        models (list[ModelInfo] | Unset):
    """

    _ITEMS: ClassVar[str] = "models"

    models: list[ModelInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_info import ModelInfo

        d = dict(src_dict)
        _models = d.pop("models", UNSET)
        models: list[ModelInfo] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:
                models_item = ModelInfo.from_dict(models_item_data)

                models.append(models_item)

        model_info_list = cls(
            models=models,
        )

        model_info_list.additional_properties = d
        return model_info_list
