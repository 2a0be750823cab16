"""Properties of the differ over generated frameworks and edits."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from ladderlint.diff import Kind, compare
from ladderlint.diff.wording import classify, similarity, words
from ladderlint.model import build_framework

WORDS = ["I", "deliver", "lead", "review", "design", "the", "team", "code", "projects", "goals",
         "with", "my", "on", "time", "quality", "mentor", "others", "plans", "systems", "clearly"]

sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(" ".join)


@st.composite
def documents(draw):
    competencies = [f"c{i}" for i in range(draw(st.integers(1, 4)))]
    levels = []
    for i in range(draw(st.integers(1, 4))):
        cells = {c: draw(st.lists(sentences, max_size=4)) for c in competencies}
        levels.append({"id": f"L{i}", "title": f"Level {i}", "competencies": cells})
    return {
        "ladderlint": 1, "id": "gen", "name": "Generated", "track": "Engineer", "version": "1.0.0",
        "organisation": {"name": "Gen"},
        "dimensions": [{"id": "d", "name": "D", "competencies": [{"id": c, "name": c.upper()} for c in competencies]}],
        "levels": levels,
    }


def _count(document):
    return sum(len(cell) for level in document["levels"] for cell in level["competencies"].values())


@settings(max_examples=60, deadline=None)
@given(documents(), st.data())
def test_added_minus_removed_is_the_change_in_statements(document, data):
    edited = copy.deepcopy(document)
    for level in edited["levels"]:
        for competency, cell in level["competencies"].items():
            keep = data.draw(st.lists(st.booleans(), min_size=len(cell), max_size=len(cell)))
            cell[:] = [s for s, kept in zip(cell, keep) if kept]
            cell.extend(data.draw(st.lists(sentences, max_size=2)))
    old, new = build_framework("a.yaml", document), build_framework("b.yaml", edited)
    changes = compare(old, new)
    added = sum(1 for c in changes if c.kind is Kind.STATEMENT_ADDED)
    removed = sum(1 for c in changes if c.kind is Kind.STATEMENT_REMOVED)
    # A split of one statement in k makes k - 1 more; a merge of k, k - 1 fewer.
    split = sum(len(c.new) - 1 for c in changes if c.kind is Kind.STATEMENT_SPLIT)
    merged = sum(len(c.old) - 1 for c in changes if c.kind is Kind.STATEMENT_MERGED)
    assert added - removed + split - merged == _count(edited) - _count(document)
    assert compare(old, new) == changes  # deterministic
    assert compare(old, old) == []


@settings(max_examples=200, deadline=None)
@given(sentences, sentences)
def test_similarity_and_classification_agree(a, b):
    score = similarity(a, b)
    assert 0.0 <= score <= 1.0
    edit = classify(a, b).edit
    assert (edit == "formatting") == (words(a) == words(b))
    assert similarity(a, b, threshold=score) == score  # the pre-filters never cut a pair at its own score
