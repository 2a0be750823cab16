"""Rewordings that lower the bar in words the grader used to read as
asking more, each a class of phrasing read where its words are: a hedge
said as a phrase ("for the most part", "as a rule", "by and large") and a
word that brings "always" or "all" short of itself ("nearly", "almost"); a
condition of how far ("as far as possible", "wherever practical"); an
attempt ("endeavours to", "tries their best to"), work still worked up to
("is working towards"); a part of the work, help beside the subject
("alongside a more experienced engineer"), a deed shared ("co-hosts") or
helped in ("supports their lead in"), knowing had ("has exposure to"); a
limit of time loosened ("under a second" -> "under ten seconds"), a
deadline past what "promptly" allows, "different levels" counted; work
narrowed to a kind ("for SEV1 incidents") or to its clearest ("with
little ambiguity"). Each also read the other way, and beside the same
words in an edit that keeps or raises the bar."""

from __future__ import annotations

import pytest
from diffkit import reworded, statement_revisions

from ladderlint.diff.wording import stem

LOWERED, RAISED = "lowers-bar", "raises-bar"


def _impacts(old: str, new: str) -> tuple[str, str | None]:
    impact, also, _reasons = reworded(old, new)
    return impact, also


# --- hedges said as phrases, and words that stop short of "always" -------------------------------------------

@pytest.mark.parametrize("hedge", ["For the most part,", "More often than not,", "By and large,", "As a rule,",
                                   "As a general rule,"])
def test_a_hedge_said_as_a_phrase_asks_less_and_taken_out_more(hedge: str) -> None:
    plain, hedged = "Writes code that is easy to read.", f"{hedge} writes code that is easy to read."
    assert reworded(plain, hedged) == (LOWERED, None, ["frequency lowered"])
    assert reworded(hedged, plain) == (RAISED, None, ["frequency raised"])
    # Said as the one word it stands for, it is the same hedge.
    assert reworded(hedged, "Usually writes code that is easy to read.")[0] == "editorial"


def test_a_hedge_taken_out_asks_more_beside_what_is_to_be_avoided() -> None:
    # "rarely needs a refactor" makes more often ask less; the hedge says how surely the rest is asked.
    for hedged in ("Their code is well-abstracted as a rule and rarely needs a refactor at the PR stage.",
                   "Their code is usually well-abstracted and rarely needs a refactor at the PR stage."):
        assert _impacts(hedged, "Their code is well-abstracted and rarely needs a refactor at the PR stage.") \
            == (RAISED, None)


def test_the_not_of_more_often_than_not_is_no_negation() -> None:
    assert reworded("More often than not, debugs issues.", "Sometimes debugs issues.") \
        == (LOWERED, None, ["frequency lowered"])
    assert reworded("More often than not, debugs issues.", "Always debugs issues.") \
        == (RAISED, None, ["frequency raised"])


@pytest.mark.parametrize(("old", "new"), [
    ("Performs TDD nearly all the time.", "Performs TDD all the time."),
    ("Writes tests for their code almost always.", "Writes tests for their code always."),
    ("Reviews nearly every pull request.", "Reviews every pull request."),
    ("Usually writes tests.", "Almost always writes tests."),
])
def test_a_word_short_of_always_taken_out_raises_the_bar(old: str, new: str) -> None:
    assert _impacts(old, new) == (RAISED, None)
    assert _impacts(new, old) == (LOWERED, None)


def test_almost_never_is_more_often_than_never() -> None:
    # Of a failure, more often asks less: "almost" taken out asks more.
    assert _impacts("Almost never misses a deadline.", "Never misses a deadline.") == (RAISED, None)
    assert _impacts("Never misses a deadline.", "Almost never misses a deadline.") == (LOWERED, None)


def test_nearly_for_almost_is_wording() -> None:
    assert reworded("Performs TDD nearly all the time.", "Performs TDD almost all the time.")[0] == "editorial"


# --- conditions of how far, attempts, and work still worked up to --------------------------------------------

@pytest.mark.parametrize(("plain", "softened"), [
    ("Writes small, single-purpose commits.", "Writes small, single-purpose commits wherever practical."),
    ("Writes small, single-purpose commits.", "Writes small, single-purpose commits where practicable."),
    ("Delivers working code with each commit.", "As far as possible, delivers working code with each commit."),
    ("Delivers working code with each commit.", "Delivers working code with each commit, to the extent possible."),
    ("Automates tests.", "Automates tests as much as possible."),
])
def test_a_condition_of_how_far_asks_less(plain: str, softened: str) -> None:
    assert reworded(plain, softened) == (LOWERED, None, ["unconditional ask lowered"])
    assert reworded(softened, plain) == (RAISED, None, ["unconditional ask raised"])


