"""--fix and --diff: safe fixes applied to the text, comments and layout kept,
idempotent, written atomically."""

from __future__ import annotations

import os
import stat

import pytest

from conftest import MINIMAL, own_framework
from fixing_rule import collapse_spaces  # noqa: F401  (a fixture)
from ladderlint.findings import Finding
from ladderlint.fixer import double_quoted, fix_text, unified_diff, write_fixes
from ladderlint.positions import Position
from ladderlint.rules.base import Fix

HEADER = MINIMAL.split("levels:\n", 1)[0]
MESSY = HEADER + """\
# Levels, lowest first.
levels:
  - id: IC1          # the first level
    title: Engineer I
    summary: Delivers  well-scoped   tasks   # trailing comment stays
    competencies:
      impact:
        - "I deliver\\t my  tasks "
        - 'It''s  my  job'
        - [plain  in flow, second]
"""
FIXED = HEADER + """\
# Levels, lowest first.
levels:
  - id: IC1          # the first level
    title: Engineer I
    summary: Delivers well-scoped tasks   # trailing comment stays
    competencies:
      impact:
        - "I deliver\\t my tasks"
        - 'It''s my job'
        - [plain in flow, second]
"""


def _valid(text: str) -> str:
    # The flow list is not a valid statement; keep the file schema-valid.
    return text.replace("        - [plain  in flow, second]\n", "").replace("        - [plain in flow, second]\n", "")


def test_fix_rewrites_only_the_fixed_scalars(cli, write, tmp_path, collapse_spaces):
    path = write("f.yaml", _valid(MESSY))
    run = cli("check", "--select", "LL990", "--format", "concise", "--fix", "f.yaml", cwd=tmp_path)
    assert run.exit_code == 0
    assert path.read_text() == _valid(FIXED)
    assert run.output == "All checks passed (1 framework checked).\n"
    assert run.stderr == "ladderlint: fixed 3 problems in 1 file\n"


def test_second_fix_changes_nothing(cli, write, tmp_path, collapse_spaces):
    path = write("f.yaml", _valid(MESSY))
    cli("check", "--select", "LL990", "--fix", "f.yaml", cwd=tmp_path)
    once = path.read_bytes()
    again = cli("check", "--select", "LL990", "--fix", "f.yaml", cwd=tmp_path)
    assert path.read_bytes() == once
    assert again.stderr == "" and again.exit_code == 0


def test_diff_prints_what_fix_would_change_and_writes_nothing(cli, write, tmp_path, collapse_spaces):
    path = write("f.yaml", _valid(MESSY))
    run = cli("check", "--select", "LL990", "--diff", "f.yaml", cwd=tmp_path)
    assert run.exit_code == 1
    assert path.read_text() == _valid(MESSY)
    assert run.output == unified_diff("f.yaml", _valid(MESSY).encode(), _valid(FIXED).encode())
    assert run.output.splitlines()[:2] == ["--- a/f.yaml", "+++ b/f.yaml"]
    assert "-    summary: Delivers  well-scoped   tasks   # trailing comment stays" in run.lines
    assert "+    summary: Delivers well-scoped tasks   # trailing comment stays" in run.lines
    assert run.stderr == "ladderlint: would fix 3 problems in 1 file\n"
    clean = cli("check", "--select", "LL990", "--diff", "--fix", "f.yaml", cwd=tmp_path)  # --diff wins: still nothing written
    assert path.read_text() == _valid(MESSY) and clean.exit_code == 1
    write("f.yaml", _valid(FIXED))
    none = cli("check", "--select", "LL990", "--diff", "f.yaml", cwd=tmp_path)
    assert (none.exit_code, none.output) == (0, "")


def test_fix_reports_what_is_left(cli, write, tmp_path, collapse_spaces):
    twice = _valid(MESSY).replace(
        "      - id: impact\n        name: Impact\n",
        "      - id: impact\n        name: Impact\n      - id: impact\n        name: Impact  again\n",
    )
    write("f.yaml", twice)
    run = cli("check", "--select", "LL990,LL110", "--format", "concise", "--fix", "f.yaml", cwd=tmp_path)
    assert run.exit_code == 1
    assert [line.split(" [")[0] for line in run.lines] == ["f.yaml:14:13: LL110", "Found 1 problem (1 error); 1 framework checked."]
    assert "collapse-spaces" not in run.output  # the fixable text (LL990 covers statements, not names)


def test_suppressed_findings_are_not_fixed(cli, write, tmp_path, collapse_spaces):
    text = _valid(MESSY).replace(
        "    summary: Delivers  well-scoped   tasks   # trailing comment stays",
        "    summary: Delivers  well-scoped   tasks   # ladderlint: disable=LL990 -- as written by the panel",
    )
    path = write("f.yaml", text)
    cli("check", "--select", "LL990", "--fix", "f.yaml", cwd=tmp_path)
    assert "Delivers  well-scoped   tasks   # ladderlint" in path.read_text()


def test_line_endings_bom_and_mode_are_kept(cli, write, tmp_path, collapse_spaces):
    crlf = b"\xef\xbb\xbf" + _valid(MESSY).replace("\n", "\r\n").encode()
    path = write("f.yaml", crlf)
    os.chmod(path, 0o640)
    cli("check", "--select", "LL990", "--fix", "--select", "LL990", "f.yaml", cwd=tmp_path)
    assert path.read_bytes() == b"\xef\xbb\xbf" + _valid(FIXED).replace("\n", "\r\n").encode()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


def test_fix_writes_through_a_symbolic_link(cli, write, tmp_path, collapse_spaces):
    target = write("real/f.yaml", _valid(MESSY))
    link = tmp_path / "f.yaml"
    link.symlink_to(target)
    cli("check", "--select", "LL990", "--fix", "f.yaml", cwd=tmp_path)
    assert link.is_symlink() and target.read_text() == _valid(FIXED)


# --- atomic writes -------------------------------------------------------------------


def test_a_crash_while_writing_leaves_the_original_intact(monkeypatch, write, tmp_path):
    from ladderlint import atomic

    path = write("f.yaml", "original\n")

    def crash(fd: int) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(atomic.os, "fsync", crash)
    with pytest.raises(RuntimeError):
        atomic.write_atomically(str(path), b"new content that never lands\n")
    assert path.read_text() == "original\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.yaml"]  # no temporary file left


def test_a_failed_rename_is_reported_and_the_original_kept(cli, monkeypatch, write, tmp_path, collapse_spaces):
    from ladderlint import atomic

    path = write("f.yaml", _valid(MESSY))

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    run = cli("check", "--select", "LL990", "--fix", "f.yaml", cwd=tmp_path)
    assert path.read_text() == _valid(MESSY)
    assert "f.yaml: cannot write the fixes: Permission denied" in run.stderr
    assert run.exit_code == 2 and "Found 3 problems" in run.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.yaml"]


def test_a_read_only_file_is_not_fixed(cli, write, tmp_path, collapse_spaces):
    # The rename would replace it whatever its mode: --fix must not.
    path = write("f.yaml", _valid(MESSY))
    os.chmod(path, 0o444)
    run = cli("check", "--select", "LL990", "--format", "concise", "--fix", "f.yaml", cwd=tmp_path)
    assert path.read_text() == _valid(MESSY) and stat.S_IMODE(os.stat(path).st_mode) == 0o444
    assert run.exit_code == 2
    assert "f.yaml: cannot write the fixes: the file is read-only; make it writable (chmod u+w)" in run.stderr
    assert run.stderr.endswith("ladderlint: error: 1 file not fixed: f.yaml\n")
    assert "fixed 3 problems" not in run.stderr
    # The report is of the file as it is, its findings still there.
    assert run.lines[-1] == "Found 3 problems (3 warnings); 1 framework checked."


def test_only_the_files_written_are_said_fixed(cli, write, tmp_path, collapse_spaces):
    write("a.yaml", _valid(MESSY))
    locked = write("b.yaml", own_framework(_valid(MESSY), "b"))
    os.chmod(locked, 0o444)
    run = cli("check", "--select", "LL990", "--format", "concise", "--fix", "a.yaml", "b.yaml", cwd=tmp_path)
    assert (tmp_path / "a.yaml").read_text() == _valid(FIXED)
    assert "ladderlint: fixed 3 problems in 1 file\n" in run.stderr
    assert [line.split(":")[0] for line in run.lines[:-1]] == ["b.yaml"] * 3
    assert run.exit_code == 2


def test_a_file_changed_since_it_was_read_is_not_overwritten(write):
    path = write("f.yaml", "changed by someone else\n")
    written, notes = write_fixes({str(path): (b"as read\n", b"as fixed\n")})
    assert (written, path.read_text()) == (0, "changed by someone else\n")
    assert notes == [f"{path}: changed while it was being fixed; not written"]


