"""Settings of a run: which rules, at which severity, and when to fail."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .loader import DEFAULT_MAX_BYTES
from .rules import ALL_RULES, Rule
from .rules.base import Severity


@dataclass(frozen=True)
class Settings:
    #: Codes or code prefixes to run ("LL" is every rule).
    select: tuple[str, ...] = ("LL",)
    #: Codes or prefixes to leave out; the longest matching prefix wins.
    ignore: tuple[str, ...] = ()
    #: Severity overrides by rule code.
    severity: dict[str, Severity] = field(default_factory=dict)
    #: Findings at or above this severity make the run fail (exit code 1).
    fail_on: Severity = Severity.ERROR
    max_file_size: int = DEFAULT_MAX_BYTES
    #: Rule options by rule code, e.g. {"LL205": {"similarity": 0.9}}.
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)

    def enabled(self, code: str) -> bool:
        """Whether a rule runs: the most specific matching prefix decides."""
        if _rule_scope(code) == "load":
            return True  # an unreadable file is always reported
        chosen = max((p for p in self.select if code.startswith(p)), key=len, default=None)
        dropped = max((p for p in self.ignore if code.startswith(p)), key=len, default=None)
        if chosen is None:
            return False
        return dropped is None or len(chosen) > len(dropped)

    def severity_of(self, rule: type[Rule]) -> Severity:
        return self.severity.get(rule.code, rule.severity)

    def active_rules(self) -> list[Rule]:
        """Instances of the rules that check frameworks, in code order."""
        return [
            rule(self.rule_options.get(rule.code))
            for rule in ALL_RULES
            if rule.scope in ("framework", "run") and self.enabled(rule.code)
        ]


def _rule_scope(code: str) -> str | None:
    for rule in ALL_RULES:
        if rule.code == code:
            return rule.scope
    return None
