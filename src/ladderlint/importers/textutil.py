"""Small text helpers shared by the readers: ids, headings, levels, voice.

Text and Markdown stripping come from ladderlint.text, and what a level's
name says from ladderlint.vocabulary, which the rules read too."""

from __future__ import annotations

import os
import re
import unicodedata

from typing import Iterable, Sequence

from ..text import FUNCTION_WORDS, THIRD_PERSON_START, emoji_prefix, joined_names, name_key, slug, strip_markdown, unaccented
from ..vocabulary import (
    EXAMPLE_KINDS, EXAMPLE_OF, EXAMPLE_WORDS, DISCIPLINES, FIELDS, NEXT_STEP, ROLE_NOUNS, TITLE_NOUNS, LevelName, code_range, level_code, level_key, managed_field, proficiency,
    id_rung, role, role_noun, role_rung, seniority, stage, titles_a_role,
)
from ..dictionary import verb_in_s
from ..patterns import lazy

# --- markup ------------------------------------------------------------------

_WHOLE_SPAN = lazy(r"^(\*\*|__|\*|_)(?P<inner>\S(?:.*\S)?)\1$", re.DOTALL)


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


def some_names(names: list[str], shown: int = 4) -> str:
    """The first names of a list, for a report ('Delivery, Craft ...'):
    '...' only where more are left out."""
    return ", ".join(names[:shown]) + (" ..." if len(names) > shown else "")


def normalise(text: str) -> str:
    """The key two names are matched by: markup gone, white space (no-break
    spaces included) collapsed. Case is kept: 'Personal growth' and 'Personal
    Growth' are spelt differently, and ``check`` should see that."""
    return " ".join(strip_markdown(text).split())


# --- what a heading or a label says it holds -------------------------------

#: Headings under a competency that add to it, not competencies of their own (a Notion toggle
#: 'Examples' under '### Delivery'): examples of its statements, a note, or what it means.
ASIDE_HEADING = lazy(
    r"(?i)^(?:(?P<examples>(?:some |more )?examples?(?: (?:of|in)\b.*| behaviou?rs?)?|for (?:example|instance)"
    r"|what (?:this|it) looks like(?: in practice)?)|(?P<note>notes?|comments?|tips?)"
    r"|(?P<description>description|definition|what (?:this|it) means))\W*$")
#: Headings over what a level should not do, its counter-examples, read from their words: a negated
#: wish ('Behaviours we don't want to see', 'What not to do', 'Not expected'), avoiding ('Behaviours
#: to avoid'), a marked-off kind of example ('Anti-patterns', 'Negative indicators', 'Ineffective
#: behaviours', 'Counter-examples'), a warning ('Red flags', 'Warning signs', 'Pitfalls', 'Derailers',
#: 'Watch-outs', 'Signs of struggle') or what may go wrong ('Potential misalignments', 'Common risks').
#: Every layout reads it: headings, the labels of bullets, a spreadsheet's groups and rows.
#: The words alone would catch competencies: 'negative' and 'not' say so only before what the section
#: lists or wants ('Handling negative feedback', 'Not applicable' stay), 'anti-' only before patterns
#: or behaviours ('Anti-money laundering' stays), and 'avoid' only as the verb ('Conflict avoidance' stays).
TO_AVOID = lazy(
    r"(?i)\b(?:do|does|did|should|must|would|will|shall)(?:n['’]?t| not)\s+(?:\w+\s+)?"
    r"(?:want|wish|expect|like|need|do|see|accept|tolerate|reward|value|look)"
    r"|\bwo(?:n['’]?t| not)\s+(?:\w+\s+)?(?:accept|tolerate|reward|see)"
    r"|\bnot\s+(?:to\b|expected|wanted|desired|desirable|acceptable|ok(?:ay)?\b|good|great|look\s+like)"
    r"|\bavoid\b|\bnever\s+(?:do|does|expected)\b"
    r"|\b(?:anti|counter|non)[- ]?(?:patterns?|behaviou?rs?|examples?|goals?|signals?|indicators?)\b"
    r"|\b(?:negative|ineffective|undesirable|unwanted|unacceptable|poor|bad|less effective|counterproductive"
    r"|counter-productive|unhelpful|derailing)\s+(?:indicators?|behaviou?rs?|examples?|signals?|signs?|markers?"
    r"|traits?|patterns?|practices?|habits?)\b"
    r"|\bred flags?\b|\bwarning signs?\b|\bpitfalls?\b|\bderailers?\b|\bwatch[- ]?outs?\b"
    r"|\b(?:things?|what) to (?:watch|look) out for\b|\bwatch out for\b"
    # Signs that someone is not meeting the level: 'Signs of struggle', 'Signs you are struggling'.
    r"|\bsigns?\b.*\bstruggl\w*|\bstruggl\w*\s+(?:signs?|signals?|indicators?)\b"
    # Misalignments and risks as a kind of what is listed: 'Potential misalignments', 'Risks', 'Common
    # risks', 'Risks to watch'. Not 'Risk management', 'Managing risk', 'Security risks': competencies.
    r"|\b(?:potential|possible|common|typical|key|signs? of)\s+(?:misalignments?|risks|mistakes|traps)\b"
    r"|^(?:misalignments|risks|mistakes)\b(?!\s+(?:management|managing|assessment|analysis|mitigation"
    r"|register|appetite)\b)(?:\s+(?:to\s+(?:watch|avoid|look)\b.*|factors|areas))?$"
    r"|\bmistakes to avoid\b|\bareas? of concern\b|\bfailure modes to avoid\b")


def aside_name(text: str) -> str | None:
    """What a name says a text adds to what it stands under ('Examples',
    'Notes', 'Description'), or None for another name. Examples are named in
    any language ladders are written in, alone or with what they are of
    ('Example tasks', 'Exemplo de Tarefas', 'Ejemplos de tareas')."""
    name = normalise(unwrap(text))
    said = ASIDE_HEADING.match(name)
    if said:
        return next((kind for kind, text in said.groupdict().items() if text is not None), None)
    named = _LETTER_WORDS.findall(unaccented(name).casefold())
    if named and named[0] in EXAMPLE_WORDS and (
            len(named) == 1 or len(named) == 2 and named[1] in EXAMPLE_KINDS
            or len(named) == 3 and named[1] in EXAMPLE_OF and named[2] in EXAMPLE_KINDS) \
            and not _SENTENCE_STOP.search(name):
        return "examples"
    return None


_LETTER_WORDS = lazy(r"[^\W\d_]+")
_SENTENCE_STOP = lazy(r"[.!?]\W*$")


def lists_what_to_avoid(text: str) -> bool:
    """Whether a heading or a label heads what a level should not do, its
    counter-examples ('Anti-patterns', 'Behaviours we don't want to see')."""
    return TO_AVOID.search(normalise(unwrap(text))) is not None


# --- what applies at every level -------------------------------------------

#: A heading that sets a section apart from the rungs ('Misc: Tech Lead', 'Other roles', 'Tech Lead
#: (any level)', 'Additional roles - Mentor'): a role or a note, not a level.
_NOT_A_RUNG_HEADING = lazy(
    r"(?i)^(?:misc(?:ellaneous)?|others?|other roles?|additional roles?|extra roles?|roles? at any level"
    r"|cross[- ]level roles?|any level|all levels)\b\s*(?:[:\-\u2013\u2014]|$)|\((?:at )?(?:any|all) levels?\)")
#: A section's introduction that says whoever takes it may be on any rung ('at any stage in their
#: career', 'open to engineers at any level', 'regardless of level'). Said of a project ('at any stage
#: of the project') or an organisation ('at any level of the company'), the same words are a level's own.
_AT_ANY_LEVEL = lazy(
    r"(?i)\b(?:at|in|from) any (?:stage|point|step|time) (?:in|of) (?:their|your|his|her|one['\u2019]s|a|the|an"
    r" engineer['\u2019]s) career\b"
    r"|\bat any (?:level|grade|rung|seniority)\b(?!\s+(?:of|in|within|across)\b)"
    r"|\bregardless of (?:their |your |one['\u2019]s |the )?(?:level|grade|seniority|rung)\b")
