"""LL406 placeholder."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from ..model import Framework, TextField
from ..text import QUOTES, REFERENCE_LINK, acronym_definitions, code_spans, quotations_around, within, words
from ..vocabulary import (
    STILL_TO_WRITE_ELSEWHERE, STILL_TO_WRITE_ELSEWHERE_HINTS, TEMPLATE_SLOTS, only_still_to_write,
)
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .brands import OwnNames
from .html import is_html_tag
from .messages import describe, excerpt, quoted_list
from .named_code import names_code
from .prose import Prose
from .addresses import type_parameters
from ..patterns import lazy

_SLOT_WORDS = "|".join(sorted(TEMPLATE_SLOTS))
# Acme, the company of cartoons and templates: "Acme", "ACME Corp", "Acme
# Inc.", "ACME's". ACME alone in capitals is also a protocol (certificates).
_SAMPLE_ORGANISATION = (
    r"\b(?:Acme|ACME)[ \t]+(?:Corp(?:oration)?|Inc|Ltd|Co|Company|Industries)\b"
    r"|\bACME(?=['’]s\b)|\bAcme\b(?![-.@]\w)"
)
SAMPLE_ORGANISATION = lazy(_SAMPLE_ORGANISATION)
# A template's slot named in brackets, alone ("[Company]", "[Team name]",
# "[company's name]"), a template's variable in braces, whatever its name
# ("{{ org_name }}", "{Company}", "{Discriminator}", "{ team name }"; not a
# set, "{a, b}", nor LaTeX's "\textbf{word}" or "x^{n}"), or a number left to
# fill in ("[X]", "[N]", "by X%", "XX%", "$XX", "$XXk").
_SLOT = (
    rf"(?i:\[(?:(?:company|organi[sz]ation)\s+)?(?:{_SLOT_WORDS})(?:['’]s)?(?:[\s_-]+(?:name|names|id|url|link))?\])(?!\()"
    r"|(?<![\w\\^}])\{\{?[ \t]*[A-Za-z][A-Za-z0-9]+(?:(?:[ \t]+|[_-])[A-Za-z0-9]+){0,3}[ \t]*\}\}?(?![}(])"
    # Go's and Hugo's templates: "{{ .Site.Params.org }}", "{{- .Name -}}".
    r"|(?<![\w\\^}])\{\{-?[ \t]*(?:\.[A-Za-z]\w*)+[ \t]*-?\}\}(?!})"
    r"|\[(?:X{1,3}|N{1,2}|Y)\](?!\()"
    r"|(?<![\w$£€.])(?:X{1,3}|N{1,2})%"
    r"|[$£€]X{1,3}(?:[kKmMbB]|bn)?\b"
    # A count left to fill in, before what it counts: "N engineers", "X+ years".
    r"|(?<![\w$£€.+/'’-])[NX]\+?[ \t]+(?:[a-z]{2,}s|people|staff)\b"
    # The organisation named by a letter: "Company X", "Organisation XYZ".
    r"|\b(?:Company|Organi[sz]ation|Org)[ \t]+(?:[XYZ]|XYZ|ABC)(?![\w-])"
)
#: "TO DO", "To do", "to-do": how TODO is written outside code.
_TO_DO = r"(?i:to[ \t-]?do)"
#: The markers written in lower case ("tbc", "Tbd", "fixme"), which are no
#: words of a sentence: a placeholder where they stand as one, as "to do" is.
_MARKER_ANY_CASE = r"(?i:\b(?:tbd|tbc|tba|fixme)\b)"
_PLACEHOLDER = lazy(
    # Upper case anywhere; "XX" is a number left to fill in ("iOS XX").
    rf"{_SLOT}"
    r"|\b(?:TODO|TBD|TBC|TBA|FIXME|XX+)\b"
    r"|(?i:\btodo:)"
    # "TO DO", "To do", "to-do": how TODO is written outside code, and the
    # markers in lower case ("tbc", "tbd"); a placeholder only where it
    # stands as one (``_stands_as_a_note``).
    rf"|(?<![\w-]){_TO_DO}(?![\w-])"
    rf"|{_MARKER_ANY_CASE}"
    r"|[\u27e8\u3008][^\u27e9\u3009\n]{0,60}[\u27e9\u3009]"  # ⟨target⟩, 〈date〉
    r"|<[A-Za-z][A-Za-z0-9 _-]{0,40}>"  # <date>; HTML tags are left out below
    r"|\[(?i:insert|add|enter|fill in|placeholder|tbd|tbc|todo|your)\b[^\]\n]{0,80}\](?!\()"
    # In another language, the phrase that says it is still to write, opening
    # a slot in brackets: "[à compléter]", "(por definir: ejemplos)".
    rf"|\[(?i:{STILL_TO_WRITE_ELSEWHERE})(?:\s*[:\-\u2013]\s*[^\]\n]{{0,80}})?\s*\](?!\()"
    rf"|\((?i:{STILL_TO_WRITE_ELSEWHERE})(?:\s*[:\-\u2013]\s*[^)\n]{{0,80}})?\s*\)"
    r"|(?i:\blorem ipsum\b)"
    r"|(?<![\w?!])\?{2,}(?![\w?])"  # "Leads ??? initiatives": a word nobody wrote
    # The sample company of templates; reported only in another organisation's framework.
    rf"|{_SAMPLE_ORGANISATION}"
    r"|_{4,}"  # a blank to fill in
    # An editor's question left in: "(example?)", "(link?)", "(which metric?)".
    r"|\((?i:(?:which |what |any )?(?:examples?|links?|sources?|refs?|references?|citation|details|wording|owners?|"
    r"names?|dates?|numbers?|metrics?|targets?))\?\)"
)
# What every placeholder contains: most texts have none of these, and
# `in` tests are much cheaper than the expression above.
_HINTS = ("TODO", "TBD", "TBC", "TBA", "FIXME", "XX", "X%", "N%", "$X", "£X", "€X", "<", "[", "{", "\u27e8", "\u3008", "____",
          "?)", "??", "X ", "N ", "X+", "N+", "X\t", "N\t", "Company", "Org", "Acme", "ACME")
_LOWER_HINTS = ("todo", "to do", "to-do", "tbd", "tbc", "tba", "fixme", "lorem", "summary of", "description of", "overview of", "summary for",
                "description for")
# Another language's phrase of a text still to write is a placeholder only in brackets, "[à compléter]" (a
# "[" is a hint already) or "(por definir)": one search for the round bracket and the phrase, where a hint
# per phrase would read every text once more for each.
_ELSEWHERE_IN_BRACKETS = lazy(rf"\((?i:{STILL_TO_WRITE_ELSEWHERE})")
# What a text that only says it is still to be written holds ("Coming soon", "To be added", "WIP"), and
# how long such a text is at most.
_NOTE_HINTS = ("soon", "to be ", "to come", "to follow", "progress", "wip", "will be", "not yet", "not been", " yet",
               *STILL_TO_WRITE_ELSEWHERE_HINTS)
_NOTE_LENGTH = 60
# A template's instruction left for the text it asks for, and nothing else:
# "Short summary of the competency", "Description of the level".
_TEMPLATE_TEXT = lazy(
    r"(?i:(?:an?\s+)?(?:(?:short|brief|quick|one[- ]line|high[- ]level)\s+)?"
    r"(?:summary|description|overview)\s+(?:of|for)\s+(?:the|this|each|a|your)\s+"
    r"(?:competency|competencies|level|levels|dimension|dimensions|area|role|track|skill|skills|behaviou?r|"
    r"expectation|expectations|statement|statements))"
)
# "Fixed a TODO for someone else", "the FIXMEs I left": a marker named as a
# thing, after a determiner, is a word of the text, not a blank in it.
_DETERMINER = lazy(
    r"(?i:\b(?:a|an|the|any|each|every|this|that|these|those|my|our|their|his|her|its|your|no|some|old|open|"
    r"stale|outstanding|remaining|leftover)\s+)$"
)
_NOUN_MARKERS = ("TODO", "FIXME")
# "Resolves TODO comments before merging", "XXX and FIXME markers": a code
# marker before a noun that names what it marks is the name of a thing,
# quoted or not ('"TODO" comments', '`FIXME` markers').
_CODE_MARKERS = r"(?:TODO|FIXME|XXX+)"
_CODE_MARKER = lazy(_CODE_MARKERS)
# The markers and the filler a text may name as words ("replaces lorem
# ipsum and TBD markers"), as it names code markers.
_NAMEABLE = r"(?:TODO|TBD|TBC|TBA|FIXME|XXX+|(?i:lorem ipsum))"
_NAMEABLE_MARKER = lazy(_NAMEABLE)
_NAMED_AFTER = lazy(
    rf"(?:\s*(?:,|/|\band\b|\bor\b)\s*[\"'\u201c\u2018`]?{_NAMEABLE}s?[\"'\u201d\u2019`]?)*"
    r"\s+(?:comments?|markers?|notes?|tags?|items?|lists?|annotations?|entries|entry|tickets?|placeholders?|filler)\b"
)
# A noun after the filler, in a sentence, that makes it the name of a kind
# of text: "uses Lorem Ipsum text only in wireframes", "lorem ipsum copy".
_FILLER_NAMED_AFTER = lazy(r"\s+(?i:text|copy|paragraphs?|content)\b")
# A word in lower case right before the filler, as a verb is ("uses lorem
# ipsum text"); not a label ("Description: lorem ipsum text").
_LOWER_CASE_WORD_BEFORE = lazy(r"\b[a-z]+\s+$")
# Verbs that name a thing, and "as" ('marks open questions as "TBD"'): a
# marker or a name's pattern after one is the name given, not a blank.
_NAMING_WORDS = (
    r"nam(?:e[sd]?|ing)|call(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|tag(?:s|ged|ging)?|mark(?:s|ed|ing)?|"
    r"titl(?:e[sd]?|ing)|number(?:s|ed|ing)?|prefix(?:es|ed|ing)?|writ(?:es?|ing|ten)|wrote|typ(?:e[sd]?|ing)"
)
# A naming word right before a quoted marker: 'marks open questions as
# "TBD"', "labels it 'TBD'"; not 'Owner: "TBD"', 'for "TBD" quarter'.
_NAMED_BEFORE_QUOTE = lazy(rf"(?i:\b(?:as|{_NAMING_WORDS})\s+)$")
# "as" right before a marker, which a naming verb earlier in the sentence
# makes the name given: "marks unknowns as TBD".
_AS_BEFORE = lazy(r"(?i:\bas\s+)$")
# A naming verb earlier in the sentence, before a name's pattern: "names
# experiments EXP-XXX", "names branches feature/XXX"; not "Ticket:
# JIRA-XXXX" or "See go/XXX", where the pattern is a blank left in.
_NAMING_VERB_BEFORE = lazy(rf"(?i:\b(?:{_NAMING_WORDS})\b)[^.!?:;\n]*$")
# A prefix joined to three X's or more, the part of a name that a naming
# convention fills in: capitals before "-" or "_" ("EXP-XXX", "JIRA-XXXX"),
# a word before "/" ("feature/XXX"). Not X's after a number ("2024-XX-XX",
# "99.XX%", "L4-XX") or after other X's, which are blanks, nor in a path or
# an address ("https://wiki.example.com/XXX", "docs/runbooks/XXX").
_NAMING_PREFIX = lazy(r"(?<![\w./:-])(?!X+[-_/]\Z)(?:[A-Z][A-Z0-9]*[-_]|[a-z]+/)\Z")
# A verb that does something to placeholders, right before one (maybe
# quoted, after a word that says which): "replaces lorem ipsum with real
# content", "removes any 'TBD' before review". The marker is its object, a
# word of the text.
_ACTS_ON_PLACEHOLDERS = lazy(
    r"(?i:\b(?:replac(?:e[sd]?|ing)|remov(?:e[sd]?|ing)|delet(?:e[sd]?|ing)|strip(?:s|ped|ping)?(?:\s+out)?|"
    r"clean(?:s|ed|ing)?\s+up|resolv(?:e[sd]?|ing)|flag(?:s|ged|ging)?|catch(?:es|ing)?|caught|spot(?:s|ted|ting)?|"
    r"chas(?:e[sd]?|ing))"
    r"(?:\s+(?:any|all|every|each|the|stray|leftover|remaining|stale|outstanding))*\s+[\"'\u201c\u2018`]?)$"
)
#: How far before a marker the verb that acts on it may start.
_VERB_REACH = 60
#: Markers that are also acronyms: a text (or a glossary) that spells one
#: out ("trunk-based development (TBD)") uses it as a term.
_ACRONYM_MARKERS = frozenset({"TODO", "TBD", "TBC", "TBA", "FIXME"})
#: How far from a marker the words it stands for may be.
_AROUND_A_DEFINITION = 120


def placeholders(text: str) -> list[re.Match[str]]:
    """The placeholders in a text, the first of each, in order (a marker
    the text spells out as an acronym is none: "trunk-based development
    (TBD)")."""
    return _read(text)[0]


def mentions_filler(text: str) -> bool:
    """Whether a text holds the Latin filler of templates, left in ("Lorem
    ipsum dolor sit amet") or named as a word ("replaces lorem ipsum with
    real content"): its words are no English, misspelt or not."""
    if "orem" not in text:
        return False
    found, named = _read(text)
    return any(m.group().casefold() == "lorem ipsum" for m in found + named)


def _read(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The placeholders in a text (``placeholders``), and the markers it
    names as words (``_named_as_a_word``)."""
    named: list[re.Match[str]] = []
    note = only_still_to_write(text) if len(text) <= _NOTE_LENGTH else None
    if note is not None:
        return [note], named  # a statement still to write: "Coming soon", "To be added"
    if not any(hint in text for hint in _HINTS):
        lowered = text.lower()
        if not any(hint in lowered for hint in _LOWER_HINTS) and not _ELSEWHERE_IN_BRACKETS.search(text):
            return [], named
    if _TEMPLATE_TEXT.fullmatch(text.strip().rstrip(".").strip()):
        template = _TEMPLATE_TEXT.search(text)
        if template is not None:
            return [template], named
    local: frozenset[str] | None = None  # the markers this text spells out, read when one is found
    found: dict[str, re.Match[str]] = {}
    example_end = -1  # where the last placeholder the text gives as an example ends
    named_end = -1  # where the last marker the text names as a word ends
    for match in _PLACEHOLDER.finditer(text):
        token = match.group(0)
        if _given_as_example(text, match.start(), example_end):
            example_end = match.end()
            continue  # the text is about the syntax: "templates such as {{ name }}", "placeholders like [Company]"
        if token.startswith("{{") and names_code(text, match.start(), match.end()):
            continue  # template code the sentence names, as LL504 reads it: "Helm charts with {{ .Values.image }}"
        if _named_as_a_word(text, match, named_end):
            named_end = _after_quotes(text, match.start(), match.end())
            named.append(match)
            continue  # "replaces lorem ipsum and TBD markers with real content"
        if token[0] in "[{<\u27e8\u3008" and _NAMED_AFTER_SLOT.match(text, _after_quotes(text, match.start(), match.end())):
            continue  # the name of a tag, written in brackets: "uses the [Service] tag"
        if token.startswith("<") and (
            is_html_tag(text, match.start(), match.end()) or type_parameters(text, match.start())
            or _in_quoted_form(text, match.start(), match.end()) or _in_a_pattern(text, match.start(), match.end())
            or _a_code_name(text, match.start(), match.end())
        ):
            continue  # markup, which the clean-text rules report; code ("List<T>", "<ErrorBoundary>"); a form or a pattern
        if token.startswith("XXX") and _NAMING_PREFIX.search(text, 0, match.start()) \
                and _NAMING_VERB_BEFORE.search(text, max(0, match.start() - _VERB_REACH), match.start()):
            continue  # the part of a name a convention fills in: "names experiments EXP-XXX"
        if token[0] in "NX" and _COUNT.fullmatch(token) and _a_letter_of_the_text(text, match.start(), match.end()):
            continue  # "OS X users", "the top N results", "the letter X appears"
        slot = token[0] in "[{$£€XNCO" and _SLOT_MATCH.fullmatch(token) is not None  # a template's slot or number
        if slot and (_quoted(text, match.start(), match.end()) or _defined_number(text, match)):
            continue  # a form the text quotes ('"cut costs by X%"'), a number the text defines
        if token[0] == "[" and _a_reference_link(text, match.start(), match.end()):
            continue  # a link's text: "see the [Team][team-page] page"
        if slot and token[0] in "[{" and not token.startswith("{{") and _in_a_pattern(text, match.start(), match.end()):
            # A pattern's part, as "<ticket>" is in "feature/<ticket>": "service-[team]-[env]". Not a
            # template engine's "{{ org_name }}", which no pattern written in prose uses: "{{ org }}-level".
            continue
        if token[0] == "{" and _in_a_format(text, match.start()):
            continue  # a format's slot: "in the form {type}({scope}): {subject}", "names branches {ticket}-{summary}"
        if "`" in text and _in_code(text, match.start(), match.end()):
            continue  # code, which the text quotes: "uses `[Service]` as the prefix", "`{{ team }}`"
        if token != "TODO" and _SPOKEN_TO_DO.fullmatch(token) and not _stands_as_a_note(text, match.start(), match.end()):
            continue  # words of a sentence: "Knows what to do when on call", "Keeps a to-do list"
        if not token.isupper() and _MARKER_IN_LOWER_CASE.fullmatch(token) \
                and not _stands_as_a_note(text, match.start(), match.end()):
            continue  # a word of a sentence, a name or an abbreviation written so, not a blank left in it
        if token in _NOUN_MARKERS and _DETERMINER.search(text, 0, match.start()):
            continue
        if token in _ACRONYM_MARKERS:
            if local is None:
                local = defined_markers(text)
            if token in local:
                continue
        if _CODE_MARKER.fullmatch(token) and _MARKER_IN_CODE.match(text, match.end()) and text[: match.start()].strip():
            continue  # "Writes TODO(jane) only with a ticket"; a text that starts "TODO(jane):" is the editor's note
        found.setdefault(token, match)
    return list(found.values()), named


_SPOKEN_TO_DO = lazy(_TO_DO)
_MARKER_IN_LOWER_CASE = lazy(_MARKER_ANY_CASE)
# What may stand before or after a note that is the whole text: white space,
# brackets, quotation marks, emphasis, a quote's or a heading's marker, a stop or a question mark.
_NOTE_OPENS = lazy(r"[\s(\[*_>#\"'\u201c\u2018-]*")
_NOTE_CLOSES = lazy(r"[\s.!?\u2026)\]*_\"'\u201d\u2019]*")
# A label, or a spaced dash, right before a note at the end of the text or
# of a line: "Owner: TO DO", "Sets strategy - to do".
_LABEL_BEFORE = lazy(r"(?::|\s[-\u2013\u2014]|\u2014)[ \t*_\"'\u201c\u2018]*\Z")
_LINE_CLOSES = lazy(r"[ \t.!\u2026*_\"'\u201d\u2019]*(?:\n|\Z)")
# What sets a note that opens the text off from what follows: "TO DO:
# examples", "To do - reword". Not a comma: "To do this well, ...".
_SET_OFF_AFTER = lazy(r"[*_]*(?:[ \t]*:|[ \t]+[-\u2013\u2014][ \t]|[ \t]*\u2014)")
# Alone in brackets: "Sets org-level strategy (to do)", "[To do]".
_IN_BRACKETS = lazy(r"[ \t]*[.!]?[ \t]*[)\]]")


def _stands_as_a_note(text: str, start: int, end: int) -> bool:
    """Whether "to do" (or "To-do", "TO DO"), or a marker in lower case
    ("tbc", "Tbd"), at text[start:end] stands as the placeholder TODO does,
    not as words of a sentence: the whole text ("TO DO", "> To do.",
    "tbc"), alone in brackets ("(to do)", "(tbc)"), after a label or a
    spaced dash at the end of a line ("Owner: TO DO", "Sets strategy -
    tbd"), or opening the text, set off from what follows ("TO DO:
    examples"). "Knows what to do when on call" and "Keeps a to-do list"
    are sentences."""
    opens = _NOTE_OPENS.fullmatch(text, 0, start) is not None
    if opens and (_NOTE_CLOSES.fullmatch(text, end) is not None or _SET_OFF_AFTER.match(text, end)):
        return True
    if text[:start].rstrip(" \t").endswith(("(", "[")) and _IN_BRACKETS.match(text, end):
        return True
    return _LABEL_BEFORE.search(text, max(0, start - 8), start) is not None and _LINE_CLOSES.match(text, end) is not None


def _named_as_a_word(text: str, match: re.Match[str], previous_end: int) -> bool:
    """Whether the marker or the filler matched is a word the text names
    rather than a blank left in it: before a noun that names what it is
    ("resolves TODO comments", "TBD markers", '"FIXME" notes'), the object
    of a verb that does something to placeholders ("replaces lorem ipsum
    with real content"), or listed with another marker named so (ending at
    ``previous_end``: "removes lorem ipsum and TBD")."""
    if not _NAMEABLE_MARKER.fullmatch(match.group()):
        return False
    start, end = match.start(), match.end()
    after = _after_quotes(text, start, end)
    alone_in_brackets = text[start - 2 : start - 1] == "(" and text[after : after + 1] == ")"
    if after != end and not alone_in_brackets and _NAMED_BEFORE_QUOTE.search(text, max(0, start - 1 - _VERB_REACH), start - 1):
        return True  # the name given: 'marks open questions as "TBD"'; not 'Owner: "TBD"', nor 'comments ("TODO")'
    if _AS_BEFORE.search(text, max(0, start - 4), start) \
            and _NAMING_VERB_BEFORE.search(text, max(0, start - _VERB_REACH), start):
        return True  # the name given, unquoted: "marks unknowns as TBD"; not "Owner: TBD", "ships as TBD"
    if match.group().casefold() == "lorem ipsum" and _FILLER_NAMED_AFTER.match(text, end) \
            and _LOWER_CASE_WORD_BEFORE.search(text, max(0, start - _VERB_REACH), start):
        return True  # "uses Lorem Ipsum text only in wireframes"; not "Lorem ipsum text goes here", "Description: lorem ipsum text"
    if start and text[start - 1] in _QUOTES_OR_BACKTICKS:
        start -= 1
    if previous_end >= 0 and _BETWEEN_EXAMPLES.fullmatch(text, previous_end, start):
        return True
    return _NAMED_AFTER.match(text, _after_quotes(text, match.start(), end)) is not None \
        or _ACTS_ON_PLACEHOLDERS.search(text, max(0, match.start() - _VERB_REACH), match.start()) is not None



def slot_spans(text: str) -> list[tuple[int, int]]:
    """Where the text's blanks in brackets are, each time one is written
    ("<input from your manager>", "[your team]", "⟨target⟩"): words a
    template left for its user, not the text's own."""
    spans: list[tuple[int, int]] = []
    for match in placeholders(text):
        slot = match.group()
        if slot[0] not in "[{<\u27e8\u3008":
            continue
        at = match.start()
        while at != -1:
            spans.append((at, at + len(slot)))
            at = text.find(slot, at + len(slot))
    return sorted(spans)


_COUNT = lazy(r"[NX]\+?\s+\w+")
# Words before a capital N or X that make it a letter of the text, not a
# number to fill in: "the letter X", "the top N results", "O(N) queries".
_LETTER_BEFORE = lazy(
    r"(?:\b(?:the|a|an|letter|variable|symbol|top|first|last|bottom)|\bO\()\s*$", re.IGNORECASE
)
# A verb and its object after the letter: the letter is a name ("X marks the spot").
_OBJECT_AFTER = lazy(r"\s+(?:the|a|an|this|that|its)\b", re.IGNORECASE)
# A capitalised word after another word (not one that starts the text or
# a sentence, "Mentors N engineers"): the letter is part of a name ("OS X
# users", "Gen X employees", "Model X owners").
_NAME_BEFORE = lazy(r"(\S)\s+[A-Z][\w-]*\s+$")


def _a_letter_of_the_text(text: str, start: int, end: int) -> bool:
    """Whether the N or X at ``start``, before a plural, is a letter of
    the text rather than a count left to fill in: part of a name ("OS X
    users"), or a letter named as one ("the top N results", "the letter
    X")."""
    before = text[max(0, start - 40) : start]
    if _LETTER_BEFORE.search(before) or _OBJECT_AFTER.match(text, end):
        return True
    name = _NAME_BEFORE.search(before)
    return name is not None and name.group(1) not in ".!?:;(-\u2013\u2014"


# A word for what a template is made of, and the words that give examples of
# it: "Jinja templates such as {{ name }}", "placeholders like [Company]",
# "template variables (e.g. <date>)". What follows is the syntax named, not
# a blank left in the text.
_ABOUT_PLACEHOLDERS = lazy(
    r"(?i:\b(?:templates?|templating|placeholders?|variables?|slots?|markers?|tags?|syntax|"
    r"(?:format|template)\s+strings?|f-strings?|interpolation)"
    r"\s*,?\s*\(?\s*(?:such\s+as|like|e\.\s?g\.|eg\b|for\s+example|for\s+instance|including)\s*[,:]?\s*)"
    r"[\"'\u201c\u2018`(]?$"
)
# What joins the examples of a list: "[Company], [Team] and <date>".
_BETWEEN_EXAMPLES = lazy(r"[\"'\u201d\u2019`)]?\s*(?:,|/|\bor\b|\band\b)\s*(?:(?:and|or)\s+)?[\"'\u201c\u2018`(]?")
#: How far before a placeholder the words that introduce it as an example may start.
_EXAMPLE_INTRO_REACH = 80


def _given_as_example(text: str, start: int, previous_end: int) -> bool:
    """Whether the placeholder at ``start`` is given as an example of what
    templates are made of ("writes Jinja templates such as {{ name }}",
    "replaces placeholders like [Company], [Team] and <date>"), right after
    the words that say so or after another example (which ends at
    ``previous_end``)."""
    if previous_end >= 0 and _BETWEEN_EXAMPLES.fullmatch(text, previous_end, start):
        return True
    return _ABOUT_PLACEHOLDERS.search(text, max(0, start - _EXAMPLE_INTRO_REACH), start) is not None


# A noun after a slot in brackets that makes it the name of a mark written
# so: "uses the [Service] tag", "the [Team] label", "the [Bug] prefix".
_NAMED_AFTER_SLOT = lazy(r"\s+(?i:tags?|labels?|prefix(?:es)?)\b")


# A code marker written as code writes it, with its owner or ticket in
# brackets against it: "TODO(jane)", "FIXME(ENG-123)".
_MARKER_IN_CODE = lazy(r"\([A-Za-z][\w.@-]*\)")
# What joins the parts of a name, a path or an address: a slot against one
# of these and a letter, a digit or another slot ("<service>-<env>",
# "feature/<ticket>", "<team>.example.com") is part of a pattern.
_PATTERN_JOINS = "-./_:@"


def _in_a_pattern(text: str, start: int, end: int) -> bool:
    """Whether the slot at text[start:end] is part of a pattern written
    without spaces: joined by "-", ".", "/", "_", ":" or "@" to a letter
    or a digit on either side ("branches feature/<ticket>", "reads
    <team>.example.com"), as no blank left in a sentence is. Slots joined
    only to each other ("<feature>-<component>", "<team A>/<team B>") are
    blanks still."""
    after, beyond = text[end : end + 1], text[end + 1 : end + 2]
    before, behind = text[start - 1 : start] if start else "", text[start - 2 : start - 1] if start > 1 else ""
    return (after != "" and after in _PATTERN_JOINS and beyond.isalnum()) \
        or (before != "" and before in _PATTERN_JOINS and behind.isalnum())


# A variable in braces, as format strings and naming conventions write their
# slots ("{type}", "{ team }", "{{ service }}"), for reading a format's shape.
_BRACED = lazy(r"\{\{?[^{}\n]{1,60}\}\}?")
# Words that introduce a format or a naming pattern, right before its slots:
# "in the form {type}: {subject}", "formatted as {team}", "named {service}",
# "names services as {team}", "following the pattern {x}", "the naming
# convention: {team}".
_FORMAT_INTRO = lazy(
    r"(?i:\b(?:in\s+the\s+(?:form|format|pattern|shape)(?:\s+of)?|formatted\s+as|"
    r"follow(?:s|ing)?\s+the\s+(?:pattern|format|template)|named|names\b[^.!?;\n]{0,40}\bas|"
    r"(?:naming\s+)?conventions?(?:\s+of)?))[\s:\"'\u201c\u2018]*\Z"
)


def _in_a_format(text: str, start: int) -> bool:
    """Whether the slot in braces at ``start`` is one of a format's or a
    naming pattern's slots rather than a blank left in a sentence: joined
    without spaces to another slot ("{type}({scope}):", "{ticket}-{summary}",
    "{team}/{service}"), after such a run with nothing but punctuation
    between ("{type}({scope}): {subject}"), or after words that introduce a
    form, with only slots and punctuation between ("in the form {type}:
    {subject}", "named {service}", "names services as {team}"). A lone slot
    in a sentence ("mentors engineers in the {Discriminator} guild") is a
    blank."""
    # The text with each slot as one run of letters without spaces, so
    # that "{ team }" counts as one word.
    masked = _BRACED.sub(lambda m: "\x00" * len(m.group()), text)
    runs = [(m.start(), m.end()) for m in re.finditer(r"\S+", masked)]
    at = next((i for i, (s, e) in enumerate(runs) if s <= start < e), None)
    if at is None:
        return False
    for i in range(at, -1, -1):
        run = masked[runs[i][0] : runs[i][1]]
        slots = len(re.findall("\x00+", run))
        if slots >= 2:
            return True  # slots joined to each other: the shape of a name or a line
        if i != at and slots == 0 and any(ch.isalpha() for ch in run):
            # The first word before the slots: what introduces them, if anything.
            return _FORMAT_INTRO.search(masked, 0, runs[i][1]) is not None
    return False


# A name in angle brackets that is a component's, an element's or a type's,
# not a blank: CamelCase ("<ErrorBoundary>", "<LazyColumn>") or kebab-case
# ("<uses-permission>", "<router-outlet>"), none of whose parts is a word a
# template leaves to fill ("<CompanyName>", "<team-name>" are blanks).
_CODE_SHAPED = lazy(r"<(?:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)>")
# One capitalised word ("<Suspense>", "<Rigidbody>"): a blank ("<Name>",
# "<Language>") unless the text says it is code (``_a_code_name``).
_CAPITALISED = lazy(r"<[A-Z][a-z0-9]+>")
_NAME_PARTS = lazy(r"[A-Z]?[a-z0-9]+")
_BLANK_WORDS = TEMPLATE_SLOTS | frozenset("names id url link your insert enter add fill placeholder".split())
# What joins names in a list or sets one against another: "<Suspense> and
# <ErrorBoundary>", "<LazyColumn> instead of <RecyclerView>", "a <Rigidbody>
# and a <Collider>".
_BETWEEN_NAMES = lazy(
    r"(?:\s*,)?\s+(?:(?:and|or|nor|not|instead\s+of|rather\s+than|over|versus|vs\.?|with|inside|in)\s+)?"
    r"(?:(?:a|an|the|its|their)\s+)?|\s*,\s*"
)
# A noun after a name that says what kind of code it is: "the <Suspense> component".
_KIND_AFTER = lazy(
    r"[ \t]+(?i:components?|elements?|tags?|widgets?|views?|class(?:es)?|types?|nodes?|prefabs?|objects?|"
    r"hooks?|modules?|providers?|screens?)\b"
)
_ANY_NAME = lazy(r"<[A-Za-z][A-Za-z0-9-]*>")


def _code_name(name: str) -> bool:
    """Whether ``name`` ("<ErrorBoundary>") is code-shaped with no word of a blank in it."""
    return _CODE_SHAPED.fullmatch(name) is not None \
        and not any(part.casefold() in _BLANK_WORDS for part in _NAME_PARTS.findall(name))


def _a_code_name(text: str, start: int, end: int) -> bool:
    """Whether the `<name>` at text[start:end] names a component, an element
    or a type rather than a blank: a CamelCase or kebab-case name
    ("<ErrorBoundary>", "<uses-permission>"), or one capitalised word that
    is no word of a blank ("<Name>", "<Team>") where a noun after it says
    what it is ("the <Suspense> component"), it stands in a list with, or
    set against, a code name ("<Suspense> and <ErrorBoundary>", "<LazyColumn>
    instead of <RecyclerView>"), or it is no English word ("<Rigidbody>").
    Lower-case words and capitals ("<date>", "<TBD>") are blanks."""
    if _code_name(text[start:end]):
        return True
    single = _CAPITALISED.fullmatch(text, start, end) is not None and text[start + 1 : end - 1].casefold() not in _BLANK_WORDS
    if not single:
        return False
    # The list the name stands in, both ways.
    names = [m for m in _ANY_NAME.finditer(text)]
    at = next(i for i, m in enumerate(names) if m.start() == start)
    first = last = at
    while first > 0 and _BETWEEN_NAMES.fullmatch(text, names[first - 1].end(), names[first].start()):
        first -= 1
    while last + 1 < len(names) and _BETWEEN_NAMES.fullmatch(text, names[last].end(), names[last + 1].start()):
        last += 1
    listed = names[first : last + 1]
    if _KIND_AFTER.match(text, names[last].end()) or any(_code_name(m.group()) for m in listed):
        return True
    from ..dictionary import english  # read only for a capitalised name in brackets

    dictionary = english()
    return any(_CAPITALISED.fullmatch(m.group()) and m.group()[1:-1].casefold() not in _BLANK_WORDS
               and not dictionary.knows(m.group()[1:-1].casefold()) for m in listed)


# Quotation marks and backticks around a word, as (opening, closing).
_QUOTES_OR_BACKTICKS = {**QUOTES, "`": "`"}


def _after_quotes(text: str, start: int, end: int) -> int:
    """Where the word at text[start:end] ends with the quotation marks or
    backticks around it ('"TODO" comments', '`FIXME` markers'), if any."""
    closing = _QUOTES_OR_BACKTICKS.get(text[start - 1 : start]) if start else None
    return end + 1 if closing is not None and text[end : end + 1] == closing else end


def defined_markers(text: str, markers: Iterable[str] = _ACRONYM_MARKERS) -> frozenset[str]:
    """The markers a text spells out as acronyms of something else: "TBD"
    in "trunk-based development (TBD)" or "TBD (trunk-based development)";
    not in "TBD (to be decided)", which is what a placeholder says. Only
    the text around each marker is read."""
    found: set[str] = set()
    if "(" not in text:
        return frozenset()
    for marker in markers:
        at = text.find(marker)
        while at != -1 and marker not in found:
            start = max(0, at - _AROUND_A_DEFINITION)
            around = text[start : at + len(marker) + _AROUND_A_DEFINITION]
            if any(
                acronym == marker and around[words_start:words_end].split(None, 1)[0].casefold() != "to"
                for acronym, _, (words_start, words_end) in acronym_definitions(around)
            ):
                found.add(marker)
            at = text.find(marker, at + len(marker))
    return frozenset(found)


def _in_quoted_form(text: str, start: int, end: int) -> bool:
    """Whether the slot at text[start:end] is inside a quotation that holds
    words besides its slots, or several slots: a form the text quotes
    ('writes stories as "As a <user>, I want <goal>"', 'names branches
    "<ticket>-<summary>"'), not a blank left in the text."""
    for before, after in quotations_around(text, start, end):
        quoted = text[before + 1 : after]
        if quoted.count("<") > 1:
            return True
        in_slot = False
        for ch in quoted:
            if ch == "<" or ch == ">":
                in_slot = ch == "<"
            elif not in_slot and ch.isalpha():
                return True
    return False


_SLOT_MATCH = lazy(_SLOT)


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the slot at text[start:end] is inside quotation marks,
    double or single, straight or curly: a form the text names ('states
    impact as "cut costs by X%"', "the template '[Number] - [Title]'",
    "writes ‘X%’"), not a blank left in the text."""
    return next(quotations_around(text, start, end), None) is not None


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the placeholder at text[start:end] is inside a `code` span,
    in a text with words besides its code: the code's own text ("uses
    `[Service]` as the commit prefix", "logs `user={name}`"). A text that
    is nothing but code is a blank still."""
    spans = code_spans(text)
    if not within(spans, start, end):
        return False
    outside = text
    for s, e in reversed(spans):
        outside = outside[:s] + " " + outside[e:]
    return any(ch.isalpha() for ch in outside)


def _a_reference_link(text: str, start: int, end: int) -> bool:
    """Whether the slot at text[start:end] is part of a Markdown reference
    link ("see the [Team][team-page] page"), as "[Team](https://...)" is
    of a link: the link's text or its label, no blank."""
    return "][" in text and any(m.start() <= start and end <= m.end() for m in REFERENCE_LINK.finditer(text))


# A number's letters, said to stand for a number the text says how to set:
# "by X% where X is agreed with the manager", "N = the team's size".
_DEFINITION_AFTER = r"\s*(?:=|\s(?:is|are|was|being|equals|means|stands\s+for|set\s+by|agreed)\b)"


# The letters that stand for the number: "[N]", "$XXk", "X%", "N engineers".
_LETTERS = lazy(r"[\[$£€]?([XNY]+)")


def _defined_number(text: str, match: re.Match[str]) -> bool:
    """Whether the number left to fill in is a variable the text defines
    ("reduces error rates by X% where X is agreed with the manager")."""
    number = _LETTERS.match(match.group())
    if number is None:
        return False
    letters = number.group(1)
    defined = re.compile(rf"(?<![\w$£€%\[]){letters}(?![\w%\]]){_DEFINITION_AFTER}")
    return any(m.start() != match.start() for m in defined.finditer(text))


def marker_placeholder(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is a marker ("tbc", "TBD")
    that ``placeholders`` finds there: standing as a blank ("tbc" as the
    whole text, "(tbd)"), not a word of the sentence."""
    return _MARKER_IN_LOWER_CASE.fullmatch(text, start, end) is not None and any(
        m.start() <= start and end <= m.end() for m in placeholders(text))


def only_placeholder(text: str) -> bool:
    """Whether a text is a placeholder and nothing more ("TBD.", "<todo>")."""
    found = placeholders(text)
    rest = text
    for match in found:
        rest = rest.replace(match.group(0), " ")
    return bool(found) and not any(ch.isalnum() for ch in rest)


def unnamed_organisation(name: str) -> bool:
    """Whether an organisation's name is a placeholder and nothing more
    (``⟨organisation⟩``, as `ladderlint import` leaves it where the pages
    do not say it; "TODO", "[Company name]"): it names no organisation. The
    sample company of templates ("Acme") is, as the organisation's own
    name, a name (as LL406 reads it there)."""
    return only_placeholder(name) and SAMPLE_ORGANISATION.fullmatch(name.strip()) is None


# A marker that opens an editor's note, set off from what follows it (by a
# colon, a spaced dash, a stop, a bracket) or alone: "TODO: something
# here?", "FIXME - reword", "(TBD: examples)". Not "TODO comments I leave
# are resolved", which names the comments, nor "TODO-lists".
_NOTE = lazy(
    r"[\s(\[*_\"'\u201c\u2018]*"
    r"(?:(?:TODO|TBD|TBC|TBA|FIXME|XXX+)\b[*_]*(?:\s*[:.,;!?)\]]|\s+[-\u2013\u2014]|[\u2013\u2014]|\s*$)"
    r"|(?i:todo)[*_]*:"
    # "TO DO: examples", "To do - reword", "tbc: examples"; not "To do this well, ...".
    rf"|(?:{_TO_DO}|{_MARKER_ANY_CASE})[*_]*(?:[ \t]*[:)\]]|[ \t]+[-\u2013\u2014][ \t]|[ \t]*\u2014|[ \t]*[.!]?[ \t]*$))"
)


def placeholder_note(text: str) -> bool:
    """Whether a text is a note about what is still to be written rather
    than text: a placeholder and nothing more ("TBD.", "<todo>"), or a text
    that opens with a marker set off from what follows ("TODO: something
    here?", "FIXME - reword", "(TBD: examples to come)"). A text that names
    a marker ("I resolve the TODOs I leave", "TODO comments are tracked")
    or has one after its words ("I mentor engineers (TBD)") is not."""
    return _NOTE.match(text) is not None or only_placeholder(text)


# Words of the Latin filler that mock-ups and templates are made with
# ("Cras mattis consectetur purus sit amet fermentum", "Donec sed odio
# dui"): none is English, nor Italian, Spanish, Portuguese or French, which
# share Latin's words ("nulla", "dolore", "libero", "odio", "culpa" are left
# out), nor a name of the trade ("sed" is).
_FILLER_WORDS = frozenset("""
    lorem ipsum consectetur adipiscing amet eiusmod incididunt ullamco laboris aliquip reprehenderit voluptate
    cillum pariatur excepteur occaecat cupidatat proident deserunt laborum vestibulum pellentesque maecenas fusce
    dapibus aenean nullam donec morbi vivamus etiam venenatis sagittis fermentum euismod ullamcorper faucibus
    curabitur quisque suspendisse phasellus praesent posuere lacinia bibendum scelerisque condimentum egestas
    porttitor nascetur penatibus natoque sociis parturient tincidunt consequat mattis mollis dui quam augue
    pharetra
""".split())
#: How many of those words make a text filler: one may be a name or a word
#: of another language; two are filler.
_FILLER_AT_LEAST = 2


def filler_texts(analysis: Analysis) -> list[int]:
    """Indexes (in ``analysis.prose.fields``) of the texts of Latin filler
    ("Cras mattis consectetur purus sit amet fermentum"), a template's or a
    mock-up's, left where the framework's own words should be. Only the
    framework's words in lower case are read first: most have none of them."""
    prose = analysis.prose
    seen = _FILLER_WORDS & prose.lower_words
    if not seen:
        return []
    return [i for i in prose.containing(sorted(seen), lower_case=True)
            if len(_filler_words(prose.fields[i].text, analysis.words[prose.fields[i].text])) >= _FILLER_AT_LEAST]


def latin_filler(text: str) -> bool:
    """Whether a text is Latin filler (as ``filler_texts`` finds it), read
    on its own: for a text no framework's analysis holds (an import's)."""
    return len(_filler_words(text, words(text))) >= _FILLER_AT_LEAST


#: The filler's words that a text may name as words ("replaces lorem ipsum").
_NAMED_FILLER = frozenset({"lorem", "ipsum"})


def _filler_words(text: str, words: Iterable[str]) -> frozenset[str]:
    """The words of Latin filler in a text, but for "lorem ipsum" where the
    text names it ("replaces lorem ipsum with real content")."""
    found = _FILLER_WORDS.intersection(words)
    if _NAMED_FILLER <= found and any(m.group().casefold() == "lorem ipsum" for m in _read(text)[1]):
        found -= _NAMED_FILLER
    return found


def candidates(prose: Prose) -> list[int]:
    """The texts with a hint of a placeholder, found in all of them at once."""
    # A note's hints are common words ("progress", "to be "): read in the short texts only, which are few.
    notes = (i for i, field in enumerate(prose.fields) if len(field.text) <= _NOTE_LENGTH
             and any(hint in field.text.lower() for hint in _NOTE_HINTS))
    return sorted(set(prose.containing(_HINTS)).union(prose.containing(_LOWER_HINTS, lower_case=True),
                                                      prose.hits(_ELSEWHERE_IN_BRACKETS), notes))


class Placeholder(Rule):
    """A placeholder is left in the text: `TODO`, `⟨target⟩`, `<date>`,
    `[insert ...]`, lorem ipsum.

    Reported: `TODO`, `TBD`, `TBC`, `TBA`, `FIXME`, `XX`, `XXX`
    (in capitals, as whole words; `todo:` in any case), "TO DO" as people
    write TODO outside code ("To do", "to-do", "todo", in any case), and
    the markers in lower case ("tbc", "tbd", "tba", "fixme", "Tbc"), where
    they stand as a placeholder: the whole text ("TO DO", "> To do.",
    "tbc", "(tbd)"), alone in brackets ("Sets org-level strategy (to do)",
    "Owns the roadmap (tbc)"), after a label or a spaced dash at the end
    of a line ("Owner: TO DO", "Sets strategy - tbd"), or opening the
    text, set off by a colon or a dash ("TO DO: examples", "tbc: examples");
    not as words of a sentence ("Knows what to do when on call", "Keeps a
    to-do list", "To do this well, ..."), angle-bracket slots
    such as `⟨target⟩`, `〈date〉` or `<date>` (HTML tags such as `<br>`
    are not placeholders), `[insert ...]`-style slots (`[add ...]`,
    `[your team]`; not Markdown links), and in the other languages ladders
    are written in, the few phrases that say a text is still to write,
    opening a slot in brackets or as the whole text (`[à compléter]`, `(à
    définir : ...)`, "À compléter", `[por definir]`, `(a definir)`, `[zu
    ergänzen]`, `[da definire]`; not as words of a sentence: "Aide à
    définir la stratégie"), a template's slot that names what
    goes in it, in brackets (`[Company]`, `[Team name]`; not a footnote
    `[1]`, `[sic]` or the text of a reference link, "[Team][team-page]"),
    a template's variable in braces, whatever its name (`{Discriminator}`,
    `{team_name}`, `{ Company }`, `{{ organisation_name }}`, Go's and
    Hugo's `{{ .Site.Params.org }}`, and in double braces also joined to a
    word, "{{ org_name }}-level", which no naming pattern written in prose
    uses; a template engine's tags, `{% include %}`, `{{< shortcode >}}`,
    and empty braces `{}` name no blank: LL504's; not a set,
    "{a, b}", JSON, LaTeX's "\\textbf{word}" or "x^{n}", nor a variable in a
    `code` span, below), a statement that only says it is still to be
    written ("Coming soon", "To be added.", "(Examples to come)", "WIP",
    and "not defined" with "yet": "Not defined yet", "This level is not yet
    defined", "No description yet"; without "yet", "Not defined" is LL403's;
    not "Sees problems coming soon enough to act"), a number left to fill in
    (`[N] engineers`, `by X%`, `XX%`, `$XX`, `$XXk`; not a variable the
    text defines: "by X% where X is agreed with your manager"), a count
    left as a capital N or X before what it counts (`N engineers`, `X+
    years`; not a letter of a name or of the text: "OS X users", "the top
    N results", "O(N) loops", "X-ray", "N-tier"), the organisation named
    by a letter (`Company X`, `Organisation XYZ`; not "Team X" or "Project
    X", which name real teams and projects as often), and none
    of those in quotation marks, double or single, where the text names a
    form ('states impact as "cut costs by X%"', "the template '[Number] -
    [Title]'"), question marks standing for a word (`Leads ???
    initiatives`; not "why?" or "what??"), the sample company of
    templates, Acme (`Acme`, `ACME Corp`, `Acme Inc.`; not ACME alone in
    capitals, a protocol), in the framework of another organisation,
    `lorem ipsum`, and the Latin filler of mock-ups that goes on without
    those words (a text with two of its words or more: "Donec sed odio
    dui.", "Cras mattis consectetur purus"; words Italian, Spanish,
    Portuguese or French share with Latin are not counted), blanks written as
    four or more underscores, an editor's question left in brackets
    (`(example?)`, `(link?)`, `(which metric?)`), and a template's
    instruction left as the whole text ("Short summary of the competency",
    "Description of the level"; not "I write a short summary of the
    project"). A marker named as a thing ("fixed a TODO in
    the codebase", "the FIXMEs I left") is part of the text, and an HTML
    tag (`<picture>`, or `<time>` with attributes or a closing tag, or
    named as an element, as LL504 reads one, with "element" after it or
    another element named beside it: "the native <dialog> element", "a
    <div> where a <button> belongs", "semantic HTML (<button>, <nav>,
    <label>)"; not "Ships by <time>", "Fills in
    <title> and <summary>") is markup or an element's name, the clean-text
    rules' (but an element's name with
    words that are no attributes is a blank: `<link to onboarding doc>`,
    `<input from your manager>`, `<main KPI>`); a type's parameters written
    against its name (`List<T>`, `std::vector<int>`) are code, and so is
    a component's, an element's or a type's name in brackets: CamelCase or
    kebab-case ("the <ErrorBoundary> component", "<LazyColumn> instead of
    <RecyclerView>", "the <uses-permission> element"; not `<CompanyName>`
    or `<team-name>`, a blank's words), or one capitalised word named as
    code by a noun after it, a code name beside it or as no English word
    ("<Suspense> and <ErrorBoundary> components", "a <Rigidbody> and a
    <Collider>"; not `<Name>`, `<Language>`, `<TBD>` or `<date>`); and the
    slots of a form the text quotes (`"As a <user>, I want <goal>"`) are
    the form's, and so are slots joined without spaces to the letters of a
    pattern (`feature/<ticket>`, `<team>.example.com`,
    `service-[team]-[env]`; not `<feature>-<component>`, slots only), and
    the slots in braces of a format or a naming pattern written inline:
    slots joined to each other without spaces, and the slots after them
    with only punctuation between ("writes commit messages as
    {type}({scope}): {subject}", "names branches {ticket}-{summary}",
    "{team}/{service}"), or slots right after words that introduce a
    form ("in the form {type}: {subject}", "formatted as", "named
    {service}", "names services as {team}", "following the pattern",
    "the naming convention: {team}"; a lone slot in a sentence, "mentors
    engineers in the {Discriminator} guild", is a blank), and whatever is in a `code`
    span of a text with words besides (`` uses `[Service]` as the commit
    prefix ``, `` logs `user={name}` ``), a tag or a label written in
    brackets and named as one ("uses the [Service] tag", "the [Team]
    label"; not "owns the [Team] backlog"), and the syntax of templates a
    text gives as examples ("Jinja templates such as {{ name }}",
    "placeholders like [Company], [Team] and <date>", "markers such as
    TODO", "format strings like {name}"), and a template's expression in
    double braces that the sentence names as code, as LL504 reads a
    template tag: in a sentence that names a template language ("writes
    Helm charts with {{ .Values.image }}", "Ansible playbooks with {{
    inventory_hostname }}"; not "works with {{ team_name }} on
    planning"), or before a noun that says what it is ("Hugo's {{
    .Site.Params }} variables"). So is a code marker written as
    code, with its owner in brackets, inside a sentence ("Writes
    TODO(jane) only with a ticket"; not "TODO(jane): write this"), a marker
    or the filler named as a word, before a noun that names it ("resolves
    TODO comments", "XXX and FIXME markers", "TBD placeholders", "lorem
    ipsum filler", quoted or not: '"TODO" comments', "`FIXME` markers"),
    as the object of a verb that does something to placeholders
    ("replaces lorem ipsum and TBD markers with real content", "removes
    any 'TBD' before review"; not "I own TBD"), quoted right after "as"
    or a verb that names ("name", "call", "label", "tag", "mark", "title",
    "number", "prefix", "write", "type": 'marks open questions as
    "TBD"', "as 'TBD'", "as “TBD”"; not a text that is only '"TBD"', a
    value after a label, 'Owner: "TBD"', 'for "TBD" quarter', nor a note
    all a bracket holds, 'comments ("TODO")'), or unquoted after "as"
    where such a verb comes earlier in the sentence ("marks unknowns as
    TBD"; not "ships as TBD"), or the filler before a
    noun that makes it a kind of text, after a word in lower case, as a
    verb ("uses Lorem Ipsum text only in wireframes"; not "Lorem ipsum
    text goes here", "Description: lorem ipsum text"); three X's or more
    that a naming convention fills in, joined to a prefix (capitals before
    "-" or "_", a word before "/"), after one of those naming verbs in the
    same sentence ("names experiments EXP-XXX", "names branches
    feature/XXX"; not "Ticket: JIRA-XXXX", "See go/XXX", an address
    ".../XXX", "L4-XX", "2024-XX-XX" or "99.XX%"); and a marker the framework
    spells out as an acronym, in any of its texts or as a glossary term
    ("practises trunk-based development (TBD)": TBD is a term there; "TBD
    (to be decided)" is still a placeholder). Every text of the framework
    is read: names, titles, the organisation's name, summaries,
    statements, examples, notes, reasons (of a cell, and of an omitted
    level) and glossary; and the
    owners and the licence, which a template leaves for its user to fill
    (`owners: [TODO]`, `licence: "[insert licence]"`).

    Why this matters:
        A template published with its blanks unfilled asks people to meet
        targets nobody set ("reduce latency by ⟨target⟩ by ⟨date⟩"); a TODO
        tells readers the text is not finished.

    Example:
        ```yaml
        competencies:
          impact:
            - I reduce p95 latency by ⟨target⟩ by ⟨date⟩
            - I mentor engineers in the {Discriminator} guild
        ```
        Fix: write the actual target and date, or rephrase without them:
        "I set and meet latency targets for the services I own"; name the
        guild ("in the Payments guild").
    """

    code = "LL406"
    name = "placeholder"
    severity = Severity.ERROR

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        prose = analysis.prose
        # Owners and the licence are not among the texts the other rules
        # read (people's names and addresses are no prose to spell-check):
        # they are read here alone.
        records = [TextField(("owners", i), owner, "owner") for i, owner in enumerate(framework.owners)]
        if framework.licence:
            records.append(TextField(("licence",), framework.licence, "licence"))
        terms: frozenset[str] | None = None
        # Acme is a sample company only in the framework of another organisation.
        sample_is_own = OwnNames(framework.organisation).include(["Acme"])
        filler = set(filler_texts(analysis))
        indexed = [(i, prose.fields[i]) for i in sorted(filler.union(candidates(prose)))]
        for index, field in indexed + [(-1, record) for record in records]:
            found = placeholders(field.text)
            if sample_is_own:
                found = [m for m in found if not SAMPLE_ORGANISATION.fullmatch(m.group())]
            acronyms = {m.group() for m in found} & _ACRONYM_MARKERS
            if acronyms:
                if terms is None:
                    # A marker that a text or the glossary spells out is a term everywhere.
                    terms = frozenset(t for t in framework.glossary if t in _ACRONYM_MARKERS)
                    terms |= defined_markers(prose.text, _ACRONYM_MARKERS - terms)
                found = [m for m in found if m.group() not in terms]
            if not found and index in filler:
                text = field.text
                start = len(text) - len(text.lstrip())
                end = len(text.rstrip())
                yield Violation(
                    field.path,
                    f"placeholder text in Latin (lorem ipsum filler) left in {describe(framework, field.path)}: "
                    f"'{excerpt(text, start, min(end, start + 24), 0)}'; write the actual text",
                    span=(start, end),
                )
                continue
            if found:
                what = "placeholder" if len(found) == 1 else "placeholders"
                yield Violation(
                    field.path,
                    f"{what} {quoted_list(m.group() for m in found)} left in {describe(framework, field.path)}; "
                    "write the actual text",
                    span=found[0].span(),
                )
