"""Embed and rerank with hosted models (here the local server's stand-ins).

Run: ``python examples/inference.py`` after ``pip install -e '.[local]'``.
"""

from __future__ import annotations

from pinecone_versioned import Pinecone
from pinecone_versioned.local import LocalServer

PASSAGES = [
    "The saxophone was invented by Adolphe Sax in the 1840s.",
    "Jazz grew up in New Orleans around 1900.",
    "Sourdough bread needs a starter and a long rise.",
]


def main() -> None:
    with LocalServer() as server:
        pc = Pinecone(api_key="local-demo-key", host=server.url, api_version="2025-04")

        embeddings = pc.inference.embed("multilingual-e5-large", PASSAGES, {"input_type": "passage"})
        print(f"{len(embeddings.data)} embeddings of {len(embeddings.data[0].values)} dimensions")

        ranked = pc.inference.rerank("bge-reranker-v2-m3", "who invented the saxophone", PASSAGES, top_n=2)
        for row in ranked.data:
            print(f"  {row.score:.3f}  {PASSAGES[row.index]}")


if __name__ == "__main__":
    main()
