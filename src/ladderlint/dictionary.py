"""English words, for the spelling rule and the rules that tell names from words.

The words are pyspellchecker's English dictionary (a well-kept frequency
list that works offline), read on first use and kept for the process. It
is American English: a British spelling ("organisation", "prioritise",
"behaviour", "licence", "travelled") is a word when its American form is,
and so is an inflection or a prefixed form of a word ("mentoring",
"reprioritised") whose stem is one.

Reading the dictionary costs a few tens of milliseconds, which a one-file
check on a pre-commit hook pays only when a text holds a word that the
framework itself does not explain (bench/stages.py measures it): the
words are looked up by binary search in the sorted text of the
dictionary, never turned into a set of 160,000 strings.
"""

from __future__ import annotations

import functools
import os
import re
import zlib

# British -> American, as (ending, replacement); each applies where the word
# ends so, or (for the -ise family) with an ending after it.
_BRITISH = (
    ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"),
    ("ising", "izing"), ("iser", "izer"), ("isers", "izers"), ("yse", "yze"), ("ysed", "yzed"),
    ("ysing", "yzing"), ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"),
    ("ourite", "orite"), ("ourites", "orites"), ("ourable", "orable"), ("tre", "ter"), ("tres", "ters"),
    ("ogue", "og"), ("ogues", "ogs"), ("ence", "ense"), ("lled", "led"), ("lling", "ling"), ("ller", "ler"),
    ("llers", "lers"), ("ement", "ment"), ("ements", "ments"), ("amme", "am"), ("ammes", "ams"),
    ("oeuvre", "euver"), ("oeuvres", "euvers"), ("oeuvring", "euvering"),
)
_SUFFIXES = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "ment", "ments", "ness", "able", "ful", "al", "ation", "ations")
_PREFIXES = (
    "re", "un", "co", "pre", "non", "sub", "over", "under", "multi", "inter", "mis", "de", "self", "out", "hyper",
    "micro", "meta", "auto",
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_VOWELS = frozenset("aeiou")
#: Endings before which English doubles a final consonant ("commit" ->
#: "committing", "occur" -> "occurrence"): where the dictionary has the
#: doubled form, the single one is the common slip.
_DOUBLING_ENDINGS = ("ing", "ed", "er", "ers", "ence", "ences", "able")
#: How much likelier a slip of the hand (a letter doubled, undoubled, two
#: swapped) is than any other one-letter edit, as a spelling corrector's
#: error model weighs them: about an order of magnitude.
_SLIP_ODDS = 10


#: After this many look-ups the words are made into a set: a large run
#: saves time, while a one-file check never pays for building it.
_LOOKUPS_BEFORE_A_SET = 5000


class Dictionary:
    """The words of a sorted dictionary text, one ``"word": count`` a line."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lookups = 0
        self._words: frozenset[str] | None = None

    def _line(self, word: str) -> str | None:
        """The dictionary's line for ``word``, found by binary search."""
        text, key = self._text, f'"{word}"'
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi) // 2
            start = text.rfind("\n", 0, mid) + 1
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            line = text[start:end]
            found = line[: line.find('":') + 1] if '":' in line else line
            if found < key:
                lo = end + 1
            elif found > key:
                hi = start
            else:
                return line
        return None

    def exact(self, word: str) -> bool:
        """Whether the dictionary holds exactly this (lower-case) word."""
        if self._words is not None:
            return word in self._words
        self._lookups += 1
        if self._lookups > _LOOKUPS_BEFORE_A_SET:
            lines = self._text.split("\n")
            self._words = frozenset(line[1 : line.find('":')] for line in lines if '":' in line)
            return word in self._words
        return self._line(word) is not None

    def frequency(self, word: str) -> int:
        line = self._line(word)
        if line is None:
            return 0
        digits = re.search(r"(\d+)", line[len(word) + 2 :])
        return int(digits.group(1)) if digits else 0

    def knows(self, word: str) -> bool:
        """Whether a lower-case word is English: itself, its American
        spelling, or an inflected or prefixed form of a word; not an
        inflection that the dictionary spells with a doubled consonant
        ("commiting" for "committing")."""
        if self.exact(word):
            return True
        doubled = _doubled(word)
        if doubled is not None and self.exact(doubled):
            return False
        return any(self.exact(form) for form in forms(word)[1:])

    def suggestion(self, word: str) -> str | None:
        """The likeliest word one edit away (a letter added, dropped, changed,
        or two swapped), or None: the most frequent, where a letter doubled,
        undoubled or two swapped (the slips hands make most) counts as
        ``_SLIP_ODDS`` times as likely as another edit ("suceed" is
        "succeed", not the more frequent "sucked"; "persue" is still
        "pursue", not "peruse")."""
        candidates = {c for c in edits(word) if self.exact(c)}
        if not candidates:
            return None
        return max(sorted(candidates), key=lambda c: self.frequency(c) * (_SLIP_ODDS if slip(word, c) else 1))


