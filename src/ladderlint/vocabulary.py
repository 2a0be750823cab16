"""The words of career ladders, in one place.

Two kinds of knowledge live here, shared by the rules, the importer and the
differ so that they never disagree:

- how levels are named: a number in a sequence (``IC3``, ``L4``, ``P3``,
  ``IC 1``, ``Level 2``, ``Engineer II``, ``Software Engineer 2``; a
  sub-level's letter, ``IC3a``, between IC3 and IC4) and
  seniority words (Intern < Junior < Mid < Senior < Staff < Principal ...)
  on one scale, and a skills matrix's proficiencies (Beginner < ... <
  Expert) on another, never compared with the first. The importer orders
  levels with it, as ladders usually have them, and LL201 judges the order
  with it, reporting only what the names make certain (a Lead, a role held
  at several seniorities, is usually below Principal but not always; the
  seniority words of two roles, a Team Lead and a Senior Engineering
  Manager, are not certainly ordered), so an imported ladder never fails
  LL201 by itself;
- the scales along which an expectation grows from level to level: scope
  (task < project < team < group < organisation < company < industry;
  "the organisation" alone is the company, "the tech community" the industry),
  audience (engineers < senior engineers), frequency (sometimes < always),
  certainty (may < must), autonomy (with guidance < independently),
  degree and quality (basic < deep, reasonable < excellent), size (small
  < large) and involvement (help < lead). LL205 and LL207 read them to tell growth from a repeat, and the
  differ to grade a rewording as raising or lowering the bar.

Everything here is data and pure functions of text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from .text import BE_AND_HAVE, FUNCTION_WORDS, name_key, name_words, normal, statement_label, strip_markdown, unaccented, without_possessive, words
from .patterns import lazy

# --- a dimension's name that names no dimension ---------------------------------------

#: Names of a group that say only that it holds competencies ('Competencies',
#: 'Skills', 'Areas', and 'Level expectations', as `ladderlint import` names
#: the competencies no heading groups): a framework's only dimension named so
#: is a container, not a part of the framework the grid needs to show.
_CONTAINER_NAMES = frozenset({
    "competencies", "competences", "competency", "skills", "criteria", "expectations", "capabilities",
    "behaviours", "behaviors", "areas", "topics", "level expectations", "evaluation criteria",
    "competency areas", "focus areas",
})


def names_only_a_container(name: str) -> bool:
    """Whether a dimension's name says nothing but that it holds competencies
    ('Competencies', 'Skills'); not 'Technical skills' or 'Impact'."""
    return " ".join(name_words(name)) in _CONTAINER_NAMES


# --- a mark in place of an expectation --------------------------------------------

#: What a table's cell holds where a competency does not apply at a level
#: ("N/A", "—", "Not applicable"), in the order a regular expression tries
#: them: the importer reads one as the format's ``not_applicable``, and LL403
#: reports one written as a statement.
NOT_APPLICABLE_MARKS = ("n/a", "n.a.", "n.a", "na", "not applicable", "none", "—", "–", "--", "-")
_MARK_SET = frozenset(NOT_APPLICABLE_MARKS)
# What may stand around a mark: brackets, a stop, emphasis, quotes.
_AROUND_A_MARK = " \t.()[]*_\"'“”‘’"


def only_not_applicable_mark(text: str) -> bool:
    """Whether a text is a mark that a competency does not apply and
    nothing more ("N/A", "(n/a)", "—")."""
    return text.strip(_AROUND_A_MARK).casefold() in _MARK_SET


#: The marks a regular expression tries: 'Not assessed: ...' too, as `render` writes a competency that
#: does not apply at a level.
_MARKS = "|".join(re.escape(mark) for mark in (*NOT_APPLICABLE_MARKS, "not assessed"))
#: A mark, maybe with its reason: 'N/A', '(n/a)', 'N/A – first expected at L3', 'Not applicable: ...'.
_MARK_AND_REASON = lazy(rf"^\W*?\(?(?P<mark>{_MARKS})\)?\.?(?:\s*(?:[:,;.(]|\s[—–-])\s*(?P<reason>.*?)\)?)?\s*$",
                        re.IGNORECASE | re.DOTALL)
#: Where a competency does not apply, named by the level it is at: 'this level', 'the current grade', 'this band'.
#: The words that name a level as such: 'level', 'grade', 'band' ...
_A_LEVEL_AS_SUCH = r"(?:level|grade|band|stage|rung|step|tier|role|position|seniority|title)"
_AT_THIS_LEVEL = (r"(?:at|for|in|on)\s+(?:this|that|the|these|those|your|my|their|our)\s+(?:current\s+|present\s+)?"
                  rf"(?:{_A_LEVEL_AS_SUCH}|career\s+level)s?\b")
#: Where, or until when, in a few words, up to the reason: 'at this level', 'until L3', 'at the junior
#: level', 'before Senior Engineer', 'at L1'. 'at', 'for', 'in' and 'on' name a level only by a level's
#: word or code at their end: 'in every sprint', 'on small teams', 'for backend engineers' are conditions
#: ('Not needed on small teams; on large teams coordinates releases' is a statement). Not a clause after
#: a comma: 'Not required in small projects, writes a design doc for large ones' is a statement.
_PLACE_WORD = r"[^\s,.;:]+"
_NAMES_A_LEVEL = (rf"{_A_LEVEL_AS_SUCH}s?"
               r"|[A-Za-z]{1,3}[ -]?\d+|(?:level|grade|band)\s+\d+")
_WHERE_OR_WHEN = (rf"(?:(?:until|till|before|below|from)\s+{_PLACE_WORD}(?:\s+(?![—–-]\s){_PLACE_WORD}){{0,4}}"
                  rf"|(?:at|for|in|on)\s+(?:{_PLACE_WORD}\s+){{0,3}}?(?:{_NAMES_A_LEVEL})(?=$|[\s,.;:]))")
#: A sentence that says so in words, and nothing else but a reason after it (the ``reason`` group):
#: - the words that say so alone, with where or until when, if said: 'Not applicable at this level',
#:   'Not expected yet', 'Not assessed until L3', 'N/A for this grade', 'Not required at this band',
#:   'No expectations at this level', 'No involvement expected';
#: - 'nothing' or 'none' with where it is, without which they open other sentences ('Nothing is shipped
#:   without tests', 'None of the team's incidents go unreviewed'): 'Nothing at this grade', 'None at this
#:   level', 'Nothing expected yet'.
#: - that the level is not defined, as a skills catalogue says of a level a skill does not have: 'This
#:   skill level is currently not defined', 'This level has not been defined', 'Not defined for this
#:   level', 'Not described at this level', 'No description at this level'. Not with 'yet' anywhere in it
#:   ('Not defined yet', '(This level is) not yet defined', 'No description yet') nor 'To be defined': those
#:   say the text is still to be written, a placeholder (LL406).
#: A sentence that goes on to what is (not) expected is a statement: 'Not expected to lead projects yet',
#: 'Not afraid to ask for help at this level' (a behaviour, not its absence); so is one that says
#: something else is not defined ('Works on problems that are not yet defined').
_NOT_DEFINED = r"(?:defined|described|specified)"
#: The level, or the competency at it, as the subject of 'is not defined': 'This skill level', 'The level',
#: 'This competency'.
_THIS_LEVEL_OR_SKILL = (rf"(?:this|the)\s+(?:(?:(?:skill|competency|competence|capability)\s+)?{_A_LEVEL_AS_SUCH}"
                        r"|skill|competency|competence|capability)")
#: That the level (or the competency at it) is not defined, or has no description, with a place for 'yet'
#: (``{yet}``) at each spot it may stand: 'This level has not (yet) been defined (yet)', 'No description (yet)'.
_LEVEL_NOT_DEFINED_WITH = (
    rf"(?:(?:{_THIS_LEVEL_OR_SKILL}\s+(?:is|has)\s+)?(?:currently\s+)?not\s+{{yet}}(?:currently\s+)?(?:been\s+)?{{yet}}"
    rf"{_NOT_DEFINED}|no\s+(?:specific\s+|particular\s+)?(?:descriptions?|definitions?))"
)
_LEVEL_NOT_DEFINED = _LEVEL_NOT_DEFINED_WITH.format(yet="")
#: Such a sentence with 'yet' in it, anywhere: the text is still to be written, a placeholder (LL406), not
#: a level the competency does not have (LL403): 'Not defined yet', 'No description yet', 'This level has
#: not been defined yet', 'This level is not yet defined', 'Not defined at this level yet'.
_MAYBE_YET = r"(?:yet\s+)?"
_NOT_DEFINED_YET = (rf"(?=[^.!?]*\byet\b){_LEVEL_NOT_DEFINED_WITH.format(yet=_MAYBE_YET)}(?:\s+yet)?"
                    rf"(?:\s+{_WHERE_OR_WHEN})?(?:\s+yet)?")
_NOT_APPLICABLE_SENTENCE = lazy(
    r"^(?P<said>(?:n/a|na|not\s+(?:yet\s+)?(?:applicable|expected|assessed|required|relevant|needed|evaluated)"
    r"|no\s+(?:specific\s+|particular\s+)?(?:expectations?|requirements?|criteria)(?:\s+(?:yet|set))?"
    # 'No involvement expected': what is not expected, then the word that says so.
    r"|no\s+(?:involvement|contribution|responsibilit(?:y|ies)|ownership)\s+(?:expected|required|needed))"
    rf"(?:\s+yet)?(?:\s+{_WHERE_OR_WHEN}(?:\s+yet)?)?"
    # That the level is not defined, without 'yet' anywhere: with it, a placeholder (``_NOT_DEFINED_YET``).
    rf"|{_LEVEL_NOT_DEFINED}(?:\s+set)?(?:\s+{_WHERE_OR_WHEN})?"
    r"|(?:nothing|none)(?:\s+(?:specific|in\s+particular|expected|required|assessed))?"
    rf"(?:\s+yet|(?:\s+yet)?\s+{_AT_THIS_LEVEL}(?:\s+yet)?|\s+(?=until|till|before|below){_WHERE_OR_WHEN}))"
    # The reason after a colon, a dash, a stop, or a comma before a pointer
    # to another level ('Nothing at this grade yet, see Senior Engineer 2').
    r"(?:\s*(?:[:;]|\s[—–-]|\.\s|,(?=\s*(?:see|refer\s+to)\s))\s*(?P<reason>[^\s].*?))?\s*\.?$",
    re.IGNORECASE | re.DOTALL)


#: How every mark and sentence above starts, after brackets, emphasis or quotes: an 'n', a dash, or the
#: words that open a sentence that the level is not defined ('This skill level ...', 'Currently not ...').
_MAY_SAY_NOT_APPLICABLE = lazy(r"[\W_]*(?:n|[—–-]|th(?:is|e)\s|currently\s)", re.IGNORECASE)
#: The first letters of the above, to leave most statements at once.
_MAY_OPEN_NOT_APPLICABLE = frozenset("nNtTcC")


#: Who does it, opening a sentence: 'they focus on learning the codebase'.
_SUBJECTS = frozenset(("they", "he", "she", "we", "you", "i", "engineers", "everyone", "someone"))
#: What opens a condition before what someone does: 'on large teams coordinates releases'.
_CONDITIONS = frozenset(("on", "in", "for", "at", "with", "when", "if", "across", "within", "outside"))


def _says_what_someone_does(reason: str) -> bool:
    """Whether what follows a not-applicable sentence is a behaviour, not
    its reason: it opens with a verb in -s ('Ships a feature most
    quarters', 'focuses on delivery'), with who does it ('they focus on
    ...'), or with a condition and then such a verb ('on large teams
    coordinates releases'). A reason points to a level or says why in a
    phrase ('first expected at L3', 'see Senior Engineer 2', 'covered by
    the tech lead', 'mentoring starts at L3')."""
    said = re.findall(r"[A-Za-z][\w'’-]*", reason.casefold())
    if not said:
        return False
    if said[0] in _SUBJECTS:
        return True
    from .dictionary import verb_in_s  # lazily: a reason after a not-applicable sentence is rare

    def in_s(word: str) -> bool:  # 'ships', never 'see' or 'across'
        return word.endswith("s") and not word.endswith("ss") and verb_in_s(word)

    if in_s(said[0]):
        return True
    # A condition of a few words, then the verb: not the condition's own first noun ('on teams').
    return said[0] in _CONDITIONS and any(in_s(word) for word in said[2:5])


#: A phrase that sets the scene before what a sentence says, up to its comma: 'On your project, present ...'.
SETS_THE_SCENE = lazy(r"^[\W\d_]*(?:on|in|for|at|with|during|after|before|when|while|as|within|across|once)\b[^,]*,",
                      re.IGNORECASE)
#: A sentence's first word, past marks and numbers, and the word after it.
_FIRST_WORD = lazy(r"[\W\d_]*(?P<word>[A-Za-z]+)(?:\s+(?P<next>[A-Za-z]+))?")
#: Verbs that follow their subject: after them, the first word was the subject ('Talk is cheap').
_AUXILIARIES = BE_AND_HAVE | frozenset("do does did can could will would shall should may might must".split())


def tells_to_do(text: str) -> bool:
    """Whether a sentence or a clause tells the reader what to do ('ask for
    examples of shipped work', 'Take on a stretch assignment', 'show me the
    code'): it starts with a verb in its base form, as far as the
    dictionary tells, after a phrase that sets the scene, if any ('On your
    project, present ...'), and no verb follows as if that word were its
    subject ('Talk is cheap', 'Captain might support ...'). The rules (LL506)
    and the importer read instructions by it alike."""
    scene = SETS_THE_SCENE.match(text)
    first = _FIRST_WORD.match(text, scene.end() if scene else 0)
    if first is None:
        return False
    word, following = first.group("word"), (first.group("next") or "").casefold()
    # 'TAKE', 'tAke': no word written so; 'the' ('thing'): no verb.
    if word != word.capitalize() and word != word.lower() or word.casefold() in FUNCTION_WORDS \
            or following in _AUXILIARIES:
        return False
    from .dictionary import english  # lazily: read only when a sentence needs it

    return english().verb(word.casefold())


@dataclass(frozen=True)
class NotApplicable:
    """A statement that only says its competency does not apply at the level."""

    #: The mark or the words as written ('N/A', '—', 'Nothing at this grade').
    mark: str
    #: The document's reason, if it gives one ('first expected at L3').
    reason: str | None

    @property
    def text(self) -> str:
        """What the format's ``not_applicable`` says: the reason, else the
        words every mark stands for ('N/A', 'na', 'None' and a dash alike)."""
        if self.reason:
            return self.reason[:1].upper() + self.reason[1:]
        return "Not applicable"


def not_applicable(text: str) -> NotApplicable | None:
    """The mark, and the reason, of a statement that only says the
    competency does not apply at its level: a table's mark ('N/A', '—',
    'N/A – first expected at L3') or a sentence that says so ('Not
    expected at this level', 'Nothing at this grade', 'None at this level:
    first expected at L3'), also after the label of what it is about
    ('Recruitment: No involvement expected.'). None for a statement
    ('Recruitment: interviews candidates', 'None of the team's
    incidents go unreviewed', 'Nothing is shipped without tests', 'None,
    but ...'). The importer writes what it finds as the format's ``not_applicable``;
    LL403 reports it written as a statement."""
    first = text[:1]
    if first.isalnum() and first not in _MAY_OPEN_NOT_APPLICABLE or _MAY_SAY_NOT_APPLICABLE.match(text) is None:
        # Most statements, at once: by their first letter, without a pattern; but a label may
        # open one ('Recruitment: No involvement expected.').
        if ":" not in text and " - " not in text:
            return None
        return _labelled_not_applicable(text) if _LABEL_THEN_MAY_SAY_NOT.search(text) else None
    plain = " ".join(strip_markdown(text).split()).strip(" \"'“”‘’")
    sentence = _NOT_APPLICABLE_SENTENCE.match(plain)
    if sentence is not None:
        said = sentence.group("said")
        reason = sentence.group("reason")
        if reason is not None and _says_what_someone_does(reason):
            return None  # 'Not expected in every sprint. Ships a feature most quarters': a statement
        if reason is not None:
            return NotApplicable(said, reason.strip(" .") or None)
        # The words are the reason, unless they are a mark alone.
        return NotApplicable(said, None) if said.casefold() in _MARK_SET else NotApplicable(said, said)
    match = _MARK_AND_REASON.match(plain)
    if match is None:
        return None
    reason = (match.group("reason") or "").strip(" .") or None
    mark = match.group("mark")
    if reason is not None and mark.casefold() == "none" and not re.match(r"[:(]|\s*[—–-]", plain[match.end("mark"):].lstrip(")")):
        return None  # 'None, but ...' is how a sentence starts, not a mark and its reason
    return NotApplicable(mark, reason)


# A label's end, then what may open a not-applicable sentence ('N/A', 'No ...', 'None', a dash): a statement
# whose every label is followed by another word is none, without reading its label.
_LABEL_THEN_MAY_SAY_NOT = lazy(r"(?::| - )[\s*_]*(?:[nN]|[^\w\s])")


def _labelled_not_applicable(text: str) -> NotApplicable | None:
    """A not-applicable sentence after the label of what it is about, and
    nothing else: 'Recruitment: No involvement expected.', 'Hiring - N/A'.
    Only where all that follows the label says so: 'Recruitment:
    interviews candidates' is a statement, and so is 'Recruitment: Not
    expected to lead. Interviews candidates'. The reason keeps the label."""
    found = statement_label(text)
    if found is None:
        return None
    said = not_applicable(found[1])
    if said is None:
        return None
    rest = text.rfind(found[1])
    label = text[:rest].strip(" :-–—*_") if rest > 0 else found[0]
    return NotApplicable(said.mark, f"{label}: {said.text[:1].lower()}{said.text[1:]}")


# A statement that only sends the reader to another level, as a matrix's
# cell does ("see E3"). The importer also reads one in front of what a level
# adds ("Same as L1, plus: ..."): importers/cells.py.
_REFERRING = ("see ", "same as ", "as ", "refer to ", "identical to ")


# A reference to a level, and a level named by where it is ("the previous level").
_LEVEL_REFERENCE = lazy(
    r"\W*(?:see|same as|as for|as per|as in|as at|as|refer to|identical to)\s+(?:the\s+)?(?:level\s+)?"
    r"(?P<level>[^.;:,!?]+?)[\s.!)]*",
    re.IGNORECASE,
)
_RELATIVE_LEVEL = lazy(
    r"(?:(?:previous|prior|last|lower|earlier)(?:\s+(?:level|one|grade|band))?|(?:level|one)\s+below|above)",
    re.IGNORECASE,
)


def only_a_level_reference(text: str, level_names: frozenset[str]) -> bool:
    """Whether a statement only refers to another level ("see E3", "Same
    as Senior Engineer.", "As the previous level"); ``level_names`` are the
    framework's level ids and titles, case-folded."""
    if not text.lstrip("(").casefold().startswith(_REFERRING):
        return False
    match = _LEVEL_REFERENCE.fullmatch(text)
    if match is None:
        return False
    named = match.group("level")
    return named.casefold() in level_names or _RELATIVE_LEVEL.fullmatch(named) is not None


# --- level names ----------------------------------------------------------------

#: A note's label that says the note is about the document, how to use or
#: read it, not what it holds ('Instructions', 'How to use this sheet',
#: 'Read me', 'Notes').
_NOTE_LABEL = lazy(r"instructions?|how to (?:use|read|fill in|fill out|complete|update|edit)\b.*|"
                         r"read ?me|notes?|nb|please note|disclaimers?|caveats?|important|warning|about this (?:sheet|tab|glossary|page|document|"
                         r"workbook|spreadsheet|framework|table)", re.IGNORECASE)
#: Where a note's label ends: a colon, or a dash with a space after it.
_LABEL_END = lazy(r"\s*(?::|\s[-–—])\s")


def note_label(text: str) -> str | None:
    """The label of a note about the document itself that opens ``text``
    ('Instructions: fill in ...', 'How to use this sheet', 'Notes - ...'),
    or None."""
    text = text.strip()
    label = _LABEL_END.split(text, maxsplit=1)[0].strip().rstrip(":").strip()
    return label if _NOTE_LABEL.fullmatch(label) else None


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
# A Roman numeral up to 39, in either case: as far as lists, levels and
# chapters count.
_SMALL_ROMAN = lazy(r"x{0,3}(?:ix|iv|v?i{0,3})", re.IGNORECASE)


def roman_numeral(word: str) -> bool:
    """Whether a word is a Roman numeral up to 39 ("iii", "viii", "xiv",
    "XII"), as lists ("(iii)", "iii."), levels and chapters are numbered."""
    return word != "" and _SMALL_ROMAN.fullmatch(word) is not None

# The letter of a sub-level, after its level's number: IC3a and IC3b split
# IC3, between IC3 and IC4. Ladders letter them from a; a few letters, so
# that the 's' of the people on a level ('IC3s') is no sub-level.
_SUB = r"(?P<sub>[a-f]?)"
# An id such as IC3, ic-3, L04, level_2, P3, 3 or IC3a: letters (the
# sequence), an optional separator, the number, then a sub-level's letter.
_ID_NUMBER = lazy(rf"^(?P<prefix>[A-Za-z]*(?:[-_.][A-Za-z]+)*)(?P<sep>[-_.]?)(?P<number>\d+){_SUB}$")
# A level code in a title: IC3, SDE2, L4, "IC 1", "(IC 1)", "IC 3a": one to
# four capitals, then one or two digits (see _code for the spaced form) and
# a sub-level's letter.
_CODE = lazy(
    rf"(?<![A-Za-z0-9])(?P<prefix>[A-Z]{{1,4}})(?P<sep> ?)(?P<number>[0-9]{{1,2}}){_SUB}(?![A-Za-z0-9]|\.[0-9])")
# "Level 2", "level-3", "Band 4": a word that names the sequence itself.
#: The numbers zero to nineteen in words, each at its value: "thirteen" is SPELT_ONES[13].
SPELT_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
#: The tens from twenty to ninety in words, in order.
SPELT_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: The numbers one to twelve in words, in order: "Level Three", "three engineers".
NUMBER_WORDS = SPELT_ONES[1:13]
# "Level One", "Level Three": a level word's number spelt out.
_LEVEL_WORD = lazy(r"\b(?P<word>level|band|grade|tier)(?:[ -]?(?P<number>[0-9]{1,2})|[ -](?P<spelt>"
                   + "|".join(NUMBER_WORDS) + r"))\b", re.IGNORECASE)
# "Grade B", "Band A": a word that names the sequence, then a capital letter
# counting its rungs as numbers do (lettered grades rarely pass H).
_LEVEL_LETTER = lazy(r"\b(?P<word>[Ll]evel|[Bb]and|[Gg]rade|[Tt]ier)[ -](?P<letter>[A-H])(?![\w'\u2019+-])")
_TOKENS = lazy(r"[A-Za-z]+|[0-9]+")
# Words numbered in documents that are not levels: versions ("Our Values
# (v2)") and the parts of a text ("Section 1 - Definitions", "Question 3").
_VERSION_WORDS = frozenset({
    "v", "ver", "version", "rev", "revision", "edition", "part", "chapter", "step", "section", "article", "clause",
    "appendix", "annex", "figure", "table", "page", "question", "exercise", "lesson", "module", "phase", "week", "day",
})
#: Words that name a competency or a group of them, numbered in the order a
#: document lists them ("Competency 1: Code Quality", "Area 01", "Pillar 3"):
#: no rung of a ladder.
COMPETENCY_NOUNS = frozenset(
    "competency competence skill area dimension pillar capability attribute theme focus".split())


#: Words that name what a competency or a dimension of a ladder is about, as
#: real ladders head them ('Delivery', 'Communication', 'Technical
#: Leadership', 'Communication & Collaboration'): never the name of a rung.
_SKILL_NOUNS = frozenset(
    "delivery communication collaboration leadership impact craft execution influence ownership mentorship "
    "mentoring teamwork quality scope autonomy complexity strategy expertise knowledge learning growth culture "
    "hiring recruiting recruitment architecture design testing security reliability operations documentation "
    "excellence management planning judgment judgement initiative accountability coaching feedback empathy "
    "citizenship community problem solving skills competencies results outcomes productivity "
    "process processes velocity innovation ambiguity debugging observability maintainability".split())
#: Words that say what kind of skill such a noun is ('Technical', 'People', 'Business').
_SKILL_KINDS = frozenset(
    "technical people business product team organisational organizational engineering personal professional "
    "domain system systems code software operational strategic cross functional cross-functional "
    "interpersonal".split())


def names_skills(name: str) -> bool:
    """Whether a heading is the name of a competency or of a group of
    them, as ladders name them ('Delivery', 'Technical Leadership',
    'Communication & Collaboration', 'Problem solving'): nouns of skills,
    maybe of a kind and joined by 'and', and no other word."""
    said = [word.casefold() for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name)
            if word.casefold() not in ("and", "of")]
    return bool(said) and all(word in _SKILL_NOUNS | _SKILL_KINDS for word in said) \
        and any(word in _SKILL_NOUNS for word in said) and not set(re.findall(r"\d", name))


@dataclass(frozen=True)
class Rung:
    """A level's number within a sequence. ``family`` names the sequence
    without case ('ic', 'l', 'software engineer')."""

    family: str
    number: int
    #: How to write another rung of this sequence: the prefix and separator
    #: as written, and the width of a zero-padded number.
    prefix: str = ""
    width: int = 0
    #: A sub-level's letter ('a' of IC3a), lower case; '' for none. A
    #: sub-level comes after its level's number and before the next.
    sub: str = ""
    #: How a number numbered in Roman numerals was written: "upper" (IC-IV),
    #: "lower" (ic-iv); '' for digits.
    roman: str = ""

    def id_for(self, number: int) -> str:
        if self.roman:
            numeral = _roman_for(number)
            return self.prefix + (numeral.upper() if self.roman == "upper" else numeral)
        return f"{self.prefix}{str(number).zfill(self.width)}"

    @property
    def place(self) -> tuple[int, str]:
        """Where it stands in its sequence: IC3 < IC3a < IC3b < IC4."""
        return self.number, self.sub


def id_rung(level_id: str) -> Rung | None:
    """The rung a level id names (`IC3` -> ic 3), or None for ids like `senior`."""
    match = _ID_NUMBER.match(level_id)
    if match is None:
        return _roman_id_rung(level_id)
    digits = match["number"]
    width = len(digits) if digits.startswith("0") and len(digits) > 1 else 0
    return Rung(match["prefix"].casefold(), int(digits), match["prefix"] + match["sep"], width, match["sub"])


# An id numbered in Roman numerals after a separator: ic-iv, Engineer_II.
# The separator keeps words that end in a numeral's letters ("civ") out.
_ROMAN_ID = lazy(r"^(?P<prefix>[A-Za-z]+(?:[-_.][A-Za-z]+)*)(?P<sep>[-_.])(?P<numeral>[ivxIVX]+)$")


def _roman_id_rung(level_id: str) -> Rung | None:
    """The rung of an id numbered in Roman numerals, of one case (`ic-iv`, `IC-IV`)."""
    match = _ROMAN_ID.match(level_id)
    if match is None:
        return None
    numeral = match["numeral"]
    if not roman_numeral(numeral) or not (numeral.islower() or numeral.isupper()):
        return None
    return Rung(match["prefix"].casefold(), _roman_value(numeral), match["prefix"] + match["sep"],
                roman="lower" if numeral.islower() else "upper")


def _roman_value(numeral: str) -> int:
    """The number a Roman numeral up to 39 (``roman_numeral``) stands for."""
    numeral = numeral.casefold()
    tens = len(numeral) - len(numeral.lstrip("x"))
    return 10 * tens + _ROMAN.get(numeral[tens:], 0)


def _roman_for(number: int) -> str:
    """A number up to 39 in lower-case Roman numerals; larger ones in digits."""
    if not 0 < number < 40:
        return str(number)
    units = {value: numeral for numeral, value in _ROMAN.items()}
    return "x" * (number // 10) + units.get(number % 10, "")


#: Words that say what a code before them numbers, where it is not a level:
#: a priority, a severity or a support tier ("P1 incidents", "L2 support"),
#: a network layer, a cache or a norm ("L4 load balancers", "L2 cache").
NUMBERED_NOT_LEVELS = frozenset(
    """
    incident incidents bug bugs issue issues outage outages alert alerts ticket tickets page pages defect
    defects escalation escalations problem problems fault faults vulnerability vulnerabilities priority
    priorities severity severities sev sevs support
    cache caches load balancer balancers balancing switch switches network networks layer layers proxy proxies
    traffic routing router routers firewall firewalls norm norms regularization regularisation loss distance
    """.split()
)
#: Words before a level named that make it someone else's, who helps or is
#: helped ("guidance from L5 engineers", "escalates to an L6", "works with
#: L4s"): not the level the statement asks of its reader.
OTHERS_LEVEL = frozenset("from by to with".split())
#: A level named by its code in a word of a text: "l4", "ic3", "e-5", "ic3s" (the people on IC3).
_LEVEL_CODE = lazy(r"(?P<family>[a-z]{1,3})-?(?P<number>\d{1,2})s?")


def code_rung(word: str) -> tuple[str, int] | None:
    """The sequence and number of a word of a text shaped as a level's code
    ("ic3s": ("ic", 3)), whatever sequence it is of; None for another word."""
    match = _LEVEL_CODE.fullmatch(word)
    return (match["family"], int(match["number"])) if match else None


#: A number with a letter after it that places a rung between two whole
#: numbers: the NHS's and the civil service's bands ("band 8a" < "band 8b" <
#: "band 9"), read where a word of ``LETTERED_RUNGS`` comes before it.
_LETTERED_NUMBER = lazy(r"(\d{1,2})([a-h])")
#: The words before a number that may have a letter after it ("band 8a", "level 8a", "grade 7b"):
#: ``RUNG_WORDS`` holds them and a milestone's, a stage's and a rung's, whose numbers take none.
LETTERED_RUNGS = frozenset("band bands grade grades level levels tier tiers".split())


def lettered_number(word: str) -> float | None:
    """Where a number with a letter after it ("8a") stands among the whole
    numbers, by its number and then its letter: 8 < 8a < 8b < 9; None for
    another word."""
    match = _LETTERED_NUMBER.fullmatch(word)
    return None if match is None else int(match[1]) + (ord(match[2]) - ord("a") + 1) / 10


def level_named(words: Sequence[str], i: int, families: frozenset[str]) -> float | None:
    """The number of the level the word at ``i`` of a text's words (lower
    case, as ``text.words`` gives them) names: a code of one of
    ``families`` (the sequences the ladder's level ids use, and "l":
    "IC3s", "L4") or the number after "level" ("level 4", "level 8a" a
    little above level 8: ``lettered_number``); None where it
    names none, or what follows says it numbers something else ("P1
    incidents", "L2 support", "L4 load balancers", "L2 cache"), or what
    comes before makes it someone else's ("guidance from L5 engineers")."""
    word = words[i]
    if word.isdigit() and i and words[i - 1] == "level":
        number: float = int(word)
        start = i - 1
    elif i and words[i - 1] == "level" and (lettered := lettered_number(word)) is not None:
        number, start = lettered, i - 1
    else:
        code = code_rung(word)
        if code is None or code[0] not in families | {"l"}:
            return None
        number, start = code[1], i
    while start and words[start - 1] in ("a", "an", "the", "other", "more", "senior"):
        start -= 1
    if start and words[start - 1] in OTHERS_LEVEL and words[start - 2 : start] != ["up", "to"]:
        return None  # "guidance from L5 engineers"; not "up to level 4", a bound
    k = i + 1
    while k < len(words) and (words[k] in ("and", "or", "to") or code_rung(words[k])):
        k += 1  # "P1 and P2 alerts", "P1/P2 bugs"
    if k < len(words) and words[k] in NUMBERED_NOT_LEVELS:
        return None
    return number


def title_rung(title: str) -> Rung | None:
    """The rung a title names: a level code (`IC3 Machine Learning Engineer`,
    `Engineer (IC 1)`), a level word (`Level 2`, `Grade B`), or a number or Roman
    numeral after the role (`Software Engineer 2`, `Senior Engineer II`),
    numbered within the rest of the title. A title that names the level's
    roles as alternatives (`Software Engineer IV / Platform Manager`) is
    numbered by the first that is."""
    if "/" in title:
        return next((rung for part in title.split("/") if (rung := title_rung(part.strip())) is not None), None)
    code = _code(title)
    if code is not None:
        return Rung(code["prefix"].casefold(), int(code["number"]), code["prefix"], sub=code["sub"])
    word = _LEVEL_WORD.search(title)
    if word is not None:
        return Rung(word["word"].casefold(), _level_number(word), word["word"].title() + " ")
    lettered = _LEVEL_LETTER.search(title)
    if lettered is not None:
        # A sequence of its own: "Grade B" is no rung of "Grade 2"'s.
        return Rung(f"{lettered['word'].casefold()} letter", ord(lettered["letter"]) - ord("A") + 1)
    tokens = _TOKENS.findall(title)
    # The last word, or the one before a bracketed remark ("Engineer II (Backend)").
    for i in range(len(tokens) - 1, 0, -1):
        token = tokens[i]
        number = int(token) if token.isdigit() else _ROMAN.get(token.casefold()) if token.isupper() else None
        if number is not None and (tokens[i - 1].casefold() in _VERSION_WORDS | COMPETENCY_NOUNS
                                   or _A_YEAR.fullmatch(token)):
            break  # "Our Values (v2)" is a version, "Competency 2" a competency, "Ladder 2024" a year: no level
        if number is not None and tokens[i - 1].isalpha():
            family = " ".join(tokens[:i]).casefold()
            return Rung(family, number)
        if i == len(tokens) - 1 and len(token) == 1 and "A" <= token <= "H" \
                and tokens[i - 1].casefold() in TITLE_NOUNS | _MANAGED_ROLES:
            # "Solutions Engineer B": a role's lettered rungs, counted as
            # "Grade B" is, a sequence of their own; not "Track B" or "Plan C".
            return Rung(" ".join(tokens[:i]).casefold() + " letter", ord(token) - ord("A") + 1)
        if not token.isalpha() or len(tokens) - i > 2:
            break
    return None


def title_length(title: str) -> int:
    """How many words a level's title is long, as a reader weighs a name
    against a sentence: a title that names the level's roles as
    alternatives (`Sr. Director of Engineering / VP Engineering`) by its
    longest alternative, as ``title_rung`` reads each on its own."""
    return max((len(part.split()) for part in title.split("/")), default=0)


#: A year in a title ("Engineering Ladder 2024", "(2024)"), which numbers no level.
_A_YEAR = lazy(r"(?:19|20)\d\d")


def _code(title: str) -> re.Match[str] | None:
    """The first level code in a title; "IC 1" may have a space, "Q 3" may not."""
    for match in _CODE.finditer(title):
        if not match["sep"] or len(match["prefix"]) >= 2:
            return match
    return None


def _level_number(word: re.Match[str]) -> int:
    """The number of a level word's match (``_LEVEL_WORD``): "Level 3", "Level Three"."""
    return int(word["number"]) if word["number"] else NUMBER_WORDS.index(word["spelt"].casefold()) + 1


def level_code(title: str) -> str | None:
    """The level id a title spells out, as it spells it: `IC3`, `IC1` from
    "(IC 1)", `IC3a` from "(IC 3a)", `L2` from "Level 2", `GB` from "Grade
    B"; None when it names none."""
    code = _code(title)
    if code is not None:
        return code["prefix"] + code["number"] + code["sub"]
    word = _LEVEL_WORD.search(title)
    if word is not None:
        return f"{word['word'][0].upper()}{_level_number(word)}"
    lettered = _LEVEL_LETTER.search(title)
    if lettered is not None:
        return f"{lettered['word'][0].upper()}{lettered['letter']}"
    return None


#: A line that gives a level's code, then its title ('L2 — Software
#: Engineer', 'Level 3: Senior Engineer', 'Grade B - Engineer', 'IC2 - Engineer', 'L1 · Associate', as Notion and
#: site generators set a middle dot or a bullet between them).
LEVEL_LINE = lazy(r"(?P<code>[A-Za-z]{1,6}\s?\d{1,2}[a-z]?|(?:Level|Band|Grade|Tier) [A-H])\s*[—–:|·•-]\s*(?P<title>[A-Z][^.!?]{0,60})")
_CODE_WORDS = r"[A-Za-z]{1,6}\s?\d{1,2}[a-z]?"
# A title, then its level's code in brackets or after a dash: 'Software
# Engineer (L2)', 'Software Engineer II [IC2]', 'Senior Engineer – L3'.
_TITLE_THEN_CODE = lazy(
    rf"(?P<title>[A-Z].*?[^\s—–:|·•-])\s*(?:\((?P<bracketed>{_CODE_WORDS})\)|\[(?P<squared>{_CODE_WORDS})\]"
    rf"|(?:[—–:|·•]|\s-)\s*(?P<dashed>{_CODE_WORDS}))")
#: Codes of the levels a title spans ('Junior (L1-L2)', 'P1–P2 (Engineer)', 'Senior (L5 – L6)',
#: 'Staff (IC5 to IC6)', 'P4/P5', 'Staff+ (L7+)'). Its spaces before are searched from the first
#: of them only: from each of a long run, it was quadratic.
_CODE_RANGE = lazy(r"(?<!\s)\s*\(?(?<![A-Za-z0-9])(?P<prefix>[A-Z]{1,4}) ?(?P<low>\d{1,2}[a-z]?)(?:\s*(?:[-–—/]|to)\s*"
                   r"(?:(?P<again>[A-Z]{1,4}) ?)?(?P<high>\d{1,2}[a-z]?)(?![A-Za-z0-9])|(?P<plus>\+))\)?")
#: Numbers of the levels a level word spans ('Level 3/4', 'Levels 3-4', 'Band 7 to 8', 'Level 3 / Level 4'),
#: as a title or a level's cell ('Level' over '3/4') writes them.
_LEVEL_WORD_RANGE = lazy(r"\(?\b(?P<word>(?i:level|band|grade|tier))s?[ -]?(?P<low>\d{1,2})\s*(?:[-–—/]|to)\s*"
                         r"(?:(?i:level|band|grade|tier) ?)?(?P<high>\d{1,2})(?![\w.])\)?")


def code_range(title: str) -> tuple[str, str] | None:
    """The id of the levels' codes a title spans, the range written as an
    id ('P1-P2' of 'P1–P2 (Engineer)', 'L7-plus' of 'Staff+ (L7+)', 'L3-L4'
    of 'Level 3/4', as 'Level 3' is L3), and the
    title's words without it ('Engineer'; empty where it has none); None
    where it spans no codes. No one code is such a level's: the first
    would make the next level's look like a gap."""
    found = _CODE_RANGE.search(title)
    if found is not None:
        low = f"{found['prefix']}{found['low']}"
        spanned = f"{low}-plus" if found["plus"] else f"{low}-{found['again'] or found['prefix']}{found['high']}"
    elif (found := _LEVEL_WORD_RANGE.search(title)) is not None:
        # 'Level 3/4' as 'Level 3' is L3: L3-L4.
        prefix = found["word"][0].upper()
        spanned = f"{prefix}{found['low']}-{prefix}{found['high']}"
    else:
        return None
    # What parts the codes from the words goes with them ('L3–L4: Engineer', 'Engineer – L3/L4').
    rest = (title[:found.start()].rstrip(" —–:|·-") + " " + title[found.end():].lstrip(" —–:|·-")).strip()
    if rest.startswith("(") and rest.endswith(")") and "(" not in rest[1:-1] and ")" not in rest[1:-1]:
        rest = rest[1:-1].strip()  # 'P1–P2 (Engineer)': the title in brackets after the codes
    return spanned, " ".join(rest.split())


#: A level's code, then its title in brackets: 'P3 (Senior Engineer)', as a header over a level's column writes it.
_CODE_THEN_BRACKETED = lazy(rf"(?P<code>{_CODE_WORDS})\s*\((?P<title>[A-Z][^()]{{0,60}})\)")
#: A level's code, then its title after a space: 'G01 Intern', 'IC3 Software Engineer'.
_CODE_THEN_TITLE = lazy(rf"(?P<code>{_CODE_WORDS})\s+(?P<title>[A-Z][^.!?]{{0,60}})")


def title_without_code(title: str, level_id: str, spaced: bool = False) -> str:
    """A level's title less the code it gives apart from its words, where
    that code is the level's id: 'Software Engineer' of 'L2 — Software
    Engineer', 'L2: Software Engineer', 'Software Engineer (L2)' at level
    L2, 'Software Engineer II' of 'Software Engineer II (IC2)' at IC2,
    'Intern' of 'G01 Intern' at G01 where ``spaced`` (a space alone between
    them: the codes of a ladder's levels; one page's 'IC3 Software
    Engineer' is a role's name as Dropbox writes it). A title alone
    ('Senior Engineer'), a code alone ('L2') and a word shaped as a code
    that is not the level's id ('L10n Engineer') are the title as written."""
    apart: list[tuple[str, str]] = []
    if (first := LEVEL_LINE.fullmatch(title)) is not None:
        apart.append((first["code"], first["title"]))
    if spaced and (opening := _CODE_THEN_TITLE.fullmatch(title)) is not None:
        apart.append((opening["code"], opening["title"]))
    if (last := _TITLE_THEN_CODE.fullmatch(title)) is not None:
        apart.append((last["bracketed"] or last["squared"] or last["dashed"], last["title"]))
    if (bracketed := _CODE_THEN_BRACKETED.fullmatch(title)) is not None:
        apart.append((bracketed["code"], bracketed["title"]))
    spanned = code_range(title)
    if spanned is not None and spanned[0].casefold() == level_id.casefold() and spanned[1]:
        return spanned[1]
    for code, rest in apart:
        if (level_code(code) or "").casefold() == level_id.casefold() and rest.strip():
            return rest.strip()
    return title


# Seniority words, lowest first. Each maps to a range on one scale: a level
# is certainly below another only when its whole range is, so words whose
# place varies between companies (Lead beside Staff, Experienced beside
# Senior) are never compared with the words they may equal. Words are
# compared without accents ('Júnior', 'Sênior' in Portuguese); Brazilian
# ladders name the middle rung 'Pleno', Latin American ones 'Semi-Senior'.
_BASE_SENIORITY = {
    "intern": (0.0, 0.0),
    "apprentice": (1.0, 1.0),
    "trainee": (1.0, 1.0),
    "entry": (1.0, 2.0),
    "graduate": (1.0, 2.0),
    "junior": (2.0, 2.0),
    "associate": (2.0, 2.0),
    "mid": (3.0, 3.0),
    "middle": (3.0, 3.0),
    "intermediate": (3.0, 3.0),
    "pleno": (3.0, 3.0),
    "semisenior": (3.0, 3.0),
    "experienced": (3.0, 4.0),
    "senior": (4.0, 4.0),
    # French and German ladders' own words (read without accents): 'Ingénieur confirmé' is the
    # middle rung, 'Ingénieur débutant' the first, 'Praktikant' an intern.
    "stagiaire": (0.0, 0.0),
    "praktikant": (0.0, 0.0),
    "praktikantin": (0.0, 0.0),
    "alternant": (1.0, 1.0),
    "alternante": (1.0, 1.0),
    "debutant": (2.0, 2.0),
    "debutante": (2.0, 2.0),
    "confirme": (3.0, 3.0),
    "confirmee": (3.0, 3.0),
    "experimente": (3.0, 4.0),
    "experimentee": (3.0, 4.0),
    "intermediaire": (3.0, 3.0),
    # Portuguese, Spanish and German ladders' own words: 'Estagiário', 'Practicante', 'Becario' and
    # 'Werkstudent' are interns, 'Intermedio' the middle rung, 'Erfahrener Entwickler' an experienced one.
    "estagiario": (0.0, 0.0),
    "estagiaria": (0.0, 0.0),
    "practicante": (0.0, 0.0),
    "becario": (0.0, 0.0),
    "becaria": (0.0, 0.0),
    "werkstudent": (0.0, 0.0),
    "werkstudentin": (0.0, 0.0),
    "intermedio": (3.0, 3.0),
    "intermedia": (3.0, 3.0),
    "erfahren": (3.0, 4.0),
    "erfahrene": (3.0, 4.0),
    "erfahrener": (3.0, 4.0),
    # A Lead in Portuguese and Spanish ('Engenheiro líder', 'Desarrollador Líder') and German
    # ('Leitender Entwickler'): a role held at several seniorities, as Lead is (``_ROLES``).
    "lider": (4.5, 5.5),
    "leitend": (4.5, 5.5),
    "leitende": (4.5, 5.5),
    "leitender": (4.5, 5.5),
    # An Expert after a role's words ('Développeur expert', 'Engenheiro especialista', 'Desarrollador
    # experto', 'Entwickler Experte') or alone: a rung whose place varies most between companies, from
    # right above Junior (Roomle's Junior, Expert, Senior) to between Lead and Principal (Les-Tilleuls'
    # Senior, Lead, Expert, Principal). Certainly above a trainee or an intern and below a Distinguished
    # or a Fellow only, so never compared with the rungs it may equal. Opening a title of more words
    # ('Expert Systems Engineer', 'Especialista em dados') it names the role's field (``_EXPERTS``).
    # Alone ('Expert'), it is also a proficiency (``_PROFICIENCY``), as Intermediate is.
    "expert": (2.0, 6.0),
    "experte": (2.0, 6.0),
    "expertin": (2.0, 6.0),
    "experto": (2.0, 6.0),
    "experta": (2.0, 6.0),
    "especialista": (2.0, 6.0),
}
# Words that head a title, which "senior" raises ("Senior Staff").
_HEAD_SENIORITY = {
    "lead": (4.5, 5.5),
    "staff": (5.0, 5.0),
    "principal": (6.0, 6.0),
    "principale": (6.0, 6.0),
    "distinguished": (7.0, 7.0),
    "fellow": (8.0, 8.0),
}
# Words that head the titles of the management track, each a rung and a
# role of its own ('Director of Engineering', 'VP Engineering', 'Head of
# Product'): above the managers they lead, and so above Senior and Staff; a
# Director where a Principal is (as companies pair them), a VP and a Chief
# above both. A Head is a Director at one company and the first engineer at
# another: no rung is certainly above it but a VP's.
# Banks and consultancies rank their titles on the same scale: an Assistant
# Vice President below the Vice President, a Managing Director above every
# Director and VP (a company's Managing Director heads it).
_MANAGEMENT_SENIORITY = {
    "head": (5.0, 7.5),
    "avp": (3.0, 4.0),
    "director": (6.0, 6.0),
    "vp": (8.0, 8.0),
    "md": (8.5, 9.0),
    "chief": (9.0, 9.0),
}
# A Vice President named with no field ('Vice President', not 'VP
# Engineering') is a bank's rung as often as a company's: above the
# Associates and below the Directors at a bank, above the Directors at a
# company. No Director is certainly above or below it.
_BARE_VP = (4.5, 7.0)
# Words that name a role held at several seniorities rather than a rung:
# a Lead is above Senior, but how far varies, below Principal at one
# company ('Lead Consultant', 'Principal Consultant') and above it at
# another ('3 - Principal Engineer', '4 - Lead Engineer'). Their range
# above is where ladders usually put them, which orders the levels an
# import reads; no level is certainly above them.
_ROLES = frozenset({"lead", "lider", "leitend", "leitende", "leitender"})
# The words of an Expert, a rung only after a role's words or alone (see _BASE_SENIORITY).
_EXPERTS = frozenset({"expert", "experte", "expertin", "experto", "experta", "especialista"})
# 'Group' ranks the role it opens ('Group Product Manager', 'Group Engineering
# Manager'): above Senior, beside Staff or Principal as companies have it. A
# rung only there (_heads_a_group_role), never a word of seniority elsewhere
# ('Working Group Lead', 'Product Group', a 'group' of people in a statement).
_GROUP_SENIORITY = {"group": (5.0, 6.0)}
# 'Managing' ranks the role it opens ('Managing Consultant', 'Managing
# Engineer'): above Senior (a consultancy's Managing Consultant is above its
# Senior Consultant), beside Lead, Staff or Principal as firms have it. A
# rung only where it opens the title of one person's role ('Managing Director'
# is a title of its own, 'md'), never elsewhere ('Managing Managers', a guide's
# heading; 'managing' people in a statement).
_MANAGING_SENIORITY = {"managing": (4.5, 6.0)}
#: Short forms of words in titles, spelt out: "Sr. Staff Engineer" is the
#: "Senior Staff Engineer" it abbreviates, "Engineering Mgr" an
#: "Engineering Manager". Not "eng" or "dev", as often a discipline
#: ("Eng Manager") as a role ("Senior Dev").
TITLE_SHORTHANDS = {"sr": "senior", "snr": "senior", "jr": "junior", "jnr": "junior", "grad": "graduate",
                    "ssr": "semisenior", "mgr": "manager", "engr": "engineer", "assoc": "associate"}
_ABBREVIATIONS = {**{short: TITLE_SHORTHANDS[short] for short in ("sr", "snr", "jr", "jnr", "grad", "ssr")},
                  "cto": "chief", "cio": "chief", "cpo": "chief", "ciso": "chief"}


def spelt_out(title_words: Sequence[str]) -> list[str]:
    """A title's words (as ``text.words`` splits them) with its short forms
    spelt out: two titles that say the same are one title ("Sr. Staff
    Engineer", "Senior Staff Engineer")."""
    return [TITLE_SHORTHANDS.get(word, word) for word in title_words]
_HEADS = {**_HEAD_SENIORITY, **_MANAGEMENT_SENIORITY, **_GROUP_SENIORITY, **_MANAGING_SENIORITY}
#: Every seniority word, for readers that look for one.
SENIORITY_WORDS = frozenset(_BASE_SENIORITY) | frozenset(_HEAD_SENIORITY) | frozenset(_ABBREVIATIONS)
_LETTERS = lazy(r"[a-z]+")
# 'Semi-Senior', 'Semi Senior': one word, the rung below Senior.
_SEMI = lazy(r"\bsemi[- ]?(?=senior\b)", re.IGNORECASE)
_VICE_PRESIDENT = lazy(r"\bvice[- ]president\b", re.IGNORECASE)
# A bank's 'Assistant Vice President' (an AVP) and 'Managing Director' (an MD): titles of their own.
_ASSISTANT_VP = lazy(r"\bassistant[- ]vp\b")
_MANAGING_DIRECTOR = lazy(r"\bmanaging[- ]director\b", re.IGNORECASE)


def _folded(text: str) -> str:
    """Text as its words are compared with the vocabulary's: lower case,
    without accents, 'Semi-Senior' one word, 'Vice President' a VP, an
    'Assistant Vice President' an AVP, a 'Managing Director' an MD."""
    folded = _VICE_PRESIDENT.sub("vp", _SEMI.sub("semi", unaccented(text).casefold()))
    if "assistant" in folded:
        folded = _ASSISTANT_VP.sub("avp", folded)
    return _MANAGING_DIRECTOR.sub("md", folded) if "managing" in folded else folded


@dataclass(frozen=True)
class Seniority:
    #: Where its words usually place a level.
    low: float
    high: float
    #: The words it was read from, as a reader would quote them.
    words: tuple[str, ...]
    #: Whether a word names a role held at several seniorities (``_ROLES``):
    #: the level may be anywhere above ``low``.
    open_above: bool = False

    def below(self, other: "Seniority", *, usually: bool = False) -> bool:
        """Certainly below: its whole range is under the other's; with
        ``usually``, where ladders usually place it ('Lead' below
        'Principal'), as an import orders levels."""
        high = math.inf if self.open_above and not usually else self.high
        return high < other.low

    @property
    def middle(self) -> float:
        return (self.low + self.high) / 2


def seniority(text: str) -> Seniority | None:
    """The seniority a level's title (or id, or both joined) names, or None
    if no word does."""
    found: list[str] = []
    folded = _folded(text)
    said = _LETTERS.findall(folded)
    for n, word in enumerate(said):
        word = _ABBREVIATIONS.get(word, word)
        if word == "group" and not _heads_a_group_role(said, n):
            continue
        if word in _MANAGING_SENIORITY and not _heads_a_managed_role(said, n):
            continue
        if word == "principle" and _misspells_principal(said, n):
            word = "principal"
        if word in _EXPERTS and n + 1 < len(said) and _opens_a_title(said, n):
            continue  # 'Expert Systems Engineer': the role's field, not its rung
        if (word in _BASE_SENIORITY or word in _HEADS) and word not in found:
            found.append(word)
    heads = [w for w in found if w in _HEADS]
    if heads:
        shift = 0.5 if "senior" in found else 0.0
        # 'plus' is how an id spells a title's '+' ('distinguished-vp-plus'): no field of a VP.
        bare = all(w in ("vp", "plus") or w in _BASE_SENIORITY or w in _HEADS or len(w) <= 2 for w in said)
        ranges = [_BARE_VP if w == "vp" and bare else _HEADS[w] for w in heads]
        low, high = min(r[0] for r in ranges) + shift, max(r[1] for r in ranges) + shift
    else:
        ranges = [_BASE_SENIORITY[w] for w in found]
        if not ranges:
            return None
        low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
    if "+" in folded and _above_the_last(folded, found):
        # 'Staff+', 'Principal+ Engineer': the rung and those above it, so
        # above the rung itself ('Principal', 'Principal+'), and no level is
        # certainly above it.
        low = high = high + _PLUS
        return Seniority(low, high, tuple(found), True)
    return Seniority(low, high, tuple(found), not _ROLES.isdisjoint(found))


#: How far 'X+' stands above 'X' (less than a rung: 'Staff+' is below a Principal, as ladders usually have it).
_PLUS = 0.25
_PLUS_AFTER = lazy(r"([a-z]+) ?\+(?![\w+])")


def _above_the_last(folded: str, found: list[str]) -> bool:
    """Whether a '+' follows the last seniority word of a title ('Staff+',
    'Senior Staff+ Engineer'); not a '+' after another word ('C++')."""
    last = next((_ABBREVIATIONS.get(word, word) for word in reversed(_LETTERS.findall(folded))
                 if _ABBREVIATIONS.get(word, word) in found), None)
    return any(_ABBREVIATIONS.get(word, word) == last for word in _PLUS_AFTER.findall(folded))


#: The roles 'Group' ranks ('Group Product Manager', 'Group Engineering Manager', 'Group Tech Lead').
_GROUP_ROLES = frozenset({"manager", "pm", "lead", "director"})


def _opens_a_title(words: list[str], n: int) -> bool:
    """Whether ``words[n]`` opens a title: only a code or seniority words before it."""
    return all(len(w) <= 2 or _ABBREVIATIONS.get(w, w) in _BASE_SENIORITY for w in words[:n])


def _misspells_principal(words: list[str], n: int) -> bool:
    """Whether 'principle' at ``words[n]`` is the rung misspelt, as titles
    often have it: it opens the title of a role named within two words
    ('Principle Engineer', 'Principle Product Designer'); not a principle
    ('Principle of least privilege', 'Engineering Principles')."""
    return _opens_a_title(words, n) and not ROLE_NOUNS.isdisjoint(words[n + 1:n + 3])


def _heads_a_managed_role(words: list[str], n: int) -> bool:
    """Whether 'managing' at ``words[n]`` is a rung: it opens the title
    (after a code or seniority words only) of one person's role, within
    two words ('Managing Consultant', 'Senior Managing Software Engineer');
    not the heading of a guide or a competency ('Managing Managers',
    'Managing risk')."""
    return _opens_a_title(words, n) and not _MANAGED_ROLES.isdisjoint(words[n + 1:n + 3])


def _heads_a_group_role(words: list[str], n: int) -> bool:
    """Whether 'group' at ``words[n]`` is a rung: it opens the title (after
    a code or seniority words only) of a role it ranks, within three words
    ('Senior Group Product Manager'), not a 'Working Group Lead' or a
    'Product Group'."""
    return _opens_a_title(words, n) and not _GROUP_ROLES.isdisjoint(words[n + 1:n + 4])


#: The middle of the seniority scale: a word below it lowers a proficiency
#: ('Junior Expert'), one above it raises it ('Senior Expert').
_MIDDLE = Seniority(3.0, 3.0, ("mid",))


# Proficiencies, the levels of a skills matrix (Beginner ... Expert, Novice ...
# Expert, Practitioner ... Master, Awareness ... Expert), on a scale of their own. They name a
# level only in a title made of them alone: in a job title they are words of the role ('Expert Systems
# Engineer', 'Advanced Analytics Engineer'), never a seniority, so LL201 does
# not compare 'Expert Engineer' with 'Senior Engineer'. Nor is a proficiency
# compared with a seniority: companies place an 'Expert' below Senior
# (Junior, Expert, Senior) or above it. 'Intermediate' is on both scales, in
# the middle of each.
_PROFICIENCY = {
    "novice": (1.0, 1.0),
    "beginner": (1.0, 1.0),
    # The first steps of other scales: Foundation ... Expert, and the UK
    # government's (DDaT) Awareness < Working < Practitioner < Expert.
    "foundation": (1.0, 1.0),
    "foundational": (1.0, 1.0),
    "awareness": (1.0, 1.0),
    # "Exposure" (No knowledge < Exposure < Working knowledge < Expert): has met it, as awareness is.
    "exposure": (1.0, 1.0),
    "working": (2.0, 2.5),
    "intermediate": (3.0, 3.0),
    "competent": (3.0, 3.0),
    "proficient": (3.5, 4.0),
    # Between the one who can do the work and the expert: where scales
    # (Novice, Practitioner, Expert) put them.
    "practitioner": (3.0, 4.0),
    "advanced": (4.0, 4.0),
    "expert": (5.0, 5.0),
    "master": (6.0, 6.0),
    # The guild's scale, Apprentice < Journeyman (Craftsperson) < Master: an apprentice is a seniority too.
    "apprentice": (1.0, 1.0),
    "journeyman": (3.0, 4.0),
    "journeywoman": (3.0, 4.0),
    "journeyperson": (3.0, 4.0),
    "craftsperson": (3.0, 4.0),
    "craftsman": (3.0, 4.0),
    "craftswoman": (3.0, 4.0),
}
#: Words that raise the proficiency after them half a step: "Advanced
#: Beginner", "Leading Expert".
_RAISING = frozenset({"advanced", "leading"})
#: The words that name a proficiency.
PROFICIENCY_WORDS = frozenset(_PROFICIENCY)


#: Words that rate how much of something a level has, on a scale of a few
#: steps ('Autonomy' over Low, Medium, High), in the languages ladders are
#: written in (Portuguese and Spanish Baixa, Média, Alta; French Faible,
#: Moyenne, Élevée; German Niedrig, Mittel, Hoch): a value, never a behaviour.
_RATINGS = frozenset(
    """
    low medium high moderate limited minimal significant
    baixa baixo média médio alta alto moderada moderado
    baja bajo media medio
    faible moyenne moyen élevée élevé forte fort
    niedrig mittel hoch gering
    """.split()
)
#: Words before a rating that make it a step further ('Very high', 'Muito alta', 'Muy baja', 'Très élevée').
_RATING_DEGREES = frozenset("very extremely muito muy très sehr".split())


def rating(text: str) -> bool:
    """Whether a text is a rating word and nothing else, maybe after a word
    of degree ('High', 'Very high', 'Muito alta.'): a value of a scale of a
    few steps. Not 'Low to medium' nor 'High, including critical decisions',
    which say more."""
    said = text.strip().rstrip(".").casefold().split()
    return 1 <= len(said) <= 2 and said[-1] in _RATINGS and all(w in _RATING_DEGREES for w in said[:-1])


#: A yes and a no, as a matrix's cell holds one where a level has, or has
#: not, what its row names ('Yes', 'N').
_YES = frozenset("yes y true".split())
_NO = frozenset("no n false".split())
YES_NO = _YES | _NO
#: A box ticked and one crossed, or a dot filled and one left empty, in the same place.
TICK_MARKS = frozenset("✅ ✅️ ✔ ✔️ ✓ ☑ ☑️ x ● ⬤ 🟢".split())
CROSS_MARKS = frozenset("❌ ✗ ✘ ✖ ✖️ ❎ ☒ ○ ⭕ 🔴".split())
#: What a checkmark matrix writes, as a whole cell, under a level that has
#: what its row names, and under one that has not (a dash too, which
#: elsewhere marks a competency that does not apply).
TICKED = _YES | TICK_MARKS
NOT_TICKED = _NO | CROSS_MARKS | frozenset("- \u2013 \u2014".split())
_MARKS_OF_A_BOX = TICK_MARKS | CROSS_MARKS  # LL516's ticks, ticked or crossed


def what_value(text: str) -> str | None:
    """What kind of value a text is, when it is one and nothing else, as a
    table's cell holds one: 'a rating' ('High', 'Muito alta'), 'a yes or
    no' ('Yes'), 'a tick' ('✓', 'x'), 'a number' ('3', '30%', '2-3'); None for any other
    text: words that say what someone does ('High quality code'), an
    abbreviation ('SQL'), a mark that the competency does not apply ('N/A',
    '—': LL403's)."""
    if text.count(" ") > 3:
        return None  # a value is a word or two ('Very high', '2 - 3 %'): most statements stop here, unread
    said = text.strip(_AROUND_A_MARK)
    if rating(said):
        return "a rating"
    if said.casefold() in YES_NO:
        return "a yes or no"
    if said.casefold() in _MARKS_OF_A_BOX:
        return "a tick"
    if any(ch.isdigit() for ch in said) and not any(ch.isalpha() for ch in said):
        return "a number"
    return None


#: The stages of a performance scale, Learning < Developing < Performing <
#: Leading, on the proficiency scale. Each is an ordinary word of a
#: competency's name too ('Learning', 'Leading change', 'Developing
#: others'): a title that is one of them alone names a level only beside
#: others of them (``stages_named``), never by itself (``is_level_name``).
_STAGES = {"learning": (1.0, 1.0), "developing": (2.0, 2.0), "performing": (3.0, 3.0), "leading": (4.0, 4.0)}


def stage(title: str) -> Seniority | None:
    """The place on the proficiency scale of a title that is a stage of a
    performance scale and nothing else ('Learning', 'Leading'); None for
    any other title ('Leading change', 'Machine Learning')."""
    found = _LETTERS.findall(_folded(title))
    if len(found) != 1 or found[0] not in _STAGES:
        return None
    low, high = _STAGES[found[0]]
    return Seniority(low, high, (found[0],))


def stages_named(titles: Iterable[str]) -> list[str]:
    """The titles that are stages of a performance scale (``stage``), where
    three different stages are among them ('Learning', 'Developing',
    'Performing' over a table's columns); [] where fewer are: a 'Learning'
    alone, or beside a 'Leading', names competencies."""
    staged = [title for title in titles if stage(title) is not None]
    return staged if len({_folded(title).strip() for title in staged}) >= 3 else []


def proficiency(title: str) -> Seniority | None:
    """The place on the proficiency scale of a title made of proficiency
    words alone ('Beginner', 'Advanced Beginner', 'Expert'); None for any
    other title. 'Advanced' or 'Leading' before a proficiency raises it half
    a step (Novice < Advanced Beginner < Competent, Expert < Leading Expert).
    A seniority word before one says it is above ('Senior Expert', 'Lead
    Expert') or below ('Junior Expert') that proficiency, not how far."""
    found = _LETTERS.findall(_folded(title))
    qualifiers = found[:-1]
    ranks = [_ABBREVIATIONS.get(w, w) for w in qualifiers if w not in _PROFICIENCY and w not in _RAISING]
    if not found or found[-1] not in _PROFICIENCY or any(w not in SENIORITY_WORDS for w in ranks):
        return None
    low, high = _PROFICIENCY[found[-1]]
    if len(found) > 1 and not _RAISING.isdisjoint(qualifiers):
        low, high = low + 0.5, high + 0.5
    rank = seniority(" ".join(ranks))
    if rank is not None:
        if rank.below(_MIDDLE):
            low, high = -math.inf, low - 0.5
        elif _MIDDLE.below(rank):
            low, high = high + 0.5, math.inf
        else:
            return None  # 'Experienced Expert': neither above nor below it
    return Seniority(low, high, tuple(dict.fromkeys(found)))


def by_proficiency(names: Sequence[str]) -> list[str]:
    """Proficiencies lowest first, each once ('Expert', 'Novice',
    'Advanced' -> 'Novice', 'Advanced', 'Expert'): the order of a
    proficiency_scale; a name that is no proficiency word first."""
    return sorted(dict.fromkeys(names), key=lambda name: (getattr(proficiency(name), "low", 0.0),
                                                          getattr(proficiency(name), "high", 0.0)))


_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
#: Marks between a title's parts; a colon that writes a German role for everyone ('Entwickler:in',
#: 'Entwickler*innen') is a part of the word.
_ROLE_NOISE = lazy(r"\((?:[^()]*\d[^()]*|\s*)\)|[-\u2013\u2014|/,]|:(?!(?:in|innen)\b)")


def role(title: str) -> str:
    """A level's title without what says which level it is: its code, level
    word, seniority words and number ('IC5 Staff Software Engineer' ->
    'Software Engineer', 'D1 - Developer 1' -> 'Developer',
    'Senior Engineering Manager' -> 'Engineering Manager'). A word such as
    Lead or Staff after a word of the role is part of it ('TL4 - Tech Lead
    4' -> 'Tech Lead', 'Member of Technical Staff')."""
    code = _code(title)
    if code is not None:
        title = title[: code.start()] + " " + title[code.end() :]
    title = _LEVEL_WORD.sub(" ", title)
    title = _ROLE_NOISE.sub(" ", title)
    kept: list[str] = []
    written = title.split()
    after_level_word = False  # 'mid', 'entry': said with 'level' ('Mid-level Engineer'), not a 'Level Designer'
    for n, word in enumerate(written):
        # 'Semi Senior' is one word; a level named in quotes ('"Júnior"') is that level.
        folded = (_folded(" ".join(written[n : n + 2])).split() or [""])[0].strip(_QUOTES)
        if folded.endswith("+") and folded.rstrip("+") in SENIORITY_WORDS:
            folded = folded.rstrip("+")  # 'Staff+': the rung and those above it
        if folded in _HEAD_SENIORITY and kept and not (folded != "lead" and _rung_before_role(written[n + 1:])) \
                or _ABBREVIATIONS.get(folded, folded) in _MANAGEMENT_SENIORITY:
            kept.append(word)  # 'Director of Engineering' is the role, as 'Tech Lead' is
            after_level_word = False
            continue
        if folded == "level" and after_level_word and not kept:
            after_level_word = False
            continue
        after_level_word = folded in ("mid", "entry")
        if folded in SENIORITY_WORDS or folded.rstrip(".") in _ABBREVIATIONS:
            continue
        if folded == "principle" and not kept:
            said = _LETTERS.findall(_folded(title))
            if _misspells_principal(said, said.index(folded)):
                continue
        if folded in _GROUP_SENIORITY and not kept:
            said = _LETTERS.findall(_folded(title))
            if _heads_a_group_role(said, said.index(folded)):
                continue  # 'Group Product Manager' is a Product Manager's rung
        if folded in _MANAGING_SENIORITY and not kept:
            said = _LETTERS.findall(_folded(title))
            if folded in said and _heads_a_managed_role(said, said.index(folded)):
                continue  # 'Managing Consultant' is a Consultant's rung
        if word.isdigit() or (word.isupper() and folded in _ROMAN):
            continue
        kept.append(word)
    return " ".join(kept)


def _rung_before_role(after: Sequence[str]) -> bool:
    """Whether the words after a word such as Staff or Principal, past the
    start of a title, title a role of their own, its field first ('Dev
    Staff Backend Engineer': a Backend Engineer at Staff, as 'Dev Senior
    Backend Engineer' is one at Senior); a role the word ends ('Tech Lead',
    'Member of Technical Staff') or opens is not. Not Lead, which is a
    role's own word after a field ('Tech Lead Software Engineer')."""
    return len(after) >= 2 and not role_noun(after[0]) and role_noun(after[-1].strip(",;:")) \
        and all(word[:1].isupper() for word in after)


#: Words of a management title: the manager, and the titles above ('Director').
_MANAGING = frozenset({"manager", "managers", "management"}) | frozenset(_MANAGEMENT_SENIORITY)
_NOT_A_FIELD = frozenset({"of", "and", "the", "for"})


def manages(role_title: str) -> bool:
    """Whether a role is one of managing people ('Engineering Manager',
    'Director of Engineering', 'Head of Data', 'Manager'), not a contributor's
    ('Staff Engineer', 'Tech Lead')."""
    found = [_ABBREVIATIONS.get(w, w) for w in _LETTERS.findall(_folded(role_title))]
    return not _MANAGING.isdisjoint(found)


def managed_field(role_title: str) -> str | None:
    """What a management role manages, when the role is one ('Engineering
    Manager', 'Director of Engineering', 'VP Engineering' -> 'engineering'):
    the roles of one field's managers are one track, whose title changes on
    the way up. None for any other role."""
    found = [_ABBREVIATIONS.get(w, w) for w in _LETTERS.findall(_folded(role_title))]
    if _MANAGING.isdisjoint(found):
        return None
    field = [w for w in found if w not in _MANAGING and w not in _NOT_A_FIELD and w not in SENIORITY_WORDS
             and w not in _GROUP_SENIORITY]
    return " ".join(field) or None


#: The words of the management track's rungs, which rank a level above the
#: people it leads, whatever their role ('Director of Engineering' above a
#: 'Senior Engineering Manager' and a 'Staff Engineer').
_MANAGEMENT_RUNGS = frozenset(_MANAGEMENT_SENIORITY)
#: A remark in brackets after a role ('Senior Engineer (Backend)', 'Software Engineer (SE)').
_REMARK = lazy(r"\([^()]*\)|\[[^\[\]]*\]")


def ranked_role(title: str) -> frozenset[str]:
    """The words of the role a level's seniority words rank: its title
    without what says which level it is (``role``), less the words that
    join a role's ('of', 'and') and a remark in brackets: 'Senior Software
    Engineer' ranks {'software', 'engineer'}, 'Senior Engineer (Backend)'
    {'engineer'}, 'Senior Engineering Manager' {'engineering', 'manager'},
    'Team Lead' (whose Lead is its role's noun) {'team', 'lead'}; a field at
    the end names its people ('Software Engineering Apprentice' ranks a
    software engineer); its noun is one person ('Junior Engineers' ranks
    {'engineer'}). None for seniorities alone ('Senior', 'L6/L7: Staff
    and Principal')."""
    said = _CODE.sub(" ", _REMARK.sub(" ", title))
    words = [word for word in _LETTERS.findall(_folded(role(said))) if word not in _NOT_A_FIELD]
    if SENIORITY_WORDS.issuperset(words):
        return frozenset()
    if words[-1] in ROLE_OF_FIELD:
        words[-1] = ROLE_OF_FIELD[words[-1]]
    elif words[-1].endswith("s") and words[-1][:-1] in TITLE_NOUNS:
        words[-1] = words[-1][:-1]  # 'Junior Engineers' ranks an engineer
    return frozenset(words)


#: Where a role's title that names no seniority stands against the titles
#: of the same role that do: the role alone is the rung between its
#: Junior or Associate and its Senior ('Associate Developer Advocate' <
#: 'Developer Advocate' < 'Senior Developer Advocate'); numbered I or II
#: ('Data Scientist II'), below its Senior, and not compared with a Junior,
#: which may be its I.
_ROLE_ALONE = Seniority(3.0, 3.0, ())
_ROLE_NUMBERED = Seniority(2.0, 3.0, ())
#: A role numbered this high or higher ('Software Engineer III') may be its Senior: not compared.
_NUMBERED_AS_SENIOR = 3


def role_alone(title: str) -> Seniority | None:
    """Where the title of a role that names no seniority word stands against
    titles of the same role that name one (``_ROLE_ALONE``,
    ``_ROLE_NUMBERED``); None where its number may be its Senior's, and
    where a word of proficiency may rank it ('Expert Engineer', compared
    with no Senior Engineer)."""
    if not PROFICIENCY_WORDS.isdisjoint(_LETTERS.findall(_folded(title))):
        return None
    rung = title_rung(title)
    if rung is None:
        return _ROLE_ALONE
    return _ROLE_NUMBERED if rung.number < _NUMBERED_AS_SENIOR else None


#: Roles that are rungs of a ladder of their own, where ladders usually place them among the levels of
#: other roles: a Specialist is the top rung of ladders written Junior, Mid, Senior, Specialist, as its
#: Portuguese and Spanish 'Especialista' is (an Expert's range, which varies most between companies: a
#: bank's or a consultancy's Specialist is below Senior); an Architect is above Senior, beside Staff or
#: Principal (Senior, Lead, Architect; Senior, Staff/Architect, Principal). Each is a role of its own
#: too ('Architect' < 'Senior Architect' < 'Principal Architect'), compared as one within it
#: (``role_alone``): so never certainly placed against another role's levels, only as ladders usually
#: have it, as the importer orders levels.
_ROLE_RUNGS = {"specialist": (2.0, 6.0), "specialists": (2.0, 6.0), "architect": (5.0, 6.0),
               "architects": (5.0, 6.0)}


def role_rung(title: str) -> Seniority | None:
    """Where ladders usually place a role that is a rung of its own, named
    alone as a ladder's rung ('Specialist', 'Architect', 'P5 Architect'; see
    ``_ROLE_RUNGS``); None for any other title: one that names a seniority
    ('Senior Architect') or the role's field ('Platform Specialist',
    'Solutions Architect': a role of its own, which the ladder's other titles
    may not rank)."""
    said = _LETTERS.findall(_folded(_CODE.sub(" ", _REMARK.sub(" ", title))))
    if len(said) != 1 or said[0] not in _ROLE_RUNGS:
        return None
    low, high = _ROLE_RUNGS[said[0]]
    return Seniority(low, high, (said[0],), True)


def level_key(title: str) -> str:
    """The normal form of a level's name: two titles are one level's name
    when their keys are equal, as a reader tells them (LL202's duplicate
    titles, the importer's tables and pages): markup, case, spacing, quote
    style and final punctuation do not count ('**Senior Engineer**' and
    'Senior engineer.' are one name; 'Engineer I' and 'Engineer II' two)."""
    return normal(strip_markdown(title))


@dataclass(frozen=True)
class LevelName:
    """What a level's id and title say about its place in the ladder."""

    rung: Rung | None
    #: The seniority its words name (Junior < Senior < Staff ...).
    seniority: Seniority | None
    #: For a title that is a proficiency ('Expert', 'Advanced Beginner'),
    #: its place on the proficiency scale: a matrix's columns stand where a
    #: ladder's seniority words do, but on a scale of their own.
    proficiency: Seniority | None = None
    #: The words of the role its seniority ranks ('software', 'engineer' of
    #: 'Senior Software Engineer'; ``ranked_role``); none where it ranks every
    #: role: a seniority alone ('Senior', 'Intern') and a rung of the
    #: management track ('Director of Engineering').
    role_words: frozenset[str] = frozenset()
    #: For the title of a role that names no seniority ('Developer Advocate',
    #: 'Data Scientist II'), where it stands against the titles of the same
    #: role that name one (``role_alone``); None for other titles.
    unmarked: Seniority | None = None
    #: For the title of a role that is a rung of its own ('Architect',
    #: 'Specialist'), where ladders usually place it among the levels of
    #: other roles (``role_rung``); None for other titles.
    usual_rung: Seniority | None = None

    @classmethod
    def read(cls, title: str, level_id: str = "") -> "LevelName":
        rung = (id_rung(level_id) if level_id else None) or title_rung(title)
        level = proficiency(title) or stage(title)
        words = seniority(f"{title} {level_id}")
        if level is not None and words is not None and not PROFICIENCY_WORDS.issuperset(words.words):
            words = None  # 'Senior Expert': the seniority word places the proficiency, on its scale
        if words is None and level is None:
            role_words = ranked_role(title)
            unmarked = role_alone(title) if role_words else None
            return cls(rung, None, None, role_words if unmarked is not None else frozenset(), unmarked,
                       role_rung(title) if unmarked is not None else None)
        ranked = frozenset() if words is None or not _MANAGEMENT_RUNGS.isdisjoint(words.words) else ranked_role(title)
        return cls(rung, words, level, ranked)

    @property
    def named(self) -> bool:
        """Whether its words name a seniority or a proficiency."""
        return self.seniority is not None or self.proficiency is not None

    @property
    def known(self) -> bool:
        return self.rung is not None or self.named or self.usual_rung is not None

    def below_by_words(self, other: "LevelName", *, usually: bool = False) -> bool:
        """Whether its words place it certainly below ``other``'s (with
        ``usually``, where ladders usually place them: 'Lead' below
        'Principal'): a seniority below a seniority, or a proficiency below
        a proficiency; never one scale against the other (an 'Expert' is
        below Senior in some ladders, above it in others).

        Seniority words place a level certainly only against a level of the
        role they rank (``one_role``): 'Senior' ranks an Engineering Manager
        among managers, and says nothing of where a Team Lead or a Staff
        Engineer stands, which companies pair with their managers each its
        own way. Where ladders usually place them, they are compared. A
        role's title without a seniority word (``unmarked``) is placed only
        against the titles of its role that have one: 'Developer Advocate'
        above 'Associate Developer Advocate'."""
        if self.unmarked is not None or other.unmarked is not None:
            # A role alone is placed only against the seniorities of its own role, named in both titles.
            mine, theirs = self.seniority or self.unmarked, other.seniority or other.unmarked
            if mine is not None and theirs is not None and bool(self.role_words and other.role_words) \
                    and self.one_role(other):
                return mine.below(theirs, usually=usually)
            # A role that is a rung of its own (an Architect) stands among other roles' levels
            # where ladders usually place it, never certainly.
            mine, theirs = self.seniority or self.usual_rung, other.seniority or other.usual_rung
            return usually and (self.usual_rung is not None or other.usual_rung is not None) \
                and mine is not None and theirs is not None and mine.below(theirs, usually=True)
        seniorities = (self.seniority, other.seniority) if usually or self.one_role(other) else (None, None)
        return any(mine is not None and theirs is not None and mine.below(theirs, usually=usually)
                   for mine, theirs in (seniorities, (self.proficiency, other.proficiency)))

    def one_role(self, other: "LevelName") -> bool:
        """Whether its seniority and ``other``'s rank one role: the words of
        one role hold the other's ('Engineer' and 'Software Engineer'), or
        one of them ranks every role ('Senior', 'Director of Engineering');
        not a 'Team Lead' and an 'Engineering Manager', a 'Tech Lead
        Manager' and an 'Engineering Manager', an 'Engineer' and an
        'Engineering Manager'."""
        return self.role_words <= other.role_words or other.role_words <= self.role_words

    def below_by_number(self, other: "LevelName") -> bool | None:
        """Whether its number is lower (True) or higher (False) than
        ``other``'s in a sequence both are numbered in (IC3 < IC4, Engineer
        I < Engineer II); None when they share no sequence or a number."""
        if self.rung is None or other.rung is None or self.rung.family != other.rung.family:
            return None
        if self.rung.place == other.rung.place:
            return None
        return self.rung.place < other.rung.place

    def before(self, other: "LevelName") -> bool | None:
        """Whether this level comes below ``other`` (True), above it
        (False), or the names do not tell (None), as an import orders
        levels: by numbers in one sequence where they tell, else by words,
        where ladders usually place them. Never an order LL201 reports: it
        reports only what words place certainly ('Principal' then 'Lead'
        is no error, though ladders usually have Lead below; nor 'Team Lead'
        then 'Senior Engineering Manager', the seniorities of two roles)."""
        by_number = self.below_by_number(other)
        if by_number is not None:
            return by_number
        if self.below_by_words(other, usually=True):
            return True
        if other.below_by_words(self, usually=True):
            return False
        return None


def ladder_order(names: Sequence[LevelName]) -> list[int]:
    """The indexes of ``names`` lowest level first, as far as the names tell.

    A level goes after every level its name says is below it (``before``:
    numbers in one sequence, seniority words as ladders usually have them);
    levels the names do not order keep the order they were given in. So the
    result is never an order LL201 reports, unless the names contradict
    each other. Of levels whose words name overlapping places ('Director'
    and 'Head', each where ladders put it), the one usually lower goes
    first.
    """
    # Each pair is asked once: for each level, the levels its name says are
    # below it (``under``); of those not yet placed, how many (``waiting``).
    under = [[j for j in range(len(names)) if j != i and names[j].before(names[i])] for i in range(len(names))]
    above: list[list[int]] = [[] for _ in names]
    for i, lower in enumerate(under):
        for j in lower:
            above[j].append(i)
    waiting = [len(lower) for lower in under]
    left = list(range(len(names)))
    order: list[int] = []
    while left:
        free = [i for i in left if not waiting[i]]
        if not free:  # the names contradict each other: keep the given order
            free = left
        # Among levels free to go next, a lower seniority (or proficiency)
        # first where all name one ("Graduate" before "Junior", which it may
        # equal).
        chosen = free[0]
        for scale in ([names[i].seniority for i in free], [names[i].proficiency for i in free]):
            places = [place for place in scale if place is not None]
            if len(places) == len(free):
                chosen = min(zip(free, places), key=lambda pair: (pair[1].middle, pair[0]))[0]
                break
        order.append(chosen)
        left.remove(chosen)
        for i in above[chosen]:
            waiting[i] -= 1
    return order


# --- how expectations grow --------------------------------------------------------

#: Scope, smallest first. Each word names a step of the scale.
SCOPES = ("task", "feature", "project", "team", "group", "organisation", "company", "industry")
#: The pieces of work a tracker names, placed on SCOPES as what they are: a
#: ticket or a story is a task; a feature is more than a task and less
#: than a project; an epic or a milestone is a project's size; initiatives
#: span several teams, as a group's work does. ("initiative" alone is
#: none: "shows initiative", "takes the initiative".)
PIECES_OF_WORK: dict[str, str] = {
    "ticket": "task", "tickets": "task", "story": "task", "stories": "task",
    "feature": "feature", "features": "feature",
    "epic": "project", "epics": "project", "milestone": "project", "milestones": "project",
    "initiatives": "group",
}
#: Pieces of work whose word is as often something else, read as one only
#: where a determiner counts it (``piece_of_work``): "leads an initiative",
#: "the migration programme", "runs a program of work" (a programme, as
#: initiatives are, spans several teams: a group's work, above a project);
#: not "shows initiative", "takes the initiative", "on my own initiative",
#: nor the code one writes ("writes a program", "computer programs").
COUNTED_PIECES_OF_WORK: dict[str, str] = {
    "initiative": "group", "programme": "group", "programmes": "group", "program": "group", "programs": "group",
}
#: Words before "program(s)" that make it code, and the verbs that make
#: "the initiative" the quality shown ("takes the initiative").
_CODE_BEFORE_A_PROGRAM = frozenset(
    "computer write writes wrote writing written debug debugs debugging compile compiles compiling execute "
    "executes executing small simple".split())
#: Words before "programme" that make it one people take part in, not
#: work they lead: "the mentoring programme", "a graduate program".
_PROGRAMMES_TAKEN_PART_IN = frozenset(
    "training mentoring mentorship graduate internship apprenticeship onboarding learning development "
    "leadership coaching certification education exchange bootcamp fellowship residency".split())
_TAKING_THE_INITIATIVE = frozenset("take takes took taking taken seize seizes seized seizing show shows showed "
                                   "showing own".split())
SCOPE_OF: dict[str, str] = {
    **PIECES_OF_WORK,
    "task": "task", "tasks": "task",
    "project": "project", "projects": "project",
    "team": "team", "squad": "team",
    "teams": "group", "squads": "group", "cross-team": "group", "cross-squad": "group", "multi-team": "group",
    "group": "group", "groups": "group", "tribe": "group", "tribes": "group", "collective": "group",
    "collectives": "group", "guild": "group", "guilds": "group",
    "organisation": "organisation", "organization": "organisation", "organisations": "organisation",
    "organizations": "organisation", "org": "organisation", "orgs": "organisation",
    "department": "organisation", "departments": "organisation", "division": "organisation",
    # The adjectives of a scope say it as its noun does: "organizational goals" are the organisation's,
    # "the enterprise architecture" the company's ("enterprise" alone is PLACED_SCOPES': "across the enterprise").
    "organizational": "organisation", "organisational": "organisation", "departmental": "organisation",
    "divisional": "organisation", "enterprise": "company", "enterprise-wide": "company",
    "company": "company", "companies": "company", "company-wide": "company", "companywide": "company",
    "industry": "industry",
}
SCOPE_RANK = {name: rank for rank, name in enumerate(SCOPES, start=1)}
#: Words that name a scope only where they stand as one ("across the firm",
#: "for one component", "within the whole platform"), and are ordinary
#: nouns elsewhere ("business value", "the platform team", "a feature
#: flag"): the scope each names there, on SCOPES. A company by another name
#: (a firm, a bank); a unit of several teams or an organisation within it (a
#: platform, a programme, a product area, a business unit, a studio; an
#: area, a domain, a pillar, a portfolio, a function, a space: each wider
#: than a team); a piece of the work, as a project is (a component, a
#: feature, a service).
PLACED_SCOPES: dict[tuple[str, ...], str] = {
    ("firm",): "company", ("business",): "company", ("bank",): "company", ("enterprise",): "company",
    ("business", "unit"): "organisation", ("studio",): "organisation",
    ("product", "area"): "group", ("programme",): "group", ("program",): "group", ("platform",): "group",
    ("area",): "group", ("domain",): "group", ("pillar",): "group", ("portfolio",): "group", ("function",): "group",
    ("space",): "group",
    ("component",): "project", ("feature",): "project", ("service",): "project", ("module",): "project",
}
#: Words that may follow a scope's noun, and so end it: "across the business
#: and its clients", not "across the business domain" ("domain" is what is
#: named).
_AFTER_A_PLACED = frozenset(
    "and or but of to in on at by for from with without into as than that which who where when while so is "
    "are".split()
)
#: Phrases, with what each names, filed by their first word, the longest
#: first ("business unit" before "business"): a phrase is looked for only
#: where its first word is.
_Phrases = dict[str, list[tuple[tuple[str, ...], str]]]


def _by_first_word(phrases: Iterable[tuple[tuple[str, ...], str]]) -> _Phrases:
    filed: _Phrases = {}
    for phrase, scope in sorted(phrases, key=lambda item: -len(item[0])):
        filed.setdefault(phrase[0], []).append((phrase, scope))
    return filed


_PLACED_PHRASES = _by_first_word(PLACED_SCOPES.items())
_PLACED_COMPOUNDS = _by_first_word((words, scope) for words, scope in PLACED_SCOPES.items() if len(words) > 1)
#: Those that name a unit of people, which is one's own after a possessive
#: ("my area", "their domain", "our platform"): a scope wherever it stands.
_OWNED_UNITS = _by_first_word((words, scope) for words, scope in PLACED_SCOPES.items()
                              if scope in ("group", "organisation"))
_OWNING = frozenset("my our their your his her".split())
#: What a unit is to its people, named after it with "of": "their area of
#: ownership", "my domain of responsibility", "their area of focus", "the
#: team's area of expertise". The same unit, named more fully.
UNIT_NAMED_BY = frozenset("ownership responsibility responsibilities focus expertise".split())
#: The first words of PLACED_SCOPES and their '-wide' compounds ("firm-wide"),
#: which say a scope wherever they stand.
PLACED_SCOPE_WORDS = frozenset(words[0] for words in PLACED_SCOPES) \
    | frozenset(f"{words[-1]}-wide" for words in PLACED_SCOPES)
#: Words of SCOPE_OF that, after "the" alone (or with a word of extent:
#: "the whole", "the wider"), name the whole company: "across the organization" is how many
#: ladders, American ones most of all, say "across the company" ("across
#: Skylight" one level, "across the organization" the next). One's own
#: organisation ("my organisation"), a part of the company ("the
#: engineering organisation") or any one ("an organization") stays an
#: organisation, below the company.
THE_WHOLE_ORGANISATION = frozenset({"organisation", "organization"})
#: Words of SCOPE_OF that qualify a noun as often as they are one: a scope
#: only as a noun ("the collective", "People Collective", "delivers a
#: feature", "closes tickets"), not before one ("collective understanding",
#: "the team's collective knowledge", "guild sessions"; "the feature team"
#: is a team, "a feature flag", "story points", "the ticket queue").
ADJECTIVE_SCOPES = frozenset("collective guild feature ticket story epic milestone initiative programme programmes program "
                             "programs".split())

#: The two ends of a range, said together to mean all of it: "the impact
#: in the short and long term" is the impact, whatever the term; words
#: such a pair qualifies are no narrower without it.
BOTH_ENDS = frozenset({
    frozenset({"short", "long"}), frozenset({"small", "large"}), frozenset({"small", "big"}),
    frozenset({"internal", "external"}), frozenset({"near", "long"}),
})

#: Words that say how often or how reliably, least first. A statement that
#: gains one asks for more; one that loses it asks for less.
FREQUENCY = {
    "never": 0, "rarely": 1, "seldom": 1, "infrequently": 1, "occasionally": 1, "sometimes": 2,
    "periodically": 2,
    "often": 3, "frequently": 3, "regularly": 3, "usually": 4, "routinely": 4, "typically": 4,
    "generally": 4, "mostly": 4, "consistently": 5, "reliably": 5, "always": 6, "continuously": 5,
    "constantly": 5, "habitually": 5, "repeatedly": 3,
    # "I work primarily within my team": in most cases, as "mostly" says.
    "mainly": 4, "primarily": 4, "largely": 4, "predominantly": 4,
}
#: Adjectives of how often, said of a noun, and the word of FREQUENCY each
#: says: "has regular conversations" is "regularly has conversations", so
#: "regular" -> "occasional" conversations is less often, as "regularly" ->
#: "occasionally" is. ("daily", "weekly" ... are adjectives and adverbs both,
#: in PERIODIC.) Not "consistent" or "continuous", which say of what kind
#: ("consistent naming", "continuous integration"), nor "routine", which
#: says ordinary ("routine tasks").
FREQUENCY_ADJECTIVES = {
    "regular": "regularly", "frequent": "frequently", "occasional": "occasionally", "infrequent": "rarely",
    "constant": "constantly", "periodic": "periodically",
}  # not "rare", more often a quality in a ladder ("rare skills", "rare expertise") than how often
#: Nouns that make a word of FREQUENCY_ADJECTIVES before them a kind, not
#: how often: "regular expressions", "rare earths".
FREQUENCY_ADJECTIVE_TERMS = frozenset("expression expressions earth earths".split())
#: Words of frequency that say "in most cases, not all": a hedge. A
#: statement without one asks it every time, as "always" does.
HEDGES = frozenset("usually typically generally mostly mainly primarily largely predominantly".split())
#: Words that bring the word of how often or how many after them short of
#: it: "almost always" is less than "always", "nearly all the time" less
#: than "all the time", "nearly every commit" fewer than "every commit",
#: "almost never" more often than "never". Taken out, the word itself is
#: asked: "Performs TDD nearly all the time" -> "... all the time" raises the
#: bar.
APPROXIMATING = frozenset("almost nearly virtually practically".split())
#: Words of frequency that say what is usual rather than set a bar, in a
#: text that describes (a note, a description) or a sentence said of the
#: people (``grade.demand``): the hedges, and "often" and "frequently" (many
#: times, not every time), which ask no more than "usually" does. So
#: "Often 2-4 years of experience" sets no bar, as "Usually 2-4 years ..."
#: does not, and one swapped for the other moves none.
USUAL_FREQUENCY = HEDGES | frozenset("often frequently".split())
# ... and the adjectives that say them ("frequent pairing" as "pairing frequently").
USUAL_FREQUENCY |= frozenset(adjective for adjective, said in FREQUENCY_ADJECTIVES.items() if said in USUAL_FREQUENCY)
#: Words of frequency that say what they qualify is to be avoided ("never
#: ships untested code", "rarely misses a deadline"): under them, more often
#: asks for less.
AVOIDING_FREQUENCY = frozenset("never rarely seldom infrequently".split())


def says_avoided(word: str) -> bool:
    """Whether a word of frequency says what it qualifies is to be avoided
    (AVOIDING_FREQUENCY), an adjective by the adverb it stands for
    ("infrequent outages" as "rarely has outages")."""
    return FREQUENCY_ADJECTIVES.get(word, word) in AVOIDING_FREQUENCY


#: Things that are failures, which a ladder asks to be rare ("rarely
#: causes outages", "rarely makes mistakes"), unless dealt with
#: (MENDING_ACTS: "fixes bugs").
FAILING_THINGS = frozenset(
    """
    mistake mistakes error errors failure failures outage outages incident incidents bug bugs defect defects
    regression regressions breakage breakages rework downtime blocker blockers escalation escalations
    """.split()
)
#: Words that say an act is a failure, which a ladder asks to be rare:
#: "rarely misses a deadline", "never breaks the build", "rarely causes
#: outages", "rarely needs help", "rarely escalates unnecessarily". Under
#: "rarely" or "never", more often of them asks less; of any other act
#: ("rarely holds reviews"), more.
FAILING_ACTS = FAILING_THINGS | frozenset(
    """
    miss misses missed missing break breaks breaking broke fail fails failing failed forget forgets forgetting
    forgot overlook overlooks overlooking overlooked neglect neglects neglecting neglected ignore ignores ignoring
    block blocks blocking blocked slip slips slipping slipped regress regresses regressing cause causes causing
    need needs needing needed require requires requiring surprise surprises surprised
    unnecessarily needlessly unnecessary needless late poorly carelessly careless sloppy wrongly incorrectly
    broken
    """.split()
)
#: Verbs of dealing with a failure, which make the failure they act on
#: (their object) a thing wanted done: "rarely fixes bugs", "never
#: investigates incidents", "rarely learns from mistakes" are not failures.
MENDING_ACTS = frozenset(
    """
    fix fixes fixing resolve resolves resolving debug debugs debugging triage triages triaging investigate
    investigates investigating handle handles handling mitigate mitigates mitigating prevent prevents preventing
    avoid avoids avoiding reduce reduces reducing eliminate eliminates eliminating catch catches catching find
    finds finding spot spots spotting report reports reporting flag flags flagging learn learns learning
    """.split()
)
#: Words that end the phrase a verb acts on: "breaks the build when fixing
#: bugs" (the build is broken, the bugs fixed).
_PHRASE_ENDS = frozenset(
    "and or but when whenever while if before after during without then so because that which who as unless "
    "until once".split()
)


def _failing(word: str) -> bool:
    return word in FAILING_ACTS or word.startswith("un") and word.endswith("ed") and len(word) > 6


def _mended(words: list[str], at: int) -> bool:
    """Whether the thing of failure at ``at`` is what a verb of mending
    before it in its phrase acts on: "fixes bugs", "investigates production
    incidents", "learns from their mistakes"."""
    for word in reversed(words[max(0, at - 4) : at]):
        if word in MENDING_ACTS:
            return True
        if word in _PHRASE_ENDS or _failing(word):
            return False
    return False


def says_a_failure(*texts: Iterable[str]) -> bool | None:
    """Whether what statements say is done (each text's lower-case words,
    in order) is a failure, to be avoided: a verb, a thing or an adverb of
    failing (FAILING_ACTS: "misses a deadline", "causes outages",
    "escalates unnecessarily") or a thing left undone ("ships untested
    code"). False where each failure named is what a verb of mending acts on
    ("fixes bugs", "learns from mistakes"): a wanted act. None where the
    words do not tell: no failure named ("holds reviews", "mentors others":
    most often a wanted act, which a ladder may still say is done rarely),
    or a failure beside a mending it is not the object of ("breaks the build
    when fixing bugs", "repeats mistakes and learns from them"), or texts
    that disagree."""
    readings: set[bool | None] = set()
    for text in texts:
        words = list(text)
        failing = [i for i, word in enumerate(words) if _failing(word)]
        if not failing:
            continue
        if all(words[i] in FAILING_THINGS and _mended(words, i) for i in failing):
            readings.add(False)  # "Rarely fixes bugs", "never prevents outages": the failure is what is dealt with
        elif any(word in MENDING_ACTS for word in words):
            readings.add(None)  # a failure, and a mending of something else: which is rare cannot be told
        else:
            readings.add(True)
    return readings.pop() if len(readings) == 1 else None


#: Modal words, weakest first: "may" asks less than "must".
CERTAINTY = {
    "might": 1, "may": 1, "could": 1, "can": 2, "should": 3, "will": 4, "must": 5, "shall": 5,
}
#: What the subject of a sentence is called where it is the people on a
#: ladder ("Engineers at this level ...", "Someone in this role ...") besides
#: a discipline's (ROLE_NOUNS), and the persons that speak to them or as
#: them ("I", "you"; not "they", which as often stands for things).
LADDER_PEOPLE = frozenset(
    "ic ics people person someone somebody everyone everybody individual individuals i you".split()
)
#: The articles: a statement that gains or drops one says the same thing
#: ("knowledge of client", "knowledge of the client"), but where "a" counts
#: ("few", "a few": ARTICLE_COUNTS).
ARTICLES = frozenset("the a an".split())
#: The words after which "a" makes a count of a word that says none on its
#: own: "a few" is more than "few", "a little" than "little".
ARTICLE_COUNTS = frozenset("few little lot lots bit couple number handful dozen".split())
#: Words that stand before a noun and make it someone's or a thing named:
#: the articles and the possessives ("the daily standup", "your mentee").
POSSESSIVES = frozenset("my our their his her your its".split()) | ARTICLES
#: Those and the demonstratives: a word after one is a thing or a person
#: named ("that service", "your tech lead"), not a verb or a subject's word.
DETERMINERS = POSSESSIVES | frozenset({"this", "that"})
#: The words of those that never stand without a noun after them, and
#: "every": not "his" or "her", which are pronouns too ("help her", "the
#: choice is his"), nor "this" or "that" ("they own that").
NOUN_MUST_FOLLOW = (POSSESSIVES - {"his", "her"}) | frozenset({"every"})
#: The people of a discipline: a title that ends with one is a role ('Engineering Manager').
ROLE_NOUNS = frozenset(
    "engineer engineers manager managers designer designers scientist scientists analyst analysts developer "
    "developers architect architects researcher researchers".split()
)
#: The people of a discipline in the other languages ladders are written in, read without accents
#: ('Desenvolvedor', 'Desarrolladora', 'Développeur', 'Entwickler', 'Ingeniero', 'Engenheiro'): a
#: heading that is one of them alone names the role, as 'Developer' does (``role_noun``).
ROLE_NOUNS_ELSEWHERE = frozenset(
    # Portuguese
    "desenvolvedor desenvolvedora desenvolvedores desenvolvedoras engenheiro engenheira engenheiros engenheiras "
    "programador programadora programadores programadoras arquiteto arquiteta arquitetos arquitetas "
    "analista analistas cientista cientistas pesquisador pesquisadora pesquisadores pesquisadoras "
    # Spanish
    "desarrollador desarrolladora desarrolladores desarrolladoras ingeniero ingeniera ingenieros ingenieras "
    "arquitecto arquitecta arquitectos arquitectas investigador investigadora investigadores investigadoras "
    # French
    "developpeur developpeuse developpeurs developpeuses ingenieur ingenieure ingenieurs ingenieures "
    "programmeur programmeuse programmeurs programmeuses architecte architectes analyste analystes "
    "chercheur chercheuse chercheurs chercheuses "
    # German (a role for everyone is one word: 'Entwickler:in', 'Entwickler*in')
    "entwickler entwicklerin entwicklerinnen ingenieurin ingenieurinnen programmierer programmiererin "
    "architekt architektin architekten analytiker analytikerin "
    # Italian and Dutch
    "sviluppatore sviluppatrice sviluppatori ingegnere ingegneri programmatore programmatrice architetto "
    "ontwikkelaar ontwikkelaars".split()
)


def role_noun(word: str) -> bool:
    """Whether a word is the people of a discipline, in any language ladders
    are written in ('Engineer', 'Desenvolvedor', 'Développeur', 'Entwickler:in')."""
    folded = re.sub(r"[:*_/](?:in|innen)$", "", unaccented(word).casefold())
    return folded in ROLE_NOUNS or folded in ROLE_NOUNS_ELSEWHERE


#: Words that join a role's noun to its field where the role is named first ('Engenheiro de Software',
#: 'Ingeniero de Datos', 'Développeur du Web').
_ROLE_FIELD_JOINS = frozenset("de do da dos das del di della des du".split())


def titles_a_role(words: Sequence[str]) -> bool:
    """Whether a heading's words are a role's title, in any language ladders
    are written in: capitalised words that end with the people of a
    discipline ('Engineering Manager', 'Desenvolvedor'), or, where the
    language names the role first, start with them, its field after
    ('Desenvolvedor Backend', 'Ingeniero de Software', 'Développeur Web');
    never the people in the plural ('Our managers', 'Desenvolvedores')."""
    if not words:
        return False
    english_order = role_noun(words[-1])
    # The role named first, as Portuguese, Spanish, French and Italian do: not an English role
    # ('Engineer Onboarding', 'Manager Notes' are about the role).
    role_first = len(words) >= 2 and role_noun(words[0]) and unaccented(words[0]).casefold() not in ROLE_NOUNS
    role = words[-1] if english_order else words[0]
    return (english_order or role_first) and not role.casefold().endswith("s") \
        and all(w[:1].isupper() or role_first and w.casefold() in _ROLE_FIELD_JOINS for w in words)


#: The roles 'Managing' ranks: one person each, named within two words of it: a discipline's
#: but a manager ('Managing a manager' is a guide's), and a firm's ('Managing Consultant').
_MANAGED_ROLES = frozenset(noun for noun in ROLE_NOUNS if not noun.endswith("s")) - {"manager"} \
    | frozenset("consultant partner editor".split())
#: The last word of a title that names a role, beside ROLE_NOUNS: "Tech
#: Lead", "Director of Engineering" ends in its field, "Platform Director".
TITLE_NOUNS = ROLE_NOUNS | frozenset("lead leads director directors".split())
#: A field's name, as a title says it ('Software Engineering Apprentice',
#: 'Data Science Intern'), and the role of the people in it.
ROLE_OF_FIELD = {"engineering": "engineer", "design": "designer", "science": "scientist", "analytics": "analyst",
                 "research": "researcher", "development": "developer", "architecture": "architect"}
#: Disciplines and the roles in them: 'Acme Engineering Levels' names an
#: organisation before a discipline; 'Data Science Career Ladder' names none.
DISCIPLINES = frozenset(
    "engineering product design data science security platform infrastructure technology analytics research "
    "management learning machine sre qa devops operations "
    # The business's other functions, whose ladders are titled alike ('Marketing Career Path').
    "marketing sales finance support customer success legal recruiting talent content communications "
    "partnerships accounting".split()
) | ROLE_NOUNS
#: The fields and specialities a role is named by, before its noun
#: ('Software Engineer', 'Site Reliability Engineer', 'Backend Engineer'):
#: a heading whose words before the role are not one ('Example Engineer',
#: 'Hiring Manager', 'Next Engineer') names no rung.
FIELDS = DISCIPLINES | frozenset(
    "software hardware firmware embedded systems system backend back-end frontend front-end fullstack full-stack "
    "mobile ios android web site reliability cloud network networking database test automation release build "
    "tools solutions application applications integration performance computer vision ml ai ux ui bi it "
    "visual interaction graphic brand motion game games graphics applied quantitative research ops dev "
    "technical tech program project delivery".split()
)
#: Words that turn what follows into its opposite: "I don't hide problems".
#: A statement that gains or loses one says something else ("never" is a
#: frequency).
NEGATIONS = frozenset(
    "not no don't doesn't didn't won't can't cannot isn't aren't wasn't weren't shouldn't wouldn't couldn't "
    "mustn't hasn't haven't hadn't needn't".split()
)
#: Words that set what follows them in their clause against what the
#: clause asks, as a negation does: "owns the roadmap rather than
#: contributing to it", "reviews code instead of writing it".
CONTRASTS = frozenset({("rather", "than"), ("instead", "of"), ("as", "opposed", "to"), ("in", "place", "of")})
#: Words that say again what the word right after them says, and so ask
#: nothing of their own: "unblocks themselves first before seeking help",
#: "checks beforehand prior to a release".
SAID_BY_THE_NEXT = {"first": frozenset({"before", "prior"}), "beforehand": frozenset({"before", "prior"})}
#: Words that stand for what the text said before them, as a whole:
#: "delivers quality code and encourages others to do the same", "...
#: writes design docs and shares them".
STANDING_FOR_WHAT_WAS_SAID = frozenset({
    ("do", "the", "same"), ("do", "so"), ("do", "likewise"), ("the", "same"), ("them",), ("it",), ("this",),
})
#: Prefixes that make a word say its opposite: "unclear" is "not clear",
#: "incomplete" "not complete", "non-critical" "not critical".
NEGATING_PREFIXES = ("non-", "non", "un", "in", "im", "il", "ir")


def negated_form(word: str, base: str) -> bool:
    """Whether ``word`` is ``base`` with a prefix that negates it
    ("unclear", "clear"; "untested", "tested"): no spelling of one word,
    however alike, but its opposite."""
    return len(base) >= 3 and any(word == prefix + base for prefix in NEGATING_PREFIXES)


#: Prefixes that make a verb a deed shared with someone else: "co-hosts retros" is hosting them with another,
#: less than "hosts retros" asks; "co-owns", "co-leads", "co-authors".
SHARING_PREFIXES = ("co-",)
#: Verbs that such a prefix makes another verb, no deed shared: "co-operates" (works with), "co-exists".
NOT_SHARED = frozenset("operate exist opt".split())


#: Prefixes that make one word the opposite of the other on the same stem, the first the one that asks more:
#: "proactively" / "reactively" (acting before it is needed, or after).
OPPOSING_PREFIXES: tuple[tuple[str, str], ...] = (("pro", "re"),)


def opposite_forms(word: str, other: str) -> str | None:
    """Of two words that are opposites by their prefixes, the one that
    says less of what is asked where neither is read otherwise: the word
    a negating prefix was put on ("insecure" of "secure"), or the second
    of ``OPPOSING_PREFIXES`` ("reactively" of "proactively"). None where
    they are no such pair ("clear" / "clean")."""
    for x, y in ((word, other), (other, word)):
        if negated_form(x, y):
            return x
        for more, less in OPPOSING_PREFIXES:
            base = y.removeprefix(more)
            if len(base) >= 5 and y.startswith(more) and x == less + base:
                return x
    return None


#: Words of keeping something from happening: what follows them is to be
#: avoided, so one more thing after "or" is one more to avoid.
AVOIDING = frozenset(
    "avoid avoids avoiding prevent prevents preventing stop stops stopping eliminate eliminates eliminating "
    "reduce reduces reducing minimise minimises minimising minimize minimizes minimizing without never "
    "refuse refuses refusing resist resists".split()
)
#: Words that say an ability is lacking, the negation in them: "unable to",
#: "cannot yet lead".
NOT_ABLE = frozenset("unable incapable cannot can't".split())
#: Verbs that say a deed is left undone, before "to": "fails to write
#: tests" asks less than "writes tests"; negated ("never fails to") they
#: say it is done.
FAILING_TO = frozenset(
    "fail fails failing neglect neglects neglecting forget forgets forgetting omit omits omitting hesitate "
    "hesitates hesitating".split()
)
#: Phrases that say "can": "able to", "capable of" (not "a capable team"),
#: and as nouns, "(has the) ability to", "capability to", "capacity to".
CAN_PHRASES = {"able": "to", "capable": "of", "ability": "to", "capability": "to", "capacity": "to"}
#: Phrases that ask for work with help, and words that say without it.
GUIDANCE_NOUNS = frozenset(
    "guidance direction supervision instruction oversight support assistance coaching help hand-holding handholding"
    .split()
)
#: Nouns of help that people on a ladder give as often as they have it
#: ("Supports the team with mentoring", "Grows the team with mentoring and
#: feedback"), or that name a technique of the work too ("Improves model
#: quality with prompting and fine-tuning"): help had only where the words
#: say the subject has it (``help_had``).
HELP_EITHER_WAY = frozenset("mentoring mentorship prompting training".split())
#: Of those, the ones that say help had after "with" on their own, where
#: nothing else is named with them: "Escalates blockers with prompting",
#: "with some prompting" (a nudge is not what a ladder asks people to give),
#: "conducts interviews (with training)" (the help had for a task, as
#: coaching or support is); not where people are named before it, who have
#: it ("Onboards new hires with training", "Grows the team with training").
HELP_ON_ITS_OWN = frozenset("prompting training mentoring mentorship".split())
_MODELS = frozenset("model models llm llms ai genai gpt chatbot chatbots ml classifier classifiers".split())
#: What each of those is done to where it is a technique of the work, not
#: help had: a model prompted ("Improves model quality with prompting",
#: "gets better answers from the LLM with prompting") or trained ("Improves
#: the classifier with training on new data"). Named in its clause, it
#: makes the noun the subject's own doing.
TECHNIQUE_OBJECTS = {"prompting": _MODELS, "training": _MODELS | frozenset("dataset datasets data".split())}
#: Nouns that are guidance only where work needs them or has an amount of
#: them ("without the need for constant input", "with regular input from
#: others", "needs frequent check-ins"): "gathers input from stakeholders"
#: and "with input from product" are collaboration, not help received.
NEEDED_NOUNS = frozenset("input inputs check-in check-ins checkin checkins".split())
#: Nouns that are guidance when someone gives them: "with review from my
#: lead", "with approval from the team", or when the work needs them
#: ("needs frequent review", "review is often needed").
REVIEW_NOUNS = frozenset("review reviews approval approvals sign-off".split())
#: Nouns of help that are guidance only where the work needs them ("needs
#: back-and-forth before merging", "with corrections often needed"): "works
#: through the back-and-forth with product" is the work itself.
NEEDED_ONLY_NOUNS = frozenset("back-and-forth back'n'forth back-n-forth correction corrections".split())
#: What help is, said of it where it is needed: "review is needed", "with
#: guidance frequently required".
NEEDED_PARTICIPLES = frozenset("needed required".split())
#: What is done to work that is overseen, said of the work: "my designs are
#: reviewed by my lead", "standard work alone; reviewed on the rest".
OVERSEEN = frozenset("reviewed supervised overseen approved".split())
#: What is done to someone who is helped, said of them: "I am mentored by
#: more experienced engineers", "gets coached by my lead", "as directed by my lead".
#: Not "trained": "I am trained in secure coding" is training had, asked of
#: them, not help with the work.
HELPED = frozenset("mentored coached guided directed supported helped assisted taught shown advised".split())
#: The verbs of those not made with -ed: "I teach others" / "I am taught".
HELPED_IRREGULAR = {"taught": "teach", "shown": "show"}
#: Words of leaning on someone: "relies on others", "depends on their lead".
RELYING = frozenset("rely relies relying depend depends depending".split())
#: Words of needing: "needs help", "the need for constant input".
NEEDING = frozenset("need needs needing require requires requiring".split())
#: Words of asking for help: "asks for help breaking down tasks", "seeks guidance on estimates".
ASKING = frozenset("ask asks asking seek seeks seeking".split())
#: Verbs of asking someone for something, with the one asked before what is asked for: "asks their
#: manager for guidance", "asks peers for feedback".
ASKING_SOMEONE = frozenset("ask asks asking".split())
#: Verbs of asking for something, with what is asked for before the one asked: "seeks guidance from their
#: manager", "requests feedback from peers", "solicits input from the team" ("asks for feedback from peers"
#: too). Of the same people and the same thing, "asks peers for feedback" is the same request. Not the
#: forms that may say the subject is asked ("when asked", "if requested"), nor "requests" as a noun
#: ("requests for help from other teams"), which takes no thing asked for before "from".
ASKING_FOR = ASKING | frozenset("request requests requesting solicit solicits soliciting".split())
#: What one gets from others by asking them for it, so that "gets feedback from peers" is "asks peers for
#: feedback": help, and a say on the work. Not what getting achieves ("gets buy-in from stakeholders",
#: "gets approval from the board"), which asking for it does not.
GOT_BY_ASKING = GUIDANCE_NOUNS | HELP_EITHER_WAY | frozenset(
    "feedback advice input inputs comment comments suggestion suggestions opinion opinions idea ideas pointers "
    "answers review reviews".split()
)

#: Verbs of asking said with a particle: "reaches out for help", "reaches out to others for help".
REACHING_OUT = frozenset("reach reaches reaching reached".split())


def asking_words(words: Sequence[str], i: int) -> int:
    """How many words from ``i`` say the subject asks (ASKING: "asks",
    "seeks"; "reaches out", with "to" when people follow: "reaches out to
    others for help"), before the people asked or the help; 0 where they
    do not."""
    if words[i] in ASKING:
        return 1
    if words[i] in REACHING_OUT and words[i + 1 : i + 2] == ["out"]:
        return 3 if words[i + 2 : i + 3] == ["to"] else 2
    return 0


#: Verbs of needing or asking for help ("needs guidance", "requires help",
#: "asks for help"): "for" after them names the help ("the need for guidance").
SEEKING_HELP = NEEDING | ASKING
#: Words that say the subject has what follows: "receives mentoring", "needs prompting".
HAVING_HELP = frozenset("under receive receives receiving get gets getting".split()) | NEEDING | RELYING | ASKING
#: Words that put someone beside the subject in the work, who may help them:
#: "with a senior engineer", "alongside a more experienced engineer",
#: "together with my tech lead".
BESIDE = frozenset("with alongside".split())
GUIDED_BY = frozenset("following".split()) | BESIDE | HAVING_HELP
#: After help received, the words that say what it is with: "with guidance on
#: estimates", "needs help with complex tasks".
HELP_TOPIC = frozenset("with on for in around about".split())
#: After help had, however it is had, the words that say when it is had, not
#: what it is with: "receives guidance when on call", "asks for help if stuck".
HELP_CONDITION = frozenset("when whenever if".split())
#: Verbs of helping someone else do a deed: "supports their lead in
#: proposing strategies", "helps their manager plan the roadmap", "assists
#: the tech lead with estimating". Where the one helped is above the one on
#: the ladder (``senior_helper_named``), the deed is theirs: the helping is
#: the subject's part in it, less than doing it (read on INVOLVEMENT).
HELPING_OTHERS = frozenset("help helps helping assist assists assisting support supports supporting".split())
#: Verbs of giving: "provides other teams with help" is help given, not received.
GIVING = frozenset("provide provides providing provided give gives giving offer offers offering lend lends lending".split())
#: Verbs of working together: "pairs with senior engineers" is the work, not help with it.
COLLABORATING = frozenset(
    "collaborate collaborates collaborating pair pairs pairing partner partners partnering".split()
)
#: Nouns of a bond between people: "builds strong relationships with their
#: manager", "has a good rapport with their lead" names the other party of
#: the bond, not help had with the work.
RELATIONS = frozenset(
    "relationship relationships relation relations rapport partnership partnerships connection connections "
    "bond bonds".split()
)
#: Verbs of watching someone else do the work: "I watch my lead design", "shadows a staff engineer".
WATCHING = frozenset("watch watches watching observe observes observing shadow shadows shadowing".split())
#: Verbs that, with "through", say one person takes another through the work: "walks me through it".
TAKING_THROUGH = frozenset("walk walks walking take takes taking talk talks talking".split())
#: The people of the ladder as the object of a verb: "guides me", "walks them through it".
LADDER_OBJECTS = frozenset("me them you him her us".split())
#: Verbs of telling someone something: "shares progress with my manager" names
#: whom it is told to, not help had.
SHARING = frozenset(
    "share shares sharing shared communicate communicates communicating discuss discusses discussing present "
    "presents presenting".split()
)
INDEPENDENT = frozenset("independently autonomously unassisted unsupervised self-directed self-sufficient".split())
#: How many: "one or two engineers" -> "three or more engineers" asks for
#: more. Digits count as their value.
COUNT = {
    **{word: number for number, word in enumerate(NUMBER_WORDS, start=1)}, "couple": 2, "few": 2, "several": 3, "multiple": 3, "many": 5, "dozen": 12,
    "dozens": 24, "hundreds": 200,
}
#: The numbers a word of how many may name where it names none exactly,
#: least and most: "a couple" is two, "a few" two to four, "several" (and
#: "multiple", which people write for it) three or more but fewer than
#: "many". Against a number, or each other, one asks more only where all it
#: may name is at least all the other may.
VAGUE_COUNT = {
    "couple": (2.0, 2.0), "few": (2.0, 4.0), "several": (3.0, 6.0), "multiple": (3.0, 6.0),
    "many": (6.0, math.inf),
}
#: Vague words of how many that say a least and nothing more, as "at least
#: N" does: "several" three or more, "multiple" (more than one) two or more.
#: Against a number alone or a least ("three", "at least three", "three or
#: more") they are read by that least: "multiple" -> "at least three" asks
#: more, "several" -> "at least three" the same, "several" -> "two" less;
#: and so against each other ("multiple" -> "several" asks more). Against
#: another vague word they are read as VAGUE_COUNT says.
VAGUE_LEAST = {"several": 3.0, "multiple": 2.0}
#: Words that say things of more than one kind before a plural ("at
#: different levels", "in various languages", "with diverse teams"): in the
#: place of a number, read as "multiple" is ("at different levels" -> "at
#: one or two levels" asks for fewer); elsewhere they name no number ("the
#: different parts of the system", "Works with various teams" -> "Works
#: with teams").
DISTINCT_KINDS = frozenset("different various diverse distinct".split())
VAGUE_COUNT.update(dict.fromkeys(DISTINCT_KINDS, VAGUE_COUNT["multiple"]))
VAGUE_LEAST.update(dict.fromkeys(DISTINCT_KINDS, VAGUE_LEAST["multiple"]))
#: After a number, words that make it a ceiling: "three or fewer" asks for
#: none at least.
FEWER = frozenset("fewer less".split())
#: How often, by the period in "every hour", "every day", "each sprint",
#: "once a quarter": the shorter the period, the more often (ranks of
#: FREQUENCY; an hour as often as "hourly" says; a minute above it, so that
#: "every 30 minutes" -> "every 10 minutes" reads as more often).
PERIOD = {
    "minute": 7, "minutes": 7, "hour": 6, "hours": 6, "day": 5, "days": 5, "week": 4, "weeks": 4, "sprint": 3.5, "sprints": 3.5,
    "fortnight": 3.5, "month": 3, "months": 3, "quarter": 2, "quarters": 2, "year": 1, "years": 1,
    # A part of a period comes round once in it: "every weekend" is weekly, "every morning" daily, "every
    # weekday" daily as "every working day" is; an iteration is a sprint by another name.
    "weekend": 4, "weekends": 4, "weekday": 5, "weekdays": 5, "workday": 5, "workdays": 5, "morning": 5,
    "mornings": 5, "afternoon": 5, "afternoons": 5, "evening": 5, "evenings": 5, "night": 5, "nights": 5,
    "iteration": 3.5, "iterations": 3.5,
}
#: The words of PERIOD that name a part of a longer period, and that period:
#: "every weekend" -> "every week" is as often, but asks for all of the
#: week; "every day" -> "every weekday", five days of the seven. (A weekday
#: is a working day, which "every working day" -> "daily" reads as the
#: same: "daily" is written for the working days too.)
PART_OF_PERIOD = {
    "weekend": "week", "weekends": "weeks", "morning": "day", "mornings": "days", "afternoon": "day",
    "afternoons": "days", "evening": "day", "evenings": "days", "night": "day", "nights": "days",
    "weekday": "day", "weekdays": "days", "workday": "day", "workdays": "days",
}
#: The names of the working days of PART_OF_PERIOD, each for one.
WORKING_DAYS = {"weekday": "weekday", "weekdays": "weekdays", "workday": "weekday", "workdays": "weekdays"}
#: Words between "every" and a period that say how many periods apart, as
#: "every other week" does: "every second week" is every two weeks.
ORDINAL_APART = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "2nd": 2, "3rd": 3, "4th": 4}
#: Words before a period that make it a frequency ("every week"), not a
#: length of time ("within a week").
PER_PERIOD = frozenset("every each per".split())
#: How often, said in one word ("I review code weekly", "the daily standup"),
#: on the scale of PERIOD.
PERIODIC = {
    "hourly": 6, "daily": 5, "weekly": 4, "biweekly": 3.5, "fortnightly": 3.5, "monthly": 3, "quarterly": 2,
    "yearly": 1, "annually": 1, "annual": 1,
    # Twice a year, between a quarter and a year.
    "semi-annually": 1.5, "semiannually": 1.5, "semi-annual": 1.5, "semiannual": 1.5, "half-yearly": 1.5,
    # Every two years: half as often as yearly, as "every two years" is read.
    "biennially": 0.5, "biennial": 0.5, "bi-ennially": 0.5,
    # Twice a year or every two years, twice a month or every two months:
    # read as the first, but no reader can tell which (AMBIGUOUS_PERIODIC).
    "biannually": 1.5, "biannual": 1.5, "bi-annually": 1.5, "bi-annual": 1.5,
    "bimonthly": 3.5, "bi-monthly": 3.5,
}
#: Words of PERIODIC that say one of two periods ("biannually": twice a
#: year or every two years): a change that puts one in or takes one out
#: cannot be told to ask the same, more or less, and needs a reader.
AMBIGUOUS_PERIODIC = frozenset("biannually biannual bi-annually bi-annual bimonthly bi-monthly".split())
#: Words after a frequency that say how it bounds what is asked, joined
#: by "or": "monthly or more often" asks for at least monthly, as "monthly"
#: and "at least monthly" do; "quarterly or less often" for at most
#: quarterly, which asks less.
MORE_OFTEN = (("or", "more", "often"), ("or", "more", "frequently"), ("or", "more"))
LESS_OFTEN = (("or", "less", "often"), ("or", "less", "frequently"), ("or", "less"))
#: Words that join two things and ask for both, as "and" does ("unit plus
#: integration tests", "designs as well as reviews services"): in place of
#: "or", which asks for one of them, both are asked; in place of one
#: another, the same is asked.
AND_PHRASES = frozenset({
    ("and",), ("plus",), ("and", "also"), ("and", "then"), ("as", "well", "as"), ("along", "with"),
    ("together", "with"), ("in", "addition", "to"), ("alongside",),
})
#: Signs written between two words for the word of AND_PHRASES they stand
#: for: "unit & integration tests", "design + review".
AND_SIGNS = {"&": "and", "+": "plus"}
#: After a deadline, words that say it is a latest time, as it is: "within
#: a week or sooner" is "within a week".
SOONER = (("or", "sooner"), ("or", "earlier"), ("or", "less"))
#: The period each word of PERIODIC says once in: "twice weekly" is twice a week.
PERIODIC_PERIOD = {
    "hourly": "hour", "daily": "day", "weekly": "week", "biweekly": "fortnight", "fortnightly": "fortnight",
    "monthly": "month", "quarterly": "quarter", "yearly": "year", "annually": "year", "annual": "year",
}
#: How long a time is, in hours: "within a day" is a tighter deadline than
#: "within a week".
DURATION_HOURS = {
    "minute": 1 / 60, "minutes": 1 / 60, "hour": 1, "hours": 1, "day": 24, "days": 24, "week": 168, "weeks": 168,
    "sprint": 336, "sprints": 336, "fortnight": 336, "fortnights": 336, "month": 720, "months": 720,
    "quarter": 2160, "quarters": 2160, "year": 8760, "years": 8760, "iteration": 336, "iterations": 336,
}
# Half a period in one word, as long as "half a year" is read: "a half-year", "a half-day"; a semester is half a
# year, as companies that plan by semesters have it (not a school's term of four months).
DURATION_HOURS.update({half: DURATION_HOURS[whole] / 2 for half, whole in (
    ("half-year", "year"), ("half-years", "years"), ("half-day", "day"), ("half-days", "days"),
    ("semester", "year"), ("semesters", "years"))})
# A part of a period comes round as often as the period: "every other weekend" is two weeks apart.
DURATION_HOURS.update({part: DURATION_HOURS[whole] for part, whole in PART_OF_PERIOD.items()})
#: Words before an hour, a day or a week that count only the time worked
#: ("within five working days", "in two business days", "within a working
#: week", "within 8 working hours"), and how many working hours each is:
#: eight to a working day, five working days to a working week, so
#: "within 1 working day" is "within 8 working hours" and "within a working
#: week" "within 40 working hours" (``working_time`` reads them against
#: the calendar).
WORKING_TIME = frozenset("working business work".split())
WORKING_HOURS = {"hour": 1.0, "hours": 1.0, "day": 8.0, "days": 8.0, "week": 40.0, "weeks": 40.0}
_WORKED_A_DAY = 8.0
#: A working hour left over from the whole working days, against the
#: calendar: an hour of a clock that stops out of hours, never shorter
#: than an hour, often longer, so fewer working hours than hours is a
#: tighter deadline ("within 4 hours" -> "within 2 working hours") and as
#: many or more a looser one ("within 4 hours" -> "within 4 working
#: hours"); read a little longer than an hour, it keeps that order.
_WORKING_HOUR = 1.05


def working_time(worked: float) -> float:
    """How long ``worked`` working hours are, in hours of the calendar: each
    whole working day of them (eight) a day of a five-day week, so five of
    them are a week, as a working week is ("within 16 business hours" is
    two business days, longer than "within 2 days"); the hours left over a
    little longer than an hour each (``_WORKING_HOUR``). It grows with
    ``worked``, so working time against working time keeps its order."""
    days, hours = divmod(worked, _WORKED_A_DAY)
    return days * 168 / 5 + hours * _WORKING_HOUR


#: Words before a unit of time that say it is the calendar's, as it is
#: unsaid: "within 3 calendar days" is "within 3 days".
CALENDAR_TIME = frozenset("calendar".split())
#: How long a sprint may be, in hours: one week to four, as each team has
#: it. Against another sprint ("every sprint" / "twice a sprint") one is
#: as long as the other, two weeks (DURATION_HOURS); against a period of
#: the calendar ("every sprint" / "every two weeks", "within a sprint" /
#: "within a week") a sprint is read as any length of these, so where the
#: two may be the same or either longer, no reader can say which way it
#: moves the bar.
SPRINT_HOURS = dict.fromkeys(("sprint", "sprints", "iteration", "iterations"), (168.0, 672.0))
#: The short forms of the units of time, written after a number ("within
#: 4 hrs", "2 wks", "3+ yrs of experience").
DURATION_ABBREVIATIONS = {
    "min": "minute", "mins": "minutes", "hr": "hour", "hrs": "hours", "wk": "week", "wks": "weeks",
    "mo": "month", "mos": "months", "mth": "month", "mths": "months", "yr": "year", "yrs": "years",
}
DURATION_HOURS.update({short: DURATION_HOURS[unit] for short, unit in DURATION_ABBREVIATIONS.items()})
#: Words before a period of the calendar said once that make it one such
#: length of time: "for a year", "over the next quarter", "in the past
#: month" (not "next year", a date).
ONE_PERIOD_BEFORE: tuple[tuple[str, ...], ...] = (
    ("a",), ("an",), ("the", "next"), ("the", "coming"), ("the", "past"), ("the", "last"))
#: What a template names in brackets for its user to fill in ("[Company]",
#: "[Team name]", "{{ organisation }}"): the organisation and its parts, the
#: people and things of a ladder, and numbers.
TEMPLATE_SLOTS = frozenset(
    "company organisation organization org business employer department dept division team squad tribe group "
    "product service platform client customer project programme program manager name role level title track "
    "date link url number amount metric target percentage value tool".split()
)
#: The short forms of the units engineers measure load, speed and size in,
#: written after a number ("10k rps", "500 qps", "60 fps", "2 vcpus", "16
#: GiB" in lower case): units, not misspelt words.
MEASURE_ABBREVIATIONS = frozenset(
    "rps qps tps iops ops fps rpm bps kbps mbps gbps tbps kib mib gib tib msec usec nsec loc sloc kloc "
    "vcpu vcpus ghz mhz khz dpi ppi kwh".split()
)
#: The units a number is measured in, written after it ("200 ms", "99.9%",
#: "10k rps", "16 GB"), each with what it measures and its size in that
#: measure's smallest common unit: "0.2 s" is "200 ms"; "200 ms" and
#: "200 rps" cannot be compared. The units of time longer than an hour are
#: read as periods and deadlines (DURATION_HOURS).
MEASURE_UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("ms", "msec", "msecs", "millisecond", "milliseconds"), ("time", 0.001)),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), ("time", 1.0)),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), ("time", 60.0)),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), ("time", 3600.0)),
    **dict.fromkeys(("percent", "pct"), ("percent", 1.0)),
    "x": ("times", 1.0),
    "kb": ("bytes", 1e3), "mb": ("bytes", 1e6), "gb": ("bytes", 1e9), "tb": ("bytes", 1e12),
    "kib": ("bytes", 2.0**10), "mib": ("bytes", 2.0**20), "gib": ("bytes", 2.0**30), "tib": ("bytes", 2.0**40),
    "usec": ("time", 1e-6), "nsec": ("time", 1e-9),
    **{unit: (unit, 1.0) for unit in MEASURE_ABBREVIATIONS - {"kib", "mib", "gib", "tib", "msec", "usec", "nsec"}},
}
#: Suffixes that multiply the number they are written on: "10k" is 10,000,
#: "2M" two million, "2B" and "2bn" two billion. Not "m", as often minutes
#: or metres ("5m"); a "B" alone is a billion, as bytes come with a prefix
#: ("16GB", "1 MB").
MULTIPLIERS = {"k": 1_000, "K": 1_000, "M": 1_000_000, "B": 1_000_000_000, "bn": 1_000_000_000,
               "Bn": 1_000_000_000, "BN": 1_000_000_000}
