"""Time the brand (LL3xx) and clean-text (LL5xx) rules on a large framework.

Generates a framework of 7 levels x 30 competencies x 3 statements whose
statements are realistic sentences (with a few defects for the rules to
find), then reports, in milliseconds per framework (best of N runs): parsing and
schema validation, what the rules share (the texts, joined), and each rule.

    .venv/bin/python bench/brand_text_rules.py [--runs 20] [--corpus 200]

With --corpus N, it also writes N such frameworks and times `check_paths`
on them, parse and schema only (LL0, LL1) against parse, schema and these
rules (LL0, LL1, LL3, LL5).
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any, Callable

import yaml

PHRASES = (
    "deliver", "own", "lead", "mentor", "design", "build", "ship", "review", "plan", "measure", "improve",
    "share", "learn", "teach", "coordinate", "projects", "milestones", "goals", "systems", "services", "models",
    "experiments", "datasets", "metrics", "features", "roadmaps", "the", "my", "our", "a", "with", "for", "on",
    "in", "across", "and", "to", "of", "team", "teams", "customers", "stakeholders", "partners", "quality",
    "reliability", "impact", "scope", "ambiguity", "feedback", "decisions", "trade-offs", "(e.g. latency, cost)",
    "independently", "proactively", "consistently", "clearly", "quarterly", "Git", "Python", "ML",
)
DEFECTS = (
    "I practice the Dropbox Diversity Commitments on a regular basis",
    "I  deliver some of my team's goals",
    "I own my failures\u00a0",
    "**Key** **B****ehaviors**",
    "I deliver the the goals",
    "I follow https://learn.initech.com/guide",
)


def generate(levels: int = 7, competencies: int = 30, statements: int = 3, seed: int = 3) -> dict[str, Any]:
    rng = random.Random(seed)

    def sentence() -> str:
        words = ["I"]
        while len(words) < rng.randint(9, 23):
            word = rng.choice(PHRASES)
            if word != words[-1]:
                words.append(word)
        return " ".join(words)

    comps = [f"competency-{i}" for i in range(competencies)]
    doc: dict[str, Any] = {
        "ladderlint": 1,
        "id": "escrowtab-bench",
        "name": "EscrowTab Engineering Career Framework",
        "track": "Machine Learning Engineer",
        "version": "1.0.0",
        "organisation": {"name": "EscrowTab", "domains": ["escrowtab.com"]},
        "voice": "first-person",
        "dimensions": [
            {"id": f"dimension-{d}", "name": f"Dimension {d}",
             "competencies": [{"id": c, "name": c.replace("-", " ").title()} for c in comps[d::5]]}
            for d in range(5)
        ],
        "levels": [],
    }
    for n in range(levels):
        cells = {c: [sentence() for _ in range(statements)] for c in comps}
        doc["levels"].append({"id": f"IC{n + 1}", "title": f"IC{n + 1} Engineer", "summary": sentence(),
                              "competencies": cells})
    for i, defect in enumerate(DEFECTS):  # a few findings, as in a real framework
        doc["levels"][i % levels]["competencies"][comps[i]][0] = defect
    return doc


def best(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main(argv: list[str]) -> int:
    from ladderlint.loader import load_document
    from ladderlint.model import build_framework
    from ladderlint.rules.catalogue import ALL_RULES
    from ladderlint.rules.textscan import Prose
    from ladderlint.schema import SchemaValidator

    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 20
    data = yaml.safe_dump(generate(), sort_keys=False, allow_unicode=True).encode("utf-8")
    validator = SchemaValidator()

    def parse() -> Any:
        document = load_document("bench.yaml", data)
        assert not validator.violations(document.data)
        return build_framework("bench.yaml", document.data)

    framework = parse()
    print(f"framework: {len(framework.levels)} levels, {len(framework.competencies)} competencies, "
          f"{len(framework.statements())} statements, {len(framework.texts())} texts, {len(data)} bytes")
    print(f"{'parse + schema + model':<32} {best(parse, runs):8.2f} ms")
    # What the rules share, built once per framework (Framework.derived).
    fresh = [parse() for _ in range(runs)]
    shared = best(lambda: Prose.of(fresh.pop()), runs)
    print(f"{'shared: texts() + Prose':<32} {shared:8.2f} ms")
    Prose.of(framework)
    total = shared
    for rule_type in ALL_RULES:
        if not rule_type.code.startswith(("LL3", "LL5")):
            continue
        rule = rule_type()
        run: Callable[[], Any] = (
            (lambda r=rule: list(r.check_run([framework]))) if rule.scope == "run"
            else (lambda r=rule: list(r.check(framework)))
        )
        ms = best(run, runs)
        total += ms
        print(f"{rule.code} {rule.name:<26} {ms:8.2f} ms  ({len(run())} findings)")
    print(f"{'all LL3xx and LL5xx rules':<32} {total:8.2f} ms  (shared part included)")
    if "--corpus" in argv:
        corpus(int(argv[argv.index("--corpus") + 1]), data)
    return 0


def corpus(n: int, data: bytes) -> None:
    import tempfile
    from pathlib import Path

    from ladderlint.checker import check_paths
    from ladderlint.config import Settings

    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            text = data.decode("utf-8").replace("id: escrowtab-bench", f"id: escrowtab-bench-{i}", 1)
            Path(tmp, f"f{i:03}.yaml").write_text(text, encoding="utf-8")
        timings = {}
        for label, select in (("parse + schema", ("LL0", "LL1")), ("+ LL3xx, LL5xx", ("LL0", "LL1", "LL3", "LL5"))):
            start = time.perf_counter()
            result = check_paths([tmp], Settings(select=select))
            timings[label] = time.perf_counter() - start
            print(f"{n} files, {label:<16} {timings[label]:7.2f} s  ({len(result.findings)} findings)")
        base, full = timings.values()
        print(f"ratio {full / base:.2f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
