"""`ladderlint import`: a section (a Monzo topic) named 'Summary' sums up
each level, and one named 'TODO / Questions' holds the authors' open
points: neither is a competency."""

from __future__ import annotations

from import_helpers import cells, imported

_MONZO = """\
---
title: "Fullstack"
topics:
  - name: '{first}'
    title:
    content:
      - level: 1
        criteria:
          - 'Scope: Task'
          - 'Summary: A new engineer picking up the fundamentals.'
      - level: 2
        criteria:
          - 'A productive and reliable engineer.'
  - name: "delivery"
    title: "Delivery"
    content:
      - level: 1
        criteria:
          - "Ships small tasks with help"
      - level: 2
        criteria:
          - "Ships features end to end"
  - name: "{last}"
    title: "{last}"
    content:
      - level: 1
        criteria:
          - "Should we add on-call here?"
---
"""


def test_a_summary_topic_gives_the_levels_summaries(cli, write):
    data, run = imported(cli, write("fullstack.md", _MONZO.format(first="summary", last="TODO / Questions")),
                         "--org", "Acme", "--report", "-")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Delivery"]
    levels = {lv["id"]: lv for lv in data["levels"]}
    assert levels["L1"]["summary"] == "A new engineer picking up the fundamentals."
    assert levels["L1"]["description"] == "Scope: Task"
    assert levels["L2"]["summary"] == "A productive and reliable engineer."
    assert "not placed: in topic 'TODO / Questions', the authors' open points, not expectations: Should we add " \
           "on-call here?" in run.output


def test_topics_of_other_names_stay_competencies(cli, write):
    # Near-miss: 'Communication summaries' and 'Questioning' name competencies.
    data, _ = imported(cli, write("fullstack.md", _MONZO.format(first="communication", last="Questioning")),
                       "--org", "Acme")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names[1:] == ["Delivery", "Questioning"]
    assert cells(data)["L1"]["questioning"] == ["Should we add on-call here?"]


_SECTIONS = """\
# Acme Engineering Ladder

## Level 1

### Delivery

- Ships small tasks with help.

### Collaboration

- Shares progress in stand-up.

## Level 2

### Delivery

- Ships features end to end.

### Collaboration

- Reviews the code of peers.

### {summary}

A dependable engineer who owns features.

### {todo}

- Should we add on-call here?
"""


def test_summary_and_todo_sections_under_a_level(cli, write):
    data, run = imported(cli, write("ladder.md", _SECTIONS.format(summary="Summary", todo="TODO / Questions")),
                         "--org", "Acme", "--report", "-")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Delivery", "Collaboration"]
    assert data["levels"][1]["summary"] == "A dependable engineer who owns features."
    assert "the authors' open points, not expectations: Should we add on-call here?" in run.output


def test_sections_of_other_names_under_a_level_stay_competencies(cli, write):
    # Near-miss: 'Ownership' and 'Questioning' are competencies at that level.
    data, _ = imported(cli, write("ladder.md", _SECTIONS.format(summary="Ownership", todo="Questioning")),
                       "--org", "Acme")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Delivery", "Collaboration", "Ownership", "Questioning"]
