"""A condition of a state or an event taken out of a duty asks it every time;
an article in the place of "one" counts one; a text the grader cannot read
is for a reviewer; a topic label put in or taken out asks nothing."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from diffkit import two_competency_ladder
from ladderlint.diff import Impact
from ladderlint.diff.grade import grade


@pytest.mark.parametrize("old, new", [
    ("If a sprint is at risk, I escalate", "I escalate"),
    ("If a sprint is at risk I escalate", "I escalate"),
    ("I escalate if a sprint is at risk", "I escalate"),
    ("When a project is at risk the team escalates", "The team escalates"),
    ("Whenever a release slips, I tell stakeholders", "I tell stakeholders"),
    ("Writes postmortems where incidents affect customers", "Writes postmortems"),
    ("Follows runbooks when on call", "Follows runbooks"),
])
def test_a_condition_taken_out_asks_every_time(old, new):
    got = grade(old, new)
    assert (got.impact.value, got.reasons, got.also) == ("raises-bar", ("unconditional ask raised",), None), got
    back = grade(new, old)
    assert (back.impact.value, back.reasons) == ("lowers-bar", ("unconditional ask lowered",)), back


@pytest.mark.parametrize("old, new, impact, reasons", [
    # The readings that were there: a condition made a duty, a condition said another way, help on a condition.
    ("Follows runbooks when on call", "Is on call and follows runbooks", "raises-bar", ("condition made a duty",)),
    ("If a sprint is at risk, I escalate", "I escalate when a sprint is at risk", "editorial", ("wording",)),
    ("Needs guidance when on call", "Needs guidance", "lowers-bar", ("words taken out",)),
    ("Asks for help when stuck", "Asks for help", "lowers-bar", ("words taken out",)),
    ("Uses caching where appropriate", "Uses caching", "raises-bar", ("unconditional ask raised",)),
    ("Knows when to escalate", "Knows to escalate", "editorial", ("wording",)),
    # A duty taken out with the condition is less asked.
    ("I escalate if a sprint is at risk and write a report", "I escalate", "lowers-bar", ("words taken out",)),
])
def test_other_readings_of_conditions_are_kept(old, new, impact, reasons):
    got = grade(old, new)
    assert (got.impact.value, got.reasons) == (impact, reasons), got


def test_a_condition_taken_out_fails_the_gate(cli, tmp_path):
    def ladder(text: str) -> str:
        path = tmp_path / f"{len(list(tmp_path.iterdir()))}.yaml"
        path.write_text(yaml.safe_dump(two_competency_ladder([{"id": "L1", "title": "Engineer", "competencies": {
            "delivery": [text], "craft": ["Reviews code of their team"]}}]), sort_keys=False), encoding="utf-8")
        return str(path)

    old, new = ladder("If a sprint is at risk, I escalate"), ladder("I escalate")
    result = cli("diff", "--no-color", "--fail-on", "raises-bar", old, new)
    assert result.exit_code == 1, result.output
    assert "unconditional ask raised" in result.output


@pytest.mark.parametrize("old, new", [
    ("Writes a design doc", "Writes one design doc"),
    ("Writes an RFC", "Writes one RFC"),
    ("Services withstand a year's worth of growth", "Services withstand one year's worth of growth"),
    ("Services withstand a year's worth of growth", "Services withstand 1 year's worth of growth"),
    ("Reviews a pull request a day", "Reviews one pull request a day"),
])
def test_one_in_the_place_of_an_article_is_the_same_number(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new)
    assert grade(new, old).impact.value == "editorial", grade(new, old)
    assert grade(old, new.replace("one", "two").replace("1 ", "2 ")).impact.value == "raises-bar"


@pytest.mark.parametrize("old, new", [
    ("Resolves incidents without needing first aid", "Resolves incidents without needing any first aid"),
    ("Never ships untested code", "Never ships any untested code"),
])
def test_any_of_what_is_avoided_is_all_of_it(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new)
    assert grade(new, old).impact.value == "editorial", grade(new, old)
    # A word that narrows what is avoided still lowers the bar.
    assert grade(old, new.replace("any", "serious")).impact.value == "lowers-bar"


def test_a_habit_made_is_as_often_as_a_habit():
    got = grade("Puts decisions repeatedly into context", "Made a habit of putting decisions into context")
    assert (got.impact.value, got.reasons, got.also) == ("raises-bar", ("frequency raised",), None), got
    assert grade("Writes tests as a habit", "Writes tests habitually").impact.value == "editorial"


def test_amounts_are_compared_each_with_its_own():
    # "a few" -> "a handful" says as many; "1-3" -> "3+" more: more in all.
    got = grade("Builds an understanding of a few areas and 1-3 services",
                "Builds an understanding of a handful of areas and 3+ services")
    assert (got.impact.value, got.reasons, got.also) == ("raises-bar", ("number raised",), None), got
    got = grade("Builds an understanding of 2 areas and 1-3 services",
                "Builds an understanding of 3 areas and 1 service")
    assert got.reasons == ("number unclear",), got
    # An amount in a sentence put in whole counts what that sentence asks, read as its words.
    got = grade("Builds a deeper understanding of a few areas and of 1-3 services.",
                "Builds a deep understanding of a handful of areas and of 3+ services. "
                "Aims for mastery in 3+ services.")
    assert got.impact.value == "raises-bar" and "number raised" in got.reasons and got.also is None, got


PORTUGUESE = ("Realizar tarefas bem definidas de um projeto e concluí-las em um período de tempo razoável, "
              "com supervisão de membros mais seniores da equipe.",
              "Realizar tarefas bem definidas e concluí-las em um curto período de tempo.")


def test_a_text_in_another_language_is_for_a_reviewer():
    got = grade(*PORTUGUESE)
    # Which way it goes no reading says: held as asking more and as asking less, for a gate on either impact.
    assert (got.impact.value, got.reasons, got.also) == ("raises-bar", ("not read: Portuguese",), Impact.LOWERS_BAR), got
    assert grade(PORTUGUESE[0], PORTUGUESE[0].replace(".", "!")).impact.value == "editorial"


def _levels(tmp_path: Path, lower: list[str], higher: list[str], *, moved: bool = True) -> str:
    """Two levels: ``lower``'s statements under Delivery at the first,
    ``higher``'s under Craft (``moved``) or Delivery at the second."""
    path = tmp_path / "ladder.yaml"
    where = "craft" if moved else "delivery"
    cells: dict[str, list[str]] = {"delivery": ["Delivers features across the team"],
                                   "craft": ["Reviews code of other teams"]}
    cells[where] += higher
    path.write_text(yaml.safe_dump(two_competency_ladder([
        {"id": "L1", "title": "Engineer", "competencies": {"delivery": ["Delivers well-scoped tasks", *lower],
                                                           "craft": ["Reviews code of their team"]}},
        {"id": "L2", "title": "Senior Engineer", "competencies": cells},
    ]), sort_keys=False), encoding="utf-8")
    return str(path)


