from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_response_vectors import FetchResponseVectors
    from ..models.usage import Usage


T = TypeVar("T", bound="FetchResponse")


@_attrs_define(repr=False, eq=False)
class FetchResponse(Model):
    """
    Attributes:
        vectors (FetchResponseVectors | Unset):
        namespace (str | Unset):
        usage (Usage | Unset):
    """

    vectors: FetchResponseVectors | Unset = UNSET
    namespace: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vectors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vectors, Unset):
            vectors = self.vectors.to_dict()

        namespace = self.namespace

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vectors is not UNSET:
            field_dict["vectors"] = vectors
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fetch_response_vectors import FetchResponseVectors
        from ..models.usage import Usage

        d = dict(src_dict)
        _vectors = d.pop("vectors", UNSET)
        vectors: FetchResponseVectors | Unset
        if isinstance(_vectors, Unset):
            vectors = UNSET
        else:
            vectors = FetchResponseVectors.from_dict(_vectors)

        namespace = d.pop("namespace", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        fetch_response = cls(
            vectors=vectors,
            namespace=namespace,
            usage=usage,
        )

        fetch_response.additional_properties = d
        return fetch_response
