from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.create_index_for_model_request_cloud import CreateIndexForModelRequestCloud
from ..models.deletion_protection import DeletionProtection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_index_embed import CreateIndexEmbed
    from ..models.index_tags import IndexTags
    from ..models.metadata_schema import MetadataSchema
    from ..models.read_capacity_dedicated_spec import ReadCapacityDedicatedSpec
    from ..models.read_capacity_on_demand_spec import ReadCapacityOnDemandSpec


T = TypeVar("T", bound="CreateIndexForModelRequest")


@_attrs_define(repr=False, eq=False)
class CreateIndexForModelRequest(Model):
    """
    Attributes:
        name (str):
        cloud (CreateIndexForModelRequestCloud):
        region (str):
        embed (CreateIndexEmbed):
        deletion_protection (DeletionProtection | Unset):
        tags (IndexTags | Unset):
        schema (MetadataSchema | Unset):
        read_capacity (ReadCapacityDedicatedSpec | ReadCapacityOnDemandSpec | Unset):
    """

    name: str
    cloud: CreateIndexForModelRequestCloud
    region: str
    embed: CreateIndexEmbed
    deletion_protection: DeletionProtection | Unset = UNSET
    tags: IndexTags | Unset = UNSET
    schema: MetadataSchema | Unset = UNSET
    read_capacity: ReadCapacityDedicatedSpec | ReadCapacityOnDemandSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.read_capacity_on_demand_spec import ReadCapacityOnDemandSpec

        name = self.name

        cloud = self.cloud.value

        region = self.region

        embed = self.embed.to_dict()

        deletion_protection: str | Unset = UNSET
        if not isinstance(self.deletion_protection, Unset):
            deletion_protection = self.deletion_protection.value

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        read_capacity: dict[str, Any] | Unset
        if isinstance(self.read_capacity, Unset):
            read_capacity = UNSET
        elif isinstance(self.read_capacity, ReadCapacityOnDemandSpec):
            read_capacity = self.read_capacity.to_dict()
        else:
            read_capacity = self.read_capacity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "cloud": cloud,
                "region": region,
                "embed": embed,
            }
        )
        if deletion_protection is not UNSET:
            field_dict["deletion_protection"] = deletion_protection
        if tags is not UNSET:
            field_dict["tags"] = tags
        if schema is not UNSET:
            field_dict["schema"] = schema
        if read_capacity is not UNSET:
            field_dict["read_capacity"] = read_capacity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_index_embed import CreateIndexEmbed
        from ..models.index_tags import IndexTags
        from ..models.metadata_schema import MetadataSchema
        from ..models.read_capacity_dedicated_spec import ReadCapacityDedicatedSpec
        from ..models.read_capacity_on_demand_spec import ReadCapacityOnDemandSpec

        d = dict(src_dict)
        name = d.pop("name")

        cloud = CreateIndexForModelRequestCloud(d.pop("cloud"))

        region = d.pop("region")

        embed = CreateIndexEmbed.from_dict(d.pop("embed"))

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

        _schema = d.pop("schema", UNSET)
        schema: MetadataSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = MetadataSchema.from_dict(_schema)

        def _parse_read_capacity(data: object) -> ReadCapacityDedicatedSpec | ReadCapacityOnDemandSpec | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_read_capacity_type_0 = ReadCapacityOnDemandSpec.from_dict(data)

                return componentsschemas_read_capacity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_read_capacity_type_1 = ReadCapacityDedicatedSpec.from_dict(data)

            return componentsschemas_read_capacity_type_1

        read_capacity = _parse_read_capacity(d.pop("read_capacity", UNSET))

        create_index_for_model_request = cls(
            name=name,
            cloud=cloud,
            region=region,
            embed=embed,
            deletion_protection=deletion_protection,
            tags=tags,
            schema=schema,
            read_capacity=read_capacity,
        )

        create_index_for_model_request.additional_properties = d
        return create_index_for_model_request
