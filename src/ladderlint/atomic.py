"""Write a file so that readers see the old content or the new, never half.

The one writer of every file ladderlint writes (``check --fix`` and
``--output``, ``import -o`` and ``--report``, and the commands that write
reports or pages): the new content goes to a temporary file in the same
directory as the target (so that the final rename stays on one file
system), is flushed to disk, and replaces the target with ``os.replace``.

- A symbolic link is followed: its target is replaced and the link stays.
- An existing file keeps its permissions; one that is read-only is not
  replaced (the rename would replace it all the same, as it needs only the
  directory to be writable): a user who made it so meant it.
- A new file gets the permissions
  the user's umask gives any new file: the temporary file is created with
  mode 0666 and the system applies the umask, so the umask is never changed
  (not even for a moment, which another thread would see).
- If anything fails, the temporary file is removed and the target is
  untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat


#: Why a read-only file is not written, as the callers' messages end.
READ_ONLY = "the file is read-only; make it writable (chmod u+w) for ladderlint to write it"


def write_atomically(path: str, data: bytes) -> None:
    """Write ``data`` to ``path``; an OSError names ``path`` (not a temporary file)."""
    try:
        _write(path, data)
    except OSError as error:
        if error.filename == path:
            raise
        raise OSError(error.errno, error.strerror or str(error), path) from None


def _write(path: str, data: bytes) -> None:
    target = os.path.realpath(path)  # write through a symbolic link, keeping it
    directory = os.path.dirname(target) or "."
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    # No write bit at all says read-only even to root, whom os.access lets write anything.
    if mode is not None and (mode & 0o222 == 0 or not os.access(target, os.W_OK)):
        raise PermissionError(errno.EACCES, READ_ONLY, path)
    fd, temporary = _create_beside(target, directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_directory(directory)


def _create_beside(target: str, directory: str) -> tuple[int, str]:
    """A new, empty file next to ``target``, opened for writing."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temporary = os.path.join(directory, f".{os.path.basename(target)}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"cannot create a temporary file next to {target}")


def _sync_directory(directory: str) -> None:
    """Make the rename itself durable, where the system allows it."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory
    finally:
        os.close(fd)
