"""`ladderlint import` on the command line: bad input, where output goes,
the report, and the check of the result."""

from __future__ import annotations

import codecs
import json
import os
import re
import stat

import pytest
import yaml

from ladderlint.loader import load_document

PAGE = """Acme Career Framework
L2 Backend Engineer
I deliver features with some guidance
Delivery
  • I ship my work on time
Quality
  • I test what I ship
Lost line at the end
"""


#: The notice of PAGE, whose competencies no heading groups, that the dimension they are in is the import's.
IMPORTS_DIMENSION = ("no heading names a dimension: the import put 'Delivery', 'Quality' in one it names 'Competencies' "
                     "(the format puts each competency in a dimension); where the framework has a name for them, "
                     "rename it: `name: Competencies` under `dimensions:` in the YAML")


def assert_clean_failure(run, *fragments: str) -> None:
    assert run.exit_code == 2, (run.output, run.stderr)
    assert run.output == ""
    assert "Traceback" not in run.stderr
    for fragment in fragments:
        assert fragment in run.stderr, run.stderr


# --- bad input ---------------------------------------------------------------


def test_unknown_format(cli, write):
    run = cli("import", str(write("a.txt", PAGE)), "--format", "pdf")
    assert_clean_failure(run, "ladderlint: error: invalid value for '--format'", "'pdf' is not one of")


def test_missing_file(cli, tmp_path):
    run = cli("import", str(tmp_path / "nope.txt"))
    assert_clean_failure(run, f"{tmp_path / 'nope.txt'}: cannot read file: No such file or directory")


