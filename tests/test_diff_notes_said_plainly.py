"""What the notes, the pages and the version advice say to the people who
read them: where a change holds, counting a level the same change adds; no
grader's readings for the engineers on the ladder; the reasons a minor
release is called for, named."""

from __future__ import annotations

import copy
import json

import pytest
import yaml
from diffkit import FIXTURES

V1 = yaml.safe_load((FIXTURES / "acme-v1.yaml").read_text())


def _write(path, data) -> str:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return str(path)


def _with_level(data, at: int, level_id: str, title: str):
    """``data`` with a level (a copy of the one below it) put in at ``at``."""
    level = copy.deepcopy(data["levels"][at - 1])
    level.update(id=level_id, title=title, summary=f"I work as an {title} does")
    data["levels"].insert(at, level)
    return data


def _outputs(cli, tmp_path, old, new) -> tuple[str, str, dict]:
    old_file, new_file = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    text = cli("diff", old_file, new_file).output
    notes = cli("diff", "--format", "markdown", old_file, new_file).output
    return text, notes, json.loads(cli("diff", "--format", "json", old_file, new_file).output)


def _reached(report: dict, text: str) -> list[str]:
    [change] = [c for d in report["frameworks"] for c in d["changes"] if c.get("new") == text]
    return change["levels_reached"]


def test_a_bar_raised_as_a_level_is_added_on_top_holds_there_too(cli, tmp_path):
    """A cumulative level includes every level below it, a level the same
    change adds too: "IC1 to IC3" would read as not holding at the new IC4."""
    new = _with_level(copy.deepcopy(V1), 3, "IC4", "Staff Engineer")
    new["version"] = "2.0.0"
    new["levels"][0]["competencies"]["impact"].append("I review code")
    new["levels"][1]["competencies"]["impact"].append("I write design documents")
    text, notes, report = _outputs(cli, tmp_path, V1, new)
    assert "+ I review code (now asked for at IC1 and above)" in text
    assert "I review code (now expected at IC1 and above)" in notes
    assert "+ I write design documents (now asked for at IC2 and above)" in text
    assert "I write design documents (now expected at IC2 and above)" in notes
    assert "to IC3" not in text + notes and "IC2 and IC3)" not in text
    # The JSON names the levels as the notes do: the new level asks for it from the start.
    assert _reached(report, "I review code") == ["IC1", "IC2", "IC3", "IC4"]


def test_a_bar_lowered_as_a_level_is_added_on_top_ends_at_the_levels_that_had_it(cli, tmp_path):
    """Near miss of the one above: the new IC4 never asked for what is taken
    out, so "no longer asked for at IC1 and above" would speak of a loss it
    does not have; the line and the summary both say IC1 to IC3."""
    new = _with_level(copy.deepcopy(V1), 3, "IC4", "Staff Engineer")
    new["version"] = "2.0.0"
    gone = new["levels"][0]["competencies"]["impact"].pop(0)
    for level in new["levels"][3:]:  # the new level copies the one below it: not with what is taken out
        level["competencies"]["impact"] = [s for s in level["competencies"]["impact"] if s != gone]
    text, notes, _report = _outputs(cli, tmp_path, V1, new)
    assert f"- {gone} (no longer asked for at IC1 to IC3)" in text, text
    assert f"no longer expected at IC1 to IC3: {gone}" in notes, notes
    assert "(at IC1, IC2 and IC3)" in notes


def test_a_bar_raised_at_the_top_as_a_level_is_added_above_it_names_both(cli, tmp_path):
    new = _with_level(copy.deepcopy(V1), 3, "IC4", "Staff Engineer")
    new["levels"][2]["competencies"]["impact"].append("I set my group's direction")
    text, notes, _report = _outputs(cli, tmp_path, V1, new)
    assert "+ I set my group's direction (now asked for at IC3 and IC4)" in text
    assert "I set my group's direction (now expected at IC3 and IC4)" in notes


def test_a_level_added_in_the_middle_is_within_the_range(cli, tmp_path):
    """Near miss: the range already runs to the top; a level added between two
    it reaches changes nothing of what is said."""
    new = _with_level(copy.deepcopy(V1), 2, "IC2b", "Engineer II b")
    new["levels"][0]["competencies"]["impact"].append("I review code")
    text, notes, _report = _outputs(cli, tmp_path, V1, new)
    assert "+ I review code (now asked for at IC1 and above)" in text
    assert "I review code (now expected at IC1 and above)" in notes


def test_levels_that_stand_alone_reach_no_level_added_above(cli, tmp_path):
    """Near miss: where each level says all it asks, a statement added at IC1
    holds at IC1 alone, a level added above or not."""
    old = dict(copy.deepcopy(V1), cumulative=False)
    new = _with_level(copy.deepcopy(old), 3, "IC4", "Staff Engineer")
    new["levels"][0]["competencies"]["impact"].append("I review code")
    text, notes, _report = _outputs(cli, tmp_path, old, new)
    assert "+ I review code  [" in text
    assert "- **Impact:** I review code\n" in notes


def test_the_release_notes_and_the_level_pages_leave_the_graders_readings_out(cli, tmp_path):
    new = copy.deepcopy(V1)
    new["levels"][0]["competencies"]["impact"][1] = "I always ask for help when I am stuck on a task"
    text, notes, report = _outputs(cli, tmp_path, V1, new)
    assert "(read as: frequency raised)" in text
    assert ["frequency raised"] in [c["reasons"] for d in report["frameworks"] for c in d["changes"]]
    assert "read as" not in notes
    assert "**always**" in notes  # what changed, shown by its words
    # A level's page, whose summary asks more than the one below.
    site = tmp_path / "site"
    assert cli("render", _write(tmp_path / "acme.yaml", V1), "-o", str(site)).exit_code == 0
    page = (site / "acme-backend" / "levels" / "IC2.html").read_text(encoding="utf-8")
    assert "What is new at" in page and "I deliver features on my own" in page
    assert "read as" not in page


def _advice(cli, tmp_path, new) -> str:
    old_file, new_file = _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new)
    report = json.loads(cli("diff", "--format", "json", old_file, new_file).output)
    return report["frameworks"][0]["version_advice"]["message"]


def _level_added(data):
    return _with_level(data, 3, "IC4", "Staff Engineer")


def _competency_renamed(data):
    data["dimensions"][0]["competencies"][0].update(id="delivery", name="Delivery")
    for level in data["levels"]:
        level["competencies"]["delivery"] = level["competencies"].pop("impact")
    return data


def _two_taken_out(data):
    data["levels"][0]["competencies"]["impact"].pop()
    data["levels"][1]["competencies"]["ownership"].pop()
    return data


@pytest.mark.parametrize("edits, reason", [
    ([_level_added], "(the structure changed: a level added)"),
    # An id renamed with its name is one change, as every format counts it.
    ([_competency_renamed], "(the structure changed: a competency renamed)"),
    ([_two_taken_out], "(expectations were lowered: 2 statements)"),
    ([_two_taken_out, _level_added, _competency_renamed],
     "(expectations were lowered: 2 statements; the structure changed: a level added, a competency renamed)"),
])
def test_the_version_advice_names_why_a_minor_release_is_called_for(cli, tmp_path, edits, reason):
    new = dict(copy.deepcopy(V1), version="1.1.0")
    for edit in edits:
        new = edit(new)
    assert _advice(cli, tmp_path, new) == f"1.0.0 -> 1.1.0 is a minor release, as these changes call for {reason}"
