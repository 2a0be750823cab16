"""A heading set apart by marks ('# --Engineering--', '# -- People Culture
--') with nothing under it, at the depth of the competency sections after
it, groups them: their dimension, named without the marks, up to the next
such heading; not text left out."""

from __future__ import annotations

from import_helpers import imported

SECTION = """# {name}
What {name} is about.

0 - None
1 - Understand
Knows the basics of {name}.
2 - Follow
Applies {name} with guidance.
3 - Practice
Applies {name} alone.
"""


def _page(*parts: str) -> str:
    return "# Core Engineer Progression\n\n" + "\n".join(
        part if part.startswith("#") else SECTION.format(name=part) for part in parts)


def test_decorated_headings_name_the_dimensions_of_the_competencies_after_them(cli, write):
    page = _page("# --Engineering--\n", "Testing", "Security", "# -- Customer --\n", "Empathy",
                 "# -- People Culture --\n", "Mentoring", "Hiring")
    data, run = imported(cli, write("progression.md", page), "--org", "Acme")
    dimensions = {d["name"]: [c["name"] for c in d["competencies"]] for d in data["dimensions"]}
    assert dimensions == {"Engineering": ["Testing", "Security"], "Customer": ["Empathy"],
                          "People Culture": ["Mentoring", "Hiring"]}
    assert "--Engineering--" not in run.stderr


def test_without_decorated_headings_the_competencies_have_one_dimension(cli, write):
    # Near-miss: a plain run of competency sections keeps the one dimension it had.
    data, _ = imported(cli, write("progression.md", _page("Testing", "Security")), "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Testing", "Security"]
    assert len(data["dimensions"]) == 1 and data["dimensions"][0]["name"] != "Testing"
