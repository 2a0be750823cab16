"""`ladderlint render`: statements' labels shown alike (a cell's, a row's),
the words that say levels build on the ones below, a level list's summary
of several paragraphs, and the warning that names the files with errors."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from render_helpers import parse, squeeze


@pytest.fixture
def render(cli, tmp_path):
    """Render ``paths``; return the output directory and standard error."""
    count = 0

    def run(*paths: Path, options: tuple[str, ...] = ()) -> tuple[Path, str]:
        nonlocal count
        count += 1
        out = tmp_path / f"site{count}"
        result = cli("render", *map(str, paths), "-o", str(out), *options)
        assert result.exit_code == 0, result.stderr
        return out, result.stderr

    return run


def framework(cells: dict[str, list[str]] | list[dict[str, list[str]]], *, fid: str = "acme",
              language: str | None = None, **extra: Any) -> str:
    """A framework of one competency ("Influence"): one level per dict of
    ``cells`` (a level's statements under "influence", and optionally more)."""
    levels = cells if isinstance(cells, list) else [cells]
    data: dict[str, Any] = {
        "ladderlint": 1, "id": fid, "name": "Acme Ladder", "track": "Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": [{"id": "influence", "name": "Influence"}]}],
        "levels": [{"id": f"L{i + 1}", "title": f"Level {i + 1}", "competencies": level} for i, level in enumerate(levels)],
    }
    if language:
        data["language"] = language
    data.update(extra)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def labels(page: Path) -> list[str]:
    return [squeeze(e.text) for e in parse(page).find_all("strong", "topic")]


# -- labels -------------------------------------------------------------------------


def test_a_how_surely_word_is_a_label_where_every_sibling_has_one(render, tmp_path):
    """Roomle's Influence cell: six "Label: text" statements; "Shows up
    reliably" says how surely, but beside five labels it is the sixth."""
    statements = [
        "Observes and learns: is developing an understanding of how the team operates.",
        "Builds relationships: gets to know their teammates.",
        "Shows up reliably: influence at this stage comes from being dependable.",
        "Positive attitude: approaches work with enthusiasm.",
    ]
    source = tmp_path / "roomle.yaml"
    source.write_text(framework({"influence": statements}), encoding="utf-8")
    out, _ = render(source)
    expected = ["Observes and learns", "Builds relationships", "Shows up reliably", "Positive attitude"]
    for page in (out / "acme" / "index.html", out / "acme" / "levels" / "L1.html"):
        assert labels(page) == expected, page
    markdown, _ = render(source, options=("--format", "markdown"))
    assert "**Shows up reliably**: influence" in (markdown / "acme.md").read_text(encoding="utf-8")


def test_a_how_surely_word_beside_a_statement_without_a_label_is_not_a_label(render, tmp_path):
    """The near miss: one sibling has no label, so "Usually:" says how
    often, as written; a named label beside it is still one."""
    source = tmp_path / "usual.yaml"
    source.write_text(framework({"influence": [
        "Usually: I review my team's changes within a day",
        "Code review: I review changes across teams",
        "I mentor new joiners",
    ]}), encoding="utf-8")
    out, _ = render(source)
    assert labels(out / "acme" / "index.html") == ["Code review"]


def test_a_dash_inside_a_lone_sentence_is_not_a_label(render, tmp_path):
    """Syncromatics' Ownership row: each level says one sentence, and the
    Principal Engineer's has an aside after a dash ("Exhibits ownership
    across the org - this person is a guardian of ..."): not a label, so
    not the only bold text in the grid."""
    source = tmp_path / "sync.yaml"
    source.write_text(framework([
        {"influence": ["Co-owns an area with guidance & takes initiative"]},
        {"influence": ["Has a consistent record of very strong ownership for their area"]},
        {"influence": ["Exhibits ownership across the org - this person is a guardian of Acme"]},
    ]), encoding="utf-8")
    out, _ = render(source)
    assert labels(out / "acme" / "index.html") == []
    assert labels(out / "acme" / "levels" / "L3.html") == []


@pytest.mark.parametrize("where", ["cell", "row"])
def test_a_dash_label_beside_other_labels_is_a_label(render, tmp_path, where):
    """The same shape in its siblings (the cell's other statements, or for
    a cell's only statement the row's): "Mentorship - I mentor ..." is
    labelled as its siblings are."""
    first, second = "Mentorship - I mentor new joiners in my team", "Code review - I review changes within a day"
    levels = [{"influence": [first, second]}] if where == "cell" else [{"influence": [first]}, {"influence": [second]}]
    source = tmp_path / "dash.yaml"
    source.write_text(framework(levels), encoding="utf-8")
    out, _ = render(source)
    assert labels(out / "acme" / "index.html") == ["Mentorship", "Code review"]


@pytest.mark.parametrize("colon", [": ", "：", ":"])
def test_korean_and_chinese_labels_end_with_an_ascii_or_a_full_width_colon(render, tmp_path, colon):
    """Techtaka writes every statement "라벨: 텍스트"; Chinese writes
    "代码质量：...". The label is bold as an English one is; a sentence
    without a colon, or one whose "label" holds a full stop, is not."""
    source = tmp_path / "ko.yaml"
    source.write_text(framework({"influence": [
        f"새로운 데이터 과학 기술의 도입{colon}최신 데이터 과학 연구와 기술 동향을 탐색합니다.",
        f"효과적인 작업 관리 및 우선순위 설정{colon}다수의 작업 트랙을 관리합니다.",
        f"代码质量{colon}我编写可读的代码。",
        "팀의 모든 기술 구성원의 롤모델이자 멘토로 간주됩니다.",
        f"팀을 이끕니다. 그리고 다음{colon}회의를 진행합니다.",
    ]}, language="ko"), encoding="utf-8")
    out, _ = render(source)
    assert labels(out / "acme" / "index.html") == ["새로운 데이터 과학 기술의 도입", "효과적인 작업 관리 및 우선순위 설정", "代码质量"]