#: A number with a multiplier on it: "10k", "1.5M", "$50k", "2bn".
_MULTIPLIED = lazy(r"(?<![\w.:])(\d+(?:\.\d+)?)(k|K|M|B|bn|Bn|BN)(?![\w.])")
#: Thousands written with commas: "10,000".
_THOUSANDS = lazy(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]|\.\d)")


def numbers_in_digits(text: str) -> str:
    """A text with its numbers written in plain digits, so that a number
    written another way is the same number: "10,000" and "10k" are
    "10000", "1.5M" is "1500000", "2B" and "2bn" are "2000000000". The one
    reader of such numbers, for the differ's grading (and LL207, which
    grades with it) and for LL205 (``is_growth_word``)."""
    text = _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), text)
    if not _MULTIPLIED.search(text):
        return text
    from decimal import Decimal  # exact ("1.5M" is 1500000), and loaded only where a number has a multiplier

    return _MULTIPLIED.sub(lambda m: format((Decimal(m.group(1)) * MULTIPLIERS[m.group(2)]).normalize(), "f"), text)
#: Words before a number that make it a most, not a least: "latency under
#: 200 ms", "an error rate below 1%", "fewer than 5 open bugs", "within
#: 10%", "max 2 pages", "a significance level of 0.05", "an error budget
#: of 0.1%". Under one, a lower number asks more, as a tighter deadline does.
CEILINGS: tuple[tuple[str, ...], ...] = (
    ("under",), ("below",), ("less", "than"), ("fewer", "than"), ("lower", "than"), ("at", "most"),
    ("no", "more", "than"), ("not", "more", "than"), ("no", "higher", "than"), ("not", "higher", "than"),
    ("no", "greater", "than"), ("not", "greater", "than"), ("not", "above"), ("not", "over"), ("not", "exceeding"),
    ("no", "longer", "than"), ("max",), ("maximum",), ("max", "of"), ("maximum", "of"), ("within",),
    # A threshold under which a result counts, or errors are allowed: a lower one is stricter.
    ("significance", "level", "of"), ("significance", "threshold", "of"), ("alpha", "of"), ("alpha", "level", "of"),
    ("p-value", "threshold", "of"), ("error", "budget", "of"),
)
#: Words before a number on a scale that runs the other way, where a lower
#: number is more, as under a most: an incident's severity or priority
#: ("severity 1", "SEV 1", "priority 1": the gravest) and a place in a
#: ranking ("in the top 3" is narrower than "in the top 10", "rank 1" the
#: first). Not a list named by its length ("knows the OWASP Top 10": the
#: top 20 is more to know).
INVERTED_SCALES: tuple[tuple[str, ...], ...] = (
    ("severity",), ("sev",), ("priority",), ("p",), ("rank",), ("ranked",),
    *((place, *the, "top") for place in ("in", "into", "among", "within") for the in ((), ("the",))),
)
#: Words before a number that make it a place in a ranking, as "top" does:
#: "the top 5%", "the best 10%", "the highest 3 performers" (a larger
#: share of the best is an easier bar to be in).
RANKING_TOPS = frozenset("top best highest strongest".split())
#: Verbs that say a share of the people arrives at a place of the ladder,
#: with the words that must follow them before it: "About 5% of engineers
#: reach this level", "10% make it to Staff", "attain it", "get to L5",
#: "progress to the next level". Such a share says how few do, as "the
#: top 5%" does: a larger one is an easier bar. Everyday verbs stand here
#: only with the words that make them an arrival: "80% of engineers get
#: training", "make a promotion case", "achieve their goals" are shares of
#: what is done, a number, more the larger.
REACHING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("reach reaches reached attain attains attained".split(), ()),
    **dict.fromkeys("make makes made".split(), ("it",)),
    **dict.fromkeys("get gets got".split(), ("to",)),
    **dict.fromkeys("progress progresses progressed advance advances advanced rise rises rose".split(), ("to",)),
}
#: Words before "promoted" that say a share of the people is promoted, the
#: place unsaid: "5% of engineers get promoted each year", "10% are
#: promoted to Staff" (a share that arrives, as after ``REACHING``).
PROMOTED_AFTER = frozenset("get gets got are were is was be been become becomes".split())
#: Words that name where on a ladder a share of the people arrives, after
#: "reach", "make it to" or "get to" and their determiners: "this level",
#: "the next level", "it", "there", "the top"; a title's seniority
#: ("Staff", ``SENIORITY_WORDS``) and a level's code ("L5") are read too.
LADDER_PLACES = LETTERED_RUNGS | frozenset("milestone milestones stage stages rung rungs it there top".split())
#: After a number and its unit, words that make it a most: "200 ms or less".
CEILINGS_AFTER: tuple[tuple[str, ...], ...] = (
    ("or", "less"), ("or", "fewer"), ("or", "lower"), ("or", "below"), ("or", "under"), ("at", "most"), ("max",),
    ("maximum",),
)
#: Words before a number that make it a least, as a number alone is read:
#: "at least 99.9%", "over 100 rps", "more than 3 services"; a most denied
#: too ("no lower than 80%", "not below 80%", "no fewer than two"). Which
#: side of the number its edge falls ("above 80%" / "no lower than 80%")
#: is not read: every one of them is the same least.
FLOORS: tuple[tuple[str, ...], ...] = (
    ("at", "least"), ("over",), ("above",), ("more", "than"), ("greater", "than"), ("higher", "than"),
    ("no", "less", "than"), ("not", "less", "than"), ("no", "fewer", "than"), ("not", "fewer", "than"),
    ("no", "lower", "than"), ("not", "lower", "than"), ("not", "below",), ("not", "under"), ("min",), ("minimum",),
    ("min", "of"), ("minimum", "of"), ("upwards", "of"),
)
#: Of those, the ones that leave the number itself out ("more than one
#: component" is two or more): of things counted whole, the least is the
#: next number, so "more than one" -> "one" or "at least one" asks fewer.
STRICT_FLOORS = frozenset({("over",), ("above",), ("more", "than"), ("greater", "than"), ("higher", "than")})
FLOORS_AFTER: tuple[tuple[str, ...], ...] = (
    ("or", "more"), ("or", "higher"), ("or", "above"), ("or", "greater"), ("at", "least"), ("min",), ("minimum",),
)
#: Words before a number that say a most as often as a reach: "latency up to
#: 200 ms" (a most) and "handles up to 10k rps" (what it reaches) are
#: written alike, so a change of that number cannot be told to ask more or
#: less.
EITHER_BOUNDS: tuple[tuple[str, ...], ...] = (("up", "to"),)
#: What the signs before a number say, in words: "<200ms" is "under 200ms".
BOUND_SIGNS = {"<=": "at most", "\u2264": "at most", ">=": "at least", "\u2265": "at least", "<": "under",
               ">": "over"}

