"""A project's own vocabulary: words it accepts and words it rejects, as Vale keeps them.

The configuration key ``vocabulary`` names a directory holding
``accept.txt`` and ``reject.txt`` (either may be missing). Each line is a
word, or a regular expression that a whole word must match; lines starting
with ``#`` and blank lines are skipped. Entries are case-sensitive, as in
Vale: ``(?i)kubectl`` accepts any case. The spelling rule (LL512) never
reports an accepted word, and reports a rejected one wherever it appears.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

ACCEPT, REJECT = "accept.txt", "reject.txt"


class VocabularyError(ValueError):
    """A vocabulary that cannot be read: the message names the file and line."""


@dataclass(frozen=True)
class Vocabulary:
    accepted: tuple[re.Pattern[str], ...] = ()
    rejected: tuple[re.Pattern[str], ...] = ()
    #: The directory it was read from, as users see it.
    source: str | None = None

    def accepts(self, word: str) -> bool:
        return any(p.fullmatch(word) for p in self.accepted)

    def rejects(self, word: str) -> bool:
        return any(p.fullmatch(word) for p in self.rejected)


def read_vocabulary(directory: str, display: str) -> Vocabulary:
    """The vocabulary in ``directory`` (``display`` is how messages name it)."""
    if not os.path.isdir(directory):
        raise VocabularyError(f"{display}: no such directory (it should hold {ACCEPT} and {REJECT})")
    lists = []
    for name in (ACCEPT, REJECT):
        path = os.path.join(directory, name)
        entries: list[re.Pattern[str]] = []
        if os.path.isfile(path):
            from .encoding import NotUtf8Text, read_utf8

            try:
                lines = read_utf8(path).splitlines()
            except OSError as error:
                raise VocabularyError(f"{display}/{name}: cannot be read: {error.strerror or error}") from None
            except NotUtf8Text as error:
                where = error.position
                raise VocabularyError(f"{display}/{name}:{where.line}:{where.column}: {error.message}") from None
            for number, line in enumerate(lines, start=1):
                entry = line.strip()
                if not entry or entry.startswith("#"):
                    continue
                try:
                    entries.append(re.compile(entry))
                except re.error as error:
                    raise VocabularyError(f"{display}/{name}:{number}: '{entry}' is not a valid pattern: {error}") from None
        lists.append(tuple(entries))
    if not any(os.path.isfile(os.path.join(directory, name)) for name in (ACCEPT, REJECT)):
        raise VocabularyError(f"{display}: holds neither {ACCEPT} nor {REJECT}")
    return Vocabulary(lists[0], lists[1], display)
