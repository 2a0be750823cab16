"""A statement moved and reworded where the move and the new words move the
bar the same way, in a cumulative framework: moved down and reworded to ask
for more, the level it left has the new words from below, so its bar rises
too; moved up and reworded to ask for less, the level it reached had it from
below and now has the softer words. Every format says which levels it reaches."""

from __future__ import annotations

import json

LADDER = """\
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
    title: Engineer I
    competencies:
      delivery:
        - Delivers small tasks with guidance
  - id: L2
    title: Engineer II
    competencies:
      delivery:
        - Delivers features independently
        - L2_MORE
  - id: L3
    title: Senior Engineer
    competencies:
      delivery:
        - Defines the team's testing strategy
        - L3_MORE
  - id: L4
    title: Staff Engineer
    competencies:
      delivery:
        - Sets the technical direction of the group
"""


def _write(tmp_path, at_l2: tuple[str, str], at_l3: tuple[str, str]) -> tuple[str, str]:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    for path, side in ((old, 0), (new, 1)):
        text = LADDER
        for marker, texts in (("L2_MORE", at_l2), ("L3_MORE", at_l3)):
            line = f"        - {marker}\n"
            text = text.replace(line, f"        - {texts[side]}\n" if texts[side] else "")
        path.write_text(text)
    return str(old), str(new)


QUARTERLY = "Leads projects across several teams every quarter"
MONTHLY = "Leads projects across several teams every month"


def test_moved_down_and_reworded_to_ask_more_raises_the_bar_of_the_level_it_left(cli, tmp_path):
    old, new = _write(tmp_path, ("", MONTHLY), (QUARTERLY, ""))
    data = json.loads(cli("diff", "--format", "json", old, new).output)
    [change] = data["frameworks"][0]["changes"]
    assert (change["kind"], change["impact"], change["old_level_impact"]) == ("statement-moved", "raises-bar", None)
    # L3 includes L2: its bar went from quarterly to monthly, and so did L4's.
    assert change["levels_reached"] == ["L2", "L3", "L4"]
    text = cli("diff", old, new).output
    assert "(now asked for at L2; in stronger words at L3 and L4)" in text
    notes = cli("diff", "--format", "markdown", old, new).output
    assert "**In short:** 1 new or higher expectation (at L2, L3 and L4)." in notes
    assert "moved here from L3, and in stronger words for L3 and L4:" in notes
    assert "1 new or higher expectation at L2 applies here too (listed under L2)" in notes


def test_moved_up_and_reworded_to_ask_less_lowers_the_bar_of_the_level_it_reached(cli, tmp_path):
    always = "Always writes a design document before starting a feature"
    old, new = _write(tmp_path, (always, ""), ("", "Writes a design document before starting a feature"))
    data = json.loads(cli("diff", "--format", "json", old, new).output)
    [change] = data["frameworks"][0]["changes"]
    assert (change["impact"], change["old_level_impact"]) == ("lowers-bar", None)
    assert change["levels_reached"] == ["L2", "L3", "L4"]
    assert "(no longer asked for at L2; in softer words at L3 and L4)" in cli("diff", old, new).output
    notes = cli("diff", "--format", "markdown", old, new).output
    assert "no longer expected here, moved up to L3, and in softer words for L3 and L4:" in notes


def test_moved_down_with_its_meaning_kept_reaches_only_the_level_it_reached(cli, tmp_path):
    old, new = _write(tmp_path, ("", "Leads projects across several teams each quarter"), (QUARTERLY, ""))
    data = json.loads(cli("diff", "--format", "json", old, new).output)
    [change] = data["frameworks"][0]["changes"]
    assert (change["impact"], change["levels_reached"]) == ("raises-bar", ["L2"])


def test_moved_down_in_words_that_ask_more_one_way_and_less_another_is_said_reworded_not_stronger(cli, tmp_path):
    old, new = _write(tmp_path, ("", f"{MONTHLY}, with guidance"), (QUARTERLY, ""))
    data = json.loads(cli("diff", "--format", "json", old, new).output)
    [change] = data["frameworks"][0]["changes"]
    assert (change["kind"], change["impact"], change["also_impact"]) == ("statement-moved", "raises-bar", "lowers-bar")
    notes = cli("diff", "--format", "markdown", old, new).output
    # Listed under lower expectations too: "stronger" would say the opposite of its heading there.
    assert notes.count("moved here from L3, and reworded for L3 and L4:") == 2
    assert "stronger words" not in notes
