"""LL305 organisation-spelling."""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..model import FrameworkHeader
from .base import Rule, Severity, Violation
from .brands import organisation_key, own_spellings
from .messages import first_few
from .run_index import RunIndex


class OrganisationSpelling(Rule):
    """Frameworks of one run declare the same organisation under different spellings.

    Two frameworks declare the same organisation when their names are
    equal but for case, spaces, punctuation and a web domain's ending
    ("EscrowTab", "Escrowtab", "Escrow Tab"; "Cal", "Cal.com"), or when
    one's name is an alias of the other. Each
    framework whose spelling differs from the one most frameworks use is
    reported; when no spelling is the most common, every framework is.

    Why this matters:
        The organisation's name is what the brand rules accept in the text:
        with two spellings, each file accepts a different one, and the
        frameworks published side by side disagree on how the organisation
        is written.

    Example:
        ```yaml
        # frameworks/escrowtab-mle.yaml
        organisation: {name: EscrowTab}
        # frameworks/escrowtab-backend.yaml
        organisation: {name: Escrowtab}
        ```
        Fix: spell the name the same way in every framework; keep other
        correct spellings in `aliases`.
    """

    code = "LL305"
    name = "organisation-spelling"
    severity = Severity.ERROR
    scope = "run"

    def check_run(self, run: RunIndex) -> Iterable[Violation]:
        ordered = run.frameworks
        # Group frameworks that name one organisation: union-find over
        # spelling keys, joined by each framework's aliases.
        parent: dict[str, str] = {}

        def find(k: str) -> str:
            while parent.setdefault(k, k) != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        for framework in ordered:
            keys = [organisation_key(s) for s in own_spellings(framework.organisation)]
            for k in keys[1:]:
                parent[find(k)] = find(keys[0])
        groups: dict[str, list[FrameworkHeader]] = {}
        for framework in ordered:
            groups.setdefault(find(organisation_key(framework.organisation.name)), []).append(framework)
        for members in groups.values():
            counts = Counter(f.organisation.name for f in members)
            if len(counts) < 2:
                continue
            (top, n), *rest = counts.most_common()
            reference = top if n > rest[0][1] else None
            for framework in members:
                spelling = framework.organisation.name
                if spelling == reference:
                    continue
                others = sorted({(f.organisation.name, f.file) for f in members if f.organisation.name != spelling})
                listed = first_few([f"'{name}' in {file}" for name, file in others])
                # Joined by an alias alone, not by a spelling: perhaps a parent or sister organisation.
                by_alias = any(organisation_key(name) != organisation_key(spelling) for name, _file in others)
                yield Violation(
                    ("organisation", "name"),
                    f"organisation '{spelling}' is spelt differently in other frameworks: {listed}"
                    + (_GROUP_ADVICE if by_alias else ""),
                    file=framework.file,
                )


# `aliases` are spellings of the one organisation; a group's companies are
# several, each allowed to name the others through LL301's option.
_GROUP_ADVICE = ("; `aliases` are other spellings of one organisation: if these are different organisations of one "
                 "group, take them out of `aliases` and list them in LL301's `allowed-names` option")
