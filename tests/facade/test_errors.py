"""Every failure is a PineconeError: unreadable success bodies, URL limits, wrong argument types."""

from __future__ import annotations

import collections.abc
import inspect
import io
import types
import typing
from collections.abc import Iterator
from typing import Any

import pytest

from pinecone_versioned import (
    Admin,
    InvalidArgumentTypeError,
    Pinecone,
    ServerlessSpec,
    UnexpectedResponseError,
)
from pinecone_versioned.local import LocalServer
from tests.facade.conftest import API_KEY, RequestLog, answering_server


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"<html>gateway</html>", "is not valid JSON"),
        (b'{"name": "movies"}', "lacks the field"),
        (b'{"name": "movies", "dimension": "x", "metric": 5, "host": [], "spec": 1, "status": 2}', "does not match"),
        (b"[1, 2, 3]", "does not match"),
    ],
)
def test_an_unreadable_success_body_is_one_error_naming_the_operation(body: bytes, problem: str) -> None:
    with answering_server(body) as url:
        with Pinecone(api_key=API_KEY, host=url, retries=0) as pc, pytest.raises(UnexpectedResponseError) as caught:
            pc.describe_index("movies")
        assert caught.value.operation == "describe_index"
        assert problem in str(caught.value)
        assert str(caught.value).startswith("describe_index:")


def test_a_fetch_of_a_thousand_long_ids_is_split_and_merged(server: LocalServer, request_log: RequestLog) -> None:
    with Pinecone(api_key=API_KEY, api_version="2025-04", host=server.url, retries=0) as pc:
        pc.create_index("long-ids", ServerlessSpec("aws", "us-east-1"), dimension=2)
        index = pc.Index("long-ids")
        ids = [f"{n:04d}-" + "x" * 400 for n in range(1000)]
        index.upsert([(i, [1.0, float(n)]) for n, i in enumerate(ids)], batch_size=250, show_progress=False)
        request_log.clear()
        fetched = index.fetch(ids + ["missing-" + "y" * 400])
    vectors = fetched.vectors.additional_properties
    assert sorted(vectors) == ids  # nothing lost, nothing invented
    assert vectors[ids[999]].values == [1.0, 999.0]
    fetches = [path for method, path in request_log.seen if method == "GET" and path.endswith("/vectors/fetch")]
    assert len(fetches) > 1  # the URL of all ids at once is far past 400 KB


def test_a_wrong_argument_type_is_refused_before_any_side_effect(server: LocalServer, request_log: RequestLog) -> None:
    with Pinecone(api_key=API_KEY, host=server.url, retries=0) as pc:
        with pytest.raises(InvalidArgumentTypeError, match="timeout='5'") as caught:
            pc.create_index("typed", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout="5")  # type: ignore[arg-type]
        assert isinstance(caught.value, TypeError)  # as Python itself would raise
        assert len(request_log) == 0
        assert not pc.has_index("typed")


def test_an_unknown_keyword_is_a_pinecone_error_too(server: LocalServer) -> None:
    with (
        Pinecone(api_key=API_KEY, host=server.url, retries=0) as pc,
        pytest.raises(InvalidArgumentTypeError, match="dimensoin"),
    ):
        pc.create_index("typed", ServerlessSpec("aws", "us-east-1"), dimensoin=2)  # type: ignore[call-arg]


class _Stranger:
    """A value of a type no facade parameter accepts."""

    def __repr__(self) -> str:
        return "<stranger>"


def _options(annotation: Any) -> tuple[Any, ...]:
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    return typing.get_args(annotation) if union else (annotation,)


def _fitting(annotation: Any) -> Any:
    """A value that passes the type check of ``annotation`` (contents are the validators' business)."""
    options = _options(annotation)
    if type(None) in options or Any in options:
        return None
    samples: dict[Any, Any] = {str: "x", int: 1, float: 1.0, bool: True}
    for option in options:
        kind = typing.get_origin(option) or option
        if kind is typing.Literal:
            return typing.get_args(option)[0]
        if kind in samples:
            return samples[kind]
        if kind in (collections.abc.Mapping, dict):
            return {}
        if kind in (collections.abc.Sequence, collections.abc.Iterable, list):
            return []
        if kind is typing.IO:
            return io.BytesIO(b"x")
    raise LookupError(f"no sample value for {annotation}: extend _fitting")


def _public_operations(owner: object) -> Iterator[tuple[str, Any]]:
    for name in dir(type(owner)):
        plan = getattr(getattr(type(owner), name, None), "_plan", None)
        if plan is not None and not name.startswith("_"):
            yield name, plan


def test_every_typed_parameter_of_every_public_method_refuses_a_stranger(
    server: LocalServer, request_log: RequestLog
) -> None:
    """For each method and each parameter with a type: a value of no accepted type is refused, naming
    the parameter, before anything is sent (the other parameters get values of their types)."""
    from pinecone_versioned._validate import _hints

    pc = Pinecone(api_key=API_KEY, host=server.url, retries=0)
    admin = Admin(client_id="id", client_secret="secret", host=server.url, login_host=server.url, retries=0)
    owners = [
        pc,
        pc.Index(host=server.url),
        pc.inference,
        pc.assistant,
        pc.assistant.Assistant("a", host=server.url),
        admin,
    ]
    checked = 0
    for owner in owners:
        for name, plan in _public_operations(owner):
            hints = _hints(plan.__wrapped__)
            parameters = [
                p
                for p in list(inspect.signature(plan).parameters.values())[1:]
                if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
            ]
            for parameter in parameters:
                if any(option in (Any, object) for option in _options(hints.get(parameter.name, Any))):
                    continue  # declared as anything: the method's own validation judges it
                arguments = {p.name: _fitting(hints.get(p.name, Any)) for p in parameters if p.default is p.empty}
                arguments[parameter.name] = _Stranger()
                positional = [arguments.pop(p.name) for p in parameters if p.kind is p.POSITIONAL_ONLY]
                with pytest.raises(InvalidArgumentTypeError, match=f"{plan.__name__}: {parameter.name}=<stranger>"):
                    getattr(owner, name)(*positional, **arguments)
                checked += 1
    assert checked >= 190, checked  # every typed parameter of the 72 public methods
    assert len(request_log) == 0
