from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.ranked_document import RankedDocument
    from ..models.rerank_result_usage import RerankResultUsage


T = TypeVar("T", bound="RerankResult")


@_attrs_define(repr=False, eq=False)
class RerankResult(Model):
    """
    Attributes:
        model (str):
        data (list[RankedDocument]):
        usage (RerankResultUsage):
    """

    model: str
    data: list[RankedDocument]
    usage: RerankResultUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "data": data,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ranked_document import RankedDocument
        from ..models.rerank_result_usage import RerankResultUsage

        d = dict(src_dict)
        model = d.pop("model")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = RankedDocument.from_dict(data_item_data)

            data.append(data_item)

        usage = RerankResultUsage.from_dict(d.pop("usage"))

        rerank_result = cls(
            model=model,
            data=data,
            usage=usage,
        )

        rerank_result.additional_properties = d
        return rerank_result
