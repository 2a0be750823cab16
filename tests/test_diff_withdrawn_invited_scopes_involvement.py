"""Lowerings owners write in words the grader once read as more asked: an
expectation negated or withdrawn, a duty made an invitation or put off, a
scope said by its adjective, a verb of less involvement. Each is held by
`--fail-on lowers-bar`; its reverse, and the wording near it, are not."""

from __future__ import annotations

import pytest

from ladderlint.diff.changes import Impact
from ladderlint.diff.grade import grade

SOLVES = "I independently identify the right solutions to ambiguous problems"

LOWERED = [
    # An expectation negated or withdrawn, however said.
    ("I can lead design reviews for my team", "I cannot yet lead design reviews for my team"),
    ("I am able to write and speak clearly", "I am unable to write and speak clearly"),
    ("I do not fail to write and speak clearly", "I fail to write and speak clearly"),
    ("I lead design reviews for my team", "I am not expected to lead design reviews for my team"),
    ("Architects ML platforms; designs abstractions.", "Is not required to architect ML platforms; designs abstractions."),
    ("Architects ML platforms; designs abstractions.", "Has no need to architect ML platforms; designs abstractions."),
    ("Writes runbooks for the services", "Does not have to write runbooks for the services"),
    (SOLVES, SOLVES + " (not required)"),
    (SOLVES, SOLVES + ". This is not yet expected."),
    # Made a choice, hoped for or put off.
    ("Able to give technical feedback to teammates.", "Encouraged to give technical feedback to teammates."),
    ("Able to mediate discussions in a team.", "Invited to mediate discussions in a team."),
    ("Able to mediate discussions in a team.", "Is encouraged to mediate discussions in a team."),
    ("Writes tests for their changes", "Feel free to write tests for their changes"),
    ("Responsible for their own changes.", "Should feel responsible for their own changes."),
    ("I write and speak clearly", "At times I write and speak clearly"),
    (SOLVES, SOLVES + " (aspirational)"),
    (SOLVES, SOLVES.replace("I independently", "I will eventually independently")),
    (SOLVES, f"'{SOLVES}' is a goal for later"),
    # A scope said by its adjective, on the one scale.
    ("Defines the organizational research agenda", "Defines the team research agenda"),
    ("Defines the organisational research agenda", "Defines the project research agenda"),
    ("Defines enterprise ML product vision", "Defines project ML product vision"),
    ("Sets departmental standards", "Sets team standards"),
    # A verb of less involvement, alone or with other words rewritten.
    ("Raise the technical bar of the teams.", "Maintain the technical bar of the teams."),
    ("Able to mediate discussions in a team.", "Able to take part in discussions in a team."),
    ("Designs model serving architectures", "Implements model serving architectures"),
    ("Architects the payment services", "Shadows the payment services"),
]


@pytest.mark.parametrize(("old", "new"), LOWERED)
def test_a_lowering_said_so_is_held_by_the_lowers_bar_gate(old, new):
    graded = grade(old, new)
    assert Impact.LOWERS_BAR in (graded.impact, graded.also), graded.reasons
    assert graded.impact == Impact.LOWERS_BAR, graded.reasons


@pytest.mark.parametrize(("old", "new"), [
    ("Defines long-term platform strategy", "Proposes ideas for the long-term platform strategy"),
    ("Architects resilient ML serving systems", "Reactively maintains ML serving systems"),
])
def test_a_verb_of_less_involvement_beside_other_words_is_read_lowering_too(old, new):
    graded = grade(old, new)
    assert graded.also == Impact.LOWERS_BAR, graded.reasons
    assert "involvement lowered" in graded.reasons


DESIGNS = "Designs complex systems within their area"
LEADS = "architecture discussions for their own work"


@pytest.mark.parametrize(("old", "new"), [
    # A clause put at the end of the sentence before: "leads" is still said "contributes to" after it.
    (f"{DESIGNS}. Leads {LEADS} and contributes meaningfully to broader ones.",
     f"{DESIGNS}, scoping data flow, error handling, and integration points. Contributes meaningfully to {LEADS}."),
    ("Writes design docs. Leads the planning of their projects and helps with the planning of others.",
     "Writes design docs, with diagrams and data flows. Helps with the planning of their projects."),
    ("Designs services for the team. Owns the on-call rotation and supports the incident reviews.",
     "Designs services for the team, documenting their APIs. Supports the on-call rotation."),
])
def test_a_lower_involvement_is_read_beside_words_put_in_another_sentence(old, new):
    graded = grade(old, new)
    assert "involvement lowered" in graded.reasons, graded.reasons
    assert Impact.LOWERS_BAR in (graded.impact, graded.also), graded.reasons
    # The clause put in asks something too: held by both gates.
    assert graded.impact is Impact.RAISES_BAR, graded.reasons


