"""A percentage in words is read whole, or not at all: never the end of a longer number in words."""
import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize("old, new", [
    ("Meets one hundred and twenty percent of the target", "Meets 120% of the target"),
    ("Meets a hundred and fifty percent of the target", "Meets 150% of the target"),
])
def test_a_percentage_past_a_hundred_in_words_is_its_value(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons


@pytest.mark.parametrize("old, new", [
    # "twenty percent" read out of "one hundred and twenty percent" is 20%, not 120%.
    ("Meets two hundred and twenty percent of the target", "Meets 20% of the target"),
    ("Keeps uptime at ninety-nine point nine percent", "Keeps uptime at 9%"),
])
def test_the_end_of_a_longer_number_in_words_is_no_percentage_of_its_own(old, new):
    assert grade(old, new).impact.value != "editorial", grade(old, new).reasons
