"""A "TO DO" as a placeholder (LL406), a template engine's or a
site's leftovers ("{} {}", "{{% include %}}", "{{ org_name }}-level") as
debris (LL504) or a blank (LL406), and no "level-wide expectation" (LL515)
or voice (LL506) read into them; a full stop right after a hyphenated
word (LL513)."""

from __future__ import annotations

import json

import pytest

from model_rules_helpers import HEADER, findings, one_level

_SUMMARY = "Owns a team's delivery"


def _level(mentoring: str, *, summary: str = _SUMMARY) -> str:
    """A level of three competencies that asks ``mentoring`` for Mentoring."""
    return one_level(mentoring, summary=summary, design="Designs small services")


@pytest.mark.parametrize("statement, note", [
    ("TO DO", "TO DO"),
    ("To do.", "To do"),
    ("> TO DO", "TO DO"),
    ("to-do", "to-do"),
    ("Sets org-level strategy (to do)", "to do"),
    ("Sets org-level strategy - TO DO", "TO DO"),
    ("Examples: to do", "to do"),
    ("TO DO: examples of mentoring", "TO DO"),
    ("To do - reword", "To do"),
])
def test_to_do_standing_as_the_placeholder_is_reported(cli, write, statement, note):
    found = findings(cli, write, _level(statement), "LL406")
    assert len(found) == 1 and f"placeholder '{note}' left in level 'L1'" in found[0], found


def test_to_do_as_a_summary_is_reported(cli, write):
    found = findings(cli, write, _level("Mentors new joiners", summary="TO DO"), "LL406")
    assert len(found) == 1 and "placeholder 'TO DO' left in level 'L1', summary" in found[0], found


@pytest.mark.parametrize("statement", [
    "Knows what to do when on call",
    "Keeps a to-do list for the team",
    "To do this well, plans a week ahead",
    "Decides: to do or not to do",
    "Plans what to do (and not to do)",
    "Lists things to do: triage, review, release",
    "Priorities: what to do first",
    "Knows what to do - and does it",
    "Has nothing left to do",
])
def test_to_do_as_words_of_a_sentence_is_no_placeholder(cli, write, statement):
    assert findings(cli, write, _level(statement), "LL406") == []


@pytest.mark.parametrize("statement, note", [
    ("tbc", "tbc"),
    ("Tbc.", "Tbc"),
    ("(tbd)", "tbd"),
    ("tbc?", "tbc"),
    ("tba", "tba"),
    ("TBA", "TBA"),
    ("fixme", "fixme"),
    ("Owns the team's roadmap (tbc)", "tbc"),
    ("Owner: tbd", "tbd"),
    ("tbc: examples of mentoring", "tbc"),
])
def test_a_marker_in_lower_case_standing_as_the_placeholder_is_reported(cli, write, statement, note):
    """As 'TBC' is; and not also as a word misspelt (LL512)."""
    found = findings(cli, write, _level(statement), "LL406")
    assert len(found) == 1 and f"placeholder '{note}' left in level 'L1'" in found[0], found
    assert findings(cli, write, _level(statement), "LL512") == []


@pytest.mark.parametrize("statement", [
    "Fills in the tbc column of the release plan",
    "Reviews the tbd items with the team",
])
def test_a_marker_in_lower_case_inside_a_sentence_is_no_placeholder(cli, write, statement):
    """Near miss: inside a sentence, not set off, the word is the sentence's (LL512's to judge)."""
    assert findings(cli, write, _level(statement), "LL406") == []


def test_the_same_lower_case_placeholder_in_two_competencies_is_one_placeholder_each(cli, write):
    """'tbc' in two cells of a level is two blanks, not a statement filed
    twice (LL515) nor a word the framework uses as its own."""
    body = one_level("tbc", impact="tbc", design="Designs small services")
    assert len(findings(cli, write, body, "LL406")) == 2
    assert findings(cli, write, body, "LL515") == []
    assert findings(cli, write, body, "LL512") == []