#: Words before a length of time that make it a deadline: "within a day",
#: "in under an hour".
DEADLINE_WORDS = frozenset("within under".split())
#: Nouns before a length of time, with or without "of", that make it a
#: deadline as "within" does: "patched within our SLA of 7 days", "SLA: 7
#: days", "a deadline of two weeks"; "target" only with "of" ("a target of
#: 3 days"), as a verb it says what is aimed at.
DEADLINE_NOUNS = frozenset("sla slas slo slos deadline deadlines".split())
DEADLINE_NOUNS_OF = frozenset("target targets".split())
#: Words before a length of time that make it a deadline where the length
#: is counted ("in six weeks", "in a sprint", "in my first month", "after
#: three months": sooner asks more), not in "works in sprints" or "one in
#: four weeks".
COUNTED_DEADLINE_WORDS = frozenset({"in", "after"})
#: Words that say how long the person on the ladder takes to do something,
#: counted as a deadline is where they are that person's ("Takes 1.5 days
#: to review a design", "I take a week to ..."): less time asks more. Not
#: the time a piece of work takes ("projects that take months"), a size.
TIME_TAKEN_WORDS = frozenset({"take", "takes", "took", "taking"})
#: Words before someone's first days, weeks or months that make them the
#: span of an engagement, not a deadline: "coach new hires during their
#: first three months" asks more than "during their first month". "in"
#: does so too where the first months are another person's ("a buddy for a
#: new team member in their first month"); in "I ship a change in my first
#: two weeks" they are a deadline.
SPAN_WORDS = frozenset("during for over throughout".split())
#: The people someone's first days are spent with: "a buddy for new
#: joiners in their first month" (besides PEOPLE).
NEWCOMERS = frozenset(
    "newcomer newcomers joiner joiners starter starters onboardee onboardees intern interns apprentice "
    "apprentices hire hires member members recruit recruits".split()
)
#: Words before "the next" and a meeting said to come round each period
#: that make its next one a deadline: "at the next weekly sync", "by the
#: next monthly review" allow up to the period, as "by the end of the week"
#: does.
NEXT_OCCASION_WORDS = frozenset("at by before in during until".split())
#: Words before "the end of" a period that make it a deadline: "by the end
#: of the quarter" allows a quarter, "before the end of the sprint" a sprint.
END_OF_PERIOD_WORDS = frozenset("by before".split())
#: How much of something, least first: "most pull requests" -> "all pull
#: requests" asks for more.
QUANTITY = {"few": 1, "some": 2, "several": 2, "many": 3, "most": 4, "all": 5, "every": 5, "each": 5,
            # fewer than they would: "Runs fewer meetings" < "Runs meetings"
            "fewer": 1}
