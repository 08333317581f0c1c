"""Generated client for the db_data surface (written by codegen; do not edit)."""

from .client import AuthenticatedClient, Client

__all__ = ("AuthenticatedClient", "Client")
