"""A cell that says what every role does, then what one role does, tagged
in brackets ('[PM] ...', '[Eng] ...'): the tag names a track, not a word of
the statement. It is taken out and reported once; --track naming one of the
tags keeps the untagged statements and that role's."""

from __future__ import annotations

from import_helpers import cells, imported

_TABLE = ("# Product and Engineering Ladder\n\n"
          "| Competency | Junior | Senior |\n|---|---|---|\n"
          "| Leadership | Owns their tasks. [PM] Aligns stakeholders on priorities. [Eng] Reviews designs of peers. "
          "| Leads a team's work. [PM] Sets the product strategy. [Eng] Sets the technical direction. |\n"
          "| Delivery | Ships small features on time. | Ships projects across teams. |\n")


def test_role_tags_are_taken_out_of_the_statements_and_reported_once(cli, write):
    page = write("ladder.md", _TABLE)
    data, run = imported(cli, page, "--org", "Acme")
    assert cells(data)["junior"]["leadership"] == [
        "Owns their tasks.", "Aligns stakeholders on priorities.", "Reviews designs of peers."]
    assert "[PM]" not in str(data["levels"]) and "[Eng]" not in str(data["levels"])
    said = [line for line in run.stderr.splitlines() if "tagged for a role" in line]
    assert len(said) == 1 and "[PM], [Eng]" in said[0]


def test_track_naming_a_tag_keeps_that_roles_statements(cli, write):
    page = write("ladder.md", _TABLE)
    data, run = imported(cli, page, "--org", "Acme", "--track", "Product Manager")
    assert cells(data)["senior"]["leadership"] == ["Leads a team's work.", "Sets the product strategy."]
    assert cells(data)["senior"]["delivery"] == ["Ships projects across teams."]
    assert "2 tagged for another role are left out" in run.stderr


def test_a_bracket_that_marks_no_role_stays_in_the_statement(cli, write):
    """Near miss: '[Optional]' says what the statement is, and a link's text in
    brackets is no tag: both are the statement's own words."""
    page = write("ladder.md", "# Ladder\n\n| Competency | Junior | Senior |\n|---|---|---|\n"
                              "| Leadership | [Optional] Runs a guild. | Reads [the guide](https://x.example). "
                              "[Optional] Mentors two peers. |\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert cells(data)["junior"]["leadership"] == ["[Optional] Runs a guild."]
    assert "tagged for a role" not in run.stderr


_SHARED = ("# Ladder\n\n| Competency | Junior | Senior |\n|---|---|---|\n"
           "| Leadership | [Core] Owns their tasks. [Eng] Reviews designs of peers. [PM] Aligns stakeholders. "
           "| [All] Leads a team's work. [Eng] Sets the technical direction. [Important] Mentors two peers. "
           "[Guild] Runs a chapter. |\n"
           "| Delivery | Ships small features on time. | Ships projects across teams. |\n")


def test_a_tag_that_names_no_role_never_drops_a_statement(cli, write):
    """'[Core]', '[All]' mark what every role shares, '[Important]' what the
    statement is, '[Guild]' no role the import knows: with --track, only the
    other role's statement ('[PM] ...') is left out."""
    page = write("ladder.md", _SHARED)
    data, run = imported(cli, page, "--org", "Acme", "--track", "Engineering")
    assert cells(data)["junior"]["leadership"] == ["Owns their tasks.", "Reviews designs of peers."]
    assert cells(data)["senior"]["leadership"] == [
        "Leads a team's work.", "Sets the technical direction.", "[Important] Mentors two peers.", "Runs a chapter."]
    said = next(line for line in run.stderr.splitlines() if "tagged for a role" in line)
    assert "([Eng], [PM])" in said and "1 tagged for another role are left out" in said
    assert "[Core], [All], [Guild] name no role" in said


def test_tags_that_name_no_role_are_left_in_the_statements(cli, write):
    """Near miss: with no tag that names a role, the brackets are the
    statements' own words, and nothing is said."""
    page = write("ladder.md", "# Ladder\n\n| Competency | Junior | Senior |\n|---|---|---|\n"
                              "| Leadership | [Core] Owns their tasks. | [Core] Leads a team's work. "
                              "[Important] Mentors two peers. |\n")
    data, run = imported(cli, page, "--org", "Acme", "--track", "Engineering")
    assert cells(data)["senior"]["leadership"] == ["[Core] Leads a team's work. [Important] Mentors two peers."]
    assert cells(data)["junior"]["leadership"] == ["[Core] Owns their tasks."]
    assert "tagged for a role" not in run.stderr


def _levels(path) -> dict[str, dict[str, list[str]]]:
    from ladderlint.loader import load_document

    return cells(load_document(str(path), path.read_bytes()).data)


def test_split_tracks_writes_a_framework_per_role_tag_as_track_does(cli, write, tmp_path):
    page = write("ladder.md", _TABLE.replace("| Delivery | Ships small features on time. |",
                                             "| Delivery | Ships small features on time. [Core] Asks for help early. |"))
    run = cli("import", str(page), "--org", "Acme", "--split-tracks", "-o", str(tmp_path / "out"), "--no-check")
    assert run.exit_code == 0, run.stderr
    written = {p.stem: _levels(p) for p in (tmp_path / "out").glob("*.yaml")}
    assert set(written) == {"acme-pm", "acme-eng"}
    for tag, stem in (("PM", "acme-pm"), ("Eng", "acme-eng")):
        alone, _ = imported(cli, page, "--org", "Acme", "--track", tag)
        assert written[stem] == cells(alone)
    assert written["acme-pm"]["senior"]["leadership"] == ["Leads a team's work.", "Sets the product strategy."]
    assert written["acme-eng"]["junior"] == {
        "leadership": ["Owns their tasks.", "Reviews designs of peers."],
        "delivery": ["Ships small features on time.", "Asks for help early."]}
    assert "track 'PM': the statements tagged [PM], and those every role shares" in run.stderr


def test_split_tracks_with_one_role_tag_writes_one_framework(cli, write, tmp_path):
    """Near miss: a tag for one role (and one every role shares) parts nothing: one framework, all kept."""
    page = write("ladder.md", "# Ladder\n\n| Competency | Junior | Senior |\n|---|---|---|\n"
                              "| Leadership | Owns their tasks. [PM] Aligns stakeholders. | Leads a team. "
                              "[Core] Mentors two peers. |\n")
    run = cli("import", str(page), "--org", "Acme", "--split-tracks", "-o", str(tmp_path / "out"), "--no-check")
    assert run.exit_code == 0, run.stderr
    [path] = (tmp_path / "out").glob("*.yaml")
    assert _levels(path)["junior"]["leadership"] == ["Owns their tasks.", "Aligns stakeholders."]
