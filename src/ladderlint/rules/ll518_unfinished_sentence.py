"""LL518 unfinished-sentence."""

from __future__ import annotations

from typing import Iterable

from ..dictionary import english
from ..model import Framework, TextField
from ..patterns import lazy
from ..text import BE_AND_HAVE, FUNCTION_WORDS
from ..vocabulary import NEGATIONS, NOUN_MUST_FOLLOW
from .analysis import Analysis
from .base import Severity, Violation
from .prose import SEPARATOR, Prose
from .textscan import TextRule

#: The texts that are read as sentences: not names or titles ("Art of the").
_SENTENCES = frozenset({"statement", "example", "summary", "description"})
#: Words that join two things, and so cannot be the last word.
_JOINING = frozenset("and or but nor".split())
#: Prepositions that are never a verb's particle: "brings the team along",
#: "keeps the lights on", "gets the message across" end well, so "along",
#: "on", "across", "in", "up", "out" and the like are not here.
_ONLY_PREPOSITIONS = frozenset(
    "of for to with from into onto at than per via between among amongst towards toward within during".split())
#: What a text may end with after its last word: one mark of punctuation.
#: Not a colon, which leads into a list ("responsible for the:"), nor an
#: ellipsis or a quotation mark, which leave off on purpose ('"and"').
_FINAL_MARKS = ".,;!?"
# The last words of a text, past its final mark: a lower-case word at the
# end (a capital is a name or a label: "Plan A", "Grade A") and the two
# words before it, each after white space or the start.
_LAST_WORDS = lazy(r"(?:(?:(?<!\S)(?P<first>[A-Za-z]+)[ \t]+)?(?<!\S)(?P<second>[A-Za-z]+)[ \t]+)?"
                   r"(?<!\S)(?P<last>[a-z]+)[.,;!?]?\Z")
_LONGEST_END = 60  # characters: the last three words are within them
#: Every word a text may be reported for ending in.
_LAST = NOUN_MUST_FOLLOW | _JOINING | _ONLY_PREPOSITIONS
# Those words at the end of a text, read backwards from the separator that
# ends it: a pattern that starts with a fixed character is searched for much
# faster than one tried at every position (see TextRule), and backwards the
# end of every text starts so.
# Any space str.rstrip() takes off may follow the last word, a no-break one too.
_ENDING_BACKWARDS = lazy(SEPARATOR + r"\s*[.,;!?]?(?:"
                         + "|".join(sorted((word[::-1] for word in _LAST), key=len, reverse=True))
                         + r")(?![^\s\x00])")


def _last_word(text: str) -> str:
    """The text's last run of characters, its final mark taken off."""
    tail = text[-_LONGEST_END:].rstrip()
    if tail[-1:] in _FINAL_MARKS:
        tail = tail[:-1]
    words = tail.rsplit(None, 1)
    return words[-1] if words else ""


#: Forms of "be", "have" and "become" that, after their subject, make the
#: determiner, noun and preposition after them the end of a relative clause
#: with no "that": "the systems they are a part of", "the service the team
#: is the owner of", "the teams it has become a part of". Not the "-ing"
#: forms, which need no subject: "the importance of being the owner of" is cut short.
_CLAUSE_VERBS = BE_AND_HAVE | frozenset("become becomes became".split())
#: Contractions of those verbs, joined to their subject: "they're", "it's".
_CLAUSE_CONTRACTIONS = ("'s", "'re", "\u2019s", "\u2019re")
#: Prepositions that may stand between the verb and the determiner: "is on
#: the hook for", "is in the middle of", "are at the heart of".
_BEFORE_THE_DETERMINER = frozenset("in on at under within behind ahead across".split())


def _clause_verb_before(before: str) -> bool:
    """Whether the words right before a determiner are a subject and a form
    of "be" or "have" (a preposition may stand between): "... they are" in
    "the systems they are a part of", "the team is on" in "the services the
    team is on the hook for". Not a verb that opens the text ("Is the owner
    of" is cut short), nor another verb ("meeting the definition of")."""
    words = before.split()[-3:]
    if words and words[-1].lower() in _BEFORE_THE_DETERMINER:
        words = words[:-1]
    if not words:
        return False
    verb = words[-1].lower()
    if verb.endswith(_CLAUSE_CONTRACTIONS):
        return True  # the subject is joined to it
    # A word before the verb that does not end a sentence: its subject.
    return verb in _CLAUSE_VERBS and len(words) >= 2 and words[-2][-1:] not in ".!?:;"