#: Words that pick the ones that matter out of a set: "across all aspects" ->
#: "across key aspects" names some of them, read as "some" on the scale of
#: QUANTITY where they take the place of a word of it.
SELECTING = frozenset("key main core principal primary important essential".split())
#: How much guidance, least first: "with close guidance" -> "with occasional
#: guidance" asks for more autonomy. Under a negation, the amount negated:
#: "without much guidance" allows a little, "without guidance" none (so taking
#: out "much", "a lot of" or "significant" there asks for more: NOT_MUCH).
#: "Limited" stands between "minimal" and "some": ladders that say both give
#: "with limited guidance" to the rung below "with minimal guidance".
GUIDANCE_AMOUNT: dict[str, float] = {
    "minimal": 1, "little": 1, "light": 1, "occasional": 1, "infrequent": 1, "high-level": 1,
    "limited": 1.5, "some": 2, "regular": 3, "frequent": 3, "detailed": 3, "specific": 3, "close": 4, "significant": 4,
    "much": 4, "lot": 4, "lots": 4, "deal": 4, "heavy": 4, "extensive": 4, "constant": 5, "continuous": 5,
    "step-by-step": 5,
}
#: What help negated with an amount of it allows: less than that amount, so
#: "without much guidance" is "with little guidance" (not much is little),
#: and so is every amount of "much"'s rank negated ("without a lot of",
#: "without significant", "without close"). Help negated with no amount
#: ("without guidance", "with no guidance") is none at all, below any.
NEGATED_MUCH = GUIDANCE_AMOUNT["much"]
NOT_MUCH = GUIDANCE_AMOUNT["little"]
#: Words of how much that name an amount "of" the help after them: "a lot
#: of guidance", "lots of support", "a great deal of direction".
AMOUNT_OF = frozenset("lot lots deal".split())
#: Verbs that carry no meaning of their own before a noun that does: "take
#: ownership of" is "own", "write documentation for" is "document",
#: "provide mentoring to" is "mentor", "show respect for" is "respect",
#: "demonstrate ownership of" is "own".
LIGHT_VERBS = frozenset(
    "take takes taking make makes making do does doing write writes writing perform performs performing "
    "give gives giving provide provides providing offer offers offering have has having carry carries carrying "
    "conduct conducts conducting show shows showing showed demonstrate demonstrates demonstrating demonstrated"
    .split()
)
#: Verbs that say what "have" or "do" say before their object, no more:
#: "have a high standard" / "hold a high standard", "do code reviews" /
#: "perform code reviews"; not "enforce", "automate" or "run", which ask more.
LIGHT_VERB_SYNONYMS = frozenset(
    "hold holds holding keep keeps keeping maintain maintains maintaining possess possesses possessing "
    "perform performs performing conduct conducts conducting carry carries carrying undertake undertakes "
    "undertaking complete completes completing".split()
)
#: Verbs of making what they name, which is how one comes to have it: "has
#: documentation for their services" / "produces documentation for their
#: services", "has a plan" / "prepares a plan" ask for the same thing; not
#: "publish", "present" or "share", which ask for something done with it
#: once made.
MAKING_VERBS = frozenset(
    "produce produces producing create creates creating prepare prepares preparing write writes writing "
    "draft drafts drafting author authors authoring compose composes composing".split()
)
#: Verbs that ask for an outcome, whoever brings it about: "ensures security
#: is built into the product".
ENSURING = frozenset("ensure ensures ensuring".split())
#: Participles not made with -ed, and their verbs: "security is built in" is what "builds security in" does.
IRREGULAR_PARTICIPLES = {
    "built": "build", "written": "write", "made": "make", "done": "do", "kept": "keep", "taken": "take",
    "given": "give", "held": "hold", "led": "lead", "shown": "show", "known": "know", "chosen": "choose",
    "found": "find", "brought": "bring", "taught": "teach", "sent": "send", "met": "meet", "run": "run",
    "set": "set", "put": "put", "understood": "understand", "thought": "think", "drawn": "draw",
}
#: Adjectives that say a thing is as it should be, before its noun, which
#: asks that already: "builds healthy relationships" asks what "builds
#: relationships" does, as "good" does (``DEGREE``). After it, they say what
#: is asked: "keeps the build healthy".
AS_IT_SHOULD_BE = frozenset({"healthy"})
#: Verbs said with a preposition before what they carry, and the verb that
#: says the same of the same things in another order: "comes to their
#: manager with problems" / "brings problems to their manager", "goes to
#: the team with a proposal" / "takes a proposal to the team". (the verb's
#: forms, its preposition, the other verb's forms)
VERB_FRAMES: tuple[tuple[frozenset[str], str, frozenset[str]], ...] = tuple(
    (frozenset(framed.split()), preposition, frozenset(plain.split())) for framed, preposition, plain in (
        ("come comes coming came", "with", "bring brings bringing brought"),
        ("approach approaches approaching approached", "with", "bring brings bringing brought"),
        ("go goes going went", "with", "take takes taking took"),
    )
)
#: Verbs that link a subject to what it is, as "am" does, and say it lasts:
#: "I am on top of incidents" and "I stay on top of incidents" ask the same.
LINKING_VERBS = frozenset(
    "stay stays staying stayed remain remains remaining remained keep keeps keeping kept".split()
)
#: Words that say an attempt, not the deed: "I try to write tests" asks
#: less than "I write tests"; so do the phrases of PHRASES_OF_ONE_WORD that
#: say "try" ("tries their best to", "makes every effort to").
ATTEMPTING = frozenset(
    "try tries trying attempt attempts attempting aim aims aiming strive strives striving seek seeks seeking "
    "endeavour endeavours endeavouring endeavor endeavors endeavoring".split()
)
#: Words of certainty in the other languages ladders are written in, read
#: without accents, that GROWTH_WORDS reads as it reads CERTAINTY's: "could"
#: (pourrait, podría, poderia, könnte), "should" (devrait, debería, deveria,
#: sollte) and "must" (doit, debe, deve, precisa, muss); not "can" (peut,
#: puede, pode, kann), as "can" is not: "Doit améliorer" for "Essaye
#: d'améliorer" grows.
CERTAINTY_ELSEWHERE = frozenset(
    # French
    "pourrait pourraient doit doivent devrait devraient "
    # Spanish
    "podria podrian debe deben deberia deberian "
    # Portuguese
    "poderia poderiam deve devem deveria deveriam precisa precisam "
    # German
    "konnte konnten muss mussen soll sollen sollte sollten".split()
)
#: Words that say an attempt in the other languages ladders are written in,
#: read without accents, as ATTEMPTING does in English: "Essaye
#: d'améliorer", "Intenta mejorar", "Tenta melhorar", "Versucht zu
#: verbessern" ask less than the deed.
ATTEMPTING_ELSEWHERE = frozenset(
    # French
    "essaye essaie essayent essaient essayer tente tentent tenter cherche cherchent efforce efforcent "
    # Spanish
    "intenta intentan intentar procura procuran procurar busca buscan esfuerza esfuerzan "
    # Portuguese
    "tenta tentam tentar procuram buscam esforca esforcam "
    # German
    "versucht versuchen strebt streben bemuht bemuhen".split()
)


