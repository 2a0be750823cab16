"""YAML mistakes found explained wrongly in review: a competency's key
left without its ':' under the statements of the competency above."""

from __future__ import annotations

from pathlib import Path

import pytest

from ladderlint.loader import LoadError, load_document

FRAMEWORK = (Path(__file__).parents[1] / "frameworks" / "firstwho-mle.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("pure", [False, True])
def test_a_competency_key_without_its_colon_under_statements(pure):
    key = "      model-development-and-experimentation:\n"
    assert key in FRAMEWORK
    number = FRAMEWORK[: FRAMEWORK.index(key)].count("\n") + 1
    text = FRAMEWORK.replace(key, key.replace(":", ""), 1)
    with pytest.raises(LoadError) as caught:
        load_document("f.yaml", text.encode(), pure=pure)
    # Not read as a statement wrapped onto the next line: following that would
    # move this competency's statements under the one above.
    assert caught.value.message.endswith("write `model-development-and-experimentation:`")
    assert caught.value.position.line == number


def test_a_large_framework_with_a_tab_on_every_line_is_read_again_only_so_much():
    # Each further mistake is found by reading the whole file again: a large
    # framework (here about 1.1 MB) with a pasted block of tabs must stay
    # quick to check in a pre-commit hook, so few of them are looked for.
    head, levels = FRAMEWORK.split("levels:\n", 1)
    lines = (levels * 140).splitlines()
    text = head + "levels:\n" + "\n".join("\t" + line[2:] if line.startswith("  ") else line for line in lines) + "\n"
    assert len(text) > 1_000_000
    with pytest.raises(LoadError) as caught:
        load_document("f.yaml", text.encode())
    assert "indented with a tab" in caught.value.message
    assert caught.value.more == ()
