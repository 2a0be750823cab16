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
        ("Effectively collaborates with other engineers.", "Works effectively with other engineers."),
        ("Effectively collaborates with other engineers and with team's cross-functional partners.",
         "Works effectively with other engineers and with the team's cross-functional partners."),
        ("Collaborates with other teams.", "Works with other teams."),
        ("Works closely with product.", "Collaborates closely with product."),
        ("We work together on designs.", "We collaborate on designs."),
        ("Works alongside designers.", "Collaborates with designers."),
        # A reason stressed gives the same reason.
        ("Doesn't write tests because they think they should.",
         "Does not write tests just because they think they should."),
        ("Refactors simply because the code is old.", "Refactors because the code is old."),
    ],
)
def test_working_with_others_and_a_stressed_reason_are_wording(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Working with the ones who help is still help had where it is put in.
        ("I set goals.", "I work with my manager to set goals.", "lowers-bar"),
        ("I work closely with a senior engineer on designs.", "I design alone.", "raises-bar"),
        # An adverb inside the phrase is read by itself: how often, put in.
        ("Works with other teams.", "Regularly works with other teams.", "raises-bar"),
        ("Works with other engineers.", "Works alone.", "raises-bar"),
    ],
)
def test_working_with_others_keeps_what_else_it_says(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("You create visuals that people can remember and associate with Monzo.",
         "You create visuals that people can remember and associate with Bright."),
        ("You create visuals that people can remember and associate with Bright.",
         "You create visuals that people can remember and associate with Monzo."),
        ("Represents Monzo at conferences.", "Represents Bright Bank at conferences."),
        ("Lives Monzo's values.", "Lives Bright's values."),
        ("Acts as a Dropbox ambassador.", "Acts as a Northwind ambassador."),
    ],
)
def test_a_proper_name_put_for_a_known_organisation_is_wording(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Another team, not another organisation.
        ("Collaborates with Monzo's designers.", "Collaborates with Product designers."),
        # A sentence's first word has a capital whatever it is.
        ("Monzo engineers review code.", "Backend engineers review code."),
        # A product used, and a tool for a tool where neither is a known organisation.
        ("Stores notes using Dropbox.", "Stores notes using Box."),
        ("Shares updates in Slack.", "Shares updates in Basecamp and Trello."),
        # More than a name.
        ("Associates the work with Monzo.", "Associates the work with the Bright brand."),
    ],
)
def test_other_words_for_an_organisation_still_ask_something(old, new):
    assert grade(old, new).impact.value == "raises-bar", grade(old, new).reasons


def test_a_brand_swapped_where_the_organisation_is_unknown_advises_a_patch(cli, tmp_path: Path):
    text = """\
ladderlint: 1
id: design
name: Design Framework
track: Visual Designer
version: "1.0.0"
organisation: {name: "\u27e8organisation\u27e9"}
voice: second-person
dimensions:
  - id: craft
    name: Craft
    competencies:
      - {id: ownership, name: Ownership}
levels:
  - id: L1
    title: Level 1
    competencies:
      ownership: ["You own well defined tasks to a high quality."]
  - id: L2
    title: Level 2
    competencies:
      ownership: ["You create unique visuals that people can remember and associate with Monzo."]
"""
    (tmp_path / "old.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(text.replace("with Monzo.", "with Bright."), encoding="utf-8")
    run = cli("diff", "--fail-on", "raises-bar,lowers-bar", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert run.exit_code == 0, run.output
    assert "1 change: 1 editorial." in run.output and "1.0.1" in run.output


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


@pytest.mark.parametrize("body", ["the Board", "the CEO", "Executive Leadership", "the Leadership Team"])
def test_a_body_of_ones_own_organisation_put_for_its_name_is_no_name(body):
    """"to Acme" -> "to the Board": other people to reach, not another
    organisation's name, though written with capitals."""
    old, new = "I present my roadmap to Acme.", f"I present my roadmap to {body}."
    assert grade(old, new, brands=["Acme"]).impact.value == "raises-bar", grade(old, new, brands=["Acme"]).reasons
