"""Assistants (2025-01 and later): managing assistants, their files, chat and context, as plans."""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from uuid import UUID

from pinecone_versioned._config import normalise_host
from pinecone_versioned._engine import (
    DEFAULT_WAIT_TIMEOUT,
    Call,
    ItemPlan,
    Plan,
    Session,
    Stream,
    operation,
    streamable,
    wait_until,
)
from pinecone_versioned._validate import drop_unset
from pinecone_versioned.errors import InvalidArgumentError, NotFoundError, PineconeError
from pinecone_versioned_gen._runtime.types import File


@dataclass(frozen=True, slots=True)
class ChatStreamChunk:
    """One event of a streamed ``chat``: ``type`` is message_start, content_chunk, citation or message_end.

    The specs give this stream no schema, so this class is ours: ``content`` is the
    text a content_chunk adds, ``citation`` and ``usage`` come with their events,
    and ``data`` keeps the whole event.
    """

    type: str
    id: str | None = None
    model: str | None = None
    content: str | None = None
    role: str | None = None
    finish_reason: str | None = None
    citation: Mapping[str, Any] | None = None
    usage: Mapping[str, Any] | None = None
    data: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_event(cls, event: Mapping[str, Any]) -> ChatStreamChunk:
        delta = event.get("delta") or {}
        return cls(
            type=str(event.get("type", "")),
            id=event.get("id"),
            model=event.get("model"),
            content=delta.get("content") if isinstance(delta, Mapping) else None,
            role=event.get("role"),
            finish_reason=event.get("finish_reason"),
            citation=event.get("citation"),
            usage=event.get("usage"),
            data=dict(event),
        )


