"""The frameworks the README and the docs show pass `ladderlint check`:
a reader who copies one starts from a clean file, not from a warning. The
configurations they show are accepted as they are, so an example cannot
rot as rules and keys change."""

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


# --- configuration examples -------------------------------------------------------

_CONFIG_BLOCK = re.compile(r"```(yaml|toml)\n(.*?)```", re.DOTALL)


def _configuration_examples() -> list[tuple[str, str, str]]:
    """Every configuration the README and docs/configuration.md show: a YAML
    block headed `# .ladderlint.yaml` or whose top-level keys include one of
    the configuration's, and a TOML block with a `[tool.ladderlint]` table."""
    import yaml

    from ladderlint.config import KEYS

    examples = []
    for page in (ROOT / "README.md", ROOT / "docs" / "configuration.md"):
        for number, (kind, block) in enumerate(_CONFIG_BLOCK.findall(page.read_text(encoding="utf-8")), start=1):
            name = f"{page.relative_to(ROOT)} #{number}"
            if kind == "toml":
                if "[tool.ladderlint" in block:
                    examples.append((name, "pyproject.toml", block))
                continue
            data = yaml.safe_load(block)
            if block.startswith("# .ladderlint.yaml") or (isinstance(data, dict) and set(data) & set(KEYS)):
                examples.append((name, ".ladderlint.yaml", block))
    return examples


CONFIGURATIONS = _configuration_examples()


def test_the_readme_and_the_configuration_page_show_configurations():
    shown = {name.split(" #")[0] for name, _, _ in CONFIGURATIONS}
    assert shown == {"README.md", "docs/configuration.md"}
    assert any(file == "pyproject.toml" for _, file, _ in CONFIGURATIONS)


@pytest.mark.parametrize("example", CONFIGURATIONS, ids=[name for name, _, _ in CONFIGURATIONS])
def test_a_configuration_the_docs_show_is_accepted(example, cli, write, tmp_path):
    """Read by the loader `check` uses, a configuration copied from the docs
    is accepted whole, with no warning about it."""
    import yaml

    _, file, block = example
    vocabulary = yaml.safe_load(block).get("vocabulary") if file == ".ladderlint.yaml" else None
    if vocabulary:  # the directory it names, as a project would have it
        write(f"{vocabulary}/accept.txt", "Globex\n")
    write(file, block)
    write("fw.yaml", "ladderlint: 1\n")  # unreadable as a framework: the run must still get past the configuration
    run = cli("check", "--format", "concise", "fw.yaml", cwd=tmp_path)
    assert "ladderlint: error" not in run.stderr and "ladderlint: warning" not in run.stderr, run.stderr
    assert "fw.yaml:" in run.output  # the file was checked
