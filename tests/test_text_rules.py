"""Clean text: LL501-LL518."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ladderlint.model import TextField
from ladderlint.rules import registry
from ladderlint.text import LONGEST_READ, too_long_to_read
from rule_helpers import FIRST_STATEMENT_LINE, at, findings, framework, framework_yaml, statement_path


NBSP, ZWSP, QUOTE, SPACE_BREAK = "\u00a0", "\u200b", '"', " \n"


def violations(code: str, statements: list[str], **kwargs):
    """The rule's violations on a framework holding the statements."""
    return registry()[code]().check_frameworks([framework(framework_yaml(statements, **kwargs))])


def fixes(code: str, statements: list[str], **kwargs) -> dict:
    """Statement index -> replacement, for every fix the rule offers."""
    out = {}
    for v in violations(code, statements, **kwargs):
        if v.fix is not None:
            assert v.fix.path == v.path
            out[v.path[-1]] = v.fix.replacement
    return out


# LL501 doubled-word ----------------------------------------------------------


def test_ll501_reports_and_fixes_doubled_words(cli, write):
    statements = ["I deliver my team team's goals", "The the goal is is clear", "I know that that works"]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL501") == [
        f"{path}:{at(0, statements[0], 'team team')}: LL501 [error] doubled word 'team': 'I deliver my team team's goals'",
        f"{path}:{at(1, statements[1], 'The the')}: LL501 [error] doubled word 'The' (and 1 more): 'The the goal is is clear'",
    ]
    assert fixes("LL501", statements) == {0: "I deliver my team's goals", 1: "The goal is clear"}


@pytest.mark.parametrize("statement", [
    "I had had enough", "I ship 2 2-day tasks", "I own my team's and team-mates' goals", "Team: team goals",
])
def test_ll501_quiet_on_grammatical_repeats_numbers_and_punctuation(statement):
    assert violations("LL501", [statement]) == []


@pytest.mark.parametrize("statement", [
    # A verb's particle, then the same word as a preposition.
    "I log in in the morning, chime in in design reviews and checked in in every 1:1",
    "I sign up up front for on-call and reach out out of hours only for a SEV1",
    # "is" after a clause in "what" that is its subject.
    "I know that what it is is what matters, and how it works is what I explain",
])
def test_ll501_quiet_on_a_particle_and_its_preposition_and_a_clause_before_is(statement):
    assert violations("LL501", [statement]) == []


@pytest.mark.parametrize("statement", [
    "I keep the team in in the office",  # "team in" is no verb and its particle
    "The issue is is that we ship late",  # no clause in "what"
    "I log in in in the morning",  # said three times
])
def test_ll501_a_doubling_that_only_looks_grammatical_is_still_reported(statement):
    assert len(violations("LL501", [statement])) == 1


def test_ll501_quiet_on_a_word_doubled_on_purpose_inside_quotes():
    statements = ['Gets the team\'s work to "done done": shipped, monitored and documented',
                  "Knows when a feature is \u201cready ready\u201d and when it only passes its tests"]
    assert violations("LL501", statements) == []


@pytest.mark.parametrize("statement", [
    'Says "the the team" when it means the team',  # the quotation holds more than the doubling
    'Gets work to "done done done"',  # said three times
    'Gets work to done done, then ships it',  # no quotation
])
def test_ll501_a_doubling_the_quotes_do_not_hold_alone_is_still_reported(statement):
    assert len(violations("LL501", [statement])) == 1


def test_ll501_quiet_on_a_name_that_doubles_a_word_in_english_text():
    statements = [
        "I opened our Walla Walla office and lead the team there",
        "I ran the offsite in Pago Pago with the other leads",
    ]
    assert violations("LL501", statements) == []


@pytest.mark.parametrize(("statement", "word"), [
    ("I lead the Platform Team Team and its roadmap", "Team"),  # an English word
    ("I deploy to Kubernetes Kubernetes clusters", "Kubernetes"),  # an engineering term
    ("I opened our Walla walla office", "Walla"),  # not capitalised twice
])
def test_ll501_still_reports_a_capitalised_word_doubled_that_is_no_name(statement, word):
    assert [v.message.split("'")[1] for v in violations("LL501", [statement])] == [word]


# Statements of a framework written in German and one in French: their
# articles and pronouns double on purpose.
GERMAN = [
    "Arbeitet eng mit dem Team zusammen, das das Produkt verantwortet.",
    "Kennt die Systeme, die die Kunden täglich nutzen, und verbessert sie.",
    "Schreibt sauberen, getesteten Code und hält sich an die Konventionen des Teams.",
    "Gibt konstruktives Feedback in Code-Reviews und nimmt Feedback an.",
    "Hilft neuen Kolleginnen und Kollegen beim Onboarding.",
]
FRENCH = [
    "Nous nous engageons à livrer un code de qualité, testé et documenté.",
    "Participe aux revues de code et propose des améliorations concrètes.",
    "Accompagne les nouveaux arrivants dans leur intégration au sein de l'équipe.",
    "Vous vous assurez que le service est fiable et bien surveillé en production.",
    "Prend des décisions techniques en tenant compte du contexte métier.",
]


@pytest.mark.parametrize("statements", [GERMAN, FRENCH])
def test_ll501_quiet_on_articles_and_pronouns_a_framework_in_another_language_doubles(statements):
    assert violations("LL501", statements, voice="third-person") == []


def test_ll501_still_reports_a_longer_word_doubled_in_another_language_and_short_ones_in_english():
    german = [*GERMAN, "Verantwortet das Produkt Produkt seines Teams."]
    found = violations("LL501", german, voice="third-person")
    assert [(v.path, v.message) for v in found] == [
        (statement_path(5), "doubled word 'Produkt': 'Verantwortet das Produkt Produkt seines Teams.'"),
    ]
    # English statements: a short word doubled is a slip there.
    english = ["I own the the goals of my team and I share them with the people who need them", *GERMAN[:1]]
    assert [v.path for v in violations("LL501", english)] == [statement_path(0), statement_path(1)]


# LL502 double-space ----------------------------------------------------------


@pytest.mark.parametrize("statement", [
    "I run `ls  -la` and `git log   --oneline` daily",  # code spans
    "I write code like this:\n\n    x = 1    # one\n    y = 22   # two\n\nand I keep it short",  # indented
    "I write code like this:\n\n```\nx = 1    # one\n```\n\nand I keep it short",  # fenced
    "What I own:\n\n| Area     | Expectation   |\n| Scope    | Tasks         |",  # a table's padding
])
def test_ll502_quiet_on_the_spacing_of_code_and_tables(statement):
    assert violations("LL502", [statement]) == []


def test_ll502_still_reports_a_run_of_spaces_beside_code_and_fixes_only_it():
    statements = ["I  lead `x  y` teams", "| Area | Scope |\nand  then more"]
    assert [v.message for v in violations("LL502", statements)] == [
        "2 spaces in a row: 'I  lead `x  y` team…'", "2 spaces in a row: '…ea | Scope |\\nand  then more'",
    ]
    assert fixes("LL502", statements) == {0: "I lead `x  y` teams", 1: "| Area | Scope |\nand then more"}


def test_ll502_reports_and_fixes_runs_of_spaces(cli, write):
    statements = ["I  deliver some goals", "I may be  a lead.   Or not"]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL502") == [
        f"{path}:{at(0, statements[0], '  ')}: LL502 [warning] 2 spaces in a row: 'I  deliver some goa…'",
        f"{path}:{at(1, statements[1], '  ')}: LL502 [warning] 2 spaces in a row (2 places): 'I may be  a lead.   Or not'",
    ]
    assert fixes("LL502", statements) == {0: "I deliver some goals", 1: "I may be a lead. Or not"}


TWO_SPACED = [
    "Delivers small features.  Asks for help early.",
    "Writes tests.  Keeps the build green.  Fixes flaky tests.",
    "Reviews code kindly.  Explains the why.",
]


def test_ll502_quiet_on_two_spaces_between_sentences_where_that_is_the_house_style():
    assert violations("LL502", TWO_SPACED, voice="third-person") == []


def test_ll502_still_reports_other_runs_in_a_two_spaced_framework_and_two_spaces_in_a_one_spaced_one():
    found = violations("LL502", [*TWO_SPACED, "Delivers  features.  Ships them."], voice="third-person")
    assert [(v.path, v.message) for v in found] == [(statement_path(3), "2 spaces in a row: 'Delivers  features.  Ships…'")]
    assert fixes("LL502", [*TWO_SPACED, "Delivers  features.  Ships them."], voice="third-person") == {
        3: "Delivers features.  Ships them.",
    }
    one_spaced = ["Delivers small features. Asks for help early.", "Writes tests. Keeps the build green.",
                  "Reviews code kindly.  Explains the why."]
    assert [v.path for v in violations("LL502", one_spaced, voice="third-person")] == [statement_path(2)]


def test_ll502_leaves_ends_and_indentation_alone():
    assert violations("LL502", ["I deliver goals  ", "I list:\n  - one\n  - two", "I lead"]) == []


# LL503 surrounding-whitespace ------------------------------------------------


def test_ll503_reports_and_fixes_leading_trailing_and_line_end_whitespace(cli, write):
    statements = [" I lead", "I lead\u00a0", "I lead\n", "Line one \nline two", "I lead\n\n"]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL503") == [
        f"{path}:{at(0, statements[0], ' ')}: LL503 [warning] leading space: ' I lead'",
        f"{path}:{at(1, statements[1], NBSP)}: LL503 [warning] trailing non-breaking space (U+00A0): 'I lead\u00a0'",
        f"{path}:{at(3, statements[3], SPACE_BREAK)}: LL503 [warning] line-end space: 'Line one \\nline two'",
        f"{path}:{at(4, statements[4], 7)}: LL503 [warning] trailing line break: 'I lead\\n\\n'",
    ]
    assert fixes("LL503", statements) == {0: "I lead", 1: "I lead", 3: "Line one\nline two", 4: "I lead\n"}


def test_ll503_quiet_on_clean_text_and_the_block_scalar_line_break():
    assert violations("LL503", ["I lead", "I lead\n", "Line one\n  indented line"]) == []


# LL504 export-debris ---------------------------------------------------------


def test_ll504_reports_and_fixes_export_debris(cli, write):
    statements = [
        "**Key** **B****ehaviors**",
        '![trophy](https://paper.example.com/emoji/1f3c6.png "trophy")  Results',
        "* I own projects<br>that matter &amp; ship :rocket: them",
        "| Impact |",
        "I do this<br><br>* and that",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL504") == [
        f"{path}:{at(0, statements[0], '****')}: LL504 [error] export debris: broken bold '**B****ehaviors**'",
        f"{path}:{at(1, statements[1], '![')}: LL504 [error] export debris: markdown image link '![trophy](https://paper.example.com/emo…'",
        f"{path}:{at(2, statements[2], '*')}: LL504 [error] export debris: list marker '*', <br> tag '<br>', HTML entity '&amp;', "
        "emoji shortcode ':rocket:'",
        f"{path}:{at(3, statements[3], '|')}: LL504 [error] export debris: table pipe '|'",
        f"{path}:{at(4, statements[4], '<br>')}: LL504 [error] export debris: <br> tag '<br><br>'",
    ]
    assert fixes("LL504", statements) == {
        0: "**Key** **Behaviors**",
        1: "Results",
        2: "I own projects that matter & ship them",
        3: "Impact",
        # 4: a line break before a list item is left for a person (LL508).
    }


@pytest.mark.parametrize(("statement", "fixed"), [
    ("Ships launch posts on time :tada:.", "Ships launch posts on time."),
    ("Ships launch posts :tada:, and answers :wave: questions", "Ships launch posts, and answers questions"),
    ("Ships launch posts (on time :tada:)", "Ships launch posts (on time)"),
    ("Ships launch posts<br>.", "Ships launch posts."),
    ("Ships launch posts on time :tada:", "Ships launch posts on time"),
    ("Ships launch posts :tada: on time", "Ships launch posts on time"),
])
def test_ll504_a_removed_piece_before_punctuation_leaves_no_space(cli, write, tmp_path, statement, fixed):
    """An emoji code (or a tag) removed before a full stop or a comma takes
    the space before it along: "on time." rather than "on time ."."""
    path = write("f.yaml", framework_yaml([statement]))
    run = cli("check", "--select", "LL504", "--fix", "f.yaml", cwd=tmp_path)
    assert run.exit_code == 0, run.output
    assert f"        - {json.dumps(fixed)}\n" in path.read_text() or f"        - {fixed}\n" in path.read_text()


@pytest.mark.parametrize("statement", [
    "I meet at 10:30:00 on Mondays",
    "I practice the <company> values",  # a placeholder, not HTML
    "I have achieved proficiency in ML development lifecycle*.",
    "Project Leadership - I define milestones",
    "R&D and Q&A sessions; a | b in shell",
    "I read **the** docs",  # emphasis is LL510's
    "I lead projects – end to end – and ship them → to production ✓",  # dashes, arrows and ticks inside a text
])
def test_ll504_quiet_on_ordinary_text(statement):
    assert violations("LL504", [statement]) == []


@pytest.mark.parametrize(("statement", "marker"), [
    ("– I lead projects end to end", "–"),  # an en dash typed as a bullet
    ("— I lead projects end to end", "—"),
    ("➢ I lead projects end to end", "➢"),  # a word processor's bullet
    ("✓ I lead projects end to end", "✓"),
    ("→ I lead projects end to end", "→"),
])
def test_ll504_a_dash_an_arrow_or_a_tick_typed_as_a_bullet_is_a_list_marker(statement, marker):
    assert [v.message for v in violations("LL504", [statement])] == [f"export debris: list marker '{marker}'"]
    assert fixes("LL504", [statement]) == {0: "I lead projects end to end"}


def test_ll504_a_role_tag_left_in_a_statement_is_debris_taken_out_where_it_names_the_track():
    statements = [
        "[PM] Operates on a 1-2 quarter horizon.",  # the track's own tag
        "[Core] Owns their tasks end to end.",  # the part every role shares
        "[Eng] Reviews designs with the team.",  # another role's statement: a person's to keep or remove
    ]
    found = violations("LL504", statements, track="Product Manager")
    assert [(v.path[-1], v.message, v.span) for v in found] == [
        (0, "export debris: role tag '[PM]'", (0, 4)),
        (1, "export debris: role tag '[Core]'", (0, 6)),
        (2, "export debris: role tag '[Eng]' (the statement of another role than the track, 'Product Manager'? "
            "remove it if so, else the tag; --fix leaves it)", (0, 5)),
    ]
    assert fixes("LL504", statements, track="Product Manager") == {
        0: "Operates on a 1-2 quarter horizon.", 1: "Owns their tasks end to end."}


