"""The diff gate reads what explains the expectations without being one: a
cell's note, a statement's examples, a competency's description. A demand
written into one of them (how often, how soon, how many at least, without
help, or an obligation) fails the gate as a statement added would; an
explanation, an illustration, a typo fixed or a rewording does not."""

from __future__ import annotations

import pytest

BASE = """\
ladderlint: 1
id: acme-backend
name: Acme Engineering Career Framework
track: Backend Engineer
version: "1.0.0"
organisation:
  name: Acme
dimensions:
  - id: craft
    name: Craft
    competencies:
      - id: design
        name: Design
        description: How engineers shape systems before they build them.
      - id: delivery
        name: Delivery
levels:
  - id: IC2
    title: Engineer II
    competencies:
      design:
        statements:
          - id: design-docs
            text: I write a design document for changes that span several services
            examples:
              - The move of billing events to the new queue
        note: Small changes inside one service need no document.
      delivery:
        - I review code every day
  - id: IC3
    title: Engineer III
    competencies:
      design:
        statements:
          - I lead the design of my team's systems
        note: See the architecture guide for the templates we use.
      delivery:
        - I unblock others on my team
"""

GATE = ("--fail-on", "raises-bar")


def run_gate(cli, write, old: str, new: str, *options: str):
    before = write("old.yaml", old)
    after = write("new.yaml", new)
    return cli("diff", *GATE, *options, str(before), str(after))


def edited(old: str, new: str) -> str:
    assert old in BASE, old
    return BASE.replace(old, new, 1)


# -- notes ---------------------------------------------------------------------

NOTE_IC3 = "        note: See the architecture guide for the templates we use.\n"


@pytest.mark.parametrize("note", [
    # The walk-around: a demand slipped into a note.
    "See the architecture guide for the templates we use. I always write a design document before any change.",
    "Engineers at this level must write a design document before any change.",
    "You are expected to answer design questions within a day.",
    # A plain demand, said as a statement says it, with no word of a bar.
    "See the architecture guide for the templates we use. "
    "Engineers at this level present their work at the quarterly all-hands.",
    "At this level, you run the design review for your team.",
    "Every engineer reviews one design of another team.",
    "You will run the incident review for your team.",  # what they will do, not what will be done to them
    "You'll run the incident review for your team.",
    "By this level, engineers present their work at the quarterly all-hands.",
    "Here, you own the roadmap for your team.",
    "Engineers at every level join the on-call rotation.",
    "Engineers at this level lead a team, which is not required at lower levels.",  # the "not" is another clause's
    "We expect engineers at this level to present their work at the quarterly all-hands.",  # the organisation asks
    "We ask every engineer to review one design of another team.",
    "Engineers at this level are expected to mentor two engineers.",
    # What they have shown or hold, or take part in, is asked of them; so are people in their care.
    "Engineers at this level have a track record of shipping services to production.",
    "Engineers at this level have ownership of a service.",
    "Engineers at this level have deep knowledge of our payment systems.",
    "Engineers at this level have oversight of the architecture of their area.",
    "Engineers at this level have two mentees.",
    "Engineers at this level are part of the on-call rotation.",
    # Where they are, and what they do besides: the verb joined to it asks.
    "Engineers at this level are part of a product squad and lead its design reviews.",
    "Engineers at this level have a mentor and lead the design reviews of their squad.",
    "You'll have ownership of a service.",
    "You will be part of the on-call rotation.",
    # A group named by what it does, or time given to do something: the activity is asked.
    "Engineers at this level belong to the on-call rotation.",
    "Engineers at this level are part of the team on call rotation.",
    "Engineers at this level are part of the team of incident commanders.",
    "You will be part of the team that runs the on-call rotation.",
    "Engineers at this level belong to the team that reviews all designs.",
    "Engineers at this level have time to mentor two engineers each quarter.",
])
def test_a_demand_added_to_a_note_fails_the_gate(cli, write, note):
    run = run_gate(cli, write, BASE, edited(NOTE_IC3, f"        note: {note}\n"))
    assert run.exit_code == 1, run.output
    assert "raises-bar  summary-changed" in run.output and "(fails --fail-on)" in run.output


