"""A statement that marks a glossary term with `*` asks for what the
glossary says the term is: a definition reworded, a term newly marked, or
a term defined and marked in one change is graded as the statement's own
words would be, and the gate sees it."""

from __future__ import annotations

import json

import pytest

LADDER = """\
ladderlint: 1
id: acme-backend
name: Acme Engineering Career Framework
track: Backend Engineer
version: "1.0.0"
organisation: {{name: Acme, domains: [acme.example]}}
voice: first-person
{glossary}dimensions:
  - id: results
    name: Results
    competencies:
      - {{id: impact, name: Impact}}
levels:
  - id: IC1
    title: Engineer I
    competencies:
      impact: ["I deliver the tasks my team plans"]
  - id: IC2
    title: Engineer II
    competencies:
      impact: ["I write a {term} for each service I build"]
  - id: IC3
    title: Engineer III
    competencies:
      impact: ["I lead the design of services across teams"]
"""

MONTHLY = "A step-by-step guide that two engineers review every month."
WEEKLY = "A step-by-step guide that two engineers review every week."


def ladder(definition: str | None, term: str = "runbook*") -> str:
    glossary = f"glossary:\n  runbook: {definition}\n" if definition is not None else ""
    return LADDER.format(glossary=glossary, term=term)


@pytest.fixture
def compare(cli, write):
    def run(old: str, new: str, *args: str):
        return cli("diff", str(write("old.yaml", old)), str(write("new.yaml", new)), "--fail-on", "raises-bar", *args)

    return run


def test_a_marked_terms_definition_asking_more_often_raises_the_bar_where_it_is_marked(compare):
    run = compare(ladder(MONTHLY), ladder(WEEKLY))
    assert run.exit_code == 1, run.output
    assert "raises-bar  framework-changed       glossary.runbook:" in run.output
    assert "(at IC2 and IC3: marked with * at IC2)" in run.output  # IC3 includes IC2
    change = json.loads(compare(ladder(MONTHLY), ladder(WEEKLY), "--format", "json").output)[
        "frameworks"][0]["changes"][0]
    assert (change["impact"], change["levels_reached"]) == ("raises-bar", ["IC2", "IC3"])


def test_a_marked_terms_definition_asking_less_often_lowers_the_bar(compare):
    run = compare(ladder(WEEKLY), ladder(MONTHLY), "--fail-on", "lowers-bar")
    assert run.exit_code == 1, run.output
    assert "lowers-bar  framework-changed       glossary.runbook:" in run.output


def test_a_definition_no_statement_marks_asks_nothing_of_anyone(compare):
    run = compare(ladder(MONTHLY, term="runbook"), ladder(WEEKLY, term="runbook"))
    assert run.exit_code == 0, run.output
    assert "glossary.runbook" in run.output and "raises-bar" not in run.output


def test_a_term_newly_marked_brings_its_definition_into_the_statement(compare):
    run = compare(ladder(MONTHLY, term="runbook"), ladder(MONTHLY))
    assert run.exit_code == 1, run.output
    assert "raises-bar  statement-reworded      Impact: I write a [-runbook-]{+runbook*+} for each service I build " \
           "(a glossary term's mark: its definition now applies)" in run.output
    notes = compare(ladder(MONTHLY, term="runbook"), ladder(MONTHLY), "--format", "markdown").output
    assert "now marks a glossary term, whose definition now applies" in notes
    # Its mark taken off: what the definition asked is no longer asked.
    run = compare(ladder(MONTHLY), ladder(MONTHLY, term="runbook"), "--fail-on", "lowers-bar")
    assert run.exit_code == 1 and "lowers-bar  statement-reworded" in run.output, run.output


def test_a_term_defined_and_marked_in_one_change_raises_the_bar(compare):
    run = compare(ladder(None, term="runbook"), ladder(MONTHLY))
    assert run.exit_code == 1, run.output
    assert "raises-bar  statement-reworded" in run.output


