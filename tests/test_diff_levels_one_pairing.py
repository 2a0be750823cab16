"""`ladderlint diff --levels` and a level's page in `ladderlint render`
compare two levels with one pairing: a statement the higher level rewrites
is one item in both, and the counts agree; a competency that no longer
applies at the higher level is listed once."""

from __future__ import annotations

import json

import re
from pathlib import Path

import pytest

#: Levels that stand alone. At IC2, Impact's statement rewrites IC1's in
#: other words, and two new ones come beside it; Testing's IC1 statement is
#: said whole, with more; Ownership no longer applies; Craft's statements
#: have nothing in common (a new one, and one listed only at IC1: the
#: near-miss that must stay apart).
FRAMEWORK = """\
ladderlint: 1
id: acme-backend
name: Acme Engineering Career Framework
track: Backend Engineer
version: "1.0.0"
organisation: {name: Acme}
voice: first-person
cumulative: false
dimensions:
  - id: results
    name: Results
    competencies:
      - {id: impact, name: Impact}
      - {id: ownership, name: Ownership}
      - {id: testing, name: Testing}
      - {id: craft, name: Craft}
levels:
  - id: IC1
    title: Engineer I
    competencies:
      impact:
        - "I deliver my tasks on time and to a high standard"
      ownership:
        - "I fix the bugs I find in my team's services"
      testing:
        - "I join the on-call rotation"
      craft:
        - "I keep my pull requests small"
  - id: IC2
    title: Engineer II
    competencies:
      impact:
        - "I deliver features on time that my team's quarterly goals depend on"
        - "I break large projects into milestones the team can ship"
        - "I estimate the work of my features and say early when it slips"
      ownership:
        not_applicable: Ownership is assessed through impact from IC2
      testing:
        - "I join the on-call rotation and find the root causes of incidents"
      craft:
        - "I choose the libraries my team's services depend on"
"""


@pytest.fixture
def ladder(write) -> Path:
    return write("acme.yaml", FRAMEWORK)


def _page(cli, ladder: Path, tmp_path: Path) -> str:
    out = tmp_path / "site"
    result = cli("render", str(ladder), "-o", str(out), "--format", "markdown")
    assert result.exit_code == 0, result.output
    page = (out / "acme-backend.md").read_text(encoding="utf-8")
    return page.split("What is new at Engineer II", 1)[1].split("## All levels", 1)[0]


def test_a_rewritten_statement_is_paired_alike_by_diff_levels_and_the_level_page(cli, ladder, tmp_path):
    page = _page(cli, ladder, tmp_path)
    rewritten = re.findall(r"^- \*\*Rewritten:\*\* (.+)\n  - \*\*At IC1:\*\* (.+)$", page, re.M)
    new = re.findall(r"^- \*\*New:\*\* (.+)$", page, re.M)
    only_below = re.findall(r"^- \*\*Only at IC1:\*\* (.+)$", page, re.M)

    changes = cli("diff", "--levels", "IC1", "IC2", str(ladder), "--format", "json").json()["frameworks"][0]["changes"]
    reworded = [(c["new"], c["old"]) for c in changes if c["kind"] == "statement-reworded"]
    added = [c["new"] for c in changes if c["kind"] == "statement-added"]
    removed = [c["old"] for c in changes if c["kind"] == "statement-removed"]

    def plain(text: str) -> str:  # the page marks the words a rewrite adds and drops
        return re.sub(r"\*\*|~~|</?(?:ins|del)>", "", text)

    assert sorted((plain(n), plain(o)) for n, o in rewritten) == sorted(reworded) == [
        ("I deliver features on time that my team's quarterly goals depend on",
         "I deliver my tasks on time and to a high standard"),
        ("I join the on-call rotation and find the root causes of incidents", "I join the on-call rotation"),
    ]
    assert sorted(new) == sorted(added) == [
        "I break large projects into milestones the team can ship",
        "I choose the libraries my team's services depend on",
        "I estimate the work of my features and say early when it slips",
    ]
    assert sorted(only_below) == sorted(removed) == [
        "I fix the bugs I find in my team's services", "I keep my pull requests small"]
    # The page's count and the notes' say the same: three new, two rewritten, two only below.
    assert "3 new, 2 rewritten and 2 listed at IC1 but not here" in page
    notes = cli("diff", "--levels", "IC1", "IC2", str(ladder), "--format", "markdown").output
    assert "2 listed at Engineer I but not at Engineer II" in notes
    assert notes.count("reworded: ") == 2


