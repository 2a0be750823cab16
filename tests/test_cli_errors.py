"""Every command reports a bad invocation or bad input the same way: on
standard error, `ladderlint: error: ` and what is wrong, naming the file
(with its line and column where there is one), then, for a usage mistake,
the usage and where the options are explained; exit code 2; never a
traceback, and never click's own "Error:" voice."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import MINIMAL

PREFIX = "ladderlint: error: "
PAGE = "Acme Career Framework\nL2 Backend Engineer\nDelivery\n  • I ship my work on time\n"

# The files each case starts from, in the directory it runs in.
FILES = {
    "f.yaml": MINIMAL,
    "g.yaml": MINIMAL.replace("on time", "on time, every time"),
    "latin1.yaml": MINIMAL.replace("Acme", "Acmé").encode("latin-1"),
    "page.txt": PAGE,
    "badcfg.yaml": "selct: [LL1]\n",
    "empty/.keep": "",
    "docs/notes.yaml": "title: not a framework\n",
    "broken/.ladderlint.yaml": "select: [LL1\n",
    "broken/f.yaml": MINIMAL,
}

# (what is wrong, the command line, what the first line names after the prefix)
CASES = [
    # click's usage errors, in ladderlint's voice; suggestions kept
    ("unknown command", ["chek", "f.yaml"], "no such command 'chek' (did you mean one of: 'check'"),
    ("unknown option", ["check", "--jbos", "2", "f.yaml"], "no such option '--jbos'; did you mean '--jobs'?"),
    ("unknown option, one letter off", ["check", "--fixx", "f.yaml"], "no such option '--fixx'; did you mean '--fix'?"),
    ("option of another command", ["rules", "--fail-on", "error"], "no such option '--fail-on'"),
    ("value of the wrong kind", ["check", "-j", "abc", "f.yaml"],
     "invalid value for '-j' / '--jobs': 'abc' is not a valid integer range"),
    ("value out of range", ["check", "-j", "0", "f.yaml"], "invalid value for '-j' / '--jobs': 0 is not in the"),
    ("option without its value", ["check", "f.yaml", "--format"], "option '--format' requires an argument"),
    ("missing option", ["render", "f.yaml"], "missing option '-o' / '--output'"),
    ("missing argument", ["import"], "missing argument 'FILES...'"),
    ("missing --reason", ["approve", "f.yaml", "g.yaml"], "missing option '--reason'"),
    # --format values, command by command
    ("check --format", ["check", "--format", "xml", "f.yaml"], "invalid value for '--format': 'xml' is not one of"),
    ("diff --format", ["diff", "--format", "xml", "f.yaml", "g.yaml"], "invalid value for '--format': 'xml'"),
    ("render --format", ["render", "--format", "pdf", "-o", "site", "f.yaml"], "invalid value for '--format': 'pdf'"),
    ("import --format", ["import", "--format", "pdf", "page.txt"], "invalid value for '--format': 'pdf'"),
    ("rules --format", ["rules", "--format", "xml"], "invalid value for '--format': 'xml'"),
    ("--statistics with sarif", ["check", "--statistics", "--format", "sarif", "f.yaml"],
     "invalid value for --statistics: --statistics works with the text"),
    # values ladderlint refuses
    ("unknown rule", ["check", "--select", "LL999", "f.yaml"], "invalid value for --select: no rule code starts"),
    ("unknown rule to explain", ["explain", "LL999"], "invalid value for CODE: no rule 'LL999'"),
    ("unknown impact", ["diff", "--fail-on", "bogus", "f.yaml", "g.yaml"], "invalid value for --fail-on: 'bogus'"),
    ("empty organisation", ["init", "--organisation", " ", "new"], "invalid value for --organisation"),
    ("--stdin-filename without -", ["check", "--stdin-filename", "f.yaml", "f.yaml"],
     "invalid value for --stdin-filename"),
    ("one operand", ["diff", "f.yaml"], "give two files or directories (OLD NEW)"),
    # configuration
    ("missing configuration", ["check", "--config", "missing.yaml", "f.yaml"],
     "missing.yaml: configuration file not found"),
    ("configuration with an unknown key", ["check", "--config", "badcfg.yaml", "f.yaml"],
     "badcfg.yaml:1:1: selct: unknown key (did you mean 'select'?)"),
    ("configuration found beside the file", ["check", "broken/f.yaml"], "broken/.ladderlint.yaml:1:9: invalid YAML"),
    ("render's configuration", ["render", "--config", "badcfg.yaml", "-o", "site", "f.yaml"],
     "badcfg.yaml:1:1: selct: unknown key"),
    ("diff's configuration", ["diff", "broken/f.yaml", "f.yaml"], "broken/.ladderlint.yaml:1:9: invalid YAML"),
    ("configuration that is a directory", ["check", "--config", "empty", "f.yaml"],
     "invalid value for '--config': file 'empty' is a directory"),
    # inputs
    ("diff: missing file", ["diff", "f.yaml", "missing.yaml"], "missing.yaml: no such file or directory"),
    ("diff: unreadable file", ["diff", "f.yaml", "latin1.yaml"], "latin1.yaml cannot be read as a framework"),
    ("diff: unknown level", ["diff", "--levels", "IC1", "IC9", "f.yaml"], "no level 'IC9' in f.yaml"),
    ("approve: missing file", ["approve", "--reason", "agreed", "f.yaml", "missing.yaml"],
     "missing.yaml: no such file or directory"),
    ("render: missing file", ["render", "-o", "site", "missing.yaml"], "missing.yaml: no such file or directory"),
    ("render: unreadable file", ["render", "-o", "site", "latin1.yaml"], "latin1.yaml"),
    ("render: directory without YAML", ["render", "-o", "site", "empty"], "no framework found in empty"),
    ("render: directory without a framework", ["render", "-o", "site", "docs"], "no framework found in docs"),
    ("render: missing templates", ["render", "--templates", "missing", "-o", "site", "f.yaml"],
     "missing: no such directory of templates"),
    ("check: directory without YAML", ["check", "--require-frameworks", "empty"], "no framework found in empty"),
    ("import: missing file", ["import", "missing.md"], "missing.md: cannot read file: No such file or directory"),
    ("import: directory without documents", ["import", "empty"], "empty: is a directory with no documents"),
    # outputs
    ("check: output in a missing directory", ["check", "-o", "nodir/report.txt", "f.yaml"],
     "cannot write nodir/report.txt: No such file or directory"),
    ("check: output is a directory", ["check", "-o", "empty", "f.yaml"],
     "invalid value for '-o' / '--output': file 'empty' is a directory"),
    ("render: output is a file", ["render", "-o", "f.yaml", "f.yaml"],
     "invalid value for '-o' / '--output': directory 'f.yaml' is a file"),
    ("render: output under a file", ["render", "-o", "f.yaml/site", "f.yaml"], "f.yaml/site"),
    ("import: output under a file", ["import", "page.txt", "--org", "Acme", "-o", "f.yaml/x.yaml"],
     "cannot write f.yaml/x.yaml: a part of its folder is a file, not a folder"),
    ("import: output is a directory", ["import", "page.txt", "-o", "empty"], "empty: is a directory"),
    ("import: report under a file",
     ["import", "page.txt", "--org", "Acme", "-o", "x.yaml", "--report", "f.yaml/report.md"], "f.yaml/report.md"),
    ("import: report is a directory", ["import", "page.txt", "--report", "empty"],
     "invalid value for '--report': file 'empty' is a directory"),
    ("init: directory is a file", ["init", "f.yaml"], "invalid value for '[DIRECTORY]': directory 'f.yaml' is a file"),
    ("init: a file where a directory goes", ["init", "--organisation", "Acme", "blocked"], "blocked/schemas"),
    ("approve: approvals in a missing directory",
     ["approve", "--reason", "agreed", "--fail-on", "any", "--approvals", "nodir/approvals", "f.yaml", "g.yaml"],
     "nodir/approvals"),
]


@pytest.fixture
def workspace(write, tmp_path):
    for name, content in FILES.items():
        write(name, content)
    write("blocked/schemas", "a file where init makes a directory\n")
    return tmp_path


@pytest.mark.parametrize(("args", "named"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_a_bad_invocation_or_input_is_reported_the_same_way(cli, workspace, args, named):
    run = cli(*args, cwd=workspace)
    assert run.exit_code == 2, (run.output, run.stderr)
    first, *rest = run.stderr.splitlines()
    assert first.startswith(PREFIX), run.stderr
    assert named in first, run.stderr
    assert "Traceback" not in run.stderr and "Error:" not in run.stderr
    if first.startswith((f"{PREFIX}invalid value", f"{PREFIX}no such", f"{PREFIX}missing option",
                         f"{PREFIX}missing argument", f"{PREFIX}option ")):
        # A usage mistake says what to do: the usage, and where each option is explained.
        command = "ladderlint" if args[0] == "chek" else f"ladderlint {args[0]}"
        assert rest[-1] == f"Run `{command} --help` for {'the commands' if args[0] == 'chek' else 'what each option does'}."


def test_a_file_that_cannot_be_checked_is_a_finding_at_its_place(cli, workspace):
    """`check` reports the files it cannot read in its report, in the format
    asked for (so CI annotates them), with the file, line and column."""
    for args, named in ((["missing.yaml"], "missing.yaml:1:1: LL001 [error] no such file or directory"),
                        (["latin1.yaml"], "latin1.yaml:3:10: LL002 [error] file is not valid UTF-8")):
        run = cli("check", "--format", "concise", *args, cwd=workspace)
        assert run.exit_code == 2
        assert run.lines[0].startswith(named), run.output


def test_the_installed_command_speaks_the_same_way(tmp_path):
    """Through the console entry point, not only click's test runner."""
    proc = subprocess.run([sys.executable, "-m", "ladderlint", "check", "-j", "abc"], capture_output=True,
                          text=True, check=False, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == (
        f"{PREFIX}invalid value for '-j' / '--jobs': 'abc' is not a valid integer range\n"
        "Usage: ladderlint check [OPTIONS] [PATHS]...\n"
        "Run `ladderlint check --help` for what each option does.\n"
    )


def test_an_unknown_option_like_none_has_no_suggestion(cli, workspace):
    """The dashes every option shares do not make '--bogus' close to '--jobs'."""
    run = cli("check", "--bogus", "f.yaml", cwd=workspace)
    assert run.exit_code == 2
    assert run.stderr.splitlines()[0] == f"{PREFIX}no such option '--bogus'", run.stderr


def test_ladderlint_alone_shows_the_help(cli):
    """Not an error to explain: the commands are what was asked for."""
    run = cli()
    assert run.exit_code == 2
    assert run.stderr.startswith("Usage: ladderlint [OPTIONS] COMMAND [ARGS]...") and "Commands:" in run.stderr
