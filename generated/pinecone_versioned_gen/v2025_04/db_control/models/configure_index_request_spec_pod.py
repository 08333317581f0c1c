from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigureIndexRequestSpecPod")


@_attrs_define(repr=False, eq=False)
class ConfigureIndexRequestSpecPod(Model):
    """
    Attributes:
        replicas (int | Unset):  Default: 1.
        pod_type (str | Unset):  Default: 'p1.x1'.
    """

    replicas: int | Unset = 1
    pod_type: str | Unset = "p1.x1"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replicas = self.replicas

        pod_type = self.pod_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if pod_type is not UNSET:
            field_dict["pod_type"] = pod_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        replicas = d.pop("replicas", UNSET)

        pod_type = d.pop("pod_type", UNSET)

        configure_index_request_spec_pod = cls(
            replicas=replicas,
            pod_type=pod_type,
        )

        configure_index_request_spec_pod.additional_properties = d
        return configure_index_request_spec_pod
