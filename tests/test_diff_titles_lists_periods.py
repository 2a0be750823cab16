"""Grades of three ways people write ladders: a leader's title renamed, a
list of examples led by bullets, and how often said by a part of a period
("every weekend") or an ordinal ("every second week")."""

from __future__ import annotations

import json

import pytest

from diffkit import BASE, cell, edited
from ladderlint.diff import compare
from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # One title of the same office for another: the organisation renamed its leaders.
        ("Reports to the VP Engineering on delivery", "Reports to the Head of Engineering on delivery", "editorial"),
        ("Presents the roadmap to the Vice President of Engineering",
         "Presents the roadmap to the Head of Engineering", "editorial"),
        ("Presents the roadmap to the Director of Engineering", "Presents the roadmap to the Head of Engineering",
         "editorial"),
        ("Presents the roadmap to the CTO", "Presents the roadmap to the Head of Technology", "editorial"),
        ("Reports to the Chief Technology Officer", "Reports to the Head of Engineering", "editorial"),
        # Another office, another field or another scope: someone else.
        ("Presents the roadmap to the Director of Engineering", "Presents the roadmap to the VP of Engineering",
         "raises-bar"),
        ("Presents the roadmap to the CTO", "Presents the roadmap to the CEO", "raises-bar"),
        ("Presents the roadmap to the Head of Engineering", "Presents the roadmap to the Head of Product",
         "raises-bar"),
        ("Presents the roadmap to the Head of Engineering", "Presents the roadmap to the Head of the Platform team",
         "raises-bar"),
        ("Presents the roadmap to the Engineering Manager", "Presents the roadmap to the Head of Engineering",
         "raises-bar"),
        ("Presents the roadmap to the Head of Engineering and the CTO", "Presents the roadmap to the CTO",
         "lowers-bar"),
        # A head of nothing named, or one leader for many: not the same office renamed.
        ("Presents the roadmap to the directors", "Presents the roadmap to the head", "raises-bar"),
        ("Sponsored by a VP", "Sponsored by a head", "raises-bar"),
        ("Reports to the VPs of Engineering", "Reports to the Head of Engineering", "raises-bar"),
    ],
)
def test_a_leaders_title_renamed_is_wording(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


LISTED = "Leads incident response. {label}\n- runs the postmortem\n- {item}"


@pytest.mark.parametrize("label", ["Examples:", "For example:", "Examples include:", "e.g.:"])
def test_an_example_changed_in_a_bulleted_list_is_illustration(label):
    old = LISTED.format(label=label, item="writes the timeline")
    for new in (LISTED.format(label=label, item="updates the status page"),
                LISTED.format(label=label, item="writes the timeline").replace("- ", "* "),
                "Leads incident response."):
        assert grade(old, new).impact.value == "editorial", (new, grade(old, new).reasons)


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # On the label's line, each item after a dash.
        ("Leads incidents. Examples: - runs the postmortem. - writes the timeline.",
         "Leads incidents. Examples: - runs the postmortem. - updates the status page.", "editorial"),
        # An example that says how soon, how often or without help sets a bar.
        (LISTED.format(label="Examples:", item="writes the timeline"),
         LISTED.format(label="Examples:", item="writes the timeline within a day"), "raises-bar"),
        (LISTED.format(label="Examples:", item="always writes the timeline"),
         LISTED.format(label="Examples:", item="sometimes writes the timeline"), "lowers-bar"),
        # A list with no label is what the statement asks, item by item; so is one after "examples" that is
        # what the statement asks for.
        ("Writes examples for the SDK:\n- endpoints\n- errors", "Writes examples for the SDK:\n- endpoints",
         "lowers-bar"),
        ("Leads incident response:\n- runs the postmortem\n- writes the timeline",
         "Leads incident response:\n- runs the postmortem", "lowers-bar"),
        # What follows the list is read.
        ("Leads incidents. Examples:\n- runs the postmortem\nAlways writes the postmortem.",
         "Leads incidents. Examples:\n- runs the postmortem\nSometimes writes the postmortem.", "lowers-bar"),
        # After "such as", a thing named illustrates.
        ("Uses observability tools, such as:\n- Grafana\n- Honeycomb",
         "Uses observability tools, such as:\n- Grafana\n- Datadog", "editorial"),
    ],
)
def test_a_bulleted_list_of_examples_is_read_item_by_item(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


OWNS = "Owns operations, for example:\n- {item}"


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # An example changed, not put for another, is read as its words are.
        (OWNS.format(item="owns the incident review for all teams"),
         OWNS.format(item="owns the incident review for the team"), "lowers-bar"),
        (OWNS.format(item="owns the incident review"), OWNS.format(item="helps with the incident review"),
         "lowers-bar"),
        (OWNS.format(item="writes the timeline"), OWNS.format(item="updates the status page"), "editorial"),
        # An example taken out that says what is owned, and how widely, is a duty.
        (OWNS.format(item="owns the incident review for all teams\n- writes the timeline"),
         OWNS.format(item="writes the timeline"), "lowers-bar"),
        # A label that says its items are asked labels no examples.
        ("Owns operations. Examples of the duties you must perform:\n- owns the incident review\n"
         "- maintains the runbooks",
         "Owns operations. Examples of the duties you must perform:\n- owns the incident review", "lowers-bar"),
        ("Owns operations. Examples of what you must do: runs billing; writes the ledger.",
         "Owns operations. Examples of what you must do: runs billing.", "lowers-bar"),
        # Bullets of a word processor lead items as a dash does.
        ("Leads incident response. Examples:\n\u25aa runs the postmortem\n\u25aa writes the timeline",
         "Leads incident response. Examples:\n\u25cf runs the postmortem\n\u25cf updates the status page",
         "editorial"),
    ],
)
def test_an_example_that_asks_less_is_no_illustration(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def _put(text):
    return lambda document: cell(document, "IC1", "ownership").__setitem__(0, text)


def test_a_statement_of_a_framework_with_an_example_changed_is_editorial():
    old = edited(_put(LISTED.format(label="Examples:", item="writes the timeline")))
    new = edited(_put(LISTED.format(label="Examples:", item="updates the status page")))
    assert [(c.kind.value, c.impact.value) for c in compare(old, new)] == [("statement-reworded", "editorial")]


@pytest.mark.parametrize(
    ("old", "new", "exit_code"),
    [
        ("I am on call every week", "I am on call every weekend", 1),  # less of the week: the gate fails
        ("I am on call every weekend", "I am on call once a month", 1),
        ("I report to the VP Engineering", "I report to the Head of Engineering", 0),
        ("I own my failures. Examples:\n- a missed deadline", "I own my failures. Examples:\n- a broken build", 0),
    ],
)
def test_the_lowers_bar_gate(cli, write, old, new, exit_code):
    statement = "I own my failures and learn from them"
    before = write("old.yaml", BASE.replace(statement, json.dumps(old)))
    after = write("new.yaml", BASE.replace(statement, json.dumps(new)))
    run = cli("diff", "--fail-on", "lowers-bar", str(before), str(after))
    assert run.exit_code == exit_code, run.output


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A part of a period comes round as often as the period.
        ("Is on call every weekend", "Is on call every day", "raises-bar"),
        ("Is on call every weekend", "Is on call every month", "lowers-bar"),
        ("Is on call monthly", "Is on call every weekend", "raises-bar"),
        ("Is on call every other weekend", "Is on call every weekend", "raises-bar"),
        ("Is on call every weekend", "Is on call one weekend in four", "lowers-bar"),
        ("Checks the dashboards every night", "Checks the dashboards weekly", "lowers-bar"),
        ("Demos their work every weekday", "Demos their work weekly", "lowers-bar"),
        ("Demos their work every weekday", "Demos their work daily", "editorial"),  # as "every working day"
        ("Demos their work", "Demos their work every weekend", "raises-bar"),
        # As often, but a part asks less of the period than all of it; another part, another time.
        ("Is on call every week", "Is on call every weekend", "lowers-bar"),
        ("Is on call every weekend", "Is on call weekly", "raises-bar"),
        ("Checks the dashboards every morning", "Checks the dashboards every evening", "raises-bar"),
        ("Checks the dashboards every morning", "Checks the dashboards each morning", "editorial"),
        # Parts of one period joined are each a time in it: twice a day, twice a week.
        ("Runs the standup every morning and every evening", "Runs the standup every evening", "lowers-bar"),
        ("Checks alerts every morning and every evening", "Checks alerts daily", "lowers-bar"),
        ("Checks alerts every morning and every evening", "Checks alerts twice a day", "editorial"),
        ("Is on call every week and every weekend", "Is on call every weekend", "lowers-bar"),
        # A weekday is five days of the seven; a working day is a weekday.
        ("Is on call every day", "Is on call every weekday", "lowers-bar"),
        ("Is on call every day", "Is on call every workday", "lowers-bar"),
        ("Is on call every day", "Is on call each weekday", "lowers-bar"),
        ("Is on call every weekday", "Is on call every working day", "editorial"),
        ("Is on call every workday", "Is on call every weekday", "editorial"),
        # An iteration is a sprint.
        ("Demos their work every sprint", "Demos their work every iteration", "editorial"),
        ("Demos their work every iteration", "Demos their work every other iteration", "lowers-bar"),
        # An ordinal says how many periods apart, as "other" does.
        ("Demos their work every second week", "Demos their work every two weeks", "editorial"),
        ("Demos their work every second week", "Demos their work weekly", "raises-bar"),
        ("Demos their work every other week", "Demos their work every third week", "lowers-bar"),
        ("Demos their work every month", "Demos their work each quarter", "lowers-bar"),
    ],
)
def test_every_weekend_and_every_second_week_are_read_as_how_often(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # One negation before two words joined by "or", "and" or a slash covers both (a Monzo-format fork
        # wrote "/" for "or not" in its history).
        ("Presents something we are not looking at or not working in",
         "Presents something we are not looking at / working in", "editorial"),
        ("I do not hide problems or not skip tests", "I do not hide problems or skip tests", "editorial"),
        # A negation taken out with its verb, before another negation, or before a word of another kind: the
        # opposite may be asked.
        ("Does not skip reviews and does not ignore alerts", "Does not skip reviews and ignores alerts",
         "raises-bar"),
        ("Ships without bugs and not without tests", "Ships without bugs and without tests", "raises-bar"),
        ("Is not careless with data or not late with reviews", "Is not careless with data or late with reviews",
         "raises-bar"),
        # No negation left before them: the opposite is asked.
        ("I review code and do not merge it", "I review code and merge it", "raises-bar"),
        ("I hide problems or not skip tests", "I hide problems or skip tests", "raises-bar"),
    ],
)
def test_one_negation_before_words_joined_covers_them_all(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A list left open names examples of the kind its first item names (a level page's history: "through
        # demos, brown bags, leading mob programming sessions etc.").
        ("You share knowledge through demos, brown bags etc.",
         "You share knowledge through demos, brown bags, talks etc.", "editorial"),
        ("You give reasoned opinion on code quality, coding standards, testing etc.",
         "You give reasoned opinion on code quality etc.", "editorial"),
        ("Uses observability tools like Grafana, Honeycomb, Datadog and so on.",
         "Uses observability tools like Grafana and so on.", "editorial"),
        ("You support the refinement of the roadmap, adding items to the backlog, researching priorities etc.",
         "You support the refinement of the roadmap, adding items to the backlog etc.", "editorial"),
        # An item that leads or owns something is a duty no example stands for.
        ("You support the refinement of the roadmap, adding items to the backlog, leading discussion of "
         "priorities etc.", "You support the refinement of the roadmap, adding items to the backlog etc.",
         "lowers-bar"),
        # Its first item changed is the kind changed.
        ("You give reasoned opinion on code quality, coding standards etc.",
         "You give reasoned opinion on testing, coding standards etc.", "raises-bar"),
        # After a subject, a list of duties: each is asked.
        ("You lead projects, mentor juniors, run on-call etc.", "You lead projects etc.", "lowers-bar"),
        ("You review code, write docs etc.", "You review code, write docs, run demos etc.", "raises-bar"),
        # An item that says how often or how soon sets a bar.
        ("Gives feedback on designs, always within a day, etc.", "Gives feedback on designs etc.", "lowers-bar"),
    ],
)
def test_the_items_of_a_list_left_open_illustrate_its_first(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


DECISIONS = "Documents decisions ({listed}) so the team understands the rationale."


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # "or similar", "or the like", "or equivalent" leave a list open as "etc." does: another item is an example.
        (DECISIONS.format(listed="ADRs or similar"), DECISIONS.format(listed="ADRs, Confluence or similar"),
         "editorial"),
        (DECISIONS.format(listed="ADRs, Confluence or similar"), DECISIONS.format(listed="ADRs or similar"),
         "editorial"),
        (DECISIONS.format(listed="ADRs etc."), DECISIONS.format(listed="ADRs, RFCs, design docs etc."), "editorial"),
        (DECISIONS.format(listed="ADRs or the like"), DECISIONS.format(listed="ADRs, RFCs or the like"), "editorial"),
        ("Uses tools such as Grafana or similar.", "Uses tools such as Grafana, Honeycomb or similar.", "editorial"),
        # The list closed: only what it names is now asked.
        (DECISIONS.format(listed="ADRs or similar"), DECISIONS.format(listed="ADRs"), "lowers-bar"),
        # An item that sets a bar, or a list of what is owned, is still read.
        (DECISIONS.format(listed="ADRs or similar"), DECISIONS.format(listed="ADRs, at least weekly or similar"),
         "raises-bar"),
        ("Owns services (billing or similar).", "Owns services (billing, payments or similar).", "raises-bar"),
        # After a subject, a list of duties: each is asked.
        ("You lead projects or similar.", "You lead projects, mentor juniors or similar.", "raises-bar"),
    ],
)
def test_an_example_put_in_a_list_left_open_in_brackets_illustrates_it(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    "new",
    ["Displays the ability to determine what really matters", "Exhibits the ability to determine what really matters",
     "Possesses the ability to determine what really matters"],
)
def test_an_ability_displayed_is_an_ability_had(new):
    # A fork of a progression framework rewrote "Able to ..." as "Displays the ability to ...": "can" either way.
    assert grade("Able to determine what really matters", new).impact.value == "editorial"
    assert grade("Has the ability to determine what really matters", new).impact.value == "editorial"


