"""A reach extended past a scope ("within and outside of your team",
"inside and outside the company", "the team and beyond") widens what is
asked: put in, it raises the bar; taken out, it lowers it. The "within" of
"within and outside" is no bound that narrows the work to the place."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from diffkit import data, level, reworded
from ladderlint.cli import main


@pytest.mark.parametrize("old, new", [
    # Codecademy's Staff level: "Mentors members both within and outside of your team".
    ("Mentors members of your team", "Mentors members both within and outside of your team"),
    ("Mentors members of your team", "Mentors members inside and outside of your team"),
    ("Mentors members of your team", "Mentors members both inside and outside the team"),
    ("Mentors members of your team", "Mentors members in and outside the team"),
    ("Mentors members of your team", "Mentors members within and beyond the team"),
    ("Mentors members of your team", "Mentors members within or outside your team"),
    ("Mentors members of your team", "Mentors members outside and within the team"),
    ("Mentors members of your team", "Mentors members within and across teams"),
    # Dropbox's IC5 wording: "I help break down silos within and across functions".
    ("I help break down silos within functions", "I help break down silos within and across functions"),
    ("Mentors members within the team", "Mentors members within and outside the team"),
    ("Mentors members within your team", "Mentors members both inside and outside your team"),
    ("Mentors members", "Mentors members both within and outside of your team"),
    # Already read so; kept.
    ("Mentors members of your team", "Mentors members outside of your team"),
    ("Mentors members of your team", "Mentors members outside your team"),
    ("Mentors members of your team", "Mentors members beyond the team"),
    ("Mentors members of your team", "Mentors members of your team and beyond"),
    ("Mentors members of your team", "Mentors members within the team and beyond"),
    ("Mentors members of your team", "Mentors members of your team and across teams"),
    ("Shares knowledge across the organisation", "Shares knowledge across and beyond the organisation"),
])
def test_a_reach_past_a_scope_put_in_widens_and_taken_out_narrows(old: str, new: str) -> None:
    assert reworded(old, new) == ("raises-bar", None, ["scope raised"])
    assert reworded(new, old) == ("lowers-bar", None, ["scope lowered"])


@pytest.mark.parametrize("old, new", [
    # The same reach, said another way: past the team either way.
    ("Mentors members both within and outside of your team", "Mentors members within and beyond your team"),
    ("Mentors members within and outside the team", "Mentors members outside the team"),
    ("I help break down silos within and across functions", "I help break down silos across functions"),
])
def test_the_same_reach_said_another_way_is_editorial(old: str, new: str) -> None:
    assert reworded(old, new) == ("editorial", None, [])


@pytest.mark.parametrize("old, new, impact", [
    # "within" alone still bounds the work to the place.
    ("Improves processes", "Improves processes within the team", "lowers-bar"),
    ("Mentors members", "Mentors members within your team", "lowers-bar"),
    # Time, an idiom, a bar of quality: no scope is widened, whatever "outside" or "beyond" says.
    ("Responds to pages", "Responds to pages outside of work hours", "raises-bar"),
    ("Responds to pages", "Responds to pages outside working hours", "raises-bar"),
    ("Solves problems", "Thinks outside the box to solve problems", "raises-bar"),
    # Another discipline as the audience: people further from one's own work, words that ask more.
    ("Explains designs to engineers", "Explains designs to people outside engineering", "raises-bar"),
])
def test_near_misses_keep_their_reading(old: str, new: str, impact: str) -> None:
    got, _also, reasons = reworded(old, new)
    assert got == impact
    if "within" not in new:
        assert "scope lowered" not in reasons and "scope raised" not in reasons


@pytest.mark.parametrize("old, new", [
    # An idiom or a bar passed, no place of the work: words put in, not a scope widened.
    ("Solves problems", "Solves problems outside the box"),
    ("Delivers results", "Delivers results beyond expectations"),
    ("Delivers results", "Delivers results beyond what is expected"),
])
def test_an_idiom_or_a_bar_passed_is_no_scope(old: str, new: str) -> None:
    assert reworded(old, new) == ("raises-bar", None, ["words added"])
    assert reworded(new, old) == ("lowers-bar", None, ["words taken out"])


def test_people_of_another_discipline_are_a_reach_past_ones_own() -> None:
    # "outside engineering": colleagues past one's own discipline, as "outside the engineering team" is.
    for new in ("Helps colleagues outside engineering", "Helps colleagues outside the engineering team"):
        assert reworded("Helps colleagues", new) == ("raises-bar", None, ["scope raised"])


def test_the_cli_gates_the_reach_extended_as_a_raised_bar(tmp_path) -> None:
    def ladder(mentoring: str) -> dict:
        document = data()
        level(document, "IC1")["competencies"]["ownership"] = [mentoring]
        return document
    import yaml
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(ladder("Mentors members of your team")), encoding="utf-8")
    new.write_text(yaml.safe_dump(ladder("Mentors members both within and outside of your team")), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(old), str(new), "--fail-on", "raises-bar"])
    assert result.exit_code == 1, result.output
    assert "raises-bar" in result.output and "lowers-bar" not in result.output
