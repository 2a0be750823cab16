"""The marks of the latest release tell a reader of a level whether what
the level expects changed: a wording fix is "reworded", not a raised or
lowered bar; a statement moved to another level says where it came from,
and the level it left says where it went. The index's links to each
framework's pages have names that tell the frameworks apart."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

from conftest import MINIMAL
from render_helpers import parse, squeeze
from test_diff_git import git
from test_render_history import commit, legend, marks, repo  # noqa: F401 - repo: a fixture

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")

#: Three levels, each with statements a release can reword, move or leave.
THREE = MINIMAL.replace("        - I deliver my tasks on time\n", """\
        - I deliver my tasks on time
        - I ask for help when I am stuck
        - I write tests for my changes
        - I keep my tickets up to date
""") + """\
  - id: IC2
    title: Engineer II
    summary: Delivers projects
    competencies:
      impact:
        - I deliver my projects on time
        - I review my team's pull requests
  - id: IC3
    title: Senior Engineer
    summary: Leads projects
    competencies:
      impact:
        - I lead projects across several teams
"""


def _release(text: str, *edits: tuple[str, str]) -> str:
    text = text.replace('"1.0.0"', '"2.0.0"')
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    return text


def _render(cli, repo, tmp_path, first: str, release: str):  # noqa: F811 - repo: the fixture's
    commit(repo, "acme.yaml", first, "First version")
    commit(repo, "acme.yaml", release, "Release 2.0.0")
    site = tmp_path / "site"
    result = cli("render", "acme.yaml", "-o", str(site))
    assert result.exit_code == 0, result.stderr
    return site / "acme-backend"


def test_a_statements_mark_says_whether_the_bar_moved_or_only_its_words(cli, repo, tmp_path):  # noqa: F811
    folder = _render(cli, repo, tmp_path, THREE, _release(
        THREE,
        ("I ask for help when I am stuck", "I ask for help when I'm stuck"),  # a wording fix
        ("I write tests for my changes", "I write tests for all my changes and review tests of others"),
        ("I lead projects across several teams", "I lead projects within my team"),
        ("I keep my tickets up to date", "I keep my tickets  up to Date"),  # spacing and capitals: no mark
    ))
    expected_ic1 = {
        "I ask for help when I'm stuck": "reworded in version 2.0.0:",
        "I write tests for all my changes and review tests of others": "raised in version 2.0.0:",
    }
    assert marks(folder / "levels" / "IC1.html") == expected_ic1
    assert marks(folder / "levels" / "IC3.html") == {"I lead projects within my team": "lowered in version 2.0.0:"}
    # The grid marks alike, and every mark is a box of its own kind.
    assert marks(folder / "index.html") == {**expected_ic1, "I lead projects within my team": "lowered in version 2.0.0:"}
    kinds = {tuple(sorted(span.classes)) for span in parse(folder / "index.html").find_all("span", "release-mark")
             if span.parent is not None and "statement" in span.parent.classes}
    assert kinds == {("release-mark", f"release-mark-{kind}") for kind in ("reworded", "raised", "lowered")}
    # The legend says what each mark means for the bar.
    link = ": what changed in version 2.0.0."
    assert legend(folder / "levels" / "IC1.html") == \
        "1 statement marked raised was changed to ask for more and 1 marked reworded was only reworded" \
        " in version 2.0.0" + link
    assert legend(folder / "levels" / "IC3.html") == \
        "1 statement marked lowered was changed to ask for less in version 2.0.0" + link


def test_a_statement_moved_down_says_where_from_and_the_level_it_left_where_to(cli, repo, tmp_path):  # noqa: F811
    folder = _render(cli, repo, tmp_path, THREE, _release(
        THREE,
        ("        - I review my team's pull requests\n", ""),
        ("        - I ask for help", "        - I review my team's pull requests\n        - I ask for help"),
    ))
    # New at IC1 (IC1 did not ask for it: its bar went up), and not as if from nowhere: moved from IC2.
    # Seen by everyone, in the new box, not only heard by a screen reader.
    assert marks(folder / "levels" / "IC1.html") == {
        "I review my team's pull requests": "new here, moved from Engineer II in version 2.0.0:"}
    [mark] = [span for span in parse(folder / "levels" / "IC1.html").find_all("span", "release-mark")
              if span.parent is not None and "statement" in span.parent.classes]
    assert squeeze(mark.children[0]) == "new here, moved from Engineer II"
    assert sorted(mark.classes) == ["release-mark", "release-mark-new"]
    # IC2 no longer lists it, and says where it went (IC2 asks for it still, through IC1).
    assert marks(folder / "levels" / "IC2.html") == {}
    assert legend(folder / "levels" / "IC2.html") == \
        "1 expectation was moved from Engineer II to Engineer I (still asked for here, through Engineer I)" \
        " in version 2.0.0: what changed in version 2.0.0."
    # A level the move did not touch says nothing of it.
    assert not parse(folder / "levels" / "IC3.html").find_all("p", "release-legend")


def test_where_levels_stand_alone_the_level_a_statement_left_no_longer_asks_for_it(cli, repo, tmp_path):  # noqa: F811
    alone = THREE.replace("levels:\n", "cumulative: false\nlevels:\n", 1)
    folder = _render(cli, repo, tmp_path, alone, _release(
        alone,
        ("        - I review my team's pull requests\n", ""),
        ("        - I ask for help", "        - I review my team's pull requests\n        - I ask for help"),
    ))
    assert marks(folder / "levels" / "IC1.html") == {
        "I review my team's pull requests": "new here, moved from Engineer II in version 2.0.0:"}
    assert legend(folder / "levels" / "IC2.html") == \
        "1 expectation was moved from Engineer II to Engineer I in version 2.0.0: what changed in version 2.0.0."


def test_a_statement_moved_down_in_other_words_is_new_where_it_went(cli, repo, tmp_path):  # noqa: F811
    """All of it is new at a level that did not ask for it, not only what its new words add."""
    folder = _render(cli, repo, tmp_path, THREE, _release(
        THREE,
        ("        - I review my team's pull requests\n", ""),
        ("        - I ask for help", "        - I review all of my team's pull requests\n        - I ask for help"),
    ))
    assert marks(folder / "levels" / "IC1.html") == {
        "I review all of my team's pull requests": "new here, moved from Engineer II in version 2.0.0:"}
    assert legend(folder / "levels" / "IC1.html") == \
        "1 statement marked new here was moved to a level that did not ask for it before in version 2.0.0:" \
        " what changed in version 2.0.0."


def test_the_legend_says_which_statements_marked_new_were_added_and_which_moved(cli, repo, tmp_path):  # noqa: F811
    """A statement marked new because it moved down was not added: the
    legend says what each of its marks means."""
    folder = _render(cli, repo, tmp_path, THREE, _release(
        THREE,
        ("        - I review my team's pull requests\n", ""),
        ("        - I ask for help", "        - I review my team's pull requests\n        - I pair with new joiners\n"
                                     "        - I ask for help"),
    ))
    assert marks(folder / "levels" / "IC1.html") == {
        "I review my team's pull requests": "new here, moved from Engineer II in version 2.0.0:",
        "I pair with new joiners": "new in version 2.0.0:"}
    said = "1 statement marked new was added and 1 marked new here was moved to a level that did not ask for it" \
           " before in version 2.0.0: what changed in version 2.0.0."
    for page in ("levels/IC1.html", "index.html", "all-levels.html", "compare/IC1-IC2.html"):
        assert legend(folder / page) == said, page
    # The box of the words "new here" is the new one, as the mark's.
    [shown] = parse(folder / "index.html").find_all("p", "release-legend")
    [box] = [span for span in shown.find_all("span", "release-mark") if squeeze(span.text) == "new here"]
    assert sorted(box.classes) == ["release-mark", "release-mark-new"]


def test_a_statement_moved_up_a_cumulative_ladder_stays_marked_moved_not_new(cli, repo, tmp_path):  # noqa: F811
    """The near miss: the level above asked for it already, through the level below; its bar did not go up."""
    folder = _render(cli, repo, tmp_path, THREE, _release(
        THREE,
        ("        - I ask for help when I am stuck\n", ""),
        ("        - I review my team's pull requests\n",
         "        - I review my team's pull requests\n        - I ask for help when I am stuck\n"),
    ))
    assert marks(folder / "levels" / "IC2.html") == {
        "I ask for help when I am stuck": "moved from Engineer I in version 2.0.0:"}
    [mark] = [span for span in parse(folder / "levels" / "IC2.html").find_all("span", "release-mark")
              if span.parent is not None and "statement" in span.parent.classes]
    assert sorted(mark.classes) == ["release-mark", "release-mark-moved"]


def test_a_rewording_that_asks_more_in_one_way_and_less_in_another_says_both(cli, repo, tmp_path):  # noqa: F811
    """The differ grades it raises-bar and also lowers-bar: not marked as a pure raise."""
    folder = _render(cli, repo, tmp_path, THREE, _release(
        THREE, ("I deliver my projects on time", "I deliver my projects eventually and review designs of other teams"),
        ("I write tests for my changes", "I write tests for all my changes"),  # a pure raise, beside it
    ))
    assert marks(folder / "levels" / "IC2.html") == {
        "I deliver my projects eventually and review designs of other teams": "raised and lowered in version 2.0.0:"}
    assert marks(folder / "levels" / "IC1.html") == {"I write tests for all my changes": "raised in version 2.0.0:"}
    assert legend(folder / "levels" / "IC2.html") == (
        "1 statement marked raised and lowered was changed to ask for more in one way and less in another"
        " in version 2.0.0: what changed in version 2.0.0.")
    kinds = {tuple(sorted(span.classes)) for span in parse(folder / "index.html").find_all("span", "release-mark")
             if span.parent is not None and "statement" in span.parent.classes}
    assert kinds == {("release-mark", "release-mark-raised-and-lowered"), ("release-mark", "release-mark-raised")}


def _link_names(page) -> Counter[str]:
    return Counter(squeeze(a.text) for a in parse(page).find_all("a"))


def test_the_index_names_each_frameworks_links_apart_two_revisions_of_one_title_too(cli, repo, tmp_path):  # noqa: F811
    commit(repo, "old/acme.yaml", MINIMAL, "First version")
    commit(repo, "acme.yaml", MINIMAL.replace('"1.0.0"', '"2.0.0"'), "Release 2.0.0")
    # Changed since its release: its version links to the changes in its changelog.
    (repo / "acme.yaml").write_text(MINIMAL.replace('"1.0.0"', '"2.0.0"').replace("my tasks", "my own tasks"))
    site = tmp_path / "site"
    assert cli("render", "acme.yaml", "old/acme.yaml", "-o", str(site)).exit_code == 0
    names = _link_names(site / "index.html")
    assert [name for name, count in names.items() if count > 1] == []
    title = "Acme Engineering Career Framework: Backend Engineer"
    for version in ("1.0.0", "2.0.0"):
        for part in ("Grid", "All levels", "Changelog"):
            assert names[f"{part} of {title} (version {version})"] == 1, (part, version)
    assert names[f"the changelog of {title} (version 2.0.0)"] == 1
    # One framework of a title is named by its title alone, as before.
    git(repo, "rm", "-q", "old/acme.yaml")
    single = tmp_path / "single"
    assert cli("render", "acme.yaml", "-o", str(single)).exit_code == 0
    assert names_of(single) >= {f"Changelog of {title}", f"the changelog of {title}"}


def names_of(site) -> set[str]:
    return set(_link_names(site / "index.html"))


def test_a_statement_reworded_in_a_language_the_grader_does_not_read_is_marked_changed(cli, repo, tmp_path):  # noqa: F811
    # Which way it goes no reading says: neither "raised" nor "raised and lowered", which would tell the reader.
    old = "Realizar tarefas bem definidas de um projeto e concluí-las em um período de tempo razoável."
    new = "Realizar tarefas bem definidas e concluí-las em um curto período de tempo."
    first = THREE.replace("        - I lead projects across several teams\n",
                          f"        - I lead projects across several teams\n        - {old}\n")
    folder = _render(cli, repo, tmp_path, first, _release(
        first, (old, new), ("I lead projects across several teams", "I lead projects within my team")))
    assert marks(folder / "levels" / "IC3.html") == {new: "changed in version 2.0.0:",
                                                      "I lead projects within my team": "lowered in version 2.0.0:"}
