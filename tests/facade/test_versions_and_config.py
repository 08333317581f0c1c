"""Version selection, the SDK table and configuration resolution (argument, environment, default)."""

from __future__ import annotations

import warnings

import httpx
import pytest

import pinecone_versioned as pv
from codegen.pins import load_pins
from pinecone_versioned import _config, sdk_versions
from pinecone_versioned_gen import API_VERSIONS

KEY = "pcsk_config-test-key-1a2b3c"
PINS = load_pins()


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PINECONE_API_KEY", "PINECONE_API_VERSION", "PINECONE_CONTROLLER_HOST", "PINECONE_ALLOW_PREVIEW"):
        monkeypatch.delenv(name, raising=False)


def test_default_version_is_the_one_the_pins_name() -> None:
    assert pv.default_api_version() == PINS.default_version
    assert pv.Pinecone(api_key=KEY).api_version == PINS.default_version
    assert pv.AsyncPinecone(api_key=KEY).api_version == PINS.default_version
    assert pv.Admin(client_id="i", client_secret="s").api_version == PINS.default_version


@pytest.fixture
def preview(monkeypatch: pytest.MonkeyPatch) -> str:
    """A pinned version relabelled preview (the build ships none today; tests/release adds a real one)."""
    version = next(v.name for v in PINS.versions if v.name != PINS.default_version and v.status == "stable")
    monkeypatch.setitem(_config.STATUS, version, "preview")
    return version


