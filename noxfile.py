"""The single entry point for tests, lint, type checks, code generation and the demo.

nox -s demo            the quickstart (see README)
nox -s tests           the test suite
nox -s codegen         regenerate generated/ from the pinned specs
nox -s codegen_check   fail if generated/ differs from a fresh generation
nox -s fetch           download the pinned specs into .spec-cache/
nox -s lint typecheck
nox -s conformance     schemathesis against the local server, every version (slow; not in the default run)
nox -s compat          official pinecone SDKs (7.3.0, 6.0.2) run a scenario against the local server
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
# mypy and the stubs are here because a test type-checks the package (tests/facade/test_typing.py).
TYPING_REQUIREMENTS = ["mypy>=1.10", "types-python-dateutil", "types-PyYAML", "types-jsonschema", "types-tqdm"]
# urllib3: the benchmark's lower reference client (bench/clients.py), exercised by tests/test_bench_harness.py.
TEST_REQUIREMENTS = ["pytest>=8", "hypothesis>=6.100", "pandas>=2.1", "urllib3>=2", *TYPING_REQUIREMENTS]
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
    """Regenerate generated/ (all versions, or `-- --version 2025-04`)."""
    session.install("-e", CODEGEN_EXTRA)
    session.run("python", "-m", "codegen", "generate", *_spec_args(session))


@nox.session(python=PYTHON)
def codegen_check(session: nox.Session) -> None:
    """Regenerate into a temporary folder and fail on any drift from generated/."""
    session.install("-e", CODEGEN_EXTRA)
    session.run("python", "-m", "codegen", "check", *_spec_args(session))


@nox.session(python=PYTHON)
def fetch(session: nox.Session) -> None:
    """Download the pinned spec files into .spec-cache/ and verify their checksums."""
    session.install("-e", CODEGEN_EXTRA)
    session.run("python", "-m", "codegen", "fetch", *session.posargs)


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
def nightly(session: nox.Session) -> None:
    """The hypothesis property tests with the large example budget (profile `nightly` in tests/conftest.py)."""
    session.install("-e", TEST_EXTRAS, *TEST_REQUIREMENTS)
    session.run("pytest", "-q", "tests/local/test_filter_property.py", "--hypothesis-profile=nightly", *session.posargs)


@nox.session(python=PYTHON)
def mutation(session: nox.Session) -> None:
    """Kill rate per module and every surviving mutant (`-- TARGET...` for some; see tests/mutation.py).

    About 15 minutes on two cores for all targets, so not part of the default run."""
    session.install("-e", TEST_EXTRAS, *TEST_REQUIREMENTS, "mutmut==3.8.1")
    session.run("python", "-m", "tests.mutation", *session.posargs)


# Each released SDK with the API version it speaks.
COMPAT_SDKS = ["7.3.0", "6.0.2"]


@nox.session(python=PYTHON)
@nox.parametrize("sdk", COMPAT_SDKS)
def compat(session: nox.Session, sdk: str) -> None:
    """The official SDK, in its own environment, runs tests/local/compat_scenario.py against a served local server."""
    session.install(f"pinecone=={sdk}", "numpy")
    # The server runs from a separate environment, so that the SDK's environment holds the SDK only.
    server_env = os.path.join(session.virtualenv.location + "-server")
    if not os.path.exists(os.path.join(server_env, "bin", "pinecone-versioned")):
        session.run("python", "-m", "venv", server_env, external=True)
        session.run(os.path.join(server_env, "bin", "pip"), "install", "-q", "-e", ".[local]", external=True)
    key = "compat-key"
    server = subprocess.Popen(
        [os.path.join(server_env, "bin", "pinecone-versioned"), "serve", "--port", "0", "--api-key", key, "--strict"],
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


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks: client CPU per call against the httpx+orjson floor and the lower urllib3+orjson reference
    (with the official SDK), import cost,
    ingestion throughput (`-- --quick` for a smoke run; see bench/README.md), then the local server's query
    latency against numpy. Tables are printed and written to bench-results/."""
    session.install("-e", ".[local]", "pinecone==7.3.0", "urllib3>=2")
    session.run("python", "-m", "bench", "--out", "bench-results", *session.posargs)
    session.run("python", "tests/local/bench_query.py")
