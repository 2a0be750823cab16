"""`ladderlint import -o FILE` over the last import keeps the ids of the
levels, dimensions and competencies `diff` pairs with the new ones, so a
renamed heading does not change ids, nor the fingerprints approvals hold."""

from __future__ import annotations

import json
from pathlib import Path

from ladderlint.loader import load_document

LADDER = """# Acme Engineering Career Framework

## Software Engineer 1

### Execution & Results

- Ships small changes with guidance from the team.
- Writes unit tests for the code they change.

### Collaboration

- Asks for code review early and often.
- Answers questions from teammates in the team channel.

## Software Engineer 2

### Execution & Results

- Ships medium-sized features on their own.
- Keeps the build green for the whole team.

### Collaboration

- Reviews the code of teammates every week.
- Explains technical decisions to product managers.

## Senior Engineer

### Execution & Results

- Leads the delivery of projects across two teams.
- Plans the work of the quarter with the manager.

### Collaboration

- Mentors the engineers of the team on design.
- Runs the design reviews of the group.
"""

INSERTED = """## Lead Engineer

### Execution & Results

- Coordinates releases between several squads.
- Sets the technical roadmap for the product area.

### Collaboration

- Represents engineering in the planning of the product.
- Grows the next technical leaders of the group.

"""


def _data(path: Path) -> dict:
    return load_document(str(path), path.read_bytes()).data


def _level_ids(path: Path) -> list[tuple[str, str]]:
    return [(level["id"], level["title"]) for level in _data(path)["levels"]]


def _competency_ids(path: Path) -> list[tuple[str, str]]:
    return [(c["id"], c["name"]) for d in _data(path)["dimensions"] for c in d["competencies"]]


def _imported(cli, page: Path, out: Path, *options: str):
    run = cli("import", str(page), "-o", str(out), "--no-check", "--report", "-", *options)
    assert run.exit_code == 0, run.stderr
    return run


def test_a_renamed_heading_keeps_its_competency_id(cli, write, tmp_path):
    out = tmp_path / "acme.yaml"
    page = write("ladder.md", LADDER)
    _imported(cli, page, out)
    page.write_text(LADDER.replace("### Execution & Results", "### Delivery"), encoding="utf-8")
    fresh = tmp_path / "fresh.yaml"
    _imported(cli, page, fresh)
    assert ("delivery", "Delivery") in _competency_ids(fresh)
    run = _imported(cli, page, out)
    assert _competency_ids(out) == [("execution-and-results", "Delivery"), ("collaboration", "Collaboration")]
    assert all(list(level["competencies"]) == ["execution-and-results", "collaboration"]
               for level in _data(out)["levels"])
    assert f"{out} holds this framework already: 1 id of its levels, dimensions and competencies is kept" \
        in run.output
    # --fresh-ids makes them from the headings again.
    _imported(cli, page, out, "--fresh-ids")
    assert _competency_ids(out) == _competency_ids(fresh)


def test_a_retitled_level_keeps_its_id(cli, write, tmp_path):
    out = tmp_path / "acme.yaml"
    page = write("ladder.md", LADDER)
    _imported(cli, page, out)
    page.write_text(LADDER.replace("## Software Engineer 2", "## Software Engineer II")
                    .replace("## Senior Engineer", "## Senior Software Engineer"), encoding="utf-8")
    _imported(cli, page, out)
    assert _level_ids(out) == [("software-engineer-1", "Software Engineer 1"),
                               ("software-engineer-2", "Software Engineer II"),
                               ("senior-engineer", "Senior Software Engineer")]


def test_an_inserted_level_gets_a_new_id_and_the_others_keep_theirs(cli, write, tmp_path):
    out = tmp_path / "acme.yaml"
    page = write("ladder.md", LADDER)
    _imported(cli, page, out)
    revised = LADDER.replace("## Senior Engineer", INSERTED + "## Senior Software Engineer")
    page.write_text(revised.replace("## Software Engineer 2", "## Software Engineer II"), encoding="utf-8")
    _imported(cli, page, out)
    assert _level_ids(out) == [("software-engineer-1", "Software Engineer 1"),
                               ("software-engineer-2", "Software Engineer II"),
                               ("lead-engineer", "Lead Engineer"),
                               ("senior-engineer", "Senior Software Engineer")]


def test_a_level_renumbered_in_its_id_takes_its_new_number(cli, write, tmp_path):
    """Ids that are the levels' codes follow the document's numbers: a level
    inserted below renumbers those above it, as people now call them."""
    coded = LADDER.replace("## Software Engineer 1", "## L1 - Software Engineer 1").replace(
        "## Software Engineer 2", "## L2 - Software Engineer 2").replace("## Senior Engineer", "## L3 - Senior Engineer")
    out = tmp_path / "acme.yaml"
    page = write("ladder.md", coded)
    _imported(cli, page, out)
    before = [level_id for level_id, _title in _level_ids(out)]
    inserted = INSERTED.replace("## Lead Engineer", "## L2 - Engineer 1.5")
    page.write_text(coded.replace("## L2 - Software Engineer 2", inserted + "## L3 - Software Engineer 2")
                    .replace("## L3 - Senior Engineer", "## L4 - Senior Engineer"), encoding="utf-8")
    fresh = tmp_path / "fresh.yaml"
    _imported(cli, page, fresh)
    _imported(cli, page, out)
    assert before == ["L1", "L2", "L3"]
    assert _level_ids(out) == _level_ids(fresh)


