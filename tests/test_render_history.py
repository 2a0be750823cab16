"""The changelog page: a release for each version in the file's git history,
with the differ's notes, and what changed since the last release."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import MINIMAL
from render_helpers import parse, squeeze
from test_diff_git import git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")

V1 = MINIMAL
#: 1.1.0 raises the bar at IC1.
V11 = MINIMAL.replace('version: "1.0.0"', 'version: "1.1.0"') + "        - I ask for review early\n"
#: An edit that keeps the version (not released yet).
V11_EDIT = V11.replace("I ask for review early", "I ask for review early and often")
V2 = V11_EDIT.replace('version: "1.1.0"', 'version: "2.0.0"').replace(
    "I deliver my tasks on time", "I deliver my tasks on time and to a high standard"
)


def commit(repo: Path, name: str, text: str, message: str) -> str:
    (repo / name).parent.mkdir(parents=True, exist_ok=True)
    (repo / name).write_text(text)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", message)
    return git(repo, "rev-parse", "HEAD").strip()


@pytest.fixture
def repo(tmp_path, monkeypatch):
    root = tmp_path / "ladder"
    root.mkdir()
    git(root, "init", "-q")
    monkeypatch.chdir(root)
    return root


def releases(page: Path) -> list[str]:
    return [squeeze(h.text) for h in parse(page).find_all("h2")]


def test_a_release_for_each_version_with_the_differs_notes(cli, repo, tmp_path):
    first = commit(repo, "frameworks/acme.yaml", V1, "First version")
    commit(repo, "frameworks/acme.yaml", V11, "Ask for early review")
    commit(repo, "frameworks/acme.yaml", V11_EDIT, "Reword, same version")
    commit(repo, "frameworks/acme.yaml", V2, "Raise the bar")
    result = cli("render", "frameworks", "-o", str(tmp_path / "site"))
    assert result.exit_code == 0, result.stderr
    page = tmp_path / "site" / "acme-backend" / "changelog.html"
    assert releases(page) == ["Version 2.0.0", "Version 1.1.0", "Version 1.0.0"]
    sections = parse(page).find_all("section", "release")
    text = [squeeze(s.text) for s in sections]
    # 2.0.0 is compared with 1.1.0 as released: the later rewording is part of 2.0.0.
    assert "Raise the bar" in text[0]
    assert "reworded" in text[0] and "often" in text[0]
    assert "I ask for review early" in text[1]
    # Engineers read what changed; the differ's section for the framework's
    # maintainers (the release the changes call for) is not on their page.
    # Nor the differ's title: the page names the framework, the release's
    # heading its version, and the notes' sections come under it.
    for release in text:
        assert "maintainers" not in release and "release, as these changes call for" not in release
        assert "From version" not in release and "What changes in" not in release
    assert [squeeze(h.text) for h in sections[1].iter() if h.tag in ("h2", "h3", "h4")] == [
        "Version 1.1.0", "What changes for IC1 (Engineer I)", "New or higher expectations"]
    assert f"in {first[:12]}: First version" in text[2]
    assert "The first version in the history." in text[2]
    assert not parse(page).find_all("section", "unreleased")
    # The Markdown has the same releases.
    result = cli("render", "frameworks", "-o", str(tmp_path / "md"), "--format", "markdown")
    markdown = (tmp_path / "md" / "acme-backend.md").read_text()
    assert [line for line in markdown.splitlines() if line.startswith("### Version")] == [
        "### Version 2.0.0", "### Version 1.1.0", "### Version 1.0.0",
    ]
    assert "maintainers" not in markdown and "From version" not in markdown and "What changes in" not in markdown
    assert "### Version 1.1.0\n\nCommitted on" in markdown and "\n#### What changes for IC1 (Engineer I)\n" in markdown


def test_changes_since_the_last_release_are_listed_apart(cli, repo, tmp_path):
    commit(repo, "acme.yaml", V1, "First version")
    commit(repo, "acme.yaml", V11, "Release 1.1.0")
    (repo / "acme.yaml").write_text(V11_EDIT)  # not committed
    cli("render", "acme.yaml", "-o", str(tmp_path / "site"))
    page = tmp_path / "site" / "acme-backend" / "changelog.html"
    [unreleased] = parse(page).find_all("section", "unreleased")
    assert "Changes made since version 1.1.0" in squeeze(unreleased.text)
    assert "often" in squeeze(unreleased.text)
    # A version raised in the working tree is a release not committed yet.
    (repo / "acme.yaml").write_text(V2)
    cli("render", "acme.yaml", "-o", str(tmp_path / "site2"))
    page = tmp_path / "site2" / "acme-backend" / "changelog.html"
    assert releases(page) == ["Version 2.0.0", "Version 1.1.0", "Version 1.0.0"]
    assert "Not committed yet." in squeeze(parse(page).find_all("section", "release")[0].text)


def test_since_keeps_the_releases_after_a_revision(cli, repo, tmp_path):
    commit(repo, "acme.yaml", V1, "First version")
    base = commit(repo, "acme.yaml", V11, "Release 1.1.0")
    commit(repo, "acme.yaml", V2, "Release 2.0.0")
    result = cli("render", "acme.yaml", "-o", str(tmp_path / "site"), "--since", base)
    assert result.exit_code == 0, result.stderr
    page = tmp_path / "site" / "acme-backend" / "changelog.html"
    assert releases(page) == ["Version 2.0.0"]
    # Compared with 1.1.0, as it was at the revision: its changes, not 1.1.0's.
    text = squeeze(parse(page).text)
    assert "reworded: I ask for review early added: and often" in text
    # Readers are told where the list starts as they know it: a version and a date, not a git revision.
    date = git(repo, "log", "-1", "--format=%cs", base).strip()
    assert f"Releases after version 1.1.0, as the file stood on {date}." in text
    assert base not in text and base[:12] not in text.split("Version 2.0.0")[0]


@pytest.mark.parametrize("output_format", ["html", "markdown"])
def test_since_a_commit_after_the_last_release_keeps_that_releases_notes_whole(cli, repo, tmp_path, output_format):
    """A commit under 1.1.0 after its release, then 2.0.0: `--since HEAD~1`
    lists 2.0.0 with what it changes since 1.1.0 was released (as the whole
    history does), not only what changed since HEAD~1 (the version number)."""
    commit(repo, "acme.yaml", V1, "First version")
    commit(repo, "acme.yaml", V11, "Release 1.1.0")
    commit(repo, "acme.yaml", V11_EDIT, "Reword, same version")
    commit(repo, "acme.yaml", V2.replace("I deliver my tasks on time and to a high standard", "I deliver my tasks on time"),
           "Release 2.0.0")
    date = git(repo, "log", "-1", "--format=%cs", "HEAD~1").strip()
    whole, since = tmp_path / "whole", tmp_path / "since"
    for out, options in ((whole, ()), (since, ("--since", "HEAD~1"))):
        result = cli("render", "acme.yaml", "-o", str(out), "--format", output_format, *options)
        assert result.exit_code == 0, result.stderr
    if output_format == "markdown":
        text = (since / "acme-backend.md").read_text()
        notes = text.split("### Version 2.0.0")[1].split("\n---\n")[0]
        assert notes == (whole / "acme-backend.md").read_text().split("### Version 2.0.0")[1].split("### Version")[0]
        assert "often" in notes and "nothing changes but the version number" not in notes
        assert f"Releases after version 1.1.0, as the file stood on {date}." in text and "HEAD" not in text
        return
    [release] = parse(since / "acme-backend" / "changelog.html").find_all("section", "release")
    [same] = [s for s in parse(whole / "acme-backend" / "changelog.html").find_all("section", "release")
              if "Version 2.0.0" in s.text]
    assert squeeze(release.text) == squeeze(same.text)
    assert "often" in squeeze(release.text) and "nothing changes but the version number" not in squeeze(release.text)
    text = squeeze(parse(since / "acme-backend" / "changelog.html").text)
    assert f"Releases after version 1.1.0, as the file stood on {date}." in text and "HEAD" not in text


def test_a_renamed_file_keeps_its_history(cli, repo, tmp_path):
    commit(repo, "old.yaml", V1, "First version")
    git(repo, "mv", "old.yaml", "acme.yaml")
    git(repo, "commit", "-qm", "Rename")
    commit(repo, "acme.yaml", V11, "Release 1.1.0")
    cli("render", "acme.yaml", "-o", str(tmp_path / "site"))
    assert releases(tmp_path / "site" / "acme-backend" / "changelog.html") == ["Version 1.1.0", "Version 1.0.0"]


def test_a_revision_that_is_not_a_valid_framework_is_said_so(cli, repo, tmp_path):
    commit(repo, "acme.yaml", V1.replace("    title: Engineer I\n", ""), "Broken")
    commit(repo, "acme.yaml", V11, "Release 1.1.0")
    cli("render", "acme.yaml", "-o", str(tmp_path / "site"))
    text = squeeze(parse(tmp_path / "site" / "acme-backend" / "changelog.html").text)
    assert "is not a valid framework, so this release cannot be compared" in text


def test_a_file_without_history(cli, repo, tmp_path):
    (repo / "acme.yaml").write_text(V1)
    cli("render", "acme.yaml", "-o", str(tmp_path / "site"))
    text = squeeze(parse(tmp_path / "site" / "acme-backend" / "changelog.html").text)
    assert "has not been committed yet" in text


def test_outside_git_there_is_no_history_and_since_is_an_error(cli, tmp_path, monkeypatch):
    outside = tmp_path / "plain"
    outside.mkdir()
    (outside / "acme.yaml").write_text(V1)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = cli("render", str(outside / "acme.yaml"), "-o", str(tmp_path / "site"))
    assert result.exit_code == 0
    text = squeeze(parse(tmp_path / "site" / "acme-backend" / "changelog.html").text)
    assert "not in a git repository" in text
    result = cli("render", str(outside / "acme.yaml"), "-o", str(tmp_path / "site2"), "--since", "HEAD~1")
    assert result.exit_code == 2
    assert "--since HEAD~1" in result.stderr


def test_since_a_revision_that_does_not_exist_is_an_error(cli, repo, tmp_path):
    commit(repo, "acme.yaml", V1, "First version")
    result = cli("render", "acme.yaml", "-o", str(tmp_path / "site"), "--since", "no-such-branch")
    assert result.exit_code == 2
    assert "revision no-such-branch does not exist in this repository; check the name" in result.stderr


def test_a_reason_reworded_in_two_commits_is_a_wording_fix_in_the_changelog_too(cli, repo, tmp_path):
    """Each commit's diff calls its rewording of a reason why a competency
    does not apply a wording fix; the release that has both says the same."""
    with_reason = V1.replace("        name: Impact\n", "        name: Impact\n      - id: mentoring\n"
                             "        name: Mentoring\n") + "      mentoring:\n        not_applicable: Mentoring starts at IC2.\n"
    commit(repo, "frameworks/acme.yaml", with_reason, "First version")
    first = with_reason.replace("Mentoring starts at IC2.", "Mentoring starts at IC3.")
    commit(repo, "frameworks/acme.yaml", first, "Renumbered")
    second = first.replace("Mentoring starts", "Coaching starts")
    commit(repo, "frameworks/acme.yaml", second, "Renamed")
    for rev in ("HEAD~1", "HEAD"):
        run = cli("diff", f"{rev}~1:frameworks/acme.yaml", f"{rev}:frameworks/acme.yaml")
        assert "editorial   not-applicable-changed" in run.output, run.output
    commit(repo, "frameworks/acme.yaml", second.replace('version: "1.0.0"', 'version: "1.0.1"'), "Release")
    assert cli("render", "frameworks", "-o", str(tmp_path / "site")).exit_code == 0
    [release] = [squeeze(s.text) for s in parse(tmp_path / "site" / "acme-backend" / "changelog.html")
                 .find_all("section", "release") if "Version 1.0.1" in s.text]
    assert "Wording fixes" in release and "Changes of structure and names" not in release


#: 1.1.0 adds a level that stands alone: the statements of the level below it does not list are counted.
V11_LEVEL = MINIMAL.replace('version: "1.0.0"', 'version: "1.1.0"').replace(
    "        - I deliver my tasks on time\n",
    "        - I deliver my tasks on time\n        - I write tests for my code\n",
) + (
    "  - id: IC2\n    title: Engineer II\n    summary: Delivers projects\n    competencies:\n      impact:\n"
    "        - I deliver my projects on time\n"
)


@pytest.mark.parametrize("output_format", ["html", "markdown"])
def test_a_new_levels_notes_point_to_what_is_new_at_it_not_to_a_command(cli, repo, tmp_path, output_format):
    commit(repo, "frameworks/acme.yaml", V1.replace("ladderlint: 1\n", "ladderlint: 1\ncumulative: false\n"),
           "First version")
    commit(repo, "frameworks/acme.yaml", V11_LEVEL.replace("ladderlint: 1\n", "ladderlint: 1\ncumulative: false\n"),
           "A second level")
    out = tmp_path / "site"
    result = cli("render", "frameworks", "-o", str(out), "--format", output_format)
    assert result.exit_code == 0, result.stderr
    if output_format == "markdown":
        text = (out / "acme-backend.md").read_text()
        assert "“what is new at Engineer II” lists it" in text and "ladderlint diff" not in text
        return
    page = parse(out / "acme-backend" / "changelog.html")
    assert "`" not in page.text and "ladderlint diff" not in page.text
    [link] = [a for a in page.find_all("a") if squeeze(a.text) == "what is new at Engineer II"]
    target, _hash, anchor = link.attrs["href"].partition("#")
    level = parse(out / "acme-backend" / target)
    assert level.find_all(id=anchor) and "compared with engineer i" in squeeze(level.find_all(id=anchor)[0].text).lower()


def test_a_release_shows_a_statements_list_as_a_list(cli, repo, tmp_path):
    commit(repo, "frameworks/acme.yaml", V1, "First version")
    commit(repo, "frameworks/acme.yaml", MINIMAL.replace('version: "1.0.0"', 'version: "1.1.0"')
           + '        - "I join the on-call rota\\n\\n1. first item\\n2. second item"\n', "On call")
    result = cli("render", "frameworks", "-o", str(tmp_path / "site"))
    assert result.exit_code == 0, result.stderr
    page = parse(tmp_path / "site" / "acme-backend" / "changelog.html")
    [item] = [li for li in page.find_all("li") if "on-call rota" in li.text and li.find_all("ol")]
    assert [squeeze(li.text) for li in item.find_all("ol")[0].find_all("li")] == ["first item", "second item"]


def marks(page: Path) -> dict[str, str]:
    """Each marked statement's words, with what its mark says (to everyone, and to a screen reader)."""
    out = {}
    for item in parse(page).find_all("li", "statement"):
        [mark] = item.find_all("span", "release-mark") or [None]
        if mark is not None:
            words = squeeze(item.text).removeprefix(squeeze(mark.text)).strip()
            out[words] = squeeze(mark.text)
    return out


