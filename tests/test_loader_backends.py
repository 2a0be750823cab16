"""The loader uses libyaml where PyYAML has it, and reports the same
codes, positions and (the start of) messages with the pure-Python parser."""

from __future__ import annotations

import pytest
import yaml

from ladderlint import loader
from ladderlint.loader import LoadError, load_document


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
def test_libyaml_parser_is_used_when_available():
    assert loader.uses_libyaml()


@pytest.mark.parametrize(
    ("text", "code", "message", "line", "column"),
    [
        ("ladderlint: 1\nid: x\nlevels: [IC1, IC2\n", "LL003",
         "invalid YAML: the '[' on line 3 starts a list that is not closed", 3, 9),
        ("ladderlint: 1\nid: x\nlevels: [IC1,\n  IC2\n", "LL003",
         "invalid YAML: the file ends too soon: expected ',' or ']'", 4, 6),
        ("ladderlint: 1\nid: a\x00b\n", "LL003",
         "invalid YAML: control characters are not allowed (character U+0000)", 2, 6),
        ("ladderlint: 1\nid: &a x\nname: *a\n", "LL004", None, 2, 5),
        ("ladderlint: 1\nid: x\nid: y\n", "LL007",
         "duplicate key 'id' (first defined at line 2, column 1): a key may appear only once in a mapping; YAML "
         "tools would silently keep only this one and drop the first: merge the two into one, or rename one of them",
         3, 1),
    ],
)
@pytest.mark.parametrize("libyaml", [True, False], ids=["libyaml", "pure"])
def test_both_parsers_report_alike(libyaml, text, code, message, line, column):
    if libyaml and not yaml.__with_libyaml__:
        pytest.skip("PyYAML built without libyaml")
    with pytest.raises(LoadError) as caught:
        load_document("f.yaml", text.encode(), pure=not libyaml)
    error = caught.value
    assert (error.code, error.position.line, error.position.column) == (code, line, column)
    if message is not None:
        assert error.message.startswith(message)
