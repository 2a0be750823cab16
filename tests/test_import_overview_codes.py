"""A list before the levels that sums each up in a line and pairs its
title with its code ('- Engineer 1 (IC2): Is an effective individual
contributor.') gives the level its code as its id, as a heading
'Engineer 1 (IC2)' does; words in brackets that are no code
('(optional)'), and a code another level has, give none."""

from __future__ import annotations

import pytest

from import_helpers import imported

LEVELS = ["Engineer 1", "Engineer 2", "Senior Engineer"]
TABLE = ("## Craft\n\n| Craft | " + " | ".join(LEVELS) + " |\n|---|---|---|---|\n"
         + "".join(f"| {name} | " + " | ".join(f"Shows good {name.lower()} in the work they do and explains it to "
                                                f"the team at {lv}." for lv in LEVELS) + " |\n"
                   for name in ("Code", "Design", "Testing")))
SECTIONS = "".join(f"## {lv}\n\n### Code\n\n- Writes clear code at {lv}.\n- Reviews code at {lv}.\n\n"
                   for lv in LEVELS)


def _page(brackets: list[str], body: str) -> str:
    overview = "".join(f"- {lv} ({said}): Works well as {lv}.\n" for lv, said in zip(LEVELS, brackets))
    return f"# Acme Engineering Ladder\n\nHow engineers grow at Acme.\n\n### tl;dr\n\n{overview}\n{body}"


@pytest.mark.parametrize("body", [TABLE, SECTIONS], ids=["table", "sections"])
def test_the_codes_an_overview_pairs_with_the_levels_are_their_ids(cli, write, body):
    data, run = imported(cli, write("ladder.md", _page(["IC2", "IC3", "IC4"], body)), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == list(zip(["IC2", "IC3", "IC4"], LEVELS))
    assert [lv["summary"] for lv in data["levels"]] == [f"Works well as {lv}." for lv in LEVELS]
    assert "(IC2, IC3, IC4): their ids" in run.stderr


@pytest.mark.parametrize("body", [TABLE, SECTIONS], ids=["table", "sections"])
def test_words_in_brackets_that_are_no_code_give_no_id(cli, write, body):
    data, run = imported(cli, write("ladder.md", _page(["new", "optional", "most teams"], body)), "--org", "Acme")
    assert [lv["id"] for lv in data["levels"]] == ["engineer-1", "engineer-2", "senior-engineer"]
    assert "their ids" not in run.stderr


def test_a_code_said_of_two_levels_gives_no_ids(cli, write):
    """A slip (IC2 twice) leaves every level its id from its title, not a mix."""
    data, _ = imported(cli, write("ladder.md", _page(["IC2", "IC2", "IC4"], TABLE)), "--org", "Acme")
    assert [lv["id"] for lv in data["levels"]] == ["engineer-1", "engineer-2", "senior-engineer"]
