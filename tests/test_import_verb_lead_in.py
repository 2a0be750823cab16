"""A lead-in that a verb ends ('Demonstrates:', 'Consistently shows:')
over bullets that are a noun's words ('- ownership of a service'): the
bullets finish its sentence, so each is read with the verb ('Demonstrates
ownership of a service'), never left verbless with the lead-in dropped.
Bullets that say their own verb, and lead-ins that say more or name the
bullets, are read as before."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported


def _ladder(lead: str, junior: list[str], senior: list[str]) -> str:
    def section(title: str, bullets: list[str]) -> str:
        return f"## {title}\n\n### Delivery\n\n{lead}\n\n" + "".join(f"- {b}\n" for b in bullets) + "\n"
    return "# Acme ladder\n\n" + section("Junior", junior) + section("Senior", senior)


def test_the_verb_of_the_lead_in_opens_each_bullet_that_has_none(cli, write):
    text = _ladder("Demonstrates:", ["ownership of a small feature", "Care for the quality of their code"],
                   ["ownership of a service", "API design skills across teams", "Leads the design of large features"])
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    by_level = cells(data)
    assert by_level["junior"]["delivery"] == ["Demonstrates ownership of a small feature",
                                              "Demonstrates care for the quality of their code"]
    # A bullet that opens with its own verb is a sentence already; an acronym keeps its capitals.
    assert by_level["senior"]["delivery"] == ["Demonstrates ownership of a service",
                                              "Demonstrates API design skills across teams",
                                              "Leads the design of large features"]
    assert "lead-in to the list after it" not in run.stderr
    assert "the lead-in 'Demonstrates:' is read with each bullet" in run.stderr


def test_an_adverb_before_the_verb_is_part_of_it(cli, write):
    text = _ladder("Consistently demonstrates:", ["ownership of a small feature"], ["ownership of a service"])
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data)["senior"]["delivery"] == ["Consistently demonstrates ownership of a service"]


@pytest.mark.parametrize("lead, bullets", [
    ("Demonstrates:", ["Owns a small feature end to end", "Writes tests for their code"]),  # verbs of their own
    ("Is expected to:", ["ship small features with help", "write tests for their code"]),  # the lead says more
    ("Can:", ["ship small features with help", "write tests for their code"]),  # a verb comes after it
    ("Demonstrates the following:", ["ownership of a small feature", "care for quality"]),
])
def test_bullets_that_need_no_verb_from_the_lead_in_stay_as_written(cli, write, lead, bullets):
    data, run = imported(cli, write("ladder.md", _ladder(lead, bullets, bullets)), "--org", "Acme")
    assert cells(data)["junior"]["delivery"] == bullets
    assert "is read with each bullet" not in run.stderr
