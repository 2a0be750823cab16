"""Write a file so that readers see the old content or the new, never half.

The new content goes to a temporary file in the same directory (so that the
final rename stays on one file system), is flushed to disk, takes the old
file's permissions, and replaces it with ``os.replace``. If anything fails
the temporary file is removed and the original is untouched.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile


def write_atomically(path: str, data: bytes) -> None:
    target = os.path.realpath(path)  # write through a symbolic link, keeping it
    directory = os.path.dirname(target) or "."
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, temporary = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    # The only portable way to read the umask is to set it; put it back at once.
    current = os.umask(0o022)
    os.umask(current)
    return current