def attempting(word: str) -> bool:
    """Whether a (lower-case) word says an attempt, not the deed ("tries",
    "essaye", "intenta", "versucht"), in English or another language
    ladders are written in."""
    return word in ATTEMPTING or unaccented(word) in ATTEMPTING_ELSEWHERE


#: Adverbs of likelihood, a hedge on the deed as "may" is ("Probably leads
#: incident resolutions", "..., perhaps"), with the rank of CERTAINTY they
#: say: a statement without one asks it for certain.
LIKELIHOOD = {"maybe": 1, "perhaps": 1, "possibly": 1, "probably": 3, "likely": 3}
#: "tends to" before a verb: what is done as a rule, not for certain
#: ("Tends to lead incident resolutions"); read as "probably".
TENDING = frozenset("tend tends tending tended".split())
#: Words that say a start: "I start to write tests" is still learning to.
STARTING = frozenset("start starts starting begin begins beginning".split())
#: How deep or broad a skill or knowledge is, least first.
DEGREE = {
    "basic": 1, "basics": 1, "fundamentals": 1, "foundational": 1, "introductory": 1, "familiar": 1, "aware": 1,
    "some": 1,
    "working": 2, "solid": 2, "good": 2, "sound": 2, "broad": 3, "broadly": 3,
    "strong": 3, "deep": 4, "deeply": 4, "thorough": 4, "thoroughly": 4, "extensive": 4,
    "extensively": 4, "advanced": 4, "expert": 5, "mastery": 5, "authoritative": 5,
    # How well: "capable", "effective" and "good" say it is done as expected ("communicates effectively",
    # "has a good understanding of it"); "skilled" says more, "exceptional" most.
    "capable": 2, "effective": 2, "effectively": 2, "skilled": 3, "skilful": 3, "skillful": 3, "exceptional": 5,
}
#: How good a thing made or done is, on DEGREE's ranks, least first: "a
#: reasonable level of quality" < "good" < "high" < "the highest". Owners
#: lower a bar as often by the word of how good as by how much ("Highly
#: effective" -> "Reasonably good", "of high caliber" -> "of good
#: caliber"). "good" and "solid" are DEGREE's own; "competent" is a
#: proficiency of a skills matrix (``proficiency``), not a word of growth.
QUALITY = {
    "adequate": 1, "adequately": 1, "acceptable": 1, "acceptably": 1, "reasonable": 1, "decent": 1,
    "satisfactory": 1, "great": 3,
    "excellent": 5, "outstanding": 5, "exemplary": 5, "exceptionally": 5, "world-class": 5,
    "superb": 5, "first-class": 5, "first-rate": 5, "top-notch": 5,
}
#: "high" and its forms say how good only of a standard, a bar or a level
#: of something (``QUALITY_NOUNS``): "a high level of quality", "high
#: standards", "high-quality code"; not "a high-level design", "high
#: impact", "high availability", "high-priority bugs".
HIGH = {"high": 3, "higher": 4, "highest": 5}
#: Nouns of how good something is, after which HIGH's words are of QUALITY;
#: "level" and "degree" only before "of" ("a high level of ownership").
QUALITY_NOUNS = frozenset("quality standard standards bar caliber calibre".split())
QUALITY_LEVELS = frozenset("level levels degree".split())
#: Things said to be pending, after which "outstanding" says unresolved, not
#: how good: "closes outstanding issues".
PENDING = frozenset(
    "issue issues bug bugs task tasks item items question questions ticket tickets debt request requests action "
    "actions review reviews risk risks payment payments balance".split()
)
#: Adverbs of intensity, and how far each moves the word of DEGREE or
#: QUALITY it qualifies ("reasonably good" is less than "good", "very
#: good" is "strong"); on its own, before another word, how far it moves
#: a plain one ("highly efficient" > "efficient" > "somewhat efficient").
INTENSITY = {
    "somewhat": -1, "fairly": -1, "reasonably": -1, "moderately": -1, "relatively": -1, "passably": -1,
    "very": 1, "highly": 1, "extremely": 1, "incredibly": 1, "remarkably": 1, "exceedingly": 1,
}
#: Words of size and difficulty: "simple" -> "complex" describes growth.
SIZE_WORDS = frozenset(
    """
    simple basic complex advanced small smaller medium large larger largest big bigger huge major minor
    critical high higher low lower deep deeper broad broader wide wider narrow hard harder difficult
    tricky sophisticated strategic tactical defined well-defined undefined ambiguous scoped well-scoped
    open-ended short-term long-term quarterly annual yearly daily weekly monthly multi-year weeks months
    quarters years
    """.split()
)
#: Things of growing size that work is about: a component, a service, a
#: system, a product; a function or a discipline.
WORK_NOUNS = frozenset(
    """
    component components module modules service services system systems product products function functions
    discipline disciplines
    """.split()
)
#: Words of how many: "one" -> "several" teams is growth.
QUANTITY_WORDS = frozenset("one two three few some several many multiple most all every entire whole single".split())
#: How far work reaches past a boundary, least first: "within their
#: project" -> "beyond their project" is growth.
REACH = {"within": 1, "inside": 1, "across": 2, "between": 2, "throughout": 2, "beyond": 3, "outside": 3}
#: Verbs that say how far work reaches, as REACH's words do: "projects that
#: span several teams" are projects across them.
REACH_VERBS = frozenset("span spans spanning spanned".split())
#: Words of learning and mastery: "learning" -> "proficient" is growth.
MASTERY_WORDS = frozenset(
    """
    learning learns starting starts beginning begins developing gaining growing emerging established
    proven expert proficient familiar aware mastered masters individual other others guided
    proactively reactively
    """.split()
)
#: The size and difficulty of work, least first, where the words order it
#: ("small" < "medium" < "large"; "defined" < "ambiguous").
SIZE = {
    "tiny": 0, "trivial": 0, "small": 1, "smaller": 1, "simple": 1, "minor": 1, "defined": 1, "well-defined": 1,
    "straightforward": 1, "easy": 1, "routine": 1, "well-understood": 1, "well-specified": 1,
    "well-scoped": 1, "scoped": 1, "medium": 2, "mid-sized": 2, "medium-sized": 2, "large": 3, "larger": 3,
    "big": 3, "bigger": 3, "major": 3, "complex": 3, "ambiguous": 3, "open-ended": 3, "undefined": 3,
    "largest": 4, "huge": 4, "biggest": 4, "massive": 4,
    "ill-defined": 3, "poorly-defined": 3, "loosely-defined": 3, "loosely-scoped": 3, "unscoped": 3,
    "underspecified": 3, "under-specified": 3, "clearly-defined": 1, "clearly-scoped": 1,
}
#: Nouns of how unclear the work is, said of it with an amount: "tasks
#: with limited uncertainty", "work with little ambiguity" are defined
#: ones, "problems with high ambiguity" ambiguous ones, on SIZE (the word of
#: SIZE each amount says, AMBIGUITY_AMOUNT). So "Completes well-defined tasks"
#: -> "... with little ambiguity" narrows the work to the clearest of it.
AMBIGUITY_NOUNS = frozenset("ambiguity ambiguities uncertainty uncertainties unknowns".split())
AMBIGUITY_AMOUNT = {
    **dict.fromkeys("no little limited minimal low reduced".split(), "defined"),
    **dict.fromkeys("high significant considerable great substantial much".split(), "ambiguous"),
}
#: Words before a thing that name a plain kind of it, a technical area or
#: a kind of work, which only restricts what is asked to that part of it:
#: "backend code", "mobile apps", "API changes", "unit tests", "design
#: docs", "data pipelines". A closed list: most words before a thing say how
#: demanding it is as well as which ("VP stakeholders", "board members",
#: "production systems", "architecture reviews", "customer escalations",
#: "platform services", which reach many teams), and the grader cannot tell
#: those apart, so any other word put in asks more, as words added do.
DOMAIN_KINDS = frozenset(
    """
    backend back-end frontend front-end full-stack fullstack server server-side client-side mobile web ios
    android desktop embedded api apis ui ux css html sql database db data infrastructure infra cloud
    unit integration end-to-end e2e acceptance smoke test design code
    python java javascript typescript kotlin ruby php scala golang rust
    """.split()
)


def plain_kind(word: str) -> bool:
    """Whether a (lower-case) word put before a thing names a plain kind of
    it, a domain (DOMAIN_KINDS: "backend code", "unit tests", "API
    designs"), which narrows what is asked to that kind; not a word that may
    say how senior, important, big or good the thing is too ("VP
    stakeholders", "production systems", "critical systems", "clean code"),
    which asks more of it."""
    return word in DOMAIN_KINDS


#: Words before a participle of definition (``DEFINED``) that say the work
#: is less defined, which asks more, as "ambiguous" does: "loosely scoped
#: tasks", "poorly defined problems".
LOOSELY = frozenset("loosely poorly vaguely ill partially partly barely".split())
DEFINED = frozenset("defined scoped specified framed understood".split())
#: How much a person takes part in a piece of work, least first: helping
#: with it (or using, reading or following what others make), then doing
#: it (a plain verb: "implements", "writes", "builds"), then deciding it
#: oneself (a plain act of deciding), then taking charge of it: leading,
#: owning, driving or championing it, or defining or establishing it, which
#: sets the direction others follow. A verb of leading is never another word
#: for one of doing or deciding.
INVOLVEMENT: dict[str, float] = {
    "help": 1, "helps": 1, "helping": 1, "assist": 1, "assists": 1, "assisting": 1, "support": 1, "supports": 1,
    "supporting": 1, "contribute": 1,
    "contributes": 1, "contributing": 1, "participate": 1, "participates": 1, "participating": 1,
    # Being there, against running it: "attends sprint planning" < "runs sprint planning".
    "attend": 1, "attends": 1, "attending": 1, "join": 1, "joins": 1, "joining": 1,
    "visit": 1, "visits": 1, "visiting": 1,
    "lead": 3, "leads": 3, "leading": 3, "drive": 3, "drives": 3, "driving": 3, "owns": 3, "owning": 3,
    "champion": 3, "champions": 3, "championing": 3, "spearhead": 3, "spearheads": 3,
    "influence": 2, "influences": 2, "influencing": 2, "shape": 2, "shapes": 2, "shaping": 2,
    # Following or proposing what others decide, against deciding it.
    "follow": 1, "follows": 1, "suggest": 1, "suggests": 1, "suggesting": 1, "propose": 1,
    "proposes": 1, "proposing": 1, "recommend": 1, "recommends": 1, "recommending": 1, "consulted": 1,
    # Setting the direction is taking charge, as leading and championing are: "defines the technical
    # strategy" -> "drives the technical strategy" says the same.
    "define": 3, "defines": 3, "defining": 3, "establish": 3, "establishes": 3, "establishing": 3,
    # Deciding it oneself, against doing it and against leading others in deciding: "makes decisions"
    # (decides) < "leads decisions".
    "decide": 2.5, "decides": 2.5, "deciding": 2.5,
    # Designing it, or settling a discussion between others, is deciding how it is done, above doing it:
    # "Designs services" -> "Implements services", "mediates discussions" -> "takes part in discussions".
    # (Not "design" nor "architect": as often one of a list of disciplines, "(backend, data, design)", or a role.)
    "designs": 2.5, "designing": 2.5, "architects": 2.5, "architecting": 2.5,
    "mediate": 2.5, "mediates": 2.5, "mediating": 2.5,
    # Keeping what is there, against making or raising it: "raises the bar" -> "maintains the bar".
    "maintain": 1.5, "maintains": 1.5, "maintaining": 1.5,
    # Watching others do it, as being there is: "shadows on-call engineers" < "is on call".
    "shadow": 1, "shadows": 1, "shadowing": 1,
    # Watching it, or being told of it, takes no part in it: "observes the delivery process" <
    # "participates in the delivery process", "is kept informed of incidents" < "leads on incidents".
    "observe": 0.5, "observes": 0.5, "observing": 0.5, "watch": 0.5, "watches": 0.5, "watching": 0.5,
    # Using or reading what others make, against making it: "uses monitoring" < "implements monitoring".
    "use": 1, "uses": 1, "using": 1, "utilise": 1, "utilises": 1, "utilising": 1, "utilize": 1, "utilizes": 1,
    "utilizing": 1, "leverage": 1, "leverages": 1, "leveraging": 1, "read": 1, "reads": 1, "reading": 1,
    "consume": 1, "consumes": 1, "consuming": 1,
}
#: Words of INVOLVEMENT for keeping what is there: read against another verb
#: of involvement in its place ("raises the bar" -> "maintains the bar"),
#: not put in or taken out alone, where it is as often another's deed
#: ("code my team can maintain").
KEEPING = frozenset("maintain maintains maintaining".split())
#: Words of INVOLVEMENT for being there that, before "to", mean dealing
#: with it: "attends to customer escalations" handles them.
ATTENDING = frozenset("attend attends attending".split())
#: Verbs of going that, before "to" and a thing named ("goes to the
#: standup", "going to a tech talk"), say being there, as "attends" does;
#: not "going to lead it", which says what they will do.
GOING = frozenset("go goes going went".split())
#: Verbs whose objects are duties one carries out, not topics: what a list
#: after one names is each asked ("runs the standup, the retro etc.").
RUNNING = frozenset(
    "run runs running manage manages managing organise organises organising organize organizes organizing "
    "host hosts hosting chair chairs chairing facilitate facilitates facilitating".split()
)
#: Verbs of knowing what others make or decide, against acting on it: as
#: involved as using it ("understands the technical direction" < "sets the
#: technical direction", "knows our deployment process" < "improves it").
KNOWING = frozenset(
    "understand understands understanding understood know knows knowing comprehend comprehends".split()
)
INVOLVEMENT.update(dict.fromkeys(KNOWING, 1))
#: Nouns of knowing, had rather than done: "has exposure to messaging
#: flows", "has some familiarity with security tests", "has working
#: knowledge of SQL" say what knowing does ("Implements security tests" ->
#: "Has exposure to security tests" asks less), how well said by the words
#: of DEGREE before them.
KNOWN_NOUNS = frozenset("knowledge familiarity exposure awareness understanding".split())


#: Words of INVOLVEMENT in the other languages ladders are written in, read
#: without accents, on the same scale: helping or taking part < influencing <
#: leading, driving or defining ("Aide à définir" < "Dirige", "Ayuda" <
#: "Lidera", "Ajuda" < "Lidera", "Hilft" < "Leitet").
INVOLVEMENT_ELSEWHERE: dict[str, float] = {
    **dict.fromkeys((
        # French
        "aide aident aider soutient soutiennent soutenir contribue contribuent contribuer participe participent "
        "participer accompagne accompagnent accompagner "
        # Spanish
        "ayuda ayudan ayudar apoya apoyan apoyar contribuye contribuyen contribuir participa participan participar "
        # Portuguese
        "ajuda ajudam ajudar apoia apoiam apoiar contribui contribuem participam "
        # German
        "hilft helfen unterstutzt unterstutzen beteiligt"
    ).split(), 1.0),
    **dict.fromkeys((
        "influence influencent influencer influye influyen influir influencia influenciam influenciar "
        "beeinflusst beeinflussen"
    ).split(), 2.0),
    **dict.fromkeys((
        # French
        "dirige dirigent diriger mene menent mener pilote pilotent piloter definit definissent definir "
        # Spanish
        "lidera lideran liderar dirigen dirigir impulsa impulsan impulsar definen "
        # Portuguese
        "lideram conduz conduzem conduzir dirigem definem "
        # German
        "leitet leiten fuhrt fuhren treibt treiben verantwortet verantworten definiert definieren"
    ).split(), 3.0),
}


def involvement(word: str) -> float | None:
    """How involved a (lower-case) verb of INVOLVEMENT says the subject is,
    in English or another language ladders are written in; None if it is
    no such verb."""
    found = INVOLVEMENT.get(word)
    return found if found is not None else INVOLVEMENT_ELSEWHERE.get(unaccented(word))


def more_involved(old: str, new: str) -> bool:
    """Whether a word of INVOLVEMENT put in place of another says more
    involvement ("understands" -> "influences", "follows" -> "defines",
    "aide" -> "dirige"): the expectation grows, as the differ reads it."""
    before, after = involvement(old), involvement(new)
    return before is not None and after is not None and after > before


#: What a piece of work yields, by how much of the outcome it is: what is wrong, found (issues, risks) <
#: a say on the work (feedback, advice, ideas) < the work's answer, delivered (solutions, fixes, plans).
#: A sentence whose verb gives or makes what it names and that swaps its object for a greater ("offers
#: design feedback to ..." -> "offers design solutions to ...", "proposes ideas" -> "proposes plans") asks
#: more: growth, not an editing slip.
_YIELD = {
    **dict.fromkeys("issue problem risk gap bug defect concern".split(), 1),
    **dict.fromkeys("feedback comment input suggestion advice opinion idea review question recommendation".split(), 2),
    **dict.fromkeys("solution fix design plan decision strategy implementation improvement".split(), 3),
}
#: The verbs that give or make what they name, so that a greater object is more work delivered: "offers",
#: "provides", "brings". Not a verb that does something to a thing that is there already, nor one that
#: flags it: "reports", "raises", "documents", "tracks", "identifies", "reviews" bugs or decisions alike
#: ("report bugs" -> "report fixes" is a slip, not growth).
_DELIVERING = frozenset(
    "offer give gave given provide propose deliver suggest make made produce bring brought present contribute "
    "recommend share create develop devise supply".split()
)
#: How many words before the swapped object its verb may stand: over a determiner and a noun or two
#: ("offers clear design feedback", "provides their team with solutions").
_VERB_REACH = 4


def _yield_of(word: str) -> int | None:
    """The rank in _YIELD of a (lower-case) noun, singular or plural
    ('solutions', 'fixes', 'strategies')."""
    if word in _YIELD or not word.endswith("s"):
        return _YIELD.get(word)
    from .dictionary import s_stems  # lazily: read only for a near repeat

    return next((_YIELD[singular] for singular in s_stems(word) if singular in _YIELD), None)


def _delivers(word: str) -> bool:
    """Whether a (lower-case) word is a form of a verb of ``_DELIVERING``
    ("offers", "providing", "brought")."""
    if word in _DELIVERING:
        return True
    from .dictionary import forms  # lazily: read only for a near repeat

    return any(form in _DELIVERING for form in forms(word))


def yields_more(old: str, new: str, before: Sequence[str]) -> bool:
    """Whether a noun of what work yields put in place of another names a
    greater yield ("feedback" -> "solutions", "issues" -> "fixes",
    "review" -> "design") after a verb that gives or makes it, among the
    few words ``before`` the noun ("offers design feedback" -> "offers
    design solutions"): the expectation grows. Not after another verb
    ("reports bugs" -> "reports fixes", "documents issues" -> "documents
    decisions"): a slip as likely as not."""
    before_rank, after_rank = _yield_of(old), _yield_of(new)
    if before_rank is None or after_rank is None or after_rank <= before_rank:
        return False
    return any(_delivers(word) for word in before[-_VERB_REACH:])


