"""A line a page's style sets apart under a heading, written inside it with
its words run into the heading's ('<h1>IC1 Engineer<span
class="track">Acme Framework: Engineer</span></h1>', as `ladderlint render`
writes a level's page): its subtitle, reported, never words of the level's
title or of the track."""

from __future__ import annotations

from import_helpers import imported
from ladderlint.loader import load_document

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>{level}</title></head>
<body><main>
<h1>{level}{joint}<span class="track">Acme Engineering Career Framework: Machine Learning Engineer</span></h1>
<p class="summary">I deliver well-scoped tasks with guidance.</p>
<h2>Delivery</h2>
<ul><li>I ship small changes to production every week.</li></ul>
</main></body></html>
"""


def _pages(write, joint: str) -> list[str]:
    return [str(write(f"{code}.html", PAGE.format(level=f"{code} Machine Learning Engineer", joint=joint)))
            for code in ("IC1", "IC2")]


def test_a_subtitle_run_into_a_heading_is_no_part_of_the_level_or_the_track(cli, write, tmp_path):
    paths = _pages(write, "")
    out = tmp_path / "out.yaml"
    run = cli("import", *paths, "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [lv["title"] for lv in data["levels"]] == ["IC1 Machine Learning Engineer", "IC2 Machine Learning Engineer"]
    assert data["track"] == "Machine Learning Engineer"
    assert "(its subtitle), not part of the ladder: Acme Engineering Career Framework: Machine Learning Engineer" \
        in run.stderr


def test_words_after_a_space_are_the_headings_own(cli, write):
    # Near-miss: '<h1>IC1 Engineer <span>...</span></h1>' shows the span's words on the heading's line.
    data, run = imported(cli, write("IC1.html", PAGE.format(level="IC1", joint=" ")), "--org", "Acme")
    assert "subtitle" not in run.stderr
    assert "Acme Engineering Career Framework" in data["levels"][0]["title"]