def test_a_note_added_where_there_was_none_with_a_demand_fails_the_gate(cli, write):
    new = edited("        - I unblock others on my team\n",
                 "        statements:\n          - I unblock others on my team\n"
                 "        note: I always pair with the on-call engineer during incidents.\n")
    old = edited("        - I unblock others on my team\n", "        statements:\n          - I unblock others on my team\n")
    run = run_gate(cli, write, old, new)
    assert run.exit_code == 1, run.output


@pytest.mark.parametrize("note", [
    # Explanations, pointers and illustrations ask nothing of anyone.
    "See the architecture guide for the templates we use. Templates live in the design repository.",
    "See the architecture guide (https://wiki.acme.example/architecture) for the templates we use.",
    "See teh architecture guide for the templates we use.",  # a typo (made, then fixed below)
    "Read the architecture guide for the templates that we use.",  # reworded
    # How often, conceded: what is usual, not what is asked.
    "See the architecture guide for the templates we use. Not always, but often, a design starts from one.",
    # What the cell already asks, said again in its note.
    "See the architecture guide for the templates we use. I lead the design of my team's systems.",
    "See the architecture guide for the templates we use. Engineers here lead the design of their team's systems.",
    # Said of others, of things, of what may be, is usual, was, or is done to them: no demand.
    "See the architecture guide for the templates we use. They live in the design repository.",
    "See the architecture guide for the templates we use. You can find them in the wiki.",
    "See the architecture guide for the templates we use. Engineers here typically own one service.",
    "See the architecture guide for the templates we use. Most engineers reach this level in two years.",
    "See the architecture guide for the templates we use. Engineers at this level are assessed on their designs.",
    "See the architecture guide for the templates we use. Engineers at this level are senior ICs.",
    "See the architecture guide for the templates we use. I decided to use them for the billing design.",
    "See the architecture guide for the templates we use. Do engineers need one for small changes?",
    # What is done to them in other words, what they are given, how they move up the ladder.
    "See the architecture guide for the templates we use. Engineers at this level are paid on band B.",
    "See the architecture guide for the templates we use. You will be assessed on your designs twice a year.",
    "See the architecture guide for the templates we use. Engineers at this level get a conference budget.",
    "See the architecture guide for the templates we use. Engineers move to this level after a promotion review.",
    "See the architecture guide for the templates we use. Engineers move through the levels at their own pace.",
    "See the architecture guide for the templates we use. I led the kickoff and wrote down the open questions.",
    "See the architecture guide for the templates we use. Your manager will discuss this competency with you.",
    "See the architecture guide for the templates we use. Engineers at this level report to a director.",
    "See the architecture guide for the templates we use. You're a senior engineer now.",
    "See the architecture guide for the templates we use. We expect to hire two engineers this year.",
    "See the architecture guide for the templates we use. We want you to grow.",
    # What they are given, and which group they are in: a description of their place, not a demand.
    "See the architecture guide for the templates we use. Engineers at this level have a mentor.",
    "See the architecture guide for the templates we use. Each engineer has a dedicated career coach.",
    "See the architecture guide for the templates we use. You have a manager and a tech lead.",
    "See the architecture guide for the templates we use. You have the support of your manager.",
    "See the architecture guide for the templates we use. Engineers at this level have a learning budget.",
    "See the architecture guide for the templates we use. You have access to production.",
    "See the architecture guide for the templates we use. Engineers at this level are part of a product squad.",
    "See the architecture guide for the templates we use. You are a member of the platform guild.",
    "See the architecture guide for the templates we use. Engineers at this level belong to a chapter.",
    "See the architecture guide for the templates we use. Engineers at this level are part of a team of five "
    "engineers.",
    "See the architecture guide for the templates we use. Engineers at this level are part of a squad in the "
    "payments tribe.",
    "See the architecture guide for the templates we use. Engineers at this level have dedicated time for "
    "learning.",
    "See the architecture guide for the templates we use. "
    "Engineers at this level are part of a product squad and have a dedicated manager.",
    # Said of what will be, and what they are given room for.
    "See the architecture guide for the templates we use. You'll have a dedicated manager.",
    "See the architecture guide for the templates we use. You will be part of a product squad.",
    "See the architecture guide for the templates we use. Engineers at this level have the opportunity to lead "
    "a project.",
    "See the architecture guide for the templates we use. You have a say in the roadmap of your squad.",
])
def test_an_explanation_added_to_a_note_passes_the_gate(cli, write, note):
    run = run_gate(cli, write, BASE, edited(NOTE_IC3, f"        note: {note}\n"))
    assert run.exit_code == 0, run.output
    assert "summary-changed" in run.output


