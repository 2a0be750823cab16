"""Where nothing names the organisation, the import's notice offers the
name `check` will read as one (LL302: 'the values and beliefs of LMG'),
for a person to decide; it never sets it."""

from __future__ import annotations

_LADDER = """# Engineering

## Graduate Engineer

- I am a committed student of the values and beliefs of {name}.
- I write good quality code with help from my team.

## Engineer

- I write good quality code on my own.
- I review the code of my team.
"""


def _import(cli, write, tmp_path, name: str) -> tuple[str, str]:
    out, report = tmp_path / "out.yaml", tmp_path / "report.txt"
    run = cli("import", str(write("ladder.md", _LADDER.format(name=name))), "-o", str(out), "--report", str(report),
              "--no-check")
    assert run.exit_code == 0, run.stderr
    return out.read_text(encoding="utf-8"), " ".join(report.read_text(encoding="utf-8").split())


def test_a_name_check_reads_as_an_organisations_is_offered(cli, write, tmp_path):
    framework, report = _import(cli, write, tmp_path, "LMG")
    assert "nothing in the documents says whose framework this is" in report
    assert "perhaps 'LMG', which `check` reads as an organisation's name (LL302)? pass --org LMG" in report
    assert "name: ⟨organisation⟩" in framework  # offered, not set


def test_no_name_offers_nothing(cli, write, tmp_path):
    _, report = _import(cli, write, tmp_path, "our team")
    assert "nothing in the documents says whose framework this is" in report
    assert "perhaps" not in report
