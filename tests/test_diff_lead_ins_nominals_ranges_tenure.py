"""Rewordings that keep the meaning and were read as a lower (or higher)
bar, each with the same words in an edit that does move the bar:

- a colon put after a statement's own opening words ("Makes others better
  through: code reviews", a quoted word before a colon, "Can answer
  questions like: ...?") is no topic label put in;
- "reaches out for help" is asking for help, as "asks for help" is;
- a light verb and its noun for the noun's verb ("shows respect for" /
  "respects", "makes a decision" / "decides"), and a clause of how
  something acts said as its verb's noun ("on how TDD influences design" /
  "about the influence of TDD on design");
- "with their manager" after a noun of a bond ("builds relationships with
  their manager"): the other party, no help had, so a list split into
  statements of its own is no help put in;
- a range said in words and in figures is one range ("a month or two" /
  "one to two months" / "1-2 months"; "within a day or two" / "within
  one to two days" / "within 1-2 days");
- a summary's sentence of the time the people spend on the level or the
  experience they have ("On average, engineers spend 2 years on this
  level", "a median of 10 years of experience") describes the level, and
  "is focused on" says what "focuses on" says.
"""
from __future__ import annotations

import pytest

from diffkit import edited, framework, level, summary_and_statement_ladder
from ladderlint.diff import compare
from ladderlint.diff.grade import asked_in_summary, demand, grade


def _impact(old: str, new: str) -> str:
    return grade(old, new).impact.value


def _lowers(old: str, new: str) -> bool:
    graded = grade(old, new)
    return "lowers-bar" in (graded.impact.value, graded.also.value if graded.also else None)


# --- a colon after the statement's own opening words ---------------------------

@pytest.mark.parametrize("old, new", [
    ("Makes others better through code reviews, documentation, technical guidance, and mentoring.",
     "Makes others better through: code reviews; documentation; technical guidance; mentoring."),
    ("Writes “good” test descriptions: uses nesting and clear contexts/assertions",
     "Writes good test descriptions: uses nesting and clear contexts/assertions"),
    ("Can answer philosophical/economic questions like: was that test worth it for the business? Should e2e "
     "tests be run in multiple browsers? Why or why not?",
     "Answers philosophical/economic questions like: was that test worth it for the business? Should e2e "
     "tests be run in multiple browsers? Why or why not?"),
])
def test_a_colon_after_the_opening_words_is_no_label(old, new):
    assert _impact(old, new) == "editorial", grade(old, new)
    assert _impact(new, old) == "editorial", grade(new, old)


@pytest.mark.parametrize("old, new", [
    # The same openings, and items of what they lead taken out.
    ("Makes others better through code reviews, documentation, technical guidance, and mentoring.",
     "Makes others better through: code reviews."),
    ("Can answer questions like: was that test worth it? Why or why not?",
     "Answers questions like: was that test worth it?"),
    ("Writes “good” test descriptions: uses nesting and clear assertions",
     "Writes good test descriptions: uses nesting"),
])
def test_items_taken_out_after_such_a_colon_still_lower_the_bar(old, new):
    assert _impact(old, new) == "lowers-bar", grade(old, new)


def test_a_topic_label_put_in_or_taken_out_is_still_read_as_one():
    assert grade("Code quality: Writes tests.", "Writes tests.").reasons == ("a label naming its topic",)
    assert _impact("Mentorship: mentors new joiners.", "Mentors new joiners.") == "editorial"


# --- "reaches out for help" ----------------------------------------------------

@pytest.mark.parametrize("old, new", [
    ("Proactively reaches out for help when struggling with a task.",
     "Proactively asks for help when struggling with a task."),
    ("Reaches out to others for help when stuck.", "Asks others for help when stuck."),
    ("Reaches out to other engineers for help when stuck.", "Seeks help from other engineers when stuck."),
])
def test_reaching_out_for_help_is_asking_for_it(old, new):
    assert _impact(old, new) == "editorial", grade(old, new)
    assert _impact(new, old) == "editorial", grade(new, old)


def test_reaching_out_for_help_put_in_or_taken_out_moves_autonomy():
    old = "Proactively unblocks themselves when struggling with a task."
    new = "Proactively reaches out for help when struggling with a task."
    assert _impact(old, new) == "lowers-bar" and "autonomy lowered" in grade(old, new).reasons
    assert _impact(new, old) == "raises-bar" and "autonomy raised" in grade(new, old).reasons


