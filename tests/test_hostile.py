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

from conftest import MINIMAL, ROOT

HOSTILE = ROOT / "tests" / "hostile"

# file -> (exit code, first line of output after "path:")
EXPECTED: dict[str, tuple[int, str]] = {
    "nested-100.yaml": (0, ""),  # a hundred levels under an x- key: allowed, and clean
    "nested-10000.yaml": (
        2, "2:1008: LL003 [error] the document is nested more than 1000 levels deep; a framework needs fewer than 10"
    ),
    "nested-block-2000.yaml": (
        2, "3:2001: LL003 [error] the document is nested more than 1000 levels deep; a framework needs fewer than 10"
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
    "mixed-line-endings-bad-byte.yaml": (2, "16:19: LL002 [error] file is not valid UTF-8: byte 0xe9 cannot be decoded"),
    "huge-integer.yaml": (
        2, "5:10: LL003 [error] this number has more than 4,000 digits, too many to read; put it in quotes if it is text"
    ),
}


def _present(names):
    return sorted(name for name in names if (HOSTILE / name).exists())


@pytest.mark.parametrize("name", _present(EXPECTED))
def test_hostile_file(cli, name):
    path = HOSTILE / name
    code, first = EXPECTED[name]
    run = cli("check", str(path))
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
    proc = _run_module("check", str(path))
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
    run = cli("check", str(path))
    assert run.exit_code == 2
    assert run.lines[0] == (
        f"{path}:5:10: LL003 [error] this number has more than 4,000 digits, too many to read; "
        "put it in quotes if it is text"
    )


def test_long_numbers_that_python_reads_are_numbers(write, cli):
    path = write("f.yaml", MINIMAL.replace('version: "1.0.0"', "version: " + "9" * 3000))
    run = cli("check", str(path))
    assert run.exit_code == 1
    assert "LL103 [error] 'version' must be text, not a whole number (put the value in quotes)" in run.output


def test_messages_quote_long_values_shortened(write, cli):
    """A 5,000-character id used to be repeated in full in the suggestion."""
    path = write("f.yaml", MINIMAL.replace("id: acme-backend", "id: Acme " + "x" * 5000))
    run = cli("check", str(path))
    assert run.exit_code == 1
    [line] = [line for line in run.lines if "LL104" in line]
    assert line.endswith("as in 'acme-" + "x" * 52 + "...'")
    assert len(line) - len(str(path)) < 250
