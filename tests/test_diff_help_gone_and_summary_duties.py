"""Three ways a raised bar passed `--fail-on raises-bar` in a report-only
trial: a help clause with a condition cut after a comma, help asked for
the work turned into the work done with help only when needed, and a new
duty joined to a level's summary with " and" (no comma) or as an
obligation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from diffkit import summary_and_statement_ladder

from ladderlint.diff.grade import grade


@pytest.mark.parametrize("old", [
    "Delivers small tasks on time, with guidance when the scope is unclear",
    "Delivers small tasks on time with guidance when the scope is unclear",
    "Delivers small tasks on time, with support from a senior engineer when the scope is unclear",
    "Delivers small tasks on time, supported by a senior engineer when the scope is unclear",
    "Delivers small tasks on time, with guidance",
    "Delivers small tasks on time, with guidance if needed",
])
def test_help_taken_out_whatever_its_condition_raises_autonomy(old):
    graded = grade(old, "Delivers small tasks on time")
    assert graded.impact.value == "raises-bar"
    assert "autonomy raised" in graded.reasons


@pytest.mark.parametrize(("new", "impact"), [
    # The help kept and its condition reworded: the help is had as before, on another condition.
    ("Delivers small tasks on time, with guidance when the requirements are unclear", "raises-bar"),
    ("Delivers small tasks on time, with guidance if needed", "lowers-bar"),
    # The help kept, its condition taken out: help had every time.
    ("Delivers small tasks on time, with guidance", "lowers-bar"),
    ("Delivers small tasks on time with guidance when the scope is unclear", "editorial"),
])
def test_help_kept_is_read_as_before(new, impact):
    assert grade("Delivers small tasks on time, with guidance when the scope is unclear", new).impact.value == impact


def test_help_put_in_with_its_condition_is_still_seen():
    # Help put in lowers the bar; what its condition names is read as words, for a reviewer.
    graded = grade("Delivers small tasks on time", "Delivers small tasks on time, with guidance when the scope is unclear")
    assert "autonomy lowered" in graded.reasons


def test_a_sentence_whose_verb_is_the_help_is_a_thing_asked():
    # "Asks for help when blocked." asks something of its own: taken out, less is asked.
    assert grade("Ships features. Asks for help when blocked.", "Ships features.").impact.value == "lowers-bar"


OLD_ASKED = "Asks for help breaking down features into tasks"


@pytest.mark.parametrize("new", [
    "Breaks down features into tasks, asking for help when needed",
    "Breaks down features into tasks, asking for help only when needed",
    "Breaks down features into tasks on their own, asking for help when needed",
    "Breaks down features into tasks and asks for help when needed",
    "Breaks down features into tasks, seeking guidance if stuck",
    "Breaks down features into tasks, with help when needed",
])
def test_help_asked_for_the_work_now_the_work_done_raises_autonomy(new):
    graded = grade(OLD_ASKED, new)
    assert graded.impact.value == "raises-bar"
    assert graded.reasons == ("autonomy raised",)


@pytest.mark.parametrize("old", [
    "Needs help breaking down features into tasks",
    "Seeks guidance to break down features into tasks",
    "I ask for help breaking down features into tasks",
])
def test_other_ways_of_asking_for_help_with_the_work(old):
    new = "Breaks down features into tasks, asking for help when needed"
    if old.startswith("I "):
        new = "I break down features into tasks, asking for help when needed"
    assert grade(old, new).impact.value == "raises-bar"


def test_the_reverse_lowers_autonomy():
    graded = grade("Breaks down features into tasks, asking for help when needed", OLD_ASKED)
    assert graded.impact.value == "lowers-bar"
    assert graded.reasons == ("autonomy lowered",)


def test_the_work_done_with_help_every_time_is_not_more_autonomy():
    # Help had every time, in either wording: no more is asked.
    assert grade(OLD_ASKED, "Breaks down features into tasks with help from their lead").impact.value == "editorial"


def _run(cli, tmp_path: Path, old: str, new: str, *options: str):
    for name, text in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return cli("diff", *options, str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))


def _summary_impact(cli, tmp_path: Path, old: str, new: str) -> str:
    documents = [yaml.safe_dump(summary_and_statement_ladder(text, "Fixes bugs"), sort_keys=False) for text in (old, new)]
    run = _run(cli, tmp_path, *documents, "--format", "json")
    changes = [change for framework in json.loads(run.output)["frameworks"] for change in framework["changes"]]
    return next(change["impact"] for change in changes if change["kind"] == "summary-changed")


SUMMARY = "Delivers features for their team with little guidance."


@pytest.mark.parametrize("new", [
    "Delivers features for their team with little guidance, and owns them in production.",
    "Delivers features for their team with little guidance and owns them in production.",
    "Delivers features for their team with little guidance and must own them in production.",
    "Delivers features for their team with little guidance, and is expected to own them in production.",
    "Delivers and is accountable for features for their team with little guidance.",
])
def test_a_duty_joined_to_a_summary_raises_the_bar_with_or_without_a_comma(cli, tmp_path, new):
    assert _summary_impact(cli, tmp_path, SUMMARY, new) == "raises-bar"


@pytest.mark.parametrize(("new", "impact"), [
    # A noun listed, a clause of how or where, more help named: no new duty.
    ("Delivers features and tests for their team with little guidance.", "structural"),
    ("Delivers features for their team with little guidance and care.", "structural"),
    ("Delivers features and their tests for their team with little guidance.", "structural"),
])
def test_a_summary_reworded_with_no_new_duty_stays_as_it_was(cli, tmp_path, new, impact):
    assert _summary_impact(cli, tmp_path, SUMMARY, new) == impact


FOLDED = """\
ladderlint: 1
id: t
name: T
track: Eng
version: "1.0.0"
organisation: {name: T}
dimensions:
  - id: d
    name: D
    competencies:
      - {id: c, name: C}
levels:
  - id: L1
    title: Level 1
    competencies:
      c:
        - >
          Writes design documents that their team can review%s
  - id: L2
    title: Level 2
    competencies:
      c: [Leads projects]
"""


def test_a_help_clause_cut_from_a_folded_statement_fails_the_gate(cli, tmp_path):
    old = FOLDED % ", with support\n          from a senior engineer when the scope is unclear"
    run = _run(cli, tmp_path, old, FOLDED % "", "--fail-on", "raises-bar")
    assert run.exit_code == 1, run.output
    assert "autonomy raised" in run.output