# --- a light verb and its noun, a clause said as a noun --------------------------

@pytest.mark.parametrize("old, new", [
    ("Shows respect for client goals", "Respects the client's goals"),
    ("Shows respect for client goals.", "Respects client goals."),
    ("Makes a decision about the architecture.", "Decides on the architecture."),
    ("Demonstrates ownership of the service.", "Owns the service."),
    ("Gives a presentation to the team.", "Presents to the team."),
    ("Makes a proposal for the roadmap.", "Proposes the roadmap."),
    ("Provides support to new joiners.", "Supports new joiners."),
    ("Can speak from experience on how TDD influences class design.",
     "Can speak from experience about the influence of TDD on class design."),
    ("Explains how the system scales.", "Explains the scaling of the system."),
])
def test_a_noun_of_the_verb_says_the_verb(old, new):
    assert _impact(old, new) == "editorial", grade(old, new)
    assert _impact(new, old) == "editorial", grade(new, old)


@pytest.mark.parametrize("old, new", [
    ("Shows respect for client goals.", "Shows client goals."),
    ("Makes a decision about the architecture.", "Makes the architecture."),
    ("Can speak from experience on how TDD influences class design.", "Can speak from experience about TDD."),
    ("Explains how the system scales.", "Explains the system."),
])
def test_the_noun_or_the_clause_taken_out_still_lowers_the_bar(old, new):
    assert _impact(old, new) == "lowers-bar", grade(old, new)


def test_a_light_verb_for_another_verb_still_asks_another_thing():
    assert _lowers("Makes a decision about the architecture.", "Documents the architecture.")
    assert _impact("Respects client goals.", "Shows respect for client goals and pushes back.") == "raises-bar"


# --- "with their manager" after a bond, and a list split ------------------------

@pytest.mark.parametrize("old, new", [
    ("Builds strong relationships with their client, team, manager, and department.",
     "Builds strong relationships with their client. Builds strong relationships with their team. "
     "Builds strong relationships with their manager. Builds strong relationships with their department."),
    ("You build strong relationships with your client, team, manager, and department.",
     "You build strong relationships with your client. You build strong relationships with your manager. "
     "You build strong relationships with your team and department."),
    ("Builds a good rapport with the team.", "Builds a good rapport with their manager and the team."),
])
def test_a_bond_with_the_manager_is_no_help_had(old, new):
    assert not _lowers(old, new), grade(old, new)


def _ownership(statements: list[str]):
    def edit(document):
        level(document, "IC1")["competencies"]["ownership"] = statements
    return edit


def test_a_list_split_into_statements_is_wording():
    [change] = [c for c in compare(edited(_ownership(["Builds strong relationships with their client and manager."])),
                                   edited(_ownership(["Builds strong relationships with their client.",
                                                      "Builds strong relationships with their manager."])))
                if c.level == "IC1"]
    assert (change.kind.value, change.impact.value) == ("statement-split", "editorial"), change


def test_statements_parted_with_help_put_in_still_lower_the_bar():
    changes = [c for c in compare(edited(_ownership(["Plans their work and reviews code."])),
                                  edited(_ownership(["Plans their work with their manager.", "Reviews code."])))
               if c.level == "IC1"]
    assert any("lowers-bar" in (c.impact.value, c.also_impact and c.also_impact.value) for c in changes), changes


@pytest.mark.parametrize("old, new", [
    ("Plans their work.", "Plans their work with their manager."),
    ("Builds strong relationships with the team on their own.",
     "Builds strong relationships with the team with help from their manager."),
])
def test_work_done_with_the_manager_is_still_help_had(old, new):
    assert _impact(old, new) == "lowers-bar" and "autonomy lowered" in grade(old, new).reasons


# --- a range in words and in figures ----------------------------------------------

@pytest.mark.parametrize("old, new", [
    ("Leads larger initiatives (spanning a month or two).", "Leads larger initiatives (spanning one to two months)."),
    ("Regularly leads larger initiatives (spanning a month or two) that require coordination with 2-3 engineers.",
     "Regularly leads larger initiatives (spanning one to two months) that require coordination with two to "
     "three engineers."),
    ("Leads larger initiatives spanning a month or two.", "Leads larger initiatives spanning 1-2 months."),
    ("Mentors an engineer or two.", "Mentors one to two engineers."),
    ("Responds to reviews within 1-2 days.", "Responds to reviews within one to two days."),
    ("Responds to reviews within a day or two.", "Responds to reviews within 1-2 days."),
    ("Responds to reviews within two or three days.", "Responds to reviews within 2-3 days."),
])
def test_a_range_in_words_is_the_range_in_figures(old, new):
    assert _impact(old, new) == "editorial", grade(old, new)
    assert _impact(new, old) == "editorial", grade(new, old)


