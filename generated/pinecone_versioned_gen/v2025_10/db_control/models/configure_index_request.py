from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.deletion_protection import DeletionProtection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configure_byoc_spec import ConfigureByocSpec
    from ..models.configure_index_embed import ConfigureIndexEmbed
    from ..models.configure_pod_spec import ConfigurePodSpec
    from ..models.configure_serverless_spec import ConfigureServerlessSpec
    from ..models.index_tags import IndexTags


T = TypeVar("T", bound="ConfigureIndexRequest")


@_attrs_define(repr=False, eq=False)
class ConfigureIndexRequest(Model):
    """
    Attributes:
        spec (ConfigureByocSpec | ConfigurePodSpec | ConfigureServerlessSpec | Unset):
        deletion_protection (DeletionProtection | Unset):
        tags (IndexTags | Unset):
        embed (ConfigureIndexEmbed | Unset):
    """

    spec: ConfigureByocSpec | ConfigurePodSpec | ConfigureServerlessSpec | Unset = UNSET
    deletion_protection: DeletionProtection | Unset = UNSET
    tags: IndexTags | Unset = UNSET
    embed: ConfigureIndexEmbed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.configure_pod_spec import ConfigurePodSpec
        from ..models.configure_serverless_spec import ConfigureServerlessSpec

        spec: dict[str, Any] | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, ConfigureServerlessSpec) or isinstance(self.spec, ConfigurePodSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec.to_dict()

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
        field_dict.update({})
        if spec is not UNSET:
            field_dict["spec"] = spec
        if deletion_protection is not UNSET:
            field_dict["deletion_protection"] = deletion_protection
        if tags is not UNSET:
            field_dict["tags"] = tags
        if embed is not UNSET:
            field_dict["embed"] = embed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.configure_byoc_spec import ConfigureByocSpec
        from ..models.configure_index_embed import ConfigureIndexEmbed
        from ..models.configure_pod_spec import ConfigurePodSpec
        from ..models.configure_serverless_spec import ConfigureServerlessSpec
        from ..models.index_tags import IndexTags

        d = dict(src_dict)

        def _parse_spec(data: object) -> ConfigureByocSpec | ConfigurePodSpec | ConfigureServerlessSpec | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spec_type_0 = ConfigureServerlessSpec.from_dict(data)

                return spec_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spec_type_1 = ConfigurePodSpec.from_dict(data)

                return spec_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            spec_type_2 = ConfigureByocSpec.from_dict(data)

            return spec_type_2

        spec = _parse_spec(d.pop("spec", UNSET))

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
        embed: ConfigureIndexEmbed | Unset
        if isinstance(_embed, Unset):
            embed = UNSET
        else:
            embed = ConfigureIndexEmbed.from_dict(_embed)

        configure_index_request = cls(
            spec=spec,
            deletion_protection=deletion_protection,
            tags=tags,
            embed=embed,
        )

        configure_index_request.additional_properties = d
        return configure_index_request
