"""Levels are named by their titles where their ids are keys written from
words ("senior" for "Sênior", an id that still spells a title the level no
longer has), in every format; a code people read the ladder by ("IC1")
is still said as it is."""

from __future__ import annotations

import json

import pytest
import yaml

from diffkit import data

SLUGS = {"IC1": ("junior", "Júnior"), "IC2": ("pleno", "Pleno"), "IC3": ("senior", "Sênior")}


def _slugged(document: dict, titles: dict[str, str] | None = None) -> dict:
    for level in document["levels"]:
        key, title = SLUGS[level["id"]]
        level["id"], level["title"] = key, (titles or {}).get(key, title)
    for level in document["levels"]:  # the reason names a level: keep it readable either way
        cell = level["competencies"].get("ownership")
        if isinstance(cell, dict) and "not_applicable" in cell:
            cell["not_applicable"] = "Ownership is assessed through project leadership"
    return document


def _revisions(write, slugged: bool, titles: dict[str, str] | None = None) -> tuple[str, str]:
    old, new = data(), data()
    new["levels"][0]["competencies"]["impact"].append("I write a short plan before I start a task")
    new["levels"][1]["competencies"]["impact"][0] = "I deliver features that my team agreed on without guidance"
    if slugged:
        old, new = _slugged(old), _slugged(new, titles)
    write("old.yaml", yaml.safe_dump(old, allow_unicode=True, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, allow_unicode=True, sort_keys=False))
    return "old.yaml", "new.yaml"


@pytest.mark.parametrize("output_format", ["text", "markdown", "github", "json"])
def test_a_level_whose_id_is_a_word_key_is_named_by_its_title(cli, write, tmp_path, output_format):
    old, new = _revisions(write, slugged=True)
    run = cli("diff", "--no-color", "--format", output_format, old, new, cwd=tmp_path)
    shown = [json.dumps(c["message"], ensure_ascii=False) for f in json.loads(run.output)["frameworks"]
             for c in f["changes"]] if output_format == "json" else [run.output]
    assert any("Pleno" in said for said in shown)
    for said in shown:
        for key in ("junior", "pleno", "senior"):
            assert f" {key} " not in said and f"'{key}'" not in said and f" {key})" not in said \
                and f" {key}\n" not in said, (key, said)


def test_the_notes_say_the_titles_where_a_change_reaches_several_levels(cli, write, tmp_path):
    old, new = _revisions(write, slugged=True)
    run = cli("diff", "--format", "markdown", old, new, cwd=tmp_path)
    assert "(reaching Júnior and above)" in run.output
    assert "(now expected at Júnior and above)" in run.output
    assert "for Pleno and Sênior:" in run.output


def test_a_level_retitled_is_named_by_its_new_title_not_the_key_of_its_old_one(cli, write, tmp_path):
    old, new = _revisions(write, slugged=True, titles={"senior": "Sênior II"})
    run = cli("diff", "--format", "markdown", old, new, cwd=tmp_path)
    assert "(reaching Júnior and above)" in run.output
    assert "for Pleno and Sênior II:" in run.output
    assert "Level Sênior is now Sênior II." in run.output
    annotations = cli("diff", "--format", "github", old, new, cwd=tmp_path).output
    assert "level 'Sênior' renamed to 'Sênior II'" in annotations


def test_a_level_code_people_read_the_ladder_by_is_kept(cli, write, tmp_path):
    """Near miss: IC1 is how that ladder is read; its heading gives the title beside it."""
    old, new = _revisions(write, slugged=False)
    run = cli("diff", "--format", "markdown", old, new, cwd=tmp_path)
    assert "(reaching IC1 and above)" in run.output \
        or "at IC1 to IC3" in run.output or "(at IC1, IC2" in run.output
    assert "## What changes for IC1 (Engineer I)" in run.output


@pytest.mark.parametrize("codes", [
    ("IC-1", "IC-2", "IC-3"), ("ic_1", "ic_2", "ic_3"), ("SDE-I", "SDE-II", "SDE-III"), ("grade-5", "grade-6", "grade-7"),
    ("band-1", "band-2", "band-3"), ("level-1", "level-2", "level-3"), ("em-1", "em-2", "em-3"),
    ("1", "2", "3"), ("L1-junior", "L2-mid", "L3-senior"), ("IC1", "IC2", "IC3"),
])
def test_a_level_code_written_with_a_separator_is_kept(cli, write, tmp_path, codes):
    """A code keeps its id however it is written: people read the ladder by it."""
    old, new = data(), data()
    for document in (old, new):
        for level, code in zip(document["levels"], codes):
            level["id"] = code
    new["levels"][1]["competencies"]["impact"][0] = "I deliver features that my team agreed on without guidance"
    write("old.yaml", yaml.safe_dump(old, allow_unicode=True, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, allow_unicode=True, sort_keys=False))
    run = cli("diff", "--no-color", "old.yaml", "new.yaml", cwd=tmp_path)
    assert f"\n{codes[1]} (Engineer II)\n" in run.output, run.output


