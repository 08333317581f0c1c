from enum import StrEnum


class OrganizationSupportTier(StrEnum):
    DEVELOPER = "Developer"
    ENTERPRISE = "Enterprise"
    FREE = "Free"
    PRO = "Pro"

    def __str__(self) -> str:
        return str(self.value)
