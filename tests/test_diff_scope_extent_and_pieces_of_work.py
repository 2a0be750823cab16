"""A wide scope said with a word of extent ("within the whole company", "the
wider organisation"), by another name ("within the business") or by a
discipline ("within engineering", "the engineering organisation") widens
what is asked, as "within the company" does; and the pieces of work a
tracker names (tickets, stories, features, epics, milestones, initiatives)
stand on the scale of scope beside tasks and projects."""

from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from diffkit import data, level, reworded
from ladderlint.cli import main


# --- a wide scope with a word of extent, by another name, or by a discipline ------

@pytest.mark.parametrize("new", [
    "Mentors engineers within the whole company",
    "Mentors engineers within the entire organisation",
    "Mentors engineers within the wider company",
    "Mentors engineers within the broader organization",
    "Mentors engineers within the wider organisation",
    "Mentors engineers within the full organisation",
    "Mentors engineers within the overall organisation",
    "Mentors engineers within the larger organisation",
    "Mentors engineers within the extended organisation",
    "Mentors engineers within their wider organisation",
    "Mentors engineers in the wider organisation",
    "Mentors engineers within the business",
    "Mentors engineers within the whole business",
    "Mentors engineers within engineering",
    "Mentors engineers across engineering",
    "Mentors engineers within the engineering organisation",
    "Mentors engineers within the engineering department",
    "Mentors engineers within the guild",
])
def test_a_wide_scope_with_extent_or_another_name_widens(new: str) -> None:
    assert reworded("Mentors engineers", new) == ("raises-bar", None, ["scope raised"])
    assert reworded(new, "Mentors engineers") == ("lowers-bar", None, ["scope lowered"])


@pytest.mark.parametrize("old, new", [
    ("Mentors engineers within the company", "Mentors engineers within the business"),
    ("Mentors engineers within the company", "Mentors engineers within the whole company"),
    ("Mentors engineers within the company", "Mentors engineers within the entire company"),
    ("Usually among the top 5% of engineers in the company.",
     "Usually among the top 5% of engineers within the whole company."),
])
def test_the_same_wide_scope_said_another_way_is_editorial(old: str, new: str) -> None:
    assert reworded(old, new)[0] == "editorial"
    assert reworded(new, old)[0] == "editorial"


@pytest.mark.parametrize("old, new", [
    ("Improves processes across the team", "Improves processes across the wider team"),
    ("Improves processes across the organisation", "Improves processes across the broader organisation"),
    # "across the whole company": read as reaching further, as it was (a reviewer judges the gate).
    ("Improves processes across the company", "Improves processes across the whole company"),
])
def test_a_wider_group_reached_across_widens(old: str, new: str) -> None:
    assert reworded(old, new) == ("raises-bar", None, ["scope raised"])


@pytest.mark.parametrize("new", [
    # Near misses: one's own, nearest or local group, "only", and a team, however whole, still bound the work.
    "Mentors engineers within their immediate team",
    "Mentors engineers within their immediate organisation",
    "Mentors engineers within their own group",
    "Mentors engineers within the local organisation",
    "Mentors engineers only within the team",
    "Mentors engineers only within the company",
    "Mentors engineers within the team",
    "Mentors engineers within the whole team",
])
def test_a_narrowing_bound_still_narrows(new: str) -> None:
    assert reworded("Mentors engineers", new) == ("lowers-bar", None, ["scope lowered"])


@pytest.mark.parametrize("old, new", [
    # "the engineering team", alone after "the", is all of engineering, as "the engineering organisation" is.
    ("Drives process changes in the entire engineering team.", "Drives process changes in their product team."),
    ("Drives process changes in the engineering team.", "Drives process changes in their team."),
    ("Shares learnings with the tech team.", "Shares learnings with their squad."),
    ("Shares learnings with the engineering teams.", "Shares learnings with their team."),
])
def test_the_engineering_team_is_all_of_engineering(old: str, new: str) -> None:
    assert reworded(old, new) == ("lowers-bar", None, ["scope lowered"])
    assert reworded(new, old) == ("raises-bar", None, ["scope raised"])


