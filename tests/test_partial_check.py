"""One run shows every problem: a document that breaks the schema, or has a
duplicate key, is still checked on its valid parts, and says what was not."""

from __future__ import annotations

from conftest import MINIMAL
from ladderlint.checker import check_paths
from ladderlint.config import Settings
from ladderlint.loader import load_document
from ladderlint.model import CELLS, ORGANISATION, STATEMENTS
from ladderlint.pipeline import Reader

TWO_LEVELS = MINIMAL + """\
  - id: IC2
    title: Engineer II
    summary: Delivers projects
    competencies:
      impact:
        statments:
          - I deliver the the projects of my team
"""


def codes(path, **kwargs):
    return [(f.line, f.column, f.code) for f in check_paths([str(path)], **kwargs).findings]


def test_a_misspelt_key_is_read_as_the_key_it_misspells(write):
    path = write("f.yaml", TWO_LEVELS)
    findings = check_paths([str(path)]).findings
    by_code = {f.code: f for f in findings}
    assert by_code["LL102"].message.endswith("(did you mean 'statements'?)")
    # The statements under the misspelt key are checked, at their place in the file.
    doubled = by_code["LL501"]
    assert (doubled.line, doubled.column) == (27, 23)
    assert doubled.doc_path == ("levels", 1, "competencies", "impact", "statments", 0)
    assert "LL108" not in by_code  # nothing was left out: every rule ran


def test_fix_reaches_a_statement_under_a_misspelt_key(cli, write, tmp_path):
    path = write("f.yaml", TWO_LEVELS)
    run = cli("check", "--fix", "--select", "LL501", "f.yaml", cwd=tmp_path)
    assert "I deliver the projects of my team" in path.read_text()
    assert run.exit_code == 0


def test_a_statement_that_is_not_text_is_left_out_and_the_rest_checked(write):
    text = MINIMAL.replace("        - I deliver my tasks on time\n",
                           "        - [I deliver, my tasks]\n        - I deliver my my tasks on time\n")
    path = write("f.yaml", text)
    findings = check_paths([str(path)]).findings
    assert [(f.line, f.code) for f in findings if f.code in ("LL103", "LL501", "LL108")] == [
        (20, "LL103"), (20, "LL108"), (21, "LL501")]
    notice = next(f for f in findings if f.code == "LL108")
    assert notice.message.startswith("not checked, as it breaks the schema: statement 1 of 'impact' at level 'IC1'")
    assert "LL403" in notice.message and "every statement" in notice.message


def test_a_one_item_proficiency_scale_is_valid(write):
    text = MINIMAL.replace("dimensions:\n", "proficiency_scale: [working]\ndimensions:\n", 1)
    assert codes(write("f.yaml", text)) == []


def test_an_empty_proficiency_scale_still_says_empty(write):
    text = MINIMAL.replace("dimensions:\n", "proficiency_scale: []\ndimensions:\n", 1)
    findings = check_paths([str(write("f.yaml", text))]).findings
    assert [(f.code, f.message) for f in findings] == [("LL105", "'proficiency_scale' must not be empty")]


def test_a_missing_organisation_stops_only_the_brand_rules(write):
    text = MINIMAL.replace("organisation:\n  name: Acme\n", "").replace(
        "I deliver my tasks on time", "I deliver my tasks on time at Monzo  always")
    findings = check_paths([str(write("f.yaml", text))]).findings
    found = {f.code for f in findings}
    assert {"LL101", "LL502", "LL108"} <= found
    assert "LL301" not in found  # without its organisation, every name would read as foreign
    notice = next(f for f in findings if f.code == "LL108")
    assert "LL301" in notice.message and "the organisation" in notice.message


def test_a_number_where_text_is_expected_is_read_as_written(write):
    text = MINIMAL.replace('version: "1.0.0"', "version: 1.0").replace("on time", "on on time")
    findings = check_paths([str(write("f.yaml", text))]).findings
    assert [f.code for f in findings] == ["LL103", "LL501"]


def test_a_level_without_entries_does_not_read_as_missing_cells(write):
    text = MINIMAL + "  - id: IC2\n    title: Engineer II\n"
    findings = check_paths([str(write("f.yaml", text))]).findings
    assert [f.code for f in findings] == ["LL101", "LL108", "LL404"]  # not LL401 / LL403 for IC2
    assert "LL401" in findings[1].message


def test_a_duplicate_key_leaves_the_rest_checkable(cli, write, tmp_path):
    text = MINIMAL.replace(
        "        - I deliver my tasks on time\n",
        "        - I deliver my tasks  on time\n      impact:\n        - Second definition\n",
    )
    write("f.yaml", text)
    run = cli("check", "--format", "concise", "f.yaml", cwd=tmp_path)
    assert run.exit_code == 2  # still an input error
    assert [line.split(" [")[0] for line in run.lines[:-1]] == ["f.yaml:20:29: LL502", "f.yaml:21:7: LL007"]
    assert run.lines[1].endswith(
        "ladderlint checks the first one (line 19) and skips this one, while other YAML tools would silently keep "
        "only this one: merge the two into one, or rename one of them"
    )


def test_diff_still_refuses_what_check_reads_in_part(cli, write, tmp_path):
    old = write("old.yaml", MINIMAL)
    new = write("new.yaml", TWO_LEVELS)
    run = cli("diff", str(old), str(new), cwd=tmp_path)
    assert run.exit_code == 2


def test_parts_left_out_keep_the_places_of_the_others():
    text = MINIMAL.replace("        - I deliver my tasks on time\n",
                           "        - {text: 3, examples: [x]}\n        - [nested]\n        - Third one\n")
    read = Reader().read("f.yaml", text.encode(), Settings())
    assert read.framework is None and read.partial is not None
    (cell,) = read.partial.framework.levels[0].cells
    assert [(s.text, s.path) for s in cell.statements] == [
        ("3", ("levels", 0, "competencies", "impact", 0, "text")[:5]),
        ("Third one", ("levels", 0, "competencies", "impact", 2)),
    ]
    assert read.partial.framework.incomplete == frozenset({STATEMENTS})
    assert read.partial.left_out == (("levels", 0, "competencies", "impact", 1),)


def test_an_unknown_cell_key_with_no_close_match_marks_the_cells_incomplete():
    text = MINIMAL.replace("      impact:\n        - I deliver my tasks on time\n",
                           "      impact:\n        zzz: [I deliver my tasks on time]\n")
    read = Reader().read("f.yaml", text.encode(), Settings())
    assert read.partial is not None
    assert read.partial.framework.incomplete == frozenset({CELLS})


def test_an_invalid_domain_marks_the_organisation_incomplete():
    text = MINIMAL.replace("  name: Acme\n", "  name: Acme\n  domains: [Acme.COM]\n")
    read = Reader().read("f.yaml", text.encode(), Settings())
    assert read.partial is not None and read.partial.framework.organisation.name == "Acme"
    assert ORGANISATION in read.partial.framework.incomplete


def test_the_loader_still_refuses_duplicates_unless_asked_to_keep_going():
    import pytest

    from ladderlint.loader import LoadError

    text = "a: 1\na: 2\n"
    with pytest.raises(LoadError):
        load_document("x.yaml", text.encode())
    document = load_document("x.yaml", text.encode(), keep_going=True)
    assert document.data == {"a": 1}
    assert [(rule.code, position.line) for rule, _, position in document.notices] == [("LL007", 2)]
