"""The layout's line counts the headings that name levels; a heading beside
them that names none but is read as a level too (its section written as
theirs are) is said, so that the count of levels imported agrees with what
the report says."""

from __future__ import annotations

from import_helpers import imported

LEVEL = """## {title}
> I am a {title} at Acme.

#### I write good quality code.

- I write tests for my changes.
- I ask for reviews early.

"""


def _page(*titles: str) -> str:
    return "# Engineering Roles\n\n" + "".join(LEVEL.format(title=t) for t in titles)


def test_a_level_whose_heading_names_none_is_said(cli, write):
    data, run = imported(cli, write("roles.md", _page("Graduate Engineer", "Engineer", "Senior Engineer",
                                                      "Engineering Manager")), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]][-1] == "Engineering Manager"
    assert "3 headings at depth 2 name levels" in run.stderr
    assert "'Engineering Manager' is read as a level too, though its heading names none: it stands beside the 3 " \
           "headings that name levels" in run.stderr


def test_levels_whose_headings_all_name_levels_need_no_word(cli, write):
    # Near-miss: every heading names a level: the layout's count is the levels'.
    data, run = imported(cli, write("roles.md", _page("Graduate Engineer", "Engineer", "Senior Engineer")),
                         "--org", "Acme")
    assert len(data["levels"]) == 3
    assert "is read as a level too" not in run.stderr