#: The same said of the role by name: 'Anyone can be a tech lead', 'Any engineer may act as the on-call lead'.
_ANYONE_CAN_BE = lazy(
    r"(?i)\b(?:any engineer|anyone|any one of us|every engineer|engineers of any level) (?:can|may) (?:be|become"
    r"|take on the role of|act as|serve as|step into the role of) (?:a|an|the) (?P<role>[\w -]{2,60})")


def names_no_rung(heading: str) -> bool:
    """Whether a heading among the levels' says its section is no rung of
    the ladder: 'Misc: Tech Lead', 'Other roles', 'Tech Lead (any level)'."""
    return _NOT_A_RUNG_HEADING.search(normalise(unwrap(heading))) is not None


def says_at_any_level(text: str, role: str) -> str | None:
    """The words of a section's introduction that say its role (its
    heading, 'Tech Lead') is taken at any level ('at any stage in their
    career', 'Anyone can be a tech lead'), or None. Anyone being
    something else ('Anyone can be a mentor to them') is no such sign."""
    said = strip_markdown(text)
    found = _AT_ANY_LEVEL.search(said)
    if found is not None:
        return found.group(0)
    named = role.casefold().split()
    for found in _ANYONE_CAN_BE.finditer(said):
        if named and named[-1] in found.group("role").casefold().split():
            return found.group(0)
    return None


#: What a lead or a bullet before the levels says of whom it asks: all of them ('All engineers are
#: expected to:', 'At every level you:', 'Expectations for everyone'; in Portuguese 'todos os membros
#: da equipe', in Spanish 'todos los ingenieros').
_EVERYONE = (r"\b(?:all|every|each)(?: of)?(?: (?:our|the|us))? (?:engineers?|developers?|designers?|members?|team members?"
             r"|levels?|employees?|people|individuals?|ics?|individual contributors?|staff|roles?)\b"
             r"|\b(?:everyone|everybody|every one of us)\b|\bregardless of (?:their |your )?(?:level|seniority)\b"
             r"|\bwhatever (?:their|your) level\b"
             r"|\btod[oa]s? (?:os |as |los |las )?(?:membros|engenheir[oa]s|ingenier[oa]s|n[i\u00ed]veis|niveles|pessoas"
             r"|personas|colaborador[ea]s|integrantes|devs|desenvolvedor[ea]s|desarrollador[ea]s)\b"
             r"|\btodo (?:o|el) (?:time|equipo|mundo)\b|\bindependente(?:mente)? d[eo] n[i\u00ed]vel\b")
#: A lead that says the bullets after it are asked of every level ('All engineers are expected to:').
_ASKS_EVERYONE = lazy(_EVERYONE, re.IGNORECASE)
#: A bullet that asks something of everyone itself: who, and what is expected ('Everyone is expected
#: to review code', 'Espera-se que todos os membros ... exibam').
_EXPECTED = lazy(r"(?i)\b(?:expected|expect|expectations?|should|must|asked to|need to|required to|espera-se|esperamos"
                 r"|se espera|esperado|devem|deben)\b")
#: A lead that says for whom, rather than what: 'At every level you:', 'For all engineers:'.
_FOR_EVERYONE = lazy(r"(?i)\b(?:at|for|from|across|on) (?:every|each|all)(?: of)?(?: (?:our|the))? \w+"
                     r"|\b(?:for|from|of) (?:everyone|everybody)\b|\b(?:de|para|a) tod[oa]s\b")


def asks_everyone(text: str, lead: bool) -> bool:
    """Whether a text before the levels says what it leads into (``lead``:
    a heading, a sentence that ends with a colon) or says itself is asked of
    every level: it names all of them (all engineers, everyone, every
    level) and that something is expected of them, or, a lead, that what
    follows is for them all ('At every level you:')."""
    said = strip_markdown(text)
    # 'Each level is broken down into two categories:' names them all, and asks nothing of anyone.
    return _ASKS_EVERYONE.search(said) is not None and (
        _EXPECTED.search(said) is not None or lead and _FOR_EVERYONE.search(said) is not None)



#: A lead that says how the page is laid out, not what anyone is asked: 'The competencies at each level
#: are broken down into four categories:', 'Each level consists of:', 'grouped into three areas:'.
_LAYS_OUT = lazy(r"(?i)\b(?:broken (?:down )?into|divided into|split into|grouped (?:in|into|by)|organi[sz]ed (?:in|into|by)"
                 r"|consists? of|made up of|categor(?:y|ies)|areas?|dimensions?|pillars?|parts)\b")

#: What a lead asks (not 'The expectations ... are grouped into', which names them).
_ASKS = lazy(r"(?i)\b(?:expected|expect|should|must|is asked|are asked|asked to|need to|required to|espera-se|esperamos"
             r"|se espera|esperado|devem|deben)\b")


def lays_out(text: str) -> bool:
    """Whether a lead into a list says how the page is laid out ('... are
    broken down into four categories:'), so that the names it lists finish
    its sentence, rather than what is expected of anyone ('Everyone at every
    level is expected to:', 'All engineers should:'), whose bullets are asked
    whatever their length."""
    said = strip_markdown(text)
    return _LAYS_OUT.search(said) is not None and _ASKS.search(said) is None


# --- emoji -------------------------------------------------------------------


#: Symbols (Unicode's "So") that say something in a name: a brand's marks, degrees, the sharp of 'C♯',
#: a number sign. Any other symbol in a name is decoration ('🏆 Results', '★ Leadership', '🇬🇧 Team').
_MEANINGFUL_SYMBOLS = frozenset("©®™℗℠°♯♭№")
#: What an emoji is written with besides its symbol: the joiner of '👩‍💻', variation selectors (the
#: U+FE0F of '🛠️'), skin tones, the keycap's enclosing mark, tag characters (flags of regions).
_EMOJI_PARTS = lazy("[\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")


def _decoration(character: str) -> bool:
    return (unicodedata.category(character) == "So" and character not in _MEANINGFUL_SYMBOLS) \
        or _EMOJI_PARTS.match(character) is not None


#: An emoji written by its short code, as GitHub, GitLab, Slack and Confluence's
#: Markdown write it (':seedling:', ':white_check_mark:', ':+1:'): a word of its own.
_EMOJI_CODE = lazy(r"(?<!\S):[a-z0-9+][a-z0-9_+-]*:(?!\S)")


def without_decoration(name: str) -> str:
    """A name without the emoji (and other pictographs) that decorate it,
    wherever they stand: '🏆 Results', 'Results 🏆', '🕵🏽‍♂️ Quality Analyst'
    are 'Results' and 'Quality Analyst'. A page shows such a symbol as an
    empty box where its font lacks it, and ids never hold it. Punctuation
    and signs are words of the name ('C++', 'C#', '#eng-careers', 'R&D',
    'Node.js'), and so are ©, ® and ™; a name of symbols alone is kept.
    An emoji's short code (':seedling: Senior Engineer') is one too."""
    coded = _EMOJI_CODE.sub(" ", name) if ":" in name else name
    if coded == name and not any(_decoration(ch) for ch in name):
        return name
    kept = " ".join("".join(ch for ch in coded if not _decoration(ch)).split())
    return kept if any(ch.isalnum() for ch in kept) else name


def leading_decoration(text: str) -> str:
    """The emoji (and other pictographs) a text opens with ('🔀' of '🔀 This
    role starts the Management track'), '' where it opens otherwise."""
    opening = ""
    for ch in text.lstrip():
        if ch.isspace() or _decoration(ch):
            opening += ch
        else:
            break
    return "".join(opening.split())


