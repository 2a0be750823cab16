"""Release notes a framework owner would publish unedited."""

from __future__ import annotations

import copy
import json

import yaml
from diffkit import FIXTURES

V1 = yaml.safe_load((FIXTURES / "acme-v1.yaml").read_text())


def _write(path, data) -> str:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return str(path)


def _notes(cli, old, new) -> str:
    run = cli("diff", "--format", "markdown", old, new)
    assert run.exit_code == 0, run.stderr
    return run.output


def test_a_new_competency_that_does_not_apply_at_a_level_is_not_taken_away(cli, tmp_path):
    new = copy.deepcopy(V1)
    new["dimensions"][0]["competencies"].append({"id": "mentoring", "name": "Mentoring"})
    for i, level in enumerate(new["levels"]):
        level["competencies"]["mentoring"] = {"not_applicable": "Mentoring starts at IC2."} if i == 0 else [
            "I mentor new joiners"]
    notes = _notes(cli, _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new))
    assert "no longer applies" not in notes
    assert "- **Mentoring:** does not apply at this level (Mentoring starts at IC2)." in notes


def test_a_new_level_says_what_it_expects(cli, tmp_path):
    new = copy.deepcopy(V1)
    top = copy.deepcopy(new["levels"][-1])
    top.update(id="IC4", title="Engineer IV")
    top["competencies"]["impact"] = top["competencies"]["impact"] + ["I set the direction of my group's work"]
    new["levels"].append(top)
    notes = _notes(cli, _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new))
    section = notes.split("## The new level IC4 (Engineer IV): what is new compared with Engineer III\n", 1)[1]
    assert "- **Impact:** I set the direction of my group's work" in section.split("\n## ")[0]


def test_a_new_level_of_a_framework_whose_levels_stand_alone_counts_what_it_does_not_list(cli, tmp_path):
    """Its levels each say all they ask: the statements of the level below
    that the new one leaves out are not asked there, and would be most of
    that level, listed one by one. They are counted, with the command that
    lists them."""
    old = copy.deepcopy(V1)
    old["cumulative"] = False
    new = copy.deepcopy(old)
    new["levels"].append({"id": "IC4", "title": "Engineer IV",
                          "competencies": {"impact": ["I set the direction of my group's work"]}})
    notes = _notes(cli, _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new))
    section = notes.split("## The new level IC4 (Engineer IV)", 1)[1].split("\n## ")[0]
    below = sum(len(statements) if isinstance(statements, list) else len(statements.get("statements", []))
                for statements in old["levels"][-1]["competencies"].values())
    assert "- **Impact:** I set the direction of my group's work" in section
    assert "Listed at" not in section
    assert (f"{below} statements of Engineer III are not listed at Engineer IV: levels here stand alone, so "
            "they are not asked there (`ladderlint diff --levels IC3 IC4` lists them).") in section
    levels = cli("diff", "--levels", "IC3", "IC4", "--format", "markdown", str(tmp_path / "new.yaml")).output
    assert "### Listed at Engineer III but not at Engineer IV" in levels


def test_a_new_level_that_does_not_describe_a_competency_is_not_said_to_apply_it(cli, tmp_path):
    """IC3 says Ownership does not apply; a new IC4 above it has no entry for
    Ownership at all: nothing is asked of it there, so the notes must not
    say it "now applies". A new level with statements for it does apply it."""
    new = copy.deepcopy(V1)
    top = copy.deepcopy(new["levels"][-1])
    top.update(id="IC4", title="Engineer IV")
    del top["competencies"]["ownership"]
    new["levels"].append(top)
    notes = _notes(cli, _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new))
    section = notes.split("## The new level IC4 (Engineer IV)", 1)[1]
    assert "now applies" not in notes
    assert ("- **Ownership:** not described at this level; at Engineer III it does not apply "
            "(Ownership is assessed through project leadership at IC3).") in section
    levels = cli("diff", "--levels", "IC3", "IC4", "--format", "markdown", str(tmp_path / "new.yaml")).output
    assert "now applies" not in levels and "- **Ownership:** not described at this level;" in levels

    top["competencies"]["ownership"] = ["I make my group own its outcomes"]
    notes = _notes(cli, _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new))
    section = notes.split("## The new level IC4 (Engineer IV)", 1)[1]
    # What it now asks says that it applies: listed once, as the statement.
    assert "- **Ownership:** I make my group own its outcomes" in section and "now applies" not in section


