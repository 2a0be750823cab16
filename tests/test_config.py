"""Configuration: finding the file, every key, command-line precedence, and
every kind of configuration error (exit code 2, file and key named)."""

from __future__ import annotations

import pytest

from conftest import MINIMAL, own_framework
from fixing_rule import collapse_spaces  # noqa: F401  (a fixture)
from ladderlint.config import CommandLine, ConfigError, resolve_settings
from ladderlint.rules.base import Severity

TWICE = MINIMAL.replace(
    "      - id: impact\n        name: Impact\n",
    "      - id: impact\n        name: Impact\n      - id: impact\n        name: Impact again\n",
)  # LL110 at 14:13
SPACED = MINIMAL.replace("- I deliver my tasks on time", "- I deliver  my tasks on time")  # LL990 at 20:11
BOM = b"\xef\xbb\xbf" + MINIMAL.encode()  # LL009, a warning


def concise(cli, *args, cwd):
    return cli("check", "--format", "concise", *args, cwd=cwd)


# --- finding the configuration -------------------------------------------------


def test_ladderlint_yaml_in_the_current_directory(cli, write, tmp_path):
    write("twice.yaml", TWICE)
    assert concise(cli, "twice.yaml", cwd=tmp_path).exit_code == 1
    write(".ladderlint.yaml", "ignore: [LL110]\n")
    assert concise(cli, "twice.yaml", cwd=tmp_path).lines == ["All checks passed (1 framework checked)."]


def test_configuration_is_found_in_a_parent_directory(cli, write, tmp_path):
    write(".ladderlint.yaml", "ignore: [duplicate-id]\n")
    write("team/frameworks/twice.yaml", TWICE)
    assert concise(cli, "frameworks", cwd=tmp_path / "team").exit_code == 0


def test_pyproject_without_a_ladderlint_table_is_passed_over(cli, write, tmp_path):
    write(".ladderlint.yaml", "ignore: [LL110]\n")
    write("team/pyproject.toml", '[project]\nname = "ladders"\ndependencies = ["ladderlint"]\n')
    write("team/twice.yaml", TWICE)
    assert concise(cli, "twice.yaml", cwd=tmp_path / "team").exit_code == 0


def test_pyproject_tool_table(cli, write, tmp_path):
    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.ladderlint]\nignore = ["LL110"]\n')
    write("twice.yaml", TWICE)
    assert concise(cli, "twice.yaml", cwd=tmp_path).exit_code == 0


def test_nearest_configuration_wins_and_yaml_before_pyproject(cli, write, tmp_path):
    write(".ladderlint.yaml", "ignore: [LL110]\n")
    write("team/pyproject.toml", "[tool.ladderlint]\nselect = [\"LL1\"]\n")
    write("team/.ladderlint.yaml", "select: [LL0]\n")
    write("team/twice.yaml", TWICE)
    settings = resolve_settings(CommandLine(), cwd=str(tmp_path / "team"))
    assert settings.config_file is not None and settings.config_file.endswith(".ladderlint.yaml")
    assert not "LL110" in settings.enabled and "LL009" in settings.enabled


def test_config_option_names_the_file_and_isolated_ignores_all(cli, write, tmp_path):
    write(".ladderlint.yaml", "select: [LL0]\n")
    write("strict.yaml", "fail-on: warning\n")
    write("bom.yaml", BOM)
    write("twice.yaml", TWICE)
    assert concise(cli, "twice.yaml", cwd=tmp_path).exit_code == 0  # LL110 not selected
    assert concise(cli, "--config", "strict.yaml", "bom.yaml", cwd=tmp_path).exit_code == 1
    assert concise(cli, "--isolated", "twice.yaml", cwd=tmp_path).exit_code == 1
    assert concise(cli, "--no-config", "twice.yaml", cwd=tmp_path).exit_code == 1


def test_config_file_is_also_taken_from_pyproject_by_option(cli, write, tmp_path):
    write("conf/pyproject.toml", "[tool.ladderlint]\nignore = [\"LL110\"]\n")
    write("twice.yaml", TWICE)
    assert concise(cli, "--config", "conf/pyproject.toml", "twice.yaml", cwd=tmp_path).exit_code == 0


# --- keys ------------------------------------------------------------------------


def test_command_line_wins_over_the_file(cli, write, tmp_path):
    write(".ladderlint.yaml", "ignore: [LL110]\nfail-on: warning\n")
    write("twice.yaml", TWICE)
    write("bom.yaml", BOM)
    assert concise(cli, "--select", "LL110", "twice.yaml", cwd=tmp_path).exit_code == 1
    assert concise(cli, "bom.yaml", cwd=tmp_path).exit_code == 1
    assert concise(cli, "--fail-on", "error", "bom.yaml", cwd=tmp_path).exit_code == 0


