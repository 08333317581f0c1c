"""Import cost in fresh processes: ``import pinecone_versioned`` + pin a version + ``Index(host=...)``."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any

from bench.report import ratio, table
from pinecone_versioned_gen import API_VERSIONS

HTTPX = "bare import httpx"
OFFICIAL = "official pinecone"

# Times only the body (interpreter start-up is the same for all); peak RSS is of the whole process.
# Peak RSS is VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so a child started by a large
# parent (this benchmark, after the per-call section) would report the parent's size.
_PROBE = """\
import time
start = time.perf_counter()
{body}
elapsed = time.perf_counter() - start
with open("/proc/self/status") as status:
    peak_kb = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print(elapsed, peak_kb)
"""


def probes(include_official: bool) -> dict[str, str]:
    """Name -> code to time: every pinned version of ours, then bare httpx, then the official SDK."""
    ours = {
        f"ours {version}": (
            "import pinecone_versioned\n"
            f"pc = pinecone_versioned.Pinecone(api_key='k', api_version='{version}')\n"
            "pc.Index(host='h.example')"
        )
        for version in API_VERSIONS
    }
    official = {OFFICIAL: "from pinecone import Pinecone\nPinecone(api_key='k').Index(host='h.example')"}
    return {**ours, HTTPX: "import httpx", **(official if include_official else {})}


@dataclass
class Probe:
    seconds: list[float] = field(default_factory=list)
    max_rss_kb: list[int] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def median_rss_mb(self) -> float:
        return statistics.median(self.max_rss_kb) / 1024


def _run_probe(code: str) -> tuple[float, int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PINECONE_")}  # no configuration from outside
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(body=code)], capture_output=True, text=True, env=env, check=True
    )
    seconds, rss = done.stdout.split()
    return float(seconds), int(rss)


def run(runs: int, include_official: bool) -> dict[str, Probe]:
    """One discarded run of each probe (byte-code caches), then ``runs`` rounds, probes interleaved."""
    codes = probes(include_official)
    for code in codes.values():
        _run_probe(code)
    results = {name: Probe() for name in codes}
    for _ in range(runs):
        for name, code in codes.items():
            seconds, rss = _run_probe(code)
            results[name].seconds.append(seconds)
            results[name].max_rss_kb.append(rss)
    return results


def render(results: dict[str, Probe], runs: int) -> str:
    httpx = results[HTTPX]
    official = results.get(OFFICIAL)
    rows = [
        [
            name,
            f"{probe.median_ms:.1f}",
            ratio(probe.median_ms, official.median_ms) if official else "-",
            f"{probe.median_rss_mb:.1f}",
            f"{probe.median_rss_mb - httpx.median_rss_mb:+.1f}",
        ]
        for name, probe in results.items()
    ]
    headers = ["fresh process", "import+Index ms", "vs official", "peak RSS MB", "RSS - httpx MB"]
    notes = [
        f"Medians of {runs} fresh processes each. Time covers the import, Pinecone(...) and Index(host=...) only;",
        "peak RSS (VmHWM) is of the whole process, interpreter included.",
    ]
    return table("Import + pin + Index(host=...), fresh process", headers, rows, notes)


def raw(results: dict[str, Probe]) -> dict[str, Any]:
    return {name: {"seconds": p.seconds, "max_rss_kb": p.max_rss_kb} for name, p in results.items()}
