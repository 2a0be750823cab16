"""Findings of `check` found wrong by the seventh check trial: names that
double a word, statements about markup, and placeholder words the text
talks about."""

from __future__ import annotations

import pytest

from rule_helpers import findings, framework_yaml


def fixed(cli, path, select: str) -> str:
    """The file at ``path`` after `check --fix --select CODES`."""
    cli("check", "--isolated", "--fix", "--select", select, "--fail-on", "never", str(path))
    return path.read_text(encoding="utf-8")


# --- LL501: a name that doubles an English word, in mid-sentence ---------------------

NAMES = [
    "I support customers in Bora Bora and Pago Pago.",
    "I know the Baden Baden spa partners by name.",
    "I visit our offices in Lyon, Bora Bora and Baden-Baden.",
]


def test_ll501_a_name_that_doubles_an_english_word_is_not_reported(cli, write):
    path = write("f.yaml", framework_yaml(NAMES))
    assert findings(cli, path, select="LL501") == []


def test_ll501_fix_leaves_a_name_that_doubles_an_english_word_whole(cli, write):
    path = write("f.yaml", framework_yaml([*NAMES, "I review the the plan with my lead."]))
    text = fixed(cli, path, "LL501")
    for name in NAMES:
        assert name in text
    assert "I review the plan with my lead." in text


@pytest.mark.parametrize(("statement", "repaired"), [
    ("I review the the plan with my lead.", "I review the plan with my lead."),
    ("I ship and I I review.", "I ship and I review."),
    ("Team Team leads plan the roadmap.", "Team leads plan the roadmap."),
    ("I ship. Team team leads plan.", "I ship. Team leads plan."),
    ("I lead the Platform Team Team and its roadmap.", "I lead the Platform Team and its roadmap."),
    ("I deploy to Kubernetes Kubernetes clusters.", "I deploy to Kubernetes clusters."),
    # A common word capitalised twice mid-sentence is a slip, not a name.
    ("I work closely with Product Product managers on the roadmap.",
     "I work closely with Product managers on the roadmap."),
    ("I pair with Design Design and Engineering.", "I pair with Design and Engineering."),
    ("I talk to Sales Sales weekly.", "I talk to Sales weekly."),
    ("I own the Quality of the Delivery Delivery process.", "I own the Quality of the Delivery process."),
    ("In short, Team Team leads plan.", "In short, Team leads plan."),
    # "sing" is as common as "team": the dictionary cannot tell this name from a slip.
    ("I handle the Sing Sing Correctional Facility account.", "I handle the Sing Correctional Facility account."),
])
def test_ll501_slips_are_still_reported_and_fixed(cli, write, statement, repaired):
    path = write("f.yaml", framework_yaml([statement]))
    assert len(findings(cli, path, select="LL501")) == 1
    assert repaired in fixed(cli, path, "LL501")


# --- LL504, LL510: a statement that talks about markup -------------------------------

ABOUT_MARKUP = [
    "I know when to use <br> and when to start a new <p> in help-centre articles.",
    "I escape HTML entities such as &amp; and &nbsp; in the CMS.",
    "I react with :thumbsup: in Slack when I have read a message.",
    "I type &mdash; for a dash in the old CMS.",
    "I never post \"&nbsp;\" in a title.",
    "I answer with :eyes: or :white_check_mark: in the support channel.",
]
SHOWN_STYLES = [
    "I use **bold** sparingly and prefer *italics* for new terms in our docs.",
    "I prefer ~~strikethrough~~ to deleting a changed requirement.",
]


def test_ll504_markup_the_sentence_names_is_not_debris(cli, write):
    path = write("f.yaml", framework_yaml(ABOUT_MARKUP))
    assert findings(cli, path, select="LL504") == []


def test_ll510_emphasis_that_shows_the_style_it_names_is_not_reported(cli, write):
    path = write("f.yaml", framework_yaml(SHOWN_STYLES))
    assert findings(cli, path, select="LL510") == []


def test_fix_keeps_the_markup_a_sentence_names(cli, write):
    debris = "I ship&nbsp;on time and with **care**."
    path = write("f.yaml", framework_yaml([*ABOUT_MARKUP, *SHOWN_STYLES, debris,
                                           "I use **bold** for [labels](https://example.com) only."]))
    text = fixed(cli, path, "LL504,LL510")
    for statement in [*ABOUT_MARKUP, *SHOWN_STYLES]:
        assert statement.replace('"', '\\"') in text
    assert "I ship on time and with care." in text
    assert "I use **bold** for labels (https://example.com) only." in text