#: Words that open a clause whose object may have moved to its front, so
#: that its preposition comes last: "what they are capable of", "the people
#: who they learn from", "help when they are asked to" (the rest of the verb
#: left out), "more than they are used to".
_OPENS_A_CLAUSE = frozenset(
    "that which who whom whose what whatever whoever whichever where wherever when whenever why how if unless "
    "whether as than because since once until while though although".split())
#: Pronouns that are a subject (and "you", which is an object too): after
#: a noun or "those", they open a clause with no "that" ("the code they are
#: responsible for", "those they work with", "areas you could help with").
_SUBJECTS = frozenset("they we you he she i".split())
#: Words that are a subject as often as an object: a clause's subject
#: after a noun ("someone people look up to", "the teams it is a part of"),
#: not after a function word ("learns from others and asks for").
_SUBJECT_OR_OBJECT = frozenset("it people others everyone anyone colleagues".split())
#: Words after which a subject opens a sentence of its own, not a clause:
#: "... and they ask for help from" is cut short.
_JOIN_SENTENCES = _JOINING | frozenset("so then yet".split())
#: Words a noun follows: "the people the team works with" has two.
_DETERMINERS = NOUN_MUST_FOLLOW | frozenset("the a an this that these those his her".split())
#: Forms of "be" and "get" that make a passive: "the risks are accounted
#: for", "issues get dealt with", "someone who is looked up to".
_PASSIVE = (BE_AND_HAVE - {"have", "has", "had"}) | frozenset("being get gets got gotten getting".split())
#: Past participles that do not end in "-ed" or "-en".
_IRREGULAR_PARTICIPLES = frozenset(
    "sought thought paid dealt made brought caught told held kept built found left done meant felt sent spent "
    "taught won lost heard shown seen known put set led read said".split())
#: Particles that may stand between a passive's verb and its preposition:
#: "is looked up to", "is reached out to", "is looked after".
_PARTICLES = frozenset("up out down over back in on off along".split())
#: A preposition that is also an adverb after these words: "the steps in
#: between", "few and far between", "promoted from within".
_ADVERB_AFTER = {"between": frozenset({"in", "far"}), "within": frozenset({"from"})}
#: Words after which "to" stands for a verb left out, not a preposition:
#: "they take on more when they are able to", "helps out if asked to".
_INFINITIVE_LEFT_OUT = frozenset(
    "able unable want wants wanted need needs needed have has had ought going used supposed asked expected "
    "required allowed encouraged invited try tries tried like likes liked prefer prefers choose chooses chose "
    "decide decides decided plan plans planned intend intends intended hope hopes hoped happy willing ready "
    "glad eager keen".split())
