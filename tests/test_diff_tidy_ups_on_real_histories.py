"""Tidy-ups that real revision histories make, graded as the tidy-ups they
are, and the near misses that still ask more or less."""

from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

from diffkit import data, diff, framework, level
from ladderlint.cli import main
from ladderlint.diff import Impact, compare
from ladderlint.diff.grade import grade


# -- F1: the framework's own organisation named as "the company" ----------------------------------------------

@pytest.mark.parametrize("old, new, impact", [
    ("Represents Reevoo at conferences/events", "Represents the company at conferences/events", "editorial"),
    ("Represents Reevoo at conferences/events", "Represents our company at conferences/events", "editorial"),
    ("Represents Reevoo at conferences/events", "Represents the organisation at conferences/events", "editorial"),
    ("Contributes to maintaining the Reevoo culture in their team",
     "Contributes to maintaining the company culture in their team", "editorial"),
    ("Given as a reason for other engineers to join Reevoo",
     "Given as a reason for other engineers to join the company", "editorial"),
    ("Represents the company at events", "Represents Reevoo at events", "editorial"),
    # Near misses: another scope widened to the company, or more said around the name.
    ("Represents my team at conferences", "Represents the company at conferences", "raises-bar"),
    ("Represents Reevoo at events", "Represents the wider company at events", "raises-bar"),
    ("Represents Reevoo at events", "Represents the industry at events", "raises-bar"),
])
def test_own_organisation_named_as_the_company(old, new, impact):
    assert grade(old, new, ["Reevoo"]).impact.value == impact


def test_another_organisations_name_for_the_company_is_still_read_as_scope():
    # Only the framework's own organisation is "the company"; a name it does not own is another one.
    assert grade("Represents Monzo at conferences", "Represents the company at conferences",
                 ["Reevoo"]).impact is Impact.RAISES_BAR


def test_de_branded_statement_in_a_framework_is_editorial():
    # The framework's organisation (Acme, its ``organisation.name``) is what "the company" names.
    before, after = data(), data()
    level(before, "IC1")["competencies"]["ownership"] = ["I represent Acme at meetups"]
    level(after, "IC1")["competencies"]["ownership"] = ["I represent the company at meetups"]
    changes = compare(framework(before), framework(after))
    assert [(c.kind.value, c.impact.value) for c in changes] == [("statement-reworded", "editorial")]


# -- F2: numbers that name sub-levels, and lengths of time allowed --------------------------------------------

SENTENCE = "We generally expect people to progress from 2A to 3A within the course of 1-2 years."


@pytest.mark.parametrize("old, new, impact", [
    (SENTENCE, SENTENCE.replace("2A to 3A", "2 to 3"), "editorial"),
    ("Progresses to 3A", "Progresses to 3", "editorial"),
    ("Progresses to 3", "Progresses to 3A", "editorial"),
    # More time allowed asks less; less time more.
    (SENTENCE, SENTENCE.replace("1-2 years", "1-3 years"), "lowers-bar"),
    (SENTENCE, SENTENCE.replace("1-2 years", "1-3 months"), "raises-bar"),
    ("Fixes it within 1-2 days", "Fixes it within 1-3 days", "lowers-bar"),
    ("Fixes it within 2-3 days", "Fixes it within 1-2 days", "raises-bar"),
    ("Ships it in the space of a week", "Ships it in the space of two weeks", "lowers-bar"),
    # Near misses: another sub-level, a number of things, a unit of a number.
    ("Progresses to 3A", "Progresses to 3B", "raises-bar"),
    ("Owns 2 services", "Owns 3 services", "raises-bar"),
    ("Handles 5k requests a second", "Handles 5 requests a second", "lowers-bar"),
])
def test_sub_level_labels_and_time_allowed(old, new, impact):
    assert grade(old, new).impact.value == impact


def test_ends_of_a_range_of_time_moving_apart_are_for_a_reader():
    graded = grade("Fixes it within 2-3 days", "Fixes it within 1-4 days")
    assert (graded.impact, graded.also) == (Impact.RAISES_BAR, Impact.LOWERS_BAR)


# -- F3: a competency that starts to apply is one change with what its cell now says --------------------------

def test_competency_applying_with_only_a_placeholder_is_structural_and_one_change():
    changes = diff(lambda d: level(d, "IC3")["competencies"].update(
        ownership=["TODO: Feels like something should go here?"]))
    assert {c.impact for c in changes} == {Impact.STRUCTURAL}
    result = _cli_diff(lambda d: level(d, "IC3")["competencies"].update(
        ownership=["TODO: Feels like something should go here?"]), "--format", "json", "--fail-on", "raises-bar")
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)["frameworks"][0]["summary"]
    assert counts["changes"] == 1 and counts["raises-bar"] == 0


