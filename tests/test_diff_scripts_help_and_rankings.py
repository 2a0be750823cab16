"""Grading found wrong on real histories (trial-diff7): texts in other
scripts read as English, the amount of help negated, a place in a ranking
however it is led to, help had for a task of one class, the sentence put
in that asks something named, an abbreviation's stop in the word diff, and
a framework's name respelt."""

from __future__ import annotations

import json

import pytest
import yaml

from diffkit import two_competency_ladder
from ladderlint.diff.grade import grade
from ladderlint.text import other_language


# --- Texts in another script -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "language"), [
    ("Ищу конструктивные решения в конфликтных ситуациях", "Russian"),
    ("Учитывает сроки и заранее сообщает о проблемах", "Russian"),  # no "ы", "э" nor "ё": its endings tell
    ("Відповідає за якість коду команди", "Ukrainian"),
    ("Пиша код и тестове за екипа", "Cyrillic"),  # Bulgarian: only the script is told
    ("Решаю задачи", "Cyrillic"),  # too little to tell Russian from Ukrainian or Bulgarian
    ("Ελέγχει τον κώδικα της ομάδας", "Greek"),
    ("בודק את הקוד של הצוות", "Hebrew"),
    ("يراجع شيفرة الفريق", "Arabic"),
    ("チームのレビューをする", "Japanese"),
    ("审查团队的代码", "Chinese"),
    ("팀의 코드를 리뷰한다", "Korean"),
    ("ทบทวนโค้ดของทีม", "Thai"),
    ("टीम के कोड की समीक्षा करता है", "Devanagari"),
    # Near misses: English with a letter or a name of another script is English.
    ("Keeps p99 under 100μs in every α-release", None),
    ("I keep the 项目 board of the team up to date", None),
    ("Reviews code for the team", None),
])
def test_a_text_in_another_script_reads_as_another_language(text, language):
    from ladderlint.text import words

    assert other_language(words(text)) == language


@pytest.mark.parametrize(("old", "new"), [
    ("Ищу конструктивные решения в конфликтных ситуациях", "Ищет конструктивные решения в конфликтных ситуациях"),
    ("Решаю задачи", "Решаю задачи сам"),
    ("Відповідаю за якість коду", "Відповідає за якість коду"),
    ("チームのレビューをする", "チームのレビューを毎日する"),
])
def test_a_rewording_in_another_script_is_held_not_graded_as_english(old, new):
    graded = grade(old, new)
    assert graded.impact.value == "raises-bar"
    assert len(graded.reasons) == 1 and graded.reasons[0].startswith("not read: "), graded.reasons


def test_the_language_of_a_pair_is_told_from_both_texts():
    # "Умею приоритизировать свои задачи" alone tells no language; its rewording does ("умеет").
    assert grade("Умею приоритизировать свои задачи", "Умеет устанавливать приоритеты для своих задач").reasons \
        == ("not read: Russian",)


def _russian(statements: list[str], more: list[str] | None = None) -> dict:
    return two_competency_ladder([
        {"id": "middle", "title": "Middle", "competencies": {"delivery": statements}},
        {"id": "senior", "title": "Senior", "competencies": {"delivery": more or ["Ведёт крупные проекты команды"]}},
    ], language="ru")


def _write(write, old: dict, new: dict) -> tuple[str, str]:
    write("old.yaml", yaml.safe_dump(old, allow_unicode=True, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, allow_unicode=True, sort_keys=False))
    return "old.yaml", "new.yaml"


def test_a_russian_rewording_is_not_graded_in_every_format(cli, write, tmp_path):
    old, new = _write(write, _russian(["Ищу конструктивные решения в конфликтных ситуациях"]),
                      _russian(["Ищет конструктивные решения в конфликтных ситуациях"]))
    text = cli("diff", "--no-color", old, new, cwd=tmp_path).output
    assert "not graded: written in Russian, which the grader does not read" in text, text
    assert "words replaced" not in text
    change = json.loads(cli("diff", "--format", "json", old, new, cwd=tmp_path).output)["frameworks"][0]["changes"][0]
    assert change["reasons"] == ["not read: Russian"] and change["reason_words"] == []
    notes = cli("diff", "--format", "markdown", old, new, cwd=tmp_path).output
    assert "### Changed (not graded: Russian)" in notes and "New or higher" not in notes, notes


