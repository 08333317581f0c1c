"""Fixtures: a strict in-process local server, and an Api client for each pinned version."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from local_helpers import API_KEY, VERSIONS, Api

from pinecone_versioned.local import LocalServer


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY, strict=True) as running:
        yield running


@pytest.fixture(params=VERSIONS)
def api(request: pytest.FixtureRequest, server: LocalServer) -> Api:
    return Api(server, request.param)