def test_select_extend_select_and_ignore_layers():
    from ladderlint.config import Selection, resolve_selection

    everything = resolve_selection([Selection(select=("LL",))])
    assert "LL110" in everything and "LL101" in everything
    only_input = resolve_selection([Selection(select=("LL",)), Selection(select=("LL0",), extend_select=("LL110",))])
    assert "LL110" in only_input and "LL101" not in only_input and "LL001" in only_input
    # More specific wins within a layer; ignore wins a tie.
    assert resolve_selection([Selection(select=("LL1",), ignore=("LL11",))]) == resolve_selection(
        [Selection(select=("LL10",))]
    )
    assert "LL110" not in resolve_selection([Selection(select=("LL110",), ignore=("duplicate-id",))])
    # A later layer's select starts afresh: the file's ignore no longer applies.
    assert "LL110" in resolve_selection([Selection(ignore=("LL110",)), Selection(select=("LL110",))])
    # Without select, a later layer's ignore removes from what was chosen.
    assert "LL110" not in resolve_selection([Selection(select=("LL1",)), Selection(ignore=("LL110",))])


def test_extend_select_in_the_file(cli, write, tmp_path):
    write(".ladderlint.yaml", "select: [LL0]\nextend-select: [LL110]\n")
    write("twice.yaml", TWICE)
    write("broken.yaml", MINIMAL.replace("    title: Engineer I\n", ""))  # LL101
    assert concise(cli, "twice.yaml", cwd=tmp_path).exit_code == 1
    assert concise(cli, "broken.yaml", cwd=tmp_path).exit_code == 0


def test_per_file_ignores_by_path_directory_and_name(cli, write, tmp_path):
    write(".ladderlint.yaml", 'per-file-ignores:\n  "legacy/*.yaml": [LL110]\n  "old-*.yaml": [LL1]\n')
    # Each a framework of its own, or LL306 and LL307 would report the three.
    write("legacy/twice.yaml", own_framework(TWICE, "legacy"))
    write("current/twice.yaml", own_framework(TWICE, "current"))
    write("current/old-twice.yaml", own_framework(TWICE, "current-old"))
    run = concise(cli, ".", cwd=tmp_path)
    assert run.lines == [
        "current/twice.yaml:14:13: LL110 [error] competency id 'impact' is used twice "
        "(first by competency 'Impact')",
        "Found 1 problem (1 error); 3 frameworks checked.",
    ]


def test_per_file_ignores_are_relative_to_the_configuration_file(cli, write, tmp_path):
    write(".ladderlint.yaml", 'per-file-ignores:\n  "legacy/**": [LL110]\n')
    write("legacy/deep/twice.yaml", TWICE)
    assert concise(cli, "twice.yaml", cwd=tmp_path / "legacy" / "deep").exit_code == 0


def test_severity_overrides_by_code_prefix_and_name(cli, write, tmp_path):
    write("twice.yaml", TWICE)
    write(".ladderlint.yaml", "severity:\n  LL1: info\n  duplicate-id: warning\n")
    run = concise(cli, "twice.yaml", cwd=tmp_path)
    assert run.exit_code == 0
    assert run.lines[0].startswith("twice.yaml:14:13: LL110 [warning] ")
    write(".ladderlint.yaml", "severity:\n  LL1: info\n")
    assert " LL110 [info] " in concise(cli, "twice.yaml", cwd=tmp_path).lines[0]


def test_fail_on_and_max_file_size(cli, write, tmp_path):
    write("bom.yaml", BOM)
    write(".ladderlint.yaml", "fail-on: warning\n")
    assert concise(cli, "bom.yaml", cwd=tmp_path).exit_code == 1
    write(".ladderlint.yaml", "fail-on: never\nmax-file-size: 100\n")
    run = concise(cli, "bom.yaml", cwd=tmp_path)
    assert run.exit_code == 2
    assert "LL008 [error] file is 397 bytes, over the limit of 100 bytes; if it is a framework, split it" in run.output
    assert ("raise the limit with the `max-file-size` setting of the configuration (.ladderlint.yaml or "
            "pyproject.toml)") in run.output


def test_exclude_applies_to_walks_and_with_force_exclude_to_named_files(cli, write, tmp_path):
    write(".ladderlint.yaml", 'exclude: ["drafts", "**/*.wip.yaml"]\n')
    write("frameworks/ok.yaml", MINIMAL)
    write("frameworks/drafts/twice.yaml", TWICE)
    write("frameworks/next.wip.yaml", TWICE)
    assert concise(cli, ".", cwd=tmp_path).lines == ["All checks passed (1 framework checked)."]
    assert concise(cli, "frameworks/next.wip.yaml", cwd=tmp_path).exit_code == 1
    forced = concise(cli, "--force-exclude", "frameworks/next.wip.yaml", "frameworks/ok.yaml", cwd=tmp_path)
    assert forced.lines == [
        "All checks passed (1 framework checked; frameworks/next.wip.yaml skipped: excluded by the configuration)."]
    write(".ladderlint.yaml", 'exclude: ["drafts"]\nforce-exclude: true\n')
    assert concise(cli, "frameworks/drafts/twice.yaml", cwd=tmp_path).exit_code == 0


