"""LL015: a list item indented under the text above it, which YAML reads as
the end of that text."""

from __future__ import annotations

import pytest
from conftest import MINIMAL

ITEM = "        - I deliver my tasks on time\n"


def test_an_item_indented_too_far_is_reported_at_its_dash(cli, write):
    path = write("f.yaml", MINIMAL.replace(ITEM, ITEM + "          - I review designs\n"))
    run = cli("check", "--format", "concise", "--select", "LL015", str(path))
    assert run.lines[0] == (
        f"{path}:21:11: LL015 [warning] this line starts with '- ' but is indented under the text above it, so YAML "
        "reads it as part of that text: 'I deliver my tasks on time - I review designs'; to make it an item, line "
        "its '-' up with the item above (column 9); to keep the dash in the text, quote the text"
    )


def test_an_item_after_a_blank_line_indented_too_far_is_reported(cli, write):
    """Folded after a blank line, the item joins the text by a line break, not a space."""
    path = write("f.yaml", MINIMAL.replace(ITEM, ITEM + "\n          - I review designs\n"))
    run = cli("check", "--format", "concise", "--select", "LL015", str(path))
    assert run.lines[0].startswith(f"{path}:22:11: LL015 [warning] this line starts with '- '")
    assert "'I deliver my tasks on time\\n- I review designs'" in run.lines[0]


def test_a_line_starting_with_a_dash_under_a_key_s_text_is_reported(cli, write):
    path = write("f.yaml", MINIMAL.replace("    summary: Delivers well-scoped tasks\n",
                                           "    summary: Delivers well-scoped tasks\n      - with help\n"))
    run = cli("check", "--format", "concise", "--select", "LL015", str(path))
    assert run.lines[0].startswith(f"{path}:18:7: LL015 [warning] this line starts with '- '")
    assert "to keep it a line of its own, write the text as a block (`|` after its key)" in run.lines[0]


@pytest.mark.parametrize(
    "items",
    [
        ITEM + "        - I review designs\n",  # two items
        "        - Delivery - I deliver my tasks on time\n",  # a dash inside a text on one line
        "        - I deliver my tasks\n          on time - every time\n",  # a text over two lines, a dash inside
        "        - \"I deliver my tasks\n          - on time\"\n",  # quoted: the dash is text on purpose
        "        - |\n          I deliver:\n          - on time\n",  # a block of text keeps its lines
    ],
)
def test_items_and_texts_written_on_purpose_are_not_reported(cli, write, items):
    path = write("f.yaml", MINIMAL.replace(ITEM, items))
    run = cli("check", "--select", "LL015", str(path))
    assert run.exit_code == 0, run.output


def test_the_framework_is_still_read_as_yaml_reads_it(cli, write):
    """A warning: the joined statement is checked as the one it is."""
    path = write("f.yaml", MINIMAL.replace(ITEM, ITEM + "          - I deliver my tasks on time\n"))
    run = cli("check", "--format", "concise", "--select", "LL015,LL501,LL511", str(path))
    assert [line.split(" ")[1] for line in run.lines[:-1]] == ["LL015"]