@pytest.mark.parametrize("statement", [
    "[Company] values guide how I work",  # a template's blank: LL406's
    "[Optional] Mentors an intern each summer",  # what the statement is: its own words
    "[1] Ships features weekly",  # a citation's number
    "[Design review] Runs the weekly review",  # words in brackets that name no role
    "Works with the PM. [PM] is a role name here",  # not at the start of the statement
    "[see the roadmap](https://escrowtab.com/roadmap) for what comes next",  # a link, LL510's
])
def test_ll504_brackets_that_are_no_role_tag_are_not_debris(statement):
    assert violations("LL504", [statement], track="Product Manager") == []


def test_ll504_a_closing_tag_typed_with_a_backslash_is_debris():
    # Sourcegraph's handbook closes three items so: "...reviews.<\\li>".
    statement = "Responsible for managing performance and annual impact reviews.<\\li>"
    assert [v.message for v in violations("LL504", [statement])] == ["export debris: HTML tag '<\\li>'"]
    assert fixes("LL504", [statement]) == {0: "Responsible for managing performance and annual impact reviews."}


def test_ll504_a_no_break_space_is_a_space_between_words_and_nothing_at_an_end():
    statements = ["I test.&nbsp;", "&nbsp;I test", "I test&nbsp;and learn"]
    assert fixes("LL504", statements) == {0: "I test.", 1: "I test", 2: "I test and learn"}


def test_ll504_list_and_heading_markers_only_in_short_texts():
    text = framework_yaml(["I lead"], extra="description: |\n  ## About\n  - we grow people\n")
    fw = framework(text)
    assert registry()["LL504"]().check_frameworks([fw]) == []
    assert [v.message for v in violations("LL504", ["## Craft"])] == ["export debris: heading marker '##'"]


# LL505 unbalanced-brackets ---------------------------------------------------


def test_ll505_reports_unclosed_and_unopened_brackets_and_quotes(cli, write):
    statements = [
        "I use ML techniques (e.g. deep learning, optimization",
        "I choose a model etc) and ship it",
        "I say “hello to everyone",
        'I call it "the plan',
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL505") == [
        f"{path}:{at(0, statements[0], '(')}: LL505 [warning] '(' is never closed: 'I use ML techniques (e.g. deep learning, opti…'; "
        "close it where the aside or quotation ends, or delete it",
        f"{path}:{at(1, statements[1], ')')}: LL505 [warning] ')' closes nothing: 'I choose a model etc) and ship it'; "
        "add the opening mark where the aside or quotation starts, or delete this one",
        f"{path}:{at(2, statements[2], '“')}: LL505 [warning] '“' is never closed: 'I say “hello to everyone'; "
        "close it where the aside or quotation ends, or delete it",
        f"{path}:{at(3, statements[3], QUOTE)}: LL505 [warning] odd number of straight double quotes (1): 'I call it \"the plan'; "
        "close the quotation, or delete the stray mark",
    ]


@pytest.mark.parametrize("statement", [
    "I use HTTP(S)-based APIs for my team(s)",
    "I weigh a) cost and b) risk",
    "I keep smiling :) and (mostly) calm",
    "I keep a plan (and a plan b)",
    "I read https://en.wikipedia.org/wiki/Ownership_(psychology) often",
    'I call it "the plan" and [rarely] {ever} «doubt» “it”',
    "I’m sure it’s my team’s",
    "I don't skip my teams' ‘reviews’ or 'demos'",  # apostrophes are no quotes
    "I keep ‘the teams' goals’ and 'til the ’90s, rock 'n' roll’s",
    "I keep p99 latency in [0, 200) ms and scores in (0, 1], ratios in [1, ∞)",  # half-open intervals
    "I index arrays over [0, n) and retry in [1, 10) seconds, keys in (a, b] and [-x, y)",  # of letters too
])
def test_ll505_quiet_on_balanced_text_enumerators_smileys_and_urls(statement):
    assert violations("LL505", [statement]) == []


@pytest.mark.parametrize("statement", [
    'I test on the 12.9" iPad Pro.',
    'I test on the 11" and the 12.9" iPad Pro, and on a 27" monitor',
    "I stand 5' 11\"",
    'I call the 13" laptop "the small one"',  # an inch mark, then a quotation
])
def test_ll505_an_inch_mark_after_a_digit_is_no_quotation(statement):
    assert violations("LL505", [statement]) == []


@pytest.mark.parametrize("statement", [
    'I call it "the top 10" and "top 3',  # the quote after 10 closes a quotation: the last is open
    'I ship "v2 of the plan',
])
def test_ll505_a_quote_after_a_digit_that_closes_or_opens_a_quotation_still_counts(statement):
    assert len(violations("LL505", [statement])) == 1


@pytest.mark.parametrize("statement", [
    "I read the list [a, list) of words",  # a word, not a letter: no interval
    "I index arrays over [0, n) and (see notes",  # an interval, and a bracket left open
])
def test_ll505_a_bracket_beside_no_interval_still_counts(statement):
    assert len(violations("LL505", [statement])) == 1


# LL506 wrong-voice -----------------------------------------------------------


@pytest.mark.parametrize("statement", [
    "Stellt die Frage \u201eWarum?\u201c, bevor eine Lösung gebaut wird",  # German
    "Zadaje pytanie \u201edlaczego?\u201d przed budową rozwiązania",  # Polish
    "Stellt die Frage \u00bbWarum?\u00ab, bevor eine Lösung gebaut wird",  # German guillemets
    "Se demande \u00ab pourquoi ? \u00bb avant de se lancer",  # French, as before
])
def test_ll505_quiet_on_quotation_marks_as_other_languages_write_them(statement):
    assert violations("LL505", [statement]) == []


@pytest.mark.parametrize(("statement", "opening", "closing"), [
    ('I push back when the “ideal" design does not fit', "curly '“'", "straight '\"'"),
    ('I push back when the "ideal” design does not fit', "straight '\"'", "curly '”'"),
    ("I push back when the ‘ideal' design does not fit", "curly '‘'", "straight '''"),
    ("I push back when the 'ideal’ design does not fit", "straight '''", "curly '’'"),
    ("I push back when the ‘ideal,' says my teams' lead", "curly '‘'", "straight '''"),
])
def test_ll505_reports_quotation_marks_of_two_styles(statement, opening, closing):
    at = statement.index(" design" if "design" in statement else " says") - 1
    [violation] = violations("LL505", [statement])
    assert violation.message.startswith(f"mismatched quotation marks: {opening} closed by {closing}: '…")
    assert violation.message.endswith("'; write both marks curly or both straight")
    assert violation.span == (at, at + 1)


def test_ll505_a_bracket_beside_numbers_that_is_no_interval_is_still_reported():
    assert len(violations("LL505", ["I keep latency in [0, 200 ms for the hot path"])) == 1
    assert len(violations("LL505", ["I keep latency (p99 under 200, 300 for batch] in check"])) == 1


@pytest.mark.parametrize(("statement", "message"), [
    ("Stellt die Frage \u201eWarum? bevor eine Lösung gebaut wird", "'\u201e' is never closed"),
    ("Stellt die Frage \u00bbWarum? bevor eine Lösung gebaut wird", "'\u00bb' is never closed"),
    ("Fragt (\u201eWarum?) bevor\u201c", "')' closes nothing"),
])
def test_ll505_still_reports_those_quotation_marks_left_open(statement, message):
    assert [v.message.split(": ")[0] for v in violations("LL505", [statement])] == [message]


def test_ll506_first_person_framework(cli, write):
    statements = [
        "I own and deliver projects in your area",
        "Delivers projects on time",
        "I deliver; we celebrate our wins",
        "When I encounter barriers, I unblock myself",
        "Project Leadership - I define milestones",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL506") == [
        f"{path}:{at(0, statements[0], 'your')}: LL506 [warning] 'your' in a first person framework (\"I ...\"): "
        "'…and deliver projects in your area'; reword it in the first person",
        f"{path}:{at(1, statements[1], 'Delivers')}: LL506 [warning] 'Delivers ...' reads as third person in a first person framework "
        "(\"I ...\"): 'Delivers projects on time'; reword it in the first person",
    ]


def test_ll506_reads_a_level_summary_but_not_a_dimension_introduction_at_a_level(cli, write):
    # A dimension's introduction at a level speaks to the reader, whatever the
    # statements' voice; `explain LL506` names statements and level summaries only.
    intro = "At IC1 you are learning our codebase and the platform; we expect steady progress, not mastery."
    text = framework_yaml(["I deliver my tasks on time"]).replace(
        "    title: IC1 Engineer\n",
        "    title: IC1 Engineer\n"
        "    summary: You deliver well-scoped tasks.\n"
        f"    dimensions: {{culture: {json.dumps(intro)}}}\n",
    )
    path = write("f.yaml", text)
    assert findings(cli, path, select="LL506") == [
        f"{path}:20:14: LL506 [warning] 'You' in a first person framework (\"I ...\"): "
        "'You deliver well-scoped tas…'; reword it in the first person",
    ]
    run = cli("explain", "LL506")
    assert "statements and level summaries, not a dimension's introduction" in " ".join(run.output.split())


@pytest.mark.parametrize("voice", ["first-person", "second-person"])
@pytest.mark.parametrize("statement", [
    "Basics of Kubernetes, Docker and Terraform",  # a bullet that names things
    "Fundamentals of distributed systems",
    "Tools: Jira, Confluence, Figma",
    "Projects of medium complexity, with some guidance",
    "Standards for code review",
    "Operations and on-call",
    "Metrics that matter: DORA, SLOs",
])
def test_ll506_a_bullet_that_starts_with_a_noun_is_no_third_person(voice, statement):
    assert violations("LL506", [statement], voice=voice) == []


@pytest.mark.parametrize("statement", [
    "Delivers projects on time", "Fixes bugs in the services of the team", "Carries the pager for a week",
    "Takes ownership of incidents",
    "Developers deliver projects on time and mentor others",  # people, said in the third person
    "Prioritises the work of the team",  # a British form of a verb
    "Refactors the code of the team",  # a verb of the trade the dictionary does not list
])
def test_ll506_a_verb_in_s_that_starts_a_statement_is_still_third_person(statement):
    found = violations("LL506", [statement])
    assert [v.message.split(" reads as")[0] for v in found] == [f"'{statement.split()[0]} ...'"]


def test_ll506_second_and_third_person_frameworks():
    second = violations("LL506", ["You lead", "I lead my team", "Leads the team", "You ask 'can I help?'"],
                        voice="second-person")
    assert [(v.path, v.message.split(" in a ")[0]) for v in second] == [
        (statement_path(1), "'I'"),
        (statement_path(2), "'Leads ...' reads as third person"),
    ]
    third = violations("LL506", ["Leads the team", "You know the experts", "Owns my area", "Uses I/O well"],
                       voice="third-person")
    assert [(v.path, v.message.split(" in a ")[0]) for v in third] == [
        (statement_path(1), "'You'"),
        (statement_path(2), "'my'"),
    ]


@pytest.mark.parametrize(("voice", "statement", "word", "subject", "fix"), [
    ("second-person", "You hold themselves accountable for outcomes", "themselves", "You", "yourself"),
    ("second-person", "You take ownership of their own work", "their own", "You", "your own"),
    ("second-person", "You own your work, and you hold themselves to a high bar", "themselves", "you", "yourself"),
    ("first-person", "I manage their own time and priorities", "their own", "I", "my own"),
    ("second-person", "You adapt their own communication style", "their own", "You", "your own"),
    ("second-person", "You manage their own time", "their own", "You", "your own"),
    ("first-person", "I grow their own skills", "their own", "I", "my own"),
    # A plural word that opens the sentence is no noun a clause describes.
    ("second-person", "Sometimes you hold themselves accountable", "themselves", "you", "yourself"),
    # Nor is a plural word of a phrase that sets the scene: no subject
    # stands before the "you", which is the subject.
    ("second-person", "In most cases you hold themselves accountable.", "themselves", "you", "yourself"),
    ("second-person", "In reviews you hold themselves to a high bar.", "themselves", "you", "yourself"),
    ("second-person", "Across teams you keep themselves informed.", "themselves", "you", "yourself"),
    ("second-person", "With new projects you push themselves hard.", "themselves", "you", "yourself"),
    ("first-person", "In reviews I hold themselves to a high bar.", "themselves", "I", "myself"),
    # A subject before it in another clause of the sentence.
    ("second-person", "You own your work; in reviews you hold themselves to a high bar", "themselves", "you",
     "yourself"),
    ("second-person", "You own your work, and in reviews you hold themselves to a high bar", "themselves", "you",
     "yourself"),
])
def test_ll506_a_reflexive_that_can_only_mean_the_reader_is_in_the_wrong_voice(voice, statement, word, subject, fix):
    found = violations("LL506", [statement], voice=voice)
    example = "You ..." if voice == "second-person" else "I ..."
    assert [v.message.split(": ")[0] for v in found] == [
        f"'{word}' where '{subject}' is meant, in a {voice.replace('-', ' ')} framework (\"{example}\")"]
    assert found[0].message.endswith(f"; write '{fix}'")
    assert found[0].span == (statement.index(word), statement.index(word) + len(word))


@pytest.mark.parametrize(("voice", "statement"), [
    # Someone else named between the subject and the word, whom it means.
    ("second-person", "You help engineers grow their own careers"),
    ("second-person", "You give the team room to organise themselves"),
    ("second-person", "You let each person decide for themselves"),
    ("second-person", "You help a new joiner settle into their own role"),
    ("second-person", "You coach Sam to speak up for himself"),
    ("second-person", "You help the engineers who report to you grow their own careers"),
    ("first-person", "I help them learn how to unblock themselves"),
    ("first-person", "I grow managers who can themselves grow great managers"),
    # The "you" or "I" of a clause that says which people are meant: the
    # reflexive means them ("the engineers you manage").
    ("second-person", "You help the engineers you manage grow their own careers."),
    ("second-person", "You give the teams you support room to organise themselves"),
    ("first-person", "I help the people I mentor find their own answers"),
    ("second-person", "You help the engineers who you manage grow their own careers."),
    ("second-person", "You help the people you've hired grow their own careers."),
    ("second-person", "You help the people you're mentoring find their own answers."),
    ("first-person", "I help the people I'm mentoring find their own answers."),
    ("second-person", "You help the engineer you manage grow their own career"),
    # Someone of the reader's or the author's own, named after "your" or "my".
    ("second-person", "You coach your mentee through their own mistakes."),
    ("second-person", "You help your direct report set their own goals"),
    ("second-person", "You let your buddy find their own way around the codebase"),
    ("second-person", "You let your tech lead make their own calls"),
    ("second-person", "You coach your successor to decide for themselves"),
    ("second-person", "You agree with your counterpart on their own priorities"),
    ("first-person", "I help my mentee own their own growth"),
    # A plain "their" may mean people of another statement: not read.
    ("second-person", "You review their code with care"),
    # The third person's own "themselves".
    ("third-person", "Holds themselves accountable for outcomes"),
])
def test_ll506_a_reflexive_that_means_someone_else_is_no_slip(voice, statement):
    assert violations("LL506", [statement], voice=voice) == []


