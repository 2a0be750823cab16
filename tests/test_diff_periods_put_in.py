"""A period that says how often ("every quarter", "yearly", "once a year")
put into a statement that said no frequency is a recurring obligation: it
asks more, however rarely it comes round, and taken out, less. Its rank on
the scale of frequency is no word of frequency ("rarely", "often") that a
statement without one would be compared with."""

from __future__ import annotations

import pytest

from ladderlint.diff.changes import Impact
from ladderlint.diff.grade import grade

PLAIN = "Defines the team's testing strategy"


@pytest.mark.parametrize("period", [
    "every quarter", "every year", "each quarter", "quarterly", "yearly", "annually", "once a year",
    "every two years", "at least once a year", "twice a year", "every week", "every sprint", "weekly", "daily",
])
def test_a_period_put_in_asks_more_and_taken_out_asks_less(period):
    assert grade(PLAIN, f"{PLAIN} {period}").impact is Impact.RAISES_BAR
    assert grade(f"{PLAIN} {period}", PLAIN).impact is Impact.LOWERS_BAR


@pytest.mark.parametrize(("words", "impact"), [
    # Words of the scale of frequency are read on it, as before.
    ("sometimes", Impact.LOWERS_BAR), ("occasionally", Impact.LOWERS_BAR), ("from time to time", Impact.LOWERS_BAR),
    ("regularly", Impact.RAISES_BAR), ("always", Impact.RAISES_BAR), ("on a regular basis", Impact.RAISES_BAR),
])
def test_words_of_frequency_put_in_are_read_on_their_scale(words, impact):
    assert grade(PLAIN, f"{PLAIN} {words}").impact is impact


def test_one_period_for_another_is_read_along_the_calendar():
    assert grade(f"{PLAIN} every quarter", f"{PLAIN} every year").impact is Impact.LOWERS_BAR
    assert grade(f"{PLAIN} every year", f"{PLAIN} every quarter").impact is Impact.RAISES_BAR
    assert grade("Reviews plans quarterly", "Reviews plans quarterly or less often").impact is Impact.LOWERS_BAR


def test_the_gate_on_raised_bars_stops_a_yearly_obligation_put_in(cli, tmp_path):
    ladder = """\
ladderlint: 1
id: globex
name: Globex Ladder
track: Engineer
version: "1.0.0"
organisation: {name: Globex}
dimensions:
  - id: work
    name: Work
    competencies:
      - {id: delivery, name: Delivery}
levels:
  - id: L1
    title: Engineer
    competencies:
      delivery:
        - STATEMENT
"""
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(ladder.replace("STATEMENT", PLAIN))
    new.write_text(ladder.replace("STATEMENT", f"{PLAIN} every year"))
    run = cli("diff", "--fail-on", "raises-bar", str(old), str(new))
    assert run.exit_code == 1
    assert "raises-bar  statement-reworded" in run.output


@pytest.mark.parametrize(("old", "new"), [
    ("I own the quarterly roadmap", "I own the roadmap"),
    ("I write my annual goals", "I write my goals"),
    ("I present at the yearly all-hands", "I present at the all-hands"),
])
def test_a_period_that_names_a_kind_of_thing_is_no_obligation_taken_out(old, new):
    # "the quarterly roadmap" is a roadmap, not how often the work is done: without the word, the duty is no
    # smaller (every roadmap), and the gate on raised bars must not take it for one lowered.
    assert grade(old, new).impact is not Impact.LOWERS_BAR
    # Said of the work, the same word is a period put in.
    assert grade("Reviews the roadmap", "Reviews the roadmap quarterly").impact is Impact.RAISES_BAR
