"""LL012 invalid-suppression."""

from __future__ import annotations

from .base import Rule, Severity


class InvalidSuppression(Rule):
    """A `# ladderlint:` comment that cannot work: it cannot be read, names a
    rule that does not exist, names a code prefix instead of a rule, or names
    an input error (LL001-LL008), which is always reported.

    Also reported: one written inside a block scalar's text (`>`, `|`).
    There it is not a comment but part of the text, which would be
    published with it; move it onto the block's header line
    (`- >  # ladderlint: ...`) or a line of its own above it.

    Why this matters:
        A misspelt suppression silences nothing, so the finding it was meant
        for stays; this says why.

    Example:
        ```yaml
        - "As at Dropbox, ..."  # ladderlint: disable=LL3O1 -- quoted from the source
        ```
        Fix: `disable=LL301` (a zero, not the letter O). Rules may also be
        named by name: `disable=foreign-brand`.
    """

    code = "LL012"
    name = "invalid-suppression"
    severity = Severity.WARNING
    scope = "suppression"
