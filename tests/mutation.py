"""Mutation testing of the modules where a silent bug costs most (issue 13), with mutmut.

    python -m tests.mutation [TARGET ...] [--jobs N] [--sample N [--seed S]]

Each target is a module (or a part of one, by mutant-name pattern) with the fast tests that cover
it, so that a run stays bounded on two cores. mutmut runs in a scratch copy per target
(`.mutation/<target>/`, git-ignored): it copies src/ and tests/ there, mutates the copy and runs, for
each mutant, only the tests that executed the mutated function. The report gives the kill rate per
target and the diff of every surviving mutant; `mutation-report.txt` in `.mutation/` keeps it. A
survivor not listed with its reason in `tests/mutation_survivors.md` fails the run. `--sample N` runs
a fixed random sample of N mutants per target (the same N and seed pick the same mutants while the
module is unchanged), for targets whose full run is too long.

Two limits of that model: a function that runs once and is cached in the parent process (the local
server's spec loading: `_compile`, `_escape`, `_surface_name` behind `load_specs`) is never re-run in
a mutant, so its mutants survive whatever the tests do; and what runs in a subprocess (the kill -9
test's server) is not seen, so those tests reach no mutant ("no tests").
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / ".mutation"
# Each survivor that is equivalent or accepted, with the reason; a run fails on any other survivor.
ACCEPTED = REPO / "tests" / "mutation_survivors.md"


@dataclass(frozen=True)
class Target:
    files: tuple[str, ...]
    tests: tuple[str, ...]
    # mutant-name globs when only part of a module is the target (mutmut names mutants
    # `package.module.x_function__mutmut_N` and `package.module.xǁClassǁmethod__mutmut_N`).
    mutants: tuple[str, ...] = ()


SRC = "src/pinecone_versioned/"
FACADE = "tests/facade/"
LOCAL = "tests/local/"
# A few end-to-end cases (sync and async, oldest and newest version) where a module is only reached
# through a whole client; the full parametrisation would make each surviving mutant cost minutes.
E2E_REQUESTS = (
    FACADE + "test_e2e.py::test_dense_index_lifecycle[sync-2024-04]",
    FACADE + "test_e2e.py::test_dense_index_lifecycle[async-2025-10]",
    FACADE + "test_e2e_surfaces.py::test_assistant_with_file_chat_and_context[sync-2025-04]",
    FACADE + "test_e2e_surfaces.py::test_assistant_with_file_chat_and_context[async-2025-10]",
    FACADE + "test_e2e_surfaces.py::test_service_account_manages_projects_and_keys[sync-2025-04]",
)
E2E_VECTORS = (
    FACADE + "test_e2e.py::test_dense_index_lifecycle[sync-2025-10]",
    FACADE + "test_e2e.py::test_numpy_vectors_and_records[sync-2025-10]",
    FACADE + "test_e2e.py::test_numpy_vectors_and_records[async-2025-10]",
    FACADE + "test_e2e.py::test_sparse_and_hybrid_query[sync-2025-10]",
    FACADE + "test_e2e.py::test_dataframe_upsert_shows_progress[sync-2025-10]",
)
CLIENT_UNITS = (
    FACADE + "test_twins_and_capabilities.py",
    FACADE + "test_versions_and_config.py",
    FACADE + "test_wire.py",
)
# Refusals and messages: every bad argument, every error class and mapping.
BAD_INPUT = (FACADE + "test_validation.py", FACADE + "test_bad_input.py", FACADE + "test_errors.py")
# mutmut adds its trampolines to the classes it mutates, so the sync and async twins differ in methods,
# and the frames between a warning and the user's line differ from a normal run's.
DESELECTED = (
    "--deselect",
    FACADE + "test_twins_and_capabilities.py::test_async_twins_have_the_same_methods_and_signatures",
    "--deselect",
    FACADE + "test_versions_and_config.py::test_lifecycle_warnings_point_at_the_callers_line",
)
TARGETS: dict[str, Target] = {
    # The retry rules per operation are judged through the fault proxy too (tests/faults); the fault
    # matrix (27 s) is left out: every surviving mutant of `judge` would cost it again.
    "retry": Target(
        (SRC + "_retry.py",),
        (FACADE + "test_retry.py", FACADE + "test_errors.py", "tests/faults/test_retries_through_proxy.py"),
    ),
    # Availability, "removed in", the generic-operation lookups and the matrix are reached through
    # client.call / client.operations, the CLI and the compatibility page.
    "capabilities": Target(
        (SRC + "_capabilities.py",),
        (*CLIENT_UNITS, FACADE + "test_generic_calls.py", "tests/test_cli.py", "tests/generation/test_diff.py"),
    ),
    "generic-calls": Target((SRC + "_generic.py",), (FACADE + "test_generic_calls.py", "tests/test_cli.py")),
    "version-selection": Target(
        (SRC + "_config.py",),
        (*CLIENT_UNITS, FACADE + "test_generic_calls.py"),
        ("pinecone_versioned._config.x_*version*", "pinecone_versioned._config.x_successor*"),
    ),
    "request-building": Target(
        (SRC + "_http.py", SRC + "_engine.py"),
        (
            *CLIENT_UNITS,
            FACADE + "test_retry.py",
            FACADE + "test_request_building.py",
            FACADE + "test_validation.py",  # request enums are checked while the request is built
            FACADE + "test_security.py",
            FACADE + "test_errors.py",
            FACADE + "test_generic_calls.py",
            *E2E_REQUESTS,
        ),
        (
            "pinecone_versioned._http.*",
            "pinecone_versioned._engine.xǁSessionǁ*",
            "pinecone_versioned._engine.x__prepare*",
        ),
    ),
    "validate": Target((SRC + "_validate.py",), (*BAD_INPUT, FACADE + "test_wire.py", *E2E_VECTORS)),
    "local-filter": Target(
        (SRC + "local/_filter.py",),
        (
            LOCAL + "test_filter_property.py",
            LOCAL + "test_filter_errors.py",
            LOCAL + "test_data.py",
            LOCAL + "test_http.py::test_deeply_nested_filters_are_400",  # the nesting limit
        ),
    ),
    "local-routing": Target(
        (SRC + "local/_app.py", SRC + "local/_specs.py"),
        tuple(
            LOCAL + name
            for name in (
                "test_control.py",
                "test_data.py",
                "test_generated_client.py",
                "test_inference.py",
                "test_assistant_admin.py",
                "test_records.py",
                "test_refusals.py",
                "test_http.py",  # bodies a handler cannot take, nesting, methods
                "test_pinecone_fidelity.py::test_write_and_query_answers_carry_log_sequence_numbers",
            )
        )
        + (FACADE + "test_generic_calls.py::test_an_operation_the_local_server_does_not_simulate_is_a_501_naming_it",),
        # Routing proper: version and route lookup, and how a request is dispatched; not the request
        # and response shaping of _specs (the conformance session fuzzes that). Nor the route tables'
        # compilation (_compile, _escape, _surface_name): it runs once, cached, in mutmut's parent, so
        # its mutants never run (see the top); test_refusals fails when it is broken by hand.
        (
            "pinecone_versioned.local._app.xǁAppǁhandle*",
            "pinecone_versioned.local._app.xǁAppǁ_version*",
            "pinecone_versioned.local._app.xǁAppǁ_route*",
            "pinecone_versioned.local._specs.xǁVersionSpecǁmatch*",
            "pinecone_versioned.local._specs.xǁVersionSpecǁmethods*",
        ),
    ),
    # test_durability's server runs in a subprocess, where mutmut cannot see which test reached what.
    "local-journal": Target(
        (SRC + "local/_persist.py",), (LOCAL + "test_journal_restart.py", LOCAL + "test_durability.py")
    ),
}


def _module(path: str) -> str:
    return path.removeprefix("src/").removesuffix(".py").replace("/", ".")


def _prepare(name: str, target: Target) -> Path:
    """A scratch copy of src/ and tests/ with a pyproject.toml that points mutmut at the target."""
    work = WORK / name
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    shutil.copytree(REPO / "src", work / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "tests", work / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "README.md", work / "README.md")  # tests compare tables and run blocks of it
    for data in ("codegen", "openapi", "docs"):  # tests read the pins through codegen.pins, and the docs
        shutil.copytree(REPO / data, work / data, ignore=shutil.ignore_patterns("__pycache__"))
    # Made now: it is on PYTHONPATH from the start (see _mutmut), and Python does not look again
    # in a path entry that did not exist when it first looked.
    (work / "mutants" / "src").mkdir(parents=True)
    # Tests read the generated package's spec files beside them; it is not mutated, so a link will do.
    (work / "mutants" / "generated").symlink_to(REPO / "generated")
    # Tests that are gone (renamed or removed since the table was written) are left out, and said so.
    tests = [test for test in target.tests if (REPO / test.partition("::")[0]).exists()]
    for missing in sorted(set(target.tests) - set(tests)):
        print(f"{name}: no {missing}; left out", flush=True)
    settings = {
        "source_paths": ["src"],
        "only_mutate": list(target.files),
        "also_copy": ["README.md", "codegen", "openapi", "docs"],
        "pytest_add_cli_args_test_selection": tests,
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "--hypothesis-profile=mutation", *DESELECTED],
    }
    mutmut_section = "\n[tool.mutmut]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in settings.items())
    (work / "pyproject.toml").write_text((REPO / "pyproject.toml").read_text() + mutmut_section)
    return work


def _exit_codes(work: Path, target: Target) -> dict[str, dict[str, int | None]]:
    """Mutant name -> exit code, per file of the target, filtered by the target's patterns."""
    found: dict[str, dict[str, int | None]] = {}
    for path in target.files:
        meta = json.loads((work / "mutants" / (path + ".meta")).read_text())["exit_code_by_key"]
        found[path] = {
            name: code
            for name, code in meta.items()
            if not target.mutants or any(fnmatch.fnmatch(name, pattern) for pattern in target.mutants)
        }
    return found