# -- levels building on the ones below -----------------------------------------------


def test_the_second_level_says_what_the_first_asks_for_not_the_levels_below_it(render, tmp_path):
    source = tmp_path / "three.yaml"
    source.write_text(framework([{"influence": [f"I do thing {i}"]} for i in range(3)], cumulative=True), encoding="utf-8")
    out, _ = render(source)
    second = squeeze(parse(out / "acme" / "levels" / "L2.html").find_all("p", "cumulative")[0].text)
    third = squeeze(parse(out / "acme" / "levels" / "L3.html").find_all("p", "cumulative")[0].text)
    assert "what Level 1 asks for still holds here" in second and "levels below ask" not in second
    assert "what Level 2 and the levels below ask for still holds here" in third
    markdown, _ = render(source, options=("--format", "markdown"))
    text = (markdown / "acme.md").read_text(encoding="utf-8")
    assert re.search(r"what \[Level 1\]\([^)]*\) asks for still holds here", text)
    assert re.search(r"what \[Level 2\]\([^)]*\) and the levels below ask for still holds here", text)
    assert "- **Levels:** each level includes what the levels below it expect" in text


@pytest.mark.parametrize("cumulative", [None, True, False])
def test_a_ladder_of_one_level_says_nothing_of_levels_below(render, tmp_path, cumulative):
    """Roomle, Carvago, Techtaka: one level, nothing below it to include
    (nor to stand apart from), whether `cumulative` is written or not."""
    extra = {} if cumulative is None else {"cumulative": cumulative}
    source = tmp_path / "one.yaml"
    source.write_text(framework({"influence": ["I do things"]}, **extra), encoding="utf-8")
    out, _ = render(source)
    for page in (out / "acme" / "index.html", out / "acme" / "levels" / "L1.html", out / "acme" / "all-levels.html"):
        text = squeeze(parse(page).text)
        assert "levels below" not in text and "stands on its own" not in text, page
    markdown, _ = render(source, options=("--format", "markdown"))
    text = (markdown / "acme.md").read_text(encoding="utf-8")
    assert "levels below" not in text and "**Levels:**" not in text


# -- the list of levels --------------------------------------------------------------


def test_a_summary_of_several_paragraphs_follows_its_level_s_name_without_a_colon(render, tmp_path):
    source = tmp_path / "summaries.yaml"
    levels = [{"influence": ["I learn"]}, {"influence": ["I lead"]}]
    text = framework(levels)
    data = yaml.safe_load(text)
    data["levels"][0]["summary"] = "Learning contributor\n\nA Junior is learning how the organisation works."
    data["levels"][1]["summary"] = "An engineer who leads"
    source.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    out, _ = render(source)
    html = (out / "acme" / "index.html").read_text(encoding="utf-8")
    [first, second] = re.findall(r'<ol class="level-list">\s*<li>(.*?)</li>\s*<li>(.*?)</li>', html, re.S)[0]
    assert "</a>: <div" not in first and "</a> <div" in first, first
    assert '</a>: <span class="level-summary">An engineer who leads' in second, second


# -- the warning of errors -----------------------------------------------------------


def test_the_warning_of_errors_names_the_files_that_have_them(render, tmp_path):
    folder = tmp_path / "fw"
    folder.mkdir()
    (folder / "clean.yaml").write_text(framework({"influence": ["I do things"]}, fid="clean"), encoding="utf-8")
    ghost = yaml.safe_load(framework({"influence": ["I do things"]}, fid="ghost"))
    ghost["levels"][0]["competencies"]["nowhere"] = ["I haunt the build"]
    (folder / "ghost.yaml").write_text(yaml.safe_dump(ghost, sort_keys=False), encoding="utf-8")
    _, stderr = render(folder)
    [line] = [line for line in stderr.splitlines() if "`ladderlint check` reports" in line]
    assert re.search(r"reports 1 error in \S*ghost\.yaml, not shown on the pages", line), line
    assert "clean.yaml" not in line


def test_the_warning_of_errors_names_a_few_files_and_counts_the_rest(render, tmp_path):
    folder = tmp_path / "fw"
    folder.mkdir()
    for n in range(5):
        ghost = yaml.safe_load(framework({"influence": ["I do things"]}, fid=f"ghost{n}"))
        ghost["levels"][0]["competencies"]["nowhere"] = ["I haunt the build"]
        (folder / f"ghost{n}.yaml").write_text(yaml.safe_dump(ghost, sort_keys=False), encoding="utf-8")
    _, stderr = render(folder)
    [line] = [line for line in stderr.splitlines() if "`ladderlint check` reports" in line]
    assert re.search(r"reports 5 errors in 5 files rendered \(\S*ghost0\.yaml, \S*ghost1\.yaml, \S*ghost2\.yaml "
                     r"and 2 more\), not shown", line), line
