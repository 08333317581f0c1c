from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.dense_embedding import DenseEmbedding
    from ..models.embeddings_list_usage import EmbeddingsListUsage
    from ..models.sparse_embedding import SparseEmbedding


T = TypeVar("T", bound="EmbeddingsList")


@_attrs_define(repr=False, eq=False)
class EmbeddingsList(Model):
    """
    Attributes:
        model (str):
        vector_type (str):
        data (list[DenseEmbedding | SparseEmbedding]):
        usage (EmbeddingsListUsage):
    """

    model: str
    vector_type: str
    data: list[DenseEmbedding | SparseEmbedding]
    usage: EmbeddingsListUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dense_embedding import DenseEmbedding

        model = self.model

        vector_type = self.vector_type

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, DenseEmbedding):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "vector_type": vector_type,
                "data": data,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dense_embedding import DenseEmbedding
        from ..models.embeddings_list_usage import EmbeddingsListUsage
        from ..models.sparse_embedding import SparseEmbedding

        d = dict(src_dict)
        model = d.pop("model")

        vector_type = d.pop("vector_type")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(data: object) -> DenseEmbedding | SparseEmbedding:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_embedding_type_0 = DenseEmbedding.from_dict(data)

                    return componentsschemas_embedding_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_type_1 = SparseEmbedding.from_dict(data)

                return componentsschemas_embedding_type_1

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        usage = EmbeddingsListUsage.from_dict(d.pop("usage"))

        embeddings_list = cls(
            model=model,
            vector_type=vector_type,
            data=data,
            usage=usage,
        )

        embeddings_list.additional_properties = d
        return embeddings_list
