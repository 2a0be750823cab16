"""Fixes from trial chk13 of `ladderlint check` on real frameworks and seeded defects."""

from __future__ import annotations

import pytest

from ladderlint.vocabulary import guide_named
from model_rules_helpers import HEADER, ONE_DIMENSION, findings

_WORK = "Is capable of working on clearly defined and scoped individual features or problems"


def _two_levels(lower: str, higher: str) -> str:
    return ONE_DIMENSION + (
        "levels:\n"
        "  - id: L2\n"
        "    title: Programmer\n"
        "    competencies:\n"
        f"      impact: [\"{lower}\"]\n"
        "  - id: L3\n"
        "    title: Senior Programmer\n"
        "    competencies:\n"
        f"      impact: [\"{higher}\"]\n"                      # line 20
    )


# LL207: the one who guides, named by a job title, whatever the framework calls its people.
@pytest.mark.parametrize("guidance", [
    " with close guidance from a senior programmer.", ", with close guidance from a senior programmer.",
    " with close guidance from a senior engineer.", " with close guidance from their tech lead.",
    " with close guidance from a staff engineer.", " with close guidance from a more experienced colleague.",
    " with close guidance from more senior programmers.", " with guidance from a mentor.",
])
def test_the_same_work_with_guidance_from_a_guide_named_by_title_is_regressive(cli, write, guidance):
    found = findings(cli, write, _two_levels(_WORK + ".", _WORK + guidance), "LL207")
    assert len(found) == 1 and found[0].startswith("20:"), found
    assert "the work that level 'L2' asks for without guidance" in found[0]


@pytest.mark.parametrize("higher", [
    # Other work, from the same guide; work used by people, not guided by them; a wider scope.
    "Reviews code with close guidance from a senior programmer.",
    _WORK + " used by senior programmers.",
    _WORK + " for the product team, with guidance.",
])
def test_other_work_or_no_guidance_from_a_titled_person_is_not_regressive(cli, write, higher):
    assert findings(cli, write, _two_levels(_WORK + ".", higher), "LL207") == []



@pytest.mark.parametrize("after_from, named", [
    ("a more senior programmer.", "a more senior programmer"), ("more senior consultants", "more senior consultants"),
    ("a more experienced colleague", "a more experienced colleague"),
    # Work, not a person, after a word of rank: nothing names who guides.
    ("more complex projects", ""), ("the more complex tickets", ""), ("most difficult incidents", ""),
])
def test_a_word_of_rank_names_a_guide_only_before_a_person(after_from, named):
    tokens = ("learns from " + after_from.rstrip(".")).split()
    assert " ".join(tokens[2 : 2 + guide_named(tokens, 2)]) == named


def test_explain_ll207_says_guides_are_named_by_job_title(cli):
    said = " ".join(cli("explain", "LL207").output.split())
    assert '"from a senior programmer"' in said and '"from a more experienced colleague"' in said


# LL205: a statement that is a choice at one level and asked at the next grows.
def _skills(first: str, second: str, third: str = "Delivery") -> str:
    return (
        "dimensions:\n"
        "  - id: skills\n"
        "    name: Skills\n"
        "    competencies:\n"
        f"      - {{id: first, name: {first}}}\n"
        f"      - {{id: second, name: {second}}}\n"
        f"      - {{id: third, name: {third}}}\n"
        "levels:\n"
        "  - id: L1\n"
        "    title: Level 1\n"
        "    competencies:\n"
        "      first: [Reviewing other engineers' code]\n"          # line 18
        "  - id: L2\n"
        "    title: Level 2\n"
        "    competencies:\n"
        "      second: [Reviewing other engineers' code]\n"         # line 22
        "  - id: L3\n"
        "    title: Level 3\n"
        "    competencies:\n"
        "      third: [Reviewing other engineers' code]\n"          # line 26
    )


@pytest.mark.parametrize("optional, required", [
    ("Nice-to-have skills", "Essential skills"), ("Bonus", "Must have"), ("Optional", "Required"),
    ("Desirable skills", "Essential skills"), ("Nice to have", "Must-haves"),
])
def test_a_statement_moved_from_a_choice_to_what_is_asked_grows(cli, write, optional, required):
    # Asked from L2 on: said again at L3 under an ordinary competency, it repeats L2.
    found = findings(cli, write, _skills(optional, required), "LL205")
    assert len(found) == 1 and found[0].startswith("26:") and "word for word from level 'L2'" in found[0], found


