"""Where the time of a check goes: each stage and each rule, in one process.

    python bench/stages.py [DIR] [--rounds 3]

Reads every framework of DIR (default: the corpus bench/run.py writes) the
way `ladderlint check` does, and times, separately, loading (YAML to data
with positions), schema validation, building the model, the shared work the
rules draw on (each framework's texts, their joined form, the words of each
statement), and each rule. Prints seconds for the whole directory, the best
of the rounds, slowest first. The cyclic garbage collector is paused, as in
a check.

A stage's time is what it costs on its own: the shared work is timed before
the rules, so a rule's row is what that rule adds.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def measure(paths: list[Path]) -> dict[str, float]:
    from ladderlint.config import Settings
    from ladderlint.loader import load_document
    from ladderlint.model import Run, build_framework
    from ladderlint.rules._words import framework_words
    from ladderlint.rules.textscan import Prose
    from ladderlint.schema import SchemaValidator

    seconds: dict[str, float] = defaultdict(float)
    rules = Settings().active_rules()
    validator = SchemaValidator().prepare()
    frameworks = []

    def timed(name: str, work):  # noqa: ANN001, ANN202 - a local helper
        start = time.perf_counter()
        result = work()
        seconds[name] += time.perf_counter() - start
        return result

    for path in paths:
        data = path.read_bytes()
        document = timed("load", lambda: load_document(str(path), data))
        if timed("schema", lambda: validator.violations(document.data)):
            continue
        framework = timed("model", lambda: build_framework(str(path), document.data))
        timed("shared: texts", framework.texts)
        timed("shared: joined texts", lambda: Prose.of(framework))
        timed("shared: words", lambda: framework_words(framework))
        for rule in rules:
            if rule.scope == "framework":
                timed(rule.code, lambda: list(rule.check(framework)))
        framework.release_derived()
        frameworks.append(framework)
    run = Run.of([framework.header for framework in frameworks])
    for rule in rules:
        if rule.scope == "run":
            timed(rule.code, lambda: list(rule.check_run(run)))
            for framework in frameworks:
                timed(rule.code, lambda: list(rule.check_in_run(framework, run)))
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
    gc.disable()
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
