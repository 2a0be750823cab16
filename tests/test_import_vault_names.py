"""`ladderlint import` on a folder of pages, one per level, as a Markdown
vault (Obsidian) keeps them: the framework is named by the vault's index
page, else by the folder, never after the first level's page."""

from __future__ import annotations

from import_helpers import imported

LEVEL = """---
level: {code}
title: {title}
tags: [level]
---
# {code} {title}

## Delivery
- {statement}
"""

PAGES = [("E1", "Associate Engineer", "Ships small, tested changes with guidance."),
         ("E2", "Engineer", "Ships features end to end."),
         ("E3", "Senior Engineer", "Leads projects across a team.")]

HOME = """---
tags: [career, index]
---
# Engineering Ladder

See [[Levels/E1 Associate Engineer|E1]], [[Levels/E2 Engineer|E2]] and [[Levels/E3 Senior Engineer|E3]].
"""


def vault(write, root: str, home: bool) -> None:
    for code, title, statement in PAGES:
        write(f"{root}/Levels/{code} {title}.md", LEVEL.format(code=code, title=title, statement=statement))
    if home:
        write(f"{root}/Home.md", HOME)


def test_the_vaults_index_page_names_the_framework(cli, write, tmp_path):
    vault(write, "vault", home=True)
    data, run = imported(cli, tmp_path / "vault", "--org", "A")
    assert data["name"] == "Engineering Ladder"
    assert "description" not in data  # 'See E1, E2 and E3.' describes nothing
    assert [lv["title"] for lv in data["levels"]] == ["Associate Engineer", "Engineer", "Senior Engineer"]
    assert "the framework is named 'Associate Engineer'" not in run.output + run.stderr


def test_without_an_index_the_folder_names_the_framework(cli, write, tmp_path):
    vault(write, "Engineering Career Framework", home=False)
    data, _ = imported(cli, tmp_path / "Engineering Career Framework", "--org", "A")
    assert data["name"] == "Engineering Career Framework"


def test_a_folder_that_names_no_framework_names_nothing(cli, write, tmp_path):
    vault(write, "notes", home=False)
    data, _ = imported(cli, tmp_path / "notes", "--org", "A")
    assert "Associate Engineer" not in data["name"]


def test_a_competencys_page_describes_it(cli, write, tmp_path):
    vault(write, "vault", home=True)
    write("vault/Competencies/Delivery.md", "---\ntags: [competency]\n---\n# Delivery\n\n"
                                            "Delivery is about shipping work that matters, on time.\n")
    report = tmp_path / "vault.report"
    data, _ = imported(cli, tmp_path / "vault", "--org", "A", "--report", str(report))
    assert [(c["name"], c.get("description")) for d in data["dimensions"] for c in d["competencies"]] == [
        ("Delivery", "Delivery is about shipping work that matters, on time.")]
    assert "Delivery.md:4: layout: a page about a competency, no ladder: its first paragraph describes it" \
        in report.read_text(encoding="utf-8")
