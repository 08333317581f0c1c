"""Generated client for the inference surface (written by codegen; do not edit)."""

from .client import AuthenticatedClient, Client

__all__ = ("AuthenticatedClient", "Client")