# --- ids ---------------------------------------------------------------------


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

#: What a level id may be (the schema's pattern).
LEVEL_ID = lazy(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def is_level_name(title: str) -> bool:
    """Whether a heading or a column header names a level: a level code
    (IC3, "(IC 1)", Level 2), a numbered role (Engineer II) or a seniority;
    not a sentence that says 'lead' or 'level' ("You can lead a team ..."),
    nor a comparison of roles ("Tech Lead vs Engineering Manager"), nor a
    group of a level's competencies that names no role ("Senior Leadership
    Competencies", as a level's page heads its groups), nor a stage of a
    performance scale by itself ('Learning', 'Leading'): beside other
    stages, ``levels_named`` reads it as a level."""
    return LevelName.read(title).known and not reads_as_sentence(title) and not _COMPARISON.search(title) \
        and not names_competencies(title) and stage(title) is None


#: The last word of a heading over a group of competencies ('Senior Technical Competencies').
_GROUP_NOUNS = frozenset("competencies competences skills behaviours behaviors capabilities".split())


def names_competencies(title: str) -> bool:
    """Whether a heading names a group of competencies and no role ('Senior
    Leadership Competencies', 'Technical Skills'; not 'Senior Engineer
    Skills'): a part of a level, never a level itself."""
    said = [word.casefold() for word in re.findall(r"[^\W\d_]+", title)]
    return bool(said) and said[-1] in _GROUP_NOUNS and TITLE_NOUNS.isdisjoint(said)


_COMPARISON = lazy(r"(?i)\b(?:vs\.?|versus)(?!\w)")


#: Pronouns that start a sentence about the person ('I am adaptable'); not
#: possessives, which start names ('Your impact', 'Our values').
SUBJECT_PRONOUNS = frozenset("i i'm i’m you you're you’re we we're we’re they he she".split())


def reads_as_sentence(text: str) -> bool:
    """Whether a heading is a sentence ('I am adaptable', 'Ships code to
    production.'), as ladders that head each expectation write them, rather
    than a name: three words or more, starting with a subject pronoun or
    ending with a full stop after a word in lower case (not an abbreviation:
    'Senior Software Eng.', 'Engineer, Sr.')."""
    words = unwrap(text).split()
    if len(words) < 3:
        return False
    last = words[-1]
    return words[0].casefold() in SUBJECT_PRONOUNS or (last.endswith(".") and last[:1].islower() and len(last) > 4)


def opens_with_a_deed(text: str) -> bool:
    """Whether a short text says what the person does: it opens with a verb
    in '-s' (after any '-ly' adverbs) before more words ('Lives our values',
    'Conducts user interviews', 'Regularly writes tests') or with a subject
    pronoun ('They run the on-call'); not a name ('Key behaviours', 'People
    management') nor what a competency is about ('How they grow the team')."""
    words = unwrap(text).casefold().split()
    while len(words) > 1 and words[0].endswith("ly"):
        words = words[1:]
    if len(words) < 2:
        return False
    return words[0] in SUBJECT_PRONOUNS or words[0].endswith("s") and verb_in_s(words[0].strip(",;:"))


def without_nickname(title: str) -> str:
    """A level's title without what it says in brackets at its end: its
    abbreviation or nickname ('Software Engineer (SE)', 'Engineer (Code
    Cadet)' -> 'Software Engineer', 'Engineer')."""
    return _NICKNAME.sub("", unwrap(strip_markdown(title)).strip())


def same_level(title: str, other: str) -> bool:
    """Whether two tables' titles name one level: the same but for a note in
    brackets that one of them adds ('Engineer I (core contributor)' and
    'Engineer I'). Two notes ('Engineer (Backend)', 'Engineer (Frontend)')
    name two. Titles are compared by their ``level_key``: 'Senior engineer'
    is 'Senior Engineer' here as it is to LL202."""
    title, other = level_key(title), level_key(other)
    return title == other or level_key(without_nickname(title)) == other or title == level_key(without_nickname(other))


def role_of(title: str) -> str | None:
    """The track a level's title names ('IC5 Staff Software Engineer' ->
    'Software Engineer'), without an emoji or a nickname in brackets ('🕵
    IC1 Engineer (Code Cadet)' -> 'Engineer'). A title of proficiencies
    alone ('Expert') names a level and no role, as does the one word of a
    role that is a ladder's rung ('Specialist', 'Architect': ``role_rung``;
    'P3 Architect' after 'P2 Developer' is a role, which continues the
    sequence)."""
    # 'Engineer II+' is a step within Engineer II: its '+' joins nothing.
    plain = _STEP_WITHIN.sub("", without_nickname(title))
    lettered = _lettered(plain)
    if proficiency(lettered) is not None or len(lettered.split()) == 1 and role_rung(lettered) is not None:
        return None
    # A comma in a title says more of one role ('Engineer, Backend'), not another.
    parts = [role(_lettered(part)) for part in joined_names(plain, commas=False)]
    if len(parts) > 1:
        # 'Junior Engineer / Sysadmin' names the Engineer; 'Intern & Probation' a stage, no role.
        named = [part for part in parts if part and part.split()[-1].casefold() in ROLE_NOUNS]
        if named:
            return named[0]
        if not all(parts):
            return None
    found = role(_lettered(plain))
    # 'For E3 (Learning & Growing)' heads what is asked at E3: 'For' is no role.
    return found if any(word.casefold() not in FUNCTION_WORDS for word in found.split()) else None


def _lettered(text: str) -> str:
    """The words of a text that have a letter or digit: no emoji, no '&'."""
    return " ".join(word for word in text.split() if any(ch.isalnum() for ch in word))


_NICKNAME = lazy(r"\s*\([^()]*\)\s*$")
_STEP_WITHIN = lazy(r"(?<=\w)\+$")


def role_keys(titles: Iterable[str]) -> frozenset[str]:
    """The roles levels' titles name, as name keys: a title that is one of
    them alone ('Engineer' beside 'Senior Engineer') is a level too; and
    the tracks they are on (``track_key``): a manager's title beside a
    director's of the field ('Engineering Manager' beside 'Director of
    Engineering') is a level too."""
    roles = [role_of(title) or "" for title in titles]
    return (frozenset(name_key(r) for r in roles) | frozenset(track_key(r) for r in roles)) - {""}


def names_a_role(title: str) -> bool:
    """Whether a title ends with the people of a discipline ('Engineer',
    'Platform Engineer', 'Product Designer (PD)'): a role, whatever level."""
    words = without_nickname(title).split()
    return bool(words) and words[-1].casefold() in ROLE_NOUNS


#: The most words a discipline's name has ('Site Reliability Engineering', 'Machine Learning Research').
_DISCIPLINE_WORDS = 4


def names_a_discipline(heading: str) -> bool:
    """Whether a heading names a discipline or a role, and nothing else
    ('Product Design', 'Data Science', 'Backend Engineers', 'Engineering'):
    the track of the levels under it. A section's heading ('Levels',
    'Career Levels', 'Using this document') and a level's name are not."""
    said = without_nickname(heading).split()
    return 0 < len(said) <= _DISCIPLINE_WORDS and not is_level_name(heading) \
        and all(word.casefold() in FIELDS for word in said) and any(word.casefold() in DISCIPLINES for word in said)


def heading_track(heading: str, titles: Iterable[str]) -> str | None:
    """The track a heading over all the levels names ('## Product Design'
    over Designer I ... Design Director), as the levels' titles would name
    it: a role in the singular ('## Backend Engineers' -> 'Backend
    Engineer'). None where it names no discipline, or where the levels'
    titles name a role of another field ('## Engineering' over Product
    Manager I, II): a department's heading, the levels' role their track."""
    if not names_a_discipline(heading):
        return None
    said = without_nickname(heading).split()
    last = said[-1]
    if last.casefold().endswith("s") and last.casefold()[:-1] in ROLE_NOUNS:
        said[-1] = last[:-1]  # 'Engineers': the role, as each level's title names it
    roles = [role for role in (role_of(title) for title in titles) if role]
    if roles and not any(_same_field(word, other) for role in roles for other in role.split() for word in said):
        return None
    return " ".join(said)


#: The letters two words of one field share at their start ('Engineering', 'Engineer'; 'Design', 'Designer').
_FIELD_STEM = 5


def _same_field(word: str, other: str) -> bool:
    return len(word) >= _FIELD_STEM - 1 and len(other) >= _FIELD_STEM - 1 \
        and word.casefold()[:_FIELD_STEM] == other.casefold()[:_FIELD_STEM]


def names_role_fully(title: str, roles: frozenset[str]) -> bool:
    """Whether a title is one of ``roles`` (``role_keys``) named more fully,
    by its field or speciality, and says no level ('Software Engineer',
    'Site Reliability Engineer' beside 'Senior Engineer', 'Staff Engineer'):
    the role alone, the first rung, as ladders that name it in full below
    their seniorities have it. Its last words are the role; the one to three
    words before them name a field or speciality (``FIELDS``), so a section
    about the role ('Working With Your Manager', 'Example Engineer', 'Hiring
    Manager') is none."""
    words = without_nickname(title).split()
    if len(words) < 2 or not names_a_role(title) or LevelName.read(title).known:
        return False
    for n in range(1, min(len(words), 4)):
        field = words[:n]
        if name_key(" ".join(words[n:])) in roles and all(
                any(ch.isupper() for ch in word) and word.casefold() in FIELDS for word in field):
            return True
    return False


def rung_among(title: str, level_id: str, roles: frozenset[str], numbered: frozenset[str] = frozenset()) -> LevelName:
    """What a level's title says of its place among levels whose titles name
    ``roles`` (``role_keys``): a title that is one of the roles alone
    ('Engineer' beside 'Senior Engineer', 'Engineering Manager' beside
    'Director of Engineering') is the rung between junior and senior, as such
    ladders have it; so is a title that numbers one of the roles and says no
    seniority ('Software Engineer II' beside 'Senior Software Engineer'),
    its number its place among that role's; and so is the role named more
    fully (``names_role_fully``: 'Software Engineer' beside 'Senior
    Engineer'). Where other titles number the role (``numbered``, the name
    keys of the roles they number), the role alone is its first number
    ('Software Engineer' before 'Software Engineer 2')."""
    name = LevelName.read(title, level_id)
    if name.rung is not None and name.seniority is None and name_key(name.rung.family) in roles:
        return LevelName.read(f"mid {title}", level_id)
    # 'Software Engineer (SE)' beside 'Senior Software Engineer (SSE)' is the role alone too.
    alone = name_key(without_nickname(title))
    if alone in roles and name.usual_rung is None:  # an 'Architect' is a rung of its own, not a mid one
        return LevelName.read(f"mid {title} 1" if alone in numbered else f"mid {title}", level_id)
    if names_role_fully(title, roles):  # 'Software Engineer' beside 'Senior Engineer'
        return LevelName.read(f"mid {title}", level_id)
    return name


def numbered_roles(titles: Iterable[str]) -> frozenset[str]:
    """The name keys of the roles ``titles`` number ('Software Engineer 2'),
    for ``rung_among``."""
    rungs = (LevelName.read(title, "").rung for title in titles)
    return frozenset(name_key(rung.family) for rung in rungs if rung is not None)


def listed_highest_first(levels: Sequence[tuple[str, str]]) -> bool:
    """Whether levels, (title, id) as written, are listed highest first
    (Staff, Senior, Junior), as their names say of every level and the one
    after it: a page's headings, a table's columns. The role alone is the
    rung below its seniorities there too (Staff Engineer, Senior Engineer,
    Engineer), as ``rung_among`` reads it."""
    titles = [title for title, _ in levels]
    # The roles of the titles that name a level or a role ('Engineer' below 'Senior'): a title
    # that says neither ('Platform Specialist') is no rung of a role, and places no level.
    roles = role_keys(title for title in titles if LevelName.read(title).known or names_a_role(title))
    numbered = numbered_roles(titles)
    names = [rung_among(title, level_id, roles, numbered) for title, level_id in levels]
    # The role alone, whose place its name does not tell beside the next ('Desenvolvedor (Dev)',
    # 'Developer' between 'Pleno' and 'Júnior'), keeps it in the run: the first is above the last, no
    # name is above one before it, and each is above the next but beside the role alone. Another
    # title the names do not place ('Platform Specialist') leaves the order as written.
    # A rung of its own ('Architect', placed only where ladders usually have it) keeps its place in
    # the run too, as the role alone does: the other names tell the order (Senior, Architect, Mid, Junior
    # is highest first), and the import says where it stands against them (``rungs_out_of_place``).
    alone = [_role_alone(title) or name.usual_rung is not None for title, name in zip(titles, names)]
    placed = [name for name, loose in zip(names, alone) if name.usual_rung is None]
    return len(names) >= 2 and len(placed) >= 2 and placed[-1].before(placed[0]) is True \
        and all(lower.before(higher) is True or alone[n] or alone[n + 1]
                for n, (higher, lower) in enumerate(zip(names, names[1:]))) \
        and not any(names[j].before(names[i]) is False for i in range(len(names)) for j in range(i + 1, len(names))
                    if names[i].usual_rung is None and names[j].usual_rung is None)


def rungs_out_of_place(levels: Sequence[tuple[str, str]]) -> list[str]:
    """The titles of the levels, (title, id) lowest first, that are rungs
    of their own ('Architect', ``LevelName.usual_rung``) standing where
    ladders do not usually place them among the others (Architect below
    Junior, or below Senior): their order is the document's, which the
    names do not tell certainly, and LL201 reads such a rung only against
    its own role, so the import says so."""
    titles = [title for title, _ in levels]
    roles = role_keys(title for title in titles if LevelName.read(title).known or names_a_role(title))
    numbered = numbered_roles(titles)
    names = [rung_among(title, level_id, roles, numbered) for title, level_id in levels]
    return [titles[n] for n, name in enumerate(names) if name.usual_rung is not None and (
        any(name.before(other) is True for other in names[:n])
        or any(other.before(name) is True for other in names[n + 1:]))]


def _role_alone(title: str) -> bool:
    """Whether a level's title is a role alone, no seniority or number, in
    any language ladders are written in, its abbreviation aside
    ('Developer', 'Desenvolvedor (Dev)', 'Desenvolvedor Backend')."""
    said = without_nickname(title).split()
    return len(said) == 1 and role_noun(said[0]) or titles_a_role(said) and not LevelName.read(title).known


def track_key(track: str) -> str:
    """The key of a track's name (``name_key``): the roles of one field's
    managers ('Engineering Manager', 'Director of Engineering', 'VP
    Engineering') have one, as a ladder that changes its title on the way up."""
    field = managed_field(track)
    return f"managers of {field}" if field else name_key(track)


#: The id Notion's export writes after each page's name ('Engineer I 8a1b2c3d...e8f9.md'), and the page id
#: Confluence's after it ('Engineer-I_98312.html'): no words of the name.
_PAGE_ID = lazy(r"(?:\s[0-9a-f]{32}|_\d{4,})$")


#: The pages a static site publishes as their folder ('senior-engineer/index.html' is at /senior-engineer/).
_FOLDER_PAGES = frozenset({"index", "readme", "_index"})
#: The number a name starts with to keep its place in a list ('01 Junior.md', '02-expert.md', '### 2. Designer',
#: '3) Delivery', '## 3 - Principal Engineer'): its order, not its name. Only written with a leading zero, a stop
#: or a dash between spaces, as '3 Pillars' is a name.
ORDER_PREFIX = lazy(r"^(?:0\d[\s_-]+|\d{1,2}[.)]\s+|\d{1,2}\s+[-–—]\s+(?=[^\W\d_]))(?=\S)")


def is_folder_page(path: str) -> bool:
    """Whether a page is its folder's own (README.md, index.html, Hugo's
    _index.md), as a site publishes it at the folder's address."""
    return os.path.splitext(os.path.basename(path))[0].casefold() in _FOLDER_PAGES


def file_words(path: str) -> str:
    """A file's name without its suffix, the page id an export adds, the
    number that orders it and its hyphens and underscores as spaces:
    'senior-engineer.md' is 'senior engineer', Notion's 'Senior Engineer
    8a1b...e8f9.md' is 'Senior Engineer', '01 Junior.md' is 'Junior'. A page
    named index.html or README.md is named by its folder, as a site shows it."""
    stem = _PAGE_ID.sub("", os.path.splitext(os.path.basename(path))[0])
    if stem.casefold() in _FOLDER_PAGES:
        stem = os.path.basename(os.path.dirname(os.path.abspath(path))) or stem
    stem = ORDER_PREFIX.sub("", stem)
    return stem.replace("_", " ").replace("-", " ")


def spanned_code(title: str) -> str | None:
    """The code a title gives its level as an id: the range of codes it
    spans written as one ('P4-P5' of 'P4/P5 (Staff & Principal)', 'L3-L4' of
    'Level 3/4'; ``code_range``), else its one code ('IC3'); None where it
    names none."""
    spanned = code_range(title)
    if spanned is not None and LEVEL_ID.fullmatch(spanned[0]):
        return spanned[0]
    return level_code(title)


def level_id(title: str) -> str:
    """The id of a level named ``title``: its code if it has one (IC3), else
    a slug of the title. A title that spans codes ('Junior (L1-L2)',
    'P1–P2 (Engineer)') has the range written as an id (L1-L2, P1-P2;
    ``code_range``), not its first code, which would make the next
    level's look like a gap."""
    code = spanned_code(title)
    if code:
        return code
    candidate = slug(title)
    return candidate if candidate and LEVEL_ID.match(candidate) else "level"


# --- shapes of lines ---------------------------------------------------------


#: A label before what a line points to ('Boundary:', '**See:**'), and the marks of emphasis around a line.
_POINTER_LABEL = lazy(r"^(?:\*\*|__)?[A-Za-z][\w'’-]*(?: [\w'’-]+){0,2}(?:\*\*|__)?:(?:\*\*|__)?\s+")
_ONE_LINK = lazy(r"\[[^\]\n]+\]\([^)\s]+(?:\s+\"[^\"]*\")?\)")
_ARROW = lazy(r"\s(?:→|⇒|->|=>|⟶)\s")



def pointer_line(text: str) -> str | None:
    """What a line of a page is, where it points elsewhere rather than
    says something ('_Boundary: [Junior → Expert](boundaries.md)._' is
    links, labelled or not; 'Technical position → no management counterpart'
    a label and an arrow, as a diagram's; '_Career advancement: Senior
    Engineer_' the level it leads to); None for another line."""
    plain = " ".join(text.split()).strip("*_ .")
    if "\n" in text.strip() or not plain:
        return None
    label, colon, rest = strip_markdown(plain).partition(":")
    if colon and NEXT_STEP.fullmatch(label.strip()) and 0 < len(rest.split()) <= 8 \
            and any(is_level_name(part) for part in joined_names(rest, alternatives=True) or [rest.strip()]):
        # '_Career advancement: Senior Engineer_'; not 'Progression: Seeks feedback and grows their craft'.
        return "the level it leads to"
    pointed = _POINTER_LABEL.sub("", plain, 1)
    if _ONE_LINK.search(pointed) and not any(ch.isalnum() for ch in _ONE_LINK.sub("", pointed)):
        return "a link to another page"  # or links, between marks ('[A → B](a.md) · [B → C](b.md)')
    sides = _ARROW.split(strip_markdown(plain))
    if len(sides) >= 2 and all(0 < len(side.split()) <= 6 for side in sides) and not text.rstrip().endswith("."):
        return "a label and an arrow to what it leads to"
    return None


#: A sentence that sends the reader to another document for more ('For detailed descriptions of each
#: pillar, see the complete Portuguese version.', 'See the full guide for examples.', 'Please refer to
#: the handbook for details.'): what it names is a document (a version, a guide, a page), not work.
_ELSEWHERE = lazy(
    r"(?:for\s+(?:more|further|full|fuller|detailed|additional|complete|a\s+(?:full|fuller|complete|detailed))\b"
    r"[^.!?]{0,200}?,\s*)?(?:please\s+)?(?:see|refer\s+to|check\s+out)\s+(?:the|our)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:version|translation|original|document(?:ation)?|page|guide|handbook|wiki|article|site"
    r"|website|repository|spreadsheet)\b[^.!?]{0,120}[.!]?", re.IGNORECASE)


def points_to_another_document(text: str) -> bool:
    """Whether a paragraph only sends the reader to another document for
    more ('For detailed descriptions ..., see the complete Portuguese
    version.'): a note on the ladder, not what a level expects. A sentence
    that asks for work with a document ('Keeps the team's guide up to
    date') does not send the reader anywhere."""
    plain = " ".join(strip_markdown(text).split())
    return _ELSEWHERE.fullmatch(plain) is not None


#: A section's name that says it holds the authors' open points, not the ladder ('TODO / Questions',
#: 'Open questions', 'TBD'), alone or a few of them together.
#: 'Questions' alone heads an FAQ's questions: it says open points only beside a word that does.
_OPEN_POINT = r"(?:to-?\s?dos?|tbd|tbc|(?:open|unresolved)\s+questions?|open\s+points|parking\s+lot)"
_BESIDE = r"(?:questions?|notes)"
_APART = r"\s*(?:[/&,+]|and)\s*"
_OPEN_POINTS = lazy(rf"(?:(?:{_OPEN_POINT}|{_BESIDE}){_APART})*{_OPEN_POINT}(?:{_APART}(?:{_OPEN_POINT}|{_BESIDE}))*",
                    re.IGNORECASE)


def names_open_points(name: str) -> bool:
    """Whether a section's name ('TODO / Questions', 'Open questions')
    says it holds what its authors have still to settle: no expectations."""
    return _OPEN_POINTS.fullmatch(" ".join(strip_markdown(without_decoration(name)).split()).strip(" :")) is not None


#: One rating of a line of them: a name of a few words, a colon, a figure or a range of them, with a
#: short note ('Technical: 1-2', 'Technical: 3-4 (IC) / 2-3 (Manager)', 'All others: 4').
_RATING = lazy(r"(?P<name>[^\W\d_][\w'’ &/-]{0,40}?)\s*:\s*(?P<value>\d[\d\s.,+/()–—-]*(?:\([^()]{1,20}\)[\d\s.,+/()–—-]*)*)")


def rating_pairs(text: str) -> list[tuple[str, str]] | None:
    """The ratings a line gives, where it is nothing else: two or more
    'Name: figure' pairs apart by '|' or ';' ('Technical: 1-2 | Problem
    Solving: 1-2 | Communication: 2'), as a page rates each competency on
    a scale for a level; None for any other line."""
    parts = [p.strip() for p in re.split(r"\s[|;]\s|\s*;\s*", strip_markdown(text).strip()) if p.strip()]
    said = [_RATING.fullmatch(p) for p in parts]
    if len(parts) < 2 or not all(said):
        return None
    return [(m["name"].strip(), m["value"].strip()) for m in said if m is not None]


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


_FIRST_PERSON = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "my", "me", "i'd", "i’d"})
_SECOND_PERSON = frozenset({"you", "your", "you're", "you’re", "you've", "you’ve", "you'll", "you’ll"})
_POSSESSIVE = frozenset({"your"})