@pytest.mark.parametrize("statement, slot", [
    ("Sets {{ org_name }}-level strategy", "{{ org_name }}"),
    ("Sets {{org}}-wide goals", "{{org}}"),
    ("Represents {{ .Site.Params.org }} in planning", "{{ .Site.Params.org }}"),
])
def test_a_template_engine_variable_is_a_placeholder_even_joined_to_a_word(cli, write, statement, slot):
    found = findings(cli, write, _level(statement), "LL406")
    assert len(found) == 1 and f"placeholder '{slot}' left" in found[0], found


@pytest.mark.parametrize("statement", [
    "Names services service-{team}",
    "Deploys <service>-prod after review",
    "Names branches {ticket}-{summary}",
])
def test_a_naming_pattern_slot_is_still_no_placeholder(cli, write, statement):
    assert findings(cli, write, _level(statement), "LL406") == []


@pytest.mark.parametrize("statement, what", [
    ("{} {}", "empty braces '{}'"),
    ("Leads {} projects", "empty braces '{}'"),
    ('{{% include "includes/staff-technical-competency.md" %}}', "template tag '{{% include"),
    ("{{< shortcode >}}", "template tag '{{< shortcode >}}'"),
    ("{% include mentoring.html %} Mentors new joiners", "template tag '{% include mentoring.html %}'"),
    ("{# reviewer note #} Mentors new joiners", "template tag '{# reviewer note #}'"),
])
def test_template_tags_and_empty_braces_are_export_debris(cli, write, statement, what):
    found = findings(cli, write, _level(statement), "LL504")
    assert len(found) == 1 and f"export debris: {what}" in found[0], found


@pytest.mark.parametrize("statement", [
    "Writes Jinja templates such as {% if %} blocks",
    "Uses `{}` in log calls",
    'Uses "{}" in format strings',
    "Uses {{< ref >}} shortcodes for links",
    "Expands ${} in shell scripts",
    "Knows when a set such as {a, b} is enough",
    "Writes {{ name }} in templates",
])
def test_template_syntax_the_text_names_is_no_debris(cli, write, statement):
    assert findings(cli, write, _level(statement), "LL504") == []


# Template code a sentence about a template language names, wherever the language's name stands in it.
@pytest.mark.parametrize("statement", [
    "Writes Helm charts that use {{ .Values.image }} for images",
    "Knows Helm well and templates values such as {{ .Values.image }}",
    "Writes Ansible playbooks where hosts are referenced as {{ inventory_hostname }}",
    "Is fluent in Jinja and writes loops over {{ items }} comfortably",
    "Debugs Helm releases by rendering {{ .Release.Name }} locally",
    "Writes Hugo shortcodes and knows when {{ .Inner }} is empty",
])
def test_template_code_in_a_sentence_about_its_language_is_no_placeholder(cli, write, statement):
    assert findings(cli, write, _level(statement), "LL406") == []


def test_fix_takes_out_empty_braces_but_leaves_a_site_include_to_a_person(cli, write):
    body = one_level('{{% include "x.md" %}} Mentors new joiners', summary="{} Owns a team's delivery",
                     design="Designs small services")
    path = write("framework.yaml", HEADER + body)
    run = cli("check", "--fix", "--select", "LL504", "--fail-on", "never", str(path))
    assert run.exit_code == 0, run.output
    fixed = path.read_text(encoding="utf-8")
    assert "summary: \"Owns a team's delivery\"" in fixed or "summary: Owns a team's delivery" in fixed, fixed
    assert '{{% include \\"x.md\\" %}} Mentors new joiners' in fixed, fixed


def _same_in_three(statement: str) -> str:
    return one_level([statement, "Mentors new joiners"], summary=_SUMMARY,
                     impact=[statement, "Ships small features"], design=[statement, "Designs small services"])


@pytest.mark.parametrize("statement", ["{} {}", '{{% include "x.md" %}}'])
def test_debris_in_every_competency_is_no_level_wide_expectation(cli, write, statement):
    assert findings(cli, write, _same_in_three(statement), "LL515") == []


