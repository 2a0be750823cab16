"""Findings of `check` found wrong by the seventh check trial: names that
double a word, statements about markup, and placeholder words the text
talks about."""

from __future__ import annotations

import pytest

from rule_helpers import findings, framework_yaml


def fixed(cli, path, select: str) -> str:
    """The file at ``path`` after `check --fix --select CODES`."""
    cli("check", "--isolated", "--fix", "--select", select, "--fail-on", "never", str(path))
    return path.read_text(encoding="utf-8")


# --- LL501: a name that doubles an English word, in mid-sentence ---------------------

NAMES = [
    "I support customers in Bora Bora and Pago Pago.",
    "I know the Baden Baden spa partners by name.",
    "I handle the Sing Sing Correctional Facility account.",
    "I visit our offices in Lyon, Bora Bora and Baden-Baden.",
]


def test_ll501_a_name_that_doubles_an_english_word_is_not_reported(cli, write):
    path = write("f.yaml", framework_yaml(NAMES))
    assert findings(cli, path, select="LL501") == []


def test_ll501_fix_leaves_a_name_that_doubles_an_english_word_whole(cli, write):
    path = write("f.yaml", framework_yaml([*NAMES, "I review the the plan with my lead."]))
    text = fixed(cli, path, "LL501")
    for name in NAMES:
        assert name in text
    assert "I review the plan with my lead." in text


@pytest.mark.parametrize(("statement", "repaired"), [
    ("I review the the plan with my lead.", "I review the plan with my lead."),
    ("I ship and I I review.", "I ship and I review."),
    ("Team Team leads plan the roadmap.", "Team leads plan the roadmap."),
    ("I ship. Team team leads plan.", "I ship. Team leads plan."),
    ("I lead the Platform Team Team and its roadmap.", "I lead the Platform Team and its roadmap."),
    ("I deploy to Kubernetes Kubernetes clusters.", "I deploy to Kubernetes clusters."),
])
def test_ll501_slips_are_still_reported_and_fixed(cli, write, statement, repaired):
    path = write("f.yaml", framework_yaml([statement]))
    assert len(findings(cli, path, select="LL501")) == 1
    assert repaired in fixed(cli, path, "LL501")
