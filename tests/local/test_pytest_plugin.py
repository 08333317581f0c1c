"""The pytest plugin (pinecone_versioned.testing), run by pytester on test files of its own.

The plugin is loaded with ``-p`` and entry-point autoloading off, so that these runs do not depend
on how the package under test is installed; the entry point itself is checked in pyproject.toml.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib

import pytest

from tests.conftest import REPO_ROOT
from tests.official_sdk import official_python
from tests.test_cli import HIDE_LOCAL_EXTRA, LOCAL_EXTRA_MODULES

pytest_plugins = ["pytester"]

PLUGIN = "pinecone_versioned.testing"
SAMPLE_APP = REPO_ROOT / "examples" / "sample_app"
# In an inner test: every request the server answers, as (listener, path, API version header).
WIRE_SPY = """
import pytest

@pytest.fixture
def wire(pinecone_server, monkeypatch):
    seen = []
    handle = pinecone_server.app.handle

    def spy(listener, index, method, path, query, headers, body):
        seen.append((listener, path, headers.get("x-pinecone-api-version")))
        return handle(listener, index, method, path, query, headers, body)

    monkeypatch.setattr(pinecone_server.app, "handle", spy)
    return seen
"""


@pytest.fixture(autouse=True)
def _plugin_only_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    for name in ("PINECONE_API_KEY", "PINECONE_CONTROLLER_HOST", "PINECONE_API_VERSION", "PINECONE_LOGIN_HOST"):
        monkeypatch.delenv(name, raising=False)


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest("-p", PLUGIN, "-p", "anyio.pytest_plugin", "-p", "no:cacheprovider", *args)


def test_the_entry_point_names_the_plugin_module() -> None:
    entry_points = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["entry-points"]
    assert entry_points["pytest11"] == {"pinecone_versioned": PLUGIN}


def test_loading_the_plugin_imports_neither_the_server_nor_the_local_extra() -> None:
    program = (
        f"import sys, {PLUGIN}\n"
        f"loaded = [m for m in {[*LOCAL_EXTRA_MODULES, 'pinecone_versioned.local']!r} if m in sys.modules]\n"
        "print(loaded)\n"
    )
    env_path = f"{REPO_ROOT / 'src'}:{REPO_ROOT / 'generated'}"
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, env={"PYTHONPATH": env_path}
    )
    assert done.stdout.strip() == "[]"


def test_one_server_for_the_session_and_a_clean_project_for_each_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_clean="""
        from pinecone_versioned import PodSpec, ServerlessSpec

        PORTS = set()

        def test_leaves_things_behind(pinecone_client, pinecone_server):
            PORTS.add(pinecone_server.port)
            assert pinecone_client.list_indexes().names() == []
            pinecone_client.create_index("leftover", PodSpec("us-east-1-aws"), dimension=2)
            pinecone_client.Index("leftover").upsert([("a", [1.0, 0.0])])
            pinecone_client.create_collection("kept", "leftover")

        def test_finds_nothing(pinecone_client, pinecone_server):
            PORTS.add(pinecone_server.port)
            assert pinecone_client.list_indexes().names() == []
            assert pinecone_client.list_collections().names() == []
            pinecone_client.create_index("again", ServerlessSpec("aws", "us-east-1"), dimension=2)
            assert pinecone_client.Index("again").describe_index_stats().total_vector_count == 0

        def test_the_same_server_served_both(pinecone_server):
            assert PORTS == {pinecone_server.port}
        """
    )
    run(pytester).assert_outcomes(passed=3)


def test_a_module_can_share_one_project_between_its_tests(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_a_shared="""
        import pytest
        from pinecone_versioned import ServerlessSpec

        @pytest.fixture
        def pinecone_project(pinecone_module_project):
            return pinecone_module_project

        def test_makes(pinecone_client):
            pinecone_client.create_index("shared", ServerlessSpec("aws", "us-east-1"), dimension=2)

        def test_sees(pinecone_client):
            assert pinecone_client.list_indexes().names() == ["shared"]
        """,
        test_b_own="""
        def test_sees_none(pinecone_client):
            assert pinecone_client.list_indexes().names() == []
        """,
    )
    run(pytester).assert_outcomes(passed=3)


VERSIONED_TEST = """
import pytest
{marker}
def test_each_run_speaks_its_version(pinecone_client, pinecone_api_version, wire):
    pinecone_client.list_indexes()
    assert wire == [("control", "/indexes", pinecone_api_version)]
    print("VERSION-ON-THE-WIRE", wire[0][2])
