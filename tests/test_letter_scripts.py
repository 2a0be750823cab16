"""Which script a text's letters are written in, read one way
(``text.letters_by_script``) by the two that ask: ``other_script`` (``diff``
holds a rewording in another script as "not read: <language>") and
``written_language`` (``import`` sets a framework's `language`). Each keeps
its own rule on top of the count: ``diff`` reads any Kana beside Han as
Japanese, the importer wants a tenth of the framework's Han and Kana to be
Kana; ``diff`` weighs the letters of the scripts it names, the importer all
letters."""

from __future__ import annotations

import pytest

from ladderlint.text import CJK_SCRIPT, HAN, HANGUL, KANA, in_ranges, letters_by_script, other_script, words
from ladderlint.text import written_language

# --- Both readings, as they were --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "diff", "imported"), [
    # Kanji with a few kana: Japanese for both (a tenth of its Han and Kana is Kana).
    ("設計書を作成し品質管理を主導する", "Japanese", "ja"),
    ("チームのコードレビューを主導する", "Japanese", "ja"),
    ("负责团队的项目并对结果负责", "Chinese", "zh"),
    ("팀의 코드를 리뷰하고 결과를 책임집니다", "Korean", "ko"),
    # Cyrillic and Greek are several languages' or none the importer tags: diff names them.
    ("Ищу конструктивные решения в конфликтных ситуациях", "Russian", None),
    ("Відповідає за якість коду команди", "Ukrainian", None),
    ("Ελέγχει τον κώδικα της ομάδας", "Greek", None),
    # English with a letter or a name of another script is English.
    ("Keeps p99 latency under 100μs for every request the team serves", None, None),
    ("Keeps p99 latency under 100µs for every request the team serves", None, None),  # the micro sign
    ("Pairs with 王伟 on the design of the payments service for the team", None, None),
    ("Pairs with 김민준 on the design of the payments service for the team", None, None),
    # Full-width Latin is Latin.
    ("Ｒｅｖｉｅｗｓ ｔｈｅ ｃｏｄｅ ｏｆ ｔｈｅ ｔｅａｍ ａｎｄ ｗｒｉｔｅｓ ｔｅｓｔｓ", None, None),
    # Letters of a script neither names are no other language either reads.
    ("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", None, None),
])
def test_a_text_reads_as_its_script_for_diff_and_import(text, diff, imported):
    assert other_script(words(text)) == diff
    assert (written_language([text] * 3) or (None,))[0] == imported


def test_the_importer_wants_a_tenth_of_kana_where_diff_takes_any():
    """A framework in Han with a kana or two here and there is Chinese
    (a stray 'の' in a name); one sentence with kana beside Han is Japanese."""
    chinese = ["负责团队的项目并对结果负责", "指导新成员完成分配的任务", "参与代码评审的の流程"]
    assert written_language(chinese) == ("zh", "Chinese")
    assert other_script(words(chinese[2])) == "Japanese"


def test_kana_marks_that_are_letters_count_as_kana_for_the_importer():
    # "ー" lengthens the kana before it: a letter of Japanese's (not punctuation).
    assert written_language(["データベースのサーバーを設計する"] * 3) == ("ja", "Japanese")
    assert written_language(["数据库服务器的设计与运维工作ー"] * 3) == ("zh", "Chinese")  # under a tenth


def test_raw_tokens_in_other_forms_read_as_their_script():
    """``other_script`` reads the words it is given: half-width kana and
    full-width Latin as the script they are forms of."""
    assert other_script(["ﾁｰﾑのﾚﾋﾞｭｰをする"]) == "Japanese"
    assert other_script(["ｒｅｖｉｅｗｓ", "ｃｏｄｅ"]) is None
    assert other_script(["\u1112\u1161\u11ab", "\u1100\u1173\u11af"]) == "Korean"  # Hangul as jamo


# --- One reading: where the two counted differently ----------------------------------------------------------