def test_the_grid_and_the_level_pages_mark_what_the_latest_release_added_or_changed(cli, repo, tmp_path):
    commit(repo, "acme.yaml", V1, "First version")
    # The first release marks nothing: every statement is new.
    assert cli("render", "acme.yaml", "-o", str(tmp_path / "first")).exit_code == 0
    assert marks(tmp_path / "first" / "acme-backend" / "index.html") == {}
    commit(repo, "acme.yaml", V11, "Release 1.1.0")
    site = tmp_path / "site"
    assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
    for page in (site / "acme-backend" / "index.html", site / "acme-backend" / "levels" / "IC1.html"):
        # A word anyone sees, and for a screen reader which release: not a colour alone.
        assert marks(page) == {"I ask for review early": "new in version 1.1.0:"}, page
        [legend] = parse(page).find_all("p", "release-legend")
        [link] = legend.find_all("a")
        target, _hash, anchor = link.attrs["href"].partition("#")
        changelog = parse(page.parent / target)
        assert [squeeze(h.text) for h in changelog.find_all(id=anchor)] == ["Version 1.1.0"]
    commit(repo, "acme.yaml", V2, "Release 2.0.0")
    site = tmp_path / "site2"
    assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
    # Each asks for more than 1.1.0 did: the mark says the bar was raised.
    assert marks(site / "acme-backend" / "levels" / "IC1.html") == {
        "I deliver my tasks on time and to a high standard": "raised in version 2.0.0:",
        "I ask for review early and often": "raised in version 2.0.0:",
    }