EXAMPLES = "Leads incidents. Examples:\n- {item}\n- writes the timeline"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # "Examples:" on the statement's line, its items bulleted below: an item kept as a duty, or changed,
        # is read as the statement's words, not dropped with a sentence of examples.
        (EXAMPLES.format(item="owns the incident review for all teams"),
         "Leads incidents. Examples:\n- writes the timeline"),
        (EXAMPLES.format(item="owns the incident review"), EXAMPLES.format(item="helps with the incident review")),
        (EXAMPLES.format(item="runs the postmortem"), EXAMPLES.format(item="attends postmortems")),
        (EXAMPLES.replace(". ", ".\n").format(item="runs the postmortem"),
         EXAMPLES.replace(". ", ".\n").format(item="attends postmortems")),
        # After words that run, own or are on call for what a list names, each item is a duty.
        ("Runs the daily standup, the retro, sprint planning etc.", "Runs the daily standup etc."),
        ("Is on call for the API, the database, the payments service etc.", "Is on call for the API etc."),
        ("Works with the team, product, design etc.", "Works with the team etc."),
        # The list closed: "etc." goes with its items, and what is left is all that is asked.
        ("Presents to the team, the department, the whole company, etc.", "Presents to the team."),
        # What is owned, whose and who: each item is asked, "etc." or not.
        ("Is accountable for uptime, security, compliance etc.", "Is accountable for uptime etc."),
        ("Mentors engineers in the team, the org, the company etc.", "Mentors engineers in the team etc."),
        ("Works with product, design, legal, finance etc.", "Works with product etc."),
    ],
)
def test_a_duty_among_examples_or_a_list_of_duties_left_open_lowers_the_bar(cli, write, old, new):
    assert grade(old, new).impact.value == "lowers-bar", grade(old, new).reasons
    statement = "I own my failures and learn from them"
    before = write("old.yaml", BASE.replace(statement, json.dumps(old)))
    after = write("new.yaml", BASE.replace(statement, json.dumps(new)))
    assert cli("diff", "--fail-on", "lowers-bar", str(before), str(after)).exit_code == 1


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A discipline listed as a topic ("feedback on ... security", "works on ... infrastructure") illustrates.
        ("Gives feedback on code quality, security etc.", "Gives feedback on code quality etc."),
        ("Works on the backend, the frontend, infrastructure etc.", "Works on the backend etc."),
        ("Is familiar with code quality, security etc.", "Is familiar with code quality etc."),
        # "collective" before a noun says how, not whose: no group.
        ("Builds collective understanding in the team.", "Builds shared understanding in the team."),
        ("Contributes to the team's collective knowledge.", "Contributes to the team's shared knowledge."),
        # "attends to" deals with it: no less involved than handling it.
        ("Handles customer escalations.", "Attends to customer escalations."),
    ],
)
def test_an_ordinary_rewording_passes_the_gate(cli, write, old, new):
    assert grade(old, new).impact.value != "lowers-bar", grade(old, new).reasons
    statement = "I own my failures and learn from them"
    before = write("old.yaml", BASE.replace(statement, json.dumps(old)))
    after = write("new.yaml", BASE.replace(statement, json.dumps(new)))
    assert cli("diff", "--fail-on", "lowers-bar", str(before), str(after)).exit_code == 0


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A collective as a noun is still a group.
        ("Leads the collective.", "Leads the team.", "lowers-bar"),
        ("Drives initiatives in their squad", "Drives initiatives across their collective", "raises-bar"),
        # Attending without "to" is being there.
        ("Runs sprint planning.", "Attends sprint planning.", "lowers-bar"),
    ],
)
def test_a_collective_and_attending_still_read_as_before(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # "every" said once for parts joined by "and" or a comma: the same times as said for each.
        ("Checks the alerts every morning and every evening.", "Checks the alerts every morning and evening.",
         "editorial"),
        ("Checks the alerts every morning and evening.", "Checks the alerts twice a day.", "editorial"),
        ("Checks the alerts every morning and evening.", "Checks the alerts every evening.", "lowers-bar"),
        ("Checks the alerts every morning, afternoon and evening.", "Checks the alerts every morning and evening.",
         "lowers-bar"),
        ("Checks the alerts every evening.", "Checks the alerts every morning and evening.", "raises-bar"),
        # A period that opens the statement has nothing before it to join.
        ("Every week I review code.", "Every week I review code and docs.", "raises-bar"),
        ("Each morning I check the alerts.", "Each morning I check the alerts.", "editorial"),
    ],
)
def test_parts_of_a_period_joined_under_one_every(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The working days alone, however said, are five days of seven: less than every day.
        ("Checks the alerts every day.", "Checks the alerts every working day.", "lowers-bar"),
        ("Checks the alerts every day.", "Checks the alerts every business day.", "lowers-bar"),
        ("Checks the alerts every day.", "Checks the alerts on weekdays.", "lowers-bar"),
        ("Checks the alerts every day.", "Checks the alerts every day except weekends.", "lowers-bar"),
        ("Checks the alerts every day.", "Checks the alerts every day, weekdays only.", "lowers-bar"),
        ("Checks the alerts every day.", "Checks the alerts Monday to Friday.", "lowers-bar"),
        ("Checks the alerts every business day.", "Checks the alerts every day.", "raises-bar"),
        # The working days said another way.
        ("Checks the alerts every weekday.", "Checks the alerts every working day.", "editorial"),
    ],
)
def test_the_working_days_alone_are_less_than_every_day(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons
