"""Every class of bad input: a clear message with file:line:col, exit code 2
(or a warning, for a BOM), and never a traceback."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from conftest import MINIMAL

pytestmark = pytest.mark.usefixtures("tmp_path")


def _only_line(run) -> str:
    findings = [line for line in run.lines if ": LL" in line]
    assert len(findings) == 1, run.output
    return findings[0]


def test_yaml_syntax_error_names_line_and_column(cli, write, tmp_path):
    path = write("f.yaml", "ladderlint: 1\nid: x\nlevels: [IC1, IC2\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    line = _only_line(run)
    assert line == (
        f"{path}:3:9: LL003 [error] invalid YAML: the '[' on line 3 starts a list that is not closed; end it with "
        "']', or, if the '[' is part of the text, put the text in quotes: levels: \"[IC1, IC2\""
    )


def test_yaml_syntax_error_not_in_brackets_or_quotes_says_nothing_more(cli, write):
    # The mapping YAML was reading starts on line 1: no help to say so.
    path = write("f.yaml", "ladderlint: 1\nid: x\nlevels: [IC1, IC2] x\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert "it starts on" not in _only_line(run)


def test_tab_indentation_is_a_syntax_error(cli, write):
    path = write("f.yaml", "ladderlint: 1\nlevels:\n\t- id: IC1\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert ":3:1: LL003 [error] invalid YAML" in _only_line(run)


def test_alias_is_refused_at_the_anchor(cli, write):
    path = write("f.yaml", "ladderlint: 1\nid: &name x\nname: *name\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert _only_line(run).startswith(f"{path}:2:5: LL004 [error] this content is reused through an alias")


def test_alias_bomb_is_refused_quickly(cli, write):
    # The "billion laughs": 9 levels of 9 aliases each would be 387 million
    # strings if expanded.
    lines = ["ladderlint: 1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
        previous = name
    path = write("bomb.yaml", "\n".join(lines) + "\n")
    started = time.monotonic()
    run = cli("check", "--format", "concise", str(path))
    assert time.monotonic() - started < 5
    assert run.exit_code == 2
    assert ": LL004 [error]" in _only_line(run)


@pytest.mark.parametrize(
    ("document", "tag", "advice"),
    [
        ("ladderlint: 1\nid: !!python/object/apply:os.system ['true']\n", "!!python/object/apply:os.system", ""),
        # A tag before words may be the first word of a text.
        ("ladderlint: 1\nid: !custom x\n", "!custom",
         "; if '!custom' is part of the text, put the text in quotes: id: \"!custom x\""),
        ("ladderlint: 1\nid: !custom\n", "!custom", ""),
        ("ladderlint: 1\nid: !!binary aGVsbG8=\n", "!!binary", ""),
        ("ladderlint: 1\nid: !!set {a, b}\n", "!!set", ""),
    ],
)
def test_custom_tags_are_refused(cli, write, document, tag, advice):
    path = write("f.yaml", document)
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert _only_line(run) == (
        f"{path}:2:5: LL004 [error] the tag {tag} is not allowed in a framework; "
        f"use plain text, numbers, lists and mappings{advice}"
    )


def test_merge_keys_are_refused(cli, write):
    path = write("f.yaml", "ladderlint: 1\norganisation:\n  <<: {name: Acme}\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert ":3:3: LL004 [error] merge keys (<<) are not allowed" in _only_line(run)


def test_duplicate_key_names_both_places(cli, write):
    text = MINIMAL.replace("      impact:\n", "      impact:\n        - first\n      impact:\n")
    path = write("f.yaml", text)
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    line = _only_line(run)
    assert line.endswith(
        ":21:7: LL007 [error] duplicate key 'impact' (first defined at line 19, column 7): a key may appear only "
        "once in a mapping; ladderlint checks the first one (line 19) and skips this one, while other YAML tools "
        "would silently keep only this one: merge the two into one, or rename one of them"
    )


def test_non_utf8_bytes_are_located(cli, write):
    path = write("f.yaml", b"ladderlint: 1\nname: caf\xe9 \xe9\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert _only_line(run) == (f"{path}:2:10: LL002 [error] file is not valid UTF-8: byte 0xe9 cannot be decoded; "
                               "save it as UTF-8 (it is probably in an older encoding such as Windows-1252 or Latin-1)")


def test_utf16_is_refused_with_advice(cli, write):
    path = write("f.yaml", MINIMAL.encode("utf-16"))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert _only_line(run) == f"{path}:1:1: LL002 [error] file is encoded as UTF-16; save it as UTF-8"


STRAY_MARK = ("1:1: LL002 [error] file starts with a UTF-16 byte order mark (bytes 0xff 0xfe) but is not UTF-16: "
              "the text after it is UTF-8; remove the byte order mark, or save the file as UTF-8 without one")


@pytest.mark.parametrize("text", ["ladderlint: 1\n", "ladderlint: 1\nid: x\n"])  # even and odd: UTF-16 or not
def test_utf16_byte_order_mark_before_utf8_text_is_refused_not_skipped(cli, write, tmp_path, text):
    path = write("f.yaml", b"\xff\xfe" + text.encode())
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2, run.output
    assert _only_line(run) == f"{path}:{STRAY_MARK}"
    # Found in a directory as well as named.
    run = cli("check", "--format", "concise", str(tmp_path))
    assert run.exit_code == 2, run.output
    assert _only_line(run) == f"{path}:{STRAY_MARK}"


def test_wide_byte_order_mark_before_bytes_not_in_it_says_where(cli, write):
    path = write("latin.yaml", b"\xff\xfeladderlint: 1\nname: caf\xe9\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2, run.output
    assert _only_line(run) == (f"{path}:2:10: LL002 [error] file starts with a UTF-16 byte order mark (bytes 0xff "
                               "0xfe) but is not UTF-16, nor UTF-8: byte 0xe9 cannot be decoded; save it as UTF-8")
    cut = write("cut.yaml", b"\xff\xfe" + "ladderlint: 1\nid: x\n".encode("utf-16-le") + b"x")  # UTF-16 cut short
    run = cli("check", "--format", "concise", str(cut))
    assert run.exit_code == 2, run.output
    assert _only_line(run) == (f"{cut}:3:1: LL002 [error] file starts with a UTF-16 byte order mark (bytes 0xff "
                               "0xfe) but is not UTF-16: truncated data where it stops; save it as UTF-8")


def test_byte_order_mark_is_a_warning_and_the_file_is_still_checked(cli, write):
    path = write("f.yaml", b"\xef\xbb\xbf" + MINIMAL.encode())
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 0  # a warning does not fail the default --fail-on error
    assert _only_line(run) == (f"{path}:1:1: LL009 [warning] file starts with a UTF-8 byte order mark (an invisible "
                               "character some editors add); remove it with `ladderlint check --fix`, or save the "
                               "file as UTF-8 without it")
    assert cli("check", "--format", "concise", "--fail-on", "warning", str(path)).exit_code == 1


def test_fix_removes_a_byte_order_mark_and_nothing_else(cli, write):
    path = write("f.yaml", b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode())
    [finding] = cli("check", "--format", "json", str(path)).json()["findings"]
    assert finding["fix"] == {"path": None, "replacement": None, "removes": "byte order mark"}
    diff = cli("check", "--diff", str(path))
    assert diff.exit_code == 1 and "+ladderlint: 1" in diff.output
    run = cli("check", "--format", "concise", "--fix", str(path))
    assert run.exit_code == 0
    assert run.lines == ["All checks passed (1 framework checked)."]
    assert path.read_bytes() == MINIMAL.replace("\n", "\r\n").encode()  # the same text, line endings kept
    assert cli("check", "--diff", str(path)).exit_code == 0  # nothing left to fix


def test_nul_byte_is_a_syntax_error(cli, write):
    path = write("f.yaml", b"ladderlint: 1\nid: a\x00b\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert _only_line(run) == (
        f"{path}:2:6: LL003 [error] invalid YAML: control characters are not allowed (character U+0000)"
    )


@pytest.mark.parametrize("content", ["", "  \n", "\ufeff"], ids=["empty", "white space", "byte order mark"])
def test_empty_file_named_explicitly(cli, write, content):
    path = write("empty.yaml", content)
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert _only_line(run) == f"{path}:1:1: LL005 [error] file is empty; expected a ladderlint framework"


def test_undeclared_file_of_comments_named_explicitly_is_other_yaml(cli, write):
    """A configuration with every setting commented out, as a hook names it:
    skipped, not an empty framework."""
    path = write("settings.yaml", "# select: [LL1]\n# exclude: []\n")
    run = cli("check", str(path))
    assert run.exit_code == 0
    assert "no framework found" in run.stderr


def test_declared_file_with_only_comments_is_empty(cli, write):
    path = write("f.yaml", "# yaml-language-server: $schema=../schemas/framework.schema.json\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert ": LL005 [error] file holds no YAML document" in _only_line(run)


def test_empty_file_inside_a_directory_is_skipped(cli, write, tmp_path):
    write("empty.yaml", "")
    run = cli("check", "--format", "concise", str(tmp_path))
    assert run.exit_code == 0
    assert run.lines == ["No framework found; nothing checked."]


@pytest.mark.parametrize(
    ("document", "kind"),
    [("- IC1\n- IC2\n", "a list"), ("just text\n", "a single value")],
)
def test_document_that_is_not_a_mapping(cli, write, document, kind):
    path = write("f.yaml", "# yaml-language-server: $schema=../schemas/framework.schema.json\n" + document)
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert _only_line(run) == f"{path}:2:1: LL006 [error] the document is {kind}, not a mapping of keys to values"


@pytest.mark.parametrize("where", ["named", "in a directory"])
def test_a_framework_written_as_a_list_item_is_not_a_mapping(cli, write, tmp_path, where):
    path = write("dir/f.yaml", "- ladderlint: 1\n  id: acme\n")
    run = cli("check", "--format", "concise", str(path if where == "named" else tmp_path / "dir"))
    assert run.exit_code == 2
    assert run.lines == [
        f"{path}:1:1: LL006 [error] the document is a list, not a mapping of keys to values",
        "Found 1 problem (1 error); 0 frameworks checked, 1 file could not be read as a framework.",
    ]


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfel\x00a\x00d\x00d\x00e\x00r\x00l\x00i\x00n\x00t\x00:\x00 \x001\x00\n\x00", b"ladderlint: 1\nid: caf\xe9\n"],
    ids=["empty", "utf-16", "latin-1"],
)
def test_a_named_file_that_cannot_be_read_is_counted_as_such_not_as_a_framework_checked(cli, write, content):
    """Each is reported as the framework it was named as, and counted as a
    file that could not be read, whichever problem keeps it from being read
    (as a file that does not exist is): no framework in it was checked."""
    path = write("f.yaml", content)
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert run.lines[-1] == "Found 1 problem (1 error); 0 frameworks checked, 1 file could not be read as a framework."
    with_a_framework = cli("check", "--format", "concise", str(path), str(write("ok.yaml", MINIMAL)))
    assert with_a_framework.lines[-1].endswith("; 1 framework checked, 1 file could not be read as a framework.")


@pytest.mark.parametrize("content", ["ladderlint: 1\n\tid: acme\n", None], ids=["tab", "missing"])
def test_a_file_named_that_cannot_be_read_is_counted_alike_whatever_keeps_it_from_being_read(
        cli, write, tmp_path, content):
    path = write("f.yaml", content) if content is not None else tmp_path / "f.yaml"
    run = cli("check", "--format", "json", str(path))
    assert run.exit_code == 2
    assert run.json()["summary"]["files_checked"] == 0 and run.json()["summary"]["files_unreadable"] == 1
    text = cli("check", str(path))
    assert text.lines[-1] == "Found 1 problem (1 error); 0 frameworks checked, 1 file could not be read as a framework."


def test_a_named_file_that_is_not_yaml_nor_declared_is_skipped(cli, write):
    """The contract for files named on the command line (pre-commit names
    every staged *.yaml): a file that does not declare the format is not
    judged, whatever it holds."""
    path = write("f.yaml", b"\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe binary")
    run = cli("check", "--format", "concise", str(path))
    said = f"No framework found; nothing checked ({path} skipped: not text (a binary file))."
    assert (run.exit_code, run.lines) == (0, [said])
    assert "no framework found in" in run.stderr and "(1 file skipped: not text (a binary file))" in run.stderr


@pytest.mark.parametrize("name", ["notes.txt", "README.md"])
def test_a_named_file_that_is_not_yaml_is_said_to_be_skipped_as_not_yaml(cli, write, name):
    path = write(name, "# Notes\n\nSome text.\n")
    run = cli("check", str(path))
    assert (run.exit_code, run.lines) == (0, [f"No framework found; nothing checked ({path} skipped: not YAML)."])
    assert f"no framework found in {path} (1 file skipped: not YAML);" in run.stderr
    assert "other YAML" not in run.stderr
    both = cli("check", str(path), str(write("ok.yaml", MINIMAL)))
    assert both.lines[-1] == f"All checks passed (1 framework checked; {path} skipped: not YAML)."


def test_two_documents_in_one_file(cli, write):
    path = write("f.yaml", MINIMAL + "---\nladderlint: 1\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert _only_line(run) == (
        f"{path}:21:1: LL003 [error] invalid YAML: expected a single document in the stream, "
        "but found another document"
    )


def test_file_over_the_size_limit_is_not_read(write):
    from ladderlint.checker import check_paths
    from ladderlint.config import Settings

    path = write("big.yaml", MINIMAL)
    result = check_paths([str(path)], Settings(max_file_size=100))
    assert result.has_input_errors
    [finding] = result.findings
    size = len(MINIMAL.encode())
    assert (finding.file, finding.line, finding.column, finding.code) == (str(path), 1, 1, "LL008")
    assert finding.message == (f"file is {size:,} bytes, over the limit of 100 bytes; if it is a framework, split it "
                               "(one file per track), or raise the limit with the `max-file-size` setting of the "
                               "configuration (.ladderlint.yaml or pyproject.toml)")


def test_default_size_limit_refuses_a_50_megabyte_file(cli, write):
    path = write("huge.yaml", MINIMAL + "# " + "x" * (50 * 1024 * 1024) + "\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert ": LL008 [error] file is 52,429," in _only_line(run)


def test_missing_path(cli, tmp_path):
    missing = tmp_path / "nope"
    run = cli("check", "--format", "concise", str(missing))
    assert run.exit_code == 2
    assert _only_line(run) == f"{missing}:1:1: LL001 [error] no such file or directory"


def test_broken_symlink_named_explicitly(cli, tmp_path):
    link = tmp_path / "gone.yaml"
    link.symlink_to(tmp_path / "target.yaml")
    run = cli("check", "--format", "concise", str(link))
    assert run.exit_code == 2
    # `ls` lists the link as a file: the message says what it leads to.
    assert _only_line(run) == (f"{link}:1:1: LL001 [error] cannot read file: it is a symbolic link to "
                               f"{tmp_path / 'target.yaml'}, which does not exist")


def test_symlink_loop_in_a_tree_ends(cli, write, tmp_path):
    write("tree/a.yaml", MINIMAL)
    (tmp_path / "tree" / "loop").symlink_to(tmp_path / "tree")
    run = cli("check", "--format", "concise", str(tmp_path / "tree"))
    assert run.exit_code == 0
    assert run.lines == ["All checks passed (1 framework checked)."]


def test_a_run_that_finds_nothing_names_the_linked_directories_it_did_not_follow(cli, write, tmp_path):
    # frameworks/ a link to where the ladders are kept: not followed, which the
    # run says rather than pass for a repository without frameworks.
    write("shared/ladders/acme.yaml", MINIMAL)
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / "frameworks").symlink_to(tmp_path / "shared" / "ladders")
    run = cli("check", "--require-frameworks", ".", cwd=tmp_path / "repo")
    assert run.exit_code == 2
    assert run.stderr == ("ladderlint: error: no framework found in . (1 symbolic link to a directory not followed: "
                          "frameworks; name it to check what it holds); frameworks are YAML files that declare "
                          "`ladderlint: 1`\n")
    assert cli("check", "frameworks", cwd=tmp_path / "repo").lines == ["All checks passed (1 framework checked)."]


def test_unreadable_directory(cli, write, tmp_path, monkeypatch):
    write("tree/ok.yaml", MINIMAL)
    locked = tmp_path / "tree" / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    # Permission bits do not stop root (CI runs as root), so the operating
    # system's refusal is simulated where os.walk meets it.
    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    run = cli("check", "--format", "concise", str(tmp_path / "tree"))
    assert run.exit_code == 2
    assert _only_line(run) == f"{locked}:1:1: LL001 [error] cannot read directory: Permission denied"


def test_no_traceback_from_the_installed_command(tmp_path):
    """End to end through the console script: stderr stays clean."""
    import subprocess
    import sys

    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"ladderlint: 1\nid: [\n\xff")
    proc = subprocess.run(
        [sys.executable, "-m", "ladderlint", "check", "--format", "concise", str(bad)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout
    assert f"{bad}:3:1: LL002 [error]" in proc.stdout
