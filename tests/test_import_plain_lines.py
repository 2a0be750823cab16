"""How `ladderlint import` reads lines of plain text and Markdown whose
structure is only in their indentation, their markers and their words:
labels indented under a level, lettered grades, lists written without
bullets, footnotes after the last level."""

from __future__ import annotations

from typing import Any

from ladderlint.loader import load_document


def imported(cli, write, name: str, content: str, *args: str) -> tuple[dict[str, Any], Any]:
    path = write(name, content)
    out = path.parent / "out.yaml"
    run = cli("import", str(path), *args, "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    return load_document(str(out), out.read_bytes()).data, run


INDENTED_LABELS = """\
ACME ENGINEERING GRADES

Level 1 - Graduate Engineer

  Technical:
    * Learns the codebase and tooling
    * Fixes small bugs

  Teamwork:
    * Participates in ceremonies

Level 2 - Engineer

  Technical:
    * Builds features independently
      and reviews changes
  Teamwork:
    * Helps graduates get unblocked
"""


def test_a_label_indented_under_a_level_names_a_competency_after_a_bullet(cli, write):
    data, run = imported(cli, write, "grades.txt", INDENTED_LABELS, "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Technical", "Teamwork"]
    first, second = data["levels"]
    assert first["competencies"] == {
        "technical": ["Learns the codebase and tooling", "Fixes small bugs"],
        "teamwork": ["Participates in ceremonies"],
    }
    # A line indented as the bullet's text is wraps it; a label less indented, right under it, does not.
    assert second["competencies"] == {
        "technical": ["Builds features independently and reviews changes"],
        "teamwork": ["Helps graduates get unblocked"],
    }
    assert "0 pieces of text not placed" in run.stderr
