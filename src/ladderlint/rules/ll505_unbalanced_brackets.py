"""LL505 unbalanced-brackets."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import TextField
from .base import Severity, Violation
from .messages import excerpt
from .addresses import url_spans
from .textscan import TextRule
from ..patterns import lazy

_BRACKETS = '()[]{}“”«»"„'
_BRACKET = lazy(f"[{re.escape(_BRACKETS)}]")
_OPEN = {"(": ")", "[": "]", "{": "}", "“": "”", "«": "»"}
_CLOSE = {v: k for k, v in _OPEN.items()}
# ":)", ";-)", ":(": not brackets. "a)", "2)", "iv)" at the start of an
# item of an inline list: closers without openers by design.
_SMILEY = lazy(r"[:;]-?[()]")
# German, Czech and Polish open a quotation low („) and close it high: with
# “ or ” (or a straight quote, as editors mix them).
_LOW_OPENING = "„"
# German writes guillemets the other way round: »Warum?«.
_SWAP_GUILLEMETS = str.maketrans("«»", "»«")
# A half-open interval, as mathematics writes it, of two numbers or
# single letters: "[0, 200)", "(0, 1]", "[1, ∞)", "[0, n)", "[a, b)". Its
# square bracket and round one are a pair.
_BOUND = r"[-+−]?(?:\d+(?:\.\d+)?|[A-Za-z])"
_HALF_OPEN = lazy(rf"\[ ?{_BOUND} ?, ?(?:{_BOUND}|∞) ?\)|\( ?(?:{_BOUND}|[-+−]?∞) ?, ?{_BOUND} ?\]")
_ENUMERATOR = lazy(r"(?:^|(?<=\s))(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})\)")
_SINGLE = lazy("['‘’]")
_MISMATCHED = "mismatched quotation marks"


class UnbalancedBrackets(TextRule):
    """A bracket or quotation mark that is opened and never closed, closed and never opened, or closed by a mark of another style.

    Checked: ( ) [ ] { }, curly double quotes “ ”, guillemets « », and the
    number of straight double quotes ("), but an inch mark (a straight
    double quote right after a digit, before a space, a mark or the end,
    that closes no quotation: "the 12.9" iPad"). A curly quote closed by a
    straight one or the other way round (“…" or "…”, ‘…' or '…’) is
    reported as a mismatched pair. Quotation marks as other languages write
    them pair too: „…“ and „…” (German, Polish; also closed by a straight
    "), and »…« where a text's first guillemet is » (German). Single quotes
    are not checked for being closed, as ' and ’ are also apostrophes: one
    inside a word ("don't", "team’s") or after an s ("teams'") is never
    taken for a quote. Smileys (":)") and the letters or
    numbers of an inline list ("a) ... b) ...") are not brackets, the
    marks of a half-open interval of numbers or single letters pair ("p99
    latency in [0, 200) ms", "indexes in [0, n)"),
    and web addresses are skipped.

    Why this matters:
        An unclosed bracket is usually a sign that part of the text was
        cut off by an export or an edit ("I am familiar with a range of ML
        techniques (e.g. deep learning, optimization"), and readers cannot
        tell where the aside ends. It is a warning: the fix needs a person.

    Example:
        ```yaml
        ml-fluency:
          - I select the right tools (sklearn, pytorch, tensorflow, etc. for my project
        ```
        Fix: close the bracket where the aside ends: "... etc.) for my project".
    """

    code = "LL505"
    name = "unbalanced-brackets"
    severity = Severity.WARNING
    trigger = (*_BRACKETS, "‘", "’")

    def check_text(self, field: TextField) -> Iterable[Violation]:
        shown = field.text
        text = shown
        if "»" in text and ("«" not in text or text.index("»") < text.index("«")):
            text = text.translate(_SWAP_GUILLEMETS)  # read »…« as «…»; same places
        problem = _first_problem(text, set())
        if problem is not None:
            # Most texts pass the plain test; only the others pay for
            # finding their addresses, smileys and list letters.
            skip = {i for s, e in url_spans(text) for i in range(s, e)}
            skip.update(i for m in _SMILEY.finditer(text) for i in range(m.start(), m.end()))
            skip.update(i for m in _HALF_OPEN.finditer(text) for i in (m.start(), m.end() - 1))
            problem = _first_problem(text, skip, {m.end() - 1 for m in _ENUMERATOR.finditer(text)})
        if problem is not None:
            at, what = problem
            what = f"'{shown[at]}'{what[3:]}" if what.startswith("'") else what  # the mark as written
            yield Violation(field.path, f"{what}: '{excerpt(shown, at, at + 1)}'; {_remedy(what)}", span=(at, at + 1))


def _remedy(what: str) -> str:
    """What to do about a mark left alone, as its description says."""
    if what.endswith("closes nothing"):
        return "add the opening mark where the aside or quotation starts, or delete this one"
    if what.endswith("is never closed"):
        return "close it where the aside or quotation ends, or delete it"
    if what.startswith(_MISMATCHED):
        return "write both marks curly or both straight"
    return "close the quotation, or delete the stray mark"


def _inch_mark(text: str, i: int) -> bool:
    """Whether the straight double quote at ``i``, which no quotation
    opened before it would close, is an inch mark: right after a digit,
    and before a space, a mark or the end ("the 12.9" iPad", "5' 11"")."""
    after = text[i + 1 : i + 2]
    return i > 0 and text[i - 1].isdigit() and (after == "" or not after.isalnum() and after not in "\"_")


def _first_problem(
    text: str, skip: set[int], enumerators: frozenset[int] | set[int] = frozenset()
) -> tuple[int, str] | None:
    """The first unmatched bracket or quote: (position, description).

    A closing bracket in ``enumerators`` ("a)", "2)") is a list letter when
    it closes nothing, and a bracket when it closes one ("(plan b)").
    """
    stack: list[int] = []
    problem: tuple[int, str] | None = None
    straight: list[int] = []
    mismatch: tuple[int, str] | None = None
    for m in _BRACKET.finditer(text):
        i, ch = m.start(), m.group()
        if i in skip:
            continue
        if ch in '“”"' and stack and text[stack[-1]] == _LOW_OPENING:
            stack.pop()  # „Warum?“, „dlaczego?”: closed high
        elif ch == '"' and stack and text[stack[-1]] == "“":
            stack.pop()  # “add to cart": a pair, of two styles
            mismatch = mismatch or (i, _mismatched("“", ch))
        elif ch == '"' and not len(straight) % 2 and _inch_mark(text, i):
            continue  # the 12.9" iPad: no quotation
        elif ch == '"':
            straight.append(i)
        elif ch == "”" and len(straight) % 2 and not (stack and text[stack[-1]] == "“"):
            straight.pop()  # "add to cart”: the other way round
            mismatch = mismatch or (i, _mismatched('"', ch))
        elif ch in _OPEN or ch == _LOW_OPENING:
            stack.append(i)
        elif stack and text[stack[-1]] == _CLOSE[ch]:
            stack.pop()
        elif problem is None and i not in enumerators:
            problem = (i, f"'{ch}' closes nothing")
    if problem is None and stack:
        problem = (stack[0], f"'{text[stack[0]]}' is never closed")
    if problem is None and len(straight) % 2:
        problem = (straight[-1], f"odd number of straight double quotes ({len(straight)})")
    if problem is None and ("‘" in text or "’" in text):
        single = _mismatched_single_quotes(text, skip)
        mismatch = min(mismatch, single) if mismatch and single else mismatch or single
    return problem or mismatch


def _mismatched(opening: str, closing: str) -> str:
    styles = ("curly", "straight") if opening in "“‘" else ("straight", "curly")
    return f"{_MISMATCHED}: {styles[0]} '{opening}' closed by {styles[1]} '{closing}'"


def _mismatched_single_quotes(text: str, skip: set[int]) -> tuple[int, str] | None:
    """The first single quote closed by one of the other style: ‘ideal' or 'ideal’.

    An apostrophe is not a quote: a mark between two letters ("don't",
    "team’s") or after an s ("teams'"). A quote left open is not reported:
    ’ and ' end words too ("'til", "the ’90s").
    """
    opening: int | None = None
    for m in _SINGLE.finditer(text):
        i, ch = m.start(), m.group()
        if i in skip:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        if ch != "’" and not before.isalnum() and (after.isalpha() if ch == "'" else not after.isspace()):
            opening = i
        elif opening is not None and ch != "‘" and not before.isspace() and before not in "sS":
            if (text[opening] == "'") != (ch == "'"):
                return i, _mismatched(text[opening], ch)
            opening = None
    return None
