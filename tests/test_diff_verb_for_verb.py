"""A verb replaced by another the grader knows no rank of ("... and
mitigates them" -> "... and flags them") may ask less as well as another
thing: raises-bar with also lowers-bar, as a replacement whose way cannot be
told is, so that a `lowers-bar` gate sees it. Another thing named by a noun
("the roadmap" -> "the backlog") is another thing asked: raises-bar only."""
from __future__ import annotations

import pytest
import yaml

from diffkit import two_competency_ladder
from ladderlint.diff.grade import grade


@pytest.mark.parametrize("old, new", [
    ("Anticipates edge cases and risks and mitigates them.", "Anticipates edge cases and risks and flags them."),
    ("Mitigates risks.", "Documents risks."),
    ("Writes design docs.", "Reviews design docs."),
])
def test_a_verb_for_a_verb_is_read_both_ways(old, new):
    got = grade(old, new)
    assert (got.impact.value, got.reasons, got.also) == ("raises-bar", ("words replaced",), got.also), got
    assert got.also is not None and got.also.value == "lowers-bar", got


@pytest.mark.parametrize("old, new, impact, reasons", [
    # Another thing named: asked instead, more.
    ("Owns the roadmap.", "Owns the backlog.", "raises-bar", ("words replaced",)),
    ("Leads incident response.", "Leads incident reviews.", "raises-bar", ("words replaced",)),
    ("Leads on getting well defined tasks from concept to production",
     "Leads on getting well defined tasks from backlog to production", "raises-bar", ("words replaced",)),
    # Verbs of a known rank are read on their scale; a synonym is wording.
    ("Designs services.", "Implements services.", "lowers-bar", ("involvement lowered",)),
    ("Comes up with ideas.", "Brings ideas.", "editorial", ("wording",)),
    # "attends to" deals with it, as "handles" says.
    ("Handles customer escalations.", "Attends to customer escalations.", "editorial", ("wording",)),
])
def test_other_replacements_keep_their_reading(old, new, impact, reasons):
    got = grade(old, new)
    assert (got.impact.value, got.reasons, got.also) == (impact, reasons, None), got


def test_a_lowers_bar_gate_fails_on_a_verb_for_a_verb(cli, tmp_path):
    def ladder(name: str, text: str) -> str:
        path = tmp_path / name
        path.write_text(yaml.safe_dump(two_competency_ladder([{"id": "L3", "title": "Engineer", "competencies": {
            "delivery": [text], "craft": ["Reviews code of their team"]}}]), sort_keys=False), encoding="utf-8")
        return str(path)

    old = ladder("old.yaml", "Anticipates edge cases and risks and mitigates them.")
    new = ladder("new.yaml", "Anticipates edge cases and risks and flags them.")
    result = cli("diff", "--no-color", "--fail-on", "lowers-bar", old, new)
    assert result.exit_code == 1, result.output
    assert "also lowers-bar" in result.output
