"""`ladderlint import` finds every level of a ladder written as its levels'
siblings: a heading (or a list's top item) written as the level headings
beside it, whose word for its rung the vocabulary does not know; rung words
of the languages ladders are written in; levels as a list of bold items in
any language; and a proficiency scale's empty 'None' point, which is no
level. Near-misses (a 'Glossary', an 'FAQ', another role) stay out."""

from __future__ import annotations

import pytest

from import_helpers import imported
from ladderlint.vocabulary import LevelName, ladder_order


def _ladder(headings: list[str], depth: str = "##") -> str:
    """A ladder of one bullet under each heading, in the order given."""
    return "# Titles\n\n" + "".join(f"{depth} {h}\n\n- Statement {n} of the ladder.\n\n" for n, h in enumerate(headings))


def _titles(data: dict) -> list[str]:
    return [level["title"] for level in data["levels"]]


# --- F1: a heading written as the levels beside it -----------------------------------------


@pytest.mark.parametrize("headings, sibling", [
    # Les-Tilleuls' titles, with a rung word no vocabulary has, between two levels.
    (["Développeur junior", "Développeur", "Développeur senior", "Lead développeur", "Développeur référent",
      "Développeur principal"], "Développeur référent"),
    # Basecamp-like titles in English, between two levels.
    (["Junior Programmer", "Programmer", "Senior Programmer", "Lead Programmer", "Master Programmer",
      "Principal Programmer"], "Master Programmer"),
    (["Junior Programmer", "Programmer", "Senior Programmer", "Lead Programmer", "Expert Programmer",
      "Principal Programmer"], "Expert Programmer"),
    # DB1's guide as headings: its form (the remark in brackets) shared; last in the run.
    (["Engenheiro de nível trainee (o que esperar)", "Engenheiro de nível junior (o que esperar)",
      "Engenheiro de nível pleno (o que esperar)", "Engenheiro de nível senior (o que esperar)",
      "Engenheiro de nível mestre (o que esperar)"], "Engenheiro de nível mestre (o que esperar)"),
])
def test_a_heading_written_as_its_level_siblings_is_a_level_in_the_documents_order(cli, write, headings, sibling):
    data, run = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert _titles(data) == headings
    assert f"layout: read '{sibling}' as a level: its siblings are (" in run.stderr
    assert "is not a level" not in run.stderr


@pytest.mark.parametrize("name", ["Glossary", "FAQ", "Promotion process", "Programmer FAQ", "Tester Extraordinaire",
                                  "Engineering Manager's notes", "Programmer: how to read this"])
def test_a_heading_of_another_form_among_the_levels_is_no_level(cli, write, name):
    headings = ["Junior Programmer", "Programmer", name, "Senior Programmer", "Lead Programmer"]
    data, run = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert _titles(data) == [h for h in headings if h != name]
    assert f"section '{name}' is not a level" in run.stderr
    assert "as a level: its siblings are" not in run.stderr


def test_a_heading_of_the_levels_form_after_a_section_that_is_none_is_no_level(cli, write):
    # Not in the run of the levels: 'Glossary' stands between them and it.
    headings = ["Junior Programmer", "Programmer", "Senior Programmer", "Glossary", "Master Programmer"]
    data, _ = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert _titles(data) == ["Junior Programmer", "Programmer", "Senior Programmer"]


def test_an_english_ladder_of_known_names_is_read_as_before(cli, write):
    headings = ["Junior Engineer", "Engineer", "Senior Engineer", "Staff Engineer", "Principal Engineer"]
    data, run = imported(cli, write("ladder.md", _ladder(headings) + "## Glossary\n\n- Tests: what runs.\n"),
                         "--org", "Acme")
    assert _titles(data) == headings
    assert "its siblings are" not in run.stderr


# --- the vocabulary: rung words of the languages ladders are written in ----------------------


@pytest.mark.parametrize("middle", ["Développeur de niveau intermédiaire", "Desarrollador intermedio",
                                    "Desenvolvedor líder", "Entwickler Experte", "Développeur expert",
                                    "Engenheiro especialista"])
