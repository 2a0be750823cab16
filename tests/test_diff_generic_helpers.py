"""Help from people named with no role nor rank ("others", "other
engineers", "colleagues", "peers", "someone") is no more help than help
whose giver goes unnamed, and "seeks X from them" / "asks them for X" is
the same act: a rewording between these is wording. One's own guide or
someone said to be senior or junior, named, is read as before; the same
request with the one asked moved ("seeks guidance from their manager" /
"asks their manager for guidance") is wording whoever is asked."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Seeks guidance from other engineers", "Asks other engineers for guidance"),
        ("Asks other engineers for guidance", "Seeks guidance from other engineers"),
        ("Seeks guidance from other engineers, rather than answers",
         "Asks other engineers for guidance rather than answers"),
        ("Asks for guidance", "Asks other engineers for guidance"),
        ("Asks for help when stuck", "Asks a colleague for help when stuck"),
        ("Seeks guidance", "Seeks guidance from other engineers"),
        ("Delivers features with guidance from other engineers", "Delivers features with guidance"),
        # Held already: kept so.
        ("Seeks help when stuck", "Asks others for help when stuck"),
        ("Seeks help from colleagues", "Asks colleagues for help"),
        ("I receive feedback from peers", "I receive feedback from colleagues"),
    ],
)
def test_help_from_people_of_no_role_nor_rank_is_help_all_the_same(old, new):
    graded = grade(old, new)
    assert graded.impact.value == "editorial", graded.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Near misses: the help is given, or someone of a role or a rank helps, or the help goes.
        ("Asks other engineers for guidance", "Gives other engineers guidance", "raises-bar"),
        ("Seeks guidance", "Seeks guidance from their manager", "lowers-bar"),
        # Help from one's manager, however the request is said: more help, as "from their manager" put in.
        ("Asks for help", "Asks their manager for help", "lowers-bar"),
        ("Delivers features with guidance from a senior engineer", "Delivers features with guidance from a peer",
         "raises-bar"),
        ("Delivers features with guidance from a peer", "Delivers features with guidance from a senior engineer",
         "lowers-bar"),
        ("Delivers features with guidance", "Delivers features with guidance from junior engineers", "lowers-bar"),
        ("Delivers features with guidance from colleagues", "Delivers features with little guidance from colleagues",
         "raises-bar"),
        ("Writes secure code with help from other engineers", "Writes secure code", "raises-bar"),
    ],
)
def test_help_gone_given_or_from_someone_of_a_role_or_rank_is_read_as_before(old, new, impact):
    graded = grade(old, new)
    assert graded.impact.value == impact, graded.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Asks other engineers for guidance", "Works without guidance", "raises-bar"),
        ("Asks colleagues for help when blocked", "Works without help", "raises-bar"),
        ("Mentors other engineers", "Asks other engineers for guidance", "lowers-bar"),
    ],
)
def test_help_asked_of_people_of_no_role_nor_rank_is_help_had(old, new, impact):
    # "asks other engineers for guidance" is help had, as "seeks guidance from other engineers" is.
    graded = grade(old, new)
    assert graded.impact.value == impact, graded.reasons


@pytest.mark.parametrize(
    "old",
    [
        "I seek help from someone senior",
        "I seek help from engineers more experienced than me",
        "I seek help from people with more experience",
        "I seek help from someone more senior",
        "I seek help from people who are more senior",
    ],
)
def test_people_ranked_after_their_noun_are_no_generic_helpers(old):
    # A rank said after the people ("someone senior") places them as one said before ("a senior
    # engineer") does: the help they give going is autonomy raised, never more help asked for.
    graded = grade(old, "I seek help")
    assert graded.impact.value == "raises-bar", graded.reasons
    assert "autonomy raised" in graded.reasons and "more help asked for" not in graded.reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Near misses: words after the people that say where they are or which, not their rank.
        ("I seek help from others outside my team", "I seek help"),
        ("I seek help from colleagues outside my team", "I seek help"),
        ("Seeks guidance from other engineers when stuck", "Asks other engineers for guidance when stuck"),
        ("Seeks guidance from peers more often", "Asks peers for guidance more often"),
    ],
)
def test_people_named_with_no_rank_after_them_stay_generic_helpers(old, new):
    graded = grade(old, new)
    assert graded.impact.value == "editorial", graded.reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The one asked before what is asked for, or after it: whoever is asked, whatever for.
        ("Seeks guidance from their manager", "Asks their manager for guidance"),
        ("Asks their manager for guidance", "Seeks guidance from their manager"),
        ("Seeks feedback from peers", "Asks peers for feedback"),
        ("Asks peers for feedback", "Seeks feedback from peers"),
        ("Asks their tech lead for help", "Gets help from their tech lead"),
        ("Asks peers for feedback", "Gets feedback from peers"),
        ("Seeks guidance from their manager", "Requests guidance from their manager"),
        ("Requests feedback from peers", "Asks peers for feedback"),
        ("Solicits input from the team", "Asks the team for input"),
        ("Asks for guidance from their manager", "Asks their manager for guidance"),
        ("Seeks feedback on designs from peers", "Asks peers for feedback on designs"),
        ("Seeks guidance from their manager when stuck", "Asks their manager for guidance when stuck"),
    ],
)
def test_the_same_request_with_the_one_asked_moved_is_wording(old, new):
    graded = grade(old, new)
    assert graded.impact.value == "editorial", graded.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact", "reason"),
    [
        # Help had where there is none: read as ever, however the request was said.
        ("Seeks guidance from their manager", "Works without guidance", "raises-bar", "autonomy raised"),
        ("Asks their manager for guidance", "Works without guidance", "raises-bar", "autonomy raised"),
        ("Works independently", "Asks their manager for help", "lowers-bar", "autonomy lowered"),
        # Who is asked, read as it is after "from".
        ("Asks peers for help", "Asks their manager for help", "lowers-bar", "autonomy lowered"),
        ("Asks a senior engineer for help", "Asks a peer for help", "raises-bar", "autonomy raised"),
        ("Asks their manager for help", "Asks for help", "raises-bar", "autonomy raised"),
        # More asked for, someone else asked, or another thing asked for.
        ("Asks peers for feedback", "Asks peers for feedback on every design", "raises-bar", "words added"),
        ("Seeks feedback from peers", "Asks their manager for feedback", "raises-bar", "words replaced"),
        ("Seeks feedback from peers", "Asks peers for reviews", "raises-bar", "words replaced"),
    ],
)
def test_a_request_changed_is_read_as_before(old, new, impact, reason):
    graded = grade(old, new)
    assert graded.impact.value == impact and reason in graded.reasons, graded


@pytest.mark.parametrize(
    ("old", "new"),
    [("Asks stakeholders for buy-in", "Gets buy-in from stakeholders"),
     ("Asks stakeholders for agreement", "Gets agreement from stakeholders")],
)
def test_what_getting_wins_is_no_request_said_another_way(old, new):
    # Getting buy-in or agreement is winning it, which asking for it does not: not the same request.
    assert grade(old, new).impact.value != "editorial"


@pytest.mark.parametrize(
    ("old", "new", "impact", "reason"),
    [
        # Someone of theirs asked in place of them: another person, higher up ("their manager's manager"),
        # however the request is said; the reordering of a request is no reading of it.
        ("Asks their manager for guidance", "Seeks guidance from their manager's manager", "lowers-bar",
         "autonomy lowered"),
        ("Asks their manager for guidance", "Seeks guidance from their manager\u2019s manager", "lowers-bar",
         "autonomy lowered"),
        ("Seeks guidance from their manager", "Seeks guidance from their manager's manager", "lowers-bar",
         "autonomy lowered"),
        ("Asks their manager for guidance", "Asks their manager's manager for guidance", "lowers-bar",
         "autonomy lowered"),
        ("Seeks guidance from their manager's manager", "Asks their manager for guidance", "raises-bar",
         "autonomy raised"),
        ("Asks a senior engineer for help", "Gets help from a senior engineer's manager", "lowers-bar",
         "autonomy lowered"),
        ("Asks their tech lead for help", "Gets help from their tech lead's manager", "lowers-bar",
         "autonomy lowered"),
        # Someone else who goes on past the words of the other text: not the same people asked.
        ("Asks their manager for guidance", "Seeks guidance from their manager peers", "raises-bar",
         "autonomy raised"),
    ],
)
def test_someone_of_the_one_asked_is_someone_else_asked(old, new, impact, reason):
    graded = grade(old, new)
    assert graded.impact.value == impact and reason in graded.reasons, graded


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The same people asked, word for word: still the same request, reordered.
        ("Asks their manager's manager for guidance", "Seeks guidance from their manager's manager"),
        ("Asks the team's lead for guidance", "Seeks guidance from the team's lead"),
        ("Asks peers for feedback", "Seeks feedback from peers"),
        ("Asks peers for feedback on designs", "Seeks feedback on designs from peers"),
    ],
)
def test_the_same_people_asked_word_for_word_is_still_wording(old, new):
    graded = grade(old, new)
    assert graded.impact.value == "editorial", graded.reasons
