"""`ladderlint init`: start a repository of frameworks."""

from __future__ import annotations

import os
import re
import sys

import click

from .app import CONTEXT, EXIT_OK, fail, main


@main.command(context_settings=CONTEXT)
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--organisation", default="Acme", show_default=True, metavar="NAME",
              help="Your organisation's name, as the framework spells it.")
@click.option("--rev", metavar="SHA",
              help="Have pre-commit fetch the hooks from ladderlint's repository at this commit (or release "
              "tag). Default: the commit this ladderlint was installed from, if pip recorded one; else the "
              "hooks run the ladderlint installed (`repo: local`), which needs no network.")
@click.option("--force", is_flag=True, help="Replace files that already exist.")
def init(directory: str, organisation: str, rev: str | None, force: bool) -> None:
    """Start a repository of frameworks in DIRECTORY (default: here).

    \b
    Writes:
      frameworks/<id>.yaml           a small framework that passes `check`
      schemas/framework.schema.json  the schema, for editors (the
                                     framework's first line points to it)
      .pre-commit-config.yaml        the `ladderlint`, `ladderlint-diff` hooks
      .ladderlint.yaml               every key with its default, commented
      .gitignore                     site/, where `render -o site` writes
                                     (added to an existing .gitignore)

    A file that already exists is kept as it is (--force replaces it): in
    a repository that has some of them, the others are added.
    """
    from ..starter import GitState, Starter, StarterError, installed_commit, write

    if not organisation.strip():
        raise click.BadParameter("give the organisation's name", param_hint="--organisation")
    if rev is not None and "." not in rev and not re.fullmatch(r"[0-9a-fA-F]+", rev):
        # pre-commit's own test: a branch is never fetched again, so it pins nothing.
        raise click.BadParameter(
            f"'{rev}' looks like a branch, which pre-commit fetches once and never updates; give a commit "
            "(its full SHA) or a release tag, or leave --rev out for hooks that run the installed ladderlint",
            param_hint="--rev")
    pinned = rev or installed_commit()
    starter = Starter(organisation=organisation.strip(), rev=pinned)
    try:
        result = write(directory, starter, force=force)
    except StarterError as error:
        fail(str(error))
    for path in result.written:
        click.echo(f"wrote {path}")
    for path in result.added_to:
        click.echo(f"added site/ to {path}")
    for path in result.kept:
        if os.path.lexists(path):
            click.echo(f"kept {path}, which exists (--force replaces it)")
        else:
            click.echo(f"no sample framework written: {os.path.dirname(path)} holds frameworks already")
    hooks = os.path.join(directory, ".pre-commit-config.yaml")
    if hooks in result.kept and not _names_ladderlint_hooks(hooks):
        click.echo(f"{hooks} does not run both ladderlint hooks (ladderlint, "
                   "ladderlint-diff): add them to it, as the README's pre-commit section shows")
    if pinned is None and hooks not in result.kept:
        sys.stderr.write(
            "ladderlint: note: the hooks in .pre-commit-config.yaml run the ladderlint installed where the "
            "commit is made (`repo: local`); whoever commits needs it installed (`--rev SHA` has pre-commit "
            "fetch a pinned commit of ladderlint instead)\n"
        )
        _not_on_path()
    git = GitState.of(directory)
    steps = [] if git.repository else ["`git init`"]
    if not git.hook_installed:
        steps.append("`pre-commit install` (after `pip install pre-commit`), so the hooks run on each commit")
    steps.append("edit the framework, then run `ladderlint check` and `ladderlint render -o site`")
    where = "" if directory in (".", "") else f", in {directory}"
    click.echo(f"Next{where}: " + "; ".join(steps) + ".")
    sys.exit(EXIT_OK)


def _names_ladderlint_hooks(path: str) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            ids = set(re.findall(r"^\s*-?\s*id:\s*['\"]?(ladderlint(?:-diff)?)\b", handle.read(), re.MULTILINE))
            return ids == {"ladderlint", "ladderlint-diff"}
    except OSError:
        return True  # nothing to say about a file that cannot be read


def _not_on_path() -> None:
    """Say so where `ladderlint` is not a command the shell finds (installed
    in a virtual environment that is not active): the hooks run it by that
    name, and pre-commit would fail each commit with "Executable
    `ladderlint` not found"."""
    import shutil  # here: a one-file check, the run a hook makes, needs none of it

    if shutil.which("ladderlint") is not None:
        return
    scripts = os.path.dirname(sys.executable)
    activate = os.path.join(scripts, "activate")
    how = (f"activate its environment before you commit (`source {activate}`), "
           if os.path.isfile(activate) else f"add {scripts} to PATH before you commit, ")
    sys.stderr.write(
        f"ladderlint: warning: `ladderlint` is not a command this shell finds (this one runs from {scripts}), "
        "so the hooks would fail each commit with \"Executable `ladderlint` not found\": "
        f"{how}or install ladderlint where every shell finds it, as pipx does (README, \"pre-commit\")\n"
    )
