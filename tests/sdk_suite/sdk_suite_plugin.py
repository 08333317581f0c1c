"""pytest plugin loaded (``-p sdk_suite_plugin``) into the official SDK's integration suite, which stays unedited.

It does four things and nothing else:
- ``Admin()`` of pinecone 7.3.0 hard-codes ``https://login.pinecone.io`` and ``https://api.pinecone.io``;
  requests to those hosts go to the local server (``PINECONE_CONTROLLER_HOST``) instead.
- The gRPC pass builds ``PineconeGRPC(...).Index(name=..., host=...)`` with the default ``secure=True``, and
  GRPCIndex strips only ``https://`` from a host: no index host form works for both that and the SDK's HTTP
  client (which makes a scheme-less host ``https://``). For a loopback ``http://`` host only, GRPCIndex gets
  what a user of the local server passes (``host="127.0.0.1:<port>"``, ``GRPCClientConfig(secure=False)``):
  the host without its scheme and a plaintext channel. Hosts of the cloud are left as they are.
- The tests listed in ``SDK_SUITE_EXCLUSIONS`` (exclusions.toml: tests no local server can pass, each with
  its reason) are deselected, so that every remaining failure is a difference to fix.
- The outcome of each test is written to ``SDK_SUITE_REPORT`` (JSON) as it happens: the suite's own
  session-finish cleanup can crash pytest before its summary line (and before --junitxml is written).
"""

from __future__ import annotations

import json
import os
import tomllib
from typing import Any

import pytest

FIXED_ADMIN_HOSTS = ("https://login.pinecone.io", "https://api.pinecone.io")
LOOPBACK_HTTP = ("http://127.0.0.1:", "http://localhost:", "http://[::1]:")
_OUTCOMES: dict[str, str] = {}
_DESELECTED: list[str] = []


def _send_admin_to_local_server(local_url: str) -> None:
    from pinecone.openapi_support.api_client import ApiClient

    original = ApiClient.request

    def request(self: Any, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        for fixed in FIXED_ADMIN_HOSTS:
            if url.startswith(fixed):
                url = local_url + url[len(fixed) :]
        return original(self, method, url, *args, **kwargs)

    ApiClient.request = request  # type: ignore[method-assign]


def _plaintext_grpc_for_loopback_hosts() -> None:
    from pinecone.grpc import GRPCClientConfig
    from pinecone.grpc.base import GRPCIndexBase

    original = GRPCIndexBase.__init__

    def __init__(self: Any, index_name: str, config: Any, *args: Any, **kwargs: Any) -> None:
        host = str(config.host or "")
        if host.startswith(LOOPBACK_HTTP):
            kwargs["grpc_config"] = (kwargs.get("grpc_config") or GRPCClientConfig())._replace(secure=False)
            kwargs["_endpoint_override"] = kwargs.get("_endpoint_override") or host.removeprefix("http://")
        original(self, index_name, config, *args, **kwargs)

    GRPCIndexBase.__init__ = __init__  # type: ignore[method-assign]


def load_exclusions(path: str) -> dict[str, str]:
    """Test id (a node id, or a prefix of one ending at ``::`` or a file) -> the reason it is excluded."""
    with open(path, "rb") as f:
        groups = tomllib.load(f)["exclude"]
    return {test: group["reason"] for group in groups for test in group["tests"]}


def _excluded_by(nodeid: str, exclusions: dict[str, str]) -> str | None:
    base = nodeid.split("[", 1)[0]
    for test in (nodeid, base):
        if test in exclusions:
            return test
    for test in exclusions:
        if nodeid.startswith(test + "::"):
            return test
    return None


def pytest_configure(config: pytest.Config) -> None:
    _send_admin_to_local_server(os.environ["PINECONE_CONTROLLER_HOST"].rstrip("/"))
    _plaintext_grpc_for_loopback_hosts()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    path = os.environ.get("SDK_SUITE_EXCLUSIONS")
    if not path:
        return
    exclusions = load_exclusions(path)
    kept, dropped = [], []
    for item in items:
        (dropped if _excluded_by(item.nodeid, exclusions) else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
        _DESELECTED.extend(item.nodeid for item in dropped)
        _write_report()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """passed/failed/skipped from the test's call; an error when its setup or teardown fails."""
    if report.when == "call":
        _OUTCOMES[report.nodeid] = "skipped" if report.skipped else report.outcome
    elif report.failed:
        _OUTCOMES[report.nodeid] = "error"
    elif report.skipped:
        _OUTCOMES[report.nodeid] = "skipped"
    else:
        return
    _write_report()


def _write_report() -> None:
    path = os.environ.get("SDK_SUITE_REPORT")
    if path:
        with open(path, "w") as f:
            json.dump({"outcomes": _OUTCOMES, "deselected": _DESELECTED}, f)