def test_a_file_named_and_excluded_is_said_to_be_excluded_by_its_pattern(cli, write, tmp_path):
    write(".ladderlint.yaml", 'exclude: ["drafts", "**/*.wip.yaml"]\n')
    write("drafts/pos.yaml", MINIMAL)  # a framework: it declares the format
    write("next.wip.yaml", MINIMAL)
    run = cli("check", "--force-exclude", "drafts/pos.yaml", cwd=tmp_path)
    assert run.exit_code == 0
    assert run.stderr == ("ladderlint: note: drafts/pos.yaml skipped: excluded by the configuration "
                          "(`exclude: drafts` in .ladderlint.yaml)\n")  # not "no framework found"
    both = cli("check", "--force-exclude", "next.wip.yaml", "drafts/pos.yaml", cwd=tmp_path)
    assert "next.wip.yaml skipped: excluded by the configuration (`exclude: **/*.wip.yaml` in" in both.stderr
    required = cli("check", "--force-exclude", "--require-frameworks", "drafts/pos.yaml", cwd=tmp_path)
    assert required.exit_code == 2
    assert "ladderlint: error: no framework checked: the configuration excludes every path named" in required.stderr
    # Not forced, the file named is checked; a file the pattern does not match is not said to be excluded.
    named = cli("check", "drafts/pos.yaml", cwd=tmp_path)
    assert (named.exit_code, named.stderr) == (0, "")
    write("notes.yaml", "on: push\n")
    other = cli("check", "--force-exclude", "notes.yaml", cwd=tmp_path)
    assert "excluded" not in other.stderr and "no framework found in notes.yaml" in other.stderr


def test_a_directory_named_on_the_command_line_is_checked_though_excluded(cli, write, tmp_path):
    # `exclude` keeps a tree out of `check .`; naming the tree asks for it,
    # as naming a file does. The pre-commit hook names files with --force-exclude.
    write(".ladderlint.yaml", 'exclude: ["/bench/out"]\n')
    write("frameworks/ok.yaml", MINIMAL)
    write("bench/out/corpus/twice.yaml", TWICE)
    assert concise(cli, ".", cwd=tmp_path).lines == ["All checks passed (1 framework checked)."]
    named = concise(cli, "bench/out/corpus", cwd=tmp_path)
    assert named.exit_code == 1 and named.lines[-1].endswith("1 framework checked.")
    assert concise(cli, "--force-exclude", "bench/out/corpus", cwd=tmp_path).exit_code == 0


def test_rule_options_by_code_and_by_name(cli, write, tmp_path, collapse_spaces):
    write("spaced.yaml", SPACED.replace("Delivers well-scoped tasks", "Delivers   well-scoped tasks"))
    run = concise(cli, "--select", "LL990", "spaced.yaml", cwd=tmp_path)
    assert [line.split(" LL990")[0] for line in run.lines[:-1]] == ["spaced.yaml:17:14:", "spaced.yaml:20:11:"]
    write(".ladderlint.yaml", "rules:\n  LL990:\n    kinds: [summary]\n")
    assert len(concise(cli, "--select", "LL990", "spaced.yaml", cwd=tmp_path).lines) == 2
    write(".ladderlint.yaml", "rules:\n  collapse-spaces:\n    min-run: 3\n")
    only_summary = concise(cli, "--select", "LL990", "spaced.yaml", cwd=tmp_path)
    assert only_summary.lines[0].startswith("spaced.yaml:17:14: LL990")
    assert len(only_summary.lines) == 2


def test_rule_options_reach_the_rule(tmp_path, write, collapse_spaces):
    write(".ladderlint.yaml", "rules:\n  LL990:\n    kinds: [summary, statement]\n    strip: false\n")
    settings = resolve_settings(CommandLine(), cwd=str(tmp_path))
    assert settings.rule_options == {"LL990": {"kinds": ("summary", "statement"), "strip": False}}
    rule = next(r for r in settings.rules() if r.code == "LL990")
    assert (rule.option("kinds"), rule.option("strip"), rule.option("min-run")) == (
        ("summary", "statement"), False, 2)


def test_empty_configuration_files_are_fine(cli, write, tmp_path):
    write("twice.yaml", TWICE)
    write(".ladderlint.yaml", "# nothing configured yet\n")
    assert concise(cli, "twice.yaml", cwd=tmp_path).exit_code == 1
    write("pyproject.toml", "[tool.ladderlint]\n")
    assert concise(cli, "--config", "pyproject.toml", "twice.yaml", cwd=tmp_path).exit_code == 1


