"""Fuzz the local server with schemathesis against each pinned version's db_control and db_data specs.

Run by ``nox -s conformance`` (not part of the test suite: it takes minutes).
For every version it starts a strict in-process server, makes one index for
the data plane, and runs the ``schemathesis`` command line with the checks that
matter here: no 5xx, and every response's status, content type and body as the
spec documents them. Prints one line per run and exits non-zero on any failure.

Usage: python tests/local/run_conformance.py [MAX_EXAMPLES] [VERSION ...]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from pinecone_versioned.local import LocalServer
from pinecone_versioned.local._specs import find_spec_dir

KEY = "conformance-key"
CHECKS = "not_a_server_error,response_schema_conformance,content_type_conformance"
FILES = {"db_control": ("db_control", "control"), "db_data": ("db_data", "data")}


def _spec_file(version: str, surface: str) -> Path:
    # Pinecone's own files (with their examples, which schemathesis uses), not the shipped copies.
    folder = (find_spec_dir() or Path(__file__).resolve().parents[2].parent / "shared" / "openapi") / version
    for prefix in FILES[surface]:
        candidate = folder / f"{prefix}_{version}.oas.yaml"
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"no {surface} spec for {version}")


def _run(version: str, surface: str, url: str, examples: int) -> tuple[bool, str]:
    """Whether schemathesis passed, and its summary of the test cases it ran."""
    command = [
        "schemathesis",
        "run",
        str(_spec_file(version, surface)),
        "--url",
        url,
        "--header",
        f"Api-Key: {KEY}",
        "--header",
        f"X-Pinecone-API-Version: {version}",
        "--checks",
        CHECKS,
        "--max-examples",
        str(examples),
        "--phases",
        "examples,coverage,fuzzing",
        "--seed",
        "1",
        "--workers",
        "1",
        "--no-color",
        # schemathesis cannot write NDJSON bodies; the record tests cover this operation.
        "--exclude-operation-id",
        "upsertRecordsNamespace",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(done.stdout[-6000:])
    lines = done.stdout.splitlines()
    summary = [lines[i + 1].strip() for i, line in enumerate(lines[:-1]) if line.strip() in ("Tested:", "Test cases:")]
    tested = [line.strip() for line in lines if line.strip().startswith("Tested:")]
    return done.returncode == 0, "; ".join(tested + summary)


def main(argv: list[str]) -> int:
    examples = int(argv[0]) if argv else 25
    ok = True
    with LocalServer(api_key=KEY, strict=True) as server:
        for version in argv[1:] or list(server.app.specs):
            headers = {"Api-Key": KEY, "X-Pinecone-API-Version": version}
            serverless = {"serverless": {"cloud": "aws", "region": "us-east-1"}}
            body = {"name": f"fuzz-{version.replace('-', '')}", "dimension": 4, "metric": "cosine", "spec": serverless}
            host = httpx.post(f"{server.url}/indexes", json=body, headers=headers).json()["host"]
            # The data plane first: the control-plane run may well delete the index.
            for surface, url in (("db_data", host), ("db_control", server.url)):
                passed, counts = _run(version, surface, url, examples)
                ok = ok and passed
                print(f"{version} {surface}: {'PASS' if passed else 'FAIL'} {counts}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
