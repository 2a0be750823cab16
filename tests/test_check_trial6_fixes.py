"""Findings of `check` found wrong by the sixth check trial: suppressions
written inside block text, in upper case or with an autocorrected dash."""

from __future__ import annotations

import pytest

from rule_helpers import findings, framework_yaml

BRAND = "I represent Monzo at meetups"


def with_block(*lines: str) -> str:
    """A framework whose first statement is a folded block of ``lines``."""
    text = framework_yaml(["I deliver my tasks on time"])
    body = "".join(f"          {line}\n" for line in lines)
    return text.replace('        - "I deliver my tasks on time"\n', f"        - >\n{body}")


def test_suppression_inside_block_text_is_reported_as_text(cli, write):
    path = write("f.yaml", with_block("I represent Monzo at meetups", "# ladderlint: disable=LL301 -- inside"))
    found = findings(cli, path, select="LL301,LL012")
    assert found[0].startswith(f"{path}:23:23: LL301 [error]")
    assert found[1:] == [
        f"{path}:24:11: LL012 [warning] this `# ladderlint:` is inside the block text of line 22, not a comment: "
        "it is part of the text (and would be published); move it to the end of line 22 or to a line of its "
        "own above it",
    ]


def test_suppression_after_text_inside_a_block_is_reported(cli, write):
    path = write("f.yaml", with_block("I represent Monzo at meetups # ladderlint: disable=LL301 -- inside"))
    assert [line.split(" [")[0] for line in findings(cli, path, select="LL301,LL012")] == [
        f"{path}:23:23: LL301", f"{path}:23:40: LL012",
    ]


def test_suppression_in_quotes_is_text_and_not_reported(cli, write):
    path = write("f.yaml", framework_yaml([f"{BRAND} # ladderlint: disable=LL301 -- quoted"]))
    assert [line.split(" [")[0] for line in findings(cli, path, select="LL301,LL012")] == [f"{path}:22:24: LL301"]


@pytest.mark.parametrize("comment", [
    "# LADDERLINT: disable=LL301 -- upper",
    "# Ladderlint: DISABLE=foreign-brand -- mixed",
    "# ladderlint: disable-FILE=ll301 -- lower code",
])
def test_suppression_is_read_in_any_case(cli, write, comment):
    path = write("f.yaml", framework_yaml([BRAND]).replace(f'"{BRAND}"', f'"{BRAND}"  {comment}'))
    assert findings(cli, path, select="LL301,LL010,LL011,LL012") == []


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "--"])
def test_an_en_or_em_dash_starts_the_reason(cli, write, dash):
    comment = f"# ladderlint: disable=LL301 {dash} we co-host with them"
    path = write("f.yaml", framework_yaml([BRAND]).replace(f'"{BRAND}"', f'"{BRAND}"  {comment}'))
    assert findings(cli, path, select="LL301,LL010,LL011,LL012") == []


def test_a_dash_with_no_reason_after_it_is_still_without_a_reason(cli, write):
    comment = "# ladderlint: disable=LL301 \u2014"
    path = write("f.yaml", framework_yaml([BRAND]).replace(f'"{BRAND}"', f'"{BRAND}"  {comment}'))
    assert [line.split(" [")[0] for line in findings(cli, path, select="LL301,LL010,LL011,LL012")] == [
        f"{path}:22:43: LL011",
    ]


# --- positions: a run of white space, a block with an indentation indicator ---------


def json_spans(cli, path, select: str) -> list[tuple[str, int, int, int, int]]:
    run = cli("check", "--format", "json", "--select", select, "--fail-on", "never", str(path))
    return [(f["code"], f["line"], f["column"], f["end_line"], f["end_column"]) for f in run.json()["findings"]]


def test_trailing_spaces_are_found_where_they_start_and_covered_whole(cli, write):
    path = write("f.yaml", framework_yaml(["Ships it  ", "Ships it too "]))
    # '"Ships it  "' opens at column 11: the spaces are columns 20 and 21.
    assert json_spans(cli, path, "LL503") == [("LL503", 22, 20, 22, 22), ("LL503", 23, 24, 23, 25)]