# --- errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("selct: [LL1]\n", ".ladderlint.yaml:1:1: selct: unknown key (did you mean 'select'?)"),
        ("ignore: [LL110]\nrules:\n  LL110: {}\nfoo: 1\n", ".ladderlint.yaml:4:1: foo: unknown key"),
        # Every unknown key at once: mending one does not merely reveal the next.
        ("foo: 1\nselct: [LL1]\nrules: {}\nbar: 2\n",
         ".ladderlint.yaml:1:1: foo: unknown key; also unknown: 'selct' at line 2 (did you mean 'select'?), "
         "'bar' at line 4"),
        ("select: [LL1, LL999]\n", ".ladderlint.yaml:1:15: select[1]: no rule code starts with 'LL999'"),
        ("ignore: [dupliate-id]\n",
         ".ladderlint.yaml:1:10: ignore[0]: unknown rule 'dupliate-id' (did you mean 'duplicate-id'?)"),
        ("ignore: [LL2O5]\n", ".ladderlint.yaml:1:10: ignore[0]: unknown rule 'LL2O5' (did you mean 'LL205'?)"),
        ("ignore: [ll1l0]\n", ".ladderlint.yaml:1:10: ignore[0]: unknown rule 'll1l0' (did you mean 'LL110'?)"),
        ("ignore: [LL2X5]\n", ".ladderlint.yaml:1:10: ignore[0]: unknown rule 'LL2X5' (did you mean 'LL205'?)"),
        ("select: LL110\n", ".ladderlint.yaml:1:9: select: expected a list of rule codes, got the text 'LL110'"),
        ("select: [110]\n", ".ladderlint.yaml:1:10: select[0]: expected text, got the number 110"),
        ("per-file-ignores: [a]\n", ".ladderlint.yaml:1:19: per-file-ignores: expected a mapping, got a list"),
        ('per-file-ignores:\n  "*.yaml": [LL003]\n',
         '.ladderlint.yaml:2:14: per-file-ignores."*.yaml"[0]: LL003 is an input error '
         "(the file cannot be read); it cannot be ignored"),
        ('per-file-ignores:\n  "!keep.yaml": [LL110]\n',
         '.ladderlint.yaml:2:3: per-file-ignores."!keep.yaml": a pattern here cannot start with \'!\': each pattern '
         "is matched on its own, so there is no earlier match for it to take back, and it would match no file; "
         "to ignore rules in every file but some, list patterns for the files they are ignored in (for a name "
         "that starts with '!', write '\\!keep.yaml')"),
        ("severity:\n  LL110: fatal\n",
         ".ladderlint.yaml:2:10: severity.LL110: expected error, warning or info, got the text 'fatal'"),
        ("severity:\n  LL003: warning\n",
         ".ladderlint.yaml:2:3: severity.LL003: LL003 is an input error (the file cannot be read); "
         "its severity cannot be changed"),
        ("severity:\n  LL110: info\n  duplicate-id: error\n",
         ".ladderlint.yaml:3:3: severity.duplicate-id: LL110 is configured twice, as 'LL110' and 'duplicate-id'"),
        ("fail-on: sometimes\n",
         ".ladderlint.yaml:1:10: fail-on: expected one of error, warning, info, never, got the text 'sometimes'"),
        ("max-file-size: -1\n",
         ".ladderlint.yaml:1:16: max-file-size: expected a positive whole number of bytes, got the number -1"),
        ("force-exclude: yes please\n",
         ".ladderlint.yaml:1:16: force-exclude: expected true or false, got the text 'yes please'"),
        ("rules:\n  LL999: {}\n", ".ladderlint.yaml:2:3: rules.LL999: no rule code starts with 'LL999'"),
        # A prefix names rules, but options are one rule's own.
        ("rules:\n  LL3: {}\n", ".ladderlint.yaml:2:3: rules.LL3: 'LL3' is a code prefix; options are set for "
         "one rule at a time, by its code or name: one of LL301, LL302, LL303, LL304, LL305, LL306 or LL307"),
        ("rules:\n  LL3:\n    known-brands: [Globex]\n", ".ladderlint.yaml:2:3: rules.LL3: 'LL3' is a code "
         "prefix; options are set for one rule at a time, by its code or name: LL301, which has these options"),
        ("rules:\n  ll5: {}\n", ".ladderlint.yaml:2:3: rules.ll5: 'll5' is a code prefix; options are set for "
         "one rule at a time, by its code or name: one of the 19 rules LL501-LL519"),
        ("rules:\n  LL110: [1]\n",
         ".ladderlint.yaml:2:10: rules.LL110: expected a mapping of options, got a list"),
        ("rules:\n  LL110:\n    similarity: 0.9\n",
         ".ladderlint.yaml:3:5: rules.LL110.similarity: unknown option for LL110 duplicate-id (LL110 has no options)"),
        ("- LL110\n", ".ladderlint.yaml:1:1: the configuration is a list, not a mapping of keys to values; "
         "write the settings as `key: value` lines"),
        ("select: [LL1]\nselect: [LL0]\n", ".ladderlint.yaml:2:1: duplicate key 'select' (first defined at "
         "line 1, column 1): a key may appear only once in a mapping; YAML tools would silently keep only this one "
         "and drop the first: merge the two into one, or rename one of them"),
    ],
)
def test_yaml_configuration_errors_name_file_line_column_and_key(cli, write, tmp_path, config, message):
    write(".ladderlint.yaml", config)
    write("ok.yaml", MINIMAL)
    run = cli("check", "ok.yaml", cwd=tmp_path)
    assert run.exit_code == 2
    assert run.output == ""
    assert run.stderr == f"ladderlint: error: {message}\n"


def test_every_error_of_a_configuration_is_reported_in_the_files_order(cli, write, tmp_path):
    # Mending one error should not merely reveal the next: each key is read on its own.
    write(".ladderlint.yaml", "bogus: 1\nselect: [LL9, LL110]\nrules:\n  LL205:\n    similarity: 9\n"
                              "  LL999: {}\nexclude: 3\nseverity:\n  LL110: fatal\n  LL205: info\n")
    write("ok.yaml", MINIMAL)
    run = cli("check", "ok.yaml", cwd=tmp_path)
    assert run.exit_code == 2
    assert run.stderr.splitlines() == [
        "ladderlint: error: .ladderlint.yaml:1:1: bogus: unknown key",
        "ladderlint: error: .ladderlint.yaml:2:10: select[0]: no rule code starts with 'LL9'",
        "ladderlint: error: .ladderlint.yaml:5:17: rules.LL205.similarity: expected a number from 0 to 1, "
        "got the number 9",
        "ladderlint: error: .ladderlint.yaml:6:3: rules.LL999: no rule code starts with 'LL999'",
        "ladderlint: error: .ladderlint.yaml:7:10: exclude: expected a list of gitignore patterns, got the number 3",
        "ladderlint: error: .ladderlint.yaml:9:10: severity.LL110: expected error, warning or info, "
        "got the text 'fatal'",
    ]


