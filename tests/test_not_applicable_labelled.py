"""LL403 of the twelfth trials: a cell that says nothing is expected, after
the label of what it is about ('Recruitment: No involvement expected.',
Gemba's real wording, alone in a cell), is a not-applicable sentence; a
label before a behaviour is a statement."""

from __future__ import annotations

import pytest

from rule_helpers import findings, framework_yaml
from ladderlint.vocabulary import not_applicable


@pytest.mark.parametrize("statement", [
    "Recruitment: No involvement expected.",
    "No involvement expected.",
    "**Recruitment:** No involvement expected.",
    "Hiring - N/A",
    "Recruitment: Nothing at this grade",
])
def test_a_labelled_not_applicable_sentence_alone_in_a_cell_is_reported(cli, write, statement):
    path = write("f.yaml", framework_yaml([statement]))
    (line,) = findings(cli, path, select="LL403")
    assert "does not apply with a statement" in line


@pytest.mark.parametrize("statements", [
    ["Recruitment: interviews candidates"],  # a behaviour after the label
    ["Recruitment: Not expected to lead projects yet"],  # goes on to what is (not) expected
    ["Recruitment: Not expected at this level. Interviews candidates"],
    ["Recruitment: No involvement expected; interviews candidates"],
    ["Recruitment: Nothing is shipped without tests"],
    ["I do two things: N/A"],  # a sentence before the colon, not a label
    # One statement among others: the cell says what is expected.
    ["Recruitment: No involvement expected.", "I review my team's pull requests"],
])
def test_a_label_before_a_behaviour_or_among_statements_is_not_reported(cli, write, statements):
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL403") == []


def test_the_reason_keeps_the_label():
    said = not_applicable("Recruitment: No involvement expected.")
    assert said is not None and said.text == "Recruitment: no involvement expected"
    assert not_applicable("Recruitment: interviews candidates") is None