def test_ll506_a_voice_most_statements_break_is_reported_once_at_voice():
    statements = ["You lead the team", "You own your area", "You mentor others", "Leads the roadmap"]
    found = violations("LL506", statements, voice="third-person")
    assert [(v.path, v.message.split(",")[0]) for v in found] == [(("voice",), "voice is 'third-person'")]
    assert "3 statements and summaries are written in another person and 1 in it" in found[0].message
    # Where the declared voice holds most of them, each stray statement is reported.
    kept = violations("LL506", ["Leads the team", "Owns the area", "Mentors others", "Reviews code", "You lead",
                                "You own your area", "You mentor"], voice="third-person")
    assert [v.path for v in kept] == [statement_path(4), statement_path(5), statement_path(6)]


_DESCRIPTIONS = ["Delivers tasks on time", "Reviews code with care", "Owns the team's services", "Mentors new hires",
                 "Writes clear design documents", "Shares knowledge in demos"]


@pytest.mark.parametrize(("statement", "word", "fix"), [
    ("Understand where to place logic in their favorite framework.", "Understand", "Understands"),
    ("Communicate with PMs when goals are unattainable.", "Communicate", "Communicates"),
    ("Help dissolve tension when it arises.", "Help", "Helps"),
    ("Be up to date with Front-End standards", "Be", "Is"),
    ("Reliably do what they say they will.", "do", "does"),
    ("Approach problems calmly", "Approach", "Approaches"),
    ("Apply patterns with care", "Apply", "Applies"),
    # A sentence of the statement that opens with one.
    ("Collaborates with analysts on what to track. Understand what a metric measures.", "Understand",
     "Understands"),
])
def test_ll506_a_verb_in_its_base_form_among_third_person_statements_is_reported(statement, word, fix):
    # The framework writes the verb in "-s" itself, elsewhere.
    conjugated = f"{fix.capitalize()} what the team needs"
    found = violations("LL506", [*_DESCRIPTIONS, conjugated, statement], voice="third-person")
    assert [v.path for v in found] == [statement_path(len(_DESCRIPTIONS) + 1)]
    assert found[0].message.startswith(f"'{word} ...' reads as an instruction in a third person framework")
    assert found[0].message.endswith(f"; write '{fix} ...'")
    start, end = found[0].span
    assert statement[start:end] == word


@pytest.mark.parametrize("statement", [
    "Can write code in at least one language.",  # a modal keeps the third person
    "Should own the release",
    "Design reviews are held weekly",  # a noun that is also a verb, as a subject
    "Test coverage is tracked",
    "Code review: thorough and kind",  # a label
    "Point person for the squad",  # a compound noun
    "Well-composed commit narratives",
    "Go to expert in one area of technology",
    "Open to being challenged",
    "Cares about their work",  # the "-s" form already
    "Knowledge of Kubernetes",  # no verb
    "Team defaults to their opinion",  # people, the subject
    "People seek them out",
    "Project / team outcomes",  # things named
])
def test_ll506_a_statement_that_only_looks_like_an_instruction_is_not_reported(statement):
    # Each word's "-s" form is in the framework, as a verb or a noun.
    said = "Points, designs, tests, codes, goes, opens, wells, teams, peoples, projects and knowledges"
    assert violations("LL506", [*_DESCRIPTIONS, said, statement], voice="third-person") == []


@pytest.mark.parametrize("statement", [
    "Evidence or feedback exists to prove it",  # a noun that is also a verb
    "Mature handling of crises",  # an adjective that is also a verb
    "Clear communication with stakeholders",
])
def test_ll506_a_word_the_framework_never_writes_in_s_is_not_read_as_an_instruction(statement):
    assert violations("LL506", [*_DESCRIPTIONS, statement], voice="third-person") == []


@pytest.mark.parametrize(("statement", "fix"), [
    # "helps" is nowhere, but a verb follows it, as one does "help".
    ("Help dissolve tension when it arises.", "Helps"),
    ("Translate specs into technical tasks", "Translates"),  # a word seen mostly as a verb
    ("Support the team through incidents", "Supports"),  # its object opens with a word of grammar
])
def test_ll506_a_verb_the_framework_never_writes_in_s_is_still_read_as_an_instruction(statement, fix):
    found = violations("LL506", [*_DESCRIPTIONS, statement], voice="third-person")
    assert [v.message.rsplit("write '", 1)[1] for v in found] == [f"{fix} ...'"]


def test_ll506_a_framework_written_as_instructions_keeps_its_voice():
    # As many instructions as descriptions: a list of instructions, a voice of its own.
    statements = ["Run productive team meetings", "Track team metrics", "Manage individual contributors",
                  "Leads the roadmap", "Hire engineers"]
    assert violations("LL506", statements, voice="third-person") == []
    # Instructions are the other persons' own voice ("You ..." frameworks give orders too).
    assert violations("LL506", ["I lead the team", "I review code", "I own my area", "Help others grow"],
                      voice="first-person") == []


def test_ll506_quiet_without_a_declared_voice():
    text = framework_yaml(["You lead", "Leads"]).replace("voice: first-person\n", "")
    assert registry()["LL506"]().check_frameworks([framework(text)]) == []


_FRENCH = ["Les travaux sont revus avec des changements occasionnels liés à l'implémentation.",
           "Les travaux n'ont pas forcément besoin d'être revus, l'approche générale peut l'être.",
           "Environ 2 à 5 ans d'expérience en tant que développeur professionnel.",
           "Aide à établir et à maintenir des normes professionnelles pour l'ensemble de l'organisation."]


@pytest.mark.parametrize("english", ["Mentors junior developers.", "Leads by example.", "Has a growth mindset."])
def test_ll506_reads_no_english_verbs_in_the_statements_of_a_framework_in_another_language(english):
    # One statement left in English among French ones: "Environ ..." and
    # "Aide ..." are no English instructions, and "Les ..." no verb in "-s".
    assert violations("LL506", [*_FRENCH, english], voice="third-person", extra="language: fr\n") == []
    # Nor is a French noun in "-s" a verb in the third person.
    assert violations("LL506", ["Je mentore les développeurs.", "Tests automatisés pour chaque fonctionnalité."],
                      voice="first-person", extra="language: fr\n") == []


def test_ll506_still_reads_a_statement_left_in_english_in_a_framework_in_another_language():
    found = violations("LL506", [*_FRENCH, "You mentor junior developers."], voice="third-person",
                       extra="language: fr\n")
    assert [(v.path, v.message.split(" in a ")[0]) for v in found] == [(statement_path(4), "'You'")]


# LL507 duplicate-statement ---------------------------------------------------


def test_ll507_reports_the_repetition_in_one_cell(cli, write):
    path = write("f.yaml", framework_yaml([
        "I am able to represent my team's initiatives",
        "I contribute to interviewing",
        "I am able to represent my team’s  initiatives.",
    ]))
    assert findings(cli, path, select="LL507") == [
        f"{path}:{at(2)}: LL507 [error] statement 3 repeats statement 1 of IC1 health: "
        "'I am able to represent my team’s  initiatives.'"
    ]


def test_ll507_quiet_on_different_statements_and_other_cells():
    text = framework_yaml(["I lead", "I lead the team"], extra=(
        "  - id: IC2\n    title: IC2 Engineer\n    competencies:\n      health:\n        - I lead\n"
    ))
    assert registry()["LL507"]().check_frameworks([framework(text)]) == []


def test_ll507_reports_an_example_given_twice_in_one_cell(cli, write):
    statements = [
        {"text": "I am focussed on the success of the team", "examples": [
            "I add value to my team by being a trusted supporter", "I participate in test planning",
            "I add value to my team by being a trusted supporter.", "i participate in  test planning"]},
        {"text": "I make valuable contributions to team discussions", "examples": [
            "I suggest improvements to process at retrospectives", "I provide input during planning"]},
        {"text": "I help my team improve", "examples": ["I suggest improvements to process at retrospectives"]},
    ]
    path = write("f.yaml", framework_yaml(statements))

    def example_at(i: int, j: int) -> str:
        # The statements are written as JSON, one a line: the example's column in it.
        line, column = at(i).split(":")
        written = json.dumps(statements[i], ensure_ascii=False)
        offset = -1
        for example in statements[i]["examples"][:j + 1]:
            offset = written.index(json.dumps(example, ensure_ascii=False), offset + 1)
        return f"{line}:{int(column) + offset}"

    assert findings(cli, path, select="LL507") == [
        f"{path}:{example_at(0, 2)}: LL507 [error] example 3 of statement 1 repeats its example 1 in IC1 health: "
        "'I add value to my team by being a trusted supporter.'",
        f"{path}:{example_at(0, 3)}: LL507 [error] example 4 of statement 1 repeats its example 2 in IC1 health: "
        "'i participate in  test planning'",
        f"{path}:{example_at(2, 0)}: LL507 [error] example 1 of statement 3 repeats statement 2's example 1 in IC1 "
        "health: 'I suggest improvements to process at retrospectives'",
    ]


def test_ll507_quiet_on_an_example_carried_from_one_step_of_a_cell_to_the_next():
    # Monzo's customer operations framework: sublevels of one level, each with its criteria.
    statements = [
        {"text": "Criteria for sublevel A", "examples": ["Knows when to ask for help", "Welcomes feedback"]},
        {"text": "Criteria for sublevel A (after probation)", "examples": ["Knows when to ask for help"]},
        {"text": "Criteria for sublevel B", "examples": ["Welcomes feedback", "Seeks out feedback"]},
    ]
    assert violations("LL507", statements) == []


def test_ll507_quiet_on_examples_of_other_cells_and_of_a_repeated_statement():
    repeated = {"text": "I lead", "examples": ["I lead the stand-up"]}
    text = framework_yaml([repeated, {"text": "I plan", "examples": ["I plan the sprint"]}, repeated], extra=(
        "  - id: IC2\n    title: IC2 Engineer\n    competencies:\n      health:\n"
        "        - {text: I plan, examples: [I plan the sprint]}\n"
    ))
    # The repeated statement is reported; its examples are not, nor those said at another level.
    assert [v.message for v in registry()["LL507"]().check_frameworks([framework(text)])] == [
        "statement 3 repeats statement 1 of IC1 health: 'I lead'"]


# LL508 packed-statements -----------------------------------------------------


def test_ll508_reports_lists_packed_into_one_statement(cli, write):
    statements = [
        "1. I own projects 2. I identify solutions 3. I mentor",
        "I do three things:\n- lead\n- ship",
        "I lead • I ship",
        "I own projects<br><br>* I mentor<br><br>* I hire",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL508") == [
        f"{path}:{at(0, statements[0], '1')}: LL508 [warning] several statements packed into one (list markers '1.', '2.', '3.'): "
        "'1. I own projects 2. I identify solutions 3. I me…'",
        f"{path}:{at(1, statements[1], '-')}: LL508 [warning] several statements packed into one (list markers '-', '-'): "
        "'I do three things:\\n- lead\\n- ship'",
        f"{path}:{at(2, statements[2], '•')}: LL508 [warning] several statements packed into one (list markers '•'): 'I lead • I ship'",
        f"{path}:{at(3, statements[3], '*')}: LL508 [warning] several statements packed into one (list markers '*', '*'): "
        "'I own projects<br><br>* I mentor<br><br>* I hire'",
    ]


@pytest.mark.parametrize("statement", [
    "Project Leadership - I define milestones - and lead",
    "I weigh (1) cost and (2) risk",
    "I work in steps: 1) reproduce, 2) isolate, 3) fix, 4) prevent",  # one sentence's enumeration
    "I write in three forms: 1. design docs; 2. runbooks, and 3. post-mortems",
    "I ship v2. 3 teams use it",
    "I deliver 1.5 projects a quarter",
    "• I own projects",  # one leading bullet is LL504's
    # A lead-in with a colon and items on their lines, joined into one sentence.
    "You build batch pipelines with our stack:\n- Airflow for orchestration;\n- dbt for transformations;\n- BigQuery.",
    "I review designs for:\n1. correctness,\n2. cost, and\n3. operability",
    # A dash after no sentence's end, or before a word in lower case: punctuation.
    "Shares credit with the team - and with other teams. Tailors the message",
    "Ships the release on time. - and writes the notes after",
    "Ships v2.0 - Reviews come after",
])
def test_ll508_quiet_on_dashes_and_inline_enumerations(statement):
    assert violations("LL508", [statement]) == []


@pytest.mark.parametrize("statement", [
    "Tailors the message to the target audience. - Effectively and accurately shares credit with others.",
    "I ship on time! \u2013 I mentor new joiners",  # the en dash an editor makes of a typed " - "
    "Writes the design docs. - Reviews pull requests within a day.",
])
def test_ll508_a_dash_typed_as_a_bullet_between_two_sentences(statement):
    [found] = violations("LL508", [statement])
    dash = statement.index(" - " if " - " in statement else " \u2013 ") + 1
    assert found.span == (dash, dash + 1)
    assert found.message.startswith(f"several statements packed into one (list markers '{statement[dash]}')")


@pytest.mark.parametrize(("statement", "verb"), [
    ("Updates internal documentation Asks clear questions in pull requests", "Asks"),
    ("Writes upgrade scripts, ticket routing, etc Patches internal projects", "Patches"),
    ("Carries the pager for a week Escalates incidents early", "Escalates"),
    ("Plans the work for the next two weeks Reviews pull requests", "Reviews"),
])
def test_ll508_two_statements_run_together_without_a_full_stop(statement, verb):
    found = violations("LL508", [statement], voice="third-person")
    assert [(v.span, v.message.split(":")[0]) for v in found] == [(
        (statement.index(verb), statement.index(verb) + len(verb)),
        f"two statements run together without a full stop before '{verb}'")]
    assert found[0].message.endswith("; end the first with a full stop, or make each a statement of its own")