#: Words of involvement that are nouns as often as verbs ("the needs of
#: users and support", "the tech lead", "their influence"): words of
#: involvement only where they stand as verbs; given, the noun says what
#: its verb does ("provides support to the team" supports it).
NOUNS_TOO = frozenset(
    "support help lead influence shape drive champion use uses using read reads reading understanding knowing "
    "designs architects shadow".split()
)
#: Words that say a skill is still being acquired ("I am learning to ...",
#: "I'm gaining ...", "is becoming a specialist"): less than having it.
LEARNING = frozenset(
    "learning gaining developing acquiring building growing beginning starting mastering becoming".split()
)
#: "become" after a word of starting ("start becoming a domain resource",
#: "begin to become an expert"): once the start is taken out, "is" says
#: what it does ("is a domain resource"), so it goes with the start.
BECOMING = frozenset("become becomes becoming".split())
#: A window of time that limits when a duty applies ("I respond to pages
#: during business hours", "on weekdays", "in office hours"): opened by one
#: of WINDOW_OPENERS, the time said by a word of WINDOW_KINDS before one of
#: WINDOW_TIMES, or by "weekdays" alone. A condition on what is asked: put
#: in, less is asked (around the clock is asked where none is said).
WINDOW_OPENERS = frozenset("during in within inside on".split())
WINDOW_KINDS = frozenset("business office working work core normal regular standard".split())
WINDOW_TIMES = frozenset("hours days weekdays".split())
#: Time in the role before a duty applies, which limits when it is asked as
#: a window of time does ("Delivers features with minimal guidance, once
#: onboarded", "after their first quarter", "once familiar with the
#: codebase", "after ramping up"): one of TENURE_OPENERS before a word of
#: SETTLING_IN (past TENURE_FILLER: "once they have ramped up", "after
#: getting familiar with"), or "after" before TENURE_FIRST and a period
#: ("after their first quarter", "after the first 3 months") or a period in
#: a place of TENURE_PLACES ("after 6 months in the role"). Not "once a
#: quarter" (how often), nor "after incidents" or "after 2 weeks" (when the
#: work is done, or a wait).
TENURE_OPENERS = frozenset("once after".split())
SETTLING_IN = frozenset(
    "onboarded onboarding ramped ramp-up ramping settled induction probation familiar comfortable proficient "
    "acquainted trained".split()
)
TENURE_FILLER = frozenset(
    "i we you they he she am is are was were be being been have has having fully properly become becoming "
    "get gets getting got sufficiently".split()
)
TENURE_FIRST = frozenset("first initial".split())
#: What "given" is followed by where it opens a condition on what is asked
#: ("given a clear spec", "given well-defined tasks", "given enough
#: context"), not where it says "in view of" ("given the constraints") nor
#: a thing handed over ("the tasks given to them").
GIVEN_CONDITION = frozenset("a an clear clearly well well-defined defined detailed enough sufficient adequate explicit".split())
TENURE_PLACES = frozenset("role team job company position level org organisation organization".split())
#: Verbs of learning that say it before what is learnt, as the subject's own
#: verb: "Learns to write Go", "I learn how to debug", "I learn our
#: deployment process" (not "learn from" mistakes, a habit of reflection).
LEARNING_VERBS = frozenset("learn learns".split())
#: Verbs that, before another in "-ing", say a skill is still being
#: acquired: "I start writing tests", "I practise giving feedback".
STARTING_ING = frozenset("start starts begin begins practise practises practice practices".split())
#: Verbs that, with a word of TOWARDS after them, before a verb in "-ing" or
#: one of BECOMING, say the deed is still being worked up to, as a skill
#: still being learnt is: "works towards performing TDD", "is working
#: towards leading incidents", "progressing toward becoming an expert". Not
#: "works towards the team's goals", which says what is done.
PROGRESSING = frozenset("work works working progress progresses progressing".split())
TOWARDS = frozenset("towards toward".split())
#: Verbs that, before what is acquired, say it is still being acquired:
#: "gains experience in", "builds familiarity with", "develops skills in".
ACQUIRING = frozenset("gain gains build builds develop develops acquire acquires".split())
#: What ACQUIRING verbs acquire when the skill is still being learnt; the
#: nouns of a skill, whose amount "some" says as a degree ("some knowledge
#: of SQL"), where before other nouns it says how many ("some bugs").
ACQUIRED = frozenset(
    "experience familiarity fluency proficiency confidence skill skills knowledge understanding exposure "
    "expertise grasp".split()
)
#: What people on a ladder are given to do their work with, not asked to
#: show: "Engineers at this level have a learning budget", "... have access
#: to production", "... have the opportunity to lead a project", "... have a say in the roadmap".
PROVISIONS = frozenset(
    "access budget budgets allowance allowances stipend stipends opportunity opportunities chance chances "
    "freedom autonomy say time".split()
)
#: Of the provisions, time: time given to do something asks for it
#: ("Engineers at this level have time to mentor two engineers each
#: quarter": the activity is planned for them), where the opportunity to do
#: it leaves it to them ("have the opportunity to lead a project"), and
#: "time for learning" is given.
TIME_GIVEN = frozenset({"time"})
#: Duties people take turns at, or groups named by one: to be part of one is
#: to do it ("part of the on-call rotation", "belong to the incident roster").
DUTIES = frozenset("rotation rotations roster rosters rota rotas on-call shift shifts".split())
#: The endings of the web addresses organisations take their names from
#: ("Leads.io", "Notion.so"): the name with one is the name without it.
NAME_DOMAIN_ENDINGS = ("io", "com", "ai", "co", "dev", "app", "so", "ly", "me", "net", "org", "tech", "digital")
#: The bodies and offices of an organisation that a text writes with a
#: capital ("present to the Board", "report to the CEO", "Executive
#: Leadership"): people of one's own organisation, never another's name.
ORGANISATION_BODIES = frozenset(
    """
    board boards ceo cto cfo coo cpo ciso cio vp vps svp evp exec execs executive executives leadership
    management founder founders director directors leader leaders committee council c-suite hr
    """.split()
)
#: The words that head the title of one of an organisation's leaders
#: ("VP Engineering", "Head of Engineering", "Director of Product", "Chief
#: Technology Officer"), each with the office it names. A Head is whichever
#: leader of its field a company has, a Director at one and a VP or a Chief
#: at another, so one title put for the other ("reports to the VP
#: Engineering" -> "reports to the Head of Engineering") renames the office;
#: a Director for a VP names another one.
LEADER_TITLES = {
    "head": "head", "heads": "head", "director": "director", "directors": "director", "vp": "vp", "vps": "vp",
    "vice": "vp", "svp": "svp", "evp": "evp", "chief": "chief", "cto": "chief", "ceo": "chief", "cio": "chief",
    "cpo": "chief", "ciso": "chief", "cfo": "chief", "coo": "chief",
}
#: Words of a leader's title that say nothing of its office or field: "Chief Technology Officer", "Vice President".
LEADER_TITLE_WORDS = frozenset("officer president".split())
#: The field a chief's initials name ("CTO": technology), and the names of
#: a field that are one: the CTO and the VP Engineering lead one field; the
#: CEO leads the whole company, no field of it.
LEADER_FIELDS = {"cto": "technology", "cio": "information", "cpo": "product", "ciso": "security", "cfo": "finance",
                 "coo": "operations", "ceo": "company"}
SAME_FIELD = {"engineering": "technology", "tech": "technology", "eng": "technology", "r&d": "technology",
              "infosec": "security"}
#: Groups of people one is a member of, besides the scopes (team, squad,
#: tribe, organisation ...): "Engineers at this level are part of a guild".
UNITS = frozenset("guild guilds chapter chapters pod pods crew crews".split())
#: People who guide someone's work: "with my manager" asks for less autonomy.
GUIDING_ROLES = frozenset("manager managers mentor mentors lead tl buddy supervisor supervisors coach".split())
#: People an expectation is about or for (its audience): "senior engineers"
#: is a wider (higher) audience than "engineers".
PEOPLE = frozenset(
    """
    engineer engineers developer developers people person member members colleague colleagues peer peers
    coworker coworkers co-worker co-workers teammate teammates ic ics staff hire hires designer designers tester testers analyst analysts folks others
    someone somebody
    """.split()
)
#: People who help at the level of the one they help, not above it:
#: "with guidance from a peer", "from their onboarding buddy".
#: Words that name no more of a role than its noun does, before that noun: "individual contributor" is the
#: job family's name for a contributor ("solid individual contributors" / "solid contributors"). Not a
#: seniority ("senior engineers"), a discipline ("backend engineers") nor a team, which say whom.
ROLE_NOUN_MODIFIERS = {"individual": frozenset({"contributor", "contributors"})}
PEERS = frozenset(
    "peer peers teammate teammates colleague colleagues coworker coworkers co-worker co-workers buddy buddies".split())
#: Ways of working alone, and with others: offered as two ways ("individually
#: or jointly", "alone or with a pair"), neither is asked.
ALONE = INDEPENDENT | frozenset("alone individually solo myself".split())
TOGETHER = frozenset(
    "jointly together collaboratively pair pairs pairing paired mob mobbing team teams squad squads".split()
) | PEOPLE
#: Words that a negation before them turns into a concession ("not
#: necessarily for every change", "doesn't always"): less is asked.
CONCEDED = frozenset("necessarily always".split())
#: Words of FREQUENCY a negation before them puts lower on its scale, to
#: the word given: "does not always" is done usually, more often than
#: "occasionally", less than "always"; "not infrequently" and "not rarely" are
#: done often.
NEGATED_FREQUENCY = {"always": "usually", "infrequently": "often", "rarely": "often", "seldom": "often"}
#: Words that a negation before them makes a sentence say what is not
#: asked ("Sign-off is not required", "isn't necessary"), as "out of scope"
#: does, "not expected to" ("I am not expected to approve them"; not
#: "Regressions are not expected", which asks to avoid them), and
#: "territory" after "is" ("Sole ownership of a system is Senior L2
#: territory"): a bound put on what a statement asks.
NOT_ASKED = frozenset("required needed necessary mandatory".split())
#: Words that open an exception to what a statement asks, said after it:
#: "Architects ML platforms, except for production ones", "Reviews
#: designs, but not architecture proposals", "Writes tests unless the
#: change is trivial", "... limited to internal tools". What follows is
#: left out of what is asked, a bound put on it: put in, less is asked.
#: Not what widens it ("including", "and also"), nor "but not limited to"
#: (``EXCEPTING_NOT_AFTER``), which says the list is open.
EXCEPTING = tuple(tuple(marker.split()) for marker in (
    "with the exception of", "except for", "except", "excepting", "excluding", "other than", "apart from",
    "aside from", "save for", "barring", "but not", "unless", "limited to", "restricted to"))
#: Words after an exception's marker that make it no exception: "but not only", "but not limited to",
#: "but not just": more is asked, not less; "but not before it is reviewed", "but not at the expense
#: of quality", "but not without tests": a bound on how the whole is done, a care asked.
EXCEPTING_NOT_AFTER = frozenset("only limited restricted just merely solely exclusively before after until till "
                                "at without while".split())
#: Markers, or words right after one, that open a condition rather than name what is left out: "Merges
#: pull requests unless CI is red", "Deploys daily, except when the build is red". It may be an exception
#: ("unless the team is busy") or a care asked ("unless they lack tests"): which, only a reader can say,
#: so it is read both ways. Not "except where ...": "where" names the cases the statement does not
#: reach ("..., except where another team owns the platform"), as "other than where" does, an
#: exception; "when" or "if" an event, which may call for a care ("except when the build is red").
CONDITIONAL_EXCEPTIONS = frozenset({("unless",)})
CONDITION_AFTER_EXCEPT = frozenset("when if that whenever while".split())
#: Modal words that say what may be, not what is asked ("This could be all
#: of the process or part of it").
POSSIBILITY = frozenset("could may might can".split())
#: Words that let a duty be done in part ("Is at least partly responsible
#: for", "partially owns"): an allowance, which asks less; taken out, the
#: whole of it is asked. "part" is one after "or", "only" or "in" ("all or
#: part of", "only part of", "in whole or in part"; not "takes part in",
#: "part of the on-call rota").
PARTIAL = frozenset("partly partially".split())
#: Words that say the whole of a duty, offered beside a part of it ("all or
#: part of", "in whole or in part", "all aspects or only part of"): the
#: other way to meet it, neither asked alone.
WHOLE = frozenset("all whole entire entirely fully completely".split())
#: Words that stand for the statement before them, as a sentence's subject.
ANAPHORA = frozenset("this that it these those which".split())
#: Words that bound what follows them ("within their own code", "only
#: for their team"): a narrower scope; and words that carry past a bound
#: ("across teams", "beyond their team"): a wider one.
BOUNDING = frozenset("within inside only solely exclusively local".split())
#: Those of BOUNDING that a negation before them turns round: "not only
#: internal services", "not solely their team" reach past what follows,
#: as "across" does, and bound nothing.
ONLY = frozenset("only solely exclusively".split())
#: Words that say what is bounded is not one's own ("within shared code",
#: "in any code"): it reaches beyond "within their own code".
NOT_ONES_OWN = frozenset("shared common any anyone's everyone's".split())
#: Conditions that limit when something is asked ("when asked", "if
#: needed", "on request", "where appropriate"): added, less is asked.
CONDITION_OPENERS = frozenset("when whenever if where wherever as on upon".split())
CONDITIONS = frozenset(
    "asked needed required requested request appropriate possible relevant prompted necessary applicable "
    "feasible practical practicable sensible reasonable available allows allow permits permit assigned capacity "
    "bandwidth".split()
)
#: Openers of a condition that say how far, not when: "as far as possible",
#: "as much as practical", "to the extent possible", "insofar as it is
#: feasible" ask it only where it can be done, as "where possible" does.
CONDITION_EXTENTS = (("as", "far", "as"), ("as", "much", "as"), ("to", "the", "extent"), ("insofar", "as"),
                     ("in", "so", "far", "as"))
#: Who may ask for what a statement says, where a condition names them
#: ("when asked by their manager", "if a customer requests it"): people,
#: those who guide, titles, and these.
ASKERS = GUIDING_ROLES | PEOPLE | TITLE_NOUNS | frozenset(
    "stakeholder stakeholders leadership management team teams customer customers client clients user users "
    "partner partners board commander owner owners head heads cto cpo ceo vp vps skip-level anyone anybody "
    "everyone".split()
)
#: Words of a title before the one who asks, in a list of them ("their
#: manager or tech lead", "the team or a senior engineer").
ASKER_TITLE_WORDS = frozenset("tech senior staff principal lead engineering product their the a an his her my our".split())
#: Words of a condition that someone asks for it ("when asked", "as
#: requested"), after which "by" names who asks.
ASKED = frozenset("asked requested required prompted request".split())
#: Verbs of asking, with the one who asks as their subject ("when their
#: manager asks"); not ASKING, the verbs of asking for help.
REQUESTING = frozenset("asks ask requests request requires require".split())
#: Words after a verb of asking that stand for what the statement says ("asks them to", "requests it").
ASKED_OF = frozenset("them him her me us it to for this that so".split())
EXTENDING = frozenset("across beyond outside throughout".split())
#: Those of EXTENDING that span what they name rather than pass it: "across
#: teams" reaches over several, "across the architecture" is all of one
#: thing, no reach.
SPANNING = frozenset("across throughout".split())
#: What a word of EXTENDING may be said to pass that is no place of the
#: work nor people ("thinks outside the box", "delivers beyond
#: expectations", "beyond what is expected", "outside their comfort zone"):
#: an idiom or a bar, read as the words they are, not as a scope widened.
PAST_NO_PLACE = frozenset("box expectations expectation expected comfort".split())
#: Words of extent between "the" (or a possessive) and the group they
#: qualify: "the whole company", "the entire organisation", "the wider
#: organisation", "their broader org". They say all of the group, or
#: beyond the part nearest: never a narrower one, so the group keeps (or
#: widens) its place on SCOPES, and bounds nothing.
WHOLE_OF = frozenset("whole entire full overall".split())
EXTENT = WHOLE_OF | frozenset("wider broader larger extended".split())
#: Words before a group of people that say a wider one than the group
#: itself ("the extended team", "the wider organisation") or a narrower
#: one ("the immediate team"): "the immediate or extended team" reaches as
#: far as the extended one.
WIDER = EXTENT | frozenset("adjacent neighbouring neighboring surrounding".split())
NARROWER = frozenset("immediate own direct core".split())
#: Those of WIDER that reach past the group they qualify: "the wider team"
#: is more than the team, "the whole team" the team.
PAST_THE_GROUP = WIDER - WHOLE_OF
#: Particles of a phrasal verb: "break down", "set up", "find out" and
#: "carry out" say one thing each, as "split", "configure", "determine" and
#: "conduct" do.
PARTICLES = frozenset("up out down off away back through".split())
#: Words that say to act soon but set no time: "escalates issues promptly",
#: "in a timely manner", "as soon as possible", "in good time", "without
#: delay". A definite deadline said in their place ("within 4 hours") puts a
#: deadline in, as one said where none was does.
VAGUE_SOON = frozenset("timely promptly quickly soon swiftly rapidly speedily expeditiously asap".split())
VAGUE_SOON_PHRASES = (("in", "good", "time"), ("without", "delay"), ("without", "delays"))
#: The longest a word that only says soon allows, in hours: a day. A
#: deadline said in its place within it pins it down ("promptly" -> "within
#: a day": a deadline put in); one past it allows longer than soon
#: ("promptly" -> "at the next weekly sync", "as soon as they see them" ->
#: "by the end of the sprint": the deadline relaxed).
SOON_HOURS = 24
#: Phrases that say a deed is due by a time set elsewhere: "delivers projects on time", "on schedule".
#: With VAGUE_SOON, the words of a deed due with no time said in them: one for another is wording
#: ("on time" / "on schedule" / "by the deadline" / "promptly").
ON_TIME_PHRASES = (("on", "time"), ("on", "schedule"), ("on-time",), ("by", "the", "deadline"),
                   ("by", "the", "deadlines"), ("by", "deadlines"), ("to", "schedule"))
#: Words that say to act at once: "fixes broken builds immediately", "right
#: away", "straight away", "at once". A deadline shorter than any other,
#: not a word that only says soon: "within a day" -> "immediately" asks more,
#: "immediately" -> "promptly" less. Not "at once" after a count, where it
#: says together ("juggles several projects at once").
IMMEDIATE = frozenset("immediately instantly".split())
IMMEDIATE_PHRASES = (("right", "away"), ("straight", "away"), ("straightaway",), ("at", "once"))
#: Verbs of a thing coming to one's notice or coming about: after "as soon
#: as", they say to act on it soon and set no time, as "promptly" does
#: ("points out concerns as soon as they see them", "... as soon as they
#: notice them", "escalates issues as soon as they arise"). Not what the
#: deed waits for ("as soon as the incident is resolved"), which says when
#: it starts.
NOTICED = frozenset(
    "see sees saw seen notice notices noticed spot spots spotted find finds found discover discovers discovered "
    "identify identifies identified detect detects detected arise arises arose appear appears appeared happen "
    "happens happened occur occurs occurred emerge emerges emerged aware".split()
)
#: Words before "at once" that make it "together": "several incidents at once", "all at once".
MANY_AT_ONCE = frozenset("several multiple many both all various".split())
#: Nouns of manner: "in a timely manner", "in a clear way", "on a regular
#: basis" say what "promptly", "clearly" and "regularly" say.
MANNER_NOUNS = frozenset("manner way fashion basis".split())
#: Words of ease before a verb: "easy to read" is "readable".
EASE = frozenset("easy easier simple straightforward".split())
#: Phrases that say what one word says, and that word: "at all times" is
#: "always", "a large number of" is "many", "responsible for" is "owns",
#: "take into account" is "consider". The differ reads each as its word,
#: on that word's scale where it has one. A phrase matches its other
#: inflections ("takes care of", "voiced their opinions"), and ``one's``
#: stands for any possessive ("voice my opinion", "voice their opinion").
PHRASES_OF_ONE_WORD: dict[tuple[str, ...], str] = {
    # how often
    ("at", "all", "times"): "always", ("all", "the", "time"): "always", ("without", "fail"): "always",
    ("less", "often"): "occasionally", ("less", "frequently"): "occasionally",
    ("from", "time", "to", "time"): "occasionally", ("at", "times"): "sometimes", ("every", "now", "and", "then"): "occasionally",
    ("once", "in", "a", "while"): "occasionally", ("more", "often", "than", "not"): "usually",
    ("for", "the", "most", "part"): "mostly", ("by", "and", "large"): "largely", ("as", "a", "rule"): "generally",
    ("as", "a", "general", "rule"): "generally", ("on", "an", "ongoing", "basis"): "continuously",
    ("on", "a", "regular", "basis"): "regularly", ("on", "a", "day-to-day", "basis"): "daily",
    # a habit made is done as a habit is: "made a habit of putting ... into context"
    ("make", "a", "habit", "of"): "habitually", ("made", "a", "habit", "of"): "habitually",
    ("as", "a", "habit"): "habitually",
    # how soon: "seeks help in good time" is "seeks help promptly", "debugs issues at speed" "quickly"
    ("in", "good", "time"): "timely", ("at", "speed"): "quickly",
    # an attempt, not the deed (ATTEMPTING): "tries their best to deliver", "makes every effort to"
    **{(verb, "one's", "best"): "try" for verb in "try tries tried do does doing did".split()},
    ("make", "every", "effort"): "try", ("make", "an", "effort"): "try",
    # how many
    ("a", "lot", "of"): "many", ("lots", "of"): "many", ("plenty", "of"): "many",
    ("a", "large", "number", "of"): "many", ("a", "great", "number", "of"): "many",
    ("a", "wide", "range", "of"): "many", ("a", "number", "of"): "several", ("a", "variety", "of"): "several",
    ("a", "small", "number", "of"): "few", ("a", "handful", "of"): "few", ("a", "pair", "of"): "two",
    # how involved
    ("responsible", "for"): "owns", ("accountable", "for"): "owns", ("in", "charge", "of"): "leads",
    ("take", "responsibility", "for"): "owns", ("takes", "responsibility", "for"): "owns",
    ("taking", "responsibility", "for"): "owning",
    ("take", "the", "lead", "on"): "leads", ("takes", "the", "lead", "on"): "leads",
    ("taking", "the", "lead", "on"): "leads", ("take", "part", "in"): "participate",
    ("takes", "part", "in"): "participates", ("get", "involved", "in"): "participate",
    ("gets", "involved", "in"): "participates",
    # dealing with it: "attends to customer escalations" handles them (not "attends the standup", being there)
    ("attend", "to"): "handle", ("attends", "to"): "handles", ("attending", "to"): "handling",
    # told of it, as watching it is: "is informed of the roadmap" < "shapes the roadmap"
    ("is", "informed", "of"): "observes", ("is", "informed", "about"): "observes",
    ("are", "informed", "of"): "observe", ("am", "informed", "of"): "observe",
    ("kept", "informed", "of"): "observes", ("kept", "informed", "about"): "observes",
    ("kept", "aware", "of"): "observes", ("made", "aware", "of"): "observes", ("is", "notified", "of"): "observes",
    ("kept", "up", "to", "date", "on"): "observes", ("kept", "in", "the", "loop", "on"): "observes",
    ("make", "decisions"): "decide", ("makes", "decisions"): "decides", ("making", "decisions"): "deciding",
    # other idioms ("stay up to date" before "up to date")
    ("stay", "current"): "track", ("stays", "current"): "tracks", ("staying", "current"): "tracking",
    ("stay", "up", "to", "date"): "track", ("stays", "up", "to", "date"): "tracks",
    ("staying", "up", "to", "date"): "tracking",
    ("as", "soon", "as", "possible"): "soon", ("take", "into", "account"): "consider",
    ("takes", "into", "account"): "considers", ("taking", "into", "account"): "considering",
    ("keep", "abreast", "of"): "track", ("stay", "abreast", "of"): "track", ("keep", "up", "with"): "track",
    ("keep", "up", "to", "date", "with"): "track", ("keep", "current", "with"): "track",
    ("up", "to", "date"): "current", ("keep", "an", "eye", "on"): "monitor", ("keeps", "an", "eye", "on"): "monitors",
    ("point", "of", "view"): "perspective", ("points", "of", "view"): "perspectives",
    ("take", "care", "of"): "mind", ("look", "after"): "mind",
    ("voice", "one's", "opinion"): "speak", ("speak", "one's", "mind"): "speak", ("speak", "up"): "speak",
    # how autonomous ("by myself" and "alone" are read by the differ's grader, where they say it)
    ("on", "one's", "own"): "independently",
    # being something, and the people
    ("less", "experienced"): "junior", ("more", "experienced"): "senior",
    ("more", "junior"): "junior", ("more", "senior"): "senior",
    ("acts", "as"): "is", ("act", "as"): "be", ("acting", "as"): "being", ("serves", "as"): "is",
    ("serve", "as"): "be", ("serving", "as"): "being",
    ("other", "people"): "others", ("team", "members"): "teammates", ("team", "member"): "teammate",
    # bringing others round to a proposal: owners swap "get buy-in" and "win support" for one another, each
    # the agreement of those it needs. Not "get support" nor "build support", which as often say help had
    # ("get support from my lead") or work done ("build support for ARM").
    ("get", "buy-in"): "persuade", ("got", "buy-in"): "persuade", ("get", "buy", "in"): "persuade",
    ("gain", "buy-in"): "persuade", ("win", "buy-in"): "persuade", ("won", "buy-in"): "persuade",
    ("secure", "buy-in"): "persuade", ("obtain", "buy-in"): "persuade",
    ("win", "support"): "persuade", ("won", "support"): "persuade", ("gain", "support"): "persuade",
    # working together: owners write "works with other engineers" and "collaborates with other engineers" for
    # one another, each the work done with others. Where the others are the ones who help, the phrase put in
    # or taken out is still read as help had ("I set goals" -> "I work with my manager to set goals"); one
    # for the other is wording either way.
    ("work", "with"): "collaborate", ("work", "together"): "collaborate", ("work", "alongside"): "collaborate",
    # the whole of a piece of work, start to finish: "owns features all the way through from design to launch"
    # / "end to end, from design to launch" ("all" here counts nothing)
    ("all", "the", "way", "through"): "end-to-end", ("end", "to", "end"): "end-to-end",
    # a reason stressed: "just because they think they should" gives the reason "because" gives, no more.
    ("just", "because"): "because", ("simply", "because"): "because", ("merely", "because"): "because",
}
#: People named by where they are, in one's own team ("the people on the
#: team", "people in my team", "members of the team"): the teammates
#: ("team members") another text names. Read so only for "teammates" said
#: another way; by itself "in their team" narrows the scope, as it does of
#: anyone ("more junior people in their team").
PEOPLE_OF_A_PLACE = frozenset("people members member person everyone folks".split())
IN_A_TEAM = frozenset("on in of within".split())
#: Keeping someone told, a verb of telling with the people told between its
#: words ("keeps their manager informed", "keep the team updated"): read as
#: "inform" says it, not as something kept going.
KEEPING_TOLD = frozenset("keep keeps keeping kept".split())
TOLD = frozenset("informed updated posted apprised".split())
KEEPING_TOLD_SAYS = "inform"
#: A meeting of two people, however ladders write it ("1:1s", "1-1s",
#: "1on1", "1-on-1", "one-on-ones", "one to ones"): one word, read as
#: ``ONE_TO_ONE_SAYS`` with its plural kept. Not "1/1", a date or a share.
ONE_TO_ONE = lazy(r"(?<![\w.:/-])(?:1|one)(?:\s?[:-]\s?|[\s-](?:on|to)[\s-]|on)(?:1|one)(?P<plural>s?)(?![\w:/-])",
                  re.IGNORECASE)
ONE_TO_ONE_SAYS = "one-to-one"
#: Getting a thing done, the thing between the words ("gets well-defined
#: tasks done", "get things done", "gets it finished"): read as "complete"
#: says it, one of the words of work brought to its end (``SYNONYMS``).
GETTING_DONE = frozenset("get gets getting got".split())
DONE = frozenset("done finished completed".split())
GETTING_DONE_SAYS = "complete"
#: Short forms that engineering ladders write for a word, with the words
#: each stands for: one for its word in its place is the same thing asked,
#: written shorter or longer ("async messaging" / "asynchronous messaging",
#: "tech debt" / "technical debt", "the repo" / "the repository"). Read by
#: stem, so "repos" / "repositories" is one too (a word's plural is that
#: word). A short form that stands for more than one word has each
#: ("tech": "technical", "technology").
#: Capitals written for words ("PRs" / "pull requests") need no entry: their
#: letters are the words' first letters (``grade.neutral.spelt_out``).
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "async": ("asynchronous", "asynchronously"), "sync": ("synchronous", "synchronously", "synchronise"),
    "tech": ("technical", "technology"), "infra": ("infrastructure",),
    "prod": ("production",), "repo": ("repository",), "config": ("configuration", "configure"),
    "doc": ("document", "documentation"), "env": ("environment",),
    "perf": ("performance",), "admin": ("administrator", "administration"), "app": ("application",),
    "spec": ("specification",), "mgmt": ("management",),
    "impl": ("implementation",), "info": ("information",), "stats": ("statistics",), "db": ("database",),
    "dev": ("development", "developer"), "dep": ("dependency",),
    "comms": ("communication",), "auth": ("authentication", "authorisation"),
    "arch": ("architecture",),
    "approx": ("approximately",), "eval": ("evaluation",), "ops": ("operations",),
    "pr": ("pull request",), "prs": ("pull requests",), "ci": ("continuous integration",),
}
#: Words that say the same in a framework's statements, one meaning a
#: group: one for another is wording ("fixes issues" / "fixes bugs",
#: "writes design docs" / "creates design docs"). Read by stem, so a group
#: holds its words' forms ("issues", "issue"); a phrase read as one word
#: (``PHRASES_OF_ONE_WORD``) takes that word's place. Only words a reader
#: takes for one another: words merely related ("review" / "approve",
#: "coach" / "hire", "timeline" / "postmortem", "SLO" / "SLA", "shadow" /
#: "primary") ask another thing, and a word of a scale of growth for
#: another is read on its scale. The people of a track go by its own word
#: for them ("other engineers" / "other testers"), not another role's
#: ("managers").
SYNONYMS: tuple[frozenset[str], ...] = tuple(frozenset(group.split()) for group in (
    "issue bug problem defect",
    "failure mistake error",
    "vulnerability weakness",
    "remove cut eliminate",
    "impact affect alter influence",
    "seek look search",
    "timely prompt promptly soon quickly rapidly swiftly",
    "break split divide",
    "set configure",
    "carry conduct perform undertake execute",
    "come devise",
    "current informed",
    "share present spread",
    "help guidance assistance assist advice",
    "write create author produce draft compose",
    "build create construct",
    "use purpose",
    "apply use employ utilise utilize leverage",
    "stakeholder partner",
    "engineer developer programmer tester",
    "engineering testing",
    "spot identify",
    "improve enhance",
    "project initiative",
    "peer colleague coworker co-worker",
    # Work brought to its end ("delivers" / "completes" / "finishes" / "ships" assigned tasks): one act, said
    # many ways; not "owns" or "leads", which take more charge of it.
    "deliver ship complete finish accomplish",
    # What is shipped, by its name in a product ("ships features" / "delivers functionality").
    "feature functionality",
    "demonstrate show",
    "knowledge understanding",
    "understand grasp comprehend",
    # Seeing trouble before it comes, and what stands in the way of work: owners write one for another
    # ("Foresee impediments" / "Anticipate obstacles"). Not "predict" (a number) nor "risk" (what may happen).
    "anticipate foresee",
    "obstacle impediment blocker roadblock hurdle",
    "goal objective aim target",
    "decision choice",
    "complex complicated",
    "large big",
    "clearly plainly",
    "idea proposal suggestion",
    "mentor coach mentorship",
    "task chore",
    # what may be so, of a cause, a risk or a fix ("potential causes" / "likely causes" / "possible causes"):
    # the words owners swap; how surely it is done is another scale (``LIKELIHOOD``, "possibly fixes it").
    "potential possible likely probable",
    # Words owners swap for one another when they reword, none asking more
    # than the other: a chore done the same way ("clean up" / "tidy up"), a
    # problem made to go away ("fixes" / "resolves" bugs), a word said ("talks"
    # / "speaks" to customers), the same people served ("customers" /
    # "clients"), the same start ("starts" / "begins" a discussion), a
    # question put ("asks" / "enquires"), a thing made known ("communicates"
    # / "conveys" ideas, "informs" / "notifies" peers; "flags" / "surfaces" / "raises" risks), work done
    # together ("collaborates" / "cooperates"). Not "raises" and
    # "escalates", which takes it to someone above, nor "fixes" and
    # "mitigates", which leaves the cause.
    "clean tidy",
    "fix resolve",
    "talk speak",
    "customer client",
    "start begin",
    "ask enquire inquire",
    "communicate convey inform notify",
    # What something is or why, made clear to others ("explains" / "communicates" / "conveys" / "describes"
    # technical decisions); not "presents" or "teaches", which ask another thing, nor "informs" or
    # "notifies", which tell only that it happened (their own group above).
    "explain communicate convey describe",
    "flag surface raise",
    "collaborate cooperate",
    # Trial 10 (real histories and hand edits): information brought together ("gathers" / "collects" /
    # "compiles" input; not "analyses" or "synthesises", which do more with it), a thing handed to others
    # ("gives" / "provides" / "offers" / "shares" context; "share" keeps its own group beside "present",
    # which this one does not join), and how one treats people ("kind" / "considerate" / "respectful" /
    # "thoughtful" / "courteous" feedback; not "honest", "direct" or "candid", which ask another thing).
    "gather collect compile",
    "give provide offer share",
    "kind considerate respectful thoughtful courteous",
    # Words ladder writers use for one another when they reword a statement, none asking more than the
    # other: coming to a meeting ("Comes prepared" / "Arrives prepared"), feedback taken in ("Accepts
    # feedback graciously" / "Takes feedback gracefully" / "receives it well"), a risk made known before it
    # comes ("warns" / "alerts" stakeholders). Not "seeks" or "asks for" feedback, which go out for it, nor
    # "escalates", which takes a risk to someone above.
    "come arrive",
    "accept take receive",
    "gracious graceful graciously gracefully",
    "warn alert",
))
#: Words that, before "to", say a thing is asked of someone ("is expected
#: to write a design document", "are required to"), as "must" does.
OBLIGED = frozenset("expected required obliged".split())
#: Words that say a thing is asked of the person, or within their reach:
#: negated ("is not expected to", "(not required)", "This is not yet
#: expected", "is not able to") they withdraw what the statement asks. "need"
#: and "have" only before "to" ("has no need to", "doesn't have to"; not
#: "doesn't need help", which is autonomy).
EXPECTING = OBLIGED | frozenset(
    "necessary mandatory compulsory obligated requirement expectation able capable can".split())
EXPECTING_BEFORE_TO = frozenset("need needs have has".split())
#: Words that, before "to", leave it to the person whether to do it ("is
#: encouraged to mentor", "Invited to mediate", "feel free to"): as "may"
#: says.
INVITED = frozenset("encouraged invited welcome free".split())
#: Verbs of feeling before what is asked of one ("should feel responsible
#: for"): a disposition hoped for, as "should" says, not a deed.
FEELING = frozenset("feel feels".split())
#: Words that put the deed off to some later time ("will eventually
#: lead"): not yet done, as a skill still being learnt is not.
NOT_YET = frozenset("eventually someday".split())
#: Words and phrases that put the deed off to no time set, as NOT_YET does: "fixes it later", "in due
#: course", "at some point", "over time". Said in the place of a word of when it is due ("on time",
#: "promptly", "within a week"), a deadline taken out. ("later" and "over time" say so only there: "later
#: stages", "grows over time" set no deed's time, and are read so only where they replace a word of when.)
NO_SET_TIME = NOT_YET | frozenset({"later", "sometime"})
NOT_YET_PHRASES = (("in", "due", "course"), ("in", "due", "time"), ("at", "some", "point"), ("sooner", "or", "later"),
                   ("over", "time"), ("at", "a", "later", "date"), ("at", "a", "later", "time"), ("one", "day"))
