"""Pinecone Assistant clients (2025-01 and later), loaded on first use of ``Pinecone(...).assistant``.

The operations are the plans of ``_assistant``; these classes bind them to a
session and a driver, blocking or asyncio.
"""

from __future__ import annotations

from pinecone_versioned._assistant import AssistantPlane, AssistantsPlane, ChatStreamChunk
from pinecone_versioned._config import normalise_host
from pinecone_versioned._engine import AsyncEngine, Session, SessionBound, SyncEngine
from pinecone_versioned._generic import AssistantGenericCalls


class Assistants(AssistantsPlane, SyncEngine, SessionBound):
    """Assistant management (blocking). Get it as ``Pinecone(...).assistant``."""

    def Assistant(self, assistant_name: str, host: str | None = None) -> Assistant:
        """One assistant's files, chat and context (its host is looked up unless given)."""
        return Assistant(self._session, assistant_name, host)


class AsyncAssistants(AssistantsPlane, AsyncEngine, SessionBound):
    """Assistant management (asyncio). Get it as ``AsyncPinecone(...).assistant``."""

    def Assistant(self, assistant_name: str, host: str | None = None) -> AsyncAssistant:
        """One assistant's files, chat and context (its host is looked up unless given)."""
        return AsyncAssistant(self._session, assistant_name, host)


class _AssistantBase:
    def __init__(self, session: Session, assistant_name: str, host: str | None) -> None:
        self._session = session
        self.name = assistant_name
        self._host = normalise_host(host) if host is not None else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, api_version={self._session.version!r})"


class Assistant(AssistantPlane, AssistantGenericCalls, SyncEngine, _AssistantBase):
    """One assistant (blocking): upload_file, list_files, chat (streaming too), context."""


class AsyncAssistant(AssistantPlane, AssistantGenericCalls, AsyncEngine, _AssistantBase):
    """One assistant (asyncio): the same methods as :class:`Assistant`, awaited."""


__all__ = ["Assistant", "Assistants", "AsyncAssistant", "AsyncAssistants", "ChatStreamChunk"]
