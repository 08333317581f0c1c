"""Generated client for the db_control surface (written by codegen; do not edit)."""

from .client import AuthenticatedClient, Client

__all__ = ("AuthenticatedClient", "Client")
