"""Simulations of Pinecone Assistant: assistants, their files, chat, chat completions and context.

A simulation, not a language model. Uploaded files are kept as text and cut into
paragraph snippets; a question is answered by quoting the snippet that shares the
most words with the last user message (the stand-in reranker of ``_inference``),
with a citation of its file. An assistant reports ``Initializing`` when created and
``Ready`` from the next read on; a file ``Processing`` when uploaded and
``Available`` from the next read on (it can be searched at once either way).

Every assistant's ``host`` is the server's own URL: the assistant data routes are
served by the control listener, under ``/assistant`` and without it. With
``stream: true`` chat and chat completions answer with server-sent events, one
event per few words, pausing ``stream_delay`` seconds (see ``LocalServer``)
between events.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from . import _filter
from ._context import Request, Response, Routes, Stream, ok_status
from ._control import _check_name
from ._errors import ApiError, bad_request, not_found
from ._inference import overlap, words

control_routes = Routes()
data_routes = Routes()

_SNIPPET_CHARS = 600
_WORDS_PER_CHUNK = 3


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _assistant(req: Request, name: str | None = None, ready: bool = True) -> dict[str, Any]:
    """The assistant ``name`` (default: the path's); an Initializing one becomes Ready when ``ready``."""
    name = name or req.params["assistant_name"]
    found = req.state.objects.get("assistant", {}).get(name)
    if found is None:
        raise not_found(f"assistant {name!r} not found")
    if ready and found["status"] == "Initializing":
        found = {**found, "status": "Ready"}
        req.state.save_object("assistant", name, found)
    return found


@control_routes("POST", "/assistants")
def create_assistant(req: Request) -> Response:
    name = req.body["name"]
    _check_name(name, "assistant")
    with req.state.lock:
        if name in req.state.objects.get("assistant", {}):
            raise ApiError(409, "ALREADY_EXISTS", f"an assistant named {name!r} already exists")
        now = _now()
        body = {
            "name": name,
            "metadata": req.body.get("metadata") or {},
            "status": "Initializing",
            "host": req.hosts.url,
            "created_at": now,
            "updated_at": now,
        }
        if req.body.get("instructions") is not None:  # absent, not null, where none were given
            body["instructions"] = req.body["instructions"]
        req.state.save_object("assistant", name, body)
    return ok_status(req), body


@control_routes("GET", "/assistants")
def list_assistants(req: Request) -> Response:
    with req.state.lock:
        found = [_assistant(req, name) for name in sorted(req.state.objects.get("assistant", {}))]
    return 200, {"assistants": found}


@control_routes("GET", "/assistants/{assistant_name}")
def describe_assistant(req: Request) -> Response:
    with req.state.lock:
        return 200, _assistant(req)


@control_routes("PATCH", "/assistants/{assistant_name}")
def update_assistant(req: Request) -> Response:
    with req.state.lock:
        body = dict(_assistant(req))
        for key in ("instructions", "metadata"):
            if req.body.get(key) is not None:
                body[key] = req.body[key]
            elif key in req.body:  # null clears the field
                body.pop(key, None)
        body["updated_at"] = _now()
        req.state.save_object("assistant", body["name"], body)
    return 200, {"assistant_name": body["name"], **body}


@control_routes("DELETE", "/assistants/{assistant_name}")
def delete_assistant(req: Request) -> Response:
    with req.state.lock:
        name = _assistant(req, ready=False)["name"]
        for key in [k for k in req.state.objects.get("assistant_file", {}) if k.startswith(f"{name}/")]:
            req.state.drop_object("assistant_file", key)
        req.state.drop_object("assistant", name)
    return ok_status(req), None


# Files.


def _public(file: dict[str, Any]) -> dict[str, Any]:
    """A stored file as AssistantFileModel (without its text)."""
    return {k: v for k, v in file.items() if k not in ("text", "assistant")}


def _files(req: Request, name: str) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in req.state.objects.get("assistant_file", {}).items() if v["assistant"] == name}


def _processed(req: Request, key: str, file: dict[str, Any]) -> dict[str, Any]:
    if file["status"] == "Processing":
        file = {**file, "status": "Available", "percent_done": 1.0, "updated_on": _now()}
        req.state.save_object("assistant_file", key, file)
    return file


def _json_param(req: Request, name: str) -> Any:
    raw = req.query.get(name)
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        raise bad_request(f"query parameter {name!r} must be JSON") from None


def _keep(flt: Any) -> Any:
    if flt in (None, {}):
        return lambda meta: True
    try:
        _filter.validate(flt)
    except _filter.FilterError as error:
        raise bad_request(f"invalid filter: {error}") from None
    return lambda meta: _filter.matches(flt, meta)


