"""Rewordings a review of the differ found graded the wrong way, each
checked through the public grader and, where a gate could be walked
around, through `ladderlint diff --fail-on`."""

from __future__ import annotations

import json

import pytest

from ladderlint.diff.grade import grade

LEADS = "Leads incident resolutions"


@pytest.mark.parametrize("hedged", [
    "Probably leads incident resolutions",
    "Likely leads incident resolutions",
    "Is likely to lead incident resolutions",
    "Tends to lead incident resolutions",
    "Leads incident resolutions, probably",
    "Possibly leads incident resolutions",
    "Perhaps leads incident resolutions",
    "Maybe leads incident resolutions",
])
def test_a_hedge_of_likelihood_lowers_the_bar_and_its_removal_raises_it(hedged):
    assert grade(LEADS, hedged).impact == "lowers-bar"
    assert grade(hedged, LEADS).impact == "raises-bar"


@pytest.mark.parametrize("old, new", [
    ("Identifies failures", "Identifies likely failures"),
    ("Identifies the cause", "Identifies the likely cause"),
])
def test_likely_before_a_thing_is_no_hedge(old, new):
    assert grade(old, new).impact == "raises-bar"  # words added, as before


@pytest.mark.parametrize("old, new", [
    ("Maintains the test suite", "Tends to the test suite"),
    ("Maintains the team's needs", "Tends to the team's needs"),
    ("Looks after the build", "Tends to the build"),
    ("Handles customer escalations", "Tends to customer escalations"),
])
def test_tending_to_a_thing_is_caring_for_it_no_hedge(old, new):
    graded = grade(old, new)
    assert "certainty lowered" not in graded.reasons
    assert graded.impact != "lowers-bar"


FRAMEWORK = """\
ladderlint: 1
id: acme
name: Acme Engineering Ladder
track: Backend
version: '1.0.0'
organisation:
  name: Acme
dimensions:
  - id: d
    name: Delivery
    competencies:
      - id: c
        name: Craft
levels:
  - id: L1
    title: Engineer
    summary: Builds features.
    competencies:
      c:
        - {text}
"""


def test_taking_a_hedge_out_fails_the_gate(cli, tmp_path):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(FRAMEWORK.format(text="Leads projects (would originate or complete, probably)"), encoding="utf-8")
    new.write_text(FRAMEWORK.format(text="Leads projects (would originate or complete)"), encoding="utf-8")
    run = cli("diff", str(old), str(new), "--fail-on", "raises-bar")
    assert run.exit_code == 1, run.output
    assert "raises-bar" in run.output


@pytest.mark.parametrize("old, new", [
    ("You proactively communicate with your peers on incident status",
     "You proactively inform your peers on incident status"),
    ("You proactively communicate with your peers on incident status",
     "You proactively keep your peers informed on incident status"),
    ("You proactively communicate with your peers on incident status",
     "You proactively keep your peers updated on incident status"),
    ("You keep your peers informed on incident status", "You inform your peers on incident status"),
    ("You inform your peers on incident status", "You keep your peers informed on incident status"),
    ("You keep your peers updated on incident status", "You keep your peers informed on incident status"),
])
def test_keeping_people_informed_is_a_verb_of_telling(old, new):
    assert grade(old, new).impact == "editorial"


@pytest.mark.parametrize("old, new", [
    ("You keep the service running", "You keep the service informed"),
    ("Reviews code", "Reviews code and keeps the team informed"),
])
def test_keeping_told_still_asks_another_thing_than_keeping_going(old, new):
    assert grade(old, new).impact == "raises-bar"


GLOSSARY_LADDER = """\
ladderlint: 1
id: g
name: Acme Engineering Ladder
track: Backend
version: '1.0.0'
organisation:
  name: Acme
glossary:
  {term}: {definition}
dimensions:
  - id: d
    name: Delivery
    competencies:
      - id: c
        name: Craft
levels:
  - id: L1
    title: Engineer
    summary: Builds features.
    competencies:
      c:
        - {first}
  - id: L2
    title: Senior Engineer
    summary: Leads features.
    competencies:
      c:
        - Reviews each runbook the team writes.
"""


