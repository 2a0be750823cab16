"""A section beside the levels' that defines the competencies the levels
name, each by its bold name ('1. **Execution** *Central question: ...*',
'**Scope**: Size of the problems they own'), before the levels or after
them, gives their descriptions, as a criteria section before the levels
does; a line whose name is no competency stays reported, and a section
whose lines mostly name none describes nothing."""

from __future__ import annotations

import pytest

from import_helpers import imported

LEVELS = "".join(f"## {level}\n\n### Execution\n\n- Ships work at {level}.\n\n### Communication\n\n"
                 f"- Explains their work at {level}.\n\n### Scope\n\n- Owns problems at {level}.\n\n"
                 for level in ("Engineer I", "Engineer II", "Senior Engineer"))
HEAD = "# Acme Engineering Ladder\n\n"
#: An overview before the levels: each competency in bold, its central question in italics below it.
OVERVIEW = ("## Overview\n\nEach level is assessed across three dimensions:\n\n"
            "1. **Execution**\n   *Central question: Do I deliver high quality results?*\n\n"
            "2. **Communication**\n   *Central question: Do I communicate well at all levels?*\n\n"
            "3. **Scope**\n   *Central question: How big are the problems I own?*\n\n")
#: A list after the levels: 'name: what it is', one name among them no competency.
AFTER = ("## Assessment Dimensions\n\nWhen evaluating engineers, consider:\n\n"
         "1. **Execution**: Results they produce\n2. **Scope**: Size and complexity of problems they own\n"
         "3. **Leadership**: How they enable others' success\n4. **Communication**: How they work with others\n\n")


def _described(data: dict) -> dict[str, str | None]:
    return {c["name"]: c.get("description") for d in data["dimensions"] for c in d["competencies"]}


def test_an_overview_before_the_levels_defines_the_competencies(cli, write):
    data, run = imported(cli, write("ladder.md", HEAD + OVERVIEW + LEVELS), "--org", "Acme")
    assert _described(data) == {"Execution": "Central question: Do I deliver high quality results?",
                                "Communication": "Central question: Do I communicate well at all levels?",
                                "Scope": "Central question: How big are the problems I own?"}
    assert "a section before the levels names 3 competencies with words on each" in run.stderr


def test_a_list_after_the_levels_defines_the_competencies_it_names(cli, write, tmp_path):
    report = tmp_path / "ladder.report"
    data, _ = imported(cli, write("ladder.md", HEAD + LEVELS + AFTER), "--org", "Acme", "--report", str(report))
    assert _described(data) == {"Execution": "Results they produce",
                                "Communication": "How they work with others",
                                "Scope": "Size and complexity of problems they own"}
    said = report.read_text(encoding="utf-8")
    assert "a section apart from the levels names 3 competencies with words on each" in said
    assert "which is not a level: Leadership: How they enable others' success" in said
    assert "which is not a level: Scope: Size" not in said


@pytest.mark.parametrize("section", [
    # Most lines name no competency: a hiring guide's lines, not the competencies' definitions.
    "## Interviewing\n\n- **Execution**: ask about a project they shipped\n- **Coding**: a pairing exercise\n"
    "- **Design**: a whiteboard session\n- **Values**: a conversation with the team\n\n",
    # Bold names with nothing after them define nothing.
    "## Overview\n\n1. **Execution**\n2. **Communication**\n3. **Scope**\n\n",
], ids=["most-name-none", "names-alone"])
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_section_that_defines_none_describes_nothing(cli, write, section, where):
    page = HEAD + (section + LEVELS if where == "before" else LEVELS + section)
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert set(_described(data).values()) == {None}


#: Advice on each competency, its lines named by them all: not what each is.
TIPS = ("## {heading}\n\n- **Execution**: ask for examples of shipped work, not promises\n"
        "- **Communication**: talk to their peers before the review\n- **Scope**: look at the problems they chose\n\n")
#: What each competency is, under a heading that does not name them: their descriptions.
SAID = ("## {heading}\n\n- **Execution**: the results they produce\n"
        "- **Communication**: how they work with others\n- **Scope**: the size of the problems they own\n\n")


@pytest.mark.parametrize("heading", ["Tips for managers", "How to assess"])
@pytest.mark.parametrize("where", ["before", "after"])
def test_advice_on_each_competency_is_not_their_description(cli, write, heading, where):
    section = TIPS.format(heading=heading)
    page = HEAD + (section + LEVELS if where == "before" else LEVELS + section)
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme", "--report", "-")
    assert set(_described(data).values()) == {None}
    assert f"in section '{heading}', which is not a level: Execution: ask for examples" in run.output


@pytest.mark.parametrize("section, described", [
    # The heading names them: what follows is about them, whatever its words.
    (TIPS.format(heading="Competencies"), "ask for examples of shipped work, not promises"),
    # The heading does not, but the lines say what each is.
    (SAID.format(heading="Reading the ladder"), "the results they produce"),
])
def test_a_section_about_the_competencies_describes_them(cli, write, section, described):
    """Near misses: a section whose heading names the competencies, or whose lines say what each is."""
    data, _ = imported(cli, write("ladder.md", HEAD + LEVELS + section), "--org", "Acme")
    assert _described(data)["Execution"] == described


#: Advice whose verbs take an object with 'the', or a plural noun ('Coach teams'): instructions all the same.
TIPS_WITH_OBJECTS = ("## {heading}\n\n- **Execution**: read the changes they shipped last quarter\n"
                     "- **Communication**: coach teams through their first incident review\n"
                     "- **Scope**: compare the problems they chose with the ones they were given\n\n")
#: What each is, its lines opening with a noun that is also a verb, then the verb it is the subject of.
SAID_WITH_SUBJECTS = ("## {heading}\n\n- **Execution**: work is shipped when it was promised\n"
                      "- **Communication**: talk is clear, kind and early\n"
                      "- **Scope**: scope is the size of the problems they own\n\n")


def test_advice_whose_verbs_take_an_object_is_not_their_description(cli, write):
    """'read the changes', 'coach teams': the word after the verb is its object, not a verb it is the subject of."""
    section = TIPS_WITH_OBJECTS.format(heading="Tips for managers")
    data, run = imported(cli, write("ladder.md", HEAD + LEVELS + section), "--org", "Acme", "--report", "-")
    assert set(_described(data).values()) == {None}
    assert "in section 'Tips for managers', which is not a level" in run.output


def test_words_whose_first_noun_a_verb_follows_describe_them(cli, write):
    """Near miss: 'work is shipped', 'talk is clear' open with a noun that is also a verb, as its subject:
    no instruction, so the lines say what each competency is."""
    section = SAID_WITH_SUBJECTS.format(heading="Reading the ladder")
    data, _ = imported(cli, write("ladder.md", HEAD + LEVELS + section), "--org", "Acme")
    assert _described(data)["Execution"] == "work is shipped when it was promised"
