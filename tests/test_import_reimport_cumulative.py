"""Re-importing over a file that says `cumulative: false` while the
document says its levels are cumulative: the report says the true reason."""

from __future__ import annotations

from pathlib import Path

DOC = """# Design ladder

{note}

| Name | Associate Designer | Designer | Senior Designer |
| --- | --- | --- | --- |
| Craft | Applies the design system to features. | Extends the design system for new needs. | Leads the evolution of the design system. |
"""


def reimport(cli, tmp_path: Path, note: str) -> str:
    doc, out = tmp_path / "ladder.md", tmp_path / "ladder.yaml"
    doc.write_text(DOC.format(note=note), encoding="utf-8")
    assert cli("import", str(doc), "-o", str(out), "--no-check").exit_code == 0
    out.write_text(out.read_text(encoding="utf-8").replace("cumulative: true", "cumulative: false"), encoding="utf-8")
    run = cli("import", str(doc), "-o", str(out), "--no-check", "--report", "-")
    assert "cumulative: false" in out.read_text(encoding="utf-8")
    return run.output


def test_the_kept_value_names_the_documents_sentence(cli, tmp_path: Path) -> None:
    said = reimport(cli, tmp_path, "Note: levels are cumulative.")
    assert "over the documents' own words, which say each level includes those below it " \
           "('Note: levels are cumulative.')" in said
    assert "how the statements repeated" not in said