NOTE_IC2 = "        note: Small changes inside one service need no document.\n"


def test_a_demand_added_to_a_note_reaches_the_levels_above_as_a_statement_does(cli, write):
    # Each level includes the levels below it: what IC2's note asks, IC3 asks too.
    new = edited(NOTE_IC2, "        note: Small changes inside one service need no document. "
                           "Engineers must pair on every design.\n")
    run = run_gate(cli, write, BASE, new, "--format", "json")
    assert run.exit_code == 1, run.output
    (change,) = run.json()["frameworks"][0]["changes"]
    assert (change["field"], change["level"], change["levels_reached"]) == ("note", "IC2", ["IC2", "IC3"])
    assert "(at IC2 and IC3)" in run_gate(cli, write, BASE, new).output
    notes = run_gate(cli, write, BASE, new, "--format", "markdown").output
    assert "the note, which applies at IC2 and IC3, changed" in notes
    # A level above whose own note says the same already asked it.
    both = new.replace(NOTE_IC3, "        note: Small changes inside one service need no document. "
                                 "Engineers must pair on every design.\n")
    said_above = BASE.replace(NOTE_IC3, "        note: Small changes inside one service need no document. "
                                        "Engineers must pair on every design.\n")
    (change,) = run_gate(cli, write, said_above, both, "--format", "json").json()["frameworks"][0]["changes"]
    assert change["levels_reached"] == ["IC2"]


def test_a_typo_fixed_in_a_note_passes_the_gate(cli, write):
    typo = edited(NOTE_IC3, "        note: See teh architecture guide for the templates we use.\n")
    run = run_gate(cli, write, typo, BASE)
    assert run.exit_code == 0, run.output
    assert "editorial   summary-changed" in run.output


def test_a_note_reworded_to_ask_more_often_fails_the_gate(cli, write):
    old = edited(NOTE_IC3, "        note: I check the architecture guide when I start a design.\n")
    new = edited(NOTE_IC3, "        note: I always check the architecture guide when I start a design.\n")
    assert run_gate(cli, write, old, new).exit_code == 1


def test_a_demand_taken_out_of_a_note_does_not_fail_the_raises_bar_gate(cli, write):
    old = edited(NOTE_IC3, "        note: I always write a design document before any change.\n")
    assert run_gate(cli, write, old, BASE).exit_code == 0


# -- examples ------------------------------------------------------------------

EXAMPLE = "              - The move of billing events to the new queue\n"


@pytest.mark.parametrize("example", [
    "Always writes a design document before any change, however small",
    "Shares the document with at least three reviewers",
    "Writes the document independently",
])
def test_a_demand_added_as_an_example_fails_the_gate(cli, write, example):
    run = run_gate(cli, write, BASE, edited(EXAMPLE, f"{EXAMPLE}              - {example}\n"))
    assert run.exit_code == 1, run.output
    assert "raises-bar  statement-reworded" in run.output and "(fails --fail-on)" in run.output
    notes = run_gate(cli, write, BASE, edited(EXAMPLE, f"{EXAMPLE}              - {example}\n"),
                     "--format", "markdown").output
    assert f"changed; new: “{example}”" in notes and "the examples of “" in notes