def voice(statements: list[str]) -> str | None:
    """The grammatical person that most statements showing one are written
    in: "I ...", "you"/"your", or a verb in the third person ("Delivers
    ..."); None where no person has more than half of them. Statements
    that show none do not vote: what someone is doing ('writing tests
    first'), a verb said to the reader ('Write exemplary code'), a quality
    ('Capable of ...'). So adding such statements never changes the voice.
    A statement whose only word of the reader is 'your' ('Exert influence
    on the goals of your team', among verbs said to the reader) shows the
    second person only where another says 'you': alone, 'your' is a word
    of suggestions, which the check accepts in any voice."""
    counts = {"first-person": 0, "second-person": 0, "third-person": 0}
    possessive = 0
    for text in statements:
        words = strip_markdown(text).split()
        if not words:
            continue
        first = words[0].lower().strip(",:;")
        said = {w.lower().strip(".,:;!?()") for w in words} & _SECOND_PERSON
        if first in _FIRST_PERSON:
            counts["first-person"] += 1
        elif said <= _POSSESSIVE and said and first not in _SECOND_PERSON:
            possessive += 1  # 'Work on tasks that help your team': the reader's, told what to do
        elif first in _SECOND_PERSON or said:
            # 'As an Engineer I, you learn': addressed to the reader
            counts["second-person"] += 1
        elif THIRD_PERSON_START.match(words[0][:1].upper() + " ".join(words)[1:]):
            counts["third-person"] += 1
    if counts["second-person"]:
        counts["second-person"] += possessive
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] * 2 > sum(counts.values()) else None


