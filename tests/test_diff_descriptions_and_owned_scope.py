"""Grades of edits seen in real revision histories: a summary's note about
the organisation reworded, a describing sentence put in a summary, the
organisation's name replaced by a word for it, and a scope narrowed to
what the people own; and every grade that moves a bar says why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from ladderlint.cli import main
from ladderlint.diff import Impact, Kind, compare
from ladderlint.diff.grade import grade
from ladderlint.model import build_framework


def _ladder(summary: str | None = None, statement: str = "Uses established patterns to implement tasks.",
            organisation: str = "Roomle") -> dict[str, Any]:
    level: dict[str, Any] = {"id": "junior", "title": "Junior", "competencies": {"mastery": [statement]}}
    if summary is not None:
        level["summary"] = summary
    return {
        "ladderlint": 1, "id": "roomle", "name": "Roomle", "track": "Technical", "version": "1.0.0",
        "organisation": {"name": organisation},
        "dimensions": [{"id": "d", "name": "Technical",
                        "competencies": [{"id": "mastery", "name": "Technical Mastery"}]}],
        "levels": [level],
    }


def _changes(old: dict[str, Any], new: dict[str, Any]):
    return compare(build_framework("old.yaml", old), build_framework("new.yaml", new))


def _summary_change(old: str | None, new: str):
    [change] = [c for c in _changes(_ladder(old), _ladder(new)) if c.kind is Kind.SUMMARY_CHANGED]
    return change


_NOTE = ("Roomle does not currently hire Juniors — new hires typically start at Expert or higher. "
         "This level is documented for completeness.")


@pytest.mark.parametrize("new", [
    "Roomle does not currently hire Juniors (also all current employees already grew out of Junior Role) — new "
    "hires typically start at Expert or higher. This level is documented for completeness.",
    "Roomle does not currently hire Juniors (but this can change anytime soon, also all current employees already "
    "grew out of Junior Role) — new hires typically start at Expert or higher. At the moment this level is "
    "documented for completeness.",
])
def test_a_note_about_the_organisation_reworded_with_a_word_of_scale_asks_nothing(new):
    change = _summary_change(_NOTE, new)
    assert change.impact is Impact.STRUCTURAL
    assert change.reasons == ()


def test_a_clause_about_the_people_slipped_into_a_note_about_the_organisation_still_asks():
    old = "We do not hire at this level."
    for new in ["We do not hire at this level, and engineers here lead two projects.",
                "We do not hire at this level, and all engineers here review all code."]:
        assert _summary_change(old, new).impact is Impact.RAISES_BAR, new
        # Put in whole, as a sentence added, too.
        assert _summary_change(None, new).impact is Impact.RAISES_BAR, new


def test_a_summary_that_raises_the_bar_says_why():
    added = _summary_change("Delivers well-scoped tasks.", "Delivers well-scoped tasks. Leads the on-call rotation.")
    assert added.impact is Impact.RAISES_BAR
    assert added.reasons == ("a sentence that asks something put in",)
    clause = _summary_change("Delivers tasks with guidance.", "Delivers tasks with guidance, and leads the on-call rotation.")
    assert clause.impact is Impact.RAISES_BAR
    assert clause.reasons == ("a clause of a new activity put in",)
    scaled = _summary_change("Delivers features on their own.", "Delivers features on their own across several teams.")
    assert scaled.impact is Impact.RAISES_BAR
    assert scaled.reasons and all(reason.endswith(" raised") or reason.endswith(" lowered")
                                  for reason in scaled.reasons)


def test_every_bar_moved_by_a_summary_or_note_names_its_reason_in_json(tmp_path: Path):
    old, new = _ladder("Delivers well-scoped tasks."), _ladder("Delivers well-scoped tasks. Leads the on-call rotation.")
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(old, allow_unicode=True), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"),
                                       "--format", "json"])
    [framework] = json.loads(result.output)["frameworks"]
    [change] = framework["changes"]
    assert change["impact"] == "raises-bar" and change["reasons"]


@pytest.mark.parametrize("sentence", [
    "At this point, a person is mastering how effective they can be as an individual contributor.",
    "At this point, the majority of one's time is spent scaling their own skills to help others.",
    "Engineers at this level are mastering the craft of building services.",
])
def test_a_sentence_on_where_the_people_are_in_their_growth_put_in_a_summary_is_structural(sentence):
    assert _summary_change(None, sentence).impact is Impact.STRUCTURAL


def test_what_the_people_do_put_in_a_summary_still_raises_the_bar():
    for sentence in ["At this point, a person leads projects across teams.",
                     "Engineers at this level are leading projects across teams."]:
        assert _summary_change(None, sentence).impact is Impact.RAISES_BAR, sentence


@pytest.mark.parametrize("old, new", [
    ("Drives growth with programs which will deliver Netlify adoption.",
     "Drives growth with programs which will deliver product adoption."),
    ("Drives growth with programs which will deliver product adoption.",
     "Drives growth with programs which will deliver Netlify adoption."),
    ("Owns Netlify services.", "Owns product services."),
])
def test_the_organisations_name_replaced_by_a_word_for_it_is_editorial(old, new):
    assert grade(old, new, ["Netlify"]).impact is Impact.EDITORIAL
    changes = _changes(_ladder(statement=old, organisation="Netlify"), _ladder(statement=new, organisation="Netlify"))
    assert [c.impact for c in changes] == [Impact.EDITORIAL]


@pytest.mark.parametrize("old, new, impact", [
    # A discipline is no word for the organisation: other people.
    ("Works with Netlify designers.", "Works with Product designers.", Impact.RAISES_BAR),
    ("Works with Netlify's designers.", "Works with product designers.", Impact.RAISES_BAR),
    # A word of scope stays on its scale, for another scope than the organisation's own name.
    ("Shares learnings within my team.", "Shares learnings at the company.", Impact.RAISES_BAR),
])
def test_a_word_that_is_no_name_for_the_organisation_stays_read(old, new, impact):
    assert grade(old, new, ["Netlify"]).impact is impact


@pytest.mark.parametrize("old, new, impact", [
    ("Identifies and solves problems within their area.",
     "Identifies and solves problems within their own area.", Impact.LOWERS_BAR),
    ("Identifies and solves problems within their area.",
     "Identifies and solves problems within the area they own.", Impact.LOWERS_BAR),
    # Made theirs where it was any area: narrowed, however it is named.
    ("Identifies and solves problems within an area.",
     "Identifies and solves problems within the area they own.", Impact.LOWERS_BAR),
    # "the codebase" is all of it; "the codebase they own" only theirs, as "their own codebase" is.
    ("Identifies and solves problems in the codebase.",
     "Identifies and solves problems in the codebase they own.", Impact.LOWERS_BAR),
    ("Writes tests for the services.", "Writes tests for the services that they own.", Impact.LOWERS_BAR),
    # What is one's own for what is not: more asked.
    ("Fixes bugs within their own code.", "Fixes bugs in any code.", Impact.RAISES_BAR),
    ("Fixes bugs in the code they own.", "Fixes bugs in any code.", Impact.RAISES_BAR),
    ("Writes tests for the services they own.", "Writes tests for all services.", Impact.RAISES_BAR),
    # Not a clause of its own, nor a sense of ownership.
    ("Ships the feature.", "Ships the feature, then they own it in production.", Impact.RAISES_BAR),
    ("Shows a strong sense of responsibility.", "Shows a strong sense of ownership.", Impact.RAISES_BAR),
])
def test_a_scope_narrowed_to_what_the_people_own(old, new, impact):
    assert grade(old, new).impact is impact


@pytest.mark.parametrize("old, new", [
    ("Identifies and solves problems within their area.",
     "Identifies and solves problems within their area of ownership."),
    ("Identifies and solves problems within their area of ownership.",
     "Identifies and solves problems within their area."),
    ("Identifies and solves problems within their area.",
     "Identifies and solves problems within their area of responsibility."),
    ("Fixes bugs in their domain.", "Fixes bugs in their domain of responsibility."),
    ("Shares knowledge within their area.", "Shares knowledge within their area of focus."),
    ("Shares knowledge within their area of expertise.", "Shares knowledge within their area."),
])
def test_a_unit_named_with_what_it_is_to_them_is_the_same_unit(old, new):
    # "their area" is already theirs: "of ownership" names it more fully, it bounds nothing further.
    assert grade(old, new).impact is Impact.EDITORIAL


@pytest.mark.parametrize("old, new, impact", [
    # A narrower unit named so is still narrower; a sense of ownership is no unit.
    ("Identifies and solves problems within their area.",
     "Identifies and solves problems within their team of ownership.", Impact.LOWERS_BAR),
    ("Shows a strong sense of care.", "Shows a strong sense of responsibility.", Impact.RAISES_BAR),
])
def test_what_is_no_unit_named_more_fully_is_still_read(old, new, impact):
    assert grade(old, new).impact is impact
