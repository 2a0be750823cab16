"""Where the time of a check goes: each stage and each rule, in one process.

    python bench/stages.py [DIR] [--rounds 3]

Reads every framework of DIR (default: the corpus bench/run.py writes) the
way `ladderlint check` does, and times, separately, loading (YAML to data
with positions), schema validation, building the model, the shared work the
rules draw on (each framework's texts, their joined form, its distinct
pieces, their words), and each rule. Prints seconds for the whole directory, the best of the rounds,
slowest first.

A stage's time is what it costs on its own: the shared work is timed before
the rules, so a rule's row is what that rule adds.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def measure(paths: list[Path]) -> dict[str, float]:
    from ladderlint.config import Settings
    from ladderlint.loader import load_document
    from ladderlint.model import build_framework
    from ladderlint.pipeline import read_header
    from ladderlint.rules.analysis import Analysis
    from ladderlint.rules.run_index import RunIndex
    from ladderlint.schema import SchemaValidator

    seconds: dict[str, float] = defaultdict(float)
    rules = Settings().rules()
    validator = SchemaValidator().prepare()

    def timed(name: str, work):  # noqa: ANN001, ANN202 - a local helper
        start = time.perf_counter()
        result = work()
        seconds[name] += time.perf_counter() - start
        return result

    contents = [(str(path), path.read_bytes()) for path in paths]
    run = timed("run index", lambda: RunIndex.of(h for h in (read_header(p, d) for p, d in contents) if h))
    headers = []
    for path, data in contents:
        document = timed("load", lambda: load_document(path, data))
        if timed("schema", lambda: validator.violations(document.data)):
            continue
        framework = timed("model", lambda: build_framework(path, document.data))
        analysis = Analysis(framework, run)
        timed("shared: texts", lambda: analysis.texts)
        timed("shared: joined texts", lambda: analysis.prose)
        timed("shared: pieces", lambda: analysis.prose.pieces)
        timed("shared: words", lambda: [analysis.words[field.text] for field in analysis.texts])
        for rule in rules:
            timed(rule.code, lambda: list(rule.check(framework, analysis)))
        headers.append(framework.header)
    for rule in rules:
        if rule.scope == "run":
            timed(rule.code, lambda: list(rule.check_run(RunIndex.of(headers))))
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=HERE / "out" / "corpus-200-1")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    paths = sorted(args.directory.glob("*.yaml"))
    if not paths:
        print(f"no *.yaml in {args.directory}; run bench/run.py (or bench/generate.py corpus) first", file=sys.stderr)
        return 2
    # As `ladderlint check` does: what start-up loaded is left out of
    # garbage collection, which runs seldom.
    from ladderlint.checker import collect_garbage_seldom

    collect_garbage_seldom()
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, value in measure(paths).items():
            best[name] = min(best.get(name, value), value)
    total = sum(best.values())
    print(f"{len(paths)} files, best of {args.rounds} rounds, one process")
    for name, value in sorted(best.items(), key=lambda item: (-item[1], item[0])):
        print(f"{name:24} {value:7.3f} s")
    print(f"{'total':24} {total:7.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