@pytest.mark.parametrize("statement", [
    "Works with Designs and Operations on the roadmap",  # after a word of grammar, and no verb
    "Tracks the work in Google Sheets every week",  # a name: the word before it is capitalised
    "Runs the Enterprise Services and Security teams",
    "Partners with engineering Leads on planning",  # a noun capitalised, before a word of grammar
    "Partners with product Leads weekly",  # a role
    # A capitalised noun after a word that stands before nouns: a name, a title.
    "Manages monthly Releases smoothly and safely",
    "Maintains internal Tools used by the team",
    "Publishes docs on internal Pages sites",
    "Runs large Builds nightly",
    # Meetings and titles in title case.
    "Attends All Hands meetings and asks questions", "Runs the weekly Code Reviews with the team",
    "Facilitates Sprint Planning sessions for the team", "Presents at company Town Halls regularly",
    "Updates internal documentation. Asks clear questions",  # the full stop is there
    "I update internal documentation Asks clear questions",  # not a statement that starts with a verb in -s
])
def test_ll508_a_capitalised_word_that_starts_no_second_statement(statement):
    assert violations("LL508", [statement], voice="third-person") == []


@pytest.mark.parametrize("statement", [
    "I build pipelines with our stack\n- Airflow;\n- dbt.",  # no lead-in ending with a colon
    "I do these:\n- lead projects\n- ship features",  # items that are statements of their own
    "I do these:\n- lead projects;\n- ship features\n- hire",  # one item not joined to the next
    # Duties joined by semicolons: things done, each a behaviour.
    "Is responsible for:\n- leading design reviews;\n- mentoring junior engineers;\n- running the on-call rotation.",
])
def test_ll508_items_on_lines_that_are_no_one_sentence_are_still_packed(statement):
    assert len(violations("LL508", [statement])) == 1


@pytest.mark.parametrize(("statement", "marker"), [
    ("I lead migrations that reduce cost or complexity, for example:\n- moving legacy cron jobs to Airflow\n"
     "- consolidating three warehouses into one", "for example"),
    ("I improve our tooling, e.g.\n- a faster CI\n- a release script", "e.g."),
    ("I own shared services such as:\n* the billing API\n* the search index", "such as"),
])
def test_ll508_items_after_for_example_are_to_move_to_examples(statement, marker):
    [found] = violations("LL508", [statement])
    assert found.message.endswith(
        f": the items after '{marker}' illustrate it; move them to the statement's `examples:` (the statement "
        "written as a mapping with `text:`)")


def test_ll508_items_that_are_no_examples_are_not_said_to_be():
    [found] = violations("LL508", ["I do these:\n- lead projects\n- ship features"])
    assert "examples" not in found.message


# A paragraph of a real statement's words (with a doubled word and a slip in
# it) repeated: a text pasted in by mistake reads like this, not as one word.
_PASTED = "Leads the design of the the systems the team owns, and recieves feedback on them. "


def test_ll508_reports_a_text_too_long_to_be_prose_and_no_other_rule_reads_it(cli, write):
    pasted = _PASTED * (LONGEST_READ // len(_PASTED) + 1)
    statements = [pasted, "I lead lead projects"]
    path = write("f.yaml", framework_yaml(statements))
    found = findings(cli, path, select="LL")
    words = len(pasted.split())
    assert [line for line in found if f":{FIRST_STATEMENT_LINE}:" in line] == [
        f"{path}:{at(0)}: LL508 [warning] statement of {len(pasted):,} characters ({words:,} words), far longer than "
        "prose is: text pasted in by mistake, or many statements written as one; the wording rules skip a text over "
        f"{LONGEST_READ:,} characters; remove what was pasted, or make each statement one of its own"]
    # The other statements are read as ever.
    assert any(" LL501 " in line and f":{FIRST_STATEMENT_LINE + 1}:" in line for line in found)


def test_ll508_reads_a_long_description_as_prose():
    # About 2,000 words: as long as a long description is; read, and its slips reported.
    long = _PASTED * (LONGEST_READ // len(_PASTED) - 1)
    assert len(long.split()) > 2000 and not too_long_to_read(long)
    assert violations("LL508", [long]) == []
    assert [v.path for v in violations("LL501", [long, "I lead"])] == [statement_path(0)]


# LL509 odd-space -------------------------------------------------------------


def test_ll509_reports_and_fixes_odd_spaces(cli, write):
    statements = ["I lead\u00a0projects", "I\u200bship and\tlearn", "Ca coûte 10\u00a0€ ; vraiment\u202f!"]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL509") == [
        f"{path}:{at(0, statements[0], NBSP)}: LL509 [warning] non-breaking space (U+00A0): 'I lead\u00a0projects'; "
        "replace it with a plain space",
        f"{path}:{at(1, statements[1], ZWSP)}: LL509 [warning] tab, zero-width space (U+200B) (2 times): 'I\u200bship and\\tlearn'; "
        "replace the spaces with plain ones, and delete the invisible characters",
    ]
    assert fixes("LL509", statements) == {0: "I lead projects", 1: "Iship and learn"}


@pytest.mark.parametrize("statement", [
    "Résout les incidents de niveau\u00a02 et de niveau\u00a03",  # a number kept with its noun
    "Leads the Level\u00a02 reviews, see p.\u00a012",
    "Ships small changes\u00a0\u2013 and ships them often",  # no dash at the start of a line
    "Livre de bout en bout\u202f\u2014 conception comprise",
    # Either side of a sign of arithmetic: French writes years of study so.
    "Équivalent au niveau Master (Bac\u00a0+\u00a05)",
    "Divise le temps de build par deux (vitesse\u202f×\u202fdeux)",
])
def test_ll509_quiet_on_a_no_break_space_before_a_number_or_a_dash(statement):
    assert violations("LL509", [statement]) == []


@pytest.mark.parametrize("statement", [
    # Czech and Polish keep a one-letter word off the end of a line.
    "Pracuje v\u00a0týmu a\u00a0pomáhá ostatním",
    "Współpracuje z\u00a0zespołem i\u00a0klientami",
    # German keeps an abbreviation of one-letter parts together.
    "Arbeitet z.\u202fB. mit dem Produktteam",
    "Nutzt u.\u00a0a. Python und Go",
    # The ideographic space of Japanese, Chinese and Korean text.
    "山田\u3000太郎と一緒にチームを率いる",
    "팀과\u3000함께 일한다",
])
def test_ll509_quiet_on_the_spaces_other_languages_write(statement):
    assert violations("LL509", [statement]) == []


@pytest.mark.parametrize("statement", [
    "I lead\u3000projects",  # an ideographic space in Latin text
    "Pracuje v týmu\u00a0a pomáhá",  # after a longer word
    "Leads the Vue.js\u00a0apps",
    "Niveau Bac\u00a0plus cinq",  # between words, beside no sign
])
def test_ll509_still_reports_those_spaces_elsewhere(statement):
    assert len(violations("LL509", [statement])) == 1


def test_ll509_still_reports_a_no_break_space_between_words_beside_a_number():
    statements = ["Résout les incidents\u00a0de niveau\u00a02"]
    assert [v.message for v in violations("LL509", statements)] == [
        "non-breaking space (U+00A0): 'Résout les incidents\u00a0de niveau\u00a02'; replace it with a plain space",
    ]


def test_ll509_leaves_the_ends_of_texts_and_lines_to_ll503():
    assert violations("LL509", ["I lead\u00a0", "I lead\u00a0\nand ship", "I lead", "I lead\u200b",
                                "\ufeffI lead", "I lead\u2060 \n"]) == []
    # ... which reports each of them once.
    assert len(violations("LL503", ["I lead\u200b", "\ufeffI lead"])) == 2


# LL510 markdown-markup -------------------------------------------------------


def test_ll510_reports_and_fixes_markdown(cli, write):
    statements = [
        "**Collaborative** **Reach**",
        "**_I_** **_independently_** identify",
        "I follow [our principles](https://escrowtab.com/p) and ~~old~~ rules",
        "I follow [our principles][principles]",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL510") == [
        f"{path}:{at(0, statements[0], '**')}: LL510 [warning] Markdown emphasis '**Collaborative**' (and 1 more) in plain text; readers see the marks as typed: remove them",
        f"{path}:{at(1, statements[1], '**')}: LL510 [warning] Markdown emphasis '**_I_**' (and 1 more) in plain text; readers see the marks as typed: remove them",
        f"{path}:{at(2, statements[2], '[')}: LL510 [warning] Markdown strikethrough '~~old~~', link "
        "'[our principles](https://escrowtab.com/…' in plain text; readers see the marks as typed: remove them",
        f"{path}:{at(3, statements[3], '[')}: LL510 [warning] Markdown link '[our principles][principles]' in plain text; readers see the marks as typed: remove them",
    ]
    assert fixes("LL510", statements) == {
        0: "Collaborative Reach",
        1: "I independently identify",
        2: "I follow our principles (https://escrowtab.com/p) and old rules",
        3: "I follow our principles",
    }


def test_ll510_fix_writes_a_link_inside_brackets_without_nesting_them(cli, write):
    statements = [
        "I share what I learn (see our [engineering blog](https://escrowtab.com/blog)) with the team",
        "I read [the guide](https://escrowtab.com/guide) first",
    ]
    path = write("f.yaml", framework_yaml(statements))
    run = cli("check", "--fix", "--select", "LL510", str(path))
    assert run.exit_code == 0, run.output + run.stderr
    text = path.read_text(encoding="utf-8")
    assert "(see our engineering blog: https://escrowtab.com/blog) with the team" in text
    assert "I read the guide (https://escrowtab.com/guide) first" in text
    # Nothing left for the clean-text rules, brackets included.
    assert findings(cli, path, select="LL505,LL510") == []


def test_ll510_fix_keeps_only_the_text_of_a_link_to_a_heading_of_its_page(cli, write):
    statements = [
        "[<sub><sup>BACK TO TOP</sub></sup>](#level_progression)",
        "understands how their work fits into the larger project ([see the roadmap](#roadmap))",
        "I read [the guide](https://escrowtab.com/guide#setup) and [the FAQ](faq.md#billing) first",
    ]
    path = write("f.yaml", framework_yaml(statements))
    run = cli("check", "--fix", "--select", "LL504,LL510", str(path))  # the HTML tags are LL504's
    assert run.exit_code == 0, run.output + run.stderr
    text = path.read_text(encoding="utf-8")
    assert '- "BACK TO TOP"' in text and "#level_progression" not in text
    assert "fits into the larger project (see the roadmap)" in text and "#roadmap" not in text
    # A link to a web page, or to a place on it, keeps its address; a path of the site is its words.
    assert "I read the guide (https://escrowtab.com/guide#setup) and the FAQ first" in text
    assert findings(cli, path, select="LL504,LL505,LL510") == []


def test_ll510_fix_writes_a_link_to_a_page_of_the_site_as_its_words(cli, write):
    """A path leads nowhere from the framework's text: the fix writes the
    link's words alone, as `import` does, and a web address in full."""
    statements = ["I read [the guide](../handbook/guide.md#reviews) first",
                  "I read [the guide](https://escrowtab.com/guide) first"]
    assert fixes("LL510", statements) == {0: "I read the guide first",
                                          1: "I read the guide (https://escrowtab.com/guide) first"}


def test_ll510_reports_a_markdown_heading_in_a_description_and_makes_it_a_paragraph():
    import json

    description = "### About our ladder\nIt helps engineers:\n- plan their growth\n- talk about it\n\n## How it works ##\n\nRead on."
    [violation] = registry()["LL510"]().check_frameworks(
        [framework(framework_yaml(["I ship"], extra=f"description: {json.dumps(description)}\n"))])
    assert violation.path == ("description",)
    assert violation.message == "Markdown heading '### About our ladder' in plain text; readers see the marks as typed: remove them"
    assert violation.fix.replacement == (
        "About our ladder\n\nIt helps engineers:\n- plan their growth\n- talk about it\n\nHow it works\n\nRead on.")


def test_ll510_leaves_a_heading_marker_that_starts_a_statement_to_ll504():
    # "## Craft" as a statement is an export's leftover: one finding, LL504's.
    assert violations("LL510", ["## Craft", "I ship"]) == []
    assert [v.message for v in violations("LL504", ["## Craft", "I ship"])] == ["export debris: heading marker '##'"]
    # A heading on a later line, or in a text LL504 leaves alone, is LL510's.
    [later] = violations("LL510", ["I ship\n## Craft"])
    assert later.message == "Markdown heading '## Craft' in plain text; readers see the marks as typed: remove them"


def test_broken_bold_is_one_finding_ll504s(cli, write):
    # An export split "**Behaviors**" inside the word: LL504 reports it, with
    # its fix; LL510 would read "**B****" as emphasis, the same defect again.
    statements = ["**B****ehaviors** matter to me", "__B____ehaviors__ matter to me", "*B****ehaviors* matter to me"]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL504,LL510") == [
        f"{path}:{at(0, statements[0], '****')}: LL504 [error] export debris: broken bold '**B****ehaviors**'",
        f"{path}:{at(1, statements[1], '____')}: LL504 [error] export debris: broken bold '__B____ehaviors__'",
        f"{path}:{at(2, statements[2], '****')}: LL504 [error] export debris: broken bold '*B****ehaviors*'",
    ]


def test_ll510_reports_emphasis_beside_broken_bold():
    # Emphasis outside the split word, in its text or in others, is still LL510's.
    statements = ["I read **the** docs", "I read *the* docs", "**B****ehaviors** matter to **me**"]
    found = violations("LL510", statements)
    me = statements[2].index("**me**")
    assert [(v.path, v.message, v.span) for v in found] == [
        (statement_path(0), "Markdown emphasis '**the**' in plain text; readers see the marks as typed: remove them", (7, 14)),
        (statement_path(1), "Markdown emphasis '*the*' in plain text; readers see the marks as typed: remove them", (7, 12)),
        (statement_path(2), "Markdown emphasis '**me**' in plain text; readers see the marks as typed: remove them", (me, me + 6)),
    ]
    assert fixes("LL510", statements) == {0: "I read the docs", 1: "I read the docs", 2: "Behaviors matter to me"}


def test_ll510_says_how_many_more_of_a_kind_the_fix_removes():
    # (Not "**bold**" and "_italics_": emphasis that shows the style it names is a sentence about markup.)
    found = violations("LL510", ["I use **care** and _thought_ and **_both_** here", "I read [a](https://a.io) twice"])
    assert [v.message for v in found] == [
        "Markdown emphasis '**care**' (and 2 more) in plain text; readers see the marks as typed: remove them",
        "Markdown link '[a](https://a.io)' in plain text; readers see the marks as typed: remove them",
    ]


