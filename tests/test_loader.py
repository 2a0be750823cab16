"""The loader: the C parser where available, the pure-Python one otherwise,
with the same results."""

from __future__ import annotations

import pytest

from conftest import FRAMEWORKS, MINIMAL
from ladderlint import loader
from ladderlint.loader import LoadError, load_document


def test_libyaml_is_used_when_available():
    import yaml

    assert loader.uses_libyaml() == yaml.__with_libyaml__


@pytest.mark.parametrize("path", sorted(FRAMEWORKS.glob("*.yaml")), ids=lambda p: p.name)
def test_pure_and_fast_loaders_agree_on_data_and_positions(path):
    data = path.read_bytes()
    fast, pure = load_document(str(path), data), load_document(str(path), data, pure=True)
    assert fast.data == pure.data
    for doc_path in [("levels", 0), ("levels", 0, "competencies"), ("dimensions", 0, "competencies", 0, "name")]:
        assert fast.position(doc_path) == pure.position(doc_path)


@pytest.mark.parametrize(
    "text",
    [
        "ladderlint: 1\nid: [\n",
        "ladderlint: 1\nid: &a x\nname: *a\n",
        "ladderlint: 1\nid: !!python/name:os.system x\n",
        MINIMAL + "id: again\n",
    ],
)
def test_pure_and_fast_loaders_agree_on_errors(text):
    errors = []
    for pure in (False, True):
        with pytest.raises(LoadError) as caught:
            load_document("f.yaml", text.encode(), pure=pure)
        errors.append((caught.value.code, caught.value.position.line, caught.value.position.column))
    assert errors[0] == errors[1]


def test_position_of_a_key_and_of_its_value():
    document = load_document("f.yaml", MINIMAL.encode())
    value = document.position(("organisation", "name"))
    key = document.position(("organisation", "name"), key=True)
    assert (key.line, key.column) == (7, 3)
    assert (value.line, value.column) == (7, 9)


def test_position_of_a_path_beyond_the_document_is_its_deepest_ancestor():
    document = load_document("f.yaml", MINIMAL.encode())
    assert document.position(("levels", 0, "competencies", "nope", 3)) == document.position(
        ("levels", 0, "competencies")
    )


def test_keys_are_text_as_written():
    document = load_document("f.yaml", (MINIMAL + "glossary:\n  2024: year\n  yes: word\n").encode())
    assert document.data["glossary"] == {"2024": "year", "yes": "word"}


def test_a_loaded_document_leaves_nothing_for_the_garbage_collector():
    """A check reads file after file: what reading one leaves must be freed
    when it is dropped, not kept in a reference cycle until a collection
    (the CLI collects seldom)."""
    import gc

    path = sorted(FRAMEWORKS.glob("*.yaml"))[0]
    data = path.read_bytes()
    gc.collect()
    gc.disable()
    try:
        document = load_document(str(path), data)
        assert document.data["levels"]
        del document
        assert gc.collect() == 0
    finally:
        gc.enable()
