"""Shared helpers for the test suite."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ladderlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
FRAMEWORKS = ROOT / "frameworks"
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = FIXTURES / "seeds"
# Copied unchanged, licences included, from ../shared/corpora.
CORPORA = FIXTURES / "corpora"

MINIMAL = """\
ladderlint: 1
id: acme-backend
name: Acme Engineering Career Framework
track: Backend Engineer
version: "1.0.0"
organisation:
  name: Acme
dimensions:
  - id: results
    name: Results
    competencies:
      - id: impact
        name: Impact
levels:
  - id: IC1
    title: Engineer I
    summary: Delivers well-scoped tasks
    competencies:
      impact:
        - I deliver my tasks on time
"""


def own_framework(text: str, name: str) -> str:
    """MINIMAL (or a text made from it) as a framework of its own in a run:
    its own id (LL306) and track (LL307)."""
    return text.replace("id: acme-backend", f"id: acme-{name}", 1).replace(
        "track: Backend Engineer", f"track: Backend Engineer {name}", 1)


@dataclass
class Run:
    exit_code: int
    output: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.output)

    @property
    def lines(self) -> list[str]:
        return self.output.splitlines()


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch):
    """Run the CLI in-process; fail the test on any uncaught exception."""

    def invoke(*args: str, cwd: Path | None = None, stdin: bytes | str | None = None) -> Run:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        runner = CliRunner()
        result = runner.invoke(main, list(args), input=stdin, catch_exceptions=True)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Run(result.exit_code, result.stdout, result.stderr)

    return invoke


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under tmp_path (text or bytes) and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("NO_COLOR", "1")