def test_a_russian_statement_moved_unchanged_is_still_a_move(cli, write, tmp_path):
    moved = "Проводит ревью кода коллег и помогает им расти"
    old, new = _write(write, _russian(["Пишет тесты для своего кода", moved]),
                      _russian(["Пишет тесты для своего кода"], ["Ведёт крупные проекты команды", moved]))
    change = [c for c in json.loads(cli("diff", "--format", "json", old, new, cwd=tmp_path).output)
              ["frameworks"][0]["changes"] if c["kind"] != "framework-changed"]
    assert [(c["kind"], c["reasons"]) for c in change] == [("statement-moved", [])], change


def test_a_statement_in_russian_is_no_english_spelling_to_check(cli, write, tmp_path):
    document = two_competency_ladder([{"id": "ic1", "title": "IC1", "competencies": {"delivery": [
        "Ships small features with guidance from the team", "Ищет конструктивные решения в конфликтных ситуациях"]}}])
    write("f.yaml", yaml.safe_dump(document, allow_unicode=True, sort_keys=False))
    run = cli("check", "--select", "LL512", "--format", "concise", "f.yaml", cwd=tmp_path)
    assert "LL512" not in run.output, run.output


# --- The amount of help negated ----------------------------------------------------------------------------

BASE = "Delivers projects without much guidance"


