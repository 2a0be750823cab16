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


def _batches(monkeypatch):
    """The batches each check of the test hands to processes, one list per
    check (none for a check done in one process)."""
    from ladderlint import parallel

    handed: list[list[list[str]]] = []
    in_processes = parallel.in_processes

    def record(batches, work):
        handed.append([[c.path for c in batch] for batch in batches])
        return in_processes(batches, work)

    monkeypatch.setattr(parallel, "in_processes", record)
    return handed


def test_files_are_shared_out_in_order_by_size(tmp_path, monkeypatch):
    paths = _run(tmp_path)
    candidates, _ = checker.discover(paths)
    sizes = dict(zip((c.path for c in candidates), checker.file_sizes(candidates)))
    handed = _batches(monkeypatch)
    check_paths(paths, jobs=3)
    [batches] = handed
    assert len(batches) == 3
    assert [path for batch in batches for path in batch] == sorted(sizes)
    # About as many bytes each: none holds more than its share and a file.
    share = sum(sizes.values()) / 3
    assert all(sum(sizes[p] for p in batch) <= share + max(sizes.values()) for batch in batches)


def test_a_small_run_stays_in_one_process(tmp_path, monkeypatch):
    paths = _run(tmp_path)
    monkeypatch.setattr(checker.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    handed = _batches(monkeypatch)

    def processes(paths, jobs):
        handed.clear()
        check_paths(paths, jobs=jobs)
        return len(handed[0]) if handed else 1

    assert processes(paths, None) == 1  # a few kilobytes
    assert processes(paths, 2) == 2  # asked for
    assert processes([str(tmp_path / "acme0.yaml")], 4) == 1  # one file
    monkeypatch.setattr(checker, "PARALLEL_MIN_BYTES", 1)
    assert processes(paths, None) == 4  # one per CPU


def test_a_failing_worker_is_reported_not_hung(tmp_path, monkeypatch):
    from ladderlint.parallel import WorkerFailed

    paths = _run(tmp_path)

    def explode(self, candidates):
        raise ValueError("boom")

    monkeypatch.setattr(checker.Batch, "check_files", explode)
    with pytest.raises(WorkerFailed, match="boom"):
        check_paths(paths, jobs=2)
