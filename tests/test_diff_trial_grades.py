"""Grades a new-user trial found wrong, each read by a general rule of how
people write: a new action is another thing asked, not less; a light verb,
"how" before "to", "done" and an adverb for its noun are wording; people
who become the ones who help are help, not an audience taken out."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Shorter, but a new action: another, bigger thing asked, not less of the same.
        ("I ask questions to clarify expectations", "I set expectations", "raises-bar"),
        ("I can adapt my work when circumstances change", "I drive change", "raises-bar"),
        ("Asks questions to understand the roadmap", "Defines the roadmap", "raises-bar"),
        # No new action, only words taken out: less is asked.
        ("I write clear, well-structured design documents for my team's projects", "I write design documents",
         "lowers-bar"),
        ("I ask questions to clarify expectations", "I clarify expectations", "lowers-bar"),
        # One verb for one, as much involved, is a synonym: the qualifiers taken out ask less.
        ("I write clear, well-structured design documents for my team", "I produce design documents",
         "lowers-bar"),
        # One verb for one that says more involvement asks another thing.
        ("I adapt my work when circumstances change", "I drive change", "raises-bar"),
        # A new action that says less involvement than the one it takes the place of: owning, for making.
        ("Takes responsibility for code quality by keeping the quality high and encouraging others in the team",
         "Delivers high quality code and solutions", "lowers-bar"),
        ("I lead the design of our services and mentor the engineers who build them", "I build services",
         "lowers-bar"),
    ],
)
def test_a_new_action_is_not_read_as_asking_less(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A light verb for one verb: one word for one.
        ("I model integrity and have a high standard", "I model integrity and hold a high standard"),
        ("I do code reviews for my team", "I perform code reviews for my team"),
        # "how" before "to" carries grammar.
        ("I am learning to interview", "I am learning how to interview"),
        ("Knows to escalate incidents", "Knows how to escalate incidents"),
        # "done" is a form of "do", as "doing" is.
        ("Helps the team, does what needs doing", "Helps the team, and does what needs to be done"),
        # A noun and its adverb: one word in another part of speech.
        ("I write and speak with clarity and focus", "I write and speak clearly and with focus"),
        ("I communicate with precision", "I communicate precisely"),
        ("I deliver consistently", "I deliver with consistency"),
        ("I handle production data with care", "I handle production data carefully"),
    ],
)
def test_pure_wording_fixes_are_editorial(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A light verb for a verb of scale is read on its scale.
        ("I do code reviews for my team", "I lead code reviews for my team", "raises-bar"),
        # A light verb for a verb that asks more: not one word for one.
        ("I have a high standard of excellence for my work", "I enforce a high standard of excellence for my work",
         "raises-bar"),
        ("You do code reviews.", "You mandate code reviews.", "raises-bar"),
        ("I do the weekly release.", "I automate the weekly release.", "raises-bar"),
        ("I have a plan for my projects.", "I publish a plan for my projects.", "raises-bar"),
        # The adverb for its noun, and another word put in beside it.
        ("I write with clarity", "I write clearly and concisely", "raises-bar"),
    ],
)
def test_what_those_readings_leave_asked(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Working with less experienced engineers, now with more experienced ones: help had, less asked.
        ("Shapes the direction of the project with less experienced engineers",
         "Follows the direction of the project with more experienced engineers", "lowers-bar"),
        ("Shapes the direction of the project with less experienced engineers",
         "Shapes the direction of the project with more experienced engineers", "lowers-bar"),
        ("Shapes the direction of the project with more experienced engineers",
         "Shapes the direction of the project with less experienced engineers", "raises-bar"),
        ("I work with less experienced engineers", "I work with senior engineers", "lowers-bar"),
        # An audience alone still reads as one.
        ("I mentor less experienced engineers", "I mentor more experienced engineers", "raises-bar"),
    ],
)
def test_people_who_become_the_helpers_are_help_not_an_audience(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The subject who helped others, now helped by them: help had, said in the passive or as received.
        ("I mentor less experienced engineers", "I am mentored by more experienced engineers", "lowers-bar"),
        ("I mentor junior engineers", "I am mentored by senior engineers", "lowers-bar"),
        ("I coach engineers on my team", "I am coached by engineers on my team", "lowers-bar"),
        ("I support my team", "I am supported by my team", "lowers-bar"),
        ("I mentor less experienced engineers", "I receive support from more experienced engineers", "lowers-bar"),
        ("I provide mentoring to junior engineers", "I receive mentoring from senior engineers", "lowers-bar"),
        ("I mentor engineers", "I receive mentoring from my manager", "lowers-bar"),
        ("I help junior engineers with code reviews", "I get help from senior engineers with code reviews",
         "lowers-bar"),
        # The other way round, helped to helping, asks more.
        ("I am mentored by more experienced engineers", "I mentor less experienced engineers", "raises-bar"),
        ("I receive support from more experienced engineers", "I mentor less experienced engineers", "raises-bar"),
        # Not help had: a passive that names nobody who helps, a thing received, help given said another way.
        ("I make decisions", "I make decisions guided by data", "raises-bar"),
        ("I receive feedback from peers", "I receive feedback from colleagues", "editorial"),
        ("I receive feedback from peers", "I receive feedback from my lead", "raises-bar"),  # others, no help had
        ("I receive support from my lead", "I receive guidance from my lead", "editorial"),
        ("I provide mentoring to junior engineers", "I provide mentorship to junior engineers", "editorial"),
        ("I mentor junior engineers", "I mentor senior engineers", "raises-bar"),
        # What else the helper did goes with the help given.
        ("Onboards / mentors new engineers", "Is mentored by more experienced engineers", "lowers-bar"),
        ("I mentor engineers and design systems", "I design systems with support from my lead", "lowers-bar"),
        # Said of the work, the helpers named: help had too; not where nobody who helps is named.
        ("Handles simple error cases", "Handles simple error cases, as directed by their lead", "lowers-bar"),
        ("Delivers features", "Delivers features, supported by a senior engineer", "lowers-bar"),
        ("Delivers features", "Delivers features directed by product goals", "raises-bar"),
    ],
)
def test_the_subject_helped_where_it_helped_is_help_had(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Prompting is help: needed, it asks less; done without, more.
        ("Updates tickets", "Updates tickets with prompting", "lowers-bar"),
        ("Updates tickets", "Updates tickets without prompting", "raises-bar"),
        ("Updates tickets with prompting", "Updates tickets", "raises-bar"),
    ],
)
def test_prompting_is_help(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # "Provide" and "offer" are light verbs before a noun of their own verb, as "give" is.
        ("I mentor engineers", "I provide mentoring to engineers", "editorial"),
        ("I coach engineers", "I offer coaching to engineers", "editorial"),
        ("I provide mentoring to engineers", "I mentor engineers", "editorial"),
        # Not where the noun is another thing.
        ("I mentor engineers", "I provide mentoring and training to engineers", "raises-bar"),
    ],
)
def test_a_light_verb_of_giving_and_its_noun_say_the_verb(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # One fewer (or more) of those who may help: the help had is the same.
        ("I work within my team with specific guidance from my manager/TL",
         "I work within my team with specific guidance from my manager", "editorial"),
        ("I work with guidance from my manager or TL", "I work with guidance from my manager", "editorial"),
        ("I work with guidance from my manager", "I work with guidance from my manager or TL", "editorial"),
        # Both helping is more help; help gone, or new, is read as before.
        ("I work with guidance from my manager", "I work with guidance from my manager and TL", "lowers-bar"),
        ("I work with guidance from my manager", "I work with guidance", "raises-bar"),
        ("I work independently", "I work with guidance from my manager or TL", "lowers-bar"),
    ],
)
def test_who_may_help_is_no_change_of_help(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Mentoring and prompting the subject is said to have: from someone, received, needed, done without.
        ("Delivers features", "Delivers features with mentoring from their lead", "lowers-bar"),
        ("Delivers features", "Delivers features with prompting from their lead", "lowers-bar"),
        ("Delivers features", "Receives mentoring and delivers features", "lowers-bar"),
        ("Escalates blockers", "Escalates blockers with prompting", "lowers-bar"),
        ("Escalates blockers", "Escalates blockers with some prompting", "lowers-bar"),
        ("Escalates blockers", "Needs prompting to escalate blockers", "lowers-bar"),
        ("Delivers features", "Delivers features under the mentorship of a senior engineer", "lowers-bar"),
        # Mentoring the subject gives, and prompting as a technique of the work with others: no help had.
        ("Supports the team with mentoring", "Supports the team", "lowers-bar"),
        ("Supports the team", "Supports the team with mentoring", "raises-bar"),
        ("Grows the team through feedback", "Grows the team with mentoring and feedback", "raises-bar"),
        ("Grows the team with mentorship and feedback", "Grows the team through feedback", "lowers-bar"),
        ("Improves model quality with fine-tuning", "Improves model quality with prompting and fine-tuning",
         "raises-bar"),
        ("Improves model quality", "Improves model quality with prompting techniques", "raises-bar"),
        # Prompting on its own, where the clause names the model it is done to.
        ("Improves model quality", "Improves model quality with prompting", "raises-bar"),
        ("Improves the LLM's answers with prompting", "Improves the LLM's answers", "lowers-bar"),
    ],
)
def test_mentoring_and_prompting_are_help_had_only_where_said_to_be(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The subject said to be helped, however the passive is said.
        ("Engineers at this level deliver features",
         "Engineers at this level are coached by their lead and deliver features", "lowers-bar"),
        ("You deliver features", "You'll be mentored by a senior engineer and deliver features", "lowers-bar"),
        ("I deliver features", "I'm coached by my lead and deliver features", "lowers-bar"),
        ("I deliver features", "I get mentored by my lead and deliver features", "lowers-bar"),
        ("Delivers features", "Delivers features when supported by a senior engineer", "lowers-bar"),
        # Irregular participles, and the helpers named after what they help with.
        ("I teach others how to debug", "I am taught how to debug by senior engineers", "lowers-bar"),
        ("I am taught how to debug by senior engineers", "I teach others how to debug", "raises-bar"),
        ("I show others how to debug", "I am shown how to debug by senior engineers", "lowers-bar"),
        # Things helped, or someone else: not the subject's help.
        ("Owns the services supported by the platform team", "Owns the services", "lowers-bar"),
        ("Improves services", "Improves services supported by other teams", "raises-bar"),
        ("Ensures every new hire is supported by a buddy in their first month", "Ensures every new hire has a buddy",
         "lowers-bar"),
        # (another verb, so another thing asked: words replaced, not help had, which would lower the bar)
        ("Builds tools used by other engineers", "Builds tools supported by other engineers", "raises-bar"),
        ("I make decisions", "I am guided by our values when I make decisions", "raises-bar"),
        # Training had is asked of them, not help with the work.
        ("I write secure code", "I am trained in secure coding and write secure code", "raises-bar"),
    ],
)
def test_a_passive_of_help_is_help_had_only_where_the_subject_is_helped(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("I work with guidance from my manager or a senior engineer", "I work with guidance from my manager"),
        ("I work with guidance from my manager", "I work with guidance from my manager or a more senior engineer"),
    ],
)
def test_another_who_may_help_described_is_no_change_of_help(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons

