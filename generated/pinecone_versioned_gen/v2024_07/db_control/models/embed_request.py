from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embed_request_inputs_item import EmbedRequestInputsItem
    from ..models.embed_request_parameters import EmbedRequestParameters


T = TypeVar("T", bound="EmbedRequest")


@_attrs_define(repr=False, eq=False)
class EmbedRequest(Model):
    """
    Attributes:
        model (str):
        inputs (list[EmbedRequestInputsItem]):
        parameters (EmbedRequestParameters | Unset):
    """

    model: str
    inputs: list[EmbedRequestInputsItem]
    parameters: EmbedRequestParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "inputs": inputs,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.embed_request_inputs_item import EmbedRequestInputsItem
        from ..models.embed_request_parameters import EmbedRequestParameters

        d = dict(src_dict)
        model = d.pop("model")

        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = EmbedRequestInputsItem.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        _parameters = d.pop("parameters", UNSET)
        parameters: EmbedRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = EmbedRequestParameters.from_dict(_parameters)

        embed_request = cls(
            model=model,
            inputs=inputs,
            parameters=parameters,
        )

        embed_request.additional_properties = d
        return embed_request