def _mutmut(work: Path, *args: str, log: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    # The generated package is not mutated; it is imported from the checkout.
    # mutants/src first: tests that start the server in a subprocess must run the mutated code too.
    paths = [str(work / "mutants" / "src"), str(REPO / "generated"), env.get("PYTHONPATH")]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, paths))
    # The scratch copy has no spec mirror beside it; point at the checkout's (tests skip without it).
    env.setdefault("PINECONE_OPENAPI_SPECS", str(REPO.parent / "shared" / "openapi"))
    output = log.open("w") if log else subprocess.PIPE
    try:
        return subprocess.run(
            [sys.executable, "-m", "mutmut", *args],
            check=False,
            cwd=work,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
        )
    finally:
        if log:
            output.close()  # type: ignore[union-attr]


def _sample(work: Path, name: str, target: Target, size: int, seed: int, jobs: int) -> list[str]:
    """A fixed random sample of the target's mutants that some test reaches, plus every mutant no test
    reaches (those need no run). mutmut names its mutants only once it has generated them, so a first
    run, on a pattern that matches none, generates them and records which tests reach which function;
    it then stops, and the run on the sample reuses that record."""
    _mutmut(work, "run", "--max-children", str(jobs), "no-such-mutant-*", log=work / "listing.log")
    stats = json.loads((work / "mutants" / "mutmut-stats.json").read_text())
    tests_of, durations = stats["tests_by_mangled_function_name"], stats["duration_by_test"]
    names = sorted(mutant for codes in _exit_codes(work, target).values() for mutant in codes)
    reached = [mutant for mutant in names if tests_of.get(mutant.partition("__mutmut_")[0])]
    # A survivor runs every test that reaches its function; a killed mutant stops at the first failure.
    worst = sum(durations[test] for mutant in reached for test in tests_of[mutant.partition("__mutmut_")[0]])
    chosen = random.Random(seed).sample(reached, min(size, len(reached)))
    print(
        f"{name}: {len(names)} mutants, {len(reached)} reached by a test (at most {worst / 60:.0f} min of"
        f" tests if all survived); sample of {len(chosen)} (seed {seed})",
        flush=True,
    )
    return sorted(chosen) + [mutant for mutant in names if mutant not in reached]


