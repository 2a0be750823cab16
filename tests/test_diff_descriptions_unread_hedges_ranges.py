"""Texts that describe (a level's or a competency's description, a cell's
note, a level's summary), graded sentence by sentence:

- a sentence put in or reworded in a language the grader does not read is
  held as a statement so reworded is ("not graded: Korean"), never graded
  structural with confidence;
- a sentence that only describes asks nothing whatever its hedge of
  frequency ("Usually" -> "Often" 2-4 years of experience), while one that
  asks ("Must be on call") still raises the bar;
- a range said another way ("2-4" -> "two to four") is editorial;
- the version advice names a description or a note as what it is."""

from __future__ import annotations

from typing import Any, Callable

import pytest
import yaml

from diffkit import cell, data, level
from ladderlint.diff import Change, compare
from ladderlint.model import build_framework

YEARS = "Usually 2-4 years of experience."


def _with_description(text: str) -> dict[str, Any]:
    document = data()
    level(document, "IC2")["description"] = text
    return document


def _changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return compare(build_framework("acme.yaml", old), build_framework("acme.yaml", new))


def _one(old: dict[str, Any], new: dict[str, Any]) -> Change:
    changes = _changes(old, new)
    assert len(changes) == 1, changes
    return changes[0]


def _description_change(old: str, new: str) -> Change:
    return _one(_with_description(old), _with_description(new))


# -- sentences the grader does not read ------------------------------------------------------------


def _level_description(document: dict[str, Any], sentence: str) -> None:
    level(document, "IC2")["description"] = f"{YEARS} {sentence}"


def _competency_description(document: dict[str, Any], sentence: str) -> None:
    code = document["dimensions"][1]["competencies"][0]
    code["description"] = f"{code['description']}. {sentence}"


def _note(document: dict[str, Any], sentence: str) -> None:
    level(document, "IC2")["competencies"]["impact"] = {
        "statements": cell(document, "IC2", "impact"), "note": f"Measured over a year. {sentence}"}


def _summary(document: dict[str, Any], sentence: str) -> None:
    level(document, "IC2")["summary"] = f"{level(document, 'IC2')['summary']}. {sentence}"


PLACES: dict[str, Callable[[dict[str, Any], str], None]] = {
    "level description": _level_description, "competency description": _competency_description,
    "note": _note, "summary": _summary,
}
#: "Must be on call" (twice), "Every change must start with a design document"; a sentence of Cyrillic
#: letters that no letter tells to be Russian or Ukrainian is named by its script.
FOREIGN = [
    ("반드시 온콜 당번을 맡아야 한다.", "Korean"),
    ("Должен быть на дежурстве.", "Russian"),
    ("Каждую неделю нужно проводить встречу один на один.", "Cyrillic"),
    ("Jede Änderung muss mit einem Designdokument für das Team beginnen.", "German"),
]


def _put_in(place: str, sentence: str) -> tuple[dict[str, Any], dict[str, Any]]:
    old, new = data(), data()
    PLACES[place](old, "")
    PLACES[place](new, sentence)
    return old, new


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(("sentence", "language"), FOREIGN)
def test_a_sentence_in_a_language_not_read_is_held_wherever_it_is_put_in(place, sentence, language):
    change = _one(*_put_in(place, sentence))
    assert (change.impact.value, change.not_read) == ("raises-bar", language), change


def test_a_sentence_reworded_in_a_language_not_read_is_held():
    change = _description_change("Обычно 2-4 года опыта.", "Как правило, 2-4 года опыта.")
    assert (change.impact.value, change.not_read) == ("raises-bar", "Russian")


def test_the_gate_holds_it_and_every_format_says_it_is_not_graded(cli, write, tmp_path):
    old, new = _put_in("level description", FOREIGN[0][0])
    write("old.yaml", yaml.safe_dump(old, allow_unicode=True, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, allow_unicode=True, sort_keys=False))
    run = cli("diff", "--no-color", "--fail-on", "raises-bar", "old.yaml", "new.yaml", cwd=tmp_path)
    assert run.exit_code == 1, run.output
    assert "not graded: written in Korean, which the grader does not read" in run.output
    assert "a change in Korean is held for a reviewer" in run.output + run.stderr
    notes = cli("diff", "--format", "markdown", "old.yaml", "new.yaml", cwd=tmp_path).output
    assert "### Changed (not graded: Korean)" in notes
    assert "Changes of structure" not in notes and "New or higher" not in notes