@data_routes("POST", "/files/{assistant_name}")
def upload_file(req: Request) -> Response:
    part = (req.body or {}).get("file") if isinstance(req.body, dict) else None
    if not isinstance(part, dict) or "content" not in part:
        raise bad_request("send the file as the multipart/form-data field 'file'")
    metadata = _json_param(req, "metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise bad_request("metadata must be a JSON object")
    with req.state.lock:
        name = _assistant(req)["name"]
        now = _now()
        file_id = str(uuid.uuid4())
        body = {
            "id": file_id,
            "name": part.get("filename") or "upload.txt",
            "metadata": metadata,
            "created_on": now,
            "updated_on": now,
            "status": "Processing",
            "percent_done": 0.0,
            "assistant": name,
            "text": bytes(part["content"]).decode("utf-8", errors="replace"),
        }
        req.state.save_object("assistant_file", f"{name}/{file_id}", body)
    return ok_status(req), _public(body)


@data_routes("GET", "/files/{assistant_name}")
def list_files(req: Request) -> Response:
    keep = _keep(_json_param(req, "filter"))
    with req.state.lock:
        name = _assistant(req)["name"]
        found = [_processed(req, k, f) for k, f in _files(req, name).items() if keep(f.get("metadata"))]
    return 200, {"files": [_public(f) for f in sorted(found, key=lambda f: str(f["created_on"]))]}


def _file_key(req: Request) -> tuple[str, dict[str, Any]]:
    name = _assistant(req)["name"]
    key = f"{name}/{req.params['assistant_file_id']}"
    found = req.state.objects.get("assistant_file", {}).get(key)
    if found is None:
        raise not_found(f"file {req.params['assistant_file_id']!r} not found in assistant {name!r}")
    return key, found


@data_routes("GET", "/files/{assistant_name}/{assistant_file_id}")
def describe_file(req: Request) -> Response:
    with req.state.lock:
        return 200, _public(_processed(req, *_file_key(req)))


@data_routes("DELETE", "/files/{assistant_name}/{assistant_file_id}")
def delete_file(req: Request) -> Response:
    with req.state.lock:
        req.state.drop_object("assistant_file", _file_key(req)[0])
    return ok_status(req), None


# Retrieval and answers.


def _question(body: dict[str, Any]) -> str:
    if isinstance(body.get("query"), str):
        return str(body["query"])
    messages = body.get("messages") or []
    asked = [m.get("content") for m in messages if isinstance(m, dict) and m.get("role", "user") == "user"]
    if not asked or not isinstance(asked[-1], str):
        raise bad_request("send a query or messages ending with a user message")
    return str(asked[-1])


def _snippets(req: Request, question: str, flt: Any, top_k: int) -> list[tuple[float, str, dict[str, Any]]]:
    """(score, text, file) of the best paragraphs of the assistant's files, best first."""
    keep = _keep(flt)
    name = _assistant(req)["name"]
    found = []
    for file in _files(req, name).values():
        if not keep(file.get("metadata")):
            continue
        for paragraph in (p.strip() for p in file["text"].split("\n\n")):
            if paragraph:
                found.append((overlap(question, paragraph), paragraph[:_SNIPPET_CHARS], file))
    found.sort(key=lambda item: (-item[0], item[2]["created_on"]))
    return found[:top_k]


def _usage(question: str, answer: str) -> dict[str, int]:
    prompt, completion = len(words(question)), len(words(answer))
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _answer(req: Request) -> tuple[str, str, list[dict[str, Any]], dict[str, int]]:
    """The question, the answer text, its citations, and usage."""
    question = _question(req.body)
    with req.state.lock:
        best = _snippets(req, question, req.body.get("filter"), 1)
    if best and best[0][0] > 0:
        _, text, file = best[0]
        answer = f"According to {file['name']}: {text}"
        citations = [{"position": len(answer), "references": [{"file": _public(file), "pages": [1]}]}]
    else:
        answer, citations = "The assistant's files do not cover this question.", []
    return question, answer, citations, _usage(question, answer)


def _pieces(text: str) -> list[str]:
    split = text.split(" ")
    return [" ".join(split[i : i + _WORDS_PER_CHUNK]) + " " for i in range(0, len(split), _WORDS_PER_CHUNK)]


def _events(req: Request, events: list[dict[str, Any]]) -> Stream:
    def produce() -> Iterator[bytes]:
        for position, event in enumerate(events):
            if position and req.stream_delay > 0:
                time.sleep(req.stream_delay)
            yield f"data: {json.dumps(event)}\n\n".encode()

    return Stream("text/event-stream", produce())


@data_routes("POST", "/chat/{assistant_name}")
def chat(req: Request) -> Response:
    _, answer, citations, usage = _answer(req)
    model, chat_id = req.body.get("model", "gpt-4o"), str(uuid.uuid4())
    if not req.body.get("stream"):
        message = {"role": "assistant", "content": answer}
        body = {"id": chat_id, "finish_reason": "stop", "message": message, "model": model}
        return 200, {**body, "citations": citations, "usage": usage}
    head = {"id": chat_id, "model": model}
    events = [{"type": "message_start", "role": "assistant", **head}]
    events += [{"type": "content_chunk", "delta": {"content": piece}, **head} for piece in _pieces(answer)]
    events += [{"type": "citation", "citation": c, **head} for c in citations]
    events.append({"type": "message_end", "finish_reason": "stop", "usage": usage, **head})
    return 200, _events(req, events)


@data_routes("POST", "/chat/{assistant_name}/chat/completions")
def chat_completions(req: Request) -> Response:
    _, answer, _, usage = _answer(req)
    model, chat_id = req.body.get("model", "gpt-4o"), str(uuid.uuid4())
    if not req.body.get("stream"):
        choice = {"finish_reason": "stop", "index": 0, "message": {"role": "assistant", "content": answer}}
        return 200, {"id": chat_id, "choices": [choice], "model": model, "usage": usage}
    events = [
        {"id": chat_id, "model": model, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
        for piece in _pieces(answer)
    ]
    events.append({"id": chat_id, "model": model, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return 200, _events(req, events)


@data_routes("POST", "/chat/{assistant_name}/context")
def context(req: Request) -> Response:
    question = _question(req.body)
    top_k = req.body.get("top_k", 16)
    if not isinstance(top_k, int) or not 1 <= top_k <= 64:
        raise bad_request("top_k must be from 1 to 64")
    with req.state.lock:
        found = _snippets(req, question, req.body.get("filter"), top_k)
    snippets = [
        {"type": "text", "content": text, "score": score, "reference": {"type": "text", "file": _public(file)}}
        for score, text, file in found
    ]
    return 200, {"id": str(uuid.uuid4()), "snippets": snippets, "usage": _usage(question, "")}
