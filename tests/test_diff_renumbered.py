"""Levels renumbered around a level removed or inserted (L2 removed, L3 now
L2): the removed level's id belongs to another level in the new revision,
and neither the changes nor the release notes may take one for the other."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from diffkit import framework, two_competency_ladder

from ladderlint.diff import Kind, compare

LADDER: dict[str, Any] = two_competency_ladder([
    {"id": "L1", "title": "Associate", "competencies": {
        "delivery": ["Delivers small tasks with guidance", "Asks for help when stuck"],
        "craft": ["Writes readable code with tests"]}},
    {"id": "L2", "title": "Engineer", "competencies": {
        "delivery": ["Delivers features that the team agreed on", "Estimates their own tasks"],
        "craft": ["Reviews the code of their teammates", "Fixes flaky tests they find"]}},
    {"id": "L3", "title": "Senior", "competencies": {
        "delivery": ["Leads projects that span several quarters", "Unblocks other engineers"],
        "craft": ["Designs services that other teams build on"]}},
    {"id": "L4", "title": "Staff", "competencies": {
        "delivery": ["Sets the technical direction of several teams"],
        "craft": ["Leads the architecture of a whole product area"]}},
])


def _without_engineer(document: dict[str, Any]) -> dict[str, Any]:
    """The Engineer level (L2) removed, Senior and Staff renumbered L2 and L3."""
    new = copy.deepcopy(document)
    del new["levels"][1]
    new["levels"][1]["id"], new["levels"][2]["id"] = "L2", "L3"
    return new


def test_a_removed_levels_statements_reach_the_level_that_took_its_id():
    changes = compare(framework(LADDER), framework(_without_engineer(LADDER)))
    removed = [c for c in changes if c.kind is Kind.STATEMENT_REMOVED]
    assert sorted(c.old for c in removed) == sorted(
        s for cell in LADDER["levels"][1]["competencies"].values() for s in cell)
    # Senior (L2 now) was the level above Engineer: it and Staff included it.
    assert {c.reaches for c in removed} == {"L2"}
    assert all("level 'L2' and the levels above it no longer ask" in c.message for c in removed)
    renamed = [(c.old, c.new) for c in changes if c.kind is Kind.LEVEL_RENAMED]
    assert renamed == [("L3", "L2"), ("L4", "L3")]


def test_a_statement_taken_out_of_the_renumbered_level_is_its_own_change():
    new = _without_engineer(LADDER)
    new["levels"][1]["competencies"]["delivery"].remove("Unblocks other engineers")
    changes = compare(framework(LADDER), framework(new))
    gone = next(c for c in changes if c.old == "Unblocks other engineers")
    assert (gone.kind, gone.impact.value, gone.level, gone.reaches) == (Kind.STATEMENT_REMOVED, "lowers-bar", "L2", None)
    assert "removed level" not in gone.message


def test_a_statement_kept_from_the_removed_level_moved_up_into_the_level_above():
    new = _without_engineer(LADDER)
    new["levels"][1]["competencies"]["delivery"].append("Estimates their own tasks")
    changes = compare(framework(LADDER), framework(new))
    moved = [c for c in changes if c.kind is Kind.STATEMENT_MOVED]
    assert [(c.impact.value, c.level, c.old_level, c.new) for c in moved] == [
        ("structural", "L2", "L2", "Estimates their own tasks")]
    assert not any(c.kind is Kind.STATEMENT_REMOVED and c.old == "Estimates their own tasks" for c in changes)


def _notes(cli, tmp_path, old: dict[str, Any], new: dict[str, Any], *extra: str) -> str:
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(old, sort_keys=False), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new, sort_keys=False), encoding="utf-8")
    run = cli("diff", *extra, str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    return run.output


def test_release_notes_tell_the_removed_level_from_the_one_with_its_id(cli, tmp_path):
    new = _without_engineer(LADDER)
    new["levels"][1]["competencies"]["delivery"].append("Estimates their own tasks")
    notes = _notes(cli, tmp_path, LADDER, new, "--format", "markdown")
    assert "## What changes for the former L2 (Engineer)\n\n**This level is removed.**" in notes
    assert "## What changes for L2 (Senior), the former L3" in notes
    assert "## What changes for L3 (Staff), the former L4" in notes
    assert "No longer expected, with the former level L2 (Engineer) below removed, " \
           "which L2 (Senior) and the levels above it included:" in notes
    assert "moved here from the former level L2 (Engineer): Estimates their own tasks" in notes
    text = _notes(cli, tmp_path, LADDER, new)
    assert "\nL2 (Engineer), removed\n  raises-bar  level-removed" in text
    assert "\nL2 (Senior)\n  structural  level-renamed           id: 'L3' -> 'L2'" in text
    assert "(from removed L2) Estimates their own tasks" in text


def test_release_notes_name_a_renumbered_level_as_it_was_and_as_it_is(cli, tmp_path):
    """A level inserted in the middle, the ones above it renumbered and retitled."""
    new = copy.deepcopy(LADDER)
    for number, level in enumerate(new["levels"][2:], start=4):
        level["id"] = f"L{number}"
    new["levels"].insert(2, {"id": "L3", "title": "Engineer II", "competencies": {
        "delivery": ["Delivers projects of a few weeks"], "craft": ["Writes design docs for their features"]}})
    notes = _notes(cli, tmp_path, LADDER, new, "--format", "markdown")
    # One pair of brackets in a heading, and "former" for an id another level has now.
    assert "## What changes for L4 (Senior), the former L3\n\n### New or higher expectations\n\n" \
           "Now expected here, from the new level L3 (Engineer II) below" in notes
    assert "- New level L3 (Engineer II).\n- The former L3 (Senior) is now L4.\n- The former L4 (Staff) is now L5." \
        in notes
    assert "- The level L3 is now called L4." not in notes


def test_a_level_renumbered_into_an_id_nobody_had_is_said_to_be_called_so(cli, tmp_path):
    new = copy.deepcopy(LADDER)
    new["levels"][-1]["id"] = "L9"
    notes = _notes(cli, tmp_path, LADDER, new, "--format", "markdown")
    assert "- The level L4 is now called L9." in notes and "former" not in notes


def test_a_level_retitled_has_a_flat_heading(cli, tmp_path):
    new = copy.deepcopy(LADDER)
    new["levels"][1]["title"] = "Engineer I"
    new["levels"][1]["competencies"]["delivery"].append("Reviews the plans of their team")
    notes = _notes(cli, tmp_path, LADDER, new, "--format", "markdown")
    assert f"## What changes for L2 (Engineer I), until now titled “{LADDER['levels'][1]['title']}”" in notes


def test_a_level_renumbered_and_retitled_is_one_line_naming_both(cli, tmp_path):
    new = copy.deepcopy(LADDER)
    for number, level in enumerate(new["levels"], start=1):
        level["id"], level["title"] = f"IC{number}", f"Engineer {number}"
    notes = _notes(cli, tmp_path, LADDER, new, "--format", "markdown")
    assert "- Level L1 (Associate) is now IC1 (Engineer 1)." in notes
    assert "- Level L4 (Staff) is now IC4 (Engineer 4)." in notes
    assert "**In short:** 4 changes of structure or names." in notes


def _copied_above_the_first(document: dict[str, Any], *, cumulative: bool) -> dict[str, Any]:
    """A level inserted above L1, copied from it (two of its three statements
    kept, one new), the levels above renumbered L3..L5; L1 untouched."""
    new = copy.deepcopy(document)
    new["cumulative"] = cumulative
    for number, level in enumerate(new["levels"][1:], start=3):
        level["id"] = f"L{number}"
    new["levels"].insert(1, {"id": "L2", "title": "Associate II", "competencies": {
        "delivery": ["Delivers small tasks with guidance", "Reviews the code of one teammate every day"],
        "craft": ["Writes readable code with tests"]}})
    return new


def test_a_level_copied_from_the_one_below_is_new_and_the_one_below_stays_itself():
    old = copy.deepcopy(LADDER)
    old["cumulative"] = False
    changes = compare(framework(old), framework(_copied_above_the_first(LADDER, cumulative=False)))
    assert [(c.kind, c.level) for c in changes if c.kind is Kind.LEVEL_ADDED] == [(Kind.LEVEL_ADDED, "L2")]
    assert not [c for c in changes if c.level == "L1"]
    assert {c.impact.value for c in changes} == {"structural"}
    assert {c.message for c in changes if c.kind is Kind.LEVEL_RENAMED and "is now" in c.message} == {
        "level 'L2' is now 'L3'", "level 'L3' is now 'L4'", "level 'L4' is now 'L5'"}


def test_a_level_copied_from_the_one_below_raises_the_levels_above_only_by_its_new_statement():
    old = copy.deepcopy(LADDER)
    old["cumulative"] = True
    changes = compare(framework(old), framework(_copied_above_the_first(LADDER, cumulative=True)))
    assert not [c for c in changes if c.level == "L1"]
    raised = [c for c in changes if c.impact.value == "raises-bar"]
    assert [(c.kind, c.level, c.new, c.reaches) for c in raised] == [
        (Kind.STATEMENT_ADDED, "L2", "Reviews the code of one teammate every day", "L3")]


def test_levels_that_all_shifted_their_ids_are_still_paired():
    new = copy.deepcopy(LADDER)
    for number, level in enumerate(new["levels"], start=2):
        level["id"] = f"L{number}"
    changes = compare(framework(LADDER), framework(new))
    assert {c.kind for c in changes} == {Kind.LEVEL_RENAMED}
    assert len(changes) == 4


def test_a_level_given_a_new_id_and_keeping_its_title_is_headed_by_its_title_alone(cli, tmp_path):
    # An import's slug replaced by the framework's code: readers know the level by its title, kept.
    old = copy.deepcopy(LADDER)
    title = old["levels"][1]["title"]
    old["levels"][1]["id"] = "-".join(title.lower().split())
    new = copy.deepcopy(old)
    new["levels"][1]["id"] = "IC2"
    new["levels"][1]["competencies"]["delivery"].append("Reviews the plans of their team")
    notes = _notes(cli, tmp_path, old, new, "--format", "markdown")
    assert f"## What changes for IC2 ({title})\n" in notes and "the former" not in notes
    assert f"- The level {old['levels'][1]['id']} is now called IC2." in notes
