"""A proficiency scale changed around the cells that name it: graded by
where each cell's proficiency stands on each revision's scale."""

from __future__ import annotations

import yaml
from click.testing import CliRunner

from diffkit import cell, data, edited, framework
from ladderlint.cli import main
from ladderlint.diff import compare

# acme-v1: scale [awareness, working, expert]; code at IC1 awareness, IC2 working, IC3 expert.


def proficiencies(scale, **cells):
    def edit(d):
        d["proficiency_scale"] = scale
        for level_id, proficiency in cells.items():
            cell(d, level_id, "code")["proficiency"] = proficiency
    return edit


def graded(before, after):
    return [(c.kind.value, c.impact.value, c.level, c.old, c.new) for c in compare(before, after)
            if c.kind.value == "proficiency-changed"]


def test_a_proficiency_that_stands_higher_on_a_reordered_scale_raises_the_bar():
    after = edited(proficiencies(["awareness", "expert", "working"]))
    assert graded(framework(), after) == [
        ("proficiency-changed", "raises-bar", "IC2", "working", "working"),
        ("proficiency-changed", "lowers-bar", "IC3", "expert", "expert"),
    ]
    (raised,) = [c for c in compare(framework(), after) if c.level == "IC2"]
    assert "now stands higher on the proficiency scale (3 of 3, was 2 of 3)" in raised.message


def test_a_scale_cut_or_lengthened_is_read_as_a_share_of_the_scale():
    # Nothing above "working" now: it is the top of the scale, and asks more.
    cut = edited(proficiencies(["awareness", "working"], IC3="working"))
    assert ("proficiency-changed", "raises-bar", "IC2", "working", "working") in graded(framework(), cut)
    # A rung added on top: the rest stand lower; the bottom stays the bottom.
    longer = edited(proficiencies(["awareness", "working", "expert", "master"]))
    assert graded(framework(), longer) == [
        ("proficiency-changed", "lowers-bar", "IC2", "working", "working"),
        ("proficiency-changed", "lowers-bar", "IC3", "expert", "expert"),
    ]


def test_a_scale_entry_renamed_in_its_place_asks_nothing_more():
    renamed = edited(proficiencies(["awareness", "proficient", "expert"], IC2="proficient"))
    changes = compare(framework(), renamed)
    assert {(c.kind.value, c.impact.value) for c in changes} == {
        ("framework-changed", "structural"), ("proficiency-changed", "structural")}


def test_a_cell_raised_on_a_reordered_scale_is_graded_on_each_revisions_scale():
    # "expert" was the top and is now the middle: the cell asks for the middle of the new scale,
    # as "working" was the middle of the old one.
    after = edited(proficiencies(["awareness", "expert", "working"], IC2="expert", IC3="working"))
    assert graded(framework(), after) == [
        ("proficiency-changed", "structural", "IC2", "working", "expert"),
        ("proficiency-changed", "structural", "IC3", "expert", "working"),
    ]


def test_the_scale_reordered_fails_the_gate_from_the_command_line(tmp_path):
    document = data()
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    proficiencies(["awareness", "expert", "working"])(document)
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    run = CliRunner().invoke(main, ["diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"),
                                    "--format", "json", "--fail-on", "raises-bar"])
    assert run.exit_code == 1, run.output
    text = CliRunner().invoke(main, ["diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")]).output
    assert "proficiency: 'working' now 3 of 3 on the scale (was 2 of 3)" in text
    markdown = CliRunner().invoke(main, ["diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"),
                                         "--format", "markdown"]).output
    assert "stands higher on the changed proficiency scale: 3 of 3 (was 2 of 3)" in markdown

