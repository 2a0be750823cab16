"""What a new-user trial found untrue in the diff's summaries and names:
counts that did not add up, a removed level counted as a raised bar in the
text and JSON while the release notes said it was removed, and a level's
number changed listed as a wording fix."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import yaml

from diffkit import FIXTURES

V1 = yaml.safe_load((FIXTURES / "acme-v1.yaml").read_text(encoding="utf-8"))


def _revisions(tmp_path: Path, old: dict, new: dict) -> tuple[str, str]:
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")


def _moved_down(cumulative: bool) -> tuple[dict, dict]:
    old = dict(copy.deepcopy(V1), cumulative=cumulative)
    new = copy.deepcopy(old)
    moved = new["levels"][2]["competencies"]["code"]["statements"].pop(0)
    new["levels"][1]["competencies"]["code"]["statements"].append(moved)
    return old, new


def test_a_move_counted_at_both_its_levels_says_so(cli, tmp_path):
    # Levels that stand alone: the move raises the bar at IC2 and lowers it at IC3, one change.
    old, new = _revisions(tmp_path, *_moved_down(cumulative=False))
    text = cli("diff", old, new).output
    assert "1 change: 1 raises-bar, 1 lowers-bar; 1 move counted at each of its two levels." in text
    summary = json.loads(cli("diff", "--format", "json", old, new).output)["summary"]
    assert (summary["changes"], summary["raises-bar"], summary["lowers-bar"], summary["counted_twice"]) == (1, 1, 1, 1)


def test_a_move_beside_the_version_number_is_said_after_the_counts(cli, tmp_path):
    """Not two brackets in a row, "1 editorial (the version number) (1 move
    counted ...)", which the fifteenth new-user trial found hard to read."""
    old, new = _moved_down(cumulative=False)
    new["version"] = "2.0.0"
    text = cli("diff", *_revisions(tmp_path, old, new)).output
    assert "2 changes: 1 raises-bar, 1 lowers-bar, 1 editorial (the version number); 1 move counted at each of " \
           "its two levels." in text


def test_counts_of_changes_of_one_impact_each_say_nothing_more(cli, tmp_path):
    old, new = _revisions(tmp_path, *_moved_down(cumulative=True))
    text = cli("diff", old, new).output
    assert "1 change: 1 raises-bar." in text
    assert json.loads(cli("diff", "--format", "json", old, new).output)["summary"]["counted_twice"] == 0


def test_a_removed_level_is_counted_as_removed_in_every_format(cli, tmp_path):
    new = copy.deepcopy(V1)
    new["levels"].pop()
    old, new_file = _revisions(tmp_path, V1, new)
    text = cli("diff", old, new_file).output
    assert "1 change: 1 level removed." in text
    summary = json.loads(cli("diff", "--format", "json", old, new_file).output)["summary"]
    assert (summary["changes"], summary["levels_removed"], summary["raises-bar"]) == (1, 1, 0)
    assert "**In short:** 1 level removed." in cli("diff", "--format", "markdown", old, new_file).output
    # The gate still stops it: its people lose their level.
    assert cli("diff", "--fail-on", "raises-bar", old, new_file).exit_code == 1


def _retitled(titles: dict[str, str]) -> tuple[dict, dict]:
    new = copy.deepcopy(V1)
    for level in new["levels"]:
        level["title"] = titles.get(level["id"], level["title"])
    return copy.deepcopy(V1), new


def test_a_level_whose_number_changed_is_renamed_not_reworded(cli, tmp_path):
    old, new = _revisions(tmp_path, *_retitled({"IC2": "Engineer III", "IC3": "Engineer IV"}))
    text = cli("diff", old, new).output
    # Renamed, and each title raised over what its level asked: lowers-bar (title inflation).
    assert "2 changes: 2 lowers-bar." in text
    notes = cli("diff", "--format", "markdown", old, new).output
    assert "Wording fixes" not in notes
    assert "- The level IC2 is now titled “Engineer III” (was “Engineer II”), asking what it asked before: the title " \
           "“Engineer III” now asks what “Engineer II” asked (less than before)." in notes.split(
        "### Lower expectations")[1]


def test_a_title_renamed_is_structural_and_one_only_respelt_editorial(cli, tmp_path):
    old, new = _revisions(tmp_path, *_retitled({"IC2": "Software Engineer II"}))
    assert "structural  level-renamed" in cli("diff", old, new).output
    misspelt = copy.deepcopy(V1)
    misspelt["levels"][1]["title"] = "Enginer II"
    old, new = _revisions(tmp_path, misspelt, V1)
    assert "editorial   level-renamed" in cli("diff", old, new).output