def test_a_not_applicable_entry_taken_out_is_not_said_to_apply_now(cli, tmp_path):
    import json

    new = copy.deepcopy(V1)
    del new["levels"][2]["competencies"]["ownership"]
    old_file, new_file = _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, old_file, new_file)
    assert "now applies" not in notes
    assert ("- **Ownership:** not described at this level any more; it did not apply "
            "(Ownership is assessed through project leadership at IC3).") in notes
    [change] = json.loads(cli("diff", "--format", "json", old_file, new_file).output)["frameworks"][0]["changes"]
    assert change["message"] == (
        "'Ownership' is no longer marked as not applying at level 'IC3', which does not describe it")


def test_a_new_lowest_level_lists_everything_it_expects(cli, tmp_path):
    new = copy.deepcopy(V1)
    bottom = copy.deepcopy(new["levels"][0])
    bottom.update(id="IC0", title="Apprentice", competencies={"impact": ["I finish the tasks I am given"]})
    new["levels"].insert(0, bottom)
    notes = _notes(cli, _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new))
    assert "## The new level IC0 (Apprentice): what it expects\n\n- **Impact:** I finish the tasks I am given" in notes


def test_two_tracks_changed_together_each_name_their_track(cli, tmp_path):
    for side in ("old", "new"):
        (tmp_path / side).mkdir()
    for track, fid in (("Backend Engineer", "acme-backend"), ("Frontend Engineer", "acme-frontend")):
        old = dict(copy.deepcopy(V1), id=fid, track=track)
        new = copy.deepcopy(old)
        new["levels"][0]["competencies"]["impact"].append(f"I review my team's {track.split()[0].lower()} code")
        _write(tmp_path / "old" / f"{fid}.yaml", old)
        _write(tmp_path / "new" / f"{fid}.yaml", new)
    notes = _notes(cli, str(tmp_path / "old"), str(tmp_path / "new"))
    assert "## What changes in Acme Engineering Career Framework (Backend Engineer)" in notes
    assert "## What changes in Acme Engineering Career Framework (Frontend Engineer)" in notes


def test_a_name_that_says_its_track_is_not_repeated(cli, tmp_path):
    old = dict(copy.deepcopy(V1), name="Acme Backend Engineer Ladder")
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["impact"].append("I review code")
    notes = _notes(cli, _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new))
    assert notes.startswith("# What changes in Acme Backend Engineer Ladder\n")


def test_version_advice_is_kept_apart_from_what_engineers_read(cli, tmp_path):
    new = copy.deepcopy(V1)
    new["levels"][0]["competencies"]["impact"].append("I review code")
    notes = _notes(cli, _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new))
    engineers, maintainers = notes.split("## For the framework's maintainers\n", 1)
    assert "release" not in engineers and "version" not in engineers.lower()
    assert "These changes call for a major release: version 2.0.0." in maintainers


def test_a_statement_moved_into_the_summary_is_not_said_to_be_gone(cli, tmp_path):
    new = copy.deepcopy(V1)
    stated = new["levels"][0]["competencies"]["impact"].pop(1)
    new["levels"][0]["summary"] = stated
    notes = _notes(cli, _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new))
    assert "no longer expected" not in notes and "Lower expectations" not in notes
    assert f"- **Impact:** moved into the level's summary: {stated}" in notes


def test_a_statement_taken_by_a_new_level_below_moved_down(cli, tmp_path):
    old = copy.deepcopy(V1)
    old["cumulative"] = False
    new = copy.deepcopy(old)
    taken = new["levels"][0]["competencies"]["impact"].pop(0)
    new["levels"].insert(0, {"id": "IC0", "title": "Intern", "competencies": {"impact": [taken]}})
    notes = _notes(cli, _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new))
    assert f"- **Impact:** no longer expected here, moved down to IC0: {taken}" in notes
    assert "moved up" not in notes


