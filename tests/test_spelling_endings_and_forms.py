"""LL512 findings of the twelfth review and trials: real rare words in "-er"
read as the rival spelling of another word ("honer": "honor", "frier":
"friar"), a name offered as the word meant ("edger": "edgar"), and the
suggestion for a plural in "-ys" ("companys")."""

from __future__ import annotations

import pytest

from rule_helpers import findings, framework, framework_yaml
from ladderlint.dictionary import english
from ladderlint.rules.ll512_spelling import Spelling


def reported(*statements: str) -> dict[str, str]:
    """Each word reported, with what the message asks ("did you mean ..."), or "" if it asks nothing."""
    out = {}
    for violation in Spelling().check_frameworks([framework(framework_yaml(list(statements)))]):
        word = violation.message.split("'")[1]
        asked = violation.message.split("; did you mean ", 1)
        out[word] = asked[1].split("?")[0] if len(asked) == 2 else ""
    return out


# --- rival endings: "-er" makes real words of verbs ---------------------------------------------

@pytest.mark.parametrize("statement", [
    "I swing the censer and hang the sheers",  # not "censor", "shears"
    "I run the calenders, the frier and the edger",  # not "calendars", "friar", "edgar"
    "I am a honer of blades and a ceder of ground",  # not "honor", "cedar"
])
def test_rare_words_in_er_are_not_the_rival_spelling_of_another_word(statement):
    assert reported(statement) == {}


@pytest.mark.parametrize(("written", "meant"), [
    # Not held by the dictionary: the rival ending is still the word meant.
    ("superviser", "'supervisor'"),
    ("supervisers", "'supervisors'"),
    ("grammer", "'grammar'"),
    ("similer", "'similar'"),
    # Held from a list, with rival endings whose rarer form is the misspelling.
    ("dependancy", "'dependency'"),
    ("franticly", "'frantically'"),
])
def test_a_rival_ending_is_still_put_right(written, meant):
    assert reported(f"I keep each {written} in mind") == {written: meant}


@pytest.mark.parametrize("written", ["trever", "tayler"])
def test_a_name_is_never_the_rival_spelling_of_a_word(written):
    # "trevor" and "taylor" are names: the dictionary lists no form of them, as it does of "supervisors".
    assert english().rival_spelling(written) is None
    assert english().rival_spelling("superviser") == "supervisor"


# --- a form spelt without the change English makes at the joint ---------------------------------

def test_a_plural_in_ys_is_put_right_before_the_space_is_moved_into_the_next_word():
    # The space moved ("company shave") makes two words too, but the plural of "company" is likelier.
    assert reported("Many companys have a career framework") == {"companys": "'companies'"}


@pytest.mark.parametrize(("statement", "written", "meant"), [
    ("I keep the prioritys of the team in mind", "prioritys", "'priorities'"),
    ("I studyed the design of the service", "studyed", "'studied'"),  # read as a word before
    ("I am happyer with small changes", "happyer", "'happier'"),
    ("I am makeing progress each week", "makeing", "'making'"),
    ("I am stoping work that is not needed", "stoping", "'stopping'"),
    ("I put the boxs in order", "boxs", "'boxes'"),
])
def test_a_form_spelt_without_the_change_at_the_joint_is_the_form_english_spells(statement, written, meant):
    assert reported(statement) == {written: meant}


@pytest.mark.parametrize("statement", [
    # Forms English spells so, and the American and British doubling both.
    "I keep companies, studies and priorities apart, and the modeler and the modeller agree",
    "I make queryable, deployable services; the buyer and the flyer keyed the data",
])
def test_forms_spelt_as_english_spells_them_stay_quiet(statement):
    assert reported(statement) == {}


def test_a_space_moved_is_still_said_where_no_form_is_misspelt(cli, write):
    # Near miss: "askin" is no form of a word spelt without its change: the space moved.
    path = write("f.yaml", framework_yaml(["I keep askin gothers for help"]))
    (line,) = findings(cli, path, select="LL512")
    assert "did you mean 'asking others' for 'askin gothers'?" in line
