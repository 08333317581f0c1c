"""The single entry point for tests, lint, type checks, code generation and the demo.

nox -s demo            the quickstart (see README)
nox -s tests           the test suite
nox -s codegen         regenerate generated/ from the pinned specs
nox -s codegen_check   fail if generated/ differs from a fresh generation
nox -s fetch           download the pinned specs into .spec-cache/
nox -s lint typecheck
"""

from __future__ import annotations

import os

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = os.environ.get("NOX_PYTHON") or "3.11"
SPEC_DIR_ENV = "PINECONE_OPENAPI_SPECS"
TEST_REQUIREMENTS = ["pytest>=8", "mypy>=1.10", "hypothesis>=6.100", "pandas>=2.1"]
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
    session.install(
        "-e", TEST_EXTRAS, "mypy>=1.10", "types-python-dateutil", "types-PyYAML", "types-jsonschema", "types-tqdm", "pytest"
    )
    session.run("mypy", "src/pinecone_versioned", "generated/pinecone_versioned_gen", "codegen")