def legend(page: Path) -> str:
    [found] = parse(page).find_all("p", "release-legend")
    return squeeze(found.text)


#: Two levels, for a release that marks statements at one of them only.
TWO_LEVELS = V1 + (
    "  - id: IC2\n    title: Engineer II\n    summary: Delivers projects\n    competencies:\n      impact:\n"
    "        - I deliver my projects on time\n"
)


def test_the_legend_names_only_the_marks_its_page_shows(cli, repo, tmp_path):
    commit(repo, "acme.yaml", TWO_LEVELS, "First version")
    # 1.1.0 only adds a statement (at IC1): no page says "changed".
    commit(repo, "acme.yaml", TWO_LEVELS.replace('"1.0.0"', '"1.1.0"').replace(
        "        - I deliver my tasks on time\n", "        - I deliver my tasks on time\n        - I ask for review early\n"),
        "Release 1.1.0")
    site = tmp_path / "site"
    assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
    folder = site / "acme-backend"
    added = "1 statement marked new was added in version 1.1.0: what changed in version 1.1.0."
    # Every page that shows the mark says what it means: the grid, the
    # level, every level on one page and two levels side by side.
    for page in ("index.html", "levels/IC1.html", "all-levels.html", "compare/IC1-IC2.html"):
        assert legend(folder / page) == added, page
    assert not parse(folder / "levels" / "IC2.html").find_all("p", "release-legend")
    # 1.2.0 rewords a statement at IC1 and adds one at IC2: each level's
    # page names its own kind, the pages that show both name both.
    commit(repo, "acme.yaml", TWO_LEVELS.replace('"1.0.0"', '"1.2.0"').replace(
        "        - I deliver my tasks on time\n",
        "        - I deliver my tasks on time and keep my lead informed\n        - I ask for review early\n").replace(
        "        - I deliver my projects on time\n",
        "        - I deliver my projects on time\n        - I write design documents for my projects\n"),
        "Release 1.2.0")
    site = tmp_path / "site2"
    assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
    folder = site / "acme-backend"
    link = ": what changed in version 1.2.0."
    assert legend(folder / "levels" / "IC1.html") == \
        "1 statement marked raised was changed to ask for more in version 1.2.0" + link
    assert legend(folder / "levels" / "IC2.html") == "1 statement marked new was added in version 1.2.0" + link
    for page in ("index.html", "all-levels.html", "compare/IC1-IC2.html"):
        assert legend(folder / page) == \
            "1 statement marked new was added and 1 marked raised was changed to ask for more in version 1.2.0" \
            + link, page


