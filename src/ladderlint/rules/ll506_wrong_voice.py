"""LL506 wrong-voice."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import Framework
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .messages import excerpt

# Quoted speech is someone else talking: "I decided to X instead of Y".
_QUOTED = re.compile(
    r"\"[^\"]*\"|“[^”]*”|(?<!\w)‘(?:[^’]|(?<=\w)’(?=\w))*’(?!\w)|(?<!\w)'(?:[^']|(?<=\w)'(?=\w))*'(?!\w)"
)
# "I" the pronoun, not "I/O", "Engineer I." or "IC1".
_FIRST = re.compile(r"(?<![\w/-])I(?=['’](?:m|ve|d|ll)\b|\s+[a-z])|\b(?:[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
_SECOND = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
# A statement that starts with a verb in the third person: "Delivers ...",
# "Owns ...". Not "Business ...", "Focus ...", "Status ...".
_THIRD_START = re.compile(r"^\W*(?:(?:He|She|They)\s+\w+|[A-Z][a-z]+(?<![sui])s)\b")
_FIRST_TRIGGER = re.compile(r"I|[Mm]e|[Mm]y|[Mm]ine")
_SECOND_TRIGGER = re.compile(r"[Yy]ou")
_KINDS = frozenset({"statement", "summary"})
_PERSONS = {
    "first-person": ("first person", "\"I ...\""),
    "second-person": ("second person", "\"You ...\""),
    "third-person": ("third person", "\"Delivers ...\""),
}


class WrongVoice(Rule):
    """A statement that breaks the framework's declared `voice`.

    Only frameworks that declare a voice are checked, and only their
    statements and level summaries. In a first-person framework ("I ..."),
    "you" and "your" are reported, and so is a statement that reads as
    third person (it starts with a verb such as "Delivers" and says
    neither "I" nor "my"). In a second-person framework ("You ..."), "I",
    "me" and "my" are reported, and a third-person statement without "you".
    In a third-person framework ("Delivers ..."), "I", "me", "my" and
    "you", "your" are reported. "We", "our" and "us" fit every voice, and
    quoted speech ("asks 'how can I help?'") is not checked.

    Why this matters:
        A framework written as "I ..." reads as what each person commits
        to; a statement that says "your area" or "Delivers ..." was pasted
        from another framework or another section, and reads as if someone
        else were speaking. It is a warning: the test is a heuristic.

    Example:
        ```yaml
        voice: first-person
        levels:
          - id: IC3
            competencies:
              scope:
                - You own and deliver projects in your area
        ```
        Fix: "I own and deliver projects in my area".
    """

    code = "LL506"
    name = "wrong-voice"
    severity = Severity.WARNING

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        voice = framework.voice
        if voice not in _PERSONS:
            return
        person, example = _PERSONS[voice]
        prose = analysis.prose
        # Only texts with a pronoun of the wrong person, or starting like a
        # third-person statement, need a closer look.
        triggers = {"first-person": (_SECOND_TRIGGER,), "second-person": (_FIRST_TRIGGER,)}.get(
            voice, (_FIRST_TRIGGER, _SECOND_TRIGGER)
        )
        candidates = {i for trigger in triggers for i in prose.hits(trigger)}
        if voice != "third-person":
            candidates.update(i for i, f in enumerate(prose.fields) if _THIRD_START.match(f.text))
        for i in sorted(candidates):
            field = prose.fields[i]
            if field.kind not in _KINDS:
                continue
            text = _QUOTED.sub(lambda m: " " * len(m.group()), field.text)
            found = self._mismatch(voice, text)
            if found is not None:
                what, start, end = found
                yield Violation(
                    field.path,
                    f"{what} in a {person} framework ({example}): '{excerpt(field.text, start, end)}'",
                    span=(start, end),
                )

    @staticmethod
    def _mismatch(voice: str, text: str) -> tuple[str, int, int] | None:
        first = _FIRST.search(text)
        second = _SECOND.search(text)
        if voice == "first-person":
            if second:
                return f"'{second.group()}'", second.start(), second.end()
            third = None if _FIRST.search(text) else _THIRD_START.match(text)
        elif voice == "second-person":
            if first:
                return f"'{first.group()}'", first.start(), first.end()
            third = None if second else _THIRD_START.match(text)
        else:
            hit = first or second
            if first and second and second.start() < first.start():
                hit = second
            return (f"'{hit.group()}'", hit.start(), hit.end()) if hit else None
        if third:
            start = len(text) - len(text.lstrip(" \t\n-*•"))
            word = text[start:].split(None, 1)[0]
            return f"'{word} ...' reads as third person", start, start + len(word)
        return None
