from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.deletion_protection import DeletionProtection
from ..models.index_model_metric import IndexModelMetric
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_model_byoc_spec import IndexModelByocSpec
    from ..models.index_model_pod_spec import IndexModelPodSpec
    from ..models.index_model_serverless_spec import IndexModelServerlessSpec
    from ..models.index_model_status import IndexModelStatus
    from ..models.index_tags import IndexTags
    from ..models.model_index_embed import ModelIndexEmbed


T = TypeVar("T", bound="IndexModel")


@_attrs_define(repr=False, eq=False)
class IndexModel(Model):
    """
    Attributes:
        name (str):
        metric (IndexModelMetric):
        host (str):
        spec (IndexModelByocSpec | IndexModelPodSpec | IndexModelServerlessSpec):
        status (IndexModelStatus):
        vector_type (str):  Default: 'dense'.
        dimension (int | Unset):
        private_host (str | Unset):
        deletion_protection (DeletionProtection | Unset):
        tags (IndexTags | Unset):
        embed (ModelIndexEmbed | Unset):
    """

    name: str
    metric: IndexModelMetric
    host: str
    spec: IndexModelByocSpec | IndexModelPodSpec | IndexModelServerlessSpec
    status: IndexModelStatus
    vector_type: str = "dense"
    dimension: int | Unset = UNSET
    private_host: str | Unset = UNSET
    deletion_protection: DeletionProtection | Unset = UNSET
    tags: IndexTags | Unset = UNSET
    embed: ModelIndexEmbed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.index_model_pod_spec import IndexModelPodSpec
        from ..models.index_model_serverless_spec import IndexModelServerlessSpec

        name = self.name

        metric = self.metric.value

        host = self.host

        spec: dict[str, Any]
        if isinstance(self.spec, IndexModelServerlessSpec) or isinstance(self.spec, IndexModelPodSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec.to_dict()

        status = self.status.to_dict()

        vector_type = self.vector_type

        dimension = self.dimension

        private_host = self.private_host

        deletion_protection: str | Unset = UNSET
        if not isinstance(self.deletion_protection, Unset):
            deletion_protection = self.deletion_protection.value

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        embed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.embed, Unset):
            embed = self.embed.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "metric": metric,
                "host": host,
                "spec": spec,
                "status": status,
                "vector_type": vector_type,
            }
        )
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if private_host is not UNSET:
            field_dict["private_host"] = private_host
        if deletion_protection is not UNSET:
            field_dict["deletion_protection"] = deletion_protection
        if tags is not UNSET:
            field_dict["tags"] = tags
        if embed is not UNSET:
            field_dict["embed"] = embed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_model_byoc_spec import IndexModelByocSpec
        from ..models.index_model_pod_spec import IndexModelPodSpec
        from ..models.index_model_serverless_spec import IndexModelServerlessSpec
        from ..models.index_model_status import IndexModelStatus
        from ..models.index_tags import IndexTags
        from ..models.model_index_embed import ModelIndexEmbed

        d = dict(src_dict)
        name = d.pop("name")

        metric = IndexModelMetric(d.pop("metric"))

        host = d.pop("host")

        def _parse_spec(data: object) -> IndexModelByocSpec | IndexModelPodSpec | IndexModelServerlessSpec:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spec_type_0 = IndexModelServerlessSpec.from_dict(data)

                return spec_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spec_type_1 = IndexModelPodSpec.from_dict(data)

                return spec_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            spec_type_2 = IndexModelByocSpec.from_dict(data)

            return spec_type_2

        spec = _parse_spec(d.pop("spec"))

        status = IndexModelStatus.from_dict(d.pop("status"))

        vector_type = d.pop("vector_type")

        dimension = d.pop("dimension", UNSET)

        private_host = d.pop("private_host", UNSET)

        _deletion_protection = d.pop("deletion_protection", UNSET)
        deletion_protection: DeletionProtection | Unset
        if isinstance(_deletion_protection, Unset):
            deletion_protection = UNSET
        else:
            deletion_protection = DeletionProtection(_deletion_protection)

        _tags = d.pop("tags", UNSET)
        tags: IndexTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = IndexTags.from_dict(_tags)

        _embed = d.pop("embed", UNSET)
        embed: ModelIndexEmbed | Unset
        if isinstance(_embed, Unset):
            embed = UNSET
        else:
            embed = ModelIndexEmbed.from_dict(_embed)

        index_model = cls(
            name=name,
            metric=metric,
            host=host,
            spec=spec,
            status=status,
            vector_type=vector_type,
            dimension=dimension,
            private_host=private_host,
            deletion_protection=deletion_protection,
            tags=tags,
            embed=embed,
        )

        index_model.additional_properties = d
        return index_model
