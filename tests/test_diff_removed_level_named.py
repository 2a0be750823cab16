"""A statement moved out of a removed level whose id a renumbered level has
now (L2 removed, L3 now L2) is said to come from the removed level, by its
own title, in every format and at whichever level it reached: not from the
level that has the id now."""

from __future__ import annotations

import json

import yaml
from test_diff_renumbered import LADDER, _without_engineer


def _run(cli, tmp_path, *extra: str) -> str:
    new = _without_engineer(LADDER)
    new["levels"][0]["competencies"]["delivery"].append("Estimates their own tasks")  # down, to L1
    new["levels"][1]["competencies"]["craft"].append("Fixes flaky tests they find")  # up, into the new L2
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(LADDER, sort_keys=False), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new, sort_keys=False), encoding="utf-8")
    return cli("diff", *extra, str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")).output


def test_a_move_out_of_a_removed_level_names_it_as_removed_at_every_level_it_reached(cli, tmp_path):
    text = _run(cli, tmp_path)
    assert "Delivery: (from removed L2) Estimates their own tasks" in text
    assert "Craft: (from removed L2) Fixes flaky tests they find" in text
    notes = _run(cli, tmp_path, "--format", "markdown")
    assert "moved here from the former level L2 (Engineer): Estimates their own tasks" in notes
    assert "moved here from the former level L2 (Engineer): Fixes flaky tests they find" in notes
    assert "moved here from L2" not in notes
    messages = [c["message"] for f in json.loads(_run(cli, tmp_path, "--format", "json"))["frameworks"]
                for c in f["changes"] if c["kind"] == "statement-moved"]
    assert sorted(messages) == [
        "statement moved from 'Craft' at removed level 'L2' (Engineer) to 'Craft' at level 'L2'",
        "statement moved from 'Delivery' at removed level 'L2' (Engineer) to 'Delivery' at level 'L1'",
    ]
    github = _run(cli, tmp_path, "--format", "github")
    assert github.count("at removed level 'L2' (Engineer) to") == 2, github
