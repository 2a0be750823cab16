"""What `check` says of YAML that people edit by hand (web editors, pastes
from a word processor): suggestions that can be copied as they are, at the
place of the mistake."""

from __future__ import annotations

import json

from conftest import MINIMAL

_ITEM = "        - I deliver my tasks on time\n"
_LONG = "I deliver my tasks on time and I tell my team early when one of them slips"


def _concise(cli, path) -> str:
    return cli("check", "--isolated", "--format", "concise", str(path)).output


def test_a_statement_in_double_quotes_that_quotes_a_word_is_quoted_whole_without_its_quotes(cli, write):
    path = write("f.yaml", MINIMAL.replace(_ITEM, '        - "I say "done" only when it ships"\n'))
    out = _concise(cli, path)
    assert "put the whole text in quotes: - 'I say \"done\" only when it ships'" in out
    fixed = write("g.yaml", MINIMAL.replace(_ITEM, "        - 'I say \"done\" only when it ships'\n"))
    assert cli("check", "--isolated", str(fixed)).exit_code == 0


def test_a_word_quoted_at_the_start_is_not_taken_for_quotes_around_the_whole(cli, write):
    path = write("f.yaml", MINIMAL.replace(_ITEM, '        - "Always" test "it"\n'))
    assert "put the whole text in quotes: - '\"Always\" test \"it\"'" in _concise(cli, path)


def test_a_statement_without_its_dash_is_shown_whole(cli, write):
    path = write("f.yaml", MINIMAL.replace("      impact:\n" + _ITEM, f"      impact: {_LONG}\n"))
    out = _concise(cli, path)
    assert f"as '- {_LONG}')" in out
    assert "…" not in out


def test_a_bullet_from_a_word_processor_is_shown_whole(cli, write):
    path = write("f.yaml", MINIMAL.replace("      impact:\n" + _ITEM, f"      impact:\n        • {_LONG}\n"))
    out = _concise(cli, path)
    assert f"as '- {_LONG}')" in out
    assert "…" not in out


def test_a_no_break_space_after_the_dash_is_named_and_not_suggested_again(cli, write):
    path = write("f.yaml", MINIMAL.replace(_ITEM, f"        -\u00a0{_LONG}\n"))
    out = _concise(cli, path)
    assert "no-break space (U+00A0)" in out
    assert f"'- {_LONG}'" in out
    assert "\u00a0" not in out


def test_a_text_read_as_a_comment_is_pointed_at_where_it_starts(cli, write):
    path = write("f.yaml", MINIMAL.replace(_ITEM, "        - #1 priority: I deliver\n"))
    assert f"{path}:20:11: LL103" in _concise(cli, path)


def test_a_statement_split_at_a_colon_ends_on_its_own_line(cli, write):
    path = write("f.yaml", MINIMAL.replace(_ITEM, "        - Owns: the roadmap\n"))
    findings = json.loads(cli("check", "--isolated", "--format", "json", str(path)).output)
    finding = next(f for f in findings["findings"] if f["code"] == "LL103")
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (20, 11, 20, 28)


# Two levels, each with two competencies of two statements: room for the
# mistakes below, each of which the test mends as its message says.
_BASE = """\
ladderlint: 1
id: acme-backend
name: Acme Engineering Career Framework
track: Backend Engineer
version: "1.0.0"
organisation:
  name: Acme
dimensions:
  - id: results
    name: Results
    competencies:
      - id: impact
        name: Impact
      - id: quality
        name: Quality
levels:
  - id: IC1
    title: Engineer I
    summary: Delivers well-scoped tasks
    competencies:
      impact:
        - I deliver my tasks on time
        - I ask for help when I am stuck
      quality:
        - I write tests for the code I change
        - I fix the bugs I find in my code
  - id: IC2
    title: Engineer II
    summary: Delivers features
    competencies:
      impact:
        - I deliver features with my team
        - I break my work into small changes
      quality:
        - I review the changes of my team
        - I improve the tests of my team
"""


def _errors(cli, write, text: str) -> list[tuple[int, int, str]]:
    """The errors `check` reports: (line, column, message)."""
    path = write("f.yaml", text)
    findings = json.loads(cli("check", "--isolated", "--format", "json", str(path)).output)["findings"]
    return [(f["line"], f["column"], f["message"]) for f in findings if f["severity"] == "error"]


def _mended(text: str, number: int, line: str | None) -> str:
    """``text`` with line ``number`` written as ``line`` (None: deleted)."""
    lines = text.splitlines()
    if line is None:
        del lines[number - 1]
    else:
        lines[number - 1] = line
    return "\n".join(lines) + "\n"


def test_the_base_is_valid(cli, write):
    assert _errors(cli, write, _BASE) == []


def test_a_statement_wrapped_onto_a_line_at_its_dash_is_blamed_on_that_line(cli, write):
    text = _BASE.replace("        - I deliver my tasks on time\n", "        - I deliver my tasks\n        on time\n")
    (line, column, message), = _errors(cli, write, text)
    assert (line, column) == (23, 9)
    assert message.startswith("invalid YAML: line 23 goes on with the statement on line 22, but starts at column 9, "
                              "not past its '- ': indent it past the '- ' of line 22, to column 11; if it is a new "
                              "statement, start it with '- ' instead, its '-' at column 9 like that of line 22")
    assert _errors(cli, write, _mended(text, 23, " " * 10 + "on time")) == []
    assert _errors(cli, write, _mended(text, 23, " " * 8 + "- on time")) == []