def test_leading_spaces_are_covered_whole(cli, write):
    path = write("f.yaml", framework_yaml(["   Ships it"]))
    assert json_spans(cli, path, "LL503") == [("LL503", 22, 12, 22, 15)]


def test_the_line_break_a_block_keeps_is_not_part_of_the_trailing_run(cli, write):
    path = write("f.yaml", with_block("Keeps notes").replace("        - >\n", "        - >+\n") + "\n")
    assert json_spans(cli, path, "LL503") == [("LL503", 24, 1, 25, 1)]


def test_a_block_with_an_indentation_indicator_points_at_the_words(cli, write):
    text = with_block("   Indented  more text").replace("        - >\n", "        - >2\n")
    path = write("f.yaml", text)
    # The '-' is at column 9 and the indicator is 2: the text starts at column 11.
    assert json_spans(cli, path, "LL502,LL503") == [
        ("LL503", 23, 11, 23, 14), ("LL502", 23, 22, 23, 24),
    ]


def test_a_block_with_an_indentation_indicator_is_fixed_in_place(cli, write):
    text = with_block("   Indented  more text").replace("        - >\n", "        - >2\n")
    path = write("f.yaml", text)
    run = cli("check", "--format", "concise", "--select", "LL502", "--fix", str(path))
    assert (run.exit_code, run.stderr) == (0, "ladderlint: fixed 1 problem in 1 file\n")
    assert path.read_text(encoding="utf-8") == text.replace("Indented  more", "Indented more")


# --- --fix says what it did and did not do ------------------------------------------


def test_a_fix_refused_by_fix_is_not_offered_by_its_report(cli, write):
    # The second space is where the folded lines join: the block must be written anew.
    text = with_block("I keep the notes ", "up to date").replace("        - >\n", "        - >2\n")
    path = write("f.yaml", text)
    run = cli("check", "--format", "text", "--select", "LL502", "--fix", str(path))
    assert run.stderr == (
        f"{path}:23:27: LL502 not fixed: this change is not within the lines of a block scalar with an "
        "indentation indicator or `+` chomping, which is not rewritten whole\n"
    )
    assert "[fixable]" not in run.output and "can be fixed" not in run.output
    assert path.read_text(encoding="utf-8") == text


def test_a_plus_chomped_block_is_fixed_within_its_lines(cli, write):
    text = with_block("Keeps  notes", "").replace("        - >\n", "        - >+\n")
    path = write("f.yaml", text)
    run = cli("check", "--format", "text", "--select", "LL502", "--fix", str(path))
    assert (run.stderr, run.output) == ("ladderlint: fixed 1 problem in 1 file\n",
                                        "All checks passed (1 framework checked).\n")
    assert path.read_text(encoding="utf-8") == text.replace("Keeps  notes", "Keeps notes")


def test_fix_says_a_file_with_a_duplicate_key_is_not_rewritten_until_it_is_fixed(cli, write):
    text = framework_yaml(["I ship the the work"]) + "levels:\n  - id: IC2\n"
    path = write("f.yaml", text)
    run = cli("check", "--format", "text", "--select", "LL501", "--fix", str(path))
    assert run.stderr == (
        f"{path}:22:19: LL501 not fixed: the file cannot be rewritten until its LL007 error (line 23) is fixed\n"
    )
    assert "LL007" in run.output and "[fixable]" not in run.output and "can be fixed" not in run.output
    assert path.read_text(encoding="utf-8") == text


# --- LL407: a regular expression's character class is no term ------------------------


@pytest.mark.parametrize("statement", [
    "I write regexes such as a*b* and [a-z]*.",
    "I match names with [A-Za-z0-9_]* in the linter.",
    "I strip [^a-z]* and [\\d.]* from the input.",
])
def test_ll407_a_character_class_before_a_star_is_no_term(cli, write, statement):
    path = write("f.yaml", framework_yaml([statement]))
    assert findings(cli, path, select="LL407") == []


def test_ll407_a_term_in_brackets_is_still_a_term(cli, write):
    path = write("f.yaml", framework_yaml(["I know the [ML lifecycle]* and [pre-commit]* hooks."]))
    assert [line.split("[error] ")[1].split(" in ")[0] for line in findings(cli, path, select="LL407")] == [
        "'ML lifecycle*'", "'pre-commit*'",
    ]