def test_ll510_a_python_name_between_double_underscores_is_not_emphasis():
    # Markdown shows "__init__" as a bold "init"; in plain text it is the name, as written.
    statements = [
        "Uses Python's *args and **kwargs correctly and understands what __init__ does.",
        "Reads __name__, snake_case_word and __init__.py",
        "**Impact**: knows __init__ and __the team__ well",
    ]
    found = violations("LL510", statements)
    assert [(v.path, v.message) for v in found] == [
        (statement_path(2), "Markdown emphasis '**Impact**' (and 1 more) in plain text; readers see the marks as typed: remove them"),
    ]
    # The fix of other emphasis in the text leaves the name as it is.
    assert fixes("LL510", statements) == {2: "Impact: knows __init__ and the team well"}
    # Words between double underscores are still emphasis.
    assert [v.message for v in violations("LL510", ["__Impact__ matters", "I read __the docs__ first"])] == [
        "Markdown emphasis '__Impact__' in plain text; readers see the marks as typed: remove them", "Markdown emphasis '__the docs__' in plain text; readers see the marks as typed: remove them"]


def test_ll510_reports_a_heading_that_starts_a_text_after_others():
    import json

    # The description is not the framework's first text.
    description = "## About our ladder\nIt helps engineers."
    [violation] = registry()["LL510"]().check_frameworks(
        [framework(framework_yaml(["I ship"], extra=f"description: {json.dumps(description)}\n"))])
    assert violation.path == ("description",)
    assert violations("LL504", ["I ship"], extra=f"description: {json.dumps(description)}\n") == []


@pytest.mark.parametrize("text", [
    "# of incidents resolved each quarter",  # a count, as people write it
    "It helps engineers:\n- plan their growth\n- talk about it\n\n1. Read\n2. Ask",  # plain text's lists
    "I write C# and F# #1 priority code",
])
def test_ll510_quiet_on_counts_and_plain_text_lists(text):
    assert violations("LL510", [text]) == []


@pytest.mark.parametrize("statement", [
    "I have achieved proficiency in ML development lifecycle*. I know the ML development lifecycle* well",
    "I use user_id and item_id keys",
    "I compute 2 * 3 * 4",
    "I run `make test`",
    "* I own projects",
    "I index grid[i][j] with care",
])
def test_ll510_quiet_on_stars_underscores_and_code(statement):
    assert violations("LL510", [statement]) == []


def test_ll510_reports_bold_that_is_never_closed(cli, write):
    statements = [
        "Reports **confidence intervals, not just p-values, to stakeholders",
        "**Impact** on my team and __the wider org",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL504,LL505,LL510") == [
        f"{path}:{at(0, statements[0], '**')}: LL510 [warning] Markdown unclosed bold '**confidence intervals, not just p-valu…' "
        "in plain text; readers see the marks as typed: remove them",
        f"{path}:{at(1, statements[1], '**')}: LL510 [warning] Markdown emphasis '**Impact**', unclosed bold '__the wider org' "
        "in plain text; readers see the marks as typed: remove them",
    ]
    assert fixes("LL510", statements) == {
        0: "Reports confidence intervals, not just p-values, to stakeholders",
        1: "Impact on my team and the wider org",
    }


@pytest.mark.parametrize("statement", [
    "I compute 2 ** 10 and x**2",  # maths
    "I pass **kwargs through",  # Python's names
    "I pass **extra_fields through",
    "I call f(**opts) with care",
    "I know the ML lifecycle* well",  # a glossary star
    "* I own projects",  # a list marker
    "I own projects*\n\n* as the team's lead",  # a footnote mark
    "I read `**kwargs` and `__init__` and __init__.py",  # code
])
def test_ll510_quiet_on_stars_that_open_no_bold(statement):
    assert violations("LL510", [statement]) == []


# Shared machinery -----------------------------------------------------------


def test_prose_maps_positions_back_to_texts_and_is_built_once():
    import re

    from ladderlint.rules.analysis import Analysis

    fw = framework(framework_yaml(["I lead", "I ship  fast", "I lead  well"]))
    analysis = Analysis(fw)
    prose = analysis.prose
    assert analysis.prose is prose  # built once, shared by the rules
    i, offset = prose.locate(prose.text.index("ship"))
    assert prose.fields[i].path == statement_path(1) and prose.fields[i].text[offset:].startswith("ship")
    # One hit per text, in order, even with several matches in a text.
    assert [prose.fields[i].path for i in prose.hits(re.compile("  |I"))] == [
        f.path for f in prose.fields if "  " in f.text or "I" in f.text
    ]


# Fixes -----------------------------------------------------------------------

PIECES = [
    "team", "The", "the", "I", "lead", ".", ",", "(", ")", " ", "  ", "\u00a0", "\t", "\n", "\u200b", "**",
    "****", "_", "*", "<br>", "<b>", ":rocket:", "&amp;", "&nbsp;", "![x](https://a.example/c.png)",
    "[docs](https://a.example/d)", "|", "- ", "1. ", "## ", "\\*", "~~", "'s",
]
FIXABLE = ["LL501", "LL502", "LL503", "LL504", "LL509", "LL510"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join), st.sampled_from(FIXABLE))
@example("team|||||", "LL504")  # found by this test: pipes at the end, several
@example("## ## team", "LL510")  # found by this test: heading markers typed twice
@example("team\n**## team**", "LL510")  # found by this test: a heading once its bold is gone
@example("<b>- - - - team", "LL504")  # five pieces, each uncovering the next
def test_a_fix_repairs_what_its_rule_reports(text, code):
    if not text.strip():
        return
    rule = registry()[code]()
    field = TextField(("levels", 0, "competencies", "impact", 0), text, "statement")
    for violation in rule.check_text(field):
        if violation.fix is None:
            continue
        repaired = violation.fix.replacement
        assert repaired.strip(), (code, text)
        # The same rule has nothing left to fix (another rule may: removing
        # markup can bring two spaces together).
        again = [v for v in rule.check_text(TextField(field.path, repaired, "statement")) if v.fix is not None]
        assert again == [], (code, text, repaired)


def test_ll504_heading_marker_is_not_a_count():
    assert violations("LL504", ["# of incidents resolved", "#1 priority"]) == []
    assert [v.message for v in violations("LL504", ["# Impact"])] == ["export debris: heading marker '#'"]


def test_ll501_words_on_two_lines_are_not_doubled():
    assert violations("LL501", ["Impact\nImpact is what I deliver", "What we do do matters"]) == []


@pytest.mark.parametrize(("voice", "statement"), [
    ("first-person", "An Engineer I is expected to deliver my tasks with help"),  # a level's Roman numeral
    ("second-person", "As a Software Engineer I, you deliver well-scoped tasks"),
    ("first-person", "I read Your Code as a Crime Scene and apply it"),  # the title of a book
    ("third-person", "Has read Your Code as a Crime Scene"),
    ("first-person", "Systems Fluency: I understand the systems my team owns"),  # a competency's name
    ("first-person", "Systems Thinking helps me design"),  # a name in title case, not "Systems ..." the verb
    ("first-person", "Note: you will find examples of each behaviour below. I deliver my projects"),
    ("third-person", "You will find the expectations of this level in the table. Delivers projects on time"),
    # Packback's ladder: a level named in lower case, and an address.
    ("third-person", "An engineer I is capable of taking on small tasks"),
    ("third-person", "Sponsors them ([as described](https://larahogan.me/blog/sponsorship/))"),
    # Packback's Staff level: the role described to its reader.
    ("third-person", "A Staff Engineer is far more likely to change your company's trajectory than heroics"),
    # 'You' anyone says of a person, and a sentence about the ladder to its reader.
    ("third-person", "A person you can count on to deliver the essential objectives of the team"),
    ("first-person", "I am someone you can trust with production"),
    ("third-person", "Is the kind of engineer you'd trust with the company's most critical system"),
    ("third-person", "Makes the people around them better: the sort of teammate you want on every project"),
    ("first-person", "I am a teammate you\u2019d call first in a crisis"),
    ("third-person", "When you get to higher levels of the manager's ladder, some direct reports are managers"),
    # A saying that asks the reader, quoted or not, and suggestions that tell the reader what to do.
    ("second-person", "You act: talk is cheap, show me the code. You try things"),
    ("second-person", "You act on the saying “Talk is cheap, show me the code”"),
    ("third-person", "Acts on the maxim: show me the code, not the slides"),
    ("third-person", "Applies the principle: you build it, you run it. Owns on-call for the service"),
    ("first-person", "I share our philosophy: you break it, you fix it"),
    ("third-person", "Take on a stretch assignment in your area"),
    ("third-person", "On your project, present a way the client can improve their product"),
    # What an acronym stands for, in brackets beside it, and a title, quoted or not, are names.
    ("third-person", "Runs AMA (Ask Me Anything) sessions for new joiners about the platform"),
    ("third-person", "Runs DIY (Do It Yourself) workshops, and Do It Yourself (DIY) clinics"),
    ("second-person", "You run the 'Ask Me Anything' sessions and the Ask Me Anything channel"),
])
def test_ll506_quiet_on_numerals_titles_names_and_notes_to_the_reader(voice, statement):
    text = framework_yaml([statement], voice=voice).replace(
        "name: Organizational Health", "name: Systems Fluency"
    ).replace("title: IC1 Engineer", "title: Software Engineer I")
    assert registry()["LL506"]().check_frameworks([framework(text)]) == []


@pytest.mark.parametrize(("voice", "statement", "word"), [
    ("first-person", "When you see barriers, I unblock them", "you"),
    ("second-person", "Then I deliver your projects", "I"),
    ("third-person", "Delivers your projects on time", "your"),
    ("third-person", "A staff engineer delivers your projects", "your"),  # not a role described: no 'is'
    ("first-person", "The Tech Lead will review your designs before I build them", "your"),  # the reader is "I"
    ("third-person", "The On-Call Engineer is you: you answer pages", "you"),  # only "your" is the reader's company
    ("first-person", "Delivers projects on time", "Delivers ..."),
    ("third-person", "Delivers what you can count on", "you"),
    ("third-person", "Mentors the engineers you manage", "you"),  # the reader's own engineers
    ("third-person", "Is an engineer you\u2019d say delivers", "you"),
    ("third-person", "You prepare yourself for the next level by leading projects", "You"),
    # A verb with a subject of its own, or one that says what a person does: not the reader told what to do.
    ("second-person", "You ask, and they show me the code", "me"),
    ("second-person", "Talk is cheap: you help me ship", "me"),
    ("third-person", "Owns your area and mentors your team", "your"),
    ("third-person", "Talk is cheap, so your code matters", "your"),
    ("third-person", "Applies the principle. You run it", "You"),  # no colon: the saying is not said after it
    ("third-person", "In a team, your code is reviewed", "your"),
    # Words that do not spell the acronym, or not in title case, are the voice.
    ("third-person", "Runs DIT (Do It Yourself) workshops", "Yourself"),
    ("third-person", "Runs DIY (do it yourself) workshops", "yourself"),
    ("third-person", "Runs AMA (Ask Me Anything) sessions for my team", "my"),
    # "At this level" sets the scene for a behaviour: the sentence is no note to the reader.
    ("first-person", "At this level, you lead projects across teams", "you"),
    ("third-person", "Leads the projects expected at this level and mentors your team", "your"),
])
def test_ll506_still_reports_the_wrong_person(voice, statement, word):
    found = registry()["LL506"]().check_frameworks([framework(framework_yaml([statement], voice=voice))])
    assert [v.message.split("'")[1] for v in found] == [word]


@pytest.mark.parametrize("statement", [
    # Only "at this level" sets the scene: a note to the reader about a document or examples is one still.
    "Have a look at this document before you start. I deliver my projects",
    "Look at these examples before your review. I deliver my projects",
])
def test_ll506_a_note_to_the_reader_about_a_document_is_not_the_voice(statement):
    assert registry()["LL506"]().check_frameworks([framework(framework_yaml([statement], voice="first-person"))]) == []


@pytest.mark.parametrize(("voice", "statement"), [
    ("first-person", "I always say thank you and give credit to others"),
    ("first-person", "I write thank-you notes to the people who helped me"),
    ("third-person", "Says thank you in public and gives credit to others"),
    ("third-person", "Sends Thank You cards and thank yous to interviewers"),
])
def test_ll506_thank_you_is_a_phrase_not_the_reader(voice, statement):
    assert registry()["LL506"]().check_frameworks([framework(framework_yaml([statement], voice=voice))]) == []


@pytest.mark.parametrize(("voice", "statement"), [
    ("first-person", "I follow the Boy Scout rule: leave the code better than you found it"),
    ("first-person", "I live by our motto: you build it, you run it"),
    ("first-person", "I apply the maxim: don't repeat yourself"),
    ("third-person", "Lives the team's mantra: I build it, I run it"),
    # The naming word followed by what it is of.
    ("third-person", "Follows the rule of thumb: if you break it, you fix it."),
    ("first-person", "I keep to the rules of the road: you review what you approve"),
    ("first-person", "I apply the principle of least privilege: you get only the access you need"),
    ("second-person", "You follow the team's tenet: I build it, I run it"),
])
def test_ll506_a_saying_named_then_said_after_a_colon_is_not_the_voice(voice, statement):
    assert registry()["LL506"]().check_frameworks([framework(framework_yaml([statement], voice=voice))]) == []


@pytest.mark.parametrize(("voice", "statement", "word"), [
    ("third-person", "Lives the team's mantra: I build it, I run it. Owns your area", "your"),  # after the saying
    ("first-person", "I follow one rule and you follow another", "you"),  # no saying said
    ("first-person", "My rule of thumb is simple: you own your area", "you"),  # no colon after the naming word
    ("third-person", "Follows the rule of thumb: if you break it, you fix it. Owns your area", "your"),
    ("first-person", "I follow the rule of thumb that you fix: what you break", "you"),
])
def test_ll506_the_voice_beside_a_saying_is_still_read(voice, statement, word):
    found = registry()["LL506"]().check_frameworks([framework(framework_yaml([statement], voice=voice))])
    assert [v.message.split("'")[1] for v in found] == [word]


@pytest.mark.parametrize(("voice", "statement", "word"), [
    ("third-person", "Says thank you and thanks you for your help", "you"),
    ("first-person", "I say thank you when you help me", "you"),
])
def test_ll506_the_reader_beside_a_thank_you_is_still_reported(voice, statement, word):
    found = registry()["LL506"]().check_frameworks([framework(framework_yaml([statement], voice=voice))])
    assert [v.message.split("'")[1] for v in found] == [word]


