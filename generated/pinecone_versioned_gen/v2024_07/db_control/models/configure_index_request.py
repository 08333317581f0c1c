from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.deletion_protection import DeletionProtection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configure_index_request_spec import ConfigureIndexRequestSpec


T = TypeVar("T", bound="ConfigureIndexRequest")


@_attrs_define(repr=False, eq=False)
class ConfigureIndexRequest(Model):
    """
    Attributes:
        spec (ConfigureIndexRequestSpec | Unset):
        deletion_protection (DeletionProtection | Unset):
    """

    spec: ConfigureIndexRequestSpec | Unset = UNSET
    deletion_protection: DeletionProtection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        deletion_protection: str | Unset = UNSET
        if not isinstance(self.deletion_protection, Unset):
            deletion_protection = self.deletion_protection.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spec is not UNSET:
            field_dict["spec"] = spec
        if deletion_protection is not UNSET:
            field_dict["deletion_protection"] = deletion_protection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.configure_index_request_spec import ConfigureIndexRequestSpec

        d = dict(src_dict)
        _spec = d.pop("spec", UNSET)
        spec: ConfigureIndexRequestSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = ConfigureIndexRequestSpec.from_dict(_spec)

        _deletion_protection = d.pop("deletion_protection", UNSET)
        deletion_protection: DeletionProtection | Unset
        if isinstance(_deletion_protection, Unset):
            deletion_protection = UNSET
        else:
            deletion_protection = DeletionProtection(_deletion_protection)

        configure_index_request = cls(
            spec=spec,
            deletion_protection=deletion_protection,
        )

        configure_index_request.additional_properties = d
        return configure_index_request
