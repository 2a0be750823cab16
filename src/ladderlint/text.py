"""Text as ladderlint reads it, in one place: plain characters, the normal
form of a statement, its words, and text without Markdown markup.

Every part of ladderlint that compares texts (the rules, the importer, the
differ) uses these functions, so "the same statement" and "a word" mean the
same thing everywhere:

- ``too_long_to_read``: a text longer than any prose (``LONGEST_READ``),
  pasted in by mistake, which the wording rules do not read;
- ``plain``: typographic quotes, dashes and no-break spaces made plain
  (and Unicode compatibility forms folded: "ﬁ" is "fi");
- ``normal``: a statement as a reader compares it: case, spacing, quote
  style and final punctuation do not count ("I lead teams:" is "i lead teams");
- ``words``: the words in order, lower-cased unless asked; ``team's`` and
  ``cross-team`` are one word each, and so is ``snake_case``;
  ``name_words`` the same words parted at those joiners and without
  numbers, for a name compared with a list of names ("Focus-areas" is
  "focus areas");
- ``acronym_definitions``: the acronyms a text spells out beside them
  ("trunk-based development (TBD)");
- ``reads_as_english``: whether a framework's words are English, for the
  rules whose judgement holds in English only;
- ``letters_by_script``: how many of a text's letters are of each script
  (Latin, Cyrillic, Kana, Han ...), which ``other_script`` (for ``diff``)
  and ``written_language`` (for the importer) each read by its own rule;
- ``strip_markdown``: emphasis, links, images and escapes removed, keeping
  the words a reader sees;
- ``only_links_differ``: whether two texts differ only in the form of
  their links (a Markdown link, a wiki link, an address, a link written out
  as text, the page's name);
- ``name_key``: only the letters and digits of a name, lower-cased, so
  "Personal growth" and "personal-growth" are one name;
- ``typed_bullet`` and ``curly_quoted``: the bullet a word processor puts
  before a list item, and the curly quotes it puts around a whole text;
- ``split_label``: a text split where the label it opens with ends (its
  first colon, ASCII or full-width, or a spaced dash), for
  ``statement_label`` to read the label a statement opens with
  ("Mentorship - I mentor ...", "Code quality: I write ..."), the name of
  what it is about, ``cjk_label`` one of Chinese, Japanese or Korean words
  ("代码质量：..."), and the importer a competency heading's;
- ``QUOTES`` and ``quotations_around``: what quotes a text, straight or
  curly, double or single;
- ``slug``: the id made of a name, as the importer makes ids and as a
  finding suggests one ('Ünïcode Level' -> 'unicode-level').
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from bisect import bisect_right
from collections import Counter
from functools import cache
from itertools import accumulate
from typing import Callable, Iterable, Iterator, Sequence
from .patterns import lazy

#: The longest text the wording rules read, in characters: about 3,000
#: words, ten times the longest statement and more than the longest
#: description of real frameworks. A longer one is text pasted in by
#: mistake (a page, a log, a file): read word by word by every rule, a
#: million words took a check half a minute. LL508 reports it instead.
LONGEST_READ = 20_000


def too_long_to_read(text: str) -> bool:
    """Whether a text is longer than the wording rules read (``LONGEST_READ``)."""
    return len(text) > LONGEST_READ


# Typographic variants an export or an editor swaps in for the plain ones.
_PLAIN = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'", "\u00a0": " ", "\u2013": "-",
     "\u2014": "-"}
)
#: A word: letters and digits (any script), joined by an inner apostrophe,
#: hyphen or underscore.
_WORD = lazy(r"[^\W_]+(?:['_-][^\W_]+)*")
# The same words in lower-case ASCII text: a third faster to match.
_ASCII_WORD = lazy(r"[a-z0-9]+(?:['_-][a-z0-9]+)*")
# What a name key leaves out: all but letters and digits (str.isalnum).
_NOT_LETTER_OR_DIGIT = lazy(r"[\W_]+")
#: Final punctuation that does not change a statement.
_FINAL = ".;,:!"
#: Words a line does not end on when its sentence is complete: after one
#: ("... and", "... of the", "Engineers who:"), the sentence goes on.
GOES_ON = frozenset(
    "a an the and or but of to in on at by for with from as that which who is are be will can should must".split()
)

#: The forms of "be" and "have" that follow their subject or help another
#: verb ("they are", "is written", "has shipped", "have been"); not "being"
#: and "having", which open a phrase with no subject ("being the owner of").
BE_AND_HAVE = frozenset("am is are was were be been have has had".split())

#: Modal verbs: a verb in its base form follows each ("can lead", "should
#: own"), and a noun phrase never takes one as its noun.
MODALS = frozenset("can could will would shall should may might must".split())

#: Words that say nothing on their own, only grammar: articles, pronouns,
#: prepositions, conjunctions, auxiliaries and quantifiers. A phrase of them
#: repeated ("of the", "and the") is no slip, and two of them run together
#: ("withother") no compound.
FUNCTION_WORDS = BE_AND_HAVE | frozenset(
    """
    a an the and or but nor of to in on at by for from with without into onto over under as than then
    that this these those it its being do does did i me my we our
    us you your he she his her they them their who whom which what when where why how not no so such
    all any each every some more most other others own same just also only very can could may might
    must shall should will would up down out off about across after before between through during
    """.split()
)


# Words English prose cannot do without and other languages written in
# Latin letters do not have ("die", "was", "in", "of" and "is" are words of
# German or Dutch too): about one word in ten of any English framework,
# bullet fragments included, and none of a German, French or Spanish one.
_ENGLISH_GRAMMAR = frozenset("the and to with their they that this who which from your you my".split())
#: Fewer words than this tell nothing of the language they are written in.
_LANGUAGE_SAMPLE = 30
#: A text is English when at least one word in this many is _ENGLISH_GRAMMAR.
_ENGLISH_EVERY = 50


def reads_as_english(word_lists: Iterable[Sequence[str]]) -> bool:
    """Whether lower-case words (``words`` of each text of a framework) are
    English: they are when they hold English's words of grammar ("the",
    "and", "with", "they" ...) at the rate any English prose does, or are
    too few to tell; a framework written in German, French or Spanish holds
    almost none."""
    lists = list(word_lists)
    total = sum(map(len, lists))
    if total < _LANGUAGE_SAMPLE:
        return True
    # English prose reaches the rate within its first few texts: counting
    # stops there rather than reading every word of the framework.
    grammar = 0
    for tokens in lists:
        grammar += sum(map(_ENGLISH_GRAMMAR.__contains__, tokens))
        if grammar * _ENGLISH_EVERY >= total:
            return True
    return False


# Words of grammar of the other languages ladders are written in, none of
# them an English word ("die", "la", "de", "en" are words of several).
_GRAMMAR_OF = {
    "German": frozenset("ich wir sie und oder nicht mit für ein eine einen dem der das des ist sind "
                        "im zu auf bei jeden jede über wird werden auch".split()),
    "French": frozenset("je nous vous le les et ou des du un une par pour avec aux est sont dans sur "
                        "au ne pas".split()),
    "Dutch": frozenset("ik wij jij een het en van voor met niet zijn bij naar ook binnen wordt".split()),
    "Spanish": frozenset("yo el los las y del por para con que es una en un".split()),
    # Not Spanish's words, which Portuguese shares ("que", "para", "por").
    "Portuguese": frozenset("eu nós você seu sua seus suas com não são é um uma em na nas da das dos ao aos às "
                            "pelo pela pelos pelas também".split()),
}
#: The words of grammar of every other language ``other_language`` reads,
#: none of them an English word of grammar ("und", "et", "pour", "con").
OTHER_LANGUAGES_GRAMMAR = frozenset().union(*_GRAMMAR_OF.values())
#: The BCP 47 tag of each language ``other_language`` reads.
LANGUAGE_TAGS = {"German": "de", "French": "fr", "Dutch": "nl", "Spanish": "es", "Portuguese": "pt"}
#: A text reads as another language when it holds this many of that
#: language's words of grammar (two different ones), and none of English's.
_FOREIGN_GRAMMAR = 2
#: Fewer words than this are a label or a list of names, in any language.
_SHORTEST_SENTENCE = 4


def other_language(tokens: Sequence[str]) -> str | None:
    """The language a text reads as, from its lower-case words (``words``),
    when that is not English: by its letters, where most are of another
    script than the Latin one (``other_script``: "Russian", "Greek",
    "Korean", "Cyrillic"), even in a word or two; else by its words, where
    it holds none of English's words of grammar (``_ENGLISH_GRAMMAR``, as
    ``reads_as_english`` reads a framework) and two or more of another
    language's ("und", "das"; "je", "par"): its name ("German"), or
    "another language" where two fit as well. None for an English text or
    one too short to tell."""
    if not all(map(str.isascii, tokens)):
        script = other_script(tokens)
        if script is not None:
            return script
    if len(tokens) < _SHORTEST_SENTENCE or any(map(_ENGLISH_GRAMMAR.__contains__, tokens)):
        return None
    distinct = set(tokens)
    hits = {language: len(distinct & grammar) for language, grammar in _GRAMMAR_OF.items()}
    most = max(hits.values())
    if most < _FOREIGN_GRAMMAR:
        return None
    likeliest = [language for language, n in hits.items() if n == most]
    return likeliest[0] if len(likeliest) == 1 else "another language"


# The scripts ``letters_by_script`` counts letters in, each with the
# language its letters read as: the script's own (Greek, Hebrew, Thai), or
# its name where it is several languages' (Devanagari: Hindi, Marathi,
# Nepali); Latin letters are no other script. Cyrillic and Han are read
# further (``_cyrillic``, Kana beside Han).
_SCRIPTS = {
    "Latin": "", "Cyrillic": "Cyrillic", "Greek": "Greek", "Hebrew": "Hebrew", "Arabic": "Arabic",
    "Hangul": "Korean", "Kana": "Japanese", "Han": "Chinese", "Thai": "Thai",
    "Lao": "Lao", "Khmer": "Khmer", "Myanmar": "Burmese", "Georgian": "Georgian", "Armenian": "Armenian",
    "Devanagari": "Devanagari", "Bengali": "Bengali", "Gurmukhi": "Punjabi", "Gujarati": "Gujarati",
    "Tamil": "Tamil", "Telugu": "Telugu", "Kannada": "Kannada", "Malayalam": "Malayalam", "Sinhala": "Sinhala",
    "Ethiopic": "Amharic", "Syriac": "Syriac", "Thaana": "Dhivehi", "Oriya": "Odia", "Tibetan": "Tibetan",
    "Mongolian": "Mongolian",
}
# A letter's script is the first word of its Unicode name ("CYRILLIC SMALL
# LETTER A"), but for these: Japanese's two kana are one script here, with
# their own marks ("ー", "KATAKANA-HIRAGANA PROLONGED SOUND MARK") and old
# forms; the ideographs ("CJK UNIFIED IDEOGRAPH-4E00", in every block) and
# the marks written with them ("々", "IDEOGRAPHIC ITERATION MARK") are Han.
_SCRIPT_NAMED = {"HIRAGANA": "Kana", "KATAKANA": "Kana", "KATAKANA-HIRAGANA": "Kana", "HENTAIGANA": "Kana",
                 "CJK": "Han", "IDEOGRAPHIC": "Han"}
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ASCII_RUNS = lazy(r"[\x00-\x7f]+")


@cache
def _script_of(letter: str) -> str:
    """The script of a letter that is not ASCII (see ``letters_by_script``)."""
    name = unicodedata.name(letter, "").split(" ")
    # A full-width or half-width form ("HALFWIDTH KATAKANA LETTER A") is of its letter's script.
    word = name[1] if name[0] in ("FULLWIDTH", "HALFWIDTH") and len(name) > 1 else name[0]
    script = _SCRIPT_NAMED.get(word) or word.title()
    return script if script in _SCRIPTS else ""


def letters_by_script(text: str) -> dict[str, int]:
    """How many of a text's letters (``str.isalpha``: not punctuation nor
    marks such as "・" or "゛") are of each script: "Latin" (full-width forms
    too), "Cyrillic", "Greek", "Kana" (Hiragana and Katakana, half-width
    forms and "ー" too), "Han", "Hangul" (syllables and jamo) ... the scripts
    ``other_script`` names; "" for the letters of any other."""
    counts: dict[str, int] = {}
    # Fast on a whole framework: ASCII letters counted in bytes, the rest
    # (a few in English, most in Chinese) one character at a time.
    if not text.isascii():
        for character, n in Counter(_ASCII_RUNS.sub("", text)).items():
            if character.isalpha():
                script = _script_of(character)
                counts[script] = counts.get(script, 0) + n
    ascii_text = text.encode("ascii", "ignore")
    latin = len(ascii_text) - len(ascii_text.translate(None, _ASCII_LETTERS))
    if latin:
        counts["Latin"] = counts.get("Latin", 0) + latin
    return counts


# Cyrillic letters only Russian's alphabet has among Ukrainian's, Belarusian's and
# Bulgarian's ("ы", "э", "ё" are Belarusian's too, which has "і" and "ў" for "и");
# Ukrainian's own ("є", "ї", "ґ", and "і" where none of Russian's is); and
# for a text of neither's own letters ("Решаю задачи, когда нужно"), each
# one's words that are no word of the other nor of Bulgarian.
_RUSSIAN_LETTERS = frozenset("ыэё")
_UKRAINIAN_LETTERS = frozenset("єїґі")
_RUSSIAN_ALPHABET = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_UKRAINIAN_ALPHABET = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’")
_RUSSIAN_WORDS = frozenset("что чтобы это когда если также только который которые которых своей своих своего "
                           "самостоятельно".split())
_UKRAINIAN_WORDS = frozenset("і й що щоб це коли якщо також тільки лише або який які своїх свого самостійно".split())
# Russian's endings no Ukrainian nor Bulgarian word has ("учитывает", "умеет":
# Ukrainian "враховує", Bulgarian "знае"; "ответственность": Ukrainian
# "відповідальність", Bulgarian "отговорност").
_RUSSIAN_ENDINGS = ("ает", "яет", "еет", "ость", "ости", "ется", "ются")


def other_script(tokens: Sequence[str]) -> str | None:
    """The language words (``words``) are written in, by their letters,
    where most are of one script other than the Latin one: Russian or
    Ukrainian where their letters or words tell them apart, else
    "Cyrillic"; Japanese for Han with Kana, Chinese for Han alone; Korean,
    Greek, Hebrew, Thai ... (``_SCRIPTS``). None where most letters are
    Latin (an English text with "μs" or a name in Han in it) or where no
    script has most."""
    counts: dict[str, int] = {}
    for script, n in letters_by_script(" ".join(tokens)).items():
        if script:  # the letters of a script it does not name tell nothing, for or against
            counts[_SCRIPTS[script]] = counts.get(_SCRIPTS[script], 0) + n
    if not counts:
        return None
    total = sum(counts.values())
    if counts.get("Japanese") and counts.get("Chinese"):  # Japanese writes with Han too
        counts["Japanese"] += counts.pop("Chinese")
    language, most = max(counts.items(), key=lambda item: item[1])
    if not language or most * 2 <= total:
        return None
    return _cyrillic(tokens) if language == "Cyrillic" else language


def _cyrillic(tokens: Sequence[str]) -> str:
    """Which language Cyrillic words are, where cheaply told: "Russian" or
    "Ukrainian" by the letters or the words only one of them has; else
    "Cyrillic" (Bulgarian, Serbian, Kazakh ... or too few words to tell)."""
    letters = {character for token in tokens for character in token if character.isalpha() and not character.isascii()}
    distinct = set(tokens)
    if letters <= _RUSSIAN_ALPHABET and (letters & _RUSSIAN_LETTERS or distinct & _RUSSIAN_WORDS
                                         or any(token.endswith(_RUSSIAN_ENDINGS) for token in distinct)):
        return "Russian"
    if letters <= _UKRAINIAN_ALPHABET and (letters & _UKRAINIAN_LETTERS or distinct & _UKRAINIAN_WORDS):
        return "Ukrainian"
    return "Cyrillic"


#: The blocks of the scripts of Chinese, Japanese and Korean, for what finds
#: their text by a regular expression (spacing, links): Hangul's jamo and
#: syllables, the kana, the ideographs in common use. (A text's letters are
#: counted by script by ``letters_by_script``, which knows every block,
#: and agrees with these on their letters.)
#: Cyrillic and Greek letters that look like Latin ones, and the Latin letter each reads as: pasted
#: into an English word ("nоt", "nееd" with Cyrillic letters), they spell the word they look like.
_LATIN_LOOKALIKES = str.maketrans("аеорсухкіјѕһԁԛԝӏѵοανικρυϲı", "aeopcyxkijshdqwlvoavikpuci")


def as_latin(word: str) -> str | None:
    """A word that mixes Latin letters with look-alikes of them, spelt in
    Latin letters only ("nоt" with a Cyrillic "о": "not"), as a reader
    reads it; None for a word of one script, or with other letters."""
    if word.isascii() or not any("a" <= letter <= "z" or "A" <= letter <= "Z" for letter in word):
        return None
    latin = word.translate(_LATIN_LOOKALIKES)
    return latin if latin.isascii() else None


HANGUL = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))
KANA = ((0x3040, 0x30FF),)
HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
#: The letters of Chinese, Japanese and Korean: ideographs, kana, Hangul.
CJK_SCRIPT = HANGUL + KANA + HAN
#: Their punctuation ("、", "。", "「") and full-width forms ("）", "，");
#: the ideographic space (U+3000) is white space, not punctuation.
CJK_PUNCTUATION = ((0x3001, 0x303F), (0xFF01, 0xFFEF))


def in_ranges(ranges: Sequence[tuple[int, int]], character: str) -> bool:
    """Whether ``character`` is in one of ``ranges`` (code point pairs,
    both ends included), such as CJK_SCRIPT."""
    code = ord(character)
    return any(low <= code <= high for low, high in ranges)


def character_class(ranges: Sequence[tuple[int, int]]) -> str:
    """``ranges`` as a regular expression's character class: "[...]"."""
    return "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges) + "]"


