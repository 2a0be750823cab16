"""A wide scope put in with "in" or "within" widens what is asked; a summary's
verb swapped for another is a rewording, not a new activity put in."""

from __future__ import annotations

import copy

import pytest

from diffkit import data, framework, level, level_text_reworded, reworded
from ladderlint.diff import compare


# --- a scope wider than a team put in with "in"/"within", in one run ------------

@pytest.mark.parametrize("old, new", [
    ("Mentors engineers", "Mentors engineers in the industry"),
    ("Mentors engineers", "Mentors engineers in the organisation"),
    ("Mentors engineers", "Mentors engineers across the company"),
    ("Improves processes", "Improves processes within the company"),
    ("Improves processes", "Improves processes in their organisation"),
])
def test_a_wide_scope_put_in_widens_and_taken_out_narrows(old: str, new: str) -> None:
    assert reworded(old, new) == ("raises-bar", None, ["scope raised"])
    assert reworded(new, old) == ("lowers-bar", None, ["scope lowered"])


@pytest.mark.parametrize("old, new", [
    # Near misses: a team, one's own or nearest group, one's own patch, or "only" still bound the work.
    ("Mentors engineers", "Mentors engineers on the team"),
    ("Improves processes", "Improves processes within the team"),
    ("Improves processes", "Improves processes within their own group"),
    ("Improves processes", "Improves processes within the immediate organisation"),
    ("Improves processes", "Improves processes within their area"),
    ("Improves processes", "Improves processes only within the company"),
])
def test_a_bound_put_in_still_narrows(old: str, new: str) -> None:
    assert reworded(old, new)[0] == "lowers-bar"


@pytest.mark.parametrize("new", [
    # "the industry" says whom the engineers are, not where the mentoring reaches: words added, for a reviewer.
    "Mentors engineers new to the industry",
    "Mentors engineers with experience in the industry",
])
def test_the_industry_inside_a_noun_is_no_scope(new: str) -> None:
    impact, _also, reasons = reworded("Mentors engineers", new)
    assert impact == "raises-bar" and "scope raised" not in reasons and "scope lowered" not in reasons


def test_a_scope_put_in_in_a_cumulative_ladder_is_read_at_its_own_level() -> None:
    # IC2's statement gains "in the industry"; IC3 above keeps "on the team": the edit widens IC2's.
    def ladder(mentoring: str) -> dict:
        document = data()
        level(document, "IC2")["competencies"]["ownership"] = [mentoring]
        level(document, "IC3")["competencies"]["ownership"] = ["Mentors engineers on the team"]
        return document
    changes = [c for c in compare(framework(ladder("Mentors engineers")),
                                  framework(ladder("Mentors engineers in the industry"))) if c.level == "IC2"]
    assert [(c.impact.value, list(c.reasons)) for c in changes] == [("raises-bar", ["scope raised"])]


# --- a summary's verb swapped one for one is a rewording ---------------------------

def _summary_change(old: str, new: str) -> tuple[str, list[str]]:
    return level_text_reworded("summary", old, new)


@pytest.mark.parametrize("old, new", [
    ("Delivers projects for the team.", "Ships projects for the team."),
    ("Writes design documents.", "Authors design documents."),
    ("Fixes bugs in their area.", "Resolves bugs in their area."),
])
def test_a_summary_verb_swapped_for_a_synonym_is_editorial_as_in_a_statement(old: str, new: str) -> None:
    assert reworded(old, new)[0] == "editorial"
    assert _summary_change(old, new) == ("editorial", [])
    assert _summary_change(new, old) == ("editorial", [])


@pytest.mark.parametrize("old, new", [
    # A verb of another activity in the place of the old: a new action for a reviewer, as a statement so
    # reworded reads words replaced (raises-bar); "Co-leads" is a verb by the verb after its prefix.
    ("Builds services.", "Develops services."),
    ("Delivers projects for the team.", "Co-leads projects for the team."),
])
def test_a_summary_verb_swapped_for_another_activity_raises_as_in_a_statement(old: str, new: str) -> None:
    assert reworded(old, new)[0] == "raises-bar"
    assert _summary_change(old, new)[0] == "raises-bar"


