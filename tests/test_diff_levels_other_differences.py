"""Two levels of one framework compared (`diff --levels`): what they differ
in besides what they expect is listed under "Other differences", and the
release notes' "In short" counts it in the same words ("2 other
differences"), not as "changes of structure or names", which two revisions
of a framework have and two levels do not."""

from __future__ import annotations

import re

import pytest

from conftest import MINIMAL

NOTE = "Assessed with the team's lead."


def two_levels(notes: int, description: bool = False) -> str:
    """MINIMAL with a second competency and a level IC2 above IC1, where
    ``notes`` competencies of IC1 have a note IC2 does not repeat (and, with
    ``description``, each level says its own experience)."""
    text = MINIMAL.replace(
        "        name: Impact\n", "        name: Impact\n      - id: ownership\n        name: Ownership\n", 1)
    ic1 = ["impact", "ownership"][:notes]
    lines = []
    for competency, statement in (("impact", "I deliver my tasks on time"),
                                  ("ownership", "I follow through on my commitments")):
        if competency in ic1:
            lines.append(f"      {competency}:\n        statements:\n          - {statement}\n"
                         f"        note: {NOTE}\n")
        else:
            lines.append(f"      {competency}:\n        - {statement}\n")
    text = text.replace("      impact:\n        - I deliver my tasks on time\n", "".join(lines), 1)
    if description:
        text = text.replace("    summary: Delivers well-scoped tasks\n",
                            "    summary: Delivers well-scoped tasks\n    description: Usually 0-2 years of experience.\n", 1)
    return text + (
        "  - id: IC2\n    title: Engineer II\n    summary: Delivers well-scoped tasks\n"
        + ("    description: Usually 2-4 years of experience.\n" if description else "")
        + "    competencies:\n      impact:\n        - I deliver my tasks on time\n"
        "      ownership:\n        - I follow through on my commitments\n")


def in_short(notes: str) -> str:
    found = re.search(r"^\*\*In short:\*\* (.*)$", notes, re.MULTILINE)
    assert found is not None, notes
    return found.group(1)


def listed_under(notes: str, heading: str) -> list[str]:
    """The bullets of the section whose heading starts with ``heading``."""
    bullets, inside = [], False
    for line in notes.splitlines():
        if line.startswith("#"):
            inside = line.lstrip("#").strip().startswith(heading)
        elif inside and line.startswith("- "):
            bullets.append(line)
    return bullets


@pytest.mark.parametrize(("notes", "said"), [(1, "1 other difference."), (2, "2 other differences.")])
def test_levels_compared_count_other_differences_as_their_section_names_them(cli, write, notes, said):
    path = write("f.yaml", two_levels(notes))
    release = cli("diff", "--levels", "IC1", "IC2", "--format", "markdown", str(path)).output
    assert in_short(release) == said
    assert len(listed_under(release, "Other differences between Engineer I and Engineer II")) == notes
    assert "structure or names" not in release and "structure and names" not in release


def test_levels_compared_say_their_own_description_and_the_other_differences(cli, write):
    # The description is listed under "Other differences" too, but counted as what it is: the others are "other".
    path = write("f.yaml", two_levels(2, description=True))
    release = cli("diff", "--levels", "IC1", "IC2", "--format", "markdown", str(path)).output
    assert in_short(release) == "a new description and 2 other differences."
    assert len(listed_under(release, "Other differences between")) == 3


def test_levels_compared_with_no_other_difference_count_none(cli, write):
    # Only the levels' own descriptions differ: no "0 other differences", nor any count of them.
    text = two_levels(0, description=True)
    release = cli("diff", "--levels", "IC1", "IC2", "--format", "markdown", str(write("f.yaml", text))).output
    assert in_short(release) == "a new description."


def test_a_description_the_higher_level_lacks_is_no_new_description(cli, write):
    # IC1 says its experience, IC2 says none: the section says the description was removed, and
    # "In short" counts it among the other differences, not as "a new description".
    text = two_levels(1, description=True).replace("    description: Usually 2-4 years of experience.\n", "", 1)
    release = cli("diff", "--levels", "IC1", "IC2", "--format", "markdown", str(write("f.yaml", text))).output
    assert in_short(release) == "2 other differences."
    assert any("was removed" in line for line in listed_under(release, "Other differences between"))


@pytest.mark.parametrize(("notes", "said"), [(1, "1 change to a note or explanation."),
                                             (2, "2 changes to notes or explanations.")])
def test_two_revisions_count_changes_to_notes_and_explanations(cli, write, notes, said):
    # The same notes taken out between two revisions of the framework: a change to its notes and explanations,
    # listed under a heading of their own (not among the changes of structure and names).
    old = write("old.yaml", two_levels(notes))
    new = write("new.yaml", two_levels(0))
    release = cli("diff", "--format", "markdown", str(old), str(new)).output
    assert in_short(release) == said
    assert len(listed_under(release, "Notes and explanations")) == notes
    assert "Changes of structure and names" not in release
    assert "other difference" not in release


def test_a_level_page_counts_its_other_differences_as_its_section_names_them(cli, write, tmp_path):
    # What is new at a level on its page is the same comparison: a note IC2 adds is "1 other difference".
    below, _ic2_cell, cells = two_levels(0).rpartition("      impact:\n        - I deliver my tasks on time\n")
    text = below + f"      impact:\n        statements:\n          - I deliver my tasks on time\n        note: {NOTE}\n" + cells
    assert text.count(NOTE) == 1
    site = tmp_path / "site"
    cli("render", str(write("f.yaml", text)), "-o", str(site), "--format", "markdown")
    page = (site / "acme-backend.md").read_text(encoding="utf-8")
    assert "**In short:** 1 other difference." in page
    assert "structure or names" not in page
