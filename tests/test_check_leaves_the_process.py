"""`ladderlint check` run in a process that goes on (a test suite, a
service calling the command) leaves that process's garbage collection as it
found it: what the check left out of collections while it ran is put back,
so that the garbage of each run does not pile up for good."""

from __future__ import annotations

import gc

import pytest

from ladderlint.checker import garbage_collected_seldom

MINIMAL = """ladderlint: 1
id: acme
name: Acme Engineering
track: Backend
version: "1.0.0"
organisation: {name: Acme}
dimensions:
  - id: craft
    name: Craft
    competencies:
      - {id: code, name: Code}
levels:
  - id: L1
    title: Engineer I
    competencies:
      code: [Writes tests for the main paths]
"""


@pytest.mark.parametrize("args", [(), ("--fix",), ("--format", "json")])
def test_a_check_leaves_garbage_collection_as_it_found_it(cli, write, args):
    path = write("acme.yaml", MINIMAL)
    before = gc.get_threshold()
    run = cli("check", *args, str(path))
    assert run.exit_code in (0, 1), run.output
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_garbage_left_before_a_run_is_collected_after_it():
    class Cycle:
        def __init__(self) -> None:
            self.me = self

    gc.collect()
    gc.disable()  # so that nothing collects the cycle before the run starts
    try:
        garbage = Cycle()
        del garbage  # garbage in a cycle, not yet collected, when the run starts
        with garbage_collected_seldom():
            pass
    finally:
        gc.enable()
    gc.collect()
    assert not any(isinstance(o, Cycle) for o in gc.get_objects())


def test_a_configuration_error_still_puts_collection_back(cli, write, tmp_path, monkeypatch):
    write(".ladderlint.yaml", "rules: {LL999: {severity: warning}}\n")
    monkeypatch.chdir(tmp_path)
    before = gc.get_threshold()
    run = cli("check", str(write("acme.yaml", MINIMAL)))
    assert run.exit_code == 2, run.output
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before

