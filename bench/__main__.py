"""``python -m bench``: run the sections, print their tables and write them to the results folder."""

from __future__ import annotations

import argparse
import dataclasses
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import imports, latency, throughput
from bench.clients import official_version
from bench.data import Sizes
from bench.report import environment, environment_header, write_results

SECTIONS = ("latency", "imports", "throughput")


@dataclasses.dataclass(frozen=True)
class Preset:
    """The defaults of one mode; the command line overrides any of them."""

    sizes: Sizes
    small_reps: int
    large_reps: int
    import_runs: int
    ingest: throughput.IngestConfig


# The full run keeps to about ten minutes on two cores: the local server spends ~0.7 ms of CPU per
# 768-dim vector, so the 200,000-vector ingestion (--ingest-vectors 200000) takes ~10 more.
FULL = Preset(Sizes(), small_reps=15, large_reps=5, import_runs=5, ingest=throughput.IngestConfig(vectors=200_000))
QUICK = Preset(
    Sizes(dim=128, w1_vectors=20, w2_vectors=200, w3_top_k=100, w4_top_k=10, w5_ids=20),
    small_reps=3,
    large_reps=2,
    import_runs=1,
    ingest=throughput.IngestConfig(vectors=2_000, dim=128, batch_size=100),
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes and few repetitions (a smoke test)")
    parser.add_argument("--out", type=Path, default=Path("bench-results"), help="results folder (bench-results)")
    parser.add_argument("--only", choices=SECTIONS, action="append", help="run only this section (repeatable)")
    parser.add_argument("--dim", type=int, help="dimension of W1-W5 (1536)")
    parser.add_argument("--small-reps", type=int, help="measured calls of W1, W4, W5 per client (15)")
    parser.add_argument("--large-reps", type=int, help="measured calls of W2, W3 per client (5)")
    parser.add_argument("--import-runs", type=int, help="fresh processes per import probe (5)")
    parser.add_argument("--ingest-vectors", type=int, help="vectors to ingest per client (200,000)")
    parser.add_argument("--ingest-dim", type=int, help="dimension of ingested vectors (768)")
    parser.add_argument("--batch-size", type=int, help="vectors per upsert request when ingesting (200)")
    parser.add_argument("--concurrency", type=int, help="requests in flight when ingesting (4)")
    return parser


def _settings(args: argparse.Namespace) -> Preset:
    """The mode's preset with the options given on the command line applied."""
    preset = QUICK if args.quick else FULL
    sizes = dataclasses.replace(preset.sizes, **({"dim": args.dim} if args.dim else {}))
    ingest_changes = {
        "vectors": args.ingest_vectors,
        "dim": args.ingest_dim,
        "batch_size": args.batch_size,
        "concurrency": args.concurrency,
    }
    ingest = dataclasses.replace(preset.ingest, **{k: v for k, v in ingest_changes.items() if v is not None})
    return Preset(
        sizes,
        small_reps=args.small_reps or preset.small_reps,
        large_reps=args.large_reps or preset.large_reps,
        import_runs=args.import_runs or preset.import_runs,
        ingest=ingest,
    )


def main(argv: Sequence[str] | None = None) -> Path:
    """Run the chosen sections; return the path of the written tables."""
    args = _parser().parse_args(argv)
    settings = _settings(args)
    sections = args.only or list(SECTIONS)
    env = environment()
    official = official_version()
    texts = [
        f"pinecone-versioned benchmark ({'quick' if args.quick else 'full'} mode)",
        environment_header(env),
        "" if official else "The official SDK does not import here: its rows are left out.",
    ]
    print("\n".join(texts), flush=True)
    raw: dict[str, Any] = {"environment": env, "mode": "quick" if args.quick else "full"}

    def emit(text: str) -> None:
        texts.append(text)
        print(text, flush=True)

    started = time.perf_counter()
    failed: list[str] = []
    if "latency" in sections:
        results = latency.run(settings.sizes, settings.small_reps, settings.large_reps)
        emit(latency.render(results))
        failed += latency.failures(results)
        raw["latency"] = {"sizes": dataclasses.asdict(settings.sizes), "workloads": latency.raw(results)}
    if "imports" in sections:
        probes = imports.run(settings.import_runs, include_official=official is not None)
        emit(imports.render(probes, settings.import_runs))
        raw["imports"] = imports.raw(probes)
    if "throughput" in sections:
        runs = throughput.run(settings.ingest)
        emit(throughput.render(runs, settings.ingest))
        raw["throughput"] = throughput.raw(runs, settings.ingest)
    emit(f"Total benchmark time: {time.perf_counter() - started:.0f} s")
    text_path, json_path = write_results(args.out, "\n".join(texts) + "\n", raw)
    print(f"Written: {text_path} and {json_path}")
    if failed:
        # A client that sent or parsed less than the others has no honest number: the run fails.
        raise SystemExit(f"{len(failed)} measurement(s) failed their checks:\n" + "\n".join(failed))
    return text_path


if __name__ == "__main__":
    main()
