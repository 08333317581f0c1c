"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_key import APIKey
    from .api_key_roles_item import APIKeyRolesItem
    from .api_key_with_secret import APIKeyWithSecret
    from .create_api_key_request import CreateAPIKeyRequest
    from .create_api_key_request_roles_item import CreateAPIKeyRequestRolesItem
    from .create_project_request import CreateProjectRequest
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_code import ErrorResponseErrorCode
    from .list_api_keys_response_200 import ListApiKeysResponse200
    from .list_organizations_response_200 import ListOrganizationsResponse200
    from .list_projects_response_200 import ListProjectsResponse200
    from .organization import Organization
    from .organization_payment_status import OrganizationPaymentStatus
    from .organization_plan import OrganizationPlan
    from .organization_support_tier import OrganizationSupportTier
    from .project import Project
    from .update_api_key_request import UpdateAPIKeyRequest
    from .update_api_key_request_roles_item import UpdateAPIKeyRequestRolesItem
    from .update_organization_request import UpdateOrganizationRequest
    from .update_project_request import UpdateProjectRequest

_MODULES = {
    "APIKey": ".api_key",
    "APIKeyRolesItem": ".api_key_roles_item",
    "APIKeyWithSecret": ".api_key_with_secret",
    "CreateAPIKeyRequest": ".create_api_key_request",
    "CreateAPIKeyRequestRolesItem": ".create_api_key_request_roles_item",
    "CreateProjectRequest": ".create_project_request",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorCode": ".error_response_error_code",
    "ListApiKeysResponse200": ".list_api_keys_response_200",
    "ListOrganizationsResponse200": ".list_organizations_response_200",
    "ListProjectsResponse200": ".list_projects_response_200",
    "Organization": ".organization",
    "OrganizationPaymentStatus": ".organization_payment_status",
    "OrganizationPlan": ".organization_plan",
    "OrganizationSupportTier": ".organization_support_tier",
    "Project": ".project",
    "UpdateAPIKeyRequest": ".update_api_key_request",
    "UpdateAPIKeyRequestRolesItem": ".update_api_key_request_roles_item",
    "UpdateOrganizationRequest": ".update_organization_request",
    "UpdateProjectRequest": ".update_project_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "APIKey",
    "APIKeyRolesItem",
    "APIKeyWithSecret",
    "CreateAPIKeyRequest",
    "CreateAPIKeyRequestRolesItem",
    "CreateProjectRequest",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "ListApiKeysResponse200",
    "ListOrganizationsResponse200",
    "ListProjectsResponse200",
    "Organization",
    "OrganizationPaymentStatus",
    "OrganizationPlan",
    "OrganizationSupportTier",
    "Project",
    "UpdateAPIKeyRequest",
    "UpdateAPIKeyRequestRolesItem",
    "UpdateOrganizationRequest",
    "UpdateProjectRequest",
)
