"""`ladderlint check --fix` with the real rules on real frameworks: the
seeds as exported and the public corpora. After one --fix no finding that
carries a fix is left, every file still loads, and a second --fix changes
nothing."""

from __future__ import annotations

import shutil

import pytest
from conftest import SEEDS
from corpora_frameworks import write_corpus

from ladderlint.checker import check_paths
from ladderlint.config import Settings
from ladderlint.fixer import fix_paths
from ladderlint.loader import load_document


@pytest.fixture(scope="module")
def frameworks(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("to-fix")
    for path in sorted((SEEDS / "as-exported").glob("*.yaml")):
        shutil.copy(path, root / path.name)
    write_corpus(root / "corpora")
    return root


def test_fix_end_to_end(cli, frameworks):
    before = check_paths([str(frameworks)], Settings())
    fixable = [f for f in before.findings if f.fix is not None]
    assert len(fixable) > 20  # the seeds are full of spacing and export debris
    assert {f.code for f in fixable} >= {"LL502", "LL504"}

    run = cli("check", "--fix", "--isolated", str(frameworks))
    assert run.exit_code in (0, 1), run.stderr
    assert "fixed" in run.stderr

    after = check_paths([str(frameworks)], Settings())
    assert [f for f in after.findings if f.fix is not None] == []
    for path in sorted(frameworks.rglob("*.yaml")):
        load_document(str(path), path.read_bytes())  # raises if a fix broke the file
    # Findings that have no fix are all still there.
    unfixable = lambda result: sorted((f.file, f.code, f.message) for f in result.findings if f.fix is None)  # noqa: E731
    assert set(unfixable(after)) >= {f for f in unfixable(before) if f[1] not in {"LL501", "LL502", "LL504", "LL509", "LL510", "LL503"}}

    again = fix_paths([str(frameworks)], Settings())
    assert again.changed == {} and again.applied == 0
