"""``python -m bench.profile W2 "ours sync" [--calls N] [--top N]``: cProfile one client on one workload.

Uses the same canned server, data and calls as the per-call table, so a row of the
table can be explained by the functions that take its time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys

from bench.canned import sizes_argument
from bench.clients import client_factories
from bench.data import Sizes, build_requests
from bench.latency import workloads
from bench.procs import ServerProcess


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("workload", help="W1, W2, W2np, W3, W4 or W5")
    parser.add_argument(
        "client", help="'floor httpx', urllib3+orjson, generated, 'ours sync', 'ours async' or official"
    )
    parser.add_argument("--calls", type=int, default=3, help="profiled calls after one warm-up (3)")
    parser.add_argument("--top", type=int, default=25, help="functions to list, by cumulative time (25)")
    args = parser.parse_args()
    sizes = Sizes()
    chosen = {w.key: w for w in workloads(sizes, build_requests(sizes), 1, 1)}[args.workload]
    with ServerProcess([sys.executable, "-m", "bench.canned", "--sizes", sizes_argument(sizes)]) as server:
        client = client_factories()[args.client](server.url)
        try:
            chosen.check(chosen.call(client))
            profiler = cProfile.Profile(builtins=True)
            for _ in range(args.calls):
                profiler.runcall(chosen.call, client)
        finally:
            client.close()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