def test_every_error_of_a_pyproject_table_is_reported(cli, write, tmp_path):
    write("pyproject.toml", '[tool.ladderlint]\nfail-on = "sometimes"\nignore = ["LL2X5"]\n')
    write("ok.yaml", MINIMAL)
    run = cli("check", "ok.yaml", cwd=tmp_path)
    assert run.exit_code == 2
    assert run.stderr.splitlines() == [
        "ladderlint: error: pyproject.toml:2:11: tool.ladderlint.fail-on: expected one of error, warning, info, "
        "never, got the text 'sometimes'",
        "ladderlint: error: pyproject.toml:3:11: tool.ladderlint.ignore[0]: unknown rule 'LL2X5' "
        "(did you mean 'LL205'?)",
    ]


def test_pyproject_that_is_not_utf8_says_where(cli, write, tmp_path):
    write("pyproject.toml", '[tool.ladderlint]\nignore = ["LL205"]  # caf\u00e9\n'.encode("cp1252"))
    write("ok.yaml", MINIMAL)
    run = cli("check", "ok.yaml", cwd=tmp_path)
    assert (run.exit_code, run.stderr) == (2, (
        "ladderlint: error: pyproject.toml:2:26: file is not valid UTF-8: byte 0xe9 cannot be decoded; save it "
        "as UTF-8 (it is probably in an older encoding such as Windows-1252 or Latin-1)\n"))


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("[tool.ladderlint]\nselct = []\n", "pyproject.toml:2:1: tool.ladderlint.selct: unknown key (did you mean 'select'?)"),
        ("[tool.ladderlint]\nfoo = 1\nselct = []\n",
         "pyproject.toml:2:1: tool.ladderlint.foo: unknown key; also unknown: 'selct' at line 3 (did you mean 'select'?)"),
        ("[tool.ladderlint.rules.LL110]\nsimilarity = 1\n",
         "pyproject.toml:2:1: tool.ladderlint.rules.LL110.similarity: unknown option for LL110 duplicate-id "
         "(LL110 has no options)"),
        ("[tool.ladderlint]\nignore = [\"LL1\", 7]\n",
         "pyproject.toml:2:18: tool.ladderlint.ignore[1]: expected text, got the number 7"),
        ("[tool]\nladderlint = 3\n", "pyproject.toml:2:14: tool.ladderlint: expected a table, got the number 3"),
        # tomllib gives no positions: the key is found in the text, wherever and however it is written.
        ('[project]\nname = "x"\ndescription = """\n[tool.ladderlint]\n"""\n\n[tool.ladderlint]\nfail-on = "error"\n'
         'select = [\n  "LL1",\n  "LL999",\n]\n',
         "pyproject.toml:11:3: tool.ladderlint.select[1]: no rule code starts with 'LL999'"),
        ('[tool.ladderlint.per-file-ignores]\n"legacy/**" = ["LL3"]\n"*.draft.yaml" = ["LL4", "placeholder-text"]\n',
         'pyproject.toml:3:26: tool.ladderlint.per-file-ignores."*.draft.yaml"[1]: unknown rule \'placeholder-text\' '
         "(did you mean 'placeholder'?)"),
        ('[tool.ladderlint]\nrules = { LL110 = { similarity = 1 } }\n',
         "pyproject.toml:2:21: tool.ladderlint.rules.LL110.similarity: unknown option for LL110 duplicate-id "
         "(LL110 has no options)"),
        ("[tool.ladderlint.severity]\nLL5 = 'info'\n  'LL110' = \"fatal\"  # comment\n",
         "pyproject.toml:3:13: tool.ladderlint.severity.LL110: expected error, warning or info, got the text 'fatal'"),
        ('[tool.ladderlint.per-file-ignores]\n"!keep.yaml" = ["LL110"]\n',
         'pyproject.toml:2:1: tool.ladderlint.per-file-ignores."!keep.yaml": a pattern here cannot start with \'!\': '
         "each pattern is matched on its own, so there is no earlier match for it to take back, and it would match "
         "no file; to ignore rules in every file but some, list patterns for the files they are ignored in (for a "
         "name that starts with '!', write '\\!keep.yaml')"),
    ],
)
def test_pyproject_errors_name_file_and_key_path(cli, write, tmp_path, config, message):
    write("pyproject.toml", config)
    write("ok.yaml", MINIMAL)
    run = cli("check", "ok.yaml", cwd=tmp_path)
    assert (run.exit_code, run.stderr) == (2, f"ladderlint: error: {message}\n")


def test_yaml_syntax_error_in_configuration(cli, write, tmp_path):
    write(".ladderlint.yaml", "select: [LL1\n")
    write("ok.yaml", MINIMAL)
    run = cli("check", "ok.yaml", cwd=tmp_path)
    assert run.exit_code == 2
    # Explained as in a framework: at the bracket left open, in plain words.
    assert run.stderr.startswith("ladderlint: error: .ladderlint.yaml:1:9: invalid YAML: the '[' on line 1 "
                                 "starts a list that is not closed; end it with ']'")


