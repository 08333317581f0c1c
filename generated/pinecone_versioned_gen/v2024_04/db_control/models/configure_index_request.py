from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.configure_index_request_spec import ConfigureIndexRequestSpec


T = TypeVar("T", bound="ConfigureIndexRequest")


@_attrs_define(repr=False, eq=False)
class ConfigureIndexRequest(Model):
    """
    Attributes:
        spec (ConfigureIndexRequestSpec):
    """

    spec: ConfigureIndexRequestSpec
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spec": spec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.configure_index_request_spec import ConfigureIndexRequestSpec

        d = dict(src_dict)
        spec = ConfigureIndexRequestSpec.from_dict(d.pop("spec"))

        configure_index_request = cls(
            spec=spec,
        )

        configure_index_request.additional_properties = d
        return configure_index_request
