"""Grading of four classes of rewording owners make: how often an act is
done under "rarely", by whether the act is a failure; synonyms swapped word
for word; a ladder's "can" / "is able to" for the plain verb; a kind of a
thing named before it ("backend code")."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from diffkit import reworded, statement_revisions

from ladderlint.cli import main


# -- 1. "rarely": what is avoided is what the act says is a failure ------------------------------------------------


@pytest.mark.parametrize(("old", "new"), [
    ("Rarely holds reviews", "Regularly holds reviews"),
    ("Rarely mentors others", "Often mentors others"),
    ("Rarely writes tests", "Always writes tests"),
])
def test_more_often_of_a_wanted_act_raises_the_bar_and_is_read_both_ways(old, new):
    # The words do not say the act is a failure: read as the wanted act it most often is (more asked), and as
    # one to avoid, so that neither gate lets it by.
    impact, also, reasons = reworded(old, new)
    assert (impact, also) == ("raises-bar", "lowers-bar")
    assert reasons[0] == "frequency raised"


def test_less_often_of_a_wanted_act_is_read_both_ways():
    assert reworded("Regularly holds reviews", "Rarely holds reviews")[:2] == ("raises-bar", "lowers-bar")


@pytest.mark.parametrize(("old", "new"), [
    # Near-misses: the act is a failure, by its verb, its object or its adverb: more often asks less.
    ("Rarely misses a deadline", "Regularly misses a deadline"),
    ("Rarely causes outages", "Frequently causes outages"),
    ("Rarely escalates unnecessarily", "Often escalates unnecessarily"),
    ("Rarely blocks the team", "Often blocks the team"),
    ("Rarely makes mistakes", "Sometimes makes mistakes"),
    ("Never ships untested code", "Rarely ships untested code"),
])
def test_more_often_of_a_failure_lowers_the_bar(old, new):
    assert reworded(old, new) == ("lowers-bar", None, ["frequency of what is avoided raised"])


@pytest.mark.parametrize(("old", "new"), [
    ("Rarely fixes bugs", "Often fixes bugs"),
    # The failure is what the verb of mending acts on, after a preposition or a modifier too.
    ("Rarely learns from mistakes", "Often learns from mistakes"),
    ("Rarely investigates production incidents", "Often investigates production incidents"),
])
def test_a_failure_mended_is_a_wanted_act(old, new):
    assert reworded(old, new) == ("raises-bar", None, ["frequency raised"])


@pytest.mark.parametrize(("old", "new"), [
    # A failure beside a mending that does not act on it: the failure is still said (review 13, H2).
    ("Never breaks the build when fixing bugs", "Sometimes breaks the build when fixing bugs"),
    ("Rarely causes outages when handling incidents", "Sometimes causes outages when handling incidents"),
    ("Rarely introduces regressions while fixing bugs", "Regularly introduces regressions while fixing bugs"),
    ("Rarely misses deadlines when fixing bugs", "Often misses deadlines when fixing bugs"),
    ("Never reports status late", "Sometimes reports status late"),
    ("Rarely repeats mistakes and learns from them", "Often repeats mistakes and learns from them"),
])
def test_more_often_of_a_failure_beside_a_mending_is_read_both_ways(old, new):
    assert reworded(old, new)[:2] == ("raises-bar", "lowers-bar")


def test_the_lowers_gate_stops_a_failure_made_more_often_beside_a_mending(tmp_path):
    old, new = statement_revisions(tmp_path, "Never breaks the build when fixing bugs",
                                   "Sometimes breaks the build when fixing bugs")
    assert CliRunner().invoke(main, ["diff", "--fail-on", "lowers-bar", old, new]).exit_code == 1


@pytest.mark.parametrize("avoiding", ["Seldom", "Infrequently"])
def test_seldom_says_a_failure_is_avoided_as_rarely_does(avoiding):
    assert reworded(f"{avoiding} misses deadlines", "Often misses deadlines") \
        == ("lowers-bar", None, ["frequency of what is avoided raised"])
    # Of an act the words do not say is a failure, both ways, as "rarely" is (review 13, M4).
    assert reworded(f"{avoiding} holds reviews", "Regularly holds reviews")[:2] == ("raises-bar", "lowers-bar")


def test_the_lowers_gate_stops_more_reviews_read_both_ways(tmp_path):
    old, new = statement_revisions(tmp_path, "Rarely holds reviews", "Regularly holds reviews")
    for bar in ("raises-bar", "lowers-bar"):
        assert CliRunner().invoke(main, ["diff", "--fail-on", bar, old, new]).exit_code == 1, bar


# -- 2. synonyms swapped word for word ---------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new"), [
    ("Fixes bugs", "Resolves issues"),
    ("Ships features", "Delivers functionality"),
    ("Fixes bugs quickly", "Resolves issues quickly"),
])
def test_known_synonyms_swapped_word_for_word_are_wording(old, new):
    assert reworded(old, new)[0] == "editorial"


@pytest.mark.parametrize(("old", "new"), [
    # Near-misses: one word of the two is not a synonym of the one it replaces; or more words for fewer.
    ("Fixes bugs", "Resolves incidents"),
    ("Reviews bugs", "Resolves issues"),
    ("Fixes bugs", "Resolves issues and incidents"),
])
def test_a_swap_with_another_word_asks_another_thing(old, new):
    assert reworded(old, new)[0] == "raises-bar"


# -- 3. "can" / "is able to" in a ladder is the plain verb ---------------------------------------------------------


@pytest.mark.parametrize(("old", "new"), [
    ("Can onboard new hires", "Onboards new hires"),
    ("Is able to debug", "Debugs"),
    ("Is capable of leading projects", "Leads projects"),
    ("Debugs", "Is able to debug"),
])
def test_can_for_the_plain_verb_is_wording(old, new):
    assert reworded(old, new)[0] == "editorial"


@pytest.mark.parametrize(("old", "new", "reason"), [
    # Near-misses: real hedges taken out ask more.
    ("May lead projects", "Leads projects", "certainty raised"),
    ("Could lead projects", "Leads projects", "certainty raised"),
    ("Sometimes debugs", "Debugs", "frequency raised"),
    ("With help, debugs", "Debugs", "autonomy raised"),
    ("Starting to debug", "Debugs", "mastery raised"),
    ("Can lead projects", "Must lead projects", "certainty raised"),
])
def test_a_hedge_taken_out_raises_the_bar(old, new, reason):
    assert reworded(old, new) == ("raises-bar", None, [reason])


def test_can_for_may_lowers_the_bar():
    assert reworded("Can lead projects", "May lead projects") == ("lowers-bar", None, ["certainty lowered"])


@pytest.mark.parametrize(("old", "new"), [
    # "can" against an obligation or a modal, not the plain verb, asks less (review 13, H3).
    ("Is required to lead projects", "Can lead projects"),
    ("Is expected to lead projects", "Is able to lead projects"),
    ("Is expected to write a design doc for every change", "Is able to write a design doc for every change"),
    ("You are expected to lead projects", "You are able to lead projects"),
    ("Has to lead projects", "Is able to lead projects"),
    ("Needs to lead projects", "Can lead projects"),
    ("Must lead projects", "Is able to lead projects"),
    ("Should lead projects", "Can lead projects"),
    ("Will lead projects", "Can lead projects"),
])
def test_can_for_an_obligation_lowers_the_bar(old, new):
    assert reworded(old, new) == ("lowers-bar", None, ["certainty lowered"])
    assert reworded(new, old) == ("raises-bar", None, ["certainty raised"])


def test_the_lowers_gate_stops_can_for_an_obligation(tmp_path):
    old, new = statement_revisions(tmp_path, "Is required to lead projects", "Can lead projects")
    assert CliRunner().invoke(main, ["diff", "--fail-on", "lowers-bar", old, new]).exit_code == 1


# -- 4. a kind of a thing named before it ------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new"), [
    ("Reviews code", "Reviews backend code"),
    ("Contributes to writing proposals", "Contributes to writing test proposals"),
    ("Reviews code", "Reviews mobile code"),
    ("Writes tests", "Writes unit tests"),
    ("Writes tests", "Writes end-to-end tests"),
    ("Builds apps", "Builds iOS apps"),
    ("Reviews changes", "Reviews API changes"),
    ("Writes docs", "Writes design docs"),
    ("Designs pipelines", "Designs data pipelines"),
])
def test_a_kind_named_narrows_what_is_asked(old, new):
    assert reworded(old, new) == ("lowers-bar", None, ["kind narrowed"])
    # The other way, all of it is asked again.
    assert reworded(new, old) == ("raises-bar", None, ["kind widened"])


@pytest.mark.parametrize(("old", "new"), [
    # Near-misses: words of seniority, difficulty, importance or quality ask more of the thing.
    ("Talks to stakeholders", "Talks to senior stakeholders"),
    ("Designs systems", "Designs critical systems"),
    ("Writes code", "Writes clean code"),
    ("Writes code", "Writes maintainable code"),
    ("Reviews code", "Reviews complex code"),
    ("Leads projects", "Leads cross-team projects"),
    # Another thing asked beside it, not a kind of it.
    ("Reviews code", "Reviews and tests code"),
])
def test_a_demanding_qualifier_raises_the_bar(old, new):
    assert reworded(old, new)[0] == "raises-bar"


@pytest.mark.parametrize(("old", "new"), [
    # Near-misses: a word before a thing that is not a plain kind of work may say how senior, important or
    # wide-reaching it is as well; the grader cannot tell, so it is read as words added (review 13, H1, H4).
    ("Communicates with stakeholders", "Communicates with VP stakeholders"),
    ("Presents to members", "Presents to board members"),
    ("Owns systems", "Owns production systems"),
    ("Leads reviews", "Leads architecture reviews"),
    ("Handles escalations", "Handles customer escalations"),
    ("Leads decisions", "Leads hiring decisions"),
    ("Runs planning", "Runs roadmap planning"),
    ("Sets culture", "Sets engineering culture"),
    ("Designs systems", "Designs platform systems"),
    ("Solves problems", "Solves research problems"),
    ("Partners with managers", "Partners with product managers"),
    # A verb put between a verb and its object.
    ("Helps teammates", "Helps onboard teammates"),
])
def test_a_word_that_is_not_a_plain_kind_is_a_word_added(old, new):
    assert reworded(old, new) == ("raises-bar", None, ["words added"])
    assert reworded(new, old) == ("lowers-bar", None, ["words taken out"])


@pytest.mark.parametrize(("old", "new", "bar"), [
    ("Communicates with VP stakeholders", "Communicates with stakeholders", "lowers-bar"),
    ("Communicates with stakeholders", "Communicates with VP stakeholders", "raises-bar"),
])
def test_each_gate_stops_a_demanding_word_moved(tmp_path, old, new, bar):
    paths = statement_revisions(tmp_path, old, new)
    assert CliRunner().invoke(main, ["diff", "--fail-on", bar, *paths]).exit_code == 1
