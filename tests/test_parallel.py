"""A large run reads its files in several processes; what it reports must
not depend on how many, nor on how the files are shared between them."""

from __future__ import annotations

import pytest

from conftest import MINIMAL
from ladderlint import checker
from ladderlint.checker import check_paths
from ladderlint.parallel import can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="processes are forked only where that is safe")


def _run(tmp_path):
    """Six frameworks: two copy another organisation's name (LL301 needs the
    run), two share an id (LL306), one is schema-invalid, one is not YAML."""
    files = []
    for i in range(3):
        text = MINIMAL.replace("id: acme-backend", f"id: acme-{i}")
        if i == 1:
            text = text.replace("I deliver my tasks on time", "I practise the Initech Values daily")
        files.append((f"acme{i}.yaml", text))
    other = MINIMAL.replace("name: Acme", "name: Initech").replace("id: acme-backend", "id: acme-0")
    files.append(("initech.yaml", other))
    files.append(("broken.yaml", "ladderlint: 1\nid: [unclosed\n"))
    files.append(("invalid.yaml", MINIMAL.replace("track:", "trak:")))
    for name, text in files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path)]


def test_the_findings_are_the_same_in_any_number_of_processes(tmp_path):
    paths = _run(tmp_path)
    serial = check_paths(paths, jobs=1)
    codes = {f.code for f in serial.findings}
    assert {"LL003", "LL301", "LL306"} <= codes  # the run has input errors and cross-file findings
    for jobs in (2, 3, 6):
        parallel = check_paths(paths, jobs=jobs)
        assert parallel.findings == serial.findings
        assert parallel.checked == serial.checked
        assert parallel.skipped == serial.skipped


def test_files_are_shared_out_in_order_by_size(tmp_path):
    paths = _run(tmp_path)
    candidates, _ = checker.discover(paths)
    chunks = checker._chunks(candidates, checker.file_sizes(candidates), 3)
    assert len(chunks) == 3
    assert [c for chunk in chunks for c in chunk] == candidates


def test_a_small_run_stays_in_one_process(tmp_path, monkeypatch):
    paths = _run(tmp_path)
    candidates, _ = checker.discover(paths)
    monkeypatch.setattr(checker.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    assert checker._job_count(None, checker.file_sizes(candidates)) == 1  # a few kilobytes
    assert checker._job_count(2, checker.file_sizes(candidates)) == 2  # asked for
    assert checker._job_count(4, checker.file_sizes(candidates[:1])) == 1  # one file
    monkeypatch.setattr(checker, "PARALLEL_MIN_BYTES", 1)
    assert checker._job_count(None, checker.file_sizes(candidates)) == 4  # one per CPU


def test_a_failing_worker_is_reported_not_hung(tmp_path, monkeypatch):
    from ladderlint.parallel import WorkerFailed

    paths = _run(tmp_path)

    def explode(self, candidates):
        raise ValueError("boom")

    monkeypatch.setattr(checker.Batch, "check_files", explode)
    with pytest.raises(WorkerFailed, match="boom"):
        check_paths(paths, jobs=2)
