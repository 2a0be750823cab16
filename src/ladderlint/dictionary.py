"""English words, for the spelling rule and the rules that tell names from words.

The words are pyspellchecker's English dictionary (a well-kept frequency
list that works offline; ladderlint ships a copy, data/english.json), read
on first use and kept for the process. It
is American English: a British spelling ("organisation", "prioritise",
"behaviour", "neighbourhood", "licence", "travelled", "marvellous", "calibre",
"sceptical", "cheque") is a word when
its American form is, and so is an inflection or a prefixed form of a word ("mentoring",
"reprioritised") whose stem is one, made as English spells it: a final "e"
dropped before a vowel ("managing") and kept before a consonant
("management"), a consonant doubled where the dictionary doubles it. A form
the dictionary spells differently ("managment", "assesment", "untill",
"knowledgable"; "thier", "arguement", "truely", "explaination": two letters
swapped or a vowel kept at the joint of a word and its ending) is a
misspelling, not an unlisted word, and so is one it spells with the other
of two rival endings ("superviser" for "supervisor", "accessable" for
"accessible", "basicly" for "basically", "grammer" for "grammar",
"independant" for "independent"), even where the dictionary holds it from
a list it was never seen in use in ("dependancy", "detectible"). So are the words
English coins freely of its words and the dictionary cannot list (verbs
in "-ize" and "-ify": "strategize", "productionise", "cruftification";
words with "super": "supercritical"), but for those one letter from a
listed word ("summerize"). Two words written as one ("webshop"), and a verb written
as one with its adverb to make a noun ("lookups", "rollout"), are English
too, to the spelling rule only: a name is often made so ("Dropbox").

Reading the dictionary costs a few milliseconds, which a one-file check
on a pre-commit hook pays only when a text holds a word that the framework
itself does not explain (bench/stages.py measures it): the words are
looked up by binary search in the sorted text of the dictionary, never
turned into a set of 160,000 strings.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Callable, Iterable, Iterator

from .text import FUNCTION_WORDS, OTHER_LANGUAGES_GRAMMAR, words

# British -> American, as (ending, replacement); each applies where the word
# ends so, or (for the -ise family) with an ending after it.
_BRITISH = (
    ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"),
    ("ising", "izing"), ("iser", "izer"), ("isers", "izers"), ("yse", "yze"), ("ysed", "yzed"),
    ("ysing", "yzing"), ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"),
    ("ourite", "orite"), ("ourites", "orites"), ("ourable", "orable"), ("ourhood", "orhood"),
    ("ourhoods", "orhoods"), ("ouritism", "oritism"), ("ourally", "orally"), ("ourless", "orless"),
    # Centre, fibre, calibre, meagre: "-re" after "t", "b" or "g".
    ("tre", "ter"), ("tres", "ters"), ("bre", "ber"), ("bres", "bers"), ("gre", "ger"), ("gres", "gers"),
    ("ogue", "og"), ("ogues", "ogs"), ("amme", "am"), ("ammes", "ams"),
    ("oeuvre", "euver"), ("oeuvres", "euvers"), ("oeuvring", "euvering"),
    # Defence, licence, offence, pretence: not "expence" or "nonsence".
    ("fence", "fense"), ("cence", "cense"), ("tence", "tense"),
    # Judgement, acknowledgement: the "e" of a soft "dg" kept; not "developement".
    ("dgement", "dgment"), ("dgements", "dgments"),
    # Dreamt: the past in "-t" of a verb that American English inflects with "-ed" (the
    # dictionary holds "learnt", "spelt", "spoilt").
    ("eamt", "eamed"),
)
#: British -> American where the two differ at the start of a word, as
#: (British, American); each applies to the words made of it ("sceptical",
#: "scepticism"; "specialities", "cheques").
_BRITISH_STEMS = (
    ("scep", "skep"), ("paed", "ped"), ("anaes", "anes"), ("haem", "hem"), ("aeroplane", "airplane"),
    ("mould", "mold"), ("smoulder", "smolder"), ("cheque", "check"), ("jewellery", "jewelry"),
    ("aluminium", "aluminum"), ("speciality", "specialty"), ("pyjama", "pajama"), ("draught", "draft"),
    ("plough", "plow"), ("tyre", "tire"), ("storey", "story"), ("kerb", "curb"),
)
#: British doubles the "l" that ends a word before an ending ("travel" ->
#: "travelled"): a respelling only where the word without it ends so.
_BRITISH_LL = (
    ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llers", "lers"), ("llous", "lous"), ("llen", "len"),
)
#: Endings: those that inflect a word (or make a noun of the one who does
#: it: "reviewer"), then those that make another word of it.
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers")
#: These make a noun or an adjective of a word that is used as a verb or a
#: noun ("manage" -> "management", "impact" -> "impactful"): the word they
#: are added to is one the dictionary inflects ("managed"), not a name or
#: a fragment ("jude" + "ment").
_DERIVATIONS = ("ment", "ments", "ness", "able", "ful", "al", "ation", "ations")
_SUFFIXES = _INFLECTIONS + _DERIVATIONS
#: Endings English spells two ways, each word one of them: the one who does
#: something is a "supervisor" but a "manager", a thing "visible" but
#: "manageable", "basically" but "publicly", "similar" and "grammar" but
#: "simpler". A form an ending seems to make ("supervise" + "-er",
#: "gram" + "-er") is a misspelling where the dictionary has seen the word
#: with the other ending and not with this one.
_RIVAL_ENDINGS = (
    ("er", "or"), ("ers", "ors"), ("er", "ar"), ("ers", "ars"), ("able", "ible"), ("ible", "able"), ("icly", "ically"),
    ("ically", "icly"),
    # The endings that sound alike and are spelt two ways, the misspellings
    # most often written ("dependancy", "independant", "existance", "relevency").
    ("ancy", "ency"), ("ency", "ancy"), ("ancies", "encies"), ("encies", "ancies"), ("ance", "ence"),
    ("ence", "ance"), ("ances", "ences"), ("ences", "ances"), ("ant", "ent"), ("ent", "ant"), ("ants", "ents"),
    ("ents", "ants"), ("antly", "ently"), ("ently", "antly"),
)
_RIVAL_ENDED = tuple(ending for ending, _ in _RIVAL_ENDINGS)
#: The rival endings of the one who does something ("supervisor",
#: "manager") and of "grammar". "-er" is English's living ending for the
#: one who does a thing: of any verb it makes a word ("honer", "edger",
#: "frier", "censer"), which the dictionary may hold from a list and
#: seldom see; the word spelt with "-or" or "-ar" is then another word
#: ("honor", "friar", "censor"), not the same one spelt otherwise. So a
#: word the dictionary holds is read as the misspelling of its rival only
#: for the other endings, whose choice is fixed for each word and whose
#: rarer form is the known misspelling ("dependancy", "detectible").
_AGENT_ENDINGS = frozenset({("er", "or"), ("ers", "ors"), ("er", "ar"), ("ers", "ars")})
#: pyspellchecker's list holds a few common misspellings as words, at its
#: least count ("dependancy", "dependance", "detectible"): a word held so,
#: whose other rival ending makes a word seen this many times as often in
#: use, is the misspelling. Fewer times, both are English ("ascendency" and
#: "ascendancy", "propellent", "extendible"; "impassible" and "passible",
#: other words than "impassable" and "passable", are 8 and 9 times rarer).
_MISSPELLING_ODDS = 10
#: Sounds after which a plural is "-es" ("passes", "boxes"), not "-s".
_HISSING = ("s", "x", "z", "ch", "sh")
_PREFIXES = (
    "re", "un", "co", "pre", "non", "sub", "over", "under", "multi", "inter", "mis", "de", "self", "out", "hyper",
    "micro", "meta", "auto",
)
#: Prefixes English joins to a word with a hyphen ("pre-mortems", "co-own",
#: "non-goals", "self-serve"): before a hyphen and another word, a prefix is
#: no word of its own to look up ("pre" is none), whatever the word after it.
_HYPHENATED_PREFIXES = frozenset(_PREFIXES) | {
    "post", "anti", "semi", "mid", "cross", "pro", "ex", "bi", "tri", "counter", "extra", "intra", "macro", "mega",
    "mini", "ultra", "pseudo", "quasi",
}
#: Word formations that coin words freely, which the dictionary cannot
#: list: verbs made of a noun or an adjective ("strategy" -> "strategize",
#: "production" -> "productionize", "token" -> "tokenize"; "cruft" ->
#: "cruftify") and their forms, and words made with "super"
#: ("supercritical", "superpowers").
_VERB_ENDINGS = (
    "ize", "izes", "ized", "izing", "izer", "izers", "ization", "izations",
    "ify", "ifies", "ified", "ifying", "ifier", "ifiers", "ification", "ifications",
)
_COINING_PREFIXES = ("super",)
#: The noun or adjective a verb in "-ize" or "-ify" is made of is this long
#: at least: shorter ones make such verbs of slips ("analize" of "anal").
_SHORTEST_ROOT = 5
#: The adverbs that make a noun of a verb written before them: "lookup",
#: "rollout", "handoff", "teardown", "failover", "walkthrough".
_PARTICLES = ("up", "out", "off", "down", "over", "back", "through", "away", "around")
#: The parts of a word written as two run together ("webshop", "codebase"):
#: a modifier may be short ("web", "bug", "job"), the noun it modifies not.
_SHORTEST_MODIFIER = 3
_SHORTEST_HEAD = 4
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_VOWELS = frozenset("aeiou")
#: How much likelier a slip of the hand (a letter doubled, undoubled, two
#: swapped) is than any other one-letter edit, as a spelling corrector's
#: error model weighs them: about an order of magnitude.
_SLIP_ODDS = 10
#: How many letters the longest word of grammar has.
_LONGEST_FUNCTION_WORD = max(map(len, FUNCTION_WORDS))
#: Words of this many letters the dictionary surely holds: only for a longer
#: one is its longest word looked up (a scan of the whole text).
_SHORTER_HELD = 20
#: A word the dictionary counts at most this many times its least count is
#: rare: hardly seen in use ("bora" 105, "baden" 50; "team" 221,786,
#: "product" 22,703, "procurement" 392).
_RARE_TIMES_LEAST = 4


class Dictionary:
    """The words of a sorted dictionary text, one ``"word": count`` a line."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._least: int | None = None
        self._longest: int | None = None

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
        # A binary search of the text, not a set of its 160,000 words: the set
        # takes 30 MB and pays for its building only past 11,000 look-ups,
        # more than a run of 200 frameworks makes.
        return self._line(word) is not None

    def frequency(self, word: str) -> int:
        line = self._line(word)
        if line is None:
            return 0
        digits = re.search(r"(\d+)", line[len(word) + 2 :])
        return int(digits.group(1)) if digits else 0

    def rare(self, word: str) -> bool:
        """Whether the dictionary holds a (lower-case) word but has hardly
        seen it in use: a count at most a few times its least."""
        count = self.frequency(word)
        return 0 < count <= _RARE_TIMES_LEAST * self._least_count()

    # A run asks about the same words over and over (a track's level titles
    # and competency names are its sibling tracks' too), and each answer
    # takes several searches of the text: each word is worked out once.
    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one dictionary lives as long as the process
    def knows(self, word: str) -> bool:
        """Whether a lower-case word is English: itself, its American
        spelling, or a form of a word made as English makes it (``_stems``),
        where the word an ending of ``_DERIVATIONS`` makes another of is one
        the dictionary inflects. Not a slip of the hand that one of those
        readings happens to explain: a word the dictionary holds with a
        letter doubled or undoubled, or with the "e" before an ending kept
        or dropped ("commiting", "assesment", "untill", "knowledgable"), or
        with the other of two rival endings ("superviser"), or with its
        ending put beside a word English changes before it ("studyed",
        ``regular_form``), or spelt
        otherwise at the joint of a word and its ending (``_joint_slips``:
        "thier", "arguement"); nor a form of a word the dictionary holds only at its least count (from
        a list, never seen in use) where one letter more, less, doubled or
        swapped makes a word it has seen ("issuses": "issus", "issues").
        A prefix is read once, before a word English has ("reassigns",
        "rearchitected"), not before another prefix and what is left
        ("recoginses" is no "re" + "co" + "gins" + "es"); and a word read
        only as a prefix and a word is no word where two letters swapped,
        or one doubled or undoubled, make a word seen in use ("recats":
        "reacts", not "re" + "cats")."""
        return self._reads(word, prefixed=True)

    def _reads(self, word: str, *, prefixed: bool) -> bool:
        """``knows``; without ``prefixed``, no reading of a prefix: the word
        a prefix is read before, which is no prefix and another word."""
        if self.rival_spelling(word) is not None:
            return False
        if self.exact(word):
            return True
        form = self.regular_form(word)
        if form is not None and not slip(word, form):
            # "studyed", "happyer": the "y" of "study" is "i" before an ending. (A doubled
            # consonant is not so told: "modeler" and "modeller" are both English.)
            return False
        unprefixed = _unprefixed(word)
        stems = [(stem, derived) for stem, derived in _stems(word) if prefixed or stem not in unprefixed]
        if self._british(word) or any(self._british(stem) for stem, _ in stems):
            return True
        readings = [stem for stem, derived in stems if self.exact(stem) and (not derived or self._inflected(stem))]
        if not readings and prefixed:
            # A prefix and an ending both ("rearchitected": "architected", a form of "architect").
            readings = [rest for rest in unprefixed if self._reads(rest, prefixed=False)]
        if not readings:
            return self._coined(word)
        if any(self.exact(slipped) for slipped in _slips(word)):
            return False
        least = self._least_count()
        if all(stem in unprefixed for stem in readings) and any(
                self.frequency(swapped) > least for swapped in _swaps(word) | _slips(word)):
            return False  # "recats" is "reacts" with two letters swapped, not "re" + "cats"
        if any(self.frequency(other) > least for other in _joint_slips(word)):
            return False
        if all(self.frequency(stem) <= least for stem in readings):
            own = set(forms(word))
            seen = (c for c in edits(word) if c not in own and (len(c) != len(word) or slip(word, c)) and self.exact(c))
            if any(self.frequency(c) > least for c in seen):
                return False
        return True

    def rival_spelling(self, word: str) -> str | None:
        """The word as the dictionary spells it with the other of two rival
        endings (``_RIVAL_ENDINGS``: "superviser" is "supervisor",
        "accessable" "accessible", "independant" "independent"), where the
        dictionary does not hold the word as written and has seen the other
        in use, or holds the other as a word made of one seen in use
        ("testible": "testable", of "test"); or where it holds the word
        only from a list, at its least count, and has seen the other
        ``_MISSPELLING_ODDS`` times as often ("dependancy": "dependency").
        Not a held word in "-er" (``_AGENT_ENDINGS``: "honer" is no
        "honor"), and never a name: the word meant in "-or" or "-ar" is one
        the dictionary lists a form of ("supervisors", "grammars"), which it
        does not of a name ("edgar", "trevor"). Else None."""
        if not word.endswith(_RIVAL_ENDED):
            return None
        count, least = self.frequency(word), self._least_count()
        if count > least:
            return None
        rivals = [word[: -len(ending)] + rival for ending, rival in _RIVAL_ENDINGS
                  if word.endswith(ending) and len(word) > len(ending) + 2
                  and not ((ending, rival) in _AGENT_ENDINGS
                           and (count or not self._inflected(word[: -len(ending)] + rival)))]
        if count:
            seen = [(self.frequency(r), r) for r in rivals]
            return max((pair for pair in seen if pair[0] >= _MISSPELLING_ODDS * count), default=(0, None))[1]
        seen = [(self.in_use(r), r) for r in rivals]
        return max((pair for pair in seen if pair[0] > least), default=(0, None))[1]

    def regular_form(self, word: str) -> str | None:
        """The form a word takes with an inflection, where it is written as
        the word and the ending put side by side, without the change
        English makes at the joint: a "y" after a consonant turned "i"
        ("companys": "companies", "studyed": "studied", "happyer":
        "happier"), a final "e" dropped ("makeing": "making"), a final
        consonant doubled ("stoping": "stopping", "biger": "bigger"), "-es"
        after a hissing sound ("boxs": "boxes"). Both the word and the form
        are ones the dictionary has seen in use; else None. Two edits, but
        one slip of the rules, likelier than any word one edit away
        ("company") or the space moved into the next word ("companys
        have": not "company shave")."""
        least = self._least_count()
        for ending in _REGULAR_ENDINGS:
            stem = word[: -len(ending)]
            if not word.endswith(ending) or len(stem) < 3 or self.frequency(stem) <= least:
                continue
            for form in _regular_spellings(stem, ending):
                if form != word and self.frequency(form) > least:
                    return form
        return None

    def in_use(self, word: str) -> int:
        """How often the dictionary has seen a (lower-case) word in use; for
        one it holds only from a list, at its least count, that an ending of
        ``_DERIVATIONS`` makes of a word seen in use, how often it has seen
        that word ("maintainable": "maintain", "testable": "test"): a form
        English makes of a common word is common however seldom the list
        met it. 0 for a word it does not hold."""
        count = self.frequency(word)
        if count != self._least_count():
            return count
        made_of = [self.frequency(stem) for stem, derived in _stems(word) if derived]
        return max([count, *made_of])

    def run_together(self, word: str) -> str | None:
        """The two words a lower-case word is, written without the space
        between them, where one is a word of grammar and the other a word
        of three letters or more ("failureswith": "failures with", "alot":
        "a lot", "inthe": "in the"), the other one the dictionary has seen
        in use as written (not "in vesters" for "investers"); None if it is
        not so made. Of several readings, the one whose other word is the
        most used ("aswell": "as well", not "a swell")."""
        least = self._least_count()
        readings: list[tuple[int, str]] = []
        for head, tail in self._with_grammar(word):
            other = tail if head in FUNCTION_WORDS else head
            if len(other) >= 3 and self.frequency(other) > least:
                readings.append((self.frequency(other), f"{head} {tail}"))
        best = max(readings, key=lambda r: r[0], default=None)
        return best[1] if best else None

    def _with_grammar(self, word: str) -> Iterator[tuple[str, str]]:
        """Each way of reading a word as a word of grammar and an English
        word run together, in order of where the second starts."""
        # One of the two is a word of grammar, which is short: only where it can end or start.
        longest = _LONGEST_FUNCTION_WORD
        for i in sorted({*range(1, min(len(word), longest + 1)), *range(max(1, len(word) - longest), len(word))}):
            head, tail = word[:i], word[i:]
            if (head in FUNCTION_WORDS and self.knows(tail)) or (tail in FUNCTION_WORDS and self.knows(head)):
                yield head, tail

    def compound(self, word: str) -> bool:
        """Whether a lower-case word is two words written as one, as English
        makes new nouns ("webshop", "codebase", "hackweeks"): a word the
        dictionary has seen in use (or an engineering term) and a word or a
        form of one, neither of them grammar ("withother" is two words
        run together) and neither too short to be more than a fragment;
        not one letter from a word of the dictionary ("carefull",
        "usefull": a slip, not a compound), nor from a form of a word seen
        in use that the dictionary holds ("maintanable": "maintainable",
        not "main" + "tanable"). Not a reading of ``knows``: a
        name is often made so ("Dropbox"), and the rules that tell names
        from words must not take it for one."""
        if len(word) > 2 * _SHORTER_HELD and len(word) > 2 * self._longest_word():
            return False  # longer than any two words, and each reading below grows with its square
        if self.phrasal_noun(word):
            return True
        if self.rival_spelling(word) is not None:
            return False  # "publically" is "publicly", not "public" + "ally"
        least = self._least_count()
        if any(self._with_grammar(word)):
            return False  # a word of grammar run together with the next or the last: "fromother"
        splits = [
            (word[:i], word[i:]) for i in range(_SHORTEST_MODIFIER, len(word) - _SHORTEST_HEAD + 1)
            if word[:i] not in FUNCTION_WORDS and word[i:] not in FUNCTION_WORDS
        ]
        if not any(
            (self.frequency(head) > least or engineering_term(head))
            and (self.knows(rest) or engineering_term(rest)) for head, rest in splits
        ):
            return False
        # Not one edit from a word seen in use, nor from a form of one the
        # list holds ("maintanable" is no "main" + "tanable": "maintainable").
        return not any(self.in_use(c) > least for c in edits(word) | moved_doubles(word))

    def phrasal_noun(self, word: str) -> bool:
        """Whether a lower-case word is a noun English makes of a verb and
        the adverb after it, or its plural: "lookup", "rollups",
        "shoutouts", "spinup", "teardown", "walkthroughs" (a verb of three
        letters or more and one of ``_PARTICLES``). Not a word of grammar
        run together with a noun ("fromother", "failureswith"), nor "in" or
        "on" after a verb ("workon" is "work on" with its space lost)."""
        for form in (word, word[:-1]) if word.endswith("s") and not word.endswith("ss") else (word,):
            for particle in _PARTICLES:
                head = form[: -len(particle)]
                if form.endswith(particle) and len(head) >= 3 and self.verb(head):
                    return True
        return False

    def verb(self, word: str) -> bool:
        """Whether a lower-case word is a verb in its base form, as far as
        the dictionary tells: it holds the word and its form in "-ing",
        made as English makes it ("take": "taking", "plan": "planning",
        "tie": "tying"); not "takes" or "talked"."""
        if not self.exact(word) or len(word) < 2:
            return False
        return any(self.exact(form) for form in _ing_forms(word))

    def noun(self, word: str) -> bool:
        """Whether a lower-case word is a noun, as far as the dictionary
        tells: it holds the word's possessive ("crunch's", "test's",
        "review's"), as it does for nouns and names only (not "provide's",
        "improve's", "write's")."""
        return self.exact(f"{word}'s")

    def adjective(self, word: str) -> bool:
        """Whether a lower-case word is an adjective, as far as the
        dictionary tells: it holds an adverb made of it in "-ly" ("clear":
        "clearly", "simple": "simply", "busy": "busily", "open": "openly"),
        or the word is a comparative whose superlative it holds ("further":
        "furthest", "lower": "lowest"). Not "ensure", "look" or "manage"."""
        adverbs = [word + "ly"]
        if word.endswith("le"):
            adverbs.append(word[:-1] + "y")
        elif word.endswith("y"):
            adverbs.append(word[:-1] + "ily")
        if word.endswith("er") and len(word) > 4:
            adverbs.append(word[:-2] + "est")  # the superlative of a comparative
        return any(self.exact(form) for form in adverbs)

    def adverb_of_adjective(self, word: str) -> bool:
        """Whether a lower-case word in "-ly" is an adverb made of an
        adjective that is compared ("clearly": "clearest", "quickly",
        "simply": "simplest", "easily": "easiest"), as far as the
        dictionary tells: it holds the adjective's superlative, in common
        use. Not an adjective made of a noun ("weekly", "early",
        "friendly", "costly": no "weekest"), nor a rare superlative
        ("likely": "likest")."""
        if not word.endswith("ly") or len(word) < 5:
            return False
        stem = word[:-2]
        # 'clear-est', 'close-st', 'eas(y)-iest', 'simpl(e)-est'
        superlatives = [stem + "est", stem + "st" if stem.endswith("e") else None,
                        stem[:-1] + "iest" if stem.endswith("i") else None,
                        word[:-1] + "est" if word.endswith(("bly", "ply", "tly", "dly", "kly", "gly")) else None]
        return any(form is not None and self.exact(form) and not self.rare(form) for form in superlatives)

    def mostly_verb(self, word: str) -> bool:
        """Whether a lower-case verb in its base form is seen in use as a
        verb about as much as anything else, as far as counts tell: its
        form in "-ing" is seen at least a sixth as often as the word itself
        ("build", "translate", "deliver"; not "key", "mature", "evidence",
        "clear", "project", "point", whose "-ing" forms are rare beside
        them: mostly nouns or adjectives)."""
        if not self.verb(word):
            return False
        return 6 * max(self.frequency(form) for form in _ing_forms(word)) >= self.frequency(word)

    def _coined(self, word: str) -> bool:
        """Whether the word (or its American spelling) is one of the words
        English coins freely (``_VERB_ENDINGS``, ``_COINING_PREFIXES``),
        made of a word the dictionary has seen in use, and no word of the
        dictionary that keeps the coining's prefix or ending is one letter
        from it: not a slip of another word ("summerize" of "summarize",
        "supercede" of "supersede"). A word one letter off in the ending
        itself is another word, not what was meant ("productize" is no
        slip of "productive")."""
        least = self._least_count()
        if self._role_noun(word, least):
            return True
        for spelling in (word, *_american(word)):
            coining = self._coined_of_a_word(spelling, least)
            if coining is not None:
                prefix, ending = coining
                near = (c for c in edits(spelling) if c.startswith(prefix) and c.endswith(ending))
                return not any(self.frequency(c) > least for c in near)
        return False

    def _role_noun(self, word: str, least: int) -> bool:
        """Whether the word names the one a verb is done to, or the partner
        of one who does it, with "-ee" (or its plural): "sponsee" of the
        sponsor, "onboardee" of "onboard", "mentee" of the mentor, as
        "trainee" and "interviewee" are made. The word before "-ee" (with an
        "e" it lost: "advisee") is a verb the dictionary has seen in use or
        a term of the trade, or takes "-or" or "-er" to name the other one;
        and no word seen in use that ends so is one edit away ("comitee"
        is "committee")."""
        noun = word[:-1] if word.endswith("ees") else word
        stem = noun[:-2]
        if not noun.endswith("ee") or len(stem) < 4 or stem.endswith("e"):
            return False
        stems = (stem, stem + "e")
        if not any(self.verb(s) and self.frequency(s) > least or engineering_term(s) for s in stems) \
                and not any(self.frequency(stem + ending) > least for ending in ("or", "er")):
            return False
        return not any(c.endswith("ee") and self.frequency(c) > least for c in edits(noun))

    def _coined_of_a_word(self, word: str, least: int) -> tuple[str, str] | None:
        """The prefix and the ending that coin the word of a word the
        dictionary has seen in use (one of them empty), or None."""
        for prefix in _COINING_PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 4 and self.knows(rest):
                return prefix, ""
        for ending in _VERB_ENDINGS:
            root = word[: -len(ending)]
            if word.endswith(ending) and len(root) >= _SHORTEST_ROOT - 1:
                # The root as written, or without the "y" or "e" the ending took ("strategy"):
                # a word seen in use, or a term of the trade ("cruft").
                roots = [r for r in (root, root + "y", root + "e") if len(r) >= _SHORTEST_ROOT]
                if any(self.frequency(r) > least or engineering_term(r) for r in roots):
                    return "", ending
        return None

    def _british(self, word: str) -> bool:
        """Whether the word is a British spelling of a word of the dictionary."""
        if any(self.exact(american) for american in _american(word)):
            return True
        # "travelled": "traveled", where "travel" is a word ("compilled" is no "compiled");
        # "marvellous", "woollen" as well.
        return any(word.endswith(ending) and len(word) > len(ending) + 1 and self.exact(word[: -len(ending)] + american)
                   and self.exact(word[: -len(ending)] + "l") for ending, american in _BRITISH_LL)

    def _inflected(self, word: str) -> bool:
        """Whether the dictionary lists an inflection of the word ("manage":
        "managed"), or the word is a form of another ("deliverable"): a word
        used as a verb or a noun, not a name or a fragment."""
        endings = [word + ending for ending in _INFLECTIONS]
        if word.endswith("e"):
            endings.append(word[:-1] + "ing")
        if word.endswith("y"):
            endings += [word[:-1] + "ies", word[:-1] + "ied"]
        if len(word) > 2 and word[-1] not in _VOWELS and word[-2] in _VOWELS:
            endings += [word + word[-1] + "ed", word + word[-1] + "ing"]
        return any(self.exact(form) for form in endings) or any(self.exact(stem) for stem, _ in _stems(word))

    def _least_count(self) -> int:
        """The least count of the dictionary: that of the words it takes
        from a word list without having seen them in use."""
        if self._least is None:
            # Most words have the least count: the least of the first lines,
            # checked by one search for a smaller count, takes a quarter of the
            # time reading all 160,000 counts does.
            sample = re.findall(r'": (\d+)', self._text[:20_000])
            least = min(map(int, sample), default=None)
            if least is None or re.search(_less_than(least), self._text):
                least = min(map(int, re.findall(r'": (\d+)', self._text)), default=0)
            self._least = least
        return self._least

    def _longest_word(self) -> int:
        """How many letters the dictionary's longest word has."""
        if self._longest is None:
            self._longest = max(map(len, re.findall(r'^"([^"]*)"', self._text, re.MULTILINE)), default=0)
        return self._longest

    def suggestion(self, word: str) -> str | None:
        """The likeliest word one edit away (a letter added, dropped, changed,
        or two swapped), or None: the most frequent, where a letter doubled,
        undoubled or two swapped (the slips hands make most) counts as
        ``_SLIP_ODDS`` times as likely as another edit ("suceed" is
        "succeed", not the more frequent "sucked"; "persue" is still
        "pursue", not "peruse"), but for a swap of the first two letters:
        a word's first letter is the one a hand least often gets wrong
        ("erly" is "early", not "rely"; "hte" is still "the", the more
        frequent). A word spelt with the wrong one of two
        rival endings is the word with the other ("basicly": "basically"),
        and a form spelt without the change English makes where a word
        takes its ending is the form as English spells it ("companys":
        "companies", ``regular_form``). Where no word the dictionary lists
        is one edit away, a British spelling of one it lists may be
        ("recoginses": "recognises", "priortises": "prioritises")."""
        rival = self.rival_spelling(word) or self.regular_form(word)
        if rival is not None:
            return rival
        if len(word) > _SHORTER_HELD and len(word) - 1 > self._longest_word():
            # No word one edit away can be in the dictionary, and the edits of
            # a long run of letters (a pasted hash, text that lost its spaces)
            # grow with the square of its length.
            return None
        near = edits(word)
        candidates = {c for c in near if self.exact(c)}
        frequency: Callable[[str], int] = self.frequency
        if not candidates:
            # A word spelt as British English spells it, whose American spelling the
            # dictionary lists ("recoginses": "recognises"), as often as that one.
            british = {c: max(map(self.frequency, _american(c))) for c in near
                       if c.endswith(_BRITISH_ENDINGS) or c.startswith(_BRITISH_STARTS)}
            candidates = {c for c, count in british.items() if count}
            frequency = british.__getitem__
        if not candidates:
            # The double on the wrong letter ("begginer": "beginner"), two edits that are one slip.
            moved = [c for c in moved_doubles(word) if self.exact(c)]
            return max(sorted(moved), key=self.frequency, default=None)
        return max(sorted(candidates), key=lambda c: frequency(c) * (_SLIP_ODDS if _likely_slip(word, c) else 1))