def _diff_json(cli, tmp_path, old: dict[str, str], new: dict[str, str]) -> dict:
    import json

    paths = []
    for name, fields in (("old.yaml", old), ("new.yaml", new)):
        path = tmp_path / name
        path.write_text(GLOSSARY_LADDER.format(**fields), encoding="utf-8")
        paths.append(str(path))
    run = cli("diff", *paths, "--format", "json")
    assert run.exit_code == 0, run.output + run.stderr
    return json.loads(run.output)


def _changes(report: dict) -> list[dict]:
    return [change for framework in report["frameworks"] for change in framework["changes"]]


def test_a_definition_no_text_uses_asks_nothing(cli, tmp_path):
    first = "Writes a runbook for each service they build."
    report = _diff_json(
        cli, tmp_path,
        {"term": "playbook", "definition": "A document that describes how to operate a service.", "first": first},
        {"term": "playbook", "first": first,
         "definition": "A page, usually in the wiki, that explains how a service is operated, for example how to restart it."},
    )
    [change] = _changes(report)
    assert change["field"] == "glossary.playbook"
    assert change["impact"] == "structural"


def test_a_term_that_ends_in_a_mark_is_marked_for_the_differ_as_for_ll407(cli, tmp_path):
    first = "Answers questions on Yahoo!* for the team."
    report = _diff_json(
        cli, tmp_path,
        {"term": "Yahoo!", "definition": "A web portal.", "first": first},
        {"term": "Yahoo!", "definition": "A web portal, where engineers answer every question within a day.",
         "first": first},
    )
    [change] = _changes(report)
    assert change["impact"] == "raises-bar"
    assert change["levels_reached"] == ["L1", "L2"]


def test_the_text_output_names_the_levels_that_mark_a_term_apart_from_those_reached(cli, tmp_path):
    first = "Writes a runbook* for each service they build."
    paths = []
    for name, definition in (("old.yaml", "A page that describes how to operate a service."),
                             ("new.yaml", "A page that describes how to operate a service, reviewed every week.")):
        path = tmp_path / name
        path.write_text(GLOSSARY_LADDER.format(term="runbook", definition=definition, first=first), encoding="utf-8")
        paths.append(str(path))
    run = cli("diff", *paths)
    assert "glossary.runbook:" in run.output
    assert "(at L1 and L2: marked with * at L1)" in run.output
    assert "statements mark the term" not in run.output


@pytest.mark.parametrize("often", ["Often leads incident resolutions", "Frequently leads incident resolutions",
                                   "Leads incident resolutions often"])
def test_often_put_in_raises_the_bar_wherever_it_stands(often):
    # Read on the scale of how often, before or after the verb alike: "often" where no word said
    # how often asks for the work more often, and a gate on raises-bar sees it.
    assert grade(LEADS, often).impact == "raises-bar"
    assert grade(often, LEADS).impact == "lowers-bar"


@pytest.mark.parametrize("old, new", [
    ("Sometimes leads incident resolutions", "Often leads incident resolutions"),
    (LEADS, "Regularly leads incident resolutions"),
])
def test_more_often_on_the_scale_still_raises_the_bar(old, new):
    assert grade(old, new).impact == "raises-bar"


@pytest.mark.parametrize("output_format, said", [("text", True), ("github", True), ("markdown", False)])
def test_the_maintainers_formats_say_why_a_rewording_moves_the_bar(cli, tmp_path, output_format, said):
    """The text output and the annotations, for the maintainers, say what the
    grader read; the release notes, for the engineers on the ladder, leave
    it out: the words marked under "New or higher expectations" say it."""
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(FRAMEWORK.format(text="Sometimes leads incident resolutions"), encoding="utf-8")
    new.write_text(FRAMEWORK.format(text="Consistently leads incident resolutions"), encoding="utf-8")
    run = cli("diff", str(old), str(new), "--format", output_format)
    assert ("(read as: frequency raised)" in run.output) is said, run.output
    assert ("read as" in run.output) is said, run.output


