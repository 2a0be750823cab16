"""YAML mistakes explained in the terms of someone editing a framework by
hand, at the line and column of the mistake, whichever parser read it."""

from __future__ import annotations

import json

import pytest
import yaml
from conftest import MINIMAL

from ladderlint.loader import LoadError, load_document, uses_libyaml

PARSERS = [pytest.param(False, id="libyaml"), pytest.param(True, id="pure")]


def _error(text: str, pure: bool) -> LoadError:
    if not pure and not uses_libyaml():
        pytest.skip("PyYAML built without libyaml")
    with pytest.raises(LoadError) as caught:
        load_document("f.yaml", text.encode(), pure=pure)
    return caught.value


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(
    ("old", "new", "line", "how"),
    [
        ("    summary:", "\tsummary:", 17, "4 spaces, like line 16"),  # under a key
        ("        - I deliver", "\t- I deliver", 20, "8 spaces"),  # a list item
        ("  - id: IC1", "\t- id: IC1", 15, "2 spaces, like line 9"),  # the start of a level
    ],
)
def test_a_tab_used_for_indentation(pure, old, new, line, how):
    error = _error(MINIMAL.replace(old, new, 1), pure)
    assert error.code == "LL003"
    assert error.message == (f"invalid YAML: line {line} is indented with a tab (column 1); YAML indents with "
                             f"spaces only: replace the tab with spaces: indent it with {how}")
    assert (error.position.line, error.position.column) == (line, 1)


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(
    ("old", "new", "line", "column", "how", "above", "should"),
    [
        ("    title: Engineer I", "   title: Engineer I", 16, 4, "1 space less", 15, 5),
        ("    title: Engineer I", "     title: Engineer I", 16, 6, "1 space more", 15, 5),
        ("    summary: Delivers", "   summary: Delivers", 17, 4, "1 space less", 16, 5),
        ("        name: Impact", "       name: Impact", 13, 8, "1 space less", 12, 9),
    ],
)
def test_a_key_indented_off_its_siblings(pure, old, new, line, column, how, above, should):
    error = _error(MINIMAL.replace(old, new, 1), pure)
    assert error.message == (
        f"invalid YAML: line {line} starts {how} than line {above} above it (column {column}, not {should}); "
        f"the keys of one mapping line up, so indent it like line {above}"
    )
    assert (error.position.line, error.position.column) == (line, column)


_NBSP_ADVICE = ("which YAML reads as a character, not as a space (it comes with text pasted from a word processor or "
                "a web page); replace the non-breaking spaces at the start of the line, and of the lines pasted with "
                "it, with ordinary spaces")


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(
    ("old", "new", "line", "column"),
    [
        ("        - I deliver", "\u00a0" * 8 + "- I deliver", 20, 1),  # a list item
        ("    summary:", "  \u00a0\u00a0summary:", 17, 3),  # after two spaces
        # A block pasted with them all: the first line of it.
        ("    title: Engineer I\n    summary: Delivers",
         "\u00a0" * 4 + "title: Engineer I\n" + "\u00a0" * 4 + "summary: Delivers", 16, 1),
    ],
)
def test_a_non_breaking_space_used_for_indentation(pure, old, new, line, column):
    error = _error(MINIMAL.replace(old, new, 1), pure)
    assert error.code == "LL003"
    assert error.message == (f"invalid YAML: line {line} is indented with a non-breaking space (column {column}), "
                             + _NBSP_ADVICE)
    assert (error.position.line, error.position.column) == (line, column)


def test_a_non_breaking_space_inside_a_text_is_not_indentation(cli, write):
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", "I deliver\u00a0my tasks on time"))
    assert "LL003" not in cli("check", "--format", "concise", str(path)).output


_TWO_CELLS = "      impact:\n        - I deliver my tasks on time\n      quality:\n        - I test my changes\n"
_ONE_CELL = "      impact:\n        - I deliver my tasks on time\n"
_TWO_LEVELS = MINIMAL + "  - id: IC2\n    title: Engineer II\n    summary: Leads\n    competencies:\n" + _ONE_CELL


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(
    ("text", "message", "where"),
    [
        # One space too many, then a sibling in line: YAML gives up at the
        # sibling, which is not the line to move.
        (MINIMAL.replace(_ONE_CELL, _TWO_CELLS.replace("  impact", "   impact")),
         "line 19 starts 1 space more than line 21 below it (column 8, not 7); the keys of one mapping line up, so "
         "indent it like line 21", (19, 8)),
        (MINIMAL.replace(_ONE_CELL, _TWO_CELLS.replace("  quality", " quality")),
         "line 21 starts 1 space less than line 19 above it (column 6, not 7); the keys of one mapping line up, so "
         "indent it like line 19", (21, 6)),
        # A list item: its '-' lines up with the other items'.
        (_TWO_LEVELS.replace("  - id: IC2", "   - id: IC2"),
         "line 21 starts 1 space more than line 15 above it (column 4, not 3); the items of one list line up, so "
         "indent it like line 15", (21, 4)),
        (MINIMAL.replace("  - id: IC1", "   - id: IC1"),
         "line 15 starts 1 space more than line 16 below it (column 6, not 5); the keys of one mapping line up, so "
         "indent it like line 16", (15, 6)),
        # A top-level key: not moved under the key above it.
        (MINIMAL.replace("dimensions:", " dimensions:"),
         "line 8 starts 1 space more than line 6 above it (column 2, not 1); the keys of one mapping line up, so "
         "indent it like line 6", (8, 2)),
    ],
)
def test_the_line_that_breaks_the_indentation_is_blamed_not_the_next(pure, text, message, where):
    error = _error(text, pure)
    assert error.message == f"invalid YAML: {message}"
    assert (error.position.line, error.position.column) == where