def test_competency_applying_with_statements_is_counted_once_with_them():
    result = _cli_diff(lambda d: level(d, "IC3")["competencies"].update(
        ownership=["I own the outcome of my projects", "I own the roadmap of my team"]), "--format", "json")
    report = json.loads(result.output)["frameworks"][0]
    assert report["summary"]["changes"] == 2 and report["summary"]["raises-bar"] == 2
    applies = [c for c in report["changes"] if c["kind"] == "not-applicable-changed"]
    assert len(applies) == 1 and applies[0]["counted_with"]


def test_release_notes_do_not_say_now_applies_beside_a_placeholder():
    result = _cli_diff(lambda d: level(d, "IC3")["competencies"].update(
        ownership=["TODO: Feels like something should go here?"]), "--format", "markdown")
    # One line for the cell, under the changes of structure: no new expectation announced.
    assert "now applies" not in result.output and result.output.count("a placeholder") == 1
    assert "New or higher" not in result.output


def _cli_diff(edit, *args):
    import copy
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp())
    after = copy.deepcopy(data())
    edit(after)
    for name, document in (("old.yaml", data()), ("new.yaml", after)):
        (folder / name).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return CliRunner().invoke(main, ["diff", str(folder / "old.yaml"), str(folder / "new.yaml"), *args])


# -- F4: questions and editors' notes ask nothing -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "What about views, and materialized views?",
    "Leaving out foreign data wrappers - doesn't feel aligned with separation of concerns?",
    "Should we include on-call here?",
])
def test_an_editors_question_added_asks_nothing(text):
    changes = diff(lambda d: level(d, "IC2")["competencies"]["ownership"].append(text))
    assert [(c.kind.value, c.impact.value) for c in changes] == [("statement-added", "structural")]


@pytest.mark.parametrize("text", [
    "Do I own the outcome of my projects?",  # a self-assessment's question, put to the reader
    "Can you explain the trade-offs of your design?",
    "I own my projects. What does this mean?",  # a statement before its question
])
def test_a_question_put_to_the_reader_is_still_an_expectation(text):
    changes = diff(lambda d: level(d, "IC2")["competencies"]["ownership"].append(text))
    assert [(c.kind.value, c.impact.value) for c in changes] == [("statement-added", "raises-bar")]


def test_a_note_put_after_a_statement_does_not_raise_it():
    assert grade("Applies unique constraints where necessary",
                 "Applies unique constraints where necessary - INDEXES?").impact is Impact.EDITORIAL
    # Words that ask more, after a dash, still do.
    assert grade("Applies unique constraints where necessary",
                 "Applies unique constraints where necessary - and indexes").impact is Impact.RAISES_BAR


# -- F5: a word that names no more of a role than its noun ----------------------------------------------------

@pytest.mark.parametrize("old, new, impact", [
    ("Is building the foundation to being solid individual contributors at Upp.",
     "Is building the foundation to being solid contributors at Upp.", "editorial"),
    ("Is a solid contributor", "Is a solid individual contributor", "editorial"),
    # Near misses: a seniority or a discipline says whom; "individual" before another noun is read.
    ("Mentors senior engineers", "Mentors engineers", "lowers-bar"),
    ("Mentors backend engineers", "Mentors engineers", "raises-bar"),
    ("Helps each individual on the team", "Helps each on the team", "lowers-bar"),
])
def test_role_noun_modifiers(old, new, impact):
    assert grade(old, new, ["Upp"]).impact.value == impact


# -- F7: a scope of one's own put in narrows --------------------------------------------------------------------

@pytest.mark.parametrize("old, new, reason", [
    ("Leads incident resolutions", "Leads incident resolution for their area", "scope lowered"),
    ("Writes docs", "Writes docs for their domain", "scope lowered"),
    ("Writes docs for their area", "Writes docs", "scope raised"),
    # A wider world put in still widens.
    ("Writes docs", "Writes docs in their organisation", "scope raised"),
    ("Writes docs", "Writes docs for the org", "scope raised"),
])
def test_their_own_area_put_in_narrows(old, new, reason):
    assert reason in grade(old, new).reasons