#: Words that make an expectation a choice ("Writes tests (optional)",
#: "ideally pairs on designs"): added, less is asked.
OPTIONAL = frozenset("optional optionally ideally preferably nice-to-have".split())
#: Labels that make a statement a choice where they stand as a label: before
#: a colon or a dash at its start ("Bonus: Writes blog posts", "Nice to
#: have - speaks at meetups") or alone in brackets ("(bonus)", "[stretch
#: goal]", "(aspirational)", "(not required)"); read as "optional". In a sentence they are words like any other
#: ("takes on stretch assignments", "the bonus scheme"); "nice to have" says
#: a choice wherever it stands, as "nice-to-have" does.
OPTIONAL_LABELS = ("bonus", "stretch", "stretch goal", "extra credit", "nice to have", "optional", "aspirational",
                   "not required", "not mandatory", "not expected", "not yet expected", "not needed")
#: Nouns that make a statement a choice where they are said of it, as what
#: it is, at its clause's end ("Writing blog posts is a plus", "... would be
#: a big bonus"); read as "optional". Elsewhere words like any other ("the
#: bonus scheme", "a plus sign").
OPTIONAL_PREDICATES = ("plus", "bonus", "nice to have", "extra credit", "goal for later", "future goal", "aspiration")
#: Words that name a competency (or a list) of what is a choice: "Nice-to-have
#: skills", "Bonus", "Optional", "Desirable skills", "Stretch goals"; and of
#: what is asked: "Essential skills", "Must have", "Required", "Mandatory".
#: A statement said under the first at one level and under the second at
#: the next is asked where it was a choice: it grows.
OPTIONAL_NAMES = OPTIONAL_LABELS + ("desirable", "preferred")
REQUIRED_NAMES = ("essential", "essentials", "must have", "must haves", "required", "mandatory")
_NAME_WORDS = lazy(r"[a-z0-9]+")


def asked_by_name(name: str) -> bool | None:
    """Whether a competency's name says its statements are asked (True:
    "Essential skills", "Must-have"), or a choice (False: "Nice-to-have
    skills", "Bonus"); None where it says neither ("Delivery"), or both."""
    said = f" {' '.join(_NAME_WORDS.findall(unaccented(name).casefold()))} "
    optional = any(f" {label} " in said for label in OPTIONAL_NAMES)
    required = any(f" {label} " in said for label in REQUIRED_NAMES)
    return None if optional == required else required
#: Rewards offered for a statement, which make it a choice ("Bonus points
#: for writing blog posts", "Extra credit if you speak at meetups"); read as
#: "optionally".
OPTIONAL_REWARDS = ("bonus points", "extra points", "brownie points", "extra credit")

#: Every word whose swap for another says the expectation grows (or
#: shrinks), rather than that the same thing is asked again.
GROWTH_WORDS = (
    frozenset(SCOPE_OF) | frozenset(FREQUENCY) | frozenset(CERTAINTY) - {"can"} | GUIDANCE_NOUNS | INDEPENDENT
    | frozenset(DEGREE) | frozenset(QUALITY) | frozenset(HIGH) | frozenset(INTENSITY) | frozenset(REACH)
    | SIZE_WORDS | WORK_NOUNS | QUANTITY_WORDS | frozenset(COUNT) | MASTERY_WORDS
    | frozenset(_BASE_SENIORITY) | frozenset(_HEAD_SENIORITY) | {"sr", "jr"}
)

#: The words the grader reads on its scales, of help and of conditions: a
#: word no dictionary knows whose likeliest spelling is one of them
#: ("guidence", "aksed", "ocasionally", "guіdance" with a Cyrillic "і") is
#: read as that word when a change is graded, as a reader reads it.
GRADED_WORDS = GROWTH_WORDS | CONDITIONS | ASKED | HELPED | OVERSEEN | frozenset(PERIODIC)


#: Words before "lead" that make it a role that guides: "tech lead", "team lead".
_LEADS_OF = frozenset("tech technical team".split())


#: How far above the one they guide a guide stands: "their manager" above the middle, as a senior is.
_GUIDE_ABOVE = _BASE_SENIORITY["senior"][0] - _MIDDLE.middle


def helper_seniority(words: Iterable[str]) -> float | None:
    """How senior the people who help are, by the words of a phrase of help
    that name them: a word of seniority says it ("from a senior engineer",
    "a junior engineer", "a staff engineer"); a peer is at the helped
    one's level, read as the middle of the scale; a role that guides
    ("my manager", "a mentor") above it, as a senior is; and a role that
    guides someone named before it, above them ("their manager's manager",
    "a senior engineer's mentor": higher up than "their manager", "a senior
    engineer"). None where no word says ("from an engineer")."""
    given = list(words)
    whose = next((k for k in range(len(given) - 1, -1, -1) if without_possessive(given[k]) != given[k]), None)
    # Right after it, past a word that says which ("their manager's line manager", "a peer's tech lead").
    if whose is not None and not GUIDING_ROLES.isdisjoint(given[whose + 1 : whose + 3]):
        # Their guide is who helps: one guide above whoever the words before "'s" name, where they say how senior.
        guided = helper_seniority([*given[:whose], without_possessive(given[whose])])
        if guided is not None:
            return guided + _GUIDE_ABOVE
    said = [word for word in given if word.isalpha()]
    # "my tech lead", "the team lead": a role that guides, as "TL" is, not a rung called lead.
    level = seniority(" ".join(word for k, word in enumerate(said)
                               if not (word == "lead" and k and said[k - 1] in _LEADS_OF)))
    if level is not None:
        return level.middle
    if not PEERS.isdisjoint(said):
        return _MIDDLE.middle
    if not GUIDING_ROLES.isdisjoint(said):
        return _BASE_SENIORITY["senior"][0]
    return None


#: Roman numerals of a level ("Web Designer IV"), but for "i", "v" and "x",
#: which are words and letters as often.
_ROMAN_NUMERALS = frozenset(_ROMAN) - {"i", "v", "x"}


def is_growth_word(word: str) -> bool:
    """Whether a (lower-case) word is one of scale (and a modal word of
    another language ladders are written in: "doit", "debe", "muss"), or a
    number, a Roman numeral or a level code, or joins such words ("l4-l5", "team-wide"),
    possessive or not ("the team's roadmap"). A number with a multiplier
    on it is a number ("10k", "1.5M", "2bn"), whatever its case: a word
    lower-cased, "1m" may have been "1M" or one minute, a number either way."""
    word = without_possessive(word)
    if word in GROWTH_WORDS or word.isdigit() or unaccented(word) in CERTAINTY_ELSEWHERE or word in _ROMAN_NUMERALS \
            or numbers_in_digits(word.upper()).isdigit() \
            or id_rung(word) is not None and word[:1].isalpha():
        return True
    return "-" in word and any(is_growth_word(part) for part in word.split("-") if part)


def scope_rank(word: str) -> int:
    """The rank of a scope word on SCOPES (1 for task), 0 if it is none."""
    scope = SCOPE_OF.get(word)
    return SCOPE_RANK[scope] if scope else 0


def piece_of_work(words: Sequence[str], i: int) -> str | None:
    """The scope (on SCOPES) of the piece of work the word at ``i`` names
    where its word is as often something else (COUNTED_PIECES_OF_WORK):
    only after a determiner, past the words that qualify it ("an
    initiative", "a cross-team initiative", "the programme"; a plural
    needs none: "leads programs"), and not the quality taken or shown, nor
    code, nor a programme people take part in ("takes the initiative", "on
    my own initiative", "writes a program", "joins the mentoring
    programme")."""
    scope = COUNTED_PIECES_OF_WORK.get(words[i])
    if scope is None:
        return None
    j = i - 1
    while j >= 0 and j > i - 4 and words[j] not in DETERMINERS and words[j] not in _TAKING_THE_INITIATIVE \
            and words[j] not in _CODE_BEFORE_A_PROGRAM:
        j -= 1  # "a large cross-team initiative"
    if words[i].endswith("s") and (j < 0 or words[j] not in _CODE_BEFORE_A_PROGRAM):
        j = i  # "leads programs": a plural needs no determiner to be counted
    elif j < 0 or words[j] not in DETERMINERS:
        return None
    said_of = words[j - 1] if j > 0 else ""
    if words[i] == "initiative" and said_of in _TAKING_THE_INITIATIVE:
        return None  # "takes the initiative", "shows an initiative"
    if words[i].startswith("program") and (said_of in _CODE_BEFORE_A_PROGRAM
                                           or i and words[i - 1] in _PROGRAMMES_TAKEN_PART_IN):
        return None  # "writes a program"; "joins the mentoring programme"
    return scope


#: Words after which a scope word says where help or direction comes from,
#: not how far the work reaches: "with direction from the team",
#: "supported by their group".
SOURCE_WORDS = frozenset({"from", "by"})
_BEFORE_A_NOUN = frozenset(
    "the a an my our their your his her its this that other others whole own wider broader larger".split()
)


def help_had(words: Sequence[str], i: int) -> bool:
    """Whether the noun at ``i`` of a clause's words is help the subject
    has (or, after "without", does without). A noun of GUIDANCE_NOUNS
    always is; one of HELP_EITHER_WAY only where the words say so: it comes
    from someone ("with mentoring from my lead", "under the mentorship of
    a senior engineer", "with prompting from my lead"), the subject
    receives or needs it ("receives mentoring", "needs prompting"), or it
    is done without ("without prompting"); and one of HELP_ON_ITS_OWN where
    it ends what "with" names ("Escalates blockers with prompting", "with
    some prompting on priorities"). Not help given ("Supports the team with
    mentoring") nor one technique of several ("with prompting and
    fine-tuning", "with prompting techniques"), nor a technique done to
    what the clause names (TECHNIQUE_OBJECTS: "Improves model quality with
    prompting")."""
    word = words[i]
    if word not in HELP_EITHER_WAY:
        return word in GUIDANCE_NOUNS
    j = i - 1
    while j >= 0 and (words[j] in _BEFORE_A_NOUN or words[j] in GUIDANCE_AMOUNT):
        j -= 1  # "with some prompting", "under the close mentorship of"
    before = words[j] if j >= 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if before in HAVING_HELP or before == "without":
        return True
    if after in SOURCE_WORDS or after == "of" and any(
            w in GUIDING_ROLES or without_possessive(w) in _SENIOR_WORDS for w in words[i + 2 : i + 5]):
        return True  # "of a senior engineer", not "mentorship of new hires"
    if word in HELP_ON_ITS_OWN and before == "with":
        objects = TECHNIQUE_OBJECTS.get(word, frozenset())
        if any(part in objects for w in words for part in without_possessive(w).split("-")):
            return False  # "Improves model quality with prompting": the model is prompted, not the subject
        if any(w in PEOPLE or scope_rank(without_possessive(w)) >= SCOPE_RANK["team"] for w in words[:j]):
            return False  # "Onboards new hires with training": the people named have it
        # Nothing after it but what it is with, or more help: "with prompting", "with prompting on priorities",
        # "with prompting or guidance".
        return not after or after in HELP_TOPIC or after in HELP_CONDITION or after in ("and", "or") and i + 2 < len(words) and (
            words[i + 2] in GUIDANCE_NOUNS or words[i + 2] in HELP_EITHER_WAY)
    return False


#: Words that say the people after them are more senior: "the mentorship of a senior engineer".
_SENIOR_WORDS = frozenset("senior seniors experienced".split())
#: The nouns that name a person (one who guides, a title, one of the people
#: work is for): "from my manager", "from a staff engineer", "from a colleague".
PERSON_NOUNS = GUIDING_ROLES | PEOPLE | TITLE_NOUNS
#: Words that rank a person, before the noun that names them: "a senior
#: programmer", "a more experienced colleague", "a staff scientist".
_RANKING = SENIORITY_WORDS | _SENIOR_WORDS | frozenset({"more", "most"})


def guide_named(words: Sequence[str], i: int) -> int:
    """How many words from ``i`` (after "from" or "by") name the person who
    gives help: up to a noun of a person, past the words that say which
    ("my manager", "their tech lead", "a staff engineer", "a more
    experienced colleague"), with the person nouns after it ("a lead
    engineer"); or, where a word of rank says the words name a person, up
    to the noun it ranks, whatever the framework calls its people ("a senior
    programmer", "more senior consultants"). 0 where they name no person
    ("from the product team", "from the outage")."""
    window = [without_possessive(word) for word in words[i : i + 4]]
    person = next((j for j, word in enumerate(window) if word in PERSON_NOUNS), None)
    if person is not None:
        while person + 1 < len(window) and window[person + 1] in PERSON_NOUNS:
            person += 1  # "a lead engineer", "the engineering manager"
        return person + 1
    j = 0
    while j < len(window) and window[j] in DETERMINERS:
        j += 1
    if j < len(window) and window[j] in _RANKING:
        while j < len(window) and window[j] in _RANKING:
            j += 1
        if j < len(window) and _names_a_person(window[j]):
            return j + 1  # the noun a word of rank says is a person: "a senior programmer"
    return 0


#: Words that name people as someone else's, before them: "my manager", "their tech lead".
_WHOSE = frozenset("my your his her their".split())
#: Words that say the people named are at one's own level: "other principal engineers", "a fellow senior".
_ALONGSIDE = frozenset("other others another fellow".split())
#: Words that say which of one's own line a guide is: "my tech lead", "their line manager"; not
#: "product managers", who are colleagues in another role.
_OWN_LINE = frozenset("tech technical team line direct engineering".split())


def senior_helper_named(words: Sequence[str], i: int) -> int:
    """How many words from ``i`` name someone above the one on the ladder,
    who may help them (``guide_named``): one of their own ("my manager",
    "their tech lead") or one a word of rank places above a peer ("a
    principal engineer", "the tech lead", "a staff engineer"). 0 where the
    people are below or beside them ("junior engineers", "other principal
    engineers", "a peer"), in another role ("product managers"), or not
    said to be above ("engineers")."""
    n = guide_named(words, i)
    named = [without_possessive(word) for word in words[i : i + n]]
    if not n or not _ALONGSIDE.isdisjoint(named) or named[0] not in _WHOSE and _RANKING.isdisjoint(named):
        return 0
    if any(word not in DETERMINERS and word not in _RANKING and word not in PERSON_NOUNS and word not in _OWN_LINE
           for word in named):
        return 0  # "my product manager": a colleague in another role
    level = helper_seniority(named)
    return n if level is not None and level > _MIDDLE.middle else 0


#: People who may help, named with no role nor rank: "others", "other engineers", "a colleague", "peers",
#: "someone", "team members". Help from them is help, as much as help whose giver goes unnamed.
#: The people of a ladder and one's peers, less those a role names ("staff", "hires", "designers": a
#: discipline or a rung, which say whom) and a buddy (who guides the one onboarded), with "anyone".
GENERIC_HELPERS = (PEOPLE | PEERS | {"anyone"}) - frozenset(
    "ic ics staff hire hires designer designers tester testers analyst analysts buddy buddies".split()
)
#: Words that may stand before them: "other engineers", "a fellow engineer", "their teammates", "team members".
_BEFORE_GENERIC_HELPERS = DETERMINERS | _ALONGSIDE | frozenset({"team", "fellow", "some"})


def generic_helpers_named(words: Sequence[str], i: int) -> int:
    """How many words from ``i`` name people who may help with no role nor
    rank (``GENERIC_HELPERS``: "others", "other engineers", "a colleague",
    "someone"); 0 where none are, or where the people named are one's own
    guide or said to be above or below ("their manager", "a senior
    engineer", "junior engineers": ``senior_helper_named``,
    ``helper_seniority``)."""
    n = guide_named(words, i)
    named = [without_possessive(word) for word in words[i : i + n]]
    if not n or named[-1] not in GENERIC_HELPERS or any(word not in _BEFORE_GENERIC_HELPERS for word in named[:-1]):
        return 0
    level = helper_seniority(named)
    return n if (level is None or level == _MIDDLE.middle) and not _ranked_after(words, i + n) else 0


#: Words between people named and a rank said after them: "someone more senior", "engineers more
#: experienced than me", "people with more experience", "people who are senior".
_BEFORE_RANK_AFTER = frozenset("with more most much far who is are".split())
#: Words of rank said after the people, besides a word of seniority: "with experience", "someone above me".
_RANK_AFTER = frozenset("experience seniority above below".split())


def _ranked_after(words: Sequence[str], i: int) -> bool:
    """Whether the words from ``i``, right after people named, say their rank
    ("someone senior", "engineers more experienced than me", "people with
    more experience", "someone above me"), as a word of rank before them does."""
    j = i
    while j < len(words) and words[j] in _BEFORE_RANK_AFTER:
        j += 1
    if j >= len(words):
        return False
    level = helper_seniority([words[j]])
    return words[j] in _RANK_AFTER or level is not None and level != _MIDDLE.middle


#: How the nouns of people who do something end ('programmer', 'consultant', 'specialist', 'contributor').
_PERSON_ENDING = lazy(r"[a-z]{3,}(?:er|or|ist|ant)s?")


def _names_a_person(word: str) -> bool:
    """Whether a word after a word of rank names people, whatever the
    framework calls them ('programmer', 'consultants', 'specialist'), not
    work ('more complex projects', 'more senior-level tasks')."""
    return word in PERSON_NOUNS or role_noun(word) or _PERSON_ENDING.fullmatch(word) is not None \
        and word not in SCOPE_OF and word not in PIECES_OF_WORK


def scope_words(words: Sequence[str]) -> list[str]:
    """The words that name the scope of the work, in order: the scope words
    (``SCOPE_OF``) less those that name where guidance comes from ("from
    the team", "by their manager's group")."""
    out = []
    for i, word in enumerate(words):
        if word not in SCOPE_OF or word in PIECES_OF_WORK:
            # What a tracker names is as often what feedback or help is about ("feedback on product
            # features", "on ideas and initiatives") as how far the work reaches: LL207, which compares
            # similar statements' reach, reads the scale without them; the differ reads them on it.
            continue
        j = i - 1
        while j >= 0 and words[j] in _BEFORE_A_NOUN:
            j -= 1
        if j < 0 or words[j] not in SOURCE_WORDS:
            out.append(word)
    return out

#: Words before a scope that say how far the work reaches ("across the
#: firm", "within one service"); "for" only with a word of how much of it
#: ("for the whole platform", "for one component"): "for the business" is
#: as often whom the work is for.
_PLACING = EXTENDING | frozenset({"within", "inside"})
_WHOLE_OR_ONE = frozenset("whole entire one single each every".split())
_BEFORE_A_PLACED = DETERMINERS | EXTENT | _WHOLE_OR_ONE
#: Disciplines whose name, alone after a word of reach, names the whole of
#: their organisation: "within engineering", "across product and design",
#: "outside engineering". Not where the name qualifies what follows it
#: ("across engineering practices"), nor a skill ("in software
#: engineering": no word of reach before it).
DISCIPLINE_ORGANISATIONS = frozenset("engineering product design technology tech".split())
_DISCIPLINE_PHRASES = _by_first_word(((word,), "organisation") for word in DISCIPLINE_ORGANISATIONS)
#: The engineering disciplines, whose team, "the" one alone, is all of engineering: "shares it with the
#: engineering team", "across the entire tech team", "the engineering teams". Not "an engineering team", "their engineering team"
#: or "the engineering team lead"; nor another discipline's, "the product team", "the design team",
#: which an engineer's ladder names as one team to work with.
THE_WHOLE_DISCIPLINE = frozenset("engineering technology tech".split())
_PLACED_FIRST_WORDS = PLACED_SCOPE_WORDS | THE_WHOLE_ORGANISATION | DISCIPLINE_ORGANISATIONS


def placed_scopes(words: Sequence[str], names: Sequence[Sequence[str]] = ()) -> list[tuple[int, int, str]]:
    """Where the words name a scope by where they stand, as (start, end,
    scope on SCOPES): the words of PLACED_SCOPES after a word of reach and a
    determiner or a word of how much ("across the firm", "within one
    service", "for the whole platform"), ending the phrase ("the platform
    team" is a team); those that name a unit of people after a possessive
    ("their domain"); their '-wide' compounds ("firm-wide"); "the
    organisation" (THE_WHOLE_ORGANISATION), the company; and
    ``names``, the words of the organisation's own names, after a word of
    reach ("across Ostara Labs"), which name the company."""
    # Every phrase found starts with a word of PLACED_SCOPE_WORDS or THE_WHOLE_ORGANISATION, or a name's first
    # word, which most statements have none of. Only the words from the one before the first of them, past
    # the determiners and words of how much ("across" in "across the whole platform"), to the last of them
    # are read: no phrase is found elsewhere, and none is missed (LL207 reads every statement so).
    communities = wider_communities(words) if not COMMUNITIES.isdisjoint(words) else []
    firsts = _PLACED_FIRST_WORDS.intersection(words).union(name[0] for name in names if name and name[0] in words)
    if not firsts:
        return communities
    end = len(words) - min(map(words[::-1].index, firsts))
    i = min(map(words.index, firsts))
    while i > 0 and words[i - 1] in _BEFORE_A_PLACED:
        i -= 1
    i = max(i - 1, 0)
    found: list[tuple[int, int, str]] = []
    while i < end:
        word = words[i]
        placed: tuple[int, int, str] | None = None
        if word.endswith("-wide") and (word.removesuffix("-wide"),) in PLACED_SCOPES:
            placed = i, i + 1, PLACED_SCOPES[(word.removesuffix("-wide"),)]
        elif word in _PLACING or word == "for":
            j = i + 1
            while j < len(words) and words[j] in _BEFORE_A_PLACED:
                j += 1
            between = words[i + 1 : j]
            if word == "for" and _WHOLE_OR_ONE.isdisjoint(between):
                # "for the business": whom the work is for; "for the business unit" a scope.
                placed = _ending_phrase(words, j, _PLACED_COMPOUNDS) if between else None
            elif between:
                placed = _ending_phrase(words, j, _PLACED_PHRASES)
            elif word != "for":
                placed = _ending_phrase(words, j, _DISCIPLINE_PHRASES)  # "within engineering"
                if placed is None and names:  # "across Ostara Labs"
                    placed = _ending_phrase(words, j, _by_first_word((tuple(name), "company") for name in names if name))
        elif word in _OWNING:
            placed = _ending_phrase(words, i + 1, _OWNED_UNITS)  # "in their area", "my domain"
        elif word == "the":
            j = i + 1
            while j < len(words) and words[j] in EXTENT:
                j += 1  # "the whole organisation", "the wider organisation"
            if j < len(words) and words[j] in THE_WHOLE_ORGANISATION:
                placed = j, j + 1, "company"  # "across the organization": the noun alone, "the" stays
            elif words[j : j + 1] and words[j] in THE_WHOLE_DISCIPLINE and words[j + 1 : j + 2] in (["team"], ["teams"]) \
                    and (j + 2 == len(words) or words[j + 2] in _AFTER_A_PLACED):
                placed = j, j + 2, "organisation"  # "in the entire engineering team": all of engineering
        if placed:
            found.append(placed)
            i = placed[1]
        else:
            i += 1
    if communities:  # each phrase where no other is: "across the tech community" is the community's
        found = sorted(found + [c for c in communities
                                if not any(s < c[1] and c[0] < e for s, e, _scope in found)])
    return found


#: The nouns of a community of people.
COMMUNITIES = frozenset({"community", "communities"})
#: Words before a community that name the world outside the company: "the
#: tech community", "the wider developer community", "open-source
#: communities", "the global engineering community". Such a community is
#: the industry, past the company, on SCOPES.
WIDER_WORLD = frozenset(
    "tech technology developer developers dev open-source opensource oss wider broader larger external industry "
    "global worldwide international".split())
#: Words that make a community one inside the company: "our engineering
#: community", "the internal community", "the Acme team community".
_INSIDE = frozenset("internal local in-house inner".split()) | _OWNING
_COMMUNITY_WORDS_BEFORE = 4


def wider_communities(words: Sequence[str]) -> list[tuple[int, int, str]]:
    """Where the words name a community of the world outside the company,
    as (start, end, "industry"): the community after a word of WIDER_WORLD
    ("the tech community", "the wider developer community", "the open
    source community", "open-source communities") or said to be at large
    ("the engineering community at large"). It starts at the first word
    that qualifies it past the determiner and the words of extent (where
    ``placed_scopes`` readers look for a unit's name: "the wider tech
    community" from "tech"). Not one of the company's own, which is a
    group of its people, not the industry: after a possessive or a word of
    WITHIN ("our engineering community", "the internal community"), with a
    scope word of the company in it ("the company's tech community", "the
    team community"), nor a community of practice; nor a community nothing
    places outside ("the engineering community", "the community")."""
    found: list[tuple[int, int, str]] = []
    for k, word in enumerate(words):
        if word not in COMMUNITIES:
            continue
        j = k
        while j > 0 and k - j < _COMMUNITY_WORDS_BEFORE and words[j - 1] not in FUNCTION_WORDS \
                and words[j - 1] not in _INSIDE:
            j -= 1  # "the wider open source community": back to "the"
        before = words[j:k]
        end = k + 1
        after = tuple(words[end : end + 2])
        if after == ("at", "large"):
            end += 2  # "the engineering community at large"
        elif after[:1] == ("of",) and after[1:] in (("practice",), ("practise",), ("interest",)):
            continue  # "a community of practice": a group inside the company
        outside = end > k + 1 or not WIDER_WORLD.isdisjoint(before) \
            or any(a == "open" and b == "source" for a, b in zip(before, before[1:]))
        if not outside or (j and words[j - 1] in _INSIDE) or not _INSIDE.isdisjoint(before) \
                or any(without_possessive(w) in SCOPE_OF or w.endswith("'s") for w in before):
            continue
        while j < k and words[j] in EXTENT:
            j += 1  # "the wider tech community": the community is named from "tech"
        found.append((j, end, "industry"))
    return found


def _ending_phrase(words: Sequence[str], j: int, phrases: _Phrases) -> tuple[int, int, str] | None:
    """The first of ``phrases`` (the longest first) that starts at word
    ``j`` and ends a noun phrase there, as (start, end, what it names); None
    if none does."""
    if j >= len(words):
        return None
    for phrase, scope in phrases.get(words[j], ()):
        end = j + len(phrase)
        if tuple(words[j:end]) == phrase and (end == len(words) or words[end] in _AFTER_A_PLACED):
            return j, end, scope
    return None


def owned_unit(words: Sequence[str], j: int) -> tuple[int, str] | None:
    """The unit of people that the words from ``j`` name after a possessive
    ("their area", "my domain", "our business unit"), as (where it ends, the
    scope it is on SCOPES); None if they name none."""
    found = _ending_phrase(words, j, _OWNED_UNITS) if j and words[j - 1] in _OWNING else None
    return (found[1], found[2]) if found else None


def scopes_in(words: Sequence[str]) -> tuple[str, ...]:
    """The scopes the words name as the scope of the work, in the order
    they name them."""
    return tuple(dict.fromkeys(SCOPE_OF[w] for w in scope_words(words)))


#: Headings over what a level is graded or paid ('Job Grade', 'Compensation',
#: 'Salary range'), as a job family's page writes them under each level.
_PAID = lazy(
    r"(?i)^(?:(?:job|pay|salary|career)\s+)?(?:grade|band)s?"
    r"|(?:compensation|salary|pay|remuneration)(?:\s+(?:range|band|bands|bounds|grade|and\s+benefits|&\s+benefits))?"
    r"|(?:total\s+)?rewards|benefits"
    # 'Job Titles' over the titles a level is given and their salaries: what the level is called and paid.
    r"|(?:job\s+)?titles(?:\s+(?:and|&)\s+(?:salar(?:y|ies)|pay|compensation)(?:\s+(?:bands|bounds|ranges))?)?$")
#: Labels over whom a level is hired at ('Hiring target', 'Hiring bar', 'Candidate profile'):
#: what a candidate brings, not what the level does. 'Hiring' alone is a manager's competency.
_HIRED = lazy(
    r"(?i)^(?:(?:typical|expected|minimum|required)\s+)?(?:hiring|recruiting|recruitment|interview(?:ing)?)\s+"
    r"(?:target|bar|profile|criteria|requirements|signals?|level)s?$"
    r"|^(?:(?:typical|ideal)\s+)?candidate\s+profiles?$")
#: Headings over the kinds a role takes at a level ('Archetypes', 'Staff archetypes': Tech Lead, Architect,
#: Solver): who holds the level, not what it expects.
_KINDS = lazy(r"(?i)(?:(?:staff|role|engineer(?:ing)?|common)\s+)?archetypes")
_NEXT = r"next\s+(?:level|step|role|rung|position)s?|promot(?:ion|es)\s+to|moves?\s+(?:up\s+)?to|leads\s+to"
#: The label of what names the level a level leads to: 'Career advancement', 'Next level', 'Promotes to'.
NEXT_STEP = lazy(rf"(?i)(?:career\s+)?(?:advancement|progression|{_NEXT})")
#: Such a label that says so alone: 'Progression' may name a competency (growing one's craft).
_NEXT_NAMED = lazy(rf"(?i)(?:career\s+)?(?:{_NEXT})")
#: A lead-in over what promotion asks ('Promotion to Level 2 requires:', 'To be promoted to Senior:',
#: 'Criteria for promotion:'), said first, not of someone else's ('Supports the promotion of ...').
_PROMOTION_LEAD = lazy(r"(?i)^(?:(?:criteria|requirements|expectations|signals|readiness|evidence)\s+(?:for|of)\s+)?"
                       r"(?:(?:for|before|to\s+be|to\s+get|getting|being)\s+)?promot(?:ion|ions|ed)\b")
#: A lead-in over what moving to another level asks ('Moving to Level 3:', 'To progress to L4, show:').
_MOVING_LEAD = lazy(r"(?i)^(?:to\s+|ready\s+)?(?:mov(?:e|es|ing)|progress(?:es|ing|ion)?|advanc(?:e|es|ing|ement)"
                    r"|step(?:ping)?|grow(?:ing)?|get(?:ting)?|reach(?:es|ing)?|ready|readiness)"
                    r"\s+(?:up\s+)?(?:to|for|towards|into)\s+(?P<rest>.+)")


def asks_for_promotion(lead: str, levels: Sequence[str] = ()) -> bool:
    """Whether a line that leads in to a list says the list is what
    promotion (to the next level, or one it names) takes: 'Promotion to
    Level 2 requires:', 'To be promoted to Senior Engineer:', 'Criteria for
    promotion:', 'Moving to L3:', 'To progress to the next level:'. What
    it asks is asked of the level it leads to, not of the level it is
    written under. ``levels``: the document's level titles."""
    said = " ".join(lead.split()).strip(" :")
    if _PROMOTION_LEAD.match(said):
        return True
    moving = _MOVING_LEAD.match(said)
    return moving is not None and (_THE_NEXT.match(moving["rest"]) is not None or names_a_level(moving["rest"], levels))


#: What names the next level, at the start of a text ('the next level', 'promotion to').
_THE_NEXT = lazy(rf"(?i)(?:the\s+)?(?:{_NEXT})")


#: A heading or label over the way to the next level ('Path to IC3 Engineer', 'Road to Staff', 'Steps to the
#: next level'), or over the time it takes to get there ('Typical timeframe for promotion', 'Time to the next
#: level'): where it leads follows (``names_promotion_advice``).
_PATH_TO = lazy(r"(?i)^(?:(?:the|your|a)\s+)?(?:path|road|route|journey|roadmap|steps?"
                r"|(?:(?:typical|expected|usual|average)\s+)?time(?:\s*frames?|\s+it\s+takes)?)"
                r"\s+(?:to|towards|for|until|before)\s+(?:(?:reach|get)(?:ing)?\s+(?:to\s+)?)?(?P<rest>.+)$")
#: Where such a path leads, said in full: the next level or promotion ('the next level', 'promotion',
#: 'promotion to Staff'), not a level's practices ('the next level of craft').
_NEXT_OR_PROMOTION = lazy(r"(?i)(?:the\s+)?(?:next\s+(?:level|step|role|rung|position)|(?:a\s+)?promotion)"
                          r"(?:\s+(?:to|as)\s+.+)?$")
#: A heading or label over a check of readiness for the next level ('Readiness check', 'Promotion
#: readiness', 'Promotion criteria', 'Promotion checklist'). 'Readiness' alone may be a competency's
#: (operational readiness), as 'Timeframe' is (the span of work a level plans).
_READINESS = lazy(r"(?i)^readiness\s+(?:check|checks|checklist|criteria|signals|assessment)$"
                  r"|^promotion\s+(?:readiness|criteria|requirements|checklist|guidance|path|signals)$")
#: The words besides a level's code that a level's name is made of ('IC5 Engineer', 'Senior Software
#: Engineer', 'the Staff level').
_LEVEL_NAME_WORDS = frozenset("the a an level rung software".split())
_CODE_WORD = lazy(r"(?i)^(?:[a-z]{1,3}[ -]?\d{1,2}[a-z]?|\d{1,2})$")


def _names_just_a_level(text: str, levels: Sequence[str]) -> bool:
    """Whether a text is a level's name and nothing more: one of ``levels``
    (the document's titles), a code ('IC5', 'L4'), or seniority and role
    words ('Staff', 'Senior Software Engineer'); not what a level does
    ('staff engineering practices', 'senior leadership')."""
    if not names_a_level(text, levels):
        return False
    folded = _folded(" ".join(text.split())).strip(" .:")
    for title in sorted((t for t in levels if t.strip()), key=len, reverse=True):
        folded = re.sub(rf"(?<!\w){re.escape(_folded(title.strip()))}(?!\w)", " ", folded)
    words = [_ABBREVIATIONS.get(word, word) for word in re.findall(r"[\w-]+", folded)]
    return all(_CODE_WORD.match(word) or word in _LEVEL_NAME_WORDS or word in SENIORITY_WORDS or word in _HEADS
               or role_noun(word) or word in DISCIPLINES for word in words)


