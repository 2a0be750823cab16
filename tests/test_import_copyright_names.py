"""`ladderlint import` names the organisation from a page's copyright line:
the name ends where the line's next sentence starts."""

from __future__ import annotations

import pytest

from import_helpers import imported

PAGE = """<html><head><title>Backend Engineer</title></head><body><main>
<h1>Backend Engineer</h1>
<h2>Backend Engineer I</h2><h3>Delivery</h3><ul><li>Ships small changes with tests.</li></ul>
<h2>Backend Engineer II</h2><h3>Delivery</h3><ul><li>Ships features end to end.</li></ul>
</main><footer><p>{notice}</p></footer></body></html>
"""


@pytest.mark.parametrize("notice, name", [
    ("© 2025 Acme. Content licensed CC BY-SA 4.0.", "Acme"),
    ("© 2025 Acme Inc. Licensed under CC BY 4.0.", "Acme"),
    ("© 2025 J. Smith Consulting", "J. Smith Consulting"),
])
def test_the_copyright_line_names_the_organisation_up_to_its_next_sentence(cli, write, notice, name):
    data, _ = imported(cli, write("ladder.html", PAGE.format(notice=notice)))
    assert data["organisation"]["name"] == name


def test_split_tracks_name_their_files_after_the_organisation(cli, write, tmp_path):
    site = tmp_path / "site"
    for family in ("backend", "frontend"):
        page = PAGE.format(notice="© 2025 Acme. Content licensed CC BY-SA 4.0.").replace("Backend", family.title())
        write(f"site/{family}-engineer/index.html", page)
    run = cli("import", str(site), "--split-tracks", "-o", str(tmp_path / "out"), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["acme-backend-engineer.yaml",
                                                                   "acme-frontend-engineer.yaml"]
