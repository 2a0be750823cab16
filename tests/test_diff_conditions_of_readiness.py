"""A condition that limits when a statement applies, opened by "once",
"after" (time in the role) or "given", asks less, as "when asked" does:
"Delivers technical solutions with minimal guidance, once onboarded" is
asked of fewer people, and a `lowers-bar` gate fails on it. "Once a
quarter" (how often), "after incidents" (when the work is done) and
"given the constraints" (in view of them) are no such condition."""
from __future__ import annotations

import pytest
import yaml

from diffkit import two_competency_ladder
from ladderlint.diff.grade import grade

LOWERED = ("lowers-bar", ("unconditional ask lowered",), None)
RAISED = ("raises-bar", ("unconditional ask raised",), None)


@pytest.mark.parametrize("old, new", [
    # Time in the role before the statement applies.
    ("Delivers technical solutions with minimal guidance.",
     "Delivers technical solutions with minimal guidance, once onboarded."),
    ("Delivers technical solutions.", "Delivers technical solutions once familiar with the codebase."),
    ("Delivers technical solutions.", "Once onboarded, delivers technical solutions."),
    ("Delivers technical solutions.", "Delivers technical solutions once they have ramped up."),
    ("Delivers technical solutions.", "Delivers technical solutions after their first quarter."),
    ("Delivers technical solutions.", "After their first quarter, delivers technical solutions."),
    ("Delivers technical solutions.", "Delivers technical solutions after onboarding."),
    ("Delivers technical solutions.", "Delivers technical solutions after 6 months in the role."),
    ("Delivers features.", "Delivers features after the onboarding period."),
    ("Delivers features.", "Delivers features after ramping up."),
    # A state or an event of the work, as "when the scope is clear" already was.
    ("Delivers technical solutions.", "Delivers technical solutions given a clear spec."),
    ("Delivers technical solutions.", "Given clear requirements, delivers technical solutions."),
    ("Delivers features.", "Delivers features given well-defined tasks."),
    ("Deploys changes.", "Deploys changes once approved."),
    # Little or no help said beside it: the condition limits when that is asked.
    ("Delivers features with minimal guidance.", "Delivers features with minimal guidance when the scope is clear."),
    ("Delivers features independently.", "Delivers features independently given a clear spec."),
])
def test_a_condition_of_readiness_asks_less(old, new):
    got = grade(old, new)
    assert (got.impact.value, got.reasons, got.also) == LOWERED, got
    back = grade(new, old)
    assert (back.impact.value, back.reasons, back.also) == RAISED, back


@pytest.mark.parametrize("old, new, impact, reasons", [
    # How often, not a condition.
    ("Runs retros.", "Runs retros once a quarter.", "raises-bar", ("frequency raised",)),
    ("Runs retros.", "Runs retros at least once a sprint.", "raises-bar", ("frequency raised",)),
    ("Reviews code.", "Reviews code once or twice a week.", "raises-bar", ("words added",)),
    ("Runs retros once a quarter.", "Runs retros once a month.", "raises-bar", ("frequency raised",)),
    # When the work is done, or a wait: words added, a deadline, as they were.
    ("Runs retros.", "Runs retros after incidents.", "raises-bar", ("words added",)),
    ("Writes design docs.", "Writes design docs before coding.", "raises-bar", ("words added",)),
    ("Follows up with stakeholders.", "Follows up with stakeholders after two weeks.", "raises-bar",
     ("deadline raised",)),
    # "given" in view of something, or handed over.
    ("Chooses designs.", "Chooses designs given the constraints.", "raises-bar", ("words added",)),
    ("Works on tasks.", "Works on tasks given to them.", "raises-bar", ("words added",)),
    ("Delivers work.", "Delivers work given by their manager.", "raises-bar", ("words added",)),
    # Help had on a condition: help only then, which asks more.
    ("Needs guidance.", "Needs guidance when on call.", "raises-bar", ("words added",)),
    ("Seeks guidance.", "Seeks guidance once stuck.", "raises-bar", ("words added",)),
    ("Delivers features with some guidance.", "Delivers features with some guidance when the scope is unclear.",
     "raises-bar", ("words added",)),
    # Onboarding others is an act asked, not one's own time in the role.
    ("Runs retros.", "Runs retros after onboarding new hires.", "raises-bar", ("words added",)),
    # A duty joined after the condition is another thing asked, not part of it.
    ("Delivers features once onboarded.", "Delivers features once onboarded and mentors new joiners.",
     "raises-bar", ("words added",)),
    # One time in the role for another: the same condition said another way.
    ("Delivers technical solutions once onboarded.", "Delivers technical solutions once familiar with the codebase.",
     "editorial", ("wording",)),
])
def test_near_misses_keep_their_reading(old, new, impact, reasons):
    got = grade(old, new)
    assert (got.impact.value, got.reasons) == (impact, reasons), got


def test_a_lowers_bar_gate_fails_on_a_condition_of_readiness(cli, tmp_path):
    def ladder(name: str, text: str) -> str:
        path = tmp_path / name
        path.write_text(yaml.safe_dump(two_competency_ladder([{"id": "L2", "title": "Engineer", "competencies": {
            "delivery": [text], "craft": ["Reviews code of their team"]}}]), sort_keys=False), encoding="utf-8")
        return str(path)

    old = ladder("old.yaml", "Delivers technical solutions with minimal guidance.")
    new = ladder("new.yaml", "Delivers technical solutions with minimal guidance, once onboarded.")
    result = cli("diff", "--no-color", "--fail-on", "lowers-bar", old, new)
    assert result.exit_code == 1, result.output
    assert "unconditional ask lowered" in result.output