def test_a_statement_moved_down_a_standalone_ladder_is_gone_from_the_level_it_left(cli, tmp_path):
    old = copy.deepcopy(V1)
    old["cumulative"] = False
    new = copy.deepcopy(old)
    moved = new["levels"][1]["competencies"]["impact"].pop(0)
    new["levels"][0]["competencies"]["impact"].append(moved)
    notes = _notes(cli, _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new))
    assert f"- **Impact:** moved here from IC2 (listed under that level too): {moved}" in notes
    assert f"- **Impact:** no longer expected here, moved down to IC1 (listed under that level too): {moved}" in notes  # under IC2: its levels stand alone
    cumulative = copy.deepcopy(V1), copy.deepcopy(V1)
    cumulative[1]["levels"][0]["competencies"]["impact"].append(cumulative[1]["levels"][1]["competencies"]["impact"].pop(0))
    notes = _notes(cli, _write(tmp_path / "c-old.yaml", cumulative[0]), _write(tmp_path / "c-new.yaml", cumulative[1]))
    assert "moved down to" not in notes  # where levels are cumulative, IC2 still asks for it


def test_a_statement_moved_up_a_standalone_ladder_is_new_where_it_went(cli, tmp_path):
    old = copy.deepcopy(V1)
    old["cumulative"] = False
    new = copy.deepcopy(old)
    moved = new["levels"][0]["competencies"]["impact"].pop(1)
    new["levels"][1]["competencies"]["impact"].append(moved)
    notes = _notes(cli, _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new))
    assert f"- **Impact:** no longer expected here, moved up to IC2 (listed under that level too): {moved}" in notes
    assert f"- **Impact:** moved here from IC1 (listed under that level too): {moved}" in notes
    # The level it left loses it and the level it reached gains it: both bars, each counted.
    assert "**In short:** 1 new or higher expectation (at IC2) and 1 lower expectation (at IC1)." in notes


def test_competencies_named_with_sentences_read_as_labels(cli, tmp_path):
    """Ladders that head each competency with a sentence ("I write code that
    ships."): its full stop is not followed by a colon, and a statement
    moved from one such competency says where it came from in brackets."""
    old = copy.deepcopy(V1)
    for competency in old["dimensions"][0]["competencies"]:
        competency["name"] = f"I show {competency['name'].lower()}."
    new = copy.deepcopy(old)
    moved = new["levels"][1]["competencies"]["impact"].pop(0)
    new["levels"][0]["competencies"]["ownership"].append(moved)
    top = new["levels"][2]["competencies"]["impact"]
    top[0] = top[0] + " across teams"
    notes = _notes(cli, _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new))
    assert f"- **I show ownership:** moved here from IC2 (I show impact): {moved}" in notes
    assert "- **I show impact:** reworded: " in notes
    assert ".:" not in notes


def test_a_copy_taken_out_of_what_a_lower_level_asks_is_not_no_longer_expected(cli, tmp_path):
    old = copy.deepcopy(V1)
    kept = old["levels"][0]["competencies"]["ownership"][0]  # IC1's
    old["levels"][1]["competencies"]["ownership"].append(kept)  # copied to IC2, as LL205 reports
    notes = _notes(cli, _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", V1))
    assert "no longer expected" not in notes
    assert f"- **Ownership:** a copy taken out, still asked for: {kept}" in notes
    text = cli("diff", _write(tmp_path / "o.yaml", old), _write(tmp_path / "n.yaml", V1)).output
    assert f"- {kept} (still asked for)" in text


def test_a_statement_moved_between_competencies_of_one_level_names_where_it_was(cli, tmp_path):
    new = copy.deepcopy(V1)
    moved = new["levels"][1]["competencies"]["impact"].pop(0)
    new["levels"][1]["competencies"]["ownership"].append(moved)
    notes = _notes(cli, _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new))
    assert f"- **Ownership:** moved here from the competency “Impact”: {moved}" in notes


def test_the_summary_counts_changes_as_the_text_output_does(cli, tmp_path):
    """A move between standalone levels is listed at both levels, and said to
    be; it raises the bar where it went and lowers it where it was, and is
    counted under both, as `ladderlint diff` counts it."""
    import json

    old = dict(copy.deepcopy(V1), cumulative=False)
    new = copy.deepcopy(old)
    moved = new["levels"][2]["competencies"]["impact"].pop(0)
    new["levels"][1]["competencies"]["impact"].append(moved)
    new["levels"][2]["competencies"]["code"]["statements"][0] += ", and I review their designs"
    new["levels"][0]["competencies"]["impact"].pop()
    old_file, new_file = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, old_file, new_file)
    summary = json.loads(cli("diff", "--format", "json", old_file, new_file).output)["summary"]
    assert (summary["raises-bar"], summary["lowers-bar"]) == (2, 2)
    assert notes.count(f"(listed under that level too): {moved}") == 2
    assert "**In short:** 2 new or higher expectations (reaching IC2 and IC3) and 2 lower expectations (reaching IC1 and IC3)." in notes