@pytest.mark.parametrize("pure", PARSERS)
def test_a_colon_inside_a_text(pure):
    error = _error(MINIMAL.replace("summary: Delivers well-scoped tasks", "summary: Delivers: well-scoped tasks"), pure)
    assert error.message == ("invalid YAML: the text on line 17 holds ': ', which YAML reads as the end of a key; "
                             'put the text in quotes: summary: "Delivers: well-scoped tasks"')
    assert (error.position.line, error.position.column) == (17, 14)


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize("ending", ["", "\n", "\n\n"])
def test_a_file_that_ends_too_soon_is_blamed_where_it_ends(pure, ending):
    """Not on a line after the last, which no editor shows."""
    error = _error("ladderlint: 1\nid: [" + ending, pure)
    assert error.message.startswith("invalid YAML: the file ends too soon: ")
    assert (error.position.line, error.position.column) == (2, 6)


@pytest.mark.parametrize("pure", PARSERS)
def test_two_colons_inside_a_statement_quote_the_whole_statement(pure):
    """`- Testing: I add a test: always` is a statement, not a key and its
    text: quoting after the first colon would leave a mapping in a list of
    statements."""
    text = MINIMAL.replace("- I deliver my tasks on time", "- Testing: I add a test for every bug: no exceptions")
    error = _error(text, pure)
    assert error.message.endswith(
        'put the whole text in quotes: - "Testing: I add a test for every bug: no exceptions"')
    fixed = text.replace("- Testing: I add a test for every bug: no exceptions",
                         '- "Testing: I add a test for every bug: no exceptions"')
    assert load_document("f.yaml", fixed.encode()).data["levels"][0]["competencies"]


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize("after", ["", "        - I run usability tests with 5 users per round\n"])
def test_a_statement_wrapped_after_a_colon_at_the_end_of_its_line(pure, after):
    """`- I follow the checklist:` wrapped onto the next line: YAML reads the
    first line as a key and the next as another; the statement is blamed,
    not an indentation further down or up, and the advice quotes it whole."""
    wrapped = "- I follow the accessibility checklist:\n          contrast, focus order, alt text.\n" + after
    text = MINIMAL.replace("- I deliver my tasks on time\n", wrapped)
    error = _error(text, pure)
    assert error.message == (
        "invalid YAML: the text on line 20 ends its line with ':', which YAML reads as the end of a key (and the "
        "line below as another key); put the whole text in quotes: "
        '- "I follow the accessibility checklist: contrast, focus order, alt text."')
    assert (error.position.line, error.position.column) == (20, 11)
    fixed = text.replace(wrapped.split("\n", 2)[0] + "\n" + wrapped.split("\n", 2)[1] + "\n",
                         '- "I follow the accessibility checklist: contrast, focus order, alt text."\n')
    statements = load_document("f.yaml", fixed.encode()).data["levels"][0]["competencies"]["impact"]
    assert statements[0] == "I follow the accessibility checklist: contrast, focus order, alt text."


@pytest.mark.parametrize("pure", PARSERS)
def test_a_statement_wrapped_after_a_colon_over_lines_that_hold_colons_is_quoted_whole(pure):
    """The advice quotes every line the statement is wrapped onto, those
    that hold ': ' too: following it gives a file that loads."""
    wrapped = ("- I follow the checklist:\n          contrast: focus order, and\n          alt text.\n"
               "        - I run usability tests\n")
    text = MINIMAL.replace("- I deliver my tasks on time\n", wrapped)
    error = _error(text, pure)
    quoted = '- "I follow the checklist: contrast: focus order, and alt text."'
    assert error.message.endswith(f"put the whole text in quotes: {quoted}")
    fixed = text.replace(wrapped, f"{quoted}\n        - I run usability tests\n")
    statements = load_document("f.yaml", fixed.encode()).data["levels"][0]["competencies"]["impact"]
    assert statements == ["I follow the checklist: contrast: focus order, and alt text.", "I run usability tests"]


@pytest.mark.parametrize("pure", PARSERS)
def test_a_colon_inside_a_text_that_holds_double_quotes(pure):
    """The text in quotes reads back as the text: not `"He said "ship it": ..."`."""
    error = _error(MINIMAL.replace("summary: Delivers well-scoped tasks", 'summary: He said "ship it": and we did'),
                   pure)
    assert error.message.endswith("""put the text in quotes: summary: 'He said "ship it": and we did'""")


