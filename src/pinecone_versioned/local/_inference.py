"""Stand-in embedding and reranking models under Pinecone's model names, and the inference handlers.

These are NOT the real models. They are small deterministic functions that give
vectors of the right shape, so that code written against Pinecone's inference
API can run offline; their scores mean nothing beyond plain word overlap:

- dense models hash the character trigrams of a text (blake2b, so results are the
  same in every process) into a vector of the model's dimension, with a sign per
  trigram, and normalise it to unit length: texts sharing many trigrams get a
  high cosine similarity;
- the sparse model maps each lower-cased word to a hashed 32-bit index, weighted
  by 1 + log(count) and normalised;
- the rerankers score a document by the share of the query's distinct words it
  contains (0 to 1), ties broken by the original order.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ._context import Request, Response, Routes
from ._errors import bad_request, not_found
from ._model import F32

routes = Routes()

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class ModelCard:
    """What list_models and describe_model report about a stand-in model."""

    name: str
    kind: str  # "embed" or "rerank"
    vector_type: str | None
    dimensions: tuple[int, ...]
    max_batch: int
    max_tokens: int
    provider: str

    def info(self) -> dict[str, Any]:
        """The ModelInfo document."""
        out: dict[str, Any] = {
            "model": self.name,
            "short_description": f"local stand-in for {self.name} (hashed n-grams or word overlap, not the real model)",
            "type": self.kind,
            "modality": "text",
            "max_sequence_length": self.max_tokens,
            "max_batch_size": self.max_batch,
            "provider_name": self.provider,
            "supported_parameters": [],
        }
        if self.vector_type is not None:
            out["vector_type"] = self.vector_type
            out["supported_metrics"] = ["dotproduct"] if self.vector_type == "sparse" else ["cosine", "dotproduct"]
        if self.dimensions:
            out["default_dimension"] = self.dimensions[0]
            out["supported_dimensions"] = list(self.dimensions)
        return out


CARDS: dict[str, ModelCard] = {
    card.name: card
    for card in (
        ModelCard("multilingual-e5-large", "embed", "dense", (1024,), 96, 507, "Microsoft"),
        ModelCard("llama-text-embed-v2", "embed", "dense", (1024, 2048, 768, 512, 384), 96, 2048, "NVIDIA"),
        ModelCard("pinecone-sparse-english-v0", "embed", "sparse", (), 96, 512, "Pinecone"),
        ModelCard("bge-reranker-v2-m3", "rerank", None, (), 100, 1024, "BAAI"),
        ModelCard("pinecone-rerank-v0", "rerank", None, (), 100, 512, "Pinecone"),
        ModelCard("cohere-rerank-3.5", "rerank", None, (), 200, 40_000, "Cohere"),
    )
}


def _hash(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")


def words(text: str) -> list[str]:
    """The lower-cased word tokens of a text."""
    return _WORD.findall(text.lower())


def embed_dense(text: str, dimension: int) -> F32:
    """A unit vector of ``dimension`` from the hashed character trigrams of ``text``."""
    padded = f"  {text.lower()} "
    vector = np.zeros(dimension, np.float64)
    for start in range(max(1, len(padded) - 2)):
        code = _hash(padded[start : start + 3])
        vector[code % dimension] += 1.0 if (code >> 32) & 1 else -1.0
    norm = float(np.linalg.norm(vector))
    if norm == 0.0:
        vector[0], norm = 1.0, 1.0
    return (vector / norm).astype(np.float32)


def embed_sparse(text: str) -> tuple[list[int], list[float], list[str]]:
    """Hashed word indices (32-bit), their normalised weights, and the words, sorted by index."""
    counts = Counter(words(text))
    weights = {token: 1.0 + math.log(n) for token, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    entries = sorted({_hash(token) & 0xFFFFFFFF: token for token in weights}.items())
    return [i for i, _ in entries], [weights[t] / norm for _, t in entries], [t for _, t in entries]


def overlap(query: str, text: str) -> float:
    """The stand-in reranker's score: the share of the query's distinct words found in ``text``."""
    wanted = set(words(query))
    return len(wanted & set(words(text))) / len(wanted) if wanted else 0.0


def embedding_models() -> list[str]:
    """The names of the embedding models this server has."""
    return [n for n, c in CARDS.items() if c.kind == "embed"]


def card(name: str, kind: str) -> ModelCard:
    """The model of that name and kind, or a 400 naming the ones there are."""
    found = CARDS.get(name)
    if found is None or found.kind != kind:
        known = ", ".join(n for n, c in CARDS.items() if c.kind == kind)
        # "Model '<name>' not found" is the phrase Pinecone's message starts with, which programs match.
        raise bad_request(f"Model {name!r} not found among the {kind} models of this server ({known})")
    return found


def embedding(model: ModelCard, text: str, dimension: int | None = None) -> dict[str, Any]:
    """One Embedding document (dense or sparse) of ``text``."""
    if model.vector_type == "sparse":
        indices, values, tokens = embed_sparse(text)
        return {"vector_type": "sparse", "sparse_indices": indices, "sparse_values": values, "sparse_tokens": tokens}
    size = dimension or model.dimensions[0]
    if size not in model.dimensions:
        raise bad_request(f"{model.name} supports dimensions {', '.join(map(str, model.dimensions))}, not {size}")
    return {"vector_type": "dense", "values": embed_dense(text, size).tolist()}


def rerank_documents(
    query: str, documents: Sequence[Mapping[str, Any]], fields: Sequence[str]
) -> list[tuple[int, float]]:
    """(position, score) of every document, best first; a document is scored on its best field."""
    scored = []
    for position, document in enumerate(documents):
        texts = [document[f] for f in fields if isinstance(document.get(f), str)]
        if not texts:
            raise bad_request(f"document {position} has none of the rank fields {list(fields)} as a string")
        scored.append((position, max(overlap(query, t) for t in texts)))
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    return scored


@routes("POST", "/embed")
def embed(req: Request) -> Response:
    body = req.body
    model = card(body["model"], "embed")
    schemas = req.version.surfaces[req.op.surface].doc.get("components", {}).get("schemas", {})
    if model.vector_type == "sparse" and "SparseEmbedding" not in schemas:
        raise bad_request(f"API version {req.version.version} has no sparse embeddings; use 2025-01 or later")
    inputs = body["inputs"]
    if not 1 <= len(inputs) <= model.max_batch:
        raise bad_request(f"{model.name} takes 1 to {model.max_batch} inputs per request")
    params = body.get("parameters") or {}
    dimension = params.get("dimension")
    texts = [item.get("text") if isinstance(item, dict) else None for item in inputs]
    for position, text in enumerate(texts):
        if not isinstance(text, str):
            # Name the fields that were sent instead (dropped from req.body as undefined), as Pinecone does.
            sent = req.sent_body["inputs"][position]
            fields = sorted(sent) if isinstance(sent, dict) else type(sent).__name__
            raise bad_request(f"input {position} needs a text string in field 'text'; it has {fields}")
    data = [embedding(model, str(t), dimension) for t in texts]
    tokens = sum(len(words(str(t))) for t in texts)
    return 200, {"model": model.name, "vector_type": model.vector_type, "data": data, "usage": {"total_tokens": tokens}}


@routes("POST", "/rerank")
def rerank(req: Request) -> Response:
    body = req.body
    model = card(body["model"], "rerank")
    documents = [{"text": d} if isinstance(d, str) else d for d in body["documents"]]
    if len(documents) > model.max_batch:
        raise bad_request(f"{model.name} takes at most {model.max_batch} documents per request")
    top_n = body.get("top_n", len(documents))
    if not isinstance(top_n, int) or top_n < 1:
        raise bad_request("top_n must be a positive integer")
    ranked = rerank_documents(body["query"], documents, body.get("rank_fields") or ["text"])[:top_n]
    keep = body.get("return_documents", True)
    data = [{"index": i, "score": score, **({"document": documents[i]} if keep else {})} for i, score in ranked]
    return 200, {"model": model.name, "data": data, "usage": {"rerank_units": 1}}


@routes("GET", "/models")
def list_models(req: Request) -> Response:
    kind, vector_type = req.query.get("type"), req.query.get("vector_type")
    found = [
        c.info()
        for c in CARDS.values()
        if (kind is None or c.kind == kind) and (vector_type is None or c.vector_type == vector_type)
    ]
    return 200, {"models": found}


@routes("GET", "/models/{model_name}")
def describe_model(req: Request) -> Response:
    found = CARDS.get(req.params["model_name"])
    if found is None:
        raise not_found(f"Model {req.params['model_name']!r} not found")
    return 200, found.info()
