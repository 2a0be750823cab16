"""The command line: a thin shell over the library, one module per command.

Exit codes (all commands):
  0  success, nothing to report at or above --fail-on
  1  findings at or above --fail-on
  2  usage, configuration or input error (a file that cannot be read)

This module holds the group and what every command shares; each command
lives in its own module and registers itself on ``main``.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Mapping, NoReturn, Sequence

import click

from ..suggestions import closest

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 80}

#: Where the documentation lives: an installed copy has no docs/ folder, so
#: help and messages name a command or this address.
DOCS_URL = "https://github.com/ladderlint/ladderlint/tree/main/docs"


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    # A callback rather than click.version_option(version=...), so that the
    # version is looked up only when asked for, not on every run.
    if not value or ctx.resilient_parsing:
        return
    from .. import __version__

    click.echo(f"ladderlint {__version__}")
    ctx.exit()


def split_codes(values: Sequence[str]) -> tuple[str, ...]:
    codes: list[str] = []
    for value in values:
        codes.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(codes)


def error_text(message: str, hint: str = "") -> str:
    """How every command says that it was called wrongly or given input it
    cannot use: ``ladderlint: error:``, then what is wrong (the file, and
    its line and column where there is one, first), then, where it helps,
    what to do."""
    return f"ladderlint: error: {message}\n" + (f"{hint}\n" if hint else "")


def note_excluded(excluded: Mapping[str, str]) -> None:
    """Name on standard error each file named that the configuration
    excludes (force-exclude), with what excludes it: a note, as it is what
    was asked, not a warning."""
    for path, reason in sorted(excluded.items()):
        sys.stderr.write(f"ladderlint: note: {path} skipped: excluded by the configuration ({reason})\n")


def named_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A path option's value, which an empty one (`-o ""`, a variable
    left unset) is not: a usage error, not a file that cannot be written."""
    if value is not None and not value:
        raise click.BadParameter("an empty path names no file or folder")
    return value


def fail(message: str, hint: str = "", details: str = "") -> NoReturn:
    """Report a bad invocation or bad input (see :func:`error_text`), with
    ``details`` after it, and exit with 2."""
    sys.stderr.write(error_text(message, hint) + details)
    sys.exit(EXIT_ERROR)


def _click_error(error: click.ClickException, command: str | None) -> tuple[str, str]:
    """Click's own complaint (an unknown option, a value of the wrong kind,
    a missing argument), in ladderlint's words: its message, and a hint
    with the usage and where the options are explained (those of
    ``command``, where click does not say which command it was parsing).
    Click's "did you mean" suggestions are kept."""
    message = error.format_message().strip()
    if isinstance(error, click.NoSuchOption):
        # Click measures closeness with the dashes, which every option
        # shares: '--bogus' came out as close to '--jobs'.
        message = f"No such option '{error.option_name}'{_closest_option(error.option_name, error.possibilities)}"
    if message[:2].istitle():  # "Invalid value", "No such option"; not "YAML"
        message = message[0].lower() + message[1:]
    for said, meant in ((". (Did you mean", " (did you mean"), (". Did you mean", "; did you mean"),
                        (": File '", ": file '"), (": Directory '", ": directory '"), (": Path '", ": path '")):
        message = message.replace(said, meant)
    message = message.removesuffix(".")
    ctx = getattr(error, "ctx", None)
    if not isinstance(error, click.UsageError):
        return message, ""
    if ctx is None and command is not None:
        return message, f"Run `ladderlint {command} --help` for what each option does."
    if ctx is None or isinstance(ctx.command, click.Group):
        return message, "Run `ladderlint --help` for the commands."
    return message, f"{ctx.get_usage()}\nRun `{ctx.command_path} --help` for what each option does."