#: Japanese writes about one letter in three in Kana; Chinese none.
_KANA_IN_JAPANESE = 0.1


def written_language(texts: Sequence[str]) -> tuple[str, str] | None:
    """The language a framework's ``texts`` are plainly written in, where
    it is not English, as (BCP 47 tag, name): by their letters, where most
    are Hangul (Korean), Han with Kana (Japanese) or Han alone (Chinese);
    else by their words, where they do not read as English
    (``reads_as_english``) and most of the texts that read as another
    language read as the same one (``other_language``). None for English,
    for too little text to tell, and for a language these do not tell."""
    counts = letters_by_script("\n".join(texts))
    letters = sum(counts.values())  # of every script, named or not
    if not letters:
        return None
    # The scripts that name their language, or nearly: Hangul is Korean's;
    # Kana Japanese's, written with Han (a whole framework's: a tenth of its
    # Kana and Han, not a stray kana, as ``other_script`` takes in a
    # sentence); Han alone, Chinese's. (Arabic and Cyrillic letters are
    # several languages': they tell none for a framework's `language`, where
    # a wrong tag is worse than none; ``other_script`` names their script.)
    hangul, kana, han = (counts.get(script, 0) for script in ("Hangul", "Kana", "Han"))
    if hangul * 2 > letters:
        return "ko", "Korean"
    if (kana + han) * 2 > letters:
        return ("ja", "Japanese") if kana >= _KANA_IN_JAPANESE * (kana + han) else ("zh", "Chinese")
    lists = [words(text) for text in texts]
    if reads_as_english(lists):
        return None
    read = [language for language in map(other_language, lists) if language is not None]
    named = [language for language in read if language in LANGUAGE_TAGS]
    if not named:
        return None
    likeliest = max(sorted(set(named)), key=named.count)
    return (LANGUAGE_TAGS[likeliest], likeliest) if named.count(likeliest) * 2 > len(read) else None


