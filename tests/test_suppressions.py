"""Inline suppressions: line, next line and file; and the findings about
suppressions themselves (unused, no reason, unknown or unreadable)."""

from __future__ import annotations

import pytest

from conftest import MINIMAL, own_framework
from fixing_rule import collapse_spaces, same_id_across_files  # noqa: F401  (fixtures)

# MINIMAL with a second competency 'impact': LL110 at 14:13 (the id value).
TWICE = MINIMAL.replace(
    "      - id: impact\n        name: Impact\n",
    "      - id: impact\n        name: Impact\n      - id: impact{comment}\n        name: Impact again\n",
)
REASON = " -- kept while the dimensions are merged"


def concise(cli, *args, cwd):
    return cli("check", "--format", "concise", *args, cwd=cwd)


def twice(comment: str = "") -> str:
    return TWICE.replace("{comment}", comment)


def test_without_suppression_the_finding_is_reported(cli, write, tmp_path):
    write("f.yaml", twice())
    assert concise(cli, "f.yaml", cwd=tmp_path).lines[0].startswith("f.yaml:14:13: LL110 [error]")


def test_trailing_comment_suppresses_its_line(cli, write, tmp_path):
    write("f.yaml", twice(f"  # ladderlint: disable=LL110{REASON}"))
    run = concise(cli, "f.yaml", cwd=tmp_path)
    assert (run.exit_code, run.lines) == (0, ["All checks passed (1 framework checked)."])


def test_rules_can_be_named_by_name(cli, write, tmp_path):
    write("f.yaml", twice(f"  # ladderlint: disable=duplicate-id{REASON}"))
    assert concise(cli, "f.yaml", cwd=tmp_path).exit_code == 0


def test_comment_on_its_own_line_applies_to_the_next_line(cli, write, tmp_path):
    text = twice().replace(
        "      - id: impact\n        name: Impact again",
        f"      # ladderlint: disable=LL110{REASON}\n\n      # (another comment)\n"
        "      - id: impact\n        name: Impact again",
    )
    write("f.yaml", text)
    assert concise(cli, "f.yaml", cwd=tmp_path).lines == ["All checks passed (1 framework checked)."]


def test_own_line_comment_does_not_reach_further(cli, write, tmp_path):
    text = twice().replace(
        "      - id: impact\n        name: Impact again",
        f"      # ladderlint: disable=LL110{REASON}\n      - name: x\n        id: y\n"
        "      - id: impact\n        name: Impact again",
    )
    write("f.yaml", text)
    # LL405 would also report the unused competency 'y': not what this is about.
    assert concise(cli, "--ignore", "LL405", "f.yaml", cwd=tmp_path).lines == [
        "f.yaml:14:29: LL010 [warning] unused suppression: LL110 duplicate-id reports nothing on line 15; "
        "remove it",
        "f.yaml:17:13: LL110 [error] competency id 'impact' is used twice (first by competency 'Impact')",
        "Found 2 problems (1 error, 1 warning); 1 framework checked.",
    ]


def test_disable_file_anywhere(cli, write, tmp_path):
    write("f.yaml", twice() + f"# ladderlint: disable-file=LL110{REASON}\n")
    assert concise(cli, "f.yaml", cwd=tmp_path).exit_code == 0


def test_unused_suppressions_are_reported_per_code(cli, write, tmp_path, collapse_spaces):
    text = twice(f"  # ladderlint: disable=LL110, LL990{REASON}")
    text = "# ladderlint: disable-file=collapse-spaces" + REASON + "\n" + text
    write("f.yaml", text)
    assert concise(cli, "f.yaml", cwd=tmp_path).lines == [
        "f.yaml:1:28: LL010 [warning] unused suppression: LL990 collapse-spaces reports nothing in this file; "
        "remove it",
        "f.yaml:15:50: LL010 [warning] unused suppression: LL990 collapse-spaces reports nothing on this line; "
        "remove it",
        "Found 2 problems (2 warnings); 1 framework checked.",
    ]


def test_suppression_of_a_rule_that_is_not_enabled_is_not_reported(cli, write, tmp_path, collapse_spaces):
    write("f.yaml", twice(f"  # ladderlint: disable=LL110,LL990{REASON}"))
    assert concise(cli, "--ignore", "LL990", "f.yaml", cwd=tmp_path).exit_code == 0
    write(".ladderlint.yaml", 'per-file-ignores:\n  "f.yaml": [LL990]\n')
    assert concise(cli, "f.yaml", cwd=tmp_path).lines == ["All checks passed (1 framework checked)."]


def test_missing_reason_is_reported_but_still_suppresses(cli, write, tmp_path):
    write("f.yaml", twice("  # ladderlint: disable=LL110"))
    assert concise(cli, "f.yaml", cwd=tmp_path).lines == [
        "f.yaml:14:21: LL011 [warning] suppression without a reason; add one after `--`, "
        "such as `-- quoted from the source`",
        "Found 1 problem (1 warning); 1 framework checked.",
    ]
    write("f.yaml", twice("  # ladderlint: disable=LL110 --  "))
    assert " LL011 " in concise(cli, "f.yaml", cwd=tmp_path).lines[0]


