from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_vector import QueryVector
    from ..models.sparse_values import SparseValues


T = TypeVar("T", bound="QueryRequest")


@_attrs_define(repr=False, eq=False)
class QueryRequest(Model):
    """
    Attributes:
        top_k (int):
        namespace (str | Unset):
        filter_ (Any | Unset):
        include_values (bool | Unset):  Default: False.
        include_metadata (bool | Unset):  Default: False.
        queries (list[QueryVector] | Unset):
        vector (list[float] | Unset):
        sparse_vector (SparseValues | Unset):
        id (str | Unset):
        scan_factor (float | Unset):
        max_candidates (int | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "topK": "top_k",
        "filter": "filter_",
        "includeValues": "include_values",
        "includeMetadata": "include_metadata",
        "sparseVector": "sparse_vector",
        "scanFactor": "scan_factor",
        "maxCandidates": "max_candidates",
    }

    top_k: int
    namespace: str | Unset = UNSET
    filter_: Any | Unset = UNSET
    include_values: bool | Unset = False
    include_metadata: bool | Unset = False
    queries: list[QueryVector] | Unset = UNSET
    vector: list[float] | Unset = UNSET
    sparse_vector: SparseValues | Unset = UNSET
    id: str | Unset = UNSET
    scan_factor: float | Unset = UNSET
    max_candidates: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_k = self.top_k

        namespace = self.namespace

        filter_ = self.filter_

        include_values = self.include_values

        include_metadata = self.include_metadata

        queries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = []
            for queries_item_data in self.queries:
                queries_item = queries_item_data.to_dict()
                queries.append(queries_item)

        vector: list[float] | Unset = UNSET
        if not isinstance(self.vector, Unset):
            vector = self.vector

        sparse_vector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_vector, Unset):
            sparse_vector = self.sparse_vector.to_dict()

        id = self.id

        scan_factor = self.scan_factor

        max_candidates = self.max_candidates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topK": top_k,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if include_values is not UNSET:
            field_dict["includeValues"] = include_values
        if include_metadata is not UNSET:
            field_dict["includeMetadata"] = include_metadata
        if queries is not UNSET:
            field_dict["queries"] = queries
        if vector is not UNSET:
            field_dict["vector"] = vector
        if sparse_vector is not UNSET:
            field_dict["sparseVector"] = sparse_vector
        if id is not UNSET:
            field_dict["id"] = id
        if scan_factor is not UNSET:
            field_dict["scanFactor"] = scan_factor
        if max_candidates is not UNSET:
            field_dict["maxCandidates"] = max_candidates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.query_vector import QueryVector
        from ..models.sparse_values import SparseValues

        d = dict(src_dict)
        top_k = d.pop("topK")

        namespace = d.pop("namespace", UNSET)

        filter_ = d.pop("filter", UNSET)

        include_values = d.pop("includeValues", UNSET)

        include_metadata = d.pop("includeMetadata", UNSET)

        _queries = d.pop("queries", UNSET)
        queries: list[QueryVector] | Unset = UNSET
        if _queries is not UNSET:
            queries = []
            for queries_item_data in _queries:
                queries_item = QueryVector.from_dict(queries_item_data)

                queries.append(queries_item)

        vector = cast(list[float], d.pop("vector", UNSET))

        _sparse_vector = d.pop("sparseVector", UNSET)
        sparse_vector: SparseValues | Unset
        if isinstance(_sparse_vector, Unset):
            sparse_vector = UNSET
        else:
            sparse_vector = SparseValues.from_dict(_sparse_vector)

        id = d.pop("id", UNSET)

        scan_factor = d.pop("scanFactor", UNSET)

        max_candidates = d.pop("maxCandidates", UNSET)

        query_request = cls(
            top_k=top_k,
            namespace=namespace,
            filter_=filter_,
            include_values=include_values,
            include_metadata=include_metadata,
            queries=queries,
            vector=vector,
            sparse_vector=sparse_vector,
            id=id,
            scan_factor=scan_factor,
            max_candidates=max_candidates,
        )

        query_request.additional_properties = d
        return query_request

    @property
    def filter(self) -> Any | Unset:
        """``filter_``, as the official SDK spells it."""
        return self.filter_