#: Words a title leaves in lower case inside it ('Director of Engineering').
_SMALL_WORDS = frozenset("a an and as at but by for in of on or the to via vs with".split())
#: The longest acronym a title in capitals may hold ('SRE', 'QA', 'UX'): longer words are words.
_ACRONYM_LETTERS = 4


def written_in_title_case(text: str) -> bool:
    """Whether words are written as a title's ('Code Quality and Testing',
    'Working with Others in the Team'): each word capitalised, but the
    small words inside it; no sentence ('shares context early', 'Shares
    context early and clearly'). Words of a script without capitals are none."""
    said = [word for word in text.split() if word[:1].isalpha()]
    significant = [word for n, word in enumerate(said) if n == 0 or word.casefold() not in _SMALL_WORDS]
    return len(significant) >= 2 and all(word[0].isupper() for word in significant)


def title_cased(name: str) -> str:
    """A name in title case, as the names of frameworks and tracks are
    written ('Individual contributor' -> 'Individual Contributor',
    'ENGINEERING LADDER' -> 'Engineering Ladder'): each word capitalised,
    but the small words inside it (of, and, at); a word with capitals of its
    own (iOS, SRE) as written, but in a name written all in capitals, where
    only a short word no dictionary knows (SRE, QA) is an acronym."""
    shouting = shouted(name)
    out = []
    for n, word in enumerate(name.split(" ")):
        letters = re.sub(r"[^A-Za-z]", "", word)
        if shouting and letters:
            # 'IT' in a title is the acronym, not the pronoun: a word of two letters is one but for the small words.
            if len(letters) <= _ACRONYM_LETTERS and not _english_word(letters.casefold()) \
                    or len(letters) <= 2 and letters.casefold() not in _SMALL_WORDS:
                out.append(word)
                continue
            word = word.lower()
        elif any(ch.isupper() for ch in word[1:]):
            out.append(word)
            continue
        if n > 0 and word.casefold() in _SMALL_WORDS:
            out.append(word.casefold())
        else:
            out.append(re.sub(r"[^\W\d_]", lambda m: m.group(0).upper(), word, count=1))
    return " ".join(out)