@pytest.mark.parametrize("example", [
    # Illustrations of the statement, as Monzo's examples are written.
    "The split of the payments service into ledger and payouts",
    "I decided to X instead of Y here, I also considered Z but for these reasons I went with X",
    "Uses locking where appropriate (e.g. data written in two or more services)",
    # A review comment quoted, as Monzo's examples quote them.
    "I think this code could be improved by doing X, let's pair on it",
])
def test_an_example_that_illustrates_passes_the_gate(cli, write, example):
    run = run_gate(cli, write, BASE, edited(EXAMPLE, f"{EXAMPLE}              - {example}\n"))
    assert run.exit_code == 0, run.output
    assert "statement-reworded" in run.output


def test_an_example_that_says_the_statements_own_bar_passes_the_gate(cli, write):
    # "every day" is what the statement asks already: the example only illustrates it.
    old = edited("        - I review code every day\n",
                 "        - id: daily-review\n          text: I review code every day\n"
                 "          examples:\n            - The payments pull requests\n")
    new = old.replace("            - The payments pull requests\n",
                      "            - The payments pull requests, reviewed every day of the sprint\n")
    assert run_gate(cli, write, old, new).exit_code == 0


def test_an_example_reworded_or_taken_out_passes_the_gate(cli, write):
    reworded = edited(EXAMPLE, "              - Moving the billing events to the new queue\n")
    assert run_gate(cli, write, BASE, reworded).exit_code == 0
    taken_out = edited(EXAMPLE, "              - Always with a design document\n")
    assert run_gate(cli, write, taken_out, BASE).exit_code == 0


# -- competency descriptions ---------------------------------------------------

DESCRIPTION = "        description: How engineers shape systems before they build them.\n"


def test_a_demand_added_to_a_competency_description_fails_the_gate_at_every_level(cli, write):
    new = edited(DESCRIPTION, "        description: How engineers shape systems before they build them. "
                              "Every change must start with a design document.\n")
    run = run_gate(cli, write, BASE, new)
    assert run.exit_code == 1, run.output
    assert "raises-bar  summary-changed" in run.output
    assert "(at every level that has it: IC2 and IC3)" in run.output
    data = run_gate(cli, write, BASE, new, "--format", "json").json()
    (change,) = data["frameworks"][0]["changes"]
    assert (change["competency"], change["field"], change["levels_reached"]) == ("design", "description", ["IC2", "IC3"])
    notes = run_gate(cli, write, BASE, new, "--format", "markdown").output
    assert "the description, which applies at every level that has this competency (IC2 and IC3), changed" in notes
    # Each level's people read their own section: it says so there too.
    told = "1 new or higher expectation in a description applies here too (listed under Across the framework)."
    for level in ("IC2 (Engineer II)", "IC3 (Engineer III)"):
        assert told in notes.split(f"## What changes for {level}")[1].split("\n## ")[0], notes


def test_a_plain_demand_added_to_a_competency_description_fails_the_gate(cli, write):
    new = edited(DESCRIPTION, "        description: How engineers shape systems before they build them. "
                              "Engineers present each design at the architecture forum.\n")
    run = run_gate(cli, write, BASE, new)
    assert run.exit_code == 1, run.output
    assert "(at every level that has it: IC2 and IC3)" in run.output


def test_a_plain_demand_added_as_an_example_fails_the_gate_where_an_illustration_passes(cli, write):
    demanding = edited(EXAMPLE, f"{EXAMPLE}              - I present the design at the architecture forum\n")
    assert run_gate(cli, write, BASE, demanding).exit_code == 1
    illustrating = edited(EXAMPLE, f"{EXAMPLE}              - Presenting the design at the architecture forum\n")
    assert run_gate(cli, write, BASE, illustrating).exit_code == 0


