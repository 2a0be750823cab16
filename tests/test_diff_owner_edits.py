"""Edits framework owners made in real frameworks, and how the differ and
its formats say them: a merge of two statements that were not next to each
other, a link written another way, a note about the organisation in a
level's summary, the framework's own Markdown in the release notes, and the
names a statement moved from."""

from __future__ import annotations

import copy

import yaml
from click.testing import CliRunner

from ladderlint.cli import main


def _write(tmp_path, name, document) -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return str(path)


def _diff(tmp_path, old, new, *options: str) -> str:
    run = CliRunner().invoke(main, ["diff", *options, _write(tmp_path, "old.yaml", old),
                                    _write(tmp_path, "new.yaml", new)])
    assert run.exit_code == 0, run.output
    return run.output


def _framework(levels, competencies=(("expectations", "Expectations"),)):
    return {
        "ladderlint": 1, "id": "oss", "name": "Open Source Ladder", "track": "Contributor", "version": "1.0.0",
        "organisation": {"name": "Postman"},
        "dimensions": [{"id": "competencies", "name": "Competencies",
                        "competencies": [{"id": cid, "name": name} for cid, name in competencies]}],
        "levels": levels,
    }


# -- levels named in the text format -----------------------------------------------------


def _slugged_ladder():
    return _framework([
        {"id": "senior-contributor", "title": "Senior Contributor",
         "competencies": {"expectations": ["Reviews pull requests from the community",
                                           "Writes release notes for each version"]}},
        {"id": "staff-contributor", "title": "Staff Contributor",
         "competencies": {"expectations": ["Owns the roadmap of one project"]}},
        {"id": "principal-contributor", "title": "Principal Contributor",
         "competencies": {"expectations": ["Sets the direction of several projects"]}},
    ])


def test_the_text_format_names_levels_by_the_titles_that_spell_their_ids(tmp_path):
    old = _slugged_ladder()
    new = copy.deepcopy(old)
    moved = new["levels"][0]["competencies"]["expectations"].pop(1)
    new["levels"][1]["competencies"]["expectations"].append(moved)
    new["levels"][0]["competencies"]["expectations"].pop(0)
    text = _diff(tmp_path, old, new)
    assert "(no longer asked for at Senior Contributor and above)" in text
    assert "(moved up to Staff Contributor)" in text
    assert "still asked for at Staff Contributor)" in text
    down = copy.deepcopy(old)
    down["levels"][0]["competencies"]["expectations"].append(down["levels"][2]["competencies"]["expectations"].pop())
    assert "(from Principal Contributor)" in _diff(tmp_path, old, down)
    for output in (text, _diff(tmp_path, old, down)):
        assert "-contributor" not in output
    # The JSON report keeps the ids.
    report = _diff(tmp_path, old, new, "--format", "json")
    assert '"old_level": "senior-contributor"' in report


def test_the_text_format_keeps_ids_that_no_title_spells_out(tmp_path):
    old = _slugged_ladder()
    for level, level_id in zip(old["levels"], ("L1", "L2", "L3")):
        level["id"] = level_id
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["expectations"].pop(0)
    assert "(no longer asked for at L1 and above)" in _diff(tmp_path, old, new)


# -- the competency a statement moved from ---------------------------------------------------


def test_a_statement_moved_out_of_a_competency_split_and_renamed_comes_from_its_old_name(tmp_path):
    old = _framework(
        [{"id": "L1", "title": "Expert", "competencies": {"collaboration-and-communication": [
            "Pairs with teammates on hard problems",
            "Helps teammates get unblocked",
            "Shares credit for work done together",
            "Communicates the status of their work clearly in standups and tickets",
            "Takes feedback well in code reviews and uses it to grow",
        ]}}],
        (("collaboration-and-communication", "Collaboration and Communication"),))
    new = _framework(
        [{"id": "L1", "title": "Expert", "competencies": {
            "collaboration": ["Pairs with teammates on hard problems", "Helps teammates get unblocked",
                              "Shares credit for work done together"],
            "communication": ["Communicates the status of their work clearly in standups and tickets",
                              "Takes feedback well in code reviews and uses it to grow"],
        }}],
        (("collaboration", "Collaboration"), ("communication", "Communication")))
    text = _diff(tmp_path, old, new)
    assert text.count("(from Collaboration and Communication)") == 2, text
    notes = _diff(tmp_path, old, new, "--format", "markdown")
    assert notes.count("moved here from the competency “Collaboration and Communication”") == 2, notes
