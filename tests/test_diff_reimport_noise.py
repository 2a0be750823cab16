"""What a re-imported document's revisions change without anyone meaning it, and the
diff says in one line: competencies merged, the importer's own "not applicable"
notes following a level's new title, quotes re-exported; and a competency split
with its statement."""

from __future__ import annotations

import copy
import json

import yaml
from click.testing import CliRunner

from ladderlint.cli import main


def _write(tmp_path, name, document) -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return str(path)


def _run(tmp_path, old, new, *options: str) -> str:
    run = CliRunner().invoke(main, ["diff", *options, _write(tmp_path, "old.yaml", old),
                                    _write(tmp_path, "new.yaml", new)])
    assert run.exit_code == 0, run.output
    return run.output


def _changes(tmp_path, old, new) -> list[dict]:
    return [c for f in json.loads(_run(tmp_path, old, new, "--format", "json"))["frameworks"] for c in f["changes"]]


CULTURE = {
    "E1": ["Gives constructive feedback in meetings", "Fixes out of date runbooks"],
    "E2": ["Is interview-trained and shares the interview load", "Mentors members of the team"],
    "E3": ["Mentors engineers outside the team", "Introduces frameworks that other teams adopt"],
}


def _ladder():
    return {
        "ladderlint": 1, "id": "eng", "name": "Engineering", "track": "Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "people", "name": "People", "competencies": [
            {"id": "communication", "name": "Collaboration & Communication"},
            {"id": "culture", "name": "Community & Culture"}]}],
        "levels": [
            {"id": "E1", "title": "Engineer", "competencies": {
                "communication": ["Writes clear pull request descriptions", "Asks for help when blocked"],
                "culture": list(CULTURE["E1"])}},
            {"id": "E2", "title": "Senior Engineer", "competencies": {
                "communication": ["Runs meetings that end on time with clear outcomes"],
                "culture": list(CULTURE["E2"])}},
            {"id": "E3", "title": "Staff Engineer", "competencies": {
                "communication": ["Writes design documents other teams review"],
                "culture": list(CULTURE["E3"])}},
        ],
    }


def _merged():
    """The two headings merged into one, the bullets put together, none changed."""
    new = copy.deepcopy(_ladder())
    new["dimensions"][0]["competencies"] = [{"id": "communication", "name": "Collaboration & Community"}]
    for level in new["levels"]:
        level["competencies"]["communication"] += level["competencies"].pop("culture")
    return new


def test_two_competencies_merged_are_one_line_in_text(tmp_path):
    out = _run(tmp_path, _ladder(), _merged())
    assert "Community & Culture: merged into Collaboration & Community; 6 statements moved with it, none changed" \
        in out
    assert "statement-moved" not in out
    assert "Senior Engineer" not in out  # no level has anything else to say


def test_two_competencies_merged_are_one_line_in_the_release_notes(tmp_path):
    out = _run(tmp_path, _ladder(), _merged(), "--format", "markdown")
    assert "**Community & Culture:** merged into “Collaboration & Community”; 6 statements moved with it, " \
           "none changed." in out
    assert "moved here from" not in out
    assert "What changes for" not in out


def test_the_json_output_keeps_each_move(tmp_path):
    kinds = [c["kind"] for c in _changes(tmp_path, _ladder(), _merged())]
    assert kinds.count("statement-moved") == 6


def test_a_statement_that_changed_in_the_merge_is_still_listed(tmp_path):
    new = _merged()
    cell = new["levels"][1]["competencies"]["communication"]
    cell[cell.index("Mentors members of the team")] = "Mentors members of the team every week"
    out = _run(tmp_path, _ladder(), new)
    assert "5 statements moved with it unchanged, 1 other changed on the way (listed at its level)" in out
    assert "every week" in out


def _artsy():
    """Levels as an imported table names them, and the importer's own reasons for the empty cells."""
    return {
        "ladderlint": 1, "id": "eng", "name": "Engineering", "track": "Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "work", "name": "Work", "competencies": [
            {"id": "delivery", "name": "Delivery"}, {"id": "initiative", "name": "Initiative"}]}],
        "levels": [
            {"id": "engineer-1", "title": "Engineer 1", "competencies": {
                "delivery": ["Ships small changes with review"],
                "initiative": {"not_applicable": "Initiative starts at Senior Engineer 1"}}},
            {"id": "engineer-2", "title": "Engineer 2", "competencies": {
                "delivery": ["Ships features end to end"],
                "initiative": {"not_applicable": "Initiative starts at Senior Engineer 1"}}},
            {"id": "senior-engineer-1", "title": "Senior Engineer 1", "competencies": {
                "delivery": ["Ships projects across the team"],
                "initiative": ["Proposes improvements to the team's process"]}},
        ],
    }


