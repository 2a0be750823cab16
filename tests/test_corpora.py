"""Every rule on real frameworks written elsewhere (Monzo's and Codecademy's,
MIT, in tests/fixtures/corpora): no error-level finding other than the
defects a reviewer confirmed in the sources.

`python tests/corpora_frameworks.py` prints the count of findings per rule,
`--show CODE` the findings of one rule.
"""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from conftest import CORPORA, ROOT
from corpora_frameworks import write_corpus
from ladderlint.checker import check_paths
from ladderlint.rules.base import Severity

#: Real defects in the corpora, checked by reading the source files.
CONFIRMED_ERRORS = [
    # frameworks/engineering/data.md: "Reasons well about about underlying principles ..."
    ("monzo/engineering/data.yaml", "LL501", "doubled word 'about'"),
    # frameworks/engineering/web.md: "Uses uses event streams, ..."
    ("monzo/engineering/web.yaml", "LL501", "doubled word 'Uses'"),
    # frameworks/techops.md lists this criterion twice at levels 2 and 3.
    ("monzo/techops.yaml", "LL507", "statement 4 repeats statement 1 of L2 conduct"),
    ("monzo/techops.yaml", "LL507", "statement 5 repeats statement 1 of L3 conduct"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("corpus")
    paths = write_corpus(root)
    return root, paths, check_paths([str(root)])


def test_the_corpus_frameworks_are_read_and_valid(corpus):
    root, paths, result = corpus
    # 17 Monzo frameworks (generic.md included) and Codecademy's.
    assert len(result.checked) == len(paths) == 18
    assert [f for f in result.findings if f.code.startswith(("LL0", "LL1"))] == []


def test_no_error_level_false_alarms(corpus):
    root, _, result = corpus
    errors = [
        (Path(f.file).relative_to(root).as_posix(), f.code, f.message.split(":")[0])
        for f in result.findings
        if f.severity is Severity.ERROR
    ]
    assert errors == CONFIRMED_ERRORS


def test_own_brand_is_never_reported(corpus):
    """Monzo's text names Monzo (and Monzonauts) over a hundred times."""
    _, _, result = corpus
    assert [f for f in result.findings if f.code in ("LL301", "LL302", "LL304")] == []


@pytest.mark.skipif(not (ROOT.parent / "shared" / "corpora").is_dir(), reason="../shared/corpora is not here")
def test_the_copies_are_the_published_corpora():
    """Every file kept in tests/fixtures/corpora is the published one, byte for byte."""
    shared = ROOT.parent / "shared" / "corpora"
    copies = sorted(p for p in CORPORA.rglob("*") if p.is_file())
    assert len(copies) > 100
    for copy in copies:
        source = shared / copy.relative_to(CORPORA)
        assert source.is_file() and filecmp.cmp(source, copy, shallow=False), copy