def test_the_version_is_said_to_the_maintainers_only(cli, tmp_path):
    new = dict(copy.deepcopy(V1), version="2.0.0")
    new["levels"][0]["competencies"]["impact"].append("I review code")
    notes = _notes(cli, _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new))
    engineers, maintainers = notes.split("## For the framework's maintainers\n", 1)
    assert "version" not in engineers.lower() and "structure" not in engineers
    assert "**In short:** 1 new or higher expectation (at IC1, IC2 and IC3)." in engineers
    # Each level includes the ones below it: the notes say whom it reaches.
    assert "- **Impact:** I review code (now expected at IC1 and above)" in engineers
    assert maintainers.strip() == "From version 1.0.0 to version 2.0.0: a major release, as these changes call for."

    bumped_only = dict(copy.deepcopy(V1), version="1.0.1")
    notes = _notes(cli, _write(tmp_path / "old.yaml", V1), _write(tmp_path / "bumped.yaml", bumped_only))
    assert "**In short:** nothing changes but the version number." in notes
    assert "Across the framework" not in notes


def test_a_name_that_ends_with_its_track_is_titled_once(cli, tmp_path):
    old = dict(copy.deepcopy(V1), name="Acme Career Framework: Backend Engineer")
    new = copy.deepcopy(old)
    new["levels"][1]["competencies"]["impact"].append("I review code")
    old_file, new_file = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, old_file, new_file)
    assert notes.startswith("# What changes in Acme Career Framework: Backend Engineer\n")
    levels = cli("diff", "--levels", "IC1", "IC2", "--format", "markdown", new_file).output
    assert "\nAcme Career Framework: Backend Engineer.\n" in levels
    assert "Backend Engineer, Backend Engineer" not in levels


def test_the_text_output_says_the_release_once(cli, tmp_path):
    new = dict(copy.deepcopy(V1), version="2.0.0")
    new["levels"][0]["competencies"]["impact"].append("I review code")
    out = cli("diff", _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new)).output
    assert ("Version: 1.0.0 -> 2.0.0 is a major release, as these changes call for "
            "(something new is expected at an existing level)\n") in out


def _four_levels():
    """V1 with a fourth level, so that a change at IC1 reaches some levels, not all."""
    old = copy.deepcopy(V1)
    top = copy.deepcopy(old["levels"][-1])
    top.update(id="IC4", title="Engineer IV")
    top["competencies"]["impact"] = ["I set the direction of my group's work"]
    old["levels"].append(top)
    return old


def test_an_expectation_added_below_reaches_the_levels_that_include_it(cli, tmp_path):
    old = _four_levels()
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["impact"].append("I write a short plan before I start a task")
    new["levels"][1]["competencies"]["ownership"].pop()
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, *files)
    assert "- **Impact:** I write a short plan before I start a task (now expected at IC1 and above)" in notes
    # Ownership is marked not_applicable at IC3 and IC4, above its statements: in a cumulative framework that
    # says nothing new is asked there, so what IC2 no longer asks of it is no longer asked above it either.
    assert "- **Accountability:**" not in notes and "- **Ownership:** no longer expected at IC2 and above: " \
           "I follow through on my commitments and keep my team informed" in notes
    assert ("**In short:** 1 new or higher expectation (at IC1, IC2, IC3 and IC4) and 1 lower expectation "
            "(at IC2, IC3 and IC4).") in notes
    # An engineer on IC3 learns what reaches them from the lines themselves ("and above"), which name how far
    # each reaches: no section of their own only to say it applies there too.
    assert "## What changes for IC3" not in notes and "## What changes for IC4" not in notes
    ic2 = notes.split("## What changes for IC2 (Engineer II)\n", 1)[1].split("\n## ", 1)[0]
    assert "1 new or higher expectation at IC1 applies here too (listed under IC1)." in ic2
    text = cli("diff", *files).output
    assert "Impact: + I write a short plan before I start a task (now asked for at IC1 and above)" in text
    assert "informed (no longer asked for at IC2 and above)" in text
    changes = json.loads(cli("diff", "--format", "json", *files).output)["frameworks"][0]["changes"]
    assert [c["levels_reached"] for c in changes] == [["IC1", "IC2", "IC3", "IC4"], ["IC2", "IC3", "IC4"]]


