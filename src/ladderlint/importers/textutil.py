"""Small text helpers shared by the readers: ids, markup, levels, voice."""

from __future__ import annotations

import re
import unicodedata

# --- markup ------------------------------------------------------------------

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_WHOLE_SPAN = re.compile(r"^(\*\*|__|\*|_)(?P<inner>\S(?:.*\S)?)\1$", re.DOTALL)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def unwrap(text: str) -> str:
    """Text without the bold/italic markers that wrap all of it.

    ``**Impact**`` and ``_Area of ownership_`` are headings written in bold
    or italics: their words are the text. Markers that wrap only part of it
    (``**Code** **F****luency**``) are the document's own and are kept, so
    that ``check`` can show them.
    """
    while True:
        match = _WHOLE_SPAN.match(text)
        if not match:
            return text
        inner, marker = match.group("inner"), match.group(1)
        if marker in inner:  # '**a** b **c**' is not one span
            return text
        text = inner


def plain(text: str) -> str:
    """Text with all markdown markup removed, for matching and ids."""
    text = _IMAGE.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"(?<!\w)[*_]|[*_](?!\w)", "", text)
    text = _ESCAPE.sub(r"\1", text)
    return text


def unescape(text: str) -> str:
    """Markdown backslash escapes resolved (``\\*`` is a star)."""
    return _ESCAPE.sub(r"\1", text)


def normalise(text: str) -> str:
    """The key two names are matched by: markup gone, white space (no-break
    spaces included) collapsed. Case is kept: 'Personal growth' and 'Personal
    Growth' are spelt differently, and ``check`` should see that."""
    return " ".join(plain(text).split())


# --- emoji written out as words ---------------------------------------------


def emoji_prefix(text: str) -> str:
    """The emoji name a plain-text export left in front of a heading, if any.

    Exports of pages with emoji headings keep the emoji's name as words
    ('trophy Results', 'glowing star Direction'). Such a prefix is lower case,
    names a Unicode symbol, and is followed by a capitalised word.
    """
    words = text.split()
    for count in (3, 2, 1):
        if len(words) <= count:
            continue
        prefix, following = words[:count], words[count]
        if not all(w.isalpha() and w.islower() for w in prefix) or not following[:1].isupper():
            continue
        try:
            character = unicodedata.lookup(" ".join(prefix).upper())
        except KeyError:
            continue
        if unicodedata.category(character) == "So":
            return " ".join(prefix)
    return ""


# --- ids ---------------------------------------------------------------------


def slug(text: str) -> str:
    """A lower-case id ('ML Governance, Ethics & Compliance' ->
    'ml-governance-ethics-and-compliance'); '' when nothing is left."""
    text = plain(text).strip()
    prefix = emoji_prefix(text)
    if prefix:
        text = text[len(prefix) :]
    text = text.replace("&", " and ")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class IdAllocator:
    """Hands out unique ids: the slug, then slug-2, slug-3 ... on a clash."""

    def __init__(self, fallback: str):
        self._taken: set[str] = set()
        self._fallback = fallback

    def take(self, text: str) -> str:
        base = slug(text) or self._fallback
        candidate, number = base, 2
        while candidate in self._taken:
            candidate = f"{base}-{number}"
            number += 1
        self._taken.add(candidate)
        return candidate


# --- levels ------------------------------------------------------------------

_LEVEL_TOKEN = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,3}[0-9]{1,2})(?![A-Za-z0-9])")
_LEVEL_WORD = re.compile(r"\blevel[ -]?([0-9]{1,2})\b", re.IGNORECASE)
_LEVEL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

#: Seniority words in the order careers usually climb them.
SENIORITY = {
    "intern": 0, "apprentice": 0, "trainee": 0, "graduate": 0, "entry": 1, "junior": 1,
    "associate": 1, "mid": 2, "intermediate": 2, "experienced": 3, "senior": 3,
    "lead": 4, "staff": 4, "principal": 5, "distinguished": 6, "fellow": 7,
}


def level_token(title: str) -> str | None:
    """The level id a title names: 'IC3 Machine Learning Engineer' -> 'IC3',
    'Level 2' -> 'L2'."""
    match = _LEVEL_TOKEN.search(title)
    if match:
        return match.group(1)
    match = _LEVEL_WORD.search(title)
    if match:
        return f"L{int(match.group(1))}"
    return None


def level_id(title: str) -> str:
    token = level_token(title)
    if token:
        return token
    candidate = slug(title)
    return candidate if candidate and _LEVEL_ID.match(candidate) else "level"


def level_rank(title: str) -> tuple[int, float] | None:
    """A sort key for a level across documents: a number in its id, else a
    seniority word; None when the title says neither."""
    token = level_token(title)
    if token:
        return (1, float(re.sub(r"[^0-9]", "", token)))
    words = re.findall(r"[a-z]+", title.lower())
    ranks = [SENIORITY[w] for w in words if w in SENIORITY]
    if ranks:
        return (0, float(max(ranks)))
    return None


# --- shapes of lines ---------------------------------------------------------


def is_title_like(text: str) -> bool:
    """A short heading ('Decision Making', 'Personal growth', 'Agility /
    Innovation') rather than a sentence."""
    text = text.strip()
    if not text or text[-1] in ".:;,!?" or not text[0].isupper():
        return False
    words = text.split()
    if len(words) > 6:
        return False
    if len(words) <= 3:
        return True
    significant = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return all(w[0].isupper() for w in significant)


_FIRST_PERSON = {"i", "i'm", "i’m", "i've", "i’ve", "my", "me", "i'd", "i’d"}
_SECOND_PERSON = {"you", "your", "you're", "you’re", "you've", "you’ve", "you'll", "you’ll"}


def voice(statements: list[str]) -> str | None:
    """The grammatical person most statements are written in."""
    counts = {"first-person": 0, "second-person": 0, "third-person": 0}
    for text in statements:
        words = plain(text).split()
        if not words:
            continue
        first = words[0].lower().strip(",:;")
        if first in _FIRST_PERSON:
            counts["first-person"] += 1
        elif first in _SECOND_PERSON:
            counts["second-person"] += 1
        else:
            counts["third-person"] += 1
    best = max(counts, key=lambda k: (counts[k], k == "third-person"))
    return best if counts[best] * 2 > sum(counts.values()) else None


_ORGANISATION = re.compile(
    r"^(?P<org>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}?) (?P<track>(?:[A-Z]\w+ ){0,2}?)"
    r"(?:Career Framework|Career Ladder|Competencies|Progression Framework|Career Paths?)$"
)


def organisation_in(title: str) -> str | None:
    """The organisation a framework title names ('Dropbox Engineering Career
    Framework' -> 'Dropbox'), if it follows that common pattern."""
    match = _ORGANISATION.match(plain(title).strip())
    return match.group("org") if match else None


def track_in(title: str) -> str | None:
    """The track a framework title names ('Codecademy Engineering
    Competencies' -> 'Engineering'), if it follows that common pattern."""
    match = _ORGANISATION.match(plain(title).strip())
    return match.group("track").strip() or None if match else None
