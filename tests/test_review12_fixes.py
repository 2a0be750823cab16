"""The review of round 12's check and import changes: a level named by an
'-ed' word and a plus, not-applicable sentences that go on to a behaviour,
LL518 on other languages, LL302 'advocate for X', LL205's copied level."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported
from model_rules_helpers import findings, one_level


# --- M2: 'Advanced +' names a level of the document -------------------------------------

@pytest.mark.parametrize("named", ["Advanced", "Established", "Experienced"])
def test_a_level_named_by_an_ed_word_and_a_plus_is_a_reference(cli, write, named):
    """'Advanced +' at Expert (levels Beginner/Intermediate/Advanced/Expert)
    refers to the level below, however its name reads as a verb's form."""
    page = ("# Acme Engineering Levels\n\n## Beginner\n\n### Testing\n- Writes unit tests for own code\n\n"
            "## Intermediate\n\n### Testing\n- Beginner +\n- Writes integration tests\n\n"
            f"## {named}\n\n### Testing\n- Intermediate +\n- Designs the test strategy of a service\n\n"
            f"## Expert\n\n### Testing\n- {named} +\n- Sets testing standards across teams\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["expert"]["testing"] == ["Sets testing standards across teams"]
    assert f"a reference to a lower level (levels are cumulative: each includes those below), adding nothing " \
           f"to it: {named} +" in run.stderr


# --- H4: a not-applicable sentence that goes on to a behaviour is a statement --------------

#: A condition ('in every sprint', 'on small teams') or a behaviour after the stop: what someone does.
_CONDITIONAL_EXPECTATIONS = [
    "Not expected in every sprint. Ships a feature most quarters",
    "Not needed on small teams; on large teams coordinates releases",
    "Not needed for small changes: writes a design doc for large ones",
    "Not relevant for backend engineers: owns the API contracts instead",
    "Not required for junior engineers - they focus on learning the codebase",
    "Not evaluated on hiring: focuses on delivery",
    "Not expected at this level: ships features instead",
    "Not expected in every sprint",
]

#: The near misses: nothing at this level, and a reason that points to a level or says why.
_NOT_APPLICABLE_WITH_A_REASON = [
    "Not expected at this level: first expected at L3",
    "Not required at this band - mentoring starts at L3",
    "Not expected at this level; covered by the tech lead",
    "Not expected at L1. See Senior Engineer 2",
    "Not expected at the junior level",
]


@pytest.mark.parametrize("statement", _CONDITIONAL_EXPECTATIONS)
def test_a_condition_or_a_behaviour_after_not_expected_is_a_statement(cli, write, statement):
    body = one_level(statement)
    assert findings(cli, write, body, "LL403") == []


@pytest.mark.parametrize("said", _NOT_APPLICABLE_WITH_A_REASON)
def test_nothing_at_this_level_with_a_reason_is_still_not_applicable(cli, write, said):
    body = one_level(said)
    assert len(findings(cli, write, body, "LL403")) == 1


def test_import_keeps_a_conditional_expectation_as_a_statement(cli, write):
    page = ("# Acme Ladder\n\n| Competency | L1 | L2 |\n| --- | --- | --- |\n"
            "| Delivery | Not expected in every sprint. Ships a feature most quarters | Ships features. |\n"
            "| Releases | Not expected at this level: first expected at L2 | Coordinates releases. |\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["L1"]["delivery"] == ["Not expected in every sprint. Ships a feature most quarters"]
    assert cells(data)["L1"]["releases"] == {"not_applicable": "First expected at L2"}


def test_ll205_compares_a_conditional_expectation_with_the_level_below(cli, write):
    """LL205 skips what says a competency does not apply, never a statement
    that opens with the same words."""
    repeated = "Not needed on small teams; on large teams coordinates releases"
    body = one_level(repeated) + (
        "  - id: L2\n    title: Level 2\n    competencies:\n      impact: [Ships features]\n"
        f"      mentoring: [\"{repeated}\"]\n")
    assert len(findings(cli, write, body, "LL205")) == 1


# --- M1: LL518 reads English only ----------------------------------------------------------

def _german(language: str) -> str:
    return (f"{language}"
            "dimensions:\n  - id: craft\n    name: Craft\n    competencies:\n      - {id: impact, name: Impact}\n"
            "levels:\n  - id: L1\n    title: Level 1\n    competencies:\n"
            "      impact: [Nimmt Feedback offen an, Spricht Risiken frühzeitig im Team an]\n")


@pytest.mark.parametrize("language", ["language: de\n", "language: de-AT\n"])
def test_a_framework_in_german_has_no_unfinished_sentence_for_a_verbs_particle(cli, write, language):
    """German ends a sentence in a separable verb's particle ('an')."""
    assert findings(cli, write, _german(language), "LL518") == []


@pytest.mark.parametrize("language", ["language: en-GB\n", ""])
def test_an_english_framework_still_has_its_unfinished_sentences_reported(cli, write, language):
    """The near miss: English declared, or nothing declared and too few
    words to tell the language: the text is read as English."""
    assert len(findings(cli, write, _german(language), "LL518")) == 2


# --- L5: LL205's copied level keeps the hint about `cumulative` ----------------------------

def _copied(cumulative: str) -> str:
    return ("dimensions:\n  - id: craft\n    name: Craft\n    competencies:\n      - {id: impact, name: Impact}\n"
            "levels:\n"
            "  - id: L1\n    title: Level 1\n    competencies:\n      impact: [Ships small features, Fixes bugs]\n"
            "  - id: L2\n    title: Level 2\n    competencies:\n      impact: [Ships small features, Fixes bugs]\n"
            f"{cumulative}")


def test_a_copied_level_says_where_cumulative_comes_from_when_it_is_left_unset(cli, write):
    assert findings(cli, write, _copied(""), "LL205") == [
        "17:9: level 'L2' says word for word what level 'L1' says (2 statements): the two levels read alike and "
        "level 'L2' asks nothing more (levels are cumulative by default; set `cumulative: false` if each level "
        "stands on its own); say what sets level 'L2' apart",
    ]


def test_a_copied_level_of_declared_cumulative_levels_needs_no_hint(cli, write):
    assert findings(cli, write, _copied("cumulative: true\n"), "LL205") == [
        "17:9: level 'L2' says word for word what level 'L1' says (2 statements): the two levels read alike and "
        "level 'L2' asks nothing more; say what sets level 'L2' apart",
    ]
