"""`ladderlint import` resolves a Markdown document's backslash escapes as
CommonMark does: every escaped punctuation mark is that mark, an escaped
backtick opens no code span, and escaped braces are text, never a site
generator's tag to drop."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported


@pytest.mark.parametrize("written, meant", [
    (r"I keep a \< b & c \> d in mind.", "I keep a < b & c > d in mind."),
    (r"I quote \"this\" and \'that\'.", "I quote \"this\" and 'that'."),
    (r"I write \`code\` words.", "I write `code` words."),
    (r"I keep a backslash \\ and \\n literal.", "I keep a backslash \\ and \\n literal."),
    (r"I use `a\*b` and \# in code.", "I use `a\\*b` and # in code."),
    (r"I show \{\{ 7\*7 \}\} and \{% raw %\} as text.", "I show {{ 7*7 }} and {% raw %} as text."),
    (r"I pay 100\$ at 50\% \@ noon\; \= \? \^ \, \/ \:", "I pay 100$ at 50% @ noon; = ? ^ , / :"),
])
def test_escapes_are_resolved_as_commonmark_does(cli, write, written, meant):
    path = write("ladder.md", "# Ladder\n\n## Junior\n\n### Craft\n\n"
                              f"- {written}\n- I write tests.\n\n## Senior\n\n### Craft\n\n- I lead.\n")
    data, _ = imported(cli, path, "--org", "Acme")
    assert cells(data)["junior"]["craft"][0] == meant


def test_a_liquid_tag_is_still_site_markup(cli, write):
    path = write("ladder.md", "# Ladder\n\n## Junior\n\n### Craft\n\n"
                              "- I write code {% if x %}well{% endif %}.\n- I write tests.\n\n"
                              "## Senior\n\n### Craft\n\n- I lead.\n")
    data, _ = imported(cli, path, "--org", "Acme")
    assert cells(data)["junior"]["craft"][0] == "I write code well."
