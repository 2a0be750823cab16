"""A sentence put in a level's summary (one put in where there was none, or
appended to one) moves the bar only where it asks something: a bar, what the
people do, an activity. One that only describes who is at the level, where
they join or what the level is asks nothing, so an owner who follows LL404
("level has no summary") is not stopped by `--fail-on raises-bar`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from diffkit import data, diff, edited, level
from ladderlint.diff import compare

DESCRIBING = [
    "This level is where most engineers join the company.",
    "Engineers at this level are still learning the codebase.",
    "Engineers at this level are early in their career.",
    "Engineers here join the company straight from university.",
    "The first level of the ladder.",
]

ASKING = [
    "Engineers at this level present their work at the quarterly all-hands.",
    "Leads the team's on-call rotation.",
    "They should take responsibility for their work and own their personal development.",
    "Engineers at this level join the on-call rotation.",
    "At this level the priority is unblocking others.",
]


def _without_summary(document):
    level(document, "IC2").pop("summary")


def _put_in(text: str):
    def edit(document):
        _without_summary(document)
        level(document, "IC2")["summary"] = text
    return edit


def _appended(text: str):
    def edit(document):
        level(document, "IC2")["summary"] = "I deliver features on my own. " + text
    return edit


def _introduced(text: str):
    def edit(document):
        level(document, "IC2")["dimensions"] = {"craft": text}
    return edit


@pytest.mark.parametrize("text", DESCRIBING)
def test_a_describing_sentence_put_in_a_summary_is_structural(text):
    [change] = compare(edited(_without_summary), edited(_put_in(text)))
    assert (change.kind.value, change.impact.value, change.field) == ("summary-changed", "structural", "summary")
    [change] = diff(_appended(text))  # one reading for a new summary and an old one
    assert change.impact.value == "structural"
    [change] = diff(_introduced(text))  # and for a dimension's introduction at a level
    assert (change.impact.value, change.dimension) == ("structural", "craft")


@pytest.mark.parametrize("text", ASKING)
def test_an_asking_sentence_put_in_a_summary_raises_the_bar(text):
    [change] = compare(edited(_without_summary), edited(_put_in(text)))
    assert change.impact.value == "raises-bar"
    [change] = diff(_appended(text))
    assert change.impact.value == "raises-bar"
    [change] = diff(_introduced(text))
    assert change.impact.value == "raises-bar"


def test_the_gate_lets_a_describing_summary_through(cli, tmp_path: Path):
    old, new = data(), data()
    _without_summary(old)
    _put_in("This level is where most engineers join the company.")(new)
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    run = cli("diff", "--fail-on", "raises-bar", "--format", "json", str(tmp_path / "old.yaml"),
              str(tmp_path / "new.yaml"))
    assert run.exit_code == 0, run.output
    [change] = json.loads(run.output)["frameworks"][0]["changes"]
    assert (change["kind"], change["impact"]) == ("summary-changed", "structural")