"""


def _wire_versions(result: pytest.RunResult) -> list[str]:
    return sorted(re.findall(r"VERSION-ON-THE-WIRE (\S+)", "\n".join(result.outlines)))


def test_the_marker_runs_a_test_once_per_version_and_each_run_sends_its_version(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(WIRE_SPY)
    pytester.makepyfile(VERSIONED_TEST.format(marker='@pytest.mark.pinecone_api_versions("2025-04", "2025-10")'))
    result = run(pytester, "-s", "-v")
    result.assert_outcomes(passed=2)
    assert _wire_versions(result) == ["2025-04", "2025-10"]
    result.stdout.fnmatch_lines(["*::test_each_run_speaks_its_version[[]2025-04[]]*", "*[[]2025-10[]]*"])


def test_the_command_line_and_the_ini_file_choose_versions_too(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(WIRE_SPY)
    pytester.makepyfile(VERSIONED_TEST.format(marker=""))
    options = run(pytester, "-s", "--pinecone-api-version", "2024-10", "--pinecone-api-version", "2025-01")
    assert _wire_versions(options) == ["2024-10", "2025-01"]
    pytester.makeini("[pytest]\npinecone_api_versions = 2024-07 2025-04\n")
    assert _wire_versions(run(pytester, "-s")) == ["2024-07", "2025-04"]


def test_a_test_may_parametrise_the_version_itself(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(WIRE_SPY)
    marker = '@pytest.mark.parametrize("pinecone_api_version", ["2024-10", "2025-04"], indirect=True)'
    pytester.makepyfile(VERSIONED_TEST.format(marker=marker))
    result = run(pytester, "-s", "--pinecone-api-version", "2025-10")  # the test's own list wins
    result.assert_outcomes(passed=2)
    assert _wire_versions(result) == ["2024-10", "2025-04"]


def test_without_versions_a_test_runs_once_with_the_default(pytester: pytest.Pytester) -> None:
    from pinecone_versioned import default_api_version

    pytester.makeconftest(WIRE_SPY)
    pytester.makepyfile(VERSIONED_TEST.format(marker=""))
    result = run(pytester, "-s")
    result.assert_outcomes(passed=1)
    assert _wire_versions(result) == [default_api_version()]


@pytest.mark.parametrize(
    ("where", "message"),
    [
        (
            '@pytest.mark.pinecone_api_versions("2031-01")',
            "@pytest.mark.pinecone_api_versions: unknown API version 2031-01",
        ),
        ('@pytest.mark.pinecone_api_versions("2025-04", "2025-04")', "each API version once"),
        ("@pytest.mark.pinecone_api_versions()", "takes API versions as arguments"),
    ],
)
def test_a_bad_version_list_is_a_usage_error_naming_it(pytester: pytest.Pytester, where: str, message: str) -> None:
    pytester.makeconftest(WIRE_SPY)
    pytester.makepyfile(VERSIONED_TEST.format(marker=where))
    result = run(pytester)
    assert result.ret != 0
    assert message in "\n".join(result.outlines + result.errlines)


def test_the_async_client_fixture(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(WIRE_SPY)
    pytester.makepyfile(
        """
        import pytest
        from pinecone_versioned import ServerlessSpec

        @pytest.fixture
        def anyio_backend():
            return "asyncio"

        @pytest.mark.anyio
        @pytest.mark.pinecone_api_versions("2025-01", "2025-10")
        async def test_async(pinecone_async_client, pinecone_api_version, wire):
            await pinecone_async_client.create_index("a", ServerlessSpec("aws", "us-east-1"), dimension=2)
            index = pinecone_async_client.Index("a")
            await index.upsert([("x", [1.0, 0.0])])
            assert (await index.describe_index_stats()).total_vector_count == 1
            assert {version for _, _, version in wire} == {pinecone_api_version}
        """
    )
    run(pytester).assert_outcomes(passed=2)


def test_the_environment_points_both_clients_at_the_server(pytester: pytest.Pytester) -> None:
    official_sdk = official_python()
    pytester.makeconftest(WIRE_SPY)
    pytester.makepyfile(
        f"""
        import subprocess
        import pytest
        import pinecone_versioned

        @pytest.mark.pinecone_api_versions("2025-01")
        def test_clients_built_from_the_environment(pinecone_env, pinecone_project, wire):
            program = (
                "from pinecone import Pinecone, ServerlessSpec\\n"
                "Pinecone().create_index(name='from-sdk', dimension=2, spec=ServerlessSpec(cloud='aws', region='us-east-1'))"
            )
            subprocess.run([{official_sdk!r}, "-c", program], check=True, timeout=300)
            assert list(pinecone_project.state.indexes) == ["from-sdk"]
            assert pinecone_versioned.Pinecone().list_indexes().names() == ["from-sdk"]
            assert wire[-1] == ("control", "/indexes", "2025-01")
        """
    )
    run(pytester).assert_outcomes(passed=1)


def test_the_ini_option_applies_the_environment_to_every_test(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\npinecone_autouse_env = true\npinecone_api_key = app-key\n")
    pytester.makepyfile(
        """
        import os
        import pinecone_versioned

        def test_no_fixture_named(pinecone_server):
            assert os.environ["PINECONE_API_KEY"] == "app-key"
            assert os.environ["PINECONE_CONTROLLER_HOST"] == pinecone_server.url
            assert pinecone_versioned.Pinecone().list_indexes().names() == []
        """
    )
    run(pytester).assert_outcomes(passed=1)


def test_without_the_local_extra_the_fixtures_name_it(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(HIDE_LOCAL_EXTRA)
    pytester.makepyfile(
        """
        def test_plain():
            assert True

        def test_uses_the_server(pinecone_client):
            pass
        """
    )
    result = pytester.runpytest_subprocess("-p", PLUGIN, "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(
        ['*need the [[]local[]] extra (* is missing): pip install "pinecone-versioned[[]local[]]"*']
    )


def test_the_readme_example_passes_under_the_plugin(pytester: pytest.Pytester) -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Testing your application offline") :]
    start = section.index("```python\n") + len("```python\n")
    example = section[start : section.index("\n```", start)]
    pytester.makepyfile(test_search=example)
    result = run(pytester, "-v")
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(["*test_search_finds_the_nearest[[]2025-04[]] PASSED*", "*[[]2025-10[]] PASSED*"])


def test_the_sample_application_passes_its_tests_on_two_api_versions(pytester: pytest.Pytester) -> None:
    for source in SAMPLE_APP.glob("*.py"):
        shutil.copy(source, pytester.path / source.name)
    result = run(pytester, "-v")
    result.assert_outcomes(passed=10)
    for version in ("2025-04", "2025-10"):
        assert sum(f"[{version}] PASSED" in line for line in result.outlines) == 5
