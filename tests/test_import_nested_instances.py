"""Bullets nested under a statement that introduces alternatives or
instances of what it asks ('... any one of the following (this list is
'... such as:', '..., e.g.:') are that statement's examples,
never expectations of their own; bullets under a statement that does not
introduce them stay statements."""

from __future__ import annotations

import pytest

from import_helpers import by_name, imported

PAGE = """---
title: Senior Engineer
---

### Organization Building
  * You are an instrumental part of hiring programs.
  * You are contributing to at least one organization-wide initiative this could be {how}
    * Writing blogs or case studies of the work done by you.
    * Teaching about a new technology you learnt recently.
    * Helping improve a training module.
"""

SHOWN = ["Writing blogs or case studies of the work done by you.",
         "Teaching about a new technology you learnt recently.",
         "Helping improve a training module."]


@pytest.mark.parametrize("how", [
    "any one of the following (this list is indicative and not meant to be exhaustive).",
    "one of the following.",
    "one or more of the following:",
    "for example the following.",
])
def test_bullets_under_a_statement_that_offers_a_choice_are_its_examples(cli, write, how):
    data, _ = imported(cli, write("senior.md", PAGE.format(how=how)), "--org", "Acme")
    said = by_name(data)["Senior Engineer"]["Organization Building"]
    assert said == ["You are an instrumental part of hiring programs.",
                    {"text": f"You are contributing to at least one organization-wide initiative this could be {how}",
                     "examples": SHOWN}]


@pytest.mark.parametrize("how", [
    "part of the following.",  # 'the following' alone names what it asks: each is asked
    "a blog post.",
    "a class in the following way:",
    # That the list is incomplete says nothing of its items being optional: each is asked.
    "the following, the list below is only indicative.",
    "the following (a non-exhaustive list):",
])
def test_bullets_under_a_statement_that_offers_no_choice_stay_statements(cli, write, how):
    data, _ = imported(cli, write("senior.md", PAGE.format(how=how)), "--org", "Acme")
    said = by_name(data)["Senior Engineer"]["Organization Building"]
    assert not any(isinstance(s, dict) for s in said)
    assert len(said) == (5 if how.endswith(".") else 4)


LEADS = """# Engineer I

### Delivery

- {lead}
  - Writes tests for every change
  - Reviews pull requests from teammates
"""


@pytest.mark.parametrize("lead", [
    "Responsibilities including:",  # as 'Responsibilities include:' reads
    "Core duties (non-exhaustive list):",
    "Key responsibilities, for example:",
    "Is expected to, for example:",  # a sentence the bullets finish
])
def test_bullets_under_a_lead_that_asks_nothing_by_itself_stay_statements(cli, write, lead):
    data, _ = imported(cli, write("engineer.md", LEADS.format(lead=lead)), "--org", "Acme")
    said = by_name(data)["Engineer I"]["Delivery"]
    assert not any(isinstance(s, dict) for s in said)
    assert len(said) == 2 and said[0].endswith("Writes tests for every change")


@pytest.mark.parametrize("lead", ["Improves how the team works, such as:", "Uses tools like",
                                  "Mentors others, e.g.:", "You contribute to the on-call rota, for example:"])
def test_bullets_under_a_statement_that_asks_something_by_itself_are_its_examples(cli, write, lead):
    data, _ = imported(cli, write("engineer.md", LEADS.format(lead=lead)), "--org", "Acme")
    said = by_name(data)["Engineer I"]["Delivery"]
    assert said == [{"text": lead if lead.endswith(":") else f"{lead}:",
                     "examples": ["Writes tests for every change", "Reviews pull requests from teammates"]}]