def test_ll506_the_pronoun_after_a_word_of_a_levels_title_is_still_the_pronoun():
    # A level is 'Software Engineer I', but this "I" owns features.
    text = framework_yaml(["As an engineer I own features from design to release"], voice="third-person")
    found = registry()["LL506"]().check_frameworks([framework(text.replace("title: IC1 Engineer",
                                                                           "title: Software Engineer I"))])
    assert [v.message.split("'")[1] for v in found] == ["I"]


# LL513 missing-space ---------------------------------------------------------


def test_ll513_reports_and_fixes_sentences_run_together(cli, write):
    # Sourcegraph's engineering career framework, as published.
    statements = [
        "Task oriented, but gaining independence.Core skills functional.",
        "Likely reports to head of a major org (SVP or VP level).Often has very large team.",
        "Deep expertise.Broad impact.Broad context.",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL513") == [
        f"{path}:{at(0, statements[0], '.Core')}: LL513 [warning] no space after the end of a sentence: "
        "'…ing independence.Core skills funct…'",
        f"{path}:{at(1, statements[1], '.Often')}: LL513 [warning] no space after the end of a sentence: "
        "'…SVP or VP level).Often has very la…'",
        f"{path}:{at(2, statements[2], '.Broad')}: LL513 [warning] no space after the end of a sentence (2 places): "
        "'Deep expertise.Broad impact.Broa…'",
    ]
    assert fixes("LL513", statements) == {}  # a name in code reads the same: a person decides


def test_ll513_reports_words_joined_by_a_comma(cli, write):
    # Findmypast's career progression framework, as published.
    statements = ["You represent your team with external partners, providing input,asking questions etc."]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL513") == [
        f"{path}:{at(0, statements[0], ',asking')}: LL513 [warning] no space after a comma: "
        "'… providing input,asking questions …'",
    ]
    # Names, numbers, code and short words are not words run together.
    assert violations("LL513", [
        "I read 1,000 lines, use UTF-8,Latin-1 and R,Python and call `foo,bar` or foo,bar() in a,b",
    ]) == []


def test_ll513_reports_a_capitalised_word_run_into_an_abbreviation(cli, write):
    statements = [
        "Knows the stack, i.e.Kafka, Flink and Iceberg.",
        "Runs the team from St.Albans and the Dublin office.",
        "Owns the tooling, e.g.Terraform and Helm, and the docs, etc.The rest is shared.",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL513") == [
        f"{path}:{at(0, statements[0], '.Kafka')}: LL513 [warning] no space after an abbreviation: "
        "'…s the stack, i.e.Kafka, Flink and …'",
        f"{path}:{at(1, statements[1], '.Albans')}: LL513 [warning] no space after an abbreviation: "
        "'…the team from St.Albans and the Du…'",
        # "etc." ends a sentence as well: said once, as that.
        f"{path}:{at(2, statements[2], '.Terraform')}: LL513 [warning] no space after an abbreviation: "
        "'…the tooling, e.g.Terraform and Hel…'",
        f"{path}:{at(2, statements[2], '.The')}: LL513 [warning] no space after the end of a sentence: "
        "'…nd the docs, etc.The rest is share…'",
    ]
    # Spaced, or names written with a dot: Dr.Jit, a library; "VS.NET", code, an address.
    assert violations("LL513", [
        "Knows the stack, i.e. Kafka, and lives in St. Albans.",
        "Uses Dr.Jit and Mr.Jobs as test fixtures, and VS.NET, `st.Page` and https://e.example/i.e.Kafka.",
        "Calls st.Page in the app.",
    ]) == []


def test_ll513_reports_a_space_before_a_comma(cli, write):
    statements = [
        "I deliver high quality work , and I test it",  # a word deleted before the comma
        "I deliver high quality work ,and I test it",  # the space on the wrong side
        "I write (and review) , then merge",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL513") == [
        f"{path}:{at(0, statements[0], ' ,')}: LL513 [warning] a space before a comma: "
        "'…igh quality work , and I test it'; the comma goes right after the word, the space after the comma",
        f"{path}:{at(1, statements[1], ' ,')}: LL513 [warning] a space before a comma: "
        "'…igh quality work ,and I test it'; the comma goes right after the word, the space after the comma",
        f"{path}:{at(2, statements[2], ' ,')}: LL513 [warning] a space before a comma: "
        "'…ite (and review) , then merge'; the comma goes right after the word, the space after the comma",
    ]


def test_ll513_reports_a_full_stop_on_the_wrong_side_of_its_space(cli, write):
    # Postman's open-source career framework, as published.
    statements = [
        "Provides constructive feedback to others’ ideas .Meets the community where they are",
        "I review designs (mine and others) .Then I ship them. I ask why ?Often it helps",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL513") == [
        f"{path}:{at(0, statements[0], ' .Meets')}: LL513 [warning] a space before the end of a sentence and none "
        "after it: '…to others’ ideas .Meets the commun…'; the mark goes right after the word, the space after "
        "the mark",
        f"{path}:{at(1, statements[1], ' .Then')}: LL513 [warning] a space before the end of a sentence and none "
        "after it (2 places): '…mine and others) .Then I ship them…'; the mark goes right after the word, the "
        "space after the mark",
    ]


@pytest.mark.parametrize("statement", [
    "I build services in C# and .Net, and in .NET Core",  # a name written with a dot, after a word that goes on
    "I keep secrets out of .env files and .Gitignore them",
    "I upgrade from 4 .5 to 5 .0 and wait ...Then retry",  # numbers and an ellipsis
    "I read https://example.com/docs .Html and `run .Build`",
    "I grow . Then I lead.",  # spaced on both sides: no sentence run together
])
def test_ll513_quiet_on_a_dot_that_starts_a_name_a_file_or_a_number(statement):
    assert violations("LL513", [statement]) == []


def test_ll513_a_comma_after_a_number_a_quotation_or_code_keeps_its_space():
    assert violations("LL513", [
        "I say \"yes\" , then act, and read `f(a , b)` and 1 ,000 lines",
        "I list options: A, B, and C; I write high quality work, and I test it",
        "I keep a comma at the end ,",
    ]) == []


@pytest.mark.parametrize("statement", [
    "I use Node.js, Vue.Js and ASP.NET daily",  # names written with a dot
    "I call Console.WriteLine and read README.md",  # code and files
    "I give examples, e.g. The docs",  # an abbreviation (run into the next word, it is reported)
    "I read https://example.com/a.Bc and run `make.Build`",  # an address and code
    "I grow. Then I lead.",
    # Go code written without backticks.
    "I pass context.Context, wrap with fmt.Errorf(), test errors.Is and guard with io.Reader",
    # Code spans and blocks, as Markdown reads them.
    "I read ``it`s the build.Then`` daily",
    "I run:\n\n```\nwait for the build.Then\n```\n",
    "I run:\n\n    wait for the build.Then retry,again\n",
])
def test_ll513_quiet_on_names_abbreviations_addresses_and_code(statement):
    assert violations("LL513", [statement]) == []


@pytest.mark.parametrize("statement", [
    "I use json.Marshal and time.Duration correctly in Go.",
    "I reuse one http.Client per service rather than one per request.",
    "I print with fmt.Println only in examples, never in services.",
    "I use errgroup.Group to run work concurrently.",
    "I prefer strings.Builder to repeated string concatenation.",
    "I use http.Handler middleware, and errgroup.Group (or sync.WaitGroup) in Go.",
])
def test_ll513_quiet_on_a_package_qualified_name_written_without_backticks(statement):
    assert violations("LL513", [statement]) == []


@pytest.mark.parametrize("statement", [
    "I deliver on time.Often I help others.",  # a package's name, but the next sentence starts
    "I write clear commit messages.Reviews go faster",  # no package before the capital
    "I know the sorting algorithms.Then I lead.",
])
def test_ll513_still_reports_a_package_word_ending_a_sentence(statement):
    assert len(violations("LL513", [statement])) == 1


# LL511 repeated-phrase -------------------------------------------------------


@pytest.mark.parametrize("statement", [
    "Meeting practices inclusive meeting practices are what I use",  # capitalised as the first word only
    "I use Meeting practices inclusive meeting practices",  # one copy capitalised
])
def test_ll511_a_capital_that_does_not_make_both_copies_names_is_still_a_slip(statement):
    assert len(registry()["LL511"]().check_frameworks([framework(framework_yaml([statement]))])) == 1


def test_ll511_an_apostrophe_between_the_copies_is_no_quotation():
    statement = "I run code reviews on everyone's code reviews"
    assert len(registry()["LL511"]().check_frameworks([framework(framework_yaml([statement]))])) == 1


def test_ll511_reports_a_phrase_said_twice_a_few_words_apart(cli, write):
    # Dropbox's career framework (Apache-2.0), on seven pages.
    statements = ["I use meeting practices inclusive meeting practices to include everyone", "I lead by example"]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL511") == [
        f"{path}:{at(0, statements[0], 'meeting')}: LL511 [warning] 'meeting practices' said twice, a few words "
        "apart: 'I use meeting practices inclusive meeting practices to include everyone'; keep it once",
    ]


def test_ll511_reports_a_phrase_said_again_right_after_itself(cli, write):
    statements = ["I mentor engineers through pairing sessions pairing sessions and reviews.",
                  "I run the code review process code review process for my team."]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL511,LL501") == [
        f"{path}:{at(0, statements[0], 'pairing')}: LL511 [warning] 'pairing sessions' said twice in a row: "
        "'…entor engineers through pairing sessions pairing sessions and reviews.'; keep it once",
        f"{path}:{at(1, statements[1], 'code')}: LL511 [warning] 'code review process' said twice in a row: "
        "'I run the code review process code review process for my team.'; keep it once",
    ]
    # After a comma, a list said on purpose; a single word doubled is LL501's alone.
    assert findings(cli, path := write("g.yaml", framework_yaml([
        "I mentor engineers through pairing sessions, pairing sessions and reviews.",
        "I mentor engineers through pairing pairing sessions.",
        "I deliver value, deliver value, deliver value."])), select="LL511") == []


@pytest.mark.parametrize("statement", [
    "I learn step by step and day by day",
    "I work for the team and with the team",  # function words
    "I own code reviews. Code reviews matter",  # two sentences
    "I write design documents, test plans and then more design documents",  # too far apart to be a slip
])
def test_ll511_quiet_on_single_words_grammar_and_separate_sentences(statement):
    assert registry()["LL511"]().check_frameworks([framework(framework_yaml([statement]))]) == []


@pytest.mark.parametrize("statement", [
    # Monzo's marketing framework (MIT) and Dropbox's (Apache-2.0): lists, contrasts and labels.
    "Shares what they're working on, assumptions they've made, and decisions they've made",
    "The difference between Principal Engineers and Senior Principal Engineers is scope",
    "I know a domain (ex: Web Full Stack, Front-end, Back-end, Mobile Full Stack)",
    "Technical Strategy - I align the technical strategy for several projects",
    # A role's title said twice is a comparison (a published job family).
    "The Senior Backend Engineer role extends the Backend Engineer role.",
    # One copy quoted, the other saying it again.
    'Says "I don\'t know" when they don\'t know',
    "Says \u201cgood enough\u201d when good enough is what the team needs",
    "Admits \u2018not sure yet\u2019 when not sure yet",
])
def test_ll511_quiet_on_lists_contrasts_and_labels(statement):
    assert registry()["LL511"]().check_frameworks([framework(framework_yaml([statement]))]) == []


@pytest.mark.parametrize("statement", [
    "Knows when good enough is good enough.",
    "Treats every alert the same way: a production incident is a production incident",
    "Knows that code review means code review, not a rubber stamp",
    # A series or a comparison of a thing with itself.
    "Ships pull request after pull request without breaking the build",
    "Improves the platform service area by service area",
    "Treats technical debt as technical debt, not as features",
    "Writes code reviews for code reviews' sake",
])
def test_ll511_quiet_on_a_saying_that_a_thing_is_itself(statement):
    assert registry()["LL511"]().check_frameworks([framework(framework_yaml([statement]))]) == []


@pytest.mark.parametrize("statement", [
    "Knows when good enough code is good enough",  # a word besides the verb: an edit left half done
    "I use meeting practices is inclusive meeting practices",
])
def test_ll511_still_reports_a_repeat_with_more_than_a_verb_between(statement):
    assert len(registry()["LL511"]().check_frameworks([framework(framework_yaml([statement]))])) == 1


def test_numbered_items_are_one_packed_list_finding_not_export_debris():
    # Numbered items in one statement: LL508's warning, not LL504's error.
    statement = "1. I own projects in service of quarterly goals 2. I identify the right solutions"
    fw = framework(framework_yaml([statement]))
    assert registry()["LL504"]().check_frameworks([fw]) == []
    assert [v.message.split(" (")[0] for v in registry()["LL508"]().check_frameworks([fw])] == [
        "several statements packed into one"]
    # A lone marker is still debris.
    assert len(registry()["LL504"]().check_frameworks([framework(framework_yaml(["1. I own projects"]))])) == 1


def test_ll510_reports_html_tags_an_export_does_not_leave():
    found = registry()["LL510"]().check_frameworks(
        [framework(framework_yaml(['I use the <picture class="hero"> element', "I ship<video>demos</video>"]))])
    assert [v.message for v in found] == [
        "HTML tag '<picture class=\"hero\">' in plain text; readers see the marks as typed: remove them",
        "HTML tag '<video>' (and 1 more) in plain text; readers see the marks as typed: remove them",
    ]


# HTML elements a frontend framework names, and code in backticks ----------

NAMED_ELEMENTS = [
    "Uses <button> rather than <div> for clickable elements.",
    "Knows when to use a <table> for tabular data.",
    "Never uses a <div> where a <button> belongs.",
    "Uses the native <dialog> element for modals.",
    "Gives every <img> meaningful alt text.",
    "Keeps the <head> lean and defers non-critical scripts.",
    "Uses semantic elements such as <nav>, <main> and <article>.",
    "Wraps inline text in a <span> (not a <div>) and prefers <strong> to <b>.",
    "Uses semantic <nav>, <main> and <article> elements.",
    "Prefers <em>, <strong> or <mark> over styled spans.",
    "Uses <button>, not <div>, for actions, and either <a> or <button> by what it does.",
    # After a noun that says what they are, in brackets; a list of several elements.
    "I use semantic HTML (<button>, <nav>, <label>) rather than <div> elements with click handlers.",
    "I know the landmark elements <nav> and <main> by heart.",
    "I lay pages out with <header>, <nav>, <main> and <footer> everywhere.",
]


@pytest.mark.parametrize("code", ["LL406", "LL504", "LL510"])
def test_an_html_element_named_as_a_word_of_the_sentence_is_no_markup_debris_or_blank(code):
    assert violations(code, NAMED_ELEMENTS) == []


