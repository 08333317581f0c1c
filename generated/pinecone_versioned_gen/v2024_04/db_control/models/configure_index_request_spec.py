from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.configure_index_request_spec_pod import ConfigureIndexRequestSpecPod


T = TypeVar("T", bound="ConfigureIndexRequestSpec")


@_attrs_define(repr=False, eq=False)
class ConfigureIndexRequestSpec(Model):
    """
    Attributes:
        pod (ConfigureIndexRequestSpecPod):
    """

    pod: ConfigureIndexRequestSpecPod
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pod = self.pod.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pod": pod,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.configure_index_request_spec_pod import ConfigureIndexRequestSpecPod

        d = dict(src_dict)
        pod = ConfigureIndexRequestSpecPod.from_dict(d.pop("pod"))

        configure_index_request_spec = cls(
            pod=pod,
        )

        configure_index_request_spec.additional_properties = d
        return configure_index_request_spec