def run_target(
    name: str, target: Target, jobs: int, sample: int | None = None, seed: int = 13
) -> tuple[list[str], list[str]]:
    """Kill rate per file of the target, then each surviving mutant with its diff; and the survivors' names."""
    from mutmut.stats import status_by_exit_code

    work = _prepare(name, target)
    chosen = list(target.mutants) if sample is None else _sample(work, name, target, sample, seed, jobs)
    completed = _mutmut(work, "run", "--max-children", str(jobs), *chosen, log=work / "run.log")
    if completed.returncode != 0:
        raise SystemExit(f"mutmut failed on {name}; see {work / 'run.log'}")

    lines, surviving = [], []
    for path, codes in _exit_codes(work, target).items():
        checked = {mutant: status_by_exit_code[code] for mutant, code in codes.items() if code is not None}
        killed = sum(status in ("killed", "timeout", "caught by type check") for status in checked.values())
        survivors = sorted(mutant for mutant, status in checked.items() if status in ("survived", "no tests"))
        counts = Counter(checked.values())
        rate = f"{100 * killed / len(checked):5.1f}%" if checked else "  n/a"
        of = f" (sample: {len(checked)} of {len(codes)})" if len(checked) < len(codes) else ""
        lines.append(
            f"{name:18} {_module(path):38} killed {killed:4}/{len(checked):<4} {rate}{of}"
            f"  survived {counts['survived']}, no tests {counts['no tests']}, timeout {counts['timeout']},"
            f" suspicious {counts['suspicious']}"
        )
        surviving += survivors
        for mutant in survivors:
            diff = _mutmut(work, "show", mutant).stdout.strip()
            lines.append(
                f"  survived ({checked[mutant]}): {mutant}\n" + "\n".join("    " + row for row in diff.splitlines())
            )
    return lines, surviving


