"""Do the work of a large run in parallel: one forked process per batch.

Each process is forked with everything the work needs already in memory
(for a check: the settings and the run's index of frameworks), does the
work on its batch, sends back the result (small, picklable data: findings
and headers), and exits.

Used only where processes can be forked (Linux and other POSIX systems but
macOS, where forking a process that has loaded system frameworks is
unsafe); elsewhere every batch runs in the calling process.
"""

from __future__ import annotations

import multiprocessing
import sys
import traceback
from typing import TYPE_CHECKING, Any, Callable, Sequence, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

Item = TypeVar("Item")
Result = TypeVar("Result")


def can_fork() -> bool:
    return sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()


class WorkerFailed(RuntimeError):
    """A worker process stopped with an error (a bug in ladderlint or a rule)."""


def in_processes(batches: Sequence[Sequence[Item]], work: Callable[[Sequence[Item]], Result]) -> list[Result]:
    """``work`` on each batch, each in a forked process; the results in order."""
    context = multiprocessing.get_context("fork")
    workers: list[tuple[Any, Connection]] = []
    try:
        for batch in batches:
            here, there = context.Pipe()
            process = context.Process(target=_serve, args=(work, batch, there), daemon=True)
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


def _serve(work: Callable[[Sequence[Item]], Result], batch: Sequence[Item], connection: "Connection") -> None:
    """A worker: do the work on the batch and send the result."""
    try:
        connection.send(("ok", work(batch)))
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the parent has stopped: so do we
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises it
        connection.send(("error", traceback.format_exc()))
    finally:
        connection.close()
