"""A competency's heading written with a closing colon ('### Technical
Skills:') names it without the colon, in whatever language it is written."""

from __future__ import annotations

import pytest

from import_helpers import imported

LADDER = """# Ladder

## Engineer I

### {first}

- Writes tests for the code they change.

### {second}

- Asks for help early.

## Engineer II

### {first}

- Designs small features.

### {second}

- Helps others in the team.
"""


def _names(data):
    return [c["name"] for d in data["dimensions"] for c in d["competencies"]]


@pytest.mark.parametrize("first, second, names", [
    ("**Technical Skills:**", "**Behaviour:**", ["Technical Skills", "Behaviour"]),
    ("Habilidades Técnicas:", "Comportamento:", ["Habilidades Técnicas", "Comportamento"]),
    ("**Habilidades Técnicas:**", "**Comportamento:**", ["Habilidades Técnicas", "Comportamento"]),
    # Near-miss: a colon inside a name stays.
    ("Craft: Code", "Behaviour", ["Craft: Code", "Behaviour"]),
])
def test_competency_heading_colon_is_not_its_name(cli, tmp_path, first, second, names):
    page = tmp_path / "ladder.md"
    page.write_text(LADDER.format(first=first, second=second), encoding="utf-8")
    data, _ = imported(cli, page)
    assert _names(data) == names
