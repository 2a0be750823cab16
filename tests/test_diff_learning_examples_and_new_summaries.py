"""Readings a report-only trial found wrong: the plain verbs of learning
("Learns to", "I start writing", "gets better at") dropped read as words
taken out, so a raised bar passed `--fail-on raises-bar`; "learn" put in read
as more involvement."""

from __future__ import annotations

import pytest

from diffkit import diff, edited, level
from ladderlint.diff import compare
from ladderlint.diff.grade import grade


@pytest.mark.parametrize(("old", "new"), [
    ("Learns to write correct Go code, following guidance", "Writes correct Go code, following guidance"),
    ("I learn to use Terraform", "I use Terraform"),
    ("I learn how to debug our services", "I debug our services"),
    ("I start writing design documents", "I write design documents"),
    ("I begin reviewing pull requests", "I review pull requests"),
    ("I get better at writing tests", "I write tests"),
    ("I practise writing tests", "I write tests"),
    ("Gains experience in incident response", "Has experience in incident response"),
    ("I learn our deployment process", "I understand our deployment process"),
])
def test_still_learning_taken_out_raises_mastery(old, new):
    graded = grade(old, new)
    assert graded.impact.value == "raises-bar"
    assert "mastery raised" in graded.reasons


@pytest.mark.parametrize(("old", "new"), [
    ("I understand our deployment process", "I learn our deployment process"),
    ("I use Terraform", "I learn to use Terraform"),
    ("I write tests", "I start writing tests"),
])
def test_still_learning_put_in_lowers_mastery(old, new):
    graded = grade(old, new)
    assert graded.impact.value == "lowers-bar"
    assert tuple(graded.reasons) == ("mastery lowered",)


@pytest.mark.parametrize(("old", "new", "impact"), [
    # One way of saying "still learning" for another: the same.
    ("Is learning to write correct Go code", "Learns to write correct Go code", "editorial"),
    ("I am learning to use Terraform", "I learn how to use Terraform", "editorial"),
    # Learning from mistakes is a habit, not a skill still being acquired; others' learning is not the subject's.
    ("I own my mistakes", "I own my mistakes and learn from them", "raises-bar"),
    ("I help new hires learn the codebase", "I help new hires learn the codebase quickly", "raises-bar"),
    # "start" before a noun is no start of learning.
    ("I start meetings on time", "I run meetings on time", "raises-bar"),
])
def test_nearby_readings_stay(old, new, impact):
    graded = grade(old, new)
    assert graded.impact.value == impact
    assert "mastery raised" not in graded.reasons and "mastery lowered" not in graded.reasons or impact == "editorial"


def test_less_involvement_is_still_read_beside_learning_taken_out():
    # "contribute to" says less involvement than doing it, whatever "learning" said; "learn" for
    # "understand" is read on mastery alone.
    graded = grade("I am learning to interview candidates", "I contribute to interviewing candidates")
    assert "involvement lowered" in graded.reasons and "mastery raised" in graded.reasons


# A level's summary, or a dimension's introduction at a level, put in where there was none is read as
# its sentences added to an empty one: a demand slipped in there is a raised bar, as at the end of one.

def _without_summary(document):
    level(document, "IC2").pop("summary")


@pytest.mark.parametrize("text", [
    "I always mentor two engineers every quarter, on my own",
    "I lead the design of my team's services",
])
def test_summary_put_in_where_there_was_none_is_read_as_sentences_added(text):
    def put_in(document):
        _without_summary(document)
        level(document, "IC2")["summary"] = text

    def appended(document):
        level(document, "IC2")["summary"] = "I deliver features on my own. " + text

    old = edited(_without_summary)
    [change] = compare(old, edited(put_in))
    assert (change.kind.value, change.impact.value, change.field) == ("summary-changed", "raises-bar", "summary")
    [change] = diff(appended)
    assert change.impact.value == "raises-bar"  # one reading for both


def test_dimension_introduction_put_in_where_there_was_none_is_read_as_sentences_added():
    def put_in(document):
        level(document, "IC2")["dimensions"] = {"craft": "I always review two pull requests every day"}

    [change] = diff(put_in)
    assert (change.kind.value, change.impact.value, change.dimension) == ("summary-changed", "raises-bar", "craft")