def shouted(text: str) -> bool:
    """Whether a name is written all in capitals, words and not only an acronym ('ENGINEERING LADDER')."""
    return text.isupper() and any(len(w) > _ACRONYM_LETTERS for w in re.findall(r"[A-Za-z]+", text))


def _english_word(word: str) -> bool:
    from ..dictionary import english  # read only for a title in capitals

    return english().knows(word)


#: How an organisation's name starts: a capital, or its number ('1Password',
#: '3M', '37signals'; not an ordinal, '3rd', nor a size, '10x').
NAME_START = r"(?:[A-Z]|[0-9]+(?!(?:st|nd|rd|th)(?![A-Za-z0-9]))(?:[A-Z]|[a-z]{2,}))"


def written_as_a_name(word: str) -> bool:
    """Whether a word is spelt as a name: capitalised, or starting with its
    number ('Dropbox', '1Password'; not 'dropbox')."""
    return re.match(NAME_START, word) is not None


#: How a framework's title ends ('Career Framework', 'Ladder'), in any case.
_ENDINGS = (r"Career Framework|Career Ladders?|Competencies|Progression Framework|Career Paths?|Engineering Ladders?|"
            r"Ladders?|Career Levels|Levelling Framework|Leveling Framework|Job Levels|Levelling Guide|Leveling Guide|"
            r"Career Progression|Growth Framework|Competency Framework|Competency Matrix|Skills Matrix|Levels|"
            r"Progression|Career Development Framework|Matrix|Expectations|Grades|Grading|Rubrics?")
#: The words of a framework's title that say it is one, not what field it is of: its endings'
#: words, and those that join them ('Engineering Levels and Roles').
FRAMEWORK_WORDS = frozenset("career careers framework frameworks ladder ladders progression path paths competencies "
                            "competency matrix levels levelling leveling guide job jobs skills growth roles titles "
                            "expectations grades grading rubric rubrics".split())
#: Small words in lower case that join the words of a name ('Rent the Runway', 'Bank of Springfield',
#: 'Marks and Spencer'), as an ampersand does ('Marlow & Finch').
NAME_JOINS = frozenset("the of and de du des la le von van der y".split())
_JOIN = "|".join(sorted(NAME_JOINS))
#: An organisation's name before a framework's title: up to three words written as names, two of them
#: maybe joined by an ampersand or a small word.
_OWNER = rf"{NAME_START}[\w.&'’-]*(?: (?:& |(?:{_JOIN}) )?{NAME_START}[\w.&'’-]*){{0,2}}?"
_ORGANISATION = lazy(
    rf"^(?:The )?(?P<org>{_OWNER})(?:'s|’s)? "
    r"(?P<track>(?:[A-Z]\w+ ){0,3}?)"
    # The ending in either case: 'Acme Career Ladder', 'Acme ladder'.
    rf"(?P<ending>(?i:{_ENDINGS}))$"
    # Or all in lower case after the organisation: 'Acme design career framework'.
    rf"|^(?P<org2>{NAME_START}[\w.&'’-]*) "
    r"(?P<track2>(?:[a-z]\w+ ){1,2}?)(?P<ending2>career (?:development )?framework|"
    r"career ladder|progression framework|competency framework)$"
)
#: A framework's title that names no organisation ('Engineering career framework', 'Career Ladder').
_FRAMEWORK_TITLE = lazy(rf"^(?:The )?(?P<track>(?:[\w&'’-]+ ){{0,3}}?)(?P<ending>{_ENDINGS})$", re.IGNORECASE)
#: An organisation's name as a title writes it apart: up to three words written as names.
_NAME = rf"{NAME_START}[\w.&'’-]*(?: {NAME_START}[\w.&'’-]*){{0,2}}"
#: A framework's title, then whose it is: 'Career framework at Globex', 'Engineering Levels @ Globex',
#: 'The career ladder used at Globex'.
_AT_ORGANISATION = lazy(rf"^(?P<title>.+?) (?:(?:used|in use) )?(?:at|@) (?P<org>{_NAME})$")
#: A framework's title and its organisation's name set apart by a mark, either way round:
#: 'Engineering Career Framework - Globex', 'Globex: Engineering Levels', 'Globex | Career Ladder'.
_SET_APART = lazy(r"\s+[|\u2013\u2014-]\s+|\s*:\s+")
#: Endings that say less: a title with one names an organisation only before
#: a discipline ('Acme Engineering Levels', not 'Engineer Levels').
_WEAK_ENDINGS = frozenset({"levels", "progression", "matrix", "expectations", "grades", "grading", "rubric",
                           "rubrics"})


