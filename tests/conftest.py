"""Shared fixtures (where the repository and the spec mirror are) and the check of skipped tests.

A skipped test passes silently, so every skip must be listed in tests/allowed_skips.txt: a line
``TEST-ID-GLOB | REASON-REGEX`` (fnmatch on the node id, re.search on the skip's reason), with a
comment on why that skip is legitimate. Any other skip fails the run, naming the test and reason.
"""

from __future__ import annotations

import fnmatch
import os
import re
from pathlib import Path

import pytest
from hypothesis import Phase, settings

# Property tests: 150 random examples each in the suite; `--hypothesis-profile nightly` (nox -s nightly) runs 5,000.
settings.register_profile("suite", max_examples=150)
settings.register_profile("nightly", max_examples=5000)
# Mutation runs (tests/mutation.py): the same examples for every mutant, and no shrinking, which would
# spend minutes minimising the failure that already killed the mutant.
settings.register_profile(
    "mutation", max_examples=150, derandomize=True, database=None, phases=(Phase.explicit, Phase.reuse, Phase.generate)
)
settings.load_profile("suite")

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATED_PACKAGE = REPO_ROOT / "generated" / "pinecone_versioned_gen"


def spec_dir_or_none() -> Path | None:
    """$PINECONE_OPENAPI_SPECS, else the mirror beside the checkout (where CI has it)."""
    configured = os.environ.get("PINECONE_OPENAPI_SPECS")
    candidate = Path(configured) if configured else REPO_ROOT.parent / "shared" / "openapi"
    return candidate.resolve() if candidate.is_dir() else None


@pytest.fixture(scope="session")
def spec_dir() -> Path:
    found = spec_dir_or_none()
    if found is None:
        pytest.skip("no spec directory: set PINECONE_OPENAPI_SPECS to a copy of Pinecone's pinecone-api repository")
    return found


ALLOWED_SKIPS = Path(__file__).with_name("allowed_skips.txt")


def read_allowed_skips(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """(node-id glob, reason pattern) of every rule line; blank lines and # comments are ignored."""
    rules = []
    for line in text.splitlines():
        rule = line.split("#", 1)[0].strip()
        if rule:
            test_id, separator, reason = rule.partition(" | ")
            if not separator:
                raise ValueError(f"{ALLOWED_SKIPS.name}: {line!r} is not 'TEST-ID-GLOB | REASON-REGEX'")
            rules.append((test_id.strip(), re.compile(reason.strip())))
    return rules


def unexpected_skips(skipped: list[tuple[str, str]], rules: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, str]]:
    """The (node id, reason) pairs no rule allows."""
    return [
        (node_id, reason)
        for node_id, reason in skipped
        if not any(fnmatch.fnmatchcase(node_id, glob) and pattern.search(reason) for glob, pattern in rules)
    ]


class SkipGuard:
    """Collects the skips of one session and fails it on any that the allow-list does not name."""

    def __init__(self) -> None:
        self.skipped: list[tuple[str, str]] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.skipped and not hasattr(report, "wasxfail"):
            longrepr = report.longrepr
            reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
            self.skipped.append((report.nodeid, reason.removeprefix("Skipped: ")))

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        unexpected = unexpected_skips(self.skipped, read_allowed_skips(ALLOWED_SKIPS.read_text()))
        if not unexpected:
            return
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        lines = [f"{len(unexpected)} test(s) skipped without an entry in tests/{ALLOWED_SKIPS.name}:"]
        lines += [f"  {node_id}: {reason}" for node_id, reason in unexpected]
        lines.append("Make them run, or list them there with the reason the skip is legitimate.")
        if reporter is not None:
            reporter.write_sep("=", "unexpected skips", red=True)
            reporter.write_line("\n".join(lines))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(SkipGuard(), "skip-guard")