def test_pyproject_syntax_error(cli, write, tmp_path):
    write("pyproject.toml", '[tool.ladderlint]\nselect = ["LL1"\n')
    write("ok.yaml", MINIMAL)
    run = cli("check", "ok.yaml", cwd=tmp_path)
    assert run.exit_code == 2
    # The parser's own words follow (they differ between tomllib and tomli).
    assert run.stderr.startswith("ladderlint: error: pyproject.toml:3:1: invalid TOML: ")  # where the parser stopped


def test_rule_option_types_are_checked(cli, write, tmp_path, collapse_spaces):
    cases = {
        "    min-run: two\n": "rules.LL990.min-run: expected a whole number of at least 2, got the text 'two'",
        "    min-run: 2.5\n": "rules.LL990.min-run: expected a whole number of at least 2, got the number 2.5",
        "    strip: 1\n": "rules.LL990.strip: expected true or false, got the number 1",
        "    kinds: summary\n": "rules.LL990.kinds: expected a list of text, got the text 'summary'",
        "    min-run: 1\n": "rules.LL990.min-run: expected a whole number of at least 2, got the number 1",
        "    kinds: [summary, 3]\n": "rules.LL990.kinds[1]: expected text, got the number 3",
        "    kind: [summary]\n": "rules.LL990.kind: unknown option for LL990 collapse-spaces "
                                "(did you mean 'kinds'?) (its options: kinds, min-run, strip)",
    }
    write("ok.yaml", MINIMAL)
    for option, message in cases.items():
        write(".ladderlint.yaml", "rules:\n  LL990:\n" + option)
        run = cli("check", "ok.yaml", cwd=tmp_path)
        assert run.exit_code == 2, option
        assert run.stderr.startswith("ladderlint: error: .ladderlint.yaml:3:"), run.stderr
        assert run.stderr.endswith(f": {message}\n"), run.stderr
    write(".ladderlint.yaml", "rules:\n  LL990: {}\n  collapse-spaces: {}\n")
    run = cli("check", "ok.yaml", cwd=tmp_path)
    assert run.stderr == ("ladderlint: error: .ladderlint.yaml:3:3: rules.collapse-spaces: "
                          "LL990 is configured twice, as 'LL990' and 'collapse-spaces'\n")


def test_missing_or_unusable_config_file(cli, write, tmp_path):
    write("ok.yaml", MINIMAL)
    run = cli("check", "--config", "nope.yaml", "ok.yaml", cwd=tmp_path)
    assert (run.exit_code, run.stderr) == (2, "ladderlint: error: nope.yaml: configuration file not found\n")
    write("settings.ini", "[ladderlint]\n")
    run = cli("check", "--config", "settings.ini", "ok.yaml", cwd=tmp_path)
    assert run.exit_code == 2 and "settings.ini: a configuration file must be" in run.stderr
    write("pyproject.toml", "[project]\nname = 'x'\n")
    run = cli("check", "--config", "pyproject.toml", "ok.yaml", cwd=tmp_path)
    assert run.stderr == "ladderlint: error: pyproject.toml: has no [tool.ladderlint] table\n"
    run = cli("check", "--config", "pyproject.toml", "--isolated", "ok.yaml", cwd=tmp_path)
    assert run.exit_code == 2 and "--config: cannot be used with --isolated" in run.stderr


def test_unknown_codes_on_the_command_line_are_usage_errors(cli, write, tmp_path):
    write("ok.yaml", MINIMAL)
    for option in ("--select", "--extend-select", "--ignore"):
        run = cli("check", option, "LL1,LL998", "ok.yaml", cwd=tmp_path)
        assert run.exit_code == 2
        assert run.stderr.startswith(f"ladderlint: error: invalid value for {option}: no rule code starts with 'LL998'\n")


def test_config_errors_never_show_a_traceback_from_the_library():
    with pytest.raises(ConfigError) as raised:
        resolve_settings(CommandLine(select=("LL7",)))
    assert str(raised.value) == "--select: no rule code starts with 'LL7'"


def test_settings_defaults_without_any_configuration(tmp_path):
    settings = resolve_settings(CommandLine(isolated=True), cwd=str(tmp_path))
    assert settings.fail_on is Severity.ERROR and settings.config_file is None
    assert "LL110" in settings.enabled and "LL010" in settings.enabled


# --- gitignore patterns, the nearest configuration, typed options -------------


def test_patterns_follow_gitignore(cli, write, tmp_path):
    """An anchored pattern matches from the configuration's directory only;
    `!` brings a file back; a directory pattern matches what is under it."""
    write(".ladderlint.yaml", 'exclude: ["/legacy", "*.wip.yaml", "!keep.wip.yaml"]\n')
    write("legacy/a.yaml", own_framework(TWICE, "a"))
    write("team/legacy/b.yaml", own_framework(TWICE, "b"))
    write("team/next.wip.yaml", own_framework(TWICE, "c"))
    write("team/keep.wip.yaml", own_framework(TWICE, "d"))
    run = concise(cli, ".", cwd=tmp_path)
    assert sorted(line.split(":")[0] for line in run.lines[:-1]) == ["team/keep.wip.yaml", "team/legacy/b.yaml"]