def test_another_language_is_not_lower_on_a_level_page(cli, tmp_path):
    path = _levels(tmp_path, [PORTUGUESE[0]], [PORTUGUESE[1]], moved=False)
    page = cli("diff", "--no-color", "--format", "markdown", "--levels", "L1", "L2", path).output
    assert "### Changed (not graded: Portuguese)" in page, page
    assert "Lower at Senior Engineer" not in page


LABELLED = "Continuous improvement: You have a fairly good understanding of the areas you are good at and {}" \
    "discuss them with your mentor, who has done that"


def test_a_topic_label_put_in_or_taken_out_asks_nothing(cli, tmp_path):
    unlabelled = LABELLED.split(": ", 1)[1]
    got = grade(LABELLED.format(""), unlabelled.format(""))
    assert (got.impact.value, got.reasons) == ("editorial", ("a label naming its topic",)), got
    assert grade(LABELLED.format("regularly "), unlabelled.format("")).reasons == ("frequency lowered",)
    # The same statement under another competency of the higher level, its label dropped: not lower.
    path = _levels(tmp_path, [LABELLED.format("")], [unlabelled.format("")])
    for form in ("text", "markdown"):
        out = cli("diff", "--no-color", "--format", form, "--levels", "L1", "L2", path).output
        assert "lowers-bar" not in out and "Lower at" not in out and "moved up" not in out, out


def test_a_move_of_two_levels_compared_is_never_moved_up_to_the_level_itself(cli, tmp_path):
    # Softer words under another competency of the higher level: lower there, found again there.
    path = _levels(tmp_path, [LABELLED.format("regularly ")], [LABELLED.split(": ", 1)[1].format("")])
    text = cli("diff", "--no-color", "--levels", "L1", "L2", path).output
    assert "lowers-bar  statement-moved         Craft: (from L1, Delivery)" in text, text
    page = cli("diff", "--no-color", "--format", "markdown", "--levels", "L1", "L2", path).output
    assert "moved here from" in page and "moved up" not in page, page
