"""Which Pinecone API version each official SDK release speaks.

Pinecone ties every major release of its SDKs to one API version. This module
keeps that mapping as data, with where each row comes from, so a program that
migrates from an official SDK can pin exactly the API version it used before::

    >>> from pinecone_versioned.sdk_versions import api_version_for, sdk_majors
    >>> api_version_for("python", "5.3.1")
    '2024-10'
    >>> [row.releases for row in sdk_majors("2024-10") if row.language == "python"]
    ['5.3.x']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Language = Literal["python", "node", "java", "go", "dotnet"]
Source = Literal["published", "measured", "changelog"]

LANGUAGES: tuple[Language, ...] = ("python", "node", "java", "go", "dotnet")


@dataclass(frozen=True, slots=True)
class SdkRelease:
    """A range of releases of one official SDK and the API version it targets."""

    language: Language
    releases: str  # as written in the table: "7.x", "5.3.x", "5.0.x-5.2.x"
    api_version: str
    source: Source  # "published": Pinecone's SDK table; otherwise how we know
    note: str = ""  # what is known beyond the table

    def covers(self, version: str) -> bool:
        """Whether the SDK release ``version`` (e.g. "5.3.1") falls in this row."""
        wanted = _numbers(version)
        low, _, high = self.releases.partition("-")
        return _prefix_le(_pattern(low), wanted) and _prefix_ge(_pattern(high or low), wanted)


def _numbers(version: str) -> tuple[int, ...]:
    parts = version.strip().lstrip("v").split(".")
    numbers = []
    for part in parts:
        digits = "".join(c for c in part if c.isdigit())
        if not digits:
            break
        numbers.append(int(digits))
    if not numbers:
        raise ValueError(f"not a version number: {version!r}")
    return tuple(numbers)


def _pattern(text: str) -> tuple[int, ...]:
    """ "5.3.x" -> (5, 3): the fixed leading parts of a release range bound."""
    return tuple(int(p) for p in text.strip().lstrip("v").split(".") if p != "x")


def _prefix_le(bound: tuple[int, ...], version: tuple[int, ...]) -> bool:
    return bound <= version[: len(bound)]


def _prefix_ge(bound: tuple[int, ...], version: tuple[int, ...]) -> bool:
    return version[: len(bound)] <= bound


_PUBLISHED: dict[str, dict[Language, str]] = {
    "2025-04": {"python": "7.x", "node": "6.x", "java": "5.x", "go": "4.x", "dotnet": "4.x"},
    "2025-01": {"python": "6.x", "node": "5.x", "java": "4.x", "go": "3.x", "dotnet": "3.x"},
    "2024-10": {"python": "5.3.x", "node": "4.x", "java": "3.x", "go": "2.x", "dotnet": "2.x"},
    "2024-07": {"python": "5.0.x-5.2.x", "node": "3.x", "java": "2.x", "go": "1.x", "dotnet": "1.x"},
    "2024-04": {"python": "4.x", "node": "2.x", "java": "1.x", "go": "0.x", "dotnet": "0.x"},
}

# What is known beyond the published table about some of its rows.
_NOTES: dict[tuple[Language, str], str] = {
    ("python", "4.x"): "Published as pinecone-client 4.x, which sends no API version header at all.",
    ("python", "5.3.x"): "Sends 2024-07 on its database calls; only bulk import uses 2024-10.",
}

SDK_RELEASES: tuple[SdkRelease, ...] = (
    *(
        SdkRelease(language, releases, api_version, "published", _NOTES.get((language, releases), ""))
        for api_version, row in _PUBLISHED.items()
        for language, releases in row.items()
    ),
    SdkRelease(
        "python",
        "5.4.x",
        "2024-10",
        "measured",
        "Not in Pinecone's table. Like 5.3.x, it sends 2024-07 on its database calls and 2024-10 only for bulk import.",
    ),
    SdkRelease(
        "python",
        "8.x",
        "2025-10",
        "measured",
        "8.1.2 observed sending 2025-10 on the control plane; Pinecone's table has no 2025-10 row.",
    ),
    SdkRelease("python", "9.x", "2025-10", "measured", "9.1.0 observed sending 2025-10 on the control plane."),
    SdkRelease(
        "python",
        "10.x",
        "2026-07",
        "measured",
        "10.2.0 observed sending 2026-07 on the control plane, a version whose specs this build does not pin yet.",
    ),
    SdkRelease(
        "java", "6.x", "2025-10", "changelog", "Its 6.0.0 changelog says it is generated from the 2025-10 spec."
    ),
)
# For 2025-10 no Node.js, Go or .NET major is known here; api_version_for says so by raising.
# A row may name an API version this build does not ship (python 10.x): what was seen on the
# wire is recorded all the same, and pinning that version is refused with the supported list.


def api_version_for(language: Language | str, sdk_version: str) -> str:
    """The API version that ``language``'s official SDK at release ``sdk_version`` targets.

    Raises ``LookupError`` naming the known ranges when the release is not in the table.
    """
    rows = [r for r in SDK_RELEASES if r.language == language]
    if not rows:
        raise LookupError(f"unknown SDK language {language!r}; known: {', '.join(LANGUAGES)}")
    try:
        _numbers(sdk_version)
    except ValueError as exc:
        raise LookupError(str(exc)) from None
    for row in rows:
        if row.covers(sdk_version):
            return row.api_version
    known = ", ".join(f"{r.releases} -> {r.api_version}" for r in rows)
    raise LookupError(f"{language} SDK {sdk_version} is not in the table; known releases: {known}")


def sdk_majors(api_version: str) -> tuple[SdkRelease, ...]:
    """Every SDK release range known to target ``api_version``."""
    return tuple(r for r in SDK_RELEASES if r.api_version == api_version)


__all__ = ["LANGUAGES", "SDK_RELEASES", "SdkRelease", "api_version_for", "sdk_majors"]
