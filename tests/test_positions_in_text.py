"""Exact positions inside a text: a finding about words points at those
words, in every style of YAML scalar (plain, quoted with escapes, literal
and folded blocks), in every output format."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import MINIMAL
from ladderlint.loader import load_document
from ladderlint.positions import scalar_offsets

STATEMENT = "        - I deliver my tasks on time\n"


def concise(cli, write, tmp_path, statement_lines: str, *select: str) -> list[str]:
    write("f.yaml", MINIMAL.replace(STATEMENT, statement_lines))
    args = ["check", "--format", "concise", "--fail-on", "never", "f.yaml"]
    if select:
        args[1:1] = ["--select", ",".join(select)]
    return cli(*args, cwd=tmp_path).lines[:-1]


def test_a_doubled_word_is_found_at_its_column(cli, write, tmp_path):
    line = "        - I deliver the goals of my team, and at times I lead the the planning of my team's work\n"
    (found,) = concise(cli, write, tmp_path, line, "LL501")
    assert found.startswith(f"f.yaml:20:{line.index('the the') + 1}: LL501")


def test_inside_a_folded_block_the_line_within_the_block(cli, write, tmp_path):
    block = (
        "        - >-\n"
        "          I deliver the goals of my team\n"
        "          and at times I lead\n"
        "          the the planning of  my team's work\n"
    )
    assert concise(cli, write, tmp_path, block, "LL501", "LL502") == [
        "f.yaml:23:11: LL501 [error] doubled word 'the': '…eam and at times I lead the the planning of  my team's …'",
        "f.yaml:23:30: LL502 [warning] 2 spaces in a row: '… the planning of  my team's work'",
    ]


def test_inside_a_literal_block_and_after_escapes(cli, write, tmp_path):
    lines = (
        "        - |\n"
        "          I deliver the goals\n"
        "            of my my team\n"
        '        - "Caf\\u00e9 \\t and \\"quoted\\" words words"\n'
    )
    assert [f.split(": LL")[0] for f in concise(cli, write, tmp_path, lines, "LL501")] == [
        "f.yaml:22:16", f"f.yaml:23:{lines.splitlines()[3].index('words words') + 1}",
    ]


def test_json_and_sarif_carry_start_and_end_of_the_words(cli, write, tmp_path):
    line = "        - I deliver my tasks on on time\n"
    write("f.yaml", MINIMAL.replace(STATEMENT, line))
    (finding,) = cli("check", "--format", "json", "--select", "LL501", "f.yaml", cwd=tmp_path).json()["findings"]
    start = line.index("on on") + 1
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (
        20, start, 20, start + len("on on"))
    sarif = cli("check", "--format", "sarif", "--select", "LL501", "f.yaml", cwd=tmp_path).json()
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 20, "startColumn": start, "endLine": 20, "endColumn": start + len("on on")}


def test_a_suppression_on_the_line_the_value_starts_covers_a_finding_inside_it(cli, write, tmp_path):
    block = (
        "        # ladderlint: disable=LL501 -- quoted as written\n"
        "        - >-\n"
        "          I deliver the the goals\n"
    )
    assert concise(cli, write, tmp_path, block, "LL501", "LL010") == []


# --- every character traced back to the file ------------------------------------------

_CHARS = st.sampled_from(list("ab ZZ'\"\\#:-\t\n") + ["\u00e9", "\u00a0", "\u2028", "é", "x", "  "])
_STYLES = st.sampled_from([None, "'", '"', "|", ">"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CHARS, min_size=1, max_size=40).map("".join), _STYLES, st.integers(8, 60))
def test_every_character_of_a_value_is_traced_to_the_character_it_was_read_from(value, style, width):
    text = yaml.dump({"k": [value]}, default_style=style, width=width, allow_unicode=True)
    # PyYAML's emitter folds some values it cannot give back ("  aaaaa a" as
    # ">2-" at width 8 reads "  aaaaa\na"): such a text holds another value.
    assume(yaml.safe_load(text)["k"][0] == value)
    document = load_document("x.yaml", text.encode("utf-8"))
    *_, parent, node = document.nodes(("k", 0))
    assert node.value == value
    offsets = scalar_offsets(document.text, node, parent)
    # Every value is traced, a block with an indentation indicator too.
    assert offsets is not None and len(offsets) == len(value)
    assert list(offsets) == sorted(offsets) and len(set(offsets)) == len(offsets)
    for i, ch in enumerate(value):
        source = document.text[offsets[i]]
        if ch in " \n" or source == "\\":
            continue  # folded from a line break, or written as an escape
        assert source == ch, (i, ch, source)
