from enum import StrEnum


class OrganizationPaymentStatus(StrEnum):
    ACTIVE = "Active"
    DEACTIVATED = "Deactivated"
    PASTDUE = "PastDue"
    PAYMENTPENDING = "PaymentPending"
    RESTRICTED = "Restricted"
    SUSPENDED = "Suspended"

    def __str__(self) -> str:
        return str(self.value)