#: Words that start a framework's title without naming an organisation.
NOT_ORGANISATIONS = frozenset("engineering software technical technology product design data career platform "
                              "developer development individual management our the backend back-end frontend "
                              "front-end full-stack fullstack mobile ios android web infrastructure security "
                              "quality site machine staff senior principal junior lead leadership people team "
                              "job skills growth competency qa sre devops ops ic it tech expected engineer engineers "
                              "designer designers developers manager managers scientist scientists analyst analysts "
                              "architect architects programmer programmers tester testers ml ai ux ui bi hr pm "
                              # Determiners and pronouns start sentences, never a name: 'This ladder ...'.
                              "this that these those each every any all some my your his her its their a an "
                              "we they it "
                              # A table's answers ('Required?' over 'Yes'), said on every row: never a name.
                              "yes no true false".split())


def organisation_in(title: str, text: str | None = None) -> str | None:
    """The organisation a framework title names ('Dropbox Engineering Career
    Framework' -> 'Dropbox', 'Career framework at Globex' -> 'Globex'), if it
    follows one of those common patterns. With the document's ``text``, a
    word before a role that the text writes in lower case is the role's
    ('Systems Engineer Levels' beside 'distributed systems'), no name. An
    emoji before the title ('🚀 Acme Engineering Ladder') says nothing."""
    title = without_decoration(title)
    match = _title_match(title)
    if match:
        name, track = _whose_and_track(match)
        role = track.split()
        # In lower case in an address ('stripe.com') the word is still a name.
        if text is not None and len(name.split()) == 1 and role and role[0].casefold() in ROLE_NOUNS \
                and re.search(rf"(?<![\w/@.-]){re.escape(name.casefold())}(?![\w/@-]|\.\w)", text):
            return None
        return name
    apart = _title_apart(title)
    return apart[0] if apart else _named_after_role(title, text)


#: A framework's title of any length, and its ending.
_ANY_FRAMEWORK_TITLE = lazy(rf"^(?:The )?(?P<before>.+?) (?P<ending>(?i:{_ENDINGS}))$")


def _named_after_role(title: str, text: str | None) -> str | None:
    """The organisation a title names between a role's title and the
    framework's ending ('Technical Writer Mindee Career Ladder', 'Customer
    Success Manager Zentoro Levels'): one to three words written as names,
    none a field's, a role's, a rung's or a framework's word, and none a
    word English uses (a name the dictionary holds only as a rarity, 'Acme',
    is still a name), after words that are all English or a role's ('Writer',
    'Senior', 'Success'), not all a field's ('Backend'), and not written in
    lower case in the text."""
    match = _ANY_FRAMEWORK_TITLE.match(strip_markdown(title).strip())
    if match is None:
        return None
    from ..dictionary import english  # read only for a title of this shape

    ordinary = FIELDS | NOT_ORGANISATIONS | FRAMEWORK_WORDS

    def a_role_word(word: str) -> bool:
        return word.casefold() in ordinary or role_noun(word) or seniority(word) is not None

    def in_use(word: str) -> bool:
        return english().exact(word.casefold()) and not english().rare(word.casefold())

    words = match.group("before").split()
    start = next((i for i, word in enumerate(words) if not a_role_word(word) and not in_use(word)), len(words))
    end = next((i for i in range(start, len(words)) if a_role_word(words[i]) or in_use(words[i])), len(words))
    # After a field's words alone ('Backend Golang Career Path') a name is as often a tool's.
    if start == 0 or all(word.casefold() in FIELDS and not role_noun(word) for word in words[:start]) or not 1 <= end - start <= 3 \
            or not all(a_role_word(word) for word in words[end:]):
        return None
    name = words[start:end]
    if any(not written_as_a_name(word) or id_rung(word) is not None or _RUNG_MARK.fullmatch(word)
           or is_level_name(word) for word in name):
        return None
    said = " ".join(name)
    if text is not None and re.search(rf"(?<![\w/@.-]){re.escape(said.casefold())}(?![\w/@-]|\.\w)", text):
        return None  # the text writes it as an ordinary word
    return said


def _title_apart(title: str) -> tuple[str, re.Match[str]] | None:
    """The organisation a title names apart from a framework's title that
    names none ('Career framework at Globex', 'Engineering Levels - Globex',
    'Globex: Engineering Levels'), and that framework title's match."""
    text = strip_markdown(title).strip()
    at = _AT_ORGANISATION.match(text)
    if at and (framework := _FRAMEWORK_TITLE.match(at.group("title"))) and _names_itself(at.group("org"), True):
        return at.group("org"), framework
    parts = _SET_APART.split(text)
    if len(parts) == 2:
        for name, rest in (parts, parts[::-1]):
            framework = _FRAMEWORK_TITLE.match(rest)
            owner = whose_site(name)
            if framework and owner is not None and re.fullmatch(_NAME, name) and _names_itself(owner, False) \
                    and not _FRAMEWORK_TITLE.match(name):
                return owner, framework
    return None


#: The software a page is written in or kept on, whose name a page's title or site name carries
#: ('Engineering Levels - Platform Team - Confluence', 'Ladder | Notion'): the site, never whose
#: the framework is. Their hosts are no organisation's either.
SITE_SOFTWARE = frozenset(name.replace("_", " ") for name in """
    confluence atlassian_confluence notion google_docs google_drive google_sites docs sharepoint
    microsoft_sharepoint onedrive github gitlab bitbucket coda quip slite nuclino slab dropbox_paper guru tettra
    gitbook document360 archbee obsidian obsidian_publish evernote airtable jira trello microsoft_word word_online
    microsoft_loop clickup basecamp bookstack wiki.js mediawiki dokuwiki xwiki hackmd hedgedoc craft.do
""".split())


#: What a site is, after the name of the organisation whose it is: 'Globex Wiki' is Globex's, and so is
#: 'Globex SharePoint'.
_SITE_KIND = lazy(r"\s+(?:Wiki|Intranet|Handbook|Docs|Documentation|Careers|Jobs|Blog|Hub|(?i:"
                        + "|".join(re.escape(name) for name in sorted(SITE_SOFTWARE, key=len, reverse=True)) + r"))$")


def whose_site(name: str) -> str | None:
    """The organisation a site's name names ('Globex Wiki' -> 'Globex');
    None for the name of the software it runs on ('Confluence', 'Notion')."""
    if " ".join(name.casefold().split()) in SITE_SOFTWARE:
        return None
    return _SITE_KIND.sub("", name) or name


#: What sets a page's title apart from the site's name ('Senior Engineer | Acme Careers').
TITLE_PARTS = lazy(r"\s+[|\-–—·»:]{1,2}\s+")


def site_name_parts(titles: Iterable[str]) -> frozenset[str]:
    """The name keys of what pages' own titles (<title>) share at their start
    or end, beside words that differ from page to page: the site's name
    ('Acme Careers' of 'Engineer | Acme Careers' and 'Senior Engineer |
    Acme Careers'). Pages that all have one title share no site's name."""
    seen: dict[str, set[str]] = {}
    for title in titles:
        parts = [p.strip() for p in TITLE_PARTS.split(title) if p.strip()]
        if len(parts) >= 2:
            for end in {name_key(parts[0]), name_key(parts[-1])}:
                seen.setdefault(end, set()).add(name_key(title))
    return frozenset(part for part, said_in in seen.items() if len(said_in) >= 2)