def _retitled():
    new = _artsy()
    senior = new["levels"][2]
    senior["id"], senior["title"] = "senior-engineer-i", "Senior Engineer I"
    for level in new["levels"][:2]:
        level["competencies"]["initiative"]["not_applicable"] = "Initiative starts at Senior Engineer I"
    return new


def test_a_reason_that_follows_a_level_retitled_is_said_by_the_rename(tmp_path):
    changes = _changes(tmp_path, _artsy(), _retitled())
    assert [c["kind"] for c in changes] == ["level-renamed", "level-renamed"]  # its id and its title
    out = _run(tmp_path, _artsy(), _retitled(), "--format", "markdown")
    assert "the reason it does not apply changed" not in out


def test_a_reason_that_says_more_than_the_new_title_is_still_listed(tmp_path):
    new = _retitled()
    new["levels"][0]["competencies"]["initiative"]["not_applicable"] = "Initiative starts at Senior Engineer I or later"
    changes = _changes(tmp_path, _artsy(), new)
    assert [(c["kind"], c["level"]) for c in changes if c["kind"] == "not-applicable-changed"] \
        == [("not-applicable-changed", "engineer-1")]


def _agility():
    return {
        "ladderlint": 1, "id": "mle", "name": "Engineering", "track": "Machine Learning Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "culture", "name": "Culture", "competencies": [
            {"id": "agility-innovation", "name": "Agility / Innovation"},
            {"id": "growth", "name": "Personal growth"}]}],
        "levels": [
            {"id": "IC1", "title": "IC1 Machine Learning Engineer", "competencies": {
                "agility-innovation": ["I share new ideas and can adapt my work when circumstances change"],
                "growth": ["I ask my team for feedback on my work", "I help my team with its on-call rotation"]}},
            {"id": "IC2", "title": "IC2 Machine Learning Engineer", "competencies": {
                "agility-innovation": ["I adapt my plans when priorities change"],
                "growth": ["I give feedback to my team and my peers", "I mentor new members of my team"]}},
        ],
    }


def test_a_competency_split_in_two_with_its_statement_takes_no_words_out(tmp_path):
    new = _agility()
    new["dimensions"][0]["competencies"][0:1] = [{"id": "agility", "name": "Agility"},
                                                 {"id": "innovation", "name": "Innovation"}]
    ic1, ic2 = (level["competencies"] for level in new["levels"])
    ic1.pop("agility-innovation")
    ic1["agility"] = ["I can adapt my work when circumstances change"]
    ic1["innovation"] = ["I share new ideas with my team"]
    ic2["agility"] = ic2.pop("agility-innovation")
    changes = [c for c in _changes(tmp_path, _agility(), new) if c["level"] == "IC1"]
    assert [c["kind"] for c in changes] == ["statement-split"]
    assert "lowers-bar" not in (changes[0]["impact"], changes[0]["also_impact"])
    out = _run(tmp_path, _agility(), new, "--format", "markdown")
    assert "~~share new ideas and~~" not in out
    assert "I share new ideas ~~and~~ **with my team I** can adapt" in out


def test_quotes_re_exported_in_several_statements_are_one_line_in_text(tmp_path):
    old = _ladder()
    for level in old["levels"]:
        level["competencies"]["communication"] = [f"I’m clear in the team’s {i} reviews" for i in range(3)] \
            + level["competencies"]["communication"]
    new = copy.deepcopy(old)
    for level in new["levels"]:
        level["competencies"]["communication"] = [text.replace("’", "'")
                                                  for text in level["competencies"]["communication"]]
    out = _run(tmp_path, old, new)
    tidied = "Spacing, capitals or punctuation tidied in 3 statements in Collaboration & Communication"
    assert out.count(f"{tidied}; the words are the same") == 3  # a line a level, saying where
    assert "(formatting only)" not in out
    for change in _changes(tmp_path, old, new):
        assert f"[{change['fingerprint']}]" in out  # each can still be approved by it
    notes = _run(tmp_path, old, new, "--format", "markdown")
    assert notes.count(f"{tidied}; the words are the same.") == 3