def test_a_level_new_in_the_revision_is_not_told_what_changes_for_it(cli, tmp_path):
    """A level added in this revision has its own section, not "What
    changes for": an expectation added below it holds there too, and every
    format names it alike (the JSON as the summary)."""
    old = copy.deepcopy(V1)
    new = _four_levels()
    new["levels"][0]["competencies"]["impact"].append("I write a short plan before I start a task")
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    changes = json.loads(cli("diff", "--format", "json", *files).output)["frameworks"][0]["changes"]
    assert [c["levels_reached"] for c in changes if c["impact"] == "raises-bar"] == [["IC1", "IC2", "IC3", "IC4"]]
    notes = _notes(cli, *files)
    # The summary names the levels its lines name ("IC1 and above", the level added too), not fewer.
    assert "**In short:** 1 new or higher expectation (at IC1, IC2, IC3 and IC4)" in notes
    # It includes the levels below it, as any level does: the notes say where the expectation holds, IC4 too.
    assert "## What changes for IC4" not in notes and "(now expected at IC1 and above)" in notes


def test_examples_changed_name_their_statement_and_what_came_and_went(cli, tmp_path):
    old = copy.deepcopy(V1)
    statement = old["levels"][0]["competencies"]["impact"][0]
    old["levels"][0]["competencies"]["impact"][0] = {"text": statement, "examples": ["A bug fix", "A small feature"]}
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["impact"][0]["examples"] = ["A small feature", "A dependency upgrade"]
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, *files)
    assert f"the examples of “{statement}” changed; new: “A dependency upgrade”; taken out: “A bug fix”." in notes
    reordered = copy.deepcopy(old)
    reordered["levels"][0]["competencies"]["impact"][0]["examples"].reverse()
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "reordered.yaml", reordered)
    assert f"the examples of “{statement}” are in a new order." in _notes(cli, *files)


def test_an_example_extended_is_reworded_in_every_format(cli, tmp_path):
    """An example taken out whose words went into one put in is one example
    reworded, shown as a word diff, not one gone and another new; the text
    and GitHub formats list the examples one by one too, not as lists."""
    old = copy.deepcopy(V1)
    statement = old["levels"][0]["competencies"]["impact"][0]
    old["levels"][0]["competencies"]["impact"][0] = {
        "text": statement, "examples": ["A bug fix", "Asks the platform team when unsure about a deploy"]}
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["impact"][0]["examples"] = [
        "A bug fix", "A dependency upgrade", "Asks the platform team in the deploys channel when unsure about a deploy"]
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, *files)
    assert (f"the examples of “{statement}” changed; new: “A dependency upgrade”; reworded: Asks the platform "
            "team **in the deploys channel** when unsure about a deploy.") in notes
    assert "taken out" not in notes
    text = cli("diff", "--no-color", *files).output
    assert (f"examples of '{statement}': + 'A dependency upgrade'; Asks the platform team {{+in the deploys "
            "channel+} when unsure about a deploy") in text
    github = cli("diff", "--format", "github", *files).output
    assert "changed: + 'A dependency upgrade'; Asks the platform team {+in the deploys channel+} when" in github
    assert "['" not in text + github


def test_a_capital_letter_fixed_is_tidied_not_reworded(cli, tmp_path):
    old = copy.deepcopy(V1)
    new = copy.deepcopy(old)
    statement = new["levels"][0]["competencies"]["impact"][0]
    new["levels"][0]["competencies"]["impact"][0] = statement.replace("I deliver", "I Deliver")
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, *files)
    assert "- Spacing, capitals or punctuation tidied in 1 statement in Impact; the words are the same." in notes
    assert "reworded" not in notes


