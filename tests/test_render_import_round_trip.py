"""A framework rendered to Markdown (`ladderlint render --format markdown`)
and imported back (`ladderlint import`) is the same framework to
`ladderlint diff`: its id, the ids of its levels, dimensions, competencies
and statements, and its facts (owners, licence, effective date, credits,
levels left out, voice) come back, those readers do not see in comments
the page hides. Only `source`, where the framework was taken from, names
the page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import CORPORA, ROOT

FRAMEWORKS = sorted((ROOT / "frameworks").glob("*.yaml"))
EVERY_FIELD = ROOT / "tests" / "fixtures" / "render" / "every-field.yaml"
DOCUMENTS = [
    CORPORA / "engineering-ladders" / "Developer.md",
    CORPORA / "engineering-ladders" / "TechLead.md",
    CORPORA / "monzo-progression-framework" / "frameworks" / "engineering" / "backend.md",
    CORPORA / "codecademy-engineering-competencies" / "README.md",
]


def _rendered(cli, tmp_path: Path, source: Path) -> Path:
    run = cli("render", str(source), "--format", "markdown", "-o", str(tmp_path / "md"))
    assert run.exit_code == 0, run.stderr
    (page,) = (tmp_path / "md").rglob("*.md")
    return page


def _imported(cli, tmp_path: Path, page: Path) -> Path:
    out = tmp_path / "back" / "reimported.yaml"
    run = cli("import", str(page), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    return out


def _changes(cli, old: Path, new: Path) -> list[dict]:
    run = cli("diff", str(old), str(new), "--format", "json")
    assert run.exit_code in (0, 1), run.stderr
    return [change for framework in run.json()["frameworks"] for change in framework["changes"]]


def _round_trip(cli, tmp_path: Path, source: Path) -> list[str]:
    changes = _changes(cli, source, _imported(cli, tmp_path, _rendered(cli, tmp_path, source)))
    # Where the framework was taken from is the page now: the differ says it changes nothing.
    return [change["message"] for change in changes if not change["provenance"]]


@pytest.mark.parametrize("source", [*FRAMEWORKS, EVERY_FIELD], ids=lambda p: p.stem)
def test_a_framework_comes_back_unchanged(cli, tmp_path, source):
    assert _round_trip(cli, tmp_path, source) == []


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_an_imported_framework_comes_back_unchanged(cli, tmp_path, document):
    """Levels whose ids the titles hide (D1 as "Developer 1"), competencies
    whose ids are not their names' (Monzo's topics), come back as they were."""
    source = tmp_path / "imported.yaml"
    run = cli("import", str(document), "-o", str(source), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert _round_trip(cli, tmp_path, source) == []


def test_the_ids_are_not_shown(cli, tmp_path):
    """The ids the page keeps for import are in comments: the page shows none."""
    page = _rendered(cli, tmp_path, EVERY_FIELD)
    text = page.read_text(encoding="utf-8")
    assert "<!-- id: e1-code-a -->" in text and "<!-- level id: E1 -->" in text
    assert "<!-- competency id: tests -->" in text and "<!-- dimension id: people -->" in text
    shown = MarkdownIt("commonmark", {"html": True}).enable("table").parse(text)
    words = " ".join(child.content for token in shown if token.type == "inline"
                     for child in token.children or [] if child.type == "text")
    for hidden in ("e1-code-a", "competency id", "dimension id", "level id", "framework id"):
        assert hidden not in words


def test_an_edited_statement_keeps_its_id(cli, tmp_path):
    """A statement reworded on the page is the same statement to the differ."""
    page = _rendered(cli, tmp_path, EVERY_FIELD)
    text = page.read_text(encoding="utf-8")
    said = "I write code that compiles & passes \\`make test\\`. <!-- id: e1-code-a -->"
    assert said in text
    page.write_text(text.replace(said, "I write code that builds. <!-- id: e1-code-a -->"), encoding="utf-8")
    changes = _changes(cli, EVERY_FIELD, _imported(cli, tmp_path, page))
    kinds = [change["kind"] for change in changes if not change["provenance"]]
    assert kinds == ["statement-reworded"]



def _with(tmp_path: Path, old: str, new: str) -> Path:
    """The every-field framework with ``old`` written ``new``."""
    text = EVERY_FIELD.read_text(encoding="utf-8")
    assert old in text
    source = tmp_path / "framework.yaml"
    source.write_text(text.replace(old, new, 1), encoding="utf-8")
    return source


@pytest.mark.parametrize("language", ["pt-BR", "ar", "zh-Hans"])
def test_the_language_comes_back_as_written(cli, tmp_path, language):
    """The framework's `language` is one of its facts: with a region or a
    script ('pt-BR', 'zh-Hans'), or one its text is not read as (Arabic),
    it comes back as the framework says it, not as the text reads."""
    assert _round_trip(cli, tmp_path, _with(tmp_path, "\nlevels:\n", f"\nlanguage: {language}\nlevels:\n")) == []


def test_a_title_with_words_in_parentheses_comes_back_whole(cli, tmp_path):
    """A title that already says its level's id ('Engineer 2 (backend)'
    of E2) is shown with no id beside it: its words in parentheses are the
    title's, not an id."""
    source = _with(tmp_path, "  title: Engineer 2\n", "  title: Engineer 2 (backend)\n")
    assert _round_trip(cli, tmp_path, source) == []
