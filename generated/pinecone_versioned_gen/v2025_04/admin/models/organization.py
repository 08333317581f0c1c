from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.organization_payment_status import OrganizationPaymentStatus
from ..models.organization_plan import OrganizationPlan
from ..models.organization_support_tier import OrganizationSupportTier

T = TypeVar("T", bound="Organization")


@_attrs_define(repr=False, eq=False)
class Organization(Model):
    """
    Attributes:
        id (str):
        name (str):
        plan (OrganizationPlan):
        payment_status (OrganizationPaymentStatus):
        created_at (datetime.datetime):
        support_tier (OrganizationSupportTier):
    """

    id: str
    name: str
    plan: OrganizationPlan
    payment_status: OrganizationPaymentStatus
    created_at: datetime.datetime
    support_tier: OrganizationSupportTier
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        plan = self.plan.value

        payment_status = self.payment_status.value

        created_at = self.created_at.isoformat()

        support_tier = self.support_tier.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "plan": plan,
                "payment_status": payment_status,
                "created_at": created_at,
                "support_tier": support_tier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        plan = OrganizationPlan(d.pop("plan"))

        payment_status = OrganizationPaymentStatus(d.pop("payment_status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        support_tier = OrganizationSupportTier(d.pop("support_tier"))

        organization = cls(
            id=id,
            name=name,
            plan=plan,
            payment_status=payment_status,
            created_at=created_at,
            support_tier=support_tier,
        )

        organization.additional_properties = d
        return organization
