"""Review of round 12: edits the gate let through as editorial or lowers-bar.

A frequency adjective that another adjective replaces names a kind of thing
("regular bugs" -> "critical bugs"), not how often; "infrequent" says
"rarely", of something to avoid as the adverb does; two vague counts are
read by their least, so a raise cannot be split into two editorial steps."""

from __future__ import annotations

import copy

import pytest
import yaml
from click.testing import CliRunner

from diffkit import data, level
from ladderlint.cli import main
from ladderlint.diff.grade import grade


def _read(old: str, new: str) -> tuple[str, str | None, tuple[str, ...]]:
    graded = grade(old, new)
    also = graded.also
    return graded.impact.value, None if also is None else also.value, graded.reasons


def _gate(tmp_path, old: str, new: str, fail_on: str) -> int:
    """The exit code of `ladderlint diff --fail-on FAIL_ON` where IC1's
    Ownership statement is reworded from ``old`` to ``new``."""
    paths = []
    for name, text in (("old.yaml", old), ("new.yaml", new)):
        document = copy.deepcopy(data())
        level(document, "IC1")["competencies"]["ownership"] = [text]
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        paths.append(str(path))
    return CliRunner().invoke(main, ["diff", "--fail-on", fail_on, *paths]).exit_code


# -- H2: a frequency adjective replaced by another adjective names another kind ----------------------------


@pytest.mark.parametrize(("old", "new"), [
    ("Fixes regular bugs in the services the team owns", "Fixes critical bugs in the services the team owns"),
    ("Gives regular updates to stakeholders", "Gives detailed updates to stakeholders"),
    ("Writes periodic reports", "Writes executive reports"),
    ("Takes occasional on-call shifts", "Takes primary on-call shifts"),
])
def test_a_frequency_adjective_replaced_by_a_kind_is_words_replaced(old, new):
    assert _read(old, new) == ("raises-bar", None, ("words replaced",))


@pytest.mark.parametrize(("old", "new", "reasons"), [
    ("Handles regular support tickets", "Handles complex support tickets", ("size of work raised",)),
    ("Does regular code reviews", "Does thorough code reviews", ("degree raised",)),
])
def test_a_harder_kind_is_no_frequency_lowered_beside_it(old, new, reasons):
    assert _read(old, new) == ("raises-bar", None, reasons)


@pytest.mark.parametrize(("old", "new", "read"), [
    # Near-misses: both texts say how often, or the adjective taken out or put in alone.
    ("Gives regular feedback", "Gives occasional feedback", ("lowers-bar", None, ("frequency lowered",))),
    ("Gives regular feedback", "Gives weekly feedback", ("raises-bar", None, ("frequency raised",))),
    ("Gives regular feedback", "Gives feedback", ("lowers-bar", None, ("frequency lowered",))),
    ("Gives feedback", "Gives frequent feedback", ("raises-bar", None, ("frequency raised",))),
    ("Regular code reviews for the team", "Occasional code reviews for the team",
     ("lowers-bar", None, ("frequency lowered",))),
])
def test_a_frequency_adjective_against_how_often_stays_on_the_scale(old, new, read):
    assert _read(old, new) == read


def test_the_gate_fails_on_a_frequency_adjective_replaced_by_a_kind(tmp_path):
    assert _gate(tmp_path, "Fixes regular bugs", "Fixes critical bugs", "raises-bar") == 1


# -- H3: "infrequent" of something to avoid reads as "rarely" does -------------------------------------------


@pytest.mark.parametrize(("old", "new"), [
    ("Has frequent outages in owned services", "Has infrequent outages in owned services"),
    ("Makes frequent mistakes", "Makes infrequent mistakes"),
    ("Frequently causes outages", "Rarely causes outages"),  # the adverb, as before
])
def test_less_often_of_what_is_avoided_raises_the_bar(old, new):
    assert _read(old, new) == ("raises-bar", None, ("frequency of what is avoided lowered",))


@pytest.mark.parametrize(("old", "new"), [
    # Where only the adjective says "rarely", the words do not tell a thing to avoid (mistakes) from one
    # seldom done (reviews): more often is read both ways, never as a lower bar alone.
    ("Holds infrequent reviews", "Holds regular reviews"),
    ("Makes infrequent mistakes", "Makes frequent mistakes"),
])
def test_more_often_after_infrequent_is_read_both_ways(old, new):
    impact, also, _reasons = _read(old, new)
    assert (impact, also) == ("raises-bar", "lowers-bar")


@pytest.mark.parametrize(("old", "new"), [
    # Near-misses: "never" and "rarely" say it is to be avoided, as ladders use them: asking less, as before.
    ("Never ships untested code", "Rarely ships untested code"),
    ("Rarely misses a deadline", "Often misses a deadline"),
])
def test_more_often_after_rarely_or_never_lowers_the_bar(old, new):
    assert _read(old, new) == ("lowers-bar", None, ("frequency of what is avoided raised",))


def test_the_gate_fails_on_fewer_outages_asked(tmp_path):
    old, new = "Has frequent outages in owned services", "Has infrequent outages in owned services"
    assert _gate(tmp_path, old, new, "raises-bar") == 1


# -- M4: "multiple" and "several" read by their least against each other too ---------------------------------


@pytest.mark.parametrize(("old", "new", "read"), [
    # Two or more -> three or more asks more: a raise cannot pass as two steps of wording
    # ("multiple" -> "several" -> "three").
    ("Mentors multiple engineers", "Mentors several engineers", ("raises-bar", None, ("number raised",))),
    ("Mentors several engineers", "Mentors multiple engineers", ("lowers-bar", None, ("number lowered",))),
    ("Mentors multiple engineers", "Mentors three engineers", ("raises-bar", None, ("number raised",))),
    # Near-misses: "several" is three or more, and "a number of" says "several".
    ("Mentors several engineers", "Mentors three engineers", ("editorial", None, ("wording",))),
    ("Mentors several engineers", "Mentors a number of engineers", ("editorial", None, ("wording",))),
])
def test_two_vague_counts_are_read_by_their_least(old, new, read):
    assert _read(old, new) == read


def test_the_gate_fails_on_multiple_made_several(tmp_path):
    assert _gate(tmp_path, "Mentors multiple engineers", "Mentors several engineers", "raises-bar") == 1