@pytest.mark.parametrize(("statement", "code"), [
    ("Fills in <title>, <summary> and <label> later.", "LL406"),  # blanks, no element named beside them
    ("I ship projects <div> on time and <nav>, <main> daily.", "LL510"),  # after other words, two in a list
])
def test_blanks_and_leftover_tags_in_a_short_list_are_still_reported(statement, code):
    assert len(violations(code, [statement])) == 1


BACKTICKED = [
    "Uses `<button>` rather than `<div>` for clickable elements.",
    "Writes `&nbsp;` and `<br>` and `:smile:` only in templates.",
    'Knows `<span class="x">` and `<p>text</p>` by heart.',
    "Passes `**kwargs` and `_private` names and `[a](b)` as they are.",
]


@pytest.mark.parametrize("code", ["LL406", "LL504", "LL510"])
def test_nothing_inside_a_code_span_is_markup_debris_or_a_blank(code):
    assert violations(code, BACKTICKED) == []


def test_fix_leaves_html_in_backticks_and_named_elements_as_written(cli, write):
    statements = ["Uses `<button>` rather than `<div>` for clickable elements.",
                  "Uses <button> rather than <div> for clickable elements.",
                  "Ships<br>the `<br>` tag **well** and `**kwargs**`"]
    path = write("f.yaml", framework_yaml(statements))
    before = path.read_text()
    run = cli("check", "--fix", "--select", "LL504,LL510", str(path))
    assert run.exit_code == 0, run.output
    after = path.read_text()
    assert after == before.replace("Ships<br>the `<br>` tag **well**", "Ships the `<br>` tag well")


@pytest.mark.parametrize(("statement", "message", "fixed"), [
    ("I ship projects<br>that matter", "<br> tag '<br>'", "I ship projects that matter"),
    ("<p>I ship projects</p> that matter", "HTML tag '<p>'", "I ship projects that matter"),
    ("<li>I ship projects", "HTML tag '<li>'", "I ship projects"),
    ('I ship <div class="x">projects', "HTML tag '<div class=\"x\">'", "I ship projects"),
    ("I ship projects<div>that matter", "HTML tag '<div>'", "I ship projects that matter"),
    ("I ship <br> projects", "<br> tag '<br>'", "I ship projects"),  # a line break is never named
    ("I ship&nbsp;projects", "HTML entity '&nbsp;'", "I ship projects"),
])
def test_html_an_export_leaves_is_still_debris(statement, message, fixed):
    assert [v.message for v in violations("LL504", [statement])] == [f"export debris: {message}"]
    assert fixes("LL504", [statement]) == {0: fixed}


def test_a_bare_element_name_that_may_be_a_blank_still_is_one_without_html_around():
    found = violations("LL406", ["Ships by <time>", "Fills in <title> and <summary>"])
    assert [v.message.split(" left")[0] for v in found] == [
        "placeholder '<time>'", "placeholders '<title>' and '<summary>'"]


# HTML a page export leaves between the words of a sentence, none of which name it.
SPACED_LEFTOVERS = [
    ("Mentors others. <p> Leads design reviews.", "<p>", "Mentors others. Leads design reviews."),
    ("Delivers projects on time, <li> owns incidents.", "<li>", "Delivers projects on time, owns incidents."),
    ("Delivers results on time <p>", "<p>", "Delivers results on time"),
    ("Delivers projects <div> on time.", "<div>", "Delivers projects on time."),
    ("(<span>)", "<span>", "()"),
]


@pytest.mark.parametrize(("statement", "tag", "fixed"), SPACED_LEFTOVERS)
def test_html_between_words_that_do_not_name_it_is_debris(statement, tag, fixed):
    assert [v.message for v in violations("LL504", [statement])] == [f"export debris: HTML tag '{tag}'"]
    assert fixes("LL504", [statement]) == {0: fixed}


@pytest.mark.parametrize(("statement", "tag"), [
    ("Mentors others. <section> Leads design reviews.", "<section>"),
    ("Delivers projects on time, <figure> owns incidents.", "<figure>"),
    ("Delivers results on time <section>", "<section>"),
    ("Delivers projects <nav> on time.", "<nav>"),
    ("(<video>)", "<video>"),
])
def test_ll510_reports_html_between_words_that_do_not_name_it(statement, tag):
    assert [v.message for v in violations("LL510", [statement])] == [
        f"HTML tag '{tag}' in plain text; readers see the marks as typed: remove them"]


def test_markup_is_not_read_from_one_code_span_into_the_next(cli, write):
    statements = ["I pass `**kwargs` and `**opts` through.",
                  "I pass `**kwargs` and `**opts` through **always**.",
                  "Uses `a****b` and **bold**",
                  "Writes `![alt` and `](https://x.example/a.png)` apart",
                  "Writes `![alt` and `](https://x.example/a.png)` apart&nbsp;now",
                  "Keeps **`code` in bold** and [`code`][1] as a link"]  # marks around code are no code's
    assert [(v.path[-1], v.message.split(" in plain")[0]) for v in violations("LL510", statements)] == [
        (1, "Markdown emphasis '**always**'"), (2, "Markdown emphasis '**bold**'"),
        (5, "Markdown emphasis '**`code` in bold**', link '[`code`][1]'")]
    assert [(v.path[-1], v.message) for v in violations("LL504", statements)] == [
        (4, "export debris: HTML entity '&nbsp;'")]
    path = write("f.yaml", framework_yaml(statements))
    before = path.read_text()
    run = cli("check", "--fix", "--select", "LL504,LL510", str(path))
    assert run.exit_code == 0, run.output
    assert path.read_text() == before.replace("through **always**", "through always") \
        .replace("and **bold**", "and bold").replace("apart&nbsp;now", "apart now") \
        .replace("**`code` in bold** and [`code`][1]", "`code` in bold and `code`")


def test_ll506_does_not_read_the_words_of_a_blank_left_in_brackets():
    # The blank is LL406's; its words are the template's, not the author speaking.
    blanks = ["I agree my goals using <input from your manager>", "I own [your team] roadmap", "I set ⟨your goal⟩"]
    assert violations("LL506", blanks) == []
    [found] = violations("LL506", ["I agree goals using <input from the manager> in your area"])
    assert found.message.startswith("'your' in a first person framework")


# LL514 curly-quoted-text -----------------------------------------------------


def test_ll514_reports_and_fixes_a_whole_text_in_a_word_processors_quotes(cli, write):
    statements = ["\u201cI share my progress with my team every day\u201d", "\u2018I own my team\u2019s goals\u2019",
                  "\u201eI review designs\u201c"]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL514") == [
        f"{path}:{at(0, statements[0], 0)}: LL514 [warning] the whole text is between curly quotes (\u201c…\u201d), which YAML keeps as "
        "part of it: '\u201cI share my progress with…'; delete them, or, where the text needs YAML's quotes, write "
        "straight ones (\"…\")",
        f"{path}:{at(1, statements[1], 0)}: LL514 [warning] the whole text is between curly quotes (\u2018…\u2019), which YAML keeps as "
        "part of it: '\u2018I own my team\u2019s goals\u2019'; delete them, or, where the text needs YAML's quotes, "
        "write straight ones (\"…\")",
        f"{path}:{at(2, statements[2], 0)}: LL514 [warning] the whole text is between curly quotes (\u201e…\u201c), which YAML keeps as "
        "part of it: '\u201eI review designs\u201c'; delete them, or, where the text needs YAML's quotes, write "
        "straight ones (\"…\")",
    ]
    assert fixes("LL514", statements) == {0: "I share my progress with my team every day",
                                          1: "I own my team\u2019s goals", 2: "I review designs"}


@pytest.mark.parametrize("statement", [
    "\u201cDisagree\u201d and \u201ccommit\u201d",  # two quotations
    "\u2018Yes\u2019, I say, \u2018and no\u2019",
    "I follow \u201cyou build it, you run it\u201d",  # a quotation inside the text
    "\u201cYou build it\u201d is how I work",
    '"I share my progress"',  # straight quotes: written on purpose
    "\u201c \u201d",  # quotes around nothing: no text to keep without them
])
def test_ll514_quiet_on_quotations_that_are_part_of_the_text(statement):
    assert violations("LL514", [statement]) == []


# LL515 statement-in-two-competencies -----------------------------------------


def _two_competencies(leadership: list[str], mastery: list[str]) -> str:
    cells = "".join(
        f"      {competency}:\n" + "".join(f"        - {json.dumps(s)}\n" for s in statements)
        for competency, statements in (("leadership", leadership), ("mastery", mastery))
    )
    return (
        'ladderlint: 1\nid: dup\nname: Dup\ntrack: Engineer\nversion: "1.0.0"\norganisation: {name: Croner}\n'
        "dimensions:\n  - id: all\n    name: All\n    competencies:\n"
        "      - {id: leadership, name: Leadership}\n      - {id: mastery, name: Mastery}\n"
        "levels:\n  - id: L4\n    title: Level 4\n    summary: Leads projects\n    competencies:\n" + cells
    )


def test_ll515_reports_a_statement_under_two_competencies_at_one_level(cli, write):
    path = write("f.yaml", _two_competencies(
        ["Gets buy-in on proposed designs", "Sought out for code reviews"],
        ["Writes clear code", "gets buy-in on proposed designs.", "Sought out for code  reviews"],
    ))
    assert findings(cli, path, select="LL515") == [
        f"{path}:23:11: LL515 [warning] 'gets buy-in on proposed designs.' is under 2 competencies of level 'L4': "
        "'leadership' and 'mastery'; keep it under the one it belongs to, or say in each what that competency asks",
        f"{path}:24:11: LL515 [warning] 'Sought out for code  reviews' is under 2 competencies of level 'L4': "
        "'leadership' and 'mastery'; keep it under the one it belongs to, or say in each what that competency asks",
    ]


def _one_level(cells: dict[str, list[str]], summary: str = "Leads projects") -> str:
    """A framework of one level, L5, with these cells (competency -> statements)."""
    declared = "".join(f"      - {{id: {c}, name: {c.title()}}}\n" for c in cells)
    written = "".join(
        f"      {c}:\n" + "".join(f"        - {json.dumps(s)}\n" for s in statements) if statements
        else f"      {c}: {{not_applicable: Not assessed here}}\n"
        for c, statements in cells.items()
    )
    return (
        'ladderlint: 1\nid: dup\nname: Dup\ntrack: Engineer\nversion: "1.0.0"\norganisation: {name: Croner}\n'
        "dimensions:\n  - id: all\n    name: All\n    competencies:\n" + declared
        + f"levels:\n  - id: L5\n    title: Level 5\n    summary: {summary}\n    competencies:\n" + written
    )


FOSTER = "I identify the next generation of experts and foster them."


def test_ll515_a_statement_under_every_competency_is_one_finding_naming_them_all(cli, write):
    # Boilerplate said of every competency: one finding, at its second place, naming all, pointing to the summary.
    cells = {c: [f"I own the {c} of my team's services", FOSTER] for c in ("design", "testing", "security", "delivery")}
    path = write("f.yaml", _one_level(cells))
    assert findings(cli, path, select="LL515") == [
        f"{path}:25:11: LL515 [warning] '{FOSTER}' is under all 4 competencies of level 'L5' ('design', 'testing', "
        "'security' and 'delivery'): a level-wide expectation; say it once, in the level's summary, or say under "
        "each competency what that competency asks",
    ]


def test_ll515_a_statement_under_most_competencies_says_how_many_of_them():
    cells = {c: [FOSTER] for c in ("design", "testing", "security")}
    cells.update({"delivery": ["I ship on time"], "hiring": []})  # not assessed: not counted
    [violation] = registry()["LL515"]().check_frameworks([framework(_one_level(cells))])
    assert violation.path == ("levels", 0, "competencies", "testing", 0)
    assert "is under 3 of the 4 competencies of level 'L5' ('design', 'testing' and 'security'): " \
           "a level-wide expectation" in violation.message


@pytest.mark.parametrize("cells", [
    # Three of six competencies: not most of them, a repetition to look at, not boilerplate.
    {**{c: [FOSTER] for c in ("design", "testing", "security")},
     **{c: [f"I lead {c}"] for c in ("delivery", "hiring", "support")}},
    # Two of two: the same statement pasted twice, however few the competencies.
    {"design": [FOSTER], "testing": [FOSTER]},
])
def test_ll515_a_statement_under_a_few_competencies_is_not_called_boilerplate(cells):
    [violation] = registry()["LL515"]().check_frameworks([framework(_one_level(cells))])
    assert "keep it under the one it belongs to" in violation.message
    assert "level-wide" not in violation.message


@pytest.mark.parametrize("cells", [
    {c: [f"I identify the next generation of {c} experts"] for c in ("design", "testing", "security")},
    {c: ["All criteria from level four"] for c in ("design", "testing", "security")},
    {c: ["TBD"] for c in ("design", "testing", "security")},
    # Twice in one cell, once elsewhere: LL507's, not under two competencies.
    {"design": [FOSTER, FOSTER], "testing": ["I test my code"], "security": ["I patch my services"]},
])
def test_ll515_quiet_on_different_statements_pointers_and_placeholders_under_every_competency(cells):
    assert registry()["LL515"]().check_frameworks([framework(_one_level(cells))]) == []


def test_ll515_quiet_on_other_levels_one_cell_and_placeholders():
    # Twice in one cell is LL507's; "TBD" in every cell left to write is LL406's.
    text = _two_competencies(["Leads projects", "Leads projects", "TBD"], ["Writes clear code", "TBD."])
    assert registry()["LL515"]().check_frameworks([framework(text)]) == []
    # A pointer to another level, said in each competency of a cumulative framework.
    text = _two_competencies(["All criteria from level one", "See L3"], ["All criteria from level one", "See L3"])
    text += "  - id: L3\n    title: Level 3\n    summary: Leads\n    competencies:\n" \
            "      mastery:\n        - Writes code\n"
    assert registry()["LL515"]().check_frameworks([framework(text)]) == []
    text += "  - id: L5\n    title: Level 5\n    summary: Leads more\n    competencies:\n" \
            "      mastery:\n        - Leads projects\n"
    assert registry()["LL515"]().check_frameworks([framework(text)]) == []


