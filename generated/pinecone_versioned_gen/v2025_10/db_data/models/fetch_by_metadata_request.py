from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchByMetadataRequest")


@_attrs_define(repr=False, eq=False)
class FetchByMetadataRequest(Model):
    """
    Attributes:
        namespace (str | Unset):
        filter_ (Any | Unset):
        limit (int | Unset):  Default: 100.
        pagination_token (str | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "filter": "filter_",
        "paginationToken": "pagination_token",
    }

    namespace: str | Unset = UNSET
    filter_: Any | Unset = UNSET
    limit: int | Unset = 100
    pagination_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        filter_ = self.filter_

        limit = self.limit

        pagination_token = self.pagination_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if pagination_token is not UNSET:
            field_dict["paginationToken"] = pagination_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        namespace = d.pop("namespace", UNSET)

        filter_ = d.pop("filter", UNSET)

        limit = d.pop("limit", UNSET)

        pagination_token = d.pop("paginationToken", UNSET)

        fetch_by_metadata_request = cls(
            namespace=namespace,
            filter_=filter_,
            limit=limit,
            pagination_token=pagination_token,
        )

        fetch_by_metadata_request.additional_properties = d
        return fetch_by_metadata_request

    @property
    def filter(self) -> Any | Unset:
        """``filter_``, as the official SDK spells it."""
        return self.filter_