@pytest.mark.parametrize("old, new, impact, reason", [
    # A degree of involvement in the same activity, with its preposition or before the verb kept: read on
    # the involvement scale alone, as in a statement; no new activity, no "also" the other way.
    ("Delivers projects for the team.", "Contributes to projects for the team.", "lowers-bar", "involvement lowered"),
    ("Leads projects for the team.", "Helps with projects for the team.", "lowers-bar", "involvement lowered"),
    ("Leads projects for the team.", "Participates in projects for the team.", "lowers-bar", "involvement lowered"),
    ("Delivers projects for the team.", "Helps deliver projects for the team.", "lowers-bar", "involvement lowered"),
    ("Contributes to projects for the team.", "Leads projects for the team.", "raises-bar", "involvement raised"),
])
def test_a_summary_verb_swapped_for_a_degree_of_involvement_reads_on_its_scale(old: str, new: str, impact: str,
                                                                             reason: str) -> None:
    assert reworded(old, new)[0] == impact
    assert _summary_change(old, new) == (impact, [reason])


@pytest.mark.parametrize("old, new, reason", [
    # Near misses: real raises stay.
    ("Ships projects.", "Leads projects.", "involvement raised"),
    ("Delivers projects.", "Delivers and maintains projects.", "a clause of a new activity put in"),
    ("Delivers projects.", "Delivers projects and mentors others.", "a clause of a new activity put in"),
    ("Delivers projects with guidance.", "Delivers projects with guidance and leads the on-call rotation.",
     "a clause of a new activity put in"),
])
def test_a_summary_activity_put_in_still_raises(old: str, new: str, reason: str) -> None:
    assert _summary_change(old, new) == ("raises-bar", [reason])


# --- a level's own description reworded, sentence by sentence -----------------------

def _description_change(old: str, new: str) -> tuple[str, list[str]]:
    return level_text_reworded("description", old, new)


@pytest.mark.parametrize("old, new, impact, reason", [
    ("Usually among the top 5% of engineers in the company.", "Usually among the top 10% of engineers in the company.",
     "lowers-bar", "number lowered"),
    ("Usually among the top 10% of engineers in the company.", "Usually among the top 5% of engineers in the company.",
     "raises-bar", "number raised"),
    # One sentence of several reworded: the sentences kept ask nothing new.
    ("Senior engineers. Usually among the top 5% of engineers in the company. Trusted by their peers.",
     "Senior engineers. Usually among the top 10% of engineers in the company. Trusted by their peers.",
     "lowers-bar", "number lowered"),
    ("Mentors engineers on the team. Owns a service.", "Mentors engineers across the company. Owns a service.",
     "raises-bar", "scope raised"),
])
def test_a_level_description_sentence_reworded_is_graded_as_a_statement(old: str, new: str, impact: str,
                                                                         reason: str) -> None:
    assert reworded(old, new)[0] == impact
    assert _description_change(old, new) == (impact, [reason])


@pytest.mark.parametrize("old, new", [
    # Near misses: about the framework, or a sentence put in that only describes: still no bar.
    ("These levels describe how we grow.", "These levels describe how we always grow."),
    ("Usually among the top 5% of engineers.", "Usually among the top 5% of engineers. Often joins from a startup."),
])
def test_a_level_description_that_asks_nothing_still_asks_nothing(old: str, new: str) -> None:
    assert _description_change(old, new)[0] not in ("raises-bar", "lowers-bar")


def test_a_competency_description_reworded_along_a_scale_still_asks_nothing() -> None:
    # A competency's description says what the competency covers (Dropbox's "Technical levers typically
    # exercised ..."): unchanged, only a level's own description is read as its summary is.
    def described(text: str) -> dict:
        document = copy.deepcopy(data())
        document["dimensions"][0]["competencies"][0]["description"] = text
        return document
    old = "Technical levers typically exercised to achieve business impact"
    changes = compare(framework(described(old)), framework(described(old.replace("typically ", ""))))
    assert [c.impact.value for c in changes] == ["structural"]


@pytest.mark.parametrize("old, new", [
    # Near misses: a hedge of a sentence that describes swapped for another says how usual it is, as before.
    ("Usually 2-4 years of experience.", "Often 2-4 years of experience."),
    ("Usually among the top 5% of engineers.", "Often among the top 5% of engineers."),
])
def test_a_level_description_hedge_swapped_moves_no_bar(old: str, new: str) -> None:
    assert _description_change(old, new)[0] in ("editorial", "structural")