def test_a_templates_instruction_taken_out_is_no_lower_expectation(cli, tmp_path):
    old = copy.deepcopy(V1)
    old["levels"][0]["competencies"]["impact"].append("Short summary of the competency")
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", V1)
    notes = _notes(cli, *files)
    assert "a placeholder taken out: Short summary of the competency" in notes
    assert "Lower expectations" not in notes


def test_a_level_that_says_it_itself_stops_the_reach(cli, tmp_path):
    old = _four_levels()
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["impact"].append("I set the direction of my group's work")
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, *files)
    # IC4 asked for it already: what is new is new at IC1 to IC3.
    assert "(now expected at IC1 to IC3)" in notes and "What changes for IC4" not in notes
    assert "(now asked for at IC1 to IC3)" in cli("diff", *files).output


def test_levels_swapped_reach_only_the_level_that_has_a_new_one_below_it(cli, tmp_path):
    # The two lowest levels named so that only the list orders them (IC2
    # listed before IC1 would be read as IC1 first: their numbers tell).
    # Crafter moved below Builder: Builder now asks for Crafter's statements;
    # IC3 and IC4 had Crafter below them before, and asked for them already.
    old = _four_levels()
    for level, name in zip(old["levels"], ("Builder", "Crafter")):
        level.update(id=name, title=name)
    new = copy.deepcopy(old)
    new["levels"][0], new["levels"][1] = new["levels"][1], new["levels"][0]
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    changes = json.loads(cli("diff", "--format", "json", *files).output)["frameworks"][0]["changes"]
    raised = [c["levels_reached"] for c in changes if c["impact"] == "raises-bar"]
    assert raised and all(reached == ["Builder"] for reached in raised)
    notes = _notes(cli, *files)
    assert "What changes for IC3" not in notes and "What changes for IC4" not in notes


def test_where_levels_stand_alone_a_change_reaches_its_own_level(cli, tmp_path):
    old = dict(_four_levels(), cumulative=False)
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["impact"].append("I write a short plan before I start a task")
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, *files)
    assert "- **Impact:** I write a short plan before I start a task\n" in notes
    assert "What changes for IC2" not in notes and "(at IC1)" in notes
    assert "now asked for" not in cli("diff", *files).output
    (change,) = json.loads(cli("diff", "--format", "json", *files).output)["frameworks"][0]["changes"]
    assert change["levels_reached"] == ["IC1"]


def test_a_level_removed_is_said_to_its_people_and_stopped_by_the_gate(cli, tmp_path):
    new = copy.deepcopy(V1)
    new["levels"].pop()
    files = _write(tmp_path / "old.yaml", V1), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, *files)
    assert "**In short:** 1 level removed." in notes
    ic3 = notes.split("## What changes for IC3 (Engineer III)\n", 1)[1].split("\n## ", 1)[0]
    assert ic3.strip() == ("**This level is removed.** The people on IC3 (Engineer III) no longer have this level, "
                           "and what it asked of them is no longer asked; "
                           "the level each of them is on from now is to be agreed with them.")
    assert "These changes call for a major release: version 2.0.0." in notes
    gate = cli("diff", "--fail-on", "raises-bar", *files)
    assert gate.exit_code == 1
    assert "raises-bar  level-removed           - Engineer III (the people on this level lose it)" in gate.output
    assert "(a level is removed, and the people on it lose it): 2.0.0" in gate.output


def test_a_removed_lowest_level_is_listed_first_as_the_ladder_had_it(cli, tmp_path):
    old = _four_levels()
    new = copy.deepcopy(old)
    new["levels"].pop(0)
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    headings = [line for line in _notes(cli, *files).splitlines() if line.startswith("## What changes for")]
    assert headings and headings[0].startswith("## What changes for IC1")


def test_curly_quotes_made_straight_are_not_shown_as_words_changed(cli, tmp_path):
    old = copy.deepcopy(V1)
    old["levels"][0]["competencies"]["ownership"] = ["I “disagree and commit” when it is necessary to move on"]
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["ownership"] = ['I "disagree and commit" when it is needed to move on']
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, *files)
    assert 'reworded: I "disagree and commit" when it is ~~necessary~~ **needed** to move on' in notes
    text = cli("diff", *files).output
    assert "[-necessary-]{+needed+}" in text and "“" not in text