@pytest.mark.parametrize("text", [
    "See the engineering handbook for how we assess this level.",  # asks nothing of anyone
    "I follow through on my commitments and keep my team informed",  # a statement of its cells
])
def test_summary_put_in_that_asks_nothing_new_stays_structural(text):
    def put_in(document):
        _without_summary(document)
        level(document, "IC2")["summary"] = text

    [change] = compare(edited(_without_summary), edited(put_in))
    assert change.impact.value == "structural"


def test_summary_taken_out_stays_structural():
    [change] = diff(_without_summary)
    assert change.impact.value == "structural"


# A note's sentence reworded is read as a summary's sentence is: editorial only where no word of a scale was
# put in or taken out. One that is no expectation does not move the bar, but it now shows another thing.
# A statement's example shows what meeting its statement looks like: reworded along a scale, it moves that bar.

def _with_example(text):
    def edit(document):
        level(document, "IC2")["competencies"]["code"]["statements"][0]["examples"] = [text]
    return edit


def _with_note(text):
    def edit(document):
        level(document, "IC2")["competencies"]["code"]["note"] = text
    return edit


@pytest.mark.parametrize("new", [
    "Giving an internal tech talk",  # involvement
    "Reviewing an internal tech talk",
    "Attending every internal tech talk",  # how many
])
def test_an_example_reworded_along_a_scale_moves_its_statements_bar(new):
    [change] = compare(edited(_with_example("Attending an internal tech talk")), edited(_with_example(new)))
    assert (change.kind.value, change.field, change.impact.value) == ("statement-reworded", "examples", "raises-bar")
    [change] = compare(edited(_with_note("Attending an internal tech talk")), edited(_with_note(new)))
    assert (change.kind.value, change.field, change.impact.value) == ("summary-changed", "note", "structural")


@pytest.mark.parametrize(("new", "impact"), [
    ("Attending an internal tech-talk", "editorial"),
    # One that sets a bar still raises it.
    ("Always attending every internal tech talk", "raises-bar"),
])
def test_an_example_reworded_nearby_readings_stay(new, impact):
    [change] = compare(edited(_with_example("Attending an internal tech talk")), edited(_with_example(new)))
    assert change.impact.value == impact


# A window of time put in narrows when a duty applies: less is asked, as "when asked" put in asks less.

@pytest.mark.parametrize("new", [
    "I respond to pages for my team's services during business hours during my rotation week",
    "I respond to pages during business hours for my team's services during my rotation week",
    "I respond to pages for my team's services on weekdays during my rotation week",
    "I respond to pages for my team's services in normal working hours during my rotation week",
])
def test_a_window_of_time_put_in_lowers_the_bar(new):
    graded = grade("I respond to pages for my team's services during my rotation week", new)
    assert graded.impact.value == "lowers-bar"
    graded = grade(new, "I respond to pages for my team's services during my rotation week")
    assert graded.impact.value == "raises-bar"


@pytest.mark.parametrize(("old", "new", "impact"), [
    # Widened, not narrowed: more is asked.
    ("I respond to pages during my rotation week", "I respond to pages during my rotation week, including outside working hours",
     "raises-bar"),
    # A deadline in business days is how soon, not when the duty applies.
    ("I respond to pages", "I respond to pages within one business day", "raises-bar"),
])
def test_windows_nearby_readings_stay(old, new, impact):
    assert grade(old, new).impact.value == impact


def test_a_glossary_definition_narrowed_to_business_hours_lowers_the_bar():
    def define(definition):
        def edit(document):
            document["glossary"] = {"on-call": definition}
            level(document, "IC2")["competencies"]["ownership"] = ["I take part in the on-call* rotation"]
        return edit

    old = edited(define("Being reachable for your team's services during your rotation week"))
    new = edited(define("Being reachable during business hours for your team's services during your rotation week"))
    [change] = [c for c in compare(old, new) if c.kind.value == "framework-changed"]
    assert change.impact.value == "lowers-bar"
