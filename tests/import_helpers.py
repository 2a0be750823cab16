"""What the import tests share: importing a document through the CLI and
reading the framework it wrote."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ladderlint.loader import load_document


def imported(cli, path: Path, *args: str) -> tuple[dict[str, Any], Any]:
    """Import ``path`` (with ``args``) next to itself; the framework's data and the run."""
    out = path.parent / f"{path.stem}-out.yaml"
    run = cli("import", str(path), *args, "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    return load_document(str(out), out.read_bytes()).data, run


def cells(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each level's cells by competency: a list of statements, or a mapping
    (``not_applicable``)."""
    return {level["id"]: dict(level["competencies"]) for level in data["levels"]}