def test_a_releases_notes_link_to_the_level_and_the_statement_they_are_about(cli, repo, tmp_path):
    commit(repo, "acme.yaml", V1, "First version")
    commit(repo, "acme.yaml", V11, "Release 1.1.0")
    commit(repo, "acme.yaml", V2, "Release 2.0.0")
    site = tmp_path / "site"
    assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
    folder = site / "acme-backend"
    page = parse(folder / "changelog.html")
    headings = [a for h in page.find_all("h3") for a in h.find_all("a")]
    assert {squeeze(a.text): a.attrs["href"] for a in headings} == {"What changes for IC1 (Engineer I)": "levels/IC1.html"}
    seen = {}
    for section in page.find_all("section", "release"):
        for item in section.find_all("li"):
            for link in [a for strong in item.find_all("strong") for a in strong.find_all("a")]:
                target, _hash, anchor = link.attrs["href"].partition("#")
                [place] = parse(folder / target).find_all(id=anchor)
                words = place.find_all(cls="statement-text") or place.find_all("h2")
                seen[squeeze(item.text)] = squeeze(words[0].text)
    # Each change's label goes to the statement on its level's page; one
    # reworded since, to its competency's part of that page.
    assert seen == {
        "Impact: reworded: I ask for review early added: and often":
            "I ask for review early and often",
        "Impact: reworded: I deliver my tasks on time added: and to a high standard":
            "I deliver my tasks on time and to a high standard",
        "Impact: I ask for review early": "Results",
    }


