from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.serverless_spec_response import ServerlessSpecResponse


T = TypeVar("T", bound="IndexModelServerlessSpec")


@_attrs_define(repr=False, eq=False)
class IndexModelServerlessSpec(Model):
    """
    Attributes:
        serverless (ServerlessSpecResponse):
    """

    serverless: ServerlessSpecResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serverless = self.serverless.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serverless": serverless,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.serverless_spec_response import ServerlessSpecResponse

        d = dict(src_dict)
        serverless = ServerlessSpecResponse.from_dict(d.pop("serverless"))

        index_model_serverless_spec = cls(
            serverless=serverless,
        )

        index_model_serverless_spec.additional_properties = d
        return index_model_serverless_spec
