"""Grades of edits owners make to how they say manner, a choice, a sprint, a reach and a version."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


def _graded(old: str, new: str) -> tuple[str, tuple[str, ...]]:
    found = grade(old, new)
    return found.impact.value, found.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # "well" inside "works ... with" says how, as "effectively" does: the phrase is still "works with".
        ("Works well with other engineers", "Collaborates with other engineers", "editorial"),
        ("Collaborates with other engineers", "Works well with other engineers", "editorial"),
        ("Works well with other engineers", "Collaborates well with other engineers", "editorial"),
        ("Works well together with product", "Collaborates with product", "editorial"),
        ("Works effectively with other engineers", "Collaborates with other engineers", "editorial"),
        # "closely" is read by itself too: taken out beside the phrase, as where the phrase is kept.
        ("Works closely with other engineers", "Collaborates closely with other engineers", "editorial"),
        ("Works closely with product", "Collaborates with product", "lowers-bar"),
        ("Works closely with product", "Works with product", "lowers-bar"),
        # Not "as well as", nor "well-defined", nor "works well" alone, a quality.
        ("Writes code as well as tests", "Writes code and tests", "editorial"),
        ("Works with engineers as well as product", "Collaborates with engineers and product", "editorial"),
        ("Writes well-defined tests", "Writes tests", "raises-bar"),
        ("Works well", "Collaborates", "raises-bar"),
    ],
)
def test_an_adverb_of_manner_inside_a_phrase_is_read_by_itself(old, new, impact):
    assert _graded(old, new)[0] == impact, _graded(old, new)


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Bonus points for writing blog posts", "Writes blog posts", "raises-bar"),
        ("Writes blog posts", "Bonus points for writing blog posts", "lowers-bar"),
        ("You get extra credit if you write blog posts", "You write blog posts", "raises-bar"),
        ("Writing blog posts is a plus", "Writes blog posts", "raises-bar"),
        ("Writes blog posts", "Writing blog posts is a plus", "lowers-bar"),
        ("Writing blog posts is a bonus", "Writes blog posts", "raises-bar"),
        ("Experience with Go is a big plus.", "Experience with Go", "raises-bar"),
        ("Writes blog posts, which is a plus", "Writes blog posts", "raises-bar"),
        ("Writing blog posts is nice to have", "Writes blog posts", "raises-bar"),
        ("Writes blog posts", "Writing blog posts is nice to have", "lowers-bar"),
        # One way of saying it is a choice for another: still a choice.
        ("Writing blog posts would be a plus", "Writing blog posts is a bonus", "editorial"),
        ("Bonus points for speaking at conferences", "Speaking at conferences is a plus", "editorial"),
        ("Bonus: speaks at conferences", "Speaking at conferences is nice to have", "editorial"),
        # Elsewhere the words are words like any other.
        ("Knows the bonus scheme", "Knows the pay scheme", "raises-bar"),
    ],
)
def test_a_statement_said_to_be_a_plus_or_worth_bonus_points_is_optional(old, new, impact):
    assert _graded(old, new)[0] == impact, _graded(old, new)


@pytest.mark.parametrize(
    ("old", "new", "impact", "reason"),
    [
        # A sprint is a week to four: no sprint comes more often than every week.
        ("I demo my work every week", "I demo my work every sprint", "lowers-bar", "frequency lowered"),
        ("I demo my work every sprint", "I demo my work every week", "raises-bar", "frequency raised"),
        ("I demo my work weekly", "I demo my work each sprint", "lowers-bar", "frequency lowered"),
        ("I fix bugs within a sprint", "I fix bugs within two weeks", "raises-bar", "deadline unclear"),
        ("I fix bugs within two weeks", "I fix bugs within a sprint", "raises-bar", "deadline unclear"),
    ],
)
def test_a_week_and_a_sprint_read_as_the_grader_says(old, new, impact, reason):
    graded = _graded(old, new)
    assert (graded[0], reason in graded[1]) == (impact, True), graded


@pytest.mark.parametrize(
    ("old", "new", "impact", "reason"),
    [
        # "up to" before a count of work done is how far it reaches: more asks more.
        ("Reviews up to 3 designs a quarter", "Reviews up to 5 designs a quarter", "raises-bar", "number raised"),
        ("Reviews up to 5 designs a quarter", "Reviews up to 3 designs a quarter", "lowers-bar", "number lowered"),
        ("Leads teams of up to 5 engineers", "Leads teams of up to 10 engineers", "raises-bar", "number raised"),
        ("Mentors up to two engineers", "Mentors up to four engineers", "raises-bar", "number raised"),
        # "at most" is a limit to stay within: fewer asks more.
        ("Reviews at most 3 designs a quarter", "Reviews at most 5 designs a quarter", "lowers-bar", "limit lowered"),
        # "up to" put in or taken out, or for another bound, or before a measure: a reader must say.
        ("Reviews 3 designs a quarter", "Reviews up to 3 designs a quarter", "raises-bar", "number unclear"),
        ("Reviews up to 3 designs a quarter", "Reviews at most 3 designs a quarter", "raises-bar", "number unclear"),
        ("Handles up to 10k rps", "Handles up to 20k rps", "raises-bar", "number unclear"),
        ("Keeps latency up to 200ms", "Keeps latency up to 100ms", "raises-bar", "number unclear"),
    ],
)
def test_up_to_before_a_count_is_a_reach(old, new, impact, reason):
    graded = _graded(old, new)
    assert (graded[0], reason in graded[1]) == (impact, True), graded


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Python 3 experience", "Python 3.11 experience"),
        ("Python 3.11 experience", "Python 3 experience"),
        ("Python 3.11 is used", "Python 3.12 is used"),
        ("3.11 is used", "3.12 is used"),
        ("3 is used", "3.11 is used"),
        ("Uses Python 3", "Uses Python 3.11"),
        ("Uses 3.11 or later", "Uses 3.12 or later"),
    ],
)
def test_a_version_at_a_sentence_start_is_no_count(old, new):
    assert _graded(old, new) == ("raises-bar", ("version unclear",))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Numbers with a point that count or measure are still read so: a unit or a thing counted after them.
        ("Plans 1.5 days of buffer for a release", "Plans 2.5 days of buffer for a release"),
        ("Keeps the error rate below 0.1", "Keeps the error rate below 0.01"),
        ("3 engineers review it", "5 engineers review it"),
    ],
)
def test_other_numbers_are_no_versions(old, new):
    # Under a most ("below 0.1"), a smaller number is a limit tightened: the grader's "limit raised".
    assert _graded(old, new)[1] == ("limit raised",) if "below" in old else ("number raised",)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A whole number after a name inside a sentence is the name's version, newer no more than older.
        ("Builds services in Java 8", "Builds services in Java 17"),
        ("Builds services in Java 17", "Builds services in Java 8"),
        ("Ships apps for iOS 15 and above", "Ships apps for iOS 17 and above"),
        ("Upgrades our apps to Node 18, then Node 20", "Upgrades our apps to Node 20, then Node 22"),
    ],
)
def test_a_whole_number_after_a_name_is_a_version(old, new):
    assert _graded(old, new) == ("raises-bar", ("version unclear",))


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        # Counted things keep their count, at a sentence's start too; a level named stays a level.
        ("Mentors 2 engineers", "Mentors 3 engineers", "number raised"),
        ("I mentor 2 engineers in my team", "I mentor 4 engineers in my team", "number raised"),
        ("Operates at Level 3 in their area", "Operates at Level 4 in their area", "level named raised"),
        ("Reviews the plan with Product 2 weeks ahead", "Reviews the plan with Product 3 weeks ahead",
         "number raised"),
    ],
)
def test_counts_and_levels_after_a_name_are_no_versions(old, new, reason):
    assert _graded(old, new)[1] == (reason,)


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The time the person takes to do something is a deadline: less time asks more.
        ("Takes 2 days to review a design", "Takes 1.5 days to review a design", "raises-bar"),
        ("Takes 1.5 days to review a design", "Takes 2.5 days to review a design", "lowers-bar"),
        ("I take two days to answer a question", "I take a day to answer a question", "raises-bar"),
        ("Reviews designs, takes 2 days at most", "Reviews designs, takes a day at most", "raises-bar"),
        ("Takes 1.5 days to review a design", "Takes 36 hours to review a design", "editorial"),
    ],
)
def test_the_time_taken_is_a_deadline(old, new, impact):
    assert _graded(old, new)[0] == impact


def test_the_time_a_piece_of_work_takes_is_no_deadline():
    # A longer project is a larger one: no deadline of the person's.
    assert _graded("Leads projects that take 6 months", "Leads projects that take 12 months") \
        == ("raises-bar", ("number raised",))


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A sentence of its own that says what is not asked bounds the statement: no new thing asked.
        ("Negotiates interfaces with the vendor.",
         "Negotiates interfaces with the vendor. Pricing and legal terms are out of scope at this level.",
         "lowers-bar"),
        ("Owns a service end to end.", "Owns a service end to end. Sole ownership of a platform is Staff territory.",
         "lowers-bar"),
        ("I review designs.", "I review designs. I am not expected to approve them.", "lowers-bar"),
        ("Negotiates interfaces with the vendor.", "Negotiates interfaces with the vendor. Legal terms are out of "
         "scope at this level — those stay with the CTO.", "lowers-bar"),
        ("Owns a service end to end. Sole ownership of a platform is Staff territory.", "Owns a service end to end.",
         "raises-bar"),
    ],
)
def test_a_sentence_that_says_what_is_not_asked_bounds_the_statement(old, new, impact):
    graded = _graded(old, new)
    assert graded[0] == impact and ("exclusion" in graded[1][0]), graded


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Words of a clause that asks are words added, whatever they say.
        ("Keeps work in scope.", "Keeps work out of scope creep."),
        ("Explores tools.", "Explores tools. Explores new territory in the codebase."),
        ("Owns the service.", "Owns the service. Is expected to lead its incidents."),
        # A clause that asks, joined to one that says what is not asked, is asked.
        ("Owns the service.", "Owns the service. Pricing is out of scope, but on-call every week is expected."),
        # What is not expected to happen is to be avoided: asked, not left out.
        ("Ships changes to production.", "Ships changes to production. Regressions in production are not expected."),
    ],
)
def test_a_clause_that_asks_is_no_exclusion(old, new):
    assert _graded(old, new) == ("raises-bar", ("words added",))


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A sentence of examples, labelled so at its start, illustrates: an example more or other is wording.
        ("Owns a service. Examples: billing, payments.", "Owns a service. Examples: billing, the ledger.",
         "editorial"),
        ("Designs components. Typical examples at our scale: vue.js forms; the search page. Reviews code.",
         "Designs components. Typical examples at our scale: vue.js forms; the search page; the iOS bridge. "
         "Reviews code.", "editorial"),
        # An example that says how often still sets a bar; a sentence after the examples is read.
        ("Owns a service. Examples: billing, payments.", "Owns a service. Examples: billing, payments, every week.",
         "raises-bar"),
        ("Owns a service. Examples: billing, payments.", "Owns a service. Examples: billing, payments. Reviews code.",
         "raises-bar"),
        # Not a verb's object that happens to be called examples.
        ("Gives examples: code, docs.", "Gives examples: code, docs, talks.", "raises-bar"),
    ],
)
def test_a_sentence_of_examples_illustrates(old, new, impact):
    assert _graded(old, new)[0] == impact


@pytest.mark.parametrize(
    ("old", "new", "impact", "reason"),
    [
        # Help asked for and no longer: the person does it on their own.
        ("You ask for help breaking down large tasks", "You break down large tasks", "raises-bar", "autonomy raised"),
        ("Seeks guidance on estimates", "Estimates on their own", "raises-bar", "autonomy raised"),
        ("You break down large tasks", "You ask for help breaking down large tasks", "lowers-bar", "autonomy lowered"),
        # When to ask is the person's judgement, not what the help covers: a clause added asks more.
        ("I ask for help when I am stuck on a task", "I ask for help when I am stuck on a task and say what I tried",
         "raises-bar", "words added"),
    ],
)
def test_help_asked_for_is_help_had(old, new, impact, reason):
    found_impact, reasons = _graded(old, new)
    assert (found_impact, reason in reasons) == (impact, True), reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A share of the person's time changed: time moved to other work, which way the bar goes no word says.
        ("I spend 50-65% of my time on hands-on engineering work", "I spend 30% of my time on hands-on engineering work",
         "raises-bar"),
        ("Spends 20 percent of their week on mentoring", "Spends 40 percent of their week on mentoring", "raises-bar"),
        # A share of other things is a number: fewer asks less.
        ("I keep test coverage above 90%", "I keep test coverage above 70%", "lowers-bar"),
        ("I resolve 90% of tickets within a day", "I resolve 70% of tickets within a day", "lowers-bar"),
        # A share of time under a most is a limit: a higher one asks less.
        ("Spends no more than 10% of their time on toil", "Spends no more than 30% of their time on toil",
         "lowers-bar"),
        ("I spend 50% of my working time coding", "I spend 30% of my working time coding", "raises-bar"),
    ],
)
def test_a_share_of_time_is_no_amount_asked(old, new, impact):
    found_impact, reasons = _graded(old, new)
    assert found_impact == impact, reasons
    assert bool({"number lowered", "limit lowered"} & set(reasons)) == (impact == "lowers-bar")


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # How long to try before acting is not a deadline; time in a role still is one.
        ("I escalate incidents after 30-40 minutes without progress",
         "I escalate incidents after a few hours without progress", "raises-bar"),
        ("I escalate after an hour of debugging", "I escalate after a day of debugging", "raises-bar"),
        ("Escalates after 2 hours without progress", "Escalates after 30 minutes without progress", "raises-bar"),
        ("After three months, I own a service", "After six months, I own a service", "lowers-bar"),
    ],
)
def test_a_wait_before_acting_is_no_deadline(old, new, impact):
    found_impact, reasons = _graded(old, new)
    assert found_impact == impact, reasons
    assert ("deadline lowered" in reasons) == (impact == "lowers-bar")
    assert ("wait unclear" in reasons) == (impact == "raises-bar")


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        # The time the person takes to do something, whoever says it, is a deadline.
        ("They take 2 days to review a design", "They take 1 day to review a design", "deadline raised"),
        ("She takes 2 days to review a design", "She takes 3 days to review a design", "deadline lowered"),
        # Time given to a duty is how much of it: more asks more.
        ("Takes 1 week of on-call each month", "Takes 2 weeks of on-call each month", "number raised"),
    ],
)
def test_the_time_the_person_takes_to_do_something(old, new, reason):
    assert reason in _graded(old, new)[1]


@pytest.mark.parametrize(
    "added",
    ["Pushes back on requests that are out of scope.", "Removes steps that are not needed.",
     "Cuts meetings that aren't necessary."],
)
def test_what_a_relative_clause_says_is_not_needed_is_no_exclusion(added):
    assert _graded("Owns the roadmap.", f"Owns the roadmap. {added}")[0] == "raises-bar"


@pytest.mark.parametrize(
    ("old", "new"),
    [("Leads SEV 1 incidents", "Leads SEV 2 incidents"), ("Knows the OWASP Top 10", "Knows the OWASP Top 20"),
     ("Mentors Engineer 1 colleagues", "Mentors Engineer 2 colleagues")],
)
def test_a_severity_a_rank_or_a_title_numbered_is_no_version(old, new):
    assert "version unclear" not in _graded(old, new)[1]


def test_requesting_a_review_is_no_help_had():
    assert _graded("Ships features", "Ships features and requests reviews from peers")[0] == "raises-bar"


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # How often something holds ("95% of the time") is a number, not a share of the person's time.
        ("I meet my sprint commitments 95% of the time", "I meet my sprint commitments 60% of the time",
         "lowers-bar"),
        # Time in the job after "with" or "of" is a deadline; trying before acting is a wait.
        ("I ship my first change after 2 weeks with the team", "I ship my first change after 6 weeks with the team",
         "lowers-bar"),
        ("I am on call after 3 months of onboarding", "I am on call after 9 months of onboarding", "lowers-bar"),
        ("I escalate after a day with no answer", "I escalate after a week with no answer", "raises-bar"),
    ],
)
def test_the_time_of_something_else_is_read_as_before(old, new, impact):
    assert _graded(old, new)[0] == impact, _graded(old, new)
