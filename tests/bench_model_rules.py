"""Time the progression (LL2xx) and completeness (LL4xx) rules on synthetic
frameworks. A script, not a test (timings are not asserted):

    python tests/bench_model_rules.py [LEVELS COMPETENCIES STATEMENTS ...]

Defaults: 7 x 30 x 3 and 12 x 60 x 10. Each shape is timed twice: with
statements drawn from the public corpora (real wording; skipped if the
corpora are not there), and with statements drawn from a small vocabulary
dense in scope and autonomy words, so that many share words and every rule
that compares statements sees many candidates (a worst case).
"""

from __future__ import annotations

import itertools
import random
import sys
import time
from typing import Any

from ladderlint.model import build_framework
from ladderlint.rules.catalogue import COMPLETENESS_RULES, PROGRESSION_RULES

VOCABULARY = (
    "I you deliver lead own design review mentor coach ship build plan scope the my our team teams "
    "organisation company project projects tasks systems services quality goals customers with for "
    "across within independently guidance complex simple large small reliable clear feedback peers"
).split()


def corpus_sentences() -> list[str]:
    try:
        from corpora_frameworks import corpus_frameworks
    except (ImportError, OSError):
        return []
    try:
        frameworks = corpus_frameworks()
    except OSError:
        return []
    return [
        s if isinstance(s, str) else s["text"]
        for data in frameworks.values()
        for level in data["levels"]
        for cell in level["competencies"].values()
        if isinstance(cell, list)
        for s in cell
    ]


def synthetic(levels: int, competencies: int, statements: int, sentences: list[str], seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)

    def sentence() -> str:
        if sentences:
            return rng.choice(sentences)
        return " ".join(rng.choices(VOCABULARY, k=rng.randint(8, 20))) + " release train*"

    ids = [f"competency-{i}" for i in range(competencies)]
    dimensions = [
        {"id": f"dimension-{d}", "name": f"Dimension {d}",
         "competencies": [{"id": cid, "name": cid.title()} for cid in ids[d::5]]}
        for d in range(5)
    ]
    return {
        "ladderlint": 1, "id": "bench", "name": "Bench", "track": "Engineer", "version": "1.0.0",
        "organisation": {"name": "Bench"}, "proficiency_scale": ["low", "mid", "high"],
        "glossary": {"release train": "a schedule"},
        "dimensions": dimensions,
        "levels": [
            {
                "id": f"IC{n + 1}", "title": f"Engineer {n + 1}", "summary": sentence(),
                "competencies": {
                    cid: {
                        "proficiency": ["low", "mid", "high"][min(2, n // 3)],
                        "statements": [sentence() for _ in range(statements)],
                    }
                    for cid in ids
                },
            }
            for n in range(levels)
        ],
    }


def main(argv: list[str]) -> None:
    shapes = [tuple(map(int, argv[i:i + 3])) for i in range(0, len(argv), 3)] or [(7, 30, 3), (12, 60, 10)]
    rules = [rule() for rule in (*PROGRESSION_RULES, *COMPLETENESS_RULES)]
    texts = {"corpus text": corpus_sentences(), "dense vocabulary": []}
    for (levels, competencies, statements), (kind, sentences) in itertools.product(shapes, texts.items()):
        if kind == "corpus text" and not sentences:
            continue
        framework = build_framework("bench.yaml", synthetic(levels, competencies, statements, sentences))
        times: dict[str, float] = {}
        for rule in rules:
            # CPU time, the best of several runs: other work on the machine only adds to it.
            runs = []
            for _ in range(15):
                start = time.process_time()
                rule.check_frameworks([framework])
                runs.append(time.process_time() - start)
            times[rule.code] = min(runs) * 1000
        total = sum(times.values())
        print(f"{levels} levels x {competencies} competencies x {statements} statements, {kind} "
              f"({len(framework.statements())} statements): all LL2xx/LL4xx rules {total:.2f} ms")
        print("  " + ", ".join(f"{code} {ms:.2f}" for code, ms in times.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
