"""The brand and text rules on real frameworks written elsewhere (Monzo's and
Codecademy's, MIT): no error-level finding other than the defects a reviewer
confirmed in them. `python tests/corpora.py` lists every finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora import CODECADEMY, MONZO, write_corpus
from ladderlint.checker import check_paths
from ladderlint.config import Settings
from ladderlint.rules.base import Severity

pytestmark = pytest.mark.skipif(
    not (MONZO.is_dir() and CODECADEMY.is_dir()), reason="../shared/corpora is not available"
)

#: Real defects in the corpora, checked by reading the source files.
CONFIRMED_ERRORS = [
    # frameworks/engineering/data.md: "Reasons well about about underlying principles ..."
    ("monzo/data.yaml", "LL501", "doubled word 'about'"),
    # frameworks/techops.md lists this criterion twice at levels 2 and 3.
    ("monzo/techops.yaml", "LL507", "statement 4 repeats statement 1 of L2 conduct"),
    ("monzo/techops.yaml", "LL507", "statement 5 repeats statement 1 of L3 conduct"),
    # frameworks/engineering/web.md: "Uses uses event streams, ..."
    ("monzo/web.yaml", "LL501", "doubled word 'Uses'"),
]


@pytest.fixture(scope="module")
def corpus_findings(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("corpus")
    paths = write_corpus(root)
    result = check_paths([str(root)], Settings(select=("LL1", "LL3", "LL5")))
    return root, paths, result


def test_the_corpus_frameworks_are_valid(corpus_findings):
    root, paths, result = corpus_findings
    assert len(result.checked) == len(paths) == 18
    assert [f for f in result.findings if f.code.startswith("LL1")] == []


def test_no_error_level_false_alarms(corpus_findings):
    root, _, result = corpus_findings
    errors = [
        (Path(f.file).relative_to(root).as_posix(), f.code, f.message.split(":")[0])
        for f in result.findings
        if f.severity is Severity.ERROR
    ]
    assert errors == CONFIRMED_ERRORS


def test_own_brand_is_never_reported(corpus_findings):
    """Monzo's text names Monzo (and Monzonauts) over a hundred times."""
    _, _, result = corpus_findings
    assert [f for f in result.findings if f.code in ("LL301", "LL302", "LL304")] == []