@pytest.mark.parametrize(("old", "new", "impact"), [
    # Less help allowed: the amount negated taken out.
    (BASE, "Delivers projects without guidance", "raises-bar"),
    ("Delivers projects without much supervision", "Delivers projects without supervision", "raises-bar"),
    ("Delivers projects without a lot of help", "Delivers projects without help", "raises-bar"),
    ("Delivers projects without significant direction", "Delivers projects without direction", "raises-bar"),
    ("Delivers projects, not needing much guidance", "Delivers projects, not needing guidance", "raises-bar"),
    # ... and put in: more help allowed.
    ("Delivers projects without guidance", BASE, "lowers-bar"),
    # The same amount in other words, or other help of the same class.
    (BASE, "Delivers projects without a lot of guidance", "editorial"),
    (BASE, "Delivers projects without significant guidance", "editorial"),
    (BASE, "Delivers projects without much supervision", "editorial"),
    (BASE, "Delivers projects without much direction", "editorial"),
    # Near misses: help had, not negated, is read the other way.
    ("Delivers projects with much guidance", "Delivers projects with guidance", "raises-bar"),
    ("Delivers projects with much guidance", "Delivers projects with significant guidance", "editorial"),
])
def test_taking_an_amount_out_of_help_negated_allows_less_help(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


# --- Help had for a task, one class -------------------------------------------------------------------------

INTERVIEWS = "Participates in hiring, conducting interviews ({}) and writing helpful feedback."


@pytest.mark.parametrize("helped", ["with training", "with coaching", "with mentoring", "with support"])
def test_help_had_for_a_task_taken_out_raises_the_bar(helped):
    old, new = INTERVIEWS.format(helped), INTERVIEWS.replace(" ({})", "")
    graded = grade(old, new)
    assert graded.impact.value == "raises-bar" and graded.reasons == ("autonomy raised",), graded.reasons


@pytest.mark.parametrize(("was", "now"), [("with training", "with coaching"), ("with coaching", "with mentoring"),
                                          ("with training", "with support")])
def test_one_help_for_another_asks_the_same(was, now):
    assert grade(INTERVIEWS.format(was), INTERVIEWS.format(now)).impact.value == "editorial"


@pytest.mark.parametrize(("old", "new"), [
    # Help given to others, or a technique of the work: no help had.
    ("Onboards new hires with training.", "Onboards new hires."),
    ("Supports the team with mentoring.", "Supports the team."),
    ("Improves the classifier with training on fresh data.", "Improves the classifier."),
])
def test_training_given_or_done_is_no_help_had(old, new):
    graded = grade(old, new)
    assert graded.impact.value == "lowers-bar" and "autonomy raised" not in graded.reasons, graded.reasons


# --- A place in a ranking -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "impact"), [
    ("Performs in the top 5% of engineers", "Performs in the top 10% of engineers", "lowers-bar"),
    ("Performs at or near the top 5% of engineers", "Performs at or near the top 10% of engineers", "lowers-bar"),
    ("Works towards that top 5% bar", "Works towards that top 10% bar", "lowers-bar"),
    ("Should be near the top 5% of their title", "Should be near the top 2% of their title", "raises-bar"),
    ("Is among the top 3 engineers of the team", "Is among the top 5 engineers of the team", "lowers-bar"),
    ("Is one of the top 3 engineers of the team", "Is one of the top 5 engineers of the team", "lowers-bar"),
    # Near misses: out of the bottom of a ranking a larger share is harder; a list known by its length.
    ("Stays out of the bottom 5% of engineers", "Stays out of the bottom 10% of engineers", "raises-bar"),
    ("Knows the OWASP Top 10", "Knows the OWASP Top 20", "raises-bar"),
])
def test_a_larger_top_share_is_an_easier_bar_however_it_is_led_to(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def _described(write, old: str, new: str) -> tuple[str, str]:
    levels = [{"id": "ic1", "title": "IC1", "competencies": {"delivery": ["Ships features"]}}]
    return _write(write, two_competency_ladder(levels, description=old), two_competency_ladder(levels, description=new))


def test_a_description_whose_top_share_grows_lowers_the_bar(cli, write, tmp_path):
    old, new = _described(write, "Engineers at this level are at or near the top 5% of their title.",
                          "Engineers at this level are at or near the top 10% of their title.")
    change = json.loads(cli("diff", "--format", "json", old, new, cwd=tmp_path).output)["frameworks"][0]["changes"][0]
    assert (change["field"], change["impact"]) == ("description", "lowers-bar"), change


# --- The sentence put in named ------------------------------------------------------------------------------


def test_the_sentence_put_in_that_asks_something_is_named(cli, write, tmp_path):
    asked = "Engineers at this level present their work at the quarterly all-hands."
    old, new = _described(write, "These levels describe how we grow.", f"These levels describe how we grow. {asked}")
    text = cli("diff", "--no-color", old, new, cwd=tmp_path).output
    assert f"(read as: a sentence that asks something put in: '{asked}')" in text, text
    change = json.loads(cli("diff", "--format", "json", old, new, cwd=tmp_path).output)["frameworks"][0]["changes"][0]
    assert change["reasons"] == ["a sentence that asks something put in"]
    assert change["reason_words"] == [{"reason": "a sentence that asks something put in", "old": None, "new": asked}]


def test_a_sentence_put_in_that_asks_nothing_names_nothing(cli, write, tmp_path):
    old, new = _described(write, "These levels describe how we grow.",
                          "These levels describe how we grow. They were written in 2023.")
    change = json.loads(cli("diff", "--format", "json", old, new, cwd=tmp_path).output)["frameworks"][0]["changes"][0]
    assert change["impact"] != "raises-bar" and change["reason_words"] == [], change


# --- Small messages -----------------------------------------------------------------------------------------


def test_the_stop_of_an_abbreviation_stays_with_its_word(cli, write, tmp_path):
    old, new = _write(write, two_competency_ladder([{"id": "ic1", "title": "IC1", "competencies": {
        "delivery": ["Provides helpful, timely code reviews."]}}]), two_competency_ladder([{"id": "ic1", "title": "IC1",
        "competencies": {"delivery": ["Provides helpful, timely code reviews (e.g. within one business day)."]}}]))
    text = cli("diff", "--no-color", old, new, cwd=tmp_path).output
    assert "code reviews {+(e.g. within one business day)+}." in text, text


@pytest.mark.parametrize(("was", "now", "impact"), [
    ("Titles for programmers", "Titles for Programmers", "editorial"),
    ("Acme Engineering", "Acme Enginering", "editorial"),  # a slip in one word of five letters or more
    ("Acme Engineering", "Acme Product", "structural"),
])
def test_a_framework_name_respelt_is_editorial(cli, write, tmp_path, was, now, impact):
    levels = [{"id": "ic1", "title": "IC1", "competencies": {"delivery": ["Ships features"]}}]
    old, new = (two_competency_ladder(levels) for _ in range(2))
    old["name"], new["name"] = was, now
    _write(write, old, new)
    change = json.loads(cli("diff", "--format", "json", "old.yaml", "new.yaml", cwd=tmp_path).output)
    assert [(c["field"], c["impact"]) for c in change["frameworks"][0]["changes"]] == [("name", impact)]


@pytest.mark.parametrize(("old", "new", "quoted"), [
    ("Deep expertise in several environments (Ruby + JavaScript, Ruby + ObjC, etc).",
     "Deep expertise in several environments.", ("ruby + javascript, ruby + objc", "")),
    ("Writes unit & integration tests", "Writes tests", ("unit & integration", "")),
    # Near miss: words with nothing between them but spaces are quoted as they were.
    ("Writes design docs and runbooks", "Writes design docs", ("runbooks", "")),
])
def test_words_read_are_quoted_with_the_marks_between_them(old, new, quoted):
    from ladderlint.diff.grade import words_read

    assert [pair for reason in grade(old, new).reasons for pair in words_read(reason)] == [quoted]