def test_importing_an_unchanged_document_again_changes_nothing(cli, write, tmp_path):
    out = tmp_path / "acme.yaml"
    page = write("ladder.md", LADDER)
    _imported(cli, page, out)
    page.write_text(LADDER.replace("### Execution & Results", "### Delivery")
                    .replace("## Software Engineer 2", "## Software Engineer II"), encoding="utf-8")
    _imported(cli, page, out)
    written = out.read_bytes()
    assert b"id: execution-and-results" in written and b"id: software-engineer-2" in written
    _imported(cli, page, out)
    assert out.read_bytes() == written


def _changes(cli, old: Path, new: Path) -> list[dict]:
    run = cli("diff", str(old), str(new), "--format", "json")
    return [change for framework in json.loads(run.output)["frameworks"] for change in framework["changes"]]


def test_approvals_made_commit_by_commit_match_over_the_branch(cli, write, tmp_path):
    """A statement added, then its heading renamed in the next revision:
    the diff of the two imports says the rename, and the branch's diff
    (first to last) fingerprints the statement as the first diff did."""
    page = write("ladder.md", LADDER)
    first, second, third = (tmp_path / name for name in ("v1.yaml", "v2.yaml", "v3.yaml"))
    _imported(cli, page, first)
    added = LADDER.replace("- Keeps the build green for the whole team.\n",
                           "- Keeps the build green for the whole team.\n- Is on call for the team's services.\n")
    page.write_text(added, encoding="utf-8")
    second.write_bytes(first.read_bytes())
    _imported(cli, page, second)
    page.write_text(added.replace("### Execution & Results", "### Delivery"), encoding="utf-8")
    third.write_bytes(second.read_bytes())
    _imported(cli, page, third)

    (approved,) = [c for c in _changes(cli, first, second) if c["impact"] == "raises-bar"]
    renamed = _changes(cli, second, third)
    assert [(c["kind"], c["old"], c["new"]) for c in renamed] == [("competency-renamed", "Execution & Results",
                                                                   "Delivery")]
    (branch,) = [c for c in _changes(cli, first, third) if c["impact"] == "raises-bar"]
    assert branch["fingerprint"] == approved["fingerprint"]


def test_split_tracks_keeps_the_ids_of_each_file_written_before(cli, write, tmp_path):
    site = tmp_path / "out"
    page = write("ladder.md", LADDER)
    assert cli("import", str(page), "--split-tracks", "-o", str(site), "--no-check").exit_code == 0
    page.write_text(LADDER.replace("### Execution & Results", "### Delivery"), encoding="utf-8")
    run = cli("import", str(page), "--split-tracks", "-o", str(site), "--no-check")
    assert run.exit_code == 0, run.stderr
    (written,) = site.iterdir()
    assert _competency_ids(written) == [("execution-and-results", "Delivery"), ("collaboration", "Collaboration")]
    assert "1 id of its levels, dimensions and competencies is kept" in run.stderr


def _level(title: str, *statements: str) -> str:
    return f"## {title}\n\n### Delivery\n\n" + "".join(f"- {statement}\n" for statement in statements) + "\n"


SHIPS = ("Ships small changes with guidance from the team.", "Writes unit tests for the code they change.")
LEADS = ("Leads the delivery of projects across two teams.", "Plans the work of the quarter with the manager.")


def test_a_level_whose_old_id_a_new_level_takes_gets_the_id_of_its_title(cli, write, tmp_path):
    """A new Engineer level at the bottom, the old one retitled Senior
    Engineer and the old Senior retitled Staff: `diff` pairs each with its
    old self, but their old ids are now the new levels' own. No id is
    written twice, and each level has the id of its title."""
    out = tmp_path / "acme.yaml"
    page = write("ladder.md", "# Acme Engineering\n\n" + _level("Engineer", *SHIPS) + _level("Senior Engineer", *LEADS))
    _imported(cli, page, out)
    page.write_text("# Acme Engineering\n\n" + _level("Engineer", "Learns the codebase with a mentor at their side.",
                                                          "Fixes small bugs picked from the backlog.")
                    + _level("Senior Engineer", *SHIPS) + _level("Staff Engineer", *LEADS), encoding="utf-8")
    run = _imported(cli, page, out)
    assert _level_ids(out) == [("engineer", "Engineer"), ("senior-engineer", "Senior Engineer"),
                               ("staff-engineer", "Staff Engineer")]
    assert "ids of its levels" not in run.output