def test_conditions_of_how_far_said_another_way_are_wording() -> None:
    assert reworded("Writes small commits where possible.", "Writes small commits wherever practical.")[0] \
        == "editorial"
    assert reworded("As far as possible, delivers working code.", "Where possible, delivers working code.")[0] \
        == "editorial"


def test_as_far_as_something_else_is_no_condition() -> None:
    _impact, _also, reasons = reworded("Shares knowledge as far as the wider organisation.", "Shares knowledge.")
    assert "unconditional ask raised" not in reasons


@pytest.mark.parametrize(("plain", "attempted"), [
    ("Reinforces a culture of testing.", "Endeavours to reinforce a culture of testing."),
    ("You reinforce a culture of testing.", "You endeavour to reinforce a culture of testing."),
    ("Delivers the work assigned to them in a sprint.", "Tries their best to deliver the work assigned to them in a sprint."),
    ("They deliver the work assigned to them.", "They try their best to deliver the work assigned to them."),
    ("Delivers the work assigned to them.", "Does their best to deliver the work assigned to them."),
    ("Delivers the work assigned to them.", "Makes every effort to deliver the work assigned to them."),
])
def test_an_attempt_asks_less_than_the_deed(plain: str, attempted: str) -> None:
    assert reworded(plain, attempted) == (LOWERED, None, ["certainty lowered"])
    assert reworded(attempted, plain) == (RAISED, None, ["certainty raised"])


def test_one_attempt_for_another_is_wording() -> None:
    assert reworded("Strives to reinforce a culture of testing.", "Endeavours to reinforce a culture of testing.")[0] \
        == "editorial"
    assert reworded("Tries to deliver the work in a sprint.", "Does their best to deliver the work in a sprint.")[0] \
        == "editorial"


def test_their_best_work_is_no_attempt() -> None:
    _impact, _also, reasons = reworded("Does their best work on the team.", "Does great work on the team.")
    assert "certainty raised" not in reasons and "certainty lowered" not in reasons


@pytest.mark.parametrize(("done", "worked_towards"), [
    ("Has integrated projects with CI.", "Is working towards integrating projects with CI."),
    ("Performs TDD over Test Last nearly all the time.", "Works towards performing TDD over Test Last nearly all the time."),
    ("Is an expert in Go.", "Is working towards becoming an expert in Go."),
])
def test_work_worked_up_to_is_still_being_learnt(done: str, worked_towards: str) -> None:
    assert reworded(done, worked_towards) == (LOWERED, None, ["mastery lowered"])
    assert reworded(worked_towards, done)[:2] == (RAISED, None)


def test_working_towards_and_learning_to_are_one() -> None:
    assert reworded("Is working towards integrating projects with CI.",
                    "Is learning to integrate projects with CI.")[0] == "editorial"


def test_working_towards_a_goal_is_no_learning() -> None:
    _impact, _also, reasons = reworded("Works towards the team's goals.", "Works towards the team's quarterly goals.")
    assert "mastery lowered" not in reasons and "mastery raised" not in reasons


# --- a part of the work, help beside, a deed shared or helped in, knowing had --------------------------------

def test_parts_of_the_work_allow_less_than_the_whole() -> None:
    whole = "You share ownership of the entire project, including areas outside of the codebase."
    parts = "You share ownership of parts of the project, including areas outside of the codebase."
    assert reworded(whole, parts) == (LOWERED, None, ["allowance added"])
    assert reworded(parts, whole) == (RAISED, None, ["allowance taken out"])
    assert _impacts("Is responsible for the system.", "Is responsible for parts of the system.") == (LOWERED, None)


@pytest.mark.parametrize(("old", "new"), [
    ("Is part of the on-call rotation.", "Is on the on-call rotation."),
    ("Contributes as part of the team.", "Contributes to the team."),
])
def test_part_of_what_one_belongs_to_is_no_allowance(old: str, new: str) -> None:
    assert reworded(old, new)[0] == "editorial"


def test_the_parts_of_a_whole_named_are_no_allowance() -> None:
    _impact, _also, reasons = reworded("Understands the different parts of the system.", "Understands the system.")
    assert "allowance taken out" not in reasons


def test_work_done_alongside_someone_more_senior_is_help() -> None:
    alone = "Debugs complex production issues at speed."
    beside = "Debugs complex production issues at speed, alongside a more experienced engineer."
    assert reworded(alone, beside) == (LOWERED, None, ["autonomy lowered"])
    assert reworded(beside, alone) == (RAISED, None, ["autonomy raised"])
    assert reworded(beside, "Debugs complex production issues at speed, with a more experienced engineer.")[0] \
        == "editorial"
    assert _impacts(alone, "Debugs complex production issues at speed together with a senior engineer.") \
        == (LOWERED, None)