#: Two levels, each with a statement that 2.0.0 moves to the other: one up
#: the ladder, one down.
TO_MOVE = TWO_LEVELS.replace(
    "        - I deliver my tasks on time\n",
    "        - I deliver my tasks on time\n        - I write tests for my changes\n").replace(
    "        - I deliver my projects on time\n",
    "        - I deliver my projects on time\n        - I review my team's pull requests\n")
MOVED = TO_MOVE.replace('"1.0.0"', '"2.0.0"').replace("- I write tests for my changes", "- UP").replace(
    "- I review my team's pull requests", "- I write tests for my changes").replace(
    "- UP", "- I review my team's pull requests")


def test_a_statement_moved_up_a_cumulative_ladder_is_not_new_where_it_went(cli, repo, tmp_path):
    """The level above had it from below: the pages read the move as the
    release notes do (no longer asked at IC1, still asked at IC2), and the
    page of the level it left says what that level lost."""
    commit(repo, "acme.yaml", TO_MOVE, "First version")
    commit(repo, "acme.yaml", MOVED, "Release 2.0.0")
    site = tmp_path / "site"
    assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
    folder = site / "acme-backend"
    notes = squeeze(parse(folder / "changelog.html").find_all("section", "release")[0].text)
    assert "no longer expected here, moved up to IC2: I write tests for my changes" in notes
    assert marks(folder / "levels" / "IC2.html") == {
        "I write tests for my changes": "moved from Engineer I in version 2.0.0:"}
    # Moved down, it is new here (IC1 did not ask for it), and says where from.
    assert marks(folder / "levels" / "IC1.html") == {
        "I review my team's pull requests": "new here, moved from Engineer II in version 2.0.0:"}
    # Each level it left says where it went, not that it was removed;
    # IC2 asks for what it left still, through IC1.
    link = ": what changed in version 2.0.0."
    # Its mark says "new here": the legend says it was moved, not added.
    assert legend(folder / "levels" / "IC1.html") == \
        "1 statement marked new here was moved to a level that did not ask for it before in version 2.0.0," \
        " and 1 expectation was moved from Engineer I to Engineer II" + link
    assert legend(folder / "levels" / "IC2.html") == \
        "1 statement marked moved was moved from another level in version 2.0.0, and 1 expectation was moved" \
        " from Engineer II to Engineer I (still asked for here, through Engineer I)" + link
    for page in ("index.html", "all-levels.html", "compare/IC1-IC2.html"):
        assert legend(folder / page) == \
            "1 statement marked new here was moved to a level that did not ask for it before and 1 marked moved" \
            " was moved from another level in version 2.0.0" + link, page


