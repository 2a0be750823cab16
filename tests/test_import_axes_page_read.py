"""A page with no levels that defines the axes of the other pages' levels
(a README of a radar chart's axes) is read: the import's summary counts
it among the files it imported from, and the report says what the
framework took of it, not that it holds "no ladder". A page with no
levels that gave nothing is still "not placed: no ladder in this file"."""

from __future__ import annotations

from pathlib import Path

from test_import_axes import GUIDE, LEVELS, import_site, level_page


def _summary(report: str) -> str:
    return next(line for line in report.splitlines() if line.startswith("imported "))


def _said_of(report: str, page: str) -> list[str]:
    return [line for line in report.splitlines() if f"{page}:" in line]


def test_the_page_of_axes_is_counted_and_said_to_give_them(cli, tmp_path: Path):
    _, report = import_site(cli, tmp_path, {"guide.md": GUIDE, **LEVELS})
    assert f"from {len(LEVELS) + 1} files into" in _summary(report)
    said = _said_of(report, "guide.md")
    assert not any("no ladder in this file" in line for line in said), said
    assert any("guide.md:1: layout:" in line and "axes" in line and "the rest of its text is not imported" in line
               for line in said), said


def test_a_page_that_gave_nothing_is_not_counted(cli, tmp_path: Path):
    """Near-miss: a README of values whose labels the levels use as their
    competencies defines no axes; it is not read into the framework."""
    readme = ("# Our engineering framework\n\n## Values\n\n- **Ownership**: we own our outcomes\n"
              "- **Delivery**: we ship often\n")
    pages = {f"engineer-{n}.md": level_page(f"Engineer {n}", [f"**Ownership**: owns {n} things",
                                                             f"**Delivery**: ships {n} things"]) for n in (1, 2)}
    _, report = import_site(cli, tmp_path, {"README.md": readme, **pages})
    assert "from 2 files into" in _summary(report)
    assert any("README.md:1: not placed: no ladder in this file" in line for line in _said_of(report, "README.md"))
