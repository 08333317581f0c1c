"""The server's whole state (indexes, their namespaces, collections, backups), kept behind one lock.

Every mutation writes to the journal inside a transaction first and changes memory
after the commit, so memory never holds a write the journal refused.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from ._model import Namespace, Record
from ._persist import NullJournal


@dataclass
class IndexInfo:
    """What the control plane knows about an index (our own superset of every version's IndexModel)."""

    name: str
    dimension: int | None
    metric: str
    vector_type: str
    spec: dict[str, Any]
    uid: str
    created_at: str
    deletion_protection: str = "disabled"
    tags: dict[str, str] | None = None
    embed: dict[str, Any] | None = None
    port: int = 0
    ready: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def index_owner(name: str) -> str:
    """The journal's owner key of an index's vectors."""
    return f"index:{name}"


@dataclass
class State:
    """Indexes, their data, and the snapshot objects (collections, backups, restore jobs)."""

    journal: NullJournal
    lock: threading.RLock = field(default_factory=threading.RLock)
    indexes: dict[str, IndexInfo] = field(default_factory=dict)
    objects: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    data: dict[str, dict[str, Namespace]] = field(default_factory=dict)
    # Bearer tokens issued by /oauth/token and their expiry (time.time()); memory only.
    tokens: dict[str, float] = field(default_factory=dict)

    def load(self) -> None:
        """Read everything the journal holds (a no-op in memory)."""
        for kind, name, body in self.journal.objects():
            if kind == "index":
                self.indexes[name] = IndexInfo(**body)
            else:
                self.objects.setdefault(kind, {})[name] = body
        for owner, ns, rid, record in self.journal.vectors():
            self.data.setdefault(owner, {}).setdefault(ns, Namespace()).put(rid, record)

    def reset(self) -> None:
        """Forget everything: indexes, their data, collections, backups, assistants, admin objects, tokens."""
        with self.lock:
            with self.journal.transaction():
                self.journal.clear()
            self.indexes.clear()
            self.objects.clear()
            self.data.clear()
            self.tokens.clear()

    # Control-plane objects.

    def save_index(self, info: IndexInfo) -> None:
        with self.journal.transaction():
            self.journal.put_object("index", info.name, info.to_json())
        self.indexes[info.name] = info

    def drop_index(self, name: str) -> None:
        with self.journal.transaction():
            self.journal.delete_object("index", name)
            self.journal.delete_vectors(index_owner(name), None, None)
        del self.indexes[name]
        self.data.pop(index_owner(name), None)

    def save_object(self, kind: str, name: str, body: dict[str, Any]) -> None:
        with self.journal.transaction():
            self.journal.put_object(kind, name, body)
        self.objects.setdefault(kind, {})[name] = body

    def drop_object(self, kind: str, name: str, owner: str | None = None) -> None:
        """Forget an object, and the vectors it owns if ``owner`` is given."""
        with self.journal.transaction():
            self.journal.delete_object(kind, name)
            if owner is not None:
                self.journal.delete_vectors(owner, None, None)
        self.objects.get(kind, {}).pop(name, None)
        if owner is not None:
            self.data.pop(owner, None)

    def copy_vectors(self, source: str, target: str) -> None:
        """Copy every namespace of one owner to another (snapshots and restores)."""
        with self.journal.transaction():
            self.journal.copy_vectors(source, target)
        copied: dict[str, Namespace] = {}
        for ns, space in self.data.get(source, {}).items():
            copied[ns] = Namespace()
            for rid, rec in space.records.items():
                copied[ns].put(
                    rid, Record(rec.values, rec.sparse, None if rec.metadata is None else dict(rec.metadata))
                )
        self.data[target] = copied

    # Vectors.

    def namespaces(self, owner: str) -> dict[str, Namespace]:
        return self.data.get(owner, {})

    def put_records(self, owner: str, ns: str, records: list[tuple[str, Record]]) -> None:
        with self.journal.transaction():
            self.journal.put_vectors(owner, ns, records)
        space = self.data.setdefault(owner, {}).setdefault(ns, Namespace())
        for rid, rec in records:
            space.put(rid, rec)

    def delete_records(self, owner: str, ns: str, ids: Iterable[str]) -> None:
        ids = list(ids)
        space = self.data.get(owner, {}).get(ns)
        if space is None:
            return
        with self.journal.transaction():
            self.journal.delete_vectors(owner, ns, ids)
        for rid in ids:
            space.remove(rid)
        if not space.records:
            del self.data[owner][ns]

    def delete_namespace(self, owner: str, ns: str) -> None:
        with self.journal.transaction():
            self.journal.delete_vectors(owner, ns, None)
        self.data.get(owner, {}).pop(ns, None)
