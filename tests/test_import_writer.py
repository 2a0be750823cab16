"""The YAML writer: any text reads back exactly as written, every time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ladderlint.importers.writer import dump, scalar
from ladderlint.loader import load_document

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)


def read_back(yaml_text: str) -> dict:
    return load_document("t.yaml", yaml_text.encode("utf-8")).data


@settings(max_examples=400, deadline=None)
@given(TEXT, TEXT)
def test_any_text_reads_back_exactly(key, value):
    data = {"value": value, "items": [value, {"text": value}], "terms": {key: value}}
    assert read_back(dump(data)) == data


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=20), min_size=2, max_size=5))
def test_text_of_several_lines_reads_back_exactly(lines):
    value = "\n".join(lines)
    if not value:
        return
    assert read_back(dump({"summary": value}))["summary"] == value


def test_quoting_is_chosen_by_content():
    assert scalar("I deliver my tasks on time") == "I deliver my tasks on time"
    # Text that YAML would read as something else, or cannot start a plain scalar.
    assert scalar("yes") == "'yes'"
    assert scalar("2026-01-31") == "'2026-01-31'"
    assert scalar("* a bullet") == "'* a bullet'"
    assert scalar("Scope: what I own") == "'Scope: what I own'"
    assert scalar("it's") == "it's"
    # Characters a reader cannot see, and runs of spaces, are shown.
    assert scalar("actions\u00a0") == '"actions\\u00a0"'
    assert scalar("I  deliver") == '"I  deliver"'
    assert scalar(" leading") == '" leading"'
    assert scalar("zero\u200bwidth") == '"zero\\u200bwidth"'
    # Emoji sequences keep their joiner and stay readable.
    assert scalar("👩\u200d💼 Leadership") == "👩\u200d💼 Leadership"


def test_layout_and_literal_blocks():
    text = dump(
        {
            "version": "1.0.0",
            "levels": [{"id": "IC1", "dimensions": {"craft": "One.\n\nTwo."}, "competencies": {"impact": ["a", "b"]}}],
        },
        header="made by a test",
    )
    assert text == (
        "# made by a test\n"
        "version: '1.0.0'\n"
        "levels:\n"
        "  - id: IC1\n"
        "    dimensions:\n"
        "      craft: |-\n"
        "        One.\n"
        "\n"
        "        Two.\n"
        "    competencies:\n"
        "      impact:\n"
        "        - a\n"
        "        - b\n"
    )
