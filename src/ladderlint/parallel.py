"""Check the batches of a large run in parallel, one process each.

Each process is forked with the run's settings already in memory, checks
its batch of files, and sends back what it found (findings, headers of its
frameworks: small, picklable data). It keeps its frameworks until the
parent sends the run's headers, then runs the rules that compare
frameworks on them, sends those findings, and exits. Nothing but findings
and headers crosses between processes.

Used only where processes can be forked (Linux and other POSIX systems
but macOS, where forking a process that has loaded system frameworks is
unsafe); elsewhere every batch runs in the calling process.
"""

from __future__ import annotations

import multiprocessing
import sys
import traceback
from typing import TYPE_CHECKING, Any, Callable, Sequence

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from .checker import BatchOutcome, _Batch
    from .files import Candidate
    from .findings import Finding
    from .model import Run


def can_fork() -> bool:
    return sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()


class WorkerFailed(RuntimeError):
    """A worker process stopped with an error (a bug in ladderlint or a rule)."""


class ProcessBatches:
    """Batches checked in forked processes, one per batch."""

    def __init__(self, chunks: Sequence[Sequence["Candidate"]], make_batch: Callable[[], "_Batch"]) -> None:
        context = multiprocessing.get_context("fork")
        self._workers: list[tuple[Any, Connection]] = []
        try:
            for chunk in chunks:
                here, there = context.Pipe()
                process = context.Process(target=_serve, args=(make_batch, chunk, there), daemon=True)
                process.start()
                there.close()
                self._workers.append((process, here))
            self.outcomes: list[BatchOutcome] = [self._receive(i) for i in range(len(self._workers))]
        except BaseException:
            self._stop()
            raise

    def check_in_run(self, run: "Run | None") -> list["Finding"]:
        try:
            for _, connection in self._workers:
                connection.send(run)
            found: list[Finding] = []
            if run is not None:
                for i in range(len(self._workers)):
                    found.extend(self._receive(i))
            for process, connection in self._workers:
                connection.close()
                process.join()
            return found
        except BaseException:
            self._stop()
            raise

    def _receive(self, i: int) -> Any:
        process, connection = self._workers[i]
        try:
            status, value = connection.recv()
        except EOFError:
            process.join()
            raise WorkerFailed(f"a worker process stopped unexpectedly (exit code {process.exitcode})") from None
        if status == "error":
            raise WorkerFailed(f"a worker process failed:\n{value}")
        return value

    def _stop(self) -> None:
        for process, connection in self._workers:
            connection.close()
            if process.is_alive():
                process.terminate()
            process.join()


def _serve(make_batch: Callable[[], "_Batch"], chunk: Sequence["Candidate"], connection: "Connection") -> None:
    """A worker: check the batch, send its outcome, then check the run."""
    try:
        batch = make_batch()
        batch.check_files(chunk)
        connection.send(("ok", batch.outcome))
        run = connection.recv()
        if run is not None:
            connection.send(("ok", batch.check_in_run(run)))
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        pass  # the parent has stopped: so do we
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises it
        connection.send(("error", traceback.format_exc()))
    finally:
        connection.close()
