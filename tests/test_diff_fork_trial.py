"""Grades a trial on forks of a public progression framework found wrong,
each read by a general rule of how people edit: a sentence taken out whole
takes its help with it, and asks less; a copy of a statement the framework
keeps elsewhere, put in the place of another, is no rewording of it."""

from __future__ import annotations

import pytest
import yaml
from diffkit import BASE, cell, data, diff

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A sentence taken out whole, help and all: what it asked is no longer asked.
        ("Pulls knowledge from well defined processes and procedures. Has development goals they've set with "
         "their manager and makes progress on these. Owns and drives their own development.",
         "Pulls knowledge from well defined processes and procedures.", "lowers-bar"),
        ("Writes tests. Pairs with a senior engineer on designs.", "Writes tests.", "lowers-bar"),
        ("Ships features. Plans work with guidance from their lead.", "Ships features.", "lowers-bar"),
        # Put in whole, it is one more thing asked.
        ("Writes tests.", "Writes tests. Pairs with a senior engineer on designs.", "raises-bar"),
        # Help taken out of a sentence that stays is still more autonomy.
        ("Plans work with guidance from their lead.", "Plans work.", "raises-bar"),
        ("Ships features. Plans work with guidance from their lead.", "Ships features. Plans work.", "raises-bar"),
    ],
)
def test_a_sentence_taken_out_whole_takes_its_help_with_it(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


# A statement replaced in its place by a copy of one the framework keeps at another level: the one
# replaced is no longer asked, and the copy is now asked here too. Reading the copy as a rewording of
# the statement it took the place of hid the removal from `--fail-on lowers-bar`.
_COPIED = "I deliver features that my team agreed on without close guidance"


def _copied_in_place(document):
    cell(document, "IC1", "ownership")[0] = _COPIED  # "I own my failures and learn from them" gone


def test_a_copy_of_a_statement_kept_elsewhere_is_no_rewording_of_the_one_it_replaced():
    changes = [(c.kind.value, c.impact.value, c.level, c.old, c.new) for c in diff(_copied_in_place)]
    assert ("statement-removed", "lowers-bar", "IC1", "I own my failures and learn from them", None) in changes
    assert ("statement-added", "raises-bar", "IC1", None, _COPIED) in changes
    assert not [c for c in changes if c[0] == "statement-reworded"]


def test_a_copy_in_place_of_a_statement_does_not_walk_around_the_gate(cli, write):
    old = write("old/acme.yaml", BASE)
    document = data()
    _copied_in_place(document)
    new = write("new/acme.yaml", yaml.safe_dump(document, sort_keys=False, allow_unicode=True))
    assert cli("diff", "--fail-on", "lowers-bar", str(old), str(new)).exit_code == 1


def test_a_statement_reworded_in_place_is_still_a_rewording():
    def reworded(document):
        cell(document, "IC1", "ownership")[0] = "I own my mistakes and learn from them"

    assert [(c.kind.value, c.level) for c in diff(reworded)] == [("statement-reworded", "IC1")]


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A collective is a group of squads (the unit many progression frameworks name): one group for another
        # is the same scope, a squad a narrower one, a collective a wider one than a squad.
        ("Shares insight and works with employees across People and other collectives to influence plans.",
         "Shares insight and works with employees across People and other squads to influence plans.", "editorial"),
        ("Works on projects within their discipline or partner collective (e.g. ER for COps).",
         "Works on projects within their discipline or partner squads (e.g. training for Engineers).", "editorial"),
        ("Knows how their discipline applies to a specific area or Collective.",
         "Knows how their discipline applies to a specific area or Squad.", "lowers-bar"),
        ("Drives initiatives in their squad", "Drives initiatives across their collective", "raises-bar"),
    ],
)
def test_a_collective_is_a_group_of_squads(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A sentence put in that points back at the one before ("does so", "them", its verb again) says how
        # that one is done: on a condition, still learning. It asks less, as it does put in the same sentence.
        ("Leads incidents.", "Leads incidents. Does so only when asked by their manager."),
        ("Leads incidents.", "Leads incidents. Is still learning to lead them."),
        ("Designs services independently.", "Designs services. Learning to design services independently."),
    ],
)
def test_a_sentence_put_in_to_narrow_the_one_before_lowers_the_bar(old, new):
    assert grade(old, new).impact.value == "lowers-bar", grade(old, new).reasons
