"""`ladderlint import` and the framework's `language`: written where the
document says its language, or where its text plainly reads as another
language than English; an English framework leaves it unsaid."""

from __future__ import annotations

from typing import Any

import pytest

from ladderlint.loader import load_document

HTML = """<!doctype html>
<html{lang}><head><title>Acme Engineering Career Framework</title></head>
<body>
<h1>Acme Engineering Career Framework</h1>
<h2>{junior}</h2>
<h3>Delivery</h3>
<ul><li>{first}</li><li>{second}</li></ul>
<h2>{senior}</h2>
<h3>Delivery</h3>
<ul><li>{third}</li></ul>
</body></html>
"""
ENGLISH = dict(junior="Junior Engineer", senior="Senior Engineer", first="Ships small changes with the team",
               second="Writes tests for the changes they make", third="Leads the projects of their team")
PORTUGUESE = dict(junior="Júnior", senior="Sênior", first="Entrega as tarefas com a ajuda do time",
                  second="Escreve os testes do código que entrega e pede uma revisão ao time",
                  third="É uma referência técnica para o time e não deixa de ensinar os outros")
KOREAN = dict(junior="주니어", senior="시니어", first="맡은 작업을 제때 완료합니다",
              second="팀의 도움을 받아 테스트를 작성합니다", third="팀의 프로젝트를 이끌고 결과를 책임집니다")
CHINESE = dict(junior="初级工程师", senior="高级工程师", first="在指导下完成分配的任务",
               second="直接推送代码变更，参与项目维护", third="负责团队的项目并对结果负责")


def imported(cli, write, name: str, content: str) -> tuple[dict[str, Any], str, bytes]:
    path = write(name, content)
    out = path.parent / "out.yaml"
    run = cli("import", str(path), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    return load_document(str(out), out.read_bytes()).data, run.stderr, out.read_bytes()


@pytest.mark.parametrize(("lang", "words", "language", "said"), [
    (' lang="pt-BR"', PORTUGUESE, "pt-BR", "the document says it is written in 'pt-BR'"),
    (' lang="ko"', KOREAN, "ko", "the document says it is written in 'ko'"),
    ("", KOREAN, "ko", "the text reads as Korean"),
    ("", CHINESE, "zh", "the text reads as Chinese"),
    ("", PORTUGUESE, "pt", "the text reads as Portuguese"),
    # A site's template says English whatever the page's words: the words win.
    (' lang="en"', PORTUGUESE, "pt", "the text reads as Portuguese, though the document says 'en'"),
])
def test_a_framework_not_in_english_says_its_language(cli, write, lang, words, language, said):
    data, report, _ = imported(cli, write, "ladder.html", HTML.format(lang=lang, **words))
    assert data["language"] == language
    assert said in report and f"`language: {language}`" in report
    assert list(data).index("language") == list(data).index("source") - 1  # in the order of docs/format.md


@pytest.mark.parametrize("lang", ["", ' lang="en"', ' lang="en-GB"'])
def test_an_english_framework_leaves_its_language_unsaid(cli, write, lang):
    """English is the format's default: an English import is as it was,
    whatever its page says (most pages say `lang="en"`)."""
    data, report, out = imported(cli, write, "ladder.html", HTML.format(lang=lang, **ENGLISH))
    assert "language" not in data and b"language" not in out
    assert "language" not in report


def test_front_matter_says_the_language(cli, write):
    page = ("---\ntitle: Acme Engineering Career Framework\nlang: pt_BR\n---\n\n"
            "## Júnior\n\n### Delivery\n\n- Entrega as tarefas\n\n## Sênior\n\n### Delivery\n\n- Lidera projetos\n")
    data, report, _ = imported(cli, write, "ladder.md", page)
    assert data["language"] == "pt-BR"
    assert "ladder.md:3: review: the document says it is written in 'pt-BR'" in report
    assert "front matter key" not in report  # read, not left out


def test_a_front_matter_language_that_is_no_tag_is_left_out_and_said(cli, write):
    page = ("---\ntitle: Acme Engineering Career Framework\nlanguage: Portuguese\n---\n\n"
            "## Junior\n\n### Delivery\n\n- Ships changes\n\n## Senior\n\n### Delivery\n\n- Leads projects\n")
    data, report, _ = imported(cli, write, "ladder.md", page)
    assert "language" not in data
    assert "language: Portuguese" in report


@pytest.mark.parametrize(("texts", "read"), [
    (["チームのレビューをする", "設計書を書いて共有する"], ("ja", "Japanese")),
    (["Ich dokumentiere jeden Fehler im Ticketsystem und informiere das Team.",
      "Ich plane die Arbeit des Teams mit dem Produktmanager und dem Designer.",
      "Ich prüfe die Änderungen meiner Kollegen und gebe ihnen Rückmeldung."], ("de", "German")),
    (["I ship features and celebrate wins with the team.", "I mentor juniors and review their pull requests."], None),
    # A name in another script among English words tells nothing.
    (["I keep the 项目 board of the team up to date and share it with the team every week."], None),
    (["Мы пишем тесты"], None),  # Cyrillic letters are several languages'
])
def test_the_language_a_text_reads_as(texts, read):
    from ladderlint.text import written_language

    assert written_language(texts) == read


def test_latin_filler_is_no_language(cli, write):
    """A template's Latin filler ('Lorem ipsum dolor sit amet', 'Aenean eu
    leo quam') is no language the framework is written in: read as one
    (French), the pages would be marked French."""
    filler = dict(junior="Designer I", senior="Designer II",
                  first="Cum sociis natoque penatibus et magnis dis parturient montes, nascetur ridiculus mus. "
                        "Sed posuere consectetur est at lobortis.",
                  second="Cras mattis consectetur purus sit amet fermentum. Aenean eu leo quam.",
                  third="Cum sociis natoque penatibus et magnis dis parturient montes, nascetur ridiculus mus. "
                        "Sed posuere consectetur est at lobortis.")
    data, report, _ = imported(cli, write, "ladder.html", HTML.format(lang="", **filler))
    assert "language" not in data and "reads as" not in report