def test_where_levels_stand_alone_a_statement_moved_up_is_new_where_it_went(cli, repo, tmp_path):
    alone = TO_MOVE.replace("levels:\n", "cumulative: false\nlevels:\n", 1)
    commit(repo, "acme.yaml", alone, "First version")
    commit(repo, "acme.yaml", alone.replace('"1.0.0"', '"2.0.0"').replace("        - I write tests for my changes\n", "")
           .replace("- I review my team's pull requests", "- I review my team's pull requests\n"
                    "        - I write tests for my changes"), "Release 2.0.0")
    site = tmp_path / "site"
    assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
    folder = site / "acme-backend"
    assert marks(folder / "levels" / "IC2.html") == {
        "I write tests for my changes": "new here, moved from Engineer I in version 2.0.0:"}
    # A level that only lost an expectation says where it went, with no mark to explain.
    assert marks(folder / "levels" / "IC1.html") == {}
    assert legend(folder / "levels" / "IC1.html") == \
        "1 expectation was moved from Engineer I to Engineer II in version 2.0.0: what changed in version 2.0.0."


def test_what_a_level_asked_for_already_is_not_new_there(cli, repo, tmp_path):
    """Up a cumulative ladder in other words, a statement is changed where
    it went, not new; a copy of what the level below asks for is new to
    nobody, and the release notes call it a wording fix."""
    commit(repo, "acme.yaml", TO_MOVE, "First version")
    commit(repo, "acme.yaml", TO_MOVE.replace('"1.0.0"', '"2.0.0"').replace("        - I write tests for my changes\n", "")
           .replace("- I review my team's pull requests", "- I review my team's pull requests\n"
                    "        - I write tests for my changes and for my team's changes\n"
                    "        - I deliver my tasks on time"), "Release 2.0.0")
    site = tmp_path / "site"
    assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
    folder = site / "acme-backend"
    assert marks(folder / "levels" / "IC2.html") == {
        "I write tests for my changes and for my team's changes": "raised, moved from Engineer I in version 2.0.0:"}
    assert legend(folder / "levels" / "IC1.html") == \
        "1 expectation was moved from Engineer I to Engineer II in version 2.0.0: what changed in version 2.0.0."


