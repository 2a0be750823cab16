"""A page of several tracks, each a heading over its tables of levels
('## Management Competencies', '## Engineering Competencies'): how the
refusal without --split-tracks lists them, and what --split-tracks names
each track."""

from __future__ import annotations

import pytest

from ladderlint.loader import load_document

PAGE = """# Competency Matrix

## {first}

| Level | M3 (Manager) | M4 (Senior Manager) |
|-------|--------------|---------------------|
| **Team Building** | Hires for the team | Builds teams at scale |
| **Coaching** | Weekly 1:1s | Coaches managers |

## {second}

| Level | IC1 | IC2 | IC3 |
|-------|-----|-----|-----|
| **Coding** | Learns with reviews | Writes clean code | Sets coding standards |
| **Design** | Understands designs | Designs features | Designs systems |
"""


def test_the_refusal_lists_the_tracks_in_the_pages_order_where_the_first_starts(cli, write):
    """Management first, as the page has it (not after the IC track because
    its numbers are higher), and the line of its heading."""
    page = write("matrix.md", PAGE.format(first="Management Competencies", second="Engineering Competencies"))
    run = cli("import", str(page), "-o", str(page.parent / "out.yaml"))
    assert run.exit_code == 2
    assert f"{page}:3:1: the document holds 2 tracks: 'Management' (2 levels); 'Engineering' (3 levels). " \
           "Import one framework per track with --split-tracks" in run.stderr


@pytest.mark.parametrize("first, second, names", [
    ("Management Competencies", "Engineering Competency Matrix", ["Management", "Engineering"]),
    ("Management Levels", "Engineering Framework", ["Management", "Engineering"]),
    # Near misses: a name with no word of the kind, and the word 'track', as before.
    ("Management", "Engineering track", ["Management", "Engineering"]),
    ("Customer Success", "Engineering", ["Customer Success", "Engineering"]),
])
def test_split_tracks_name_each_track_without_the_kind_of_section_its_heading_names(cli, write, first, second,
                                                                                    names):
    page = write("matrix.md", PAGE.format(first=first, second=second))
    out = page.parent / "out"
    run = cli("import", str(page), "--split-tracks", "-o", str(out), "--no-check", "--org", "Acme")
    assert run.exit_code == 0, run.stderr
    written = sorted(out.glob("*.yaml"))
    tracks = {load_document(str(p), p.read_bytes()).data["track"] for p in written}
    assert tracks == set(names)
    # What is said of one track's framework names it: the tracks' frameworks may say otherwise.
    for name in names:
        assert f"layout: track '{name}': each level's cells in the table say what that level asks, on its own, " \
               "so the framework says `cumulative: false`" in run.stderr


@pytest.mark.parametrize("asked", ["Engineering", "Engineering Competencies", "engineering competencies"])
def test_track_chooses_by_the_name_or_by_the_heading_that_names_it(cli, write, asked):
    page = write("matrix.md", PAGE.format(first="Management Competencies", second="Engineering Competencies"))
    out = page.parent / "out.yaml"
    run = cli("import", str(page), "--track", asked, "-o", str(out), "--no-check", "--org", "Acme")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert data["track"] == "Engineering" and [level["id"] for level in data["levels"]] == ["IC1", "IC2", "IC3"]
