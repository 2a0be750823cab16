"""LL506 wrong-voice."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from ..model import DocPath, Framework, TextField
from ..text import FUNCTION_WORDS, MODALS, THIRD_PERSON_START, acronym_definitions
from ..vocabulary import DETERMINERS, PEOPLE, POSSESSIVES, ROLE_NOUNS, SCOPE_OF, SETS_THE_SCENE, UNITS, tells_to_do
from .analysis import Analysis, WordsByText
from .base import Rule, Severity, Violation
from .messages import excerpt
from .addresses import url_spans
from .ll406_placeholder import placeholder_note, slot_spans
from ..patterns import lazy

if TYPE_CHECKING:
    from ..dictionary import Dictionary

# Quoted speech is someone else talking: "I decided to X instead of Y".
_QUOTED = lazy(
    r"\"[^\"]*\"|“[^”]*”|(?<!\w)‘(?:[^’]|(?<=\w)’(?=\w))*’(?!\w)|(?<!\w)'(?:[^']|(?<=\w)'(?=\w))*'(?!\w)"
)
# A verb contracted onto "I" or "you": "I'm", "I've", "you're", "you'd".
# One list for both ("I're" is no English, so it costs nothing), kept in
# one place: "I" the pronoun and the verb after a "you" or "I" that opens
# a relative clause are both told by it.
_CONTRACTED = r"['’](?:m|re|ve|d|ll)"
# "I" the pronoun, not "I/O", "Engineer I." or "IC1".
_I = rf"(?<![\w/-])I(?={_CONTRACTED}\b|\s+[a-z])"
_FIRST = lazy(rf"{_I}|\b(?:[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
_SECOND = lazy(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
_YOUR = lazy(r"\b(?:your|yours)\b", re.IGNORECASE)
# What every text with a pronoun of the person holds (found with str.find,
# much faster than a pattern that starts with a choice of letters).
_FIRST_TRIGGER = ("I", "me", "Me", "my", "My", "mine", "Mine")
_SECOND_TRIGGER = ("you", "You")
# A word that refers back to the subject of its clause, in the third
# person: "You hold themselves accountable" is the reader, so "yourself".
_REFLEXIVE = lazy(r"\b(?:themselves|themself|himself|herself|their\s+own)\b", re.IGNORECASE)
_REFLEXIVE_TRIGGER = ("themselves", "themself", "himself", "herself", "their own", "Their own")
# The subject of the clause, in the framework's voice; not "you" after a
# preposition ("the engineers who report to you grow their own careers").
_SUBJECT = {"first-person": lazy(_I),
            "second-person": lazy(r"(?<!\bto )(?<!\bfor )(?<!\bwith )(?<!\bby )(?<!\bat )(?<!\bfrom )(?<!\bof )"
                                  r"(?<!\babout )(?<!\bthan )(?<!\blike )\b[Yy]ou\b")}
# What follows the "you" or "I" that opens a relative clause: its verb
# ("the engineers you manage", "the people you've hired").
_VERB_AFTER_SUBJECT = lazy(rf"(?:{_CONTRACTED})?\s+[a-z]")
# What ends a clause inside a sentence: another subject after it opens a
# clause of its own ("You own your work, and in reviews you ...").
_CLAUSE_BREAK = lazy(r"[;:\u2013\u2014]|\s-\s|,\s*(?:and|but|or|so|yet)\b")
_OWN_WORDS = {"first-person": ("myself", "my own"), "second-person": ("yourself", "your own")}
# Words after the subject that the reflexive may refer back to instead:
# people named ("engineers", "the team", "Sam", "a new joiner", "them",
# "who"), or anything plural ("help projects run themselves").
_ANTECEDENTS = frozenset(
    """them they who whom whoever whomever others other everyone everybody someone somebody anyone anybody
    nobody one each every all both either neither""".split()
) | PEOPLE | ROLE_NOUNS | UNITS | frozenset(SCOPE_OF) | frozenset(
    "squad squads tribe tribes org orgs department departments function business leadership management".split())
# A word after one of these is someone or something named, whom the
# reflexive may mean: "a new joiner", "each person", and someone of the
# subject's own, "your mentee", "my direct report", who is not the subject.
_NAMING = DETERMINERS | frozenset("each every any another".split())
_CLAUSE_WORD = lazy(r"[A-Za-z][\w'’-]*")
# "Engineer I", "Software Engineer I": a Roman numeral after a capitalised
# word that does not start a sentence ("When I ..." is the pronoun).
_SENTENCE_START = lazy(r"(?:^|[.!?:;]\s+|\n\s*|[-*•]\s+)$")
_CAPITALISED_WORD = lazy(r"([A-Z][\w'’-]*)\s+$")
_WORD_BEFORE = lazy(r"([A-Za-z][\w'’-]*)\s+$")
_THIRD_PERSON_VERB = lazy(r"\s+(?:is|has|was|does|needs)\b")
# Short words a title leaves in lower case: "Your Code as a Crime Scene".
_TITLE_GLUE = frozenset("a an the as of in on to for and or with at by from vs".split())
_TITLE_WORD = lazy(r"[\w'’-]+")
# A sentence about the framework itself, addressed to its reader ("You will
# find the expectations of this level below"), not a behaviour; "at this
# level" sets the scene for one ("At this level, you lead ..."), as "at
# level 3" does.
_ABOUT_THE_FRAMEWORK = lazy(
    r"(?i:\b(?<!\bat )(?:this|these|the following|the above|the below)\s+levels?\b|"
    r"\b(?:this|these|the following|the above|the below)\s+(?:framework|ladder|page|document|"
    r"section|table|expectations|competenc(?:y|ies)|behaviou?rs|criteria|examples|rubric|guide)\b|"
    r"^\W*(?:note|nb|tip|hint|please note)\b\s*[:,-]|\b(?:listed|described|shown|outlined)\s+(?:below|above)\b|"
    r"\b(?:the|this|our)\s+(?:[\w'’]+\s+){0,2}ladder\b)"
)
# "You" anyone would say of a person: "a person you can count on", "someone
# you trust", "the kind of engineer you'd trust", "a teammate you want on
# every project".
_PERSONS_WORDS = PEOPLE | ROLE_NOUNS | {"leader", "leaders", "partner", "partners"}
_GENERIC_PERSONS = sorted(_PERSONS_WORDS)
_GENERIC_YOU = lazy(
    rf"\b(?:{'|'.join(_GENERIC_PERSONS)})\s+"
    r"(?:(?:that|who|whom)\s+)?(?P<you>you)(?:['’](?:d|ll))?\s+(?:can|could|would|will|trust|rely|turn|go|want|"
    r"need|call|count)\b",
    re.IGNORECASE,
)
# A saying named, then said after a colon, unquoted: "the Boy Scout rule:
# leave the code better than you found it", "one motto: you build it, you
# run it", "the principle: you build it, you run it". The word that names it
# may be followed by what it is of ("the rule of thumb: if you break it, you
# fix it", "the principle of least privilege: ..."), not by more words of the
# sentence ("my rule of thumb is simple: you own ..." says it in its own
# voice). What follows the colon, to the end of the sentence, is the
# saying's words, as a quotation is.
_SAYING = lazy(
    r"\b(?:rule|motto|maxim|mantra|saying|adage|proverb|credo|principle|philosophy|ethos|tenet|axiom|slogan"
    r"|dictum|watchword|aphorism|catchphrase|heuristic)s?"
    r"(?:[\s-]+of[\s-]+(?:the[\s-]+)?[\w'’-]+(?:[\s-]+[\w'’-]+)?)?\s*:[ \t]*"
    r"(?P<saying>[^.!?;\n]+)", re.IGNORECASE)
# "Thank you" is a phrase, said or written ("say thank you", "thank-you
# notes"), not the reader addressed.
_THANK_YOU = lazy(r"\bthank[\s-]+(?P<you>you)(?:s\b|\b)", re.IGNORECASE)
_SENTENCES = lazy(r"[^.!?\n]+[.!?]*")
# A sentence that describes a role to the reader: "A Staff Engineer is ...",
# "The Senior Engineer will ...".
_ABOUT_THE_ROLE = lazy(
    r"^\W*(?:An?|The)\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:is|are|will|would|can|should|has|acts|serves)\b")
# A clause of a sentence, up to a comma, a colon or a dash: "Talk is cheap,
# show me the code" says "me" in its second, which tells the reader what to do.
_CLAUSE = lazy(r"[^,;:.!?\n\u2013\u2014]+")
_OBJECT_ME = lazy(r"\b(?P<verb>[A-Za-z]+)\s+(?P<me>me)\b")
_PERSONS = {
    "first-person": ("first person", "\"I ...\""),
    "second-person": ("second person", "\"You ...\""),
    "third-person": ("third person", "\"Delivers ...\""),
}


class WrongVoice(Rule):
    """A statement that breaks the framework's declared `voice`.

    Only frameworks that declare a voice are checked, and only their
    statements and level summaries, not a dimension's introduction at a
    level (`levels: - dimensions: {technical: ...}`), which speaks to the
    reader ("At E3 you are learning our codebase") whatever the voice.
    The persons and verbs it reads are English's: in a framework written
    in another language (its `language`, or its words where it declares
    none, as LL519 reads them), only a text left in English, every word of
    it an English word, is read ("Mentors junior developers." among French
    statements; "Environ 2 à 5 ans d'expérience" is no instruction).
    In a first-person framework ("I ..."), "you" and "your" are
    reported, and so is a statement that reads as
    third person (it starts with a verb such as "Delivers" and says
    neither "I" nor "my"; not a bullet that names things, starting with
    a noun: "Basics of Kubernetes", "Tools: Jira, Figma", "Standards for
    code review"). In a second-person framework ("You ..."), "I",
    "me" and "my" are reported, and a third-person statement without "you".
    In a third-person framework ("Delivers ..."), "I", "me", "my" and
    "you", "your" are reported, and so is a statement, or a sentence of
    one, that opens with a verb in its base form, an instruction ("Help
    dissolve tension", "Be up to date with standards", "Reliably do what
    they say"), where the statements that describe, opening with a verb
    in "-s", a modal or "Able to" ("Delivers ...", "Can review expenses",
    "Able to support several executives"), outnumber the instructions
    (where they do not, the framework is written as a list of
    instructions, a voice of its own). A word is read as such a verb where
    the framework writes its "-s" form somewhere, a word of grammar opens
    its object ("Help the team", "Set up a process", "Understand what
    ..."), a verb follows "help", "let" or "make", or the dictionary sees
    it used mostly as a verb ("Translate specs into tasks") or as nothing
    but a verb ("Identify risks early", "Ensure ..."), not mostly
    as a noun or an adjective ("Mature handling of crises", "Evidence or
    feedback exists", "Clear communication", "Track record of ..."); not a modal
    ("Can write tests"), a noun that is also a verb ("Design reviews are
    held weekly", "Point person for the squad", "Key contributor to ...",
    "Power user of ...", "Well-composed commits",
    "Go to expert in ...", "Open to ideas"; but a verb may turn to what
    follows "to": "Look to opportunities ...", "Look to the data"),
    heading an "of" phrase ("Use of appropriate data structures"; not
    "Think of edge cases"), a list of nouns or names
    ("Tree, Graph, simple greedy algorithms"; not of verbs: "Plan, execute
    and deliver") or the subject of a verb after its words ("Test coverage
    of new code is above the bar", "Code organization at a physical level
    closely matches design"; not "Make sure the code is tested", "Write
    code that is easy to read", "Test your changes before they are
    merged", nor after a word that is only a verb: "Ensure analysis
    artefacts are of acceptable quality"), a label ("Code review: ..."),
    nor an example;
    the finding gives the verb in "-s" ("Helps", "Is"), and says a "your"
    of the instruction with it ("Test your changes"). In a first- or second-person framework,
    "themselves", "their own" (himself, herself) that can only mean the
    subject are reported too ("You hold themselves accountable": yourself);
    not where someone else is named between the subject and the word
    ("You help engineers grow their own careers", "I help them unblock
    themselves", "You give the team room to organise themselves", "You
    coach your mentee through their own mistakes"), nor where the "you"
    or "I" nearest it only says which people are meant ("You help the
    engineers you manage grow their own careers", "I help the people I
    mentor find their own answers": a "you" or "I" stands before it in the
    same clause; "In most cases you hold themselves accountable" is
    reported). A plain "their" is not: it may mean people named in another statement
    ("You mentor new hires. You review their code"). "We", "our" and "us"
    fit every voice, and these are not read as the voice: quoted speech ("asks 'how can I
    help?'"), a saying named and then said after a colon ("the Boy Scout
    rule: leave the code better than you found it", "our motto: you build
    it, you run it", "the principle: you build it, you run it", "the rule of
    thumb: if you break it, you fix it"), the "you" anyone says of a person
    ("someone you can count on", "the kind of engineer you'd trust", "a
    teammate you want on every project"), the phrase "thank you" ("says thank you", "writes thank-you
    notes"), titles of books and talks ("Your Code as a Crime Scene", "the
    Ask Me Anything sessions"), the words an acronym stands for, in title
    case and in brackets beside it ("AMA (Ask Me Anything)", "Do It
    Yourself (DIY)"), a blank left in brackets, LL406's ("<input from
    your manager>", "[your team]"), a text that is an editor's note, as
    LL406 reads one ("Work in progress", "TBD", "TODO: write about your
    scope"), in no one's voice, the Roman numeral of a level ("an Engineer I is
    ..."), a competency's or dimension's name at the start ("Systems
    Fluency: ..."), and a sentence
    addressed to the framework's reader rather than describing a behaviour
    ("You will find the expectations of this level below", "Note: ..."),
    nor, in a third-person framework, "your" in a sentence that describes
    a role to the reader ("A Staff Engineer is far more likely to change
    your company's trajectory") or that tells the reader what to do in a
    framework written as a list of instructions, as a list of suggestions
    is ("Take on a stretch assignment in your area"; among descriptions,
    an instruction's "your" is reported, and so is one in a noun phrase:
    "Key contributor to goals relevant to your executive"), nor, but in a first-person framework, "me" after a verb that
    asks the reader, as a saying does ("Talk is cheap, show me the code").

    Where more statements break the declared voice than keep it, the
    declaration is what is wrong: it is reported once, at `voice`, not at
    every statement.

    Why this matters:
        A framework written as "I ..." reads as what each person commits
        to; a statement that says "your area" or "Delivers ..." was pasted
        from another framework or another section, and reads as if someone
        else were speaking. It is a warning: the test is a heuristic.

    Example:
        ```yaml
        voice: first-person
        levels:
          - id: IC3
            competencies:
              scope:
                - You own and deliver projects in your area
        ```
        Fix: "I own and deliver projects in my area".

        ```yaml
        voice: third-person
        ...
              collaboration:
                - Shares context with product managers early
                - Communicate with PMs when goals are unattainable
        ```
        Fix: "Communicates with PMs when goals are unattainable".
    """

    code = "LL506"
    name = "wrong-voice"
    severity = Severity.WARNING

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        voice = framework.voice
        if voice not in _PERSONS:
            return
        found, declared = _read(framework, analysis, voice)
        if len(found) >= 3 and len(found) > declared:
            # More of the framework is in another person than in its own: the declaration
            # is what is wrong, said once.
            yield Violation(("voice",), f"voice is '{voice}', but {len(found)} statements and summaries are "
                                        f"written in another person and {declared} in it; declare the voice "
                                        "they are written in, or rewrite them")
            return
        yield from found

    @staticmethod
    def _mismatch(voice: str, text: str) -> tuple[str, int, int] | None:
        """The first word of the wrong person in a text (what is not the
        author speaking already blanked), as (what, start, end)."""
        first = _FIRST.search(text)
        second = _SECOND.search(text)
        if voice == "first-person":
            if second:
                return f"'{second.group()}'", second.start(), second.end()
            third = None if _FIRST.search(text) else THIRD_PERSON_START.match(text)
        elif voice == "second-person":
            if first:
                return f"'{first.group()}'", first.start(), first.end()
            third = None if second else THIRD_PERSON_START.match(text)
        else:
            hit = first or second
            if first and second and second.start() < first.start():
                hit = second
            return (f"'{hit.group()}'", hit.start(), hit.end()) if hit else None
        if third and _names_a_thing(text):
            third = None
        if third:
            start = len(text) - len(text.lstrip(" \t\n-*•"))
            word = text[start:].split(None, 1)[0]
            return f"'{word} ...' reads as third person", start, start + len(word)
        return None


def agrees(framework: Framework, voice: str) -> bool:
    """Whether a framework's statements and summaries agree with ``voice``
    as this rule reads each one's person: a clear majority of those that
    show a person (twice as many or more) show it, and the rule would
    report none of them as the declaration's mistake. ``import`` declares a
    voice it reads only where they agree, so that it never warns about
    its own choice."""
    from dataclasses import replace

    declared_as = replace(framework, voice=voice)
    found, declared = _read(declared_as, Analysis(declared_as), voice)
    return declared > 0 and declared >= 2 * len(found)


def _read(framework: Framework, analysis: Analysis, voice: str) -> tuple[list[Violation], int]:
    """The statements and summaries written in another person than
    ``voice`` (a finding each), and how many show ``voice``."""
    person, example = _PERSONS[voice]
    prose = analysis.prose
    # The persons and verbs read are English's: in a framework written in
    # another language, only a text left in English is read ("Mentors junior
    # developers." among French statements; "Environ 2 à 5 ans" is no
    # instruction, "Les travaux ..." no verb in "-s").
    read = [_checked(field) and analysis.english(field.text) for field in prose.fields]
    # Only texts with a pronoun of the wrong person, or starting like a
    # third-person statement, need a closer look.
    triggers = {"first-person": _SECOND_TRIGGER, "second-person": _FIRST_TRIGGER}.get(
        voice, _FIRST_TRIGGER + _SECOND_TRIGGER
    )
    candidates = set(prose.containing(triggers))
    if voice in _SUBJECT:
        candidates.update(prose.containing(_REFLEXIVE_TRIGGER))
    if voice != "third-person":
        candidates.update(i for i, f in enumerate(prose.fields) if THIRD_PERSON_START.match(f.text))
    found: list[Violation] = []
    names = _Names(framework)
    instructions = _Instructions([field for i, field in enumerate(prose.fields) if read[i]], analysis.words) \
        if voice == "third-person" else None
    also: dict[DocPath, str] = {}  # an instruction's words in another person, said with it
    for i in sorted(candidates):
        field = prose.fields[i]
        if not read[i] or placeholder_note(field.text):
            continue  # an editor's note ("Work in progress", "TODO: write it") is in no one's voice: LL406's
        text = _set_aside(_QUOTED.sub(lambda m: " " * len(m.group()), field.text), framework, names,
                          instructions is not None and instructions.the_voice)
        mismatch = WrongVoice._mismatch(voice, text)
        slip = None if mismatch is not None or voice not in _SUBJECT else _reflexive_slip(voice, text)
        if slip is not None:
            word, subject, start, end = slip
            mine = _OWN_WORDS[voice][1 if word.casefold().startswith("their") else 0]
            found.append(Violation(
                field.path,
                f"'{word}' where '{subject}' is meant, in a {person} framework ({example}): "
                f"'{excerpt(field.text, start, end)}'; write '{mine}'",
                span=(start, end),
            ))
        if mismatch is not None and instructions is not None and instructions.slip(field.path):
            # "Test your changes": an instruction, whose "your" goes with it; one finding says both.
            also[field.path] = mismatch[0]
        elif mismatch is not None:
            what, start, end = mismatch
            found.append(Violation(
                field.path,
                f"{what} in a {person} framework ({example}): '{excerpt(field.text, start, end)}'; "
                f"reword it in the {person}",
                span=(start, end),
            ))
    if instructions is not None:
        reported = {violation.path for violation in found}
        found.extend(instructions.slips(reported, also))
    shows = {"first-person": _FIRST.search, "second-person": _SECOND.search}.get(voice, _describes)
    # A note that shows the voice ("TODO: my examples") is too rare to sway the count: not read for it.
    declared = sum(1 for i, field in enumerate(prose.fields) if read[i] and shows(field.text))
    return found, declared


# A statement that describes someone in the third person without a verb in
# "-s" first: a modal ("Can review expenses", "Should own the release") or
# "Able to ..." ("Able to support several executives").
_MODAL_OR_ABLE_START = lazy(r"^\W*(?:(?:Can|Could|Should|Will|Would|Must|May|Might)\s+[a-z]|(?:Is\s+)?[Aa]ble\s+to\b)")


def _describes(text: str) -> bool:
    """Whether a text describes someone in the third person, as a
    third-person framework's statements do: it opens with a verb in "-s"
    ("Delivers ..."), a modal or "Able to"."""
    return bool(THIRD_PERSON_START.match(text) or _MODAL_OR_ABLE_START.match(text))


# The words of a sentence, and the verbs a subject takes next ("Design
# reviews are ...", "Test coverage is ...": a noun phrase, not an order).
_WORDS = lazy(r"[A-Za-z][\w'’]*|[:(/&]|-")
_FINITE = frozenset("is are was were has have does can will should must".split())
_IRREGULAR_S = {"be": "is", "have": "has", "do": "does", "go": "goes"}


class _Instructions:
    """The statements of a third-person framework, or sentences of them,
    that open with a verb in its base form ("Understand where ...", "Be up
    to date ...", "Reliably do ..."), and whether they are the framework's
    own way: as many as the statements that describe ("Delivers ...", "Can
    review ...", "Able to ...") or more, the framework is written as a list
    of instructions, a voice of its own; fewer, each is an instruction
    pasted among descriptions, a slip. A verb is read as one where the
    framework writes its "-s" form somewhere ("helps", "is"), an object
    follows it with a word of grammar ("Help the team", "Set up ...",
    "Understand what ..."), or the dictionary sees it used mostly as a
    verb ("Translate", "Build"): a word the framework never conjugates
    and the dictionary sees mostly as a noun or an adjective may be one,
    heading a phrase ("Evidence or feedback exists", "Mature handling of
    crises", "Clear communication")."""

    def __init__(self, fields: Sequence[TextField], words: WordsByText) -> None:
        statements = [field for field in fields if field.kind == "statement"]
        self.descriptions = sum(1 for field in statements if _describes(field.text))
        opening = [(field, *verb) for field in statements for verb in _first_instruction(field.text)]
        said = {word for field in statements for word in words[field.text]} if opening else set()
        # Not an editor's note that opens with a verb ("Work in progress"): LL406's.
        self.found = [(field, start, end) for field, start, end in opening
                      if _read_as_a_verb(field.text, start, end, said) and not placeholder_note(field.text)]
        # Instructions as many as the descriptions, or more: the framework's own way.
        self.the_voice = len(self.found) >= self.descriptions

    def slip(self, path: DocPath) -> bool:
        """Whether the statement at ``path`` is an instruction among descriptions."""
        return not self.the_voice and any(field.path == path for field, _, _ in self.found)

    def slips(self, reported: set[DocPath], also: dict[DocPath, str]) -> Iterator[Violation]:
        """A finding for each instruction among descriptions, but in a
        statement already reported; ``also``: a word of another person in
        one ("'your'"), to reword with it."""
        if self.the_voice:
            return
        for field, start, end in self.found:
            if field.path in reported:
                continue
            word = field.text[start:end]
            more = f", and reword {also[field.path]} in the third person" if field.path in also else ""
            yield Violation(
                field.path,
                f"'{word} ...' reads as an instruction in a third person framework (\"Delivers ...\"): "
                f"'{excerpt(field.text, start, end)}'; write '{_third_person_form(word)} ...'{more}",
                span=(start, end),
            )


def _first_instruction(text: str) -> Iterator[tuple[int, int]]:
    """Where the verb in its base form is that opens the first sentence of
    a text to open with one (as ``_base_form_start`` reads it), if any."""
    for sentence in _SENTENCES.finditer(text):
        verb = _base_form_start(sentence.group())
        if verb is not None:
            yield sentence.start() + verb[0], sentence.start() + verb[1]
            return


# Words of grammar that start a verb's object or complete it, and hardly
# follow a noun or an adjective that opens a phrase: "Help the team",
# "Set up ...", "Push back ...", "Understand what ...", "Support others".
# Not "that", which after a noun opens a clause that says which ("Code that
# is easy to read").
_OBJECT_OPENERS = POSSESSIVES | frozenset(
    "these those them others everyone yourself themselves what where when why how whether up back out down off"
    .split())


# Verbs another verb follows in its base form, with no "to": "Help dissolve
# tension", "Let others lead", "Make sure ...".
_BEFORE_A_BARE_VERB = frozenset("help let make".split())


def _read_as_a_verb(text: str, start: int, end: int, said: set[str]) -> bool:
    """Whether the word at text[start:end], which may be a verb in its base
    form, is read as one: the framework writes its "-s" form, a word of
    grammar opens its object, or the dictionary sees it mostly as a verb
    and the words after it do not name a thing "of" something ("Track
    record of delivery": a noun, heading the phrase)."""
    word = text[start:end]
    if _third_person_form(word).casefold() in said:
        return True
    after = _WORDS.findall(text, end, end + 80)
    if after and after[0].casefold() in _OBJECT_OPENERS:
        return True
    from ..dictionary import english  # read only for a sentence that needs it

    dictionary = english()
    if word.casefold() in _BEFORE_A_BARE_VERB and after and dictionary.verb(after[0].casefold()):
        return True  # "Help dissolve tension", "Let others decide"
    if after[1:2] == ["of"]:
        return False  # "Track record of delivery", "Core knowledge of the stack and ...": a noun, heading the phrase
    if _verbs_with_it(text[end:], dictionary):
        return True  # "Support, advocate, and sponsor ...", "Interview candidates and provide ..."
    if _two_nouns_start(word.casefold(), text[end:], dictionary):
        return False  # "Crunch time in the team", "Test coverage": a thing named, as likely
    # Seen mostly as a verb, or as nothing else a phrase may open with ("Ensure analysis artefacts ...",
    # "Identify risks early": their "-ing" forms are rarer than most verbs', but they name nothing).
    return dictionary.mostly_verb(word.casefold()) or _only_a_verb(word.casefold(), dictionary)


# The word after a sentence's first word, and the word after that, or the end.
_NEXT_AND_THEN = lazy(r"\s+(?P<next>[a-z]+)(?:\s+(?P<then>[A-Za-z]+)|\s*[.!?;]?\s*$)")


def _two_nouns_start(first: str, rest: str, dictionary: Dictionary) -> bool:
    """Whether a sentence's first word (``first``, in lower case; ``rest``
    is the sentence after it), which may be a verb, reads as well as the
    first of two nouns that name one thing ("Crunch time in the team",
    "Test coverage", "Build quality"): the dictionary knows it as a noun
    too, one bare noun in the singular follows it, and the sentence ends
    there or goes on with a preposition. An instruction may read so too
    ("Review code", "Save time for ..."): where both readings fit, only
    other words tell it is one (its verb in "-s" elsewhere in the
    framework, an object that a word of grammar opens, verbs joined to it).
    Not ``tells_to_do``'s reading, which keeps both: it sets aside the
    "your" of what may be an instruction ("Review code in your area")."""
    after = _NEXT_AND_THEN.match(rest)
    if after is None:
        return False
    following, then = after.group("next"), (after.group("then") or "").casefold()
    if following in FUNCTION_WORDS or _plural(following):
        return False  # "Review the ...", "Mentor engineers": an object, not a noun in the singular
    if then and then not in _PREPOSITIONS:
        return False
    return dictionary.noun(first) and dictionary.noun(following)


# What joins verbs: "Interview candidates and provide feedback".
_AND_NEXT = lazy(r"(?:,\s*|\s+)(?:and|or)\s+(?P<word>[a-z]+)\b")
# The words of an instruction's object before the next verb joins it.
_LONGEST_OBJECT = 6


def _verbs_with_it(rest: str, dictionary: Dictionary) -> bool:
    """Whether verbs in their base form are joined to a sentence's first
    word (``rest`` is the sentence after it), as instructions list what to
    do: a list of verbs ("Support, advocate, and sponsor for others",
    "Plan, execute and deliver"), or, after an object of a few words,
    "and" with a word that is only a verb ("Interview prospective
    candidates and provide ..."; not "Code quality and test coverage",
    whose "test" is a noun too)."""
    if _LISTED_NEXT.match(rest):
        listed = []
        for item in rest.split(",")[1:]:
            m = _LISTED_ITEM.match(item)
            if m is None:
                return False
            listed.append(m.group("item").casefold())
            if m.group("more"):
                break
        return bool(listed) and all(dictionary.verb(w) and not _listed_noun(w, dictionary) for w in listed)
    joined = _AND_NEXT.search(rest, 0, 200)
    if joined is None or len(_WORDS.findall(rest, 0, joined.start())) > _LONGEST_OBJECT:
        return False
    if any(w.casefold() in _FINITE for w in _WORDS.findall(rest, 0, joined.start())):
        return False  # "Design reviews are held and ...": a subject and its verb
    verb = joined.group("word")
    return verb not in FUNCTION_WORDS and dictionary.verb(verb) and not dictionary.noun(verb)


def _finite_verb(word: str, dictionary: Dictionary) -> bool:
    """Whether a lower-case word is a verb in "-s" that names no thing:
    "happens", "tends", "seems", "involves", "requires" (whose base forms
    have no possessive, as nouns do), so the word before it is its subject.
    Not "changes", "designs", "engineers", "reviews", which may as well be
    the plural object of an instruction ("Test changes", "Mentor engineers")."""
    from ..dictionary import s_stems  # loaded already: the dictionary is in use

    return word.endswith("s") and not word.endswith("ss") and any(
        dictionary.verb(stem) and not dictionary.noun(stem) for stem in s_stems(word))


def _base_form_start(sentence: str) -> tuple[int, int] | None:
    """Where the verb in its base form that opens a sentence is, if it
    opens with one ("Help dissolve tension", "Reliably do ..."): not a
    modal ("Can write"), nor a noun that is also a verb, as the subject of
    a verb ("Design reviews are ...") or a compound ("Point person",
    "Well-composed commits", "Go to expert"), nor a label ("Code review:")."""
    words = [(m.group(), m.start(), m.end()) for m in _WORDS.finditer(sentence, 0, 200)][:5]
    if not words or not words[0][0][:1].isupper():
        return None
    from ..dictionary import english  # read only for a sentence that needs it

    dictionary = english()
    if len(words) > 1 and words[0][0].endswith("ly") and words[1][0].islower() \
            and not dictionary.verb(words[0][0].casefold()):
        words = words[1:]  # "Reliably do what they say": the verb after the adverb
    word, start, end = words[0]
    lower = word.casefold()
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return None  # "Cares about ...": the "-s" form already ("caress" is another verb)
    if lower in MODALS or lower in FUNCTION_WORDS and lower not in _IRREGULAR_S or word != word.capitalize() \
            and word != lower or not dictionary.verb(lower):
        return None
    following = [w for w, _, _ in words[1:]]
    if lower in _ANTECEDENTS:
        return None  # "Team defaults to ...", "People seek them out": people, the subject
    if following[:1] in (["-"], ["/"], ["&"]) or ":" in following[:3]:
        return None  # "Well-composed ...", "Project / team outcomes", "Code review: ..."
    if following and not following[0].endswith("s") and _one_who_does(following[0].casefold(), dictionary):
        return None  # "Point person for the squad", "Key contributor to ...": a role, named
    if following[:1] == ["to"] and len(following) > 1 and not dictionary.verb(following[1].casefold()) \
            and not _turns_to(lower, following[1].casefold(), dictionary):
        return None  # "Go to expert", "Open to being challenged": not a verb going somewhere
    # A word that is only a verb heads no subject: a verb after its object is a clause's
    # ("Ensure analysis artefacts are of acceptable quality").
    subject = not _only_a_verb(lower, dictionary)
    for w in following[:3]:
        if subject and (w.casefold() in _FINITE or w.casefold().endswith(("n't", "n’t"))):
            return None  # "Design reviews are ...", "Work doesn't need ...": the subject of a verb
        if w.casefold() in FUNCTION_WORDS or not w[:1].isalpha():
            break
    if subject and following and _finite_verb(following[0].casefold(), dictionary):
        return None  # "Work happens ...", "Work tends to ...": the subject of the verb after it
    if _heads_a_noun_phrase(lower, sentence[end:], dictionary, subject=subject):
        return None  # "Use of ...", "Tree, Graph, ...", "Test coverage of new code is ..."
    return start, end


def _only_a_verb(lower: str, dictionary: Dictionary) -> bool:
    """Whether the dictionary knows a lower-case word as a verb and as
    nothing else a phrase may open with: no noun, no adjective ("ensure",
    "identify", "foster"; not "review", "support", "clear", "mature",
    "further")."""
    return dictionary.verb(lower) and not dictionary.noun(lower) and not dictionary.adjective(lower)


def _turns_to(lower: str, after: str, dictionary: Dictionary) -> bool:
    """Whether the word after "to" (``after``, in lower case), following a
    sentence's first word (``lower``), opens what a verb turns to: a word
    of grammar that opens an object, or a plural ("Look to the data", "Look
    to opportunities to ...", "Turn to others"), where the first word has
    no adjective's reading ("Open to ideas", "Close to the customer"). Not
    a bare noun in the singular, which the words before it name ("Go to
    expert"), nor "being" ("Open to being challenged")."""
    return (after in _OBJECT_OPENERS or _plural(after)) and not dictionary.adjective(lower)


# What makes a first word that may be a verb the noun heading a phrase: "of"
# after it ("Use of appropriate data structures"; not after a verb that
# takes "of": "Think of edge cases"), or a list of names or nouns ("Tree,
# Graph, simple greedy ... algorithms", "Code, tests and docs are ..."; not
# of verbs: "Plan, execute and deliver", "Lead, Mentor and Coach").
_OF_NEXT = lazy(r"\s+of\b")
_VERBS_BEFORE_OF = frozenset(
    "think dispose approve conceive beware speak hear know consist partake despair dream tire".split())
_LISTED_NEXT = lazy(r"\s*,")
_LISTED_ITEM = lazy(r"\s*(?:(?:and|or|then)\s+)?(?P<item>[A-Za-z][\w'’-]*)(?P<more>\s+\S)?")
# The words of a subject before its verb: a noun phrase, with phrases of a
# preposition ("Code organization at a physical level closely matches
# design"); a word of grammar ends it ("Write code that is ...", "Use tests
# to ..."), as a determiner does but after a preposition ("Make sure the
# code is ...": the object, then a clause of its own).
_SUBJECT_TOKEN = lazy(r"[A-Za-z][\w'’-]*|[^\w\s]")
_PREPOSITIONS = frozenset("of at in on for with from across within by about between under over into through per".split())
_CLAUSE_OPENERS = frozenset("whenever wherever unless although though because since until once while whether if".split())
_LONGEST_SUBJECT = 12


def _one_who_does(lower: str, dictionary: Dictionary) -> bool:
    """Whether a lower-case word names a person, or one who does what a
    verb says ("contributor", "user", "advisor", "owner"), as a compound
    noun's last word does ("Key contributor", "Power user"); not the object
    of an instruction ("Mentor engineers" is in the plural, and the caller
    reads only a word that is not)."""
    if lower in PEOPLE or lower in ROLE_NOUNS:
        return True
    if not lower.endswith(("or", "er")) or not dictionary.exact(lower) or dictionary.verb(lower):
        return False
    stem = lower[:-2]
    return any(dictionary.verb(form) for form in (stem, stem + "e"))


def _heads_a_noun_phrase(lower: str, rest: str, dictionary: Dictionary, *, subject: bool = True) -> bool:
    """Whether what follows a sentence's first word (``lower``; ``rest`` is
    the sentence after it) makes that word a noun, the head of a phrase,
    rather than a verb telling the reader what to do: "of" follows it, a
    list of nouns or names, or, where it may head a ``subject``, a verb of
    its own after the words of the subject ("Test coverage of new code is
    above the bar")."""
    if _OF_NEXT.match(rest):
        return lower not in _VERBS_BEFORE_OF
    if _LISTED_NEXT.match(rest):
        # The items listed after it, each read by its first word, up to the
        # first of several words: the list's last item, the object after
        # (", and run services, databases and queues" is the verbs' object).
        for item in rest.split(",")[1:]:
            listed = _LISTED_ITEM.match(item)
            if listed is None:
                return False
            if _listed_noun(listed.group("item"), dictionary):
                return True
            if listed.group("more"):
                return False
        return False
    if not subject:
        return False
    from ..dictionary import verb_in_s

    previous = ""
    for i, token in enumerate(_SUBJECT_TOKEN.findall(rest, 0, 300)[:_LONGEST_SUBJECT]):
        word = token.casefold()
        if word in _FINITE:
            return True
        if word in _PREPOSITIONS:
            pass
        elif word in DETERMINERS and previous in _PREPOSITIONS and i > 0:
            pass  # "at a physical level"
        elif word in FUNCTION_WORDS or word in _CLAUSE_OPENERS or not token[:1].isalpha():
            return False  # the object, or a clause that starts: "Test your changes", "Write code that is ..."
        elif previous.endswith("ly") and word.endswith("s") and verb_in_s(word):
            return True  # "... level closely matches design"
        previous = word
    return False


def _listed_noun(word: str, dictionary: Dictionary) -> bool:
    """Whether an item of a list after a sentence's first word is positively
    a noun or a name ("Tree, Graph, simple greedy ... algorithms": "simple";
    "Code, tests and docs"), not a verb in its base form, spelt either way
    ("Plan, prioritise and deliver"), nor a word the dictionary does not
    list as either ("Write, refactor and test code"): a list of
    instructions keeps the verbs of the trade the dictionary lacks."""
    from ..dictionary import american  # read only for a sentence that needs it

    lower = word.casefold()
    spellings = {lower, american(lower)}
    if any(dictionary.verb(spelling) for spelling in spellings):
        return False
    if any(dictionary.exact(spelling) for spelling in spellings):
        return True  # a word the dictionary lists, and not as a verb
    # A capitalised word it does not know at all is a name ("Kubernetes").
    return word[:1].isupper() and not dictionary.knows(lower)


def _third_person_form(word: str) -> str:
    """The verb in "-s", as the word is written ("Be": "Is", "Help": "Helps")."""
    lower = word.casefold()
    if lower in _IRREGULAR_S:
        form = _IRREGULAR_S[lower]
    elif lower.endswith(("s", "x", "z", "ch", "sh", "o")):
        form = lower + "es"
    elif lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u"):
        form = lower[:-1] + "ies"
    else:
        form = lower + "s"
    return form.capitalize() if word[:1].isupper() else form


def _checked(field: TextField) -> bool:
    """Whether the rule reads a text: a statement or a level's summary, not
    a dimension's introduction at a level, which speaks to the reader
    ("At E3 you are learning our codebase") whatever the statements' voice."""
    return field.kind == "statement" or field.path[2:] == ("summary",)


def _reflexive_slip(voice: str, text: str) -> tuple[str, str, int, int] | None:
    """A word that refers back to the subject in the third person where the
    subject is the framework's "I" or "you" ("You hold themselves
    accountable", "I take care of their own work"), with no one else named
    between them that it may refer to ("You help engineers grow their own
    careers", "I help them unblock themselves"), as (the word, the subject,
    start, end)."""
    for sentence in _SENTENCES.finditer(text):
        for m in _REFLEXIVE.finditer(sentence.group()):
            before = sentence.group()[: m.start()]
            subjects: list[re.Match[str]] = []
            for s in _SUBJECT[voice].finditer(before):
                if not (subjects and _opens_relative_clause(before, s, subjects[-1])):
                    subjects.append(s)
            if not subjects:
                continue
            subject = subjects[-1]
            between = _CLAUSE_WORD.findall(before, subject.end())
            if not any(_may_be_referred_to(word, between[i - 1] if i else "") for i, word in enumerate(between)):
                start = sentence.start() + m.start()
                return m.group(), subject.group(), start, sentence.start() + m.end()
    return None


def _opens_relative_clause(text: str, subject: re.Match[str], earlier: re.Match[str]) -> bool:
    """Whether the "you" or "I" of ``subject`` opens a clause that says
    which people or things the noun before it means, with no "who" or
    "that" ("the engineers you manage", "the people I mentor"): a verb
    follows it, the noun before it names people or a group, or is plural,
    and the subject ``earlier`` stands before it in the same clause. A
    reflexive after the clause refers back to that noun, not to "you"
    ("You help the engineers you manage grow their own careers"). With no
    subject before it, the "you" is the subject, after a phrase that sets
    the scene ("In most cases you hold themselves accountable")."""
    if _CLAUSE_BREAK.search(text, earlier.end(), subject.start()):
        return False  # "You own your work; in reviews you ...": a clause of its own
    if not _VERB_AFTER_SUBJECT.match(text, subject.end()):
        return False
    noun = _WORD_BEFORE.search(text, 0, subject.start())
    if noun is None:
        return False
    lower = noun.group(1).casefold()
    return lower in _ANTECEDENTS or _plural(lower)


def _plural(lower: str) -> bool:
    """Whether a word in lower case looks like the plural of a noun."""
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and lower not in FUNCTION_WORDS


def _may_be_referred_to(word: str, previous: str) -> bool:
    """Whether a reflexive after the word may refer to it rather than to
    the subject: a person or a group of people, a name, something plural,
    or a thing named with a determiner ("a new joiner", "the user")."""
    lower = word.casefold()
    return (
        lower in _ANTECEDENTS or previous.casefold() in _NAMING or word[:1].isupper() or _plural(lower)
    )


# A word in "-s" that starts a text and is a noun, not a verb: a label
# ("Tools: Jira, Figma"), or the head of a phrase ("Projects of medium
# complexity").
_PLURAL_HEAD = lazy(r"^[\s\-*•]*(?P<word>[A-Z][a-z]+s)(?P<after>:|\s+of\b)?")


def _names_a_thing(text: str) -> bool:
    """Whether a text that starts with a capitalised word in "-s" names
    things, as a bullet fragment does ("Basics of Kubernetes", "Tools:
    Jira", "Standards for code review"), rather than says what someone
    does ("Delivers projects on time"): the word is a label, heads an "of"
    phrase, or is the plural of a noun the dictionary lists and has no
    verb of (a word it does not list, "Refactors", "Upskills", may be a
    verb of the trade)."""
    m = _PLURAL_HEAD.match(text)
    if m is None or m.group("word").lower() in _PERSONS_WORDS:
        return False  # "Developers deliver ...": people, in the third person
    if m.group("after"):
        return True
    from ..dictionary import american, english, s_stems  # read only for a text that needs it

    stems = s_stems(m.group("word").lower())
    stems += [american(stem) for stem in stems]
    dictionary = english()
    # A noun the dictionary lists, and no verb: a word it does not list
    # ("refactors", "upskills") may be a verb of the trade.
    return any(dictionary.exact(stem) for stem in stems) and not any(dictionary.verb(stem) for stem in stems)


def _set_aside(text: str, framework: Framework, names: _Names, instructions: bool = False) -> str:
    """The text with what is not the author speaking blanked (same length):
    sentences addressed to the framework's reader, titles of books and
    talks, what acronyms stand for, Roman numerals of level names, and a
    leading name of the framework's own (a competency, a dimension) that
    only looks like a verb. ``instructions``: the third-person framework is
    written as a list of instructions, whose "your" is the reader's."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        chars[start:end] = " " * (end - start)

    for sentence in _SENTENCES.finditer(text):
        if _ABOUT_THE_FRAMEWORK.search(sentence.group()):
            blank(*sentence.span())
        elif framework.voice == "third-person" and instructions and _tells_the_reader(sentence.group()):
            # 'Take on a stretch assignment in your area': the reader told
            # what to do, as a list of suggestions does, whose area "your"
            # names; among descriptions, it is the slip ("Build knowledge
            # of the teams your exec runs").
            for m in _SECOND.finditer(sentence.group()):
                blank(sentence.start() + m.start(), sentence.start() + m.end())
        elif framework.voice == "third-person" and _ABOUT_THE_ROLE.match(sentence.group()):
            # 'A Staff Engineer is far more likely to change your company's ...':
            # the role described to the reader, whose company "your" names.
            for m in _YOUR.finditer(sentence.group()):
                blank(sentence.start() + m.start(), sentence.start() + m.end())
    for span in url_spans(text):  # "larahogan.me/blog" is an address
        blank(*span)
    for span in slot_spans(text):  # "<input from your manager>": a blank, LL406's, in the template's words
        blank(*span)
    for m in _GENERIC_YOU.finditer(text):
        blank(*m.span("you"))
    for m in _THANK_YOU.finditer(text):
        blank(*m.span("you"))
    for m in _SAYING.finditer(text):
        blank(*m.span("saying"))
    if framework.voice != "first-person":
        # 'Talk is cheap, show me the code': someone asking the reader, as a
        # saying does, not the framework speaking of itself.
        for clause in _CLAUSE.finditer(text):
            me = _OBJECT_ME.match(clause.group().lstrip(" \t\n-*•"))
            if me is not None and tells_to_do(me.group()):
                start = clause.start() + len(clause.group()) - len(clause.group().lstrip(" \t\n-*•"))
                blank(start + me.start("me"), start + me.end("me"))
    for _acronym, _where, spelt in acronym_definitions(text, title_case=True):
        blank(*spelt)
    for m in re.finditer(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|I|[Mm]e|[Mm]y)\b", text):
        if _in_title(text, m.start(), m.end()):
            blank(*m.span())
        elif m.group() == "I" and _roman_numeral(text, m.start(), framework):
            blank(*m.span())
    lead = _leading_name(text, names)
    if lead:
        blank(0, lead)
    return "".join(chars)


def _tells_the_reader(sentence: str) -> bool:
    """Whether a sentence is an instruction to the reader, as
    ``tells_to_do`` reads it, whose verb is no noun heading a phrase, as
    ``_base_form_start`` reads it ("Key contributor to your goals",
    "Point of contact for your team" are not)."""
    if not tells_to_do(sentence):
        return False
    scene = SETS_THE_SCENE.match(sentence)
    rest = sentence[scene.end():].lstrip() if scene else sentence
    return _base_form_start(rest[:1].upper() + rest[1:]) is not None


def _roman_numeral(text: str, start: int, framework: Framework) -> bool:
    """Whether the "I" at ``start`` numbers a level ("An Engineer I is ...",
    or "an engineer I" where a level is titled "Engineer I")."""
    word = _WORD_BEFORE.search(text, 0, start)
    if word is not None:
        named = re.compile(rf"\b{re.escape(word.group(1))} I\b", re.IGNORECASE)
        # In lower case ("an engineer I is"), only where a verb no "I" takes follows.
        if any(named.search(level.title) for level in framework.levels) and (
                word.group(1)[:1].isupper() or _THIRD_PERSON_VERB.match(text, start + 1)):
            return True
    before = _CAPITALISED_WORD.search(text, 0, start)
    if before is None:
        return False
    return not _SENTENCE_START.search(text, 0, before.start())


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is inside a title in title case
    ("Your Code as a Crime Scene"): three capitalised words or more, with
    only short words between them."""
    words = [m for m in _TITLE_WORD.finditer(text)]
    index = next((i for i, m in enumerate(words) if m.start() == start), None)
    if index is None:
        return False

    def capitalised(m: re.Match[str]) -> bool:
        return m.group()[:1].isupper()

    if not capitalised(words[index]):
        return False
    left = index
    while left > 0 and (capitalised(words[left - 1]) or words[left - 1].group().casefold() in _TITLE_GLUE):
        left -= 1
    right = index
    while right + 1 < len(words) and (
        capitalised(words[right + 1]) or words[right + 1].group().casefold() in _TITLE_GLUE
    ):
        right += 1
    run = words[left : right + 1]
    # The first word of a sentence is capitalised anyway: it does not count.
    counted = [m for m in run if capitalised(m) and m.group() not in ("I",)]
    if run and _SENTENCE_START.search(text, 0, run[0].start()):
        counted = counted[1:] if counted and counted[0] is run[0] else counted
    return len(counted) >= 3


class _Names:
    """The names of a framework's competencies and dimensions, the longest
    first, by their first word: a text is read against the names that start
    with its own first word, not against them all (a generated framework
    may have thousands)."""

    def __init__(self, framework: Framework) -> None:
        self.by_first_word: dict[str, list[str]] = {}
        names = [c.name for c in framework.competencies] + [d.name for d in framework.dimensions]
        for name in sorted(names, key=len, reverse=True):
            if name:
                self.by_first_word.setdefault(_first_word(name), []).append(name)

    def leading(self, text: str) -> int:
        """The length of the longest name that starts ``text`` as a whole
        word, 0 if none."""
        for name in self.by_first_word.get(_first_word(text), ()):
            if text.startswith(name) and not text[len(name) : len(name) + 1].isalnum():
                return len(name)
        return 0


def _first_word(text: str) -> str:
    """The letters and digits ``text`` starts with ('' if none)."""
    end = 0
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[:end]


def _leading_name(text: str, names: _Names) -> int:
    """The length of a competency's or dimension's name that starts the
    text ("Systems Fluency: ..."), or of a phrase in title case there
    ("Systems Fluency"), which names a thing rather than doing it; 0 if none."""
    stripped = text.lstrip(" \t\n-*•")
    offset = len(text) - len(stripped)
    named = names.leading(stripped)
    if named:
        return offset + named
    title = re.match(r"[A-Z][a-z]+s\s+[A-Z][\w-]*", stripped)  # "Systems Fluency", not "Delivers Monzo's ..."
    if title and not re.match(r"[A-Z][\w-]*['’]s\b", stripped[title.end() - len(title.group().split()[-1]) :]):
        return offset + title.end()
    return 0
