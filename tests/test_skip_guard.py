"""The allow-list of skips: rules match by test-id glob and reason pattern, and the shipped list parses."""

from __future__ import annotations

import pytest

from tests.conftest import ALLOWED_SKIPS, read_allowed_skips, unexpected_skips

RULES = read_allowed_skips(
    """
    # a comment line
    tests/local/test_x.py::test_y[* | ^needs a GPU\\b   # trailing comment
    """
)


def test_a_skip_is_allowed_only_when_both_the_id_and_the_reason_match() -> None:
    skipped = [
        ("tests/local/test_x.py::test_y[2025-04]", "needs a GPU here"),  # allowed
        ("tests/local/test_x.py::test_y[2025-04]", "no spec directory"),  # reason differs
        ("tests/local/test_x.py::test_z[2025-04]", "needs a GPU here"),  # id differs
    ]
    assert unexpected_skips(skipped, RULES) == skipped[1:]


def test_a_malformed_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="TEST-ID-GLOB | REASON-REGEX"):
        read_allowed_skips("tests/test_a.py::test_b")


def test_the_shipped_list_parses() -> None:
    read_allowed_skips(ALLOWED_SKIPS.read_text())