def _accepted() -> dict[str, str]:
    """Survivors already triaged: mutant name -> why it is equivalent or accepted."""
    return dict(re.findall(r"^- `([^`]+)`: (.+)$", ACCEPTED.read_text(encoding="utf-8"), re.MULTILINE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("targets", nargs="*", metavar="TARGET", help="any of: " + ", ".join(TARGETS))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="mutants run at a time")
    parser.add_argument("--sample", type=int, metavar="N", help="run only N mutants per target, chosen at random")
    parser.add_argument("--seed", type=int, default=13, help="of the sample, so that runs compare")
    options = parser.parse_args()
    unknown = sorted(set(options.targets) - set(TARGETS))
    if unknown:
        parser.error(f"unknown target {unknown[0]!r}; use one of {', '.join(TARGETS)}")
    report: list[str] = []
    untriaged: list[str] = []
    accepted = _accepted()
    for name in options.targets or TARGETS:
        lines, surviving = run_target(name, TARGETS[name], options.jobs, options.sample, options.seed)
        print("\n".join(line for line in lines if not line.startswith(" ")), flush=True)
        report += lines
        untriaged += [mutant for mutant in surviving if mutant not in accepted]
    report.append(f"{len(untriaged)} surviving mutants not in {ACCEPTED.relative_to(REPO)}:")
    report += [f"  {mutant}" for mutant in untriaged]
    text = "\n".join(report)
    (WORK / "mutation-report.txt").write_text(text + "\n")
    print(text)
    if untriaged:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