def test_unreadable_file(cli, write):
    path = write("secret.txt", PAGE)
    os.chmod(path, 0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that read any file")
        run = cli("import", str(path))
        assert_clean_failure(run, f"{path}: cannot read file: Permission denied")
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_a_directory_with_no_documents(cli, write, tmp_path):
    write("site/style.css", "body {}\n")
    write("site/.git/notes.md", "# L1\n\n- Ships tasks\n")  # hidden: not the site's
    run = cli("import", str(tmp_path / "site"))
    assert_clean_failure(run, f"{tmp_path / 'site'}: is a directory with no documents in it (files ending .md")


def test_a_file_is_read_once_however_it_is_named(cli, write, tmp_path):
    """A link to a page of the site and a page also named on its own are
    read once; nothing is written over a page, nor into the site as a page."""
    write("site/a-junior.md", "# Junior Engineer\n\n## Delivery\n\n- Ships tasks\n")
    senior = write("site/b-senior.md", "# Senior Engineer\n\n## Delivery\n\n- Leads projects\n")
    (tmp_path / "site" / "index.md").symlink_to(tmp_path / "site" / "a-junior.md")
    run = cli("import", str(tmp_path / "site"), str(senior), "--org", "Acme", "-o", str(tmp_path / "x.yaml"),
              "--report", str(tmp_path / "report.md"), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "from 2 files" in run.stderr
    for written in (["--report", str(senior)], ["-o", str(tmp_path / "site" / "a-junior.md")],
                    ["--report", str(tmp_path / "site" / "report.md")]):
        run = cli("import", str(tmp_path / "site"), "--org", "Acme", *written, "--no-check")
        assert run.exit_code == 2 and "refusing to write the" in run.stderr, run.stderr
    assert senior.read_text().startswith("# Senior Engineer") and not (tmp_path / "site" / "report.md").exists()


def test_a_directory_is_read_for_the_documents_in_it(cli, write, tmp_path):
    """A site named by its directory is its documents, in order of their
    paths, sub-directories included: the same import as naming each page."""
    pages = [write("site/levels/b-senior.md", "# Senior Engineer\n\n## Delivery\n\n- Leads projects\n"),
             write("site/a-junior.md", "# Junior Engineer\n\n## Delivery\n\n- Ships tasks\n")]
    write("site/style.css", "body {}\n")
    write("site/.draft.md", "# Principal Engineer\n\n## Delivery\n\n- Sets direction\n")
    (tmp_path / "d").mkdir()
    (tmp_path / "f").mkdir()
    by_directory = cli("import", str(tmp_path / "site"), "--org", "Acme", "-o", str(tmp_path / "d" / "x.yaml"))
    by_files = cli("import", *map(str, sorted(pages)), "--org", "Acme", "-o", str(tmp_path / "f" / "x.yaml"))
    assert by_directory.exit_code == by_files.exit_code == 0, by_directory.stderr
    assert (tmp_path / "d" / "x.yaml").read_text() == (tmp_path / "f" / "x.yaml").read_text()
    assert "Ships tasks" in (tmp_path / "d" / "x.yaml").read_text()
    assert "Principal" not in (tmp_path / "d" / "x.yaml").read_text()


@pytest.mark.parametrize("content, message", [(b"", "file is empty"), (b"  \n\t\n", "file is empty"),
                                              ("\u00a0\n \n".encode(), "file holds only white space")])
def test_empty_file(cli, write, content, message):
    path = write("empty.txt", content)
    assert_clean_failure(cli("import", str(path)), f"{path}: {message}; nothing to import")


def test_binary_file(cli, write):
    path = write("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10")
    assert_clean_failure(cli("import", str(path)), f"{path}: file is binary")


def test_file_that_is_not_utf8_names_line_and_column(cli, write):
    path = write("latin1.txt", "Acme Career Framework\nL2 Caf\u00e9 Engineer\n".encode("latin-1"))
    assert_clean_failure(cli("import", str(path)), f"{path}:2:7: file is not valid UTF-8: byte 0xe9 cannot be "
                                                   "decoded; save it as UTF-8")


CSV_LADDER = "Level,Title,Coding,Planning\r\nL1,Engineer,Écrit du code,Plans tasks\r\nL2,Senior Engineer," \
             "Reviews others’ code,Plans projects\r\n"


def test_a_csv_file_excel_saved_on_windows_is_read_as_windows_1252(cli, write):
    path = write("ladder.csv", CSV_LADDER.encode("cp1252"))
    run = cli("import", str(path), "--org", "Acme", "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document("x.yaml", run.output.encode("utf-8")).data
    assert data["levels"][0]["competencies"]["coding"] == ["Écrit du code"]
    assert data["levels"][1]["competencies"]["coding"] == ["Reviews others’ code"]
    assert f"{path}:1: review: the file is not UTF-8: read as Windows-1252" in run.stderr


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_a_utf8_csv_file_is_read_as_utf8_with_or_without_a_byte_order_mark(cli, write, bom):
    path = write("ladder.csv", bom + CSV_LADDER.encode("utf-8"))
    run = cli("import", str(path), "--org", "Acme", "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document("x.yaml", run.output.encode("utf-8")).data
    assert data["levels"][0]["competencies"]["coding"] == ["Écrit du code"]
    assert "Windows-1252" not in run.stderr


def test_a_csv_file_neither_utf8_nor_windows_1252_names_line_and_column(cli, write):
    # 0x81 is no character in Windows-1252, nor does it start one in UTF-8.
    path = write("ladder.csv", CSV_LADDER.encode("cp1252").replace(b"Plans projects", b"Plans \x81projects"))
    assert_clean_failure(cli("import", str(path)), f"{path}:3:47: file is neither UTF-8 nor Windows-1252 text: "
                                                   "byte 0x81 cannot be decoded in either; save or export it as UTF-8")


def test_a_csv_file_that_says_it_is_utf8_is_not_read_as_windows_1252(cli, write):
    path = write("ladder.csv", codecs.BOM_UTF8 + CSV_LADDER.encode("cp1252"))
    assert_clean_failure(cli("import", str(path)), f"{path}:2:13: file is not valid UTF-8: byte 0xc9 cannot be decoded")


HTML_LADDER = ("<html><head><meta {meta}><title>Acme Ladder</title></head><body><h1>Acme Ladder</h1>\n"
               "<h2>Engineer I</h2><h3>Delivery</h3><ul><li>Delivers small tasks \u2013 with a \u201cbuddy\u201d.</li></ul>\n"
               "<h2>Engineer II</h2><h3>Delivery</h3><ul><li>Delivers features, caf\u00e9-style.</li></ul>\n"
               "</body></html>\n")


@pytest.mark.parametrize("meta", ['charset="windows-1252"', "charset=ISO-8859-1",
                                  'http-equiv="Content-Type" content="text/html; charset=windows-1252"'])
def test_a_web_page_is_read_in_the_encoding_it_declares(cli, write, meta):
    # As a browser reads it: a page saved from an older site says its encoding in a <meta>.
    path = write("ladder.html", HTML_LADDER.format(meta=meta).encode("cp1252"))
    run = cli("import", str(path), "--org", "Acme", "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document("x.yaml", run.output.encode("utf-8")).data
    assert [lv["competencies"]["delivery"] for lv in data["levels"]] == [
        ["Delivers small tasks \u2013 with a \u201cbuddy\u201d."], ["Delivers features, caf\u00e9-style."]]


def test_a_web_page_that_declares_utf8_and_is_not_says_where(cli, write):
    path = write("ladder.html", HTML_LADDER.format(meta='charset="utf-8"').encode("cp1252"))
    assert_clean_failure(cli("import", str(path)), f"{path}:2:66: file is not valid UTF-8: byte 0x96 cannot be decoded")


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
    PAGE.encode("utf-16-le"),  # no byte order mark: its zero bytes say it
    PAGE.encode("utf-16-be"),
    codecs.BOM_UTF32_LE + PAGE.encode("utf-32-le"),
    PAGE.encode("utf-32-be"),
], ids=["utf-16-mark", "utf-16-le", "utf-16-be", "utf-32-mark", "utf-32-be"])
def test_a_wide_encoding_export_is_read(cli, write, data):
    path = write("export.txt", data)
    run = cli("import", str(path))
    assert run.exit_code == 0, run.stderr
    assert "I ship my work on time" in run.output
    assert "\\0" not in run.output and "\0" not in run.output


@pytest.mark.parametrize("name, data, said", [
    # Cut short: the last character (the final newline) is half there; where is after the last line's text.
    ("export.txt", PAGE.encode("utf-16-le")[:-1],
     f"8:21: file is UTF-16 text (without a byte order mark) but is cut off at byte {2 * len(PAGE) - 2}"),
    ("export.txt", codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le")[:-1],
     f"8:21: file is UTF-16 text but is cut off at byte {2 * len(PAGE)}"),
    ("export.txt", PAGE.encode("utf-32-be")[:-2],
     f"8:21: file is UTF-32 text (without a byte order mark) but is cut off at byte {4 * len(PAGE) - 4}"),
    ("ladder.txt", codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le")[:-3],
     f"8:20: file is UTF-16 text but is cut off at byte {2 * len(PAGE) - 2}"),
    # A sheet, which would otherwise be read in Windows-1252: the same.
    ("ladder.csv", codecs.BOM_UTF16_LE + CSV_LADDER.encode("utf-16-le")[:-3],
     f"3:{len(CSV_LADDER.splitlines()[2]) + 1}: file is UTF-16 text but is cut off at byte {2 * len(CSV_LADDER) - 2}"),
], ids=["utf-16-le", "utf-16-mark", "utf-32-be", "utf-16-mark-mid-line", "utf-16-csv"])
def test_a_cut_off_wide_encoding_export_says_where_not_that_it_must_be_utf8(cli, write, name, data, said):
    path = write(name, data)
    run = cli("import", str(path), "--org", "Acme")
    assert_clean_failure(run, f"{path}:{said}; save, export or copy the file again")
    assert "UTF-8" not in run.stderr


def test_a_damaged_utf16_export_says_where_the_broken_character_is(cli, write):
    half_a_pair = "\ud800".encode("utf-16-le", "surrogatepass")
    lines = PAGE.split("\n")
    path = write("export.txt", ("\n".join(lines[:2]) + "\n").encode("utf-16-le") + half_a_pair
                 + ("\n".join(lines[2:])).encode("utf-16-le"))
    run = cli("import", str(path))
    assert_clean_failure(run, f"{path}:3:1: file is UTF-16 text (without a byte order mark) but is damaged")
    assert "UTF-8" not in run.stderr


@pytest.mark.parametrize("fmt", ["auto", "text", "markdown", "html", "progression", "jobframe", "monzo"])
def test_document_without_structure(cli, write, fmt):
    path = write("prose.txt", "We value kindness.\nWe ship often and we learn from it.\n")
    run = cli("import", str(path), "--format", fmt, "--org", "Acme")
    assert_clean_failure(run, f"{path}")
    assert any(word in run.stderr for word in ("no ", "cannot tell", "not a")), run.stderr


def test_invalid_front_matter_names_its_line(cli, write):
    path = write("broken.md", "---\ntitle: x\n  topics: 6\n---\nbody\n")
    assert_clean_failure(cli("import", str(path), "--org", "Acme"), f"{path}:3:9: the front matter is not valid YAML")


def test_unclosed_front_matter(cli, write):
    path = write("open.md", "---\ntitle: x\n")
    assert_clean_failure(cli("import", str(path)), f"{path}:1:1: the front matter opened on line 1 is never closed")


def test_unknown_organisation_is_a_placeholder_that_check_reports(cli, write, tmp_path):
    path = write("page.txt", PAGE.replace("Acme Career Framework", "Career Framework"))
    out = tmp_path / "page.yaml"
    run = cli("import", str(path), "-o", str(out))
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert data["organisation"] == {"name": "\u27e8organisation\u27e9"}
    assert data["name"] == "\u27e8organisation\u27e9 Career Framework"
    assert f"{path}:1: review: nothing in the documents says whose framework this is" in run.stderr
    assert "--org NAME" in run.stderr and "LL406" in run.stderr


def test_same_level_twice(cli, write):
    one, two = write("a.txt", PAGE), write("b.txt", PAGE)
    assert_clean_failure(cli("import", str(one), str(two)), "level L2 is also described in", "a.txt:2")


def test_same_file_twice(cli, write):
    one = write("a.txt", PAGE)
    assert_clean_failure(cli("import", str(one), str(one)), "the same file is named twice")


def test_level_option_once_per_file(cli, write):
    one, two = write("a.txt", PAGE), write("b.txt", PAGE)
    assert_clean_failure(cli("import", str(one), str(two), "--level", "L1"), "--level was given 1 time for 2 files")


def test_level_option_on_a_document_of_several_levels(cli, write):
    path = write("ladder.md", "# Acme Career Ladder\n## L1\n### Coding\n- a\n## L2\n### Coding\n- b\n")
    assert_clean_failure(cli("import", str(path), "--level", "L9"), "describes one level; this one describes 2")


def test_levels_given_per_file(cli, write):
    one = write("a.txt", PAGE.replace("L2 ", ""))
    two = write("b.txt", PAGE.replace("L2 ", "").replace("I ship", "I lead"))
    run = cli("import", str(two), str(one), "--level", "L3", "--level", "L1", "--track", "Backend")
    assert run.exit_code == 0, run.stderr
    data = load_document("x.yaml", run.output.encode()).data
    assert [lv["id"] for lv in data["levels"]] == ["L1", "L3"]
    assert data["levels"][1]["competencies"]["delivery"] == ["I lead my work on time"]


# --- output ------------------------------------------------------------------


def test_stdout_and_file_hold_the_same_bytes(cli, write, tmp_path):
    path = write("a.txt", PAGE)
    out = tmp_path / "acme-backend.yaml"
    to_stdout = cli("import", str(path))
    to_file = cli("import", str(path), "-o", str(out), "--no-check")
    assert to_stdout.exit_code == to_file.exit_code == 0
    assert out.read_text(encoding="utf-8") == to_stdout.output.replace("id: acme-backend-engineer", "id: acme-backend")
    assert load_document(str(out), out.read_bytes()).data["id"] == "acme-backend"  # the file name is the id


def test_output_replaces_the_file_atomically(cli, write, tmp_path):
    path = write("a.txt", PAGE)
    out = write("mle.yaml", "old content\n")
    os.chmod(out, 0o640)
    run = cli("import", str(path), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert out.read_text(encoding="utf-8").startswith("# Imported with `ladderlint import` from a.txt.")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "mle.yaml"]  # no temporary file left


def test_output_over_an_input_is_refused(cli, write):
    path = write("a.txt", PAGE)
    assert_clean_failure(cli("import", str(path), "-o", str(path)), "refusing to write the output over its input")
    assert path.read_text(encoding="utf-8") == PAGE


def test_report_over_an_input_is_refused(cli, write, tmp_path):
    path = write("a.txt", PAGE)
    assert_clean_failure(cli("import", str(path), "--report", str(path)), "refusing to write the report over its input")
    same = tmp_path / "x.yaml"
    assert_clean_failure(cli("import", str(path), "-o", str(same), "--report", str(same)), "name the same file")
    assert path.read_text(encoding="utf-8") == PAGE and not same.exists()


def test_report_dash_writes_the_report_to_stdout(cli, write, tmp_path, monkeypatch):
    path = write("a.txt", PAGE)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "a.yaml"
    run = cli("import", str(path), "-o", str(out), "--report", "-", "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "not placed" in run.output and "imported" in run.output and out.exists()
    assert not (tmp_path / "-").exists()
    # With the YAML on stdout too, the two would mix: refused.
    assert_clean_failure(cli("import", str(path), "--report", "-"), "would both go to stdout")


def test_output_into_a_missing_directory_makes_it(cli, write, tmp_path):
    """`-o frameworks/acme.yaml` in a new repository: the folder is made,
    for the YAML and for the report."""
    path = write("a.txt", PAGE)
    target, report = tmp_path / "no" / "such" / "dir" / "x.yaml", tmp_path / "reports" / "import.txt"
    run = cli("import", str(path), "-o", str(target), "--report", str(report), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert load_document(str(target), target.read_bytes()).data["ladderlint"] == 1
    assert "not placed" in report.read_text(encoding="utf-8")


def test_output_under_a_file_is_a_clean_error(cli, write, tmp_path):
    path = write("a.txt", PAGE)
    (tmp_path / "taken").write_text("a file, not a folder\n")
    run = cli("import", str(path), "-o", str(tmp_path / "taken" / "x.yaml"))
    assert run.exit_code == 2 and "cannot write" in run.stderr and "Traceback" not in run.stderr


def test_report_goes_to_stderr_with_line_numbers(cli, write):
    path = write("a.txt", PAGE)
    run = cli("import", str(path))
    assert run.exit_code == 0
    assert run.stderr.splitlines() == [
        f"{path}:4: review: {IMPORTS_DIMENSION}",
        f"{path}:8: not placed: text outside any competency: Lost line at the end",
        "imported 1 level, 1 dimension, 2 competencies and 2 statements from 1 file into stdout; "
        "1 piece of text not placed, 1 notice to review",
    ]


def test_report_file(cli, write, tmp_path):
    path = write("a.txt", PAGE)
    report = tmp_path / "report.txt"
    run = cli("import", str(path), "--report", str(report))
    assert run.exit_code == 0
    written = report.read_text(encoding="utf-8").splitlines()
    assert written[:-1] == [f"{path}:4: review: {IMPORTS_DIMENSION}",
                            f"{path}:8: not placed: text outside any competency: Lost line at the end"]
    # The summary line is part of the report, and shown too.
    assert written[-1].startswith("imported 1 level") and run.stderr == written[-1] + "\n"


def test_result_is_checked_after_writing(cli, write, tmp_path):
    path = write("a.txt", PAGE)
    out = tmp_path / "acme.yaml"
    run = cli("import", str(path), "-o", str(out))
    assert run.exit_code == 0
    assert run.stderr.splitlines()[-1].endswith("(1 framework checked).") or "1 framework checked" in run.stderr
    quiet = cli("import", str(path), "-o", str(out), "--no-check")
    assert "framework checked" not in quiet.stderr


# --- levels that stand on their own --------------------------------------------

LADDER = """# Acme Backend Engineer

## L1 Engineer
### Delivery
- I ship my work on time
- I write down what I learn
- I test what I ship

## L2 Engineer
### Delivery
- I ship my work on time
- I write down what I learn
- I plan the work of my team

## L3 Engineer
### Delivery
- I ship my work on time
- I write down what I learn
- I plan the work of several teams
"""


def test_levels_that_restate_the_ones_below_stand_on_their_own(cli, write, tmp_path):
    # Two statements carried through three levels: the document restates
    # each level in full, so the framework is not cumulative, and check
    # (run on the file written) does not ask for it to be declared.
    out = tmp_path / "acme.yaml"
    run = cli("import", str(write("ladder.md", LADDER)), "--org", "Acme", "-o", str(out))
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert data["cumulative"] is False
    assert "4 statements are repeated word for word at higher levels, 2 of them through three levels" in run.stderr
    assert "LL205" not in run.stderr


def test_one_statement_carried_up_is_a_slip_not_a_layout(cli, write, tmp_path):
    once = LADDER.replace("- I write down what I learn\n- I plan the work of my", "- I plan the work of my")
    out = tmp_path / "acme.yaml"
    run = cli("import", str(write("ladder.md", once)), "--org", "Acme", "-o", str(out))
    assert run.exit_code == 0, run.stderr
    assert "cumulative" not in load_document(str(out), out.read_bytes()).data
    assert "LL205" in run.stderr  # the repeats are reported for a person to look at


def _track_page(title: str, levels: list[str], said: list[str]) -> str:
    """A track's heading and its levels, each restating ``said`` before a statement of its own."""
    return f"## {title} track\n\n" + "".join(
        f"### {level}\n\n" + "".join(f"- {s}\n" for s in said) + f"- Owns scope number {n}.\n\n"
        for n, level in enumerate(levels))


_CONTRIBUTORS = (["Engineer I", "Engineer II", "Engineer III", "Engineer IV"],
                 ["Writes clear code.", "Reviews changes with care."])
_MANAGERS = (["Manager I", "Manager II"], ["Runs one-to-ones.", "Hires for the team."])


def test_the_tracks_of_one_page_stand_on_their_own_together(cli, write, tmp_path):
    """A page that restates its levels does so in each track: a track of
    two levels, too short to show it, stands on its own as the longer does."""
    page = write("ladder.md", "# Acme Ladder\n\n" + _track_page("Individual contributor", *_CONTRIBUTORS)
                 + _track_page("Management", *_MANAGERS))
    out = tmp_path / "out"
    run = cli("import", str(page), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    found = {p.name: load_document(str(p), p.read_bytes()).data for p in out.glob("*.yaml")}
    assert {data["track"]: data["cumulative"] for data in found.values()} == {
        "Individual Contributor": False, "Management": False}
    assert ("track 'Individual Contributor' of the same page repeats 6 statements word for word at higher levels, "
            "2 of them through three levels or more") in run.stderr
    one = tmp_path / "management.yaml"
    run = cli("import", str(page), "--org", "Acme", "--track", "Management", "-o", str(one), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert load_document(str(one), one.read_bytes()).data["cumulative"] is False


def test_tracks_of_pages_apart_are_judged_apart(cli, write, tmp_path):
    write("site/contributors.md", "# Acme Ladder\n\n" + _track_page("Individual contributor", *_CONTRIBUTORS))
    write("site/managers.md", "# Acme Ladder\n\n" + _track_page("Management", *_MANAGERS))
    out = tmp_path / "out"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    found = {p.name: load_document(str(p), p.read_bytes()).data for p in out.glob("*.yaml")}
    assert {data["track"]: data.get("cumulative") for data in found.values()} == {
        "Engineer": False, "Manager": None}


# --- the organisation named in the text ------------------------------------------

NAMED = """# Backend Engineer

We describe what we look for in engineers at {org}. {org}'s values guide us.

## L1 Engineer
### Delivery
- I ship my work on time

## L2 Engineer
### Delivery
- I plan the work of my team
"""


def test_the_organisation_the_text_names_twice_in_title_case(cli, write):
    text = NAMED.format(org="Zentoro").replace("engineers at Zentoro. Zentoro's values", "the Zentoro Values. The Zentoro Way")
    run = cli("import", str(write("ladder.md", text)))
    assert run.exit_code == 0, run.stderr
    assert load_document("x.yaml", run.output.encode()).data["organisation"]["name"] == "Zentoro"


def test_an_organisation_named_as_its_domain(cli, write):
    """'Leads.io', as the company writes its name, named in the text as
    'Zentoro' is; and its domain given with --domain is written to the YAML."""
    run = cli("import", str(write("ladder.md", NAMED.format(org="Leads.io") + "\nI represent Leads.io well.\n")),
              "--domain", "leads.io")
    data = load_document("x.yaml", run.output.encode()).data
    assert data["organisation"] == {"name": "Leads.io", "domains": ["leads.io"]}
    assert "the text's name for an organisation ('Leads.io', 3 times, first on line 3)" in run.stderr


def test_an_organisation_whose_name_starts_with_its_number(cli, write):
    """'1Password' in the text and in the links to its own domain, as 'Zentoro' is."""
    run = cli("import", str(write("ladder.md", NAMED.format(org="1Password"))))
    assert "the text's name for an organisation ('1Password', 2 times, first on line 3)" in run.stderr
    linked = NAMED.format(org="We").replace("We's", "Our") + (
        "\nSee [the handbook](https://handbook.1password.com/a) and [jobs](https://1password.com/jobs) at 1Password today.\n")
    run = cli("import", str(write("linked.md", linked)))
    assert load_document("x.yaml", run.output.encode()).data["organisation"]["name"] == "1Password"
    assert "the links to its own domain (1password, 2 links)" in run.stderr


@pytest.mark.parametrize("more", [
    "",
    # Its own address in lower case does not make the name an ordinary word.
    "\nSee https://handbook.zentoro.com/jobs and zentoro-org/ladder.\n",
    # One link to another organisation names none ('focus.finops.org').
    "\nWe practise [FinOps](https://focus.finops.org/) as FinOps teams do.\n",
], ids=["named", "own-address", "one-link-elsewhere"])
def test_the_organisation_the_text_names_twice(cli, write, more):
    run = cli("import", str(write("ladder.md", NAMED.format(org="Zentoro") + more)))
    assert run.exit_code == 0, run.stderr
    data = load_document("x.yaml", run.output.encode()).data
    assert data["organisation"]["name"] == "Zentoro"
    assert "the text's name for an organisation ('Zentoro', 2 times, first on line 3)" in run.stderr


@pytest.mark.parametrize(
    "text",
    [
        # Named once, in a statement (the description names no one: see test_import_framework_names).
        NAMED.format(org="Zentoro").replace("engineers at Zentoro. Zentoro's values", "engineers. Our values")
        .replace("I plan the work of my team", "I plan the work of my team at Zentoro"),
        NAMED.format(org="Engineering") + "\nengineering matters\n",  # a word the text writes in lower case
        NAMED.replace("engineers at {org}. {org}'s", "engineers at Zentoro. Quorvia's"),  # two names, once each
        # A competency written in title case twice ('Delighting People') is no organisation's people.
        NAMED.format(org="Zentoro").replace("engineers at Zentoro. Zentoro's values", "engineers. Our values")
        .replace("I plan the work of my team", "I plan the work of my team at Zentoro") + "\n## Delighting People\n\n"
        "| Delighting People | 5% |\n| --- | --- |\n",
        # After an article, a possessive names a kind of thing, not whose it is.
        NAMED.format(org="Zentoro").replace("engineers at Zentoro. Zentoro's values", "Engineers hold a Bachelor's "
                                            "degree. An Associate’s degree, or a Bachelor’s, will do"),
    ],
    ids=["once", "a-word", "two-names", "title-case", "a-kind-of-degree"],
)
def test_no_organisation_without_clear_evidence(cli, write, text):
    run = cli("import", str(write("ladder.md", text)))
    assert run.exit_code == 0, run.stderr
    data = load_document("x.yaml", run.output.encode()).data
    assert data["organisation"]["name"] == "⟨organisation⟩"


def test_one_level_named_under_the_title(cli, write):
    # '# Acme Backend' then '## L1': the page describes one level, which
    # only its second heading names.
    page = "# Acme Backend\n\n## L1\n\n### Delivery\n\n- I ship my work on time\n- I test what I ship\n"
    run = cli("import", str(write("l1.md", page)), "--org", "Acme")
    assert run.exit_code == 0, run.stderr
    data = load_document("x.yaml", run.output.encode()).data
    assert [level["id"] for level in data["levels"]] == ["L1"]
    assert "layout: level-per-page: the heading on line 3 names one level (L1)" in run.stderr


def test_a_framework_is_not_imported_again(cli, write):
    path = write("acme.yaml", "ladderlint: 1\nid: acme\n")
    assert_clean_failure(cli("import", str(path)), "a ladderlint framework already", "ladderlint check")


EXPORT = {"ladder": {"name": "Backend Engineering", "levels": [
    {"name": "Backend Engineer", "competencies": {"Coding": ["Writes well-tested code."]}},
    {"name": "Senior Backend Engineer", "competencies": {"Coding": ["Designs services."]}}]}}


@pytest.mark.parametrize("name, text, kind", [
    ("export.yaml", "# Exported from Ladder Builder\n" + yaml.safe_dump(EXPORT), "YAML"),
    ("export.yml", yaml.safe_dump(EXPORT), "YAML"),
    ("export.json", json.dumps(EXPORT), "JSON"),
    ("export.txt", json.dumps(EXPORT, indent=2), "JSON"),
])
def test_another_tools_data_is_refused_with_what_to_do(cli, write, name, text, kind):
    """A YAML or JSON export from another tool is no document import reads:
    it says so, and what to do, rather than that its comment names no level."""
    path = write(name, text)
    assert_clean_failure(cli("import", str(path)), f"{path}: this is {kind} data, not a document",
                         "export the ladder from that tool as CSV, Markdown or HTML", "docs/format.md")


def test_an_organisation_whose_name_is_two_words(cli, write):
    """'Harbour Lane' names the organisation where the text speaks of its
    values and of work outside of it; a capitalised phrase of the trade
    ('Pull Request', 'Product Owner') in no such place names none."""
    text = NAMED.format(org="Zentoro").replace(
        "engineers at Zentoro. Zentoro's values guide us.",
        "I share the values and beliefs of Harbour Lane. I open a Pull Request with the Product Owner. "
        "My work is known inside and outside of Harbour Lane. Every Pull Request is reviewed.\n\n"
        # A sentence's first word is capitalised for the sentence, not as a name's.
        "- Instills Harbour Lane values in new hires\n- Instills Harbour Lane values in the team\n"
        "- Instills Harbour Lane values in others\n")
    run = cli("import", str(write("ladder.md", text)))
    assert run.exit_code == 0, run.stderr
    assert load_document("x.yaml", run.output.encode()).data["organisation"]["name"] == "Harbour Lane"
    assert "the text's name for an organisation ('Harbour Lane', 5 times, first on line 3)" in run.stderr


def test_a_notice_about_a_whole_track_is_said_of_the_track_not_of_one_page(cli, tmp_path):
    """Level pages that restate the levels below: the notice is about the
    track the pages make, so it names them all, not the first or the largest."""
    pages = tmp_path / "pages"
    pages.mkdir()
    below = ["I ship my work on time", "I write down what I learn"]
    for number, extra in ((1, "I fix bugs"), (2, "I plan my work"), (3, "I plan the work of my team")):
        bullets = "".join(f"- {text}\n" for text in [*below, extra])
        (pages / f"l{number}.md").write_text(f"# L{number} Backend Engineer\n\n### Delivery\n\n{bullets}")
    out = tmp_path / "backend.yaml"
    run = cli("import", str(pages), "--org", "Acme", "-o", str(out))
    assert run.exit_code == 0, run.stderr
    [notice] = [line for line in run.stderr.splitlines() if "repeated word for word" in line]
    assert notice.startswith(f"{pages}{os.sep} (track 'Backend Engineer', 3 files): review: ")


def test_statements_without_a_competency_heading_are_said_once(cli, write, tmp_path):
    text = "# Acme Ladder\n\n## Junior Engineer\n\n- Ships small changes\n\n## Senior Engineer\n\n- Leads projects\n"
    run = cli("import", str(write("ladder.md", text)), "--org", "Acme", "-o", str(tmp_path / "out.yaml"))
    assert run.exit_code == 0, run.stderr
    [notice] = [line for line in run.stderr.splitlines() if "named 'Expectations'" in line]
    assert notice.endswith(": review: statements without a competency heading are put in a competency named "
                           "'Expectations', in a dimension named 'Competencies' (no heading names either); rename "
                           "them: their `name:` in the YAML")
    # The dimension is said in that notice, not again in one of its own.
    assert "no heading names a dimension" not in run.stderr


def test_an_image_in_html_in_markdown_is_reported(cli, write, tmp_path):
    text = ("# Acme Ladder\n\nHow we grow.\n\n<picture>\n  <source srcset=\"dark.png\">\n"
            "  <img alt=\"Five levels at a glance\" src=\"ladder.png\">\n</picture>\n\n"
            "<img alt=\"Our values\" src=\"values.png\" width=\"200\">\n\n"
            "## Junior Engineer\n\n### Delivery\n\n- Ships small changes\n\n"
            "## Senior Engineer\n\n### Delivery\n\n- Leads projects\n")
    path = write("ladder.md", text)
    run = cli("import", str(path), "--org", "Acme", "-o", str(tmp_path / "out.yaml"))
    assert run.exit_code == 0, run.stderr
    assert f"{path}:7: not placed: image: <img alt=\"Five levels at a glance\" src=\"ladder.png\">" in run.stderr
    assert f"{path}:10: not placed: image: <img alt=\"Our values\" src=\"values.png\" width=\"200\">" in run.stderr


ETSY_STYLE = """---
title: "🔌 Technical Operations Framework"
---
## Level 1

### Collaboration

- Builds relationships within etsy and contributes to building a strong team
- Communicates in a professional and Etsy-style way to the company

## Level 2

### Collaboration

- Represents Etsy at conferences and events
- Instills Etsy engineering principles in new hires
"""


def test_an_organisation_check_knows_named_again_and_again_is_the_organisation(cli, write):
    """A page that names a known organisation at level after level, once in
    lower case ('within etsy'), is that organisation's: the checker would
    report every mention as another's name."""
    path = write("techops.md", ETSY_STYLE)
    run = cli("import", str(path))
    assert run.exit_code == 0, run.stderr
    assert load_document("x.yaml", run.output.encode()).data["organisation"]["name"] == "Etsy"
    assert (f"{path}:1: review: the organisation is 'Etsy', from the text, which names 'Etsy' 4 times (first on "
            "line 8), an organisation check knows (LL301)") in run.stderr


@pytest.mark.parametrize("change", [
    # Named once, in passing: an adapted framework keeps such a mention too.
    lambda text: text.replace("within etsy", "within the team").replace("Etsy-style", "courteous")
    .replace("Represents Etsy", "Represents us").replace("Instills Etsy", "Instills our"),
    # Cited: the text says whose work it adapts.
    lambda text: text.replace("## Level 1", "Adapted from the Etsy engineering ladder.\n\n## Level 1"),
])
def test_a_known_organisation_named_in_passing_or_cited_is_not_taken(cli, write, change):
    path = write("techops.md", change(ETSY_STYLE))
    run = cli("import", str(path))
    assert run.exit_code == 0, run.stderr
    assert load_document("x.yaml", run.output.encode()).data["organisation"]["name"] == "⟨organisation⟩"
    assert f"{path}:1: review: nothing in the documents says whose framework this is" in run.stderr


def test_a_known_organisation_named_once_is_said_beside_the_placeholder(cli, write):
    text = ETSY_STYLE.replace("within etsy", "within the team").replace("Etsy-style", "courteous") \
        .replace("Represents Etsy", "Represents us")
    path = write("techops.md", text)
    run = cli("import", str(path))
    assert (f"the organisation is '⟨organisation⟩', which `ladderlint check` reports (LL406) until it is set: set it with --org NAME (the text names 'Etsy' once, on line 16, in passing: "
            "pass --org Etsy if the framework is Etsy's; if it was adapted from Etsy's, check reports the name "
            "(LL301))") in run.stderr


def test_every_mention_of_a_known_organisation_not_taken_is_counted(cli, write):
    """The report counts every line that names the organisation, not only
    the one that names it as an organisation ('your 37signals career'), and
    does not open by saying nothing names it."""
    path = write("progression.md", "# Engineering Progression Framework\n\n"
                                   "We use the framework to guide progression in your 37signals career.\n\n"
                                   "37signals level pay with the top 10% of the industry.\n\n"
                                   "## Junior Programmer\n\n- Works on tightly-scoped, routine problems.\n\n"
                                   "## Programmer\n\n- Works on clearly defined individual features.\n")
    run = cli("import", str(path), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "the text names '37signals' twice, on lines 3 and 5, as an organisation only once: pass --org 37signals" \
        in run.stderr
    assert "names the organisation" not in run.stderr and "once, on line 3" not in run.stderr


def site_of_three_tracks(tmp_path, data_page: str):
    site = tmp_path / "site"
    site.mkdir()
    for name, role in (("be1", "Backend"), ("fe1", "Frontend")):
        (site / f"{name}.md").write_text(f"# IC1 {role} Engineer\n\n### Delivery\n\n- Ships small changes\n"
                                         "- Learns how engineers at Zentoro work\n- Lives Zentoro's values\n")
    (site / "data1.md").write_text(data_page)
    return site


def test_a_track_that_names_no_organisation_is_the_one_the_sites_other_tracks_name(cli, tmp_path):
    site = site_of_three_tracks(tmp_path, "# IC1 Data Engineer\n\n### Delivery\n\n- Builds pipelines\n")
    run = cli("import", str(site), "--split-tracks", "-o", str(tmp_path / "out"), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "zentoro-backend-engineer.yaml", "zentoro-data-engineer.yaml", "zentoro-frontend-engineer.yaml"]
    assert (f"{site / 'data1.md'}:1: review: the organisation is 'Zentoro', from the other tracks of this import, "
            "whose pages name it (2 pages, be1.md among them)") in run.stderr


@pytest.mark.parametrize("data_page", [
    # Another organisation: the site holds several organisations' ladders.
    "# IC1 Data Engineer\n\n### Delivery\n\n- Builds pipelines at Globex\n- Lives Globex's values\n",
    # One track alone names it: one page is no site's evidence.
    "# IC1 Data Engineer\n\n### Delivery\n\n- Builds pipelines\n",
])
def test_a_site_of_several_organisations_lends_none(cli, tmp_path, data_page):
    site = site_of_three_tracks(tmp_path, data_page)
    (site / "fe1.md").write_text("# IC1 Frontend Engineer\n\n### Delivery\n\n- Ships small changes\n")
    run = cli("import", str(site), "--split-tracks", "-o", str(tmp_path / "out"), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "frontend-engineer.yaml" in {p.name for p in (tmp_path / "out").iterdir()}
    assert "from the other tracks of this import" not in run.stderr


#: A level's page of a site, its title ending in the site's name, its footer a copyright line.
DEPARTMENT_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{level} {role} {mark} {site}</title></head>
<body><main><h1>{level} {role}</h1>
<p>What we expect of a {level} {role}{where}.</p>
<h3>Technical Skills</h3><ul><li>Writes well-tested code for well-defined tasks</li></ul>
<h3>Delivery</h3><ul><li>Delivers tasks on time with guidance</li></ul>
</main><footer><p>{footer}</p></footer></body></html>
"""


def _department_page(level: str, role: str, site: str, where: str = "", footer: str = "", mark: str = "|") -> str:
    return DEPARTMENT_PAGE.format(level=level, role=role, site=site, where=where, footer=footer, mark=mark)


def test_a_department_after_the_organisations_name_is_not_the_organisations(cli, write, tmp_path):
    """'L2 Software Engineer | Deel Engineering': the site is Deel's
    engineering department's, as the page says where it names Deel alone."""
    path = write("l2.html", _department_page("L2", "Software Engineer", "Deel Engineering", " at Deel"))
    out = tmp_path / "out.yaml"
    run = cli("import", str(path), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert load_document(str(out), out.read_bytes()).data["organisation"] == {"name": "Deel"}
    assert (f"{path}:1: review: the organisation is 'Deel', from the page title 'L2 Software Engineer | Deel "
            "Engineering' (line 2), without 'Engineering', a department's name (the text names 'Deel' on its own, "
            "line 4)") in run.stderr


def test_a_name_never_written_without_its_last_word_keeps_it(cli, write, tmp_path):
    """Near miss: 'Mode Analytics', which the page never writes as 'Mode'
    alone, is the organisation's whole name."""
    path = write("l2.html", _department_page("L2", "Software Engineer", "Mode Analytics", " at Mode Analytics"))
    out = tmp_path / "out.yaml"
    run = cli("import", str(path), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert load_document(str(out), out.read_bytes()).data["organisation"] == {"name": "Mode Analytics"}


def test_the_tracks_of_a_site_read_its_organisation_one_way(cli, tmp_path):
    """Three tracks of one site, each writing the organisation's name its
    own way (a page title's 'Deel', another's 'Deel Engineering', a
    copyright line's 'Deel Technologies'): every framework has the name
    most pages give it, a department's name after it counting as it, and
    the report says why where a track's own pages read it otherwise."""
    site = tmp_path / "site"
    tracks = {"Software Engineer": ("swe", "Deel Engineering", "|", ""),
              "Data Engineer": ("de", "", "", "© 2024 Deel Technologies Inc. All rights reserved."),
              "Engineering Manager": ("em", "Deel", "–", "")}
    for role, (code, name, mark, footer) in tracks.items():
        for level in ("L1", "L2", "L3"):
            (site / f"{code}-{level.lower()}.html").parent.mkdir(exist_ok=True)
            (site / f"{code}-{level.lower()}.html").write_text(
                _department_page(level, role, name, footer=footer, mark=mark), encoding="utf-8")
    out = tmp_path / "out"
    run = cli("import", str(site), "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "deel-data-engineer.yaml", "deel-engineering-manager.yaml", "deel-software-engineer.yaml"]
    assert {load_document(str(p), p.read_bytes()).data["organisation"]["name"] for p in out.iterdir()} == {"Deel"}
    assert (f"{site / 'de-l1.html'}:1: review: the organisation is 'Deel', from the name most pages of this import "
            "give it (6 of the 9 that name one, em-l1.html among them), not 'Deel Technologies' as the copyright line "
            "on line 7 reads it") in run.stderr
    assert (f"{site / 'swe-l1.html'}:1: review: the organisation is 'Deel', from the name most pages of this import "
            "give it (6 of the 9 that name one, em-l1.html among them), not 'Deel Engineering' as the page title 'L1 "
            "Software Engineer | Deel Engineering' (line 2) reads it") in run.stderr


SITE_PAGE = """<!doctype html><html><head><title>IC{n} Software Engineer</title></head><body>
<div class="menu-toggle">☰</div>
<div class="sidebar"><ul>
<li><a href="index.html">Globex Engineering Career Framework</a></li><li><a href="impact.html">What is Impact?</a></li>
<li><a href="ic1.html">IC1 Software Engineer</a></li><li><a href="ic2.html">IC2 Software Engineer</a></li>
<li><a href="ic3.html">IC3 Software Engineer</a></li><li><a href="ic4.html">IC4 Senior Software Engineer</a></li>
<li><a href="ic5.html">IC5 Staff Software Engineer</a></li><li><a href="ic6.html">IC6 Principal Software Engineer</a></li>
<li><a href="faq.html">Frequently asked questions about promotions</a></li><li><a href="glossary.html">Glossary</a></li>
<li><a href="m1.html">M1 Engineering Manager</a></li><li><a href="m2.html">M2 Senior Engineering Manager</a></li>
</ul></div>
<h1>IC{n} Software Engineer</h1>
<h2>Craft</h2>
<ul><li>Writes code that level {n} would write.</li><li>Reviews code at level {n}.</li></ul>
</body></html>
"""


def test_what_a_site_repeats_on_every_page_is_said_once_on_the_terminal(cli, tmp_path):
    """A site's menu and navigation, left out on each of its pages, are said
    once with the pages and lines they are on, after the pages' own entries,
    and a long block is cut, saying how much more it holds; --report FILE
    keeps every entry whole."""
    site = tmp_path / "site"
    site.mkdir()
    for n in range(1, 7):
        (site / f"ic{n}.html").write_text(SITE_PAGE.format(n=n), encoding="utf-8")
    run = cli("import", str(site), "--org", "Globex", "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code == 0, run.stderr
    lines = run.stderr.splitlines()
    [menu] = [line for line in lines if line.endswith(": ☰")]
    assert menu == (f"{site}{os.sep}: on 6 pages (line 2 of each: ic1.html, ic2.html, ic3.html, ic4.html, ic5.html "
                    "and 1 more): not placed: text repeated on all 6 pages (the site's, not the ladder's): ☰")
    [navigation] = [line for line in lines if "block of links" in line]
    assert navigation.startswith(f"{site}{os.sep}: on 6 pages (line 3 of each: ic1.html, ")
    assert navigation.endswith(" IC6 Principal Software \u2026 [115 more characters]")
    # The layout every page is read with is said once too, by its name; each page's evidence is in --report.
    # So is where the track comes from: the levels' titles, which a renamed level changes.
    assert [line for line in lines if ": layout: " in line] == [
        f"{site}{os.sep} (6 files): layout: the track is 'Software Engineer' because the level's title 'IC1 Software "
        "Engineer' names the role 'Software Engineer'; renamed levels would rename it and the framework's name made "
        "of it: set it with --track (and the name with --name) to keep it",
        f"{site}{os.sep}: on 6 pages (line 11 of each: ic1.html, ic2.html, ic3.html, ic4.html, ic5.html and 1 more): "
        "layout: level-per-page (each page's evidence: --report FILE)"]
    assert lines[-2] == ("(shortened: 18 entries said once for the 6 pages they are on and 1 long text cut; "
                         "--report FILE writes every entry whole)")
    report = tmp_path / "report.txt"
    cli("import", str(site), "--org", "Globex", "-o", str(tmp_path / "out.yaml"), "--report", str(report))
    whole = report.read_text(encoding="utf-8").splitlines()
    assert sum(line.endswith("Glossary M1 Engineering Manager M2 Senior Engineering Manager") for line in whole) == 6
    assert f"{site / 'ic4.html'}:2: not placed: text repeated on all 6 pages (the site's, not the ladder's): ☰" in whole
    assert f"{site / 'ic4.html'}:11: layout: level-per-page: the heading on line 11 names one level (IC4 " \
        "Software Engineer)" in whole


def test_pages_named_from_the_current_directory_are_said_once_there(cli, tmp_path):
    for n in range(1, 4):
        (tmp_path / f"ic{n}.html").write_text(SITE_PAGE.format(n=n), encoding="utf-8")
    run = cli("import", "ic1.html", "ic2.html", "ic3.html", "--org", "Globex", "-o", "out.yaml", "--no-check",
              cwd=tmp_path)
    assert run.exit_code == 0, run.stderr
    assert (f".{os.sep}: on 3 pages (line 2 of each: ic1.html, ic2.html, ic3.html): not placed: text repeated on all "
            "3 pages (the site's, not the ladder's): ☰") in run.stderr.splitlines()


def test_pages_with_no_ladder_for_one_reason_are_said_once_on_the_terminal(cli, tmp_path):
    """Three pages or more left out for one reason (an FAQ, a glossary, the
    values of a site: no ladder in them) are one line on the terminal, with
    the pages; --report FILE names each."""
    site = tmp_path / "site"
    site.mkdir()
    for n in range(1, 4):
        (site / f"ic{n}.html").write_text(SITE_PAGE.format(n=n), encoding="utf-8")
    for name in ("faq", "glossary", "values"):
        (site / f"{name}.html").write_text(f"<html><body><h1>{name.title()}</h1><p>Some words about {name}.</p>"
                                           "</body></html>", encoding="utf-8")
    report = tmp_path / "report.txt"
    run = cli("import", str(site), "--org", "Globex", "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code == 0, run.stderr
    said = [line for line in run.stderr.splitlines() if "no ladder in this file" in line]
    assert len(said) == 1 and said[0].startswith(f"{site}{os.sep}: on 3 pages (line 1 of each: faq.html, "
                                                 "glossary.html, values.html): not placed: no ladder in this file")
    cli("import", str(site), "--org", "Globex", "-o", str(tmp_path / "out.yaml"), "--report", str(report),
        "--no-check")
    whole = report.read_text(encoding="utf-8")
    assert all(f"{site / name}:1: not placed: no ladder in this file" in whole
               for name in ("faq.html", "glossary.html", "values.html"))


FAQ_LADDER = """# Northwind Engineering Career Ladder

What we expect of engineers at Northwind, level by level.

## Engineer I

### Technical Skills

- Writes well-tested code for small, well-defined tasks
- Debugs issues in their own code with guidance

### Communication

- Shares status updates with the team in stand-up

## Senior Engineer

### Technical Skills

- Leads the design of systems that span several services

### Communication

- Explains trade-offs to non-technical audiences

## Frequently asked questions

### How often are promotions reviewed?

Twice a year, in March and September. Your manager collects evidence with you
in the months before.

### Do I need to meet every expectation?

No. The ladder is a guide, not a checklist.

## Notes

This ladder was last reviewed by the engineering leadership team in 2024.

Send suggestions to the #eng-ladder channel.

Older versions are kept in the wiki.
"""

#: The text of the two sections after the levels, as the report written whole says each piece.
FAQ_LEFT_OUT = [
    (26, "section 'Frequently asked questions' is not a level", "Frequently asked questions"),
    (28, "in section 'Frequently asked questions', which is not a level", "How often are promotions reviewed?"),
    (30, "in section 'Frequently asked questions', which is not a level",
     "Twice a year, in March and September. Your manager collects evidence with you in the months before."),
    (33, "in section 'Frequently asked questions', which is not a level", "Do I need to meet every expectation?"),
    (35, "in section 'Frequently asked questions', which is not a level", "No. The ladder is a guide, not a checklist."),
    (37, "section 'Notes' is not a level", "Notes"),
    (39, "in section 'Notes', which is not a level",
     "This ladder was last reviewed by the engineering leadership team in 2024."),
    (41, "in section 'Notes', which is not a level", "Send suggestions to the #eng-ladder channel."),
    (43, "in section 'Notes', which is not a level", "Older versions are kept in the wiki."),
]


def _not_placed(text: str) -> list[str]:
    return [line for line in text.splitlines() if ": not placed: " in line]


def test_the_text_of_a_section_left_out_is_said_on_one_line_on_the_terminal(cli, write, tmp_path):
    """An FAQ and a page's notes after the levels: a line each on the
    terminal, with how many pieces of text, their lines and the text, not a
    line per paragraph that buries the entries that matter; the report
    written whole keeps every piece, and the summary counts each."""
    path = write("ladder.md", FAQ_LADDER)
    run = cli("import", str(path), "--org", "Northwind", "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert _not_placed(run.stderr) == [
        f"{path}:26: not placed: section 'Frequently asked questions' is not a level (5 pieces of text, lines 26 to "
        "35): Frequently asked questions / How often are promotions reviewed? / Twice a year, in March and September. "
        "Your manager collects evidence with you in the months before. / Do I need to meet every expectation? / No. "
        "The ladder is a guide, not a checklist.",
        f"{path}:37: not placed: section 'Notes' is not a level (4 pieces of text, lines 37 to 43): Notes / This ladder "
        "was last reviewed by the engineering leadership team in 2024. / Send suggestions to the #eng-ladder channel. "
        "/ Older versions are kept in the wiki."]
    assert "(shortened: 9 pieces of text left out together said on 2 lines; --report FILE writes every entry " \
           "whole)" in run.stderr
    assert "9 pieces of text not placed, 1 notice to review" in run.stderr  # the dimension the import names
    whole = cli("import", str(path), "--org", "Northwind", "-o", str(tmp_path / "out.yaml"), "--no-check",
                "--report", "-")
    assert _not_placed(whole.output) == [f"{path}:{line}: not placed: {reason}: {text}"
                                         for line, reason, text in FAQ_LEFT_OUT]
    assert "shortened" not in whole.output and "9 pieces of text not placed" in whole.output


def test_a_long_section_left_out_is_cut_on_the_terminal_and_whole_in_the_report(cli, write, tmp_path):
    """Twelve questions and their answers: one line, its text cut near 200
    characters, saying how much more there is."""
    questions = "".join(f"### Question {n}?\n\nThe answer to question {n}, in a sentence or two of words.\n\n"
                        for n in range(1, 13))
    path = write("ladder.md", FAQ_LADDER.split("## Frequently")[0] + "## FAQ\n\n" + questions)
    run = cli("import", str(path), "--org", "Northwind", "-o", str(tmp_path / "out.yaml"), "--no-check")
    [line] = _not_placed(run.stderr)
    assert line.startswith(f"{path}:26: not placed: section 'FAQ' is not a level (25 pieces of text, lines 26 to "
                           "74): FAQ / Question 1? / The answer to question 1, in a sentence or two of words. / ")
    assert re.search(r" … \[\d+ more characters\]$", line)
    assert "(shortened: 25 pieces of text left out together said on 1 line; " in run.stderr
    whole = cli("import", str(path), "--org", "Northwind", "-o", str(tmp_path / "out.yaml"), "--no-check",
                "--report", "-").output
    assert len(_not_placed(whole)) == 25
    assert f"{path}:74: not placed: in section 'FAQ', which is not a level: The answer to question 12, in a " \
           "sentence or two of words." in whole.splitlines()


def test_the_sections_around_a_table_of_levels_are_said_a_line_each(cli, write, tmp_path):
    """A page whose ladder is a table, with sections of prose after it: each
    section is one entry on the terminal, not one for all the text around
    the table (which is left out for one reason)."""
    path = write("ladder.md", "# Globex Engineering Ladder\n\n| | Engineer 1 | Engineer 2 | Senior Engineer |\n"
                              "| --- | --- | --- | --- |\n| Delivery | Ships small tasks | Ships features | Leads projects |\n"
                              "| Craft | Writes tests | Designs modules | Designs systems |\n\n## Technical Leads\n\n"
                              "Every team has a technical lead.\n\nA lead partners with the product manager.\n\n"
                              "## Bragging document\n\nKeep a list of what you shipped.\n\nBring it to your reviews.\n")
    run = cli("import", str(path), "--org", "Globex", "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert _not_placed(run.stderr) == [
        f"{path}:8: not placed: outside the tables of the ladder (3 pieces of text, lines 8 to 12): Technical Leads / "
        "Every team has a technical lead. / A lead partners with the product manager.",
        f"{path}:14: not placed: outside the tables of the ladder (3 pieces of text, lines 14 to 18): Bragging "
        "document / Keep a list of what you shipped. / Bring it to your reviews."]


def test_two_pieces_of_text_of_a_section_are_said_each(cli, write, tmp_path):
    """Near miss: a section of a heading and a paragraph keeps its two lines
    (saying them as one saves no one's reading)."""
    path = write("ladder.md", FAQ_LADDER.split("## Frequently")[0] + "## Notes\n\nOlder versions are kept in the wiki.\n")
    run = cli("import", str(path), "--org", "Northwind", "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert _not_placed(run.stderr) == [
        f"{path}:26: not placed: section 'Notes' is not a level: Notes",
        f"{path}:28: not placed: in section 'Notes', which is not a level: Older versions are kept in the wiki."]
    assert "shortened" not in run.stderr


def test_the_lines_of_a_paragraph_left_out_are_said_together(cli, write, tmp_path):
    """A web page whose closing notes are a paragraph per line, after the
    levels: the lines one after another, left out for one reason, are one
    entry on the terminal."""
    notes = ["Promotions are reviewed twice a year.", "Your manager collects evidence with you.",
             "The calibration group reads every case."]
    page = ("<html><body><h1>Northwind Engineering Career Ladder</h1>\n<h2>Engineer I</h2>\n<h3>Delivery</h3>\n"
            "<ul><li>Ships small changes with guidance</li></ul>\n<h2>Senior Engineer</h2>\n<h3>Delivery</h3>\n"
            "<ul><li>Leads projects across teams</li></ul>\n<h2>How promotions work</h2>\n"
            + "".join(f"<p>{note}</p>\n" for note in notes) + "</body></html>\n")
    path = write("ladder.html", page)
    run = cli("import", str(path), "--org", "Northwind", "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert _not_placed(run.stderr) == [
        f"{path}:8: not placed: section 'How promotions work' is not a level (4 pieces of text, lines 8 to 11): How "
        f"promotions work / {' / '.join(notes)}"]


def test_pieces_of_text_left_out_for_one_reason_far_apart_are_said_each(cli, write, tmp_path):
    """Near miss: a status label on each level's heading, left out for one
    reason (a Confluence page's status labels), one after another in the
    report but apart in the document: each is said where it is."""
    levels = "".join(f"<h2>{title} <ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">Draft"
                     "</ac:parameter></ac:structured-macro></h2>\n<h3>Delivery</h3>\n<ul>"
                     f"<li>{said}</li>\n<li>Writes tests for each change</li>\n<li>Reviews the code of peers</li>"
                     "</ul>\n"
                     for title, said in (("Engineer I", "Ships small changes"), ("Engineer II", "Ships features"),
                                         ("Senior Engineer", "Leads projects")))
    path = write("ladder.html", f"<html><body><h1>Northwind Engineering Career Ladder</h1>\n{levels}</body></html>")
    run = cli("import", str(path), "--org", "Northwind", "-o", str(tmp_path / "out.yaml"), "--no-check")
    said = [line for line in _not_placed(run.stderr) if "Draft" in line]
    assert len(said) == 3 and all("pieces of text" not in line for line in said), run.stderr


# --- the id and version of a framework imported again --------------------------

TWO_LEVELS = """# Acme Engineering Career Framework

## Junior Engineer

### Delivery

- Ships small changes with guidance.

## Senior Engineer

### Delivery

- Leads the delivery of projects across teams.
"""


def test_version_writes_the_version_given(cli, write, tmp_path):
    out = tmp_path / "acme.yaml"
    run = cli("import", str(write("ladder.md", TWO_LEVELS)), "--version", "2.1.0", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert load_document(str(out), out.read_bytes()).data["version"] == "2.1.0"


def test_version_that_is_no_semantic_version_is_refused(cli, write, tmp_path):
    run = cli("import", str(write("ladder.md", TWO_LEVELS)), "--version", "2.1", "-o", str(tmp_path / "a.yaml"))
    assert_clean_failure(run, "invalid value for --version: '2.1' is not a semantic version (MAJOR.MINOR.PATCH")
    assert not (tmp_path / "a.yaml").exists()


def test_importing_again_over_a_framework_keeps_its_id_and_version(cli, write, tmp_path):
    """A new revision of the documents, imported to the file of the last one
    (whose version was raised since, and whose id is not its file's name):
    the id and the version stay, and the report says so."""
    out = tmp_path / "acme.yaml"
    page = write("ladder.md", TWO_LEVELS)
    assert cli("import", str(page), "-o", str(out), "--no-check").exit_code == 0
    text = out.read_text(encoding="utf-8")
    out.write_text(text.replace("id: acme\n", "id: acme-engineering\n").replace("version: '1.0.0'", "version: '2.0.0'"),
                   encoding="utf-8")
    page.write_text(TWO_LEVELS + "\n- Mentors the juniors of the team.\n", encoding="utf-8")
    run = cli("import", str(page), "-o", str(out), "--report", "-", "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert (data["id"], data["version"]) == ("acme-engineering", "2.0.0")
    assert f"{out} holds this framework already: its id 'acme-engineering' and its version '2.0.0' are kept" \
        in run.output
    # What is given is written: --version and --id win over the file's.
    run = cli("import", str(page), "-o", str(out), "--version", "3.0.0", "--id", "acme", "--no-check")
    data = load_document(str(out), out.read_bytes()).data
    assert (data["id"], data["version"]) == ("acme", "3.0.0")
    assert "holds this framework already" not in run.stderr


@pytest.mark.parametrize("said", ["---\nversion: 1.10\n---\n\n", "Version 1.10 - approved by the engineering leads\n\n"],
                         ids=["front-matter", "record-line"])
def test_a_version_the_documents_give_is_said_not_written_where_the_files_version_is_kept(cli, write, tmp_path, said):
    """The documents' own version ('version: 1.10') over a file that holds the
    framework at 4.0.0: the file's is kept, and the report says the documents'
    is not written, rather than that it gives the framework's version."""
    out = tmp_path / "acme.yaml"
    page = write("ladder.md", TWO_LEVELS)
    assert cli("import", str(page), "-o", str(out), "--version", "4.0.0", "--no-check").exit_code == 0
    page.write_text(said + TWO_LEVELS, encoding="utf-8")
    run = cli("import", str(page), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert load_document(str(out), out.read_bytes()).data["version"] == "4.0.0"
    assert "its version '4.0.0' is kept" in run.stderr
    assert "the version the documents give, 1.10.0, is not written" in run.stderr
    assert "gives the framework's version" not in run.stderr
    # Near miss: into a new file, the documents' version is written and said to be theirs.
    run = cli("import", str(page), "-o", str(tmp_path / "new.yaml"), "--no-check")
    assert load_document(str(tmp_path / "new.yaml"), (tmp_path / "new.yaml").read_bytes()).data["version"] == "1.10.0"
    assert "gives the framework's version" in run.stderr


THREE_LEVELS = """# Acme Engineering Career Framework

## Engineer

### Delivery

- Ships small changes with guidance.

## Senior Engineer

### Delivery

- Leads the delivery of projects.

## Staff Engineer

### Delivery

- Sets the direction of delivery across teams.
"""
REPEATED = ("- Takes part in the team's on-call rotation.\n- Writes clear incident updates for stakeholders.\n")


def _with_repeats(text: str) -> str:
    """The same ladder with two statements written out at each of its three levels."""
    return text.replace("across teams.\n", "across teams.\n" + REPEATED).replace(
        "projects.\n", "projects.\n" + REPEATED).replace("guidance.\n", "guidance.\n" + REPEATED)


@pytest.mark.parametrize("edited_by_hand", [False, True])
def test_importing_again_keeps_whether_the_levels_build_on_those_below(cli, write, tmp_path, edited_by_hand):
    """A new revision that writes two statements out at three levels reads,
    imported afresh, as levels that stand alone; imported over the file of
    the last revision, which said (or left to its default) that they build
    on those below, it stays cumulative: `diff` would otherwise read every
    statement of the levels below as no longer asked."""
    out = tmp_path / "acme.yaml"
    page = write("ladder.md", THREE_LEVELS)
    assert cli("import", str(page), "-o", str(out), "--no-check").exit_code == 0
    if edited_by_hand:
        out.write_text(out.read_text(encoding="utf-8").replace("\nlevels:", "\ncumulative: true\nlevels:", 1),
                       encoding="utf-8")
    assert load_document(str(out), out.read_bytes()).data.get("cumulative", True) is True
    page.write_text(_with_repeats(THREE_LEVELS), encoding="utf-8")
    fresh = tmp_path / "fresh.yaml"
    assert cli("import", str(page), "-o", str(fresh), "--no-check").exit_code == 0
    assert load_document(str(fresh), fresh.read_bytes()).data["cumulative"] is False
    run = cli("import", str(page), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert data.get("cumulative", True) is True and ("cumulative" in data) is edited_by_hand
    assert f"{out} says its levels build on the levels below (cumulative): that is kept" in run.stderr
    # The other way: a file that says the levels stand alone keeps saying so.
    out.write_text(out.read_text(encoding="utf-8").replace("cumulative: true\n", "").replace(
        "\nlevels:", "\ncumulative: false\nlevels:", 1), encoding="utf-8")
    page.write_text(THREE_LEVELS, encoding="utf-8")
    run = cli("import", str(page), "-o", str(out), "--no-check")
    assert load_document(str(out), out.read_bytes()).data["cumulative"] is False
    assert "stand on their own (`cumulative: false`): that is kept" in run.stderr


def test_cumulative_options_win_over_the_documents_and_the_file_written_before(cli, write, tmp_path):
    """--cumulative and --no-cumulative say what the documents are read as:
    into a new file (each revision imported to its own, the documents'
    reading flipping between them) and over one written before alike."""
    out = tmp_path / "acme.yaml"
    page = write("ladder.md", _with_repeats(THREE_LEVELS))
    run = cli("import", str(page), "-o", str(out), "--cumulative", "--no-check")
    assert run.exit_code == 0, run.stderr
    assert load_document(str(out), out.read_bytes()).data["cumulative"] is True
    run = cli("import", str(page), "-o", str(out), "--no-cumulative", "--no-check")
    assert load_document(str(out), out.read_bytes()).data["cumulative"] is False
    assert "that is kept" not in run.stderr
    page.write_text(THREE_LEVELS, encoding="utf-8")
    run = cli("import", str(page), "-o", str(tmp_path / "new.yaml"), "--no-cumulative", "--no-check")
    assert load_document(str(tmp_path / "new.yaml"), (tmp_path / "new.yaml").read_bytes()).data["cumulative"] is False


TITLED_LEVELS = """# Product Manager 4

## Delivery

- Ships the features of a product area with the team.
- Writes the specifications of the features the team builds.

---

# Product Manager 5

## Delivery

- Sets the direction of a product area for several teams.
- Reviews the specifications the team writes.
"""


def test_importing_again_keeps_the_track_and_name_read_from_the_levels_titles(cli, write, tmp_path):
    """The track read from the levels' titles ('Product Manager 4'), and the
    name made of it, stay those of the file when a revision retitles the
    levels; --track names another, and the name follows it."""
    out = tmp_path / "pm.yaml"
    page = write("ladder.md", TITLED_LEVELS)
    assert cli("import", str(page), "--org", "Acme", "-o", str(out), "--no-check").exit_code == 0
    before = load_document(str(out), out.read_bytes()).data
    assert before["track"] == "Product Manager"
    page.write_text(TITLED_LEVELS.replace("# Product Manager", "# Product Owner"), encoding="utf-8")
    fresh = tmp_path / "fresh.yaml"
    assert cli("import", str(page), "--org", "Acme", "-o", str(fresh), "--no-check").exit_code == 0
    assert load_document(str(fresh), fresh.read_bytes()).data["track"] == "Product Owner"
    run = cli("import", str(page), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert (data["track"], data["name"]) == (before["track"], before["name"])
    assert f"its track 'Product Manager' and its name '{before['name']}' are kept (pass --track and --name" \
        in run.stderr
    run = cli("import", str(page), "--org", "Acme", "-o", str(out), "--track", "Product", "--no-check")
    data = load_document(str(out), out.read_bytes()).data
    assert (data["track"], data["name"]) == ("Product", "Acme Product")
    # A track and a name the documents' words give (their title) are theirs: written as they say them.
    page.write_text("# Acme Design Career Ladder\n\n" + TITLED_LEVELS.replace("# Product Manager", "## Level")
                    .replace("## Delivery", "### Delivery").replace("---\n", ""), encoding="utf-8")
    run = cli("import", str(page), "--org", "Acme", "-o", str(out), "--no-check")
    data = load_document(str(out), out.read_bytes()).data
    assert (data["track"], data["name"]) == ("Design", "Acme Design Career Ladder")
    assert "its track" not in run.stderr


def test_importing_again_keeps_the_voice_the_file_declares(cli, write, tmp_path):
    """A revision that adds statements in another person, so that no person
    is a clear majority, leaves the voice the file declares as it was."""
    out = tmp_path / "acme.yaml"
    page = write("ladder.md", THREE_LEVELS)
    assert cli("import", str(page), "-o", str(out), "--no-check").exit_code == 0
    assert load_document(str(out), out.read_bytes()).data["voice"] == "third-person"
    page.write_text(THREE_LEVELS.replace("- Leads the delivery of projects.", "- You lead the delivery of projects.\n"
                                         "- You plan the quarter with your manager.").replace(
        "- Ships small changes with guidance.", "- You ship small changes with guidance."), encoding="utf-8")
    fresh = tmp_path / "fresh.yaml"
    assert cli("import", str(page), "-o", str(fresh), "--no-check").exit_code == 0
    assert load_document(str(fresh), fresh.read_bytes()).data.get("voice") != "third-person"
    run = cli("import", str(page), "-o", str(out), "--no-check")
    data = load_document(str(out), out.read_bytes()).data
    assert data["voice"] == "third-person"
    assert list(data).index("voice") == list(data).index("organisation") + 1
    assert f"{out} says its statements are written in the third person (`voice`): that is kept" in run.stderr


def test_a_file_that_is_no_framework_gives_no_id_or_version(cli, write, tmp_path):
    out = tmp_path / "acme.yaml"
    out.write_text("id: other\nversion: '9.0.0'\n", encoding="utf-8")
    run = cli("import", str(write("ladder.md", TWO_LEVELS)), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert (data["id"], data["version"]) == ("acme", "1.0.0")


def test_split_tracks_keeps_the_version_of_each_file_written_before(cli, write, tmp_path):
    site = tmp_path / "out"
    page = write("ladder.md", TWO_LEVELS)
    assert cli("import", str(page), "--split-tracks", "-o", str(site), "--no-check").exit_code == 0
    (written,) = site.iterdir()
    written.write_text(written.read_text(encoding="utf-8").replace("version: '1.0.0'", "version: '1.4.0'"),
                       encoding="utf-8")
    run = cli("import", str(page), "--split-tracks", "-o", str(site), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert load_document(str(written), written.read_bytes()).data["version"] == "1.4.0"
    assert "its version '1.4.0' is kept (pass --version to write another)" in run.stderr


def _organisation(cli, write, text: str) -> tuple[str, str]:
    run = cli("import", str(write("ladder.md", text)))
    assert run.exit_code == 0, run.stderr
    return load_document("x.yaml", run.output.encode()).data["organisation"]["name"], run.stderr


_LADDER = "\n## L1 Engineer\n### Delivery\n- I ship my work on time\n\n## L2 Engineer\n### Delivery\n- I plan my team's work\n"


def test_a_copyright_notice_names_the_organisation_the_word_in_a_sentence_does_not(cli, write):
    sentence = "# Support Engineer\n\n- Understands and applies copyright rules and related legal issues\n" + _LADDER
    assert _organisation(cli, write, sentence)[0] == "\u27e8organisation\u27e9"
    name, said = _organisation(cli, write, sentence + "\n---\n\nCopyright 2024 Quorvia Ltd. All rights reserved.\n")
    assert name == "Quorvia"
    assert "from the copyright line on line 15" in said


@pytest.mark.parametrize("title", ["Systems Engineer Levels", "Solutions Engineer Career Ladder"])
def test_a_word_of_the_role_in_the_title_is_no_organisation(cli, write, title):
    text = f"# {title}\n\nWe build distributed systems and customer solutions.\n" + _LADDER
    assert _organisation(cli, write, text)[0] == "\u27e8organisation\u27e9"
    # Where the text never writes the word in lower case (but in an address), the title names whose
    # the ladder is.
    assert _organisation(cli, write, f"# Zentoro {title.split(' ', 1)[1]}\n\nWe build distributed systems "
                         "(see https://zentoro.com/jobs).\n" + _LADDER)[0] == "Zentoro"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_an_organisation_named_by_its_possessives(cli, write, apostrophe):
    text = (f"# Open Source Engineer\n\n- Helps streamline Zentoro{apostrophe}s use of the project.\n"
            f"- Seeks alignment between Zentoro{apostrophe}s goals and the project's goals.\n" + _LADDER)
    name, said = _organisation(cli, write, text)
    assert name == "Zentoro"
    assert "the text's name for an organisation ('Zentoro', 2 times, first on line 3)" in said
    # After an article a possessive is a kind of thing, not an organisation's.
    assert _organisation(cli, write, text.replace(f"Zentoro{apostrophe}s", f"a Bachelor{apostrophe}s"))[0] \
        == "\u27e8organisation\u27e9"


@pytest.mark.parametrize("title, line", [
    ("Khung năng lực QA Tester R&D Quorvia", "Tài liệu này dành cho team QA Tester của Quorvia."),
    ("Quorvia QA Tester Levels", "The testers of Quorvia keep its products working."),
])
def test_a_name_that_ends_or_starts_the_title_and_the_text_names_again(cli, write, title, line):
    name, said = _organisation(cli, write, f"# {title}\n\n{line}\n" + _LADDER)
    assert name == "Quorvia"
    assert f"the title '{title}', which" in said and "names it again (1 time, first on line 3)" in said
    # Named by the title alone, or written in lower case too, it is no evidence.
    assert _organisation(cli, write, f"# {title}\n\nThe testers keep it working.\n" + _LADDER)[0] \
        == "\u27e8organisation\u27e9"
    assert _organisation(cli, write, f"# {title}\n\n{line} quorvia\n" + _LADDER)[0] == "\u27e8organisation\u27e9"


def test_ids_spell_the_letters_that_have_no_accent_to_take_off(cli, write):
    text = ("# Acme Ladder\n\n## L1 Engineer\n### Chất lượng đầu ra\n- I ship my work on time\n### Łączność\n"
            "- I tell my team what I do\n### Straße\n- I find my way\n\n## L2 Engineer\n### Chất lượng đầu ra\n"
            "- I plan my team's work\n### Łączność\n- I keep others informed\n### Straße\n- I show others the way\n")
    run = cli("import", str(write("ladder.md", text)), "--org", "Acme")
    assert run.exit_code == 0, run.stderr
    data = load_document("x.yaml", run.output.encode()).data
    assert [c["id"] for d in data["dimensions"] for c in d["competencies"]] == [
        "chat-luong-dau-ra", "lacznosc", "strasse"]
