"""Each network fault x each operation x sync and async, through the fault proxy in front of a real local
server: what the client did, and that the server's state matches what the caller was told.

The expectations come from what each operation does, not from the client's code: a repeatable call
survives every fault (the retry sends it again); a create or delete whose answer was lost is settled by
looking (409 then describe, 404 then done); ``create_backup``, which makes a new backup each time it is
sent, is never resent once it may have landed, and says the outcome is unknown.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from pinecone_versioned import AsyncPinecone, OutcomeUnknownError, Pinecone, UpsertError
from pinecone_versioned.local import LocalServer
from tests.faults.conftest import FAST, LATE, through
from tests.faults.proxy import Fault, FaultProxy

SPEC = {"serverless": {"cloud": "aws", "region": "us-east-1"}}
STORED = [("v1", [1.0, 0.0, 0.0, 0.0]), ("v2", [0.0, 1.0, 0.0, 0.0])]
NEW = [(f"n{i}", [float(i), 1.0, 2.0, 3.0]) for i in range(4)]

FAULTS: dict[str, dict[str, Any]] = {
    "reset-before": {"fault": Fault.RESET_BEFORE},
    "reset-after": {"fault": Fault.RESET_AFTER},
    "429-retry-after": {"fault": Fault.STATUS, "status": 429, "retry_after": "1"},
    "429-no-retry-after": {"fault": Fault.STATUS, "status": 429, "times": 2},
    "5xx-burst": {"fault": Fault.STATUS, "status": 503, "times": 3},
    "late-headers": {"fault": Fault.LATE_HEADERS, "delay": LATE},
    "trickled-body": {"fault": Fault.TRICKLE, "delay": 0.02},
    "truncated-body": {"fault": Fault.TRUNCATE},
    "invalid-json-200": {"fault": Fault.INVALID_JSON},
}


@dataclass(frozen=True)
class Op:
    method: str
    path: str  # regex of the request the fault hits
    run: Callable[[Any, Any], Any]  # (client, index) -> result, or a coroutine on async clients


OPS: dict[str, Op] = {
    "upsert": Op("POST", r"/vectors/upsert$", lambda pc, ix: ix.upsert(NEW, batch_size=2, show_progress=False)),
    "query": Op("POST", r"/query$", lambda pc, ix: ix.query(top_k=2, vector=[1.0, 0.0, 0.0, 0.0])),
    "fetch": Op("GET", r"/vectors/fetch$", lambda pc, ix: ix.fetch(["v1", "v2"])),
    "describe_index": Op("GET", r"^/indexes/matrix$", lambda pc, ix: pc.describe_index("matrix")),
    "create_index": Op("POST", r"^/indexes$", lambda pc, ix: pc.create_index("made", SPEC, dimension=4)),
    "delete_index": Op("DELETE", r"^/indexes/matrix$", lambda pc, ix: pc.delete_index("matrix")),
    "create_backup": Op(
        "POST", r"^/indexes/matrix/backups$", lambda pc, ix: pc.create_backup(index_name="matrix", backup_name="b")
    ),
}

# Faults after which the request may have reached the server, as far as the client can tell: a reset
# before forwarding looks, from the client, exactly like one after; a 5xx may come after the work.
AMBIGUOUS = {"reset-before", "reset-after", "5xx-burst", "late-headers", "truncated-body", "invalid-json-200"}


def expected_error(fault: str, op: str) -> type[Exception] | None:
    """What the caller must be told (None: the call returns normally)."""
    if op == "create_backup" and fault in AMBIGUOUS:
        return OutcomeUnknownError
    return None


def _run(mode: str, server: LocalServer, proxy: FaultProxy, op: Op, host: str, retries: Any = FAST) -> Any:
    options = through(server, proxy, retries)
    if mode == "sync":
        with Pinecone(**options) as pc:
            return op.run(pc, pc.Index(host=host))

    async def main() -> Any:
        async with AsyncPinecone(**options) as apc:
            return await op.run(apc, apc.Index(host=host))

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("op_name", list(OPS))
@pytest.mark.parametrize("fault_name", list(FAULTS))
def test_fault_matrix(
    fault_name: str, op_name: str, mode: str, server: LocalServer, proxy: FaultProxy, direct: Pinecone
) -> None:
    index = direct.create_index("matrix", SPEC, dimension=4)
    direct.Index(host=index.host).upsert(STORED)
    op = OPS[op_name]
    proxy.inject(method=op.method, path=op.path, **FAULTS[fault_name])

    outcome: Any
    try:
        outcome = _run(mode, server, proxy, op, index.host)
    except Exception as exc:  # noqa: BLE001 - the outcome is what the test looks at
        outcome = exc
    want = expected_error(fault_name, op_name)
    if want is None:
        assert not isinstance(outcome, Exception), f"expected a result, got {outcome!r}"
    else:
        assert isinstance(outcome, want), f"expected {want.__name__}, got {outcome!r}"
    faulted = [s for s in proxy.requests(op.method, op.path) if s.fault is not None]
    assert faulted, "the fault never met the operation's request"
    _state_matches(op_name, outcome, fault_name, direct, index.host)


def _state_matches(op: str, outcome: Any, fault: str, direct: Pinecone, host: str) -> None:
    index = direct.Index(host=host)
    if op == "upsert":
        assert outcome.upserted_count == len(NEW)
        fetched = index.fetch([i for i, _ in NEW]).vectors.additional_properties
        assert {i: list(v.values) for i, v in fetched.items()} == dict(NEW)
        assert index.describe_index_stats().total_vector_count == len(STORED) + len(NEW)
    elif op == "query":
        assert outcome.matches[0].id == "v1"
    elif op == "fetch":
        assert {i: list(v.values) for i, v in outcome.vectors.additional_properties.items()} == dict(STORED)
    elif op == "describe_index":
        assert outcome.name == "matrix" and outcome.dimension == 4
    elif op == "create_index":
        assert outcome.name == "made" and outcome.dimension == 4
        assert [i.name for i in direct.list_indexes().indexes].count("made") == 1
    elif op == "delete_index":
        assert outcome is None and not direct.has_index("matrix")
    elif op == "create_backup":
        backups = direct.list_backups(index_name="matrix").data
        if isinstance(outcome, OutcomeUnknownError):
            # Unknown to the caller, but never twice; and it exists exactly when the request got through.
            got_through = fault not in ("reset-before", "5xx-burst")
            assert len(backups) == (1 if got_through else 0)
            assert "list_backups" in str(outcome)
        else:
            assert [b.backup_id for b in backups] == [outcome.backup_id]
    if op in ("query", "fetch", "describe_index", "create_backup"):  # reads leave the data as it was
        assert index.describe_index_stats().total_vector_count == len(STORED)


BATCHED = [(f"id-{i}", [float(i), 1.0, 0.0, 0.5]) for i in range(10)]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault_name", list(FAULTS))
def test_batched_upsert_without_retries(
    fault_name: str, mode: str, server: LocalServer, proxy: FaultProxy, direct: Pinecone
) -> None:
    """Each fault on the third of five batches, with retries off: the error tells exactly what the
    server may hold; the vectors it calls written are there, those it never sent are not."""
    host = str(direct.create_index("matrix", SPEC, dimension=4).host)
    fault = {**FAULTS[fault_name], "times": 1}
    proxy.inject(method="POST", path=r"/vectors/upsert$", body=b'"id-4"', **fault)
    upsert = Op("POST", "", lambda pc, ix: ix.upsert(BATCHED, batch_size=2, max_concurrency=1, show_progress=False))
    outcome: Any
    try:
        outcome = _run(mode, server, proxy, upsert, host, retries=0)
    except UpsertError as exc:
        outcome = exc
    fetched = direct.Index(host=host).fetch([i for i, _ in BATCHED]).vectors.additional_properties
    on_server = {i: list(v.values) for i, v in fetched.items()}

    if fault_name == "trickled-body":  # slow, not failed
        assert outcome.upserted_count == len(BATCHED) and on_server == dict(BATCHED)
        return
    assert isinstance(outcome, UpsertError)
    assert outcome.upserted_count == 4
    assert [b.ids for b in outcome.failed_batches] == [["id-4", "id-5"]]
    assert [i for b in outcome.unsent_batches for i in b.ids] == [f"id-{i}" for i in range(6, 10)]
    landed = fault_name not in ("reset-before", "429-retry-after", "429-no-retry-after", "5xx-burst")
    # What the server holds: the batches called written, and the failed one exactly when it got through.
    assert set(on_server) == {f"id-{i}" for i in range(6 if landed else 4)}
    assert all(on_server[i] == dict(BATCHED)[i] for i in on_server)
    # A failed batch the server may hold is flagged as such (a reset before forwarding looks the same).
    assert outcome.failed_batches[0].may_have_landed == (fault_name not in ("429-retry-after", "429-no-retry-after"))
    assert outcome.uncertain_ids == (["id-4", "id-5"] if outcome.failed_batches[0].may_have_landed else [])
