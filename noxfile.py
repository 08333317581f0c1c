"""The single entry point for tests, lint, type checks, code generation and the demo.

nox -s demo            the quickstart (see README)
nox -s tests           the test suite
nox -s codegen         regenerate generated/ from the pinned specs
nox -s codegen_check   fail if generated/ differs from a fresh generation
nox -s fetch           download the pinned specs into .spec-cache/
nox -s add_version -- VERSION --specs DIR     pin and generate a new API version (see README, "Releasing")
nox -s remove_version -- VERSION              unpin a version and delete its generated code
nox -s lint typecheck
nox -s conformance     schemathesis against the local server, every version (slow; not in the default run)
nox -s fuzz            schemathesis plus a raw-HTTP hypothesis fuzz of the local server: no 5xx (slow; not default)
nox -s compat          official pinecone SDKs (7.3.0, 6.0.2) run a scenario against the local server
nox -s sdk_suite       the official Python SDK's own integration tests against the local server (slow)
nox -s bench           local-server query latency over 100,000 x 768 vectors, with the numpy floor
nox -s nightly         the property tests with 5,000 random examples each (slow; not in the default run)
nox -s mutation        mutation testing (mutmut) of the modules where a silent bug costs most (slow; not in the default run)
"""

from __future__ import annotations

import os
import subprocess

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = os.environ.get("NOX_PYTHON") or "3.11"
SPEC_DIR_ENV = "PINECONE_OPENAPI_SPECS"
# mypy, pyright and the stubs are here because tests type-check the package (tests/facade/test_typing.py).
# pyright's PyPI wheel bundles its engine and runs it with the machine's Node.js (offline; without a
# Node.js on PATH it would fetch one through nodeenv).
TYPING_REQUIREMENTS = [
    "mypy>=1.10",
    "pyright>=1.1.400",
    "types-python-dateutil",
    "types-PyYAML",
    "types-jsonschema",
    "types-tqdm",
    "types-grpcio",
    # The stubs of the protobuf runtime the generated gRPC modules target (5.29, codegen.protos).
    "types-protobuf>=5.29,<6",
]
# urllib3: the benchmark's lower reference client (bench/clients.py), exercised by tests/test_bench_harness.py.
TEST_REQUIREMENTS = [
    "pytest>=8",
    "hypothesis>=6.100",
    "pandas>=2.1",
    "trustme>=1.2",
    "urllib3>=2",
    # The independent gRPC client of tests/local/test_grpc.py (its protobuf<6 fits grpcio-tools' gencode).
    "pinecone[grpc]==7.3.0",
    *TYPING_REQUIREMENTS,
]
CODEGEN_EXTRA = ".[codegen]"
TEST_EXTRAS = ".[codegen,local]"


def _spec_args(session: nox.Session) -> list[str]:
    """Pass --specs through from `nox -s codegen -- --specs DIR`, else rely on the environment."""
    return list(session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite (pytest); extra arguments go to pytest."""
    session.install("-e", TEST_EXTRAS, *TEST_REQUIREMENTS)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The quickstart: start the local server in process and use a pinned client against it."""
    session.install("-e", ".[local]")
    session.run("python", "examples/quickstart.py")


@nox.session(python=PYTHON)
def codegen(session: nox.Session) -> None:
    """Regenerate generated/ (all versions, or `-- --version 2025-04`) and docs/compatibility.md from it."""
    session.install("-e", CODEGEN_EXTRA)
    session.run("python", "-m", "codegen", "generate", *_spec_args(session))
    session.run("python", "-m", "pinecone_versioned.diff", "--write-docs")


@nox.session(python=PYTHON)
def codegen_check(session: nox.Session) -> None:
    """Regenerate into a temporary folder and fail on any drift from generated/ or docs/compatibility.md."""
    session.install("-e", CODEGEN_EXTRA)
    session.run("python", "-m", "codegen", "check", *_spec_args(session))
    session.run("python", "-m", "pinecone_versioned.diff", "--check-docs")


@nox.session(python=PYTHON)
def fetch(session: nox.Session) -> None:
    """Download the pinned spec files into .spec-cache/ and verify their checksums."""
    session.install("-e", CODEGEN_EXTRA)
    session.run("python", "-m", "codegen", "fetch", *session.posargs)


@nox.session(python=PYTHON)
def add_version(session: nox.Session) -> None:
    """Pin a new API version's spec files and generate it: `-- VERSION --specs DIR [--status preview]`."""
    session.install("-e", CODEGEN_EXTRA)
    session.run("python", "-m", "codegen", "add-version", *session.posargs)


@nox.session(python=PYTHON)
def remove_version(session: nox.Session) -> None:
    """Unpin an API version and delete its generated subpackage: `-- VERSION`."""
    session.install("-e", CODEGEN_EXTRA)
    session.run("python", "-m", "codegen", "remove-version", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff over the whole tree, generated code included."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", "src", "codegen", "tests", "noxfile.py", "examples")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the facade, the generated package and the pipeline."""
    session.install("-e", TEST_EXTRAS, *TYPING_REQUIREMENTS, "pytest")
    session.run("mypy", "src/pinecone_versioned", "generated/pinecone_versioned_gen", "codegen")


@nox.session(python=PYTHON)
def conformance(session: nox.Session) -> None:
    """schemathesis against the local server for each version's db_control and db_data (`-- EXAMPLES [VERSION...]`)."""
    session.install("-e", ".[local]", "schemathesis>=4.0")
    session.run("python", "tests/local/run_conformance.py", *session.posargs)


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """The local server under fuzz, failing on any 5xx: schemathesis for every version's db_control and db_data, then
    hypothesis sending raw HTTP (methods, paths, headers, bodies, framing) over real sockets (`-- SCHEMATHESIS_EXAMPLES
    RAW_REQUESTS`, default 25 examples per operation and 2,000 raw requests per fuzz test and server mode)."""
    examples, raw = (list(session.posargs) + ["25", "2000"][len(session.posargs) :])[:2]
    session.install("-e", ".[local]", "schemathesis>=4.0", "pytest>=8", "hypothesis>=6.100")
    session.run("python", "tests/local/run_conformance.py", examples)
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "tests/local/test_http_fuzz.py",
        "--hypothesis-show-statistics",
        env={"PINECONE_FUZZ_EXAMPLES": raw},
    )