@pytest.mark.parametrize("pure", PARSERS)
def test_other_syntax_errors_keep_the_parsers_words(pure):
    """A mapping written over several lines, as in JSON, and left open: not
    a text that starts with a '{', so the parser's words, and where it starts."""
    error = _error(MINIMAL.replace("organisation:\n  name: Acme", "organisation: {name: Acme,\n  domains: [acme.com]"),
                   pure)
    assert error.message.startswith("invalid YAML: expected ',' or '}'")
    assert error.message.endswith("(while parsing a flow mapping); it starts on line 6, column 15")
    assert (error.position.line, error.position.column) == (8, 1)


def test_a_statement_yaml_split_at_a_colon(cli, write):
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", "I set direction for my group :rocket:"))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 1
    errors = [line for line in run.lines if "[error]" in line]
    assert errors == [
        f"{path}:20:11: LL103 [error] statement 1 of 'impact' at level 'IC1' ends in ':', so YAML read it as a key "
        "and a value; put the statement in quotes: - \"I set direction for my group :rocket:\"",
    ]
    assert "LL108 [info] not checked" in run.output  # the rest of the file still is


@pytest.mark.parametrize(
    ("statement", "quoted"),
    [
        ("Testing: I write tests for the code I change", "Testing: I write tests for the code I change"),
        ("Code review: I review my team's changes", "Code review: I review my team's changes"),
        ("- Pairing: I pair with a new joiner", "Pairing: I pair with a new joiner"),  # an example's label
    ],
)
def test_a_statement_that_starts_with_a_label(cli, write, statement, quoted):
    """A label before the statement ('Testing: ...') is split off by YAML as
    a key, as a colon inside one is: the same finding and fix, not a
    missing 'text' and an unknown key."""
    if statement.startswith("- "):  # in the examples of a statement
        text = f"text: I deliver my tasks on time\n          examples:\n            {statement}"
        path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", text))
        line, column = 22, 15
    else:
        path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", statement))
        line, column = 20, 11
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    [error] = [line for line in run.lines if "[error]" in line]
    assert error.startswith(f"{path}:{line}:{column}: LL103 [error] ")
    assert error.endswith(
        f" holds ': ', so YAML read it as a key and a value; put the statement in quotes: - {json.dumps(quoted)}"
    )


@pytest.mark.parametrize(
    "statement",
    [
        "I share my progress every day: standups, #channel",
        "Café culture — I share progress: standups, #team-updates  and #eng",
        "Rituals: stand-ups #daily",  # a label, then the comment
    ],
)
def test_the_quoted_statement_keeps_what_yaml_read_as_a_comment(cli, write, statement):
    """' #' in a statement starts a YAML comment: the fix suggested for a
    statement split at ': ' is the whole line, as written."""
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", statement))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    [error] = [line for line in run.lines if "[error]" in line]
    assert error.endswith(f"put the statement in quotes: - {json.dumps(statement, ensure_ascii=False)}")


@pytest.mark.parametrize("key", ["txt", "Text", "texts", "exemples"])
def test_a_misspelt_key_of_a_statement_is_not_a_label(cli, write, key):
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", f"{key}: I deliver my tasks on time"))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    assert f"has an unknown key '{key}'" in run.output
    assert "holds ': '" not in run.output


def test_a_competency_indented_out_of_competencies(cli, write):
    path = write("f.yaml", MINIMAL.replace(
        "    competencies:\n      impact:\n        - I deliver my tasks on time",
        "    competencies: {}\n    impact:\n      - I deliver my tasks on time",
    ))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    assert run.lines[0] == (f"{path}:19:5: LL102 [error] level 'IC1' has an unknown key 'impact': it is a "
                            "competency; indent it under `competencies:` of level 'IC1'")


def test_an_unknown_key_that_is_no_competency_keeps_its_hint(cli, write):
    path = write("f.yaml", MINIMAL.replace("    summary:", "    sumary:"))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    assert "has an unknown key 'sumary' (did you mean 'summary'?)" in run.output


# --- texts that start with a character YAML reads as its own ---------------------------
# Statements pasted from a document: YAML reads their first character, not
# the sentence. The finding is at the text's first character, with the line
# written in quotes.

_ALIAS = "'*', which YAML reads as an alias (a reference to content named with '&'), not as text"
_RESERVED = "which YAML keeps for its own use, so no text can start with it unquoted"
_BLOCK = "which YAML reads as the start of a block of text on the lines below, not as text"


@pytest.mark.parametrize(
    ("statement", "reads_as"),
    [
        ("*Always* I write tests", _ALIAS),
        ("*Always I write tests", _ALIAS),  # an alias to nothing
        ("@team-leads review my plans", f"'@', {_RESERVED}"),
        ("`code` reviews are done", f"'`', {_RESERVED}"),
        ("% of my time goes to reviews", "'%', which YAML reads as a directive, not as text"),
        ("> I quote our values", f"'>', {_BLOCK}"),
        ("| pipes", f"'|', {_BLOCK}"),
        ("& more", "'&', which YAML reads as an anchor (a name given to content, to reuse it), not as text"),
    ],
)
def test_a_statement_that_starts_with_a_character_yaml_reads(cli, write, statement, reads_as):
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", statement))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert run.lines[0] == (f"{path}:20:11: LL003 [error] invalid YAML: the text on line 20 starts with {reads_as}; "
                            f"put the text in quotes: - {json.dumps(statement)}")


