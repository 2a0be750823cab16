"""A rewording the grader cannot read (another language) is held by the
gate for a reviewer, but no format says it raises the bar: the release
notes list it apart, as a change not graded, and the other formats say why
it is held."""

from __future__ import annotations

import json

import yaml

from diffkit import data

OLD = ("Realizar tarefas bem definidas de um projeto e concluí-las em um período de tempo razoável, "
       "com supervisão de membros mais seniores da equipe.")
NEW = "Realizar tarefas bem definidas e concluí-las em um curto período de tempo."


def _revisions(write, english_raise: bool = False) -> tuple[str, str]:
    old, new = data(), data()
    old["levels"][1]["competencies"]["impact"].append(OLD)
    new["levels"][1]["competencies"]["impact"].append(NEW)
    if english_raise:
        new["levels"][1]["competencies"]["impact"][0] = "I deliver features that my team agreed on without guidance"
    write("old.yaml", yaml.safe_dump(old, allow_unicode=True, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, allow_unicode=True, sort_keys=False))
    return "old.yaml", "new.yaml"


def test_release_notes_list_a_rewording_not_read_apart_from_the_raised_bars(cli, write, tmp_path):
    old, new = _revisions(write)
    notes = cli("diff", "--format", "markdown", old, new, cwd=tmp_path).output
    assert "New or higher" not in notes, notes
    assert "### Changed (not graded: Portuguese)" in notes
    assert "**In short:** 1 change in Portuguese not graded (at IC2 and IC3)." in notes
    assert "(read as" not in notes  # the heading says it once, not each line
    assert "reworded, for IC2 and IC3:" in notes and "## What changes for IC3" not in notes  # its line says IC3


def test_an_english_raise_beside_it_stays_a_raise(cli, write, tmp_path):
    old, new = _revisions(write, english_raise=True)
    notes = cli("diff", "--format", "markdown", old, new, cwd=tmp_path).output
    raised, unread = notes.split("### New or higher expectations")[1].split("### Changed (not graded: Portuguese)")
    assert "without ~~close~~ guidance" in raised and "Realizar" not in raised
    assert "Realizar" in unread
    assert "1 new or higher expectation (at IC2 and IC3) and 1 change in Portuguese not graded" in notes


def test_the_text_and_the_annotations_say_why_the_gate_holds_it(cli, write, tmp_path):
    old, new = _revisions(write)
    why = "not graded: written in Portuguese, which the grader does not read; held for a reviewer who does"
    for output_format in ("text", "github"):
        run = cli("diff", "--no-color", "--format", output_format, "--fail-on", "raises-bar", old, new, cwd=tmp_path)
        assert why in run.output, run.output
        assert run.exit_code == 1  # held: nobody has read it yet


def test_the_version_advice_says_it_is_held_not_that_more_is_expected(cli, write, tmp_path):
    old, new = _revisions(write)
    run = cli("diff", "--no-color", old, new, cwd=tmp_path)
    advice = run.output + run.stderr
    assert "(a change in Portuguese is held for a reviewer: not graded, as the grader cannot read it)" in advice, advice
    assert "something new is expected" not in advice, advice


def test_the_version_advice_gives_both_reasons_beside_an_english_raise(cli, write, tmp_path):
    old, new = _revisions(write, english_raise=True)
    run = cli("diff", "--no-color", "--format", "json", old, new, cwd=tmp_path)
    message = json.loads(run.output)["frameworks"][0]["version_advice"]["message"]
    assert "something new is expected at an existing level; a change in Portuguese is held for a reviewer" in message


def test_two_levels_compared_speak_of_no_release_gate(cli, write, tmp_path):
    """Two levels of one revision (a level page, ``--levels``): nothing is released, no gate holds anything."""
    document = data()
    document["levels"][0]["competencies"]["impact"].append(OLD)
    document["levels"][1]["competencies"]["impact"].append(NEW)
    write("f.yaml", yaml.safe_dump(document, allow_unicode=True, sort_keys=False))
    notes = cli("diff", "--levels", "IC1", "IC2", "--format", "markdown", "f.yaml", cwd=tmp_path).output
    assert "which ladderlint's grader does not read" in notes, notes
    assert "release gate" not in notes, notes


def test_a_change_between_revisions_still_says_the_gate_holds_it(cli, write, tmp_path):
    old, new = _revisions(write)
    notes = cli("diff", "--format", "markdown", old, new, cwd=tmp_path).output
    assert "(the release gate holds them until one approves them)" in notes, notes


def test_a_lowers_bar_gate_holds_it_too(cli, write, tmp_path):
    # No reading says which way it goes: it may lower the bar as well as raise it.
    old, new = _revisions(write)
    assert cli("diff", "--fail-on", "lowers-bar", old, new, cwd=tmp_path).exit_code == 1
    [change] = json.loads(cli("diff", "--format", "json", old, new, cwd=tmp_path).output)["frameworks"][0]["changes"]
    assert (change["impact"], change["also_impact"]) == ("raises-bar", "lowers-bar"), change
    text = cli("diff", "--no-color", old, new, cwd=tmp_path).output
    assert "(also lowers-bar: which way it goes cannot be told)" in text, text


def test_a_note_in_another_language_is_held_by_a_lowers_bar_gate_too(cli, write, tmp_path):
    old, new = data(), data()
    old["levels"][1]["competencies"]["impact"] = {"statements": ["I deliver features"], "note": OLD}
    new["levels"][1]["competencies"]["impact"] = {"statements": ["I deliver features"], "note": NEW}
    write("old.yaml", yaml.safe_dump(old, allow_unicode=True, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, allow_unicode=True, sort_keys=False))
    assert cli("diff", "--fail-on", "lowers-bar", "old.yaml", "new.yaml", cwd=tmp_path).exit_code == 1


def test_the_release_notes_list_it_once_not_under_lower_expectations(cli, write, tmp_path):
    old, new = _revisions(write)
    notes = cli("diff", "--format", "markdown", old, new, cwd=tmp_path).output
    assert "Lower expectations" not in notes and "lower expectation" not in notes, notes
    assert notes.count("Realizar") == 1, notes
    assert "listed under both" not in notes, notes


def test_an_english_lowering_beside_it_is_counted_apart(cli, write, tmp_path):
    old, new = _revisions(write)
    document = yaml.safe_load((tmp_path / new).read_text(encoding="utf-8"))
    document["levels"][1]["competencies"]["impact"][0] = "I deliver features with guidance"
    write(new, yaml.safe_dump(document, allow_unicode=True, sort_keys=False))
    notes = cli("diff", "--format", "markdown", old, new, cwd=tmp_path).output
    lowered = notes.split("### Lower expectations")[1].split("###")[0]
    assert "**with** guidance" in lowered and "Realizar" not in lowered, notes
    assert "1 lower expectation (at IC2 and IC3) and 1 change in Portuguese not graded" in notes, notes


def test_an_approval_lets_it_by_either_gate(cli, write, tmp_path):
    old, new = _revisions(write)
    approved = cli("approve", "--fail-on", "lowers-bar", "--reason", "read: a shorter deadline", old, new, cwd=tmp_path)
    assert approved.exit_code == 0, approved.output + approved.stderr
    for gate in ("lowers-bar", "raises-bar", "raises-bar,lowers-bar"):
        run = cli("diff", "--fail-on", gate, old, new, cwd=tmp_path)
        assert run.exit_code == 0, (gate, run.output)
