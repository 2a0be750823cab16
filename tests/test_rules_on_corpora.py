"""The progression and completeness rules on public frameworks written
elsewhere (Monzo's, Codecademy's; MIT): no error-level false alarms.

`python tests/corpora_frameworks.py` prints the count of findings per rule.
"""

from __future__ import annotations

import pytest

from conftest import CORPORA
from ladderlint.model import build_framework
from ladderlint.rules import COMPLETENESS_RULES, PROGRESSION_RULES
from ladderlint.rules.base import Severity
from ladderlint.schema import SchemaValidator

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="the public corpora are in ../shared/corpora")


@pytest.fixture(scope="module")
def frameworks():
    from corpora_frameworks import corpus_frameworks

    validator = SchemaValidator()
    out = []
    for name, data in corpus_frameworks().items():
        assert validator.violations(data) == [], name
        out.append(build_framework(name, data))
    return out


def test_the_corpora_are_read(frameworks):
    # 17 Monzo frameworks (generic.md included) and Codecademy's.
    assert len(frameworks) == 18
    assert sum(len(f.statements()) for f in frameworks) > 1000


@pytest.mark.parametrize("rule", [r for r in (*PROGRESSION_RULES, *COMPLETENESS_RULES) if r.severity is Severity.ERROR],
                         ids=lambda r: r.code)
def test_no_error_level_findings_on_the_corpora(frameworks, rule):
    found = [(f.file, v.message) for f in frameworks for v in rule().check(f)]
    assert found == []
