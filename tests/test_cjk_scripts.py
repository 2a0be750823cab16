"""The scripts of Chinese, Japanese and Korean are written down once
(ladderlint.text) and read two ways: as code point ranges in Python and as a
regular expression's character class. Both must name the same characters."""

import re

import pytest

from ladderlint.text import CJK_PUNCTUATION, CJK_SCRIPT, HAN, HANGUL, KANA, character_class, in_ranges, written_language


@pytest.mark.parametrize("ranges", [CJK_SCRIPT, CJK_PUNCTUATION, HANGUL, KANA, HAN], ids=["script", "punctuation", "hangul", "kana", "han"])
def test_the_class_and_the_ranges_name_the_same_characters(ranges):
    pattern = re.compile(character_class(ranges))
    for code in range(0x10000):
        character = chr(code)
        assert bool(pattern.fullmatch(character)) == in_ranges(ranges, character), hex(code)


def test_the_ideographic_space_is_white_space_not_punctuation():
    assert not in_ranges(CJK_PUNCTUATION, "\u3000")
    assert in_ranges(CJK_PUNCTUATION, "。") and in_ranges(CJK_PUNCTUATION, "）")


@pytest.mark.parametrize("text, tag", [
    ("소프트웨어 엔지니어는 팀의 코드 리뷰를 주도합니다", "ko"),
    ("チームのコードレビューを主導します", "ja"),
    ("主导团队的代码评审并指导新成员", "zh"),
])
def test_the_language_is_told_by_its_script(text, tag):
    assert written_language([text] * 3)[0] == tag


def test_latin_text_is_no_cjk():
    assert not any(in_ranges(CJK_SCRIPT, character) for character in "Leads code review, naïve café")
