"""Check on frameworks as they are written: a level that a
skills catalogue says is "not defined", a near repeat whose object grows,
LL003's messages for text followed by a list or an over-indented key, verbs
in -s after 'to' and an adverb, a colleague company's wiki, `--select ALL`."""

from __future__ import annotations

import pytest

from model_rules_helpers import IMPACT_AND_MENTORING, findings, one_level

# --- F1: a cell that says the level is not defined ---------------------------------------------------

_NOT_DEFINED = [
    "This skill level is currently not defined.", "This level has not been defined", "Not defined for this level",
    "Not described at this level", "No description at this level", "Currently not defined.",
    "This competency is not specified at this grade", "Not defined",
]
#: Near misses: sentences about something else that is (not) defined, and notes that text is still to come.
_NOT_SO = [
    "Defines the service's standards", "Works on problems that are not yet defined",
    "The skill is not defined by tooling but by practice", "This level is not defined. Ships features",
    "The level of detail is not defined up front", "The team is not defined by its tools",
]


@pytest.mark.parametrize("said", _NOT_DEFINED)
def test_a_sentence_that_the_level_is_not_defined_is_reported_as_not_applicable(cli, write, said):
    assert findings(cli, write, one_level(said), "LL403") == [
        f"18:18: level 'L1' says that competency 'mentoring' does not apply with a statement, '{said}'; "
        "write not_applicable with the reason instead",
    ]


@pytest.mark.parametrize("statement", _NOT_SO)
def test_a_sentence_about_something_else_not_defined_is_a_statement(cli, write, statement):
    assert findings(cli, write, one_level(statement), "LL403") == []


@pytest.mark.parametrize("note", [
    "To be defined", "Not yet defined", "Not yet described.",
    # "yet" anywhere in a sentence that the level is not defined: still to be written, whatever the order.
    "Not defined yet", "Not described yet.", "No description yet", "No definition yet", "This level is not yet defined",
    "This level has not been defined yet", "This skill level is not defined yet.", "Not defined at this level yet",
    "(Not defined yet)",
])
def test_a_note_that_the_text_is_still_to_come_stays_a_placeholder(cli, write, note):
    assert findings(cli, write, one_level(note), "LL403") == []
    assert len(findings(cli, write, one_level(note), "LL406")) == 1


@pytest.mark.parametrize("said", ["Not expected yet", "Nothing at this grade yet", "No expectations yet"])
def test_not_expected_yet_stays_not_applicable(cli, write, said):
    """'yet' after what is not expected says when it will be: the competency does not apply here."""
    assert len(findings(cli, write, one_level(said), "LL403")) == 1
    assert findings(cli, write, one_level(said), "LL406") == []


@pytest.mark.parametrize("cell, written", [
    ("Not defined yet", "- Not defined yet"), ("No description yet", "- No description yet"),
    ("Not defined", "not_applicable: Not defined"), ("No description", "not_applicable: No description"),
])
def test_import_keeps_a_not_defined_yet_cell_as_a_placeholder_not_as_not_applicable(cli, tmp_path, cell, written):
    sheet = tmp_path / "ladder.csv"
    sheet.write_text("Competency,Description,Engineer I,Engineer II\n"
                     f"Delivery,How they ship,Delivers tasks with guidance,{cell}\n"
                     "Craft,Quality,Writes tests for their changes,Designs services for the team\n")
    out = tmp_path / "ladder.yaml"
    result = cli("import", str(sheet), "--org", "Acme", "--track", "Backend", "-o", str(out))
    assert written in [line.strip() for line in out.read_text().splitlines()], result.stderr
    assert ("LL406" in result.stderr) == written.startswith("- ")


def test_not_defined_under_two_competencies_and_two_levels_is_no_repeat(cli, write):
    """The UK Government's DDaT skills write "This skill level is currently
    not defined." for a level a skill does not have: LL403 says what to
    do, and the rules on repeats are silent."""
    said = "This skill level is currently not defined."
    body = IMPACT_AND_MENTORING + (
        "  - id: A2\n"
        "    title: Level A2\n"
        "    competencies:\n"
        f"      impact: [{said}]\n"                                  # 17
        f"      mentoring: [{said}]\n"                               # 18
        "  - id: A3\n"
        "    title: Level A3\n"
        "    competencies:\n"
        "      impact: [Ships features]\n"
        f"      mentoring: [{said}]\n"                               # 23
    )
    for code in ("LL515", "LL205", "LL507"):
        assert findings(cli, write, body, code) == [], code
    assert [line.split(" ")[0] for line in findings(cli, write, body, "LL403")] == ["17:15:", "18:18:", "23:18:"]


