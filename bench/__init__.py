"""Benchmarks for pinecone-versioned (issue 6): per-call client cost against a canned-bytes
server, import cost in fresh processes, and ingestion throughput into the local server.

Run ``python -m bench [--quick] [--out DIR]``; see ``bench/README.md``.
"""