def test_a_statement_wrapped_onto_the_left_edge_is_explained_at_that_line(cli, write):
    text = _BASE.replace("        - I deliver my tasks on time\n", "        - I deliver my tasks\non time\n")
    (line, column, message), = _errors(cli, write, text)
    assert (line, column) == (23, 1)
    assert "could not find" not in message and "indent it past the '- ' of line 22, to column 11" in message
    assert _errors(cli, write, _mended(text, 23, " " * 10 + "on time")) == []


def test_a_statement_without_its_dash_is_blamed_on_its_line(cli, write):
    text = _BASE.replace("        - I ask for help", "        I ask for help")
    (line, column, message), = _errors(cli, write, text)
    assert (line, column) == (23, 9)
    assert message.startswith("invalid YAML: line 23 has no '- '")
    assert "(`- I ask for help when I am stuck`)" in message
    assert _errors(cli, write, _mended(text, 23, "        - I ask for help when I am stuck")) == []


def test_an_item_added_at_the_wrong_depth_is_blamed_not_the_item_above(cli, write):
    text = _BASE.replace("        - I fix the bugs I find in my code\n",
                         "        - I fix the bugs I find in my code\n      - I pair with others\n")
    (line, column, message), = _errors(cli, write, text)
    assert (line, column) == (27, 7)
    assert message.startswith("invalid YAML: line 27 starts 2 spaces less than line 26 above it (column 7, not 9)")
    assert _errors(cli, write, _mended(text, 27, "        - I pair with others")) == []


def test_tabs_on_several_lines_are_all_reported_with_how_far_to_indent(cli, write):
    text = _BASE.replace("        - I write tests", "\t\t- I write tests").replace(
        "    summary: Delivers features", "\tsummary: Delivers features").replace(
        "        - I improve", "\t- I improve")
    errors = _errors(cli, write, text)
    assert [(line, column) for line, column, _ in errors] == [(25, 1), (29, 1), (36, 1)]
    spaces = [int(message.split("indent it with ")[1].split(" ")[0]) for _, _, message in errors[:2]]
    assert spaces == [8, 4]
    # The last line of the file may be a statement or a level written as a text: no width is guessed.
    assert errors[2][2].endswith("YAML indents with spaces only: replace the tab with spaces")
    for (line, _, _), width in zip(errors, spaces + [8]):
        text = _mended(text, line, " " * width + text.splitlines()[line - 1].lstrip("\t"))
    assert _errors(cli, write, text) == []


def test_an_item_left_of_its_key_says_how_far_to_indent_it(cli, write):
    # Tabs replaced with two spaces, where the lines around had eight.
    text = _BASE.replace("        - I deliver my tasks on time\n        - I ask for help when I am stuck\n",
                         "  - I deliver my tasks on time\n")
    (line, column, message), = _errors(cli, write, text)
    assert (line, column) == (22, 3)
    assert message == ("invalid YAML: line 22 is an item of 'impact' (line 21), but starts left of it (column 3); "
                       "indent it with 8 spaces, past the key, so its '-' is at column 9")
    assert _errors(cli, write, _mended(text, 22, "        - I deliver my tasks on time")) == []


def test_several_texts_holding_a_colon_are_all_reported(cli, write):
    text = _BASE.replace("title: Engineer I\n", "title: Engineer: Backend\n").replace(
        "title: Engineer II", "title: Engineer II: Backend")
    errors = _errors(cli, write, text)
    assert [(line, column) for line, column, _ in errors] == [(18, 12), (28, 12)]
    text = _mended(text, 18, '    title: "Engineer: Backend"')
    text = _mended(text, 28, '    title: "Engineer II: Backend"')
    assert [m.split("quotes: ")[1] for _, _, m in errors] == ['title: "Engineer: Backend"',
                                                              'title: "Engineer II: Backend"']
    assert _errors(cli, write, text) == []


def test_a_level_written_as_its_id_alone(cli, write):
    text = _BASE.replace("  - id: IC2", "  - IC2")
    (line, column, message), = _errors(cli, write, text)
    assert (line, column) == (27, 5)
    assert "mapping values" not in message and message.endswith("write `- id: IC2`")
    assert _errors(cli, write, _mended(text, 27, "  - id: IC2")) == []


def test_a_blank_line_holding_a_tab(cli, write):
    text = _BASE.replace("        - I write tests for the code I change\n",
                         "        - I write tests for the code I change\n    \t  \n")
    (line, column, message), = _errors(cli, write, text)
    assert (line, column) == (26, 5)
    assert "looks empty but holds a tab" in message
    assert _errors(cli, write, _mended(text, 26, "")) == []


def test_a_tab_after_the_dash(cli, write):
    text = _BASE.replace("        - I write tests", "        -\tI write tests")
    (line, column, message), = _errors(cli, write, text)
    assert (line, column) == (25, 10)
    assert message.startswith("invalid YAML: line 25 has a tab after its '-' (column 10)")
    assert _errors(cli, write, _mended(text, 25, "        - I write tests for the code I change")) == []


def test_a_statement_with_a_label_wrapped_onto_the_next_line(cli, write):
    text = _BASE.replace("        - I write tests for the code I change\n",
                         "        - Owns: the tests\n          for the code I change\n")
    (line, column, message), = _errors(cli, write, text)
    assert (line, column) == (25, 11)
    assert message.endswith('put the whole statement in quotes, on one line: - "Owns: the tests for the code I change"')
    text = _mended(_mended(text, 26, None), 25, '        - "Owns: the tests for the code I change"')
    assert _errors(cli, write, text) == []
