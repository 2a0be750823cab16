"""LL514 curly-quoted-text."""

from __future__ import annotations

from typing import Iterable

from ..model import TextField
from ..text import CURLY_QUOTES, curly_quoted
from .base import Severity, Violation
from .messages import excerpt
from .textscan import TextRule


class CurlyQuotedText(TextRule):
    """A whole text between curly quotation marks (“…” or ‘…’): YAML keeps
    them as part of the text.

    A word processor (Word, Pages, Google Docs) turns the straight quotes
    typed around a YAML text into curly ones; YAML reads only straight
    quotes as its own, so the curly ones stay in the text. Reported where
    a text (a statement, a title, a summary ...) starts with an opening
    curly mark and ends with its closing one, and holds no other quotation
    between them ("“Disagree” and “commit”" is two). An apostrophe inside
    (‘I own my team’s goals’) is not a closing mark.

    Why this matters:
        The marks show on every rendered page and in every release note,
        and make the statement differ from the same words without them.
        `ladderlint check --fix` removes them.

    Example:
        ```yaml
        collaboration:
          - “I share my progress with my team every day”
        ```
        Fix: `- I share my progress with my team every day`, or, where the
        text needs YAML's quotes, straight ones: `- "I share my progress: daily"`.
    """

    code = "LL514"
    name = "curly-quoted-text"
    severity = Severity.WARNING
    trigger = tuple(CURLY_QUOTES)

    def check_text(self, field: TextField) -> Iterable[Violation]:
        text = field.text
        marks = curly_quoted(text)
        if marks is None:
            return
        at, end = marks
        yield self.fixed(
            field,
            f"the whole text is between curly quotes ({text[at]}…{text[end]}), which YAML keeps as part of it: "
            f"'{excerpt(text, at, at + 1)}'; delete them, or, where the text needs YAML's quotes, write straight "
            "ones (\"…\")",
            text[:at] + text[at + 1:end] + text[end + 1:],
            (at, at + 1),
        )