@pytest.mark.parametrize(
    ("statement", "quoted"),
    [
        ("*Always* I write tests\n          for every change  # since 2024",
         '"*Always* I write tests for every change"'),
        ("[optional] I join\n          the on-call rota", '"[optional] I join the on-call rota"'),
        ('"Best effort\n          always', '"Best effort always"'),
    ],
)
def test_a_statement_over_two_lines_is_quoted_whole(cli, write, statement, quoted):
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", statement))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert run.lines[0].startswith(f"{path}:20:11: LL003 [error] invalid YAML: ")
    assert run.lines[0].endswith(f" in quotes: - {quoted}")


def test_a_value_that_starts_with_a_character_yaml_reads(cli, write):
    path = write("f.yaml", MINIMAL.replace("summary: Delivers well-scoped tasks", "summary: *Always* on time  # IC1"))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert run.lines[0] == (f"{path}:17:14: LL003 [error] invalid YAML: the text on line 17 starts with {_ALIAS}; "
                            'put the text in quotes: summary: "*Always* on time"')


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize("statement", ["*Always* I write tests", "@team-leads review my plans", "| pipes"])
def test_both_parsers_explain_a_special_first_character(pure, statement):
    error = _error(MINIMAL.replace("I deliver my tasks on time", statement), pure)
    assert error.message.startswith("invalid YAML: the text on line 20 starts with ")
    assert (error.position.line, error.position.column) == (20, 11)


@pytest.mark.parametrize(
    ("statement", "reads_as", "quoted"),
    [
        ("[optional] I join on-call", "'[', which YAML reads as the start of a list that ends at the ']'",
         '"[optional] I join on-call"'),
        ("{team} goals are met", "'{', which YAML reads as the start of a mapping that ends at the '}'",
         '"{team} goals are met"'),
        ('"Always" I write tests', 'a double quote ("), which YAML reads as the start of a quoted text that ends at '
         "the next double quote", "'\"Always\" I write tests'"),
        ('"Always" I write "tests"', 'a double quote ("), which YAML reads as the start of a quoted text that ends '
         "at the next double quote", "'\"Always\" I write \"tests\"'"),
        # Quotes meant around the whole text, closed early by an apostrophe.
        ("'I don't cut corners'", "a single quote ('), which YAML reads as the start of a quoted text that ends at "
         "the next single quote", '"I don\'t cut corners"'),
    ],
)
def test_a_statement_that_starts_with_a_bracket_or_a_quote_closed_before_its_end(cli, write, statement, reads_as,
                                                                                   quoted):
    """Was reported on the line above, as indented 2 spaces more than its key."""
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", statement))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert run.lines[0] == (f"{path}:20:11: LL003 [error] invalid YAML: the text on line 20 starts with {reads_as}, "
                            f"so the words after it cannot be read; put the whole text in quotes: - {quoted}")


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("[Senior Engineer", "the '[' on line 16 starts a list that is not closed; end it with ']', or, if the '[' is "
         'part of the text, put the text in quotes: title: "[Senior Engineer"'),
        ("{Senior Engineer", "the '{' on line 16 starts a mapping that is not closed; end it with '}', or, if the '{' "
         'is part of the text, put the text in quotes: title: "{Senior Engineer"'),
        ('"Senior Engineer', 'the text on line 16 starts with a double quote (") that is not closed, so YAML reads on '
         'into the lines below; put the whole text in quotes: title: "Senior Engineer"'),
        ("'Senior Engineer", "the text on line 16 starts with a single quote (') that is not closed, so YAML reads on "
         'into the lines below; put the whole text in quotes: title: "Senior Engineer"'),
    ],
)
def test_a_bracket_or_a_quote_left_open_is_reported_where_it_opens(cli, write, title, message):
    """Not on the line where YAML gave up, below it."""
    path = write("f.yaml", MINIMAL.replace("title: Engineer I", f"title: {title}"))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert run.lines[0] == f"{path}:16:12: LL003 [error] invalid YAML: {message}"


@pytest.mark.parametrize("pure", PARSERS)
def test_a_quote_left_open_up_to_a_quote_further_down(pure):
    """YAML reads the text on to the quote of `version: "1.0.0"`, and gives up after it."""
    error = _error(MINIMAL.replace("name: Acme Engineering Career Framework", 'name: "Acme Engineering'), pure)
    assert error.message == ('invalid YAML: the text on line 3 starts with a double quote (") that is not closed, so '
                             "YAML reads on to the next one, on line 5; put the whole text in quotes: "
                             'name: "Acme Engineering"')
    assert (error.position.line, error.position.column) == (3, 7)


@pytest.mark.parametrize("pure", PARSERS)
def test_both_parsers_report_a_bracket_left_open_where_it_opens(pure):
    error = _error(MINIMAL.replace("title: Engineer I", "title: [Senior Engineer"), pure)
    assert error.message.startswith("invalid YAML: the '[' on line 16 starts a list that is not closed")
    assert (error.position.line, error.position.column) == (16, 12)