# --- F2: a near repeat whose object is a greater yield of the work ----------------------------------

def _two_levels(lower: str, higher: str) -> str:
    return "cumulative: false\n" + IMPACT_AND_MENTORING + (
        "  - id: L2\n"
        "    title: Level 2\n"
        "    competencies:\n"
        f"      impact: [\"{lower}\"]\n"
        "  - id: L3\n"
        "    title: Level 3\n"
        "    competencies:\n"
        f"      impact: [\"{higher}\"]\n"                            # 22
    )


_ACCESSIBILITY = "offer design {} to mitigate the risk of failing accessibility testing"


@pytest.mark.parametrize("lower, higher", [
    ("feedback", "solutions"), ("comments", "fixes"), ("issues", "strategies"), ("review", "design"),
])
def test_a_near_repeat_whose_object_grows_is_not_reported(cli, write, lower, higher):
    body = _two_levels(_ACCESSIBILITY.format(lower), _ACCESSIBILITY.format(higher))
    assert findings(cli, write, body, "LL205") == []


@pytest.mark.parametrize("lower, higher", [
    ("solutions", "feedback"),  # a smaller yield: not growth
    ("feedback", "input"),  # a word for the same yield
    ("solutions", "solution"),  # a slip of number
])
def test_a_near_repeat_whose_object_does_not_grow_is_still_reported(cli, write, lower, higher):
    body = _two_levels(_ACCESSIBILITY.format(lower), _ACCESSIBILITY.format(higher))
    assert findings(cli, write, body, "LL205") == [
        f"22:16: statement nearly the same as at level 'L2' (competency 'impact'), only '{lower}' -> '{higher}' "
        "changed: the expectation does not grow; say what more is expected here, or keep the wording identical "
        "if it carries over on purpose",
    ]


@pytest.mark.parametrize("lower, higher", [
    # After a verb that gives or makes what it names, in any form, a noun or two between: growth.
    ("Proposes ideas for the team's roadmap", "Proposes plans for the team's roadmap"),
    ("Provides clear written feedback on designs", "Provides clear written solutions on designs"),
    ("I am bringing suggestions to planning", "I am bringing strategies to planning"),
    ("Gave advice to the product team", "Gave recommendations to the product team"),
])
def test_a_greater_yield_given_or_made_is_not_reported(cli, write, lower, higher):
    assert findings(cli, write, _two_levels(lower, higher), "LL205") == []


@pytest.mark.parametrize("lower, higher, old, new", [
    # A verb that reports, records, tracks or finds what is there: the swap is no more work given.
    ("I report bugs in the services my team owns", "I report fixes in the services my team owns", "bugs", "fixes"),
    ("I document issues in the services my team owns", "I document decisions in the services my team owns",
     "issues", "decisions"),
    ("I track risks in the services my team owns", "I track plans in the services my team owns", "risks", "plans"),
    ("I identify problems in the services my team owns", "I identify solutions in the services my team owns",
     "problems", "solutions"),
    # A delivering verb too far before the noun to govern it.
    ("Offers help to the team that is reviewing bugs in production code",
     "Offers help to the team that is reviewing fixes in production code", "bugs", "fixes"),
])
def test_a_greater_yield_after_a_verb_that_makes_nothing_is_still_reported(cli, write, lower, higher, old, new):
    assert findings(cli, write, _two_levels(lower, higher), "LL205") == [
        f"22:16: statement nearly the same as at level 'L2' (competency 'impact'), only '{old}' -> '{new}' "
        "changed: the expectation does not grow; say what more is expected here, or keep the wording identical "
        "if it carries over on purpose",
    ]


# --- F3, F7: LL003 for a text followed by a list, and for a key indented under a text ---------------

from conftest import MINIMAL  # noqa: E402

from ladderlint.loader import LoadError, load_document, uses_libyaml  # noqa: E402

PARSERS = [pytest.param(False, id="libyaml"), pytest.param(True, id="pure")]


