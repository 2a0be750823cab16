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


@pytest.mark.parametrize("note", [
    "Note: The expectations of each level are additive.",
    "Each level builds additively on previous expectations.",
    "As a Designer, you are also expected to meet the criteria for Associate Designer.",
    "Each level includes the expectations of the levels below it.",
])
def test_additive_sentences_say_cumulative(cli, tmp_path: Path, note: str) -> None:
    path = tmp_path / "ladder.md"
    path.write_text(TABLE.format(note=note), encoding="utf-8")
    data, _ = imported(cli, path)
    assert data["cumulative"] is True


@pytest.mark.parametrize("note", [
    "Note: levels are not cumulative.",
    "We value additive manufacturing experience.",
    "You are expected to meet the criteria for your level.",
])
def test_near_misses_do_not(cli, tmp_path: Path, note: str) -> None:
    path = tmp_path / "ladder.md"
    path.write_text(TABLE.format(note=note), encoding="utf-8")
    data, _ = imported(cli, path)
    assert data.get("cumulative", True) is False
