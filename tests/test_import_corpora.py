"""`ladderlint import` on the public frameworks in tests/fixtures/corpora/.

Every Monzo framework and Codecademy's import into a valid framework. The
statements are counted here from the sources themselves (the front matter
parsed with PyYAML, the Markdown read line by line), not with the
importer's code.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import CORPORA
from ladderlint.loader import load_document
from ladderlint.model import build_framework
from ladderlint.text import emphasis_as_text
from ladderlint.schema import SchemaValidator

MONZO = CORPORA / "monzo-progression-framework" / "frameworks"
CODECADEMY = CORPORA / "codecademy-engineering-competencies" / "README.md"

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="the corpora are not next to the repository")


def monzo_files() -> list[str]:
    return sorted(str(p.relative_to(MONZO)) for p in MONZO.rglob("*.md")) if MONZO.is_dir() else []


def imported(cli, tmp_path: Path, path: Path, *args: str) -> tuple[dict[str, Any], Any]:
    out = tmp_path / "out.yaml"
    run = cli("import", str(path), "--org", "Monzo", *args, "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    document = load_document(str(out), out.read_bytes())
    assert SchemaValidator().violations(copy.deepcopy(document.data)) == []
    return document.data, run


def front_matter(path: Path) -> dict[str, Any]:
    lines = path.read_text(encoding="utf-8").split("\n")
    end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    text = "\n".join(lines[1:end])
    text = re.sub(r"^( *-)\t", r"\1 ", text, flags=re.MULTILINE)  # people.md has a tab after a dash
    return yaml.safe_load(text)


def design_paragraphs(path: Path) -> dict[str, int]:
    """Paragraphs under each '### Competency' of each '## Level N'."""
    counts: dict[str, int] = {}
    level = competency = None
    in_paragraph = False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("## "):
            level, competency = line[3:].strip(), None
        elif line.startswith("### "):
            competency = line[4:].strip()
        elif not line.strip() or line.strip() == "---":
            in_paragraph = False
            continue
        elif level and competency and not in_paragraph:
            counts[f"{level}/{competency}"] = counts.get(f"{level}/{competency}", 0) + 1
            in_paragraph = True
        continue
    return counts


def statements(data: dict[str, Any]) -> list[Any]:
    framework = build_framework("out.yaml", data)
    return [statement for _, _, statement in framework.statements()]


@pytest.mark.parametrize("name", monzo_files())
def test_every_monzo_framework_imports(cli, tmp_path, name):
    path = MONZO / name
    data, run = imported(cli, tmp_path, path)
    matter = front_matter(path)
    found = statements(data)
    # The title, without the emoji in front of it ('💬 Customer Operations Framework').
    title = re.sub(r"^\W+", "", matter["title"])
    assert title and title[0].isalnum() and title in matter["title"]
    assert data["name"] == title
    if matter.get("topics"):
        criteria = [
            (entry["level"], text)
            for topic in matter["topics"]
            for entry in topic["content"]
            for text in (entry.get("criteria") or [])
        ]
        examples = [
            (entry["level"], item["criteria"], item.get("examples") or [])
            for topic in matter["topics"]
            for entry in topic["content"]
            for item in (entry.get("exampleCriteria") or [])
        ]
        assert len(found) == len(criteria) + len(examples)
        # Written as a reader sees them: 'without *your* input' is 'without your input'.
        criteria = [(level, emphasis_as_text(t)) for level, t in criteria]
        examples = [(level, emphasis_as_text(t), [emphasis_as_text(e) for e in said]) for level, t, said in examples]
        assert sorted(s.text for s in found) == sorted([t for _, t in criteria] + [t for _, t, _ in examples])
        assert sorted((s.text, list(s.examples)) for s in found if s.examples) == sorted(
            (t, e) for _, t, e in examples if e
        )
        numbers = sorted({entry["level"] for topic in matter["topics"] for entry in topic["content"]})
        assert [level["id"] for level in data["levels"]] == [f"L{n}" for n in numbers]
        assert sum(len(d["competencies"]) for d in data["dimensions"]) == len(matter["topics"])
    else:
        counts = design_paragraphs(path)
        assert len(found) == sum(counts.values()) > 0
        for key, count in counts.items():
            level, competency = key.split("/")
            level_data = next(lv for lv in data["levels"] if lv["title"] == level)
            assert len(level_data["competencies"][competency.lower()]) == count
    # Site settings are reported, not dropped.
    assert f"{path}:2: not placed: site setting" in run.stderr


def test_monzo_topic_without_title_takes_generic_title(cli, tmp_path):
    data, _ = imported(cli, tmp_path, MONZO / "engineering" / "backend.md")
    names = {c["id"]: c["name"] for d in data["dimensions"] for c in d["competencies"]}
    generic = {t["name"]: t["title"] for t in front_matter(MONZO / "generic.md")["topics"]}
    # The generic title, without its decoration, as every name is written.
    assert generic["communication"] == "💬 Communication" and names["communication"] == "Communication"
    assert names["leadership"] == "Leadership"  # its own title, '👩\u200d💼 Leadership'
    assert data["description"].startswith("About our engineering progression frameworks\n\nThe engineering")


def test_monzo_topics_that_start_above_level_one_are_not_applicable_below(cli, tmp_path):
    data, run = imported(cli, tmp_path, MONZO / "engineering" / "backend.md")
    by_level = {level["id"]: level["competencies"] for level in data["levels"]}
    # Leadership starts at level 3 on purpose: below it, not applicable, with the reason, and reported.
    assert by_level["L1"]["leadership"] == by_level["L2"]["leadership"] == {
        "not_applicable": "Leadership starts at Level 3"}
    assert isinstance(by_level["L3"]["leadership"], list)
    assert "review: topic 'leadership' has no entry at L1, L2: not_applicable there" in run.stderr
    assert "(2 cells not applicable)" in run.stderr


def test_monzo_topic_that_ends_below_the_last_level_is_nothing_beyond_it_above(cli, tmp_path):
    # Monzo's levels build on those below (cumulative): L6 adds nothing to L5's Mastery, which still holds.
    data, _ = imported(cli, tmp_path, MONZO / "engineering" / "mobile.md")
    assert data.get("cumulative", True) is True
    by_level = {level["id"]: level["competencies"] for level in data["levels"]}
    assert by_level["L6"]["mastery"] == {
        "not_applicable": "Nothing beyond Level 5: the document adds no statement of Mastery at Level 6"}
    assert isinstance(by_level["L5"]["mastery"], list)


def test_monzo_topic_with_a_gap_between_its_levels_is_left_for_check(cli, tmp_path, write):
    path = write("gap.md", """---
