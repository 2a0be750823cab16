"""`ladderlint import` of ladders written as a Brazilian course's is
(highest first, a role alone among bare rungs, a bold line under each
level, examples led in by a bold label): a heading that names a role alone
(in any language) between levels named by their rungs is a level, in the
document's order; a line in bold right under each level's heading, each
level's its own, is the level's summary, not a competency; a lead-in that
names examples in any language ('**Exemplo de Tarefas**:') says its list of
the level, as a heading 'Examples' does. Near-misses stay as they were."""

from __future__ import annotations

import pytest

from import_helpers import imported


def _titles(data: dict) -> list[str]:
    return [level["title"] for level in data["levels"]]


def _ladder(headings: list[str], bold: bool = True, after: str = "") -> str:
    """Levels (highest first) of labelled bullets, as the course writes them."""
    body = "# Carreiras\n\n## Níveis\n\n"
    for n, heading in enumerate(headings):
        shown = f"**{heading}**" if bold else heading
        body += (f"### {shown}\n\n- **Autonomia**: Trabalha com apoio no nível {n}.\n"
                 f"- **Comunicação**: Explica decisões no nível {n}.\n\n")
    return body + after


# --- 1: a role alone among levels named by their rungs ---------------------------------------


@pytest.mark.parametrize("role", ["Desenvolvedor (Dev)", "Desenvolvedor", "Desarrollador", "Développeur",
                                  "Entwickler", "Engenheiro", "Ingeniero", "Developer (Dev)"])
def test_a_role_alone_between_rungs_is_a_level_in_the_documents_order(cli, write, role):
    headings = ["Pleno", role, "Júnior", "Estagiário"]
    data, run = imported(cli, write("carreiras.md", _ladder(headings)), "--org", "IFPR")
    # Highest first: the whole run is turned, the role alone kept where the document puts it.
    assert _titles(data) == ["Estagiário", "Júnior", role, "Pleno"]
    assert "the levels are listed highest first" in run.stderr
    assert "is not a level" not in run.stderr


@pytest.mark.parametrize("role", ["Desenvolvedor Backend", "Desarrollador Frontend", "Ingeniero de Software",
                                  "Développeur Web", "Engenheiro de Dados (ED)"])
def test_a_role_named_first_then_its_field_between_rungs_is_a_level(cli, write, role):
    """Portuguese, Spanish and French name the role first, its field after: the
    role alone still, as 'Backend Developer' is."""
    headings = ["Pleno", role, "Júnior", "Estagiário"]
    data, run = imported(cli, write("carreiras.md", _ladder(headings)), "--org", "IFPR")
    assert _titles(data) == ["Estagiário", "Júnior", role, "Pleno"]
    assert "is not a level" not in run.stderr


def test_a_topic_after_the_levels_is_no_level(cli, write):
    after = "### **Desenvolvimento**\n\n- **Projetos**: Cada aluno tem um projeto.\n"
    data, run = imported(cli, write("carreiras.md", _ladder(["Pleno", "Júnior", "Estagiário"], after=after)),
                         "--org", "IFPR")
    assert _titles(data) == ["Estagiário", "Júnior", "Pleno"]
    assert "Desenvolvimento" in run.stderr and "not placed" in run.stderr


def test_roles_in_the_plural_or_about_the_role_among_rungs_are_no_levels(cli, write):
    for name in ["Desenvolvedores", "Notes for developers", "Desenvolvedores Backend", "Desenvolvedor que lidera",
                 "Engineer Onboarding", "Manager Notes"]:
        data, _ = imported(cli, write("carreiras.md", _ladder(["Pleno", name, "Júnior", "Estagiário"])),
                           "--org", "IFPR")
        assert _titles(data) == ["Estagiário", "Júnior", "Pleno"], name


# --- 2: a line in bold under each level: its subtitle -----------------------------------------


