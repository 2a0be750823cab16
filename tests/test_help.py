"""Help and messages a new user reads: within 80 columns, not cut short,
and pointing at commands or addresses an installed copy has."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from ladderlint.cli import main

COMMANDS = sorted(main.commands)


def _help(*args: str) -> str:
    # As wide a terminal as anyone has: the help must still keep to 80 columns.
    result = CliRunner().invoke(main, [*args, "--help"], env={"COLUMNS": "200"}, prog_name="ladderlint")
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_keeps_within_80_columns(command):
    lines = _help(*([command] if command else [])).splitlines()
    assert [line for line in lines if len(line) > 80] == []


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_names_no_file_an_installed_copy_lacks(command):
    assert "docs/" not in _help(*([command] if command else [])).replace("/main/docs", "")


def test_command_summaries_are_not_cut():
    listing = _help().split("Commands:", 1)[1]
    assert "..." not in listing
    assert "explain  Print one rule's documentation." in listing


def test_rules_help_describes_format():
    assert "json: every rule's metadata" in " ".join(_help("rules").split())


def test_sarif_help_is_markdown_without_stray_code_blocks():
    from markdown_it import MarkdownIt

    from ladderlint.rules import registry

    for rule in registry().rules:
        tokens = MarkdownIt().parse(rule.docs_markdown())
        # Only the examples' fences are code; prose indented in the docstring is not.
        assert [t.type for t in tokens if t.type == "code_block"] == [], rule.code
        if "Why this matters:" in rule.docs():
            assert "**Why this matters**" in rule.docs_markdown()


def test_rule_docs_name_no_file_an_installed_copy_lacks():
    from ladderlint.rules import registry

    for rule in registry().rules:
        assert "docs/" not in rule.docs().replace("/main/docs/", ""), rule.code
