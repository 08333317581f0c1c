from enum import StrEnum


class OrganizationPlan(StrEnum):
    DEDICATED = "Dedicated"
    ENTERPRISE = "Enterprise"
    FREE = "Free"
    STANDARD = "Standard"

    def __str__(self) -> str:
        return str(self.value)