@pytest.mark.parametrize("key, title, named", [
    ("senior", "Sênior", "Sênior"),
    ("senior-developer-experience-engineer", "Senior DX Engineer", "Senior DX Engineer"),
    ("staff_engineer", "Staff", "Staff"),
    ("nivel-2", "Nível 2", "Nível 2"),  # the title spells the id, accents folded
    ("IC-3", "Senior Engineer", "IC-3 (Senior Engineer)"),
    ("SWE-III", "Software Engineer", "SWE-III (Software Engineer)"),
    ("grade-7", "Principal", "grade-7 (Principal)"),
    ("em-1", "Engineering Manager", "em-1 (Engineering Manager)"),
    ("senior-1", "Senior Engineer", "senior-1 (Senior Engineer)"),
    # The rule `render` shows an id beside a title by, too: initials people say are a code;
    # an id whose letters and numbers the title spells out says nothing more.
    ("TL", "Tech Lead", "TL (Tech Lead)"),
    ("SE-2", "Senior Engineer 2", "Senior Engineer 2"),
])
def test_a_level_is_named_by_its_title_only_where_its_id_is_made_of_words(cli, write, tmp_path, key, title, named):
    old, new = data(), data()
    for document in (old, new):
        document["levels"][1]["id"], document["levels"][1]["title"] = key, title
    new["levels"][1]["competencies"]["impact"][0] = "I deliver features that my team agreed on without guidance"
    write("old.yaml", yaml.safe_dump(old, allow_unicode=True, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, allow_unicode=True, sort_keys=False))
    run = cli("diff", "--no-color", "old.yaml", "new.yaml", cwd=tmp_path)
    assert f"\n{named}\n" in run.output, run.output


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_a_level_retitled_is_named_by_its_new_title_where_its_id_was_written_from_the_old(
        cli, write, tmp_path, output_format):
    """An id an import wrote from a title ("software-engineer-iii" for
    "Software Engineer III") is no code anybody reads: after the level is
    retitled, it is named by the title it has now, not by that key."""
    old, new = data(), data()
    for document in (old, new):
        document["levels"][1]["id"], document["levels"][1]["title"] = "software-engineer-ii", "Software Engineer II"
    new["levels"][1]["title"] = "Senior Software Engineer"
    write("old.yaml", yaml.safe_dump(old, allow_unicode=True, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, allow_unicode=True, sort_keys=False))
    run = cli("diff", "--no-color", "--format", output_format, "old.yaml", "new.yaml", cwd=tmp_path)
    assert "Senior Software Engineer" in run.output, run.output
    assert "software-engineer-ii" not in run.output, run.output


@pytest.mark.parametrize("key", ["SDE-II", "IC2", "swe-2", "backend-engineer-l3", "manager-m1"])
def test_a_level_code_retitled_keeps_its_code(cli, write, tmp_path, key):
    """Near miss: a code people read the ladder by is still said beside the new title."""
    old, new = data(), data()
    for document in (old, new):
        document["levels"][1]["id"], document["levels"][1]["title"] = key, "Engineer II"
    new["levels"][1]["title"] = "Senior Engineer"
    write("old.yaml", yaml.safe_dump(old, allow_unicode=True, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, allow_unicode=True, sort_keys=False))
    run = cli("diff", "--no-color", "old.yaml", "new.yaml", cwd=tmp_path)
    assert f"\n{key} (Senior Engineer)\n" in run.output, run.output


def _shared_title_revisions(write):
    """Word-key ids, two levels titled alike ("Engineer"), the second retitled."""
    old, new = data(), data()
    for document in (old, new):
        for level, (key, title) in zip(document["levels"], [("junior", "Engineer"), ("mid", "Engineer"),
                                                             ("senior", "Senior Engineer")]):
            level["id"], level["title"] = key, title
        for level in document["levels"]:
            cell = level["competencies"].get("ownership")
            if isinstance(cell, dict) and "not_applicable" in cell:
                cell["not_applicable"] = "Ownership is assessed through project leadership"
    new["levels"][1]["title"] = "Engineer II"
    new["levels"][0]["competencies"]["impact"].append("I write a short plan before I start a task")
    write("old.yaml", yaml.safe_dump(old, allow_unicode=True, sort_keys=False))
    write("new.yaml", yaml.safe_dump(new, allow_unicode=True, sort_keys=False))
    return "old.yaml", "new.yaml"


def test_levels_that_share_a_title_are_told_apart_by_their_ids(cli, write, tmp_path):
    old, new = _shared_title_revisions(write)
    text = cli("diff", "--no-color", old, new, cwd=tmp_path).output
    assert "\njunior (Engineer)\n" in text, text
    notes = cli("diff", "--format", "markdown", old, new, cwd=tmp_path).output
    assert "## What changes for junior (Engineer)\n" in notes, notes
    assert "## What changes for Engineer\n" not in notes, notes
    assert "(at junior (Engineer), Engineer II and Senior Engineer)" in notes, notes
    annotations = cli("diff", "--format", "github", old, new, cwd=tmp_path).output
    assert "level 'mid' renamed from 'Engineer' to 'Engineer II'" in annotations, annotations


def test_levels_with_titles_of_their_own_are_still_named_by_them(cli, write, tmp_path):
    """Near miss: where no two levels share a title, the word-key ids stay out of sight."""
    old, new = _revisions(write, slugged=True)
    notes = cli("diff", "--format", "markdown", old, new, cwd=tmp_path).output
    assert "## What changes for Júnior\n" in notes, notes