# An acronym with the words it stands for in brackets after it, or in
# brackets itself after them: "AMA (Ask Me Anything)", "trunk-based
# development (TBD)". A plural "s" may follow the acronym ("RFCs (...)").
_ACRONYM_THEN_WORDS = lazy(r"\b([A-Z]{2,})s?\s*\(([^()\x00]+)\)")
_BRACKETED_ACRONYM = lazy(r"\(([A-Z]{2,})s?\)")
# The words that spell an acronym: the parts of "trunk-based" count one each.
_SPELLING_WORD = lazy(r"[^\W_]+(?:['’][^\W_]+)*")
# Short words an acronym may leave out: "Request for Comments" (RFC).
_ACRONYM_GLUE = frozenset("a an the as of in on to for and or with at by from vs".split())


def acronym_definitions(
    text: str, *, title_case: bool = False
) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    """The acronyms a text spells out beside them: "AMA (Ask Me Anything)",
    "Ask Me Anything (AMA)", "trunk-based development (TBD)", each as (the
    acronym, where it is, where its words are). The words' initials are the
    acronym, with or without the short words it may leave out ("Request for
    Comments": RFC); with ``title_case``, only words in title case count
    (a name: "Ask Me Anything", not "ask me anything")."""
    found: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    if "(" not in text:
        return found
    for m in _ACRONYM_THEN_WORDS.finditer(text):
        if _spells(list(_SPELLING_WORD.finditer(m.group(2))), m.group(1), title_case):
            found.append((m.group(1), m.span(1), m.span(2)))
    for m in _BRACKETED_ACRONYM.finditer(text):
        acronym = m.group(1)
        # The words right before the bracket, with a few short ones among them.
        before = list(_SPELLING_WORD.finditer(text, max(0, m.start() - 200), m.start()))[-len(acronym) - 3 :]
        if not before or text[before[-1].end() : m.start()].strip():
            continue
        for count in range(len(acronym), len(before) + 1):
            if _spells(before[-count:], acronym, title_case):
                found.append((acronym, m.span(1), (before[-count].start(), before[-1].end())))
                break
    return found


def _spells(spelling: list[re.Match[str]], acronym: str, title_case: bool) -> bool:
    """Whether the words' initials are the acronym (see acronym_definitions)."""
    if not spelling or (title_case and not all(
        w.group()[:1].isupper() or w.group().casefold() in _ACRONYM_GLUE for w in spelling
    )):
        return False
    initials = "".join(w.group()[0] for w in spelling)
    if initials.upper() == acronym:
        return True
    if title_case:
        return "".join(c for c in initials if c.isupper()) == acronym
    return "".join(w.group()[0] for w in spelling if w.group().casefold() not in _ACRONYM_GLUE).upper() == acronym


#: Abbreviations written with a full stop that ends no sentence ("tools,
#: e.g. Terraform"), without their last stop.
STOPPED_ABBREVIATIONS = ("e.g", "i.e", "etc", "vs", "cf", "incl", "excl", "esp", "approx", "viz")
#: Abbreviations written with a full stop before a name, in title case:
#: "St. Albans", "St. Louis". Not "Dr." or "Mr.", which some names of
#: software are written with ("Dr.Jit").
NAME_ABBREVIATIONS = ("St",)
# A sentence's end: '.', '!' or '?', then closing quotes or brackets, not
# the stop of an abbreviation.
_SENTENCE_END = lazy(
    "".join(rf"(?<!\b{re.escape(short)})" for short in STOPPED_ABBREVIATIONS) + r"[.!?][\"'’”)]*$",
    re.IGNORECASE,
)


def ends_a_sentence(text: str) -> bool:
    """Whether ``text`` ends with the end of a sentence ("... ways.", not
    "tools, e.g." nor "... the")."""
    return _SENTENCE_END.search(text.rstrip()) is not None


#: A line ending on a dash set apart from its last word ('Javascript -'): what the dash leads to is below.
_ENDS_ON_A_DASH = lazy(r"\w\s+[-–—]$")
#: Joining words in brackets opening a line ('(AND / OR) You are ...', '(or) leads ...'): the line goes on.
_JOINING_ASIDE = lazy(r"\(\s*(?:and|or|and\s*/\s*or)\s*\)", re.IGNORECASE)


def goes_on_below(line: str, below: str, after: str = "") -> bool:
    """Whether the sentence of ``line`` goes on in the line ``below`` it, as
    a sentence broken over two lines does ("Writes clear code and", then
    "reviews others' changes"), rather than each line saying one thing.
    ``line`` ends no sentence, and it ends on a word no sentence ends on
    ("... and", "... of the"), or on a comma with ``below`` going on in
    lower case (list items that each end in a comma are each one thing),
    or ``below`` goes on in lower case after a line that opens in upper
    case (or with a word that joins: "and", "of"). A line at the margin
    that opens in upper case over a bullet (``after``, the line below it)
    heads that bullet: a label ("Quality"), not the rest of ``line``.
    A line that ends on a dash after a word ("Javascript -", then
    "Intermediate": a label and its value) goes on below, and so does a
    line ``below`` that opens with joining words in brackets ("(AND / OR)
    You are the tech lead"), in whatever case."""
    at_margin = below[:1] not in " \t"
    line, below = line.rstrip(), below.lstrip()
    if not line or not below or ends_a_sentence(line) or line.endswith(";"):
        return False
    if line.endswith(","):
        return below[0].islower()
    if _ENDS_ON_A_DASH.search(line) or _JOINING_ASIDE.match(below):
        return True
    if at_margin and not below[0].islower() and BULLET.match(after):
        return False
    if line.split()[-1].casefold() in GOES_ON:
        return True
    opening = next((ch for ch in line if ch.isalpha()), "")
    return below[0].islower() and (opening.isupper() or below.split()[0].casefold() in GOES_ON)


def plain_in_place(text: str) -> str:
    """Text with typographic quotes, dashes and no-break spaces made plain,
    one character for one, so that each word stays where it was ("aren’t"
    read as "aren't", at the same place)."""
    return text if text.isascii() else text.translate(_PLAIN)


#: Characters that show nothing where a statement is read: joiners and zero-width spaces, the soft hyphen,
#: bidirectional marks, variation selectors and Unicode's tag characters.
_UNSEEN = lazy("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff"
               "\U000e0000-\U000e007f]")
#: A run of text set right to left by an override (U+202E), to its end or the pop (U+202C) that closes it.
_RIGHT_TO_LEFT = lazy("\u202e([^\u202c]*)\u202c?")


