"""`ladderlint init`: a framework repository that works from the first commit."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from ladderlint.config import KEYS, CommandLine, resolve_settings
from ladderlint.schema_file import schema_text
from test_precommit import PRE_COMMIT

FILES = [".gitignore", ".ladderlint.yaml", ".pre-commit-config.yaml", "frameworks/acme-engineering.yaml",
         "schemas/framework.schema.json"]


def written(directory: Path) -> list[str]:
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*") if p.is_file())


def test_init_writes_a_repository_that_passes_check(cli, tmp_path):
    result = cli("init", str(tmp_path / "ladder"))
    assert result.exit_code == 0, result.stderr
    assert written(tmp_path / "ladder") == FILES
    check = cli("check", str(tmp_path / "ladder"))
    assert check.exit_code == 0
    assert check.output == "All checks passed (1 framework checked).\n"


def test_the_framework_finds_its_schema_next_to_it(cli, tmp_path):
    cli("init", str(tmp_path))
    framework = tmp_path / "frameworks" / "acme-engineering.yaml"
    modeline = framework.read_text().splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", modeline)
    assert match, modeline
    schema = (framework.parent / match.group(1)).resolve()
    assert schema == (tmp_path / "schemas" / "framework.schema.json").resolve()
    assert schema.read_text() == schema_text() == cli("schema").output


def test_an_editor_validating_with_the_written_schema_accepts_the_framework(cli, tmp_path):
    exe = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert exe, "check-jsonschema is a test dependency"
    cli("init", str(tmp_path))
    result = subprocess.run(
        [exe, "--schemafile", str(tmp_path / "schemas" / "framework.schema.json"),
         str(tmp_path / "frameworks" / "acme-engineering.yaml")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_pre_commit_configuration_has_both_hooks(cli, tmp_path):
    cli("init", str(tmp_path), "--rev", "0123456789abcdef0123456789abcdef01234567")
    config = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())
    [repo] = config["repos"]
    published = [hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())]
    assert [hook["id"] for hook in repo["hooks"]] == published == ["ladderlint", "ladderlint-diff"]
    assert repo["rev"] == "0123456789abcdef0123456789abcdef01234567"
    assert repo["repo"] == "https://github.com/ladderlint/ladderlint"
    # Warnings do not fail the check hook, nor does the version advice fail
    # the diff hook: verbose, so that pre-commit shows them.
    assert [hook.get("verbose") for hook in repo["hooks"]] == [True, True]


def test_pre_commit_accepts_the_configuration(cli, tmp_path):
    assert PRE_COMMIT, "pre-commit is a test dependency"
    cli("init", str(tmp_path))
    result = subprocess.run([PRE_COMMIT, "validate-config", str(tmp_path / ".pre-commit-config.yaml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _local_hooks(cli, directory: Path, monkeypatch) -> dict:
    import ladderlint.starter

    monkeypatch.setattr(ladderlint.starter, "installed_commit", lambda: None)
    result = cli("init", str(directory))
    assert result.exit_code == 0, result.stderr
    assert "`repo: local`" in result.stderr  # says what it chose, and what to do otherwise
    [repo] = yaml.safe_load((directory / ".pre-commit-config.yaml").read_text())["repos"]
    return repo


def test_without_a_known_commit_the_hooks_run_the_installed_ladderlint(cli, tmp_path, monkeypatch):
    """Not `rev: main`, which pre-commit warns is mutable and cannot fetch
    offline: hooks that run the ladderlint installed, as it publishes them."""
    repo = _local_hooks(cli, tmp_path, monkeypatch)
    assert repo["repo"] == "local" and "rev" not in repo
    published = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    keys = ("id", "name", "entry", "types_or", "always_run", "require_serial")
    assert [{key: hook.get(key) for key in keys} for hook in repo["hooks"]] == [
        {key: hook.get(key) for key in keys} for hook in published
    ]
    assert {hook["language"] for hook in repo["hooks"]} == {"system"}  # every pre-commit runs it
    assert [hook.get("verbose") for hook in repo["hooks"]] == [True, True]


def test_the_readme_shows_the_hooks_as_init_writes_them(cli, tmp_path, monkeypatch):
    """What the README's pre-commit section shows is what `init` writes:
    both hooks verbose, so that the diff hook's version advice is read on
    a commit that passes (the new-user trial never saw it)."""
    import re

    blocks = re.findall(r"```yaml\n(repos:\n.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)
    shown = {repo["repo"]: repo for block in blocks for repo in yaml.safe_load(block)["repos"]}
    local = _local_hooks(cli, tmp_path / "local", monkeypatch)
    assert [(h["id"], h.get("verbose")) for h in shown["local"]["hooks"]] == \
        [(h["id"], h.get("verbose")) for h in local["hooks"]]
    cli("init", str(tmp_path / "pinned"), "--rev", "0123456789abcdef0123456789abcdef01234567")
    [pinned] = yaml.safe_load((tmp_path / "pinned" / ".pre-commit-config.yaml").read_text())["repos"]
    assert [(h["id"], h.get("verbose")) for h in shown[pinned["repo"]]["hooks"]] == \
        [(h["id"], h.get("verbose")) for h in pinned["hooks"]]


@pytest.mark.parametrize("rev", ["main", "HEAD", "stable"])
def test_a_branch_is_refused_as_a_pin(cli, tmp_path, rev):
    result = cli("init", str(tmp_path / "ladder"), "--rev", rev)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"ladderlint: error: invalid value for --rev: '{rev}' looks like a branch")
    assert not (tmp_path / "ladder").exists()


@pytest.mark.parametrize("rev", ["v0.1.0", "0.1.0", "89abcdef0123456789abcdef0123456789abcdef"])
def test_a_commit_or_a_release_tag_is_pinned(cli, tmp_path, rev):
    assert cli("init", str(tmp_path), "--rev", rev).exit_code == 0
    config = (tmp_path / ".pre-commit-config.yaml").read_text()
    assert yaml.safe_load(config)["repos"][0]["rev"] == rev


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Owner", "-c", "user.email=owner@example.com", *args], cwd=repo,
                   check=True, capture_output=True)


def test_pre_commit_runs_the_hooks_init_writes_offline(cli, tmp_path, monkeypatch):
    """`pre-commit run --all-files` in a repository `ladderlint init` made:
    the hooks pass on the starter framework, fail on a broken one, and
    nothing is fetched (PRE_COMMIT_HOME stays empty of clones)."""
    assert PRE_COMMIT, "pre-commit is a test dependency"
    repo = tmp_path / "ladder"
    _local_hooks(cli, repo, monkeypatch)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    bin_dir = str(Path(sys.executable).parent)  # where the installed `ladderlint` is
    env = {"PATH": bin_dir + ":/usr/bin:/bin", "HOME": str(tmp_path), "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "NO_COLOR": "1", "GIT_CONFIG_NOSYSTEM": "1"}

    def run_hooks() -> subprocess.CompletedProcess[str]:
        return subprocess.run([PRE_COMMIT, "run", "--all-files", "--color", "never"], cwd=repo, env=env,
                              capture_output=True, text=True)

    passing = run_hooks()
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert re.search(r"^ladderlint check\.+Passed$", passing.stdout, re.M), passing.stdout
    assert re.search(r"^ladderlint diff\.+Passed$", passing.stdout, re.M), passing.stdout
    assert "mutable" not in passing.stdout + passing.stderr

    framework = repo / "frameworks" / "acme-engineering.yaml"
    _git(repo, "commit", "-q", "-m", "start")
    framework.write_text(re.sub(r"\n    title: [^\n]*", "", framework.read_text(), count=1))
    _git(repo, "add", ".")
    failing = run_hooks()
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert re.search(r"^ladderlint check\.+Failed$", failing.stdout, re.M), failing.stdout
    assert "frameworks/acme-engineering.yaml" in failing.stdout and "LL101" in failing.stdout
    assert not any((tmp_path / "cache").glob("repo*"))  # no repository was cloned


def test_the_commit_pip_installed_from_is_pinned(cli, tmp_path, monkeypatch):
    import ladderlint.starter

    sha = "89abcdef0123456789abcdef0123456789abcdef"
    monkeypatch.setattr(ladderlint.starter, "installed_commit", lambda: sha)
    result = cli("init", str(tmp_path))
    assert yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())["repos"][0]["rev"] == sha
    assert "repo: local" not in result.stderr


def test_the_configuration_lists_every_key_with_its_default_commented_out(cli, tmp_path):
    cli("init", str(tmp_path))
    text = (tmp_path / ".ladderlint.yaml").read_text()
    # As written, it changes nothing.
    assert all(not line.strip() or line.startswith("#") for line in text.splitlines())
    defaults = resolve_settings(CommandLine(), cwd=str(tmp_path))
    assert defaults.config_file is not None and defaults.config_file.endswith(".ladderlint.yaml")
    # Uncommented, every key is there once, and the values are the defaults.
    uncommented = "\n".join(
        line[2:] for line in text.splitlines() if re.match(r"# [a-z-]+: ", line)
    )
    keys = [line.split(":", 1)[0] for line in uncommented.splitlines()]
    assert sorted(keys) == sorted(KEYS)
    # Every key but `vocabulary`, which has no default: it names a directory of word lists.
    uncommented = "\n".join(line for line in uncommented.splitlines() if not line.startswith("vocabulary:"))
    (tmp_path / ".ladderlint.yaml").write_text(uncommented + "\n")
    explicit = resolve_settings(CommandLine(), cwd=str(tmp_path))
    none = resolve_settings(CommandLine(isolated=True), cwd=str(tmp_path))
    for name in ("enabled", "severity", "fail_on", "max_file_size", "rule_options", "per_file_ignores",
                 "exclude"):
        assert getattr(explicit, name) == getattr(defaults, name) == getattr(none, name), name
    assert bool(explicit.force_exclude) is bool(defaults.force_exclude) is bool(none.force_exclude) is False


def test_existing_files_are_kept_and_the_missing_ones_written_unless_forced(cli, tmp_path):
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "framework.schema.json").write_text("mine\n")
    result = cli("init", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert f"kept {tmp_path / 'schemas' / 'framework.schema.json'}, which exists (--force replaces it)" in result.output
    assert written(tmp_path) == FILES
    assert (tmp_path / "schemas" / "framework.schema.json").read_text() == "mine\n"
    result = cli("init", str(tmp_path), "--force")
    assert result.exit_code == 0
    assert "which exists" not in result.output
    assert written(tmp_path) == FILES
    assert (tmp_path / "schemas" / "framework.schema.json").read_text() == schema_text()


def test_a_kept_pre_commit_configuration_without_ladderlint_is_pointed_out(cli, tmp_path):
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n")
    result = cli("init", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / ".pre-commit-config.yaml").read_text() == "repos: []\n"
    assert ".pre-commit-config.yaml does not run both ladderlint hooks" in result.output
    hooks = (tmp_path / "hooks.yaml")
    cli("init", str(tmp_path / "other"))
    hooks.write_text((tmp_path / "other" / ".pre-commit-config.yaml").read_text())
    (tmp_path / ".pre-commit-config.yaml").write_text(hooks.read_text())
    again = cli("init", str(tmp_path))
    assert "does not run both" not in again.output


@pytest.mark.parametrize("organisation", ["O'Reilly & Sons", "Yes", "Globex: Europe", "Ünïcode GmbH", "#1 Corp", "42"])
def test_any_organisation_name_gives_a_framework_that_passes_check(cli, tmp_path, organisation):
    result = cli("init", str(tmp_path), "--organisation", organisation)
    assert result.exit_code == 0, result.stderr
    [framework] = (tmp_path / "frameworks").iterdir()
    data = yaml.safe_load(framework.read_text())
    assert data["organisation"]["name"] == organisation
    assert data["name"] == f"{organisation} Engineering Career Framework"
    assert cli("check", str(framework)).exit_code == 0


@pytest.mark.parametrize(("organisation", "file"), [
    ("Société Générale", "societe-generale-engineering.yaml"),
    ("Ünïcode & Co.", "unicode-and-co-engineering.yaml"),
    ("数字", "engineering.yaml"),
])
def test_the_file_is_named_after_the_organisation_in_plain_letters(cli, tmp_path, organisation, file):
    # Accents are dropped, not the letters that carry them, as the importer makes ids.
    assert cli("init", str(tmp_path), "--organisation", organisation).exit_code == 0
    assert [path.name for path in (tmp_path / "frameworks").iterdir()] == [file]


def test_an_empty_organisation_name_is_refused(cli, tmp_path):
    result = cli("init", str(tmp_path), "--organisation", "  ")
    assert result.exit_code == 2
    assert written(tmp_path) == []


def test_the_new_repository_renders(cli, tmp_path):
    cli("init", str(tmp_path / "ladder"))
    result = cli("render", str(tmp_path / "ladder" / "frameworks"), "-o", str(tmp_path / "site"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "site" / "acme-engineering" / "levels" / "E2.html").is_file()


def test_init_says_what_a_new_directory_still_needs_for_the_hooks(cli, tmp_path):
    fresh = cli("init", str(tmp_path / "ladder"))
    assert fresh.exit_code == 0, fresh.stderr
    steps = fresh.output.splitlines()[-1]
    assert steps.startswith(f"Next, in {tmp_path / 'ladder'}: `git init`; `pre-commit install`")

    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    in_git = cli("init", str(tmp_path / "repo"))
    steps = in_git.output.splitlines()[-1]
    assert "git init" not in steps and "`pre-commit install`" in steps

    hook = tmp_path / "repo" / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\n# installed by pre-commit\n")
    installed = cli("init", str(tmp_path / "repo"), "--force")
    steps = installed.output.splitlines()[-1]
    assert "git init" not in steps and "pre-commit install" not in steps
    assert steps.endswith("edit the framework, then run `ladderlint check` and `ladderlint render -o site`.")


def test_the_rendered_site_is_ignored_and_a_gitignore_of_ones_own_is_kept(cli, tmp_path):
    cli("init", str(tmp_path / "ladder"))
    assert "\nsite/\n" in (tmp_path / "ladder" / ".gitignore").read_text()
    own = tmp_path / "own"
    own.mkdir()
    (own / ".gitignore").write_text("node_modules")
    added = cli("init", str(own))
    assert added.exit_code == 0  # a .gitignore of one's own does not stop init
    assert f"added site/ to {own / '.gitignore'}" in added.lines and f"wrote {own / '.gitignore'}" not in added.lines
    assert cli("init", str(own), "--force").exit_code == 0
    text = (own / ".gitignore").read_text()
    assert text.startswith("node_modules\n") and text.count("site/") == 1
    subprocess.run(["git", "init", "-q", str(own)], check=True)
    (own / "site").mkdir()
    (own / "site" / "index.html").write_text("<p>rendered</p>")
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=own,
                            capture_output=True, text=True, check=True).stdout
    assert "site/" not in status and ".gitignore" in status


def test_a_rerun_adds_no_second_framework_beside_a_renamed_one(cli, tmp_path):
    assert cli("init", str(tmp_path)).exit_code == 0
    [sample] = (tmp_path / "frameworks").iterdir()
    renamed = sample.rename(tmp_path / "frameworks" / "our-ladder.yaml")
    (tmp_path / ".gitignore").unlink()
    again = cli("init", str(tmp_path))
    assert again.exit_code == 0, again.stderr
    assert [p.name for p in (tmp_path / "frameworks").iterdir()] == [renamed.name]
    assert f"no sample framework written: {tmp_path / 'frameworks'} holds frameworks already" in again.output
    assert (tmp_path / ".gitignore").is_file()  # what was missing is written


def test_init_warns_when_the_hooks_would_not_find_ladderlint(cli, tmp_path, monkeypatch):
    """Installed in a virtual environment that is not active, `ladderlint`
    is no command the hooks find when a commit is made: init says so."""
    git = shutil.which("git")
    monkeypatch.setenv("PATH", os.path.dirname(git) if git else str(tmp_path / "nothing"))
    _local_hooks(cli, tmp_path / "ladder", monkeypatch)
    result = cli("init", str(tmp_path / "other"))
    scripts = os.path.dirname(sys.executable)
    assert f"ladderlint: warning: `ladderlint` is not a command this shell finds (this one runs from {scripts}), " \
           "so the hooks would fail each commit with \"Executable `ladderlint` not found\": " in result.stderr
    # The README's section it names says how to install it so.
    assert result.stderr.endswith('as pipx does (README, "pre-commit")\n')
    readme = (ROOT / "README.md").read_text()
    assert "pipx install" in readme.split("\n## pre-commit\n")[1].split("\n## ")[0]
    found = tmp_path / "bin"
    found.mkdir()
    (found / "ladderlint").write_text("#!/bin/sh\n")
    (found / "ladderlint").chmod(0o755)
    monkeypatch.setenv("PATH", os.pathsep.join([str(found), os.environ["PATH"]]))
    result = cli("init", str(tmp_path / "third"))
    assert "is not a command this shell finds" not in result.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")
def test_the_readme_says_how_to_stop_lowered_bars_and_what_it_says_works(cli, tmp_path, monkeypatch):
    """The README's pre-commit section says how to have the diff hook stop
    a lowered bar (the fifteenth new-user trial found it only in the
    Action's section): the `entry` of the hook `init` writes with
    lowers-bar added, and the `args` of the pinned hook, which pre-commit
    puts after the published `entry`. Each fails a commit that lowers a
    bar, which the hook as written passes."""
    import shlex

    from test_diff_git import git, ladder_at_v1

    section = (ROOT / "README.md").read_text().split("### Stopping lowered bars too\n", 1)[1].split("\n## ", 1)[0]
    [local_shown], [pinned_shown] = (yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", section,
                                                                                   re.DOTALL))
    written = next(h for h in _local_hooks(cli, tmp_path / "init", monkeypatch)["hooks"]
                   if h["id"] == "ladderlint-diff")
    assert local_shown["entry"] == written["entry"].replace("--fail-on raises-bar", "--fail-on raises-bar,lowers-bar")
    published = next(h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
                     if h["id"] == "ladderlint-diff")
    assert published["entry"] == written["entry"]

    root = ladder_at_v1(tmp_path)
    framework = root / "frameworks" / "acme.yaml"
    framework.write_text(framework.read_text().replace("within a day", "within a week"))  # a bar lowered
    git(root, "add", ".")

    def commit_checked(entry: str, args: list[str]) -> int:
        return cli(*shlex.split(entry)[1:], *args, "frameworks/acme.yaml", cwd=root).exit_code

    assert commit_checked(published["entry"], []) == 0
    assert commit_checked(local_shown["entry"], []) == 1
    assert commit_checked(published["entry"], pinned_shown["args"]) == 1
