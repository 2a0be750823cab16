"""A framework file split into two tracks: the levels that leave one
framework for another framework of the same run (same organisation, same
level id or title, most statements word for word) are followed there. One
``level-moved`` record where they left (their people keep their level), and
their statements compared with what they were, so a bar raised on the way
is gated; the release notes say where the level went."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

from diffkit import two_competency_ladder

LEVELS = [
    {"id": "L1", "title": "Engineer", "competencies": {
        "delivery": ["Delivers well-scoped tasks", "Writes tests for their changes"],
        "craft": ["Reviews code of their team"]}},
    {"id": "L2", "title": "Senior Engineer", "competencies": {
        "delivery": ["Delivers features across the team", "Leads incident resolutions"],
        "craft": ["Reviews code of other teams", "Represents the company at conferences"]}},
    {"id": "L3", "title": "Staff Engineer", "competencies": {
        "delivery": ["Delivers projects across teams", "Sets the technical direction of a group"],
        "craft": ["Serves as a technical authority on an area of the codebase"]}},
]


def _write(tmp_path: Path, *, raise_bar: bool = True, organisation: str = "Acme") -> tuple[str, str]:
    """The ladder before (one file), and after: L2 and L3 moved into a new
    staff framework, where one statement of L2 is raised on the way."""
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    old_dir.mkdir()
    new_dir.mkdir()
    ladder = two_competency_ladder(copy.deepcopy(LEVELS))
    (old_dir / "acme.yaml").write_text(yaml.safe_dump(ladder, sort_keys=False), encoding="utf-8")
    kept = two_competency_ladder(copy.deepcopy(LEVELS[:1]))
    staff: dict[str, Any] = two_competency_ladder(copy.deepcopy(LEVELS[1:]))
    staff.update(id="acme-staff", name="Acme Staff Engineering", track="Staff Engineering",
                 organisation={"name": organisation})
    if raise_bar:
        staff["levels"][0]["competencies"]["delivery"][1] = "Leads all incident resolutions"
    (new_dir / "acme.yaml").write_text(yaml.safe_dump(kept, sort_keys=False), encoding="utf-8")
    (new_dir / "acme-staff.yaml").write_text(yaml.safe_dump(staff, sort_keys=False), encoding="utf-8")
    return str(old_dir), str(new_dir)


def test_a_level_moved_to_another_framework_is_followed_and_a_raise_on_the_way_is_gated(cli, tmp_path):
    old, new = _write(tmp_path)
    result = cli("diff", "--no-color", "--fail-on", "raises-bar", old, new)
    assert result.exit_code == 1, result.output
    text = result.output
    assert "level-removed" not in text and "level-added" not in text, text
    assert text.count("level-moved") == 2
    assert "Senior Engineer -> Acme Staff Engineering (moved to framework 'acme-staff'; the people on this level keep it)" in text
    assert "raises-bar  statement-reworded      Delivery: Leads {+all+} incident resolutions" in text
    # The framework that existed comes first, the new track split from it after.
    assert text.index("new/acme.yaml\n") < text.index("new/acme-staff.yaml\n")
    report = json.loads(cli("diff", "--format", "json", old, new).output)
    kinds = {(c["framework"], c["kind"], c["impact"], c["level"]) for f in report["frameworks"] for c in f["changes"]}
    assert ("acme", "level-moved", "structural", "L2") in kinds
    assert ("acme-staff", "statement-reworded", "raises-bar", "L2") in kinds
    assert report["summary"]["levels_removed"] == 0


def test_approving_the_move_does_not_approve_a_raise_made_in_the_moved_level(cli, tmp_path):
    old, new = _write(tmp_path)
    approvals = tmp_path / "approvals"
    moved = [c["fingerprint"] for f in json.loads(cli("diff", "--format", "json", old, new).output)["frameworks"]
             for c in f["changes"] if c["kind"] in ("level-moved", "level-removed")]
    approvals.write_text("".join(f"{fingerprint}  # L2 and L3 moved to the staff track\n" for fingerprint in moved),
                         encoding="utf-8")
    result = cli("diff", "--fail-on", "raises-bar", "--approvals", str(approvals), old, new)
    assert result.exit_code == 1, result.output


def test_a_level_moved_unchanged_raises_no_bar(cli, tmp_path):
    old, new = _write(tmp_path, raise_bar=False)
    result = cli("diff", "--no-color", "--fail-on", "raises-bar", old, new)
    assert result.exit_code == 0, result.output
    assert "statement-" not in result.output


def test_a_level_of_another_organisation_is_not_followed(cli, tmp_path):
    old, new = _write(tmp_path, organisation="Initech")
    text = cli("diff", "--no-color", old, new).output
    assert "level-removed" in text and "level-added" in text and "level-moved" not in text


def test_release_notes_say_where_a_moved_level_went(cli, tmp_path):
    old, new = _write(tmp_path)
    notes = cli("diff", "--format", "markdown", old, new).output
    assert "no longer have this level" not in notes
    assert "**This level moves to Acme Staff Engineering.** The people on L2 (Senior Engineer) keep their level" \
        in notes
    assert "A new framework, split from Acme Engineering: L2 (Senior Engineer) and L3 (Staff Engineer) move here" \
        in notes
    assert notes.index("## What changes in Acme Engineering") < notes.index("## What changes in Acme Staff")
    assert "**Delivery:** reworded: Leads **all** incident resolutions" in notes


def test_a_new_framework_says_what_a_level_asks_more_than_the_one_below_in_plain_words(cli, tmp_path):
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    old_dir.mkdir()
    new_dir.mkdir()
    other = two_competency_ladder(copy.deepcopy(LEVELS[:1]))
    other.update(id="other", organisation={"name": "Other"})
    (old_dir / "other.yaml").write_text(yaml.safe_dump(other, sort_keys=False), encoding="utf-8")
    (new_dir / "other.yaml").write_text(yaml.safe_dump(other, sort_keys=False), encoding="utf-8")
    (new_dir / "acme.yaml").write_text(yaml.safe_dump(two_competency_ladder(copy.deepcopy(LEVELS)), sort_keys=False),
                                       encoding="utf-8")
    notes = cli("diff", "--format", "markdown", str(old_dir), str(new_dir)).output
    assert "The new level L2 (Senior Engineer): what is new compared with" in notes
    assert "- **Craft:** Reviews code of other teams\n" in notes, notes
    assert "~~" not in notes and "(read as:" not in notes
