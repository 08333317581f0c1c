"""Administration (2025-04 and later): projects, API keys and organizations, as plans.

The admin surface takes a bearer token, not an API key. A service account's
client id and secret are exchanged for one at the oauth surface; the token is
kept in memory, sent only in the Authorization header, and fetched again a
minute before it expires.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from pinecone_versioned._config import Secret
from pinecone_versioned._engine import Call, Plan, Session, operation
from pinecone_versioned._validate import drop_unset
from pinecone_versioned.errors import ConfigurationError, InvalidArgumentError

TOKEN_AUDIENCE = "https://api.pinecone.io/"
REFRESH_MARGIN = 60.0  # seconds before expiry at which a token is replaced


@dataclass
class Credentials:
    """How an admin client authenticates: a service account, or a token given as is."""

    client_id: str | None
    client_secret: Secret | None
    access_token: Secret | None
    expires_at: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if self.access_token is None and not (self.client_id and self.client_secret and self.client_secret.value):
            raise ConfigurationError(
                "Admin needs client_id= and client_secret= (or PINECONE_CLIENT_ID / PINECONE_CLIENT_SECRET), "
                "or access_token="
            )


class AdminPlane:
    """Admin methods shared by ``Admin`` and ``AsyncAdmin``."""

    _session: Session
    _credentials: Credentials

    def _authorised(self) -> Plan[None]:
        """Make sure the session's headers carry a token valid for at least another minute."""
        credentials = self._credentials
        if credentials.access_token is not None:
            self._session.headers["Authorization"] = f"Bearer {credentials.access_token.value}"
            return
        if time.monotonic() < credentials.expires_at - REFRESH_MARGIN:
            return
        assert credentials.client_id is not None and credentials.client_secret is not None
        body = {
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret.value,
            "grant_type": "client_credentials",
            "audience": TOKEN_AUDIENCE,
        }
        token = yield Call("get_token", {"body": body})
        with credentials.lock:
            credentials.expires_at = time.monotonic() + float(token.expires_in)
            self._session.headers["Authorization"] = f"Bearer {token.access_token}"

    def _admin(self, operation_name: str, kwargs: dict[str, Any] | None = None) -> Plan[Any]:
        self._session.prepare(operation_name)  # an unsupported operation fails before fetching a token
        yield from self._authorised()
        return (yield Call(operation_name, kwargs or {}))

    # projects

    @operation
    def list_projects(self) -> Plan[Any]:
        """Every project of the organization (``data`` attribute of the result)."""
        return (yield from self._admin("list_projects"))

    @operation
    def create_project(
        self, name: str, *, max_pods: int | None = None, force_encryption_with_cmek: bool | None = None
    ) -> Plan[Any]:
        """Create a project."""
        body = drop_unset(
            {"name": name, "max_pods": max_pods, "force_encryption_with_cmek": force_encryption_with_cmek}
        )
        return (yield from self._admin("create_project", {"body": body}))

    @operation
    def describe_project(self, project_id: str | UUID) -> Plan[Any]:
        """One project."""
        return (yield from self._admin("describe_project", {"project_id": project_id}))

    @operation
    def update_project(
        self,
        project_id: str | UUID,
        *,
        name: str | None = None,
        max_pods: int | None = None,
        force_encryption_with_cmek: bool | None = None,
    ) -> Plan[Any]:
        """Rename a project or change its limits."""
        body = drop_unset(
            {"name": name, "max_pods": max_pods, "force_encryption_with_cmek": force_encryption_with_cmek}
        )
        if not body:
            raise InvalidArgumentError("update_project needs name=, max_pods= or force_encryption_with_cmek=")
        return (yield from self._admin("update_project", {"project_id": project_id, "body": body}))

    @operation
    def delete_project(self, project_id: str | UUID) -> Plan[None]:
        """Delete a project (it must hold no indexes, collections or assistants)."""
        yield from self._admin("delete_project", {"project_id": project_id})

    # API keys

    @operation
    def list_api_keys(self, project_id: str | UUID) -> Plan[Any]:
        """The API keys of a project (without their secrets)."""
        return (yield from self._admin("list_api_keys", {"project_id": project_id}))

    @operation
    def create_api_key(self, project_id: str | UUID, name: str, *, roles: Sequence[str] | None = None) -> Plan[Any]:
        """Create an API key; the result is the only place its secret ``value`` is ever shown."""
        body = drop_unset({"name": name, "roles": list(roles) if roles is not None else None})
        return (yield from self._admin("create_api_key", {"project_id": project_id, "body": body}))

    @operation
    def describe_api_key(self, api_key_id: str | UUID) -> Plan[Any]:
        """One API key (without its secret)."""
        return (yield from self._admin("describe_api_key", {"api_key_id": api_key_id}))

    @operation
    def update_api_key(
        self, api_key_id: str | UUID, *, name: str | None = None, roles: Sequence[str] | None = None
    ) -> Plan[Any]:
        """Rename an API key or change its roles."""
        body = drop_unset({"name": name, "roles": list(roles) if roles is not None else None})
        if not body:
            raise InvalidArgumentError("update_api_key needs name= or roles=")
        return (yield from self._admin("update_api_key", {"api_key_id": api_key_id, "body": body}))

    @operation
    def delete_api_key(self, api_key_id: str | UUID) -> Plan[None]:
        """Revoke an API key."""
        yield from self._admin("delete_api_key", {"api_key_id": api_key_id})

    # organizations

    @operation
    def list_organizations(self) -> Plan[Any]:
        """The organizations the service account belongs to."""
        return (yield from self._admin("list_organizations"))

    @operation
    def describe_organization(self, organization_id: str | UUID) -> Plan[Any]:
        """One organization."""
        return (yield from self._admin("describe_organization", {"organization_id": organization_id}))

    @operation
    def update_organization(self, organization_id: str | UUID, *, name: str) -> Plan[Any]:
        """Rename an organization."""
        return (
            yield from self._admin("update_organization", {"organization_id": organization_id, "body": {"name": name}})
        )

    @operation
    def delete_organization(self, organization_id: str | UUID) -> Plan[None]:
        """Delete an organization."""
        yield from self._admin("delete_organization", {"organization_id": organization_id})
