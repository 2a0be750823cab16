"""A level's statements of a competency replaced with `not_applicable:` is
one edit: the competency no longer applying is said with the statement
taken from the cell, and counted once with it, in every format."""

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
      - {id: people, name: People}
levels:
  - id: L1
    title: Engineer I
    competencies:
      delivery:
        - Delivers small tasks with guidance
        - Asks for help when blocked for more than a day
      people:
        - Shares progress with the team every week
  - id: L2
    title: Engineer II
    competencies:
      delivery:
        - Delivers features independently
      people:
        - Mentors one intern each year
  - id: L3
    title: Senior Engineer
    competencies:
      delivery:
        - Defines the team's testing strategy
      people:
        - Mentors two or three engineers
"""


def _pair(tmp_path, new_text: str) -> tuple[str, str]:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(LADDER)
    new.write_text(new_text)
    return str(old), str(new)


# Two edits: a statement removed at L1, and L2's only People statement replaced with not_applicable.
TWO_EDITS = LADDER.replace("        - Asks for help when blocked for more than a day\n", "").replace(
    "      people:\n        - Mentors one intern each year\n",
    "      people: {not_applicable: Mentoring starts at L3}\n")


def test_two_edits_are_two_lower_expectations(cli, tmp_path):
    old, new = _pair(tmp_path, TWO_EDITS)
    notes = cli("diff", "--format", "markdown", old, new).output
    assert "**In short:** 2 lower expectations (reaching L1 and above)." in notes
    # Levels are cumulative (the default) and L1 describes People: L2 adds nothing new, L1's still holds.
    assert "- **People:** nothing new at this level any more (Mentoring starts at L3); what Engineer I expects " \
           "still holds; no longer expected at L2 and L3: Mentors one intern each year" in notes
    text = cli("diff", old, new).output
    assert "2 changes: 2 lowers-bar." in text
    assert "People: not_applicable: (none) -> 'Mentoring starts at L3'; - Mentors one intern each year" in text
    data = json.loads(cli("diff", "--format", "json", old, new).output)
    assert (data["summary"]["changes"], data["summary"]["lowers-bar"]) == (2, 2)
    changes = data["frameworks"][0]["changes"]
    [removed] = [c for c in changes if c["kind"] == "statement-removed" and c["level"] == "L2"]
    [marked] = [c for c in changes if c["kind"] == "not-applicable-changed"]
    assert (marked["impact"], marked["counted_with"]) == ("lowers-bar", removed["fingerprint"])
    github = cli("diff", "--format", "github", old, new).output
    assert "ladderlint diff: 2 changes." in github


def test_the_gate_fails_on_the_edit_counted_once(cli, tmp_path):
    old, new = _pair(tmp_path, TWO_EDITS)
    assert cli("diff", "--fail-on", "lowers-bar", old, new).exit_code == 1
    data = json.loads(cli("diff", "--format", "json", "--fail-on", "lowers-bar", old, new).output)
    assert data["summary"]["blocking"] == 2


def test_a_statement_moved_up_out_of_the_cell_is_said_with_it(cli, tmp_path):
    moved = LADDER.replace("      people:\n        - Mentors one intern each year\n",
                           "      people: {not_applicable: Mentoring starts at L3}\n").replace(
        "        - Mentors two or three engineers\n",
        "        - Mentors two or three engineers\n        - Mentors one intern each year\n")
    old, new = _pair(tmp_path, moved)
    text = cli("diff", old, new).output
    assert "1 change: 1 lowers-bar." in text
    assert "People: not_applicable: (none) -> 'Mentoring starts at L3'; (moved up to L3)" in text


def test_approve_counts_the_edit_as_the_diff_does(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    old, new = _pair(tmp_path, TWO_EDITS)
    run = cli("approve", "--fail-on", "lowers-bar", "--reason", "agreed with the team", old, new)
    assert run.exit_code == 0, run.stderr
    # Two edits, one of them two records: both fingerprints are written, and said as the diff counts them.
    assert "ladderlint: approved 2 changes (3 fingerprints) in " in run.stderr
    assert cli("diff", "--fail-on", "lowers-bar", old, new).exit_code == 0
