"""A level's line that names it in a pay system ('Salary.com role name for
base salary: Web Designer I', 'Pay band: L3') is a fact of the level, its
description, not a statement; so is experience given in months ('Usually at
least 12 months of project domain knowledge'), as in years."""

from __future__ import annotations

import pytest

from import_helpers import imported


def page(extra: list[str]) -> str:
    return "# Design Career\n\n" + "".join(
        f"## {title}\n\n* Follows existing design patterns at level {n}.\n* Creates wireframes at level {n}.\n"
        f"* {line.format(n=n)}\n\n"
        for n, (title, line) in enumerate(zip(["Junior Designer", "Designer"], extra), start=1))


@pytest.mark.parametrize("line", [
    "Salary.com role name for base salary: `Web Designer {n}`",
    "Pay band: L{n}",
    "Usually at least {n}2 months of project domain knowledge.",
    "At least {n}8 months of design experience",
])
def test_a_fact_of_the_level_goes_to_its_description(cli, write, line):
    data, run = imported(cli, write("design.md", page([line, line])), "--org", "Niteo")
    for n, level in enumerate(data["levels"], start=1):
        said = line.format(n=n).replace("`", "")
        assert said in level.get("description", "").replace("`", "")
        assert all(said not in s.replace("`", "") for c in level["competencies"].values() for s in c)
    assert "went to the level's description, not its statements" in run.stderr


@pytest.mark.parametrize("line", [
    "Compensation: Explains how pay equity works to the team.",  # a behaviour under a pay word
    "Plans at least {n} months ahead for the design roadmap.",  # months that are no experience
    "Delivers projects of {n} months with little guidance.",
])
def test_a_behaviour_that_mentions_pay_or_months_stays_a_statement(cli, write, line):
    data, _ = imported(cli, write("design.md", page([line, line])), "--org", "Niteo")
    for n, level in enumerate(data["levels"], start=1):
        assert line.format(n=n) in [s for c in level["competencies"].values() for s in c]