def as_seen(text: str) -> str:
    """A text as a reader sees it on screen: a run set right to left by an
    override in the order it shows in (stored ")deriuqer ton(", shown
    "(not required)"), without the characters that show nothing (a
    variation selector or a tag character inside "not"), and marks
    combined over a Latin letter taken off ("n\u0335ot" reads "not").
    Letters that look like Latin ones are ``as_latin``'s to read."""
    if text.isascii():
        return text
    text = _RIGHT_TO_LEFT.sub(lambda found: found.group(1)[::-1], text)
    text = unicodedata.normalize("NFC", _UNSEEN.sub("", text))
    return "".join(ch for k, ch in enumerate(text)
                   if not (unicodedata.combining(ch) and k and text[k - 1].isascii() and text[k - 1].isalpha()))


def plain(text: str) -> str:
    """Text with typographic quotes, dashes and no-break spaces made plain,
    and compatibility characters folded (NFKC)."""
    # Most text is ASCII, where there is nothing to do.
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", text).translate(_PLAIN)


def without_possessive(word: str) -> str:
    """A word without its possessive ending: "team's" is "team"."""
    return word.removesuffix("'s").removesuffix("\u2019s")


def unaccented(text: str) -> str:
    """Text with its letters' accents taken off ('Sênior' is 'Senior',
    'Júnior' 'Junior'), for words compared with words written without them."""
    if text.isascii():
        return text
    parts = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in parts if not unicodedata.combining(ch)))


def normal(text: str) -> str:
    """The normal form of a statement: two statements are the same when
    their normal forms are equal."""
    return " ".join(plain(text).casefold().split()).rstrip(_FINAL).rstrip()


def words(text: str, *, keep_case: bool = False) -> list[str]:
    """The words of a text in order, lower-cased unless ``keep_case``."""
    if not keep_case and text.isascii():
        return _ASCII_WORD.findall(text.lower())
    found = _WORD.findall(plain(text))
    # Each word folded on its own: folding the whole text first would part
    # a word at a combining mark ("İ" folds to "i" and a dot).
    return found if keep_case else [word.casefold() for word in found]


#: What joins a word's parts: the apostrophe, hyphen and underscore ``words`` keeps inside a word.
_INNER_JOINER = lazy(r"['_-]")


def name_words(text: str) -> list[str]:
    """The words of a name as ``words`` gives them, but parted at their
    inner apostrophes, hyphens and underscores, and without its numbers
    ('Focus-areas' is 'focus', 'areas'; '2. Skills' is 'skills'): for a
    name compared with a list of names however its words are joined or
    numbered."""
    return [part for word in words(text) for part in _INNER_JOINER.split(word) if part and not part.isdigit()]


def ascii_words_table(keep: str) -> bytes:
    """A ``bytes.translate`` table that lower-cases A-Z and makes a space of
    every other ASCII character but a-z, 0-9 and those in ``keep``: the
    words of ASCII text are then what ``split()`` gives."""
    parts = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) in keep))
    return bytes.maketrans(
        parts + b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b" " * len(parts) + b"abcdefghijklmnopqrstuvwxyz"
    )


_JOINERS = "'_-"
# For splitting many texts at once: the NUL that parts them is kept.
_ONLY_WORDS = ascii_words_table(_JOINERS + "\0")
# Each ASCII character as "a" (a letter or a digit), "j" (a joiner) or a space.
_SHAPE = bytes(
    ord("a") if chr(c).isascii() and chr(c).isalnum() else ord("j") if chr(c) in _JOINERS else ord(" ")
    for c in range(256)
)
# A joiner that does not join two letters or digits ("'quoted'", "a -- b").
_LOOSE_JOINER = lazy(rb"j(?:(?<!aj)|(?!a))")


def words_of_each(texts: Sequence[str]) -> list[list[str]]:
    """``words(text)`` of each text, split all at once: several times
    faster than one text at a time (which most of the time is spent calling
    a pattern), for the rules that read the words of every text."""
    joined = "\0".join(texts)
    # One translation makes a space of all that is not a word, and the words
    # are what split() gives, unless a joiner stands loose ("'a'", "a--b")
    # or a text goes beyond ASCII: those texts are split one at a time.
    data = joined.encode("ascii", "replace")
    parts = data.translate(_ONLY_WORDS).decode("ascii").split("\0")
    if len(parts) != len(texts):  # a text holds a NUL
        return [words(text) for text in texts]
    out = [part.split() for part in parts]
    redo: set[int] = set()
    shape = data.translate(_SHAPE)
    if _LOOSE_JOINER.search(shape):
        starts = list(accumulate((len(text) + 1 for text in texts), initial=0))
        redo.update(bisect_right(starts, m.start()) - 1 for m in _LOOSE_JOINER.finditer(shape))
    if not joined.isascii():
        redo.update(i for i, text in enumerate(texts) if not text.isascii())
    for i in redo:
        out[i] = words(texts[i])
    return out


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """The words of a text with their places, for a rule that reports where
    a word is: (start, end, word), the word as ``words`` gives it (but for
    a character whose compatibility form parts a word: "½" is "1⁄2")."""
    if text.isascii():
        return [(m.start(), m.end(), m.group()) for m in _ASCII_WORD.finditer(text.lower())]
    # Typographic quotes and dashes are swapped one character for one, so
    # the places hold; compatibility forms ("ﬁ", "…") are folded word by
    # word, as folding the text would move them.
    return [
        (m.start(), m.end(), unicodedata.normalize("NFKC", m.group()).casefold())
        for m in _WORD.finditer(text.translate(_PLAIN))
    ]


def and_list(items: Sequence[str]) -> str:
    """Items as a sentence lists them: "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def in_the_plural(word: str) -> bool:
    """Whether a word in lower case reads as a noun in the plural by its
    ending ("teams", "bugs", "product-areas"): "-s", with three letters or
    more before it, and not "-ss", "-us", "-is" ("business", "status",
    "analysis") nor a possessive ("team's")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "\u2019s"))


