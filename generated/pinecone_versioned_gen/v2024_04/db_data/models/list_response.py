from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import ListModel

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_item import ListItem
    from ..models.pagination import Pagination
    from ..models.usage import Usage


T = TypeVar("T", bound="ListResponse")


@_attrs_define(repr=False, eq=False)
class ListResponse(ListModel["ListItem"]):
    """
    Attributes:
        vectors (list[ListItem] | Unset):
        pagination (Pagination | Unset):
        namespace (str | Unset):
        usage (Usage | Unset):
    """

    _ITEMS: ClassVar[str] = "vectors"

    vectors: list[ListItem] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    namespace: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vectors, Unset):
            vectors = []
            for vectors_item_data in self.vectors:
                vectors_item = vectors_item_data.to_dict()
                vectors.append(vectors_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        namespace = self.namespace

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vectors is not UNSET:
            field_dict["vectors"] = vectors
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_item import ListItem
        from ..models.pagination import Pagination
        from ..models.usage import Usage

        d = dict(src_dict)
        _vectors = d.pop("vectors", UNSET)
        vectors: list[ListItem] | Unset = UNSET
        if _vectors is not UNSET:
            vectors = []
            for vectors_item_data in _vectors:
                vectors_item = ListItem.from_dict(vectors_item_data)

                vectors.append(vectors_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        namespace = d.pop("namespace", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        list_response = cls(
            vectors=vectors,
            pagination=pagination,
            namespace=namespace,
            usage=usage,
        )

        list_response.additional_properties = d
        return list_response
