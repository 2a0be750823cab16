"""A level's page exported from GitBook ends with an expandable block 'Path
to <next level>' whose sub-labels (Technical, Leadership) say what reaching
the next level takes. The block stands after the last competency's section,
but is no part of it: it is the level's promotion advice, kept with its
sub-labels in the level's description, and the competency before it keeps
its statements. A block of another title stays where it stands."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported


def _page(level: str, following: str, toggle: str) -> str:
    return (f"<html><head><title>{level} Engineer | Acme Handbook</title></head><body><main>"
            f"<h1>{level} Engineer</h1>"
            "<h2>Expertise</h2><ul><li>Knows the stack deeply and guides others through it.</li></ul>"
            "<h2>Delivery</h2><ul><li>Ships projects across two teams.</li></ul>"
            f"<details><summary>{toggle.format(following)}</summary>"
            "<h4>Technical</h4><ul><li>Sets the technical direction of a group.</li></ul>"
            "<h4>Leadership</h4><ul><li>Becomes a force multiplier for several teams.</li></ul>"
            "</details></main></body></html>")


def _site(write, toggle: str):
    write("site/ic3.html", _page("IC3", "IC4", toggle))
    return write("site/ic4.html", _page("IC4", "IC5", toggle)).parent


@pytest.mark.parametrize("toggle", ["Path to {} Engineer", "Promotion criteria"])
def test_a_folded_path_to_the_next_level_goes_to_the_levels_description(cli, write, toggle):
    data, run = imported(cli, _site(write, toggle), "--org", "Acme")
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Expertise", "Delivery"]
    assert cells(data)["IC4"]["delivery"] == ["Ships projects across two teams."]
    assert data["levels"][1]["description"] == (
        f"{toggle.format('IC5')}:\n- Technical: Sets the technical direction of a group.\n"
        "- Leadership: Becomes a force multiplier for several teams.")
    assert "says what reaching the next level takes" in run.stderr
    assert ": not placed:" not in run.stderr


def test_a_folded_block_of_another_title_stays_under_its_section(cli, write):
    """The near-miss: 'Examples' folded under Delivery is Delivery's, as before."""
    data, run = imported(cli, _site(write, "Examples"), "--org", "Acme")
    assert "says what reaching the next level takes" not in run.stderr
    assert "description" not in data["levels"][1]
