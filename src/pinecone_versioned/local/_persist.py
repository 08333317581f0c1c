"""Durable storage for ``--data-dir``: one SQLite file in WAL mode, synchronous=FULL.

Every acknowledged write has been committed here before the server answers, so it
survives a kill -9. Objects (indexes, collections, backups, restore jobs) are JSON
documents keyed by kind and name; vectors are rows keyed by owner (``index:NAME``,
``collection:NAME`` or ``backup:ID``), namespace and id. Without a data directory
the server uses :class:`NullJournal` and keeps everything in memory only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from ._model import Record

_SCHEMA = """
CREATE TABLE IF NOT EXISTS objects (kind TEXT, name TEXT, body TEXT, PRIMARY KEY (kind, name));
CREATE TABLE IF NOT EXISTS vectors (
    owner TEXT, ns TEXT, id TEXT, dense BLOB, sparse TEXT, metadata TEXT,
    PRIMARY KEY (owner, ns, id)
);
"""


def _row(owner: str, ns: str, rid: str, rec: Record) -> tuple[Any, ...]:
    dense = None if rec.values is None else rec.values.astype(np.float32).tobytes()
    sparse = None
    if rec.sparse is not None:
        sparse = json.dumps({"indices": rec.sparse[0].tolist(), "values": rec.sparse[1].tolist()})
    metadata = None if rec.metadata is None else json.dumps(rec.metadata)
    return owner, ns, rid, dense, sparse, metadata


def _record(dense: bytes | None, sparse: str | None, metadata: str | None) -> Record:
    values = None if dense is None else np.frombuffer(dense, dtype=np.float32).copy()
    pair = None
    if sparse is not None:
        raw = json.loads(sparse)
        pair = (np.asarray(raw["indices"], dtype=np.int64), np.asarray(raw["values"], dtype=np.float32))
    return Record(values, pair, None if metadata is None else json.loads(metadata))


class NullJournal:
    """The in-memory mode: writes go nowhere, nothing is loaded."""

    @contextmanager
    def transaction(self) -> Iterator[None]:
        yield

    def put_object(self, kind: str, name: str, body: dict[str, Any]) -> None:
        """Store an object document."""

    def delete_object(self, kind: str, name: str) -> None:
        """Forget an object document."""

    def put_vectors(self, owner: str, ns: str, records: Iterable[tuple[str, Record]]) -> None:
        """Insert or replace vectors."""

    def delete_vectors(self, owner: str, ns: str | None, ids: Iterable[str] | None) -> None:
        """Delete some ids of a namespace, a whole namespace (ids None) or a whole owner (ns None)."""

    def copy_vectors(self, source: str, target: str) -> None:
        """Copy every vector of one owner to another."""

    def clear(self) -> None:
        """Forget every object and every vector."""

    def objects(self) -> list[tuple[str, str, dict[str, Any]]]:
        return []

    def vectors(self) -> Iterator[tuple[str, str, str, Record]]:
        return iter(())


class SqliteJournal(NullJournal):
    """The durable mode (see the module docstring)."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        # One connection shared by the server's threads; the state lock serialises its use.
        self._db = sqlite3.connect(data_dir / "pinecone-local.sqlite3", check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def put_object(self, kind: str, name: str, body: dict[str, Any]) -> None:
        self._db.execute("INSERT OR REPLACE INTO objects VALUES (?, ?, ?)", (kind, name, json.dumps(body)))

    def delete_object(self, kind: str, name: str) -> None:
        self._db.execute("DELETE FROM objects WHERE kind = ? AND name = ?", (kind, name))

    def put_vectors(self, owner: str, ns: str, records: Iterable[tuple[str, Record]]) -> None:
        rows = [_row(owner, ns, rid, rec) for rid, rec in records]
        self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?, ?, ?)", rows)

    def delete_vectors(self, owner: str, ns: str | None, ids: Iterable[str] | None) -> None:
        if ns is None:
            self._db.execute("DELETE FROM vectors WHERE owner = ?", (owner,))
        elif ids is None:
            self._db.execute("DELETE FROM vectors WHERE owner = ? AND ns = ?", (owner, ns))
        else:
            query = "DELETE FROM vectors WHERE owner = ? AND ns = ? AND id = ?"
            self._db.executemany(query, [(owner, ns, rid) for rid in ids])

    def copy_vectors(self, source: str, target: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO vectors SELECT ?, ns, id, dense, sparse, metadata FROM vectors WHERE owner = ?",
            (target, source),
        )

    def clear(self) -> None:
        self._db.execute("DELETE FROM objects")
        self._db.execute("DELETE FROM vectors")

    def objects(self) -> list[tuple[str, str, dict[str, Any]]]:
        rows = self._db.execute("SELECT kind, name, body FROM objects").fetchall()
        return [(kind, name, json.loads(body)) for kind, name, body in rows]

    def vectors(self) -> Iterator[tuple[str, str, str, Record]]:
        for owner, ns, rid, dense, sparse, metadata in self._db.execute("SELECT * FROM vectors"):
            yield owner, ns, rid, _record(dense, sparse, metadata)
