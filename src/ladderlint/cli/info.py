"""`ladderlint rules`, `explain` and `schema`: what ladderlint knows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from ..rules.base import Rule

import click

from .app import CONTEXT, emit, main


@main.command(context_settings=CONTEXT)
def schema() -> None:
    """Print the framework JSON Schema (draft 2020-12)."""
    from ..schema_file import schema_text

    emit(schema_text())


@main.command(context_settings=CONTEXT)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a line per rule; json: every rule's metadata (options, scope, docs).")
def rules(output_format: str) -> None:
    """List every rule: code, name, default severity and summary."""
    from ..rules import registry

    all_rules = registry().rules
    if output_format == "json":
        import json

        emit(json.dumps([rule.metadata() for rule in all_rules], indent=2, ensure_ascii=False) + "\n")
        return
    _list(all_rules)


def _list(rules: "Sequence[type[Rule]]") -> None:
    """A line per rule: code, name, default severity and summary."""
    width = max(len(rule.name) for rule in rules)
    lines = [
        f"{rule.code}  {rule.name:<{width}}  {str(rule.severity):<7}  {rule.summary()}" for rule in rules
    ]
    emit("\n".join(lines) + "\n")


@main.command(context_settings=CONTEXT, short_help="Print one rule's documentation.")
@click.argument("code")
def explain(code: str) -> None:
    """Print the documentation of one rule, by code (LL110) or name
    (duplicate-id). A code prefix, as --select takes it (LL5), lists the
    rules it selects, as `ladderlint rules` does."""
    from ..rules import registry

    rule = registry().find(code) or _spelt_otherwise(code)
    family = registry().with_prefix(code.strip().upper()) if re.fullmatch(r"(?i)ll\d{0,2}", code.strip()) else ()
    if rule is None and family:
        _list(family)
        return
    if rule is None:
        meant = _meant_rule(code)
        hint = f"did you mean {meant.code} ({meant.name})? " if meant else ""
        raise click.BadParameter(f"no rule '{code}'; {hint}run `ladderlint rules` for the list", param_hint="CODE")
    header = f"{rule.code} {rule.name} (default severity: {rule.severity})"
    options = rule.options_text()
    emit(f"{header}\n{'=' * len(header)}\n\n{rule.docs()}\n" + (f"\n{options}\n" if options else ""))


def _words(text: str) -> str:
    return "-".join(text.replace("_", " ").replace("-", " ").split())


def _spelt_otherwise(text: str) -> "type[Rule] | None":
    """A rule named without "LL" (206, 0206) or its name in words ("missing
    cell", "Missing_Cell"): no other rule could be meant."""
    from ..rules import registry

    found = registry()
    number = text.strip()
    return found.find(f"LL{int(number):03d}") if number.isdecimal() else found.find(_words(text))


def _meant_rule(text: str) -> "type[Rule] | None":
    """The rule a name or code mistyped was meant to be, if one is close."""
    from ..rules import registry
    from ..suggestions import closest

    found = registry()
    name = closest(_words(text).lower(), [r.name for r in found.rules]) or closest(
        text.upper(), [r.code for r in found.rules])
    return found.find(name) if name else None
