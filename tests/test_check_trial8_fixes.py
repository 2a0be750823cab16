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