def test_a_statement_that_starts_with_what_yaml_reads_as_a_tag(cli, write):
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", "!important I review plans"))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert run.lines[0] == (f"{path}:20:11: LL004 [error] the tag !important is not allowed in a framework; use plain "
                            "text, numbers, lists and mappings; if '!important' is part of the text, put the text in "
                            'quotes: - "!important I review plans"')


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(
    ("old", "new", "line", "column", "name", "quoted"),
    [
        ("I deliver my tasks on time", "&mentoring I mentor juniors", 20, 11, "&mentoring",
         '- "&mentoring I mentor juniors"'),
        ("title: Engineer I", "title: &senior Engineer I", 16, 12, "&senior", 'title: "&senior Engineer I"'),
    ],
)
def test_a_text_that_starts_with_an_anchor(pure, old, new, line, column, name, quoted):
    """YAML took the first word out of the text without a word: 'I mentor juniors'."""
    error = _error(MINIMAL.replace(old, new), pure)
    assert error.code == "LL004"
    assert error.message == (f"the text on line {line} starts with '{name}', which YAML reads as an anchor (a name "
                             "given to content, to reuse it) and leaves out of the text; anchors are not allowed in "
                             f"a framework: put the text in quotes: {quoted}")
    assert (error.position.line, error.position.column) == (line, column)


@pytest.mark.parametrize("title", ["R&D Engineer", "Engineer & Lead", '"&senior Engineer"'])
def test_an_ampersand_that_is_no_anchor_is_text(cli, write, title):
    path = write("f.yaml", MINIMAL.replace("title: Engineer I", f"title: {title}"))
    assert cli("check", "--format", "concise", "--select", "LL0,LL1", str(path)).exit_code == 0


# --- texts YAML reads as something else, without an error of its own ----------------

_STATEMENT = "statement 1 of 'impact' at level 'IC1' must be text or a mapping (statement with details)"


@pytest.mark.parametrize(
    ("statement", "read"),
    [
        ("No", ", not true or false; YAML reads No as false"),
        ("Yes", ", not true or false; YAML reads Yes as true"),
        ("On", ", not true or false; YAML reads On as true"),
        ("12", ", not a whole number; YAML reads 12 as a number"),
        ("10:30", ", not a whole number; YAML reads 10:30 as a number"),  # YAML 1.1 reads it as 630
        ("~", ", not empty; YAML reads ~ as empty"),
        ("[optional]", ", not a list; YAML reads the '[' at its start as the start of a list"),
        # One finding, not a missing 'text' and an unknown key 'team'.
        ("{team}", "; YAML reads the '{' at its start as the start of a mapping"),
        # The whole statement is a comment (not one a '#' cut short: LL014).
        ("#1 priority is safety",
         ', not empty; YAML reads "#1 priority is safety" as a comment, so the value is empty'),
    ],
)
def test_a_statement_yaml_reads_as_something_else(cli, write, statement, read):
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", statement))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    assert run.exit_code == 1
    column = 11  # where the text starts, even where YAML read it as a comment
    assert [line for line in run.lines if "[error]" in line] == [
        f"{path}:20:{column}: LL103 [error] {_STATEMENT}{read}: put it in quotes to keep it as text: - "
        f"{json.dumps(statement)}"
    ]


@pytest.mark.parametrize(
    ("statement", "advice"),
    [
        ("- I mentor juniors", "; the line starts with two '-', so YAML reads a list inside the list: write one '-': "
         "- I mentor juniors"),
        ("- I mentor\n          - and coach", ""),  # a list of two: not one bullet too many
    ],
)
def test_a_statement_with_two_dashes(cli, write, statement, advice):
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", statement))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    assert [line for line in run.lines if "[error]" in line] == [
        f"{path}:20:11: LL103 [error] {_STATEMENT}, not a list{advice}"
    ]


@pytest.mark.parametrize("title", ["title:", "title:  # to do", "title:  #"])
def test_an_empty_value_is_not_told_to_be_quoted(cli, write, title):
    path = write("f.yaml", MINIMAL.replace("title: Engineer I", title))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    assert [line for line in run.lines if "[error]" in line] == [
        f"{path}:16:11: LL103 [error] 'title' of level 'IC1' must be text, not empty"
    ]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("title: Engineer I", "title: No",
         "16:12: LL103 [error] 'title' of level 'IC1' must be text, not true or false; YAML reads No as false: put it "
         'in quotes to keep it as text: title: "No"'),
        ("title: Engineer I", "title: [Senior Engineer]",
         "16:12: LL103 [error] 'title' of level 'IC1' must be text, not a list; YAML reads the '[' at its start as the "
         'start of a list: put it in quotes to keep it as text: title: "[Senior Engineer]"'),
        ('version: "1.0.0"', "version: 1.0",
         "5:10: LL103 [error] 'version' must be text, not a number; YAML reads 1.0 as a number: put it in quotes, "
         'written as three numbers joined by dots (MAJOR.MINOR.PATCH): version: "1.0.0"'),
    ],
)
def test_a_value_yaml_reads_as_something_else(cli, write, old, new, message):
    path = write("f.yaml", MINIMAL.replace(old, new))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    assert run.exit_code == 1
    assert [line for line in run.lines if "[error]" in line] == [f"{path}:{message}"]


