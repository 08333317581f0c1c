from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.token_request_audience import TokenRequestAudience
from ..models.token_request_grant_type import TokenRequestGrantType

T = TypeVar("T", bound="TokenRequest")


@_attrs_define(repr=False, eq=False)
class TokenRequest(Model):
    """
    Attributes:
        client_id (str):
        client_secret (str):
        grant_type (TokenRequestGrantType):
        audience (TokenRequestAudience):
    """

    client_id: str
    client_secret: str
    grant_type: TokenRequestGrantType
    audience: TokenRequestAudience
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        grant_type = self.grant_type.value

        audience = self.audience.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": grant_type,
                "audience": audience,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        grant_type = TokenRequestGrantType(d.pop("grant_type"))

        audience = TokenRequestAudience(d.pop("audience"))

        token_request = cls(
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
            audience=audience,
        )

        token_request.additional_properties = d
        return token_request