@pytest.mark.parametrize(("old", "new", "impact"), [
    # Without the clause, the lowering alone.
    (f"{DESIGNS}. Leads {LEADS}.", f"{DESIGNS}. Contributes to {LEADS}.", Impact.LOWERS_BAR),
    # The clause alone, the verb kept: only more asked.
    (f"{DESIGNS}. Leads {LEADS}.", f"{DESIGNS}, scoping data flow. Leads {LEADS}.", Impact.RAISES_BAR),
    # A whole sentence replaced is read whole, as before.
    (f"{DESIGNS}. Leads {LEADS}.", f"{DESIGNS}. Mentors two engineers.", Impact.RAISES_BAR),
])
def test_runs_within_one_sentence_keep_their_reading(old, new, impact):
    graded = grade(old, new)
    assert graded.impact is impact, graded.reasons
    if impact is Impact.RAISES_BAR and "Leads" in new:
        assert graded.also is None, graded.reasons


@pytest.mark.parametrize(("old", "new"), [(new, old) for old, new in LOWERED if "goal for later" not in new
                                          and "(aspirational)" not in new and "not required)" not in new
                                          and "not yet expected" not in new])
def test_the_reverse_asks_more(old, new):
    assert grade(old, new).impact == Impact.RAISES_BAR, grade(old, new).reasons


@pytest.mark.parametrize(("old", "new", "impact"), [
    # The ladder's "can" is what the level does, said another way.
    ("Can onboard new hires", "Onboards new hires", Impact.EDITORIAL),
    ("Is able to debug production issues", "Debugs production issues", Impact.EDITORIAL),
    # Help said not to be needed is autonomy, not a duty withdrawn.
    ("I need help to debug production issues", "I do not need help to debug production issues",
     Impact.RAISES_BAR),
    ("Changes need review from my lead", "No review is required from my lead for changes", Impact.RAISES_BAR),
    # "at all times" is always, not "at times".
    ("I write and speak clearly", "I write and speak clearly at all times", Impact.RAISES_BAR),
    # Spelt either way, one scope; the one involvement.
    ("Defines organizational goals", "Defines organisational goals", Impact.EDITORIAL),
    ("Ships features", "Leads features", Impact.RAISES_BAR),
    # Two plain verbs of doing, neither on the scale: another thing asked, as before.
    ("Implements the billing service", "Tests the billing service", Impact.RAISES_BAR),
    # Said to be expected, as it was asked: more said, not less.
    ("I lead design reviews for my team", "I am expected to lead design reviews for my team", Impact.RAISES_BAR),
])
def test_near_misses_keep_their_reading(old, new, impact):
    assert grade(old, new).impact == impact, grade(old, new).reasons


def test_eventually_of_a_kind_of_thing_puts_nothing_off():
    # "eventually consistent" names a kind of system: taken out, words taken out, no skill now had.
    assert grade("Designs eventually consistent systems", "Designs consistent systems").reasons == ("words taken out",)


LADDER = """\
ladderlint: 1
id: acme
name: Acme Ladder
track: Engineering
version: "1.0.0"
organisation: {name: Acme}
dimensions:
  - id: results
    name: Results
    competencies:
      - {id: delivery, name: Delivery}
levels:
  - id: IC1
    title: Engineer
    competencies:
      delivery:
        - STATEMENT
"""


@pytest.mark.parametrize(("old", "new"), [
    ("I can lead design reviews for my team", "I cannot yet lead design reviews for my team"),
    ("Able to mediate discussions in a team.", "Encouraged to mediate discussions in a team."),
    ("Defines organizational research agenda", "Defines the team research agenda"),
    ("Raise the technical bar of the teams.", "Maintain the technical bar of the teams."),
])
def test_the_lowers_bar_gate_stops_them(cli, tmp_path, old, new):
    before, after = tmp_path / "old.yaml", tmp_path / "new.yaml"
    before.write_text(LADDER.replace("STATEMENT", old))
    after.write_text(LADDER.replace("STATEMENT", new))
    run = cli("diff", "--fail-on", "lowers-bar", str(before), str(after))
    assert run.exit_code == 1, run.output
    assert "lowers-bar" in run.output
