"""The experience a level asks for, under a Portuguese or Spanish heading
('Experiência Esperada', 'Años de experiencia'), goes to the level's
description as the English 'Expected Experience' does: no competency."""

from __future__ import annotations

import pytest

from import_helpers import imported

LADDER = """# Carreira

## Engenheiro Júnior

### Habilidades Técnicas

- Escreve testes para o código que muda.

### {heading}

- {first}

## Engenheiro Pleno

### Habilidades Técnicas

- Projeta funcionalidades pequenas.

### {heading}

- {second}
"""


def _read(cli, tmp_path, heading, first, second):
    page = tmp_path / "carreira.md"
    page.write_text(LADDER.format(heading=heading, first=first, second=second), encoding="utf-8")
    data, _ = imported(cli, page)
    return [c["name"] for d in data["dimensions"] for c in d["competencies"]], data["levels"]


@pytest.mark.parametrize("heading, first, second", [
    ("Experiência Esperada:", "Entre **1 e 2 anos**.", "Entre 2 e 4 anos."),
    ("Años de experiencia", "Entre 1 y 2 años.", "Al menos 4 años."),
    ("Expected Experience", "Between 1 and 2 years.", "At least 4 years."),
])
def test_experience_heading_describes_the_level(cli, tmp_path, heading, first, second):
    names, levels = _read(cli, tmp_path, heading, first, second)
    assert names == ["Habilidades Técnicas"]
    assert "2" in levels[0]["description"] and "4" in levels[1]["description"]


def test_experience_as_a_skill_stays_a_competency(cli, tmp_path):
    # Near-miss: 'Experiência com nuvem' (experience with the cloud) asks for skills, not time.
    names, _ = _read(cli, tmp_path, "Experiência com nuvem", "Usa serviços gerenciados.", "Projeta redes na nuvem.")
    assert names == ["Habilidades Técnicas", "Experiência com nuvem"]
