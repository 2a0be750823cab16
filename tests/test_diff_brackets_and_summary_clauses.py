"""Words added in brackets, and a clause added to a level's summary, ask
what the same words would ask outside brackets or as a sentence of their
own: a report-only trial passed the gate with "(including outside working
hours)" and with ", and leads the team's on-call rotation" in a summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from diffkit import summary_and_statement_ladder


def _changes(cli, tmp_path: Path, old: dict, new: dict) -> list[dict]:
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    run = cli("diff", "--format", "json", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    return [change for framework in json.loads(run.output)["frameworks"] for change in framework["changes"]]


def _statement_impact(cli, tmp_path: Path, old: str, new: str) -> str:
    changes = _changes(cli, tmp_path, summary_and_statement_ladder("Works.", old), summary_and_statement_ladder("Works.", new))
    return next(change["impact"] for change in changes if change["kind"] == "statement-reworded")


def _summary_impact(cli, tmp_path: Path, old: str, new: str) -> str:
    changes = _changes(cli, tmp_path, summary_and_statement_ladder(old, "Fixes bugs"), summary_and_statement_ladder(new, "Fixes bugs"))
    return next(change["impact"] for change in changes if change["kind"] == "summary-changed")


@pytest.mark.parametrize(("old", "new", "impact"), [
    # What "including" adds is asked, in brackets as outside them.
    ("Fixes bugs reported by users", "Fixes bugs reported by users (including outside working hours)", "raises-bar"),
    ("Fixes bugs reported by users", "Fixes bugs reported by users, including outside working hours", "raises-bar"),
    ("Fixes bugs reported by users (including outside working hours)", "Fixes bugs reported by users",
     "lowers-bar"),
    # A bare list of kinds says which are asked; one more kind asks more, one fewer less.
    ("Leads incidents (SEV1 and SEV2)", "Leads incidents (SEV1, SEV2 and SEV3)", "raises-bar"),
    ("Leads incidents (SEV1, SEV2 and SEV3)", "Leads incidents (SEV1 and SEV2)", "lowers-bar"),
    ("Writes tests for their code", "Writes tests for their code (unit, integration and end-to-end)", "raises-bar"),
    ("Writes tests for their code (unit, integration and end-to-end)", "Writes tests for their code",
     "lowers-bar"),
    ("Participates in on-call", "Participates in on-call (primary and secondary)", "raises-bar"),
])
def test_words_in_brackets_ask_as_they_do_outside_them(cli, tmp_path, old, new, impact):
    assert _statement_impact(cli, tmp_path, old, new) == impact


@pytest.mark.parametrize(("old", "new"), [
    # Examples after a marker illustrate; things named by their names, an abbreviation, a name spelt out
    # and things named after "including" say nothing new.
    ("Fixes bugs reported by users", "Fixes bugs reported by users (e.g. crashes and data loss)"),
    ("Fixes bugs reported by users", "Fixes bugs reported by users (for example crashes)"),
    ("Fixes bugs reported by users", "Fixes bugs reported by users (such as crashes and data loss)"),
    ("Uses observability tools", "Uses observability tools (Grafana, Honeycomb)"),
    ("Meets the service level objective", "Meets the service level objective (SLO)"),
    ("Meets the SLO", "Meets the SLO (service level objective)"),
    ("Owns the services", "Owns the services (including billing and payments)"),
])
def test_brackets_that_illustrate_or_restate_are_editorial(cli, tmp_path, old, new):
    assert _statement_impact(cli, tmp_path, old, new) == "editorial"


def test_an_example_that_sets_a_bar_still_raises_it(cli, tmp_path):
    new = "Fixes bugs reported by users (e.g. within an hour of the report)"
    assert _statement_impact(cli, tmp_path, "Fixes bugs reported by users", new) == "raises-bar"


SUMMARY = "Delivers well-scoped tasks with guidance."


@pytest.mark.parametrize(("new", "impact"), [
    # A clause that asks a new activity asks as a sentence of its own does.
    ("Delivers well-scoped tasks with guidance, and leads the team's on-call rotation and hiring loops.",
     "raises-bar"),
    ("Delivers well-scoped tasks with guidance and leads the team's on-call rotation.", "raises-bar"),
    ("Delivers well-scoped tasks with guidance, leading the team's on-call rotation.", "raises-bar"),
    ("Delivers well-scoped tasks with guidance. Leads the team's on-call rotation.", "raises-bar"),
    # Reworded with no new activity and no scale moved: a summary describes.
    ("Delivers well-scoped tasks, with guidance.", "editorial"),
    ("Delivers well-scoped tasks and their tests with guidance.", "structural"),
])
def test_a_clause_put_in_a_summary_asks_as_a_sentence_does(cli, tmp_path, new, impact):
    assert _summary_impact(cli, tmp_path, SUMMARY, new) == impact


def test_a_clause_taken_out_of_a_summary_is_structural_as_a_sentence_taken_out_is(cli, tmp_path):
    # A summary describes; what the level's statements ask still holds.
    old = "Delivers well-scoped tasks with guidance, and leads the team's on-call rotation."
    assert _summary_impact(cli, tmp_path, old, SUMMARY) == "structural"
    assert _summary_impact(cli, tmp_path, "Delivers well-scoped tasks with guidance. Leads the team's on-call rotation.",
                           SUMMARY) == "structural"