def _error(text: str, pure: bool) -> LoadError:
    if not pure and not uses_libyaml():
        pytest.skip("PyYAML built without libyaml")
    with pytest.raises(LoadError) as caught:
        load_document("f.yaml", text.encode(), pure=pure)
    return caught.value


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(("said", "dash"), [
    ("I deliver my tasks on time", "      - "),  # lined up with its key
    ('"I deliver my tasks on time"', "        - "),  # under a quoted text
])
def test_a_key_with_a_text_then_a_list_names_the_list_and_the_fix(pure, said, dash):
    """The key is where it belongs: the list after its text is the mistake,
    and the text is meant as the list's first item."""
    text = MINIMAL.replace("      impact:\n", f"      impact: {said}\n", 1).replace(
        "        - I deliver my tasks on time", dash + "I ask for help", 1)
    error = _error(text, pure)
    assert error.code == "LL003"
    column = len(dash) - 1
    assert error.message == (
        f"invalid YAML: line 20 is an item of a list, but 'impact' on line 19 already has a text, '{said}'; "
        "a key holds a text or a list, not both: leave `impact:` alone on line 19 and move its "
        f"text to a line of its own below it, as the list's first item (its '-' at column {column}, like that of "
        "line 20)")
    assert (error.position.line, error.position.column) == (20, column)


@pytest.mark.parametrize("pure", PARSERS)
def test_a_key_indented_a_step_under_a_text_is_explained(pure):
    text = MINIMAL.replace("    summary: Delivers", "        summary: Delivers", 1)
    error = _error(text, pure)
    assert error.message == (
        "invalid YAML: line 17 is indented under the text 'Engineer I' of 'title' on line 16, so YAML reads it as "
        "more of that text, where ': ' cannot be; line its key up with 'title:' (column 5), or, if it is part of "
        "the text, put the whole text in quotes")
    assert (error.position.line, error.position.column) == (17, 9)


@pytest.mark.parametrize("pure", PARSERS)
def test_a_key_a_space_off_its_sibling_is_still_told_to_line_up(pure):
    error = _error(MINIMAL.replace("    summary: Delivers", "     summary: Delivers", 1), pure)
    assert error.message.startswith("invalid YAML: line 17 starts 1 space more than line 16 above it")


def test_a_text_wrapped_onto_the_next_line_is_no_mistake(cli, write):
    text = MINIMAL.replace("    summary: Delivers well-scoped tasks",
                           "    summary: Delivers well-scoped tasks\n      with help from the team", 1)
    run = cli("check", "--isolated", "--format", "concise", str(write("f.yaml", text)))
    assert "LL003" not in run.output


# --- F4: 'to', an adverb made of any compared adjective, and a verb in -s -------------------------

from ladderlint.rules import registry  # noqa: E402
from rule_helpers import framework, framework_yaml  # noqa: E402


def _ll517(statement: str) -> list[str]:
    return [v.message for v in registry()["LL517"]().check_frameworks([framework(framework_yaml([statement]))])]


@pytest.mark.parametrize("adverb", ["clearly", "quickly", "deeply", "simply", "easily", "closely", "gently"])
def test_to_an_adverb_of_a_compared_adjective_and_an_s_form_is_reported(adverb):
    assert _ll517(f"They start to {adverb} understands how the environment impacts the model") == [
        f"'to {adverb} understands': after 'to' a verb takes its base form; did you mean 'to {adverb} understand'?"]


@pytest.mark.parametrize("statement", [
    # An adjective in -ly made of a noun, which no superlative has: a noun may follow.
    "Sends reminders to weekly updates, speaks to early adopters and to friendly reviews",
    "Moves spend to costly services and to nightly builds",
    # 'likely' is an adjective before a noun as often: 'likest' is rare.
    "Traces incidents to likely causes",
    # The verb in its base form.
    "Expected to clearly explain decisions and to quickly learn new tools",
])
def test_to_an_ly_word_that_is_no_adverb_of_a_verb_is_quiet(statement):
    assert _ll517(statement) == []


# --- F5: a cited link into another company's wiki ------------------------------------------------

