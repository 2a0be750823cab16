"""A change that is one move along a scale reads one way, and says so.

"some of" -> "most of" is more of the set, not a degree raised beside a
quantity lowered; "other teams" -> "the whole company" is a wider scope,
not a bound taken out beside a scope raised; a split that raises a bar
says what it read, as a rewording does; and another organisation's name
put in with words of its own (", as we did at Spotify") is words added,
as an unknown one's is (", as we did at Globex")."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from diffkit import cell, data


def _changes(cli, tmp_path, old: list[str], new: list[str]) -> list[dict[str, Any]]:
    """The JSON changes of the small framework with ``old`` -> ``new`` as IC2's ownership statements."""
    for name, statements in (("old.yaml", old), ("new.yaml", new)):
        document = data()
        cell(document, "IC2", "ownership")[:] = statements
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    run = cli("diff", "--format", "json", "old.yaml", "new.yaml", cwd=tmp_path)
    [framework] = run.json()["frameworks"]
    return [c for c in framework["changes"] if c["kind"].startswith("statement-")]


def _reading(cli, tmp_path, old: str, new: str) -> tuple[str, str | None, list[str]]:
    [change] = _changes(cli, tmp_path, [old], [new])
    return change["impact"], change["also_impact"], change["reasons"]


@pytest.mark.parametrize(("old", "new", "reading"), [
    ("Owns the operational health of some of the team's services",
     "Owns the operational health of most of the team's services", ("raises-bar", None, ["quantity raised"])),
    ("Owns the operational health of some of the team's services",
     "Owns the operational health of all of the team's services", ("raises-bar", None, ["quantity raised"])),
    ("Delivers some of the team's goals on time", "Delivers many of the team's goals on time",
     ("raises-bar", None, ["quantity raised"])),
    ("Delivers some of the team's goals on time", "Delivers a few of the team's goals on time",
     ("lowers-bar", None, ["quantity lowered"])),
    ("Owns the operational health of most of the team's services",
     "Owns the operational health of some of the team's services", ("lowers-bar", None, ["quantity lowered"])),
])
def test_some_of_a_set_is_read_on_the_scale_of_how_many(cli, tmp_path, old, new, reading):
    """some of < most of < all of; "some of" is no degree ("some knowledge of" is)."""
    assert _reading(cli, tmp_path, old, new) == reading


@pytest.mark.parametrize(("old", "new", "reading"), [
    ("Designs systems used by other teams", "Designs systems used by the whole company",
     ("raises-bar", None, ["scope raised"])),
    ("Designs systems used by other teams", "Designs systems used by the company",
     ("raises-bar", None, ["scope raised"])),
    ("Designs systems used by the whole company", "Designs systems used by other teams",
     ("lowers-bar", None, ["scope lowered"])),
    ("Designs systems used by other teams", "Designs systems used by their team",
     ("lowers-bar", None, ["scope lowered"])),
])
def test_a_wider_scope_named_for_other_teams_reads_one_way(cli, tmp_path, old, new, reading):
    assert _reading(cli, tmp_path, old, new) == reading


def test_a_split_that_raises_the_bar_says_what_it_read(cli, tmp_path):
    [change] = _changes(cli, tmp_path, ["Sees the features they build through to production"],
                        ["Sees the features they build", "Takes features through to production"])
    assert (change["kind"], change["impact"], change["reasons"]) == ("statement-split", "raises-bar", ["words added"])


def test_a_merge_that_raises_the_bar_says_what_it_read(cli, tmp_path):
    [change] = _changes(cli, tmp_path, ["Fixes the bugs they introduce", "Writes tests for their fixes"],
                        ["Fixes the bugs they introduce and writes tests for their fixes every week"])
    assert change["kind"] == "statement-merged"
    assert change["impact"] == "raises-bar" and change["reasons"]


@pytest.mark.parametrize("organisation", ["Spotify", "Globex"])
def test_another_organisations_name_put_in_with_words_is_words_added(cli, tmp_path, organisation):
    """Known to the grader or not, a clause that names another company is no wording fix."""
    assert _reading(cli, tmp_path, "Sees the features they build through to production",
                    f"Sees the features they build through to production, as we did at {organisation}") \
        == ("raises-bar", None, ["words added"])


@pytest.mark.parametrize(("old", "new"), [
    # Taken out, a known name with the small words around it: editorial, as documented.
    ("Sees the features they build through to production, as we did at Spotify",
     "Sees the features they build through to production"),
    # The framework's own name says "here".
    ("Sees the features they build through to production",
     "Sees the features they build through to production, as we do at Acme"),
])
def test_a_brand_taken_out_or_the_frameworks_own_put_in_is_editorial(cli, tmp_path, old, new):
    assert _reading(cli, tmp_path, old, new) == ("editorial", None, [])


def _description_added(cli, tmp_path, description: str) -> str:
    for name, text in (("old.yaml", None), ("new.yaml", description)):
        document = data()
        competency = next(c for d in document["dimensions"] for c in d["competencies"] if c["id"] == "ownership")
        if text is not None:
            competency["description"] = text
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    run = cli("diff", "--format", "json", "old.yaml", "new.yaml", cwd=tmp_path)
    [framework] = run.json()["frameworks"]
    [change] = framework["changes"]
    return change["impact"]


@pytest.mark.parametrize(("description", "impact"), [
    # An activity made part of the competency, which holds at every level that has it.
    ("On-call duty for the services you build is part of ownership at every level.", "raises-bar"),
    ("Ownership includes running the on-call rota for the services you build.", "raises-bar"),
    # What the competency is about, or what it is not: no activity asked.
    ("Ownership is about caring for what you build.", "structural"),
    ("On-call duty is not part of ownership.", "structural"),
    ("Design is part of another competency.", "structural"),
])
def test_an_activity_made_part_of_a_competency_in_its_description_is_asked(cli, tmp_path, description, impact):
    assert _description_added(cli, tmp_path, description) == impact
