"""`ladderlint render`: reading two levels together, where each level
stands alone: what is new at a level, by competency, and two levels side
by side."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from render_helpers import parse, squeeze

#: Levels that stand alone: each restates all it expects, in new words.
STANDALONE = """\
ladderlint: 1
id: acme-backend
name: Acme Engineering Career Framework
track: Backend Engineer
version: "1.0.0"
cumulative: false
organisation:
  name: Acme
dimensions:
  - id: results
    name: Results
    competencies:
      - id: scope
        name: Scope
      - id: communication
        name: Communication
levels:
  - id: IC1
    title: IC1 Engineer
    summary: Delivers well-scoped tasks
    competencies:
      scope:
        - I execute on defined projects to achieve team-level goals
        - I write clear code that is easy to review
      communication:
        - I listen to understand others and ask clarifying questions
        - I write and speak with clarity and focus
  - id: IC2
    title: IC2 Engineer
    summary: Delivers projects on their own
    competencies:
      scope:
        - I own and deliver projects in service of quarterly goals on the team
        - I write clear code that is easy to review
        - I mentor new hires and interns
      communication:
        - I listen to understand others, ask clarifying questions and summarise decisions for the team
"""


@pytest.fixture
def render(cli, tmp_path):
    def run(*paths: str | Path, options: tuple[str, ...] = ()) -> Path:
        out = tmp_path / "site"
        result = cli("render", *map(str, paths), "-o", str(out), *options)
        assert result.exit_code == 0, result.stderr
        return out

    return run


def _items(comparison):  # type: ignore[no-untyped-def]
    """Each item of the notes (not the lines under one): its label, and the element."""
    out = []
    for ul in comparison.find_all("ul"):
        if ul.parent is not None and ul.parent.tag == "li":
            continue
        for li in ul.children:
            if getattr(li, "tag", None) == "li":
                strong = next((c for c in li.children if getattr(c, "tag", None) == "strong"), None)
                out.append((squeeze(strong.text).rstrip(":") if strong is not None else "", li))
    return out


def test_what_is_new_where_levels_stand_alone_is_by_competency_with_each_rewrite_as_one_item(render, tmp_path):
    """A manager making a promotion case: where each level restates all it
    expects, what is new at IC2 is listed under each competency, and a
    statement that restates one of IC1 in other words is one item, "at IC1"
    under it, not a new statement and a gone one; the summary counts what
    is listed."""
    source = tmp_path / "acme.yaml"
    source.write_text(STANDALONE, encoding="utf-8")
    site = render(source)
    [comparison] = parse(site / "acme-backend" / "levels" / "IC2.html").find_all("section", "comparison")
    headings = [squeeze(h.text) for h in comparison.iter() if h.tag == "h3"]
    assert headings == ["Scope", "Communication"]
    items = _items(comparison)
    labels = [label for label, _li in items]
    assert labels.count("Rewritten") == 2 and labels.count("New") == 1 and labels.count("Only at IC1") == 1, labels
    rewrites = [squeeze(li.text) for label, li in items if label == "Rewritten"]
    # Restated in other words: both texts, whole.
    assert any(text.startswith("Rewritten: I own and deliver projects in service of quarterly goals")
               and "At IC1: I execute on defined projects to achieve team-level goals" in text for text in rewrites)
    # Reworded: the words added marked in the new text, those dropped in the old one.
    [reworded] = [li for label, li in items if label == "Rewritten" and "summarise" in li.text]
    assert "summarise decisions for the team" in " ".join(squeeze(e.text) for e in reworded.find_all("ins"))
    assert reworded.find_all("del")
    [gone] = [squeeze(li.text) for label, li in items if label == "Only at IC1"]
    assert gone == "Only at IC1: I write and speak with clarity and focus"
    text = squeeze(comparison.text)
    assert "I execute on defined projects" not in text.replace("At IC1: I execute on defined projects", "")
    # Every count is of what is listed.
    short = re.search(r"In short: (.*?)\.", text)
    assert short is not None
    assert "a new summary" in short.group(1) and "in 2 competencies" in short.group(1)
    said = dict((name, int(count)) for count, name in re.findall(r"(\d+) (new|rewritten|listed at)", short.group(1)))
    assert said == {"new": 1, "rewritten": 2, "listed at": 1}
    assert len(items) == 1 + 2 + 1 + 1  # the summary, two rewrites, one new, one only at IC1