#: Software whose pages' titles name the space they are in before its own name: Confluence's
#: 'Page - Space - Confluence'.
_TITLED_WITH_SPACE = frozenset({"confluence", "atlassian confluence"})


def without_site_name(title: str, site_parts: frozenset[str] = frozenset()) -> str:
    """A page's own title without the site's name at its start or end: a
    part that ``site_parts`` names, or that names a site by its kind ('Acme
    Careers', 'Acme Engineering Handbook', 'Globex Wiki') and, before
    Confluence's name, the space's; never the whole title."""
    pieces = TITLE_PARTS.split(title)
    separators = TITLE_PARTS.findall(title)

    def site(part: str) -> bool:
        return name_key(part) in site_parts or bool(_SITE_KIND.search(" " + part.strip()))

    while len(pieces) > 1 and site(pieces[-1]):
        spaced = " ".join(pieces[-1].casefold().split()) in _TITLED_WITH_SPACE
        pieces, separators = pieces[:-1], separators[:-1]
        if spaced and len(pieces) > 1:  # 'Levels - Ravenwood - Confluence': the space's name goes too
            pieces, separators = pieces[:-1], separators[:-1]
    while len(pieces) > 1 and site(pieces[0]):
        pieces, separators = pieces[1:], separators[1:]
    return "".join(piece + sep for piece, sep in zip(pieces, separators + [""])).strip()


def is_framework_title(title: str) -> bool:
    """Whether a title names a framework ('Engineering Ladder', 'Globex
    Career Framework', 'Career framework at Globex'), not a level or a page."""
    text = strip_markdown(title).strip()
    return bool(_FRAMEWORK_TITLE.match(text)) or _title_match(text) is not None or _title_apart(text) is not None


def names_no_organisation(name: str) -> bool:
    """Whether words set apart in a title ('Careers | Engineering Career
    Ladder') are a framework's title or a discipline, never whose it is."""
    first = name.split()[0].casefold() if name.split() else ""
    return bool(_FRAMEWORK_TITLE.match(name)) or first in NOT_ORGANISATIONS or first in DISCIPLINES


def _names_itself(name: str, said_whose: bool) -> bool:
    """Whether a name written apart from a framework's title is an
    organisation's: not a discipline or the like ('Marketing', 'Draft'),
    and, unless the title says whose it is ('at Globex'), no English word."""
    if names_no_organisation(name) or is_level_name(name):
        return False
    if said_whose or len(name.split()) > 1:
        return True
    return not _english_word(name.casefold())


def track_in(title: str) -> str | None:
    """The track a framework title names ('Codecademy Engineering
    Competencies' -> 'Engineering'), if it follows that common pattern."""
    title = without_decoration(title)
    match = _title_match(title)  # 'Backend Engineer Career Ladder' names no organisation to set apart
    if match is None:
        apart = _title_apart(title)  # 'Engineering Career Framework - Globex'
        words = apart[1].group("track").split() if apart else []
        return title_cased(" ".join(words)) if words and all(w.casefold() in DISCIPLINES for w in words) else None
    if match.group("track2"):
        return match.group("track2").strip().title()  # 'design' -> 'Design'
    return _whose_and_track(match)[1] or None


def _whose_and_track(match: re.Match[str]) -> tuple[str, str]:
    """The organisation and the track a title of the common shape names:
    the words before the first word of a field or a role are the
    organisation's name ('Harbor Labs QA Career Path': 'Harbor Labs', 'QA';
    'Acme Group Engineering Ladder': 'Acme Group', 'Engineering')."""
    if match.group("org2"):
        return match.group("org2"), match.group("track2").strip()
    name, field = _name_and_field(match.group("org")) or (match.group("org"), [])
    track = field + match.group("track").split()
    while track and (track[0].casefold() not in FIELDS | NOT_ORGANISATIONS or _joins_name(track)):
        name, track = f"{name} {track[0]}", track[1:]
    return name, " ".join(track)


def _joins_name(words: list[str]) -> bool:
    """Whether the first of a title's words joins the name before it to the
    next word, also a name's ('The Runway' of 'Rent The Runway Engineering
    Ladder'): a joining word, then a word that names no field or role."""
    return len(words) > 1 and words[0].casefold() in NAME_JOINS \
        and words[1].casefold() not in FIELDS | NOT_ORGANISATIONS


def _name_and_field(owner: str) -> tuple[str, list[str]] | None:
    """What the title's shape took for an organisation's name, parted into
    the name and the words of a field that a joining word put in it: a
    joining word joins no name beside a field's word ('Acme Engineering and
    Product': 'Acme', 'Engineering and Product'; still 'Marks and Spencer').
    None where the name would end in a joining word ('Acme Widgets and Data',
    'Acme the Engineering')."""
    words = owner.split()
    fields = FIELDS | NOT_ORGANISATIONS
    for at, word in enumerate(words[1:-1], start=1):
        if (word not in NAME_JOINS and word != "&") or not {words[at - 1].casefold(), words[at + 1].casefold()} & fields:
            continue
        start = at
        while start > 1 and words[start - 1].casefold() in fields:
            start -= 1
        return (" ".join(words[:start]), words[start:]) if start < at else None
    return owner, []


def _title_match(title: str) -> re.Match[str] | None:
    """A title of the common shape, naming an organisation."""
    match = _ORGANISATION.match(strip_markdown(title).strip())
    first = (match.group("org") or match.group("org2")).split()[0].casefold() if match else ""
    # 'Marketing Career Path'; a role's people name whom it is for, not whose ('Programmer Competency Matrix',
    # 'Développeur Career Path').
    if match is None or first in NOT_ORGANISATIONS or first in DISCIPLINES or role_noun(first):
        return None
    if match.group("org") and _name_and_field(match.group("org")) is None:
        return None
    if match.group("org2"):
        from ..dictionary import english  # read only for a title of this shape

        # In lower case after one capitalised word, the word names an organisation only if it is no
        # English word ('Sourcegraph design career framework', not 'New engineering career ladder'),
        # and only a discipline is taken for the track.
        if english().knows(match.group("org2").casefold()) or not all(
                w in DISCIPLINES for w in match.group("track2").split()):
            return None
    track = (match.group("track") or "").split()
    if (match.group("ending") or "").casefold() in _WEAK_ENDINGS and (not track or track[-1].casefold() not in DISCIPLINES):
        return None
    return match


#: What names a rung on its own after a role's name: 'II', '2', 'L3', 'E 4'.
_RUNG_MARK = lazy(r"[IVX]{1,4}|\d{1,2}|[A-Za-z]{1,3}\s?\d{1,2}")
#: What parts a level's title from a name after it: 'Senior Engineer – Responsibilities'.
_AFTER_TITLE = lazy(r"\s*[-\u2013\u2014:|]\s+|\s+")


def after_level_title(title: str, heading: str) -> str | None:
    """What a heading under a level names after the level's own title:
    'Senior Backend Engineer Responsibilities' (a job family page's style)
    or 'Senior Engineer – Job Profile' under 'Senior Engineer' is
    'Responsibilities' ('Job Profile'). None where the heading does not
    start with the title, or where what follows names a rung of its own
    ('Senior Engineer II', 'Senior Engineer (Lead)', 'Staff Engineer
    Manager'): a level under a level."""
    title, heading = normalise(title), normalise(heading)
    if not title or not heading.casefold().startswith(title.casefold()):
        return None
    parted = _AFTER_TITLE.match(heading[len(title):])
    rest = heading[len(title) + parted.end():].strip() if parted else ""
    if not rest or not any(c.isalpha() for c in rest):
        return None
    bare = rest.strip("()[] ")
    if _RUNG_MARK.fullmatch(bare) or is_level_name(bare) \
            or any(w.casefold().strip("(),") in ROLE_NOUNS for w in bare.split()):
        return None
    return rest
