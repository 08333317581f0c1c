"""A drop-in for Pinecone Local: its port convention, its options and variables, and indexes made at start.

Pinecone Local (the ``pinecone-local`` image) serves the control plane on $PORT (5080) and each index on
the next port, and names $PINECONE_HOST in index hosts; the one-index image (``pinecone-index``) serves one
index described by INDEX_TYPE, VECTOR_TYPE, DIMENSION and METRIC on $PORT. Every check here is over
real sockets, with our client and with the official SDK from PyPI in an interpreter of its own.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest

from pinecone_versioned import Pinecone, PodSpec, ServerlessSpec
from pinecone_versioned.cli import main
from pinecone_versioned.local import IndexDefinition, LocalServer
from tests.conftest import REPO_ROOT
from tests.official_sdk import official_python

KEY = "pclocal"  # what Pinecone Local's examples use; any key is accepted
SPEC = ServerlessSpec("aws", "us-east-1")

# Run by the official SDK: two indexes made through the control plane, then a write through the second's host.
SDK_PROGRAM = """
import json, sys
from pinecone import Pinecone, ServerlessSpec
pc = Pinecone(api_key="pclocal", host=sys.argv[1])
for name in ("first", "second"):
    pc.create_index(name=name, dimension=2, metric="cosine", spec=ServerlessSpec(cloud="aws", region="us-east-1"))
hosts = [pc.describe_index(name).host for name in ("first", "second")]
index = pc.Index(host=hosts[1])
index.upsert(vectors=[("a", [1.0, 0.0]), ("b", [0.0, 1.0])])
print(json.dumps({"hosts": hosts, "count": index.describe_index_stats().total_vector_count}))
"""


def free_ports(count: int) -> int:
    """A port such that it and the ``count - 1`` after it are free right now."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = int(probe.getsockname()[1])
        if base + count > 65536:
            continue
        try:
            for port in range(base, base + count):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", port))
        except OSError:
            continue
        return base
    raise RuntimeError(f"found no {count} free consecutive ports")


def port_of(host: str) -> int:
    return int(host.rsplit(":", 1)[1])


def test_indexes_take_the_ports_after_the_control_port_in_creation_order() -> None:
    base = free_ports(4)
    with LocalServer(port=base) as server:
        assert server.index_ports == "sequential"  # the default when the control port is fixed
        pc = Pinecone(api_key=KEY, host=server.url)
        for name in ("one", "two"):
            pc.create_index(name, SPEC, dimension=2)
        assert [port_of(pc.describe_index(n).host) for n in ("one", "two")] == [base + 1, base + 2]
        pc.Index("one").upsert([("x", [1.0, 0.0])])
        pc.delete_index("one")
        # The freed port goes to the next index, and the client's pooled connection to that port reaches the new one
        pc.create_index("three", SPEC, dimension=2)
        assert port_of(pc.describe_index("three").host) == base + 1
        three = pc.Index(host=f"http://127.0.0.1:{base + 1}")
        three.upsert([("y", [0.0, 1.0])])
        assert three.describe_index_stats().total_vector_count == 1


def test_a_free_control_port_lets_the_system_pick_index_ports_unless_asked() -> None:
    with LocalServer() as server:
        assert server.index_ports == "ephemeral"
    base = free_ports(3)
    with LocalServer(port=base, index_ports="ephemeral") as server:
        pc = Pinecone(api_key=KEY, host=server.url)
        pc.create_index("one", SPEC, dimension=2)
        assert port_of(pc.describe_index("one").host) != base + 1


def test_a_port_in_use_is_skipped() -> None:
    base = free_ports(4)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", base + 1))
        squatter.listen()
        with LocalServer(port=base) as server:
            pc = Pinecone(api_key=KEY, host=server.url)
            pc.create_index("one", SPEC, dimension=2)
            assert port_of(pc.describe_index("one").host) == base + 2


def test_with_a_data_dir_an_index_keeps_its_port_and_new_ones_take_the_free_ones(tmp_path: Path) -> None:
    base = free_ports(4)
    with LocalServer(data_dir=tmp_path, port=base) as server:
        pc = Pinecone(api_key=KEY, host=server.url)
        for name in ("one", "two"):
            pc.create_index(name, SPEC, dimension=2)
        pc.delete_index("one")
    with LocalServer(data_dir=tmp_path, port=base) as server:
        pc = Pinecone(api_key=KEY, host=server.url)
        assert port_of(pc.describe_index("two").host) == base + 2
        pc.create_index("three", SPEC, dimension=2)
        assert port_of(pc.describe_index("three").host) == base + 1