def test_unknown_prefix_and_input_error_codes(cli, write, tmp_path):
    write("f.yaml", twice(f"  # ladderlint: disable=LL110,LL1O1,LL1,LL003,dupe{REASON}"))
    assert concise(cli, "f.yaml", cwd=tmp_path).lines == [
        "f.yaml:14:49: LL012 [warning] unknown rule 'LL1O1' (did you mean 'LL101'?); this suppression does nothing for it",
        "f.yaml:14:55: LL012 [warning] 'LL1' is a code prefix; name each rule "
        "(a prefix would also silence rules added later)",
        "f.yaml:14:59: LL012 [warning] LL003 yaml-syntax cannot be suppressed: "
        "a file that cannot be read is always reported",
        "f.yaml:14:65: LL012 [warning] unknown rule 'dupe'; this suppression does nothing for it",
        "Found 4 problems (4 warnings); 1 framework checked.",
    ]


@pytest.mark.parametrize("every", ["ALL", "all"])
def test_all_is_refused_with_its_reason_as_a_prefix_is(cli, write, tmp_path, every):
    # `--select ALL` runs every rule; a suppression names the rules it silences, and still silences those.
    write("f.yaml", twice(f"  # ladderlint: disable=LL110,{every}{REASON}"))
    assert concise(cli, "f.yaml", cwd=tmp_path).lines == [
        f"f.yaml:14:49: LL012 [warning] '{every}' names every rule; a suppression names each rule it silences "
        "(ALL would also silence rules added later)",
        "Found 1 problem (1 warning); 1 framework checked.",
    ]


def test_unreadable_suppressions(cli, write, tmp_path):
    write("f.yaml", twice("  # ladderlint: enable=LL110"))
    run = concise(cli, "f.yaml", cwd=tmp_path)
    assert run.lines[0].startswith("f.yaml:14:13: LL110 [error]")
    assert run.lines[1] == (
        "f.yaml:14:21: LL012 [warning] cannot read this suppression; write "
        "`# ladderlint: disable=CODE -- reason` or `# ladderlint: disable-file=CODE -- reason`"
    )
    write("f.yaml", twice(f"  # ladderlint: disable=LL110 LL101{REASON}"))
    assert concise(cli, "f.yaml", cwd=tmp_path).lines[1] == (
        "f.yaml:14:43: LL012 [warning] cannot read the rule codes; separate them with commas, "
        "then write ` -- ` and the reason"
    )


def test_hash_inside_quoted_and_block_scalars_is_not_a_comment(cli, write, tmp_path):
    text = twice().replace(
        "        - I deliver my tasks on time\n",
        '        - "I deliver # ladderlint: disable=LL110 -- not a comment"\n'
        "        - |\n          # ladderlint: disable-file=LL110 -- text, not a comment\n",
    )
    write("f.yaml", text)
    run = concise(cli, "f.yaml", cwd=tmp_path)
    # The one in the block is reported: it reads as a comment, but would be published.
    assert [line.split(" [")[0] for line in run.lines[:-1]] == ["f.yaml:14:13: LL110", "f.yaml:24:11: LL012"]


def test_comment_needs_space_before_the_hash(cli, write, tmp_path):
    write("f.yaml", twice("#ladderlint: disable=LL110" + REASON).replace("impact#", "impact #"))
    assert concise(cli, "f.yaml", cwd=tmp_path).exit_code == 0
    write("f.yaml", twice().replace("Impact again", "Impact#ladderlint:disable=LL110" + REASON))
    assert concise(cli, "f.yaml", cwd=tmp_path).exit_code == 1


def test_schema_errors_can_be_suppressed_and_unused_is_not_judged(cli, write, tmp_path):
    broken = MINIMAL.replace("    title: Engineer I\n", "").replace(
        "  - id: IC1\n", f"  - id: IC1  # ladderlint: disable=LL101{REASON}\n"
    ) + f"# ladderlint: disable-file=LL110{REASON}\n"
    write("broken.yaml", broken)
    # LL110 never ran on a framework that fails the schema: not "unused".
    assert concise(cli, "broken.yaml", cwd=tmp_path).lines == ["All checks passed (1 framework checked)."]


def test_findings_of_rules_that_compare_files_are_suppressed(cli, write, tmp_path, same_id_across_files):
    write("a.yaml", MINIMAL)
    write("b.yaml", MINIMAL)
    run = concise(cli, "--select", "LL991", ".", cwd=tmp_path)
    assert run.lines[0] == "b.yaml:2:5: LL991 [error] id also used by a.yaml"
    write("b.yaml", MINIMAL.replace("id: acme-backend", f"id: acme-backend  # ladderlint: disable=LL991{REASON}"))
    assert concise(cli, "--select", "LL991", ".", cwd=tmp_path).lines == ["All checks passed (2 frameworks checked)."]