def test_a_preview_version_needs_the_opt_in(preview: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(pv.UnsupportedApiVersionError, match="allow_preview=True") as raised:
        pv.Pinecone(api_key=KEY, api_version=preview)
    assert "PINECONE_ALLOW_PREVIEW" in str(raised.value) and preview in str(raised.value)
    with pytest.raises(pv.UnsupportedApiVersionError, match="preview"):
        pv.Admin(client_id="i", client_secret="s", api_version=preview)
    with pytest.warns(pv.PreviewApiVersionWarning, match=preview):
        assert pv.Pinecone(api_key=KEY, api_version=preview, allow_preview=True).api_version == preview
    monkeypatch.setenv("PINECONE_ALLOW_PREVIEW", "1")
    with pytest.warns(pv.PreviewApiVersionWarning):
        assert pv.AsyncPinecone(api_key=KEY, api_version=preview).api_version == preview
    with pytest.raises(pv.UnsupportedApiVersionError):
        pv.Pinecone(api_key=KEY, api_version=preview, allow_preview=False)  # the argument beats the environment


# Apart from the rules: a mutation run (tests/mutation.py) adds frames between a warning and this line,
# so it deselects this test and keeps the others.
def test_lifecycle_warnings_point_at_the_callers_line(preview: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.warns(pv.PreviewApiVersionWarning, match=preview) as caught:
        pv.Pinecone(api_key=KEY, api_version=preview, allow_preview=True)
    assert caught[0].filename == __file__
    monkeypatch.setattr(_config, "_warned_deprecated", set())
    deprecated = next(v.name for v in PINS.versions if v.status == "deprecated")
    with pytest.warns(pv.DeprecatedApiVersionWarning, match=deprecated) as caught:
        pv.AsyncPinecone(api_key=KEY, api_version=deprecated)
    assert caught[0].filename == __file__


def test_a_bad_opt_in_variable_is_named(preview: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PINECONE_ALLOW_PREVIEW", "sure")
    with pytest.raises(pv.ConfigurationError, match="PINECONE_ALLOW_PREVIEW"):
        pv.Pinecone(api_key=KEY, api_version=preview)


def test_a_deprecated_version_warns_once_and_names_its_successor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_config, "_warned_deprecated", set())
    names = [v.name for v in PINS.versions]
    deprecated = next(v.name for v in PINS.versions if v.status == "deprecated")
    successor = next(v.name for v in PINS.versions[names.index(deprecated) + 1 :] if v.status == "stable")
    with pytest.warns(pv.DeprecatedApiVersionWarning, match=f"{deprecated} is deprecated: move to {successor}"):
        pv.Pinecone(api_key=KEY, api_version=deprecated)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pv.Pinecone(api_key=KEY, api_version=deprecated)
        pv.AsyncPinecone(api_key=KEY, api_version=deprecated)


def test_each_version_moves_to_the_next_stable_one() -> None:
    names = [v.name for v in PINS.versions]
    for position, version in enumerate(names):
        later_stable = [v.name for v in PINS.versions[position + 1 :] if v.status == "stable"]
        assert _config.successor(version) == (later_stable[0] if later_stable else None), version


def test_a_deprecated_version_without_a_stable_successor_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    newest = PINS.versions[-1].name
    monkeypatch.setitem(_config.STATUS, newest, "deprecated")
    monkeypatch.setattr(_config, "_warned_deprecated", set())
    with pytest.warns(pv.DeprecatedApiVersionWarning) as caught:
        pv.Pinecone(api_key=KEY, api_version=newest)
    assert str(caught[0].message) == f"API version {newest} is deprecated: no newer stable version is shipped"


def test_version_argument_beats_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PINECONE_API_VERSION", "2024-10")
    assert pv.Pinecone(api_key=KEY).api_version == "2024-10"
    assert pv.Pinecone(api_key=KEY, api_version="2025-01").api_version == "2025-01"


@pytest.mark.parametrize("bad", ["2023-01", "2025-4", "latest", "2025-04-01", "2025-04.alpha", "2025-04.ALPHA"])
def test_unknown_or_malformed_versions_list_the_supported_ones(bad: str) -> None:
    with pytest.raises(pv.UnsupportedApiVersionError) as raised:
        pv.Pinecone(api_key=KEY, api_version=bad)
    assert all(v in str(raised.value) for v in API_VERSIONS)


def test_bad_version_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PINECONE_API_VERSION", "2019-01")
    with pytest.raises(pv.UnsupportedApiVersionError, match="PINECONE_API_VERSION"):
        pv.Pinecone(api_key=KEY)


def test_api_key_from_argument_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(pv.ConfigurationError, match="PINECONE_API_KEY") as raised:
        pv.Pinecone()
    assert "api_key" in str(raised.value)
    monkeypatch.setenv("PINECONE_API_KEY", "from-env")
    assert pv.Pinecone().config.api_key.value == "from-env"
    assert pv.Pinecone(api_key="from-arg").config.api_key.value == "from-arg"


def test_control_host_from_argument_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pv.Pinecone(api_key=KEY).config.control_host == "https://api.pinecone.io"
    monkeypatch.setenv("PINECONE_CONTROLLER_HOST", "controller.example:8443")
    assert pv.Pinecone(api_key=KEY).config.control_host == "https://controller.example:8443"
    assert pv.Pinecone(api_key=KEY, host="http://127.0.0.1:5080").config.control_host == "http://127.0.0.1:5080"


def test_timeout_and_retries_are_validated() -> None:
    assert pv.Pinecone(api_key=KEY, timeout=5).config.timeout == httpx.Timeout(5.0)
    with pytest.raises(pv.ConfigurationError, match="timeout"):
        pv.Pinecone(api_key=KEY, timeout=0)
    with pytest.raises(pv.ConfigurationError, match="retries"):
        pv.Pinecone(api_key=KEY, retries=-1)


def test_reserved_headers_cannot_be_overridden() -> None:
    with pytest.raises(pv.ConfigurationError, match="api-key"):
        pv.Pinecone(api_key=KEY, additional_headers={"Api-Key": "other"})


def test_with_options_returns_a_changed_copy() -> None:
    original = pv.Pinecone(api_key=KEY, api_version="2024-04", timeout=5)
    changed = original.with_options(api_version="2025-04")
    assert (original.api_version, changed.api_version) == ("2024-04", "2025-04")
    assert changed.config.timeout == original.config.timeout
    assert changed.config.api_key.value == KEY
    with pytest.raises(pv.ConfigurationError, match="unknown settings"):
        original.with_options(api_verison="2025-04")


def test_the_key_is_masked_in_reprs() -> None:
    client = pv.Pinecone(api_key=KEY)
    for text in (repr(client), repr(client.config), str(client.config), repr(client.Index(host="h.example"))):
        assert KEY not in text


def test_escape_hatch_is_the_pinned_generated_package() -> None:
    assert pv.Pinecone(api_key=KEY, api_version="2024-07").api.__name__ == "pinecone_versioned_gen.v2024_07"


@pytest.mark.parametrize(
    ("language", "release", "expected"),
    [
        ("python", "5.3.1", "2024-10"),
        ("python", "5.2.0", "2024-07"),
        ("python", "5.0.1", "2024-07"),
        ("python", "4.1.2", "2024-04"),
        ("python", "6.0.2", "2025-01"),
        ("python", "7.3.0", "2025-04"),
        ("node", "6.1.0", "2025-04"),
        ("java", "1.2.0", "2024-04"),
        ("go", "0.5.0", "2024-04"),
        ("dotnet", "3.0.0", "2025-01"),
    ],
)
def test_published_sdk_table(language: str, release: str, expected: str) -> None:
    assert pv.api_version_for(language, release) == expected


def test_sdk_table_names_pinned_versions_and_allows_unknown_ones() -> None:
    """A new release has no known SDK major yet: its rows are simply absent (shown as unknown)."""
    for row in sdk_versions.SDK_RELEASES:
        # Only an observation may name a version this build does not pin (an SDK newer than the pins).
        assert row.api_version in API_VERSIONS or row.source == "measured", row
    for version in API_VERSIONS:
        published = {r.language for r in pv.sdk_majors(version) if r.source == "published"}
        assert published in (set(), set(sdk_versions.LANGUAGES)), version  # Pinecone's table: a full column or none
    assert pv.sdk_majors("2099-01") == ()


def test_notes_record_what_is_known_beyond_the_table() -> None:
    rows = {(r.language, r.releases): r for r in sdk_versions.SDK_RELEASES}
    assert "no API version header" in rows[("python", "4.x")].note
    assert "2024-07" in rows[("python", "5.3.x")].note
    assert rows[("python", "8.x")].api_version == "2025-10"


def test_sdk_lookups_fail_clearly() -> None:
    with pytest.raises(LookupError, match="known releases"):
        pv.api_version_for("python", "3.0.0")
    with pytest.raises(LookupError, match="unknown SDK language"):
        pv.api_version_for("ruby", "1.0")


def test_for_sdk_pins_the_version_of_that_release() -> None:
    assert pv.Pinecone.for_sdk("python", "6.0.2", api_key=KEY).api_version == "2025-01"
    assert pv.AsyncPinecone.for_sdk("node", "4.0.0", api_key=KEY).api_version == "2024-10"


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("2025-4", "api_version='2025-4' is not an API version: use the YYYY-MM form, one of "),
        ("2023-01", "api_version='2023-01' is not shipped by this build; supported: "),
    ],
)
def test_a_refused_version_is_named_with_its_origin_and_the_shipped_ones(given: object, message: str) -> None:
    listed = ", ".join(f"{v.name} ({v.status})" for v in PINS.versions)  # from openapi/pins.toml, not the code
    with pytest.raises(pv.UnsupportedApiVersionError) as raised:
        pv.Pinecone(api_key=KEY, api_version=given)  # type: ignore[arg-type]
    assert message in str(raised.value) and listed in str(raised.value)
