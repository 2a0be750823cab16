"""LL205 names the nearest level below that says a statement nearly the
same, where the same statement is said word for word at two levels below
it (the fifteenth new-user trial: a Staff statement was said nearly the same
as at Software Engineer 2, where Senior, right below, says it too)."""
from __future__ import annotations

from model_rules_helpers import ONE_DIMENSION, findings


def _ladder(statements: list[str]) -> str:
    levels = "".join(f"  - id: L{n}\n    title: Level {n}\n    summary: Works at level {n}\n    competencies:\n"
                     f"      impact:\n        - {text}\n        - Ships work number {n} of the year\n"
                     for n, text in enumerate(statements, start=1))
    return ONE_DIMENSION + "levels:\n" + levels


def test_the_nearest_level_below_is_named(cli, write):
    found = findings(cli, write, _ladder(["Writes docs", "Is interview-trained and shares the interview load",
                                          "Is interview-trained and shares the interview load", "Is interviewing trained and shares the interview load"]),
                     "LL205")
    near = [line for line in found if "nearly the same" in line]
    assert len(near) == 1 and "nearly the same as at level 'L3'" in near[0], found


def test_a_statement_said_at_one_level_below_is_named_as_before(cli, write):
    """Near miss: said at one level only, that level is named, however far below."""
    found = findings(cli, write, _ladder(["Is interview-trained and shares the interview load", "Writes docs", "Reviews designs",
                                          "Is interviewing trained and shares the interview load"]), "LL205")
    near = [line for line in found if "nearly the same" in line]
    assert len(near) == 1 and "nearly the same as at level 'L1'" in near[0], found
