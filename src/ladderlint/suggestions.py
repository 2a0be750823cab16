"""How messages speak of what a user wrote: "did you mean ...?" for a key,
an option or a rule name mistyped, and a value in words ("the text 'two'",
"the number 9")."""

from __future__ import annotations

from typing import Any, Sequence


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


def value_in_words(value: Any) -> str:
    """A configured value as a message names it: "the number 9", "a list"."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{value}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__