@pytest.mark.parametrize(("letter", "script"), [
    ("a", "Latin"), ("é", "Latin"), ("Ａ", "Latin"), ("ｚ", "Latin"),
    ("ж", "Cyrillic"), ("μ", "Greek"),
    ("あ", "Kana"), ("ア", "Kana"), ("ｱ", "Kana"), ("ー", "Kana"), ("ｰ", "Kana"), ("ㇰ", "Kana"),
    ("漢", "Han"), ("\uf900", "Han"), ("\U00020000", "Han"), ("\U0002f800", "Han"), ("々", "Han"), ("〆", "Han"),
    ("한", "Hangul"), ("ㄱ", "Hangul"), ("\u1100", "Hangul"), ("\ua960", "Hangul"), ("\uffa1", "Hangul"),
    ("Ꮳ", ""),  # a script named by neither reader
])
def test_each_letter_is_counted_in_its_script(letter, script):
    assert letters_by_script(letter * 3) == {script: 3}


@pytest.mark.parametrize("character", ["・", "･", "゛", "゜", "\u3099", "゠", "、", "〇", "1", " ", "-", "’"])
def test_marks_and_punctuation_are_no_letters(character):
    assert letters_by_script(character * 3 + "ab") == {"Latin": 2}


def test_the_cjk_ranges_letters_are_counted_in_their_scripts():
    """The code point ranges the rules find CJK text by (``CJK_SCRIPT``) and
    the letters counted by script agree on every letter in the ranges."""
    for code in range(0x10000):
        character = chr(code)
        if character.isalpha() and in_ranges(CJK_SCRIPT, character):
            expected = "Hangul" if in_ranges(HANGUL, character) else "Kana" if in_ranges(KANA, character) else "Han"
            assert letters_by_script(character) == {expected: 1}, hex(code)


def test_letters_are_counted_in_any_mix():
    assert letters_by_script("Leads 设计 reviews: チームの“レビュー” — 팀 ok") == \
        {"Latin": 14, "Han": 2, "Kana": 8, "Hangul": 1}
    assert letters_by_script("") == {}


def test_a_middle_dot_between_chinese_words_is_not_kana():
    """'・' parts words and names in Chinese as in Japanese: punctuation,
    not a kana letter. Counted as kana, a Chinese framework that parts its
    lists with it read as Japanese."""
    chinese = ["需求分析・系统设计・代码评审・上线部署", "指导新人・技术分享", "推动团队的工程质量"]
    assert written_language(chinese) == ("zh", "Chinese")
    assert written_language(["チームのレビュー・設計を主導する"]) == ("ja", "Japanese")


def test_half_width_kana_are_kana_for_the_importer(cli, write):
    """A framework written with half-width katakana (an old system's
    export) is Japanese, as its full-width forms are."""
    texts = ["ﾁｰﾑのﾚﾋﾞｭｰをする", "設計書を書いて共有する", "ﾌﾟﾛｼﾞｪｸﾄを主導する", "ｼﾞｭﾆｱ", "ｼﾆｱ"]
    assert written_language(texts) == ("ja", "Japanese")
    page = ("# Ladder\n\n## ｼﾞｭﾆｱ\n\n### ﾃﾞﾘﾊﾞﾘｰ\n\n- ﾁｰﾑのﾚﾋﾞｭｰをする\n- 設計書を書いて共有する\n\n"
            "## ｼﾆｱ\n\n### ﾃﾞﾘﾊﾞﾘｰ\n\n- ﾌﾟﾛｼﾞｪｸﾄを主導する\n")
    path = write("ladder.md", page)
    out = path.parent / "out.yaml"
    run = cli("import", str(path), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "language: ja" in out.read_text(encoding="utf-8")
    assert "the text reads as Japanese" in run.stderr


def test_a_long_vowel_mark_counts_for_diff_as_the_kana_it_lengthens():
    """'サーバー' is four letters of kana: beside 'API' the label is
    Japanese. Spelt with a mark fewer ('サーバ', as it also is), the two
    scripts have as many letters: neither has most."""
    assert other_script(words("サーバー API")) == "Japanese"
    assert other_script(words("サーバ API")) is None
    assert other_script(words("Server API")) is None