def test_a_copy_moved_down_to_a_level_that_had_it_from_below_is_not_marked(cli, repo, tmp_path):
    """IC3 said again what IC1 asks; moved down to IC2, the copy is still
    new to nobody: the release notes call it a wording fix, and the pages
    mark nothing."""
    three = MINIMAL + """  - id: IC2
    title: Engineer II
    summary: Delivers projects
    competencies:
      impact:
        - I deliver my projects on time
  - id: IC3
    title: Senior Engineer
    summary: Leads projects
    competencies:
      impact:
        - I lead projects across teams
        - I deliver my tasks on time
"""
    commit(repo, "acme.yaml", three, "First version")
    moved = three.replace('"1.0.0"', '"1.0.1"').replace(
        "        - I lead projects across teams\n        - I deliver my tasks on time\n",
        "        - I lead projects across teams\n").replace(
        "        - I deliver my projects on time\n",
        "        - I deliver my projects on time\n        - I deliver my tasks on time\n")
    commit(repo, "acme.yaml", moved, "Release 1.0.1")
    site = tmp_path / "site"
    assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
    folder = site / "acme-backend"
    assert marks(folder / "levels" / "IC2.html") == {}



def version_line(page: Path) -> str:
    [found] = parse(page).find_all("p", "version")
    return squeeze(found.text)


def test_pages_of_a_framework_changed_since_its_release_say_so(cli, repo, tmp_path):
    """Content committed (or not) without a new version is not that version:
    every page that says the version says it has changes not yet released,
    and links them in the changelog; a statement changed since the release
    is not marked as the release left it."""
    with_id = TWO_LEVELS.replace(
        "        - I deliver my projects on time\n",
        "        - id: projects\n          text: I deliver my projects on time\n")
    commit(repo, "acme.yaml", with_id, "First version")
    released = with_id.replace('"1.0.0"', '"2.0.0"').replace("my projects on time", "my projects on time and on budget")
    commit(repo, "acme.yaml", released, "Release 2.0.0")
    site = tmp_path / "released"
    assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
    folder = site / "acme-backend"
    # As released: the version alone, and the statement marked.
    assert version_line(folder / "levels" / "IC2.html") == "Version 2.0.0."
    assert marks(folder / "levels" / "IC2.html") == {
        "I deliver my projects on time and on budget": "raised in version 2.0.0:"}
    # Then the statement (found by its id) and IC1 change, under the same version.
    commit(repo, "acme.yaml", released.replace("and on budget", "and within budget").replace(
        "I deliver my tasks on time", "I deliver my tasks on time, mostly"), "Reword, same version")
    for site in (tmp_path / "committed", tmp_path / "working-tree"):
        if site.name == "working-tree":  # the same changes, not committed
            git(repo, "reset", "-q", "--soft", "HEAD~1")
        assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
        folder = site / "acme-backend"
        said = "Version 2.0.0, with changes not yet released: see the changelog."
        for page in ("levels/IC1.html", "levels/IC2.html", "all-levels.html", "compare/IC1-IC2.html"):
            assert version_line(folder / page) == said, page
            [line] = parse(folder / page).find_all("p", "version")
            [link] = line.find_all("a")
            target, _hash, anchor = link.attrs["href"].partition("#")
            assert [squeeze(h.text) for h in parse((folder / page).parent / target).find_all(id=anchor)] == \
                ["Not released yet"], page
        facts = [squeeze(fact.text) for fact in parse(folder / "index.html").find_all("div")
                 if [squeeze(dt.text) for dt in fact.find_all("dt")] == ["Version"]]
        assert facts == ["Version2.0.0, with changes not yet released: see the changelog"]
        # Its words now are not 2.0.0's: no mark, no legend claims them for 2.0.0.
        for page in ("index.html", "levels/IC2.html", "all-levels.html"):
            assert marks(folder / page) == {}, page
            assert not parse(folder / page).find_all("p", "release-legend"), page
    markdown_site = tmp_path / "md"
    assert cli("render", "acme.yaml", "-o", str(markdown_site), "--format", "markdown").exit_code == 0
    assert "- **Version:** 2.0.0, with changes not yet released: see the [changelog](#changelog)\n" in \
        (markdown_site / "acme-backend.md").read_text()