# --- re-emitting scalars ---------------------------------------------------------------


def _fix(text: str, path: tuple, replacement: str) -> tuple[str, int, list]:
    finding = Finding.at("f.yaml", Position(1, 1), type("R", (), {"code": "LL990", "name": "x", "severity": 1}),
                         "m", path, fix=Fix(path, replacement))
    return fix_text(text, [finding])


@pytest.mark.parametrize(
    ("before", "replacement", "after"),
    [
        ("a: one  two\n", "one two", "a: one two\n"),
        ("a: one\n", "yes", 'a: "yes"\n'),  # would read back as true
        ("a: one\n", "12", 'a: "12"\n'),
        ("a: one\n", "x: y", 'a: "x: y"\n'),
        ("a: one\n", "x # y", 'a: "x # y"\n'),
        ("a: one\n", "two\nlines", 'a: "two\\nlines"\n'),
        ("a: one\n", " lead", 'a: " lead"\n'),
        ("a: [one, two]\n", "three", "a: [three, two]\n"),
        ("a: [one, two]\n", "x, y", 'a: ["x, y", two]\n'),
        # Read back by libyaml, but not plain text to PyYAML's own parser: written anew, in quotes.
        ("a: [one]\n", "0?", 'a: ["0?"]\n'),
        ("a: 'it''s'\n", "it's ok", "a: 'it''s ok'\n"),
        ("a: 'x'\n", "tab\there", 'a: "tab\\there"\n'),
        ('a: "x"\n', 'say "hi" \\ \x07 \u2028', 'a: "say \\"hi\\" \\\\ \\a \\L"\n'),
        ("a: x  # note\nb: y\n", "z", "a: z  # note\nb: y\n"),
        ("a: |\n  one\n  two\nb: y\n", "one\nthree\n", "a: |\n  one\n  three\nb: y\n"),
        ("a: |-  # keep\n    one\n\nb: y\n", "uno", "a: |-  # keep\n    uno\n\nb: y\n"),
        (
            "a: >-\n  I deliver  my tasks on time and\n  to a high standard\nb: y\n",
            "I deliver my tasks on time and to a high standard",
            "a: >-\n  I deliver my tasks on time and\n  to a high standard\nb: y\n",  # its lines kept
        ),
        ("a: >\n  short\n", "longer text\n", "a: >\n  longer text\n"),
        # A text wrapped over lines keeps them: only what the fix changes is written.
        ("a: Writes code and reviews the\n  changes of others  with care  # c\nb: y\n",
         "Writes code and reviews the changes of others with care",
         "a: Writes code and reviews the\n  changes of others with care  # c\nb: y\n"),
        ("a: 'it''s  done\n  well'\n", "it's done well", "a: 'it''s done\n  well'\n"),
        ('a: "line\\tone  and\n  two"\n', "line\tone and two", 'a: "line\\tone and\n  two"\n'),
    ],
)
def test_values_are_written_in_a_safe_style(before, replacement, after):
    fixed, applied, skipped = _fix(before, ("a", 0) if before.startswith("a: [") else ("a",), replacement)
    assert (fixed, applied, skipped) == (after, 1, [])


@pytest.mark.parametrize(
    ("before", "replacement", "reason"),
    [
        ("a: |2\n   one\n", " one\n two\n", "this change is not within the lines of a block scalar with an "
         "indentation indicator or `+` chomping, which is not rewritten whole"),
        ("a: >\n  one\n", "two\nthree\n", "a folded block holding line breaks is not rewritten"),
        ("a: |\n  one\n", " indented", "this value cannot be written as a block scalar"),
        ("a: [1, 2]\n", "x", "the fix does not point at a text value"),
        ("a: 1\n", "x", "the fix does not point at a text value"),
        ("b: 1\n", "x", "the fix does not point at a text value"),
    ],
)
def test_unsafe_rewrites_are_skipped_with_a_reason(before, replacement, reason):
    fixed, applied, skipped = _fix(before, ("a",), replacement)
    assert (fixed, applied) == (before, 0)
    assert [s.reason for s in skipped] == [reason]
    assert str(skipped[0]) == f"f.yaml:1:1: LL990 not fixed: {reason}"


