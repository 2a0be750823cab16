"""A competency heading written as a label, a colon and a sentence
('#### Communication: shares context early and clearly'): the label names
the competency, the sentence describes it. Headings that only look alike
(a level's 'Level 3: Senior Engineer', 'Scope: Team', a long label) stay
whole."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported

_LADDER = """# Backend Engineer

## Level 1: Junior Engineer

### Communication: shares context early and clearly with the team

- I write down what I learned.

### Scope: Team

- I work on tasks my team plans.

### Working with others across the whole company: builds trust

- I keep my promises.

## Level 2: Senior Engineer

### Communication: shares context early and clearly with the team

- I lead discussions across teams.

### Scope: Team

- I plan the work of my team.

### Working with others across the whole company: builds trust

- I help others keep theirs.
"""


def test_a_label_then_a_sentence_is_the_name_and_the_description(cli, write):
    data, _ = imported(cli, write("ladder.md", _LADDER), "--org", "Acme")
    competencies = {c["id"]: c for d in data["dimensions"] for c in d["competencies"]}
    assert competencies["communication"]["name"] == "Communication"
    assert competencies["communication"]["description"] == "shares context early and clearly with the team"
    assert cells(data)["L2"]["communication"] == ["I lead discussions across teams."]
    # Near misses: a second name after the colon, a label too long to be a name, and the levels' headings.
    assert competencies["scope-team"]["name"] == "Scope: Team"
    assert "description" not in competencies["scope-team"]
    assert competencies["working-with-others-across-the-whole-company-builds-trust"]["name"] \
        == "Working with others across the whole company: builds trust"
    assert [level["title"] for level in data["levels"]] == ["Junior Engineer", "Senior Engineer"]


def test_a_label_over_a_sentence_in_korean(cli, write):
    path = write("Tech Lead 5.md", "#### Evangelizes: 데이터 과학 분야에서의 연구 조사와 개념 증명(POC)을 통해 새로운 기술을 팀에 소개합니다\n\n"
                                   "* 최신 데이터 과학 연구와 기술 동향을 탐색합니다.\n\n"
                                   "#### Coordinates: 효과적인 피드백을 제공하고 토론을 주도합니다\n\n"
                                   "* 팀의 모든 기술 구성원의 롤모델이자 멘토로 간주됩니다.\n")
    data, _ = imported(cli, path, "--org", "Acme")
    competencies = [c for d in data["dimensions"] for c in d["competencies"]]
    assert [(c["id"], c["name"]) for c in competencies] == [("evangelizes", "Evangelizes"),
                                                           ("coordinates", "Coordinates")]
    assert competencies[1]["description"] == "효과적인 피드백을 제공하고 토론을 주도합니다"


def test_a_label_over_a_sentence_heading_a_competencys_levels(cli, write):
    path = write("competencies.md", "# Competencies\n\n"
                                    "## Communication: shares context early and clearly with the team\n\n"
                                    "### Beginner\n\n- Asks questions when stuck.\n\n### Expert\n\n- Leads discussions.\n\n"
                                    "## Delivery: ships valuable work in small steps\n\n"
                                    "### Beginner\n\n- Ships small changes.\n\n### Expert\n\n- Plans the work of the team.\n")
    data, _ = imported(cli, path, "--org", "Acme")
    competencies = [c for d in data["dimensions"] for c in d["competencies"]]
    assert [(c["id"], c["name"], c["description"]) for c in competencies] == [
        ("communication", "Communication", "shares context early and clearly with the team"),
        ("delivery", "Delivery", "ships valuable work in small steps")]
    assert cells(data)["expert"]["communication"] == ["Leads discussions."]


def test_a_full_width_colon_needs_no_space_after_it(cli, write):
    path = write("engineer.md", "# 工程师\n\n#### 沟通：与团队尽早清晰地分享背景信息和决定\n\n- 我会写下我学到的东西。\n\n"
                                "#### 交付：小步交付有价值的工作成果\n\n- 我会按时交付任务。\n")
    data, _ = imported(cli, path, "--level", "L1", "--org", "Acme")
    competencies = [c for d in data["dimensions"] for c in d["competencies"]]
    assert [(c["name"], c["description"]) for c in competencies] == [("沟通", "与团队尽早清晰地分享背景信息和决定"),
                                                                    ("交付", "小步交付有价值的工作成果")]


def test_a_paragraph_that_defines_the_competency_goes_on_with_the_headings_sentence(cli, write):
    level = ("## Level {n}: {title}\n\n### Communication: shares context early and clearly with the team\n\n"
             "Communication is about sharing what you know.\n\n- {statement}\n\n")
    path = write("ladder.md", "# Backend Engineer\n\n"
                              + level.format(n=1, title="Junior Engineer", statement="I write down what I learned.")
                              + level.format(n=2, title="Senior Engineer", statement="I lead discussions across teams."))
    out = path.parent / "report.txt"
    data, _ = imported(cli, path, "--org", "Acme", "--report", str(out))
    competencies = [c for d in data["dimensions"] for c in d["competencies"]]
    assert competencies[0]["description"] == ("shares context early and clearly with the team\n\n"
                                              "Communication is about sharing what you know.")
    assert "0 pieces of text not placed" in out.read_text(encoding="utf-8")


_DIFFERING = """# Acme Engineering Ladder

