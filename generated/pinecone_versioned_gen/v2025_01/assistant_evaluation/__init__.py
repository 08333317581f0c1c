"""Generated client for the assistant_evaluation surface (written by codegen; do not edit)."""

from .client import AuthenticatedClient, Client

__all__ = ("AuthenticatedClient", "Client")
