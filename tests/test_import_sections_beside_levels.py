"""Sections before and after the run of level headings ('Overview', 'How
to use', 'Performance and Reviews', 'FAQ') do not break the reading of the
levels: a heading in them that words happen to read as a level's ('Mid-Year
Check-Ins', 'Senior Leadership Offsite') is not a level, nor a track of its
own, where its sibling sections name none. Near misses keep their reading:
a level heading after the levels that is like them ('Level 6 (future)'),
and a real section over the levels ('Level expectations')."""

from __future__ import annotations

import pytest

from import_helpers import imported

INTRO = """# Acme Engineering Levels

## Purpose

This page says what we expect of engineers at each level.

## Dimensions

### 1. Craft

Quality of the work.

### 2. Impact

Outcomes that matter.

"""

LEVELS = """## {over}

### Level 1 - Guided Contributor

- Delivers assigned work reliably with guidance.

### Level 2 - Independent Owner

- Scopes and delivers moderately complex work on their own.

### Level 3 - Domain Leader

- Owns an engineering domain and improves its patterns.
{more}
"""

APPENDIX = """
## {section}

### {stray}

Each quarter, the engineer and their manager meet half-way to spot problems early.

### Quarterly Reviews

- The manager gathers evidence ahead of each conversation.

### Annual Reviews

Annual reviews synthesize the evidence of the four quarters.
"""

BEFORE = """
## How to use this page

### {stray}

Read the level below yours and the level above.

### Calibration

Managers calibrate together each quarter.

### FAQ

Ask your manager.

"""

TITLES = ["Guided Contributor", "Independent Owner", "Domain Leader"]


def _titles(data) -> list[str]:
    return [level["title"] for level in data["levels"]]


@pytest.mark.parametrize("stray", ["Mid-Quarter Check-Ins", "Mid-Year Reviews", "Senior Leadership Offsite",
                                   "Staff Meetings"])
@pytest.mark.parametrize("section", ["Performance and Reviews", "Appendix"])
def test_a_section_after_the_levels_with_a_level_like_heading_is_reported(cli, write, stray, section):
    page = INTRO + LEVELS.format(over="Levels", more="") + APPENDIX.format(section=section, stray=stray)
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme", "--report", "-")
    assert _titles(data) == TITLES
    assert f"not placed: section after the levels, not a level: {section}" in run.output
    assert f"after the levels: {stray}" in run.output
    assert data["track"] != section
    assert "3 headings at depth 3 name levels" in run.output


@pytest.mark.parametrize("stray", ["For senior hires", "Mid-Year Check-Ins"])
def test_a_section_before_the_levels_with_a_level_like_heading_is_reported(cli, write, stray):
    page = INTRO + BEFORE.format(stray=stray) + LEVELS.format(over="Levels", more="")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert _titles(data) == TITLES
    assert stray in run.stderr and "not placed" in run.stderr


def test_a_level_like_its_siblings_after_them_stays_a_level(cli, write):
    """Near miss: 'Level 4 (future)' after Level 3 is one more of the run."""
    more = "\n### Level 4 (future)\n\n- Sets the technical direction across teams.\n"
    page = INTRO + LEVELS.format(over="Levels", more=more)
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [level["id"] for level in data["levels"]] == ["L1", "L2", "L3", "L4"]


@pytest.mark.parametrize("extra", ["", APPENDIX.format(section="Appendix", stray="Mid-Year Check-Ins")])
def test_a_numbered_level_among_notes_after_the_levels_stays_a_level(cli, write, extra):
    """Near miss: a section after the levels over 'Level 4 (future)' and notes:
    the heading says a level's number, as the levels do."""
    page = INTRO + LEVELS.format(over="Levels", more="") + "\n## What comes next\n\n### Level 4 (future)\n\n" \
        "- Sets the technical direction across teams.\n\n### Notes\n\nNot open yet.\n\n### FAQ\n\nAsk.\n" + extra
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [level["id"] for level in data["levels"]] == ["L1", "L2", "L3", "L4"]


def test_a_level_in_a_section_of_its_own_after_the_levels_stays_a_level(cli, write):
    """Near miss: a level alone in the next section ('## Future levels' over
    '### Level 4') is a level, not an appendix's stray heading."""
    page = INTRO + LEVELS.format(over="Levels", more="") + \
        "\n## Future levels\n\n### Level 4 - Cross-Team Strategist\n\n- Shapes direction across teams.\n"
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert _titles(data) == [*TITLES, "Cross-Team Strategist"]


def test_a_real_section_over_the_levels_holds_them(cli, write):
    """Near miss: 'Level expectations' is the section over the levels."""
    page = INTRO + LEVELS.format(over="Level expectations", more="") + APPENDIX.format(
        section="Performance and Reviews", stray="Mid-Quarter Check-Ins")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert _titles(data) == TITLES
    assert "heading above the levels, not a level itself: Level expectations" in run.stderr
