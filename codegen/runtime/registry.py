"""Types of the generated registry (``pinecone_versioned_gen.registry``)."""

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Literal

Auth = Literal["api_key", "bearer", "none"]


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of a spec and the generated module that calls it."""

    operation_id: str
    method: str  # upper case, e.g. "POST"
    path: str  # e.g. "/indexes/{index_name}"
    module: str  # dotted name of the generated endpoint module

    def load(self) -> ModuleType:
        """Import the endpoint module (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``)."""
        return importlib.import_module(self.module)


@dataclass(frozen=True, slots=True)
class Surface:
    """One spec file of an API version, generated as one subpackage."""

    name: str  # e.g. "db_control"
    package: str  # dotted name of the generated subpackage
    spec_file: str
    servers: tuple[str, ...]  # server URL templates, e.g. "https://{index_host}"
    auth: Auth
    auth_header: str  # header carrying the credential ("" when auth is "none")
    operations: dict[str, Operation]


@dataclass(frozen=True, slots=True)
class Version:
    """One pinned Pinecone API version."""

    name: str  # e.g. "2025-04"
    status: str  # "preview", "stable" or "deprecated"
    package: str
    surfaces: dict[str, Surface]