def test_rung_words_of_french_portuguese_spanish_and_german_name_levels(middle):
    assert LevelName.read(middle).known
    assert not LevelName.read("Expert Systems Engineer").known  # opening the title, it names the field


def test_a_middle_rung_in_french_is_read_between_its_junior_and_senior(cli, write):
    headings = ["Développeur Junior", "Développeur de niveau intermédiaire", "Développeur Sénior"]
    data, run = imported(cli, write("niveaux.md", _ladder(headings)), "--org", "Acme")
    assert _titles(data) == headings
    assert "is not a level" not in run.stderr


def test_expert_and_lider_keep_the_order_of_the_ladders_that_place_them_differently(cli, write):
    """An Expert is right above Junior at Roomle, between Lead and Principal at
    Les-Tilleuls; a Líder above Senior: the importer keeps each ladder's
    order, and LL201 finds no fault with either."""
    for titles in (["Junior", "Expert", "Senior"],
                   ["Engenheiro júnior", "Engenheiro pleno", "Engenheiro sênior", "Engenheiro líder"]):
        assert ladder_order([LevelName.read(t) for t in titles]) == list(range(len(titles)))
    assert LevelName.read("Engenheiro sênior").before(LevelName.read("Engenheiro líder")) is True
    assert LevelName.read("Intern").before(LevelName.read("Développeur expert")) is True
    headings = ["Développeur junior", "Développeur", "Développeur senior", "Lead développeur", "Développeur expert",
                "Développeur principal"]
    path = write("titres.md", _ladder(headings))
    data, _ = imported(cli, path, "--org", "Acme")
    assert _titles(data) == headings
    checked = cli("check", str(path.parent / "titres-out.yaml"), "--select", "LL201")
    assert checked.exit_code == 0 and "LL201" not in checked.output


# --- F2: levels as a list of bold items, in any language -----------------------------------------


DB1 = ("# Senioridades\n\nO que esperamos:\n\n"
       "- **Engenheiro de nível trainee (o que esperar)**\n     - Você está na organização para aprender\n"
       "- **Engenheiro de nível junior (o que esperar)**\n     - Você pode entregar tarefas simples\n"
       "- **Engenheiro de nível pleno (o que esperar)**\n     - Você entende o negócio do cliente\n"
       "- **Engenheiro de nível senior (o que esperar)**\n     - Você resolve problemas complexos\n"
       "- **Engenheiro de nível líder (o que esperar)**\n     - Você lidera o time técnico\n")
DB1_TITLES = [f"Engenheiro de nível {w} (o que esperar)" for w in ("trainee", "junior", "pleno", "senior", "líder")]


def test_levels_as_bold_items_with_a_remark_in_brackets_are_read_in_portuguese(cli, write):
    data, run = imported(cli, write("seniorities.md", DB1), "--org", "DB1")
    assert _titles(data) == DB1_TITLES
    assert data["levels"][-1]["competencies"] == {"expectations": ["Você lidera o time técnico"]}
    assert "5 top-level list items name levels" in run.stderr


def test_a_bold_item_written_as_its_level_siblings_is_a_level_too(cli, write):
    text = DB1.replace("líder", "mestre")
    data, run = imported(cli, write("seniorities.md", text), "--org", "DB1")
    assert _titles(data)[-1] == "Engenheiro de nível mestre (o que esperar)"
    assert "read 'Engenheiro de nível mestre (o que esperar)' as a level" in run.stderr


def test_a_bold_item_of_another_form_keeps_the_list_from_being_a_ladder(cli, write):
    text = DB1.replace("**Engenheiro de nível líder (o que esperar)**", "**Perguntas frequentes**")
    run = cli("import", str(write("seniorities.md", text)), "-o", str(write("out.yaml", "")), "--no-check")
    assert run.exit_code == 2


@pytest.mark.parametrize("name", ["db1-nested-lead.pt.md", "senior-engineer.md"])
def test_a_file_name_naming_a_level_does_not_make_a_list_of_levels_one(cli, write, name):
    data, run = imported(cli, write(name, DB1), "--org", "DB1")
    assert _titles(data) == DB1_TITLES
    assert "the file's name names one level" not in run.stderr


