""""Did you mean ...?" for a key, an option or a rule name someone mistyped."""

from __future__ import annotations

from typing import Sequence


def did_you_mean(word: str, options: Sequence[str]) -> str:
    """` (did you mean 'select'?)` for the option closest to ``word``; empty
    when none is close."""
    close = closest(word, options)
    return f" (did you mean '{close}'?)" if close else ""


def closest(word: str, options: Sequence[str]) -> str | None:
    """The option closest to ``word`` (as difflib measures it), or None
    when none is close."""
    import difflib  # imported when needed: a clean run never is

    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    if not close:
        close = [o for o in options if o.lower() == word.lower()]
    return close[0] if close else None
