"""A proficiency scale changed around the cells that name it, and a ladder
made cumulative or not: graded by what each level asks, before and after."""

from __future__ import annotations

import json

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


def test_a_rung_added_or_cut_elsewhere_leaves_the_kept_entries_as_they_were():
    # "working" means what it meant when nothing is left above it, or a rung is put on top or below:
    # no cell is asked more or less, whatever share of the scale it now is.
    for scale in (["awareness", "working"], ["awareness", "working", "expert", "master"],
                  ["novice", "awareness", "working", "expert"]):
        cells = {"IC3": "working"} if "expert" not in scale else {}
        assert graded(framework(), edited(proficiencies(scale, **cells)))[:1] != [
            ("proficiency-changed", "raises-bar", "IC2", "working", "working")], scale
        assert not [g for g in graded(framework(), edited(proficiencies(scale, **cells))) if g[2] == "IC2"], scale
    # Kept entries put in another order while a rung is added: the order of the kept ones tells.
    reordered = edited(proficiencies(["novice", "awareness", "expert", "working"]))
    assert graded(framework(), reordered) == [
        ("proficiency-changed", "raises-bar", "IC2", "working", "working"),
        ("proficiency-changed", "lowers-bar", "IC3", "expert", "expert"),
    ]


def test_a_scale_entry_renamed_in_its_place_asks_nothing_more():
    # One word for another of the same proficiency ("awareness" and "foundation" open their scales), or a word
    # no scale of skills places: a rename.
    for scale, cells in ((["foundation", "working", "expert"], {"IC1": "foundation"}),
                         (["awareness", "capable", "expert"], {"IC2": "capable"})):
        changes = compare(framework(), edited(proficiencies(scale, **cells)))
        assert {(c.kind.value, c.impact.value) for c in changes} == {
            ("framework-changed", "structural"), ("proficiency-changed", "structural")}, scale


def test_a_scale_entry_renamed_in_its_place_to_a_weaker_word_lowers_the_bar():
    # "working" -> "exposure" in its place: the cell keeps its rank, and asks for less than a working knowledge.
    assert graded(framework(), edited(proficiencies(["awareness", "exposure", "expert"], IC2="exposure"))) == [
        ("proficiency-changed", "lowers-bar", "IC2", "working", "exposure")]
    # "working" -> "proficient": more, as skills matrices place them.
    assert graded(framework(), edited(proficiencies(["awareness", "proficient", "expert"], IC2="proficient"))) == [
        ("proficiency-changed", "raises-bar", "IC2", "working", "proficient")]


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


# -- cumulative: true <-> false ------------------------------------------------


def written_out(document, edit=None):
    """The framework made to stand alone, each level listing the statements
    of the levels below it first (as a maintainer copies them); ``edit``
    (level, competency, statements) may change a level's list."""
    document["cumulative"] = False
    below: dict[str, list] = {}
    for lv in document["levels"]:
        for competency, value in lv["competencies"].items():
            if isinstance(value, dict) and "not_applicable" in value:
                continue
            own = value["statements"] if isinstance(value, dict) else value
            statements = [*below.get(competency, []), *own]
            # A copy is a statement of its own: without the id, which names the one it copies.
            below[competency] = [{k: v for k, v in s.items() if k != "id"} if isinstance(s, dict) else s
                                 for s in statements]
            statements = edit(lv["id"], competency, list(statements)) if edit else statements
            if isinstance(value, dict):
                value["statements"] = statements
            else:
                lv["competencies"][competency] = statements
    return document


def run_diff(tmp_path, old, new):
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        document = json.loads(json.dumps(document))  # copies written out, not YAML aliases of one list
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    run = CliRunner().invoke(main, ["diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"),
                                    "--format", "json", "--fail-on", "raises-bar"])
    changes = json.loads(run.stdout)["frameworks"][0]["changes"]
    return run.exit_code, [(c["kind"], c["impact"], c["level"], c["field"]) for c in changes], changes


def test_statements_of_the_levels_below_written_out_are_no_change(tmp_path):
    code, changes, (flag,) = run_diff(tmp_path, data(), written_out(data()))
    assert (code, changes) == (0, [("framework-changed", "structural", None, "cumulative")])
    assert "written out at the levels that include them: what each level asks is unchanged" in flag["message"]
    # And back: the copies taken out, each level asks for them through the levels below again.
    code, changes, (flag,) = run_diff(tmp_path, written_out(data()), data())
    assert (code, changes) == (0, [("framework-changed", "structural", None, "cumulative")])
    assert "copies of what the levels below say taken out" in flag["message"]


def test_a_copy_written_out_in_stronger_words_raises_the_bar_where_it_is(tmp_path):
    def raised(level_id, competency, statements):
        if level_id != "IC3" or competency != "impact":
            return statements
        return [s.replace("on time and to a high standard", "early and to a high standard") for s in statements]

    code, changes, full = run_diff(tmp_path, data(), written_out(data(), raised))
    assert code == 1
    assert changes == [("framework-changed", "raises-bar", None, "cumulative"),
                       ("statement-reworded", "raises-bar", "IC3", "text")]
    assert full[1]["old"] == "I deliver my tasks on time and to a high standard"


def test_a_statement_of_a_level_below_left_out_where_it_was_asked_lowers_the_bar(tmp_path):
    def dropped(level_id, competency, statements):
        return [s for s in statements if not (level_id == "IC3" and str(s).startswith("I ask for help"))]

    code, changes, full = run_diff(tmp_path, data(), written_out(data(), dropped))
    assert changes == [("framework-changed", "lowers-bar", None, "cumulative"),
                       ("statement-removed", "lowers-bar", "IC3", None)]
    assert full[1]["old"] == "I ask for help when I am stuck on a task"
