from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embed_inputs import EmbedInputs
    from ..models.search_records_vector import SearchRecordsVector


T = TypeVar("T", bound="SearchRecordsRequestQuery")


@_attrs_define(repr=False, eq=False)
class SearchRecordsRequestQuery(Model):
    """
    Attributes:
        top_k (int):
        filter_ (Any | Unset):
        inputs (EmbedInputs | Unset):
        vector (SearchRecordsVector | Unset):
        id (str | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "filter": "filter_",
    }

    top_k: int
    filter_: Any | Unset = UNSET
    inputs: EmbedInputs | Unset = UNSET
    vector: SearchRecordsVector | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_k = self.top_k

        filter_ = self.filter_

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        vector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vector, Unset):
            vector = self.vector.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top_k": top_k,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if vector is not UNSET:
            field_dict["vector"] = vector
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.embed_inputs import EmbedInputs
        from ..models.search_records_vector import SearchRecordsVector

        d = dict(src_dict)
        top_k = d.pop("top_k")

        filter_ = d.pop("filter", UNSET)

        _inputs = d.pop("inputs", UNSET)
        inputs: EmbedInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = EmbedInputs.from_dict(_inputs)

        _vector = d.pop("vector", UNSET)
        vector: SearchRecordsVector | Unset
        if isinstance(_vector, Unset):
            vector = UNSET
        else:
            vector = SearchRecordsVector.from_dict(_vector)

        id = d.pop("id", UNSET)

        search_records_request_query = cls(
            top_k=top_k,
            filter_=filter_,
            inputs=inputs,
            vector=vector,
            id=id,
        )

        search_records_request_query.additional_properties = d
        return search_records_request_query

    @property
    def filter(self) -> Any | Unset:
        """``filter_``, as the official SDK spells it."""
        return self.filter_
