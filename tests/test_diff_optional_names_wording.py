"""Grades a trial on real histories found wrong: a label that makes a
statement optional ("Bonus:", "(stretch)"), "works with" for "collaborates
with" and a reason stressed ("just because"), one organisation's name put
for another's where the framework does not name its own, and a full stop
dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The label taken out: the statement is now expected, which asks more.
        ("Bonus: Writes blog posts about our engineering work.", "Writes blog posts about our engineering work.",
         "raises-bar"),
        ("**Bonus:** Does things to promote the engineering brand.", "Does things to promote the engineering brand.",
         "raises-bar"),
        ("Nice to have: speaks at external events.", "Speaks at external events.", "raises-bar"),
        ("Stretch: leads a guild.", "Leads a guild.", "raises-bar"),
        ("Stretch goal - leads a guild.", "Leads a guild.", "raises-bar"),
        ("Speaks at external events (bonus).", "Speaks at external events.", "raises-bar"),
        ("Speaks at external events [Stretch]", "Speaks at external events", "raises-bar"),
        ("Extra credit: open-sources a library.", "Open-sources a library.", "raises-bar"),
        # Put in: no longer expected.
        ("Writes blog posts about our engineering work.", "Bonus: Writes blog posts about our engineering work.",
         "lowers-bar"),
        ("Speaks at external events.", "Speaks at external events (nice to have).", "lowers-bar"),
        # One such label for another: both say the same.
        ("Bonus: writes blog posts.", "Optional: writes blog posts.", "editorial"),
        ("Writes blog posts (bonus).", "Writes blog posts (optional).", "editorial"),
        # In a sentence the words ask something of their own: a stretch assignment is one.
        ("Takes on stretch assignments.", "Takes on assignments.", "lowers-bar"),
    ],
)
def test_a_label_that_makes_a_statement_optional_is_a_condition(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_taking_out_a_bonus_label_fails_the_raises_bar_gate(cli, tmp_path: Path):
    text = """\
ladderlint: 1
id: acme
name: Acme Ladder
track: Engineer
version: "1.0.0"
organisation: {name: Acme}
voice: third-person
dimensions:
  - id: d
    name: Delivery
    competencies:
      - {id: c, name: Craft}
levels:
  - id: L1
    title: Engineer
    competencies:
      c: ["Fixes bugs in their own code."]
  - id: L2
    title: Senior Engineer
    competencies:
      c: ["Bonus: Writes blog posts about our engineering work."]
"""
    (tmp_path / "old.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(text.replace("Bonus: ", ""), encoding="utf-8")
    assert cli("diff", "--fail-on", "raises-bar", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")).exit_code == 1


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Helps teammates learn from each other.", "Helps teammates learn from each other"),
        ("Supports each other!", "Supports each other"),
        ("Reviews code; writes tests.", "Reviews code, writes tests"),
    ],
)
def test_punctuation_is_editorial(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons
