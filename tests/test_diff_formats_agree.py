"""Every output format of `ladderlint diff` says the same changes: what
changed, named the same way, counted the same way; and where the
framework was taken from is said, but is no change of it."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
import yaml

FORMATS = ("text", "json", "markdown", "github")

LONG = ("These are the evaluation criteria we use for performance evaluation and leveling on the engineering "
        "team. The competencies at each level are broken down into four categories.")


def _ladder() -> dict[str, Any]:
    return {
        "ladderlint": 1, "id": "acme", "name": "Acme Ladder", "track": "Software Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"}, "description": LONG, "source": "old.md",
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": [
            {"id": "product-impact", "name": "Product Impact"}, {"id": "testing", "name": "Testing"}]}],
        "levels": [
            {"id": "engineer-1", "title": "Engineer 1", "competencies": {
                "product-impact": ["Ships small features with guidance"],
                "testing": ["Writes tests for most of their code"]}},
            {"id": "engineer-2", "title": "Engineer 2", "competencies": {
                "product-impact": ["Ships features on their own"],
                "testing": ["Writes tests for all of their code"]}},
            {"id": "engineer-3", "title": "Engineer 3", "competencies": {
                "product-impact": ["Ships projects across several teams"],
                "testing": ["Sets the testing practices of the team"]}},
        ],
    }


@pytest.fixture
def run(cli, tmp_path):
    def diff(old: dict[str, Any], new: dict[str, Any], fmt: str, *options: str):
        paths = []
        for name, document in (("old.yaml", old), ("new.yaml", new)):
            path = tmp_path / name
            path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
            paths.append(str(path))
        return cli("diff", "--format", fmt, *options, *paths)

    return diff


# -- what changed, in an annotation ------------------------------------------------------


def test_an_annotation_says_what_a_rewording_changed(run):
    old = _ladder()
    new = copy.deepcopy(old)
    new["levels"][1]["competencies"]["testing"] = ["Writes tests for all of their code, and reviews them"]
    annotations = run(old, new, "github").output
    assert "Writes tests for all of their code{+, and reviews them+}" in annotations


def test_every_format_names_competencies_and_levels_as_the_text_format_does(run):
    """Not 'product-impact' beside 'Engineer 1', nor a removed level by its
    title beside the level above it by its id."""
    old = _ladder()
    new = copy.deepcopy(old)
    del new["levels"][0]  # the levels above no longer include what it asked
    new["levels"][1]["competencies"]["product-impact"] = ["Ships large features on their own"]
    for fmt in ("github", "json"):
        output = run(old, new, fmt).output
        messages = [c["message"] for c in yaml.safe_load(output)["frameworks"][0]["changes"]] \
            if fmt == "json" else output.splitlines()
        assert any("at removed level 'Engineer 1', which level 'Engineer 2'" in m for m in messages), messages
        assert any("'Product Impact'" in m for m in messages), messages
        for message in messages:
            assert not re.search(r"'(product-impact|testing|engineer-\d)'", message), message
    # The JSON keeps the ids in its fields.
    changes = run(old, new, "json").json()["frameworks"][0]["changes"]
    assert {c["competency"] for c in changes} >= {"product-impact"}


def test_competencies_and_dimensions_added_or_moved_are_named_once_by_their_names(run):
    old = _ladder()
    new = copy.deepcopy(old)
    new["dimensions"][0]["competencies"].append({"id": "mentoring", "name": "Mentoring"})
    new["levels"][2]["competencies"]["mentoring"] = ["Mentors two engineers"]
    moved = new["dimensions"][0]["competencies"].pop(0)
    new["dimensions"].append({"id": "people", "name": "People", "competencies": [moved]})
    annotations = run(old, new, "github").output
    assert "::dimension 'People' added [" in annotations
    assert "::competency 'Mentoring' added [" in annotations
    assert "::competency 'Product Impact' moved from dimension 'Craft' to 'People' [" in annotations


def test_a_long_text_is_cut_where_it_changed(run):
    old = _ladder()
    new = copy.deepcopy(old)
    new["description"] = LONG.replace("team. ", "team. Hooray! ")
    new["owners"] = [f"owner{i}@acme.example" for i in range(12)]
    old["owners"] = new["owners"][:-1]
    annotations = run(old, new, "github").output
    [line] = [line for line in annotations.splitlines() if "description changed" in line]
    before, after = re.search(r"changed from '(.*)' to '(.*)'", line).groups()  # type: ignore[union-attr]
    assert "Hooray!" in after and "Hooray!" not in before
    [change] = [c for c in run(old, new, "json").json()["frameworks"][0]["changes"] if c["field"] == "description"]
    assert "Hooray!" in change["message"]
    # The text format cuts a long value that is not text around its change too.
    [owners] = [line for line in run(old, new, "text").lines if "owners:" in line]
    assert "owner11@acme.example" in owners


# -- counted alike -----------------------------------------------------------------------


def _renamed() -> tuple[dict[str, Any], dict[str, Any]]:
    old = _ladder()
    new = copy.deepcopy(old)
    level = new["levels"][1]
    level.update(id="software-engineer", title="Software Engineer")
    competency = new["dimensions"][0]["competencies"][1]
    competency.update(id="quality", name="Quality")
    for lv in new["levels"]:
        lv["competencies"]["quality"] = lv["competencies"].pop("testing")
    return old, new


def test_a_level_and_a_competency_renamed_in_id_and_name_count_once_in_every_format(run):
    old, new = _renamed()
    text = run(old, new, "text")
    assert "2 changes: 2 structural." in text.output
    # One line for each rename, saying both of its parts.
    [line] = [line for line in text.lines if "level-renamed" in line]
    assert "id: 'engineer-2' -> 'software-engineer'; title: {+Software+} Engineer [-2-]" in line
    summary = run(old, new, "json").json()["summary"]
    assert (summary["changes"], summary["structural"]) == (2, 2)
    notes = run(old, new, "markdown").output
    assert "**In short:** 2 changes of structure or names." in notes
    github = run(old, new, "github").output
    assert github.endswith("ladderlint diff: 2 changes.\n")
    assert len([line for line in github.splitlines() if "-renamed::" in line]) == 2
    # The gate counts the same changes.
    gated = run(old, new, "text", "--fail-on", "structural")
    assert gated.exit_code == 1
    assert "2 changes not approved with --fail-on structural" in gated.output + gated.stderr


def test_a_name_respelt_with_its_id_renamed_is_one_change_of_structure(run):
    old = _ladder()
    new = copy.deepcopy(old)
    new["dimensions"][0]["competencies"][1].update(id="testng", name="Testng")
    for lv in new["levels"]:
        lv["competencies"]["testng"] = lv["competencies"].pop("testing")
    counts = {fmt: run(old, new, fmt).output for fmt in FORMATS}
    assert "1 change: 1 structural." in counts["text"]
    assert "1 change of structure or names." in counts["markdown"]
    assert run(old, new, "json").json()["summary"]["structural"] == 1
    assert counts["github"].endswith("ladderlint diff: 1 change.\n")


# -- where the framework was taken from ---------------------------------------------------


def test_where_the_framework_was_taken_from_is_said_but_changes_nothing(run):
    old = _ladder()
    new = copy.deepcopy(old)
    new["source"] = "new.md"
    for fmt in FORMATS:
        result = run(old, new, fmt, "--fail-on", "any")
        assert result.exit_code == 0, (fmt, result.output)
        assert "new.md" in result.output, fmt  # said, not hidden
    text = run(old, new, "text").output
    assert "No changes to the framework; only the record of where it was taken from differs." in text
    assert "source: [-old.md-]{+new.md+} (where the framework was taken from: no change of it)" in text
    document = run(old, new, "json").json()
    assert (document["summary"]["changes"], document["summary"]["provenance"]) == (0, 1)
    [framework] = document["frameworks"]
    assert framework["version_advice"]["required"] is None
    assert framework["changes"][0]["provenance"] is True and framework["changes"][0]["blocking"] is False
    notes = run(old, new, "markdown").output
    assert "patch" not in notes and "wording fix" not in notes


def test_a_source_changed_beside_a_real_change_does_not_raise_the_release_advised(run):
    old = _ladder()
    new = copy.deepcopy(old)
    new["source"] = "new.md"
    new["levels"][0]["competencies"]["testing"] = ["Writes tests for most of their code."]  # punctuation only
    new["version"] = "1.0.1"
    advice = run(old, new, "json").json()["frameworks"][0]["version_advice"]
    assert (advice["required"], advice["ok"]) == ("patch", True)
    old["levels"][0]["competencies"]["testing"] = new["levels"][0]["competencies"]["testing"]
    new["version"] = "1.0.0"
    advice = run(old, new, "json").json()["frameworks"][0]["version_advice"]
    assert (advice["required"], advice["ok"]) == (None, True)


def test_statements_listed_in_a_new_order_are_said_as_written(run):
    """A statement's text that quotes a word as ids are quoted ('testing')
    is the framework's text: naming ids as their names leaves it alone."""
    old = _ladder()
    quoted = "'testing' is what I practise daily"
    old["levels"][1]["competencies"]["testing"] = [quoted, "Writes tests for all of their code"]
    new = copy.deepcopy(old)
    new["levels"][1]["competencies"]["testing"].reverse()
    for fmt in ("json", "github"):
        output = run(old, new, fmt).output
        assert f"'{quoted}' moved" in output, output
        assert "'Testing' is what I practise" not in output


