"""Two statements of a cell that swap their verbs are each followed by what
they are about (their objects), not by their verbs: one is asked less, the
other more, and the gate on either bar sees it."""

from __future__ import annotations


import pytest

from diffkit import one_cell_ladder

from ladderlint.diff import compare
from ladderlint.model import build_framework


@pytest.mark.parametrize("old, new, lowered, raised", [
    (["Leads incident reviews", "Attends design reviews"], ["Attends incident reviews", "Leads design reviews"],
     ("Leads incident reviews", "Attends incident reviews"), ("Attends design reviews", "Leads design reviews")),
    (["I lead incident reviews", "I attend design reviews"], ["I attend incident reviews", "I lead design reviews"],
     ("I lead incident reviews", "I attend incident reviews"), ("I attend design reviews", "I lead design reviews")),
    (["Owns the on-call rota", "Contributes to the release process"],
     ["Contributes to the on-call rota", "Owns the release process"],
     ("Owns the on-call rota", "Contributes to the on-call rota"),
     ("Contributes to the release process", "Owns the release process")),
])
def test_statements_that_swap_their_verbs_are_followed_by_their_objects(old, new, lowered, raised):
    changes = compare(build_framework("old.yaml", one_cell_ladder(old)), build_framework("new.yaml", one_cell_ladder(new)))
    reworded = {(c.old, c.new): c.impact.value for c in changes if c.kind.value == "statement-reworded"}
    assert reworded == {lowered: "lowers-bar", raised: "raises-bar"}
    assert not [c for c in changes if c.kind.value == "statement-reordered"]
