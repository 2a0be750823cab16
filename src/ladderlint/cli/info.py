"""`ladderlint rules`, `explain` and `schema`: what ladderlint knows."""

from __future__ import annotations

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
    width = max(len(rule.name) for rule in all_rules)
    lines = [
        f"{rule.code}  {rule.name:<{width}}  {str(rule.severity):<7}  {rule.summary()}" for rule in all_rules
    ]
    emit("\n".join(lines) + "\n")


@main.command(context_settings=CONTEXT, short_help="Print one rule's documentation.")
@click.argument("code")
def explain(code: str) -> None:
    """Print the documentation of one rule, by code (LL110) or name (duplicate-id)."""
    from ..rules import registry

    rule = registry().find(code)
    if rule is None:
        raise click.BadParameter(f"no rule '{code}'; run `ladderlint rules` for the list", param_hint="CODE")
    header = f"{rule.code} {rule.name} (default severity: {rule.severity})"
    options = rule.options_text()
    emit(f"{header}\n{'=' * len(header)}\n\n{rule.docs()}\n" + (f"\n{options}\n" if options else ""))


