"""LL512 findings of the twelfth check trial, on real public frameworks:
common misspellings pyspellchecker's list holds as words ("dependancy"),
a slip read as two words run together ("maintanable"), and suggestions
that lost the word meant ("testible": "testicle"; "the alot": "thea lot";
"independant": "in dependant" first)."""

from __future__ import annotations

import pytest

from rule_helpers import findings, framework, framework_yaml
from ladderlint.rules.ll512_spelling import Spelling


def reported(*statements: str) -> dict[str, str]:
    """Each word reported, with what the message asks ("did you mean ..."), or "" if it asks nothing."""
    out = {}
    for violation in Spelling().check_frameworks([framework(framework_yaml(list(statements)))]):
        word = violation.message.split("'")[1]
        asked = violation.message.split("; did you mean ", 1)
        out[word] = asked[1].split("?")[0] if len(asked) == 2 else ""
    return out


# --- misses: a misspelling the dictionary holds, a slip taken for a compound ---------------------

@pytest.mark.parametrize(("written", "meant"), [
    ("dependancy", "'dependency'"),  # held by the word list, at its least count: a misspelling it took in
    ("dependance", "'dependence'"),
    ("detectible", "'detectable'"),
    ("maintanable", "'maintainable'"),  # not "main" + "tanable"
])
def test_a_common_misspelling_is_reported_with_the_word_meant(written, meant):
    assert reported(f"I remove each {written} of the service") == {written: meant}


@pytest.mark.parametrize("statement", [
    # Real words with a rarer or a rival ending: the rival is not seen ten times as often.
    "I support my dependants and the ascendency of the constructible approach",
    "I keep the propellent and the extendible parts apart, as the passible and impassible ones",
    "I track each dependency and keep the service maintainable, testable and independent",
    # Compounds and trade terms stay quiet.
    "I run the webshop, the codebase and the hackweek; I own the runbook and the on-call rota",
    "I write lookups and rollouts, and keep the backlog and the roadmap",
    # British forms.
    "I organise the team's behaviours and prioritise its dependencies",
])
def test_real_rare_words_compounds_and_terms_stay_quiet(statement):
    assert reported(statement) == {}


# --- suggestions --------------------------------------------------------------------------------

def test_the_rival_ending_comes_before_another_word_or_two_words():
    assert reported(
        "I write code that is testible",
        "I am independant in my work",
        "I explain the existance of each step",
    ) == {
        "testible": "'testable'",  # the stem kept, the ending put right: not "testicle"
        "independant": "'independent' or 'in dependant'",
        "existance": "'existence'",
    }


def test_two_words_with_the_space_lost_are_not_read_as_a_moved_space():
    # "the alot" is "the a lot", not "thea lot"; "lot" alone is the same reading short of a word.
    assert reported("I write code for the alot of the team") == {"alot": "'a lot'"}


def test_a_space_moved_between_two_words_is_still_said_with_the_pair(cli, write):
    # "gothers" is no word of grammar: the space moved out of it, not "ask in".
    path = write("f.yaml", framework_yaml(["I keep askin gothers for help"]))
    (line,) = findings(cli, path, select="LL512")
    assert "did you mean 'asking others' for 'askin gothers'?" in line