def test_a_move_down_narrowed_says_so_at_both_levels():
    before = data()
    level(before, "IC3")["competencies"]["ownership"] = ["I lead incident resolutions"]
    after = data()
    level(after, "IC2")["competencies"]["ownership"].append("I lead incident resolution for my area")
    level(after, "IC3")["competencies"]["ownership"] = {"not_applicable": "Nothing beyond IC2"}
    changes = [c for c in compare(framework(before), framework(after)) if c.kind.value == "statement-moved"]
    assert changes and "scope raised" not in changes[0].reasons


# -- F9: a name that says another word of its stem -----------------------------------------------------------

@pytest.mark.parametrize("old, new, impact", [
    ("Software Engineer", "Software Engineering", "structural"),
    ("Verification Engineer", "Verification", "structural"),
    ("Software Engineer", "Software Engineers", "editorial"),
    ("Software engineer", "Software Engineer", "editorial"),
])
def test_track_renamed(old, new, impact):
    before, after = data(), data()
    before["track"], after["track"] = old, new
    changes = compare(framework(before), framework(after))
    assert [(c.field, c.impact.value) for c in changes] == [("track", impact)]


# -- F8: release notes as an engineer on the ladder reads them -------------------------------------------------

def _titled_by_level(d):
    for n, lv in enumerate(d["levels"], start=1):
        lv["id"], lv["title"] = f"L{n}", f"Level {n}"


def test_notes_name_levels_one_way_once_one_has_a_real_title():
    import copy

    def edit(d):
        _titled_by_level(d)
        d["levels"][1]["title"] = "Senior Specialist"
        for lv in d["levels"]:
            lv["competencies"]["impact"].append("I write a design doc for each project")

    before = copy.deepcopy(data())
    _titled_by_level(before)
    result = _cli_diff_from(before, edit, "--format", "markdown")
    assert "at L1, L2 and L3" in result.output, result.output
    assert "Level 2 is now called “Senior Specialist”." in result.output
    assert "is now L2" not in result.output


def test_notes_keep_level_titles_that_name_every_level():
    import copy

    def edit(d):
        _titled_by_level(d)
        for lv in d["levels"]:
            lv["competencies"]["impact"].append("I write a design doc for each project")

    before = copy.deepcopy(data())
    _titled_by_level(before)
    result = _cli_diff_from(before, edit, "--format", "markdown")
    assert "at Level 1, Level 2 and Level 3" in result.output, result.output


def test_a_split_is_not_quoted_twice_but_a_reworded_one_says_what_it_was():
    whole = "I own my failures and learn from them. I write up what I learnt."

    def split(parts):
        def edit(d):
            level(d, "IC1")["competencies"]["ownership"] = parts
        return edit

    before = data()
    level(before, "IC1")["competencies"]["ownership"] = [whole]
    plain = _cli_diff_from(before, split(["I own my failures and learn from them.", "I write up what I learnt."]),
                           "--format", "markdown").output
    assert "split in two" in plain and "(was “" not in plain
    reworded = _cli_diff_from(before, split(["I own my failures and learn from them.", "I write up what I learnt."
                                             " I share it with my team."]), "--format", "markdown").output
    assert "split in two" in reworded and "(was “" in reworded


def test_a_long_description_changed_shows_the_sentence_that_changed():
    kept = " ".join(f"Sentence number {n} says something about the framework." for n in range(8))

    def edit(d):
        d["description"] = kept + " Deep domain knowledge matters."

    before = data()
    before["description"] = kept + " Deep technical knowledge matters."
    notes = _cli_diff_from(before, edit, "--format", "markdown").output
    line = next(x for x in notes.splitlines() if "Description changed" in x)
    assert "~~technical~~ **domain**" in line and "Sentence number 3" not in line and line.count("…") == 1


def _cli_diff_from(before, edit, *args):
    import copy
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp())
    after = copy.deepcopy(before)
    edit(after)
    for name, document in (("old.yaml", before), ("new.yaml", after)):
        (folder / name).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return CliRunner().invoke(main, ["diff", str(folder / "old.yaml"), str(folder / "new.yaml"), *args])


def test_a_question_is_called_a_question_and_a_placeholder_a_placeholder():
    def edit(d):
        level(d, "IC2")["competencies"]["ownership"] += ["What about views?", "TODO: something here?"]

    text = _cli_diff(edit).output
    assert "What about views? (a question, not an expectation)" in text
    assert "TODO: something here? (a placeholder)" in text
    notes = _cli_diff(edit, "--format", "markdown").output
    assert "a question, not an expectation: What about views?" in notes
