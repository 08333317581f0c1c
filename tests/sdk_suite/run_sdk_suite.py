"""Run the official Python SDK's integration suite (read-only, unedited) against the local server, per directory.

Usage (nox -s sdk_suite does this; run it with the Python of an environment holding the SDK and its test
dependencies):

    python tests/sdk_suite/run_sdk_suite.py --suite PEER_DIR --serve "pinecone-versioned" [--transport http]
        [--only data/test_fetch.py ...] [--out DIR] [-- extra pytest arguments]

Each directory gets a fresh server (``serve --port 0``), because many tests assume a clean project. The
passed/failed/skipped/excluded counts are printed per directory, then every failure; the pytest output of
each directory is kept in ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXCLUSIONS = HERE / "exclusions.toml"
API_KEY = "sdk-suite-key"
# Backup tests sleep a fixed 180 s before checking; the rest take seconds.
TEST_TIMEOUT_SECONDS = 420


@dataclass(frozen=True)
class Directory:
    """A part of the suite run by one pytest process (``path`` under tests/integration)."""

    path: str
    leave: tuple[str, ...] = ()  # sub-paths run as their own entry
    # False: against the previous entry's server, for tests that expect what it left behind.
    fresh: bool = True
    # Whether USE_GRPC=true changes what it runs (only data/conftest.py reads it): the gRPC pass runs these only.
    grpc: bool = False
    # False for data_grpc_futures, which speaks gRPC whatever USE_GRPC says: it belongs to the gRPC pass.
    http: bool = True


# Quick directories first, the ones that wait on backups last. The restore-job tests expect a project in
# which a backup has been restored ("assumes the backup test has been run at least once in the same
# project"): they follow the backup tests on the same server.
DIRECTORIES = [
    Directory("plugins"),
    Directory("admin"),
    Directory("inference"),
    Directory("test_upsert.py"),
    Directory("data", grpc=True),
    Directory("data_asyncio"),
    Directory("data_grpc_futures", grpc=True, http=False),
    Directory("control/serverless"),
    Directory("control/pod"),
    Directory("control_asyncio", leave=("resources",)),
    Directory("control/resources/index"),
    Directory("control/resources/collections"),
    Directory("control_asyncio/resources/index"),
    Directory("control/resources/backup"),
    Directory("control/resources/restore_job", fresh=False),
    Directory("control_asyncio/resources/backup"),
    Directory("control_asyncio/resources/restore_job", fresh=False),
]
OUTCOMES = ("passed", "failed", "error", "skipped", "deselected")


@dataclass
class Result:
    label: str
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def start_server(serve: list[str], log: Path) -> tuple[subprocess.Popen[str], str]:
    """Start ``serve --port 0`` and return it with its URL, read from the one line it prints."""
    with open(log, "w") as errors:
        server = subprocess.Popen(
            [*serve, "serve", "--port", "0", "--api-key", API_KEY, "--strict"],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
    assert server.stdout is not None
    line = server.stdout.readline()
    if not line:
        server.wait(timeout=30)
        sys.exit(f"the server did not start; see {log}")
    return server, line.rsplit(" ", 1)[-1].strip()


def stop_server(server: subprocess.Popen[str] | None) -> None:
    if server is not None:
        server.terminate()
        server.wait(timeout=30)


def environment(url: str, grpc: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PINECONE_API_KEY=API_KEY,
        PINECONE_CONTROLLER_HOST=url,
        PINECONE_PLUGIN_ASSISTANT_CONTROL_HOST=url,
        PINECONE_PLUGIN_ASSISTANT_DATA_HOST=url,
        PINECONE_CLIENT_ID="sdk-suite-client",
        PINECONE_CLIENT_SECRET="sdk-suite-secret",
        # As Pinecone's own CI runs the suite (its run-integration-test action). Unset, the weird-id class
        # errors at setup: its seed fetches all 3,184 ids in one request, past the 1,000-id fetch limit.
        SKIP_WEIRD="true",
        FRESHNESS_TIMEOUT_SECONDS="20",
        # A pod environment Pinecone has (the SDK's PodIndexEnvironment.US_EAST1_AWS).
        PINECONE_ENVIRONMENT="us-east-1-aws",
        DIMENSION="10",
        METRIC="cosine",
        USE_GRPC="true" if grpc else "false",
        PYTHONPATH=os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")])),
        # The suite's folder is read-only: no bytecode next to it.
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def parse(label: str, report: Path) -> Result:
    """Counts and failures from the JSON our plugin writes as each test ends."""
    result = Result(label)
    if not report.exists():
        result.failures.append(f"ERROR {label}: pytest reported nothing (see its log)")
        return result
    found = json.loads(report.read_text())
    for nodeid, outcome in found["outcomes"].items():
        result.counts[outcome] = result.counts.get(outcome, 0) + 1
        if outcome in ("failed", "error"):
            result.failures.append(f"{outcome.upper()} {nodeid}")
    result.counts["deselected"] = len(found["deselected"])
    return result


def run_directory(
    suite: Path, directory: Directory, url: str, grpc: bool, args: argparse.Namespace, out: Path
) -> Result:
    target = suite / "tests" / "integration" / directory.path
    log = out / (directory.path.replace("/", "__") + ".log")
    report = out / (directory.path.replace("/", "__") + ".json")
    report.unlink(missing_ok=True)
    ini = Path(tempfile.mkdtemp()) / "pytest.ini"
    # The suite's own pytest settings, minus its DEBUG live logging (-s -vv --log-cli-level=DEBUG).
    ini.write_text("[pytest]\nasyncio_mode = strict\n")
    command = [
        sys.executable,
        "-m",
        "pytest",
        str(target),
        *[f"--ignore={target / sub}" for sub in directory.leave],
        "-c",
        str(ini),
        f"--rootdir={suite}",
        "-p",
        "sdk_suite_plugin",
        "-p",
        "no:cacheprovider",
        f"--timeout={TEST_TIMEOUT_SECONDS}",
        "-q",
        "-rfE",
        "--no-header",
        "--color=no",
        *args.pytest_args,
    ]
    # From the suite's folder, so that its `tests` package is importable and test ids are relative to it;
    # the cache and bytecode are off, so nothing is written there.
    done = subprocess.run(
        command,
        cwd=suite,
        env={
            **environment(url, grpc),
            "SDK_SUITE_REPORT": str(report.resolve()),
            "SDK_SUITE_EXCLUSIONS": "" if args.no_exclusions else str(EXCLUSIONS),
        },
        capture_output=True,
        text=True,
        check=False,
    )
    log.write_text(done.stdout + done.stderr)
    return parse(directory.path, report)


def print_table(results: list[Result], title: str) -> None:
    print(f"\n{title}")
    header = f"{'directory':40}" + "".join(f"{o:>11}" for o in OUTCOMES)
    print(header)
    print("-" * len(header))
    totals = dict.fromkeys(OUTCOMES, 0)
    for result in results:
        print(f"{result.label:40}" + "".join(f"{result.counts.get(o, 0):>11}" for o in OUTCOMES))
        for o in OUTCOMES:
            totals[o] += result.counts.get(o, 0)
    print("-" * len(header))
    print(f"{'total':40}" + "".join(f"{totals[o]:>11}" for o in OUTCOMES))
    print("(deselected = listed in tests/sdk_suite/exclusions.toml, each with its reason)")
    failures = [f for result in results for f in result.failures]
    if failures:
        print("\nFailures:")
        print("\n".join(failures))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suite", type=Path, required=True, help="the peer folder pinecone-python-client-v7.3.0")
    parser.add_argument("--serve", required=True, help="the command that runs pinecone-versioned's CLI")
    parser.add_argument(
        "--transport",
        choices=("http", "grpc", "both"),
        default="both",
        help="grpc: USE_GRPC=true, the data tests go through PineconeGRPC; both: HTTP, then gRPC (default)",
    )
    parser.add_argument("--only", nargs="*", default=None, help="labels or paths under tests/integration to run")
    parser.add_argument(
        "--no-exclusions", action="store_true", help="run the excluded tests too (to measure a server as it is)"
    )
    parser.add_argument("--out", type=Path, default=Path("sdk-suite-results"), help="folder for the pytest logs")
    parser.add_argument("pytest_args", nargs="*", help="after --: extra pytest arguments (-k, ...)")
    args = parser.parse_args()
    chosen = DIRECTORIES
    if args.only:
        known = {d.path: d for d in DIRECTORIES}
        chosen = [known.get(only, Directory(only, grpc=True)) for only in args.only]
    tables = []
    for grpc in {"http": [False], "grpc": [True], "both": [False, True]}[args.transport]:
        out = args.out / ("grpc" if grpc else "http")
        out.mkdir(parents=True, exist_ok=True)
        results: list[Result] = []
        server: subprocess.Popen[str] | None = None
        try:
            for directory in [d for d in chosen if (d.grpc if grpc else d.http)]:
                if server is None or directory.fresh:
                    stop_server(server)
                    name = directory.path.replace("/", "__")
                    server, url = start_server(shlex.split(args.serve), out / f"{name}.server.log")
                print(f"running {directory.path} ({'gRPC' if grpc else 'HTTP'}) ...", flush=True)
                results.append(run_directory(args.suite.resolve(), directory, url, grpc, args, out))
                print("  " + ", ".join(f"{n} {o}" for o, n in results[-1].counts.items()), flush=True)
        finally:
            stop_server(server)
        tables.append((results, f"Official SDK suite against the local server ({'gRPC' if grpc else 'HTTP'})"))
    for results, title in tables:
        print_table(results, title)
    return 0


if __name__ == "__main__":
    sys.exit(main())
