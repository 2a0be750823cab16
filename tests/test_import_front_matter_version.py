"""A page's front matter 'version:' that is a version number ('4.0', 2,
'v1.2.3') is the framework's version, written as MAJOR.MINOR.PATCH, with
a notice (that says so where the number was completed); any other value
('draft', a date) is reported as a key the framework has no place for.
--version says it first."""

from __future__ import annotations

import pytest

from import_helpers import imported

_BODY = ("# Acme Engineering Ladder\n\n## Engineer\n\n### Delivery\n\n- Ships small features.\n\n"
         "## Senior Engineer\n\n### Delivery\n\n- Ships large features.\n")


def _page(version: str) -> str:
    return f"---\ntitle: Acme Engineering Ladder\nversion: {version}\n---\n\n{_BODY}"


@pytest.mark.parametrize("written, version", [
    ('"4.0"', "4.0.0"), ("4.0", "4.0.0"), ("2", "2.0.0"), ("v1.2", "1.2.0"), ("1.2.3", "1.2.3"),
])
def test_a_front_matter_version_is_the_frameworks(cli, write, tmp_path, written, version):
    report = tmp_path / "ladder.report"
    data, _ = imported(cli, write("ladder.md", _page(written)), "--org", "Acme", "--report", str(report))
    assert data["version"] == version
    said = report.read_text(encoding="utf-8")
    assert f"ladder.md:3: review: the front matter's 'version:' gives the framework's version" in said
    assert ("MAJOR.MINOR.PATCH" in said) == (written != version)
    assert "front matter key that is not part of the framework: version" not in said


@pytest.mark.parametrize("written", ["draft", "2024-06-10", "4.0-beta", "1.2.3.4"])
def test_a_front_matter_version_that_is_no_number_is_reported(cli, write, tmp_path, written):
    report = tmp_path / "ladder.report"
    data, _ = imported(cli, write("ladder.md", _page(written)), "--org", "Acme", "--report", str(report))
    assert data["version"] == "1.0.0"
    assert "front matter key that is not part of the framework: version" in report.read_text(encoding="utf-8")


def test_the_version_option_says_it_first(cli, write):
    data, _ = imported(cli, write("ladder.md", _page('"4.0"')), "--org", "Acme", "--version", "5.1.0")
    assert data["version"] == "5.1.0"