def test_turning_cumulative_off_or_on_is_said_in_words(cli, tmp_path):
    old = copy.deepcopy(V1)
    old["cumulative"] = True
    new = copy.deepcopy(old)
    new["cumulative"] = False
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    off = _notes(cli, *files)
    assert "- Each level now stands alone: it asks for what it lists, and no longer for what the levels " \
           "below it ask." in off
    assert "True" not in off and "False" not in off
    on = _notes(cli, *reversed(files))
    assert "- Each level now includes the levels below it: what a level asks for, every level above it " \
           "asks for too." in on


def test_a_rewording_marks_only_the_punctuation_and_words_that_changed(cli, tmp_path):
    old = copy.deepcopy(V1)
    old["levels"][0]["competencies"]["ownership"] = [
        "I adapt to change quickly and calmly", "I write the runbook for my service.", "I run the rota."]
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["ownership"] = [
        "I adapt to change quickly, calmly and openly", "I write the runbooks for my service", "I run the rota"]
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, *files)
    # "quickly," is the word kept and a comma added, not a word removed and another added.
    assert "I adapt to change quickly ~~and~~**,** calmly **and openly**" in notes
    text = cli("diff", *files).output
    assert "quickly [-and-]{+,+} calmly {+and openly+}" in text
    # A full stop dropped is a punctuation change, the word before it kept; Markdown reads no mark
    # that opens between a letter and punctuation, so that one is a <del>.
    assert "I run the rota[-.-] (formatting only)" in text
    assert "the [-runbook-]{+runbooks+} for my service[-.-]" in text
    assert "the ~~runbook~~ **runbooks** for my service<del>.</del>" in notes


def test_punctuation_added_or_removed_alone_is_named_for_screen_readers():
    from ladderlint.render.notes import inline

    assert inline("for my service<del>.</del> now") == (
        'for my service<del><span class="visually-hidden">removed full stop: </span>.</del> now')
    assert inline("quickly ~~and~~**,** calmly **and openly**") == (
        'quickly <del><span class="visually-hidden">removed: </span>and</del>'
        '<ins><span class="visually-hidden">added comma: </span>,</ins> calmly '
        '<ins><span class="visually-hidden">added: </span>and openly</ins>')


def test_a_sentence_put_in_before_a_kept_one_is_shown_whole(cli, tmp_path):
    """A sentence put into a summary before a kept sentence that shares its
    words ("... when a Junior joins. A Junior is ...") is shown whole as
    added; its words are not threaded through the kept sentence."""
    old, new = copy.deepcopy(V1), copy.deepcopy(V1)
    kept = ("A junior engineer is new to the craft. They learn the tools, the practices and the codebase of the "
            "team from the people around them, and turn the guidance they get into work they can do on their own.")
    old["levels"][0]["summary"] = f"Learning engineer\n\n{kept}"
    new["levels"][0]["summary"] = (
        "Guided engineer\n\nWe seldom hire at this level. It is written down for when a junior engineer is hired "
        f"(e.g. a graduate). See the next level for context.\n\n{kept}")
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    notes = _notes(cli, *files)
    assert ("~~Learning~~ **Guided** engineer **We seldom hire at this level. It is written down for when a junior "
            "engineer is hired (e.g. a graduate). See the next level for context.** A junior engineer is new to the "
            "craft.") in notes
    text = cli("diff", "--no-color", *files).output
    assert "{+We seldom hire" in text and "~~A~~" not in notes and "[-A-]" not in text


def test_a_sentence_put_in_before_the_only_sentence_of_a_summary_is_shown_whole(cli, tmp_path):
    """The sentences kept are lined up first where only one side has more
    than one: a summary of one sentence that gets another before it."""
    old, new = copy.deepcopy(V1), copy.deepcopy(V1)
    kept = "A Junior is at the beginning of their career."
    old["levels"][0]["summary"] = kept
    new["levels"][0]["summary"] = f"Acme hires a Junior only if a Junior is needed. {kept}"
    files = _write(tmp_path / "old.yaml", old), _write(tmp_path / "new.yaml", new)
    text = cli("diff", "--no-color", *files).output
    assert "{+Acme hires a Junior only if a Junior is needed.+} A Junior is at the beginning" in text, text
