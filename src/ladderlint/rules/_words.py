"""Shared by the rules that compare names and texts: normal forms, word
tokens, "did you mean" suggestions, and where a finding is, in words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from ..model import DocPath, Framework

# Typographic variants an export or an editor swaps in for the plain ones.
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                        "\u2013": "-", "\u2014": "-"})
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
# The same words in ASCII text, lower-cased: a third faster to match.
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")


def plain(text: str) -> str:
    """Text with typographic quotes, dashes and non-breaking spaces made plain."""
    # Most text is ASCII, and translate() is slow: skip it when it can do nothing.
    return text if text.isascii() else text.translate(_PLAIN)


def normal(text: str) -> str:
    """Text as a reader compares it: case, spacing, quote style and final
    punctuation do not count."""
    return _SPACES.sub(" ", plain(text).casefold()).strip().rstrip(".;,:!")


def words(text: str, *, keep_case: bool = False) -> list[str]:
    """The words of a text in order, lower-cased unless asked (``team's``
    and ``cross-team`` are one word each)."""
    if not keep_case and text.isascii():
        return _ASCII_WORD.findall(text.lower())
    text = plain(text)
    return _WORD.findall(text if keep_case else text.casefold())


class WordsByText(dict[str, list[str]]):
    """``words(text)`` by text, each computed on first lookup."""

    def __missing__(self, text: str) -> list[str]:
        tokens = self[text] = words(text)
        return tokens

    @classmethod
    def of(cls, texts: list[str]) -> "WordsByText":
        """The words of each of the texts, split in one batch.

        The texts are joined, and lower-cased with every character that
        cannot be part of a word made a space, in three calls for them all;
        then a text whose part holds no apostrophe or hyphen is split at
        spaces, which gives what ``words`` does at a fraction of the cost of
        a pattern. The others, and texts beyond ASCII, take the pattern.
        """
        memo = cls()
        parts = "\x00".join(texts).encode("ascii", "replace").translate(_LOWER_WORDS).decode("ascii").split("\x00")
        if len(parts) != len(texts):  # a text holds a NUL ("\0" in YAML): each on its own
            return memo
        for text, part in zip(texts, parts):
            if not text.isascii():
                memo[text] = words(text)
            elif "'" in part or "-" in part:
                memo[text] = _ASCII_WORD.findall(part)
            else:
                memo[text] = part.split()
        return memo


def ascii_words_table(keep: str) -> bytes:
    """A ``bytes.translate`` table that lower-cases A-Z and makes a space of
    every other ASCII character but a-z, 0-9 and those in ``keep``: the
    words of ASCII text are then what ``split()`` gives."""
    parts = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) in keep))
    return bytes.maketrans(
        parts + b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b" " * len(parts) + b"abcdefghijklmnopqrstuvwxyz"
    )


# For a batch: apostrophes and hyphens are inside words, and the NUL that
# joins the texts stays.
_LOWER_WORDS = ascii_words_table("'-\x00")


def framework_words(framework: "Framework") -> WordsByText:
    """The words of each statement and level summary of the framework
    (``memo[text]``; other texts on first lookup), shared by the rules that
    compare statements word by word: splitting is most of their cost. A
    plain lookup, so that a rule pays no call per statement."""
    return framework.derived("words", lambda: WordsByText.of(_compared_texts(framework)), transient=True)


def _compared_texts(framework: "Framework") -> list[str]:
    texts = []
    for level in framework.levels:
        if level.summary:
            texts.append(level.summary)
        texts.extend(statement.text for cell in level.cells for statement in cell.statements)
    return texts


def name_key(text: str) -> str:
    """A name with only its letters and digits, lower-cased: `Personal growth`,
    `personal-growth` and `Personal Growth ` share one key."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def suggest(wrong: str, candidates: Iterable[tuple[str, str | None]], cutoff: float = 0.75) -> str:
    """`; did you mean 'x' (Name)?` for the candidate (id, name) closest to
    ``wrong``, comparing ids and names alike; empty when none is close
    (closeness as difflib measures it, from 0 to 1)."""
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
            return ""
        match = by_key[close[0]]
    candidate_id, candidate_name = match
    named = f" ({candidate_name})" if candidate_name and candidate_name != candidate_id else ""
    return f"; did you mean '{candidate_id}'{named}?"


def quoted_list(items: Iterable[str]) -> str:
    """'a', 'b' and 'c'."""
    quoted = [f"'{item}'" for item in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def describe(framework: "Framework", path: "DocPath") -> str:
    """Where a text is, as a reader would say it: `level 'IC3', competency
    'impact', statement 2`."""
    if not path:
        return "the framework"
    head = path[0]
    if head == "levels" and len(path) > 1:
        level = framework.levels[path[1]]
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
    if head == "dimensions" and len(path) > 1:
        dimension = framework.dimensions[path[1]]
        if len(path) > 3 and path[2] == "competencies":
            competency = dimension.competencies[path[3]]
            field = f" {path[4]}" if len(path) > 4 else ""
            return f"competency '{competency.id}'{field}"
        field = f" {path[2]}" if len(path) > 2 else ""
        return f"dimension '{dimension.id}'{field}"
    if head == "glossary" and len(path) > 1:
        return f"glossary entry '{path[1]}'"
    return f"framework {head}"
