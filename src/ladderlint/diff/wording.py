"""Comparing two pieces of text the way a reader of a framework would.

Exports and editors change text without changing what it says: non-breaking
spaces, doubled spaces, curly quotes, markdown emphasis (``**_I_**``), emoji
image links in headings. ``words`` strips all of that (with the one text
module, ladderlint.text), so two texts with the same words are "the same
statement, formatted differently". ``similarity``
and ``classify`` work on those words.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple, Sequence

from ..dictionary import american, forms, slip
from ..text import FUNCTION_WORDS, STOPPED_ABBREVIATIONS, plain, statement_label, strip_markdown
from ..text import words as text_words
from .. import vocabulary as vocab
from ..vocabulary import NEGATIONS, PHRASES_OF_ONE_WORD, PUNCTUATION_NAMES, SYNONYMS
from ..patterns import lazy

@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower-cased, without formatting or punctuation."""
    return tuple(text_words(strip_markdown(text)))


#: Endings taken off a word to find its stem: "encourages" and
#: "encouraging", "delivers" and "delivery", "team's" and "teams" meet.
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "es", "ed", "er", "ly", "s", "y")
_MIN_STEM = 3


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A word without its inflection, for telling whether two texts share words.

    Crude on purpose (no dictionary): the same stem for the forms one text
    and its rewording use ("makes" / "making", "engineers" / "engineering"),
    which is all that comparing texts needs. British and American spellings
    meet ("organise" / "organize", "behaviour" / "behavior"), and so do a
    word and its forms with the last consonant doubled ("span" / "spanning").
    """
    word = american(word)
    if word.endswith("'s"):
        word = word[:-2]
    for step in range(3):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                base = word[: -len(suffix)]
                if suffix == "s" and (step or base.endswith(("s", "u", "i"))):
                    # process, status, analysis; and no "s" inside another ending: "proposes" and "proposing"
                    # are "propos", as "propose" is
                    continue
                word = base + ("y" if suffix in ("ies", "ied") else "")
                break
        else:
            break
    if word.endswith("e") and len(word) > _MIN_STEM:
        word = word[:-1]
    return _undoubled(word)


def _undoubled(word: str) -> str:
    """A stem without a doubled last consonant, as English doubles it before
    an ending ("cutting", "shipped", "spanning": "cut", "ship", "span"), and
    so for every word ("add" and "adding" both "ad")."""
    return word[:-1] if len(word) > _MIN_STEM and word[-1] == word[-2] and word[-1] not in "aeiou" else word


#: Words that "one's" in a phrase of the vocabulary stands for.
_POSSESSIVES = frozenset("my our their his her your its one's".split())
Phrase = tuple[str, ...]


def _phrases_by_first_stem() -> dict[str, list[tuple[int, Phrase, str, tuple[str, ...]]]]:
    out: dict[str, list[tuple[int, Phrase, str, tuple[str, ...]]]] = {}
    for order, (phrase, word) in enumerate(PHRASES_OF_ONE_WORD.items()):
        out.setdefault(stem(phrase[0]), []).append((order, phrase, word, tuple(stem(p) for p in phrase)))
    return out


_PHRASES_BY_FIRST_STEM = _phrases_by_first_stem()


def phrases_in(found: Sequence[str]) -> list[tuple[int, Phrase, str]]:
    """The phrases of the vocabulary (``PHRASES_OF_ONE_WORD``) in a text's
    words, in the vocabulary's order then the text's: (start, phrase, its
    word). A word of a phrase matches as written or inflected ("takes care
    of"); ``one's`` matches any possessive ("voice my opinion")."""
    stems = [stem(w) for w in found]
    out = []
    for i, first in enumerate(stems):
        for order, phrase, word, wanted in _PHRASES_BY_FIRST_STEM.get(first, ()):
            n = len(phrase)
            if i + n <= len(found) and all(
                    s == w or p == "one's" and t in _POSSESSIVES
                    for t, s, p, w in zip(found[i : i + n], stems[i : i + n], phrase, wanted)):
                out.append((order, i, phrase, word))
    return [(i, phrase, word) for _order, i, phrase, word in sorted(out)]


def meaning_stems(found: tuple[str, ...]) -> tuple[str, ...]:
    """The stems of a text's words, each phrase of the vocabulary as the
    stem of its one word ("stays up to date with" as "keeps up with" is,
    "on their own" as "independently"): what two statements have in common
    when one was reworded with an idiom on its way to another level."""
    return tuple(stem(word) for word in _terms(found))


def _terms(found: tuple[str, ...]) -> tuple[str, ...]:
    """A text's words, each phrase of the vocabulary as its one word: what ``meaning_stems`` stems."""
    out: list[str] = []
    taken = -1
    starts = {i: (phrase, word) for i, phrase, word in reversed(phrases_in(found))}
    for i, w in enumerate(found):
        if i <= taken:
            continue
        if i in starts:
            phrase, word = starts[i]
            out.append(word)
            taken = i + len(phrase) - 1
            continue
        out.append(w)
    return tuple(out)


# Sentence ends, commas, brackets, dashes, and a conjunction that opens a
# clause with its own subject ("I listen ... and I remove ...").
_CLAUSE_BREAK = lazy(
    r"[.;:!?()\[\]]+|,\s|\s[-–—]+\s|\s(?:and|but|or|so)\s+(?=(?:I|we|they|he|she|you)\b)", re.IGNORECASE
)


def clauses(text: str) -> list[tuple[str, ...]]:
    """The words of each clause of ``text`` (split at sentence ends, commas,
    brackets, dashes and "and I"), empty clauses left out."""
    return [found for part in _CLAUSE_BREAK.split(strip_markdown(text)) if (found := tuple(text_words(part)))]


def same_words(old: str, new: str) -> bool:
    """Whether two texts differ only in formatting, spacing or punctuation."""
    return words(old) == words(new)


def similarity(old: str, new: str, threshold: float = 0.0) -> float:
    """Word-level similarity in [0, 1]; 0.0 as soon as it is certainly below ``threshold``.

    The cheap upper bounds of difflib are tried first, so most unrelated pairs
    cost a length comparison and a word count.
    """
    return word_similarity(words(old), words(new), threshold)


def word_similarity(a: tuple[str, ...], b: tuple[str, ...], threshold: float = 0.0) -> float:
    """:func:`similarity` of two texts already split by :func:`words`."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return 0.0
    return matcher.ratio()


def meaning_overlap(old: str, new: str) -> float:
    """How much two texts say alike, in [0, 1]: the share of their words of
    meaning (stems, idioms as their one word; no articles, pronouns,
    prepositions) they have in common (Dice's coefficient). Unlike
    ``similarity``, the order and the small words do not count: a level
    that restates a lower level's statement in its own words ("I execute on
    defined projects to achieve team-level goals", "I own and deliver
    projects in service of quarterly goals") keeps its nouns and verbs."""
    a, b = _meaning(old), _meaning(new)
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def meaning_kept(old: str, new: str) -> float:
    """The share of ``old``'s words of meaning (those not FUNCTION_WORDS, by
    their stems) that ``new`` says too: by the same stem, in an idiom read as
    its one word (``meaning_overlap``'s reading: "makes decisions" as
    "decides"), or by a word known to say the same (``synonyms``): "Fixes
    bugs" -> "Resolves issues" keeps all of them, "Fixes bugs" -> "Writes
    docs" none. All where ``old`` has none: none is lost."""
    before = {stem(word): word for word in words(old) if word not in FUNCTION_WORDS}
    said = words(new)
    after = {stem(word): word for word in (*said, *_terms(said))}
    kept = [s for s, word in before.items() if s in after or any(synonyms(word, other) for other in after.values())]
    return len(kept) / len(before) if before else 1.0


#: Two statements opening with the same label ("Mentorship - ...") are
#: about the same thing by the framework's own word, whatever else they
#: say: a restatement weighs this much more than any pair without it.
SAME_LABEL = 2.0
#: Two statements opening with different labels ("Mentorship - ...",
#: "Onboarding - ...") are about different things by the framework's own
#: word: what they say has to be this many times as alike to count.
OTHER_LABEL = 2.0


@lru_cache(maxsize=65536)  # the differ and the level pages ask for each statement's label again and again
def topic_label(text: str) -> tuple[str, str] | None:
    """The label a statement opens with, as ``statement_label`` reads it,
    where it names what the statement is about ('Mentorship - ...', 'Code
    quality: ...'): not how often, when, on what condition or how surely it
    is asked ('Weekly: ...', 'If blocked: ...', 'Usually: ...'), a note's
    or an example's marker ('Note: ...'), or a number ('Q3: ...')."""
    found = statement_label(text)
    if found is None:
        return None
    plain_text = strip_markdown(plain(text))
    said = text_words(plain_text[: len(plain_text) - len(found[1])])
    if any(word in _NO_TOPIC or any(ch.isdigit() for ch in word) for word in said):
        return None
    return found


def label_still_said(text: str, other: str) -> bool:
    """Whether the words of the label ``text`` opens with (``topic_label``)
    open ``other`` too, in any inflection, its small words and a "can"
    aside: "Makes others better through: code reviews" of "Makes others
    better through code reviews", "Answers questions like: ...?" of "Can
    answer questions like: ...?". Only a colon was put in or taken out
    there, or a mark the label reading refuses ('Writes "good" tests:
    ...'): the words before it are the sentence's own, no topic named
    beside it. False for a text without a label."""
    found = topic_label(text)
    if found is None:
        return False
    said = words(text)
    label = _content_stems(said[: len(said) - len(words(found[1]))])
    return bool(label) and _content_stems(words(other))[: len(label)] == label


def _content_stems(said: Sequence[str]) -> list[str]:
    """The stems of the words other than small ones ("can", "through"), in order."""
    return [stem(word) for word in said if word not in FUNCTION_WORDS]


#: Words of a label that say how often, when, on what condition or how
#: surely a statement is asked, or that mark a note or an example.
_NO_TOPIC = frozenset(vocab.FREQUENCY) | frozenset(vocab.PERIODIC) | vocab.HEDGES | frozenset(vocab.CERTAINTY) \
    | vocab.CONDITION_OPENERS | vocab.CONDITIONS | frozenset(
        "note notes nb tip hint example examples eg ie optional bonus always often sometimes".split())


def restatement(old: str, new: str, least: float) -> float:
    """How surely ``new`` restates ``old`` in other words (as a higher
    level restates a lower one's statement): their ``meaning_overlap``,
    where it is at least ``least``; else 0. Where both open with a label
    ("Mentorship - I mentor ...", "Code quality: I write ..."), the label
    is evidence: the same label pairs them (``SAME_LABEL`` over what the
    rest of their words share), another one needs the rest to share
    ``OTHER_LABEL`` times as much. Without labels on both, the words alone
    tell."""
    labels = topic_label(old), topic_label(new)
    if labels[0] is None or labels[1] is None:
        overlap = meaning_overlap(old, new)
        return overlap if overlap >= least else 0.0
    (old_label, old_rest), (new_label, new_rest) = labels[0], labels[1]
    overlap = meaning_overlap(old_rest, new_rest)
    if old_label == new_label:
        return SAME_LABEL + overlap
    overlap /= OTHER_LABEL
    return overlap if overlap >= least else 0.0


_FUNCTION_STEMS = frozenset(stem(word) for word in FUNCTION_WORDS)


@lru_cache(maxsize=4096)
def _meaning(text: str) -> frozenset[str]:
    return frozenset(meaning_stems(words(text))) - _FUNCTION_STEMS


Edit = Literal["formatting", "small", "additions", "removals", "rewrite"]


@dataclass(frozen=True)
class TextChange:
    """How a text changed: ``edit`` names the sort of edit, ``changed_words``
    counts the words inserted, deleted or replaced (the larger side of each)."""

    edit: Edit
    changed_words: int

    @property
    def keeps_meaning(self) -> bool:
        return self.edit in ("formatting", "small")


#: A small edit changes at most this many words (besides spelling fixes),
#: and at most this share of the text: a brand name, one word for another.
SMALL_EDIT_WORDS = 1
SMALL_EDIT_SHARE = 0.2
#: Two words this similar letter by letter are one word spelt two ways
#: (analyze / analyse, organisation / organization).
SPELLING_SIMILARITY = 0.8


def classify(old: str, new: str) -> TextChange:
    """Classify an edit from ``old`` to ``new``.

    ``formatting``: the same words. ``small``: spelling fixes and at most one
    other word, a fifth of the text at most. ``additions``: only words added
    (more is asked). ``removals``: only words taken out (less is asked).
    ``rewrite``: anything else.
    """
    a, b = words(old), words(new)
    if a == b:
        return TextChange("formatting", 0)
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    changed = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in opcodes if tag != "equal")
    respelt = sum(respelt_words(a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in opcodes if tag == "replace")
    meant = changed - respelt  # words whose meaning may have changed
    if meant <= SMALL_EDIT_WORDS and meant <= SMALL_EDIT_SHARE * max(len(a), len(b)):
        return TextChange("small", changed)
    tags = {tag for tag, *_ in opcodes if tag != "equal"}
    if tags == {"insert"}:
        return TextChange("additions", changed)
    if tags == {"delete"}:
        return TextChange("removals", changed)
    return TextChange("rewrite", changed)


def respelt_words(old: Sequence[str], new: Sequence[str]) -> int:
    """How many of the replaced words are only spelt differently: one for
    one and alike letter by letter (analyse / analyze) or of one stem
    (makes / making), or the same letters joined or parted ("each other" /
    "eachother", "service level" / "service-level"), or the same stems so
    ("interviewing trained" / "interview-trained")."""
    if "".join(old).replace("-", "") == "".join(new).replace("-", "") or _stems(old) == _stems(new):
        return max(len(old), len(new))
    if len(old) != len(new):
        return 0
    return sum(1 for x, y in zip(old, new) if same_word(x, y))


def another_form_named(old: str, new: str) -> bool:
    """Whether a name changed a word for another word of its stem, not for
    its plural or a spelling of it: "Software Engineer" -> "Software
    Engineering" names a discipline for a role, another name ("Verification
    Engineer" -> "Verification" likewise); "Engineer" -> "Engineers" and
    "Organisation" -> "Organization" name the same."""
    a, b = words(old), words(new)
    return len(a) == len(b) and any(
        x != y and stem(x) == stem(y) and x.removesuffix("s") != y.removesuffix("s")
        and (x.startswith(y) or y.startswith(x)) for x, y in zip(a, b))  # a suffix put on, not a letter slipped


def _stems(words: Sequence[str]) -> list[str]:
    return [stem(part) for word in words for part in word.split("-") if part]


def same_word(x: str, y: str) -> bool:
    """Two (lower-case) words that are one word spelt or inflected two ways,
    or one of them a slip of the hand for the other, which in a short word
    changes much of it ("teh" / "the", "adn" / "and"); "should" and
    "shouldn't" are not."""
    if (x in NEGATIONS) != (y in NEGATIONS):
        return False
    if x != y and any(c.isdigit() for c in x + y):
        return False  # "99.9" / "99.95", "v3.11" / "v3.12": another number, however alike the digits
    if vocab.opposite_forms(x, y):
        return False  # "clear" / "unclear", "proactive" / "reactive": the opposite, however alike the letters
    if x == y or stem(x) == stem(y) or slip(x, y):
        return True
    shorter, longer = sorted((x, y), key=len)
    if longer.endswith(shorter) and longer[: len(longer) - len(shorter)].isalpha() and len(longer) - len(shorter) > 1:
        return False  # a prefix put on a word makes another word ("passes" / "surpasses", "views" / "reviews")
    return difflib.SequenceMatcher(None, x, y).ratio() >= SPELLING_SIMILARITY


_SYNONYM_GROUPS: dict[str, frozenset[int]] = {}
for _k, _group in enumerate(SYNONYMS):
    for _word in _group:
        _SYNONYM_GROUPS[_word] = _SYNONYM_GROUPS.get(_word, frozenset()) | {_k}


@lru_cache(maxsize=65536)
def _meanings(word: str) -> frozenset[int]:
    return frozenset(k for form in forms(word) for k in _SYNONYM_GROUPS.get(form, ()))


def synonyms(x: str, y: str) -> bool:
    """Whether two (lower-case) words, in any of their forms, are known to
    say the same (``vocabulary.SYNONYMS``): "issues" / "bugs", "writes" /
    "creates"; not words that are only related ("review" / "approve") or
    alike in spelling ("SLO" / "SLA")."""
    return bool(_meanings(x) & _meanings(y))


#: Endings that make a noun of an adjective's quality, with what the
#: adjective ends in instead: "consistency" / "consistent", "clarity" /
#: "clar(e)", "reliability" / "reliable", "precision" / "precise".
_QUALITY_NOUNS = (("ency", "ent"), ("ancy", "ant"), ("ence", "ent"), ("ance", "ant"), ("ility", "le"),
                  ("icity", "e"), ("ity", ""), ("ness", ""), ("sion", "se"))
#: A root shorter than this is too short to tell one word's forms from others' ("day" / "daily").
_SHORTEST_ROOT = 4


def adverb_of_noun(x: str, y: str) -> bool:
    """Whether one of two (lower-case) words is the adverb of the other, a
    noun of the same quality or thing: one word in another part of speech,
    as "with clarity" says "clearly" ("clarity" / "clearly", "consistency"
    / "consistently", "precision" / "precisely", "care" / "carefully",
    "ease" / "easily"). The adjective of the adverb and that of the noun
    are one, or one with a vowel dropped as English drops it before an
    ending ("clear" / "clar-ity"). Not a noun of another sense made with
    "-tion" ("direction" / "directly"), nor one the adverb's adjective is
    made of without an ending ("friend" / "friendly")."""
    for adverb, noun in ((x, y), (y, x)):
        if not adverb.endswith("ly") or noun.endswith("ly") or len(adverb) - 2 < _SHORTEST_ROOT:
            continue
        adjective = adverb[:-2]
        said = {adjective, adjective[:-1] + "y" if adjective.endswith("i") else adjective}
        if adjective.endswith("ful"):
            said.add(adjective[:-3])  # "carefully": "care"
        if adverb.endswith(("bly", "ply", "tly", "dly")):
            said.add(adverb[:-1] + "e")  # "reliably": "reliable", "simply": "simple"
        roots = {noun[: -len(end)] + instead for end, instead in _QUALITY_NOUNS if noun.endswith(end)}
        if not roots and (adjective.endswith("ful") or adjective.endswith("i")):
            roots = {noun}  # a noun of no ending, its adjective made with one: "care" / "careful", "ease" / "easy"
        for root in roots:
            if len(root) < _SHORTEST_ROOT - 1:
                continue
            for word in said:
                if stem(root) == stem(word) or any(
                        word[:k] + word[k + 1 :] == root for k in range(1, len(word) - 1) if word[k] in "aeiou"):
                    return True
    return False


Op = Literal["=", "-", "+"]

#: Below this similarity, two texts are shown whole rather than as a word diff.
REWRITE_SIMILARITY = 0.5


#: Punctuation that a word carries at its edges ("quickly," "(e.g." "done.")
#: but that is no part of the word: a token of its own in a word diff, so a
#: comma added after a word marks the comma, not the word. Markdown's marks
#: (``*``, ``_``, ``~``, backticks), a backslash escape, and what joins a
#: word to more of itself ("#", "@", "/", "&", "%") stay with the word.
_EDGE_PUNCTUATION = frozenset(PUNCTUATION_NAMES)


class Run(NamedTuple):
    """Kept (``=``), removed (``-``) or added (``+``) text of a word diff:
    ``text`` as written (its own spaces made one), ``spaced`` whether a space
    is before it in its text (none before a comma added after a word); of
    kept text, the new one's, and ``spaced_in_old`` the old one's, where a
    removed word shown before it had a space after it ("(~~Co-authors~~
    with", of "(Co-authors with" -> "(with")."""

    op: Op
    text: str
    spaced: bool
    spaced_in_old: bool | None = None


def _tokens(text: str) -> list[tuple[bool, str]]:
    """The words of ``text`` as written, each with whether a space is before
    it, and the punctuation at their edges apart ("quickly," is "quickly" and
    ",")."""
    out: list[tuple[bool, str]] = []
    for chunk in text.split():
        start, end = 0, len(chunk)
        while start < end and chunk[start] in _EDGE_PUNCTUATION:
            start += 1
        while end > start and chunk[end - 1] in _EDGE_PUNCTUATION:
            end -= 1
        if chunk[end : end + 1] == "." and chunk[start:end].lower() in STOPPED_ABBREVIATIONS:
            end += 1  # "e.g.": the stop is the abbreviation's, not a sentence's to pair with another's
        pieces = list(chunk[:start]) + ([chunk[start:end]] if end > start else []) + list(chunk[end:])
        out += [(k == 0 and bool(out), piece) for k, piece in enumerate(pieces)]
    return out


def _anchor(token: str) -> bool:
    """A token a word diff lines the texts up by first: a word of meaning,
    not a function word ("and", "the") or a mark of punctuation, which
    every sentence has and which would pair a reworded clause with the
    wrong words ("quickly and calmly" -> "quickly, calmly and openly")."""
    return token.lower() not in FUNCTION_WORDS and any(c.isalnum() for c in token)


def word_runs(old: str, new: str) -> list[Run]:
    """A word-level diff of the texts as written: runs of kept, removed and
    added words, punctuation at a word's edge a token of its own. The texts
    are lined up by their words of meaning first, then, between those, by
    all their tokens. A word whose quotes or dashes only changed from
    typographic to plain (or back), as editors and exports change them, is
    kept, as the new text writes it (``text.plain``)."""
    a, b = _tokens(old), _tokens(new)
    ka, kb = [plain(t) for _s, t in a], [plain(t) for _s, t in b]
    out: list[Run] = []

    def add(op: Op, tokens: list[tuple[bool, str]], old: list[tuple[bool, str]] | None = None) -> None:
        """A run of ``tokens``; of kept ones, ``old``: the same tokens as the old text has them."""
        if not tokens:
            return
        text = "".join((" " if spaced and k else "") + t for k, (spaced, t) in enumerate(tokens))
        spaced_in_old = old[0][0] if old else None
        if out and out[-1].op == op:
            last = out.pop()
            text, spaced, spaced_in_old = last.text + (" " if tokens[0][0] else "") + text, last.spaced, \
                last.spaced_in_old
        else:
            spaced = tokens[0][0]
        out.append(Run(op, text, spaced, spaced_in_old))

    def diff(i1: int, i2: int, j1: int, j2: int, anchored: bool) -> None:
        matcher = difflib.SequenceMatcher(
            (lambda t: not _anchor(t)) if anchored else None, ka[i1:i2], kb[j1:j2], autojunk=False)
        for tag, x1, x2, y1, y2 in matcher.get_opcodes():
            if tag == "equal":
                add("=", b[j1 + y1 : j1 + y2], a[i1 + x1 : i1 + x2])
            elif anchored:
                diff(i1 + x1, i1 + x2, j1 + y1, j1 + y2, False)
            else:
                add("-", a[i1 + x1 : i1 + x2])
                add("+", b[j1 + y1 : j1 + y2])

    # Sentences kept whole are lined up first: a sentence put in before a kept one that shares its words
    # ("... if a Junior is hired. A Junior is at the beginning ...") is shown whole, not threaded through it.
    sa, sb = _sentence_spans(ka, _line_starts(old)), _sentence_spans(kb, _line_starts(new))
    keys_a, keys_b = [tuple(ka[i:j]) for i, j in sa], [tuple(kb[i:j]) for i, j in sb]
    blocks = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes() \
        if sa and sb and (len(sa) > 1 or len(sb) > 1) and set(keys_a) & set(keys_b) else []
    if not blocks or all(tag != "equal" for tag, *_ in blocks):
        diff(0, len(a), 0, len(b), True)
        return out
    for tag, x1, x2, y1, y2 in blocks:
        i1, i2 = (sa[x1][0], sa[x2 - 1][1]) if x2 > x1 else ((sa[x1][0],) * 2 if x1 < len(sa) else (len(a),) * 2)
        j1, j2 = (sb[y1][0], sb[y2 - 1][1]) if y2 > y1 else ((sb[y1][0],) * 2 if y1 < len(sb) else (len(b),) * 2)
        if tag == "equal":
            add("=", b[j1:j2], a[i1:i2])
        else:
            diff(i1, i2, j1, j2, True)
    return out


def _line_starts(text: str) -> set[int]:
    """The tokens of ``text`` (as ``_tokens`` cuts it) that open a line."""
    starts, k = set(), 0
    for m in re.finditer(r"\S+", text):
        if k and "\n" in _gap_before(text, m.start()):
            starts.add(k)
        k += len(_tokens(m.group(0)))
    return starts


def _gap_before(text: str, at: int) -> str:
    """The white space right before position ``at`` of ``text``."""
    start = at
    while start and text[start - 1].isspace():
        start -= 1
    return text[start:at]


def _sentence_spans(tokens: list[str], line_starts: set[int]) -> list[tuple[int, int]]:
    """Where each sentence of a text's tokens starts and ends: a line, or
    what ends with a full stop, a question or an exclamation mark before a
    word that opens a sentence (not "e.g., a" nor "e.g. a")."""
    spans, start = [], 0
    for k, token in enumerate(tokens):
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        ends = token in (".", "!", "?") and (not following or following[:1].isupper() or not following[:1].isalnum()
                                              and following not in (".", "!", "?", ",", ";", ":", ")"))
        if ends or k + 1 in line_starts:
            spans.append((start, k + 1))
            start = k + 1
    if start < len(tokens):
        spans.append((start, len(tokens)))
    return spans


def word_diff(old: str, new: str) -> list[tuple[Op, str]]:
    """``word_runs`` as (op, text) pairs."""
    return [(run.op, run.text) for run in word_runs(old, new)]


def whitespace_only(old: str, new: str) -> bool:
    """Whether the texts differ only in spaces (str.split also splits on non-breaking ones)."""
    return old.split() == new.split()