title: "Acme Backend Framework"
topics:
  - name: "craft"
    title: "Craft"
    content:
      - level: 1
        criteria: ["Writes tests for their code"]
      - level: 3
        criteria: ["Designs the tests of a service"]
  - name: "delivery"
    title: "Delivery"
    content:
      - level: 1
        criteria: ["Ships small changes"]
      - level: 2
        criteria: ["Ships features"]
      - level: 3
        criteria: ["Ships projects"]
---
""")
    data, _ = imported(cli, tmp_path, path)
    # Nothing says why level 2 has no craft entry: no reason is invented; `check` reports it (LL401).
    assert "craft" not in data["levels"][1]["competencies"]


def test_monzo_tab_after_dash_is_read_and_reported(cli, tmp_path):
    data, run = imported(cli, tmp_path, MONZO / "people.md")
    assert f"{MONZO / 'people.md'}:205: review: a tab after '-' is not YAML; it was read as a space" in run.stderr
    texts = [s.text for s in statements(data)]
    assert any(t.startswith("Understands people risk and conduct policies") for t in texts)


def codecademy_bullets() -> list[str]:
    lines = CODECADEMY.read_text(encoding="utf-8").split("\n")
    first = next(i for i, l in enumerate(lines) if l.startswith("## "))
    faq = lines.index("## FAQ")
    return [l[2:] for l in lines[first:faq] if l.startswith("- ")]


def test_codecademy_imports(cli, tmp_path):
    out = tmp_path / "codecademy.yaml"
    run = cli("import", str(CODECADEMY), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert data["organisation"] == {"name": "Codecademy"}
    assert data["name"] == "Codecademy Engineering Competencies"
    assert data["voice"] == "second-person"
    assert [level["title"] for level in data["levels"]] == [
        "Software Engineering Apprentice",
        "Software Engineer",
        "Software Engineer 2",
        "Senior Software Engineer",
        "Staff Software Engineer",
    ]
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == [
        "Software Engineering & Design",
        "Execution & Results",
        "Collaboration & Communication",
        "Community & Citizenship",
    ]
    bullets = codecademy_bullets()
    found = [s.text for s in statements(data)]
    assert len(found) == len(bullets) == 104
    for bullet, text in zip(bullets, found):
        assert text.startswith(bullet)
    # The continuation line joins its bullet.
    assert any(t.endswith("requests. I.e. you have delivered projects and work that shows this in a repeatable fashion")
               for t in found)
    # The FAQ is not a level: the terminal says it on one line, with how much it holds and where ...
    [faq] = [line for line in run.stderr.splitlines() if "FAQ" in line]
    assert faq.startswith(f"{CODECADEMY}:193: not placed: section 'FAQ' is not a level (28 pieces of text, lines "
                          "193 to 243): FAQ / Why these competencies? / ")
    # ... and the report written whole keeps each of its pieces of text, at its line.
    report = cli("import", str(CODECADEMY), "-o", str(out), "--no-check", "--report", "-").output.splitlines()
    faq_entries = [line for line in report if "section 'FAQ'" in line]
    assert len(faq_entries) == 28
    assert faq_entries[0] == f"{CODECADEMY}:193: not placed: section 'FAQ' is not a level: FAQ"
    assert faq_entries[1] == f"{CODECADEMY}:195: not placed: in section 'FAQ', which is not a level: " \
                             "Why these competencies?"


def test_monzo_body_keeps_its_headings_and_links_as_the_format_writes_them(cli, tmp_path, write):
    """The body is the description, in the format's plain text, as `render`
    shows it and `check --fix` writes it (LL510): each heading a paragraph
    of its own words, each list item a line, each link its text and address."""
    path = write("fw.md", """---
title: "Acme Backend Framework"
topics:
  - name: "craft"
    title: "Craft"
    content:
      - level: 1
        criteria: ["Writes tests for their code"]
---
### How does it work?
The framework helps.

### Things to keep in mind
- You can find more in [these links](https://acme.example/links).
""")
    data, _ = imported(cli, tmp_path, path)
    assert data["description"] == ("How does it work?\n\nThe framework helps.\n\nThings to keep in mind\n\n"
                                   "- You can find more in these links (https://acme.example/links).")