def _subtitled(lines: list[str]) -> str:
    body = "# Ladder\n\n"
    for n, (level, line) in enumerate(zip(["Junior", "Mid", "Senior"], lines)):
        body += (f"### {level}\n**{line}**\n\n- **Delivery**: Ships work of size {n}.\n"
                 f"- **Craft**: Writes code of quality {n}.\n\n")
    return body


def test_a_bold_line_under_each_level_of_its_own_is_the_levels_summary(cli, write):
    lines = ["Grade C – Sufficient learning", "Grade B – Partial mastery", "Grade A – Full mastery"]
    data, run = imported(cli, write("ladder.md", _subtitled(lines)), "--org", "Acme")
    assert [level.get("summary") for level in data["levels"]] == lines
    competencies = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert not any(line in competencies for line in lines)
    assert sorted(competencies) == ["Craft", "Delivery"]
    assert "is read as the level's summary, not a competency" in run.stderr


def test_the_same_bold_line_under_every_level_heads_a_competency(cli, write):
    body = "".join(f"### {level}\n**Delivery**\n\n- Ships work of size {n}.\n- Fixes bugs of size {n}.\n\n"
                   for n, level in enumerate(["Junior", "Mid", "Senior"]))
    data, run = imported(cli, write("ladder.md", "# Ladder\n\n" + body), "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Delivery"]
    assert not any(level.get("summary") for level in data["levels"])
    assert "read as the level's summary" not in run.stderr


def test_bold_lines_heading_several_competencies_per_level_stay_competencies(cli, write):
    body = ("### Junior\n**Coding**\n\n- Writes tests.\n\n**Teamwork**\n\n- Pairs with others.\n\n"
            "### Senior\n**Architecture**\n\n- Designs services.\n\n**Mentoring**\n\n- Mentors juniors.\n\n")
    data, run = imported(cli, write("ladder.md", "# Ladder\n\n" + body), "--org", "Acme")
    names = sorted(c["name"] for d in data["dimensions"] for c in d["competencies"])
    assert names == ["Architecture", "Coding", "Mentoring", "Teamwork"]
    assert "read as the level's summary" not in run.stderr


# --- 3: examples led in by a label, in any language -------------------------------------------


@pytest.mark.parametrize("lead", ["**Exemplo de Tarefas**:", "**Example tasks**:", "**Ejemplos de tareas**:",
                                  "Exemples de tâches :", "**Beispiele**:", "Examples:"])
def test_a_lead_in_that_names_examples_says_its_list_of_the_level(cli, write, lead):
    after = lambda n: f"\n{lead}\n- Corrigir um bug {n}.\n- Documentar a tarefa {n}.\n\n"  # noqa: E731
    body = "# Carreiras\n\n" + "".join(
        f"### **{level}**\n\n- **Autonomia**: Trabalha com apoio {n}.\n- **Comunicação**: Explica {n}.\n{after(n)}"
        for n, level in enumerate(["Júnior", "Pleno"]))
    data, run = imported(cli, write("carreiras.md", body), "--org", "IFPR")
    label = lead.strip("*: ").replace("**", "")
    for n, level in enumerate(data["levels"]):
        assert level["description"] == f"{label}:\n- Corrigir um bug {n}.\n- Documentar a tarefa {n}."
        said = [s for statements in level["competencies"].values() for s in statements]
        assert not any("Corrigir" in s for s in said)
    assert "lead-in to the list after it" not in run.stderr


def test_a_lead_in_of_another_name_still_names_its_competency(cli, write):
    body = "# Ladder\n\n" + "".join(
        f"### {level}\n\n- **Delivery**: Ships work {n}.\n\n**Responsibilities**:\n- Owns a service {n}.\n\n"
        for n, level in enumerate(["Junior", "Senior"]))
    data, _ = imported(cli, write("ladder.md", body), "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Responsibilities", "Delivery"]
    assert not any(level.get("description") for level in data["levels"])
