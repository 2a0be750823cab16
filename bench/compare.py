#!/usr/bin/env python3
"""CPU time of `ladderlint check --jobs 1` and `diff` here against an earlier revision, in one run.

    python bench/compare.py REV [--rounds N]

Checks REV out into a temporary git worktree and runs the same commands
with it and with this checkout, alternating them round after round, so
that a busy moment of a shared machine hits both alike; prints the median
CPU time (user + system, from ``getrusage``) of each. Run `bench/run.py`
first: it writes the corpus and the revision pairs this reads.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


def cpu_seconds(command: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="the git revision to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    corpus = OUT / "corpus-200-1"
    pair = OUT / "pairs" / "1x"
    if not corpus.is_dir() or not pair.is_dir():
        sys.exit("bench/compare.py: run bench/run.py first (it writes bench/out/)")
    commands = {
        "check --jobs 1": [sys.executable, "-m", "ladderlint", "check", "--jobs", "1", "--isolated", str(corpus)],
        "diff 1x": [sys.executable, "-m", "ladderlint", "diff", str(pair / "old.yaml"), str(pair / "new.yaml")],
    }
    with tempfile.TemporaryDirectory() as scratch:
        earlier = Path(scratch) / "earlier"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(earlier), args.revision],
                       check=True)
        try:
            sources = {args.revision: earlier / "src", "this checkout": ROOT / "src"}
            times: dict[tuple[str, str], list[float]] = {}
            for _ in range(args.rounds):
                for name, command in commands.items():
                    for label, src in sources.items():
                        env = dict(os.environ, PYTHONPATH=str(src))
                        times.setdefault((name, label), []).append(cpu_seconds(command, env))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(earlier)], check=False)
    for (name, label), found in times.items():
        print(f"{name:16} {label:16} median CPU {statistics.median(found):.3f} s  "
              f"({', '.join(f'{t:.2f}' for t in found)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
