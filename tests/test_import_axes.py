"""Import: a scale of axes defined on a page of its own (a radar chart's
axes and their named steps), and pages of levels whose bullets are
labelled with the step each reaches."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

GUIDE = """# How we grow

Each role is drawn on three axes.

## The axes

- **Delivery**: how work gets shipped
- **Collaboration**: how we work with others

## Steps of each axis

### Delivery

- **Ships**: ships small changes with help
- **Drives**: drives features end to end
- **Steers**: steers the roadmap of an area

### Collaboration

- **Pairs**: pairs with teammates
- **Guides**: guides others through reviews
- **Connects**: connects teams around a goal

### Craft

- **Practises**: writes tested code
- **Shapes**: shapes the design of a service
- **Sets**: sets the standards of the stack
"""


def level_page(title: str, bullets: list[str]) -> str:
    return f"# {title}\n\n" + "".join(f"- {bullet}\n" for bullet in bullets)


def import_site(cli, tmp_path: Path, pages: dict[str, str]) -> tuple[dict, str]:
    for name, text in pages.items():
        (tmp_path / "site" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "site" / name).write_text(text, encoding="utf-8")
    run = cli("import", str(tmp_path / "site"), "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code == 0, run.stderr
    return yaml.safe_load((tmp_path / "out.yaml").read_text(encoding="utf-8")), run.stderr


def by_competency(data: dict) -> dict[str, dict[str, list[str]]]:
    names = {c["id"]: c["name"] for d in data["dimensions"] for c in d["competencies"]}
    return {level["title"]: {names[key]: value for key, value in level["competencies"].items()}
            for level in data["levels"]}


LEVELS = {
    "engineer-1.md": level_page("Engineer 1", ["**Ships**: ships small changes with help",
                                               "**Pairs**: pairs with teammates",
                                               "**Practises**: writes tested code"]),
    "engineer-2.md": level_page("Engineer 2", ["**Drives**: drives features end to end",
                                               "**Pairs**: pairs with teammates",
                                               "**Shapes**: shapes the design of a service"]),
}


def test_bullets_labelled_with_steps_go_to_their_axis(cli, tmp_path):
    data, report = import_site(cli, tmp_path, {"guide.md": GUIDE, **LEVELS})
    assert [(c["name"], c.get("description")) for d in data["dimensions"] for c in d["competencies"]] == [
        ("Delivery", "how work gets shipped"), ("Collaboration", "how we work with others"), ("Craft", None)]
    assert by_competency(data) == {
        "Engineer 1": {"Delivery": ["Ships: ships small changes with help"],
                       "Collaboration": ["Pairs: pairs with teammates"], "Craft": ["Practises: writes tested code"]},
        "Engineer 2": {"Delivery": ["Drives: drives features end to end"],
                       "Collaboration": ["Pairs: pairs with teammates"],
                       "Craft": ["Shapes: shapes the design of a service"]},
    }
    assert "guide.md:12: layout: defines the steps of 3 axes (Delivery, Collaboration, Craft)" in report
    assert "3 bullets are labelled with the steps of the axes guide.md defines" in report


def test_without_the_page_of_axes_the_labels_stay_in_one_competency(cli, tmp_path):
    data, report = import_site(cli, tmp_path, LEVELS)
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Expectations"]
    assert "defines the steps" not in report


@pytest.mark.parametrize("guide", [
    # One list of labelled bullets under a heading is a glossary or a list, not a scale of axes.
    GUIDE.split("### Collaboration")[0],
    # Steps that come back on two axes say neither: only one axis is left to name.
    GUIDE.replace("**Pairs**", "**Ships**").replace("**Practises**", "**Ships**"),
])
def test_a_level_moves_only_where_its_labels_name_steps_of_two_axes(cli, tmp_path, guide):
    same = ["**Ships**: ships small changes with help", "**Pairs**: pairs with teammates",
            "**Practises**: writes tested code"]
    data, report = import_site(cli, tmp_path, {
        "guide.md": guide, **{f"engineer-{n}.md": level_page(f"Engineer {n}", same) for n in (1, 2)}})
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert "Delivery" not in names and "Collaboration" not in names
    assert "defines the steps" not in report


def test_a_readme_that_groups_the_competencies_is_no_scale(cli, tmp_path):
    """Categories over the competencies each level's bullets name: a level
    names several of one category, where it reaches one step of an axis.
    The labels that come back at every level are the competencies."""
    readme = ("# Our engineering framework\n\n## Values\n\n- **Ownership**: we own our outcomes\n"
              "- **Delivery**: we ship often\n- **Craft**: we care about quality\n\n## Principles\n\n"
              "- **Collaboration**: we work together\n- **Growth**: we keep learning\n")
    pages = {f"engineer-{n}.md": level_page(f"Engineer {n}", [
        f"**Ownership**: owns {n} things", f"**Delivery**: ships {n} things", f"**Craft**: crafts {n} things",
        f"**Collaboration**: works with {n} teams", f"**Growth**: grows {n} ways"]) for n in (1, 2)}
    data, report = import_site(cli, tmp_path, {"README.md": readme, **pages})
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == [
        "Ownership", "Delivery", "Craft", "Collaboration", "Growth"]
    assert "defines the steps" not in report


def test_one_scale_on_two_pages_is_one_and_words_under_an_axis_describe_it(cli, tmp_path):
    described = GUIDE.replace("### Craft\n\n", "### Craft\n\nHow well the work is made.\n\n")
    data, report = import_site(cli, tmp_path, {"guide.md": described, "copy/axes.md": GUIDE, **LEVELS})
    assert [(c["name"], c.get("description")) for d in data["dimensions"] for c in d["competencies"]] == [
        ("Delivery", "how work gets shipped"), ("Collaboration", "how we work with others"),
        ("Craft", "How well the work is made.")]
    assert by_competency(data)["Engineer 2"]["Craft"] == ["Shapes: shapes the design of a service"]


def test_the_notice_is_on_the_first_bullet_moved(cli, tmp_path):
    page = ("# Ladder\n\n## Engineer 1\n\n- learns the codebase\n- fixes bugs\n\n## Engineer 2\n\n"
            "- **Drives**: drives features end to end\n- **Guides**: guides others through reviews\n\n"
            "## Engineer 3\n\n- **Steers**: steers the roadmap of an area\n- **Connects**: connects teams\n")
    data, report = import_site(cli, tmp_path, {"guide.md": GUIDE, "ladder.md": page})
    assert "ladder.md:10: layout: 4 bullets are labelled with the steps of the axes guide.md defines" in report
    assert by_competency(data)["Engineer 1"] == {"Expectations": ["learns the codebase", "fixes bugs"]}
