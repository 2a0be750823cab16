"""How a rewording is graded: the grades a careful reader gives.

tests/fixtures/diff/rewordings.yaml holds real rewordings from the corpora,
each with the grade written down from the texts alone."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from diffkit import cell, diff, edited
from ladderlint.diff import Impact, Kind, compare
from ladderlint.diff.grade import bars, grade

TABLE = yaml.safe_load((Path(__file__).parent / "fixtures" / "diff" / "rewordings.yaml").read_text(encoding="utf-8"))


def test_the_table_is_large_and_covers_every_grade():
    rows = TABLE["rewordings"]
    assert len(rows) >= 40
    assert {row["grade"] for row in rows} == {"editorial", "raises-bar", "lowers-bar"}
    assert all(row["old"] != row["new"] for row in rows)


@pytest.mark.parametrize(
    "row", TABLE["rewordings"], ids=[f"{i:02d}-{row['why'][:30]}" for i, row in enumerate(TABLE["rewordings"])]
)
def test_real_rewordings_are_graded_as_a_reader_grades_them(row):
    # The frameworks' own organisations, as the differ passes them.
    result = grade(row["old"], row["new"], brands=("Dropbox", "Monzo", "Financial Times", "FT"))
    assert result.impact.value == row["grade"], (row["why"], result.reasons)


# The examples of the issue that asked for these grades.
@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("I mentor engineers", "I mentor senior engineers", "raises-bar"),  # a higher audience
        ("I mentor senior engineers", "I mentor engineers", "lowers-bar"),
        ("I mentor engineers", "I mentor junior engineers", "lowers-bar"),  # a narrower, lower audience
        ("I design services", "I always design services", "raises-bar"),  # more often
        ("I always design services", "I design services", "lowers-bar"),
        ("I design services", "I sometimes design services", "lowers-bar"),
        ("I review code", "I may review code", "lowers-bar"),  # less certainly
        ("I may review code", "I must review code", "raises-bar"),
        ("My design is adopted across my organisation", "My design is adopted across the company", "raises-bar"),  # "the organisation" alone is the company
        ("My design is adopted across the company", "My design is adopted across the team", "lowers-bar"),
        ("I lead projects with guidance from my manager", "I lead projects", "raises-bar"),  # more autonomy
        ("I lead projects", "I lead projects with guidance from my manager", "lowers-bar"),
        ("I debug issues", "I independently debug issues", "raises-bar"),
        ("I take a stakeholder problem and a proposes solution",
         "I take a stakeholder problem and proposes a solution", "editorial"),  # word order
        ("We help eachother", "We help each other", "editorial"),  # spelling
        ("I run incident reviews as we did at Dropbox", "I run incident reviews", "editorial"),  # a brand
        ("I practise the Dropbox values", "I practise the Monzo values", "editorial"),
        ("I run incident reviews", "I run incident reviews and write the postmortems", "raises-bar"),
        ("I run incident reviews and write the postmortems", "I run incident reviews", "lowers-bar"),
        # Export debris that `check --fix` removes (LL504) asks for nothing.
        ("Responsible for annual impact reviews.<\\li>", "Responsible for annual impact reviews.", "editorial"),
        ("* I own projects<br>that matter &amp; ship", "I own projects that matter & ship", "editorial"),
        ("I own projects", "I own projects<br>and mentor engineers", "raises-bar"),
        # Being there is less than leading: an edit that asks for both less often and less is lower.
        ("Leads all incident reviews.", "Joins some incident reviews.", "lowers-bar"),
        ("Leads incident reviews.", "Attends incident reviews.", "lowers-bar"),
        ("Attends design reviews.", "Leads design reviews.", "raises-bar"),
        # How many, said on one side only, is read beside a verb swapped as it is alone.
        ("Runs all sprint planning meetings.", "Attends sprint planning meetings.", "lowers-bar"),
        ("Attends sprint planning meetings.", "Runs all sprint planning meetings.", "raises-bar"),
    ],
)
def test_examples_of_each_reading(old, new, impact):
    assert grade(old, new).impact.value == impact


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Help from named people is guidance, as help from a manager is.
        ("They complete tasks with help from other engineers.", "They complete tasks.", "raises-bar"),
        ("They join code review with the help of a teammate.", "They join code review.", "raises-bar"),
        ("They take part in on-call.", "They take part in on-call with support from senior engineers.", "lowers-bar"),
        ("They fix bugs with some help.", "They fix bugs.", "raises-bar"),
        ("They fix bugs without help.", "They fix bugs.", "lowers-bar"),
        ("They fix bugs with support from others.", "They fix bugs.", "raises-bar"),
        ("They fix bugs with guidance from their manager or tech lead.", "They fix bugs.", "raises-bar"),
        # Working with people is no help received, nor is help given.
        ("Provides other teams with help.", "Provides other teams with help and reviews.", "raises-bar"),
        ("I pair with other engineers", "I pair with other engineers to help them grow", "raises-bar"),
        ("I work with teams to help them ship", "I work with teams", "lowers-bar"),
        # "can" said as a noun: "ability to", "capability to", "has the ability to": in a ladder, what the
        # level does, said in another voice (wording); a hedge ("may", "could") is not.
        ("Capability to help arbitrate disagreements", "Arbitrate disagreements", "raises-bar"),  # "help" taken out
        ("Ability to explain trade-offs to stakeholders", "Explain trade-offs to stakeholders", "editorial"),
        ("Has the ability to run incident reviews", "Runs incident reviews", "editorial"),
        ("Runs incident reviews", "Has the ability to run incident reviews", "editorial"),
        # A statement that starts with what is being learnt.
        ("Learning the core language", "The core language", "raises-bar"),
        ("Building services", "Building services and APIs", "raises-bar"),
        # Someone else's ability is no "can" of the engineer's.
        ("Improves the team's ability to recover from incidents", "Helps the team recover from incidents",
         "lowers-bar"),
    ],
)
def test_help_from_people_and_ability_nouns(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Points out improvements in test reviews", "Points out improvements in test reviews or in planning sessions",
         "lowers-bar"),
        ("Presents findings at team meetings or guild sessions", "Presents findings at team meetings", "raises-bar"),
        # Joined with "and", more is asked.
        ("Presents findings at team meetings", "Presents findings at team meetings and guild sessions", "raises-bar"),
        ("Presents findings at team meetings", "Presents findings at team meetings or guild sessions and writes them up",
         "raises-bar"),
        # "or more" after a number is the least a number alone says: no alternative offered, nothing more asked.
        ("I mentor three engineers", "I mentor three or more engineers", "editorial"),
        # The first of two alternatives taken out, and one taken out while a word is respelt.
        ("Writes a design doc or an RFC before building", "Writes an RFC before building", "raises-bar"),
        ("Shares results across the organisation or with partners", "Shares results across the organization",
         "raises-bar"),
        # Under a negation or a word of avoiding, one more thing is one more to avoid.
        ("Never merges untested code", "Never merges untested code or undocumented code", "raises-bar"),
        ("Does not merge code without review", "Does not merge code without review or tests", "raises-bar"),
        ("Avoids regressions", "Avoids regressions or outages", "raises-bar"),
        ("Prevents outages", "Prevents outages or data loss", "raises-bar"),
    ],
)
def test_an_alternative_offered_asks_for_less(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # One side of two words joined by a slash, the other kept: one thing given two names, or
        # "and" and "or" left unsaid; neither fewer ways to meet it nor less asked.
        ("Is a mentor/buddy to new joiners", "Is a mentor to new joiners", "editorial"),
        ("Is a mentor/buddy to new joiners", "Is a buddy to new joiners", "editorial"),
        ("Is a mentor to new joiners", "Is a mentor / buddy to new joiners", "editorial"),
        ("Writes unit/integration tests", "Writes unit tests", "editorial"),
        ("Writes frontend/backend/mobile code", "Writes frontend/backend code", "editorial"),
        # Both sides replaced, or another change beside, are read as ever.
        ("Is a mentor/buddy to new joiners", "Is a lead to new joiners", "raises-bar"),
        ("Is a mentor/buddy to junior engineers", "Is a buddy to senior engineers", "raises-bar"),
        # A word of a scale is read on it.
        ("Leads team/org initiatives", "Leads team initiatives", "lowers-bar"),
        ("Reviews code weekly", "Reviews code daily/weekly", "raises-bar"),
        # Words of one scale joined by a slash name a range, read by its ends against the side kept:
        # its top taken off lowers the bar, its bottom taken off raises it, whichever side is lower.
        ("Breaks down small/medium problems into steps", "Breaks down small problems into steps", "lowers-bar"),
        ("Breaks down small/medium problems into steps", "Breaks down medium problems into steps", "raises-bar"),
        ("Leads writing small/medium scope proposals", "Leads writing small scope proposals", "lowers-bar"),
        ("Breaks down medium/large problems", "Breaks down large problems", "raises-bar"),
        ("Breaks down small problems", "Breaks down small/medium problems", "raises-bar"),
        ("Breaks down medium problems", "Breaks down small/medium problems", "lowers-bar"),
        ("Leads team/org initiatives", "Leads org initiatives", "raises-bar"),
        # Both sides kept, said with another joining word: the same range.
        ("Breaks down small/medium problems", "Breaks down small and medium problems", "editorial"),
        # "and/or" is an "or": one of its alternatives taken out asks for more, as with "or".
        ("Reviews and/or writes designs", "Reviews designs", "raises-bar"),
        ("Reviews designs", "Reviews and/or writes designs", "lowers-bar"),
        ("Reviews and/or writes designs", "Reviews and writes designs", "raises-bar"),
        ("Reviews and writes designs", "Reviews and/or writes designs", "lowers-bar"),
        ("Reviews and/or writes designs", "Reviews or writes designs", "editorial"),
    ],
)
def test_one_of_two_words_joined_by_a_slash(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # What help is needed with: less of it asks for more, more of it for less.
        ("They write clean code, but need help with complex tasks and tasks outside their specialization.",
         "They write clean code, but need help with complex tasks.", "raises-bar"),
        ("They write clean code, but need help with complex tasks.",
         "They write clean code, but need help with complex tasks and unfamiliar code.", "lowers-bar"),
        ("They plan their own work, with guidance on estimates and on dependencies.",
         "They plan their own work, with guidance on dependencies.", "raises-bar"),
        ("Fixes bugs with help from a senior engineer on tricky bugs and releases",
         "Fixes bugs with help from a senior engineer on tricky bugs", "raises-bar"),
        # The topic ends with its clause: words after it are asked as any others.
        ("Needs support with releases, and writes tests", "Needs support with releases, and writes tests and docs",
         "raises-bar"),
        ("Needs support with releases but writes tests and docs", "Needs support with releases but writes tests",
         "lowers-bar"),
        # Help given is no help needed: words taken out of what it covers ask for less.
        ("Provides teams with guidance on testing and releases", "Provides teams with guidance on testing",
         "lowers-bar"),
        # The help itself taken out still asks for more (more autonomy).
        ("Ships features with guidance on estimates", "Ships features", "raises-bar"),
    ],
)
def test_what_help_is_needed_with_limits_what_is_asked(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # How many: the largest number each text asks for.
        ("I mentor one or two engineers", "I mentor three or more engineers", "raises-bar"),
        ("I mentor one or two engineers", "I mentor five or six engineers", "raises-bar"),
        ("I mentor three or more engineers", "I mentor one engineer", "lowers-bar"),
        ("I mentor one or two engineers", "I mentor one engineer", "lowers-bar"),
        ("I run 2 interviews a week", "I run 4 interviews a week", "raises-bar"),
        ("I mentor three engineers", "I mentor four or more engineers", "raises-bar"),
        ("I mentor one or two engineers", "I mentor two or one engineers", "editorial"),  # word order
        # How often, by the period of "every ...", "once a ...".
        ("I review code every day", "I review code every week", "lowers-bar"),
        ("I review code every month", "I review code every week", "raises-bar"),
        ("I present once a quarter", "I present once a month", "raises-bar"),
        # A word of scale for a plain word, read on its scale.
        ("I work with product managers on the roadmap", "I lead product managers on the roadmap", "raises-bar"),
        ("I lead the design review", "I attend the design review", "lowers-bar"),
        ("I mentor one or two engineers", "I mentor one or two teams", "raises-bar"),  # a scope named
        # Support is guidance: asked for, the bar is lower.
        ("I review code every day", "I review code every day, with support from my manager", "lowers-bar"),
        ("I review code with support from my manager", "I review code", "raises-bar"),
        # One plain word for another that says the same stays a synonym.
        ("I fix issues in my code", "I fix bugs in my code", "editorial"),
        ("I fix issues in my code", "I fix defects in my code", "editorial"),
        ("I write design docs", "I author design docs", "editorial"),
        ("I mentor junior engineers", "I coach junior engineers", "editorial"),
        # ... but a word only related to it, or alike in spelling, asks another thing: a reviewer must see it.
        ("I join the on-call rotation as a shadow", "I join the on-call rotation as primary", "raises-bar"),
        ("I review the postmortems of less experienced engineers",
         "I write the postmortems of less experienced engineers", "raises-bar"),
        ("I review the design of my team's tools", "I approve the design of my team's tools", "raises-bar"),
        ("I coach incident commanders", "I hire incident commanders", "raises-bar"),
        ("I write a timeline for incidents I was part of", "I write a postmortem for incidents I was part of",
         "raises-bar"),
        ("I keep my services within their 99% availability SLO", "I keep my services within their 99% availability SLA",
         "raises-bar"),
        # ... also where the word swapped out is said again elsewhere in the text.
        ("I fix bugs quickly and report bugs to the team", "I fix issues quickly and report bugs to the team",
         "editorial"),
        ("I know the impact of politics and how it can impact decisions",
         "I know the impact of politics and how it can alter decisions", "editorial"),
        # A scope written as one word with '-wide' or '-level' is a scope.
        ("I build a team-wide culture of quality", "I build an organisation-wide culture of quality", "raises-bar"),
        ("I build an org-wide culture", "I build a team-wide culture", "lowers-bar"),
        # 'able to', 'capable of' are 'can', which in a ladder says what the level does: the plain verb is wording.
        ("I am able to represent my team", "I represent my team", "editorial"),
        ("I'm capable of reading code", "I can read code", "editorial"),
        ("I hire engineers", "I hire capable engineers", "editorial"),  # 'capable' without 'of' is no 'can'
        ("I build team-level tools", "I build multi-team-level tools", "raises-bar"),
        # Spelling: words joined with a hyphen, a determiner dropped.
        ("You are interviewing trained", "You are interview-trained", "editorial"),
        ("I select a right such solution", "I select the right solution", "editorial"),
        # A word added that the text already says is no new expectation; the rest is.
        ("I fix bugs", "I fix bugs and report bugs", "raises-bar"),
        # A negation asks the opposite, wherever else the text has one, and is no spelling.
        ("I don't hide problems and I escalate risks early", "I don't hide problems and I don't escalate risks early",
         "raises-bar"),
        ("I don't hide problems and I escalate risks", "I hide problems and I don't escalate risks", "raises-bar"),
        ("I do escalate risks", "I do not escalate risks", "raises-bar"),
        ("I should write tests", "I shouldn't write tests", "raises-bar"),
        ("I don't hide problems", "I hide problems", "raises-bar"),
        ("I do not hide problems", "I don't hide problems", "editorial"),
        # ... but one form of negation for another is wording, and so is a clause joined under one.
        ("I don't hide problems and I don't skip tests", "I don't hide problems or skip tests", "editorial"),
        ("I work with no help", "I work without help", "editorial"),
        ("I focus on risks, not problems", "I focus on risks rather than problems", "editorial"),
        ("I do not ship untested code", "I never ship untested code", "editorial"),
        ("I ship features without guidance", "I ship features with guidance", "lowers-bar"),  # autonomy
        ("I ship with no supervision", "I ship without supervision", "editorial"),
        ("I make no assumptions", "I don't make assumptions", "editorial"),
        # A negation reworded with what it negates may ask the opposite.
        ("I don't hesitate to push back", "I never push back", "raises-bar"),
        ("I do not ignore failing tests", "I never fix failing tests", "raises-bar"),
        ("I must review code", "I mustn't review code", "raises-bar"),
        ("Don't skip tests. Write docs.", "Skip tests. Don't write docs.", "raises-bar"),
        # A clause taken out with its negation is read by its words: less is asked.
        ("I ship fixes without being asked", "I ship fixes", "lowers-bar"),
        ("I pick simple solutions rather than clever ones", "I pick simple solutions", "lowers-bar"),
        ("I write rather complex code", "I write complex code", "lowers-bar"),
    ],
)
def test_numbers_periods_and_words_of_scale(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_a_brand_is_only_a_brand_where_it_names_the_organisation():
    # "Medium" is a size here, not the publisher.
    assert grade("I lead small projects", "I lead medium projects").impact is Impact.RAISES_BAR
    assert grade("I write at Medium", "I write here").impact is Impact.EDITORIAL


def test_the_differ_grades_rewordings_with_the_frameworks_own_brand():
    changes = diff(lambda d: cell(d, "IC1", "impact").__setitem__(
        0, "I deliver my tasks on time and to a high standard, as we did at Acme"))
    assert [(c.kind, c.impact) for c in changes] == [(Kind.STATEMENT_REWORDED, Impact.EDITORIAL)]
    changes = diff(lambda d: cell(d, "IC1", "impact").__setitem__(0, "I always deliver my tasks on time and to a high standard"))
    assert [(c.kind, c.impact) for c in changes] == [(Kind.STATEMENT_REWORDED, Impact.RAISES_BAR)]


@pytest.mark.parametrize("statement", [
    "**Key** **B****ehaviors**",
    "* I own projects<br>that matter &amp; ship :rocket: them",
    "| Impact |",
    "I review designs.<\\li>",
])
def test_what_check_fix_writes_is_an_editorial_change(statement):
    """A framework cleaned with `ladderlint check --fix` passes the diff gate:
    the fix of export debris changes no expectation."""
    from ladderlint.rules import registry
    from rule_helpers import framework, framework_yaml

    [violation] = registry()["LL504"]().check_frameworks([framework(framework_yaml([statement]))])
    assert violation.fix is not None
    assert grade(statement, violation.fix.replacement).impact is Impact.EDITORIAL


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The organisation's own name for "our", possessive or not, is wording.
        ("I improve our capabilities in my domain", "I improve Acme's capabilities in my domain"),
        ("I improve our capabilities in my domain", "I improve Acme\u2019s capabilities in my domain"),
        ("I follow our charter", "I follow Acme charter"),
        ("I serve the goals of Acme", "I serve Acme's goals"),
    ],
)
def test_the_organisations_own_name_for_our_is_wording(old, new):
    assert grade(old, new, brands=("Acme",)).impact.value == "editorial", grade(old, new, brands=("Acme",)).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A condition on what is asked: added, less is asked; taken out, more.
        ("I mentor engineers", "I mentor engineers when asked", "lowers-bar"),
        ("I mentor engineers when asked", "I mentor engineers", "raises-bar"),
        ("I mentor engineers", "I mentor engineers if they are asked", "lowers-bar"),
        ("I write design docs", "I write design docs where appropriate", "lowers-bar"),
        ("I run retrospectives on request", "I run retrospectives", "raises-bar"),
        ("I fix bugs", "I fix bugs as soon as possible", "raises-bar"),  # how soon, on no condition
        # Who asks is part of the condition, said after it or as the one asking.
        ("Leads incidents", "Leads incidents when asked by their manager", "lowers-bar"),
        ("Mentors new joiners", "Mentors new joiners when asked by the team lead", "lowers-bar"),
        ("Leads incidents", "Leads incidents when their manager asks", "lowers-bar"),
        ("Reviews designs", "Reviews designs if a senior engineer asks them to", "lowers-bar"),
        ("Reviews code as requested by the team", "Reviews code", "raises-bar"),
        ("Leads incidents when asked by their manager", "Leads incidents when asked by their lead", "editorial"),
        ("Leads incidents when their manager asks", "Leads incidents when their tech lead asks", "editorial"),
        ("When my manager asks, I review code", "When anyone asks, I review code", "editorial"),
        ("I review code", "I review code when assigned", "lowers-bar"),
        ("I review code", "I review code when I have capacity", "lowers-bar"),
        ("Leads incidents", "Leads incidents when asked by customers", "lowers-bar"),
        ("Leads incidents", "Leads incidents when asked to by their manager", "lowers-bar"),
        ("Leads incidents", "Leads incidents when asked by their manager or tech lead", "lowers-bar"),
        ("Leads incidents", "Leads incidents at the request of their manager", "lowers-bar"),
        ("Leads incidents", "Leads incidents at the request of", "lowers-bar"),  # said of nobody: on request
        ("Leads incidents", "Leads incidents upon request from their manager", "lowers-bar"),
        ("Leads incidents", "Leads incidents if a customer requires it", "lowers-bar"),
        ("Leads incident response", "Leads incident response when their manager asks for it", "lowers-bar"),
        ("Leads incidents", "Leads incidents when asked by the VP of Engineering", "lowers-bar"),
        # A verb joined after who asks is another thing asked, not another who asks.
        ("Writes tests when asked by the team", "Writes tests when asked by the team and mentors engineers",
         "raises-bar"),
        # One condition said another way is the same condition.
        ("Ships when asked by their manager", "Ships when asked to by their manager", "editorial"),
        ("Ships at the request of their manager", "Ships when their manager asks them to", "editorial"),
        ("Ships when asked by their manager", "Ships when their manager asks for it", "editorial"),
        ("Leads incidents when asked", "Leads incidents when asked and if time allows", "lowers-bar"),
        # What is asked for, named after the one who asks, is an event, not a condition on the statement.
        ("Writes a plan", "Writes a plan when leadership requires a new strategy", "raises-bar"),
        # "local" bounds what follows it.
        ("I remove impediments", "I remove local impediments", "lowers-bar"),
        ("I remove local impediments", "I remove impediments", "raises-bar"),
        # To influence is more than to contribute, less than to lead.
        ("I influence technical decisions", "I contribute to technical decisions", "lowers-bar"),
        ("I influence technical decisions", "I lead technical decisions", "raises-bar"),
    ],
)
def test_conditions_and_limits_narrow_what_is_asked(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The same frequency said another way is wording: "every" is no quantity, "once" no new word.
        ("I share my progress with my team daily", "I share my progress with my team every day", "editorial"),
        ("I share my progress with my team every day", "I share my progress with my team daily", "editorial"),
        ("I share my progress once a week", "I share my progress weekly", "editorial"),
        ("I share my progress weekly", "I share my progress once a week", "editorial"),
        ("I plan my work once a quarter", "I plan my work quarterly", "editorial"),
        ("I review code every day", "I review code each day", "editorial"),
        # Less often lowers the bar, however the period is said.
        ("I share my progress with my team daily", "I share my progress with my team once a week", "lowers-bar"),
        ("I share my progress with my team daily", "I share my progress with my team every sprint", "lowers-bar"),
        ("I share my progress with my team daily", "I share my progress with my team twice a week", "lowers-bar"),
        ("I share my progress daily", "I share my progress three times a week", "lowers-bar"),
        ("I share my progress twice a week", "I share my progress once a week", "lowers-bar"),
        ("I plan my work every month", "I plan my work once a quarter", "lowers-bar"),
        # More often raises it.
        ("I share my progress once a week", "I share my progress twice a week", "raises-bar"),
        ("I share my progress twice a week", "I share my progress three times a week", "raises-bar"),
        ("I share my progress once a week", "I share my progress every day", "raises-bar"),
    ],
)
def test_a_frequency_is_read_however_its_period_is_said(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Working with others offered beside working alone is an allowance: the duty may be shared. Put in,
        # it asks less; taken out, the duty is the person's alone.
        ("Is accountable for the delivery of the team",
         "Is accountable for the delivery of the team (individually or jointly with other people)", "lowers-bar"),
        ("I write tests for the code I change", "I write tests for the code I change (alone or with a pair)",
         "lowers-bar"),
        ("I review code, alone or in a pair", "I review code", "raises-bar"),
        # One way named alone still says how: working alone is autonomy.
        ("I review code", "I review code alone", "raises-bar"),
        # A concession asks less; taken out, more.
        ("I write tests for the code I change",
         "I write tests for the code I change, though not necessarily for every change", "lowers-bar"),
        ("I always write tests", "I don't always write tests", "lowers-bar"),
        ("I don't always write tests", "I always write tests", "raises-bar"),
        ("I do not necessarily write tests", "I write tests", "raises-bar"),
        # For a plain negation, a concession asks it no more than the negation did.
        ("Uses monitoring (not implement monitoring)", "Uses monitoring (but doesn't necessarily implement monitoring)",
         "editorial"),
        # A sentence saying what the statement may cover describes it; one that allows a part of it asks
        # less; one that asks, asks.
        ("Writes a proposal", "Writes a proposal. This could be a design doc or an RFC.", "editorial"),
        ("Leads hiring process for new Engineers",
         "Leads hiring process for new Engineers. This could be all aspects or only part of the process.",
         "lowers-bar"),
        ("I review code", "I review code. This must cover every change.", "raises-bar"),
        # Two ways both new can still ask more: "on time" is a bar.
        ("I deliver projects", "I deliver projects on time or early", "raises-bar"),
        # Guidance said to be less detailed is more autonomy.
        ("I work within my team with specific guidance from my manager",
         "I work within my team with high-level guidance from my manager", "raises-bar"),
        ("I work with high-level guidance from my lead", "I work with specific guidance from my lead", "lowers-bar"),
        # Working alone offered beside a way with others kept ("with my team"): neither asked.
        ("I work with my team.", "I work alone or with my team.", "editorial"),
        ("I debug issues.", "I debug issues on my own or with my team.", "lowers-bar"),
        # Only the way with others new: an alternative added.
        ("I work alone.", "I work alone or with my team.", "lowers-bar"),
        # A concession over help needed asks more; one concession for another, nothing.
        ("I need guidance on complex designs.", "I don't necessarily need guidance on complex designs.", "raises-bar"),
        ("I write docs, though not always.", "I write docs, though not necessarily.", "editorial"),
        # A clause of possibility that speaks of help or autonomy is read on that scale.
        ("I ship features.", "I ship features. This may need approval from a senior engineer.", "lowers-bar"),
        ("I ship features.", "I ship features. This can be done without guidance.", "raises-bar"),
        # "Once" as "when", and counts of times a period read however written.
        ("Once a sprint is planned I break it down", "When a sprint is planned I break it down", "editorial"),
        ("Once the design is agreed I build it", "When the design is agreed I build it", "editorial"),
        ("I deploy a couple of times a week.", "I deploy a couple of times a month.", "lowers-bar"),
        ("I deploy 2-3 times a week.", "I deploy 2-3 times a month.", "lowers-bar"),
        ("I deploy 2-3 times a week.", "I deploy once a month.", "lowers-bar"),
    ],
)
def test_ways_concessions_and_descriptions_added(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A part of the duty allowed: taken out, the whole of it is asked.
        ("Leads hiring process for new Engineers. This could be all aspects or only part of the process.",
         "Leads hiring process for new Engineers"),
        ("Delivers all or part of a feature", "Delivers a feature"),
        ("Owns the migration in whole or in part", "Owns the migration"),
        ("Is at least partly responsible for the roadmap", "Is responsible for the roadmap"),
        ("Partially automates deployments", "Automates deployments"),
        ("Owns only part of the release process", "Owns the release process"),
        # The duty allowed shared or helped, beside working alone: taken out, it is theirs alone.
        ("Is accountable for the delivery of the team (individually or jointly with other people)",
         "Is accountable for the delivery of the team"),
        ("Owns the roadmap, alone or with others", "Owns the roadmap"),
        ("Delivers the feature, either alone or with help", "Delivers the feature"),
        ("Works with their team or on their own on the migration", "Works on the migration"),
        # Conditions and substitutes allowed, read as before.
        ("Writes tests where possible", "Writes tests"),
        ("Escalates incidents if needed", "Escalates incidents"),
        ("Has a degree in computer science or equivalent", "Has a degree in computer science"),
        ("Uses Terraform or similar", "Uses Terraform"),
    ],
)
def test_an_allowance_taken_out_raises_the_bar_and_put_in_lowers_it(old, new):
    assert grade(old, new).impact.value == "raises-bar", grade(old, new).reasons
    assert grade(old, new).also is None, grade(old, new).reasons
    assert grade(new, old).impact.value == "lowers-bar", grade(new, old).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A parenthesis that only explains or points elsewhere is no allowance.
        ("Writes documentation for services (e.g. READMEs)", "Writes documentation for services", "editorial"),
        ("Follows the deployment process (see the guide)", "Follows the deployment process", "lowers-bar"),
        # Sharing said as what is done, not offered beside working alone: words taken out.
        ("Jointly owns the roadmap with product", "Owns the roadmap with product", "lowers-bar"),
        # Working alone named by itself is autonomy.
        ("Owns the roadmap", "Owns the roadmap individually", "raises-bar"),
        # Taking part, being part of a rota: no part of a duty allowed.
        ("Takes part in incident reviews", "Takes part in incident reviews every week", "raises-bar"),
        ("Works alone or leads the team", "Works alone", "raises-bar"),
    ],
)
def test_words_that_allow_nothing_keep_their_grade(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # How often, in one word: "weekly" -> "daily" is more often.
        ("I review code weekly", "I review code daily", "raises-bar"),
        ("I publish a status report weekly", "I publish a status report monthly", "lowers-bar"),
        # A deadline: a shorter one asks more; one added asks more; taken out, less.
        ("I review pull requests within a week", "I review pull requests within a day", "raises-bar"),
        ("I respond to incidents within four hours", "I respond to incidents within one hour", "raises-bar"),
        ("I respond to incidents within an hour", "I respond to incidents within 2 days", "lowers-bar"),
        ("I review pull requests", "I review pull requests within a day", "raises-bar"),
        ("I review pull requests within a day", "I review pull requests", "lowers-bar"),
        # Conditions, attempts and starts taken out ask for more.
        ("I use input from stakeholders as available", "I use input from stakeholders", "raises-bar"),
        ("I write design documents if time allows", "I write design documents", "raises-bar"),
        ("I try to write design documents", "I write design documents", "raises-bar"),
        ("I start to write design documents", "I write design documents", "raises-bar"),
        ("I write design documents", "I try to write design documents", "lowers-bar"),
        # Review from someone is guidance.
        ("I write design documents with review from my lead", "I write design documents", "raises-bar"),
        ("I review pull requests from my team", "I review pull requests from my team with review from my lead",
         "lowers-bar"),
        # "or" -> "and" asks for both; how many of them.
        ("I write unit or integration tests", "I write unit and integration tests", "raises-bar"),
        ("I write unit and integration tests", "I write unit or integration tests", "lowers-bar"),
        ("I review most pull requests", "I review all pull requests", "raises-bar"),
        ("I review all pull requests", "I review most pull requests", "lowers-bar"),
        # "some" before a noun of skill says how deep ("some knowledge"); before others, how many.
        ("I review most pull requests", "I review some pull requests", "lowers-bar"),
        ("I fix some bugs in my area", "I fix most bugs in my area", "raises-bar"),
        ("I write some tests", "I write tests", "raises-bar"),
        ("I have some knowledge of SQL", "I have deep knowledge of SQL", "raises-bar"),
        ("I have basic knowledge of SQL", "I have some knowledge of SQL", "editorial"),
        # How much guidance.
        ("I deliver features with some guidance", "I deliver features with minimal guidance", "raises-bar"),
        ("I deliver features with close guidance", "I deliver features with occasional guidance", "raises-bar"),
        ("I deliver features with occasional guidance", "I deliver features with close guidance", "lowers-bar"),
        ("I deliver features with guidance", "I deliver features with support", "editorial"),
        # A change of person is wording.
        ("I'm open to feedback from my manager", "You're open to feedback from your manager", "editorial"),
        ("I unblock myself and my team", "You unblock yourself and your team", "editorial"),
    ],
)
def test_periods_deadlines_attempts_and_amounts(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Following or proposing what others decide < doing it < deciding or owning it.
        ("I follow our coding standards", "I define our coding standards", "raises-bar"),
        ("I suggest improvements to the on-call process", "I implement improvements to the on-call process",
         "raises-bar"),
        ("I am consulted on hiring decisions", "I make hiring decisions", "raises-bar"),
        ("I understand our deployment process", "I own our deployment process", "raises-bar"),
        ("I define our coding standards", "I follow our coding standards", "lowers-bar"),
        # After "my", "own" is no verb, nor a bound: "my own code" is "my code", with stress.
        ("I write tests for my own code", "I write tests for my code", "editorial"),
    ],
)
def test_verbs_of_more_and_less_involvement(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A light verb and its noun for the verb the noun comes from: wording, both ways.
        ("I take ownership of my work", "I own my work"),
        ("I write documentation for my services", "I document my services"),
        ("I make sure that my code is tested", "I ensure my code is tested"),
        ("I document my services", "I write documentation for my services"),
    ],
)
def test_a_light_verb_and_its_noun_for_the_verb_is_wording(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # "am" and the verbs that say it lasts link the subject to what is asked: wording.
        ("I am on top of incidents in my area", "I stay on top of incidents in my area", "editorial"),
        ("I'm on top of incidents", "I keep on top of incidents", "editorial"),
        ("Is aware of the roadmap", "Remains aware of the roadmap", "editorial"),
        ("I stay on top of incidents", "I am on top of incidents", "editorial"),
        ("I am always on top of incidents", "I always stay on top of incidents", "editorial"),
        # "Keep" that makes something so says "ensure ... is".
        ("Keeps stakeholders informed", "Ensures stakeholders are informed", "editorial"),
        ("I make sure the team is informed", "I keep the team informed", "editorial"),
        # What else changed is still read.
        ("I am on top of incidents", "I always stay on top of incidents", "raises-bar"),
        ("Keeps stakeholders informed", "Ensures stakeholders are informed and involved", "raises-bar"),
        ("I am on top of incidents", "I stay on top of incidents and keep notes", "raises-bar"),
    ],
)
def test_a_verb_that_says_am_is_wording(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A phrase for the word it says, beside another change: only the other change is read.
        ("You actively participate in the on-call rotation", "You take part in the on-call rotation", "lowers-bar"),
        ("I keep up with industry trends and share them", "I stay current with industry trends and present them",
         "editorial"),
        ("I am responsible for the roadmap", "I own the roadmap and the budget", "raises-bar"),
        ("I am responsible for the roadmap and the budget", "I own the roadmap", "lowers-bar"),
    ],
)
def test_a_phrase_for_its_word_beside_another_change(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Two letters swapped in a short word is a typo, fixed or made: "teh" is no word.
        ("I contribute to the community on the team", "I contribute to the community on teh team", "editorial"),
        ("I write tests adn docs", "I write tests and docs", "editorial"),
        ("I pair wiht other engineers", "I pair with other engineers", "editorial"),
        # A small word for another word is still no misspelling of it.
        ("I help their team", "I help other teams", "raises-bar"),
    ],
)
def test_a_slip_of_the_hand_in_a_small_word_is_wording(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Rewordings of Dropbox's security ladder (tests/fixtures/corpora/dropbox-career-framework,
        # Apache-2.0), as edited by hand. Telling the manager is no help from the manager.
        ("I share relevant information on my projects to my manager",
         "I share relevant information on my projects with my manager", "editorial"),
        ("I deliver features with my manager", "I deliver features", "raises-bar"),
        # Help moved to another place in the statement is the same help.
        ("I work with my manager to navigate complex and ambiguous situations",
         "I navigate complex and ambiguous situations with support from my manager", "editorial"),
        ("I work with my manager to navigate ambiguity", "I navigate ambiguity with close guidance from my manager",
         "lowers-bar"),
        # "Primarily" hedges as "mostly" does; "seek to" is an attempt, as "try to" is.
        ("I work primarily within the scope of my team", "I work mostly within the scope of my team", "editorial"),
        ("I work primarily within the scope of my team", "I work within the scope of my team", "raises-bar"),
        ("I seek to learn the business context of my team's services",
         "I learn the business context of my team's services", "raises-bar"),
        ("I seek out opportunities to mentor others", "I look for opportunities to mentor others", "editorial"),
        # "More junior" people are junior people, as "less experienced" ones are.
        ("I help the more junior members of my team", "I help less experienced members of my team", "editorial"),
        ("I mentor more senior engineers", "I mentor more junior engineers", "lowers-bar"),
    ],
)
def test_rewordings_of_a_security_ladder(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Working with someone more senior is help, however it is said.
        ("Delivers assigned tasks, working with a more senior team member, and able to take PR feedback to improve "
         "their work", "Delivers assigned tasks, with support from a more senior team member, and able to take PR "
         "feedback to improve their work", "editorial"),
        ("Delivers assigned tasks, working with a more senior team member", "Delivers assigned tasks", "raises-bar"),
        ("I deliver features with support from a more senior engineer", "I deliver features", "raises-bar"),
        # "work with my manager" -> "with my manager": the same help; more helpers, more help.
        ("I work with my manager to direct my focus so my work advances my team's goals",
         "I direct my focus, with my manager, so my work advances my team's goals", "editorial"),
        ("I deliver features with guidance from my manager",
         "I deliver features with guidance from my manager and my mentor", "lowers-bar"),
        # Help from several guiding roles is one phrase of help.
        ("I deliver features with my manager/mentor", "I deliver features", "raises-bar"),
        # Pairing with them is the work itself; "a working knowledge" is still a degree.
        ("I pair with senior engineers", "I pair with engineers", "lowers-bar"),
        ("Has a working knowledge of SQL", "Has a deep knowledge of SQL", "raises-bar"),
    ],
)
def test_help_from_someone_more_senior(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Rewordings of Dropbox's reliability ladder that ask the same (its statements from
        # tests/fixtures/corpora/dropbox-career-framework, Apache-2.0, as edited by hand).
        ("I own and deliver projects in service of quarterly goals on the team",
         "I own and deliver projects that serve the team's quarterly goals", "editorial"),  # the same team
        ("I can identify when my results aren't moving the needle for our business/team goals or serving the needs "
         "of customers in a meaningful way and work with manager to redirect my focus",
         "I can identify when my results aren't moving the needle for our business or team goals, or serving "
         "customers' needs in a meaningful way, and work with my manager to redirect my focus", "editorial"),
        ("I deliver features with guidance from manager", "I deliver features with guidance from my manager",
         "editorial"),
        ("I make timely decisions but don't cut corners that would compromise my customers' trust",
         "I make timely decisions without cutting corners that would compromise my customers' trust", "editorial"),
        # What else changed is still read.
        ("I contribute to goals on the team", "I contribute to the organisation's goals", "raises-bar"),
        ("I fix bugs in the team's projects", "I fix bugs in projects", "raises-bar"),
    ],
)
def test_rewordings_of_a_reliability_ladder(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Rewordings of Artsy's and Monzo's ladders (tests/fixtures/corpora: artsy-engineering-ladder,
        # CC-BY-4.0, Artsy; monzo-progression-framework, MIT), as edited by hand.
        ("Knows when to ask for help and how to get unblocked.",
         "Knows when to ask for help and how to unblock themselves.", "editorial"),  # "get" as "be"
        ("Suggests process changes in the team", "Suggests changes to the team's processes", "editorial"),
        ("Fixes simple bugs", "Fixes simple and well-understood bugs", "lowers-bar"),  # smaller work
        ("I fix bugs in my team", "I fix bugs across my team", "raises-bar"),
    ],
)
def test_rewordings_of_an_individual_contributor_ladder(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Every so many periods is less often than every one, and as often as the period that long.
        ("Coaches their direct reports on a weekly basis", "Coaches their direct reports every two weeks",
         "lowers-bar"),
        ("I review code every two weeks", "I review code every week", "raises-bar"),
        ("I review code every other day", "I review code daily", "raises-bar"),
        ("I review code every two weeks", "I review code every fortnight", "editorial"),
        ("I publish a report every 3 months", "I publish a report every quarter", "editorial"),
        ("I publish a report every month", "I publish a report every 6 months", "lowers-bar"),
    ],
)
def test_every_so_many_periods(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Rewordings of an engineering manager's ladder.
        ("Represents the team in cross-team meetings", "Represents their team in meetings with other teams",
         "editorial"),
        ("I run meetings in my team", "I run cross-team meetings", "raises-bar"),
        ("Escalates problems to their manager when they cannot be solved within the team",
         "Escalates problems to their manager when the team cannot solve them", "editorial"),
        ("I improve processes within the team", "I improve the processes", "raises-bar"),
    ],
)
def test_rewordings_of_a_manager_ladder(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_a_light_verb_with_another_noun_still_asks_for_more():
    assert grade("I own my work", "I take ownership of my work and of its testing").impact.value == "raises-bar"


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("I support writing design documents", "I write design documents", "raises-bar"),
        ("I fix straightforward bugs", "I fix bugs", "raises-bar"),
        ("I fix bugs", "I fix routine bugs", "lowers-bar"),
    ],
)
def test_supporting_and_easy_work_ask_less(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Knows the basics of multitasking and concurrency", "Knows multitasking and concurrency"),
        ("Multitasking/concurrency basics", "Multitasking/Concurrency"),
        ("Knows the fundamentals of networking", "Knows networking"),
    ],
)
def test_the_basics_taken_out_ask_for_more(old, new):
    assert grade(old, new).impact.value == "raises-bar", grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # An abbreviation spelt out, or back: wording.
        ("I do PR reviews", "I do pull request reviews", "editorial"),
        ("I review PRs daily", "I review pull requests daily", "editorial"),
        ("I pair with the tech lead", "I pair with the TL", "editorial"),
        # Not a word in lower case that the initials happen to spell.
        ("I use git", "I use great interesting tools", "raises-bar"),
        # People named by their seniority alone.
        ("I mentor juniors", "I mentor seniors", "raises-bar"),
        ("I mentor seniors", "I mentor juniors", "lowers-bar"),
    ],
)
def test_abbreviations_and_seniority_nouns(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # "own" after a possessive stresses whose it is: "my own work" is "my work".
        ("I am responsible for my own work", "I am responsible for my work", "editorial"),
        ("They plan their work", "They plan their own work", "editorial"),
        ("We build our own tools", "We build our tools", "editorial"),
        ("Debugs issues in their own code", "Debugs issues in their code", "editorial"),
        # A bound is still a bound, and working on one's own is still autonomy.
        ("Reasons about trade-offs", "Reasons about trade-offs within their own code", "lowers-bar"),
        ("I work on my own", "I work", "lowers-bar"),
        # "own" as a verb is ownership, wherever it stands as one.
        ("I contribute to the roadmap", "I own the roadmap", "raises-bar"),
        ("Write and own their services", "Write their services", "lowers-bar"),
        ("I build services", "I build and own services", "raises-bar"),
    ],
)
def test_own_after_a_possessive_is_stress_and_as_a_verb_ownership(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_my_own_says_what_my_says():
    # Taken out with what it qualifies, "for my own features" reads as "for my features" does.
    for old in ("I write design documents for my own features", "I write design documents for my features"):
        assert grade(old, "I write design documents").impact.value == "lowers-bar"


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A scope in the possessive is a scope.
        ("I improve my team's processes", "I improve my org's processes", "raises-bar"),
        ("I improve my org's processes", "I improve my team's processes", "lowers-bar"),
        ("I fix bugs in projects", "I fix bugs in the team's projects", "lowers-bar"),  # a bound
    ],
)
def test_a_scope_in_the_possessive(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Independence traded for help, however each is said: the autonomy is what changed.
        ("Works independently", "Needs help", "lowers-bar"),
        ("Works independently on well-defined tasks", "Needs help on well-defined tasks", "lowers-bar"),
        ("Works independently on complex tasks", "Requires guidance on complex tasks", "lowers-bar"),
        ("Requires guidance on complex tasks", "Works independently on complex tasks", "raises-bar"),
        ("Updates an API by following existing examples or with guidance", "Updates an API independently",
         "raises-bar"),
        ("I fix bugs with guidance", "I fix bugs independently and write the tests", "raises-bar"),
        # Work done on one's own is done independently; "on my own initiative" is not.
        ("Handles incidents on their own", "Handles incidents with help", "lowers-bar"),
        ("Handles incidents with help", "Handles incidents on their own", "raises-bar"),
        ("Pursues work on their own within their area", "Pursues work within their area", "lowers-bar"),
        # So is work done alone or by oneself; "code alone is not enough" says "only".
        ("I write tests for the code I change alone", "I write tests for the code I change with help", "lowers-bar"),
        ("I debug issues with support when needed", "I debug issues alone when needed", "raises-bar"),
        ("I deliver features by myself", "I deliver features with guidance from my lead", "lowers-bar"),
        # Leaning on people is help received.
        ("Is self-sufficient on tasks", "Relies on others for tasks", "lowers-bar"),
        ("Relies on their lead to plan releases", "Plans releases", "raises-bar"),
        ("Others can rely on them in incidents", "Others can rely on them in incidents and reviews", "raises-bar"),
        # How much help, said with the help itself.
        ("I break down projects with support", "I break down projects with minimal support", "raises-bar"),
        ("I break down projects with minimal support", "I break down projects with support", "lowers-bar"),
        ("I break down projects with some support", "I break down projects with close support", "lowers-bar"),
    ],
)
def test_autonomy_traded_for_help_however_each_is_said(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(("old", "new"), [
    ("Knowing the code alone is not enough for me", "Knowing the code is not enough for me"),
    ("I leave working code alone", "I leave working code"),
    ("I know I am not alone", "I know I am not"),
])
def test_alone_that_says_only_or_leaving_is_no_autonomy(old, new):
    assert grade(old, new).reasons == ("words taken out",)


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Examples without a marker: things listed in brackets after what they illustrate.
        ("I use our observability tools", "I use our observability tools (Grafana, Honeycomb)", "editorial"),
        ("I use our observability tools (Grafana)", "I use our observability tools (Grafana, Honeycomb)", "editorial"),
        # A bare list of kinds says which are asked, as the same words before the noun would: more kinds, more asked.
        ("Knows CS concepts (data structures, databases, server/client)",
         "Knows CS concepts (data structures, databases, networking, DNS)", "raises-bar"),
        ("I write tests (unit, integration)", "I write tests (unit, integration, end-to-end)", "raises-bar"),
        ("I handle incidents", "I handle incidents (P1 and P2)", "raises-bar"),
        # After a marker, without brackets, to the end of the sentence.
        ("I document my work", "I document my work, e.g. READMEs and ADRs", "editorial"),
        ("I document my work", "I document my work, for example READMEs and ADRs", "editorial"),
        ("I use tools such as Grafana", "I use tools such as Grafana and Honeycomb", "editorial"),
        ("I own the services", "I own the services, including billing and payments", "editorial"),
        ("I use tools", "I use tools, e.g. Grafana. I write runbooks", "raises-bar"),
        # A bracket that says how, how often or how far, or adds a clause, is part of the expectation.
        ("I document my work", "I document my work (and keep it up to date)", "raises-bar"),
        ("I review code", "I review code (weekly)", "raises-bar"),
        ("I share designs", "I share designs (team, org)", "raises-bar"),
        ("I mentor engineers", "I mentor engineers (two or more)", "raises-bar"),
        ("Ships features", "Ships features (end-to-end)", "raises-bar"),
        ("Ships features", "Ships features (with guidance)", "lowers-bar"),
        ("I use tools to monitor services", "I use tools such as Grafana to monitor services", "raises-bar"),
        # Made a choice: less is asked.
        ("Writes tests", "Writes tests (optional)", "lowers-bar"),
        ("Writes tests", "Writes tests (Optional)", "lowers-bar"),
        ("Ideally pairs on designs", "Pairs on designs", "raises-bar"),
    ],
)
def test_examples_listed_without_a_marker_are_wording(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Several words that say what one word says are that word: a synonym is wording.
        ("I respond to incidents in a timely manner", "I respond to incidents promptly", "editorial"),
        ("I give feedback on a regular basis", "I give feedback regularly", "editorial"),
        ("I write tests in a consistent manner", "I write tests consistently", "editorial"),
        ("I write code that is easy to read", "I write readable code", "editorial"),
        ("I write code that is simple to maintain", "I write maintainable code", "editorial"),
        ("Writes code that is easy to read and follow", "Writes readable code that is easy to follow", "editorial"),
        ("I ask for help breaking down large tasks", "I ask for help splitting large tasks", "editorial"),
        ("I set up monitoring for my services", "I configure monitoring for my services", "editorial"),
        ("I carry out code reviews", "I conduct code reviews", "editorial"),
        ("I come up with solutions to problems", "I devise solutions to problems", "editorial"),
        ("I keep stakeholders up to date", "I keep stakeholders informed", "editorial"),
        ("I raise concerns as soon as possible", "I raise concerns promptly", "editorial"),
        ("I take into account the needs of users", "I consider the needs of users", "editorial"),
        ("I write tests for a large number of cases", "I write tests for many cases", "editorial"),
        ("I review a lot of code", "I review lots of code", "editorial"),
        # Read as the one word, they still say more or less.
        ("I write tests", "I write tests on a regular basis", "raises-bar"),
        ("I write tests on a weekly basis", "I write tests on a daily basis", "raises-bar"),
        ("I review a few pull requests", "I review a large number of pull requests", "raises-bar"),
        ("I review many pull requests", "I review a small number of pull requests", "lowers-bar"),
        ("I raise concerns as soon as possible", "I raise concerns within a day", "raises-bar"),
        ("I set up monitoring", "I set up monitoring and alerting", "raises-bar"),
        ("I write code that is easy to read", "I write code that is easy to read and test", "raises-bar"),
        ("I work out of hours", "I work in hours", "lowers-bar"),
    ],
)
def test_several_words_for_one_are_wording(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A range of numbers asks for its largest, as "one or two" does.
        ("Leads initiatives with 2-3 engineers", "Leads initiatives with 4-5 engineers", "raises-bar"),
        ("Mentors 2\u20133 engineers", "Mentors 4\u20135 engineers", "raises-bar"),
        ("Leads teams of 5-10", "Leads teams of 3-5", "lowers-bar"),
        ("Leads teams of 3-5", "Leads teams of 3 to 5", "editorial"),
    ],
)
def test_a_range_of_numbers_is_a_number(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A phrase that says what one word of scale says is read on that word's scale, wherever each stands.
        ("I am polite at all times", "I am always polite", "editorial"),
        ("I write docs from time to time", "I occasionally write docs", "editorial"),
        ("I write docs from time to time", "I write docs", "raises-bar"),
        ("I write docs for the most part", "I mostly write docs", "editorial"),
        ("I improve tooling on an ongoing basis", "I continuously improve tooling", "editorial"),
        ("I improve tooling on a regular basis", "I improve tooling on an ongoing basis", "raises-bar"),
        ("I use a wide range of tools", "I use many tools", "editorial"),
        ("I take the lead on incident reviews", "I lead incident reviews", "editorial"),
        ("I am responsible for the release", "I own the release", "editorial"),
        ("I am in charge of the release", "I lead the release", "editorial"),
        ("I am responsible for the release", "I help with the release", "lowers-bar"),
        ("Takes part in on-call", "Leads on-call", "raises-bar"),
        ("I get involved in incident reviews", "I participate in incident reviews", "editorial"),
        ("I keep an eye on production metrics", "I monitor production metrics", "editorial"),
        ("I consider different points of view", "I consider different perspectives", "editorial"),
        ("I demonstrate the ability to debug", "I can debug", "editorial"),
        ("I demonstrate the ability to debug", "I debug", "editorial"),
        # Words of scale that swap places say the same; of another place, not.
        ("I sometimes review code", "I review code sometimes", "editorial"),
        ("I am polite at all times", "I am usually polite", "lowers-bar"),
    ],
)
def test_a_phrase_of_one_word_of_scale_is_read_as_that_word(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Help negated is independence, as far as the amount negated says.
        ("Makes progress without the need for constant input from others",
         "Makes progress with regular input from others", "lowers-bar"),
        ("Makes progress with regular input from others",
         "Makes progress without the need for constant input from others", "raises-bar"),
        ("Makes progress without the need for constant input from others",
         "Makes progress without the need for regular input from others", "raises-bar"),
        ("Ships features without constant input", "Ships features without input", "raises-bar"),
        ("Ships features and does not need guidance", "Ships features and needs guidance", "lowers-bar"),
        ("Ships features with no need for guidance", "Ships features with guidance", "lowers-bar"),
        ("Ships features without close supervision", "Ships features with close supervision", "lowers-bar"),
        ("Ships features without the need for guidance", "Ships features independently", "editorial"),
        # How often help is needed is how much of it.
        ("Ships features and rarely needs direction", "Ships features and often needs direction", "lowers-bar"),
        ("Ships features and needs help", "Ships features and rarely needs help", "raises-bar"),
        ("Ships features with little need for direction", "Ships features with regular direction", "lowers-bar"),
        ("Ships features and needs frequent check-ins", "Ships features and needs occasional check-ins", "raises-bar"),
        ("Ships features without much hand-holding", "Ships features", "lowers-bar"),
        # Input gathered or given is no help received.
        ("Gathers input from stakeholders", "Gathers input from partners", "editorial"),
    ],
)
def test_help_negated_or_needed_less_often_is_autonomy(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A word of involvement that is also a noun is one only where it stands as a verb.
        ("I take into account the needs of users", "I take into account the needs of users and support",
         "raises-bar"),
        ("Knows when to ask for help", "Knows when to ask for guidance", "editorial"),
        ("I provide support to the team", "I support the team", "editorial"),  # given, the noun is its verb
        ("I provide support to the team", "I lead the team", "raises-bar"),
        ("Support the team", "Lead the team", "raises-bar"),
        ("I mentor and support others", "I mentor and lead others", "raises-bar"),
        ("Regularly leads larger initiatives", "Regularly helps lead larger initiatives", "lowers-bar"),
    ],
)
def test_a_noun_of_involvement_is_no_verb_of_it(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # "well", "effectively" and "good" say it is done as expected, as a plain statement does;
        # "as well" says "also".
        ("I communicate effectively", "I communicate well", "editorial"),
        ("I communicate well", "I communicate effectively", "editorial"),
        ("I communicate well", "I communicate", "editorial"),
        ("I am an effective communicator", "I am a good communicator", "editorial"),
        ("I am a good communicator", "I am a skilled communicator", "raises-bar"),
        ("I have a basic understanding of testing", "I understand testing well", "raises-bar"),
        ("I review code as well", "I review code", "editorial"),
    ],
)
def test_well_is_as_well_as_effectively(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Light rewrites say the same thing; the words of scale in them are still read.
        ("I make decisions about architecture", "I decide on architecture", "editorial"),
        ("I make decisions about architecture", "I contribute to decisions about architecture", "lowers-bar"),
        ("I keep up with industry trends", "I stay current with industry trends", "editorial"),
        ("Stays up to date with industry trends", "Tracks industry trends", "editorial"),
        ("I have a good understanding of our systems", "I understand our systems well", "editorial"),
        ("I have a basic understanding of our systems", "I understand our systems well", "raises-bar"),
        ("I have a deep understanding of our systems", "I understand our systems well", "lowers-bar"),
    ],
)
def test_light_rewrites_are_wording(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Using or reading what others make is less involvement than making it.
        ("Uses monitoring", "Implements monitoring", "raises-bar"),
        ("Reads design docs", "Writes design docs", "raises-bar"),
        ("Uses continuous delivery pipelines for automation", "Builds continuous delivery pipelines for automation",
         "raises-bar"),
        ("Implements monitoring", "Uses monitoring", "lowers-bar"),
        ("Uses monitoring", "Leads monitoring", "raises-bar"),
        ("Writes design docs", "Creates design docs", "editorial"),  # still one plain word for another
        # Only where it stands as a verb: "the use of", "makes use of".
        ("Explains the use of feature flags", "Explains the purpose of feature flags", "editorial"),
        ("Makes use of monitoring", "Uses monitoring", "editorial"),
        # One verb of several taken out or put in: a verb, whatever its involvement.
        ("Reads and writes design docs", "Writes design docs", "lowers-bar"),
        ("Writes design docs", "Reads and writes design docs", "raises-bar"),
        ("Uses or builds pipelines", "Builds pipelines", "raises-bar"),  # an alternative taken out
    ],
)
def test_using_and_reading_are_less_involvement_than_making(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Help from a team is help, as help from people is.
        ("Writes secure code with help from the security team", "Writes secure code", "raises-bar"),
        ("Writes secure code with help from other teams", "Writes secure code", "raises-bar"),
        ("Writes secure code", "Writes secure code with support from the platform group", "lowers-bar"),
        ("Writes secure code with help from other engineers", "Writes secure code", "raises-bar"),
        # Work said to be shared how often is done with others.
        ("Prioritises work for the team (usually with others)", "Prioritises work for the team", "raises-bar"),
        ("Prioritises work for the team", "Prioritises work for the team, often with other engineers",
         "lowers-bar"),
        ("Prioritises work (usually with others)", "Prioritises work (sometimes with others)", "raises-bar"),
        # Working with others is the work, not help with it.
        ("Regularly collaborates with others", "Regularly collaborates with others on designs", "raises-bar"),
        ("Regularly collaborates with others on designs", "Regularly collaborates on designs", "lowers-bar"),
    ],
)
def test_help_from_a_team_and_work_shared_are_less_autonomy(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A hedge ("usually") taken out leaves it asked every time.
        ("Usually estimates tasks accurately", "Estimates tasks accurately", "raises-bar"),
        ("Estimates tasks accurately", "Usually estimates tasks accurately", "lowers-bar"),
        ("Generally writes tests", "Always writes tests", "raises-bar"),
        ("Usually estimates tasks accurately", "Often estimates tasks accurately", "lowers-bar"),
        # How often, not how reliably: "regularly" still asks more than a plain statement.
        ("Regularly gives feedback", "Gives feedback", "lowers-bar"),
        ("Gives feedback", "Regularly gives feedback", "raises-bar"),
        # What is done rarely or never is to be avoided: more often asks less.
        ("Never ships untested code", "Rarely ships untested code", "lowers-bar"),
        ("Rarely ships untested code", "Never ships untested code", "raises-bar"),
        ("Rarely misses a deadline", "Sometimes misses a deadline", "lowers-bar"),
        ("Never ships untested code", "Does not ship untested code", "editorial"),
    ],
)
def test_hedges_and_what_is_avoided_read_frequency_their_way(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A qualifier of what is to be absent: taken out, more is to be absent.
        ("Writes code free of obvious bugs", "Writes code free of bugs", "raises-bar"),
        ("Writes code free of bugs", "Writes code free of obvious bugs", "lowers-bar"),
        ("Ships features without known bugs", "Ships features without bugs", "raises-bar"),
        ("Avoids risky shortcuts", "Avoids shortcuts", "raises-bar"),
        ("Never merges untested code", "Never merges code", "raises-bar"),
        # Not past "and", which may start another clause; nor anywhere else.
        ("Avoids shortcuts and writes clean code", "Avoids shortcuts and writes code", "lowers-bar"),
        ("Writes clean code", "Writes code", "lowers-bar"),
    ],
)
def test_a_qualifier_of_what_is_avoided_narrows_it(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Other teams are beyond their own.
        ("Reviews code from their team", "Reviews code from other teams", "raises-bar"),
        ("Reviews code from other teams", "Reviews code from their team", "lowers-bar"),
        ("Collaborates with other teams", "Collaborates across teams", "editorial"),
        # A small word is no misspelling of another.
        ("Reviews code from their team", "Reviews code from the team", "editorial"),
    ],
)
def test_other_teams_widen_the_scope(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Is an ambassador for their team", "Acts as an ambassador for their team", "editorial"),
        ("Is a mentor to new joiners", "Serves as a mentor to new joiners", "editorial"),
        ("Helps others learn", "Helps other people learn", "editorial"),
        ("Collaborates with team members", "Collaborates with teammates", "editorial"),
        ("Completes well-defined tasks", "Completes clearly defined tasks", "editorial"),
        ("Writes well-tested code", "Writes thoroughly tested code", "raises-bar"),  # "well" is still read
        ("Completes well-defined tasks", "Completes ambiguous tasks", "raises-bar"),
        ("Supports team well-being", "Supports team wellbeing", "editorial"),
        ("Sets the agenda during 1:1s", "Sets the agenda for 1:1s", "editorial"),  # prepositions are small words
        ("Avoids shortcuts. Instead, delivers quality code", "Avoids shortcuts. Delivers quality code", "editorial"),
        ("Avoids shortcuts. Therefore, delivers quality code", "Avoids shortcuts. Instead, delivers quality code",
         "editorial"),
    ],
)
def test_same_meaning_in_other_words(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_a_split_that_only_drops_its_connector_is_editorial():
    def before(d):
        cell(d, "IC2", "ownership")[0:1] = ["I avoid shortcuts that hurt quality. Instead, I deliver quality code"]

    def after(d):
        cell(d, "IC2", "ownership")[0:1] = ["I avoid shortcuts that hurt quality", "I deliver quality code"]

    changes = compare(edited(before), edited(after))
    assert [(c.kind, c.impact) for c in changes] == [(Kind.STATEMENT_SPLIT, Impact.EDITORIAL)]


def _reworded_ic1(new):
    return lambda d: cell(d, "IC1", "impact").__setitem__(0, new)


def _reworded_ic2(new):
    return lambda d: cell(d, "IC2", "code")["statements"][0].__setitem__("text", new)


@pytest.mark.parametrize(
    ("aliases", "reword"),
    [
        (["daily"], _reworded_ic1("I deliver my tasks daily on time and to a high standard")),
        (["within a day"], _reworded_ic2("I review code from my teammates")),
    ],
)
def test_a_revision_cannot_make_the_words_it_changes_its_own_name(aliases, reword):
    """A name the new revision declares, made of plain words, is no brand in
    a rewording that names no organisation before: "daily" added is more,
    "within a day" taken out less."""
    def edit(d):
        d["organisation"]["aliases"] = aliases
        reword(d)

    [reworded] = [c for c in diff(edit) if c.kind is Kind.STATEMENT_REWORDED]
    assert reworded.impact is not Impact.EDITORIAL


def test_a_rebrand_in_the_same_revision_is_still_wording():
    def rebrand(name):
        def edit(d):
            d["organisation"]["name"] = name
            cell(d, "IC1", "impact")[0] = f"I deliver my tasks on time and to a high standard, as we did at {name}"
        return edit

    for name in ("Globex", "Initech"):  # a new name no dictionary has
        [_, reworded] = diff(rebrand(name))
        assert (reworded.kind, reworded.impact) == (Kind.STATEMENT_REWORDED, Impact.EDITORIAL)


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # An example that says how often, how soon or without help sets a bar.
        ("I write code", "I write code, e.g. always with tests", "raises-bar"),
        ("I write docs", "I write docs, for example daily", "raises-bar"),
        ("I write docs", "I write docs (e.g. within a day of each release)", "raises-bar"),
        ("I write docs", "I write docs, e.g. independently", "raises-bar"),
        # One that names things only illustrates.
        ("I write code", "I write code (e.g. PGP, training)", "editorial"),
        ("I write docs", "I write docs, for example READMEs and ADRs", "editorial"),
    ],
)
def test_an_example_that_says_how_often_is_part_of_the_expectation(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I always write a design document before any change", {"always"}),
        ("I am expected to lead incidents", {"expected"}),
        ("I review code weekly", {"weekly"}),
        # No bar: negated, a thing named, "as soon as", one of two ways of working.
        ("I am not expected to lead.", set()),
        ("Engineers are not required to write a design for small changes.", set()),
        ("Running the daily standup is a good place to start.", set()),
        ("E.g. the weekly release.", set()),
        ("Once a sprint is planned, I break the work into tickets.", set()),
        ("This may be done independently or with a pair.", set()),
        # How often after a concession says what is usual, not what is asked.
        ("Not always, but often, the design review is where this shows.", set()),
        ("I don't necessarily pair every week, but regularly.", set()),
        ("I don't always pair. I review code every day.", {"day"}),
    ],
)
def test_the_bars_a_remark_sets(text, words):
    assert bars(text) == words


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A level named higher asks more of the people it is asked of, a lower one less.
        ("I operate beyond L4", "I operate beyond L3", "lowers-bar"),
        ("I design systems as an L5 would", "I design systems as an L6 would", "raises-bar"),
        ("I interview candidates up to level 4", "I interview candidates up to level 5", "raises-bar"),
        ("I mentor IC1s", "I mentor IC2s", "raises-bar"),  # named as the ladder's own ids are
        # The same level, said another way.
        ("I interview candidates up to Level 4", "I interview candidates up to L4", "editorial"),
        # Numbers of other things, a network layer, a cache: no level, but another thing named, for a reviewer.
        ("I configure L4 load balancers", "I configure L7 load balancers", "raises-bar"),
        ("I tune the L2 cache", "I tune the L3 cache", "raises-bar"),
        # Someone else's level: who helps, read as the same help; whom a problem goes to, another person.
        ("I get guidance from L2 engineers", "I get guidance from L3 engineers", "editorial"),
        ("I escalate to an IC3 when stuck", "I escalate to an IC2 when stuck", "raises-bar"),
    ],
)
def test_a_level_named_higher_or_lower_moves_the_bar(old, new, impact):
    assert grade(old, new, levels=("IC1", "IC2", "IC3")).impact.value == impact


def test_a_statement_that_names_a_lower_level_lowers_the_bar():
    def edit(document):
        cell(document, "IC3", "impact").append("I review designs as an IC2 would")

    before = edited(edit)
    after = edited(lambda document: (edit(document), cell(document, "IC3", "impact").__setitem__(
        1, "I review designs as an IC1 would")))
    (change,) = compare(before, after)
    assert (change.kind, change.impact) == (Kind.STATEMENT_REWORDED, Impact.LOWERS_BAR)


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Work said to be reviewed is overseen: help had, as "with review from my lead" is.
        ("Works independently on standard work; reviewed on the non-standard",
         "Works independently on standard and non-standard work", "raises-bar"),
        ("I ship features", "I ship features, reviewed by my lead", "lowers-bar"),
        # What the subject reviews, or sees reviewed, is no help had.
        ("I have reviewed the designs of my team", "I have reviewed the designs of my team and others", "raises-bar"),
        ("I make sure every design I own is reviewed by my peers",
         "I make sure every design I own is reviewed by my peers and my lead", "raises-bar"),
    ],
)
def test_work_said_to_be_reviewed_is_help_had(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A number changed beside another the change leaves alone: the changed one is read.
        ("I mentor two engineers and review 5 designs a quarter",
         "I mentor four engineers and review 5 designs a quarter", "raises-bar"),
        ("I mentor four engineers and review 5 designs a quarter",
         "I mentor two engineers and review 5 designs a quarter", "lowers-bar"),
        ("I mentor two engineers during their first 90 days", "I mentor four engineers during their first 90 days",
         "raises-bar"),
        ("I mentor one or two engineers during their first 90 days",
         "I mentor three or four engineers during their first 90 days", "raises-bar"),
        ("I mentor two to three engineers and 5 interns", "I mentor one to two engineers and 5 interns", "lowers-bar"),
        # Without another number, or with one kept in the amount changed, as before.
        ("I mentor two engineers", "I mentor four engineers", "raises-bar"),
        ("I mentor one or two engineers", "I mentor one engineer", "lowers-bar"),
        ("I mentor one engineer during their first 90 days", "I mentor one or two engineers during their first 90 days",
         "raises-bar"),
        # The least asked raised, the most kept: someone mentoring two met the old bar and misses the new one.
        ("I mentor 2-3 engineers over 90 days", "I mentor 3 engineers over 90 days", "raises-bar"),
    ],
)
def test_a_number_changed_is_read_whatever_other_numbers_the_text_holds(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Once a year and twice a year: the whole phrase says how often, not the word that changed.
        ("I give a tech talk once a year", "I give a tech talk twice a year", "raises-bar"),
        ("I give a tech talk twice a year", "I give a tech talk once a year", "lowers-bar"),
        ("I give a tech talk once a quarter", "I give a tech talk three times a quarter", "raises-bar"),
        ("I give a tech talk once a month", "I give a tech talk twice a month", "raises-bar"),
        # A share of the periods: one week in four is more often than one week in six.
        ("I join the on-call rota one week in six", "I join the on-call rota one week in four", "raises-bar"),
        ("I join the on-call rota one week in four", "I join the on-call rota one week in six", "lowers-bar"),
        ("I join the on-call rota one in six weeks", "I join the on-call rota one in four weeks", "raises-bar"),
        ("I join the rota one week out of every four", "I join the rota one week out of every eight", "lowers-bar"),
        # Not a share: a length of time.
        ("I plan one week in advance", "I plan two weeks in advance", "raises-bar"),
        # How often, said another way or moved, as before.
        ("I review code once a week", "I review code every week", "editorial"),
        ("Once a week I review code", "I review code once a week", "editorial"),
        ("Once a week I review code", "I review code every month", "lowers-bar"),
    ],
)
def test_how_often_is_read_over_the_whole_phrase_that_says_it(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_a_phrase_of_how_often_sets_one_bar():
    assert bars("I review code every day") == {"day"}
    assert bars("I review code twice a week") == {"week"}
    # A number in words is read in figures, as "one week in 4" is: the same bar however it is written.
    assert bars("I join the on-call rota one week in four") == {"4"}


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A condition, help had or a skill still learnt put in where other words are rewritten asks less,
        # as each does alone; not words asked for.
        ("I improve our monitoring so that the team spends less time on incidents",
         "I improve our monitoring when asked", "lowers-bar"),
        ("I improve our monitoring so that the team spends less time on incidents",
         "I help improve our monitoring when asked", "lowers-bar"),
        ("I improve our monitoring proactively", "I improve our monitoring when asked", "lowers-bar"),
        ("I improve our monitoring proactively", "I improve our monitoring with guidance", "lowers-bar"),
        ("I improve our monitoring end to end", "I am learning to improve our monitoring", "lowers-bar"),
        # Each alone, as before.
        ("I improve our monitoring so that the team spends less time on incidents", "I improve our monitoring",
         "lowers-bar"),
        ("I improve our monitoring", "I improve our monitoring when asked", "lowers-bar"),
        ("I improve our monitoring", "I help improve our monitoring", "lowers-bar"),
        # Words asked for beside a condition taken out still ask more.
        ("I review designs when asked", "I review designs and code", "raises-bar"),
    ],
)
def test_a_softening_in_a_rewritten_clause_asks_less(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The subject now helps those who helped it do the work: the lead is theirs, the subject only helps.
        ("I set our team's OKRs with my manager", "I help my manager set our team's OKRs", "lowers-bar"),
        ("I help my manager set our team's OKRs", "I set our team's OKRs with my manager", "raises-bar"),
        ("I lead the migration with support from my tech lead", "I support my tech lead to lead the migration",
         "lowers-bar"),
        # Helping that is itself the work, or other people helped: help given for help had, as before.
        ("I coach engineers on my team", "I am coached by engineers on my team", "lowers-bar"),
        ("I am mentored by senior engineers", "I mentor junior engineers", "raises-bar"),
    ],
)
def test_helping_those_who_helped_do_the_work_asks_less(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Knowing what is there, against acting on it.
        ("I understand the technical direction for my team", "I set the technical direction for my team",
         "raises-bar"),
        ("I set the technical direction for my team", "I understand the technical direction for my team",
         "lowers-bar"),
        ("I know our deployment process", "I improve our deployment process", "raises-bar"),
        ("I improve our deployment process", "I know our deployment process", "lowers-bar"),
        ("I understand our architecture", "I explain our architecture", "raises-bar"),
        # One way of knowing for another, or knowing how well, as before.
        ("I understand our architecture", "I know our architecture", "editorial"),
        ("I know our deployment process", "I use our deployment process", "editorial"),
        ("I have a good understanding of our architecture", "I understand our architecture well", "editorial"),
        ("I understand our architecture", "I am familiar with our architecture", "lowers-bar"),
        ("I am familiar with our architecture", "I understand our architecture", "raises-bar"),
        # Knowing when or how to act says the act.
        ("I know when to ask for help", "I ask for help when needed", "lowers-bar"),
    ],
)
def test_knowing_is_less_than_doing(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("I mentor two engineers and review 5 designs a quarter",
         "I mentor four engineers and review 5 designs a quarter", Impact.RAISES_BAR),
        ("I give a tech talk once a year", "I give a tech talk twice a year", Impact.RAISES_BAR),
        ("I join the on-call rota one week in six", "I join the on-call rota one week in four", Impact.RAISES_BAR),
        ("I improve our monitoring so that the team spends less time on incidents",
         "I improve our monitoring when asked", Impact.LOWERS_BAR),
        ("I set our team's OKRs with my manager", "I help my manager set our team's OKRs", Impact.LOWERS_BAR),
        ("I understand the technical direction for my team", "I set the technical direction for my team",
         Impact.RAISES_BAR),
    ],
)
def test_the_differ_grades_a_level_statement_so(old, new, impact):
    def setting(text):
        return lambda d: cell(d, "IC1", "impact").__setitem__(0, text)

    changes = compare(edited(setting(old)), edited(setting(new)))
    assert [(c.kind, c.impact) for c in changes] == [(Kind.STATEMENT_REWORDED, impact)]


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A time allowed, said with "in": less time asks more.
        ("I ship the feature in six weeks", "I ship the feature in four weeks", "raises-bar"),
        ("I ship the feature in four weeks", "I ship the feature in six weeks", "lowers-bar"),
        ("In six weeks I ship the feature", "In four weeks I ship the feature", "raises-bar"),
        ("I close tickets in 3 days", "I close tickets in 2 days", "raises-bar"),
        ("I become productive in my first month", "I become productive in my first week", "raises-bar"),
        ("I fix bugs within two sprints", "I fix bugs within a sprint", "raises-bar"),
        ("I fix bugs within a sprint", "I fix bugs within two sprints", "lowers-bar"),
        # The end of a period as the time allowed.
        ("I deliver the project by the end of the quarter", "I deliver the project by the end of the month",
         "raises-bar"),
        ("I deliver the project by the end of the quarter", "I deliver the project by the end of the year",
         "lowers-bar"),
        ("I ship by the end of the sprint", "I ship before the end of the week", "raises-bar"),
        # The same time allowed, said another way.
        ("I onboard in 3 months", "I onboard within 3 months", "editorial"),
        ("I onboard in three months", "I onboard in 3 months", "editorial"),
        ("I ship in two weeks", "I ship in a fortnight", "editorial"),
        # Not a time allowed: how many, a share of the periods, how often.
        ("I work in 2 teams", "I work in 3 teams", "raises-bar"),
        ("I lead work in six areas", "I lead work in four areas", "lowers-bar"),
        ("I join the on-call rota one in six weeks", "I join the on-call rota one in four weeks", "raises-bar"),
        ("I review code every 2 weeks", "I review code every 3 weeks", "lowers-bar"),
        ("I review code every four weeks", "I review code every two weeks", "raises-bar"),
        ("I deploy three times in a week", "I deploy four times in a week", "raises-bar"),
    ],
)
def test_a_time_allowed_is_read_as_a_deadline(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_a_time_said_with_in_sets_no_bar_in_a_note():
    # "in two years" is as often the time something takes as the time allowed.
    assert bars("Most engineers reach this level in two years") == set()
    assert bars("I fix bugs within a day") == {"within", "day"}
    assert bars("I ship by the end of the sprint") == {"end", "sprint"}


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The same period within the calendar's slack: a month is four weeks to four and a half.
        ("I give a talk twice a year", "I give a talk every six months", "editorial"),
        ("I give a talk every six months", "I give a talk twice a year", "editorial"),
        ("I review code every two weeks", "I review code twice a month", "editorial"),
        ("I review code twice a month", "I review code every two weeks", "editorial"),
        ("I review code every four weeks", "I review code monthly", "editorial"),
        ("I review code every 12 months", "I review code yearly", "editorial"),
        ("I review code every 52 weeks", "I review code once a year", "editorial"),
        ("I review code four times a year", "I review code quarterly", "editorial"),
        ("I respond to reviews within a month", "I respond to reviews within four weeks", "editorial"),
        # Beyond the slack, a change of how often or how soon, as before.
        ("I review code every two weeks", "I review code once a month", "lowers-bar"),
        ("I review code every 6 weeks", "I review code monthly", "raises-bar"),
        ("I review code every five weeks", "I review code monthly", "raises-bar"),
        ("I give a talk twice a year", "I give a talk every four months", "raises-bar"),
        ("I respond to reviews within a week", "I respond to reviews within 5 days", "raises-bar"),
        # More often than daily, and less often than yearly.
        ("I deploy daily", "I deploy twice a day", "raises-bar"),
        ("I deploy twice a day", "I deploy daily", "lowers-bar"),
        ("I deploy hourly", "I deploy twice a day", "lowers-bar"),
        ("I run a disaster recovery drill yearly", "I run a disaster recovery drill every two years", "lowers-bar"),
    ],
)
def test_periods_the_same_within_the_calendars_slack_are_the_same(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Part of a deadline changed, the rest kept: the deadlines are compared whole.
        ("I ship a change in my first two weeks", "I ship a change in my first week", "raises-bar"),
        ("I ship a change in my first week", "I ship a change in my first two weeks", "lowers-bar"),
        ("I fix bugs within the next two days", "I fix bugs within the next day", "raises-bar"),
        ("I fix bugs within the next day", "I fix bugs within the next two days", "lowers-bar"),
        ("I fix bugs within two weeks", "I fix bugs within a fortnight", "editorial"),
        ("I fix bugs within 48 hours", "I fix bugs within 24 hours", "raises-bar"),
    ],
)
def test_a_deadline_changed_in_part_is_read_whole(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # "once" before "every", and a count of times after "a couple of", belong to the phrase.
        ("I present once every two weeks", "I present every two weeks", "editorial"),
        ("I present once every two weeks", "I present twice a month", "editorial"),
        ("I present once every two weeks", "I present once every four weeks", "lowers-bar"),
        ("I present once every week", "I present every day", "raises-bar"),
        ("I give a tech talk a couple of times a year", "I give a tech talk twice a year", "editorial"),
        ("I give a tech talk a couple of times a year", "I give a tech talk once a year", "lowers-bar"),
        ("I give a tech talk a couple of times a year", "I give a tech talk a couple of times a quarter",
         "raises-bar"),
        ("I give a tech talk twice a year", "I give a tech talk a couple of times a quarter", "raises-bar"),
    ],
)
def test_the_words_of_a_phrase_of_how_often_go_with_it(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # So many things a period: the period says how often, the count how many.
        ("I lead one project a year", "I lead one project a quarter", "raises-bar"),
        ("I lead one project a quarter", "I lead one project a year", "lowers-bar"),
        ("I lead two design reviews a month", "I lead two design reviews a week", "raises-bar"),
        ("I am on call one week a month", "I am on call one week in four", "editorial"),
        ("I run 2 interviews a week", "I run 4 interviews a week", "raises-bar"),
        # A time spent is no frequency; another one is still another thing said.
        ("I spent a week on call", "I spent a month on call", "raises-bar"),
        # A time after which something is done: sooner asks more.
        ("After 6 months I lead a project", "After 3 months I lead a project", "raises-bar"),
        ("After 3 months I lead a project", "After 6 months I lead a project", "lowers-bar"),
        ("I follow up after a day", "I follow up after two days", "lowers-bar"),
    ],
)
def test_a_period_after_what_is_counted_says_how_often(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Part of a phrase of how often changed, the rest kept: the phrases are compared whole.
        ("I join the on-call rota one week in four", "I join the on-call rota every four weeks", "editorial"),
        ("I join the on-call rota every four weeks", "I join the on-call rota one week in four", "editorial"),
        ("I join the on-call rota one week in four", "I join the on-call rota one week in every four", "editorial"),
        ("I join the on-call rota one week in four", "I join the on-call rota once a month", "editorial"),
        ("I join the on-call rota one week in four", "I join the on-call rota every three weeks", "raises-bar"),
        ("I join the on-call rota one week in four", "I join the on-call rota every six weeks", "lowers-bar"),
        ("I join the on-call rota every four weeks", "I join the on-call rota one week in three", "raises-bar"),
        # A hedge beside it is read on its own.
        ("I usually review code every week", "I review code every two weeks", "raises-bar"),
    ],
)
def test_a_phrase_of_how_often_changed_in_part_is_read_whole(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A period says how often at least, as "at least" does.
        ("I present at least once a quarter", "I present quarterly", "editorial"),
        ("I present quarterly", "I present at least once a quarter", "editorial"),
        ("I review code at least weekly", "I review code weekly", "editorial"),
        ("I review code at least once a week", "I review code once a month", "lowers-bar"),
        ("I review code at least once a month", "I review code at least once a week", "raises-bar"),
        # How many times a period, said with "per" or with the period's adverb.
        ("I deploy once per week", "I deploy weekly", "editorial"),
        ("I deploy twice per week", "I deploy twice a week", "editorial"),
        ("I deploy twice weekly", "I deploy twice a week", "editorial"),
        ("I deploy twice weekly", "I deploy weekly", "lowers-bar"),
        ("I deploy weekly", "I deploy twice weekly", "raises-bar"),
        ("I deploy twice per week", "I deploy three times per week", "raises-bar"),
        # Twice a year in one word.
        ("I present twice a year", "I present semi-annually", "editorial"),
        ("I present semi-annually", "I present annually", "lowers-bar"),
        ("I present semi-annually", "I present quarterly", "raises-bar"),
    ],
)
def test_how_often_said_in_other_words_is_the_same(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_how_many_times_a_period_sets_one_bar():
    assert bars("I review code twice weekly") == {"weekly"}
    assert bars("I review code at least once a week") == {"week"}


def _read_as(old: str, new: str) -> str:
    """The grade, and "unclear" for a change no reader can tell the way of
    (graded raises-bar, so that the gate asks for a reviewer)."""
    graded = grade(old, new)
    return "unclear" if any(reason.endswith("unclear") for reason in graded.reasons) else graded.impact.value


@pytest.mark.parametrize(
    ("old", "new", "read"),
    [
        # "a couple" is two, "a few" two to four, "several" three or more, "many" more than several.
        ("Runs 2-3 incident reviews a quarter", "Runs a few incident reviews a quarter", "unclear"),
        ("Runs 2-3 incident reviews a quarter", "Runs several incident reviews a quarter", "raises-bar"),
        ("Runs 2-3 incident reviews a quarter", "Runs many incident reviews a quarter", "raises-bar"),
        ("Runs 2-3 incident reviews a quarter", "Runs a couple of incident reviews a quarter", "lowers-bar"),
        ("Runs two incident reviews a quarter", "Runs a couple of incident reviews a quarter", "editorial"),
        ("Runs a couple of incident reviews a quarter", "Runs 2 incident reviews a quarter", "editorial"),
        ("Mentors one or two engineers", "Mentors a few engineers", "raises-bar"),
        ("Mentors a few engineers", "Mentors 5 engineers", "raises-bar"),
        ("Mentors a few engineers", "Mentors 3 engineers", "unclear"),
        ("Mentors a few engineers", "Mentors two engineers", "lowers-bar"),
        ("Mentors five engineers", "Mentors a few engineers", "lowers-bar"),
        ("Mentors a couple of engineers", "Mentors a few engineers", "raises-bar"),
        ("Mentors a few engineers", "Mentors several engineers", "unclear"),
        ("Mentors several engineers", "Mentors many engineers", "raises-bar"),
        ("Mentors many engineers", "Mentors several engineers", "lowers-bar"),
        ("Mentors a few engineers", "Mentors a handful of engineers", "editorial"),
        # Inside a scope's bound, a number is still read as one.
        ("Works across a few teams", "Works across many teams", "raises-bar"),
        ("Works across two teams", "Works across several teams", "raises-bar"),
        ("Works across 2-3 teams", "Works across a few teams", "unclear"),
        # A ceiling: "or fewer" asks for none at least.
        ("Mentors three engineers", "Mentors three or fewer engineers", "lowers-bar"),
        ("Mentors three or fewer engineers", "Mentors three engineers", "raises-bar"),
    ],
)
def test_a_vague_number_against_a_number(old, new, read):
    assert _read_as(old, new) == read, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "read"),
    [
        # A vague count of a deadline or of how often, read as all it may say.
        ("Responds to incidents within a few days", "Responds to incidents within two days", "raises-bar"),
        ("Responds to incidents within two days", "Responds to incidents within a few days", "lowers-bar"),
        ("Responds to incidents within a few days", "Responds to incidents within three days", "unclear"),
        ("Responds to incidents within four days", "Responds to incidents within a few days", "raises-bar"),
        ("Responds to incidents within a couple of days", "Responds to incidents within two days", "editorial"),
        ("Responds to incidents within a week", "Responds to incidents within a couple of days", "raises-bar"),
        ("Deploys a few times a week", "Deploys twice a week", "lowers-bar"),
        ("Deploys a few times a week", "Deploys three times a week", "unclear"),
        ("Deploys twice a week", "Deploys a few times a week", "raises-bar"),
        ("Deploys every few weeks", "Deploys every two weeks", "raises-bar"),
        ("Deploys every few weeks", "Deploys every three weeks", "unclear"),
        ("Deploys every few weeks", "Deploys weekly", "raises-bar"),
    ],
)
def test_a_vague_count_of_time(old, new, read):
    assert _read_as(old, new) == read, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "read"),
    [
        # Half a unit, and a unit and a half, in words or digits.
        ("Responds to incidents within a month", "Responds to incidents within a month and a half", "lowers-bar"),
        ("Responds to incidents within a month and a half", "Responds to incidents within a month", "raises-bar"),
        ("Responds to incidents within a month and a half", "Responds to incidents within six weeks", "editorial"),
        ("Responds to incidents within a day", "Responds to incidents within half a day", "raises-bar"),
        ("Responds to incidents within half a day", "Responds to incidents within 12 hours", "editorial"),
        ("Responds to incidents within a week", "Responds to incidents within one and a half weeks", "lowers-bar"),
        ("Responds to incidents within a week", "Responds to incidents within 1.5 weeks", "lowers-bar"),
        ("Responds to incidents within two weeks", "Responds to incidents within 1.5 weeks", "raises-bar"),
        ("Responds to incidents within 1.5 weeks", "Responds to incidents within one and a half weeks", "editorial"),
        ("Ships a first change in half a day", "Ships a first change in a day", "lowers-bar"),
        # How often: every so many periods, a fraction of them too; a fortnight is two weeks.
        ("Reviews plans every week", "Reviews plans every 1.5 weeks", "lowers-bar"),
        ("Reviews plans every two weeks", "Reviews plans every one and a half weeks", "raises-bar"),
        ("Reviews plans every two weeks", "Reviews plans every fortnight", "editorial"),
        ("Reviews plans once every two weeks", "Reviews plans fortnightly", "editorial"),
    ],
)
def test_fractions_of_a_unit_of_time(old, new, read):
    assert _read_as(old, new) == read, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "read"),
    [
        # "or more often" says how often at least, as the period alone and "at least" do: no alternative.
        ("Reviews plans monthly", "Reviews plans monthly or more often", "editorial"),
        ("Reviews plans monthly", "Reviews plans monthly or more frequently", "editorial"),
        ("Reviews plans monthly", "Reviews plans monthly or more", "editorial"),
        ("Reviews plans at least monthly", "Reviews plans monthly or more often", "editorial"),
        ("Reviews plans monthly or more often", "Reviews plans monthly", "editorial"),
        ("Reviews plans monthly", "Reviews plans weekly or more often", "raises-bar"),
        ("Reviews plans weekly", "Reviews plans monthly or more often", "lowers-bar"),
        # "or less often" makes it how often at most: less is asked.
        ("Reviews plans quarterly", "Reviews plans quarterly or less often", "lowers-bar"),
        ("Reviews plans quarterly or less often", "Reviews plans quarterly", "raises-bar"),
        ("Reviews plans monthly", "Reviews plans quarterly or less often", "lowers-bar"),
        # A deadline is a latest time: "or sooner" says it again.
        ("Fixes bugs within a week", "Fixes bugs within a week or sooner", "editorial"),
        # An alternative of another frequency is still one more way to meet it.
        ("Reviews plans monthly", "Reviews plans monthly or quarterly", "lowers-bar"),
    ],
)
def test_or_more_often_is_a_bound_not_an_alternative(old, new, read):
    assert _read_as(old, new) == read, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "read"),
    [
        # "biannually": twice a year or every two years, no reader can tell which.
        ("Reviews plans biannually", "Reviews plans twice a year", "unclear"),
        ("Reviews plans twice a year", "Reviews plans biannually", "unclear"),
        ("Reviews plans annually", "Reviews plans biannually", "unclear"),
        ("Reviews plans biannually", "Reviews plans every two years", "unclear"),
        ("Reviews plans", "Reviews plans biannually", "unclear"),
        ("Holds a biannual review of the roadmap", "Holds a semiannual review of the roadmap", "unclear"),
        ("Reviews plans monthly", "Reviews plans bimonthly", "unclear"),
        ("Reviews plans biannually", "Reviews plans bi-annually", "editorial"),
        # Twice a year said three ways; every two years said two.
        ("Reviews plans semiannually", "Reviews plans twice a year", "editorial"),
        ("Reviews plans every six months", "Reviews plans semiannually", "editorial"),
        ("Reviews plans every two years", "Reviews plans biennially", "editorial"),
        ("Reviews plans annually", "Reviews plans biennially", "lowers-bar"),
        ("Reviews plans biennially", "Reviews plans semi-annually", "raises-bar"),
    ],
)
def test_biannually_needs_a_reader(old, new, read):
    assert _read_as(old, new) == read, grade(old, new).reasons
    assert grade(old, new).impact.value != "editorial" or read == "editorial"


@pytest.mark.parametrize(
    ("old", "new", "impact", "reason"),
    [
        # A number with its unit or suffix on it is a number, not a word a slip of the hand may change.
        ("I keep availability at 99.9%", "I keep availability at 99.95%", "raises-bar", "number raised"),
        ("I keep availability at 99.9%", "I keep availability at 99.5%", "lowers-bar", "number lowered"),
        ("Supports 10k rps", "Supports 100k rps", "raises-bar", "number raised"),
        ("Reviews 10 PRs a week", "Reviews 10k PRs a week", "raises-bar", "number raised"),
        # A severity, a priority and a place in a ranking run the other way: 1 is the gravest, the first.
        ("Leads incidents of severity 3", "Leads incidents of severity 1", "raises-bar", "number raised"),
        ("Leads SEV 1 incidents", "Leads SEV 2 incidents", "lowers-bar", "number lowered"),
        ("Handles P1 incidents", "Handles P2 incidents", "lowers-bar", "number lowered"),
        ("Handles SEV2 incidents", "Handles Sev-1 incidents", "raises-bar", "number raised"),
        ("Fixes priority 2 bugs", "Fixes priority 1 bugs", "raises-bar", "number raised"),
        ("Ranks in the top 10 of the CTF", "Ranks in the top 3 of the CTF", "raises-bar", "number raised"),
        ("Knows the OWASP Top 10", "Knows the OWASP Top 20", "raises-bar", "number raised"),  # a list's length
        ("Handles 1M events a day", "Handles 1B events a day", "raises-bar", "number raised"),
        ("Handles 2bn events a day", "Handles 500M events a day", "lowers-bar", "number lowered"),
        # Under a most, a lower number asks more, as a tighter deadline does; glued to its unit or not.
        ("p99 latency under 200ms", "p99 latency under 100ms", "raises-bar", "limit raised"),
        ("p99 latency under 200 ms", "p99 latency under 100 ms", "raises-bar", "limit raised"),
        ("p99 latency under 100ms", "p99 latency under 200ms", "lowers-bar", "limit lowered"),
        ("Keeps error rate below 1%", "Keeps error rate below 0.1%", "raises-bar", "limit raised"),
        ("Keeps fewer than 5 open bugs", "Keeps fewer than 3 open bugs", "raises-bar", "limit raised"),
        ("Keeps no more than five open bugs", "Keeps no more than three open bugs", "raises-bar", "limit raised"),
        ("Keeps MTTR below 2 hours", "Keeps MTTR below 1 hour", "raises-bar", "limit raised"),
        ("Keeps cost within 10% of budget", "Keeps cost within 5% of budget", "raises-bar", "limit raised"),
        ("Keeps latency <200ms", "Keeps latency <100ms", "raises-bar", "limit raised"),
        ("Keeps latency at 200ms or less", "Keeps latency at 100ms or less", "raises-bar", "limit raised"),
        # Under a least, or none, more asks more, as before.
        ("Keeps at least 80% test coverage", "Keeps at least 90% test coverage", "raises-bar", "number raised"),
        ("Has 2+ years of experience", "Has 5+ years of experience", "raises-bar", "number raised"),
        ("Responds within 15 minutes", "Responds within 5 minutes", "raises-bar", "deadline raised"),
        # A higher percentile under a most asks more; under a least, less; with no bound, no one can tell.
        ("Keeps p95 under 300ms", "Keeps p99 under 300ms", "raises-bar", "percentile raised"),
        ("I keep p99.9 latency under 1s", "I keep p99 latency under 1s", "lowers-bar", "percentile lowered"),
        ("Keeps p95 throughput above 100 rps", "Keeps p99 throughput above 100 rps", "lowers-bar",
         "percentile lowered"),
        ("Tracks p95 latency", "Tracks p99 latency", "raises-bar", "percentile unclear"),
        # Where the way cannot be told, a reader must say.
        ("Keeps latency under 200ms", "Keeps latency under 200 rps", "raises-bar", "number unclear"),
        ("Supports 10k rps", "Supports 10k qps", "raises-bar", "number unclear"),
        ("Keeps p99 under 200ms", "Keeps p99 over 200ms", "raises-bar", "number unclear"),
        ("Keeps fewer than 5 open bugs", "Keeps more than 5 open bugs", "raises-bar", "number unclear"),
        ("Handles up to 10k rps", "Handles up to 20k rps", "raises-bar", "number unclear"),  # a most or a reach
        ("Uses Python 3.11", "Uses Python 3.12", "raises-bar", "version unclear"),
        ("Uses Python 3.9", "Uses Python 3.10", "raises-bar", "version unclear"),
        ("Handles P1 and P2 incidents", "Handles P2 and P3 incidents", "raises-bar", "number unclear"),  # a list
        ("Mentors P2 engineers", "Mentors P3 engineers", "raises-bar", "number unclear"),  # as often a level
        ("Uses IPv4", "Uses IPv6", "raises-bar", "number unclear"),
    ],
)
def test_a_number_is_read_with_its_unit_and_its_bound(old, new, impact, reason):
    result = grade(old, new)
    assert (result.impact.value, reason in result.reasons) == (impact, True), result.reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The same number, written another way.
        ("Keeps latency under 200ms", "Keeps latency under 200 ms"),
        ("Keeps latency under 0.2s", "Keeps latency under 200ms"),
        ("Keeps latency under 1s", "Keeps latency under 1 second"),
        ("Keeps latency under 200 milliseconds", "Keeps latency under 200ms"),
        ("Supports 10k rps", "Supports 10,000 rps"),
        ("Handles 1M requests a day", "Handles 1,000,000 requests a day"),
        ("Handles 1B requests a day", "Handles 1,000,000,000 requests a day"),
        ("Handles 1.5bn requests a day", "Handles 1500M requests a day"),
        ("I keep availability at 99.9%", "I keep availability at 99.9 %"),
        ("I keep availability at 99.9%", "I keep availability at 99.9 percent"),
        ("Keeps the 99th percentile under 200ms", "Keeps p99 under 200ms"),
        ("Keeps latency <200ms", "Keeps latency under 200ms"),
        ("Keeps latency under 200ms", "Keeps latency below 200ms"),
        ("Keeps latency under 200ms", "Keeps latency under 200ms or less"),
        ("Uses Python 3.11", "Uses Python v3.11"),
    ],
)
def test_a_number_written_another_way_is_editorial(old, new):
    assert grade(old, new).impact is Impact.EDITORIAL, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A kind listed beside one of its scale ("and minor") asks for both: more, however low it stands.
        ("I act as incident commander for major incidents",
         "I act as incident commander for major and minor incidents", "raises-bar"),
        ("I act as incident commander for major incidents",
         "I act as incident commander for minor and major incidents", "raises-bar"),
        ("I act as incident commander for major incidents",
         "I act as incident commander for major and security incidents", "raises-bar"),
        ("I mentor senior engineers", "I mentor junior and senior engineers", "raises-bar"),
        # Taken out of the list, less is asked; one for the other is still read on its scale.
        ("I act as incident commander for major and minor incidents",
         "I act as incident commander for major incidents", "lowers-bar"),
        ("I act as incident commander for major incidents", "I act as incident commander for minor incidents",
         "lowers-bar"),
    ],
)
def test_a_kind_listed_with_and_widens_what_is_asked(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact", "reason"),
    [
        # A sprint lasts one week to four, as each team has it: against a period of the calendar that it
        # may be shorter or longer than, a reader must say, how often as how soon.
        ("I present my work at the team's demo every sprint", "I present my work at the team's demo every two weeks",
         "raises-bar", "frequency unclear"),
        ("I present my work at the team's demo every two weeks", "I present my work at the team's demo every sprint",
         "raises-bar", "frequency unclear"),
        ("I fix it within a sprint", "I fix it within two weeks", "raises-bar", "deadline unclear"),
        ("I fix it within two weeks", "I fix it within a sprint", "raises-bar", "deadline unclear"),
        # No sprint is shorter than a week: "every week" asks it at least as often, "within a week" as soon.
        ("I present my work at the team's demo every sprint", "I present my work at the team's demo every week",
         "raises-bar", "frequency raised"),
        ("I fix it by the end of the sprint", "I fix it by the end of the week", "raises-bar", "deadline raised"),
        ("I present my work every sprint", "I present my work every day", "raises-bar", "frequency raised"),
        ("I present my work every sprint", "I present my work every quarter", "lowers-bar", "frequency lowered"),
        ("I fix it within a week", "I fix it within a sprint", "lowers-bar", "deadline lowered"),
        # A sprint against a sprint: as long as each other.
        ("I present my work every sprint", "I present my work each sprint", "editorial", "wording"),
        ("I present my work twice a sprint", "I present my work every sprint", "lowers-bar", "frequency lowered"),
        ("I fix it within a sprint", "I fix it within two sprints", "lowers-bar", "deadline lowered"),
    ],
)
def test_a_sprint_against_the_calendar_is_for_a_reader(old, new, impact, reason):
    graded = grade(old, new)
    assert (graded.impact.value, reason in graded.reasons) == (impact, True), graded.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A working (business) day is a day of a five-day week: five of them are a week, as a working week is.
        ("I write a postmortem within five working days", "I write a postmortem within one working week",
         "editorial"),
        ("I write a postmortem within 5 working days", "I write a postmortem within a week", "editorial"),
        ("I write a postmortem within five working days", "I write a postmortem within 7 days", "editorial"),
        ("I write a postmortem within five business days", "I write a postmortem within a week", "editorial"),
        ("I write a postmortem within five working days", "I write a postmortem within five days", "raises-bar"),
        ("I write a postmortem within five working days", "I write a postmortem within two days", "raises-bar"),
        ("I write a postmortem within five working days", "I write a postmortem within ten working days",
         "lowers-bar"),
        ("I reply within one business day", "I reply within a day", "raises-bar"),
        ("I fix it in two working days", "I fix it in a week", "lowers-bar"),
        # How often: every day asks the weekend's days too, as "every weekday" -> "every day" does.
        ("I share my progress every working day", "I share my progress every day", "raises-bar"),
        ("I share my progress every working day", "I share my progress every week", "lowers-bar"),
        # A least of things and a deadline, each read on its own: fewer, and later.
        ("I review at least five pull requests within one working day",
         "I review at least two pull requests within three working days", "lowers-bar"),
        ("I review at least two pull requests within three working days",
         "I review at least five pull requests within one working day", "raises-bar"),
        # "working" still says a degree where it is one.
        ("I have a working knowledge of SQL", "I have a deep knowledge of SQL", "raises-bar"),
    ],
)
def test_working_days_are_days_of_a_five_day_week(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # "a pair of" is two, as "a couple of" is.
        ("Mentors two engineers on their team", "Mentors a pair of engineers on their team", "editorial"),
        ("Mentors two engineers on their team", "Mentors a couple of engineers on their team", "editorial"),
        ("Mentors a pair of engineers on their team", "Mentors three engineers on their team", "raises-bar"),
        ("Mentors three engineers on their team", "Mentors a pair of engineers on their team", "lowers-bar"),
        # A pair as what is done is no number.
        ("Pairs with engineers on their team", "Pairs with two engineers on their team", "raises-bar"),
    ],
)
def test_a_pair_of_is_two(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact", "reason"),
    [
        # A deadline named by a noun reads as "within" does: a longer one asks less.
        ("Gets critical CVEs patched within our SLA of 7 days", "Gets critical CVEs patched within our SLA of 14 days",
         "lowers-bar", "deadline lowered"),
        ("Gets critical CVEs patched within our SLA of 14 days", "Gets critical CVEs patched within our SLA of 7 days",
         "raises-bar", "deadline raised"),
        ("Patches critical CVEs, SLA: 7 days", "Patches critical CVEs, SLA: 14 days", "lowers-bar", "deadline lowered"),
        ("Meets a deadline of two weeks", "Meets a deadline of one month", "lowers-bar", "deadline lowered"),
        ("Answers tickets with a target of 2 days", "Answers tickets with a target of 5 days", "lowers-bar",
         "deadline lowered"),
        # Not a length of time: a number, more asks more.
        ("Keeps an SLO of 99.5%", "Keeps an SLO of 99.9%", "raises-bar", "number raised"),
    ],
)
def test_a_deadline_named_by_an_sla_or_a_target(old, new, impact, reason):
    graded = grade(old, new)
    assert (graded.impact.value, reason in graded.reasons) == (impact, True), graded.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact", "reason"),
    [
        # A threshold under which a result counts or errors are allowed is a limit: a lower one asks more.
        ("Uses a significance level of 0.05", "Uses a significance level of 0.01", "raises-bar", "limit raised"),
        ("Uses a significance level of 1%", "Uses a significance level of 5%", "lowers-bar", "limit lowered"),
        ("Tests at an alpha of 0.05", "Tests at an alpha of 0.01", "raises-bar", "limit raised"),
        ("Uses a p-value threshold of 0.05", "Uses a p-value threshold of 0.01", "raises-bar", "limit raised"),
        ("Keeps an error budget of 0.1%", "Keeps an error budget of 1%", "lowers-bar", "limit lowered"),
    ],
)
def test_a_significance_level_or_an_error_budget_is_a_limit(old, new, impact, reason):
    graded = grade(old, new)
    assert (graded.impact.value, reason in graded.reasons) == (impact, True), graded.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # An hour is a period as a day is: every hour is more often than every day.
        ("Reviews the dashboard every day", "Reviews the dashboard every hour", "raises-bar"),
        ("Reviews the dashboard each day", "Reviews the dashboard each hour", "raises-bar"),
        ("Reviews the dashboard every hour", "Reviews the dashboard every day", "lowers-bar"),
        ("Checks alerts every hour", "Checks alerts twice a day", "lowers-bar"),
        ("Checks alerts hourly", "Checks alerts every hour", "editorial"),
        # Hours apart are periods apart, as days are: not a measure of time.
        ("Checks alerts every 4 hours", "Checks alerts every hour", "raises-bar"),
        ("Checks alerts every 4 hours", "Checks alerts every 2 hours", "raises-bar"),
        ("Checks alerts every hour", "Checks alerts every 4 hours", "lowers-bar"),
        ("Responds to pages within 4 hours", "Responds to pages within 2 hours", "raises-bar"),
        # A length of time is still no frequency.
        ("Responds to pages within an hour", "Responds to pages within a day", "lowers-bar"),
    ],
)
def test_every_hour_is_more_often_than_every_day(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact", "reason"),
    [
        # Minutes apart are periods apart, as hours are: fewer minutes is more often, not a number lowered.
        ("Checks the dashboards every 30 minutes", "Checks the dashboards every 10 minutes", "raises-bar",
         "frequency raised"),
        ("Checks the dashboards every 10 minutes", "Checks the dashboards every 30 minutes", "lowers-bar",
         "frequency lowered"),
        ("Posts an update every 15 minutes during an incident", "Posts an update every hour during an incident",
         "lowers-bar", "frequency lowered"),
        ("Checks the queue hourly", "Checks the queue every 20 minutes", "raises-bar", "frequency raised"),
        ("Checks alerts every minute", "Checks alerts every 5 minutes", "lowers-bar", "frequency lowered"),
        # A length of time in minutes is still no frequency.
        ("Responds to pages within 15 minutes", "Responds to pages within 5 minutes", "raises-bar",
         "deadline raised"),
        ("Keeps standups to 15 minutes", "Keeps standups to 10 minutes", "lowers-bar", "number lowered"),
    ],
)
def test_every_few_minutes_is_more_often_than_every_hour(old, new, impact, reason):
    graded = grade(old, new)
    assert (graded.impact.value, reason in graded.reasons) == (impact, True), graded.reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The opposite said with a negation for the prefix that said it: the same.
        ("Advocates for themselves when something is unclear", "Advocates for themselves when something isn't clear"),
        ("Flags work that is incomplete", "Flags work that is not complete"),
        ("Is unafraid to ask questions", "Is not afraid to ask questions"),
        ("Asks when requirements are not clear", "Asks when requirements are unclear"),
    ],
)
def test_a_negation_for_its_prefix_is_wording(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A prefix that negates makes the opposite, however alike the letters: never a respelling.
        ("Handles known failure modes", "Handles unknown failure modes"),
        ("Ships tested code", "Ships untested code"),
        ("Writes complete design documents", "Writes incomplete design documents"),
        ("Fixes non-critical bugs", "Fixes critical bugs"),
        # A negation of a deed is no prefix: "do not stall" is not "install", "don't block" not "unblock".
        ("Does not stall releases for minor issues", "Installs releases for minor issues"),
        ("Doesn't tend to block reviews", "Intends to block reviews"),
        ("Doesn't block the team", "Unblocks the team"),
    ],
)
def test_a_word_and_its_negated_form_are_not_one_word_respelt(old, new):
    graded = grade(old, new)
    assert graded.impact.value != "editorial", graded.reasons