def forms(word: str) -> list[str]:
    """The forms a word may be listed under: itself, its American spelling,
    the words it may be a form of (``_stems``), and their American forms."""
    out = [word, *_american(word)]
    out += [word[: -len(ending)] + american for ending, american in _BRITISH_LL if word.endswith(ending)]
    for stem, _ in _stems(word):
        out += [stem, *_american(stem)]
    return list(dict.fromkeys(out))


#: The British endings and starts: most words have none, which one call tells.
_BRITISH_ENDINGS = tuple(ending for ending, _ in _BRITISH)
_BRITISH_STARTS = tuple(british for british, _ in _BRITISH_STEMS)


def _american(word: str) -> list[str]:
    found = [word[: -len(ending)] + american for ending, american in _BRITISH
             if word.endswith(ending) and len(word) > len(ending) + 1] if word.endswith(_BRITISH_ENDINGS) else []
    if word.startswith(_BRITISH_STARTS):
        found += [american + word[len(british) :] for british, american in _BRITISH_STEMS if word.startswith(british)]
    return found


def american(word: str) -> str:
    """A lower-case word with a British ending spelt as American spells it
    ("organise" -> "organize", "behaviours" -> "behaviors", "centre" ->
    "center"), unchecked: for telling whether two texts use one word, where
    both are read so. Other words as they are."""
    return next(iter(_american(word)), word)