def test_a_statement_in_every_competency_is_still_a_level_wide_expectation(cli, write):
    found = findings(cli, write, _same_in_three("Identifies the next experts and grows them"), "LL515")
    assert len(found) == 1 and "a level-wide expectation" in found[0], found


_VOICED = """\
voice: third-person
dimensions:
  - id: craft
    name: Craft
    competencies:
      - {id: impact, name: Impact}
levels:
  - id: L1
    title: Level 1
    competencies:
      impact:
        - Delivers small features
        - Reviews code of peers
        - Writes tests for the code
        - %s
"""


@pytest.mark.parametrize("note", ["Work in progress", "WIP", "TODO: write about your scope", "TO DO"])
def test_an_editors_note_gets_no_voice_finding(cli, write, note):
    assert findings(cli, write, _VOICED % json.dumps(note), "LL506") == []


@pytest.mark.parametrize("statement", ["Work with the team on plans", "Sets your team's goals (TBD)"])
def test_a_statement_with_a_placeholder_in_it_keeps_its_voice_findings(cli, write, statement):
    assert len(findings(cli, write, _VOICED % json.dumps(statement), "LL506")) == 1


@pytest.mark.parametrize("statement", [
    "Owns features end-to-end.Handles ambiguity",
    "Writes the follow-up.Then closes the incident",
    "Provides self-service.Teams onboard alone",
    "Mentors co-workers.Leads reviews",
])
def test_a_full_stop_right_after_a_hyphenated_word_is_reported(cli, write, statement):
    found = findings(cli, write, _level(statement), "LL513")
    assert len(found) == 1 and "no space after the end of a sentence" in found[0], found


@pytest.mark.parametrize("statement", [
    "Owns features end-to-end. Handles ambiguity",
    "Uses Node.js and ASP.NET daily",
    "Knows e.g. Kafka well",
    "Ships v1-beta.Next releases",
    "Writes code in Objective-C.Then reviews it",
    "Reads https://example.com/end-to-end.Handles first",
    "Runs python-3.Then tests",
])
def test_names_versions_and_addresses_with_hyphens_are_no_missing_space(cli, write, statement):
    assert findings(cli, write, _level(statement), "LL513") == []


@pytest.mark.parametrize("statement", [
    "Knows that {} is an empty dict in Python",
    "Returns {} instead of null for empty objects",
    "Writes an empty JSON object {} when there is nothing to send",
    "Defaults optional settings to {} rather than None",
    'Formats log lines as "{} {}"',
    "Formats log lines as '{}: {}'",
    "Calls render({}) in tests",
    # As the sentence's last word, beside other code, or words of code past the words of grammar.
    "Initialises empty objects with {}", "Knows an empty dict is {}",
    "Prefers f-strings to str.format() with {}", "Prefers `dict()` over {} in reviews",
    "Avoids passing {} as a default argument", "Replaces {} with f-strings",
    "Writes Python format strings with {} slots",
    # Code right beside them, or ordinary words of values where the sentence is about code.
    "Writes `x = {}` or {} for an empty map", "Compares {} and `[]` in reviews",
    "Formats JSON logs with {} slots", "Passes {} as an empty set",
])
def test_empty_braces_the_sentence_names_as_code_are_no_debris(cli, write, statement):
    assert findings(cli, write, _level(statement), "LL504") == []


@pytest.mark.parametrize("statement", [
    "Leads {} projects",
    "Mentors {} engineers on the team",
    "Ships features {}",
    "Leads {} projects; returns feedback within a day",
    "Leads {} projects and is trusted by peers",
    'Leads {} projects with "clear" goals',
    "Owns the {} roadmap", "Works with {} to deliver the roadmap", "Writes clear strings for {} users",
    "Ships the {} features (see the roadmap)",
    # Code elsewhere in the sentence says nothing of the braces; nor does an ordinary word that is also one of
    # values ("format", "slot", "argument", "sets") alone near them.
    "Uses `git` daily and leads {} projects", "Runs `make test` and mentors {} engineers",
    "Prefers `dict()` to lists and leads {} projects with peers",
    "Leads {} projects in any format", "Fills every {} slot on the rota", "Wins the {} argument with data",
    "Leads {} projects and sets goals", "Maps {} dependencies across teams",
])
def test_empty_braces_where_a_word_is_missing_are_still_debris(cli, write, statement):
    found = findings(cli, write, _level(statement), "LL504")
    assert len(found) == 1 and "export debris: empty braces '{}'" in found[0], found


