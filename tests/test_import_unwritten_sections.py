"""A section that only says it is still to be written at every level
('### Responsibilities' over '- TBD') is no competency: it is reported once,
not imported as placeholder statements that `check` then flags at each level."""

from __future__ import annotations

from import_helpers import cells, imported


def _page(notes: list[str]) -> str:
    page = "# Software Engineer Path\n\n"
    for n, (name, note) in enumerate(zip(["Engineer I (IC 1)", "Engineer II (IC 2)", "Engineer III (IC 3)"], notes)):
        page += (f"## {name}\n\n**Technical Knowledge:** They write code of level {n + 1}.\n\n"
                 f"**Impact:** They deliver the work of level {n + 1}.\n\n### Responsibilities\n\n- {note}\n\n")
    return page


def test_a_section_only_to_be_written_at_every_level_is_reported_not_imported(cli, write):
    page = write("ladder.md", _page(["TBD", "To be defined", "Coming soon"]))
    data, run = imported(cli, page, "--org", "Acme")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Technical Knowledge", "Impact"]
    assert all("responsibilities" not in level for level in cells(data).values())
    reported = [line for line in run.stderr.splitlines() if "'Responsibilities' only says it is still to be written"
                in line]
    assert len(reported) == 1 and "ladder.md:9: review:" in reported[0]


def test_a_section_described_at_some_level_is_kept(cli, write):
    """Near miss: one level describes it; the others' placeholders are the
    document's to fill in, and `check` reports them."""
    page = write("ladder.md", _page(["TBD", "Owns the on-call rota of the team", "TBD"]))
    data, run = imported(cli, page, "--org", "Acme")
    assert cells(data)["IC2"]["responsibilities"] == ["Owns the on-call rota of the team"]
    assert "still to be written" not in run.stderr
