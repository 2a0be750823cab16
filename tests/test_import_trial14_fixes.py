"""Import trial 14: what the import did wrong with frameworks as they are
really written, and the near-misses that must import as before."""

from __future__ import annotations

import pytest

from import_helpers import imported


def _two_levels(low: str, high: str) -> str:
    return (f"# Ladder\n\n## {low}\n\n- Sets direction for the company\n\n"
            f"## {high}\n\n- Sets direction for the industry\n")


@pytest.mark.parametrize("low, high", [
    ("Distinguished/VP+", "Fellow/C-Level"),
    ("Distinguished/VP", "Fellow/C-Level"),
    ("VP+", "Fellow"),
    ("Principal/Director+", "Distinguished/VP"),
])
def test_a_joined_title_with_a_plus_keeps_its_place_in_import_and_check(cli, write, low, high):
    """'Distinguished/VP+' is read the same from its title and from its id
    ('distinguished-vp-plus', where '+' is spelt 'plus'): the import keeps
    the order written and LL201 agrees with it."""
    path = write("ladder.md", _two_levels(low, high))
    data, run = imported(cli, path, "--org", "X")
    assert [level["title"] for level in data["levels"]] == [low, high]
    assert "LL201" not in run.stderr
    check = cli("check", str(path.parent / "ladder-out.yaml"), "--select", "LL201")
    assert "LL201" not in check.output, check.output


def test_a_joined_title_listed_above_a_more_senior_one_is_still_an_error(cli, write):
    """The near-miss: Fellow listed first, LL201 still reports the
    Distinguished/VP level after it (a '+' level is not: 'and above' may be
    anywhere above)."""
    path = write("ladder.yaml", "ladderlint: 1\nname: X\ndimensions:\n  - id: d\n    name: D\n    competencies:\n"
                 "      - {id: c, name: C}\nlevels:\n"
                 "  - {id: fellow-c-level, title: Fellow/C-Level, competencies: {c: [Sets direction.]}}\n"
                 "  - {id: distinguished-vp, title: Distinguished/VP, competencies: {c: [Sets goals.]}}\n")
    check = cli("check", str(path), "--select", "LL201")
    assert "LL201" in check.output, check.output


NESTED = """# IC1 Engineer

- **Role**: Junior engineers build features.
- **Path to IC2**:
  - Expand your skill set
    - Become more of an expert in the code base.
    - Write code that is solid and no obvious bugs should come out of your code.
"""


@pytest.mark.parametrize("loose", [False, True])
def test_a_deep_item_that_says_no_is_a_statement_not_the_experience_asked(cli, write, loose):
    """'Expand your skill set: ... no obvious bugs ...' once read 'Exp' of
    'Expand' as 'Experience' and 'no' as none asked: the statement went to
    the level's description, and nothing said so."""
    text = NESTED.replace("\n", "\n\n") if loose else NESTED
    data, run = imported(cli, write("ic1.md", text), "--org", "X")
    level = data["levels"][0]
    assert "description" not in level
    said = [s for statements in level["competencies"].values() for s in statements]
    assert any("no obvious bugs" in s for s in said), said


@pytest.mark.parametrize("line", ["Experience: 2-4 years", "Exp.: 3 years", "Years of experience: 5+"])
def test_the_experience_a_level_asks_goes_to_its_description_and_is_reported(cli, write, line):
    """The near-miss: the experience asked still goes to the description,
    and the report now says which lines went there."""
    text = f"# IC1 Engineer\n\n### Delivery\n\n- Ships features.\n- {line}\n"
    data, run = imported(cli, write("ic1.md", text), "--org", "X", "--report", "-")
    assert line in data["levels"][0]["description"]
    assert "went to the level's description" in run.output and line in run.output