def test_a_description_added_where_there_was_none_with_a_demand_fails_the_gate(cli, write):
    new = BASE.replace("        name: Delivery\n",
                       "        name: Delivery\n        description: Engineers never ship a change without review.\n")
    assert run_gate(cli, write, BASE, new).exit_code == 1


@pytest.mark.parametrize("description", [
    "How engineers shape systems before they build them, and how they explain their choices.",
    "'How engineers shape systems before they build them: architecture, interfaces and data models.'",
    "How engineers shape systems before building them.",
    "How engineers shape sytems before they build them.",
])
def test_an_explanation_in_a_competency_description_passes_the_gate(cli, write, description):
    run = run_gate(cli, write, BASE, edited(DESCRIPTION, f"        description: {description}\n"))
    assert run.exit_code == 0, run.output
    assert "summary-changed" in run.output


def test_a_hedge_taken_out_of_a_description_that_asks_nothing_passes_the_gate(cli, write):
    # Dropbox's descriptions say what a competency covers: reworded, they ask no more of anyone.
    old = BASE.replace("        name: Delivery\n", "        name: Delivery\n"
                       "        description: Technical levers typically exercised to achieve business impact\n")
    new = old.replace("typically exercised", "exercised")
    assert run_gate(cli, write, old, new).exit_code == 0
    # Where the sentence is an expectation, the hedge taken out asks it every time.
    asking = old.replace("Technical levers typically exercised to achieve business impact",
                         "Engineers typically pair on changes to billing")
    assert run_gate(cli, write, asking, asking.replace("typically pair", "pair")).exit_code == 1


def test_a_description_added_as_the_corpora_write_them_passes_the_gate(cli, write):
    # Dropbox's descriptions: what the competency covers, hedged ("typically").
    new = BASE.replace("        name: Delivery\n", "        name: Delivery\n"
                       "        description: Technical levers typically exercised to achieve business impact\n")
    assert run_gate(cli, write, BASE, new).exit_code == 0


def test_a_demand_added_to_a_dimension_description_holds_at_every_level_with_its_competencies(cli, write):
    new = BASE.replace("    name: Craft\n", "    name: Craft\n"
                       "    description: Engineers are expected to pair on every design.\n")
    run = run_gate(cli, write, BASE, new, "--format", "json")
    assert run.exit_code == 1, run.output
    (change,) = run.json()["frameworks"][0]["changes"]
    assert (change["impact"], change["dimension"], change["levels_reached"]) == ("raises-bar", "craft", ["IC2", "IC3"])
    explained = BASE.replace("    name: Craft\n", "    name: Craft\n    description: The skills of building software.\n")
    assert run_gate(cli, write, BASE, explained).exit_code == 0


# -- the framework's description -----------------------------------------------

FRAMEWORK = "name: Acme Engineering Career Framework\n"


def test_a_demand_added_to_the_framework_description_fails_the_gate_at_every_level(cli, write):
    new = BASE.replace(FRAMEWORK, FRAMEWORK + "description: How Acme's backend engineers grow. "
                                              "Every engineer must be on call one week a quarter.\n")
    run = run_gate(cli, write, BASE, new, "--format", "json")
    assert run.exit_code == 1, run.output
    (change,) = run.json()["frameworks"][0]["changes"]
    assert (change["kind"], change["impact"], change["levels_reached"]) == ("framework-changed", "raises-bar",
                                                                          ["IC2", "IC3"])
    assert "(at every level: IC2 and IC3)" in run_gate(cli, write, BASE, new).output
    notes = run_gate(cli, write, BASE, new, "--format", "markdown").output
    assert "framework's description, which applies at every level (IC2 and IC3), is new" in notes