def test_reset_forgets_everything_and_frees_the_index_ports() -> None:
    base = free_ports(4)
    with LocalServer(port=base) as server:
        pc = Pinecone(api_key=KEY, host=server.url)
        pc.create_index("one", PodSpec("us-east-1-aws"), dimension=2)
        pc.create_index("two", SPEC, dimension=2)
        pc.Index("one").upsert([("x", [1.0, 0.0])])
        pc.create_collection("snap", "one")
        server.reset()
        assert pc.list_indexes().names() == [] and pc.list_collections().names() == []
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", base + 2), timeout=5).close()
        pc.create_index("fresh", SPEC, dimension=2)
        assert port_of(pc.describe_index("fresh").host) == base + 1
        assert pc.Index("fresh").describe_index_stats().total_vector_count == 0


def test_reset_empties_the_data_directory_too(tmp_path: Path) -> None:
    with LocalServer(data_dir=tmp_path) as server:
        Pinecone(api_key=KEY, host=server.url).create_index("one", SPEC, dimension=2)
        server.reset()
    with LocalServer(data_dir=tmp_path) as server:
        assert Pinecone(api_key=KEY, host=server.url).list_indexes().names() == []


def test_indexes_given_at_start_exist_serve_and_come_back_after_a_reset() -> None:
    base = free_ports(8)
    definitions = [
        IndexDefinition("dense", 2, "euclidean"),
        IndexDefinition("sparse", vector_type="sparse"),
        IndexDefinition("placed", 3, port=base + 6),
    ]
    with LocalServer(port=base, indexes=definitions) as server:
        pc = Pinecone(api_key=KEY, host=server.url)
        described = {name: pc.describe_index(name) for name in ("dense", "sparse", "placed")}
        assert [port_of(d.host) for d in described.values()] == [base + 1, base + 2, base + 6]
        assert (described["dense"].dimension, described["dense"].metric) == (2, "euclidean")
        assert (described["sparse"].vector_type, described["sparse"].metric) == ("sparse", "dotproduct")
        index = pc.Index("dense")
        index.upsert([("near", [1.0, 0.0]), ("far", [9.0, 9.0])])
        assert [m.id for m in index.query(vector=[1.0, 0.1], top_k=2).matches] == ["near", "far"]
        server.reset()
        assert sorted(pc.list_indexes().names()) == ["dense", "placed", "sparse"]
        assert pc.Index("dense").describe_index_stats().total_vector_count == 0


def test_an_index_given_at_start_must_match_the_one_in_the_data_directory(tmp_path: Path) -> None:
    with LocalServer(data_dir=tmp_path, indexes=[IndexDefinition("movies", 2)]):
        pass
    with LocalServer(data_dir=tmp_path, indexes=[IndexDefinition("movies", 2)]) as server:
        assert Pinecone(api_key=KEY, host=server.url).list_indexes().names() == ["movies"]
    with pytest.raises(ValueError, match="'movies' exists in the data directory with dimension 2"):
        LocalServer(data_dir=tmp_path, indexes=[IndexDefinition("movies", 3)]).start()


def test_the_advertised_host_names_every_index_host() -> None:
    with LocalServer(advertised_host="localhost", indexes=[IndexDefinition("movies", 2)]) as server:
        pc = Pinecone(api_key=KEY, host=server.url)
        assert pc.describe_index("movies").host.startswith("http://localhost:")
        assert server.url.startswith("http://localhost:")
    with pytest.raises(ValueError, match="advertised_host='http://x'"):
        LocalServer(advertised_host="http://x")


@contextmanager
def serving(*args: str, env: Mapping[str, str] = {}) -> Iterator[list[str]]:
    """``pinecone-versioned serve`` in a child process; yields the lines it printed up to "listening on"."""
    environment = {k: v for k, v in os.environ.items() if k not in ("PORT", "PINECONE_HOST")}
    environment.update(PYTHONPATH=f"{REPO_ROOT / 'src'}:{REPO_ROOT / 'generated'}", **env)
    command = [sys.executable, "-m", "pinecone_versioned.cli", "serve", *args]
    child = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        lines = []
        while not lines or "listening on" not in lines[-1]:
            line = child.stdout.readline()
            assert line, f"serve exited: {child.wait()} {child.stderr.read() if child.stderr else ''}"
            lines.append(line.strip())
        yield lines
    finally:
        child.terminate()
        child.wait(timeout=30)


def test_the_official_sdk_gets_index_hosts_after_port_and_the_pinecone_host_variable() -> None:
    base = free_ports(3)
    with serving(env={"PORT": str(base), "PINECONE_HOST": "localhost"}) as printed:
        assert printed[-1].endswith(f"listening on http://localhost:{base}")
        run = subprocess.run(
            [official_python(), "-c", SDK_PROGRAM, f"http://localhost:{base}"],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout)
    assert result == {"hosts": [f"http://localhost:{base + 1}", f"http://localhost:{base + 2}"], "count": 2}