def plural(count: int, word: str, many: str | None = None) -> str:
    """A count and its noun, as messages write it: "1 file", "3 files",
    "2 changes of impact" (``many`` for a noun not made plural with -s)."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def shortened_pair(old: str, new: str, limit: int) -> tuple[str, str]:
    """Two versions of a text, each on one line and at most about ``limit``
    characters, cut around their first difference, so that what changed
    shows: a long description with a sentence added after its first
    ``limit`` characters would read the same on both sides if each were cut
    at its start. Each side keeps a few words before the difference (its
    start cut off, "...", where they share more than that) and what follows,
    cut at a word ("...")."""
    old, new = " ".join(old.split()), " ".join(new.split())
    if len(old) <= limit and len(new) <= limit:
        return old, new
    same = 0
    while same < min(len(old), len(new)) and old[same] == new[same]:
        same += 1
    # About a quarter of the room for the words before the difference, from a word's start.
    start = max(0, same - limit // 4) if old != new else 0
    if start:
        space = old.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 else start
    return _window(old, start, limit), _window(new, start, limit)


def _window(text: str, start: int, limit: int) -> str:
    head = "..." if start else ""
    room = limit - len(head)
    if len(text) - start <= room:
        return head + text[start:]
    cut = text.rfind(" ", start, start + room - 2)
    end = cut if cut > start else start + room - 3
    return head + text[start:end].rstrip() + "..."


def name_key(text: str) -> str:
    """A name with only its letters and digits, lower-cased: `Personal growth`,
    `personal-growth` and `Personal Growth ` share one key."""
    return _NOT_LETTER_OR_DIGIT.sub("", text.casefold())


#: Where an opening label ends: its colon, ASCII or full-width ('沟通：...'),
#: or for a reader that takes dashes, a dash with space either side
#: ('Mentorship - I mentor ...'; not the hyphen of 'cross-team').
_LABEL_END = lazy(r"[:：]")
_LABEL_END_OR_DASH = lazy(r"[:：]|(?<=\s)-+(?=\s)")
#: What a label starts with: a letter of any script.
_LETTER = lazy(r"[^\W\d_]")


@dataclass(frozen=True)
class Labelled:
    """A text split where the label it opens with ends ('Code quality: I
    write ...': the label 'Code quality', the mark ':', the rest 'I write
    ...'), as ``split_label`` reads it. What makes it a label is for each
    reader to say: ``statement_label`` (a Latin-script name, by a colon or
    a dash), ``cjk_label`` (Chinese, Japanese or Korean words) and the
    importer's competency headings (a name, then a sentence)."""

    #: From the text's start to the mark, without the space before the mark.
    label: str
    #: The space between the label and the mark ('' in 'Scope: ...').
    before: str
    #: ':' or '：', or a dash ('-', '--').
    mark: str
    #: The space between the mark and the rest.
    after: str
    #: What follows, from its first character that is not a space.
    rest: str

    @property
    def dashed(self) -> bool:
        """Whether a dash ends the label rather than a colon."""
        return self.mark.startswith("-")

    @property
    def spaced(self) -> bool:
        """Whether the colon ends a label as one does in writing: an ASCII
        colon with a space after it ('Scope: ...'; not 'https://...'), or a
        full-width one, which needs none ('沟通：与团队...')."""
        return self.mark == "：" or bool(self.after)


def split_label(text: str, *, dashes: bool = False, longest: int | None = None) -> Labelled | None:
    """``text`` split at the end of the label it opens with: its first colon
    (ASCII or full-width), or with ``dashes``, its first spaced dash where
    that comes first. None where it has none, where what comes before does
    not start with a letter ('10:30 ...'; a text that starts with a space:
    strip it first, where that is to count), is longer than ``longest``
    characters, or where nothing follows ('Scope:' has a label and no
    sentence). A label cannot hold the mark itself: 'Ratio: 3:1' is split
    at its first colon."""
    end = (_LABEL_END_OR_DASH if dashes else _LABEL_END).search(text)
    if end is None:
        return None
    head, tail = text[: end.start()], text[end.end():]
    label, rest = head.rstrip(), tail.lstrip()
    if not _LETTER.match(label) or longest is not None and len(label) > longest or not rest:
        return None
    return Labelled(label, head[len(label):], end.group(), tail[: len(tail) - len(rest)], rest)


#: A label a statement opens with, the name of what it is about, apart from
#: what it says by a spaced dash or a colon: 'Mentorship - I mentor ...',
#: 'Code quality: I write ...', 'Project Leadership – I define ...'. A name
#: of a few words, the first a capital and not a pronoun or an article
#: ('I do two things: ...' says, it names nothing).
_LATIN_LABEL = lazy(r"[A-Z][\w'/&+.]*(?:[ \t]+[\w'/&+.]+){0,4}")
#: Space within a line, as around a statement label's dash, and after its colon.
_IN_LINE = lazy(r"[ \t]+")


def statement_label(text: str) -> tuple[str, str] | None:
    """The label a statement opens with ('Mentorship - I mentor ...'), as
    ``name_key`` has it ('mentorship'), and the rest of its text; None for
    a statement without one. Markdown emphasis ('**Mentorship:** ...') and
    typographic dashes do not count. The colon is ASCII, right after the
    name ('Code quality : ...' is none); the dash spaced on its line."""
    found = split_label(strip_markdown(plain(text)).lstrip(), dashes=True)
    if found is None or found.mark == "：" or not _IN_LINE.fullmatch(found.after) \
            or not (_IN_LINE.fullmatch(found.before) if found.dashed else found.before == "") \
            or not _LATIN_LABEL.fullmatch(found.label):
        return None
    label = found.label
    if label.split()[0].casefold() in FUNCTION_WORDS or not name_key(label) \
            or ". " in label:  # a sentence before the colon, not a name
        return None
    return name_key(label), found.rest


#: A label of Chinese, Japanese or Korean words ("새로운 데이터 과학 기술의
#: 도입: ...", "代码质量：..."): a few words without a sentence's
#: punctuation, ended by an ASCII or full-width colon.
_CJK_LETTER = lazy(character_class(CJK_SCRIPT))
_SENTENCE_PUNCTUATION = lazy(r"[.。!?！？;；\n]")
#: The most characters and words such a label has ("효과적인 작업 관리 및 우선순위 설정").
_CJK_LABEL_CHARACTERS, _CJK_LABEL_WORDS = 40, 8


def cjk_label(text: str) -> str | None:
    """The label of Chinese, Japanese or Korean words a text opens with,
    as written ('代码质量' of '代码质量：...'), where ``statement_label``
    reads none (it reads Latin-script names); None for a text without one.
    Either colon ends it, with or without a space after it; Markdown
    emphasis does not count, as there."""
    found = split_label(strip_markdown(plain(text)).lstrip(), longest=_CJK_LABEL_CHARACTERS)
    if found is None or _SENTENCE_PUNCTUATION.search(found.label) or not _CJK_LETTER.search(found.label) \
            or len(found.label.split()) > _CJK_LABEL_WORDS:
        return None
    return found.label


#: What joins two names into one: 'Agility / Innovation', 'Design & Architecture', 'Strategy and Vision',
#: and, where a text offers a choice, 'Staff Engineer or Engineering Manager'.
_JOINS = lazy(r"\s*(?:/|&|\+|(?P<comma>,)|\band\b|(?P<alternative>\bor\b))\s*", re.IGNORECASE)


def joined_names(name: str, *, alternatives: bool = False, commas: bool = True) -> list[str]:
    """The names a name joins ('Agility / Innovation' joins 'Agility' and
    'Innovation'), or [] for a name that joins none. Whether it is two
    competencies merged is for the names beside it to say. With
    ``alternatives``, 'or' joins names too ('Senior or Staff'); without
    ``commas``, a comma does not (a title's 'Engineer, Backend' is one)."""
    parts: list[str] = []
    start = 0
    for join in _JOINS.finditer(name):
        if join.group("alternative") and not alternatives or join.group("comma") and not commas:
            continue
        parts.append(name[start:join.start()])
        start = join.end()
    parts.append(name[start:])
    parts = [part.strip() for part in parts if part.strip()]
    return parts if len(parts) >= 2 else []


# --- Markdown -------------------------------------------------------------------

_IMAGE = lazy(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = lazy(r"\[([^\]]*)\]\([^)]*\)")
# Emphasis markers: doubled anywhere ("**F****luency**"), single at the edge
# of a word (`_I_`, `*lead*`); an underscore inside a word (`snake_case`)
# stays. An escaped character (`\*`) is the character itself.
_ESCAPE = lazy(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_EMPHASIS_OR_ESCAPE = lazy(_ESCAPE.pattern + r"|\*\*|__|(?<!\w)[*_]+|[*_]+(?!\w)")


def strip_markdown(text: str) -> str:
    """Text without Markdown markup: images dropped, links as their text,
    emphasis and escapes removed ("**F****luency**" is "Fluency")."""
    if not any(ch in text for ch in "*_[]\\"):
        return text
    text = _IMAGE.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    return _EMPHASIS_OR_ESCAPE.sub(lambda m: m.group(1) or "", text)


# A backslash escape (any ASCII punctuation, as CommonMark has it), a code
# span (kept as written: escapes are text inside it), or a character reference.
# One scan from the left: an escaped backtick opens no code span.
_ESCAPE_CODE_OR_REFERENCE = lazy(
    r"\\([!-/:-@\[-`{-~])|((?<!`)(`+)(?!`)[\s\S]*?(?<!`)\3(?!`))"
    r"|(&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
)


#: A statement that starts with a verb in the third person: "Delivers ...",
#: "Owns ...", "They review ...". Not "Business ...", "Focus ...", "Status ...".
THIRD_PERSON_START = lazy(r"^\W*(?:(?:He|She|They)\s+\w+|[A-Z][a-z]+(?<![sui])s)\b")


#: A Markdown heading on a line of its own (an ATX heading, as CommonMark
#: reads it: up to three spaces, not a tab, which starts a block of code;
#: one to six "#", a space, its words, then closing "#"s, which are not
#: its words): its marks, and its words. Made
#: multiline, it finds the headings of a longer text. Whether "# " heads a
#: user's text or counts ("# of incidents") is the reader's to decide:
#: LL510 and the rendered pages take it as a heading only over more text.
MARKDOWN_HEADING = lazy(r"^ {0,3}(#{1,6})[ \t]+(\S[^\n]*?)(?:[ \t]+#+)?[ \t]*$", re.M)
#: A Markdown link (not an image): its text, and its address.
MARKDOWN_LINK = lazy(r"(?<!!)\[(?!!)([^\[\]\n]+)\]\((\S+?)\)")
#: A Markdown reference link ("[the guide][guide]", "[the guide][]"): its
#: text, and the label of a definition that plain text does not have (as
#: Markdown, with no definition, it is text as written).
REFERENCE_LINK = lazy(r"(?<![!\w\]])\[(?!!)([^\[\]\n]+)\]\[([^\[\]\n]*)\]")


# Emphasis the way Markdown reads it: the markers hug the text inside, and
# single markers or "__" do not open or close inside a word, so
# "lifecycle*", "user_id" and "2 * 3" are not emphasis. "**" may (it is how
# "**B****ehaviors**" came about). A name in lower case between "__"
# ("__init__") is Python's, which plain text shows as written: Markdown
# would make it bold, but no one wrote it for that.
STRONG = lazy(
    r"(?<![*\\])\*\*(?=[^\s*])(.+?)(?<=[^\s\\])\*\*(?!\*)"
    r"|(?<![\w\\])__(?![a-z][a-z0-9_]*__(?!\w))(?=[^\s_])(.+?)(?<=[^\s\\])__(?!\w)"
)
EMPHASIS = lazy(
    r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s\\*])\*(?![\w*])"
    r"|(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s\\_])_(?!\w)"
)
STRIKETHROUGH = lazy(r"(?<!~)~~(?=\S)(.+?)(?<=\S)~~(?!~)")
#: A web address written out, or a Markdown link's, whose '_' and '*' are the
#: address's, not emphasis (``emphasis_as_text``).
_UNEMPHASISED_ADDRESS = lazy(r"\b(?:https?://|www\.)\S+|\]\([^()\s]+\)")


#: An HTML comment: "<!-- not yet -->", hidden where the text is shown as Markdown.
HTML_COMMENT = lazy(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def as_asked(text: str) -> str:
    """A text without what it marks as no longer said: words struck through
    ("~~leads design reviews~~", Markdown's mark of a deletion), words
    hidden in an HTML comment ("<!-- independently -->"), and an editor's
    question put after its words, set off by a dash ("Applies unique
    constraints - INDEXES?": a note of what to add, which asks nothing).
    What a reader is asked is what is left."""
    if text.rstrip().endswith("?") and not QUESTION_OPENED.match(text):
        text = _NOTE_AFTER_A_DASH.sub("", text)
    if "~~" not in text and "<!--" not in text:
        return text
    return STRIKETHROUGH.sub(" ", HTML_COMMENT.sub(" ", text))


#: A text that opens as a question does, with an auxiliary or a word of asking: "Do I lead design reviews?",
#: "How do I grow?", "What about views?".
QUESTION_OPENED = lazy(
    r"^\W*(?:do|does|did|can|could|am|is|are|will|would|should|shall|have|has|how|what|when|why|where|who|which)\b",
    re.IGNORECASE)
#: A question after a spaced dash that ends a text, as a reviewer jots one: a word ("- indexes?"), or words
#: in capitals ("... where necessary - INDEXES?", "- WHAT ABOUT VIEWS?"); not words of the sentence asked
#: as a question ("Knows when to escalate - and to whom?").
_NOTE_AFTER_A_DASH = lazy(r"\s+[-\u2013\u2014]+\s+(?:[^\W_]+|[^\W\d_a-z]{2,}(?:[\s,/]+[^\W\d_a-z]{2,}){1,3})\?\s*$")
#: Words that address the person a statement is about (a self-assessment's "Do I ...?", "Can you ...?").
_ADDRESSED = frozenset("i me my mine you your yours they them their he she his her one".split())


def editors_question(text: str) -> bool:
    """Whether a text is only a question that addresses no one on the
    ladder: an editor's or a reviewer's note ("What about views, and
    materialized views?", "Leaving out foreign data wrappers - doesn't
    feel aligned with separation of concerns?", "Should we include
    on-call?"), which asks nothing of anyone. Not a question put to the
    reader, as frameworks written for self-assessment ask theirs ("Do I
    lead design reviews?", "Can you explain the trade-offs?"), nor a text
    with a statement before its question."""
    body = text.strip()
    if not body.endswith("?") or _SENTENCE_BREAK.search(body[:-1]) or not as_asked(body).rstrip().endswith("?"):
        return False  # "Applies unique constraints - INDEXES?": a statement, with a note after it
    return not any(word in _ADDRESSED for word in words(body))


#: Where one sentence ends and another starts inside a text: "Owns it. Why?".
_SENTENCE_BREAK = lazy(r"[.!?]\s+\S")


def emphasis_as_text(text: str) -> str:
    """Markdown's bold, italics and strikethrough as a reader sees them:
    their words without the markers ("**very strong ownership**", "_do_",
    "~~old~~"). What is no emphasis stays: a star in a sum ("5 * 3") or
    after a term ("lifecycle*"), underscores inside a word ("user_id"),
    code in backticks and web addresses."""
    if not any(ch in text for ch in "*_~"):
        return text

    def plain(part: str) -> str:
        for _ in range(3):  # "**_I_**": bold around italics
            before = part
            part = STRONG.sub(lambda m: m.group(1) or m.group(2), part)
            part = EMPHASIS.sub(lambda m: m.group(1) or m.group(2), part)
            part = STRIKETHROUGH.sub(lambda m: m.group(1), part)
            if part == before:
                break
        return part

    def outside_addresses(part: str) -> str:
        out, start = [], 0
        for address in _UNEMPHASISED_ADDRESS.finditer(part):
            out += [plain(part[start : address.start()]), address.group()]
            start = address.end()
        out.append(plain(part[start:]))
        return "".join(out)

    return outside_code(text, outside_addresses)


def links_as_text(text: str) -> str:
    """Markdown links written as plain text: "[principles](https://x)" is
    "principles (https://x)", or "principles: https://x" where the link
    is inside brackets already ("(see our principles: https://x)"); a link
    that shows its own address is the address. A link within the site the
    text was written for ("[the guide](../handbook/guide.md#reviews)",
    "[Leads](#glossary)", "/docs/x") is its words alone, as a wiki's link to
    one of its pages is (``wiki_links_as_text``): the framework's plain
    text is read apart from that site, where a path leads nowhere, and
    the same sentence linked either way reads the same. A web or mail
    address (``_ADDRESS_ELSEWHERE``) is kept: a reader can still go there."""
    if "](" not in text:
        return text
    # Not inside `code`, where a link is the code's own text.
    return outside_code(text, lambda part: MARKDOWN_LINK.sub(_link_as_text, part))


#: A wiki's link to one of its pages: '[[Page]]', '[[Page|label]]' (MediaWiki, Obsidian) or
#: '[[label|Page]]' (GitHub's wiki, Gollum).
WIKI_LINK = lazy(r"\[\[(?P<first>[^\[\]|\n]+)(?:\|(?P<second>[^\[\]\n]*))?\]\]")
#: What only a page's name holds: a path, a section, a file's suffix, words joined by - or _.
_PAGE_NAME = lazy(r"[/#:_]|\.(?:md|wiki|html?)$|^\S+-\S+$")


def wiki_links_as_text(text: str) -> str:
    """Wiki links written as a reader sees them: their label, else the
    page's name ('[[Testing Handbook|the handbook]]' is 'the handbook',
    '[[Code Review]]' is 'Code Review'). Wikis put the label on either side
    of the bar: the label is the side that is no page's name (a path,
    'Page-Name'), else the one that goes on in lower case as the sentence
    does, else the second, as MediaWiki has it."""
    if "[[" not in text:
        return text
    return outside_code(text, lambda part: WIKI_LINK.sub(_wiki_label, part))


def wiki_links_as_links(text: str) -> str:
    """Wiki links written as Markdown's ('[[Expert|Next level]]' is
    '[Next level](Expert)'), where a reader sees the page's name or label:
    a line of them is navigation as a line of Markdown links is."""
    if "[[" not in text:
        return text

    def link(match: re.Match[str]) -> str:
        label = _wiki_label(match)
        first, second = match.group("first").strip(), (match.group("second") or "").strip()
        page = second if second and first == label else first
        return f"[{label}]({page.replace(' ', '%20')})"

    return outside_code(text, lambda part: WIKI_LINK.sub(link, part))


def _wiki_label(match: re.Match[str]) -> str:
    first, second = match.group("first").strip(), (match.group("second") or "").strip()
    if not second:
        page = first.lstrip(":")  # '[[:Category:Engineering]]' links to the category
        return page.split("#")[0].strip() or page.split("#")[-1].strip()
    if _PAGE_NAME.search(second) and not _PAGE_NAME.search(first):
        return first
    if _PAGE_NAME.search(first) and not _PAGE_NAME.search(second):
        return second  # '[[junior-vs-expert|Junior → Expert]]': the page is the one written as a page's name
    if second[:1].isupper() and first[:1].islower():
        return first
    return second


#: A web address written out in a text, without the punctuation after it
#: that ends the sentence or the brackets around it ("(https://x.io/a)."),
#: but with the brackets it holds in pairs, as GitHub links it
#: ("https://en.wikipedia.org/wiki/Bus_factor_(software)").
_URL_BRACKETS = r"\([^\s()<>\[\]]*\)"
WEB_ADDRESS = lazy(rf"(?:https?://|www\.)(?:[^\s()<>\[\]]|{_URL_BRACKETS})*(?:[^\s()<>\[\].,;:!?'\"]|{_URL_BRACKETS})")
#: Where a link points, written out: a web address, or a path to a page or
#: a file ("../background/junior-vs-expert.md", "./guide.html#reviews").
_ADDRESS = lazy(
    WEB_ADDRESS.pattern + r"|(?:\.{1,2}/|/)?(?:[\w.-]+/)*[\w-]+\.(?:md|markdown|html?|pdf|wiki)(?:#[\w-]*)?(?![\w/])"
    r"|\.{1,2}/[^\s()<>\[\]]*[^\s()<>\[\].,;:!?]"
)
#: An address written after the words of a link, as links are written out
#: as text: "Junior → Expert (../junior-vs-expert.md)", "Guide: https://x".
_ADDRESS_AFTER = lazy(r"\s*\(\s*(?P<bracketed>" + _ADDRESS.pattern + r")\s*\)|(?::\s+)?(?P<bare>"
                            + _ADDRESS.pattern + ")")
#: What may stand between the words of a link's text: "Junior → Expert".
_BETWEEN_LABEL_WORDS = lazy(r"[\s\u2190-\u21ff/&\u2013\u2014-]*")
#: A number a page's name opens with, to order the pages: "01-junior-vs-expert".
_PAGE_NUMBER = lazy(r"^\d+[-_. ]+")


def only_links(text: str) -> bool:
    """Whether a text is links and nothing else ('http://x', '[the guide](x)
    https://y'): references, which say nothing of their own."""
    rest = _ADDRESS.sub(" ", MARKDOWN_LINK.sub(" ", text))
    return rest != text and not any(ch.isalnum() for ch in rest)


def only_links_differ(old: str, new: str) -> bool:
    """Whether two texts say the same but for the form of their links: a
    Markdown link ("[Junior → Expert](../junior-vs-expert.md)"), a wiki link
    ("[[junior-vs-expert]]"), a web address, a link written out as text
    ("Junior → Expert (../junior-vs-expert.md)", its words those of the
    page's name), or the page's name alone ("junior-vs-expert"); its words
    or where it points changed, not the words around it."""
    if old == new or not any("[" in text or _ADDRESS.search(text) for text in (old, new)):
        return False
    pages = _page_names(old) | _page_names(new)
    before, after = _around_links(old, pages), _around_links(new, pages)
    return len(before) > 1 and before == after


def _page_names(text: str) -> set[str]:
    """The names of the pages a text links to: "junior-vs-expert" of
    "../boundaries/01-junior-vs-expert.md#scope" and of "[[junior-vs-expert]]"."""
    found = {_page_name(m.group(2)) for m in MARKDOWN_LINK.finditer(text)}
    found |= {_page_name(m.group()) for m in _ADDRESS.finditer(text)}
    for m in WIKI_LINK.finditer(text):
        found |= {_page_name(side) for side in (m.group("first"), m.group("second") or "") if side}
    return {name for name in found if name}


def _page_name(address: str) -> str:
    page = address.split("#")[0].split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    page = re.sub(r"\.\w+$", "", page) if "." in page else page
    return _PAGE_NUMBER.sub("", page).casefold()


def _around_links(text: str, pages: set[str]) -> list[list[str]]:
    """The words of a text between its links (see ``only_links_differ``)."""
    spans = [m.span() for m in MARKDOWN_LINK.finditer(text)] + [m.span() for m in WIKI_LINK.finditer(text)]
    for m in _ADDRESS_AFTER.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        address = m.group("bracketed") or m.group("bare")
        named = set(words(re.sub(r"[^\w]+", " ", address.split("/")[-1])))
        start = m.start()
        for word in reversed(list(_WORD.finditer(text[:start]))):
            if not _BETWEEN_LABEL_WORDS.fullmatch(text[word.end() : start]) or not set(
                    words(word.group().replace("-", " "))) <= named:
                break
            start = word.start()  # a word of the link's text: the page's name says it
        spans.append((start, m.end()))
    for m in _WORD.finditer(text):
        if m.group().casefold() in pages and not any(a <= m.start() < b for a, b in spans):
            spans.append(m.span())  # the page's name, as a link written out may show it
    parts, done = [], 0
    for a, b in sorted(spans):
        if a >= done:
            parts.append(words(text[done:a]))
            done = b
    parts.append(words(text[done:]))
    return parts


def outside_code(text: str, change: Callable[[str], str]) -> str:
    """``text`` with ``change`` made to what is outside its `code` spans."""
    out, start = [], 0
    for span in _CODE_SPAN.finditer(text):
        out += [change(text[start : span.start()]), span.group()]
        start = span.end()
    out.append(change(text[start:]))
    return "".join(out)


# A code span: a run of backticks, its text, and a run as long (CommonMark):
# a shorter run inside is text of the span ("``it`s``").
_CODE_SPAN = lazy(r"(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)")
# A fenced code block, from its fence to the fence that closes it (or the
# end of the text); and an indented one: lines indented by four spaces or a
# tab after a blank line (or at the start of the text).
_FENCED_CODE = lazy(r"^[ \t]*(```|~~~)[^\n]*\n.*?(?:^[ \t]*\1[ \t]*$|\Z)", re.MULTILINE | re.DOTALL)
_INDENTED_CODE = lazy(r"(?:\A|(?<=\n\n))(?:(?: {4}|\t)[^\n]*(?:\n|\Z))+")
# A row of a Markdown table: a line that starts and ends with a pipe.
_TABLE_ROW = lazy(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.MULTILINE)


def backticked(text: str) -> list[tuple[int, int]]:
    """Where a text holds `code` spans (Markdown's, in backticks), as
    (start, end) pairs in order: code the text quotes, whose marks are the
    code's own."""
    return [m.span() for m in _CODE_SPAN.finditer(text)] if "`" in text else []


#: What stands for each character of code in a text blanked (``code_blanked``):
#: a control character, which patterns read as no word, space or mark. Only
#: positions are read back from a blanked text, never its characters, and
#: whether code stood there.
CODE_BLANK = "\x1a"


def code_blanked(text: str) -> str:
    """``text`` with each `code` span blanked out, each of its characters
    by one that is no word, space or mark: a pattern matched against it
    finds no marks of the code's ("`**kwargs` and `**opts`" holds no bold),
    at the text's own positions."""
    return replaced(text, ((start, end, CODE_BLANK * (end - start)) for start, end in backticked(text)))


# A path glob's stars ("**/*.proto", "apps/**/*.kt", "libs/*.swift", "logs/*"):
# a run of stars that is a whole step of a path (before a "/" after another or
# at the start of a word, or after a "/" at the end of one), or that stands
# before a file's extension at the end of a word. Markdown's emphasis hugs
# words, not "/" or ".kt": "**Owner**/Reviewer" and "*.NET*" stay emphasis.
_WORD_START = r"(?<![^\s(\[\"'])"
_WORD_END = r"[,;:!?)\]\"']*\.?(?!\S)"
_GLOB_STARS = lazy(
    rf"(?:(?<=/)|{_WORD_START})\*+(?=/)"
    rf"|(?<=/)\*+(?={_WORD_END})"
    # from a run's first star only: tried at each star of a long run, it was quadratic
    rf"|(?<!\*)\*+(?=(?:\.[a-z0-9]{{1,8}})+{_WORD_END})"
)


def globs_blanked(text: str) -> str:
    """``text`` with the stars of each path glob in it blanked out as
    ``code_blanked`` blanks code: "apps/**/*.kt and libs/*.swift" holds no
    emphasis, and a fix of the text's emphasis leaves the globs as written."""
    if "*" not in text:
        return text
    return replaced(text, ((m.start(), m.end(), CODE_BLANK * (m.end() - m.start())) for m in _GLOB_STARS.finditer(text)))


def replaced(text: str, pieces: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each piece (start, end, replacement), in order and
    none overlapping the next, put in place of text[start:end]."""
    out, at = [], 0
    for start, end, replacement in pieces:
        out += [text[at:start], replacement]
        at = end
    out.append(text[at:])
    return "".join(out)


def within(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether text[start:end] lies wholly inside one of the spans."""
    return any(s <= start and end <= e for s, e in spans)


def code_spans(text: str) -> list[tuple[int, int]]:
    """Where a text holds code, as (start, end) pairs in order: `code`
    spans, fenced code blocks and indented ones (Markdown's), whose spacing
    is the code's."""
    if "`" not in text and "~~~" not in text and "    " not in text and "\t" not in text:
        return []
    spans = [m.span() for m in _FENCED_CODE.finditer(text)] + [m.span() for m in _INDENTED_CODE.finditer(text)]
    spans += backticked(text)
    return sorted(spans)


def table_rows(text: str) -> list[tuple[int, int]]:
    """Where a text holds the rows of a Markdown table ("| Scope | Team |"),
    as (start, end) pairs in order: their padding lines the columns up."""
    return [m.span() for m in _TABLE_ROW.finditer(text)] if "|" in text else []


#: An address that leads somewhere wherever a text is read: one that names
#: its scheme ("https:", "mailto:"; two letters or more, not a drive's
#: "C:"), one of a host ("//host/x"), or a web address without its scheme
#: ("www.x"). Any other (a path, "#section", "?tab=2") is a place of the
#: site the text was written on.
_ADDRESS_ELSEWHERE = lazy(r"^(?:[A-Za-z][A-Za-z0-9+.-]+:|//|www\.)")


def _link_as_text(match: re.Match[str]) -> str:
    label, address = match.group(1), match.group(2)
    if label == address or not _ADDRESS_ELSEWHERE.match(address):
        return label
    # Inside brackets already ("(see our [blog](https://x))"), the address
    # in brackets of its own would nest them: it follows a colon instead.
    before = match.string[: match.start()]
    if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
        return f"{label}: {address}"
    return f"{label} ({address})"


def unescape(text: str) -> str:
    """Markdown backslash escapes and character references resolved
    (``\\*`` is a star, ``&amp;`` an ampersand, ``&#x20;`` a space) outside
    code spans, as renderers of Markdown resolve them; ``&nbsp;`` is a
    plain space."""
    if "\\" not in text and "&" not in text:
        return text
    return _ESCAPE_CODE_OR_REFERENCE.sub(_resolved, text)


def _resolved(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1)
    if match.group(2):
        return match.group(2)
    import html  # lazily: few texts have a reference

    return " " if match.group(4) == "&nbsp;" else html.unescape(match.group(4))


# --- Quotations -----------------------------------------------------------

#: Quotation marks, each opening with its closing: what quotes a text.
QUOTES = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "\u201e": "\u201c"}
#: Marks that are apostrophes too ("team's", "team’s"): one of them opens a
#: quotation only after no letter or digit, and closes one only before none.
_APOSTROPHES = frozenset("'\u2019")


def quotations_around(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The places of the quotation marks that open and close a quotation
    around text[start:end], on one line, for each kind of mark in
    ``QUOTES`` ('writes "cut costs by X%"', "the template '[Number] -
    [Title]'", "‘X%’"). An apostrophe ("the team's [Company]") neither
    opens nor closes one."""
    for opening, closing in QUOTES.items():
        before = _mark_before(text, opening, closing, start)
        if before == -1:
            continue
        after = text.find(closing, end)
        while after != -1 and closing in _APOSTROPHES and after + 1 < len(text) and text[after + 1].isalnum():
            after = text.find(closing, after + 1)
        if after == -1 or "\n" in text[before:after]:
            continue
        yield before, after


def _mark_before(text: str, opening: str, closing: str, start: int) -> int:
    """Where the quotation mark that opens a quotation still open at
    ``start`` is, or -1."""
    if opening == '"':
        before = text.rfind(opening, 0, start)
        # An odd number of marks before it: the mark before the text closes a quotation.
        return -1 if before == -1 or text.count(opening, 0, before) % 2 else before
    before = text.rfind(opening, 0, start)
    while before != -1 and opening in _APOSTROPHES and before and text[before - 1].isalnum():
        before = text.rfind(opening, 0, before)
    if before == -1:
        return -1
    # Closed before the text starts: "‘a’ and [X]".
    closed = text.find(closing, before + 1, start)
    while closed != -1 and closing in _APOSTROPHES and closed + 1 < len(text) and text[closed + 1].isalnum():
        closed = text.find(closing, closed + 1, start)
    return -1 if closed != -1 else before


# -- paragraphs and lists, as people type them in a text ------------------------------


#: The quotation marks a word processor types for " and ', and the German
#: low one (of ``QUOTES``): each opening mark with the closing marks that
#: end it (the low one's, in Switzerland and in some fonts, ”).
CURLY_QUOTES = {**{opening: closing for opening, closing in QUOTES.items() if not opening.isascii()},
                "\u201e": "\u201c\u201d"}


def curly_quoted(text: str) -> tuple[int, int] | None:
    """Where the curly quotation marks are when the whole of ``text`` (but
    white space around it) is one quotation in them ("“I mentor”",
    "‘I own my team’s goals’", as a word processor writes the quotes typed
    around a text): the places of the opening and the closing mark; None
    for any other text ("“Yes” and “no”")."""
    core = text.strip()
    if len(core) < 3 or core[0] not in CURLY_QUOTES or core[-1] not in CURLY_QUOTES[core[0]]:
        return None
    inside = core[1:-1]
    if not inside.strip():
        return None  # quotes around nothing: no text to keep once they are gone
    if any(mark in inside for mark in (core[0] + CURLY_QUOTES[core[0]]).replace("\u2019", "")):
        return None
    # A right single quote between two letters is an apostrophe ("team’s"), else it closes a quotation.
    if any(ch == "\u2019" and not (0 < i < len(inside) - 1 and inside[i - 1].isalnum() and inside[i + 1].isalnum())
           for i, ch in enumerate(inside)):
        return None
    return text.index(core[0]), text.rindex(core[-1])


#: The symbols a word processor bullets a list with, and the ticks people bullet one with by hand
#: ('✔ Owns a metric area'): every reader's one vocabulary of bullet marks.
BULLET_SYMBOLS = "•◦▪‣∙●○■□➢➤▸►✓✔☑"
#: A list item's mark and text: a symbol, a dash, "*", "+" or a number.
BULLET = lazy(rf"^(?P<indent>[ \t]*)(?P<marker>[{BULLET_SYMBOLS}–—*+-]|\d{{1,3}}[.)])[ \t\u00a0]+(?P<text>\S.*)$")


#: The bullets word processors write before a list's items, which YAML
#: reads as text: it takes only "- " to start an item.
_TYPED_BULLET = lazy(r"^[ \t]*([\u2022\u2023\u25e6\u2043\u2013\u2014\u25aa\u25cf\u00b7\u2219\u25cb\u25a0\u2212\u2010])[ \t]+(?=\S)")


def typed_bullet(text: str) -> str | None:
    """The bullet a text starts with as a word processor writes one ("•",
    "–"), followed by a space; None for a text that starts otherwise."""
    found = _TYPED_BULLET.match(text)
    return found.group(1) if found else None


#: A line that is an item of a list: a bullet, or a number, then a space.
_ITEM = lazy(r"^[ \t]*(?:[-*+\u2022\u2023\u25e6\u2043\u2013]|(\d{1,3})[.)])[ \t]+(?=\S)")
_BLANK_LINE = lazy(r"\n[ \t]*\n")


@dataclass(frozen=True)
class TextBlock:
    """A paragraph (one text) or a list (a text per item), as written."""

    texts: list[str]
    is_list: bool = False
    #: The first number of a numbered list, None otherwise.
    start: int | None = None


def text_blocks(text: str) -> list[TextBlock]:
    """A plain text's paragraphs and lists, in order. A paragraph's wrapped
    lines are one text; a list's items are each one, without their bullets
    or numbers (an item's wrapped lines are part of it). Bullets after
    numbers, or numbers after bullets, start another list."""
    blocks: list[TextBlock] = []
    for chunk in _BLANK_LINE.split(text.strip("\n")):
        paragraph: list[str] = []
        #: The list an item's wrapped line goes on; not across a blank line.
        open_list: TextBlock | None = None
        for line in chunk.split("\n"):
            marker = _ITEM.match(line)
            if marker:
                if paragraph:
                    blocks.append(TextBlock([" ".join(paragraph)]))
                    paragraph = []
                number = int(marker.group(1)) if marker.group(1) else None
                item = line[marker.end():].strip()
                last = blocks[-1] if blocks else None
                # Items apart by blank lines are still one list, as in Markdown.
                if last is not None and last.is_list and (number is None) == (last.start is None):
                    last.texts.append(item)
                else:
                    blocks.append(TextBlock([item], True, number))
                open_list = blocks[-1]
            elif open_list is not None and line.strip():
                open_list.texts[-1] += " " + line.strip()  # the item's text, wrapped
            elif line.strip():
                paragraph.append(line.strip())
        if paragraph:
            blocks.append(TextBlock([" ".join(paragraph)]))
    return blocks


# --- ids ---------------------------------------------------------------------


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


#: Letters that NFKD leaves whole (no base letter plus a mark): spelt as
#: their languages write them without the letter ('Chất lượng đầu ra' ->
#: 'chat-luong-dau-ra', not 'chat-luong-au-ra').
_TRANSLITERATED = str.maketrans({
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ẞ": "SS",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
    "ŧ": "t", "Ŧ": "T", "ŀ": "l", "Ŀ": "L", "ĸ": "k", "ŉ": "n", "ŋ": "ng", "Ŋ": "NG", "ƒ": "f", "ſ": "s",
})


#: Hyphens and dashes other than ASCII's ('Mid‑level', a word processor's non-breaking hyphen; 'E3–E5'),
#: which ASCII spelling would drop, joining the words they part.
_DASHES = lazy("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")


def slug(text: str) -> str:
    """A lower-case id ('ML Governance, Ethics & Compliance' ->
    'ml-governance-ethics-and-compliance'; 'Principal+' -> 'principal-plus',
    not Principal's id; 'Mid‑level', with a non-breaking hyphen, ->
    'mid-level'); '' when nothing is left."""
    text = strip_markdown(text).strip()
    prefix = emoji_prefix(text)
    if prefix:
        text = text[len(prefix) :]
    text = ascii_spelling(_DASHES.sub("-", text.replace("&", " and ").replace("+", " plus ")))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def ascii_spelling(text: str) -> str:
    """Text in ASCII letters: accents taken off, letters NFKD leaves whole
    spelt out ('Ünïcode Ø' -> 'Unicode O'), anything else left out ('✓')."""
    return unicodedata.normalize("NFKD", text).translate(_TRANSLITERATED).encode("ascii", "ignore").decode("ascii")
