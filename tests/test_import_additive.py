"""'Additive' and 'also expected to meet the criteria for <lower level>'
say the levels are cumulative, as 'levels are cumulative' does."""

from __future__ import annotations

from pathlib import Path

import pytest

from import_helpers import imported

TABLE = """# Design ladder

{note}

| Name | Associate Designer | Designer | Senior Designer |
| --- | --- | --- | --- |
| Craft | Applies the design system to features. | Extends the design system for new needs. | Leads the evolution of the design system. |
| Research | Joins research sessions run by others. | Runs usability tests on own features. | Plans the research of a product area. |
"""


@pytest.mark.parametrize("note, cumulative", [
    ("Note: The expectations of each level are additive.", True),
    ("Each level builds additively on previous expectations.", True),
    ("As a Designer, you are also expected to meet the criteria for Associate Designer.", True),
    ("You are also expected to meet the expectations of the levels below.", True),
    ("Each level includes the expectations of the levels below it.", True),
    # Near misses: no level's criteria, or a level's own.
    ("Note: levels are not cumulative.", False),
    ("We value additive manufacturing experience.", False),
    ("You are expected to meet the criteria for your level.", False),
    ("You are also expected to meet the requirements of our code of conduct.", False),
    ("You are also expected to meet the requirements of the security policy.", False),
])
def test_additive_sentences_say_cumulative(cli, tmp_path: Path, note: str, cumulative: bool) -> None:
    path = tmp_path / "ladder.md"
    path.write_text(TABLE.format(note=note), encoding="utf-8")
    data, _ = imported(cli, path)
    assert data.get("cumulative", not cumulative) is cumulative


def test_a_paragraph_that_asks_more_than_a_level_is_the_levels_summary(cli, tmp_path: Path) -> None:
    """'also expected to meet the requirements of our code of conduct' names
    no level: the level's paragraph is its summary, and the levels are not
    said to be cumulative; 'of the level below' is no summary."""
    outline = ("# Ladder\n\n## Junior\n\n{said}\n\n### Delivery\n- Ships small features on time.\n\n"
               "## Senior\n\n### Delivery\n- Ships projects across teams.\n")
    path = tmp_path / "ladder.md"
    path.write_text(outline.format(said="You are also expected to meet the requirements of our code of conduct."),
                    encoding="utf-8")
    data, _ = imported(cli, path, "--org", "Acme")
    assert data["levels"][0]["summary"] == "You are also expected to meet the requirements of our code of conduct."
    assert data.get("cumulative") is not True
    path.write_text(outline.format(said="You are also expected to meet the criteria for the level below."),
                    encoding="utf-8")
    data, _ = imported(cli, path, "--org", "Acme")
    assert "summary" not in data["levels"][0] and data["cumulative"] is True
