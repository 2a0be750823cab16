"""Regressions of the diff-grading changes found by review: "likely" after
a subject hedges the verb (it names a kind only after a verb or a
preposition that takes the thing); an owner said again by a relative clause
or an "of" phrase is no owner taken out; an owner above team level, or a
thing left indefinite, taken out is no widening; a wide scope put in with
"in"/"within" is read on the scale, not as a bound; defining and
establishing take charge as leading and championing do."""

from __future__ import annotations

import pytest

from ladderlint.diff import compare
from ladderlint.model import Framework

from diffkit import data, framework, level


def _one(text: str) -> Framework:
    document = data()
    level(document, "IC1")["competencies"]["ownership"] = [text]
    return framework(document)


def graded(old: str, new: str) -> tuple[str, str | None, list[str]]:
    """How a statement reworded in place at IC1 is graded: impact, the
    impact also read, and the reasons."""
    changes = [c for c in compare(_one(old), _one(new)) if c.level == "IC1"]
    assert len(changes) == 1, changes
    change = changes[0]
    return change.impact.value, change.also_impact.value if change.also_impact else None, list(change.reasons)


def impact(old: str, new: str) -> str:
    return graded(old, new)[0]


# --- "likely" after a subject is a hedge --------------------------------------

@pytest.mark.parametrize("old, new", [
    # A subject that may be a verb too, before "likely" and its verb.
    ("Senior engineers likely own a service", "Senior engineers own a service"),
    ("Junior engineers likely need more guidance", "Junior engineers need more guidance"),
    ("Engineers likely need more guidance", "Engineers need more guidance"),
    ("Engineers at this level likely lead design reviews", "Engineers at this level lead design reviews"),
    ("The engineer likely mentors one or two people", "The engineer mentors one or two people"),
    ("Teams likely rely on you for reviews", "Teams rely on you for reviews"),
    ("Your work likely spans several teams", "Your work spans several teams"),
    ("Their designs likely shape the roadmap", "Their designs shape the roadmap"),
    # "likely" opening its clause.
    ("At this level, likely leads the incident review", "At this level, leads the incident review"),
    ("When asked, likely steps in as incident commander", "When asked, steps in as incident commander"),
])
def test_likely_after_a_subject_is_a_hedge(old: str, new: str) -> None:
    assert graded(old, new)[0] == "raises-bar"
    assert graded(old, new)[2] == ["certainty raised"]
    assert impact(new, old) == "lowers-bar"


@pytest.mark.parametrize("old, new", [
    # Near misses: after a verb or a preposition that takes the thing, "likely" names a kind of it.
    ("Identifies likely risks", "Identifies risks"),
    ("I identify likely risks", "I identify risks"),
    ("Identify and mitigate likely risks", "Identify and mitigate risks"),
    ("Handles likely edge cases", "Handles edge cases"),
    ("Prepares for likely questions from stakeholders", "Prepares for questions from stakeholders"),
    ("Spots likely issues early", "Spots issues early"),
])
def test_likely_after_a_verb_names_a_kind(old: str, new: str) -> None:
    impact_, _, reasons = graded(old, new)
    assert impact_ == "lowers-bar" and "certainty raised" not in reasons
