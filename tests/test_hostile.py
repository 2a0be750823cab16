"""Hostile input: what ladderlint does with each kind of nasty file.

The small files live in tests/hostile/ (one expectation each, below); the
big ones (a 50 MB file, a 5 MB line, 3000 files) are made by the tests.
Every case ends with a stated message and exit code, never a traceback,
a hang or a crash.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT, own_framework

HOSTILE = ROOT / "tests" / "hostile"
#: What LL008 says to do about a file over the size limit.
_TOO_LARGE_ADVICE = ("; if it is a framework, split it (one file per track), or raise the limit with the "
                     "`max-file-size` setting of the configuration (.ladderlint.yaml or pyproject.toml)")


def _libyaml_limits_nesting() -> bool:
    """libyaml 0.2.6 and later refuse more than 1000 levels themselves,
    counting block levels from one more than ladderlint does."""
    import yaml

    if not yaml.__with_libyaml__:
        return False
    version = tuple(int(part) for part in yaml._yaml.get_version_string().split(".")[:3])
    return version >= (0, 2, 6)


# "- " 999 times (libyaml's count) or 1000 times (ladderlint's) into line 3.
_BLOCK_COLUMN = 1999 if _libyaml_limits_nesting() else 2001

# file -> (exit code, first line of output after "path:")
EXPECTED: dict[str, tuple[int, str]] = {
    "nested-100.yaml": (0, ""),  # a hundred levels under an x- key: allowed, and clean
    "nested-10000.yaml": (
        2, "2:1008: LL003 [error] the document is nested more than 1000 levels deep; a framework needs fewer than 10"
    ),
    "nested-block-2000.yaml": (
        2, f"3:{_BLOCK_COLUMN}: LL003 [error] the document is nested more than 1000 levels deep; a framework needs fewer than 10"
    ),
    "utf16-bom.yaml": (2, "1:1: LL002 [error] file is encoded as UTF-16; save it as UTF-8"),
    "utf16le-no-bom.yaml": (
        2, "1:1: LL002 [error] file is encoded as UTF-16 (without a byte order mark); save it as UTF-8"
    ),
    "utf32be-no-bom.yaml": (
        2, "1:1: LL002 [error] file is encoded as UTF-32 (without a byte order mark); save it as UTF-8"
    ),
    # CRLF on lines 1-5, a lone CR on lines 6-10, LF after: positions count
    # every kind of line break, as the parser and editors do.
    "mixed-line-endings.yaml": (1, "15:5: LL101 [error] level 'IC1' has no 'title'"),
    "mixed-line-endings-bad-byte.yaml": (2, "16:19: LL002 [error] file is not valid UTF-8: byte 0xe9 cannot be decoded; save it as UTF-8 "
                      "(it is probably in an older encoding such as Windows-1252 or Latin-1)"),
    "huge-integer.yaml": (
        2, "5:10: LL003 [error] this number has more than 4,000 digits, too many to read; put it in quotes if it is text"
    ),
    "alias-bomb.yaml": (
        2, "2:4: LL004 [error] this content is reused through an alias (*name); anchors and aliases are not "
        "allowed in a framework: write the content out"
    ),
    "nul-byte.yaml": (2, "17:19: LL003 [error] invalid YAML: control characters are not allowed (character U+0000)"),
    # A terminal escape sequence never reaches the output: YAML refuses it.
    "escape-sequence.yaml": (
        2, "17:14: LL003 [error] invalid YAML: control characters are not allowed (character U+001B)"
    ),
    "invalid-utf8-surrogate.yaml": (2, "17:19: LL002 [error] file is not valid UTF-8: byte 0xed cannot be decoded; save it as UTF-8 "
                      "(it is probably in an older encoding such as Windows-1252 or Latin-1)"),
    "binary-garbage.yaml": (2, "4:115: LL002 [error] file is not valid UTF-8: byte 0x80 cannot be decoded; save it as UTF-8 "
                      "(it is probably in an older encoding such as Windows-1252 or Latin-1)"),
    "utf8-bom.yaml": (0, "1:1: LL009 [warning] file starts with a UTF-8 byte order mark (an invisible character "
                      "some editors add); remove it with `ladderlint check --fix`, or save the file as UTF-8 "
                      "without it"),
    "python-tag.yaml": (
        2, "2:5: LL004 [error] the tag !!python/object/apply:os.system is not allowed in a framework; "
        "use plain text, numbers, lists and mappings"
    ),
    "not-a-framework-list.yaml": (2, "2:1: LL006 [error] the document is a list, not a mapping of keys to values"),
    "empty-declared.yaml": (2, "1:1: LL005 [error] file holds no YAML document; expected a ladderlint framework"),
    "two-documents.yaml": (
        2, "21:1: LL003 [error] invalid YAML: expected a single document in the stream, but found another document"
    ),
}


def _present(names):
    return sorted(name for name in names if (HOSTILE / name).exists())


@pytest.mark.parametrize("name", _present(EXPECTED))
def test_hostile_file(cli, name):
    path = HOSTILE / name
    code, first = EXPECTED[name]
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == code
    if first:
        assert run.lines[0] == f"{path}:{first}"
        assert len(run.lines) == 2  # that finding and the summary
    else:
        assert run.lines == ["All checks passed (1 framework checked)."]


def test_every_hostile_file_states_what_happens():
    committed = sorted(p.name for p in HOSTILE.glob("*.yaml"))
    assert committed == sorted(n for n in EXPECTED if (HOSTILE / n).exists()) == sorted(EXPECTED)


def _run_module(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ladderlint", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


@pytest.mark.parametrize("depth", [100_000, 16_000_000])
def test_very_deep_nesting_is_an_error_not_a_crash(tmp_path, depth):
    """libyaml builds its node tree recursively in C: 100,000 levels used to
    overflow the stack and kill the process (a segmentation fault). 16
    million levels fill the 32 MiB size limit."""
    path = tmp_path / "deep.yaml"
    path.write_text("ladderlint: 1\nx-deep: " + "[" * depth + "]" * depth + "\n")
    proc = _run_module("check", "--format", "concise", str(path))
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout.splitlines()[0] == (
        f"{path}:2:1008: LL003 [error] the document is nested more than 1000 levels deep; "
        "a framework needs fewer than 10"
    )
    assert proc.stderr == ""


def test_deep_nesting_by_indentation_is_refused(write):
    from ladderlint.loader import LoadError, load_document

    text = "ladderlint: 1\nx-deep:\n" + "".join(" " * i + "-\n" for i in range(1100)) + " " * 1100 + "- leaf\n"
    with pytest.raises(LoadError) as caught:
        load_document("f.yaml", text.encode())
    # the root mapping is level 1, the sequence on line 3 level 2: level 1001 is on line 1002
    assert (caught.value.code, caught.value.position.line) == ("LL003", 1002)


@pytest.mark.parametrize("value", ["9" * 5000, "0x" + "f" * 5000, "-" + "1" * 4300])
def test_numbers_too_long_to_read_are_an_error(write, cli, value):
    """Python refuses to read (or to print) an int of more than 4300 digits:
    that was an internal error."""
    path = write("f.yaml", MINIMAL.replace('version: "1.0.0"', f"version: {value}"))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert run.lines[0] == (
        f"{path}:5:10: LL003 [error] this number has more than 4,000 digits, too many to read; "
        "put it in quotes if it is text"
    )


def test_long_numbers_that_python_reads_are_numbers(write, cli):
    path = write("f.yaml", MINIMAL.replace('version: "1.0.0"', "version: " + "9" * 3000))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 1
    assert "LL103 [error] 'version' must be text, not a whole number (put the value in quotes)" in run.output


def test_messages_quote_long_values_shortened(write, cli):
    """A 5,000-character id used to be repeated in full in the suggestion."""
    path = write("f.yaml", MINIMAL.replace("id: acme-backend", "id: Acme " + "x" * 5000))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 1
    [line] = [line for line in run.lines if "LL104" in line]
    assert line.endswith("as in 'acme-" + "x" * 52 + "...'")
    assert len(line) - len(str(path)) < 250


def test_a_five_megabyte_statement_on_one_line(write, cli):
    statement = "I " + "deliver value, " * 350_000  # 5.2 MB on line 20
    path = write("long.yaml", MINIMAL.replace("I deliver my tasks on time", statement.strip()))
    run = cli("check", "--format", "concise", str(path))
    # No statement is that long: LL508 says so, at the statement, and the wording rules do not read it.
    [finding, summary] = run.lines
    assert run.exit_code == 0 and summary == "Found 1 problem (1 warning); 1 framework checked."
    assert finding.startswith(f"{path}:20:11: LL508 [warning] statement of {len(statement.strip()):,} characters")


def test_a_bad_byte_at_the_end_of_a_five_megabyte_line_is_located(write, cli):
    statement = "I " + "deliver " * 650_000 + "\x00"
    path = write("long.yaml", MINIMAL.replace("I deliver my tasks on time", statement))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    column = len("        - ") + len(statement)  # 1-based column of the NUL
    assert run.lines[0] == (
        f"{path}:20:{column}: LL003 [error] invalid YAML: control characters are not allowed (character U+0000)"
    )


def test_a_fifty_megabyte_framework_in_a_tree_is_refused_unread(write, cli, tmp_path):
    write("tree/ok.yaml", MINIMAL)
    big = write("tree/huge.yaml", MINIMAL + "# " + "x" * (50 * 1024 * 1024) + "\n")
    run = cli("check", "--format", "concise", str(tmp_path / "tree"))
    assert run.exit_code == 2
    assert run.lines == [
        f"{big}:1:1: LL008 [error] file is {big.stat().st_size:,} bytes, over the limit of 33,554,432 bytes"
        f"{_TOO_LARGE_ADVICE}",
        "Found 1 problem (1 error); 1 framework checked, 1 file could not be read as a framework.",
    ]


@pytest.mark.parametrize("explicit", [False, True])
def test_a_fifty_megabyte_yaml_file_that_is_not_a_framework_is_skipped(write, cli, tmp_path, explicit):
    """Other YAML is not ours to judge, however big: only its first 64 KiB
    are read, to see that it does not declare the format."""
    write("tree/ok.yaml", MINIMAL)
    data = write("tree/data.yaml", "rows:\n" + "  - [1, 2, 3]\n" * (4 * 1024 * 1024))
    assert data.stat().st_size > 50_000_000
    run = cli("check", "--format", "concise", str(data) if explicit else str(tmp_path / "tree"))
    summary = (f"No framework found; nothing checked ({data} skipped: does not declare `ladderlint: 1`)." if explicit
               else "All checks passed (1 framework checked).")
    assert (run.exit_code, run.lines) == (0, [summary])


def test_symlink_loops_between_files_are_reported(write, cli, tmp_path):
    write("tree/ok.yaml", MINIMAL)
    a, b = tmp_path / "tree" / "a.yaml", tmp_path / "tree" / "b.yaml"
    a.symlink_to(b)
    b.symlink_to(a)
    run = cli("check", "--format", "concise", str(tmp_path / "tree"))
    assert run.exit_code == 2
    assert run.lines == [
        f"{a}:1:1: LL001 [error] cannot read file: it is a symbolic link to {b}, and the links lead back to themselves",
        f"{b}:1:1: LL001 [error] cannot read file: it is a symbolic link to {a}, and the links lead back to themselves",
        "Found 2 problems (2 errors); 1 framework checked, 2 files could not be read as a framework.",
    ]


def test_directories_linked_to_each_other_are_walked_once(write, cli, tmp_path):
    write("tree/one/a.yaml", MINIMAL)
    write("tree/two/b.yaml", own_framework(MINIMAL, "two"))  # LL306 and LL307 otherwise
    (tmp_path / "tree" / "one" / "to-two").symlink_to(tmp_path / "tree" / "two")
    (tmp_path / "tree" / "two" / "to-one").symlink_to(tmp_path / "tree" / "one")
    run = cli("check", "--format", "concise", str(tmp_path / "tree"))
    assert (run.exit_code, run.lines) == (0, ["All checks passed (2 frameworks checked)."])


def test_a_named_pipe_does_not_hang_the_check(write, tmp_path):
    """Opening a FIFO for reading waits for a writer: the check used to hang."""
    write("tree/ok.yaml", MINIMAL)
    pipe = tmp_path / "tree" / "pipe.yaml"
    os.mkfifo(pipe)
    proc = _run_module("check", "--format", "concise", str(tmp_path / "tree"))
    assert proc.returncode == 2
    assert proc.stdout.splitlines() == [
        f"{pipe}:1:1: LL001 [error] cannot read file: it is a named pipe, not a regular file",
        "Found 1 problem (1 error); 1 framework checked, 1 file could not be read as a framework.",
    ]


def test_an_unreadable_file_is_reported_and_the_others_checked(write, cli, tmp_path, monkeypatch):
    write("tree/ok.yaml", MINIMAL)
    locked = write("tree/locked.yaml", MINIMAL)
    real_open = os.open

    # Permission bits do not stop root (CI runs as root): the refusal is
    # simulated where the file is opened.
    def fake_open(path, flags, *args):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", fake_open)
    run = cli("check", "--format", "concise", str(tmp_path / "tree"))
    assert run.exit_code == 2
    assert run.lines == [
        f"{locked}:1:1: LL001 [error] cannot read file: Permission denied",
        "Found 1 problem (1 error); 1 framework checked, 1 file could not be read as a framework.",
    ]


def test_a_file_that_grows_between_stat_and_read(write, monkeypatch):
    import os

    from ladderlint.checker import check_paths
    from ladderlint.config import Settings

    path = write("f.yaml", MINIMAL + "# padding\n" * 100)
    real_fstat = os.fstat

    class Small:  # the file as it was when stat ran
        def __init__(self, fd: int) -> None:
            self.st_mode, self.st_size = real_fstat(fd).st_mode, 10

    monkeypatch.setattr(os, "fstat", Small)
    result = check_paths([str(path)], Settings(max_file_size=500))
    [finding] = result.findings
    assert (finding.code, finding.message) == ("LL008", f"file is over the limit of 500 bytes{_TOO_LARGE_ADVICE}")


def test_a_file_deleted_or_emptied_after_it_was_found(write, tmp_path, monkeypatch):
    import ladderlint.checker as checker

    gone = write("tree/gone.yaml", MINIMAL)
    emptied = write("tree/emptied.yaml", MINIMAL)
    named = write("named.yaml", MINIMAL)
    real_discover = checker.discover

    def discover_then_change(paths, *args):
        found = real_discover(paths, *args)
        gone.unlink()
        emptied.write_text("")
        named.write_text("")
        return found

    monkeypatch.setattr(checker, "discover", discover_then_change)
    result = checker.check_paths([str(tmp_path / "tree"), str(named)])
    assert [(f.file, f.code, f.message) for f in result.findings] == [
        (str(named), "LL005", "file is empty; expected a ladderlint framework"),  # named, so reported
        (str(gone), "LL001", "cannot read file: No such file or directory"),
    ]
    assert result.skipped == [str(emptied)]  # an empty file in a tree is not a framework


def test_thousands_of_files_in_one_call(tmp_path, cli):
    for i in range(3000):
        folder = tmp_path / "tree" / f"team-{i % 30:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"track-{i:04d}.yaml").write_text(own_framework(MINIMAL, str(i)))
    (tmp_path / "tree" / "team-07" / "track-0007.yaml").write_text(MINIMAL.replace("    title: Engineer I\n", ""))
    run = cli("check", "--format", "concise", str(tmp_path / "tree"))
    assert run.exit_code == 1
    assert run.lines == [
        f"{tmp_path}/tree/team-07/track-0007.yaml:15:5: LL101 [error] level 'IC1' has no 'title'",
        "Found 1 problem (1 error); 3000 frameworks checked.",
    ]


def _snapshot(*roots: Path) -> dict[str, tuple[int, int]]:
    """Every file and directory under roots, with its size and mtime."""
    out = {}
    for root in roots:
        for folder, dirs, files in os.walk(root):
            for name in dirs + files:
                path = os.path.join(folder, name)
                info = os.lstat(path)
                out[path] = (info.st_size, info.st_mtime_ns)
    return out


def _tree(tmp_path: Path) -> Path:
    tree = tmp_path / "repo"
    (tree / "frameworks").mkdir(parents=True)
    (tree / "frameworks" / "ok.yaml").write_text(MINIMAL)
    (tree / "frameworks" / "bad.yaml").write_text(MINIMAL.replace("    title: Engineer I\n", ""))
    (tree / "frameworks" / "broken.yaml").write_text("ladderlint: 1\nid: [\n")
    (tree / ".github").mkdir()
    (tree / ".github" / "ci.yml").write_text("on: push\n")
    return tree


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_check_writes_nothing(tmp_path, output_format):
    """No cache, no report, no compiled schema left behind: not in the tree,
    the working directory, the home directory or the cache directory."""
    tree = _tree(tmp_path)
    home, cache = tmp_path / "home", tmp_path / "cache"
    home.mkdir()
    cache.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(cache), "TMPDIR": str(cache)}
    before = _snapshot(tree, home, cache)
    proc = _run_module("check", "--format", output_format, ".", cwd=tree, env=env)
    assert proc.returncode == 2, proc.stderr
    assert _snapshot(tree, home, cache) == before


def test_concurrent_runs_on_one_tree_agree_and_write_nothing(tmp_path):
    """pre-commit runs hooks in parallel: four checks of one tree at once."""
    tree = _tree(tmp_path)
    before = _snapshot(tree)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "ladderlint", "check", "--format", "concise", "."], cwd=tree, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(4)
    ]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    assert {r[0] for r in results} == {2}
    assert len({r[1] for r in results}) == 1 and results[0][1].count(b"\n") == 3
    assert {r[2] for r in results} == {b""}
    assert _snapshot(tree) == before
