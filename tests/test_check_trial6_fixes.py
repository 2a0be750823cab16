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