def forms(word: str) -> list[str]:
    """The forms a word may be listed under: itself, its American spelling,
    its stem without a common suffix or prefix (and their American forms)."""
    out = [word]
    for ending, american in _BRITISH:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            out.append(word[: -len(ending)] + american)
    stems = []
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            stems += [stem, stem + "e"]
            if len(stem) > 3 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # "planning" -> "plan"
            if stem.endswith("i"):
                stems.append(stem[:-1] + "y")  # "applied" -> "apply"
    for ending, base in (("ability", "able"), ("ibility", "ible"), ("abilities", "able")):
        if word.endswith(ending):
            stems.append(word[: -len(ending)] + base)
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            stems.append(word[len(prefix) :])
    for stem in stems:
        out.append(stem)
        for ending, american in _BRITISH:
            if stem.endswith(ending) and len(stem) > len(ending) + 2:
                out.append(stem[: -len(ending)] + american)
    return list(dict.fromkeys(out))


def _doubled(word: str) -> str | None:
    """The word with the consonant before its ending doubled, where English
    may double it (a consonant after a single vowel): "occuring" ->
    "occurring"; None otherwise."""
    for ending in _DOUBLING_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-1] not in "wxy" \
                and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
            return stem + stem[-1] + ending
    return None


def slip(word: str, candidate: str) -> bool:
    """Whether ``candidate`` is ``word`` with a letter doubled or undoubled,
    or with two letters next to each other swapped."""
    if len(candidate) == len(word) + 1:
        return any(candidate[i] == candidate[i + 1] and candidate[:i] + candidate[i + 1 :] == word
                   for i in range(len(candidate) - 1))
    if len(candidate) + 1 == len(word):
        return slip(candidate, word)
    changed = [i for i in range(min(len(word), len(candidate))) if word[i] != candidate[i]]
    return len(word) == len(candidate) and len(changed) == 2 and changed[1] == changed[0] + 1 \
        and word[changed[0]] == candidate[changed[1]] and word[changed[1]] == candidate[changed[0]]


def edits(word: str) -> set[str]:
    """Every string one edit away from ``word`` (as Norvig's spelling corrector)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    changes = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + changes + inserts) - {word}


@functools.lru_cache(maxsize=1)  # the one dictionary of the process, read once
def english() -> Dictionary:
    """pyspellchecker's English dictionary."""
    return Dictionary(_dictionary_text())


def _dictionary_text() -> str:
    """The dictionary as sorted lines: read from pyspellchecker's resource
    file (without importing the package), or, should that file move or
    change its form, through pyspellchecker's own API."""
    import importlib.util

    spec = importlib.util.find_spec("spellchecker")
    if spec is not None and spec.origin:
        path = os.path.join(os.path.dirname(spec.origin), "resources", "en.json.gz")
        try:
            with open(path, "rb") as handle:
                text = zlib.decompress(handle.read(), 31).decode("utf-8")
            if text.startswith('{\n"') and _sorted_sample(text):
                return text
        except (OSError, zlib.error, UnicodeDecodeError):
            pass
    from spellchecker import SpellChecker

    counts = SpellChecker().word_frequency.dictionary
    return "{\n" + "\n".join(f'"{word}": {counts[word]},' for word in sorted(counts)) + "\n}"


def _sorted_sample(text: str) -> bool:
    """Whether the first lines are in the order the binary search needs."""
    lines = text[:4000].split("\n")[1:-1]
    keys = [line[: line.find('":') + 1] for line in lines]
    return len(keys) > 10 and keys == sorted(keys)

