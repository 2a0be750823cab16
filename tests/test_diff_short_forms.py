"""Short forms in diff: a short form stands for its words (or their plurals), not for every word that
shares their stem."""
import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize("old, new", [
    # "spec" is "specification", not "specific"; "info" is "information", not "informed".
    ("Follows the specs", "Follows the specifics"),
    ("Keeps the team informed", "Keeps the team info"),
    # "dev" is "development" or "developer", not the verb "develops"; "impl" no verb either.
    ("Dev tooling for the team", "Develops tooling for the team"),
    ("Implements features", "Impl features"),
])
def test_a_word_that_only_shares_a_stem_with_a_short_forms_word_is_another_word(old, new):
    assert grade(old, new).impact.value != "editorial", grade(old, new).reasons


@pytest.mark.parametrize("old, new", [
    ("Keeps the repos tidy", "Keeps the repositories tidy"),
    ("Keeps docs up to date", "Keeps documents up to date"),
    ("Updates deps", "Updates dependencies"),
    ("Reviews prs", "Reviews pull requests"),
    ("Owns auth for the API", "Owns authorization for the API"),
    ("Evaluates new tech", "Evaluates new technologies"),
    ("Writes comms for incidents", "Writes communications for incidents"),
])
def test_a_short_form_for_its_word_or_its_plural_asks_the_same(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons
    assert grade(new, old).impact.value == "editorial", grade(new, old).reasons