def test_a_file_named_after_a_level_still_names_a_page_of_one_level(cli, write):
    data, _ = imported(cli, write("senior-engineer.md", "# Expectations\n\n- Leads projects.\n"), "--org", "Acme")
    assert _titles(data) == ["Senior Engineer"]


def test_level_heading_bold_reads_bold_top_items_as_the_levels(cli, write):
    """The advice of the error a list of unknown names gives ('--layout with
    --level-heading') leads somewhere: bold top items are the levels' headings."""
    text = ("# Níveis\n\n- **Aprendiz de código**\n  - Aprende\n- **Artesão de código**\n  - Entrega\n"
            "- **Mestre de código**\n  - Ensina\n")
    path = write("niveis.md", text)
    refused = cli("import", str(path), "-o", str(write("r.yaml", "")), "--no-check")
    assert refused.exit_code == 2 and "--level-heading" in refused.stderr
    data, _ = imported(cli, path, "--org", "Acme", "--layout", "level-per-section", "--level-heading", "bold")
    assert _titles(data) == ["Aprendiz de código", "Artesão de código", "Mestre de código"]


# --- F6: a proficiency scale's 'None' point ----------------------------------------------------


def _scale(points: list[str], filled: dict[str, str]) -> str:
    """Two competencies, each with the scale's points as lines, their text under them."""
    text = "# Progression\n\n"
    for competency in ("Testing", "Debugging"):
        text += f"# {competency}\n\nLevel\tCriteria\n" + "".join(
            f"{p}\n" + (f"{filled[p]} in {competency.lower()}.\n" if p in filled else "") for p in points) + "\n"
    return text


@pytest.mark.parametrize("point", ["0 - None", "0 - N/A", "0 - Not applicable"])
def test_a_scales_none_point_that_holds_nothing_is_no_level(cli, write, point):
    points = [point, "1 - Understand", "2 - Follow", "3 - Practice"]
    filled = {"1 - Understand": "Knows the basics", "2 - Follow": "Follows the practice",
              "3 - Practice": "Works independently"}
    data, run = imported(cli, write("progression.md", _scale(points, filled)), "--org", "Acme")
    assert _titles(data) == points[1:]
    said = point.split(" - ")[1]
    assert f"not placed: the scale's '{said}' point holds nothing: {point}" in run.stderr


def test_a_none_point_that_holds_text_or_stands_in_the_middle_is_a_level(cli, write):
    points = ["0 - None", "1 - Understand", "2 - Follow"]
    filled = {"0 - None": "Has not met it", "1 - Understand": "Knows the basics", "2 - Follow": "Follows the practice"}
    data, _ = imported(cli, write("progression.md", _scale(points, filled)), "--org", "Acme")
    assert _titles(data) == points


@pytest.mark.parametrize("name", ["Ideal Programmer", "Next Programmer", "Développeur idéal"])
def test_a_heading_that_describes_a_person_of_the_role_is_no_level(cli, write, name):
    role = "Développeur" if name.startswith("Dév") else "Programmer"
    headings = [f"Junior {role}", role, name, f"Senior {role}"]
    data, _ = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert _titles(data) == [h for h in headings if h != name]


def test_an_english_heading_of_the_levels_form_after_the_last_is_no_level(cli, write):
    # Between two levels the order says it is a rung; after them, in English, it may be a section about
    # an engineer ('Example Engineer'), as tests/test_import_role_rungs.py has it.
    headings = ["Junior Programmer", "Programmer", "Senior Programmer", "Master Programmer"]
    data, _ = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert _titles(data) == headings[:3]


def test_a_french_heading_of_the_levels_form_last_in_the_run_is_a_level(cli, write):
    headings = ["Développeur junior", "Développeur", "Développeur senior", "Lead développeur", "Développeur référent"]
    data, run = imported(cli, write("titres.md", _ladder(headings)), "--org", "Acme")
    assert _titles(data) == headings
    assert "read 'Développeur référent' as a level" in run.stderr