@pytest.mark.parametrize(("old", "new", "impact"), [
    # Only its formatting changed: nothing to read.
    ("Обычно 2-4 года опыта.", "Обычно  2-4 года опыта.", "editorial"),
    # Taken out, as any sentence of a description: what the statements ask still holds.
    ("Обычно 2-4 года опыта. Должен быть на дежурстве.", "Обычно 2-4 года опыта.", "structural"),
    # An English sentence that only describes asks nothing, in any framework.
    ("Обычно 2-4 года опыта.", "Обычно 2-4 года опыта. Engineers here often join from university.", "structural"),
])
def test_what_needs_no_reading_is_not_held(old, new, impact):
    change = _description_change(old, new)
    assert (change.impact.value, change.not_read) == (impact, None)


def test_an_english_demand_beside_it_stays_a_raise_read():
    change = _description_change(YEARS, f"{YEARS} Must be on call. Должен быть на дежурстве.")
    assert (change.impact.value, change.not_read) == ("raises-bar", None)
    assert "a sentence that asks something put in" in change.reasons


def test_a_statement_of_the_level_written_into_its_note_in_any_language_asks_nothing_new():
    old, new = data(), data()
    said = "Я выпускаю функции от начала до конца с небольшой помощью."
    for document in (old, new):
        level(document, "IC2")["competencies"]["impact"] = [said]
    level(new, "IC2")["competencies"]["ownership"] = {
        "statements": cell(new, "IC2", "ownership"), "note": said}
    change = _one(old, new)
    assert change.not_read is None and change.impact.value == "structural"


# -- hedges of frequency in sentences that describe ------------------------------------------------


@pytest.mark.parametrize(("old", "new"), [
    (YEARS, "Often 2-4 years of experience."),
    ("Often 2-4 years of experience.", YEARS),
    ("Engineers here usually have 2-4 years of experience.", "Engineers here often have 2-4 years of experience."),
    ("Engineers here frequently have 2-4 years of experience.", "Engineers here typically have 2-4 years of experience."),
])
def test_a_hedge_swapped_in_a_sentence_that_describes_moves_no_bar(old, new):
    change = _description_change(old, new)
    assert change.impact.value in ("editorial", "structural"), change
    assert change.also_impact is None


@pytest.mark.parametrize(("old", "new"), [
    (YEARS, f"{YEARS} Must be on call."),
    ("Usually on call.", "Must be on call."),
    ("Engineers here often lead the design review.", "Engineers here always lead the design review."),
    (YEARS, f"{YEARS} Regularly presents at the all-hands."),
])
def test_a_description_sentence_that_asks_still_raises_the_bar(old, new):
    assert _description_change(old, new).impact.value == "raises-bar"


def test_often_put_in_a_note_sets_no_bar_as_usually_does_not():
    for hedge in ("Usually", "Often"):
        old, new = data(), data()
        _note(old, "")
        _note(new, f"{hedge} pairs with the newest engineer.")
        assert _one(old, new).impact.value == "structural", hedge


# -- a range said another way ----------------------------------------------------------------------


@pytest.mark.parametrize("new", [
    "Usually 2 to 4 years of experience.",
    "Usually two to four years of experience.",
    "Typically two to four years of experience.",
])
def test_the_same_range_said_another_way_is_editorial(new):
    assert _description_change(YEARS, new).impact.value == "editorial"


@pytest.mark.parametrize("new", [
    "Usually 2 to 5 years of experience.",
    "Usually 3-5 years of experience.",
    "Usually 2-4 years of experience in a product team.",
])
def test_another_range_or_more_words_is_no_mere_wording(new):
    assert _description_change(YEARS, new).impact.value != "editorial"


def test_a_summary_said_another_way_is_editorial_too():
    old, new = data(), data()
    level(old, "IC2")["summary"] = "I deliver features on my own. Usually 2-4 years of experience."
    level(new, "IC2")["summary"] = "I deliver features on my own. Usually two to four years of experience."
    assert _one(old, new).impact.value == "editorial"


# -- the version advice names what changed ---------------------------------------------------------


@pytest.mark.parametrize(("edit", "said"), [
    # A hedge swapped: a level's description reworded along no scale but how usual it is (another range moves its bar).
    (lambda d: level(d, "IC2").__setitem__("description", "Often 2-4 years of experience."), "a description changed"),
    (lambda d: cell(d, "IC2", "impact").__setitem__("note", "Measured over two years."), "a note changed"),
    (lambda d: level(d, "IC2").__setitem__(
        "summary", "I deliver features on my own. This level is where most engineers join the company."),
     "a summary changed"),
])
def test_the_version_advice_names_a_description_or_a_note(cli, write, tmp_path, edit, said):
    old, new = _with_description(YEARS), _with_description(YEARS)
    _note(old, "")
    _note(new, "")
    edit(new)
    write("old.yaml", yaml.safe_dump(old, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, sort_keys=False))
    run = cli("diff", "--no-color", "old.yaml", "new.yaml", cwd=tmp_path)
    advice = next(line for line in (run.output + run.stderr).splitlines() if "call for" in line)
    assert f"the structure changed: {said}" in advice, advice