def test_each_file_takes_the_configuration_nearest_to_it(cli, write, tmp_path):
    """From anywhere: `cd /tmp && ladderlint check repo/frameworks` reads
    repo's configuration, and a subdirectory's own configuration wins there."""
    write("repo/pyproject.toml", '[tool.ladderlint]\nignore = ["LL110"]\n')
    write("repo/frameworks/twice.yaml", own_framework(TWICE, "a"))
    write("repo/frameworks/strict/.ladderlint.yaml", "select: [LL1]\n")
    write("repo/frameworks/strict/twice.yaml", own_framework(TWICE, "b"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = concise(cli, str(tmp_path / "repo" / "frameworks"), cwd=elsewhere)
    assert [line.split(": ")[1] for line in run.lines[:-1]] == ["LL110 [error] competency id 'impact' is used twice "
                                                               "(first by competency 'Impact')"]
    assert "strict/twice.yaml" in run.lines[0]


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("    similarity: 9\n", "rules.LL205.similarity: expected a number from 0 to 1, got the number 9"),
        ("    similarity: -0.1\n", "rules.LL205.similarity: expected a number from 0 to 1, got the number -0.1"),
        ("    similarity: .nan\n", "rules.LL205.similarity: expected a number from 0 to 1, got the number nan"),
        ("    standalone-repeats: sometimes\n",
         "rules.LL205.standalone-repeats: expected true or false, got the text 'sometimes'"),
    ],
)
def test_option_values_out_of_range_are_errors(cli, write, tmp_path, option, message):
    write(".ladderlint.yaml", "rules:\n  LL205:\n" + option)
    write("ok.yaml", MINIMAL)
    run = cli("check", "ok.yaml", cwd=tmp_path)
    assert run.exit_code == 2
    assert run.stderr == f"ladderlint: error: .ladderlint.yaml:3:{option.index(':') + 3}: {message}\n"


def test_an_option_spelt_the_old_way_works_with_a_notice(cli, write, tmp_path):
    write(".ladderlint.yaml", "rules:\n  LL205:\n    standalone_repeats: true\n")
    write("ok.yaml", MINIMAL)
    run = cli("check", "ok.yaml", cwd=tmp_path)
    assert run.exit_code == 0
    assert run.stderr == ("ladderlint: warning: .ladderlint.yaml:3:5: rules.LL205.standalone_repeats: "
                          "'standalone_repeats' is now spelt 'standalone-repeats'; the old spelling will stop "
                          "working in a later version\n")
    settings = resolve_settings(CommandLine(), cwd=str(tmp_path))
    assert settings.rule_options == {"LL205": {"standalone-repeats": True}}


def test_explain_prints_the_declared_options(cli):
    run = cli("explain", "LL205")
    assert "Options:\n    similarity (a number from 0 to 1; default 0.8): how alike" in run.output
    assert "standalone-repeats (true or false; default false)" in run.output
    assert "Options:" not in cli("explain", "LL110").output


# --- exclude: git's rule for `!` under an excluded directory -------------------------


@pytest.mark.parametrize("excluded", ["/archive", "archive", "archive/"])
def test_a_file_under_an_excluded_directory_cannot_be_brought_back(cli, write, tmp_path, excluded):
    # As in git: a `!` pattern cannot re-include a file when a directory above
    # it is excluded, whichever way the directory is written; it is warned about.
    write(".ladderlint.yaml", f'exclude: ["{excluded}", "!archive/keep.yaml"]\n')
    write("archive/keep.yaml", own_framework(TWICE, "keep"))
    write("archive/other.yaml", own_framework(TWICE, "other"))
    write("ok.yaml", MINIMAL)
    run = cli("check", "--format", "concise", ".", cwd=tmp_path)
    assert (run.exit_code, run.lines) == (0, ["All checks passed (1 framework checked)."])
    column = len('exclude: ["') + len(excluded) + len('", ') + 1
    assert run.stderr == (
        f"ladderlint: warning: .ladderlint.yaml:1:{column}: exclude[1]: '!archive/keep.yaml' never takes effect: "
        f"'{excluded}' excludes the directory archive/, and (as in git) nothing under an excluded directory can be "
        f"brought back; exclude what is in the directory instead ('archive/*' in place of '{excluded}')\n")


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        ("./frameworks/a.yaml", "patterns are relative to the configuration's folder without './'; "
                                "write 'frameworks/a.yaml' (or '/frameworks/a.yaml' for that folder only)"),
        ("frameworks\\\\a.yaml", "in a pattern '\\' keeps the next character from being special; separate folders "
                                 "with '/' ('frameworks/a.yaml')"),
        ("[a.yaml", "its '[' opens a set of characters that is never closed (write '\\[')"),
    ],
)
def test_a_pattern_that_can_match_nothing_is_warned_about(cli, write, tmp_path, pattern, why):
    # Written as people write paths (from the current folder, with Windows' separator), a pattern would
    # silently ignore nothing; the run says why, for per-file-ignores and exclude alike.
    write(".ladderlint.yaml", f'per-file-ignores:\n  "{pattern}": [LL110]\nexclude: ["{pattern}"]\n')
    write("frameworks/a.yaml", MINIMAL)
    run = cli("check", "--format", "concise", ".", cwd=tmp_path)
    shown = pattern.replace("\\\\", "\\")
    assert run.stderr.splitlines() == [
        f"ladderlint: warning: .ladderlint.yaml:2:3: per-file-ignores.{_key(shown)}: '{shown}' matches nothing: {why}",
        f"ladderlint: warning: .ladderlint.yaml:3:11: exclude[0]: '{shown}' matches nothing: {why}",
    ]
    # Patterns that are fine are not warned about: a set closed, a special character kept plain.
    write(".ladderlint.yaml", 'exclude: ["frameworks/[bc].yaml", "old\\\\*.yaml", "sub\\\\_a/*.yaml", "/legacy"]\n')
    assert cli("check", "--format", "concise", ".", cwd=tmp_path).stderr == ""


