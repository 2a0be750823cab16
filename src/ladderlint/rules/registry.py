"""The rules a run knows: by code, by name and by code prefix.

``registry()`` is the active registry: the built-in rules
(``ladderlint.rules.ALL_RULES``), plus any rule added for the duration of a
``with registered(MyRule):`` block (a plugin, or a rule a test defines).
"""

from __future__ import annotations

import contextlib
import contextvars
from typing import Iterable, Iterator

from .base import Rule
from .input_errors import InputError


class Registry:
    """A fixed set of rules, looked up by code or name."""

    def __init__(self, rules: Iterable[type[Rule]]) -> None:
        self.rules: tuple[type[Rule], ...] = tuple(sorted(rules, key=lambda rule: rule.code))
        self._by_code = {rule.code: rule for rule in self.rules}
        self._by_name = {rule.name: rule for rule in self.rules}
        if len(self._by_code) != len(self.rules) or len(self._by_name) != len(self.rules):
            raise ValueError("two rules share a code or a name")

    def find(self, code_or_name: str) -> type[Rule] | None:
        """A rule by code (`LL110`, any case) or name (`duplicate-id`)."""
        return self._by_code.get(code_or_name.upper()) or self._by_name.get(code_or_name.lower())

    def __getitem__(self, code: str) -> type[Rule]:
        return self._by_code[code]

    def with_prefix(self, prefix: str) -> tuple[type[Rule], ...]:
        """The rules whose code starts with ``prefix`` (`LL3`, `LL`)."""
        return tuple(rule for rule in self.rules if rule.code.startswith(prefix))

    def extended(self, *rules: type[Rule]) -> "Registry":
        return Registry((*self.rules, *rules))


def is_input_error(rule: type[Rule]) -> bool:
    """A file that cannot be read: always reported, never ignored or
    suppressed, and exit code 2 whatever --fail-on says."""
    return issubclass(rule, InputError)


def _built_in() -> Registry:
    from .catalogue import ALL_RULES  # every rule, imported when a run first asks which rules it has

    return Registry(ALL_RULES)


_ACTIVE: contextvars.ContextVar[Registry | None] = contextvars.ContextVar("ladderlint_rules", default=None)


def registry() -> Registry:
    """The rules of this run."""
    active = _ACTIVE.get()
    if active is None:
        active = _built_in()
        _ACTIVE.set(active)
    return active


@contextlib.contextmanager
def registered(*rules: type[Rule]) -> Iterator[Registry]:
    """Add ``rules`` to the registry within the block."""
    token = _ACTIVE.set(registry().extended(*rules))
    try:
        yield registry()
    finally:
        _ACTIVE.reset(token)
