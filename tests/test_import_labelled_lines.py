"""Labelled items typed on consecutive lines, no blank line between them
('**Scope:** Owns features.' then '**Impact:** Delivers work.'): Markdown
reads one paragraph, its line breaks soft, where a reader sees a label open
each line. Each label opens an item of its own; a line that wraps goes on
with its label's, and plain prose wrapped over lines stays one paragraph."""

from __future__ import annotations

from import_helpers import cells, imported

PAGE = """\
# Acme Engineering

## Engineer I

**Scope:** Owns features
within a team.
**Impact:** Delivers work that moves team goals.

## Engineer II

**Scope**
Owns a service for the team.
**Impact**
Delivers work that moves group goals.
"""

PROSE = """\
# Acme Engineering

## Engineer I

**Scope:** Owns the rollout of features within a team and
delivers **work** on time.

**Impact:** Delivers work that moves team goals.

## Engineer II

**Scope:** Owns a service for the team.

**Impact:** Delivers work that moves group goals.
"""


def test_each_bold_label_on_its_own_line_opens_an_item(cli, write):
    data, _ = imported(cli, write("ladder.md", PAGE), "--org", "Acme")
    assert cells(data)["engineer-i"] == {"scope": ["Owns features within a team."],
                                         "impact": ["Delivers work that moves team goals."]}
    # A name wholly in bold on a line of its own, its text on the lines below.
    assert cells(data)["engineer-ii"] == {"scope": ["Owns a service for the team."],
                                          "impact": ["Delivers work that moves group goals."]}


def test_a_wrapped_line_with_bold_words_inside_stays_with_its_label(cli, write):
    """'delivers **work** on time' opens with no label: the sentence goes on."""
    data, _ = imported(cli, write("ladder.md", PROSE), "--org", "Acme")
    assert cells(data)["engineer-i"]["scope"] == [
        "Owns the rollout of features within a team and delivers work on time."]


BULLETS = """\
# Acme Engineering

## Engineer I

- **Scope:** Owns features within a team.
- **Impact:** Delivers work that moves team goals.

## Engineer II

- **Scope:** Owns a service for the team.
  **Impact:** Delivers work that moves group goals.
"""


def test_a_bold_label_on_a_bullets_next_line_opens_an_item_of_its_own(cli, write):
    """'**Impact:**' under '- **Scope:** ...', no bullet of its own: read as the bullets above write it."""
    data, _ = imported(cli, write("ladder.md", BULLETS), "--org", "Acme")
    assert cells(data)["engineer-ii"]["scope"] == ["Owns a service for the team."]
    assert cells(data)["engineer-ii"]["impact"] == ["Delivers work that moves group goals."]


PLAIN = """\
# Acme Engineering

## Engineer I

- Writes tested code.

Scope: Owns a bug queue.
Impact: Fixes what breaks.

Note: the queue is shared
with the support team.

## Engineer II

- Leads a project.
"""


def test_lines_that_each_open_with_a_plain_label_are_each_a_paragraph(cli, write):
    """'Scope: ...' then 'Impact: ...': two paragraphs; a label whose sentence wraps onto a line
    that opens with none ('with the support team.') stays one."""
    data, run = imported(cli, write("ladder.md", PLAIN), "--org", "Acme")
    assert "ladder.md:7: not placed: text after the level's statements, not its summary: Scope: Owns a bug queue.\n" \
        in run.stderr
    assert "ladder.md:8: not placed: text after the level's statements, not its summary: Impact: Fixes what breaks." \
        in run.stderr
    assert data["levels"][0]["description"] == "Note: the queue is shared with the support team."