@pytest.mark.parametrize("old, new", [
    ("Drives process changes in the engineering team.", "Drives process changes in the engineering organisation."),
    ("Drives process changes in the engineering team.", "Drives process changes in the engineering department."),
    ("Drives process changes in the whole engineering team.", "Drives process changes in the entire engineering team."),
    ("Shares learnings with the engineering team.", "Shares learnings with the engineering teams."),
])
def test_the_engineering_team_said_another_way_is_editorial(old: str, new: str) -> None:
    assert reworded(old, new)[0] == "editorial"
    assert reworded(new, old)[0] == "editorial"


@pytest.mark.parametrize("old, new", [
    # One team of the discipline, one's own, or the team a noun after it names: a team, as it was.
    ("Drives process changes in an engineering team.", "Drives process changes in their team."),
    ("Reports to the engineering team lead.", "Reports to their team lead."),
    ("Works with the product team.", "Works with their team."),
])
def test_a_team_of_a_discipline_that_is_one_team_is_no_wider_scope(old: str, new: str) -> None:
    assert "scope lowered" not in reworded(old, new)[2]


@pytest.mark.parametrize("old, new", [
    # "business" and "engineering" before the noun they qualify, or a skill, name no place of the work.
    ("Aligns work with business goals", "Aligns work with the business goals"),
    ("Writes business logic", "Writes clean business logic"),
    ("Follows engineering practices", "Follows sound engineering practices"),
    ("Is skilled in software engineering", "Is highly skilled in software engineering"),
    ("Follows best practices", "Follows best practices in software engineering"),
])
def test_business_and_engineering_as_words_of_a_thing_are_no_scope(old: str, new: str) -> None:
    _impact, _also, reasons = reworded(old, new)
    assert "scope raised" not in reasons and "scope lowered" not in reasons


# --- the pieces of work a tracker names, on the scale of scope ---------------------

@pytest.mark.parametrize("old, new", [
    ("Delivers tasks on time", "Delivers features on time"),
    ("Delivers features on time", "Delivers projects on time"),
    ("Delivers tasks on time", "Delivers epics on time"),
    ("Delivers tickets on time", "Delivers features on time"),
    ("Delivers stories on time", "Delivers projects on time"),
    ("Delivers a feature on time", "Delivers a project on time"),
    ("Delivers projects on time", "Delivers initiatives on time"),
])
def test_a_larger_piece_of_work_raises_and_a_smaller_lowers(old: str, new: str) -> None:
    assert reworded(old, new) == ("raises-bar", None, ["scope raised"])
    assert reworded(new, old) == ("lowers-bar", None, ["scope lowered"])


@pytest.mark.parametrize("old, new", [
    ("Delivers tasks on time", "Delivers tickets on time"),
    ("Delivers tasks on time", "Delivers stories on time"),
    ("Delivers projects on time", "Delivers epics on time"),
    ("Delivers projects on time", "Delivers milestones on time"),
])
def test_pieces_of_work_of_one_size_are_editorial(old: str, new: str) -> None:
    assert reworded(old, new)[0] == "editorial"


@pytest.mark.parametrize("old, new", [
    # Near misses: a feature team is a team, a feature flag a thing, "initiative" alone a trait.
    ("Works in the feature team", "Works in the team"),
    ("Delivers tasks for the team", "Delivers tasks for the feature team"),
    ("Ships behind a flag", "Ships behind a feature flag"),
    ("Estimates work in points", "Estimates work in story points"),
    ("Takes ownership", "Takes initiative"),
])
def test_a_piece_of_work_before_its_noun_or_a_trait_is_no_scope(old: str, new: str) -> None:
    for before, after in ((old, new), (new, old)):
        _impact, _also, reasons = reworded(before, after)
        assert "scope raised" not in reasons and "scope lowered" not in reasons


# --- the gate -----------------------------------------------------------------------

@pytest.mark.parametrize("old, new", [
    ("Mentors engineers.", "Mentors engineers within the whole company."),
    ("Delivers tasks on time.", "Delivers features on time."),
])
def test_the_cli_gate_fails_on_a_scope_widened(tmp_path, old: str, new: str) -> None:
    def ladder(statement: str) -> dict:
        document = data()
        level(document, "IC1")["competencies"]["ownership"] = [statement]
        return document
    before, after = tmp_path / "old.yaml", tmp_path / "new.yaml"
    before.write_text(yaml.safe_dump(ladder(old)), encoding="utf-8")
    after.write_text(yaml.safe_dump(ladder(new)), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(before), str(after), "--fail-on", "raises-bar"])
    assert result.exit_code == 1, result.output
    assert "scope raised" in result.output and "lowers-bar" not in result.output
