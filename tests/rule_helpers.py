"""Small frameworks for the brand and text rule tests.

``framework_yaml`` writes a one-level framework whose statements start at
line ``FIRST_STATEMENT_LINE``, column ``STATEMENT_COLUMN``, so tests can
assert exact positions.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

import yaml

from ladderlint.model import Framework, build_framework

FIRST_STATEMENT_LINE = 22
STATEMENT_COLUMN = 11


def framework_yaml(
    statements: Sequence[str],
    *,
    org: str = "EscrowTab",
    aliases: Sequence[str] = (),
    domains: Sequence[str] = (),
    id: str = "escrowtab-mle",
    name: str = "EscrowTab Engineering Career Framework",
    track: str = "Machine Learning Engineer",
    voice: str = "first-person",
    extra: str = "",
) -> str:
    """A framework with the statements in one cell (IC1, health); ``extra``
    is appended at the end of the document (top-level keys)."""
    items = "".join(f"        - {json.dumps(s, ensure_ascii=False)}\n" for s in statements)
    return (
        "ladderlint: 1\n"
        f"id: {id}\n"
        f"name: {json.dumps(name)}\n"
        f"track: {json.dumps(track)}\n"
        'version: "1.0.0"\n'
        f"voice: {voice}\n"
        "organisation:\n"
        f"  name: {json.dumps(org)}\n"
        f"  aliases: {json.dumps(list(aliases))}\n"
        f"  domains: {json.dumps(list(domains))}\n"
        "dimensions:\n"
        "  - id: culture\n"
        "    name: Culture\n"
        "    competencies:\n"
        "      - id: health\n"
        "        name: Organizational Health\n"
        "levels:\n"
        "  - id: IC1\n"
        "    title: IC1 Engineer\n"
        "    competencies:\n"
        "      health:\n"
        f"{items}"
        f"{extra}"
    )


def third_person_framework_yaml(statements: Sequence[str]) -> str:
    """A third-person framework (Acme) with one level, IC1, its statements
    in one cell (Code)."""
    cell = "".join(f"        - {json.dumps(s)}\n" for s in statements)
    return (
        "ladderlint: 1\nid: acme\nname: Acme Engineer\ntrack: Engineer\nversion: \"1.0.0\"\nvoice: third-person\n"
        "organisation: {name: Acme}\n"
        "dimensions:\n  - id: craft\n    name: Craft\n    competencies:\n      - {id: code, name: Code}\n"
        "levels:\n  - id: IC1\n    title: Engineer I\n    summary: Delivers tasks with help\n    competencies:\n"
        "      code:\n" + cell
    )


def framework(text: str, file: str = "f.yaml") -> Framework:
    return build_framework(file, yaml.safe_load(text))


def statement_path(i: int) -> tuple[Any, ...]:
    return ("levels", 0, "competencies", "health", i)


def at(i: int, statement: str | None = None, part: str | int | None = None) -> str:
    """The line:column of the i-th statement; with its text and a part of
    it (or an offset in it), of that part (the statements are written double-quoted, so a
    character is one column after the opening quote while nothing before
    it is escaped)."""
    if statement is None or part is None:
        return f"{FIRST_STATEMENT_LINE + i}:{STATEMENT_COLUMN}"
    offset = part if isinstance(part, int) else statement.index(part)
    before = json.dumps(statement[:offset], ensure_ascii=False)[:-1]
    return f"{FIRST_STATEMENT_LINE + i}:{STATEMENT_COLUMN + len(before)}"


def findings(cli, *paths: Any, select: str) -> list[str]:
    """The finding lines of `ladderlint check --select CODES PATHS`."""
    run = cli("check", "--format", "concise", "--select", select, "--fail-on", "never", *map(str, paths))
    assert run.exit_code == 0, run.output
    return [line for line in run.lines if ": LL" in line]


#: Ten third-person descriptions, the voice LL506 then expects of a statement put beside them.
THIRD_PERSON_DESCRIPTIONS = [f"Delivers task number {n} with care" for n in range(10)]


def ll506_messages(cli, write, statements: Sequence[str]) -> list[str]:
    """LL506's messages on a third-person framework of ``statements`` (``third_person_framework_yaml``)."""
    path = write("f.yaml", third_person_framework_yaml(statements))
    return [line.split("LL506 [warning] ", 1)[1] for line in findings(cli, path, select="LL506")]
