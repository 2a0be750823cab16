"""Public frameworks (tests/fixtures/corpora, copied unchanged with their
licences from ../shared/corpora) as ladderlint framework data.

A small, deliberately plain conversion, for measuring false alarms of the
rules on frameworks that were not written for ladderlint. It is not the
importer: it keeps every text as the source has it and only decides what the
sources leave implicit, each decision said below.

- Monzo (MIT, Copyright (c) 2019 Monzo Bank Limited): the YAML front matter
  of each file holds `topics`, each with per-level `criteria` and
  `exampleCriteria`. A topic becomes a competency (all in one dimension); a
  topic with an empty title takes its title from `generic.md`. Some topics
  start above the first level on purpose: the levels below get `not_applicable`,
  which is what the source means. Files without front matter topics (the
  design frameworks) are Markdown like Codecademy's.
- Codecademy (MIT): `## Level`, `### Category`, bullets. Its levels repeat
  statements on purpose (each stands alone), so it is `cumulative: false`.

Monzo's topic criteria are written in the third person ("Delivers ..."),
its design pages and Codecademy's in the second ("You ..."): each framework
declares that voice.

Run as a script to count the findings of every rule on them:
``python tests/corpora_frameworks.py [--show CODE]``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

CORPORA = Path(__file__).resolve().parent / "fixtures" / "corpora"
MONZO = CORPORA / "monzo-progression-framework" / "frameworks"
CODECADEMY = CORPORA / "codecademy-engineering-competencies" / "README.md"

_EMOJI = re.compile(r"^[^\w(]+", re.UNICODE)


def slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "x"


def _clean_title(title: str) -> str:
    return _EMOJI.sub("", title).strip()


def _front_matter(path: Path) -> tuple[dict[str, Any], str]:
    text = path.read_text(encoding="utf-8")
    parts = re.split(r"^---[ \t]*$", text, maxsplit=2, flags=re.MULTILINE)
    # One file has a tab after a list dash, which PyYAML refuses.
    front = parts[1].replace("-\t", "- ")
    return yaml.safe_load(front) or {}, parts[2] if len(parts) > 2 else ""


def _skeleton(
    fid: str, name: str, org: str, domain: str, cumulative: bool, source: str, voice: str
) -> dict[str, Any]:
    return {
        "ladderlint": 1,
        "id": fid,
        "name": name,
        "track": name,
        "version": "1.0.0",
        "organisation": {"name": org, "domains": [domain]},
        "cumulative": cumulative,
        "voice": voice,
        "source": source,
    }


def monzo_frameworks() -> dict[str, dict[str, Any]]:
    generic, _ = _front_matter(MONZO / "generic.md")
    generic_titles = {t["name"]: _clean_title(t["title"]) for t in generic["topics"]}
    out = {}
    for path in sorted(MONZO.rglob("*.md")):
        meta, body = _front_matter(path)
        rel = path.relative_to(MONZO).with_suffix("").as_posix()
        name = _clean_title(meta["title"])
        # Topic criteria read "Delivers ..."; the Markdown pages "You ...".
        voice = "third-person" if meta.get("topics") else "second-person"
        data = _skeleton(f"monzo-{slug(rel)}", name, "Monzo", "monzo.com", True, f"Monzo {rel}.md", voice)
        if meta.get("topics"):
            _monzo_topics(data, meta, generic_titles)
        else:
            _markdown_levels(data, body, bullets=False)
        out[f"monzo/{rel}"] = data
    return out


def _monzo_topics(data: dict[str, Any], meta: dict[str, Any], generic_titles: dict[str, str]) -> None:
    topics = meta["topics"]
    # The levels are those the topics describe (ops-leadership runs 2 to 6).
    numbers = [c["level"] for t in topics for c in t["content"]]
    low, high = min(numbers), max(numbers)
    competencies = []
    levels = {n: {"id": f"L{n}", "title": f"Level {n}", "competencies": {}} for n in range(low, high + 1)}
    for topic in topics:
        cid = slug(topic["name"])
        title = _clean_title(topic["title"]) if topic.get("title") else generic_titles.get(topic["name"])
        competencies.append({"id": cid, "name": title or topic["name"].capitalize()})
        first = min(c["level"] for c in topic["content"])
        for n in range(low, first):
            levels[n]["competencies"][cid] = {
                "not_applicable": f"Assessed from level {first} in the source framework."
            }
        for content in topic["content"]:
            statements: list[Any] = list(content.get("criteria") or [])
            for example in content.get("exampleCriteria") or []:
                statements.append({"text": example["criteria"], "examples": example["examples"]})
            levels[content["level"]]["competencies"][cid] = statements
    data["dimensions"] = [{"id": "topics", "name": "Topics", "competencies": competencies}]
    data["levels"] = list(levels.values())


def _markdown_levels(data: dict[str, Any], body: str, *, bullets: bool) -> None:
    """`## Level` / `### Category` / bullets (or paragraphs) into levels."""
    levels: list[dict[str, Any]] = []
    names: dict[str, str] = {}
    category = None
    for raw in body.splitlines():
        line = raw.strip()
        if line.startswith("## "):
            title = line[3:].strip()
            if title.lower() == "faq":
                break
            levels.append({"id": slug(title), "title": title, "competencies": {}})
            category = None
        elif line.startswith("### ") and levels:
            category = slug(line[4:])
            names.setdefault(category, line[4:].strip())
            levels[-1]["competencies"].setdefault(category, [])
        elif levels and category and line and line != "---":
            if bullets and not line.startswith("- "):
                continue
            levels[-1]["competencies"][category].append(line[2:] if bullets else line)
    competencies = [{"id": k, "name": v} for k, v in names.items()]
    data["dimensions"] = [{"id": "competencies", "name": "Competencies", "competencies": competencies}]
    data["levels"] = levels


def codecademy_framework() -> dict[str, dict[str, Any]]:
    data = _skeleton(
        "codecademy-engineering", "Codecademy Engineering Competencies", "Codecademy",
        "codecademy.com", False, "Codecademy engineering-competencies README.md", "second-person",
    )
    _markdown_levels(data, CODECADEMY.read_text(encoding="utf-8"), bullets=True)
    return {"codecademy/engineering": data}


def corpus_frameworks() -> dict[str, dict[str, Any]]:
    """Every corpus framework as document data, by a short name."""
    return {**monzo_frameworks(), **codecademy_framework()}


def write_corpus(directory: Path) -> list[Path]:
    """Write every corpus framework as YAML under ``directory``."""
    paths = []
    for name, data in corpus_frameworks().items():
        target = directory / f"{name}.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), "utf-8")
        paths.append(target)
    return paths


def main(argv: list[str]) -> int:
    import argparse
    import tempfile
    from collections import Counter

    from ladderlint.checker import check_paths
    from ladderlint.rules.catalogue import ALL_RULES

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", metavar="CODE", action="append", default=[], help="print this rule's findings")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as directory:
        write_corpus(Path(directory))
        result = check_paths([directory])
        counts = Counter(f.code for f in result.findings)
        for f in result.findings:
            if f.code in args.show:
                print(f"{Path(f.file).relative_to(directory)}:{f.line}: {f.code} {f.message}")
    print(f"{len(result.checked)} frameworks, {len(result.findings)} findings")
    for rule in ALL_RULES:
        if rule.scope in ("framework", "run", "schema"):
            print(f"{rule.code} {rule.name} [{rule.severity}]: {counts[rule.code]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
