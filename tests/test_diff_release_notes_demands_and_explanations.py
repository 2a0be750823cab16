"""The release notes say which sentence of a long note is the new demand
(the text output's reading names it: "a sentence that asks something put
in"), and list notes and explanations under a heading of their own, not
among the changes of structure and names."""
from __future__ import annotations

from typing import Any

import yaml

from diffkit import two_competency_ladder

DEMAND = "They consistently lead design reviews for their team."
LONG_NOTE = ("This level is the first of the senior levels. " + DEMAND
             + " This level is about growing towards the next one.")


def _ladder(delivery: Any, **cells: Any) -> dict[str, Any]:
    return two_competency_ladder([
        {"id": "L1", "title": "Engineer", "competencies": {
            "delivery": ["Delivers small tasks"], "craft": ["Writes tests for their code"]}},
        {"id": "L2", "title": "Senior Engineer", "competencies": {
            "delivery": delivery, "craft": ["Reviews code of their team"], **cells}},
    ])


def _notes(cli, tmp_path, old: dict[str, Any], new: dict[str, Any], fmt: str = "markdown") -> str:
    paths = []
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
        paths.append(str(path))
    return cli("diff", "--no-color", "--format", fmt, *paths).output


def test_the_sentence_of_a_long_note_that_asks_is_in_bold(cli, tmp_path):
    old = _ladder(["Delivers features"])
    new = _ladder({"statements": ["Delivers features"], "note": LONG_NOTE})
    text = _notes(cli, tmp_path, old, new, "text")
    assert f"a sentence that asks something put in: '{DEMAND}'" in text
    notes = _notes(cli, tmp_path, old, new)
    [line] = [line for line in notes.splitlines() if "the note" in line]
    assert "is new (what it asks is in bold):" in line, line
    assert f"**{DEMAND}**" in line, line
    # The sentences that describe are shown as they are.
    assert "This level is the first of the senior levels. **" in line, line
    assert line.count("**") == 4, line  # the label and the one sentence


def test_a_long_note_changed_says_the_sentence_put_in(cli, tmp_path):
    first = "This level is the first of the senior levels. This level is about growing towards the next one."
    old = _ladder({"statements": ["Delivers features"], "note": first})
    new = _ladder({"statements": ["Delivers features"], "note": LONG_NOTE})
    notes = _notes(cli, tmp_path, old, new)
    [line] = [line for line in notes.splitlines() if "the note" in line]
    # The sentence quoted ends with its own full stop: none after the quote.
    assert line.endswith(f"New: “{DEMAND}”"), line


def test_a_note_of_one_sentence_is_shown_as_it_was(cli, tmp_path):
    old = _ladder(["Delivers features"])
    new = _ladder({"statements": ["Delivers features"], "note": DEMAND})
    notes = _notes(cli, tmp_path, old, new)
    [line] = [line for line in notes.splitlines() if "the note" in line]
    assert line.endswith(f"is new: {DEMAND}"), line
    assert "in bold" not in line and "New:" not in line


def test_notes_and_explanations_have_a_heading_of_their_own(cli, tmp_path):
    # A note that asks nothing, and a statement moved into a note.
    old = _ladder(["Delivers features", "Writes design docs for their features"])
    new = _ladder({"statements": ["Delivers features"], "note": "Writes design docs for their features"},
                  craft={"statements": ["Reviews code of their team"],
                         "note": "This level is about growing towards the next one."})
    notes = _notes(cli, tmp_path, old, new)
    assert "### Notes and explanations" in notes
    assert "Changes of structure and names" not in notes and "structure or names" not in notes
    assert "2 changes to notes or explanations" in notes
    section = notes.split("### Notes and explanations", 1)[1].split("\n#", 1)[0]
    assert "the note is new: Writes design docs for their features" in section
    assert "the note is new: This level is about growing towards the next one." in section


def test_names_changed_stay_changes_of_structure_and_names(cli, tmp_path):
    old = _ladder({"statements": ["Delivers features"], "note": "This level is about growing."})
    new = _ladder({"statements": ["Delivers features"], "note": "This level is about growing."})
    new["dimensions"][0]["competencies"][1]["name"] = "Engineering Craft"
    notes = _notes(cli, tmp_path, old, new)
    assert "### Changes of structure and names" in notes and "Notes and explanations" not in notes