def _fixed(cli, write, statement: str) -> tuple[str, list[str]]:
    """The Mentoring statement after `check --fix --select LL504`, and what the check then finds."""
    path = write("framework.yaml", HEADER + _level(statement))
    run = cli("check", "--fix", "--select", "LL504", "--fail-on", "never", "--format", "concise", str(path))
    assert run.exit_code == 0, run.output
    line = next(line for line in path.read_text(encoding="utf-8").splitlines() if "mentoring:" in line)
    return line.split("mentoring:", 1)[1].strip(), run.lines[:-1]


@pytest.mark.parametrize("statement, fixed", [
    ("Leads **{}** initiatives", '["Leads initiatives"]'),
    ("Leads _{}_ initiatives", '["Leads initiatives"]'),
    ("Designs APIs ({}).", '["Designs APIs."]'),
    ("Designs APIs [{}] for partners", '["Designs APIs for partners"]'),
    ("Leads {} initiatives", '["Leads initiatives"]'),
])
def test_fix_takes_out_the_markup_that_held_only_empty_braces(cli, write, statement, fixed):
    assert _fixed(cli, write, statement) == (fixed, [])


def test_fix_takes_out_empty_braces_beside_a_template_tag_and_says_why_the_tag_stays(cli, write):
    fixed, left = _fixed(cli, write, "Ships features {} {% if x %}")
    assert fixed == '["Ships features {% if x %}"]'
    assert len(left) == 1 and "template tag '{% if x %}' (--fix leaves the template tag: write in by hand" in left[0], left


@pytest.mark.parametrize("statement", [
    "Returns {} instead of null for empty objects",
    'Formats log lines as "{} {}"',
    "Initialises empty objects with {}",
    "Avoids passing {} as a default argument",
])
def test_fix_leaves_empty_braces_named_as_code(cli, write, statement):
    assert _fixed(cli, write, statement) == (f"[{json.dumps(statement)}]", [])


@pytest.mark.parametrize("statement", [
    "Writes Helm charts with {{ .Values.image }}",
    "Knows Hugo's {{ .Site.Params }} variables",
    "Writes Ansible playbooks with {{ inventory_hostname }}",
    "Uses Go templates: {{ range .Items }} loops",
])
def test_template_code_in_a_sentence_about_its_language_is_no_placeholder_nor_debris(cli, write, statement):
    assert findings(cli, write, _level(statement), "LL406") == []
    assert findings(cli, write, _level(statement), "LL504") == []


@pytest.mark.parametrize("statement, slot", [
    ("Works with {{ team_name }} on planning", "{{ team_name }}"),
    ("Represents {{ .Site.Params.org }} in planning reviews", "{{ .Site.Params.org }}"),
    ("Writes charts with {{ .Values.image }}", "{{ .Values.image }}"),
])
def test_template_code_in_a_sentence_about_no_template_language_is_still_a_placeholder(cli, write, statement, slot):
    found = findings(cli, write, _level(statement), "LL406")
    assert len(found) == 1 and f"placeholder '{slot}' left" in found[0], found


@pytest.mark.parametrize("statement, what", [
    ("Builds Django views &amp; templates", "HTML entity '&amp;'"),
    ("Ships Helm charts :rocket: weekly", "emoji shortcode ':rocket:'"),
])
def test_a_template_language_names_only_template_code(cli, write, statement, what):
    found = findings(cli, write, _level(statement), "LL504")
    assert len(found) == 1 and f"export debris: {what}" in found[0], found
