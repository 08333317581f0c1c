"""Generated client for the oauth surface (written by codegen; do not edit)."""

from .client import AuthenticatedClient, Client

__all__ = ("AuthenticatedClient", "Client")