def _messages(messages: str | Sequence[str | Mapping[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(messages, str):
        messages = [messages]
    if not messages:
        raise InvalidArgumentError("messages is empty: pass a question or [{'role': 'user', 'content': ...}]")
    wire = []
    for position, message in enumerate(messages):
        if isinstance(message, str):
            wire.append({"role": "user", "content": message})
        elif isinstance(message, Mapping) and "content" in message:
            wire.append({"role": message.get("role", "user"), "content": message["content"]})
        else:
            raise InvalidArgumentError(f"messages[{position}] must be a string or a dict with 'content'")
    return wire


def _json_text(value: Mapping[str, Any] | None, parameter: str) -> str | None:
    """Filters and metadata travel as JSON text in query parameters."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(f"{parameter} must be a dict, got {type(value).__name__}")
    return json.dumps(value, separators=(",", ":"))


def _status(model: Any) -> str:
    status = getattr(model, "status", None)
    return str(getattr(status, "value", status))


class AssistantsPlane:
    """Assistant management shared by ``Assistants`` and ``AsyncAssistants`` (``pc.assistant``)."""

    _session: Session

    def _ready(self, name: str) -> Plan[str | None]:
        """None once the assistant is ready, else its status."""
        assistant = yield Call("describe_assistant", {"assistant_name": name})
        if _status(assistant) == "Failed":
            raise PineconeError(f"assistant {name!r} failed to initialise")
        return None if _status(assistant) == "Ready" else f"status {_status(assistant)}"

    def _gone(self, name: str) -> Plan[str | None]:
        """None once the assistant is gone, else its status."""
        try:
            assistant = yield Call("describe_assistant", {"assistant_name": name})
        except NotFoundError:
            return None
        return f"listed, status {_status(assistant)}"

    @operation
    def create_assistant(
        self,
        assistant_name: str,
        instructions: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        region: str | None = None,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        show_progress: bool = True,
    ) -> Plan[Any]:
        """Create an assistant and, unless ``timeout`` is negative, wait until it is ready
        (``timeout`` in seconds: ``None`` waits as long as it takes, ``-1`` returns at once;
        a terminal shows the wait unless ``show_progress=False``)."""
        body = drop_unset(
            {
                "name": assistant_name,
                "instructions": instructions,
                "metadata": dict(metadata) if metadata is not None else None,
                "region": region,
            }
        )
        yield Call("create_assistant", {"body": body})
        yield from wait_until(
            lambda: self._ready(assistant_name),
            timeout=timeout,
            what=f"assistant {assistant_name!r} to be ready",
            show_progress=show_progress,
        )
        return (yield Call("describe_assistant", {"assistant_name": assistant_name}))

    @operation
    def describe_assistant(self, assistant_name: str) -> Plan[Any]:
        """The assistant's status, instructions, metadata and data-plane host."""
        return (yield Call("describe_assistant", {"assistant_name": assistant_name}))

    @operation
    def list_assistants(self) -> Plan[Any]:
        """Every assistant of the project (``assistants`` attribute of the result)."""
        return (yield Call("list_assistants"))

    @operation
    def update_assistant(
        self, assistant_name: str, instructions: str | None = None, metadata: Mapping[str, Any] | None = None
    ) -> Plan[Any]:
        """Replace an assistant's instructions or metadata."""
        body = drop_unset({"instructions": instructions, "metadata": dict(metadata) if metadata is not None else None})
        if not body:
            raise InvalidArgumentError("update_assistant needs instructions= or metadata=")
        return (yield Call("update_assistant", {"assistant_name": assistant_name, "body": body}))

    @operation
    def delete_assistant(
        self, assistant_name: str, *, timeout: float | None = DEFAULT_WAIT_TIMEOUT, show_progress: bool = True
    ) -> Plan[None]:
        """Delete an assistant and its files; unless ``timeout`` is negative, wait until it is gone
        (``timeout`` and ``show_progress`` as in ``create_assistant``)."""
        yield Call("delete_assistant", {"assistant_name": assistant_name})
        yield from wait_until(
            lambda: self._gone(assistant_name),
            timeout=timeout,
            what=f"assistant {assistant_name!r} to be deleted",
            show_progress=show_progress,
        )

    @operation
    def evaluate_alignment(self, question: str, answer: str, ground_truth_answer: str) -> Plan[Any]:
        """How well ``answer`` matches ``ground_truth_answer`` for ``question`` (correctness, completeness)."""
        body = {"question": question, "answer": answer, "ground_truth_answer": ground_truth_answer}
        return (yield Call("evaluate_alignment", {"body": body}))


class AssistantPlane:
    """One assistant's files, chat and context, shared by ``Assistant`` and ``AsyncAssistant``."""

    _session: Session
    name: str
    _host: str | None

    def _resolve_host(self) -> Plan[str]:
        if self._host is None:
            assistant = yield Call("describe_assistant", {"assistant_name": self.name})
            # The data plane answers under /assistant on the host the control plane reports.
            self._host = normalise_host(str(assistant.host)) + "/assistant"
        return self._host

    def _at_assistant(self, operation_name: str, kwargs: Mapping[str, Any]) -> Plan[Call]:
        self._session.prepare(operation_name)  # an unsupported operation fails before any lookup
        host = yield from self._resolve_host()
        return Call(operation_name, {"assistant_name": self.name, **kwargs}, host=host)

    def _processed(self, file_id: str) -> Plan[str | None]:
        """None once the file is available, else its status (and how far processing got)."""
        described = yield (yield from self._at_assistant("describe_file", {"assistant_file_id": file_id}))
        status = _status(described)
        if status == "ProcessingFailed":
            reason = getattr(described, "error_message", None) or "no reason given"
            raise PineconeError(f"file {file_id} of assistant {self.name!r} failed processing: {reason}")
        percent = described.get("percent_done")
        return None if status == "Available" else f"status {status}" + (f", {percent:.0%} done" if percent else "")

    @operation
    def upload_file(
        self,
        file_path: str | Path | None = None,
        *,
        file_stream: IO[bytes] | None = None,
        file_name: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        show_progress: bool = True,
    ) -> Plan[Any]:
        """Upload a file from a path or a binary stream, with optional metadata; unless ``timeout``
        is negative, wait until the assistant has processed it (``timeout`` and ``show_progress``
        as in ``create_assistant``). Returns the file's description."""
        if (file_path is None) == (file_stream is None):
            raise InvalidArgumentError("upload_file needs exactly one of file_path= or file_stream=")
        name = file_name or (Path(file_path).name if file_path is not None else getattr(file_stream, "name", None))
        if not name:
            raise InvalidArgumentError("upload_file needs file_name= for a stream without a name")
        name = Path(str(name)).name
        stream = open(file_path, "rb") if file_path is not None else file_stream  # noqa: SIM115 - closed below
        assert stream is not None
        try:
            payload = File(payload=stream, file_name=name, mime_type=mimetypes.guess_type(name)[0])  # type: ignore[arg-type]
            body = self._session.prepare("upload_file").body_model(file=payload)
            query = drop_unset({"metadata": _json_text(metadata, "metadata")})
            uploaded = yield (yield from self._at_assistant("upload_file", {"body": body, **query}))
        finally:
            if file_path is not None:
                stream.close()
        file_id = str(uploaded.id)
        yield from wait_until(
            lambda: self._processed(file_id),
            timeout=timeout,
            what=f"file {name!r} ({file_id}) to be processed",
            show_progress=show_progress,
        )
        return (yield (yield from self._at_assistant("describe_file", {"assistant_file_id": file_id})))

    @operation
    def list_files(self, filter: Mapping[str, Any] | None = None) -> Plan[Any]:
        """The assistant's files, optionally those whose metadata matches ``filter``."""
        query = drop_unset({"filter_": _json_text(filter, "filter")})
        return (yield (yield from self._at_assistant("list_files", query)))

    @operation
    def describe_file(self, file_id: str | UUID, include_url: bool | None = None) -> Plan[Any]:
        """One file's status and metadata (and a download URL with ``include_url=True``)."""
        query = drop_unset({"include_url": None if include_url is None else str(include_url).lower()})
        return (yield (yield from self._at_assistant("describe_file", {"assistant_file_id": file_id, **query})))

    @operation
    def delete_file(self, file_id: str | UUID) -> Plan[None]:
        """Delete one file from the assistant."""
        yield (yield from self._at_assistant("delete_file", {"assistant_file_id": file_id}))

    @streamable
    def chat(
        self,
        messages: str | Sequence[str | Mapping[str, Any]],
        *,
        model: str | None = None,
        stream: bool = False,
        filter: Mapping[str, Any] | None = None,
        json_response: bool | None = None,
        include_highlights: bool | None = None,
        temperature: float | None = None,
        context_options: Mapping[str, Any] | None = None,
    ) -> ItemPlan[Any] | Plan[Any]:
        """Ask the assistant; the answer cites the files it used.

        With ``stream=True`` this returns an iterator (async iterator on the async
        client) of :class:`ChatStreamChunk` as the server sends them.
        """
        body = drop_unset(
            {
                "messages": _messages(messages),
                "model": model,
                "stream": stream or None,
                "filter": dict(filter) if filter is not None else None,
                "json_response": json_response,
                "include_highlights": include_highlights,
                "temperature": temperature,
                "context_options": dict(context_options) if context_options is not None else None,
            }
        )
        call = yield from self._at_assistant("chat", {"body": body})
        if stream:
            yield Stream(call, ChatStreamChunk.from_event)
            return None
        return (yield call)

    @streamable
    def chat_completions(
        self,
        messages: str | Sequence[str | Mapping[str, Any]],
        *,
        model: str | None = None,
        stream: bool = False,
        filter: Mapping[str, Any] | None = None,
        temperature: float | None = None,
    ) -> ItemPlan[Any] | Plan[Any]:
        """Ask the assistant in the OpenAI chat-completions shape; ``stream=True`` yields the pinned
        version's ``StreamChatCompletionChunkModel`` chunks as they arrive."""
        body = drop_unset(
            {
                "messages": _messages(messages),
                "model": model,
                "stream": stream or None,
                "filter": dict(filter) if filter is not None else None,
                "temperature": temperature,
            }
        )
        call = yield from self._at_assistant("chat_completions", {"body": body})
        if stream:
            chunk_model = self._session.models("assistant_data").StreamChatCompletionChunkModel
            yield Stream(call, chunk_model.from_dict)
            return None
        return (yield call)

    @operation
    def context(
        self,
        query: str | None = None,
        *,
        messages: Sequence[str | Mapping[str, Any]] | None = None,
        filter: Mapping[str, Any] | None = None,
        top_k: int | None = None,
        snippet_size: int | None = None,
    ) -> Plan[Any]:
        """The snippets of the assistant's files most relevant to ``query`` (or to ``messages``)."""
        if (query is None) == (messages is None):
            raise InvalidArgumentError("context needs exactly one of query= or messages=")
        body = drop_unset(
            {
                "query": query,
                "messages": _messages(messages) if messages is not None else None,
                "filter": dict(filter) if filter is not None else None,
                "top_k": top_k,
                "snippet_size": snippet_size,
            }
        )
        return (yield (yield from self._at_assistant("context", {"body": body})))
