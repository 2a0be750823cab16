"""LL011 suppression-without-reason."""

from __future__ import annotations

from .base import Rule, Severity


class SuppressionWithoutReason(Rule):
    """A `# ladderlint: disable=...` comment with no reason after `--`.
    The suppression still applies.

    Why this matters:
        The next editor cannot tell a deliberate exception (a quotation, a
        term of art) from a finding someone wanted to make go away.

    Example:
        ```yaml
        - "As Monzo says, ..."  # ladderlint: disable=LL301
        ```
        Fix: `# ladderlint: disable=LL301 -- quoted from Monzo's public framework`.
    """

    code = "LL011"
    name = "suppression-without-reason"
    severity = Severity.WARNING
    scope = "suppression"
