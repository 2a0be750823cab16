"""The shortcuts that keep the wording rules fast on a large run never
make them miss: each is checked against the plain way on arbitrary text.

A rule first picks, from all the texts of a framework at once, the few
worth a closer look (its candidates), then reads only those. The pick may
take too many, never too few.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rule_helpers import framework, framework_yaml, statement_path

from ladderlint.model import TextField, build_framework
from ladderlint.rules.catalogue import ALL_RULES
from ladderlint.rules.ll208_level_reference import InconsistentLevelReference
from ladderlint.rules.ll302_brand_by_shape import BrandByShape
from ladderlint.rules.ll501_doubled_word import DoubledWord
from ladderlint.rules.prose import Prose
from ladderlint.rules.textscan import TextRule

# Pieces dense in what the shortcuts hinge on: words of both cases, with
# apostrophes straight and curly, letters outside ASCII, digits, and what
# may or may not part two words.
WORD = st.sampled_from(["team", "Team", "TEAM", "o'shea", "O'Shea", "it", "that", "café", "Équipe", "équipe", "x2"])
GLUE = st.sampled_from([" ", "  ", "\t", "\u00a0", "'s ", "’s ", "'s", ", ", ". ", "“", "”", "-", "'", "\n", "?", "_"])
TEXT = st.lists(st.tuples(WORD, GLUE), max_size=6).map(lambda pairs: "".join(w + g for w, g in pairs))


def _prose(texts: list[str]) -> Prose:
    return Prose([TextField(("levels", i), text, "statement") for i, text in enumerate(texts)])


@settings(max_examples=500, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=4))
@example(["my team team's goals"])
@example(["O'Shea O'Shea"])
@example(["“équipe équipe”"])
@example(["team’s team’s"])
@example(["that's that's"])
@example(["the team", "team is"])  # a word ending a text and one starting the next are not doubled
def test_ll501_candidates_hold_every_doubled_word(texts):
    rule, prose = DoubledWord(), _prose(texts)
    doubled = {i for i, field in enumerate(prose.fields) if list(rule.check_text(field))}
    assert doubled <= set(rule.candidates(prose))


# Pieces of what the clean-text rules look for: list markers, HTML and
# Markdown debris, brackets and quotes, odd spaces, doubled words.
PIECE = st.sampled_from([
    "I lead", "team", "Team", "the", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u200b", "1. ", " 2. ", "1) ", " 2) ",
    "- ", "* ", "• ", "◦", "<br>", "<BR/>", "**", "__", "_", "~~", "[", "]", "(", ")", "{", "}", "\"", "“", "”",
    "'", "’", "![x](y.png)", "[a](b)", ":smile:", "|", "#", "`", ".", ",", "TODO", "x",
])
PIECES_TEXT = st.lists(PIECE, max_size=10).map("".join)
TEXT_RULES = sorted((cls for cls in ALL_RULES if issubclass(cls, TextRule)), key=lambda cls: cls.code)


@pytest.mark.parametrize("rule_class", TEXT_RULES, ids=lambda cls: cls.code)
@settings(max_examples=300, deadline=None)
@given(texts=st.lists(PIECES_TEXT, min_size=1, max_size=4))
# What each rule reports, in texts of their own:
@example(texts=["my team team's goals", "a  b", " I lead ", "**B****ehaviors**<br>", "(unclosed", "1. I lead 2. team"])
@example(texts=["- one\n- two", "<br>• a<br>• b", "I lead\u00a0projects", "I lead **projects**", "“quote", "x\u200by"])
@example(texts=["I lead", "## Craft\nI lead"])  # a heading that starts a text other than the first
@example(texts=["the\u00a0", ""])  # a no-break space after the last word (LL518)
def test_text_rule_candidates_hold_every_text_it_reports(rule_class, texts):
    rule = rule_class()
    prose = _prose(texts)
    reported = {i for i, field in enumerate(prose.fields) if list(rule.check_text(field))}
    assert reported <= set(rule.candidates(prose))


PLACEHOLDER_PIECE = st.sampled_from([
    "I lead", " ", "TODO", "todo:", "ToDo:", "TBD", "XXXX", "Lorem ipsum", "LOREM IPSUM", "<date>", "<br>",
    "[insert target]", "[Add x]", "⟨target⟩", "〈date〉", "____", "İ", "ß", "x",
    "[Company]", "{{ team_name }}", "X", "%", "$", "[N]", "N",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(PLACEHOLDER_PIECE, max_size=6).map("".join), min_size=1, max_size=4))
@example(["İ todo: later", "plain"])  # lower-casing "İ" changes the length: every text is read
def test_ll406_candidates_hold_every_text_with_a_placeholder(texts):
    from ladderlint.rules.ll406_placeholder import candidates, placeholders

    with_placeholder = {i for i, text in enumerate(texts) if placeholders(text)}
    assert with_placeholder <= set(candidates(_prose(texts)))


SHAPE_PIECE = st.sampled_from([
    "at ", "At ", "join ", "joined ", "joining ", "that ", "the ", "Initech", "I", "I'm", "Acme Corp", "Values", "Way",
    "Diversity Commitments", "Code of Conduct", "'s ", "’s ", "values", "culture", " Engineering Career Framework",
    " progression ladder", " employees", " ", ".", "and", "x", "Mission", "Culture Code", "Leadership Principles",
    "Way of Working", "MISSION", "career framework",
])
# Names in the places the shapes look at, among the pieces above.
NAMED = st.tuples(
    st.sampled_from(["at ", "At ", "join ", "joined ", "joining ", "that ", "the ", "I work at ", ""]),
    st.sampled_from(["Initech", "Acme Corp", "I", "I.Initech", "I-Corp", "Values", "Way", "Mission"]),
    st.sampled_from([
        " Values", " Diversity Commitments", " Code of Conduct", " Culture Code", " Leadership Principles", " Mission",
        " MISSION", " Way of Working", "'s values", "’s culture", " Engineering Career Framework", " career framework",
        " progression ladder", " employees", ".", " and", " x", "",
    ]),
).map("".join)
SHAPE_TEXT = st.lists(NAMED | SHAPE_PIECE, max_size=6).map("".join)


# A text each shape of LL302 picks for a closer look by each of its words
# and of what triggers it, and in which none matches: the words are glued
# to other letters, and no name follows "at" or "join".
EVERY_SHAPE_LOOKS = (
    "qDiversity qValues qPrinciples qWay qHandbook qCode of Conductq qCulture Codeq qMission "
    "qframework qladder qmatrix qrubric qlevels qemployees qstaffers qteam members q's brand q’s brand "
    "at Zz zz At Zz zz join Zz zz joined Zz zz joining Zz zz"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(SHAPE_TEXT, min_size=1, max_size=4))
@example(["I work at Initech and", "joined Initech.", "the Initech Values", "Initech's values", "Initech employees"])
@example(["at I.Initech", "joined I-Corp today", "that I lead"])  # "I" starting a joined name
@example(["the Initech Mission", "the Acme Corp Culture Code", "Initech’s Way of Working", "Initech's MISSION"])
@example(["Acme Corp Engineering Career Framework", "Initech progression ladder", "the Acme Corp Diversity Commitments"])
def test_ll302_finds_what_it_finds_where_every_text_is_read_closely(texts):
    """LL302 reads closely only the texts that hold one of a shape's words
    or what triggers it: what it finds is what it finds where every text
    starts with a line that each shape picks (a text of its own beside
    them, so that the framework holds the same words)."""
    shift, in_a_statement = len(EVERY_SHAPE_LOOKS) + 1, statement_path(0)[:-1]

    def found(statements, shift):
        # The name, where it is, and what is said of it (not the excerpt, which shows what is around it).
        return [
            (v.path, (v.span[0] - shift, v.span[1] - shift) if v.path[:-1] == in_a_statement else v.span,
             v.message.split(": '")[0])
            for v in BrandByShape().check_frameworks([framework(framework_yaml(statements))])
            if v.path != statement_path(0)
        ]

    assert found([EVERY_SHAPE_LOOKS, EVERY_SHAPE_LOOKS], 0) == []
    fast = found([EVERY_SHAPE_LOOKS, *texts], 0)
    assert fast == found([EVERY_SHAPE_LOOKS, *(f"{EVERY_SHAPE_LOOKS}\n{text}" for text in texts)], shift)


REPEAT_PIECE = st.sampled_from([
    "meeting", "Meeting", "practices", "inclusive", "code", "reviews", "the", "and", "of", "I", "3", "x2", "équipe",
    "team's", "team’s", "cross-team", "snake_case", ",", ".", "-", "(", "İ", "…", "ﬁle", "practices'", "--",
    "ｍｅｅｔｉｎｇ",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(REPEAT_PIECE, max_size=14).map(" ".join))
@example("I use meeting practices inclusive meeting practices to include everyone")
@example("I use équipe practices 3 x2 équipe practices")
@example("team’s goals and more team's goals")
@example("I back the team’s goals team’s goals…")  # "…" folds to three characters: the places must hold
def test_ll511_first_look_keeps_every_text_it_reports(statement):
    """LL511 reads closely only the texts its first look picks: every phrase
    said twice is still reported."""
    from ladderlint.rules import registry
    from ladderlint.rules.ll511_repeated_phrase import repeated_phrase

    reported = registry()["LL511"]().check_frameworks([framework(framework_yaml([statement]))])
    assert bool(reported) == (repeated_phrase(statement) is not None)


NAME_PIECE = st.sampled_from(["monzo", "fog", "creek", "fog creek", " ", "  ", "\t", "\n", "\u00a0", "'s", ".", "x"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(NAME_PIECE, max_size=6).map("".join), min_size=1, max_size=4),
       st.lists(NAME_PIECE, min_size=1, max_size=3).map("".join))
@example(["at fog creek"], "fog creek")
def test_prose_may_contain_every_text_one_of_its_texts_holds(texts, name):
    """The brand rules skip the names a framework cannot hold: never one it holds."""
    if any(name in text for text in texts):
        assert _prose(texts).may_contain(name)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(NAME_PIECE, max_size=6).map("".join), min_size=1, max_size=4),
       st.lists(st.lists(NAME_PIECE, min_size=1, max_size=3).map("".join), max_size=3))
@example(["at fog creek", "monzo"], ["  ", "creek"])
@example(["x", "monzo's"], ["\u00a0", "zo'"])
def test_prose_containing_finds_exactly_the_texts_holding_a_word(texts, words):
    """The words a framework cannot hold are skipped unread: the texts found
    are still exactly those that hold one of the words."""
    held = [i for i, text in enumerate(texts) if any(word and word in text for word in words)]
    assert _prose(texts).containing([word for word in words if word]) == held


CAPITAL_PIECE = st.sampled_from(["in ", "in", "In", "Acme", "acme", " ", "x", "\u00c9", "."])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(CAPITAL_PIECE, max_size=6).map("".join), min_size=1, max_size=4),
       st.lists(st.lists(CAPITAL_PIECE, min_size=1, max_size=2).map("".join), max_size=3))
@example(["in x in Acme", "in acme"], ["in "])
def test_prose_containing_before_a_capital_finds_exactly_the_texts_holding_a_word_before_one(texts, words):
    """A word is counted only where a capital follows it, wherever else in
    the text it also stands before a small letter."""
    held = [i for i, text in enumerate(texts)
            if any(word and any(text[j + len(word) : j + len(word) + 1].isupper()
                                for j in range(len(text)) if text.startswith(word, j)) for word in words)]
    assert _prose(texts).containing([word for word in words if word], before_a_capital=True) == held


DIGIT_PIECE = st.sampled_from(["L", "4", "12", "\uff14", "\u0663", "\u096a", " ", "\u00a0", "x", "\u2019"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(DIGIT_PIECE, max_size=6).map("".join), min_size=1, max_size=4))
@example(["L4 \u2019", "L\uff14"])
def test_prose_may_match_a_digit_in_any_text(texts):
    """LL208 reads only the texts with a digit, of any script: a digit
    outside 0-9 anywhere is never missed."""
    import re

    other_digit = re.compile(r"(?![0-9])\d")
    if any(other_digit.search(text) for text in texts):
        assert _prose(texts).may_match(other_digit)
    else:
        assert not _prose(texts).may_match(other_digit)


# A level's number, in digits of a script (where its 0-9 start). The last
# number of a text is written one more at the lower level than at the
# higher: there is something to report exactly where that number names a
# level (the others, the same at both, are then read the same).
DIGITS = {"ascii": 0x30, "full-width": 0xFF10, "arabic-indic": 0x0660, "devanagari": 0x0966}
NUMBER = st.tuples(st.sampled_from(sorted(DIGITS)), st.integers(1, 8) | st.integers(10, 98))
# A text of a few numbers, each after what may or may not make it a level's
# (a code, "level", a space, a tab, a hyphen) and before what may or may
# not end the reference.
BEFORE = st.sampled_from(["L", "ic", "IC", "Level", "level", "up to L", "at level", "LEV", "xL", "-L", "_L", "éL", "#", ""])
BETWEEN = st.sampled_from(["", " ", "  ", "\t", "\u00a0", "\n", "-", " - ", "_", ":"])
AFTER = st.sampled_from(["", " ", "\n", " and ", ": ", ", ", "-", "x", "é", "_"])
REFERENCE_PIECES = st.lists(st.tuples(BEFORE, BETWEEN, NUMBER, AFTER), min_size=1, max_size=3).map(
    lambda parts: [piece for part in parts for piece in part]
)


def _written(pieces: list, more: int) -> str:
    """The text, its last number written ``more`` higher."""
    numbers = [i for i, piece in enumerate(pieces) if not isinstance(piece, str)]
    return "".join(
        piece if isinstance(piece, str)
        else "".join(chr(DIGITS[piece[0]] + int(d)) for d in str(piece[1] + (more if i == numbers[-1] else 0)))
        for i, piece in enumerate(pieces)
    )


def _ll208(lower: str, higher: str) -> list:
    data = {
        "ladderlint": 1, "id": "acme", "name": "Acme", "track": "Backend", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "results", "name": "Results", "competencies": [{"id": "impact", "name": "Impact"}]}],
        "levels": [
            {"id": "IC6", "title": "B", "competencies": {"impact": [lower]}},
            {"id": "IC7", "title": "C", "competencies": {"impact": [higher]}},
        ],
    }
    return [(v.path, v.message) for v in InconsistentLevelReference().check_frameworks([build_framework("f.yaml", data)])]


@settings(max_examples=500, deadline=None)
@given(REFERENCE_PIECES)
@example(["Level", " \t", ("ascii", 3), ""])
@example(["L", "-", ("full-width", 4), ""])
@example(["up to ic", " ", ("arabic-indic", 12), " and ", "L", "", ("devanagari", 5), "."])
@example(["#", "", ("ascii", 3), " and ", "L", "", ("full-width", 4), ""])
def test_ll208_finds_what_it_finds_where_every_text_is_read(pieces):
    """LL208 reads only the texts with a digit (of any script), and of
    those only the ones where a digit follows a letter, a space or a
    hyphen: every text that names a level. What it finds is what it finds
    where every text starts with "x9 ", which it reads whatever follows
    (and which names no level)."""
    lower, higher = _written(pieces, 1), _written(pieces, 0)
    assert _ll208(lower, higher) == _ll208(f"x9 {lower}", f"x9 {higher}")


def test_ll208_finds_levels_named_in_digits_of_any_script():
    """The comparison above is not an empty one: LL208 finds these."""
    for script in DIGITS:
        assert _ll208(_written(["Level ", (script, 4)], 1), _written(["Level ", (script, 4)], 0)), script
        assert _ll208(_written(["up to L", (script, 4)], 1), _written(["up to L", (script, 4)], 0)), script