#: Words that set a clause against another, and so let the verb after
#: "to" be left out with no clause opener: "has not led a project yet but
#: wants to", "is not yet able to". In "delivers tasks and needs to" or
#: "works on their own and should be able to" nothing stands for the verb.
_CONTRASTING = NEGATIONS | frozenset("never yet but though although however without".split())
#: Words of willingness before "to" whose verb the clause before gives:
#: "takes extra on-call shifts and is glad to", "... and is happy to".
_WILLING = frozenset("glad happy willing keen eager ready encouraged".split())
# A mark that ends a sentence, and white space after it: not the full stop
# of "vs." or "e.g.", which a lower-case word follows.
_SENTENCE_BREAK = lazy(r"[!?;:](?=\s)|\.(?=\s+[^a-z\s])")
_WORDS_OF_A_SENTENCE = lazy(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")


def _last_sentence(text: str) -> list[str]:
    """The lower-case words of a text's last sentence: after the last
    full stop, question mark, semicolon or colon before its end."""
    body = text.rstrip().rstrip(_FINAL_MARKS)
    start = max((m.start() for m in _SENTENCE_BREAK.finditer(body)), default=-1)
    return [word.lower().replace("\u2019", "'") for word in _WORDS_OF_A_SENTENCE.findall(body[start + 1:])]


def _infinitive(words: list[str], i: int) -> bool:
    """Whether words[i] is the "to" of a verb: "someone to learn from",
    "easy to work with", "something to be proud of"; not "to others"."""
    if words[i] != "to" or i + 1 >= len(words):
        return False
    verb = words[i + 1]
    return verb in ("be", "have") or (verb not in FUNCTION_WORDS and english().verb(verb))


def _passive_before(words: list[str]) -> bool:
    """Whether the words before a last preposition end in a passive: a form
    of "be" or "get", and a past participle right before the preposition,
    maybe with an adverb or particle between ("issues are dealt with",
    "someone who is looked up to", "are always accounted for")."""
    before = words[:-1]
    while before and (before[-1] in _PARTICLES or before[-1].endswith("ly")):
        before = before[:-1]
    if not before:
        return False
    participle = before[-1]
    return (participle.endswith(("ed", "en")) or participle in _IRREGULAR_PARTICIPLES) \
        and any(word in _PASSIVE for word in before[:-1])


def preposition_left_hanging(text: str, preposition: str) -> bool:
    """Whether a text that ends in a preposition leaves it with nothing to
    govern: its last sentence has no word its object may have moved to
    the front with. English ends a sentence in a preposition when a clause
    or a question moves its object ("what they are capable of", "the code
    they are responsible for", "the people the team works with", "people
    to look up to", "easy to work with"), in a passive ("risks are
    accounted for"), when the verb after "to" is left out ("helps when
    asked to"), and where the word is an adverb ("in between")."""
    words = _last_sentence(text)
    if len(words) < 2 or words[-1] != preposition:
        return False
    before = words[:-1]
    if before[-1] in _ADVERB_AFTER.get(preposition, ()):
        return False
    # "to" with its verb left out ("able to", "asked to") ends a clause
    # that says when or how much ("helps out when asked to", "takes on more
    # when they are able to"), or one set against another ("has not led one
    # yet but wants to"); after "and" alone the verb is cut off ("delivers
    # tasks and needs to", "should be able to").
    verb_left_out = preposition == "to" and before[-1] in _INFINITIVE_LEFT_OUT
    if verb_left_out and (before[-1] in _WILLING or any(word in _CONTRASTING for word in before)):
        return False  # "... without being asked to", "... and is glad to"
    for i, word in enumerate(before):
        word = word.split("'")[0]  # "what's", "they're"
        if word in _OPENS_A_CLAUSE or _infinitive(before, i):
            return False
        if word in _SUBJECTS and i > 0 and before[i - 1] not in _JOIN_SENTENCES:
            return False
        # Not before "and": an object ("mentors others and works with"),
        # where a subject has its verb after it ("someone people look up to").
        if word in _SUBJECT_OR_OBJECT and i > 0 and before[i - 1] not in FUNCTION_WORDS \
                and (i + 1 == len(before) or before[i + 1] not in _JOIN_SENTENCES):
            return False
        # A determiner, a noun and a determiner: the second noun phrase is
        # the subject of a clause with no "that" ("the people the team works with").
        if word in _DETERMINERS and i >= 2 and before[i - 2] in _DETERMINERS:
            return False
    # "is expected to" is a passive whose "to" still wants its verb.
    return verb_left_out or not _passive_before(words)


def unfinished_end(text: str) -> tuple[tuple[int, int], str] | None:
    """Where a text that stops mid-sentence ends, and what is cut: the
    last word, or a preposition and the noun phrase before it; None when
    the text may end where it ends."""
    stripped = text.rstrip()
    m = _LAST_WORDS.search(stripped, max(0, len(stripped) - _LONGEST_END))
    if m is None:
        return None
    last = m.group("last")
    if last in NOUN_MUST_FOLLOW:
        return m.span("last"), f"'{last}' with no noun after it"
    if last in _JOINING:
        return m.span("last"), f"'{last}' with nothing after it to join"
    first, second = m.group("first"), m.group("second")
    # "the definition of", "a part of": a preposition after a noun phrase
    # of one noun. A word between the determiner and the preposition is
    # the noun, never a verb: "who they report to", "what they are capable
    # of", "the systems they are responsible for" end a relative clause,
    # and have a verb or a pronoun right before the preposition.
    if last in _ONLY_PREPOSITIONS and first is not None and first.lower() in NOUN_MUST_FOLLOW \
            and second.lower() not in FUNCTION_WORDS and not _clause_verb_before(stripped[: m.start("first")]):
        start = m.start("first")
        return (start, m.end("last")), f"'{stripped[start:m.end('last')]}', a preposition with nothing after it"
    if last in _ONLY_PREPOSITIONS and preposition_left_hanging(stripped, last):
        return m.span("last"), f"'{last}', a preposition with nothing after it"
    return None


class UnfinishedSentence(TextRule):
    """A text that stops mid-sentence: it ends in a word that cannot end
    an English sentence ("communicates those trends clearly and", "meeting
    the definition of").

    A statement, an example, a level's summary or a description is
    reported when its last word, before a final full stop, comma,
    semicolon or none, is:

    - an article, "every", or a possessive that needs a noun after it
      ("the", "a", "an", "every", "my", "your", "our", "their", "its");
    - a word that joins two things ("and", "or", "but", "nor");
    - a preposition right after a determiner and a noun ("the definition
      of", "a part of", "in the middle of");
    - a bare preposition ("request help from", "works closely with", "is
      responsible for") where nothing in its sentence may have moved its
      object away: no "what", "who", "that", "when", "as" or other word
      that opens a clause, no subject after a noun ("the code they own",
      "those they work with", "the people the team works with"), no "to"
      and a verb ("easy to work with"), no passive ("risks are accounted
      for"); so too "to" with its verb left out ("delivers tasks and needs
      to", "should be able to") unless a clause says when or how much
      ("helps out when asked to", "does more than they have to") or sets
      one against another ("has not led one yet but wants to").

    Not reported, as English ends sentences so: a preposition that ends a
    relative clause ("what they are capable of", "the systems they are
    responsible for", "things to look out for", "who they report to"),
    also after a determiner and a noun where a subject and a form of "be"
    or "have" come before them, maybe with a preposition between ("the
    systems they are a part of", "the services the team is on the hook
    for", "the projects the team is in the middle of"; not "Is the owner
    of", a verb that opens the text, nor "meeting the definition of"); a
    verb's particle ("brings the team along", "keeps the lights on"); "to"
    ending a clause ("what they are committed to", "the teams they belong
    to"); a pronoun ("helps her", "one each", "they own that"); a capital, which
    is a name or a label ("Plan A"); a word in quotation marks ('avoids
    "and"'); a text that ends in a colon (it leads into a list) or an
    ellipsis (it leaves off on purpose). Names and titles are not read,
    nor a framework in another language (its `language`, else its words;
    LL519 says so):
    German ends sentences in a verb's particle ("Nimmt Feedback offen an").

    Why this matters:
        Text cut short in an edit, or by copying from a page with the end
        of a line lost, leaves a statement nobody can be assessed against:
        the reader cannot tell what the rest of the sentence asked for.

    Example:
        ```yaml
        communication:
          - Spots trends in the team's work and communicates them clearly and
          - Ships work meeting the definition of
          - Exposes their questions to others and requests help from
        ```
        Fix: finish the sentence ("... clearly and concisely to the team",
        "meeting the definition of done", "requests help from their peers")
        or remove the words left over.
    """

    code = "LL518"
    name = "unfinished-sentence"
    severity = Severity.WARNING
    kinds = _SENTENCES

    def candidates(self, prose: Prose) -> list[int]:
        # The joined texts read backwards: one search finds every text that
        # ends in one of the words, much faster than reading each text's end.
        fields, text = prose.fields, prose.text
        last = len(text) - 1
        found = {prose.locate(last - m.start() - 1)[0] for m in _ENDING_BACKWARDS.finditer(text[::-1])}
        if fields and _last_word(fields[-1].text) in _LAST:  # the last text has no separator after it
            found.add(len(fields) - 1)
        return sorted(i for i in found if fields[i].kind in _SENTENCES)

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        candidates = self.candidates(analysis.prose)
        # The words a sentence cannot end in are English's: German ends a sentence in a verb's particle
        # ('Nimmt Feedback offen an'). The language is read only when a text ends in one, as LL501 does.
        if not candidates or not analysis.in_english:
            return
        for i in candidates:
            yield from self.check_text(analysis.prose.fields[i])

    def check_text(self, field: TextField) -> Iterable[Violation]:
        found = unfinished_end(field.text)
        if found is not None:
            span, what = found
            yield Violation(field.path, f"the text stops mid-sentence: it ends in {what}; finish the sentence or "
                            "remove the words left over", span=span)