def test_a_statement_a_message_quotes_is_said_as_written(run):
    """A statement said in a message (the one a clause cut from it went
    into) is the framework's text: words it quotes as ids are quoted stay
    as they are, not named."""
    old = _ladder()
    old["levels"][0]["competencies"]["testing"] = ["Writes 'testing' plans and reviews the 'product-impact' notes"]
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["testing"] = ["Writes 'testing' plans"]
    new["levels"][1]["competencies"]["testing"].append("Reviews the 'product-impact' notes")
    for fmt in ("json", "github"):
        output = run(old, new, fmt).output
        assert "which level 'Engineer 1' below it already asked for, as part of " in output, output
        assert "Writes 'testing' plans and reviews the 'product-impact' notes" in output, output
        assert "'Product Impact' notes" not in output and "Writes 'Testing'" not in output, output


def test_a_name_or_title_with_brackets_is_said_once(run):
    old = _ladder()
    new = copy.deepcopy(old)
    new["dimensions"].append({"id": "support", "name": "Support (On Call)", "competencies": [
        {"id": "incidents", "name": "Incident (Response) Work"}]})
    new["levels"].append({"id": "engineer-4", "title": "Engineer 4 (Staff)", "competencies": {
        "incidents": ["Leads the response to incidents across teams"]}})
    messages = [c["message"] for c in run(old, new, "json").json()["frameworks"][0]["changes"]]
    assert "dimension 'Support (On Call)' added" in messages, messages
    assert "competency 'Incident (Response) Work' added" in messages, messages
    assert "level 'Engineer 4 (Staff)' added with 1 statements" in messages, messages


