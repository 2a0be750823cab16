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