@pytest.mark.parametrize("version", ["1.0", "1", "2.10"])
def test_the_quoted_value_suggested_is_one_the_format_accepts(cli, write, version):
    """Following the suggestion gives a valid file, not another finding."""
    path = write("f.yaml", MINIMAL.replace('version: "1.0.0"', f"version: {version}"))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    [error] = [line for line in run.lines if "[error]" in line]
    suggested = error.rsplit(": ", 1)[1]
    assert suggested == (f'"{version}.0"' if version.count(".") == 1 else '"1.0.0"')
    write("f.yaml", MINIMAL.replace('version: "1.0.0"', f"version: {suggested}"))
    assert cli("check", "--select", "LL1", str(path)).exit_code == 0


def test_a_statement_written_in_a_framework_as_json_is_not_told_to_be_quoted_as_yaml(cli, write):
    """In a list written in brackets the line is no `- "..."`: the message
    says what is wrong without a line to copy."""
    data = yaml.safe_load(MINIMAL)
    data["levels"][0]["competencies"]["impact"] = [False]
    path = write("f.yaml", json.dumps(data, indent=2))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    assert [line for line in run.lines if "[error]" in line] == [f"{path}:29:11: LL103 [error] {_STATEMENT}, not true "
                                                                 "or false"]


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(
    ("old", "line", "key"),
    [
        ("    competencies:\n      - id: impact", 11, "competencies"),  # over a list
        ("    competencies:\n      impact:", 18, "competencies"),  # over a mapping
        ("dimensions:", 8, "dimensions"),  # at the top
    ],
)
def test_a_key_without_its_colon_is_blamed_on_its_own_line(pure, old, line, key):
    """The parser stops a line or two below, where the text it read runs
    into a ':'; the message names the key and the line that lost it."""
    new = old.replace(f"{key}:", key, 1)
    error = _error(MINIMAL.replace(old, new, 1), pure)
    assert error.code == "LL003"
    assert error.message == (f"invalid YAML: line {line} has the key '{key}' without the ':' after it, so YAML "
                             f"reads it and the lines below as one text; write `{key}:`")
    assert error.position.line == line


def test_a_dash_without_a_space_is_told_to_have_one(cli, write):
    """`-I deliver`: YAML reads text, not a list item; the message says why."""
    path = write("f.yaml", MINIMAL.replace("        - I deliver my tasks on time", "        -I deliver my tasks on time"))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    assert f"{path}:19:7: LL108 [info] not checked, as it breaks the schema: 'impact' at level 'IC1'" in run.lines
    assert run.lines[1] == (
        f"{path}:20:9: LL103 [error] 'impact' at level 'IC1' must be a list (statements) or a mapping (expectation "
        "details), not text (a '-' starts an item of a list only with a space after it: '- I deliver my tasks on "
        "time')"
    )
    dashed = write("g.yaml", MINIMAL.replace("        - I deliver my tasks on time", "        - -I deliver my tasks"))
    assert cli("check", "--select", "LL1", str(dashed)).exit_code == 0  # in a list, a text may start with '-'


_THREE_ITEMS = MINIMAL.replace("        - I deliver my tasks on time",
                               "        - I review designs\n        - I write tests\n        - I deliver my tasks on time")


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(
    ("text", "line", "column", "meant"),
    [
        (_THREE_ITEMS.replace("- I write tests", "-I write tests"), 21, 9, "- I write tests"),  # between items
        (_THREE_ITEMS.replace("- I deliver my", "-I deliver my"), 22, 9, "- I deliver my tasks on time"),  # the last
        (MINIMAL.replace("  - id: IC1", "  -id: IC1"), 15, 3, "- id: IC1"),  # an item that is a mapping
        (MINIMAL.replace("      - id: impact", "      -id: impact"), 12, 7, "- id: impact"),
    ],
)
def test_a_dash_without_a_space_after_another_item_is_blamed_on_its_line(pure, text, line, column, meant):
    """Not indentation advice about the line above or below it: YAML reads
    `-I write tests` as text where an item of the list belongs."""
    error = _error(text, pure)
    assert error.code == "LL003"
    assert error.message == (f"invalid YAML: line {line} starts with '-' and no space after it, so YAML reads it as "
                             "text, not as an item of the list; a '-' starts an item only with a space after it: "
                             f"write `{meant}`")
    assert (error.position.line, error.position.column) == (line, column)


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(
    ("old", "new", "line", "column", "slip"),
    [
        ("    summary: Delivers", "    summary Delivers", 17, 12, "has the key 'summary' without the ':' after it"),
        ("name: Acme Engineering", "name Acme Engineering", 3, 5, "has the key 'name' without the ':' after it"),
        ("  - id: IC1", "  - id IC1", 15, 7, "has the key 'id' without the ':' after it"),  # first key of an item
        ("    name: Results", "    name Results", 10, 9, "has the key 'name' without the ':' after it"),
        ('version: "1.0.0"', 'version "1.0.0"', 5, 8, "has the key 'version' without the ':' after it"),
        ("track: Backend Engineer", "track Backend Engineer", 4, 6, "has the key 'track' without the ':' after it"),
        ("name: Acme Engineering", "name = Acme Engineering", 3, 6, "has '=' after the key 'name' where YAML needs ':'"),
        ("    title: Engineer I", "    title; Engineer I", 16, 10, "has ';' after the key 'title' where YAML needs ':'"),
    ],
)
def test_a_key_and_its_value_without_the_colon_are_blamed_on_their_line(pure, old, new, line, column, slip):
    error = _error(MINIMAL.replace(old, new, 1), pure)
    assert error.code == "LL003"
    meant = MINIMAL.splitlines()[line - 1].strip()
    assert error.message == f"invalid YAML: line {line} {slip}, so YAML reads the whole line as one text; write `{meant}`"
    assert (error.position.line, error.position.column) == (line, column)


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(("old", "new", "line", "column"), [
    ("    summary: Leads", "    summary Leads", 23, 12),  # a key the level above also has
    ("  - id: IC2", "  - id IC2", 21, 7),  # the first key of an item below another
])
def test_a_key_without_its_colon_in_a_later_item_is_blamed_on_its_line(pure, old, new, line, column):
    """The keys of the item above are another mapping's: that it has a
    'summary' does not make this line's 'summary' a key written twice."""
    error = _error(_TWO_LEVELS.replace(old, new, 1), pure)
    meant = _TWO_LEVELS.splitlines()[line - 1].strip()
    assert error.message.endswith(f"without the ':' after it, so YAML reads the whole line as one text; write `{meant}`")
    assert (error.position.line, error.position.column) == (line, column)


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(
    ("old", "line", "column"),
    [("    title: Engineer I", 16, 11), ("track: Backend Engineer", 4, 7), ("  - id: IC1", 15, 8)],
)
def test_a_key_without_a_space_after_its_colon_is_told_to_have_one(pure, old, line, column):
    error = _error(MINIMAL.replace(old, old.replace(": ", ":", 1), 1), pure)
    key = old.strip(" -").split(":")[0]
    assert error.message == (f"invalid YAML: line {line} has no space after the ':' of the key '{key}', so YAML "
                             "reads the whole line as one text; a ':' ends a key only with a space after it: "
                             f"write `{MINIMAL.splitlines()[line - 1].strip()}`")
    assert (error.position.line, error.position.column) == (line, column)


