"""Public frameworks from ../shared/corpora as ladderlint frameworks, for
measuring false alarms.

This is a small, lossy reading of two formats, enough to put real text in
front of the rules; it is not the importer.

- Monzo's progression framework (MIT licence, see
  ../shared/corpora/monzo-progression-framework/LICENSE): Markdown files
  whose YAML front matter holds `topics`, each with per-level `criteria` and
  `exampleCriteria`; a topic with no title takes the one of
  `frameworks/generic.md`. The design frameworks have no topics: their
  Markdown body holds `## Level N`, `### Topic` and one paragraph each. The
  rest of a body (an introduction) becomes the framework's description.
  Criteria are written in the third person ("Delivers ..."), the design
  paragraphs in the second ("You ...").
- Codecademy's engineering competencies (MIT licence, see
  ../shared/corpora/codecademy-engineering-competencies/LICENSE.md): one
  Markdown file, `## Level`, `### Category`, bullets, second person.

Run as a script to list every finding of the brand and text rules on the
corpora, with a count per rule:

    .venv/bin/python tests/corpora.py [--select LL3,LL5] [--quiet]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any, Iterator

import yaml

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
MONZO = CORPORA / "monzo-progression-framework"
CODECADEMY = CORPORA / "codecademy-engineering-competencies"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.index("\n---", 4)
    # people.md has "-<TAB>" before one item, which YAML does not allow.
    front = re.sub(r"^(\s*)-\t", r"\1- ", text[4:end], flags=re.MULTILINE)
    return yaml.safe_load(front) or {}, text[end + 4 :].lstrip("\n")


def _body_levels(body: str) -> tuple[list[tuple[str, list[tuple[str, str]]]], str]:
    """`## Level N` / `### Topic` / paragraphs, and the text outside them."""
    levels: list[tuple[str, list[tuple[str, str]]]] = []
    rest: list[str] = []
    topic: list[str] | None = None
    for line in body.splitlines():
        if line.startswith("## Level "):
            levels.append((line[3:].strip(), []))
            topic = None
        elif line.startswith("### ") and levels:
            levels[-1][1].append((line[4:].strip(), ""))
            topic = []
        elif levels and levels[-1][1] and topic is not None:
            if line.strip() and line.strip() != "---":
                name, paragraph = levels[-1][1][-1]
                levels[-1][1][-1] = (name, (paragraph + " " + line.strip()).strip() if paragraph else line.strip())
        elif not levels:
            rest.append(line)
    return levels, "\n".join(rest).strip()


def _document(
    fid: str, name: str, track: str, org: dict[str, Any], voice: str, competencies: list[tuple[str, str]],
    levels: list[dict[str, Any]], description: str | None = None,
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "ladderlint": 1,
        "id": fid,
        "name": name,
        "track": track,
        "version": "1.0.0",
        "organisation": org,
        "voice": voice,
        "licence": "MIT",
    }
    if description:
        doc["description"] = description
    doc["dimensions"] = [
        {"id": "topics", "name": "Topics", "competencies": [{"id": cid, "name": cname} for cid, cname in competencies]}
    ]
    doc["levels"] = levels
    return doc


def monzo_frameworks() -> Iterator[tuple[str, dict[str, Any]]]:
    """(file name, framework document) for every Monzo framework."""
    org = {"name": "Monzo", "domains": ["monzo.com"]}
    root = MONZO / "frameworks"
    generic, _ = _split_front_matter((root / "generic.md").read_text(encoding="utf-8"))
    inherited = {t["name"]: t.get("title") for t in generic.get("topics", [])}
    for path in sorted(root.rglob("*.md")):
        meta, body = _split_front_matter(path.read_text(encoding="utf-8"))
        fid = "monzo-" + _slug(str(path.relative_to(root).with_suffix("")))
        title = str(meta.get("title") or path.stem)
        track = str(meta.get("sidebarTitle") or title)
        topics = meta.get("topics") or []
        if topics:
            competencies = [(_slug(t["name"]), t.get("title") or inherited.get(t["name"]) or t["name"]) for t in topics]
            by_level: dict[int, dict[str, list[Any]]] = {}
            for topic in topics:
                for block in topic.get("content") or []:
                    statements: list[Any] = [c for c in block.get("criteria") or [] if c]
                    for example in block.get("exampleCriteria") or []:
                        item: dict[str, Any] = {"text": example["criteria"]}
                        if example.get("examples"):
                            item["examples"] = [e for e in example["examples"] if e]
                        statements.append(item)
                    if statements:
                        by_level.setdefault(int(block["level"]), {})[_slug(topic["name"])] = statements
            levels = [
                {"id": f"L{n}", "title": f"Level {n}", "competencies": cells} for n, cells in sorted(by_level.items())
            ]
            description = body.strip() or None
            yield path.name, _document(fid, title, track, org, "third-person", competencies, levels, description)
        else:
            parsed, intro = _body_levels(body)
            names: dict[str, str] = {}
            levels = []
            for level_title, cells in parsed:
                cell_map = {}
                for topic_name, paragraph in cells:
                    names.setdefault(_slug(topic_name), topic_name)
                    if paragraph:
                        cell_map[_slug(topic_name)] = [paragraph]
                levels.append({"id": _slug(level_title).upper(), "title": level_title, "competencies": cell_map})
            competencies = list(names.items())
            yield path.name, _document(fid, title, track, org, "second-person", competencies, levels, intro or None)


def codecademy_framework() -> dict[str, Any]:
    text = (CODECADEMY / "README.md").read_text(encoding="utf-8")
    intro, _, body = text.partition("\n## ")
    parsed: list[tuple[str, list[tuple[str, list[str]]]]] = []
    for line in ("## " + body).splitlines():
        if line.startswith("## "):
            parsed.append((line[3:].strip(), []))
        elif line.startswith("### "):
            parsed[-1][1].append((line[4:].strip(), []))
        elif line.startswith("- ") and parsed and parsed[-1][1]:
            parsed[-1][1][-1][1].append(line[2:].strip())
    names: dict[str, str] = {}
    levels = []
    for title, categories in parsed:
        cells = {}
        for category, bullets in categories:
            names.setdefault(_slug(category), category)
            cells[_slug(category)] = bullets
        levels.append({"id": _slug(title), "title": title, "competencies": cells})
    # The introduction lists the categories and links to the levels below.
    description = intro.split("\n", 1)[1].split("\n\n")[1].strip()
    return _document(
        "codecademy-engineering", "Codecademy Engineering Competencies", "Software Engineer",
        {"name": "Codecademy", "domains": ["codecademy.com"]}, "second-person", list(names.items()), levels,
        description,
    )


def write_corpus(directory: Path) -> list[Path]:
    """Write every corpus framework as YAML under ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    documents = [(f"monzo/{name[:-3]}.yaml", doc) for name, doc in monzo_frameworks()]
    documents.append(("codecademy/engineering.yaml", codecademy_framework()))
    paths = []
    for name, doc in documents:
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    import tempfile
    from collections import Counter

    from ladderlint.checker import check_paths
    from ladderlint.config import Settings

    select = ("LL3", "LL5")
    if "--select" in argv:
        select = tuple(argv[argv.index("--select") + 1].split(","))
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp))
        result = check_paths([tmp], Settings(select=select))
        counts: Counter[tuple[str, str, str]] = Counter()
        for f in result.findings:
            counts[(f.code, f.name, str(f.severity))] += 1
            if "--quiet" not in argv:
                print(f"{Path(f.file).relative_to(tmp)}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}")
        print(f"\n{len(result.checked)} frameworks checked")
        for (code, name, severity), n in sorted(counts.items()):
            print(f"{code} {name:<28} {severity:<8} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
