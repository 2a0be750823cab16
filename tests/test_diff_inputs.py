"""How the differ reads a revision: the same data and the same refusals as
the loader, without keeping a document tree, and positions found afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPORA, FIXTURES, FRAMEWORKS, ROOT
from ladderlint.diff.inputs import InputError, Loader, Source
from ladderlint.loader.events import find_positions, read_plain
from ladderlint.loader import LoadError, load_document

HOSTILE = ROOT / "tests" / "hostile"
FRAMEWORK_FILES = sorted(
    [*FRAMEWORKS.glob("*.yaml"), *(FIXTURES / "diff").glob("*.yaml"), *(CORPORA / "ft-history-dev").glob("0*.yaml")]
)


def _loaded(data: bytes):
    try:
        return load_document("f.yaml", data).data
    except LoadError as error:
        return error


@pytest.mark.parametrize("path", FRAMEWORK_FILES + sorted(HOSTILE.glob("*.yaml")), ids=lambda p: p.name)
def test_plain_reading_gives_the_loaders_data_or_leaves_the_file_to_it(path: Path):
    data = path.read_bytes()
    plain = read_plain(data)
    loaded = _loaded(data)
    if plain is not None:
        assert plain == loaded
    if path in FRAMEWORK_FILES:
        assert plain is not None  # files as people write them are read without the loader


@pytest.mark.parametrize(
    "text",
    [
        "ladderlint: 1\na: &x [1]\nb: *x\n",  # anchors and aliases
        "ladderlint: 1\na: !!python/name:os.system ''\n",  # a tag
        "ladderlint: 1\na: 1\na: 2\n",  # a duplicate key
        "ladderlint: 1\n<<: {a: 1}\n",  # a merge key
        "ladderlint: 1\n---\nladderlint: 1\n",  # two documents
        "ladderlint: 1\n? [a, b]\n: c\n",  # a list as a key
        "ladderlint: 1\nn: 0x1F\n",  # a number in another notation
        "ladderlint: 1\nf: 1.5\n",
        "- ladderlint: 1\n",  # not a mapping
        "",
        "ladderlint: 1\nid: [\n",  # not YAML
    ],
)
def test_anything_but_plain_yaml_is_left_to_the_loader(text):
    assert read_plain(text.encode()) is None
    assert read_plain(b"\xef\xbb\xbf" + b"ladderlint: 1\n") is None  # a byte order mark


scalars = st.one_of(
    st.sampled_from(["1", "-3", "+4", "007", "1_000", "0x1F", "0o17", "1:20", "2024-01-31", "yes", "No", "on",
                     "OFF", "true", "False", "~", "null", "", "1.5", ".inf", "=", "<<", "I lead teams", "'quoted'",
                     "12345678901234567890123", "a: b", "- x", "#no"]),
    st.text(alphabet=st.sampled_from("ab19 -:._~'\"#"), max_size=8),
    st.integers(-10**6, 10**6),
    st.booleans(),
    st.none(),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text("abc-", min_size=1, max_size=4), inner, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text("xyz", min_size=1, max_size=3), documents, min_size=1, max_size=4), st.booleans())
def test_plain_reading_agrees_with_the_loader_on_any_document(document, flow):
    data = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True).encode()
    plain = read_plain(data)
    if plain is not None:
        assert plain == _loaded(data)


@pytest.mark.parametrize("path", FRAMEWORK_FILES[:6], ids=lambda p: p.name)
def test_positions_are_the_loaders(path: Path):
    document = load_document(str(path), path.read_bytes())
    framework = Loader().load(Source(str(path), str(path), path.read_bytes())).framework
    paths = [("version",), ("levels",), ("levels", 0, "nothing", "here"), ("dimensions", 99)]
    for level in framework.levels:
        paths.append(level.path)
        for cell in level.cells:
            paths.append(cell.path)
            paths.extend(s.text_path for s in cell.statements)
    found = find_positions(path.read_bytes(), paths)
    assert {p: found[p] for p in paths} == {p: document.position(p) for p in paths}


def test_a_revision_with_findings_is_still_reported_where_they_are(tmp_path):
    bad = "ladderlint: 1\nid: a\nid: b\n"
    with pytest.raises(InputError) as raised:
        Loader().load(Source("bad.yaml", "bad.yaml", bad.encode()))
    # Every problem of the file is shown, the duplicate key among them.
    assert ("LL007", 3) in [(finding.code, finding.line) for finding in raised.value.findings]
