"""Inference stand-ins over real sockets: embed, rerank and model listing for every version that has them."""

from __future__ import annotations

import numpy as np
import pytest
from local_helpers import SINCE, Api, check_refused


def _has_embed(api: Api) -> bool:
    """Whether the version has embed; checks the refusal when it has not."""
    if api.version < SINCE["embed"]:
        check_refused(
            api.control.post("/embed", json={"model": "multilingual-e5-large", "inputs": []}), data_plane=False
        )
        return False
    return True


def test_dense_embeddings_are_deterministic_unit_vectors(api: Api) -> None:
    if not _has_embed(api):
        return
    texts = [{"text": "The quick brown fox"}, {"text": "the quick brown fox!"}, {"text": "Tax law in Norway"}]
    response = api.control.post("/embed", json={"model": "multilingual-e5-large", "inputs": texts})
    assert response.status_code == 200, response.text
    vectors = np.array([item["values"] for item in response.json()["data"]])
    assert vectors.shape == (3, 1024)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    again = api.control.post("/embed", json={"model": "multilingual-e5-large", "inputs": texts[:1]}).json()
    np.testing.assert_allclose(again["data"][0]["values"], vectors[0], rtol=1e-6)
    # Near-identical texts are closer than unrelated ones.
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_sparse_embeddings_and_unknown_models(api: Api) -> None:
    if not _has_embed(api):
        return
    response = api.control.post(
        "/embed", json={"model": "pinecone-sparse-english-v0", "inputs": [{"text": "apple apple pie"}]}
    )
    if api.version < "2025-01":
        assert response.status_code == 400, response.text
        return
    assert response.status_code == 200, response.text
    item = response.json()["data"][0]
    assert len(item["sparse_indices"]) == len(item["sparse_values"]) == 2
    assert sorted(item["sparse_indices"]) == item["sparse_indices"]
    bad = api.control.post("/embed", json={"model": "no-such-model", "inputs": [{"text": "x"}]})
    assert bad.status_code == 400
    assert "no-such-model" in bad.json()["error"]["message"]


def test_rerank_orders_by_word_overlap(api: Api) -> None:
    if api.version < SINCE["rerank"]:
        check_refused(api.control.post("/rerank", json={"model": "bge-reranker-v2-m3"}), data_plane=False)
        return
    documents = [{"text": "Berlin is in Germany"}, {"text": "Paris is the capital of France"}, {"text": "Cats"}]
    body = {"model": "bge-reranker-v2-m3", "query": "capital of France", "documents": documents, "top_n": 2}
    response = api.control.post("/rerank", json=body)
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert [d["index"] for d in data] == [1, 0]
    assert data[0]["score"] == pytest.approx(1.0)
    assert data[0]["document"]["text"].startswith("Paris")


def test_list_and_describe_models(api: Api) -> None:
    if api.version < SINCE["models"]:
        check_refused(api.control.get("/models"), data_plane=False)
        check_refused(api.control.get("/models/llama-text-embed-v2"), data_plane=False)
        return
    listed = api.control.get("/models", params={"type": "rerank"})
    assert listed.status_code == 200, listed.text
    assert {m["model"] for m in listed.json()["models"]} == {
        "bge-reranker-v2-m3",
        "pinecone-rerank-v0",
        "cohere-rerank-3.5",
    }
    described = api.control.get("/models/llama-text-embed-v2").json()
    assert described["default_dimension"] == 1024 and described["vector_type"] == "dense"
    assert api.control.get("/models/gpt-17").status_code == 404