def _closest_option(given: str, options: Sequence[str] | None) -> str:
    """"; did you mean '--jobs'?" for the option closest to ``given`` by
    their names, without the dashes; empty when none is close."""
    names = {option.lstrip("-"): option for option in options or ()}
    close = closest(given.lstrip("-"), sorted(names))
    return f"; did you mean '{names[close]}'?" if close else ""


class _Group(click.Group):
    """The ``ladderlint`` group: click's usage errors are reported as every
    other error is (:func:`fail`), not in click's own words."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.ClickException as error:
            if type(error).__name__ == "NoArgsIsHelpError":  # `ladderlint` alone: the help, as asked
                error.show()
                sys.exit(EXIT_ERROR)
            given = sys.argv[1:] if args is None else list(args)
            command = next((arg for arg in given if not arg.startswith("-")), None)
            fail(*_click_error(error, command if command in self.commands else None))
        except click.Abort:  # Ctrl-C
            sys.stderr.write("ladderlint: interrupted\n")
            sys.exit(130)
        except BrokenPipeError:  # as click would have: the reader went away
            _stdout_closed()
        sys.exit(result if isinstance(result, int) else EXIT_OK)


@click.group("ladderlint", cls=_Group, context_settings=CONTEXT)
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
    help="Show the version and exit.",
)
def main() -> None:
    """Lint, validate and diff engineering career frameworks kept as YAML.

    Run `ladderlint COMMAND --help` for the options of a command, and
    `ladderlint explain CODE` for a rule. Exit codes: 0 clean, 1 findings at
    or above --fail-on, 2 usage or input error.

    Documentation: https://github.com/ladderlint/ladderlint/tree/main/docs
    """


def emit(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `ladderlint ... | head`
        _stdout_closed()


def _stdout_closed() -> NoReturn:
    """The reader of standard output went away (`| head`): nothing more to say."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(EXIT_OK)


def exit_on_input_error(error: Any) -> NoReturn:
    """Say why inputs cannot be used (an InputError: a message, and the
    findings that locate the problems) and exit with 2."""
    from ..formatters import RenderContext
    from ..formatters.text import render

    details = ""
    if error.findings:
        counted = getattr(error, "counted", None)
        context = RenderContext(checked=counted[0], unreadable=counted[1]) if counted else \
            RenderContext.of_input_error(error.findings, unreadable=getattr(error, "unreadable", False))
        details = render(error.findings, context)
    fail(error.message, details=details)


def exit_on_config_error(error: Any) -> NoReturn:
    """Say why a configuration cannot be followed (a ConfigError): as the
    option's error where it came from the command line, else with the file,
    line and column; exit with 2."""
    if error.option:
        raise click.BadParameter(error.message, param_hint=error.option) from None
    # Every error of the file, one line each, so that one edit mends them all.
    sys.stderr.write("".join(error_text(str(each)) for each in error.every()))
    sys.exit(EXIT_ERROR)


def configuration_or_exit(command_line: Any) -> Any:
    """The settings of each file of a run (the configuration nearest to it,
    and the command line); a configuration that cannot be followed exits 2."""
    from ..config import ConfigError, Configuration

    try:
        configuration = Configuration(command_line)
        configuration.default  # noqa: B018  (read now: an error in it is reported here)
        return configuration
    except ConfigError as error:
        exit_on_config_error(error)


def run(argv: Sequence[str] | None = None) -> Any:
    """Entry point that turns any unexpected failure into exit code 2."""
    try:
        return main.main(args=list(argv) if argv is not None else None, prog_name="ladderlint")
    except KeyboardInterrupt:
        sys.stderr.write("ladderlint: interrupted\n")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as error:  # pragma: no cover - a bug; never show a traceback to users
        if os.environ.get("LADDERLINT_DEBUG"):
            raise
        sys.stderr.write(
            f"ladderlint: internal error: {type(error).__name__}: {error}\n"
            "Set LADDERLINT_DEBUG=1 to see the traceback, and please report it.\n"
        )
        sys.exit(EXIT_ERROR)