def _stems(word: str) -> list[tuple[str, bool]]:
    """The words this one may be a form of, made as English spells forms,
    each with whether an ending of ``_DERIVATIONS`` made it. Before an
    ending that starts with a vowel a final "e" drops ("managing", but
    "agreeing", "manageable"), a consonant may double ("planning") and a
    "y" turns "i" ("applied"); before one that starts with a consonant the
    "e" stays ("management") and a "y" after a consonant turns "i"
    ("happiness", "abilities"); "-es" follows a hissing sound or an "o"
    ("passes", "heroes"), "-s" any other."""
    out: list[tuple[str, bool]] = []
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        if suffix[0] not in _VOWELS and stem[-1] == "y" and stem[-2] not in _VOWELS:
            continue  # "abilitys", "flakyness": the "y" is "i" ("abilities", "flakiness")
        if suffix == "s":
            found = [] if stem.endswith(_HISSING) else [stem]
        elif suffix == "es":
            found = [stem] if stem.endswith(_HISSING + ("o",)) else [stem[:-1] + "y"] if stem[-1] == "i" else []
        elif suffix == "d":
            found = [stem] if stem[-1] == "e" else []
        elif suffix[0] in _VOWELS:
            # A final "e" stays before "-able" ("manageable", "likeable") and
            # after a vowel ("agreeing"), but not before another "e" ("agreeed").
            kept = stem[-1] != "e" or suffix == "able" or stem[-2] in _VOWELS and suffix[0] != "e"
            found = [stem] if kept else []
            if stem[-1] != "e":
                found.append(stem + "e")
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
                found.append(stem[:-1])
            if stem[-1] == "i" and suffix != "ing":
                found.append(stem[:-1] + "y")
        else:
            found = [stem, stem[:-1] + "y"] if stem[-1] == "i" else [stem]
        out += [(f, suffix in _DERIVATIONS) for f in found]
    for ending, base in (("ability", "able"), ("ibility", "ible"), ("abilities", "able")):
        if word.endswith(ending):
            out.append((word[: -len(ending)] + base, False))
    out += [(rest, False) for rest in _unprefixed(word)]
    return out