def names_promotion_advice(label: str, levels: Sequence[str] = ()) -> bool:
    """Whether a heading or label heads advice on reaching the next level,
    not what the level it is written under expects: 'Path to IC3 Engineer'
    (a level, or the next level, named after it, and nothing more),
    'Readiness check', 'Promotion criteria', 'Typical timeframe for
    promotion', 'Moving to L3', 'Criteria for promotion'. What it heads is
    asked of the level it leads to. Not 'Promotion', 'Readiness' or
    'Timeframe' alone (competencies some ladders have), nor a path to
    anything else ('Path to production', 'Path to staff engineering
    practices'). ``levels``: the document's level titles."""
    said = " ".join(label.split()).strip(" :")
    if _READINESS.match(said):
        return True
    path = _PATH_TO.match(said)
    if path is not None:
        return _NEXT_OR_PROMOTION.match(path["rest"]) is not None or _names_just_a_level(path["rest"], levels)
    return len(said.split()) > 1 and asks_for_promotion(said, levels)


def level_fact(label: str, text: str | None = None, levels: Sequence[str] = ()) -> str | None:
    """What a heading or label under a level names where it is a fact of
    the level rather than a competency: how the level is graded or paid
    ('Compensation'), the experience or time it asks for ('Typical
    experience', 'Time in role'), whom it hires ('Hiring target', 'Hiring
    bar'), the level it leads to ('Next level') or the kinds of the role it
    has ('Archetypes'); None for another.
    Such a section describes the level; it asks nothing of it.
    Given ``text``, what the label heads (and ``levels``, the titles of the
    document's levels), a label of experience is one only where the text
    says a time or a condition ('2+ years', 'A degree, or equivalent') and
    one of the next level only where it names a level: '**Experience:**
    Has run several large migrations' and '**Next steps:** Starts leading
    small projects' say what the level does."""
    said = " ".join(label.split()).strip(" :")
    if _PAID.fullmatch(said):
        return "says how the level is graded or paid"
    # Alone, 'Time' or 'Years' heads other figures too (how a level splits its time).
    if _EXPERIENCE_LABEL.fullmatch(said) and said.casefold() not in ("time", "years") \
            and (text is None or _says_times_or_conditions(text)):
        return _EXPERIENCE_FACT
    if _HIRED.fullmatch(said):
        return "says whom the level is hired at"
    if _NEXT_NAMED.fullmatch(said) and (text is None or names_a_level(text, levels)):
        return "names the level it leads to"
    if _KINDS.fullmatch(said):
        return "names the kinds of the role the level has"
    return None


#: Labels that say which kind of role or path a page is of ('Engineer Type', 'Career Path', 'Job
#: Family', 'Discipline'), as a template's page says them at its top.
_ROLE_KIND = lazy(r"(?i)^(?:(?:engineer(?:ing)?|role|job|position|employee|employment)\s+(?:type|kind|family|track)"
                  r"|career\s+(?:path|track|ladder)|job\s+family|discipline|department|function)$")


def page_fact(label: str, text: str) -> str | None:
    """Why a labelled line is a fact of the page rather than a competency:
    a label naming the kind of role or the path the page is of ('**Engineer
    Type:** Software', '**Career Path:** Engineering', '**Job Family:**
    Data'), over a name of a few words, no sentence; None for another."""
    said = " ".join(text.split())
    if _ROLE_KIND.fullmatch(" ".join(label.split()).strip(" :")) and 0 < len(said.split()) <= 4 \
            and not said.endswith((".", "!", "?")):
        return "names the kind of role or the path the page is of, not what the level expects"
    return None


def _says_times_or_conditions(text: str) -> bool:
    """Whether most lines of what an experience label heads say a time or a
    condition ('2-4 years', 'A degree, or equivalent'): the level's facts.
    A list of behaviours one of which gives a time ('Knows a bit of
    software development (a few months to one year)') is what the level
    does, under a competency named Experience."""
    lines = [line for line in text.splitlines() if line.strip()]
    return sum(1 for line in lines if _TIME_OR_CONDITION.search(line)) * 2 > len(lines)


#: What ``level_fact`` says of a label of experience.
_EXPERIENCE_FACT = "says the experience or time the level asks for"


#: Headers of a table of the levels whose column profiles each level, as its years do: its scope, its
#: autonomy, whom it influences, how big its team ('Scope', 'Typical scope', 'Span of influence', 'Team size').
_PROFILE_HEADER = lazy(r"(?i)(?:typical\s+|usual\s+|expected\s+)?(?:years?(?:\s+of\s+experience)?|scope(?:\s+of\s+"
                       r"(?:work|impact|influence))?|autonomy|span(?:\s+of\s+(?:influence|control))?|reach|"
                       r"team\s+size|(?:level\s+of\s+)?(?:independence|supervision|guidance)|ambiguity)")


def profiles_a_level(header: str) -> bool:
    """Whether a column header of a table of the levels names a fact of
    each level rather than a competency: what ``level_fact`` names ('Years
    of experience', 'Salary band') or its profile ('Years', 'Scope',
    'Autonomy', 'Span of influence', 'Team size')."""
    said = " ".join(header.split()).strip(" :")
    return level_fact(said) is not None or bool(_PROFILE_HEADER.fullmatch(said))


def labels_experience(label: str, text: str | None = None) -> bool:
    """Whether a label names the experience or time a level asks for
    ('Experience', 'Typical experience', 'Approximate tenure in this role';
    not 'Time' alone), of ``text`` where given (as ``level_fact`` reads it:
    a time or a condition, '2+ years')."""
    return level_fact(label, text) == _EXPERIENCE_FACT


#: What an experience label's text says where it says what the level asks: a time ('2 years', 'a year or
#: two', '18 months') or a condition ('A degree in computing, or equivalent', 'None required').
_TIME_OR_CONDITION = lazy(r"(?i)\d|\b(?:years?|yrs?|months?|decades?|anos|años|meses|degrees?|diploma|qualifications?|equivalent"
                          r"|required|requires|needed|necessary)\b")
#: Words after which a seniority word names the level one moves to: 'Promotion to Staff', 'becomes a Senior'.
_TOWARDS = lazy(r"(?i)\b(?:to|towards|into|as|becomes?|becoming|reach(?:es|ing)?)\s+(?:an?\s+|the\s+)?$")


def names_a_level(text: str, levels: Sequence[str] = ()) -> bool:
    """Whether a text names a level: one of ``levels`` (the document's
    titles), a level's code or number ('L4', 'Level 3', 'IC3'), or a word of
    seniority that opens it or follows 'to' ('Senior Engineer', 'Promotion
    to Staff'); not a word of seniority said of others ('Mentors junior
    engineers') nor 'lead' as a verb."""
    folded = _folded(" ".join(text.split()))
    if any(re.search(rf"(?<!\w){re.escape(_folded(title.strip()))}(?!\w)", folded) for title in levels if title.strip()):
        return True
    if level_code(text) is not None:
        return True
    for found in _LETTERS.finditer(folded):
        word = _ABBREVIATIONS.get(found.group(), found.group())
        if word in _ROLES or (word not in _BASE_SENIORITY and word not in _HEADS):
            continue
        before = folded[:found.start()]
        if not before.strip(" \t*_-:") or _TOWARDS.search(before):
            return True
    return False


# --- what a level's line says that is no behaviour ----------------------------

_NUMBER_WORDS = "|".join((*NUMBER_WORDS, "fifteen", "twenty"))
#: A number as a page writes it: '3', '0.5', '45 000', '1,200', '2.5k', and in words.
_NUMBER = rf"(?:\d{{1,3}}(?:[ ,.\u00a0\u202f]\d{{3}})+|\d+)(?:[.,]\d+)?|(?:{_NUMBER_WORDS})\b"
_CURRENCY = r"[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|PLN|CZK|SEK|NOK|DKK|INR)\b"
_UNIT = (r"%|\bper\s?cent\b|\bpct\b|(?:years?|yrs?|y|months?|mos?|weeks?|wks?|days?|hours?|hrs?|h|pts?|points?"
         r"|[kKmM]|x)\b|" + _CURRENCY)
_APPROXIMATELY = r"(?:[~≈<>≥≤±]|(?:about|approx(?:\.|imately)?|around|circa|ca\.|roughly|up\s+to|at\s+least" \
                 r"|min(?:imum|\.)?|max(?:imum|\.)?|over|under)\s)"
#: A figure is written in digits: 'Two' alone may be a word of the ladder's.
_DIGITS = r"(?:\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?"
#: A least amount, however a page writes it: '5+ years', '5 years+', '5 or more years' all read as '5-8 years' does
#: (a figure of years), so a ladder's top row of years goes where its others go.
_OR_MORE = r"(?:\s*\+|\s+or\s+(?:more|above|over|longer))"
_AMOUNT = rf"(?:{_CURRENCY})?\s*{_DIGITS}{_OR_MORE}?\s*(?:{_UNIT})?{_OR_MORE}?"
#: A figure and nothing else, labelled or not: '25 %', 'Core: ~80%', '$5', '~2-3 years', '45 000 - 75 000 EUR',
#: 'Experience: 2 years'. A label is a few words before a colon.
FIGURE = lazy(
    rf"(?i)(?:(?P<label>[^:.!?\n]{{1,40}}):\s*)?\(?{_APPROXIMATELY}?\s*{_AMOUNT}"
    rf"(?:\s*(?:-|–|—|to|/)\s*{_APPROXIMATELY}?\s*{_AMOUNT})?"
    r"(?:\s*(?:per|a|/)\s*(?:year|annum|month|week|day|hour))?\)?\s*\.?")

def a_figure(text: str) -> bool:
    """Whether a text is a figure and nothing else, with no label: '0-2',
    '4+', '2-5 years', '5 or more years', '~3 yrs', '$5', '25 %'."""
    found = FIGURE.fullmatch(" ".join(text.split()))
    return found is not None and found.group("label") is None


_YEARS_UNIT = lazy(r"(?i)\b(?:years?|yrs?)\b")


def years_alone(text: str) -> bool:
    """Whether a text is a number of years and nothing else ('0-2 years',
    '5+ years', '~3 yrs', '5 or more years'): written as a level's own
    line, the experience the level asks for."""
    return a_figure(text) and _YEARS_UNIT.search(text) is not None


#: The label of a level's experience: 'Experience', 'Years of experience', 'Typical experience', 'Tenure',
#: 'Approximate tenure in this role', 'Time in role'.
_EXPERIENCE_LABEL = lazy(
    r"(?i)^(?:(?:typical|typically|required|minimum|min\.?|relevant|professional|prior|work|industry|expected"
    r"|approximate|approx\.?|average)\s+)*(?:(?:years?|yrs)\s+(?:of\s+)?(?:\w+\s+)?)?(?:experience|exp\.?)"
    # The word whole: 'Exp.' is experience, 'Expand your skill set' and 'Expertise' are not.
    r"(?![\w'’-])(?:\s+(?:required|needed|expected|level))?|^yoe$"
    r"|^(?:(?:approximate|typical|expected|average|minimum)\s+)?(?:tenure|time|years)(?:\s+(?:in|at)\s+"
    r"(?:this\s+|the\s+)?(?:role|level|grade|position))?$"
    # Portuguese and Spanish, the adjective after its noun: 'Experiência Esperada', 'Años de experiencia'.
    r"|^(?:(?:anos|años|tempo|tiempo)\s+de\s+)?experi[êe]ncia(?:\s+(?:esperada|requerida|exigida|m[íi]nima"
    r"|necess[áa]ria|necesaria|pr[ée]via|profissional|profesional))*$")
#: A line that asks for years of experience, whatever it is labelled: 'Typically requires a minimum of 2 years
#: of professional experience', '3+ years of industry experience', 'minimum of 3 years', 'No professional
#: experience required', with a bound either way and a range ('Usually less than 2 years of experience',
#: 'Usually at least 12-15+ years of experience', 'between 2 and 5 years').
#: A least number of years is experience asked, however the line goes on ('minimum of 3 years'); the
#: other bounds are said of time as often ('Up to 2 years ahead, sets the direction'): those only where
#: the line says experience, or ends.
_YEARS_LEAST = r"(?:minimum|min\.?|at\s+least|more\s+than)"
_YEARS_BOUND = (r"(?:maximum|max\.?|at\s+most|(?:less|fewer)\s+than|over|under"
                r"|up\s+to|between|about|around|approximately|roughly)")
_YEARS_LEAD = r"(?i)^\W*(?:(?:typically|usually|generally|ideally)\s+)?(?:(?:requires?|needs?)\s+)?(?:an?\s+)?"
#: A time of experience: years, or months where what follows says what of ('12 months of project domain
#: knowledge', '6 months of experience') or nothing does ('at least 18 months'); not '6 months ahead'.
_TIME = r"(?:years?|yrs?|months?(?=\s+(?:of\s+)?(?:[\w-]+\s+){0,3}(?:experience|knowledge)\b|\W*$))"
_YEARS_SPAN = rf"\s+(?:of\s+)?(?:{_NUMBER}){_OR_MORE}?\s*(?:(?:[-–]|to|and)\s*\d+\s*\+?\s*)?{_TIME}\b"
_YEARS_ASKED = lazy(
    rf"{_YEARS_LEAD}{_YEARS_LEAST}{_YEARS_SPAN}"
    rf"|{_YEARS_LEAD[4:]}{_YEARS_BOUND}{_YEARS_SPAN}(?:\s*\+?\s+(?:of\s+)?(?:[\w-]+\s+){{0,3}}experience\b|\W*$)"
    rf"|^\W*(?:(?:typically|usually|generally|ideally)\s+)?(?:(?:requires?|needs?|has|have)\s+)?(?:{_NUMBER}){_OR_MORE}?"
    rf"\s*(?:(?:-|–|to)\s*\d+\s*)?\+?\s*{_TIME}\b{_OR_MORE}?\s+(?:of\s+)?(?:[\w-]+\s+){{0,3}}experience\b"
    r"|^\W*(?:no|some|little)\s+(?:[\w-]+\s+){0,2}experience\s+(?:is\s+)?(?:required|needed|necessary|expected)\b"
    # Experience the level does not ask: 'Typically doesn't require professional experience', 'Requires no
    # prior experience', 'Professional experience not required'.
    r"|^\W*(?:(?:typically|usually|generally)\s+)?(?:(?:does|do)\s+not|(?:does|do)n['’]t)\s+(?:require|need)\s+"
    r"(?:any\s+)?(?:[\w-]+\s+){0,2}experience\b"
    r"|^\W*(?:(?:typically|usually|generally)\s+)?(?:requires?|needs?)\s+no\s+(?:[\w-]+\s+){0,2}experience\b"
    r"|^\W*(?:[\w-]+\s+){0,2}experience\s+(?:is\s+)?not\s+(?:required|needed|necessary|expected)\b")


#: The years of experience a level's title gives in brackets at its end: 'Software Engineer (0-2 years)',
#: 'Staff Engineer (8+ years)', 'Senior Engineer (5-8 years of experience)'.
_TITLE_YEARS = lazy(
    rf"(?i)\s*[(\[]\s*(?:{_APPROXIMATELY})?\s*(?:{_NUMBER}){_OR_MORE}?\s*(?:(?:[-–]|to)\s*\d+\s*\+?\s*)?(?:years?|yrs?)\b"
    rf"{_OR_MORE}?(?:\s+(?:of\s+)?(?:[\w-]+\s+)?experience)?\s*[)\]]\s*$")

#: A labelled fact closing a level's title, after a stop, a dash, a bar or in brackets: '. Years in role: 0-1.5',
#: ' - YoE: 5+', ' (Years of experience: 2-4)' (``labels_experience`` says whether it gives the years).
_TITLE_LABELLED_YEARS = lazy(r"(?:[.,;|]\s*|\s+[-–—|]\s+|\s*\(\s*)(?P<label>[A-Za-z][A-Za-z .'-]{1,40}?)\s*:\s*"
                             r"(?P<value>[^:()]{1,30}?)\s*\)?\s*\.?\s*$")


def years_in_title(title: str) -> tuple[str, str] | None:
    """A level's title less the years of experience it gives in brackets
    at its end, and those years ('Software Engineer (0-2 years)' is
    'Software Engineer' and '0-2 years'); None for a title that gives none.
    The years are what the level asks, not what it is called."""
    found = _TITLE_YEARS.search(title)
    if found is None:
        # Or as a labelled fact after the title's own words: 'Entry level. Years in role: 0-1.5',
        # 'Senior Engineer - YoE: 5+', 'Engineer II (Years of experience: 2-4)'.
        found = _TITLE_LABELLED_YEARS.search(title)
        if found is None or not labels_experience(found["label"], found["value"]):
            return None
    if not title[: found.start()].strip():
        return None
    return title[: found.start()].rstrip(" -–—:.,;|"), found.group(0).strip(" ()[].,;|-–—")


#: How an editor or a template says that a text is still to be written, in the other languages ladders are
#: written in: the phrase a French template leaves in a slot, '[à compléter]', or as a whole text, 'À définir'.
#: A few well-known ones each, in lower case; English's are _STILL_TO_WRITE_WORDS, and TBD, TODO are LL406's
#: in any language.
STILL_TO_WRITE_IN = {
    "French": ("à compléter", "à définir", "à préciser", "à rédiger", "à remplir", "à venir"),
    "Spanish": ("por definir", "por completar", "por determinar"),
    "Portuguese": ("a definir", "a completar"),
    "German": ("zu ergänzen", "zu definieren", "folgt", "in arbeit"),
    "Italian": ("da definire", "da completare"),
    "Dutch": ("nog in te vullen", "volgt"),
}
#: Those phrases as a pattern (any case, any white space between their words), whole words.
STILL_TO_WRITE_ELSEWHERE = r"(?<!\w)(?:" + "|".join(
    r"\s+".join(map(re.escape, phrase.split())) for phrases in STILL_TO_WRITE_IN.values() for phrase in phrases
) + r")(?!\w)"
#: What a text holds that may be one of them, in lower case: the last word of each.
STILL_TO_WRITE_ELSEWHERE_HINTS = tuple(sorted({phrase.split()[-1] for phrases in STILL_TO_WRITE_IN.values()
                                               for phrase in phrases}))
#: An editor's note set apart in brackets, which says text is still to be written: '(Specific sections for
#: other domains to be added. See follow-ups.)', '[Examples to come]', '(Coming soon)', '(Work in progress:
#: more detail will be added later.)'. A sentence that only mentions such words ('Decides which features are
#: to be added') is no note: it is not wholly in brackets.
_STILL_TO_WRITE_WORDS = (
    r"\bto\s+be\s+(?:added|written|defined|completed|done|filled\s+in|fleshed\s+out|expanded|detailed"
    r"|documented|decided|confirmed|agreed|determined|updated|extended|continued|provided|described)\b"
    r"|\b(?:still\s+)?to\s+(?:come|follow)\b|\bcoming\s+soon\b|\bwork\s+in\s+progress\b|\bWIP\b"
    r"|\bwill\s+be\s+(?:added|written|defined|expanded|detailed|documented|filled\s+in)\b"
    r"|\bnot\s+(?:yet|been)\s+(?:been\s+)?(?:written|defined|described|specified|added|documented|filled\s+in)\b"
    rf"|{STILL_TO_WRITE_ELSEWHERE}")
_STILL_TO_WRITE = lazy(_STILL_TO_WRITE_WORDS, re.IGNORECASE)
#: A text that is such a note and nothing else, in brackets or not, maybe naming what is to come: 'Coming
#: soon', 'To be added.', '(To come)', 'More examples to follow', 'Details to be confirmed later'. Not a
#: sentence that says something else: 'Sees problems coming soon enough to act', 'Decides which features are
#: to be added'.
_ONLY_STILL_TO_WRITE = lazy(
    r"[\s(\[*_]*(?P<note>(?:(?:more|further|additional|the)\s+)?(?:(?:details?|examples?|content|text|descriptions?"
    r"|information|info|statements?|expectations?|behaviou?rs?|criteria|(?:this\s+)?section)\s+)?(?:(?:is|are)\s+)?"
    rf"(?:{_STILL_TO_WRITE_WORDS})(?:\s+(?:later|soon|shortly))?|{_NOT_DEFINED_YET})[\s.!…)\]*_]*",
    re.IGNORECASE)
_NOTE_SPAN = lazy(r".+", re.DOTALL)


def only_still_to_write(text: str) -> re.Match[str] | None:
    """Where a text that is only an editor's note that it is still to be
    written ('Coming soon', 'To be added.', '(Examples to come)') says so
    (the note's words, without brackets or a stop), or None: a statement
    left to write, a placeholder."""
    whole = _ONLY_STILL_TO_WRITE.fullmatch(text)
    return None if whole is None else _NOTE_SPAN.search(text, whole.start("note"), whole.end("note"))
_BRACKETED = lazy(r"^\s*(?:\((?P<round>.*)\)|\[(?P<square>[^\[\]]*)\])\s*[.!]?\s*$", re.DOTALL)

#: Why a line states no behaviour (``no_behaviour``).
_EXPERIENCE_ASKED = "the experience the level asks for, a condition of the level, not a behaviour it expects"
_A_FIGURE = "a figure, not a behaviour the level expects (how much, not what it does)"
_EDITORS_NOTE = "an editor's note on what is still to be written, not a behaviour the level expects"
_PAY_TITLE = "the level's name or band in a pay system, a fact of the level, not a behaviour it expects"
#: Why a line is no behaviour: the experience asked and the pay title are facts of the level (its
#: description); a figure alone is reported.
NO_BEHAVIOUR = (_EXPERIENCE_ASKED, _A_FIGURE, _PAY_TITLE)
#: A label that names pay ('Salary.com role name for base salary', 'Pay band', 'Compensation grade').
_PAY_LABEL = lazy(r"(?i)\b(?:salary|salaries|pay|compensation|remuneration|wages?|payroll)\b")


def of_the_level(why: str | None) -> bool:
    """Whether a line ``no_behaviour`` gives ``why`` for says a fact of the
    level (the experience it asks, its pay title), which its description
    holds, rather than something reported."""
    return why in (_EXPERIENCE_ASKED, _PAY_TITLE)


def no_behaviour(text: str) -> str | None:
    """Why a level's line states no behaviour, or None: a figure alone
    ('25 %', 'Core: ~80%', '$5', '~1 year'), which says how much, not what
    the level does; or the years of experience the level asks ('Experience:
    2 years', 'Typically requires a minimum of 3 years of professional
    experience', 'No professional experience required'), a condition of
    the level rather than something it does; or an editor's note, set apart
    in brackets, that says text is still to be written ('(More examples to
    be added.)'). ``text`` is plain (no markup)."""
    said = " ".join(text.split())
    label, _, rest = said.partition(":")
    labelled = bool(rest.strip()) and len(label.split()) <= 6
    if labelled and _EXPERIENCE_LABEL.search(label.strip()) \
            and (re.search(rf"(?i)\d|\b(?:{_NUMBER_WORDS}|none|no|required|requires|needed)\b", rest)
                 or _YEARS_ASKED.search(rest.strip())):
        return _EXPERIENCE_ASKED
    if _YEARS_ASKED.search(said) and len(said.split()) <= 25:
        return _EXPERIENCE_ASKED
    if labelled and _PAY_LABEL.search(label) and _a_title(rest):
        # 'Salary.com role name for base salary: Web Designer I', 'Pay band: L3': where the level stands
        # in a pay system, not what it does ('Compensation: Explains pay equity' does something).
        return _PAY_TITLE
    figure = FIGURE.fullmatch(said)
    if figure is not None and (figure.group("label") is None or len(figure.group("label").split()) <= 6
                               and any(ch.isalpha() for ch in figure.group("label"))):
        return _A_FIGURE
    bracketed = _BRACKETED.match(said)
    inside = bracketed and (bracketed.group("round") or bracketed.group("square") or "")
    if inside and _balanced(inside) and _STILL_TO_WRITE.search(inside):
        return _EDITORS_NOTE
    return None


def _a_title(text: str) -> bool:
    """Whether a text is a short name or code, each word capitalised or
    holding a figure ('Web Designer I', 'L3', 'Band 5'), not a sentence."""
    said = [w.strip("`'\"()[].,") for w in text.split()]
    said = [w for w in said if w and w.casefold() not in ("of", "and", "the", "-", "–", "/", "&")]
    return 1 <= len(said) <= 6 and all(w[:1].isupper() or any(c.isdigit() for c in w) for w in said)


def _balanced(text: str) -> bool:
    """Whether the round brackets of a text close as they open: '(Optional)
    Mentors interns (to be added)' is not one text in brackets."""
    depth = 0
    for ch in text:
        depth += 1 if ch == "(" else -1 if ch == ")" else 0
        if depth < 0:
            return False
    return depth == 0

#: Words a ladder numbers its rungs by, over a column of bare numbers
#: ('Milestone' over 1, 2, 3, as Medium's Snowflake numbers its milestones).
RUNG_WORDS = LETTERED_RUNGS | frozenset("milestone milestones stage stages rung rungs".split())

#: Words that head examples, in the languages ladders are written in, read without accents
#: ('Examples', 'Exemplos', 'Ejemplos', 'Exemples', 'Beispiele'): a heading or a lead-in
#: ('**Exemplo de Tarefas**:') made of one, alone or with what they are of (``EXAMPLE_KINDS``).
EXAMPLE_WORDS = frozenset(
    "example examples exemplo exemplos ejemplo ejemplos exemple exemples beispiel beispiele esempio esempi "
    "voorbeeld voorbeelden".split()
)
#: What examples are of, after such a word ('Example tasks', 'Exemplo de Tarefas', 'Ejemplos de
#: tareas', 'Exemples de tâches', 'Beispiele für Aufgaben'), read without accents.
EXAMPLE_KINDS = frozenset(
    "task tasks work project projects tarefa tarefas trabalho trabalhos projeto projetos tarea tareas trabajo "
    "trabajos proyecto proyectos tache taches travail travaux projet projets aufgabe aufgaben arbeit arbeiten "
    "projekt projekte compito compiti lavoro progetto progetti taak taken".split()
)
#: The words between examples and what they are of ('Exemplo de Tarefas', 'Beispiele für Aufgaben').
EXAMPLE_OF = frozenset("of de da do das dos del des d fur di van".split())

#: Headers of a table's columns that say what kind of text the cells hold
#: rather than which competency: a table per competency, a row per level,
#: 'Milestone | Summary | Signals | Examples' (Medium's Snowflake).
TEXT_KIND_HEADERS = {
    "summary": "summary", "overview": "summary", "description": "summary", "in short": "summary",
    "signals": "statements", "signal": "statements", "behaviours": "statements", "behaviors": "statements",
    "behaviour": "statements", "behavior": "statements", "expectations": "statements",
    "expectation": "statements", "criteria": "statements", "indicators": "statements",
    "what it looks like": "statements", "statements": "statements", "what we expect": "statements",
    "what is expected": "statements", "expected behaviours": "statements", "expected behaviors": "statements",
    "examples": "examples", "example": "examples", "example tasks": "examples", "examples of work": "examples",
    "evidence": "examples", "notes": "note", "note": "note", "comments": "note", "comment": "note",
    "remarks": "note", "remark": "note",
}

#: Words a table column's header ends in that say its cells each hold a value of the row rather
#: than text ('Weight', 'Required?', 'Target proficiency', 'Score (1-5)'): a column of them is no
#: competency and holds no statements. A rung word after one is the value's ('Proficiency level');
#: a header that only opens with one names something else ('Points of contact').
VALUE_COLUMN_WORDS = frozenset("weight weighting weights required mandatory optional priority importance score "
                               "scores rating ratings points percentage proficiency".split())


_HEADER_WORD = lazy(r"[\w'’]+")


def column_role(header: str) -> str | None:
    """What a table column holds by its header: the kind of text
    ``TEXT_KIND_HEADERS`` gives ('statements', 'examples', 'summary',
    'note'), or that its last word gives there ('Evidence examples', 'Key
    signals'); 'value' where its last word but numbers and a rung word names
    a value of each row ('Weight', 'Required?', 'Target proficiency', 'Score
    (1-5)', 'Proficiency level'); None for any other header (a competency's name)."""
    words = _HEADER_WORD.findall(header.casefold())
    said = " ".join(words)
    if said in TEXT_KIND_HEADERS:
        return TEXT_KIND_HEADERS[said]
    if not words:
        return None
    if words[-1] in TEXT_KIND_HEADERS:
        return TEXT_KIND_HEADERS[words[-1]]
    named = [word for word in words if not word.isdigit()]
    if len(named) > 1 and named[-1] in RUNG_WORDS:
        named.pop()
    if len(words) <= 3 and named and named[-1] in VALUE_COLUMN_WORDS:
        return "value"
    return None


#: Words a table's header row names its columns by, besides the kinds of text
#: (``TEXT_KIND_HEADERS``): what the first column lists ('Category', 'Competency
#: area', 'Skill', 'Level').
_COLUMN_NAME_WORDS = COMPETENCY_NOUNS | _CONTAINER_NAMES | frozenset(
    "category categories competences dimensions pillars capabilities attributes themes level levels title "
    "titles name topic".split())


def names_a_column(header: str) -> bool:
    """Whether a table cell reads as a column's header: it names the kind of
    text the column holds ('Criteria', 'Key behaviours', 'Description') or
    what its rows list ('Category', 'Competency area', 'Skill'), not
    content ('Values', 'Lives our values')."""
    words = _HEADER_WORD.findall(header.casefold())
    return bool(words) and (column_role(header) is not None or " ".join(words) in _COLUMN_NAME_WORDS
                            or words[-1] in _COLUMN_NAME_WORDS)


#: What the punctuation that a word diff can mark by itself is called, for
#: a screen reader, which often reads none of it ("added comma").
PUNCTUATION_NAMES = {
    ".": "full stop", ",": "comma", ";": "semicolon", ":": "colon", "!": "exclamation mark",
    "?": "question mark", "(": "opening bracket", ")": "closing bracket", "[": "opening bracket",
    "]": "closing bracket", "{": "opening brace", "}": "closing brace", '"': "quotation mark",
    "'": "apostrophe", "\u201c": "opening quotation mark", "\u201d": "closing quotation mark",
    "\u2018": "opening quotation mark", "\u2019": "apostrophe", "\u00ab": "opening quotation mark",
    "\u00bb": "closing quotation mark", "\u2026": "ellipsis",
}


#: Words in brackets before a statement that mark what it is, not the role it is for ('[Optional] Leads
#: a guild', '[New] Writes design docs', '[Important] Mentors peers'): the statement's own words, kept,
#: where '[PM] ...' names a track.
NOT_A_ROLE_TAG = frozenset("optional required new updated changed removed deprecated draft note example examples "
                           "bonus stretch tip hint wip todo tbd tbc nice to have must should could important "
                           "key essential critical mandatory recommended advanced basic".split()) | \
    frozenset({"nice to have", "must have", "should have"})
#: Words in brackets that mark the part of a cell every role shares, among role tags ('[Core] Owns
#: their tasks. [Eng] Reviews designs.'): no role's, so kept whatever the track.
SHARED_PART_TAGS = frozenset("core all shared common everyone everybody general base".split()) | \
    frozenset({"all roles", "every role", "all tracks"})
#: The short forms ladders tag a role's statements with ('[PM] ...', '[Eng] ...', '[EM] ...'), beside the
#: disciplines and roles spelt out (``DISCIPLINES``, ``TITLE_NOUNS``).
ROLE_ABBREVIATIONS = frozenset(
    "pm pms tpm pmm em ems eng engr swe sde sdet sre qa qe ds de da ml mle ux ui uxr tl ic ics mgr dev devs "
    "devops ops infra sec des prod ba".split()
)


#: A tag in brackets that opens a statement, or a sentence of it, as ladders for several roles tag each
#: role's part ('[PM] Owns ...', '... peers. [Eng] Reviews ...'): the tag is group "tag".
ROLE_TAG = lazy(r"(?:^|(?<=[.!?;:])\s+)\[(?P<tag>[A-Z][A-Za-z0-9&/+.-]*(?: [A-Za-z0-9&/+.-]+){0,2})\]\s+(?=\S)")


def names_track(tag: str, track: str) -> bool:
    """Whether the role ``tag`` names is the track ``track``: the same words
    ('Design' of 'Design'), their initials ('PM' of 'Product Manager'), or
    the start of its last word, the one that names the role ('Eng' of
    'Software Engineering'; not 'Engineer' of 'Engineering Manager', nor
    'Soft' of 'Software Engineer', another role or no role)."""
    said = [w.casefold() for w in words(track)]
    key = name_key(tag)
    if not said or not key:
        return False
    return key == name_key(track) or key == "".join(w[0] for w in said) or \
        said[-1].startswith(tag.casefold()) and len(tag) >= 2


def names_a_role(tag: str) -> bool:
    """Whether a tag in brackets names a role or a discipline, as a ladder
    for several roles tags each one's statements: a discipline ('Design',
    'Data Science'), a role ('Product Manager', 'Backend Engineer'), or the
    short form of one ('PM', 'Eng', 'EM', 'QA', 'SRE'); not a word that
    says what the statement is ('[Core]', '[Important]', '[Level 3]')."""
    said = [w.casefold() for w in re.findall(r"[^\W\d_]+", tag)]
    if not said or re.search(r"\d", tag):
        return False
    if len(said) == 1 and said[0] in ROLE_ABBREVIATIONS:
        return True
    if all(w in DISCIPLINES for w in said):
        return True  # 'Design', 'Data Science', 'Product'
    return said[-1] in TITLE_NOUNS and all(w in FIELDS for w in said[:-1])  # 'Product Manager', 'Tech Lead'
