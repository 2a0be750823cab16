"""A page of tracks (a line at a level says it starts a track) is read
once per track, with its introduction: a line of that introduction that
one track has no place for but another places ('- Lead QA Engineer:
8+ years' under 'Relevant experience:', Lead being a Management level
only) is no text "not placed" in the page's report. A line no track
places stays reported."""

from __future__ import annotations

from import_helpers import imported

_INTRO = """# QA Roles

Relevant experience:

- QA Engineer: Usually at least 2-5 years of relevant professional experience.
- Senior QA Engineer: Usually at least 5-8 years of relevant professional experience.
- Principal QA Engineer: Usually at least 8-12 years of relevant professional experience.
- Lead QA Engineer: Usually at least 8-11 years of relevant professional experience.
- QA Director: Usually at least 15+ years of relevant professional experience.

"""
_LEVELS = """## QA Engineer

#### I make sure every change is tested before it ships.

- I plan the tests of my team's stories.

## Senior QA Engineer

#### I am a technical mentor.

- I coach people and pass on my knowledge.

## Principal QA Engineer

> 🔀 This role starts the Domain Expert track.

#### I take a concept all the way to reality.

- I architect test frameworks across products.

## Lead QA Engineer

> 🔀 This role is the start of the Management track.

#### I am a trusted leader of people.

- I hold one-to-ones with my reports.
"""


def test_a_line_of_the_introduction_placed_by_one_track_is_not_reported(cli, write, tmp_path):
    page = write("qa.md", _INTRO + _LEVELS)
    out, report = tmp_path / "out", tmp_path / "qa.report"
    run = cli("import", str(page), "--org", "Acme", "--split-tracks", "-o", str(out), "--report", str(report),
              "--no-check")
    assert run.exit_code == 0, run.stderr
    management = (out / "acme-management.yaml").read_text(encoding="utf-8")
    assert "Usually at least 8-11 years" in management
    said = report.read_text(encoding="utf-8")
    assert "Lead QA Engineer: Usually at least 8-11 years" not in said
    # A line no track has a level for stays reported, and counted.
    assert "not placed: text before the first level: QA Director: Usually at least 15+ years" in said
    assert "the page of tracks 'Domain Expert' and 'Management': 1 piece of text not placed" in said


def test_one_ladder_still_reports_a_line_it_has_no_level_for(cli, write, tmp_path):
    page = write("qa.md", _INTRO + _LEVELS.replace("> 🔀 This role starts the Domain Expert track.\n\n", "")
                 .replace("> 🔀 This role is the start of the Management track.\n\n", ""))
    report = tmp_path / "qa.report"
    imported(cli, page, "--org", "Acme", "--report", str(report))
    assert "not placed: text before the first level: QA Director" in report.read_text(encoding="utf-8")


def test_each_tracks_summary_points_at_the_pages_entries_it_shares(cli, write, tmp_path):
    """A track's own counts leave out what the page's line counts once for
    all its tracks; the track's line says so, so that '0 to review' does
    not read as nothing to review. One track alone has no such entries."""
    page = write("qa.md", _INTRO + _LEVELS)
    run = cli("import", str(page), "--org", "Acme", "--split-tracks", "-o", str(tmp_path / "out"), "--no-check")
    assert run.exit_code == 0, run.stderr
    tracks = [line for line in run.stderr.splitlines() if line.startswith("imported ")]
    assert len(tracks) == 2
    for line in tracks:
        # The page's two to review, and the dimension each track's competencies are put in, which no heading names.
        assert line.endswith("besides the page's 1 not placed and 3 to review, which it shares with other tracks "
                             "(said below)"), line
    one = write("one.md", _INTRO + _LEVELS.replace("> 🔀 This role starts the Domain Expert track.\n\n", "")
                .replace("> 🔀 This role is the start of the Management track.\n\n", ""))
    run = cli("import", str(one), "--org", "Acme", "-o", str(tmp_path / "one.yaml"), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "besides the page's" not in run.stderr
