from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.byoc_spec import ByocSpec
    from ..models.pod_spec import PodSpec
    from ..models.serverless_spec import ServerlessSpec


T = TypeVar("T", bound="IndexModelSpec")


@_attrs_define(repr=False, eq=False)
class IndexModelSpec(Model):
    """
    Attributes:
        byoc (ByocSpec | Unset):
        pod (PodSpec | Unset):
        serverless (ServerlessSpec | Unset):
    """

    byoc: ByocSpec | Unset = UNSET
    pod: PodSpec | Unset = UNSET
    serverless: ServerlessSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        byoc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.byoc, Unset):
            byoc = self.byoc.to_dict()

        pod: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pod, Unset):
            pod = self.pod.to_dict()

        serverless: dict[str, Any] | Unset = UNSET
        if not isinstance(self.serverless, Unset):
            serverless = self.serverless.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if byoc is not UNSET:
            field_dict["byoc"] = byoc
        if pod is not UNSET:
            field_dict["pod"] = pod
        if serverless is not UNSET:
            field_dict["serverless"] = serverless

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.byoc_spec import ByocSpec
        from ..models.pod_spec import PodSpec
        from ..models.serverless_spec import ServerlessSpec

        d = dict(src_dict)
        _byoc = d.pop("byoc", UNSET)
        byoc: ByocSpec | Unset
        if isinstance(_byoc, Unset):
            byoc = UNSET
        else:
            byoc = ByocSpec.from_dict(_byoc)

        _pod = d.pop("pod", UNSET)
        pod: PodSpec | Unset
        if isinstance(_pod, Unset):
            pod = UNSET
        else:
            pod = PodSpec.from_dict(_pod)

        _serverless = d.pop("serverless", UNSET)
        serverless: ServerlessSpec | Unset
        if isinstance(_serverless, Unset):
            serverless = UNSET
        else:
            serverless = ServerlessSpec.from_dict(_serverless)

        index_model_spec = cls(
            byoc=byoc,
            pod=pod,
            serverless=serverless,
        )

        index_model_spec.additional_properties = d
        return index_model_spec
