"""Entry point: `python -m unionclerk.bench members --n 100000`, `python -m unionclerk.bench import [--kind plan]
--n 10000`, `python -m unionclerk.bench summary --members 5000`, `python -m unionclerk.bench startup` (--n: fresh
processes of each)."""

from __future__ import annotations

import argparse
import importlib
import sys

# benchmark name -> module under unionclerk.bench with a run(n: int) -> list[str] function
BENCHMARKS = {
    "members": "unionclerk.bench.members",
    "import": "unionclerk.bench.importing",
    "summary": "unionclerk.bench.summary",
    "figures": "unionclerk.bench.figures",
    "startup": "unionclerk.bench.startup",
    "visits": "unionclerk.bench.visits",
    "ledger": "unionclerk.bench.ledger",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unionclerk.bench", description="unionclerk benchmarks")
    parser.add_argument("name", choices=sorted(BENCHMARKS))
    parser.add_argument(
        "--n",
        "--members",
        dest="n",
        type=int,
        default=None,
        help="number of records (members; startup: runs of each process)",
    )
    parser.add_argument("--kind", default=None, help="import: members, activities or plan (default: all)")
    args = parser.parse_args(argv)
    module = importlib.import_module(BENCHMARKS[args.name])
    options = {"kind": args.kind} if args.kind else {}
    lines = module.run(args.n, **options) if args.n else module.run(**options)
    for line in lines:
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