@pytest.mark.parametrize("first, second", [
    ("Communication", "Craft"),  # two ordinary competencies
    ("Essential skills", "Nice-to-have skills"),  # asked, then a choice: no growth
    ("Bonus", "Optional"),  # a choice at both
])
def test_a_statement_repeated_under_other_competencies_is_still_reported(cli, write, first, second):
    found = findings(cli, write, _skills(first, second), "LL205")
    assert [line.split(":")[0] for line in found] == ["22", "26"], found
    assert "from level 'L1'" in found[0]


# LL110 / LL402: a competency line copied with its id left; the levels name the competency by its own id.
def _copied_id(tooling_id: str, reference: str = "tooling") -> str:
    return (
        "dimensions:\n"
        "  - id: skill\n"
        "    name: Skill\n"
        "    competencies:\n"
        "      - id: judgment\n"
        "        name: Judgment\n"
        f"      - id: {tooling_id}\n"                                      # line 13
        "        name: Tooling\n"
        "levels:\n"
        "  - id: L1\n"
        "    title: Junior Programmer\n"
        "    competencies:\n"
        "      judgment: [Weighs options before acting]\n"
        f"      {reference}: [Knows our tools]\n"                          # line 20
        "  - id: L1\n"
        "    title: Programmer\n"
        "    competencies:\n"
        "      judgment: [Weighs options and risks before acting]\n"
        f"      {reference}: [Knows our tools well]\n"
    )


def test_a_copied_competency_id_is_reported_once_with_the_id_the_levels_use(cli, write):
    body = _copied_id("judgment")
    assert findings(cli, write, body, "LL110") == [
        "13:13: competency id 'judgment' is used twice (first by competency 'Judgment'); the levels list the "
        "statements of competency 'Tooling' under the key 'tooling': give it the id 'tooling'",
        "21:9: level id 'L1' is used twice (first by the 1st level, 'Junior Programmer')",
    ]
    path = write("framework.yaml", HEADER + body)
    run = cli("check", "--format", "concise", "--fail-on", "never", str(path))
    assert " LL402 " not in run.output  # said once, by LL110, where both run


@pytest.mark.parametrize("options", [("--select", "LL402"), ("--ignore", "LL110")])
def test_without_ll110_the_levels_key_of_a_copied_id_is_reported_by_ll402(cli, write, options):
    """LL402 stands alone: where LL110 does not run, the levels' 'tooling'
    is still reported, with the competency that should have that id, never
    pointed to the id it shares."""
    path = write("framework.yaml", HEADER + _copied_id("judgment"))
    run = cli("check", "--format", "concise", "--fail-on", "never", *options, str(path))
    found = [line.split("] ", 1)[1] for line in run.lines if " LL402 " in line]
    assert found == ["level 'L1' names competency 'tooling', which is not declared: competency "
                     "'Tooling' has the id 'judgment', which another competency uses; give it the id 'tooling'"] * 2, \
        run.output


def test_a_duplicated_id_is_no_suggestion_for_an_undeclared_reference(cli, write):
    # Nothing in the levels names Tooling: the misspelt 'judgement' is still pointed to the first Judgment.
    body = _copied_id("judgment", reference="judgement")
    assert findings(cli, write, body, "LL402")[0].endswith(
        "names competency 'judgement', which is not declared; did you mean 'judgment' (Judgment)?")
    assert findings(cli, write, body, "LL110")[0].endswith("(first by competency 'Judgment')")


def test_an_undeclared_reference_beside_distinct_ids_is_still_reported(cli, write):
    found = findings(cli, write, _copied_id("tools"), "LL402")
    assert [line.split(": ", 1)[1] for line in found] == [
        "level 'L1' names competency 'tooling', which is not declared; did you mean 'tools' (Tooling)?"] * 2


# A binary file named as a framework is skipped, as the pre-commit contract has it, said to be no text.
_RANDOM = bytes((i * 37 + 11) % 256 for i in range(2000))  # zero bytes, not at the start


def test_a_binary_file_named_on_the_command_line_is_skipped_as_not_text(cli, write):
    path = write("binary.yaml", _RANDOM)
    other = write("ci.yaml", "on: push\n")
    run = cli("check", "--isolated", str(path), str(other))
    assert run.exit_code == 0
    assert run.lines[-1] == (f"No framework found; nothing checked ({other} skipped: does not declare "
                             f"`ladderlint: 1`; {path} skipped: not text (a binary file)).")
