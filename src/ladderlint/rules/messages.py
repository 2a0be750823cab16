"""What the rules' messages share: excerpts of a text, "did you mean"
suggestions, lists, characters by name, and where a finding is, in words."""

from __future__ import annotations

import unicodedata

from typing import TYPE_CHECKING, Iterable, Sequence

from ..text import and_list, name_key

if TYPE_CHECKING:
    from ..model import DocPath, Framework

def suggest(wrong: str, candidates: Iterable[tuple[str, str | None]], cutoff: float = 0.75) -> str:
    """`; did you mean 'x' (Name)?` for the candidate (id, name) closest to
    ``wrong``, comparing ids and names alike; empty when none is close
    (closeness as difflib measures it, from 0 to 1)."""
    match = closest(wrong, candidates, cutoff)
    if match is None:
        return ""
    candidate_id, candidate_name = match
    named = f" ({candidate_name})" if candidate_name and candidate_name != candidate_id else ""
    return f"; did you mean '{candidate_id}'{named}?"


def closest(wrong: str, candidates: Iterable[tuple[str, str | None]], cutoff: float = 0.75
            ) -> tuple[str, str | None] | None:
    """The candidate (id, name) closest to ``wrong``, as ``suggest`` names it; None when none is close."""
    by_key: dict[str, tuple[str, str | None]] = {}
    for candidate_id, candidate_name in candidates:
        for text in (candidate_id, candidate_name):
            if text:
                by_key.setdefault(name_key(text), (candidate_id, candidate_name))
    wanted = name_key(wrong)
    match = by_key.get(wanted)
    if match is None:
        import difflib  # imported when needed: a clean run never is

        close = difflib.get_close_matches(wanted, list(by_key), n=1, cutoff=cutoff)
        if not close:
            return None
        match = by_key[close[0]]
    return match


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 22nd."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


#: How many files, or the like, a message names before "and N more".
_NAMED = 3


def first_few(items: Sequence[str]) -> str:
    """'a, b, c and 4 more': the first few of a long list, and how many are left."""
    more = f" and {len(items) - _NAMED} more" if len(items) > _NAMED else ""
    return ", ".join(items[:_NAMED]) + more


def quoted_list(items: Iterable[str]) -> str:
    """'a', 'b' and 'c'."""
    return and_list([f"'{item}'" for item in items])


def describe(framework: "Framework", path: "DocPath") -> str:
    """Where a text is, as a reader would say it: `level 'IC3', competency
    'impact', statement 2`."""
    if not path:
        return "the framework"
    head = path[0]
    # Found by path, not by index: a framework built from the valid parts
    # of a document keeps the places of what it left out.
    level = next((lv for lv in framework.levels if lv.path == path[:2]), None)
    if head == "levels" and len(path) > 1 and level is not None:
        parts = [f"level '{level.id}'"]
        rest = path[2:]
        if rest[:1] == ("competencies",) and len(rest) > 1:
            parts.append(f"competency '{rest[1]}'")
            items = [step for step in rest[2:] if isinstance(step, int)]
            if items:
                parts.append(f"statement {items[0] + 1}")
                if len(items) > 1:
                    parts.append(f"example {items[1] + 1}")
            elif rest[2:]:
                parts.append(str(rest[2]).replace("_", " "))
        elif rest[:1] == ("dimensions",) and len(rest) > 1:
            parts.append(f"dimension '{rest[1]}' summary")
        elif rest:
            parts.append(str(rest[0]))
        return ", ".join(parts)
    dimension = next((d for d in framework.dimensions if d.path == path[:2]), None)
    if head == "dimensions" and len(path) > 1 and dimension is not None:
        competency = next((c for c in dimension.competencies if c.path == path[:4]), None)
        if len(path) > 3 and path[2] == "competencies" and competency is not None:
            field = f" {path[4]}" if len(path) > 4 else ""
            return f"competency '{competency.id}'{field}"
        field = f" {path[2]}" if len(path) > 2 else ""
        return f"dimension '{dimension.id}'{field}"
    if head == "glossary" and len(path) > 1:
        return f"glossary entry '{path[1]}'"
    if head == "organisation" and len(path) > 1:
        return f"organisation {path[1]}"
    omitted = list(framework.omitted_levels)
    if head == "omitted_levels" and len(path) > 2 and isinstance(path[1], int) and path[1] < len(omitted):
        return f"omitted level '{omitted[path[1]]}', {path[2]}"
    return f"framework {head}"


#: The longest part of a text a message quotes whole (``excerpt``).
_LONGEST_QUOTED = 120


def excerpt(text: str, start: int, end: int, width: int = 24, *, whole_words: bool = False) -> str:
    """The text around ``text[start:end]``, shortened with ellipses, on one
    line; with ``whole_words``, cut only between words (at most ``width``
    characters either side, fewer rather than half a word). A quoted part
    longer than ``_LONGEST_QUOTED`` characters shows its two ends (a run
    of a word doubled a million times, pasted from a broken export, is no
    message)."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if whole_words:
        left, right = _word_start(text, left, start), _word_end(text, right, end)
    if end - start > _LONGEST_QUOTED:
        half = _LONGEST_QUOTED // 2
        shown = text[left : start + half] + "…" + text[end - half : right]
    else:
        shown = text[left:right]
    if left > 0:
        shown = "…" + shown
    if right < len(text):
        shown += "…"
    return one_line(shown)


def _word_start(text: str, left: int, start: int) -> int:
    """Where the first word that starts at ``left`` or after it (up to
    ``start``) starts; ``left`` itself if none does (one long word: it is
    cut)."""
    if left == 0:
        return 0
    for at in range(left, min(start, len(text) - 1) + 1):
        if text[at - 1].isspace() and not text[at].isspace():
            return at
    return left


def _word_end(text: str, right: int, end: int) -> int:
    """Where the last word that ends at ``right`` or before it (down to
    ``end``) ends; ``right`` itself if none does."""
    if right == len(text):
        return right
    for at in range(right, max(end, 1) - 1, -1):
        if text[at].isspace() and not text[at - 1].isspace():
            return at
    return right


def one_line(text: str) -> str:
    """Show line breaks and tabs as escapes so a message stays on one line."""
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def shorten(text: str, limit: int = 60) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CHAR_NAMES = {
    " ": "space",
    "\t": "tab",
    "\n": "line break",
    "\r": "carriage return",
    "\u00a0": "non-breaking space",
    "\u202f": "narrow non-breaking space",
    "\u200b": "zero-width space",
    "\u2060": "word joiner",
    "\ufeff": "zero-width no-break space",
    "\u3000": "ideographic space",
}


def describe_char(ch: str) -> str:
    """A character as a message names it: "non-breaking space (U+00A0)"."""
    # A character that shows nothing is no space: "variation selector-16 (U+FE0F)", "tag space (U+E0020)".
    name = _CHAR_NAMES.get(ch) or (unicodedata.name(ch, "invisible character").lower()
                                   if unicodedata.category(ch) in ("Cf", "Mn") else "space")
    return name if ch in " \n\t" else f"{name} (U+{ord(ch):04X})"