def test_ll515_a_heading_over_examples_that_differ_is_no_repetition():
    def cell(examples: list[str]) -> list:
        return [{"text": "Criteria for sublevel A", "examples": examples}] if examples else ["Criteria for sublevel A"]

    def text(first: list[str], second: list[str]) -> str:
        return _two_competencies(["Writes code"], ["Reviews code"]).replace(
            "      leadership:\n", "      leadership:\n" + "".join(
                f"        - {json.dumps(s)}\n" for s in cell(first))).replace(
            "      mastery:\n", "      mastery:\n" + "".join(f"        - {json.dumps(s)}\n" for s in cell(second)))

    rule = registry()["LL515"]()
    assert rule.check_frameworks([framework(text(["Seeks feedback"], ["Shares knowledge"]))]) == []
    # The same examples, or examples under one of them only: the same statement.
    assert len(rule.check_frameworks([framework(text(["Seeks feedback"], ["Seeks feedback."]))])) == 1
    assert len(rule.check_frameworks([framework(text([], ["Seeks feedback"]))])) == 1


# LL516 value-as-statement ----------------------------------------------------


def test_ll516_reports_a_statement_that_is_only_a_value(cli, write):
    # A column of ratings (senioridade's 'Autonomia': Baixa, Média, Alta, Muito alta) imported as
    # statements, a tick and a number left by a matrix, among statements that are behaviours.
    statements = ["I keep my team's dashboards healthy", "Muito alta", "High.", "✓", "30%", "Yes"]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL516") == [
        f"{path}:{at(i)}: LL516 [warning] statement '{statements[i]}' at level 'IC1' (competency 'health') is "
        f"{kind}, not a behaviour: write what people at this level do, or remove it"
        for i, kind in ((1, "a rating"), (2, "a rating"), (3, "a tick"), (4, "a number"), (5, "a yes or no"))
    ]


@pytest.mark.parametrize("statement", ["Baixa", "Média", "Alta", "Very high", "Low", "No", "x", "3", "2-3",
                                       "Y", "N", "TRUE", "☒", "●", "○", "✅"])  # the cells a matrix ticks with
def test_ll516_each_kind_of_value(statement):
    assert len(violations("LL516", [statement])) == 1


@pytest.mark.parametrize("statement", [
    "High quality code",  # words that say what is done
    "Low to medium",  # says more than a step
    "Expert",  # a proficiency: a word of a proficiency matrix's cell
    "SQL",  # an abbreviation
    "OKRs",
    "CI/CD",
    "Q3",
    "N/A",  # LL403's
    "—",
    "Ships 3 features a quarter",
])
def test_ll516_quiet_on_statements_that_say_more_than_a_value(statement):
    assert violations("LL516", [statement]) == []


def test_ll516_quiet_on_a_step_of_the_frameworks_own_scale():
    scale = "proficiency_scale: [low, medium, high, very-high]\n"
    assert violations("LL516", ["High", "Very high"], extra=scale) == []
    assert len(violations("LL516", ["High", "Very high"])) == 2
# LL517 wrong-verb-form -------------------------------------------------------


def test_ll517_reports_and_fixes_an_s_form_after_to_and_an_adverb_and_able_without_to(cli, write):
    statements = [
        "Trusted by PM, Data, Design and team to reliably ships things",
        "Able determine what really matters for a particular analysis",
        "Is able build their own tooling and expected to consistently delivers results",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL517") == [
        f"{path}:{at(0, statements[0], 'to reliably ships')}: LL517 [warning] 'to reliably ships': after 'to' a verb "
        "takes its base form; did you mean 'to reliably ship'?",
        f"{path}:{at(1, statements[1], 'Able determine')}: LL517 [warning] 'Able determine': 'able' takes 'to' before "
        "its verb; did you mean 'Able to determine'?",
        f"{path}:{at(2, statements[2], 'able build')}: LL517 [warning] 'able build': 'able' takes 'to' before its "
        "verb; did you mean 'able to build'?",
        f"{path}:{at(2, statements[2], 'to consistently delivers')}: LL517 [warning] 'to consistently delivers': "
        "after 'to' a verb takes its base form; did you mean 'to consistently deliver'?",
    ]
    assert fixes("LL517", statements) == {
        0: "Trusted by PM, Data, Design and team to reliably ship things",
        1: "Able to determine what really matters for a particular analysis",
        2: "Is able to build their own tooling and expected to consistently deliver results",
    }


def test_ll517_fixes_a_carries_form_but_not_one_of_two_base_forms():
    # "carries" is only "carry"; "uses" may be "use" or "us" to the dictionary: reported, not fixed.
    statements = ["Expected to reliably carries the on-call pager", "Trusted to proactively uses the right tools"]
    assert [v.message for v in violations("LL517", statements)] == [
        "'to reliably carries': after 'to' a verb takes its base form; did you mean 'to reliably carry'?",
        "'to proactively uses': after 'to' a verb takes its base form",
    ]
    assert fixes("LL517", statements) == {0: "Expected to reliably carry the on-call pager"}


@pytest.mark.parametrize("statement", [
    # "to" as a preposition before a noun in "-s".
    "Contributes to delivery and gives feedback to peers when asked",
    "Stays alert to changes in context and escalates risks related to tasks",
    # An adverb in "-ly" made of a noun, or one that singles out a noun.
    "Sends reminders to weekly updates, speaks to early adopters and to family members",
    "Gives talks to especially teams new to the platform, mostly to mainly engineers",
    "Writes a daily digest to monthly reports and quarterly reviews",
    # The verb in its base form, or a noun after the adverb.
    "Able to reliably ship things and to consistently deliver results",
    "Expected to successfully lead teams and to proactively remove blockers",
    "Moves to fully-managed services and to internally-hosted tools",
    # "able" as an adjective before a noun, or before no object.
    "An able mentor, their most able engineer, a very able lead the team trusts",
    "Is able and willing to help; able bodied; able to lead the team",
    "Able mentor to new joiners and able lead for the guild",
    # A verb in "-ss", "-us" or "-is" after the adverb is no "-s" form.
    "Speaks to truly focus areas and to really access the data",
])
def test_ll517_quiet_on_ordinary_english(statement):
    assert violations("LL517", [statement]) == []


def test_ll517_reads_to_and_able_at_the_start_of_a_statement_and_after_a_word_alike():
    statements = ["To reliably ships features", "Trusted to reliably ships features",
                  "Able lead the team", "Is able lead the team"]
    assert [v.message.split(":")[0] for v in violations("LL517", statements)] == [
        "'To reliably ships'", "'to reliably ships'", "'Able lead'", "'able lead'"]


# LL518 unfinished-sentence ---------------------------------------------------


def test_ll518_reports_a_statement_cut_short_after_a_determiner_a_joining_word_or_a_preposition(cli, write):
    statements = [
        "Spots trends in the team's work and communicates them clearly and",
        "Follows project-agreed best practices, and ships work meeting the definition of",
        "Keeps stakeholders informed of progress through their",
        "Reviews the design with every",
        "Works in the middle of.",
        "Is the owner of",
        "Ships code. Is in the middle of",
    ]
    path = write("f.yaml", framework_yaml(statements))
    advice = "finish the sentence or remove the words left over"
    assert findings(cli, path, select="LL518") == [
        f"{path}:{at(0, statements[0], len(statements[0]) - len('and'))}: LL518 "
        f"[warning] the text stops mid-sentence: it ends in 'and' with nothing after it to join; {advice}",
        f"{path}:{at(1, statements[1], 'the definition of')}: LL518 [warning] the text stops mid-sentence: it ends in "
        f"'the definition of', a preposition with nothing after it; {advice}",
        f"{path}:{at(2, statements[2], 'their')}: LL518 [warning] the text stops mid-sentence: it ends in 'their' "
        f"with no noun after it; {advice}",
        f"{path}:{at(3, statements[3], 'every')}: LL518 [warning] the text stops mid-sentence: it ends in 'every' "
        f"with no noun after it; {advice}",
        f"{path}:{at(4, statements[4], 'the middle of')}: LL518 [warning] the text stops mid-sentence: it ends in "
        f"'the middle of', a preposition with nothing after it; {advice}",
        f"{path}:{at(5, statements[5], 'the owner of')}: LL518 [warning] the text stops mid-sentence: it ends in "
        f"'the owner of', a preposition with nothing after it; {advice}",
        f"{path}:{at(6, statements[6], 'the middle of')}: LL518 [warning] the text stops mid-sentence: it ends in "
        f"'the middle of', a preposition with nothing after it; {advice}",
    ]


@pytest.mark.parametrize("statement", [
    # A preposition with nothing to govern, after a noun, a verb, an adjective or an adverb.
    "They can expose their questions to others and request help from",
    "They can expose their questions to others and request help with",
    "Works closely with", "Is responsible for", "Contributes to", "Sets goals and tracks progress towards",
    "Shares knowledge with others and learns from",
    # "they" opening a sentence of its own after "and", not a clause.
    "Collaborates with the team and they ask for help from",
    # The full stop of "vs." does not end the sentence; one before a capital does.
    "Knows what they are capable of. Asks for help from",
    # An object before "and" is no clause's subject.
    "Mentors others and works with", "Coaches people and works with",
    # "to" with its verb cut off: nothing says when, how much, or sets it against another clause.
    "Delivers well-scoped tasks with guidance and needs to", "Shares knowledge with the team and is able to",
    "Works on their own and should be able to", "Writes tests and is expected to", "Ships code. Wants to",
])
def test_ll518_reports_a_statement_cut_short_after_a_bare_preposition(statement):
    found = violations("LL518", [statement])
    last = statement.rsplit(None, 1)[1]
    assert [v.message for v in found] == [
        f"the text stops mid-sentence: it ends in '{last}', a preposition with nothing after it; "
        "finish the sentence or remove the words left over"]


def test_ll518_reads_summaries_and_descriptions_but_not_names():
    text = framework_yaml(["Ships small changes"]).replace(
        "        name: Organizational Health\n",
        "        name: Health of the\n        description: Keeps the team healthy and\n",
    ).replace("    title: IC1 Engineer\n", "    title: IC1 Engineer\n    summary: Owns a part of\n")
    found = registry()["LL518"]().check_frameworks([framework(text)])
    assert sorted(v.message.split(": it ends in ")[1].split(";")[0] for v in found) == [
        "'a part of', a preposition with nothing after it", "'and' with nothing after it to join"]


def test_ll518_reports_a_summary_cut_off_after_needs_to_and_not_one_that_ends_a_clause():
    def ends(summary: str) -> list[str]:
        text = framework_yaml(["Ships small changes"]).replace(
            "    title: IC1 Engineer\n", f"    title: IC1 Engineer\n    summary: {json.dumps(summary)}\n")
        return [v.message.split(": it ends in ")[1].split(";")[0]
                for v in registry()["LL518"]().check_frameworks([framework(text)])]

    assert ends("Delivers features of the team's projects and needs to") == [
        "'to', a preposition with nothing after it"]
    assert ends("Delivers features of the team's projects and should be able to") == [
        "'to', a preposition with nothing after it"]
    assert ends("Delivers what they are committed to") == []
    assert ends("Supports the teams they belong to") == []


@pytest.mark.parametrize("statement", [
    # A preposition that ends a relative clause, or a verb's particle.
    "Understands what the systems they are responsible for are capable of",
    "Knows who they report to and the things to look out for",
    "Gives useful feedback to the people they work with.",
    "Makes sure the processes designed are adhered to",
    "Builds the creative product that Monzo is known for",
    "Knows what that leads to",
    "Brings the team along, gets the message across and keeps the lights on",
    "Delivers production-ready code in a way that others can build on",
    # A pronoun, a label, a quoted word, a compound of two joining words.
    "Pairs with a new joiner and helps her", "Gives them one each", "Moves from plan B to Plan A",
    'Avoids filler words such as "just" and "the"', "Reviews changes and/or",
    # A colon leads into a list, an ellipsis leaves off on purpose.
    "Is responsible for the:", "Owns the roadmap, the budget and...", "Owns the roadmap and\u2026",
    # A relative clause with no "that": a subject and a form of "be" or "have"
    # before the determiner, the noun and the preposition.
    "Can explain the architecture of the systems they are a part of",
    "Knows which services the team is on the hook for",
    "Is aware of the projects the team is in the middle of",
    "Understands the systems the team is the owner of",
    "Understands the systems they're a part of",
    "Knows the teams it has become a part of",
    # A noun phrase of more than one word before the preposition, or a verb.
    "Delivers what the business depends on", "Does what the job calls for",
    # A bare preposition whose object moved: a clause with or without "that",
    # after "to" and a verb, a passive, a verb left out after "to", an adverb.
    "Produces work they can be proud of.", "Gives feedback to those they work closely with",
    "Proactively identify areas you could support executive with", "Is someone people look up to.",
    "Supports the people the team works with", "Is easy to work with.", "Makes sure risks are accounted for.",
    "Is someone who is looked up to", "Helps out when asked to.", "Takes on more when they are able to",
    "Identifies the steps in between", "Grows people from within",
    # "to" with its verb left out where a clause says when or how much, or sets another against it.
    "Takes time off whenever they need to", "Does more than they have to", "Asks for help if needed to",
    "Leads incidents as they are expected to", "Has not yet led a project but wants to",
    "Would like to lead a team but is not yet ready to", "Leads incidents and encourages others to",
    # Done without being asked; willing to do what the clause before says.
    "Writes documentation without being asked to", "Takes on extra on-call shifts and is glad to",
    "Volunteers for incident reviews and is happy to",
    # A subject with its verb after it, and "to" ending a clause.
    "Is someone people look up to and learn from", "Knows what they are committed to",
    "Supports the teams they belong to",
    "Can assess when to start using new technology vs. what's worth waiting a bit longer for.",
    # Ordinary endings.
    "Ships features on time and to a high standard.", "Takes feedback from my manager and peers",
])
def test_ll518_quiet_on_sentences_english_ends_so(statement):
    assert violations("LL518", [statement]) == []


@pytest.mark.parametrize(("statement", "fixed"), [
    ("Does no\ufe0ft lead incidents", "Does not lead incidents"),  # a variation selector after a letter
    ("Does no\U000e0020t lead incidents", "Does not lead incidents"),  # a tag character outside a flag
    ("Leads incidents \u202e)deriuqer ton(\u202c", "Leads incidents )deriuqer ton("),  # shown turned round
])
def test_ll509_reports_characters_that_hide_or_turn_round_what_is_read(statement, fixed):
    found = violations("LL509", [statement])
    assert len(found) == 1 and not found[0].message.startswith("space (U+"), found
    assert fixes("LL509", [statement]) == {0: fixed}


@pytest.mark.parametrize("statement", [
    "Ships it \u2705\ufe0f every week",  # an emoji's own variation selector
    "Flies the \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f flag",  # a flag's tags
    "Writes \u200fRTL\u200e marks",  # direction marks, not overrides
])
def test_ll509_quiet_on_emoji_and_flags(statement):
    assert violations("LL509", [statement]) == []