@pytest.mark.parametrize(
    "text",
    [
        MINIMAL.replace("    summary: Delivers", "    summary : Delivers"),  # a space before the ':' is YAML
        MINIMAL.replace("    summary: Delivers well-scoped tasks",
                        "    summary: Delivers well-scoped tasks\n      -with guidance"),  # a text goes on
        MINIMAL.replace("    summary: Delivers well-scoped tasks",
                        "    summary: Delivers well-scoped\n      title of the work"),
        MINIMAL.replace("        - I deliver", "        - -I deliver"),  # a text that starts with '-'
    ],
)
def test_valid_yaml_that_looks_like_a_slip_reads(cli, write, text):
    assert cli("check", "--select", "LL1", str(write("f.yaml", text))).exit_code == 0


@pytest.mark.parametrize("pure", PARSERS)
@pytest.mark.parametrize(
    ("text", "start"),
    [
        # The end of the text above, under-indented: not a key the format names.
        (MINIMAL.replace("    summary: Delivers well-scoped tasks", "    summary: Delivers well-scoped\n    tasks with "
                         "guidance"), "invalid YAML: line 18 starts 2 spaces less"),
        # A key the format names, but not one a level has.
        (MINIMAL.replace("    summary: Delivers well-scoped tasks", "    summary: Writes well-structured\n    source code "
                         "for the team"), "invalid YAML: line 18 starts 2 spaces less"),
        (MINIMAL.replace("    summary: Delivers", "    Summary Delivers"), "invalid YAML: line 17 starts"),
        # A text that stops mid-sentence goes on below, indented too little,
        # with a first word that is also a key the framework has not written.
        (MINIMAL.replace('version: "1.0.0"\n', 'version: "1.0.0"\ndescription: How we grow. The wiki is the\nsource '
                         'of truth.\n'), "invalid YAML: line 7 starts 2 spaces less"),
        (MINIMAL.replace('version: "1.0.0"\n', 'version: "1.0.0"\ndescription: We grow engineers,\nsource '
                         'first.\n'), "invalid YAML: line 7 starts 2 spaces less"),
        # Another mistake near a slip-shaped line keeps its own message.
        (MINIMAL.replace("    title: Engineer I", "\ttitle: Engineer I"), "invalid YAML: line 16 is indented with a tab"),
        (MINIMAL.replace("        name: Impact", "       name: Impact"), "invalid YAML: line 13 starts 1 space less"),
    ],
)
def test_other_mistakes_are_not_told_they_lack_a_colon_or_a_space(pure, text, start):
    error = _error(text, pure)
    assert error.message.startswith(start)
    assert "without the ':'" not in error.message and "no space after" not in error.message


@pytest.mark.parametrize(("written", "slip"), [("name Acme", "has the key 'name' without the ':' after it"),
                                              ("name:Acme", "has no space after the ':' of the key 'name'")])