def test_working_alongside_peers_in_another_role_is_the_work() -> None:
    assert reworded("Works alongside product managers to define the roadmap.",
                    "Works with product managers to define the roadmap.")[0] == "editorial"


def test_a_deed_shared_asks_less_than_the_deed() -> None:
    assert reworded("Hosts retros.", "Co-hosts retros with the Scrum master.") \
        == (LOWERED, None, ["involvement lowered"])
    assert reworded("Co-hosts retros.", "Hosts retros.") == (RAISED, None, ["involvement raised"])
    assert reworded("Owns the roadmap.", "Co-owns the roadmap.") == (LOWERED, None, ["involvement lowered"])


def test_a_verb_of_its_own_with_the_prefix_is_no_deed_shared() -> None:
    _impact, _also, reasons = reworded("Operates the platform.", "Co-operates with the platform team.")
    assert "involvement lowered" not in reasons


@pytest.mark.parametrize(("done", "helped"), [
    ("Proposes strategies around technical problems on their team.",
     "Supports their lead in proposing strategies around technical problems on their team."),
    ("You propose strategies around technical problems on your team.",
     "You support your lead in proposing strategies around technical problems on your team."),
    ("Plans the roadmap.", "Helps their manager plan the roadmap."),
    ("Plans the roadmap.", "Assists the tech lead with planning the roadmap."),
])
def test_helping_someone_senior_do_it_asks_less_than_doing_it(done: str, helped: str) -> None:
    assert reworded(done, helped) == (LOWERED, None, ["involvement lowered"])
    assert reworded(helped, done) == (RAISED, None, ["involvement raised"])


def test_helping_people_below_keeps_them_an_audience() -> None:
    assert reworded("Helps junior engineers grow.", "Helps senior engineers grow.") \
        == (RAISED, None, ["audience raised"])


def test_knowing_had_asks_less_than_the_deed() -> None:
    done, known = "Implements complex asynchronous messaging flows.", "Has exposure to complex asynchronous messaging flows."
    assert reworded(done, known) == (LOWERED, None, ["involvement lowered"])
    assert reworded(known, done) == (RAISED, None, ["involvement raised"])
    assert reworded("Has knowledge of the codebase.", "Knows the codebase.")[0] == "editorial"


def test_exposure_to_a_risk_is_no_knowing() -> None:
    _impact, _also, reasons = reworded("Reduces the team's exposure to security risks.",
                                       "Reduces the team's security risks.")
    assert "involvement raised" not in reasons


# --- limits and deadlines, and counts ------------------------------------------------------------------------

def test_a_limit_of_a_second_loosened() -> None:
    second = 'Can run the test for the code they are working on "right now" in under a second.'
    ten = 'Can run the test for the code they are working on "right now" in under ten seconds.'
    assert reworded(second, ten) == (LOWERED, None, ["limit loosened"])
    assert reworded(ten, second) == (RAISED, None, ["limit tightened"])


@pytest.mark.parametrize(("old", "new", "impact"), [
    ("Can run the tests in under a second.", "Can run the tests in under a minute.", LOWERED),
    ("Keeps the suite under 30 seconds.", "Keeps the suite under a minute.", LOWERED),
    ("Keeps the suite under a minute.", "Keeps the suite under 30 seconds.", RAISED),
    ("Keeps the suite under 60 seconds.", "Keeps the suite under a minute.", "editorial"),
])
def test_a_limit_in_seconds_against_one_in_minutes_is_read_by_its_length(old: str, new: str, impact: str) -> None:
    assert reworded(old, new)[:2] == (impact, None)


def test_a_second_opinion_is_no_limit() -> None:
    _impact, _also, reasons = reworded("Asks for a second opinion.", "Asks for an opinion.")
    assert not any(reason.startswith("limit") for reason in reasons)


@pytest.mark.parametrize(("soon", "later"), [
    ("They point out concerns with current sprint work as soon as they see them.",
     "They point out concerns with current sprint work by the end of the sprint."),
    ("You communicate promptly when issues arise.", "You communicate issues when they arise, at the next weekly sync."),
    ("Responds to incidents promptly.", "Responds to incidents within 2 days."),
    ("Escalates issues as soon as they arise.", "Escalates issues within a week."),
])
def test_a_deadline_past_what_soon_allows_relaxes_it(soon: str, later: str) -> None:
    assert reworded(soon, later) == (LOWERED, None, ["deadline relaxed"])


