"""Whether a sentence names a piece of code (an HTML entity, an emoji code,
a template's tag or variable, empty braces) rather than having it left in
by an export or a template: what LL504 (export debris) and LL406
(placeholders) both ask before reporting one."""

from __future__ import annotations

from ..patterns import lazy
from ..text import CODE_BLANK, FUNCTION_WORDS

#: The names of the HTML entities an export leaves ("&nbsp;", "&#8217;").
ENTITIES = (
    "nbsp|amp|lt|gt|quot|apos|ndash|mdash|hellip|lsquo|rsquo|ldquo|rdquo|laquo|raquo|bull|middot|"
    "copy|reg|trade|deg|times|eacute|egrave|agrave|ccedil|uuml|ouml|auml|szlig|#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,6}"
)
#: An emoji code of chat tools and Markdown sites (":tada:", ":white_check_mark:"); its letters are no word.
EMOJI_SHORTCODE = lazy(r"(?<![\w:]):[a-z][a-z0-9_+-]*:(?![\w:])")
#: The word right before a place in a text (searched up to it), which may name what stands there.
WORD_BEFORE = lazy(r"(?<![\w'\u2019-])([A-Za-z]+)[ \t]+\Z")

#: An entity or emoji code, as one of a list: "&amp; and &nbsp;", ":+1: or :eyes:".
_CODE = rf"(?:&(?:{ENTITIES});|{EMOJI_SHORTCODE.pattern})"
_JOIN = r"(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
_CODE_LISTED_BEFORE = lazy(rf"{_CODE}{_JOIN}\Z")
_CODE_LISTED_AFTER = lazy(rf"{_JOIN}{_CODE}")
#: The words after which a sentence names a code: verbs that write or name
#: one ("use &nbsp;", "type &mdash;", "like :+1:"), and nouns that say
#: what it is ("entities &amp; and ...", "the emoji :eyes:"). Not a
#: determiner, "as" or "with" alone: "the &nbsp; design review", "as
#: &nbsp; a lead", "works with &amp; supports" are debris.
_CODE_NAMING_WORDS = frozenset(
    """
    like use uses used using type types typed typing write writes writing
    escape escapes escaped escaping entity entities emoji emojis shortcode shortcodes reaction reactions
    template templates tag tags syntax
    """.split()
)
# Two words that name a code after them: "such as &amp;", and "with" after
# a verb of answering, whose reaction it is ("react with :thumbsup:",
# "replies with :eyes:"; not "celebrates wins with :tada:").
_CODE_PHRASE_BEFORE = lazy(
    r"(?<![\w'\u2019-])(?i:such[ \t]+as|(?:react|repl(?:y|ie)|respond|answer|acknowledg)[a-z]*[ \t]+with)[ \t]+\Z"
)
# A word after a code that says what it is (":eyes: emoji", "&nbsp; entity",
# "{{ .Site.Params }} variables"). Not "values": "the {{ org_name }}
# values" are the organisation's.
_CODE_NOUN_AFTER = lazy(
    r"[ \t]+(?i:entit(?:y|ies)|emojis?|shortcodes?|reactions?|tags?|blocks?|fields?|placeholders?|"
    r"variables?|expressions?)\b"
)
# The template languages and the tools written in one: a sentence that
# names one is about their syntax ("writes Helm charts with {{ .Values.image
# }}", "Ansible playbooks with {{ inventory_hostname }}"), which a framework
# built from a template never says of its own blanks.
_TEMPLATE_LANGUAGE = lazy(
    r"\b(?:Helm|Jinja2?|Liquid|Hugo|Jekyll|Ansible|Handlebars|Mustache|Nunjucks|Twig|Django|Go[ \t]+templat\w*|"
    r"(?:text|html)/template)\b"
)
# Words of values that only code has, a few words either side of empty
# braces: the braces are the empty object they speak of ("{} is an empty
# dict", "an empty JSON object {}", "{} instead of null").
_CODE_VALUE_WORDS = frozenset(
    """
    dict dicts hashmap hashmaps json yaml null nil undefined nan falsy truthy python javascript typescript ruby
    f-string f-strings kwargs
    """.split()
)
# Words of values that are ordinary English words too ("format", "slot",
# "argument", "sets", "empty"): near empty braces, they say the braces are
# code only beside another word of values ("empty objects", "a default
# argument", "Python format strings ... slots"), not alone ("Leads {}
# projects in any format", "... and sets goals": a word left out there).
_VALUE_WORDS = frozenset(
    """
    dictionary dictionaries object objects map maps hash hashes set sets literal literals array arrays empty
    none argument arguments parameter parameters format slot slots default
    """.split()
)
# Other code written beside empty braces: a call ("dict()", "str.format()"),
# an empty list, or a `code` span (blanked, as LL504 reads a text), with
# nothing between but spaces, marks and one word of grammar: the braces
# are code as well ("prefers `dict()` over {}", "`x = {}` or {}").
_CODE_BESIDE = lazy(rf"\w\(\)|\[\]|{CODE_BLANK}+|`[^`\n]+`")
# What may stand between them: spaces and marks, and the word of grammar.
_BESIDE_GAP = lazy(r"[\s,;:()\[\]]*(?:([A-Za-z]+)[\s,;:()\[\]]*)?")
# Words right before empty braces that give them as a value: "returns {}",
# "defaults to {}", "is {}", "instead of {}"; or right after, that say what
# they are ("{} is falsy", "{} instead of null").
_VALUE_PHRASE_BEFORE = lazy(
    r"(?i:\b(?:returns?|returned|returning|yields?|equals|outputs?|prints?|is|are|was|instead[ \t]+of|"
    r"rather[ \t]+than|than|(?:defaults?|defaulted|evaluates?|initiali[sz]e[sd]?|set|resets?)[ \t]+to)[ \t]+)\Z"
)
_VALUE_PHRASE_AFTER = lazy(r"(?i:[ \t]+(?:is|are|was|means|instead[ \t]+of|rather[ \t]+than)\b)")
_NEAR_WORD = lazy(r"[A-Za-z]+(?:-[A-Za-z]+)*")
#: How many words either side of empty braces are read for a word of values.
_NEAR = 3
_OPENING_QUOTES = {"\"": "\"", "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "`": "`"}
# What a quoted format holds beside its slots: '"{} {}"', "'{}: {}'", '"[{}] {}"'.
_FORMAT_FILLER = frozenset(" \t{}:;,.-|/=()[]<>#")
# What stands either side of a code written as a word of the sentence.
_BEFORE_A_WORD = " \t("
_AFTER_A_WORD = " \t,.;:!?)"
# How far back the word naming a code, or the list it is in, may start.
_REACH = 40
# Where a sentence ends, inside a text.
_SENTENCE_END = lazy(r"[.!?;](?:[ \t]+|\n)|\n")


def names_code(text: str, start: int, end: int) -> bool:
    """Whether the code at text[start:end] (an entity, an emoji code, a
    template's tag or variable, empty braces) is one the sentence names,
    not one an export or a template left: quoted alone or in a quoted
    format ('"&nbsp;"', '"{} {}"'), a template's code in a sentence that
    names its language ("Helm charts with {{ .Values.image }}"), or written as a word
    in mid-sentence (a space or the sentence's punctuation either side,
    not at the start of the text) after a word that names it ("use
    &nbsp;", "such as &amp;", "react with :thumbsup:"; not a determiner,
    "as" or "with" alone), before one that says what it is (":eyes:
    emoji", "{{ .Site.Params }} variables"), or in a list with another
    ("&amp; and &nbsp;"); empty braces also beside words of values in
    code ("{} is an empty dict", "returns {} instead of null", "passing
    {} as a default argument", also last: "initialises empty objects with
    {}") or other code right beside them ("prefers dict() over {}", a
    `code` span). One glued
    to a word ("on&nbsp;time"), at the start of the text (":rocket: Ships
    ...") or between other words ("Results &amp; Impact", "Leads {}
    projects") is not named."""
    opens, closes = _sentence(text, start, end)
    if _quoted(text, start, end):
        return True
    # Only a template's code is named by its language: not "Django views &amp; templates".
    if text[start:end].lstrip("*_([")[:1] == "{" and _TEMPLATE_LANGUAGE.search(text, opens, closes):
        return True
    before, after = text[start - 1 : start] if start else "", text[end : end + 1]
    if not text[:start].strip() or before not in _BEFORE_A_WORD or after and after not in _AFTER_A_WORD:
        return False
    if _empty_braces(text[start:end]) and _among_values(text, start, end, opens, closes):
        return True  # also as the sentence's last word: "initialises empty objects with {}"
    if not after:
        return False
    word = WORD_BEFORE.search(text, max(0, start - _REACH), start)
    return (word is not None and word.group(1).casefold() in _CODE_NAMING_WORDS) \
        or _CODE_PHRASE_BEFORE.search(text, max(0, start - _REACH), start) is not None \
        or _CODE_NOUN_AFTER.match(text, end) is not None \
        or _CODE_LISTED_BEFORE.search(text, max(0, start - _REACH), start) is not None \
        or _CODE_LISTED_AFTER.match(text, end) is not None


def _empty_braces(code: str) -> bool:
    """Whether ``code`` is empty braces, bare or all emphasis or brackets hold ("{ }", "**{}**", "({})")."""
    return code.strip("*_()[] \t").replace(" ", "").replace("\t", "") == "{}"


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the code at text[start:end] is quoted, alone ('"&nbsp;"')
    or as a slot of a quoted format that holds only slots and punctuation
    ('"{} {}"', "'{}: {}'")."""
    left = start
    while left > 0 and text[left - 1] in _FORMAT_FILLER:
        left -= 1
    right = end
    while right < len(text) and text[right] in _FORMAT_FILLER:
        right += 1
    opening = text[left - 1 : left] if left else ""
    return opening in _OPENING_QUOTES and text[right : right + 1] == _OPENING_QUOTES[opening]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence of the text that holds text[start:end] starts and ends."""
    opens = 0
    for stop in _SENTENCE_END.finditer(text, 0, start):
        opens = stop.end()
    closes = _SENTENCE_END.search(text, end)
    return opens, closes.start() if closes else len(text)


def _among_values(text: str, start: int, end: int, opens: int, closes: int) -> bool:
    """Whether empty braces at text[start:end] stand among words of values
    in code, in their sentence (text[opens:closes]): a few words either
    side, words of grammar aside ("{} is an empty dict", "an empty JSON
    object {}", "passing {} as a default argument"), words right beside
    them that give them as a value ("returns {}", "defaults to {}", "{}
    instead of null"), or other code right beside them ("prefers dict()
    over {}", "`x = {}` or {}"). A word of values that is an ordinary word
    too ("format", "slot", "sets") counts only beside another word of
    values, or in a sentence with a word only code has."""
    # The words that say something: "passing {} as a default argument" is read as "default argument".
    near_before = [w for w in _NEAR_WORD.findall(text[opens:start]) if w.casefold() not in FUNCTION_WORDS][-_NEAR:]
    near_after = [w for w in _NEAR_WORD.findall(text[end:closes]) if w.casefold() not in FUNCTION_WORDS][:_NEAR]
    near = [w.casefold() for w in near_before + near_after]
    ordinary = sum(w in _VALUE_WORDS for w in near)
    # An ordinary word of values counts where the sentence is about code: another such word near the braces,
    # or a word of values only code has anywhere in it ("formats JSON logs with {} slots").
    about_code = ordinary and (ordinary > 1 or any(
        w.casefold() in _CODE_VALUE_WORDS for w in _NEAR_WORD.findall(text[opens:closes])))
    return any(w in _CODE_VALUE_WORDS for w in near) or bool(about_code) \
        or _VALUE_PHRASE_BEFORE.search(text, max(0, start - _REACH), start) is not None \
        or _VALUE_PHRASE_AFTER.match(text, end) is not None \
        or _code_beside(text, start, end, opens, closes)


def _code_beside(text: str, start: int, end: int, opens: int, closes: int) -> bool:
    """Whether other code stands right beside the empty braces at
    text[start:end], in their sentence (text[opens:closes]): nothing
    between them but spaces, marks and one word of grammar ("prefers
    `dict()` over {}", "str.format() with {}"). Code elsewhere in the
    sentence says nothing of them ("Uses `git` daily and leads {}
    projects")."""
    for code in _CODE_BESIDE.finditer(text, opens, closes):
        if code.end() <= start:
            gap = _BESIDE_GAP.fullmatch(text, code.end(), start)
        elif code.start() >= end:
            gap = _BESIDE_GAP.fullmatch(text, end, code.start())
        else:
            continue
        if gap is not None and (gap.group(1) is None or gap.group(1).casefold() in FUNCTION_WORDS):
            return True
    return False
