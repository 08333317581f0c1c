"""Inference operations (embed, rerank, models), written once as plans for both clients."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pinecone_versioned._engine import Call, Parallel, Plan, Session, batches, operation
from pinecone_versioned._validate import drop_unset
from pinecone_versioned.errors import InvalidArgumentError

# Pinecone's embed endpoint accepts at most 96 inputs per request for its hosted models.
EMBED_BATCH = 96
DEFAULT_CONCURRENCY = 4


def _inputs(inputs: str | Sequence[str | Mapping[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(inputs, str):
        inputs = [inputs]
    if not inputs:
        raise InvalidArgumentError("inputs is empty: pass a string or a list of strings or {'text': ...} dicts")
    wire = []
    for position, item in enumerate(inputs):
        if isinstance(item, str):
            wire.append({"text": item})
        elif isinstance(item, Mapping):
            wire.append(dict(item))
        else:
            raise InvalidArgumentError(f"inputs[{position}] must be a string or a dict, not {type(item).__name__}")
    return wire


def _merged(pages: list[Any]) -> Any:
    """One EmbeddingsList of the pinned version from several, in order, with usage summed."""
    if len(pages) == 1:
        return pages[0]
    merged = pages[0].to_dict()
    merged["data"] = [item for page in pages for item in page.to_dict()["data"]]
    usage = merged.get("usage")
    if isinstance(usage, dict) and "total_tokens" in usage:
        usage["total_tokens"] = sum(int(page.to_dict().get("usage", {}).get("total_tokens", 0)) for page in pages)
    return type(pages[0]).from_dict(merged)


class InferencePlane:
    """Inference methods shared by ``Inference`` and ``AsyncInference``."""

    _session: Session

    @operation
    def embed(
        self,
        model: str,
        inputs: str | Sequence[str | Mapping[str, Any]],
        parameters: Mapping[str, Any] | None = None,
        *,
        batch_size: int = EMBED_BATCH,
        max_concurrency: int = DEFAULT_CONCURRENCY,
    ) -> Plan[Any]:
        """Embeddings of ``inputs`` (strings or ``{"text": ...}`` dicts) with a hosted model.

        More inputs than one request takes are sent in batches of ``batch_size``;
        the result (``EmbeddingsList`` of the pinned version) keeps the inputs' order.
        ``parameters`` are the model's, e.g. ``{"input_type": "passage", "truncate": "END"}``.
        """
        if not 1 <= batch_size <= EMBED_BATCH:
            raise InvalidArgumentError(f"batch_size={batch_size}: use 1 to {EMBED_BATCH}")
        wire = _inputs(inputs)
        extra = drop_unset({"parameters": dict(parameters) if parameters is not None else None})
        calls = tuple(
            Call("embed", {"body": {"model": model, "inputs": list(chunk), **extra}})
            for chunk in batches(wire, batch_size)
        )
        pages = [(yield calls[0])] if len(calls) == 1 else (yield Parallel(calls, max_concurrency))
        return _merged(pages)

    @operation
    def rerank(
        self,
        model: str,
        query: str,
        documents: Sequence[str | Mapping[str, Any]],
        rank_fields: Sequence[str] | None = None,
        top_n: int | None = None,
        return_documents: bool = True,
        parameters: Mapping[str, Any] | None = None,
    ) -> Plan[Any]:
        """``documents`` ordered by relevance to ``query`` (strings or dicts; ``rank_fields`` picks
        the dict fields to compare, ``["text"]`` by default)."""
        if not documents:
            raise InvalidArgumentError("documents is empty")
        docs = [{"text": d} if isinstance(d, str) else dict(d) for d in documents]
        if top_n is not None and not 1 <= top_n <= len(docs):
            raise InvalidArgumentError(f"top_n={top_n}: use 1 to the number of documents ({len(docs)})")
        body = drop_unset(
            {
                "model": model,
                "query": query,
                "documents": docs,
                "rank_fields": list(rank_fields) if rank_fields is not None else None,
                "top_n": top_n,
                "return_documents": return_documents,
                "parameters": dict(parameters) if parameters is not None else None,
            }
        )
        return (yield Call("rerank", {"body": body}))

    @operation
    def list_models(self, *, type: str | None = None, vector_type: str | None = None) -> Plan[Any]:
        """The hosted models (``ModelInfoList``), optionally only ``type="embed"``/``"rerank"``."""
        return (yield Call("list_models", drop_unset({"type_": type, "vector_type": vector_type})))

    @operation
    def describe_model(self, model_name: str) -> Plan[Any]:
        """What one hosted model does and which parameters it takes."""
        return (yield Call("describe_model", {"model_name": model_name}))
