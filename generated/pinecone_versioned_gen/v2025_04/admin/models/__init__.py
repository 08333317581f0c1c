"""Contains all the data models used in inputs/outputs"""

from .api_key import APIKey
from .api_key_roles_item import APIKeyRolesItem
from .api_key_with_secret import APIKeyWithSecret
from .create_api_key_request import CreateAPIKeyRequest
from .create_api_key_request_roles_item import CreateAPIKeyRequestRolesItem
from .create_project_request import CreateProjectRequest
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .error_response_error_code import ErrorResponseErrorCode
from .error_response_error_details import ErrorResponseErrorDetails
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
    "ErrorResponseErrorDetails",
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
