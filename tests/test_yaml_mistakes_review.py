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
