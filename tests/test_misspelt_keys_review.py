"""A required key written misspelt is read as the key it misspells only
where its value is one that key may have (found in review)."""

from __future__ import annotations

from pathlib import Path

import pytest

FRAMEWORK = (Path(__file__).parents[1] / "frameworks" / "dropbox-mle.yaml").read_text(encoding="utf-8")


def findings(cli, path: Path) -> list[str]:
    run = cli("check", "--isolated", "--format", "concise", str(path))
    return [line.split(": ", 1)[1] for line in run.output.splitlines() if line.startswith(str(path))]


@pytest.mark.parametrize(("old", "new", "missing"), [
    ("      - id: impact\n", "      - iid: 5\n", "competency #1 of dimension 'results' ('Impact') has no 'id'"),
    ("    title: IC1 Machine Learning Engineer\n", "    tilte: [a, b]\n", "level 'IC1' has no 'title'"),
    ("  name: Dropbox\n", "  nmae: {a: 1}\n", "the organisation has no 'name'"),
])
def test_a_misspelt_required_key_with_a_value_it_may_not_have(cli, write, old, new, missing):
    assert old in FRAMEWORK
    said = findings(cli, write("f.yaml", FRAMEWORK.replace(old, new, 1)))
    # Still said missing (as before misspelt keys were read as the keys they
    # misspell): read as the key, its value would reach the rules unchecked
    # (`competency '5'`), and renaming the key as told would show a new error.
    assert any(missing in line for line in said), said
    assert not any("'5'" in line for line in said), said


def test_a_misspelt_required_key_with_a_fitting_value_is_said_once(cli, write):
    said = findings(cli, write("f.yaml", FRAMEWORK.replace("      - id: impact\n", "      - iid: impact\n", 1)))
    assert not any("LL101" in line for line in said), said