def _unprefixed(word: str) -> list[str]:
    """The word without a prefix of ``_PREFIXES`` ("rearchitect": "architect"),
    where four letters or more are left."""
    return [word[len(prefix) :] for prefix in _PREFIXES if word.startswith(prefix) and len(word) - len(prefix) >= 4]


def _swaps(word: str) -> set[str]:
    """What the word would be with two letters next to each other swapped."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} - {word}


def _slips(word: str) -> set[str]:
    """What the word would be with a letter (but the last) doubled, a
    doubled one undoubled, or the "e" before an ending that starts with a
    vowel kept or dropped: the slips that turn a listed word into one a
    form seems to explain ("committing" -> "commiting", "assessment" ->
    "assesment", "until" -> "untill", "knowledgeable" -> "knowledgable")."""
    out = {word[:i] + word[i] + word[i:] for i in range(len(word) - 1)}
    out |= {word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1]}
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and suffix[0] in _VOWELS:
            out.add(stem[:-1] + suffix if stem[-1] == "e" else stem + "e" + suffix)
    out.discard(word)
    return out


#: Endings that make another word, before which a vowel of the word they
#: are added to may drop ("argue" -> "argument", "true" -> "truly",
#: "explain" -> "explanation"): not an inflection ("composting" is no slip
#: of "compositing", nor "barber" of "barbier").
_VOWEL_DROPPING = ("ly", *_DERIVATIONS)


def _joint_slips(word: str) -> set[str]:
    """What the word would be spelt as the dictionary may spell it at the
    joint of a word and its ending, where the writer spelt the word it
    seems made of: the two letters at the joint swapped ("thier": "their",
    which no ending makes of "thy"), or a vowel kept that the dictionary
    drops ("arguement": "argument", "truely": "truly", "explaination":
    "explanation"). Only endings of two letters or more, and words the
    ending leaves three letters of: "monos" is no slip of "mons"."""
    out: set[str] = set()
    for suffix in _SUFFIXES:
        base = word[: -len(suffix)]
        if len(suffix) < 2 or not word.endswith(suffix) or len(base) < 3:
            continue
        out.add(base[:-1] + suffix[0] + base[-1] + suffix[1:])
        if suffix in _VOWEL_DROPPING:
            out |= {base[:i] + base[i + 1 :] + suffix for i in (len(base) - 2, len(base) - 1) if base[i] in _VOWELS}
    out.discard(word)
    return out


def moved_doubles(word: str) -> set[str]:
    """What the word would be with its double letter written single and
    another consonant doubled instead ("begginer": "beginner", "reffered":
    "referred"): one slip of the hand, though two edits."""
    out: set[str] = set()
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            continue
        single = word[:i] + word[i + 1 :]
        out |= {single[:j] + single[j] + single[j:] for j in range(len(single))
                if single[j] not in _VOWELS and j != i and single[j : j + 1] != single[j + 1 : j + 2]}
    out.discard(word)
    return out


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


def dropped_letter(word: str, candidate: str) -> bool:
    """Whether ``word`` is ``candidate`` with one letter left out
    ("experimentaion", "mentorshp": "experimentation", "mentorship")."""
    return len(candidate) == len(word) + 1 and any(
        candidate[:i] + candidate[i + 1 :] == word for i in range(len(candidate)))


def _likely_slip(word: str, candidate: str) -> bool:
    """Whether ``candidate`` is ``word`` with one of the slips hands make
    most (``slip``) that keeps its first letter where it is: a letter
    doubled or undoubled anywhere, two swapped after the first."""
    return slip(word, candidate) and word[:1] == candidate[:1]


def edit_distance(a: str, b: str) -> int:
    """How many edits make one word of the other: a letter put in, left
    out or changed, or two letters next to each other swapped (the
    Damerau-Levenshtein distance, each transposition once)."""
    previous, current = list(range(len(b) + 1)), [0] * (len(b) + 1)
    before: list[int] = []
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, previous = previous, current
    return previous[len(b)]


#: The most edits between a misspelt word and the word meant (``misspelling_of``): "modifie" is "modify".
_MOST_EDITS = 2
#: The fewest letters of a word read as misspelt by more than one edit: shorter ones are other words.
_SHORTEST_MISSPELT = 5


def misspelling_of(word: str, meant: str) -> bool:
    """Whether a lower-case word no dictionary knows is ``meant`` misspelt:
    a word the dictionary knows, with the same first letter, at most two
    edits away ("modifie": "modify", "identifie": "identify"), and nearer
    it than any other word but its own forms ("modified", "modifies" are
    one edit away). A word the dictionary knows is no misspelling
    ("notify" is not "modify"), nor one nearer another word ("applie" is
    as near "apple" as "applied")."""
    if len(word) < _SHORTEST_MISSPELT or len(meant) < _SHORTEST_MISSPELT - 1 or word[:1] != meant[:1] \
            or not word.isalpha() or not meant.isalpha():
        return False
    dictionary = english()
    if dictionary.knows(word) or engineering_term(word) or not dictionary.knows(meant):
        return False
    distance = edit_distance(word, meant)
    if not 0 < distance <= _MOST_EDITS:
        return False
    kin = set(forms(meant))
    return distance == 1 or all(meant in forms(near) or kin & set(forms(near))
                                for near in edits(word) if dictionary.exact(near))


def hyphenated_prefix(word: str) -> bool:
    """Whether a lower-case word is a prefix English joins to a word with a
    hyphen ("pre" of "pre-mortems", "non" of "non-goals")."""
    return word in _HYPHENATED_PREFIXES


def edits(word: str) -> set[str]:
    """Every string one edit away from ``word`` (as Norvig's spelling corrector)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    changes = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + changes + inserts) - {word}


@functools.lru_cache(maxsize=1)  # read once per process: a list that ships with ladderlint
def engineering_words() -> frozenset[str]:
    """The built-in list of engineering terms (data/engineering-words.txt):
    words of software engineering and of career frameworks that the
    English dictionary lacks ("onboarding", "kanban", "github")."""
    return frozenset(term.lower() for term in _engineering_list())


@functools.lru_cache(maxsize=1)
def _engineering_list() -> tuple[str, ...]:
    return _data_list("engineering-words.txt")


@functools.lru_cache(maxsize=1)
def _trade_name_list() -> tuple[str, ...]:
    return _data_list("trade-names.txt")


def _data_list(name: str) -> tuple[str, ...]:
    """The entries of a list of data/, one a line, comments left out."""
    path = os.path.join(os.path.dirname(__file__), "data", name)
    with open(path, encoding="utf-8") as handle:
        return tuple(line.strip() for line in handle if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def loanwords() -> frozenset[str]:
    """Words of other languages that English as written in New Zealand,
    Australia and Canada uses as its own and the dictionary lacks
    (data/loanwords.txt: "kia", "reo", "iwi", "joie", "vivre")."""
    return frozenset(_data_list("loanwords.txt"))


@functools.lru_cache(maxsize=1)  # read on the first word no smaller list explains
def _software_terms() -> tuple[frozenset[str], frozenset[str]]:
    """The names and terms of data/software-terms.txt (from cspell's
    dictionaries): those that are no typo of an everyday word, and those
    one edit from one (written "~vite": "vote")."""
    entries = _data_list("software-terms.txt")
    return (frozenset(e for e in entries if not e.startswith("~")),
            frozenset(e[1:] for e in entries if e.startswith("~")))


def software_term(word: str) -> bool:
    """Whether a lower-case word names a tool, a service, a library or a
    company, or is a term of software ("pydantic", "kinesis", "pubsub"),
    as cspell's dictionaries list them, and is one edit from no everyday
    word."""
    return word in _software_terms()[0]


def software_term_near_a_word(word: str) -> bool:
    """Whether a lower-case word is such a name or term, one edit from an
    everyday word ("vite": "vote", "aws": "was", "iam": "aim"): a name
    beside other names of the trade, a typo elsewhere."""
    return word in _software_terms()[1]


@functools.lru_cache(maxsize=1)
def trade_names() -> frozenset[str]:
    """The names of the trade that English also has as words
    (data/trade-names.txt: "docker", "terraform", "python"), lower case:
    the dictionary accepts them as words; the spelling rule reads them to
    tell a misspelt name ("Dcoker") from a name of its own."""
    return frozenset(name.lower() for name in _trade_name_list())


@functools.lru_cache(maxsize=1)
def _term_spellings() -> dict[str, str]:
    return {term.lower(): term for term in (*_engineering_list(), *_trade_name_list()) if term != term.lower()}


def term_spelling(word: str) -> str:
    """How a name of the built-in list of engineering terms or of names of
    the trade is written: in its own casing where the list has one
    ("javascript": "JavaScript", "typescript": "TypeScript"), else
    capitalised ("kubernetes": "Kubernetes")."""
    return _term_spellings().get(word, word.capitalize())


def engineering_term(word: str) -> bool:
    """Whether a lower-case word is a built-in engineering term, a form of
    one ("offsites"), or the verb a term is a form of and its other forms
    ("offboard", "offboards" and "offboarded", as "offboarding" is listed);
    but not a form that is an English word seen in use with a consonant
    doubled or undoubled ("comming" is no form of "comms": "coming"; the
    "ee" of "coachees" is the term's)."""
    terms = engineering_words()
    if word in terms:
        return True
    if not _form_of_a_term(word, terms):
        return False
    dictionary = english()
    least = dictionary._least_count()
    return not any(dictionary.frequency(slipped) > least for slipped in _consonant_slips(word))


def _consonant_slips(word: str) -> set[str]:
    """The word with a consonant (but the last letter) doubled, or a doubled one undoubled."""
    out = {word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1] and word[i] not in _VOWELS}
    out |= {word[:i] + word[i] + word[i:] for i in range(len(word) - 1) if word[i] not in _VOWELS}
    out.discard(word)
    return out


def _form_of_a_term(word: str, terms: frozenset[str]) -> bool:
    if any(form in terms for form in forms(word)[1:]):
        return True
    if word + "ing" in terms or word + "ed" in terms:  # "offboard": a verb, as "offboarding" is listed
        return True
    inflected = _inflected_terms()
    return any(stem in inflected for stem in _inflection_stems(word))


@functools.lru_cache(maxsize=1)
def _inflected_terms() -> frozenset[str]:
    """The words the built-in terms are inflections of ("offboard" of
    "offboarding"; "backend" of "backends")."""
    return frozenset(stem for term in engineering_words() for stem in _inflection_stems(term))


def _inflection_stems(word: str) -> list[str]:
    """The words this one may be an inflection of ("offboard" of "offboarded"): no derivation, no prefix."""
    unprefixed = _unprefixed(word)
    return [stem for stem, derived in _stems(word) if not derived and stem not in unprefixed]


#: The inflections whose spelling changes the word they are added to ("companies", "making", "stopping").
_REGULAR_ENDINGS = ("s", "ed", "ing", "er", "est")


def _regular_spellings(stem: str, ending: str) -> list[str]:
    """How English may spell a word with an inflection, where that is not
    the two side by side: "company" + "s" is "companies", "make" +
    "ing" "making", "stop" + "ing" "stopping", "box" + "s" "boxes"."""
    consonant_y = stem[-1] == "y" and stem[-2] not in _VOWELS
    if ending == "s":
        return [stem[:-1] + "ies"] if consonant_y else [stem + "es"] if stem.endswith(_HISSING) else []
    if ending == "ing":
        return [f for f in _ing_forms(stem) if f != stem + ending]
    if consonant_y:
        return [stem[:-1] + "i" + ending]
    if stem[-1] == "e":
        return [stem + ending[1:]]
    if stem[-1] not in _VOWELS and stem[-2] in _VOWELS and stem[-1] not in "wxy":
        return [stem + stem[-1] + ending]
    return []


def _ing_forms(word: str) -> list[str]:
    """The forms in "-ing" a verb may take, made as English makes them
    ("take": "taking", "plan": "planning", "tie": "tying")."""
    endings = [word + "ing"]
    if word.endswith("ie"):
        endings.append(word[:-2] + "ying")
    elif word.endswith("e") and not word.endswith("ee"):
        endings.append(word[:-1] + "ing")
    if len(word) > 2 and word[-1] not in _VOWELS and word[-2] in _VOWELS:
        endings.append(word + word[-1] + "ing")
    return endings


@functools.lru_cache(maxsize=1)  # the one dictionary of the process, read once
def english() -> Dictionary:
    """pyspellchecker's English dictionary."""
    return Dictionary(_dictionary_text())


#: Fewer distinct words written in lower case than this tell nothing of a
#: framework's vocabulary.
_VOCABULARY_SAMPLE = 10
#: At most this many of them are looked up: enough to tell, however long the framework.
_VOCABULARY_LOOKED_UP = 400
#: A framework's words are English when at least this share of them are.
_ENGLISH_SHARE = 0.75


def english_vocabulary(texts: Iterable[str]) -> bool:
    """Whether the words a framework writes in lower case, of four letters
    or more (its running words; not the names of its lists, which are
    capitalised or spelt out: "Python, SQL, Spark, Airflow", nor its short
    words of grammar, which other languages share: "die", "in"), are
    English words, three in four at least of ten different ones or
    more; or too few to tell, as ``text.reads_as_english`` takes a short
    text (a framework of names and ids alone says nothing of its
    language, and English is the language the rules assume). It tells an English framework written in fragments and lists
    of terms ("review code, mentor peers, design systems"), which holds
    few of English's words of grammar (``text.reads_as_english``), from
    one in German, French, Spanish, Dutch or Portuguese, where about one
    word in five is also an English word ("team", "design")."""
    seen: set[str] = set()
    for text in texts:
        for word in words(text, keep_case=True):
            if len(word) >= 4 and word.isalpha() and word.islower():
                seen.add(word)
        if len(seen) >= _VOCABULARY_LOOKED_UP:
            break
    if len(seen) < _VOCABULARY_SAMPLE:
        return True
    dictionary = english()
    known = sum(1 for word in seen if dictionary.knows(word) or engineering_term(word) or software_term(word))
    return known >= _ENGLISH_SHARE * len(seen)


#: Fewer words than this are too few to tell one text's language by.
_FEWEST_TO_TELL = 2


def english_words(tokens: Iterable[str]) -> bool:
    """Whether one text is plainly English by its words (``text.words``),
    as a statement left in English in a framework written in another
    language is ("Mentors junior developers."): two words or more, every
    one of them an English word or a term of the trade, none a word of
    grammar of another language (``text.OTHER_LANGUAGES_GRAMMAR``: "et",
    "pour", "und"), which the dictionary holds as well ("pour", "par"),
    nor written with letters English does not use ("à", "établir").
    Numbers are not read. A text too short to tell is not English: the
    question is asked of a framework written in another language, where a
    text is in that language unless its words say otherwise."""
    parts = [part for token in tokens for part in token.removesuffix("'s").split("-")
             if part and not part.isdigit()]
    if len(parts) < _FEWEST_TO_TELL or any(part in OTHER_LANGUAGES_GRAMMAR for part in parts):
        return False
    if not all(part.isascii() and part.isalpha() for part in parts):
        return False
    dictionary = english()
    return all(dictionary.knows(part) or engineering_term(part) or software_term(part) for part in parts)


def s_stems(word: str) -> list[str]:
    """The words a lower-case word in "-s" may be the "-s" form of, a
    noun's or a verb's: "reviews" of "review", "fixes" of "fixe" or "fix",
    "carries" of "carrie", "carri" or "carry"."""
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return stems


def verb_form(word: str) -> bool:
    """Whether a lower-case word is a form of a verb ("leads", "owned",
    "managing", "lead"), as far as the dictionary tells."""
    dictionary = english()
    return any(dictionary.verb(form) for form in forms(word))


def verb_in_s(word: str) -> bool:
    """Whether a lower-case word in "-s" is a verb's ("reviews", "fixes",
    "carries"), as far as the dictionary tells."""
    dictionary = english()
    return any(dictionary.verb(stem) for stem in s_stems(word))


def _less_than(number: int) -> str:
    """A pattern for a dictionary count below ``number`` (written without
    leading zeros): fewer digits, or as many with a smaller digit where
    the two first differ."""
    digits = str(number)
    shorter = [rf"\d{{1,{len(digits) - 1}}}"] if len(digits) > 1 else []
    same = [digits[:i] + f"[0-{int(d) - 1}]" + rf"\d{{{len(digits) - i - 1}}}"
            for i, d in enumerate(digits) if d != "0" and (i or len(digits) == 1 or d != "1")]
    return r'": (?:' + "|".join(shorter + same) + r")(?!\d)" if shorter or same else r"(?!)"


def _dictionary_text() -> str:
    """The dictionary as sorted lines: pyspellchecker's English list,
    shipped uncompressed in data/english.json (tools/vendor_dictionary.py
    writes it). Reading it takes a sixth of the time decompressing the
    package's own gzipped copy took, which a one-file check paid."""
    path = os.path.join(os.path.dirname(__file__), "data", "english.json")
    with open(path, encoding="utf-8") as handle:
        return handle.read()