def test_the_one_index_image_variables_serve_that_index_on_port() -> None:
    base = free_ports(2)
    image = {"PORT": str(base + 1), "INDEX_TYPE": "serverless", "VECTOR_TYPE": "dense", "DIMENSION": "2"}
    with serving("--index-from-env", env={**image, "METRIC": "dotproduct"}) as printed:
        assert printed == [f"index index on http://127.0.0.1:{base + 1}", f"{printed[-1]}"]
        assert printed[-1].endswith(f"listening on http://127.0.0.1:{base}")  # control plane just before it
        index = Pinecone(api_key=KEY, host=f"http://127.0.0.1:{base}").Index(host=f"http://127.0.0.1:{base + 1}")
        index.upsert([("a", [1.0, 2.0])])
        assert index.query(vector=[1.0, 1.0], top_k=1).matches[0].score == pytest.approx(3.0)


def test_the_one_index_variables_alone_create_nothing() -> None:
    """A job that sets DIMENSION and METRIC for its own tests (the official SDK's suite does) gets a clean project."""
    base = free_ports(2)
    with serving("--port", str(base), env={"DIMENSION": "10", "METRIC": "cosine", "INDEX_TYPE": "serverless"}):
        assert Pinecone(api_key=KEY, host=f"http://127.0.0.1:{base}").list_indexes().names() == []


def test_index_flags_and_the_command_line_port_win_over_the_environment() -> None:
    base = free_ports(4)
    with serving("--port", str(base), "--index", "name=movies,dimension=3,metric=cosine", env={"PORT": "1"}) as printed:
        assert printed == [f"index movies on http://127.0.0.1:{base + 1}", f"{printed[-1]}"]
        pc = Pinecone(api_key=KEY, host=f"http://127.0.0.1:{base}")
        assert pc.describe_index("movies").dimension == 3


@pytest.mark.parametrize(
    ("args", "env", "named"),
    [
        (["--index", "name=a,dimension=abc"], {}, "dimension='abc'"),
        (["--index", "name=a,dim=3"], {}, "'dim=3' is not KEY=VALUE"),
        (["--index", "dimension=3"], {}, "name=... is required"),
        (["--index", "name=a,metric=hamming"], {}, "metric='hamming': must be one of cosine, euclidean, dotproduct"),
        (["--index", "name=a,vector-type=sparse,dimension=3"], {}, "index 'a' given at start cannot be created"),
        (["--index", "name=a,dimension=2", "--index", "name=a,dimension=3"], {}, "each index name once"),
        ([], {"PORT": "http"}, "PORT='http'"),
        ([], {"PINECONE_HOST": "http://localhost"}, "PINECONE_HOST='http://localhost'"),
        (["--advertised-host", "a:1"], {}, "--advertised-host='a:1'"),
        (["--index-from-env"], {"DIMENSION": "-2", "PORT": "0"}, "PORT=0"),
        (["--index-from-env"], {}, "--index-from-env: none of INDEX_TYPE, VECTOR_TYPE, DIMENSION, METRIC is set"),
        (["--index-from-env"], {"DIMENSION": "-2"}, "DIMENSION='-2'"),
        (["--index-from-env"], {"DIMENSION": "2", "METRIC": "l2"}, "METRIC='l2'"),
        (["--index-from-env"], {"DIMENSION": "2", "INDEX_TYPE": "starter"}, "INDEX_TYPE='starter'"),
        (["--index-from-env"], {"VECTOR_TYPE": "hybrid"}, "VECTOR_TYPE='hybrid'"),
    ],
)
def test_a_bad_option_or_variable_is_one_line_naming_it(
    args: list[str],
    env: dict[str, str],
    named: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("PORT", "PINECONE_HOST", "INDEX_TYPE", "VECTOR_TYPE", "DIMENSION", "METRIC"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["serve", "--port", "0", *args] if "PORT" not in env else ["serve", *args]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and named in error, error


def test_the_readme_ci_step_starts_a_server_that_answers(tmp_path: Path) -> None:
    """The commands of the README's "Start a local Pinecone" step, on a free port, with the package under test."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    step = readme[readme.index("- name: Start a local Pinecone") :]
    commands = step[step.index("run: |\n") + len("run: |\n") : step.index("\n      - run:")]
    lines = [line.strip() for line in commands.splitlines() if not line.strip().startswith("pip install")]
    base = free_ports(2)
    script = "\n".join(lines).replace("5080", str(base)).replace("pinecone-versioned serve", "$SERVE")
    script += f"\ncurl -s -H 'Api-Key: {KEY}' -H 'X-Pinecone-API-Version: 2025-10' http://localhost:{base}/indexes"
    script += "\nkill $!"
    environment = {**os.environ, "PYTHONPATH": f"{REPO_ROOT / 'src'}:{REPO_ROOT / 'generated'}"}
    environment["SERVE"] = f"{sys.executable} -m pinecone_versioned.cli serve"
    done = subprocess.run(
        ["bash", "-e", "-c", script],
        check=False,
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr + (tmp_path / "pinecone-local.log").read_text()
    assert json.loads(done.stdout) == {"indexes": []}
    assert f"listening on http://localhost:{base}" in (tmp_path / "pinecone-local.log").read_text()
