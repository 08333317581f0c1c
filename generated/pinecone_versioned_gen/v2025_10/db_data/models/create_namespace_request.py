from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_schema import MetadataSchema


T = TypeVar("T", bound="CreateNamespaceRequest")


@_attrs_define(repr=False, eq=False)
class CreateNamespaceRequest(Model):
    """
    Attributes:
        name (str):
        schema (MetadataSchema | Unset):
    """

    name: str
    schema: MetadataSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_schema import MetadataSchema

        d = dict(src_dict)
        name = d.pop("name")

        _schema = d.pop("schema", UNSET)
        schema: MetadataSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = MetadataSchema.from_dict(_schema)

        create_namespace_request = cls(
            name=name,
            schema=schema,
        )

        create_namespace_request.additional_properties = d
        return create_namespace_request
