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


def _framework(summary: str, statement: str) -> dict:
    return {
        "ladderlint": 1, "id": "t", "name": "T", "track": "Eng", "version": "1.0.0", "organisation": {"name": "T"},
        "dimensions": [{"id": "d", "name": "D", "competencies": [{"id": "c", "name": "C"}]}],
        "levels": [
            {"id": "L1", "title": "Level 1", "summary": summary, "competencies": {"c": [statement]}},
            {"id": "L2", "title": "Level 2", "competencies": {"c": ["Leads projects"]}},
        ],
    }


def _run(cli, tmp_path: Path, old: str, new: str, *options: str):
    for name, text in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return cli("diff", *options, str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))


def _summary_impact(cli, tmp_path: Path, old: str, new: str) -> str:
    documents = [yaml.safe_dump(_framework(text, "Fixes bugs"), sort_keys=False) for text in (old, new)]
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