@pytest.mark.parametrize(("statement", "repaired"), [
    ("I deliver projects<br>that matter.", "I deliver projects that matter."),
    ("I deliver projects <br> on time.", "I deliver projects on time."),
    ("I ship on&nbsp;time.", "I ship on time."),
    ("Results &amp; Impact matter to me.", "Results & Impact matter to me."),
    (":rocket: I ship features on time.", "I ship features on time."),
    ("I ship features on time :tada:.", "I ship features on time."),
    ("I mentor others. <p> I lead the guild.", "I mentor others. I lead the guild."),
    # A determiner, "as" or "with" alone does not name the code after it.
    ("I lead the &nbsp; design review every sprint.", "I lead the   design review every sprint."),
    ("I mentor others as &nbsp; a lead.", "I mentor others as   a lead."),
    ("Works with &amp; supports the platform team.", "Works with & supports the platform team."),
    ("I celebrate wins with :tada: and thank people.", "I celebrate wins with and thank people."),
])
def test_ll504_real_debris_is_still_found_and_fixed(cli, write, statement, repaired):
    path = write("f.yaml", framework_yaml([statement]))
    assert len(findings(cli, path, select="LL504")) == 1
    assert repaired in fixed(cli, path, "LL504")


@pytest.mark.parametrize(("statement", "repaired"), [
    ("I am **bold** in decisions.", "I am bold in decisions."),
    ("I act with **bold** intent.", "I act with bold intent."),
    ("I use **automated tests** to catch regressions.", "I use automated tests to catch regressions."),
    # "bold" and "strong" as adjectives, before the noun they qualify, or one style twice.
    ("I use **bold** judgement in incidents.", "I use bold judgement in incidents."),
    ("I like **bold** ideas and back them.", "I like bold ideas and back them."),
    ("I act as **strong** advocate for users.", "I act as strong advocate for users."),
    ("I prefer **strong** typing in our services.", "I prefer strong typing in our services."),
    ("I am **bold** and **strong** in decisions.", "I am bold and strong in decisions."),
])
def test_ll510_real_emphasis_is_still_found_and_fixed(cli, write, statement, repaired):
    path = write("f.yaml", framework_yaml([statement]))
    assert len(findings(cli, path, select="LL510")) == 1
    assert repaired in fixed(cli, path, "LL510")


# --- LL406: placeholder words the text talks about -----------------------------------

ABOUT_PLACEHOLDERS = [
    'I mark open questions as "TBD" in PRDs and close them before kick-off.',
    "I mark open questions as 'TBD' in PRDs and close them before kick-off.",
    "I mark open questions as \u201cTBD\u201d in the PRDs I write before kick-off.",
    "I name experiments EXP-XXX following the team's convention.",
    "I name branches feature/XXX after the ticket.",
    "I use Lorem Ipsum text only in wireframes, never in production copy.",
    "I use lorem ipsum text only in wireframes.",
]


def test_ll406_markers_the_text_talks_about_are_not_placeholders(cli, write):
    path = write("f.yaml", framework_yaml(ABOUT_PLACEHOLDERS))
    assert findings(cli, path, select="LL406") == []


@pytest.mark.parametrize(("statement", "placeholder"), [
    ("I own TBD.", "TBD"),
    ('"TBD"', "TBD"),
    ("Lorem ipsum text goes here.", "Lorem ipsum"),
    ("I ship release 2024-XX-XX on time.", "XX"),
    ("I keep uptime at 99.XX% for my services.", "XX"),
    ("I own XXX-XXX for the team.", "XXX"),
    # A quoted marker that is a value, not a name given after "as" or a naming verb.
    ('Owner: "TBD"', "TBD"),
    ("Target date: 'TBD'", "TBD"),
    ('I own the roadmap for "TBD" quarter.', "TBD"),
    # X's in a path, an address, after a number, or a naming pattern left as a value.
    ("See go/XXX for the runbook.", "XXX"),
    ("I publish the plan at https://wiki.example.com/XXX before launch.", "XXX"),
    ("Salary band L4-XX applies.", "XX"),
    ("Ticket: JIRA-XXXX", "XXXX"),
    # The filler after a label, not a verb.
    ("Description: lorem ipsum text", "lorem ipsum"),
])
def test_ll406_placeholders_left_in_are_still_reported(cli, write, statement, placeholder):
    path = write("f.yaml", framework_yaml([statement]))
    found = findings(cli, path, select="LL406")
    assert len(found) == 1 and f"placeholder '{placeholder}' left" in found[0]


def test_ll406_a_quoted_marker_alone_in_brackets_is_still_a_note(cli, write):
    path = write("f.yaml", framework_yaml(['I resolve comments ("TBD") before kick-off.']))
    assert len(findings(cli, path, select="LL406")) == 1