def test_findings_about_suppressions_are_silenced_file_wide_only(cli, write, tmp_path):
    write("f.yaml", twice("  # ladderlint: disable=LL110") + f"# ladderlint: disable-file=LL011{REASON}\n")
    assert concise(cli, "f.yaml", cwd=tmp_path).exit_code == 0
    assert concise(cli, "f.yaml", cwd=tmp_path).lines == ["All checks passed (1 framework checked)."]
    write("f.yaml", twice(f"  # ladderlint: disable=LL110,LL011{REASON}"))
    assert concise(cli, "f.yaml", cwd=tmp_path).lines[0] == (
        "f.yaml:14:49: LL010 [warning] LL011 suppression-without-reason can only be suppressed file-wide, "
        "with disable-file"
    )
    write("f.yaml", twice(f"  # ladderlint: disable=LL110,LL999{REASON}"))
    assert concise(cli, "--ignore", "LL012", "f.yaml", cwd=tmp_path).exit_code == 0


def test_own_line_comment_at_the_end_of_the_file(cli, write, tmp_path):
    write("f.yaml", MINIMAL + f"# ladderlint: disable=LL110{REASON}\n")
    assert concise(cli, "f.yaml", cwd=tmp_path).lines[0] == (
        "f.yaml:21:23: LL010 [warning] unused suppression: LL110 duplicate-id reports nothing "
        "(no line follows this comment); remove it"
    )


def test_input_errors_cannot_be_suppressed(cli, write, tmp_path):
    write("f.yaml", f"ladderlint: 1\nid: [  # ladderlint: disable-file=LL003{REASON}\n")
    run = concise(cli, "f.yaml", cwd=tmp_path)
    assert run.exit_code == 2 and " LL003 [error] invalid YAML" in run.output


def test_only_files_with_a_marker_are_parsed(monkeypatch, write, tmp_path):
    from ladderlint import checker
    from ladderlint.checker import check_paths

    parsed = []
    original = checker.parse_suppressions
    monkeypatch.setattr(checker, "parse_suppressions", lambda d: parsed.append(d.path) or original(d))
    write("plain.yaml", twice())
    marked = own_framework(twice(f"  # ladderlint: disable=LL110{REASON}"), "marked")
    write("marked.yaml", marked)
    result = check_paths([str(tmp_path)])
    assert [f.file for f in result.findings] == [str(tmp_path / "plain.yaml")]
    assert parsed == [str(tmp_path / "marked.yaml")]


BLOCK_HEADERS = [">", ">-", ">+", "|", "|-", "|+", "|2-", ">2"]


def block_statement(header: str, comment: str, text: str = "I deliver the the tasks on time") -> str:
    """MINIMAL whose statement is a block scalar with ``comment`` on its header line."""
    return MINIMAL.replace("        - I deliver my tasks on time\n", f"        - {header}{comment}\n          {text}\n")


def test_block_scalar_is_checked_without_suppression(cli, write, tmp_path):
    write("f.yaml", block_statement(">-", ""))
    assert concise(cli, "f.yaml", cwd=tmp_path).lines[0].startswith("f.yaml:21:21: LL501 [error]")


@pytest.mark.parametrize("header", BLOCK_HEADERS)
def test_comment_on_a_block_scalar_header_suppresses_its_text(cli, write, tmp_path, header):
    write("f.yaml", block_statement(header, f"  # ladderlint: disable=LL501{REASON}"))
    assert concise(cli, "f.yaml", cwd=tmp_path).lines == ["All checks passed (1 framework checked)."]


@pytest.mark.parametrize("header", BLOCK_HEADERS)
def test_unused_and_invalid_suppressions_on_a_block_scalar_header(cli, write, tmp_path, header):
    comment = f"  # ladderlint: disable=LL110, LL999{REASON}"
    write("f.yaml", block_statement(header, comment, "I deliver my tasks on time"))
    column = len(f"        - {header}  # ladderlint: disable=") + 1
    assert concise(cli, "f.yaml", cwd=tmp_path).lines == [
        f"f.yaml:20:{column}: LL010 [warning] unused suppression: LL110 duplicate-id reports nothing on this line; "
        "remove it",
        f"f.yaml:20:{column + 7}: LL012 [warning] no rule code starts with 'LL999'; this suppression does nothing for it",
        "Found 2 problems (2 warnings); 1 framework checked.",
    ]


def test_comment_on_a_mapping_block_scalar_header(cli, write, tmp_path):
    text = MINIMAL.replace(
        "    summary: Delivers well-scoped tasks\n",
        f"    summary: |-  # ladderlint: disable=LL501{REASON}\n      Delivers the the well-scoped tasks\n",
    )
    write("f.yaml", text)
    assert concise(cli, "f.yaml", cwd=tmp_path).lines == ["All checks passed (1 framework checked)."]