def test_a_definition_that_only_explains_asks_nothing_more_where_it_is_marked(compare):
    explains = "A step-by-step guide to operating a service."
    run = compare(ladder(explains, term="runbook"), ladder(explains))
    assert run.exit_code == 0, run.output
    assert "editorial   statement-reworded" in run.output


def test_a_second_term_defined_and_marked_in_a_statement_raises_the_bar(compare):
    defined = ladder("A guide to operating a service.")
    run = compare(defined, defined.replace("  runbook: A guide to operating a service.\n",
                                           "  runbook: A guide to operating a service.\n  service: " + WEEKLY + "\n")
                  .replace("for each service I", "for each service* I"))
    assert run.exit_code == 1, run.output


def with_rota(definition: str | None, term: str = "runbook*") -> str:
    """The ladder with a second term defined, so that taking the runbook's
    definition away leaves a glossary."""
    rota = "  rota: The weekly on-call schedule.\n"
    runbook = f"  runbook: {definition}\n" if definition is not None else ""
    return LADDER.format(glossary="glossary:\n" + rota + runbook, term=term)


def glossary_change(compare, old: str, new: str) -> dict:
    changes = json.loads(compare(old, new, "--format", "json").output)["frameworks"][0]["changes"]
    return next(c for c in changes if c["kind"] == "framework-changed" and c["message"].startswith("glossary.runbook"))


@pytest.mark.parametrize("term", ["runbook*", "runbook"])
def test_a_definition_taken_from_a_term_the_old_statements_marked_lowers_the_bar(compare, term):
    # Marked in the old revision: its statements asked for the definition, whether or not the new ones still mark it.
    change = glossary_change(compare, with_rota(MONTHLY), with_rota(None, term=term))
    assert (change["impact"], change["levels_reached"]) == ("lowers-bar", ["IC2", "IC3"]), change
    assert change["message"].endswith(" (a term marked with * at IC2)")
    run = compare(with_rota(MONTHLY), with_rota(None, term=term), "--fail-on", "lowers-bar")
    assert run.exit_code == 1 and "(at IC2 and IC3: marked with * at IC2)" in run.output, run.output


def test_a_definition_taken_away_that_the_statement_says_itself_lowers_no_bar(compare):
    # What the old statement asked, its own words still ask: the definition asked nothing more.
    says = "runbook* (a step-by-step guide that two engineers review every month)"
    change = glossary_change(compare, with_rota(MONTHLY, term=says), with_rota(None, term=says))
    assert change["impact"] != "lowers-bar", change


@pytest.mark.parametrize(("before", "after", "impact"), [(MONTHLY, WEEKLY, "raises-bar"), (WEEKLY, MONTHLY, "lowers-bar")])
def test_a_definition_reworded_as_its_marks_are_taken_off_is_graded(compare, before, after, impact):
    change = glossary_change(compare, with_rota(before), with_rota(after, term="runbook"))
    assert (change["impact"], change["levels_reached"]) == (impact, ["IC2", "IC3"]), change
    assert change["message"].endswith(" (a term marked with * at IC2)")


def test_a_plus_after_a_number_is_no_glossary_mark(cli, write):
    # "5" -> "5+" in a framework with no glossary: a sign of how many, not a term's mark.
    old = ladder(None).replace("I deliver the tasks my team plans", "I review 5 pull requests a week")
    new = old.replace("I review 5 pull", "I review 5+ pull")
    run = cli("diff", str(write("old.yaml", old)), str(write("new.yaml", new)), "--no-color", "--fail-on", "raises-bar")
    assert "glossary" not in run.output, run.output
    assert "I review [-5-]{+5++} pull requests a week" in run.output, run.output
    # "5+" is "5 or more", the least "5" alone says: nobody is asked for more.
    assert "editorial" in run.output and run.exit_code == 0, run.output
