from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document
    from ..models.rerank_body_parameters import RerankBodyParameters


T = TypeVar("T", bound="RerankBody")


@_attrs_define(repr=False, eq=False)
class RerankBody(Model):
    """
    Attributes:
        model (str):
        query (str):
        documents (list[Document]):
        top_n (int | Unset):
        return_documents (bool | Unset):  Default: True.
        rank_fields (list[str] | Unset):
        parameters (RerankBodyParameters | Unset):
    """

    model: str
    query: str
    documents: list[Document]
    top_n: int | Unset = UNSET
    return_documents: bool | Unset = True
    rank_fields: list[str] | Unset = UNSET
    parameters: RerankBodyParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        query = self.query

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        top_n = self.top_n

        return_documents = self.return_documents

        rank_fields: list[str] | Unset = UNSET
        if not isinstance(self.rank_fields, Unset):
            rank_fields = self.rank_fields

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "query": query,
                "documents": documents,
            }
        )
        if top_n is not UNSET:
            field_dict["top_n"] = top_n
        if return_documents is not UNSET:
            field_dict["return_documents"] = return_documents
        if rank_fields is not UNSET:
            field_dict["rank_fields"] = rank_fields
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document import Document
        from ..models.rerank_body_parameters import RerankBodyParameters

        d = dict(src_dict)
        model = d.pop("model")

        query = d.pop("query")

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = Document.from_dict(documents_item_data)

            documents.append(documents_item)

        top_n = d.pop("top_n", UNSET)

        return_documents = d.pop("return_documents", UNSET)

        rank_fields = cast(list[str], d.pop("rank_fields", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: RerankBodyParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = RerankBodyParameters.from_dict(_parameters)

        rerank_body = cls(
            model=model,
            query=query,
            documents=documents,
            top_n=top_n,
            return_documents=return_documents,
            rank_fields=rank_fields,
            parameters=parameters,
        )

        rerank_body.additional_properties = d
        return rerank_body
