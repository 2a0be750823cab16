"""The note on a clause moved to (or from) a statement of another level
names that level as the text output's headings do ("IC2 (Engineer II)"),
so that two levels with one title are told apart in it."""

from __future__ import annotations

import pytest
import yaml

from diffkit import cell, data

KEPT = "I deliver features that my team agreed on without close guidance"
MENTORING = "I mentor junior engineers on the team through code review, pairing and design reviews"


def _diff(cli, write, tmp_path, titles: dict[str, str]) -> str:
    old, new = data(), data()
    for document in (old, new):
        cell(document, "IC2", "impact")[0] = f"{KEPT}, and {MENTORING}"
        for level in document["levels"]:
            level["title"] = titles.get(level["id"], level["title"])
    cell(new, "IC2", "impact")[0] = KEPT
    cell(new, "IC1", "impact").append(MENTORING)
    write("old.yaml", yaml.safe_dump(old, allow_unicode=True, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, allow_unicode=True, sort_keys=False))
    return cli("diff", "--no-color", "old.yaml", "new.yaml", cwd=tmp_path).output


@pytest.mark.parametrize("titles, ic1, ic2", [
    ({}, "IC1 (Engineer I)", "IC2 (Engineer II)"),
    # One title for two levels: said alone, the note could not say which.
    ({"IC1": "Engineer", "IC2": "Engineer"}, "IC1 (Engineer)", "IC2 (Engineer)"),
    # Near miss, as before: a level whose title is its id is its id.
    ({"IC1": "IC1", "IC2": "IC2"}, "IC1", "IC2"),
])
def test_a_moved_clause_names_the_other_level_as_the_headings_do(cli, write, tmp_path, titles, ic1, ic2):
    output = _diff(cli, write, tmp_path, titles)
    assert f"\n{ic1}\n" in output and f"\n{ic2}\n" in output, output  # the headings
    assert f'in Impact at {ic2})' in output, output  # the clause came from IC2, noted at IC1
    assert f'in Impact at {ic1})' in output, output  # and went to IC1, noted at IC2