## Engineer I

### Impact: delivers tasks for their own team

- Ships small features with guidance.

### Communication: keeps their manager informed of progress

- Writes clear pull request descriptions.

## Engineer II

### Impact: delivers projects that matter to the whole group

- Ships features on their own.

### Communication: keeps their manager informed of progress

- Writes design docs.
"""


def test_a_headings_sentence_that_differs_by_level_is_what_that_level_asks(cli, write):
    # What 'Impact' asks changes from level to level: each level's words are its own first statement,
    # none is lost to the first level's; what 'Communication' says at every level describes it.
    path = write("ladder.md", _DIFFERING)
    out = path.parent / "report.txt"
    data, _ = imported(cli, path, "--report", str(out))
    competencies = {c["id"]: c for d in data["dimensions"] for c in d["competencies"]}
    assert "description" not in competencies["impact"]
    assert cells(data)["engineer-i"]["impact"] == ["delivers tasks for their own team",
                                                   "Ships small features with guidance."]
    assert cells(data)["engineer-ii"]["impact"] == ["delivers projects that matter to the whole group",
                                                    "Ships features on their own."]
    assert competencies["communication"]["description"] == "keeps their manager informed of progress"
    assert cells(data)["engineer-ii"]["communication"] == ["Writes design docs."]
    report = out.read_text(encoding="utf-8")
    assert "heading of 'Impact' says something different at each level" in report
    assert "'Communication' says something different" not in report


def test_a_headings_sentence_that_differs_by_page_is_what_that_pages_level_asks(cli, tmp_path):
    folder = tmp_path / "ladder"
    folder.mkdir()
    for title, said in (("Engineer I", "delivers tasks for their own team"),
                        ("Engineer II", "delivers projects for their group")):
        (folder / f"{title.lower().replace(' ', '-')}.md").write_text(
            f"# {title}\n\n### Impact: {said}\n\n- Ships features.\n", encoding="utf-8")
    data, _ = imported(cli, folder, "--org", "Acme")
    assert cells(data)["engineer-ii"]["impact"] == ["delivers projects for their group", "Ships features."]
    assert "description" not in data["dimensions"][0]["competencies"][0]


def test_a_paragraph_that_defines_a_competency_over_its_levels_goes_on_after_the_headings_sentence(cli, write):
    # The same two parts as under each level's heading, joined the same way: not run together as one sentence.
    path = write("competencies.md", "# Competencies\n\n"
                                    "## Communication: shares context early and clearly with the team\n\n"
                                    "Communication is about making sure people know what they need to know.\n\n"
                                    "### Beginner\n\n- Asks questions when stuck.\n\n### Expert\n\n- Leads discussions.\n\n"
                                    "## Delivery\n\nDelivery is about shipping.\n\n"
                                    "### Beginner\n\n- Ships small changes.\n\n### Expert\n\n- Plans the work of the team.\n")
    data, _ = imported(cli, path, "--org", "Acme")
    competencies = [c for d in data["dimensions"] for c in d["competencies"]]
    assert [c["description"] for c in competencies] == [
        "shares context early and clearly with the team\n\n"
        "Communication is about making sure people know what they need to know.",
        "Delivery is about shipping."]


@pytest.mark.parametrize("heading, split", [
    ("Craft: Code Quality and Testing", False),  # a second name, in title case
    ("Collaboration: Working with Others in the Team", False),
    ("Note: this section is new in 2024", False),  # a note, no competency
    ("Collaboration: works with others across the team", True),
    ("Ownership: You own your work end to end", True),  # a sentence that opens in capitals
])
def test_a_heading_whose_words_after_the_colon_are_no_sentence_stays_whole(cli, write, heading, split):
    page = "".join(f"## {title}\n\n### {heading}\n\n- {said}\n\n"
                   for title, said in (("Junior Engineer", "Ships tasks."), ("Senior Engineer", "Ships projects.")))
    data, _ = imported(cli, write("ladder.md", f"# Backend Engineer\n\n{page}"), "--org", "Acme")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == [heading.split(":")[0] if split else heading]