def test_a_character_escaped_as_a_regular_expression_does_is_no_windows_separator(cli, write, tmp_path):
    # In gitignore '\\.' is a plain '.': the pattern excludes what it names, and no warning says otherwise.
    write(".ladderlint.yaml", 'exclude: ["*\\\\.draft\\\\.yaml"]\n')
    write("a.draft.yaml", TWICE)
    write("ok.yaml", MINIMAL)
    run = cli("check", "--format", "concise", ".", cwd=tmp_path)
    assert (run.stderr, run.lines) == ("", ["All checks passed (1 framework checked)."])


def _key(pattern: str) -> str:
    return '"' + pattern.replace("\\", "\\\\") + '"'


def test_a_file_is_brought_back_when_the_directory_s_contents_are_excluded(cli, write, tmp_path):
    write(".ladderlint.yaml", 'exclude: ["/archive/*", "!archive/keep.yaml"]\n')
    write("archive/keep.yaml", own_framework(TWICE, "keep"))
    write("archive/other.yaml", own_framework(TWICE, "other"))
    run = cli("check", "--format", "concise", ".", cwd=tmp_path)
    assert run.exit_code == 1 and run.stderr == ""
    assert [line.split(":")[0] for line in run.lines[:-1]] == ["archive/keep.yaml"]
    assert run.lines[-1].endswith("1 framework checked.")


def test_a_directory_excluded_with_a_trailing_slash_is_named_and_forced_as_git_reads_it(cli, write, tmp_path):
    write(".ladderlint.yaml", 'exclude: ["archive/"]\n')
    write("archive/old.yaml", TWICE)
    write("ok.yaml", MINIMAL)
    assert concise(cli, ".", cwd=tmp_path).lines == ["All checks passed (1 framework checked)."]
    # Named, the directory is checked as any excluded directory named is ...
    assert concise(cli, "archive", cwd=tmp_path).exit_code == 1
    # ... and with --force-exclude a file in it is skipped, the pattern named.
    forced = cli("check", "--force-exclude", "archive/old.yaml", cwd=tmp_path)
    assert forced.exit_code == 0
    assert "(`exclude: archive/` in .ladderlint.yaml)" in forced.stderr


def test_a_per_file_ignores_pattern_may_match_a_name_that_starts_with_an_exclamation_mark(cli, write, tmp_path):
    write(".ladderlint.yaml", 'per-file-ignores:\n  "\\\\!twice.yaml": [LL110]\n')
    write("!twice.yaml", TWICE)
    write("twice.yaml", own_framework(TWICE, "other"))
    run = concise(cli, ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in run.lines[:-1]] == ["twice.yaml"]


def test_a_configuration_in_a_subdirectory_replaces_the_exclude_above_it(cli, write, tmp_path):
    # As docs/configuration.md shows: the nearest configuration wins whole, so
    # the top-level `exclude` does not reach team/drafts once team/ has one.
    write(".ladderlint.yaml", 'exclude: ["/team/drafts"]\n')
    write("team/drafts/twice.yaml", TWICE)
    assert concise(cli, ".", cwd=tmp_path).exit_code == 0
    assert concise(cli, "--force-exclude", "team/drafts/twice.yaml", cwd=tmp_path).exit_code == 0
    write("team/.ladderlint.yaml", "ignore: [LL205]\n")
    assert concise(cli, ".", cwd=tmp_path).exit_code == 1
    assert concise(cli, "--force-exclude", "team/drafts/twice.yaml", cwd=tmp_path).exit_code == 1
    # Said again in the nearer file, relative to it, the exclusion holds.
    write("team/.ladderlint.yaml", 'ignore: [LL205]\nexclude: ["/drafts"]\n')
    assert concise(cli, ".", cwd=tmp_path).exit_code == 0
    assert concise(cli, "--force-exclude", "team/drafts/twice.yaml", cwd=tmp_path).exit_code == 0


def test_warnings_about_a_configuration_follow_the_files_order(cli, write, tmp_path):
    write(".ladderlint.yaml", "exclude:\n" + "".join(f"  - {name}\n" for name in "bcdefgh")
          + '  - "./a.yaml"\n  - "./z.yaml"\n' + "".join(f"  - {name}{name}\n" for name in "ijk")
          + '  - "./m.yaml"\n')
    write("ok.yaml", MINIMAL)
    lines = cli("check", "--format", "concise", ".", cwd=tmp_path).stderr.splitlines()
    assert [line.split(": ")[2] for line in lines] == [
        ".ladderlint.yaml:9:5", ".ladderlint.yaml:10:5", ".ladderlint.yaml:14:5"]