def test_the_json_lists_why_a_rewording_moves_the_bar_and_keeps_its_fingerprint(cli, tmp_path):
    import json

    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(FRAMEWORK.format(text="Sometimes leads incident resolutions"), encoding="utf-8")
    new.write_text(FRAMEWORK.format(text="Consistently leads incident resolutions"), encoding="utf-8")
    [change] = json.loads(cli("diff", str(old), str(new), "--format", "json").output)["frameworks"][0]["changes"]
    assert change["reasons"] == ["frequency raised"]
    assert "read as" not in change["message"]
    text = cli("diff", str(old), str(new)).output
    assert f"[{change['fingerprint']}]" in text


def test_an_editorial_rewording_gives_no_reasons(cli, tmp_path):
    import json

    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(FRAMEWORK.format(text="Leads incident resolutions"), encoding="utf-8")
    new.write_text(FRAMEWORK.format(text="Leads incident resolution"), encoding="utf-8")
    [change] = json.loads(cli("diff", str(old), str(new), "--format", "json").output)["frameworks"][0]["changes"]
    assert (change["impact"], change["reasons"]) == ("editorial", [])
    assert "read as" not in cli("diff", str(old), str(new)).output


def test_each_reason_is_listed_once(cli, tmp_path):
    import json

    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(FRAMEWORK.format(text="Leads writing small/medium scope proposals"), encoding="utf-8")
    new.write_text(FRAMEWORK.format(text="Leads writing medium/large scope proposals"), encoding="utf-8")
    [change] = json.loads(cli("diff", str(old), str(new), "--format", "json").output)["frameworks"][0]["changes"]
    assert change["reasons"] == ["size of work raised"]


GLOSSARY_USED = """\
ladderlint: 1
id: t
name: T Framework
track: Backend
version: "1.0.0"
organisation: {{name: Acme}}
glossary:
  on-call: Being reachable out of hours and responding to a page within {minutes}
dimensions:
  - {{id: d, name: D, competencies: [{{id: ops, name: Operations}}]}}
levels:
  - {{id: L1, title: Engineer I, competencies: {{ops: ["{statement}"]}}}}
"""


@pytest.mark.parametrize("statement, impact", [
    ("Takes part in the on-call rota for their team's services", "raises-bar"),  # uses the term, unmarked
    ("Writes runbooks for their services", "structural"),  # no text uses it: it asks nothing of anyone
])
def test_a_definition_a_statement_uses_unmarked_is_graded(cli, tmp_path, statement, impact):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(GLOSSARY_USED.format(minutes="30 minutes", statement=statement), encoding="utf-8")
    new.write_text(GLOSSARY_USED.format(minutes="5 minutes, day or night", statement=statement), encoding="utf-8")
    run = cli("diff", str(old), str(new), "--fail-on", "raises-bar", "--format", "json")
    [change] = json.loads(run.output)["frameworks"][0]["changes"]
    assert (change["field"], change["impact"]) == ("glossary.on-call", impact)


@pytest.mark.parametrize("new, reason", [
    ("Responds to pages within 5 minutes", "deadline tightened"),
    ("Responds to pages within 30 minutes", "deadline relaxed"),
])
def test_a_deadline_moved_is_said_as_its_reader_reads_it(cli, tmp_path, new, reason):
    # "deadline raised" would read as a later deadline: the output says which way it went.
    old_file, new_file = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old_file.write_text(FRAMEWORK.format(text="Responds to pages within 15 minutes"), encoding="utf-8")
    new_file.write_text(FRAMEWORK.format(text=new), encoding="utf-8")
    [change] = json.loads(cli("diff", str(old_file), str(new_file), "--format", "json").output)["frameworks"][0]["changes"]
    assert change["reasons"] == [reason]