@pytest.mark.parametrize(("description", "impact"), [
    ("How Acme's backend engineers grow, from their first job to principal.", "structural"),
    ("How Acme's backend engineers gorw.", "editorial"),  # a typo
])
def test_an_explanation_in_the_framework_description_passes_the_gate(cli, write, description, impact):
    old = BASE.replace(FRAMEWORK, FRAMEWORK + "description: How Acme's backend engineers grow.\n")
    run = run_gate(cli, write, old, old.replace("How Acme's backend engineers grow.", description), "--format", "json")
    assert run.exit_code == 0, run.output
    (change,) = run.json()["frameworks"][0]["changes"]
    assert (change["field"], change["impact"], change["levels_reached"]) == ("description", impact, [])


CELL_IC3 = "          - I lead the design of my team's systems\n" + NOTE_IC3
DESIGNS = "Designs reliable, well-tested services that are cheap to run and easy to change."
PLATFORMS = "Leads the design of shared platforms and critical infrastructure with broad impact."
EXPERTISE = "Brings deep expertise in the payments domain and influences its technical direction through trade-off analysis."


def _note_under(statement: str, note: str | None) -> str:
    return edited(CELL_IC3, f"          - {statement}\n" + (f"        note: {note}\n" if note else ""))


@pytest.mark.parametrize(("statement", "note"), [
    # The statement said again in other words, and more of them: an explanation, as a note is.
    (DESIGNS, "At this level, the engineer designs services that are not only correct but reliable, well-tested, "
              "and cheap to operate."),
    (PLATFORMS, "At this level, the engineer leads the design of the shared platforms and infrastructure that "
                "everything else is built on."),
    (EXPERTISE, "At this level, the engineer has comprehensive expertise in payments, enabling them to "
                "recognise and influence its technical direction through principled trade-off analysis."),
    (PLATFORMS, "Engineers at this level lead the design of critical infrastructure. They keep it simple."),
])
def test_a_note_that_says_its_statement_again_passes_the_gate(cli, write, statement, note):
    run = run_gate(cli, write, _note_under(statement, None), _note_under(statement, note))
    assert run.exit_code == 0, run.output
    assert "structural  summary-changed" in run.output, run.output


@pytest.mark.parametrize(("statement", "note"), [
    # What it asks beyond the statement: another action, more charge, a wider reach, a bar.
    (DESIGNS, "At this level, the engineer designs reliable, well-tested services and mentors two juniors."),
    (DESIGNS, "At this level, the engineer designs reliable, well-tested services and runs the on-call rotation."),
    (DESIGNS, "At this level, the engineer owns the reliable, well-tested services they design."),
    (DESIGNS, "At this level, the engineer designs reliable, well-tested services used across the whole company."),
    (PLATFORMS, "At this level, the engineer drives the design of the platforms and infrastructure that other "
                "teams build on."),
    (DESIGNS, "At this level, the engineer always designs reliable, well-tested services."),
    # One word in common names another thing.
    (PLATFORMS, "At this level, the engineer runs the design review of every team."),
    # Another verb over the same things is another duty, however much else the note shares with it.
    (DESIGNS, "At this level, the engineer operates reliable, well-tested services that are cheap to run."),
    ("Writes design documents for the team's services",
     "At this level, the engineer reviews design documents for the team's services."),
    ("Designs reliable, well-tested services", "At this level, the engineer is on call for reliable, well-tested services."),
    # A verb close to the statement's but not known to say the same is read as another: for a reviewer.
    (PLATFORMS, "At this level, the engineer drives the design of the shared platforms and infrastructure that "
                "everything else is built on."),
])
def test_a_note_that_asks_more_than_its_statement_fails_the_gate(cli, write, statement, note):
    run = run_gate(cli, write, _note_under(statement, None), _note_under(statement, note))
    assert run.exit_code == 1, run.output
    assert "raises-bar  summary-changed" in run.output, run.output
