from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.api_key import APIKey


T = TypeVar("T", bound="APIKeyWithSecret")


@_attrs_define(repr=False, eq=False)
class APIKeyWithSecret(Model):
    """
    Attributes:
        key (APIKey):
        value (str):
    """

    key: APIKey
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.to_dict()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_key import APIKey

        d = dict(src_dict)
        key = APIKey.from_dict(d.pop("key"))

        value = d.pop("value")

        api_key_with_secret = cls(
            key=key,
            value=value,
        )

        api_key_with_secret.additional_properties = d
        return api_key_with_secret