def test_a_mapping_of_one_key_without_its_colon_says_so(cli, write, written, slip):
    """`organisation:` over `  name Acme` is valid YAML: a text where a
    mapping belongs; the message says which ':' made it one."""
    path = write("f.yaml", MINIMAL.replace("  name: Acme", f"  {written}"))
    run = cli("check", "--format", "concise", "--select", "LL103", str(path))
    assert [line for line in run.lines if "LL103" in line] == [f"{path}:7:3: LL103 [error] the organisation must be a mapping, not text (it {slip}, so YAML "
                         "reads it as text; write `name: Acme`)"]
    other = write("g.yaml", MINIMAL.replace("  name: Acme", "  Acme Corporation"))
    assert "write `" not in cli("check", "--format", "concise", "--select", "LL103", str(other)).output


@pytest.mark.parametrize("statement, expected", [
    ('I follow the principle: "you build it, you run it"', 'I follow the principle: "you build it, you run it"'),
    ("Principle: 'ship small' guides my work", "Principle: 'ship small' guides my work"),
])
def test_the_quoted_statement_keeps_the_quotes_written_after_its_colon(cli, write, statement, expected):
    """The value after ': ' was itself in quotes: the statement suggested
    keeps them, and the line as suggested reads back as the statement."""
    text = MINIMAL.replace("I deliver my tasks on time", statement)
    path = write("f.yaml", text)
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    [error] = [line for line in run.lines if "[error]" in line]
    suggested = error.split(" in quotes: - ", 1)[1]
    fixed = write("g.yaml", text.replace(f"- {statement}", f"- {suggested}"))
    data = load_document(str(fixed), fixed.read_bytes()).data
    assert data["levels"][0]["competencies"]["impact"][0] == expected


def test_a_flag_where_text_is_asked_for_is_not_told_to_be_quoted(cli, write):
    """`not_applicable: true` is a flag, not the word "true": the reason is
    asked for, not `not_applicable: "true"`."""
    path = write("f.yaml", MINIMAL.replace("      impact:\n        - I deliver my tasks on time\n",
                                           "      impact:\n        not_applicable: true\n"))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    [error] = [line for line in run.lines if "[error]" in line]
    assert error.endswith("'not_applicable' of 'impact' at level 'IC1' must be text, not true or false; write the "
                          "text itself: YAML reads true as a yes-or-no flag")


@pytest.mark.parametrize("before, after", [
    ("- I deliver my tasks on time", "- I deliver my tasks  # ladderlint: disable=LL502 -- as published\n          on time"),
    ("summary: Delivers well-scoped tasks", "summary: Delivers well-scoped  # to do\n      tasks"),
])
def test_a_comment_after_the_first_line_of_a_wrapped_text_is_said_to_end_it(cli, write, before, after):
    """YAML ends a plain text at a comment: the line below, which goes on
    with the text, no longer reads. Said so, at the comment, rather than as
    a line indented too far."""
    assert before in MINIMAL
    text = MINIMAL.replace(before, after)
    path = write("f.yaml", text)
    run = cli("check", "--format", "concise", str(path))
    [error] = [line for line in run.lines if "[error]" in line]
    line = text.split("\n").index(next(x for x in text.split("\n") if "#" in x and x.strip()[0] != "#")) + 1
    column = text.split("\n")[line - 1].index("#") + 1
    assert error.startswith(f"{path}:{line}:{column}: LL003 [error] invalid YAML: the comment on line {line} ('#")
    assert f"ends the text there, so line {line + 1}, which goes on with it, cannot be read" in error


@pytest.mark.parametrize(
    ("written", "fixed"),
    [
        ("- Support: I answer questions in the channel", '- "Support: I answer questions in the channel"'),
        ("- Testing: I write tests for #payments code", '- "Testing: I write tests for #payments code"'),
        ("- Review: I review designs  # TODO reword", '- "Review: I review designs"  # TODO reword'),
        ('- I follow the principle: "you build it, you run it"',
         """- 'I follow the principle: "you build it, you run it"'"""),
        ("- \u201cI lead: teams\u201d", '- "I lead: teams"'),
    ],
)
def test_fix_quotes_a_statement_yaml_split_at_a_colon(cli, write, tmp_path, written, fixed):
    """LL103's quoted statement, written by --fix: only the item changes, a
    comment written as one stays, and a second --fix changes nothing."""
    text = MINIMAL.replace("        - I deliver my tasks on time\n",
                           f"        {written}\n        - I deliver my tasks on time  # kept\n")
    path = write("f.yaml", text)
    run = cli("check", "--format", "concise", "--select", "LL1", "--fix", "f.yaml", cwd=tmp_path)
    assert path.read_text() == text.replace(written, fixed), run.output + run.stderr
    assert run.exit_code == 0, run.output
    assert run.stderr == "ladderlint: fixed 1 problem in 1 file\n"
    again = cli("check", "--format", "concise", "--select", "LL1", "--fix", "f.yaml", cwd=tmp_path)
    assert again.exit_code == 0 and again.stderr == "" and path.read_text() == text.replace(written, fixed)


def test_a_comment_written_as_one_is_not_part_of_the_quoted_statement(cli, write):
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", "Review: I review designs  # TODO reword"))
    run = cli("check", "--format", "concise", "--select", "LL1", str(path))
    [error] = [line for line in run.lines if "[error]" in line]
    assert error.endswith("so YAML read it as a key and a value; put the statement in quotes: - "
                          '"Review: I review designs"')