@pytest.mark.parametrize(("soon", "set_"), [
    ("They point out concerns with current sprint work as soon as they see them.",
     "They point out concerns with current sprint work within a day."),
    ("Escalates issues as soon as they arise.", "Escalates issues within 4 hours."),
])
def test_a_deadline_within_what_soon_allows_is_put_in(soon: str, set_: str) -> None:
    assert reworded(soon, set_) == (RAISED, None, ["deadline put in"])


def test_as_soon_as_noticed_is_said_soon_as_promptly_is() -> None:
    assert reworded("Escalates issues as soon as they arise.", "Escalates issues promptly.")[0] == "editorial"


def test_the_next_meeting_of_a_period_is_a_deadline_of_it() -> None:
    assert _impacts("Communicates issues at the next weekly sync.", "Communicates issues at the next daily standup.") \
        == (RAISED, None)
    assert _impacts("Communicates issues at the next daily standup.", "Communicates issues at the next weekly sync.") \
        == (LOWERED, None)


@pytest.mark.parametrize("kinds", ["different", "various"])
def test_several_kinds_against_a_number_are_counted(kinds: str) -> None:
    several = f"Can write tests at {kinds} levels (end to end, integration, unit)."
    few = "Can write tests at one or two levels (end to end, integration, unit)."
    assert reworded(several, few) == (LOWERED, None, ["number lowered"])
    assert reworded(few, several) == (RAISED, None, ["number raised"])


def test_various_alone_names_no_number() -> None:
    assert reworded("Works with various teams.", "Works with teams.")[0] == "editorial"


# --- work narrowed to a kind, or to its clearest -------------------------------------------------------------

def test_work_narrowed_to_a_kind_of_it_asks_less() -> None:
    assert reworded("Leads incident reviews.", "Leads incident reviews for SEV1 incidents.") \
        == (LOWERED, None, ["kind narrowed"])
    assert reworded("Leads incident reviews for SEV1 incidents.", "Leads incident reviews.") \
        == (RAISED, None, ["kind widened"])
    # Narrower and harder: both, for a reviewer.
    assert _impacts("Leads incident reviews.", "Leads incident reviews for major incidents.") == (RAISED, LOWERED)


def test_all_of_a_thing_named_again_is_no_narrowing() -> None:
    assert reworded("Leads incident reviews.", "Leads incident reviews for all incidents.") \
        == (RAISED, None, ["quantity raised"])


@pytest.mark.parametrize("statement", [
    "They are capable of completing small, well-defined tasks{} with help from other engineers.",
    "Completes well-defined tasks{}.",
])
@pytest.mark.parametrize("clearest", [" with limited uncertainty", " with little ambiguity"])
def test_work_said_to_be_clear_is_smaller_work(statement: str, clearest: str) -> None:
    assert reworded(statement.format(""), statement.format(clearest))[0] == LOWERED
    assert reworded(statement.format(clearest), statement.format(""))[:2] == (RAISED, None)


def test_work_said_to_be_unclear_is_larger_work() -> None:
    assert reworded("Handles tasks.", "Handles tasks with high ambiguity.") == (RAISED, None, ["size of work raised"])


# --- the gate, and the stems that made two forms of a verb two words -----------------------------------------

@pytest.mark.parametrize(("old", "new"), [
    ("Writes code that is easy to read.", "For the most part, writes code that is easy to read."),
    ("Hosts retros.", "Co-hosts retros with the Scrum master."),
    ("Leads incident reviews.", "Leads incident reviews for SEV1 incidents."),
])
def test_the_lowers_gate_stops_them(cli, tmp_path, old: str, new: str) -> None:
    before, after = statement_revisions(tmp_path, old, new)
    assert cli("diff", before, after, "--fail-on", "lowers-bar").exit_code == 1
    assert cli("diff", before, after, "--fail-on", "raises-bar").exit_code == 0


def test_the_raises_gate_stops_a_word_short_of_always_taken_out(cli, tmp_path) -> None:
    before, after = statement_revisions(tmp_path, "Performs TDD nearly all the time.", "Performs TDD all the time.")
    assert cli("diff", before, after, "--fail-on", "raises-bar").exit_code == 1
    assert cli("diff", before, after, "--fail-on", "lowers-bar").exit_code == 0


@pytest.mark.parametrize("forms", [("propose", "proposes", "proposing", "proposed"), ("close", "closes", "closing")])
def test_the_forms_of_a_verb_ending_in_se_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(form) for form in forms}) == 1
