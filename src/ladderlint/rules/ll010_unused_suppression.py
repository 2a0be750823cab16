"""LL010 unused-suppression."""

from __future__ import annotations

from .base import Rule, Severity


class UnusedSuppression(Rule):
    """A `# ladderlint: disable=...` comment that silences nothing: the rule it
    names reports nothing on that line (or, for `disable-file`, in that file).

    Why this matters:
        A suppression outlives the problem it was written for. Left in place,
        it would silence the next, different problem of that kind on the
        line without anyone reviewing it.

    Example:
        ```yaml
        # The brand was removed, the suppression stayed:
        - "I explain decisions to my team"  # ladderlint: disable=LL301 -- quoted from the source
        ```
        Fix: remove the comment (or the code from its list).
    """

    code = "LL010"
    name = "unused-suppression"
    severity = Severity.WARNING
    #: Reported by the checker after every rule ran, from the file's comments.
    scope = "suppression"