@nox.session(python=PYTHON)
def nightly(session: nox.Session) -> None:
    """The hypothesis property tests with the large example budget (profile `nightly` in tests/conftest.py)."""
    session.install("-e", TEST_EXTRAS, *TEST_REQUIREMENTS)
    session.run("pytest", "-q", "tests/local/test_filter_property.py", "--hypothesis-profile=nightly", *session.posargs)


@nox.session(python=PYTHON)
def mutation(session: nox.Session) -> None:
    """Kill rate per module and every surviving mutant (`-- TARGET...` for some, `-- --sample N` for a
    fixed random sample per target; see tests/mutation.py); fails on survivors not triaged in
    tests/mutation_survivors.md.

    Not in CI: every target pays one run of its tests to map tests to functions before any mutant runs,
    so even `--sample 10` costs minutes per target set; all targets with 60-80-mutant samples took
    about 22 minutes at `--jobs 1`."""
    session.install("-e", TEST_EXTRAS, *TEST_REQUIREMENTS, "mutmut==3.8.1")
    session.run("python", "-m", "tests.mutation", *session.posargs)


# Each released SDK with the API version it speaks.
COMPAT_SDKS = ["7.3.0", "6.0.2"]


def _server_command(session: nox.Session) -> str:
    """`pinecone-versioned` installed in an environment beside the session's, so that the session's holds the SDK only."""
    server_env = session.virtualenv.location + "-server"
    command = os.path.join(server_env, "bin", "pinecone-versioned")
    if not os.path.exists(command):
        session.run("python", "-m", "venv", server_env, external=True)
        session.run(os.path.join(server_env, "bin", "pip"), "install", "-q", "-e", ".[local]", external=True)
    return command


@nox.session(python=PYTHON)
@nox.parametrize("sdk", COMPAT_SDKS)
def compat(session: nox.Session, sdk: str) -> None:
    """The official SDK, in its own environment, runs tests/local/compat_scenario.py against a served local server."""
    session.install(f"pinecone=={sdk}", "numpy")
    key = "compat-key"
    server = subprocess.Popen(
        [_server_command(session), "serve", "--port", "0", "--api-key", key, "--strict"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().rsplit(" ", 1)[-1].strip()
        session.run("python", "tests/local/compat_scenario.py", url, key)
    finally:
        server.terminate()
        server.wait(timeout=30)


# The official SDK whose integration tests judge the local server, and those tests' own dependencies
# (the versions its pyproject.toml names).
SDK_SUITE_SDK = "pinecone[asyncio,grpc]==7.3.0"
SDK_SUITE_REQUIREMENTS = [
    "pytest==8.2.0",
    "pytest-asyncio>=0.25.2,<0.26",
    "pytest-timeout",
    "pytest-mock",
    "pandas<3",
    "numpy",
    "python-dotenv",
]
# The suite's folder (read-only, never edited or copied): override with $PINECONE_SDK_SUITE.
SDK_SUITE_DIR = os.path.join("..", "shared", "peers", "pinecone-python-client-v7.3.0")


@nox.session(python=PYTHON)
def sdk_suite(session: nox.Session) -> None:
    """The official Python SDK's integration tests against a fresh local server per directory, over HTTP and then
    with USE_GRPC=true; prints passed/failed/skipped/excluded per directory. Arguments go to
    tests/sdk_suite/run_sdk_suite.py (`-- --transport http --only data`, `-- --only data -- -k fetch`)."""
    session.install(SDK_SUITE_SDK, *SDK_SUITE_REQUIREMENTS)
    suite = os.environ.get("PINECONE_SDK_SUITE", SDK_SUITE_DIR)
    session.run(
        "python",
        "tests/sdk_suite/run_sdk_suite.py",
        "--suite",
        suite,
        "--serve",
        _server_command(session),
        *session.posargs,
    )


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks: client CPU per call against the httpx+orjson floor and the lower urllib3+orjson reference
    (with the official SDK), import cost,
    ingestion throughput (`-- --quick` for a smoke run; see bench/README.md), then the local server's query
    latency against numpy. Tables are printed and written to bench-results/."""
    session.install("-e", ".[local]", "pinecone==7.3.0", "urllib3>=2")
    session.run("python", "-m", "bench", "--out", "bench-results", *session.posargs)
    session.run("python", "tests/local/bench_query.py")