def test_a_dimension_a_competency_moved_to_is_named_as_the_dimension_with_a_competency_s_id(run):
    """A dimension and a competency may share an id: the dimension a
    competency moved to is named as that dimension, not as the competency."""
    old = _ladder()
    new = copy.deepcopy(old)
    moved = new["dimensions"][0]["competencies"].pop()
    new["dimensions"].append({"id": "product-impact", "name": "Quality", "competencies": [moved]})
    annotations = run(old, new, "github").output
    assert "::competency 'Testing' moved from dimension 'Craft' to 'Quality' [" in annotations, annotations


def test_a_removed_level_is_named_by_its_own_title_not_that_of_the_level_with_its_id_now(run):
    old = _ladder()
    old["levels"][1]["title"] = "engineer-2"  # said by its id
    new = copy.deepcopy(old)
    del new["levels"][1]
    new["levels"][1].update(id="engineer-2", title="Engineer 2")  # engineer-3 renumbered
    messages = [c["message"] for c in run(old, new, "json").json()["frameworks"][0]["changes"]]
    assert "level 'engineer-2' removed: the people on it lose their level" in messages, messages
    assert not any(m.startswith("level 'Engineer 2' removed") for m in messages), messages


def test_a_framework_removed_is_said_by_its_id_whatever_else_has_that_id(cli, tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    for name, framework_id in (("gone.yaml", "testing"), ("kept.yaml", "acme")):
        document = {**_ladder(), "id": framework_id}
        (tmp_path / "old" / name).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    (tmp_path / "new" / "kept.yaml").write_bytes((tmp_path / "old" / "kept.yaml").read_bytes())
    run = cli("diff", "--format", "json", str(tmp_path / "old"), str(tmp_path / "new"))
    messages = [c["message"] for f in run.json()["frameworks"] for c in f["changes"]]
    assert any(m.startswith("framework 'testing' removed:") for m in messages), messages