def test_a_cited_link_into_another_companys_wiki_is_reported():
    statements = [
        "They influence their team's roadmap (template at https://wiki.nubank.com.br/roadmaps).",
        "They give feedback; see https://wiki.initech.com/feedback",
        # Public wikis of open projects, and the organisation's own wiki: citations.
        "They follow PEP 8 (https://wiki.python.org/moin/StyleGuides) and Debian's (https://wiki.debian.org/Teams)",
        "They avoid speculative work (see https://wiki.c2.com/?YouArentGonnaNeedIt)",
        "They keep the runbook current (https://wiki.escrowtab.com/runbooks)",
    ]
    fw = framework(framework_yaml(statements, domains=["escrowtab.com"]))
    assert [v.message.split(" is not")[0] for v in registry()["LL303"]().check_frameworks([fw])] == [
        "URL on wiki.nubank.com.br", "URL on wiki.initech.com"]


def _ll303_hosts(statements: list[str]) -> list[str]:
    fw = framework(framework_yaml(statements, domains=["escrowtab.com"]))
    return [v.message.split(" is not")[0].removeprefix("URL on ")
            for v in registry()["LL303"]().check_frameworks([fw])]


def test_a_cited_link_into_an_open_projects_public_wiki_off_org_is_a_citation():
    """Open projects keep public wikis on .net, .io and .com too: a cited
    link into one is no other company's intranet."""
    assert _ll303_hosts([
        "They follow the RFC process (see https://wiki.php.net/rfc)",
        "They follow the coding conventions (https://wiki.qt.io/Qt_Coding_Style)",
        "They read the HotSpot notes (see https://wiki.openjdk.java.net/display/HotSpot)",
        "They write the release notes (see https://wiki.ubuntu.com/ReleaseNotes)",
        "They keep the project's notes (see https://wiki.escrow-oss.github.io/notes)",
    ]) == []


def test_a_cited_link_into_a_company_wiki_near_a_public_one_is_still_reported():
    # Only the public project's domain and its subdomains: not a host that merely ends in its letters,
    # nor a company's wiki on any other domain.
    assert _ll303_hosts([
        "They follow the RFC process (see https://wiki.notphp.net/rfc)",
        "They follow the conventions (https://wiki.adhocteam.us/feedback)",
        "They read the notes (see https://wiki.qt.io.initech.com/notes)",
    ]) == ["wiki.notphp.net", "wiki.adhocteam.us", "wiki.qt.io.initech.com"]


# --- F10: --select ALL -------------------------------------------------------------------------------

from model_rules_helpers import HEADER  # noqa: E402


def _codes(run) -> list[str]:
    return [line.split(" ")[1] for line in run.lines[:-1]]


def test_select_all_selects_every_rule_and_is_the_least_specific(cli, write):
    path = str(write("framework.yaml", HEADER + one_level("Nothing at this grade")))
    every = cli("check", "--isolated", "--format", "concise", "--select", "LL", "--fail-on", "never", path)
    assert "LL403" in _codes(every)
    for spelt in ("ALL", "all"):
        run = cli("check", "--isolated", "--format", "concise", "--select", spelt, "--fail-on", "never", path)
        assert run.exit_code == 0, run.output + run.stderr
        assert _codes(run) == _codes(every)
    run = cli("check", "--isolated", "--format", "concise", "--select", "ALL", "--ignore", "LL4", "--fail-on", "never",
              path)
    assert not [code for code in _codes(run) if code.startswith("LL4")]


def test_select_all_in_the_configuration_file(cli, write):
    path = str(write("framework.yaml", HEADER + one_level("Nothing at this grade")))
    write(".ladderlint.yaml", "select: [ALL]\nignore: [LL404]\n")
    run = cli("check", "--format", "concise", "--fail-on", "never", path)
    assert run.exit_code == 0, run.output + run.stderr
    assert "LL403" in _codes(run) and "LL404" not in _codes(run)


# --- F8: what LL504 and LL510 say they report, and what they do ----------------------------------

def test_bold_split_in_a_word_and_bold_never_closed_each_by_the_rule_whose_summary_says_so(cli):
    import json

    run = cli("rules", "--format", "json")
    summaries = {rule["code"]: rule["summary"] for rule in json.loads(run.output)}
    assert "bold split inside a word" in summaries["LL504"] and "broken bold" not in summaries["LL504"]
    assert "bold never closed" in summaries["LL510"]
    split, unclosed = "**B****ehaviors** are kept", "**Maintains the holistic design vision across teams"
    for code, statement in (("LL504", split), ("LL510", unclosed)):
        fw = framework(framework_yaml([statement]))
        assert [code for code in ("LL504", "LL510") if registry()[code]().check_frameworks([fw])] == [code]