@pytest.mark.parametrize("old, new, impact", [
    ("Leads larger initiatives spanning a month or two.", "Leads larger initiatives spanning two to three months.",
     "raises-bar"),
    ("Mentors an engineer or two.", "Mentors an engineer.", "lowers-bar"),
    ("Mentors two or three engineers.", "Mentors an engineer or two.", "lowers-bar"),
    ("Responds to reviews within a day or two.", "Responds to reviews within a week.", "lowers-bar"),
    ("Responds to reviews within a week.", "Responds to reviews within a day or two.", "raises-bar"),
    ("Responds to reviews within one to two days.", "Responds to reviews within two to three days.", "lowers-bar"),
])
def test_a_range_in_words_moved_still_moves_the_bar(old, new, impact):
    assert _impact(old, new) == impact, grade(old, new)


# --- a summary's time on the level, and "is focused on" --------------------------

@pytest.mark.parametrize("text", [
    "On average, engineers spend 2 years on this level.",
    "Engineers spend around 3 years on this level.",
    "On average, engineers have around 6 years of experience when reaching this level.",
    "Highly experienced engineers form this level with a median of 10 years of experience.",
    "Engineers at this level have 6 years of experience.",
    "An apprentice engineer is focused on learning the basic skills of software engineering.",
    "An apprentice engineer focuses on learning the basic skills of software engineering.",
])
def test_a_summary_sentence_of_tenure_or_learning_asks_nothing(text):
    assert not asked_in_summary(text)


@pytest.mark.parametrize("text", [
    "Engineers spend at least 2 years on this level.",
    "Engineers spend a minimum of 2 years on this level.",
    "Engineers must spend 2 years on this level.",
    "On average, engineers spend 2 years on this level and lead two projects.",
    "Engineers spend two years mentoring juniors.",
    "An engineer focuses on delivering features.",
    "An engineer is focused on delivering features.",
])
def test_a_summary_sentence_that_sets_a_bar_on_tenure_or_names_work_asks(text):
    assert asked_in_summary(text)


def test_a_note_of_tenure_asks_nothing_unless_a_duty_is_joined_to_it():
    assert demand("Engineers at this level spend 2 years here.") is None
    assert demand("Engineers at this level spend 2 years here and lead two projects.") is not None
    assert demand("Engineers at this level have 6 years of experience and mentor two engineers.") is not None


def _summary_changed(old: str, new: str) -> tuple[str, list[str]]:
    [change] = compare(framework(summary_and_statement_ladder(old, "Writes tests")),
                       framework(summary_and_statement_ladder(new, "Writes tests")))
    return change.impact.value, list(change.reasons)


def test_a_sentence_of_tenure_put_in_a_summary_is_no_new_expectation():
    impact, reasons = _summary_changed("An engineer delivers features of the team's projects.",
                                       "An engineer delivers features of the team's projects. On average, engineers "
                                       "spend 2 years on this level.")
    assert impact == "structural", reasons
    impact, reasons = _summary_changed("An engineer delivers features of the team's projects.",
                                       "An engineer delivers features of the team's projects. Engineers spend at "
                                       "least 2 years on this level.")
    assert impact == "raises-bar", reasons


def test_is_focused_on_reworded_as_focuses_on_is_editorial():
    old = "An apprentice engineer is focused on learning the basic skills of software engineering."
    assert _summary_changed(old, old.replace("is focused", "focuses")) == ("editorial", [])
    assert _impact("An engineer is focused on delivering features.", "An engineer focuses on delivering features.") \
        == "editorial"
    impact, _reasons = _summary_changed(old, "An apprentice engineer focuses on leading the projects of the team.")
    assert impact == "raises-bar"
    # The verb after the people is no plural noun: a thing named one, then many, still asks for more.
    assert _impact("An engineer fixes a bug.", "An engineer fixes bugs.") == "raises-bar"
