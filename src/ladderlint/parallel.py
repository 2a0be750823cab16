"""Check the batches of a large run in parallel, one process each.

Each process is forked with the run's settings and index of frameworks
already in memory, checks its batch of files with every rule, and sends
back what it found (findings, the headers of its frameworks: small,
picklable data), then exits.

Used only where processes can be forked (Linux and other POSIX systems but
macOS, where forking a process that has loaded system frameworks is
unsafe); elsewhere every batch runs in the calling process.
"""

from __future__ import annotations

import multiprocessing
import sys
import traceback
from typing import TYPE_CHECKING, Any, Callable, Sequence

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from .checker import Batch, BatchOutcome
    from .files import Candidate


def can_fork() -> bool:
    return sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()


class WorkerFailed(RuntimeError):
    """A worker process stopped with an error (a bug in ladderlint or a rule)."""


def check_in_processes(chunks: Sequence[Sequence["Candidate"]], make_batch: Callable[[], "Batch"]) -> list["BatchOutcome"]:
    """Check each chunk of files in a forked process; their outcomes in order."""
    context = multiprocessing.get_context("fork")
    workers: list[tuple[Any, Connection]] = []
    try:
        for chunk in chunks:
            here, there = context.Pipe()
            process = context.Process(target=_serve, args=(make_batch, chunk, there), daemon=True)
            process.start()
            there.close()
            workers.append((process, here))
        outcomes = [_receive(process, connection) for process, connection in workers]
        for process, connection in workers:
            connection.close()
            process.join()
        return outcomes
    except BaseException:
        for process, connection in workers:
            connection.close()
            if process.is_alive():
                process.terminate()
            process.join()
        raise


def _receive(process: Any, connection: "Connection") -> Any:
    try:
        status, value = connection.recv()
    except EOFError:
        process.join()
        raise WorkerFailed(f"a worker process stopped unexpectedly (exit code {process.exitcode})") from None
    if status == "error":
        raise WorkerFailed(f"a worker process failed:\n{value}")
    return value


def _serve(make_batch: Callable[[], "Batch"], chunk: Sequence["Candidate"], connection: "Connection") -> None:
    """A worker: check the batch and send its outcome."""
    try:
        batch = make_batch()
        batch.check_files(chunk)
        connection.send(("ok", batch.outcome))
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the parent has stopped: so do we
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises it
        connection.send(("error", traceback.format_exc()))
    finally:
        connection.close()
