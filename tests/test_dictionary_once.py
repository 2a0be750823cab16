"""The English dictionary is read once a process."""

from __future__ import annotations

from ladderlint.dictionary import english


def test_the_dictionary_is_read_once_a_process():
    """Spelling and the voice and grammar rules read one English dictionary:
    built again for each statement, a one-file check took a gigabyte."""
    assert english() is english()
