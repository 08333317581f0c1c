"""Fuzz the local server with schemathesis against each pinned version's specs of every surface it serves.

Run by ``nox -s conformance`` and ``nox -s fuzz`` (not part of the test suite: it takes minutes).
For every version it starts a strict in-process server, makes one index for
the data plane, and runs the ``schemathesis`` command line over db_data, db_control,
inference, admin (with a bearer token) and both assistant surfaces, with the checks
that matter here: no 5xx, and every response's status, content type and body as the
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
# Each surface's spec file prefixes, newest naming first (2024-04 called db_control "control").
FILES = {
    "db_control": ("db_control", "control"),
    "db_data": ("db_data", "data"),
    "inference": ("inference",),
    "admin": ("admin",),
    "assistant_control": ("assistant_control",),
    "assistant_data": ("assistant_data",),
}
# The surfaces served on the control listener (the assistant ones without their /assistant prefix).
CONTROL_SURFACES = ("db_control", "inference", "admin", "assistant_control", "assistant_data")


def _spec_file(version: str, surface: str) -> Path | None:
    # Pinecone's own files (with their examples, which schemathesis uses), not the shipped copies.
    folder = (find_spec_dir() or Path(__file__).resolve().parents[2].parent / "shared" / "openapi") / version
    for prefix in FILES[surface]:
        candidate = folder / f"{prefix}_{version}.oas.yaml"
        if candidate.exists():
            return candidate
    return None


def _run(spec: Path, version: str, url: str, examples: int, extra: list[str]) -> tuple[bool, str]:
    """Whether schemathesis passed, and its summary of the test cases it ran."""
    command = [
        "schemathesis",
        "run",
        str(spec),
        "--url",
        url,
        *extra,
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
            form = {"client_id": "id", "client_secret": "secret", "grant_type": "client_credentials", "audience": "x"}
            token = httpx.post(f"{server.url}/oauth/token", data=form).json()["access_token"]
            # The data plane first: the control-plane run may well delete the index.
            for surface, url in (("db_data", host), *((name, server.url) for name in CONTROL_SURFACES)):
                spec = _spec_file(version, surface)
                if spec is None:
                    continue
                extra = ["--header", f"Authorization: Bearer {token}"] if surface == "admin" else []
                passed, counts = _run(spec, version, url, examples, extra)
                ok = ok and passed
                print(f"{version} {surface}: {'PASS' if passed else 'FAIL'} {counts}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