def unreleased_notes(site: Path) -> dict[str, bool]:
    """Each page kind of the site (and the Markdown page beside it): whether
    it says the framework has changes not yet released."""
    folder = site / "acme-backend"
    said = "with changes not yet released"
    [entry] = [li for li in parse(site / "index.html").find_all("li") if li.find_all("h3")]
    found = {
        "site index": said in squeeze(entry.text),
        "grid": said in " ".join(squeeze(dl.text) for dl in parse(folder / "index.html").find_all("dl")),
        "changelog": bool(parse(folder / "changelog.html").find_all(id="unreleased")),
    }
    for page in ("all-levels.html", "levels/IC1.html", "levels/IC2.html", "compare/IC1-IC2.html"):
        found[page] = said in version_line(folder / page)
    markdown = (site.parent / f"{site.name}-md" / "acme-backend.md").read_text()
    found["markdown"] = said in markdown.split("## Contents")[0]
    found["markdown changelog"] = "Not released yet" in markdown
    return found


@pytest.mark.parametrize("state, shown", [
    ("released", False),
    # A new version in the working tree, not committed yet: a release too.
    ("bumped, not committed", False),
    ("changed, committed", True),
    ("changed, not committed", True),
])
def test_every_page_kind_says_alike_whether_the_framework_has_unreleased_changes(cli, repo, tmp_path, state, shown):
    """The site's index, the grid, every level, two levels side by side, the
    changelog and the Markdown page agree: the note where the content differs
    from the last release, and nowhere where it does not."""
    commit(repo, "acme.yaml", TWO_LEVELS, "First version")
    changed = TWO_LEVELS.replace("I deliver my tasks on time", "I deliver my tasks on time, mostly")
    if state == "changed, committed":
        commit(repo, "acme.yaml", changed, "Reword, same version")
    elif state == "changed, not committed":
        (repo / "acme.yaml").write_text(changed)
    elif state == "bumped, not committed":
        (repo / "acme.yaml").write_text(changed.replace('"1.0.0"', '"1.1.0"'))
    site = tmp_path / "site"
    assert cli("render", "acme.yaml", "-o", str(site)).exit_code == 0
    assert cli("render", "acme.yaml", "-o", str(tmp_path / "site-md"), "--format", "markdown").exit_code == 0
    notes = unreleased_notes(site)
    assert notes == dict.fromkeys(notes, shown)
    if shown:
        # The index's note links the framework's changelog, where the changes are.
        [entry] = [li for li in parse(site / "index.html").find_all("li") if li.find_all("h3")]
        assert any(a.attrs["href"] == "acme-backend/changelog.html#unreleased" for a in entry.find_all("a"))
