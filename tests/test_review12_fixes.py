"""The review of round 12's check and import changes: a level named by an
'-ed' word and a plus, not-applicable sentences that go on to a behaviour,
LL518 on other languages, LL302 'advocate for X', LL205's copied level."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported


# --- M2: 'Advanced +' names a level of the document -------------------------------------

@pytest.mark.parametrize("named", ["Advanced", "Established", "Experienced"])
def test_a_level_named_by_an_ed_word_and_a_plus_is_a_reference(cli, write, named):
    """'Advanced +' at Expert (levels Beginner/Intermediate/Advanced/Expert)
    refers to the level below, however its name reads as a verb's form."""
    page = ("# Acme Engineering Levels\n\n## Beginner\n\n### Testing\n- Writes unit tests for own code\n\n"
            "## Intermediate\n\n### Testing\n- Beginner +\n- Writes integration tests\n\n"
            f"## {named}\n\n### Testing\n- Intermediate +\n- Designs the test strategy of a service\n\n"
            f"## Expert\n\n### Testing\n- {named} +\n- Sets testing standards across teams\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["expert"]["testing"] == ["Sets testing standards across teams"]
    assert f"a reference to a lower level (levels are cumulative: each includes those below), adding nothing " \
           f"to it: {named} +" in run.stderr