def test_a_competency_that_no_longer_applies_is_listed_once(cli, ladder):
    """Ownership no longer applies at IC2, and its IC1 statement is gone
    with it: one edit, listed once, under what IC1 lists and IC2 does not,
    in the notes of `diff --levels` as in its text output."""
    notes = cli("diff", "--levels", "IC1", "IC2", str(ladder), "--format", "markdown").output
    assert notes.count("**Ownership:**") == 1, notes
    listed = notes.split("### Listed at Engineer I but not at Engineer II", 1)[1]
    assert "**Ownership:** no longer applies at this level" in listed
    assert "### Lower at Engineer II than at Engineer I" not in notes
    text = cli("diff", "--levels", "IC1", "IC2", str(ladder)).output
    assert sum("Ownership:" in line for line in text.splitlines()) == 1, text


def test_what_asks_less_in_a_competency_that_still_applies_stays_lower(cli, write):
    """The near-miss: a statement IC2 says with less ("sometimes") in a
    competency that still applies is under "Lower", not under what only IC1
    lists; the competency that no longer applies is still listed once."""
    ladder = write("acme.yaml", FRAMEWORK.replace(
        '        - "I keep my pull requests small"\n  - id: IC2',
        '        - "I keep my pull requests small"\n        - "I always write tests for the code I change"\n  - id: IC2')
        .replace('        - "I choose the libraries my team\'s services depend on"\n',
                 '        - "I choose the libraries my team\'s services depend on"\n'
                 '        - "I sometimes write tests for the code I change"\n'))
    notes = cli("diff", "--levels", "IC1", "IC2", str(ladder), "--format", "markdown").output
    lower = notes.split("### Lower at Engineer II than at Engineer I", 1)[1]
    assert "sometimes" in lower and "Ownership" not in lower, notes
    assert notes.count("**Ownership:**") == 1, notes


def test_in_a_cumulative_framework_a_competency_marked_not_applicable_above_its_statements_still_holds(cli, write):
    """Where each level includes the levels below, a statement the higher
    level does not repeat still holds there, also where the higher level
    marks its competency not_applicable: above the competency's statements
    that mark says the level adds nothing new (format.md, LL401), not that
    what the level below asks is taken away. Listed once, as still asked for."""
    ladder = write("acme.yaml", FRAMEWORK.replace("cumulative: false", "cumulative: true"))
    text = cli("diff", "--levels", "IC1", "IC2", str(ladder)).output
    # Counted on one line with Craft's statement, not repeated at IC2, which still holds there: no difference.
    assert "3 statements of IC1 are not repeated at IC2; they still hold there" in text, text
    assert "Ownership:" not in text and "(still asked for)" not in text, text
    assert "no longer applies" not in text and "lowers-bar" not in text, text
    records = json.loads(cli("diff", "--levels", "IC1", "IC2", str(ladder), "--format", "json").output)
    ownership = [c for c in records["frameworks"][0]["changes"] if c["competency"] == "ownership"]
    assert [(c["kind"], c["impact"]) for c in ownership] == [("statement-removed", "editorial")], ownership
    notes = cli("diff", "--levels", "IC1", "IC2", str(ladder), "--format", "markdown").output
    assert "lower at Engineer II" not in notes and "no longer applies" not in notes, notes
    assert "3 statements of Engineer I are not repeated at Engineer II; they still hold there" in notes, notes
