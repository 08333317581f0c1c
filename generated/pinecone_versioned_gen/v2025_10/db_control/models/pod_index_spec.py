from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.pod_spec import PodSpec


T = TypeVar("T", bound="PodIndexSpec")


@_attrs_define(repr=False, eq=False)
class PodIndexSpec(Model):
    """
    Attributes:
        pod (PodSpec):
    """

    pod: PodSpec
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
        from ..models.pod_spec import PodSpec

        d = dict(src_dict)
        pod = PodSpec.from_dict(d.pop("pod"))

        pod_index_spec = cls(
            pod=pod,
        )

        pod_index_spec.additional_properties = d
        return pod_index_spec