def test_skipped_fixes_are_reported_on_stderr_and_the_finding_stays(cli, write, tmp_path, collapse_spaces):
    # The second space is where the lines fold: the block must be written anew.
    text = _valid(MESSY).replace(
        '        - "I deliver\\t my  tasks "\n', "        - >2\n          I deliver \n          my tasks\n"
    )
    path = write("f.yaml", text)
    run = cli("check", "--select", "LL990", "--format", "concise", "--fix", "f.yaml", cwd=tmp_path)
    assert "f.yaml:21:11: LL990 not fixed: this change is not within the lines of a block scalar" in run.stderr
    assert "f.yaml:21:11: LL990 [warning] spaces to collapse" in run.output
    assert "          I deliver \n          my tasks\n" in path.read_text()
    assert "summary: Delivers well-scoped tasks" in path.read_text()  # the others were fixed


def test_double_quoted_escapes_read_back():
    import yaml

    for value in ["plain", 'q"uote', "back\\slash", "\x00\x1f\x7f\x85\ufeff", "é😀", "\t\n\r"]:
        assert yaml.safe_load(double_quoted(value)) == value


@pytest.mark.parametrize("before", ["a: one\n", "a: 'one'\n", 'a: "one"\n', "a: [one]\n", "a: |\n  one\n"])
def test_any_text_value_can_be_written(before):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    path = ("a", 0) if "[" in before else ("a",)

    @settings(max_examples=150, deadline=None)
    @given(st.text(max_size=30))
    def check(value):
        fixed, applied, skipped = _fix(before, path, value)
        if value == "one":
            return
        if before.startswith("a: |") and skipped:
            return  # some values cannot be block scalars: refused, never mangled
        assert (applied, skipped) == (1, [])
        import yaml

        loaded = yaml.safe_load(fixed)["a"]
        assert (loaded[0] if path[-1] == 0 else loaded) == value

    check()


@pytest.mark.parametrize("libyaml", [True, False], ids=["libyaml", "pure"])
def test_plain_scalars_stay_plain_with_either_yaml_parser(libyaml, monkeypatch):
    """PyYAML marks a plain scalar with style None, libyaml with ""."""
    import yaml

    from ladderlint import fixer, loader

    if libyaml:
        if not yaml.__with_libyaml__:
            pytest.skip("PyYAML built without libyaml")
        assert loader.uses_libyaml()
    else:
        monkeypatch.setattr(fixer, "load_document", lambda path, data, **kw: loader.load_document(path, data, pure=True))
    assert _fix("a: one  two\nb: [x  y]\n", ("a",), "one two") == ("a: one two\nb: [x  y]\n", 1, [])
    assert _fix("a: one  two\nb: [x  y]\n", ("b", 0), "x y") == ("a: one  two\nb: [x y]\n", 1, [])


def test_diff_headers_suit_git_apply_and_absolute_paths():
    assert unified_diff("f.yaml", b"a\n", b"b\n") == "--- a/f.yaml\n+++ b/f.yaml\n@@ -1 +1 @@\n-a\n+b\n"
    assert unified_diff("/x/f.yaml", b"a", b"b").splitlines() == [
        "--- /x/f.yaml", "+++ /x/f.yaml", "@@ -1 +1 @@", "-a", "\\ No newline at end of file", "+b",
        "\\ No newline at end of file",
    ]


def test_diff_output_applies_with_git(cli, write, tmp_path, collapse_spaces):
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    path = write("f.yaml", _valid(MESSY))
    patch = cli("check", "--select", "LL990", "--diff", "f.yaml", cwd=tmp_path).output
    (tmp_path / "fix.patch").write_text(patch)
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True, capture_output=True)
    assert path.read_text() == _valid(FIXED)


@pytest.mark.parametrize(("written", "fixed"), [
    ("- I deliver my tasks on time. &nbsp;", "- I deliver my tasks on time."),
    ("- I deliver my tasks on time. <br>", "- I deliver my tasks on time."),
    ("- 'I deliver my tasks on time. &nbsp;'", "- 'I deliver my tasks on time.'"),
    ('- "I deliver my tasks on time. &nbsp;"', '- "I deliver my tasks on time."'),
])
def test_fixes_of_one_run_are_written_in_the_style_the_file_had(cli, write, tmp_path, written, fixed):
    # One fix may leave a space at the end (quoted while it is there), another
    # fix then takes it away: the text ends up as the file wrote it.
    text = MINIMAL.replace("- I deliver my tasks on time", written)
    write("f.yaml", text)
    run = cli("check", "--fix", "--select", "LL503,LL504", "f.yaml", cwd=tmp_path)
    assert run.exit_code == 0, run.stderr
    assert (tmp_path / "f.yaml").read_text() == text.replace(written, fixed)
