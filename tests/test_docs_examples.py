"""The frameworks the README and the docs show pass `ladderlint check`:
a reader who copies one starts from a clean file, not from a warning."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_YAML_BLOCK = re.compile(r"```yaml\n(.*?)```", re.DOTALL)


def _framework_examples() -> list[tuple[str, str]]:
    examples = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for number, block in enumerate(_YAML_BLOCK.findall(page.read_text(encoding="utf-8")), start=1):
            if re.search(r"^ladderlint: 1\b", block, re.MULTILINE):
                examples.append((f"{page.relative_to(ROOT)} #{number}", block))
    return examples


EXAMPLES = _framework_examples()


def test_the_readme_and_the_format_page_show_a_framework():
    shown = {name.split(" #")[0] for name, _ in EXAMPLES}
    assert {"README.md", "docs/format.md"} <= shown


@pytest.mark.parametrize("example", EXAMPLES, ids=[name for name, _ in EXAMPLES])
def test_a_framework_the_docs_show_checks_clean(example, cli, write):
    _, block = example
    path = write("example.yaml", block)
    run = cli("check", "--no-config", "--format", "concise", str(path))
    assert (run.exit_code, run.output) == (0, "All checks passed (1 framework checked).\n")
