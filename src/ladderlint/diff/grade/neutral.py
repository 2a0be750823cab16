"""Changes of wording that ask for the same, and how much a change says.

The editorial readings of ``grade``, each marking the words of a changed
run as neutral: words moved (``neutral_moves``), a noun for its adverb
(``adverbs_for_nouns``), a phrase for its one word and whole phrases of
the vocabulary (``phrases_for_their_word``, ``whole_phrases``),
respellings, slips of the hand and synonyms (``neutral_respellings``),
compounds and words spelt out (``compounds``, ``spelt_out``), "easy to
read" for "readable" (``easy_to``), light and linking verbs
(``light_verbs``, ``linking_verbs``), a verb and its preposition for
another verb ("comes to X with Y" / "brings Y to X": ``verb_frames``), the
same request in another order ("seeks Y from X" / "asks X for Y":
``requests_reordered``), a word the text already has
(``neutral_repeats``), words said once and pointed back at ("do the
same": ``pro_forms``), a word the next one says again ("first before":
``said_by_the_next``), both ends of a range (``both_ends``), one side of a
slash (``one_side_of_a_slash``) and one form of negation for another
(``replaced_negations``; a negation added or taken out:
``negation_flip``; moved across words: ``negation_moved``); one organisation's name for another's
(``names_for_brands``). Where a change is not neutral, how much it says
(``things_said``), whether one word stands for another
(``another_word``) and whether it puts in a new action (``new_action``).
The runs themselves: ``changed_runs``.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from ... import vocabulary as vocab
from ...dictionary import american, engineering_words, english, misspelling_of, slip, software_term, trade_names, verb_form
from ...dictionary import forms as english_forms
from ...patterns import lazy
from ...text import without_possessive
from ...text import words as text_words
from ..wording import adverb_of_noun, respelt_words, same_word, stem, synonyms
from .words import (
    AUTONOMY, BE, FUNCTION_WORDS, GETTING, NEGATING, NEUTRAL_ROLES, SUBJECTS, UNSTATED, Word, a_verb, clause_ends,
    negated_places, negating, verbs, where_said, word_said,
)


def changed_runs(a: list[Word], b: list[Word]) -> list[tuple[list[Word], list[Word]]]:
    """The runs of words that changed, each what was taken out and what was
    put in its place. A run that crosses a sentence's end on one side only is
    parted there: "Designs systems. Leads discussions ..." -> "Designs
    systems, scoping data flow. Contributes to discussions ..." puts a clause
    into the first sentence and says "contributes to" for "leads" in the
    second; the aligner joins them only because no word stands between."""
    matcher = difflib.SequenceMatcher(None, [w.text for w in a], [w.text for w in b], autojunk=False)
    runs: list[tuple[list[Word], list[Word]]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            runs += _parted_at_sentences(a, i1, i2, b, j1, j2)
    return runs


def _parted_at_sentences(a: list[Word], i1: int, i2: int, b: list[Word], j1: int,
                         j2: int) -> list[tuple[list[Word], list[Word]]]:
    """One changed run, parted where its words on one side are of two
    sentences or more and those on the other side, of one, open or close
    their sentence: they are paired with the part that opens (closes) its
    sentence too; the other parts were put in (taken out) alone."""
    removed, inserted = a[i1:i2], b[j1:j2]
    if not removed or not inserted:
        return [(removed, inserted)]
    for flip, (one, i, j, text), (many, other) in ((False, (removed, i1, i2, a), (inserted, b)),
                                                  (True, (inserted, j1, j2, b), (removed, a))):
        if len({w.sentence for w in one}) != 1 or len({w.sentence for w in many}) < 2:
            continue
        opens = i == 0 or text[i - 1].sentence != one[0].sentence
        closes = j == len(text) or text[j].sentence != one[-1].sentence
        if opens == closes:
            continue  # a whole sentence, or words inside one: which part it stands for, its place cannot say
        parts: list[list[Word]] = []
        for w in many:
            if parts and parts[-1][-1].sentence == w.sentence:
                parts[-1].append(w)
            else:
                parts.append([w])
        paired = len(parts) - 1 if opens else 0
        split = [(one, part) if k == paired else ([], part) for k, part in enumerate(parts)]
        return [(pair[1], pair[0]) for pair in split] if flip else split
    return [(removed, inserted)]


def one_side_of_a_slash(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """Words taken out of, or put into, two joined by a slash, where the
    other side is kept ("a mentor/buddy" -> "a mentor"; "unit tests" ->
    "unit/integration tests"): the slash says neither "and" nor "or"; most
    often it gives one thing two names. Wording, not fewer ways to meet
    the statement nor less asked. Not where the words are replaced, nor
    where both sides go ("a mentor/buddy" -> "a lead"), nor a word of a
    scale ("team/org initiatives" -> "team initiatives": a narrower scope)."""
    for removed, inserted in runs:
        if removed and inserted:
            continue
        run, text = (removed, a) if removed else (inserted, b)
        if not all(w.slashed and w.role == "content" for w in run) or any(w.text in ("and", "or") for w in run):
            # None joined by a slash; a word of a scale, read on it ("team/org" -> "team": a narrower
            # scope); "and/or", read as "or" (alternative, or_of_and_or).
            continue
        at = {id(w): i for i, w in enumerate(text)}
        inside = {at[id(w)] for w in run}
        if all(any(at[id(w)] + step not in inside for step in w.slashed) for w in run):
            for w in run:
                w.neutral = True


def names_for_brands(runs: list[tuple[list[Word], list[Word]]], old: str, new: str,
                     own: frozenset[str] = frozenset()) -> None:
    """One organisation's name put for another's in the same place ("...
    associate with Monzo" -> "... associate with Bright"): a fork renaming
    the company, which asks nothing new even where neither framework names
    its organisation. One name is one the grader knows (a framework's own,
    or a known publisher's); the other is read as a name by its shape: one
    to three words, each written with a capital (at a sentence's start,
    where any word has one, a word no dictionary has: "Monzo engineers" ->
    "Senior engineers" names other people); no discipline or term of the
    trade ("Monzo's designers" -> "Product designers", "Backend designers"
    names another team), no tool ("Kubernetes"), no word of a scale, no
    body, office or people of an organisation ("to Acme" -> "to the Board",
    "to the CEO", "to Executive Leadership" asks to reach other people), no
    words every dictionary has after "the" ("the Board"), and no product
    used ("using Dropbox" -> "using Box"). A tool for a tool where neither
    is a known organisation ("Slack" -> "Teams") stays another thing asked.
    The frameworks' own organisation (``own``) named, or named as "the
    company", "our organisation", "the business" in its place, is the same
    one ("Represents Acme at events" -> "Represents the company at
    events"): de-branding a framework asks nothing new; "the company" for
    another scope ("my team") is a scope widened."""
    for removed, inserted in runs:
        for gone, put, text in ((removed, inserted, new), (inserted, removed, old)):
            named = [w for w in gone if not w.neutral and w.role not in ("function", "qualifier")]
            said = [w for w in put if not w.neutral and w.role not in ("function", "qualifier")]
            if named and all(w.role == "brand" for w in named) and 0 < len(said) <= _LONGEST_NAME \
                    and all(w.role == "content" and not _of_the_trade(without_possessive(w.text)) for w in said) \
                    and _a_name(text, [w.text for w in said]):
                for w in said:
                    w.role = "brand"
            elif named and all(w.role == "brand" for w in named) and len(said) == 1 and (
                    said[0].role == "content" or own and all(without_possessive(w.text) in own for w in named)) \
                    and _for_the_organisation(text, without_possessive(said[0].text)):
                said[0].role = "brand"  # "deliver Netlify adoption" -> "deliver product adoption": the same one


def brands_put_in(runs: list[tuple[list[Word], list[Word]]], own: frozenset[str]) -> None:
    """Another organisation's name put in with words of its own, where no
    words were (", as we did at Spotify"): a clause that says something
    more, read as words added, as it is with a name the grader does not
    know (", as we did at Globex"). A name replaced or taken out stays a
    brand, and so does the frameworks' own ("at Acme" says "here")."""
    for removed, inserted in runs:
        named = [w for w in inserted if w.role == "brand" and without_possessive(w.text) not in own]
        if named and not removed and len(named) < len(inserted):
            for w in named:
                w.role = "content"


def titles_renamed(
        runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> tuple[int, str] | None:
    """One title of a leader put for another that names the same office
    ("reports to the VP Engineering" -> "reports to the Head of
    Engineering", "Director of Engineering" -> "Head of Engineering", "CTO"
    -> "Head of Technology"): an organisation renaming its leaders, which
    asks nothing new. The field the titles name must be the same (the CTO
    and the VP Engineering lead one field, "VP Product" another), and the
    offices may be one: a Head is whichever leader of its field a company
    has, a Director and a VP are two (``vocab.LEADER_TITLES``); a Head
    named with no field ("the head") or one leader for many ("the
    directors") is not the same office. Words of a
    scope changed beside them ("Head of the platform team") are not a
    title's, and are read as words."""
    renamed = False
    for removed, inserted in runs:
        sides = [[w for w in run if not w.neutral and w.role not in ("function", "qualifier")]
                 for run in (removed, inserted)]
        if not all(sides) or not all(all(_in_a_title(w.text) for w in side) for side in sides):
            continue
        offices = [{vocab.LEADER_TITLES[w.text] for w in side if w.text in vocab.LEADER_TITLES} for side in sides]
        if not all(offices) or any(len(office) != 1 for office in offices):
            continue
        fields = [{_field(w.text) for w in side if _field(w.text)} for side in sides]
        if fields[0] != fields[1] or not (offices[0] == offices[1] or "head" in offices[0] | offices[1]):
            continue
        if "head" in offices[0] | offices[1] and not all(_field_named(run, text) for run, text in
                                                          ((removed, a), (inserted, b))):
            continue  # "the head": of what, the text does not say
        if len({any(w.text in _PLURAL_TITLES for w in side) for side in sides}) > 1:
            continue  # "the directors" -> "the head": many people for one
        for w in removed + inserted:
            w.neutral = True
        renamed = True
    return (0, "a title renamed") if renamed else None


def _field_named(run: list[Word], text: list[Word]) -> bool:
    """Whether the title a run of ``text`` is part of names a field, in the
    run or beside it: "Head of Engineering", "Engineering Director"."""
    at = next(i for i, w in enumerate(text) if w is run[0])
    near = text[max(0, at - 1) : at + len(run) + 2]
    return any(_field(w.text) for w in near)


#: The titles of LEADER_TITLES that name more than one leader.
_PLURAL_TITLES = frozenset(
    word for word in vocab.LEADER_TITLES if word.endswith("s") and word[:-1] in vocab.LEADER_TITLES)


def _in_a_title(word: str) -> bool:
    """Whether a word may be part of a leader's title: its office, its field or words that say neither."""
    return word in vocab.LEADER_TITLES or word in vocab.LEADER_TITLE_WORDS or bool(_field(word))


def _field(word: str) -> str:
    """The field a word of a title names, one name for each ("Engineering", "Technology", "CTO"); "" for none."""
    word = vocab.LEADER_FIELDS.get(word, word)
    if word in vocab.DISCIPLINES or word in vocab.SAME_FIELD or word in vocab.LEADER_FIELDS.values():
        return vocab.SAME_FIELD.get(word, word)
    return ""


#: The most words of an organisation's name read by its shape ("Bright", "Bright Bank", "Rent the Runway").
_LONGEST_NAME = 3
#: Words that name an organisation, or what it makes, without its name: an organisation's name replaced
#: by one ("Netlify adoption" -> "product adoption") names the same one. One that is a scope too ("at Acme"
#: -> "at the company") is read on the scale.
_THE_ORGANISATION = frozenset("company organisation organization business firm product".split())


def _for_the_organisation(text: str, word: str) -> bool:
    """Whether ``word`` names the organisation, or what it makes, without its
    name (``_THE_ORGANISATION``) in ``text``: not before the people it
    names, where it says their discipline ("Product designers")."""
    if word not in _THE_ORGANISATION:
        return False
    following = re.findall(r"(?<![\w'’-])" + re.escape(word) + r"(?:['’]s)?\W+([\w'’-]+)", text, re.IGNORECASE)
    return not any(_of_the_trade(after.lower()) or _of_the_trade(after.lower().removesuffix("s")) for after in following)


def _of_the_trade(word: str) -> bool:
    """Whether a word names a discipline ("Product"), a term of the trade
    ("Backend") or a tool ("Kubernetes"): no organisation's name."""
    return (word in vocab.DISCIPLINES or word.lower() in _PEOPLE_OF_ONES_OWN or word in engineering_words()
            or word in trade_names() or software_term(word))


_THE_BEFORE = lazy(r"(?<![\w'’-])[Tt]he$")
#: Who a text names in one's own organisation: its bodies and offices, roles, levels and units.
_PEOPLE_OF_ONES_OWN = (vocab.ORGANISATION_BODIES | vocab.TITLE_NOUNS | vocab.PEOPLE | vocab.GUIDING_ROLES
                       | vocab.SENIORITY_WORDS | vocab.UNITS | frozenset(vocab.SCOPE_OF))


def _a_name(text: str, said: list[str]) -> bool:
    """Whether words stand in ``text`` as a proper name: each written with a
    capital (where the first opens a sentence, one no dictionary has), and
    not a product used."""
    from ...rules.brands import used_as_a_tool

    pattern = r"(?<![\w'’-])" + r"[\W_]+".join(map(re.escape, said)) + r"(?![\w'’-])"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        before = text[: m.start()].rstrip(" \t\"'“‘(*_")
        # A sentence's first word has a capital whatever it is: there, only a word no dictionary has;
        # so after "the", where a capital often marks a body of one's own ("the Board").
        opening = not before or before[-1] in ".!?:" or _THE_BEFORE.search(before) is not None
        if all(part[:1].isupper() for part in text_words(m.group(), keep_case=True)
               if part.lower() not in FUNCTION_WORDS) \
                and not (opening and all(map(english().knows, said))) and not used_as_a_tool(text, m.start(), m.end()):
            return True
    return False


def neutral_moves(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """Words taken out in one place and put back in another: word order
    ("writes and reviews code" / "reviews and writes code", "for their team,
    writes docs" / "writes docs for their team"). Not where a word moves
    across a negation or a contrast ("debugs their own code, not code of
    others" / "... code of others, not their own code", "rather than"), nor
    to another verb ("fixes bugs when asked and writes tests" / "fixes bugs
    and writes tests when asked", "for most changes and documents some" /
    "for some changes and documents most"), nor a verb from under another
    to its own ("asks a peer to review designs" / "reviews the designs of a
    peer"): there it says something else."""
    removed = [w for r, _i in runs for w in r]
    inserted = [w for _r, i in runs for w in i]
    pool: dict[str, list[Word]] = {}
    for w in removed:
        if w.role != "negation":  # "I don't X and I Y" -> "I X and I don't Y" says something else
            pool.setdefault(w.stem, []).append(w)
    if not any(w.stem in pool for w in inserted):
        return
    settings = {**where_said(a), **where_said(b)}
    for w in inserted:
        partners = [x for x in pool.get(w.stem, ()) if _same_place(x, w) and _said_alike(x, w, settings)]
        if partners:
            pool[w.stem].remove(partners[0])
            partners[0].neutral = w.neutral = True


def adverbs_for_nouns(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """A noun taken out and its adverb put in, or the other way round,
    wherever in the text each is ("with clarity and focus" -> "clearly and
    with focus"): one word in another part of speech, what it says kept."""
    inserted = [w for _r, i in runs for w in i if not w.neutral and w.role == "content"]
    for w in (w for r, _i in runs for w in r if not w.neutral and w.role == "content"):
        partner = next((x for x in inserted if not x.neutral and adverb_of_noun(w.text, x.text)), None)
        if partner is not None:
            w.neutral = partner.neutral = True


def _said_alike(x: Word, w: Word, settings: dict[int, tuple[bool, str, bool]]) -> bool:
    """Whether a word moved keeps its place in what is asked: on the same
    side of a negation or a contrast and, where it is a verb in both texts
    or says how much, how often, how surely or on what condition, said of
    the same verb ("be solved" / "solve" is one; a thing or a scope named
    is read with the words around it)."""
    (was_against, was_of, was_verb), (is_against, is_of, is_verb) = settings[id(x)], settings[id(w)]
    if was_against != is_against:
        return False
    return was_of == is_of or not (was_verb and is_verb or x.role in _SAID_OF_A_VERB)


#: Roles whose words say something of the verb they go with: how much, how often, how surely, on what condition.
_SAID_OF_A_VERB = frozenset({"quantity", "frequency", "certainty", "condition", "degree", "count"})


def _same_place(w: Word, x: Word) -> bool:
    """Whether two words of one stem say the same: not where both say how
    often, at two places on that scale ("every week" / "every two weeks"),
    nor where both name a scope, of two sizes ("team" / "teams": the
    several teams reach further than one). ("teams" / "team's" is one word,
    an apostrophe left out, whatever scope each names.)"""
    if w.role == x.role == "scope" and w.rank != x.rank:
        return w.text.replace("'", "") == x.text.replace("'", "")
    return not (w.role == x.role == "frequency" and w.rank != x.rank)


def bounds_kept(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """"on the team" whose team the text still names ("goals on the team" ->
    "the team's goals", "changes in the team" -> "changes to the team's
    processes"): the same bound, said another way."""
    changed = {id(w) for run in runs for side in run for w in side}
    for side, text in ((0, a), (1, b)):
        where = {id(w): k for k, w in enumerate(text)}
        for w in (w for run in runs for w in run[side]):
            if w.role != "bound" or w.neutral or w.text not in ("in", "on", "within", "inside"):
                continue
            scope = next((x for x in text[where[id(w)] + 1 :] if x.role == "scope" and x.clause == w.clause), None)
            if scope is not None and (scope.neutral or id(scope) not in changed):
                w.neutral = True


def role_noun_modifiers(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """A word that names no more of a role than its noun, taken out or put
    in before it ("solid individual contributors" / "solid contributors",
    ``vocab.ROLE_NOUN_MODIFIERS``): the same people. Only before that noun,
    kept; "senior engineers" / "engineers" says whom."""
    for removed, inserted in runs:
        if removed and inserted:
            continue
        run, text = (removed, a) if removed else (inserted, b)
        at = {id(w): i for i, w in enumerate(text)}
        content = [w for w in run if w.role != "function"]
        if len(content) != 1:
            continue
        w = content[0]
        i = at[id(w)]
        nouns = vocab.ROLE_NOUN_MODIFIERS.get(w.text)
        if nouns and i + 1 < len(text) and text[i + 1].text in nouns and all(x is not text[i + 1] for x in run):
            w.neutral = True


def phrases_for_their_word(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """A phrase of the vocabulary for the one word it says, or for another
    phrase that says it, wherever in the text each is ("actively participate
    in" / "take part in", "keep up with" / "stay up to date with"): the same
    word, whatever else changed beside it."""
    def units(words: list[Word]) -> list[tuple[str, list[Word]]]:
        phrases: dict[tuple[int, str], list[Word]] = {}
        singles = []
        for w in words:
            if w.neutral:
                continue
            if w.says is not None:
                phrases.setdefault(w.says, []).append(w)
            elif w.role != "function":
                singles.append((w.stem, [w]))
        return [(said, group) for (_start, said), group in phrases.items()] + singles

    removed = units([w for r, _i in runs for w in r])
    inserted = units([w for _r, i in runs for w in i])
    for said, group in removed:
        partner = next((other for key, other in inserted if key == said and not other[0].neutral
                        and (len(group) > 1 or len(other) > 1 or group[0].says or other[0].says)), None)
        if partner is not None:
            for w in (*group, *partner):
                w.neutral = True


def memberships(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """Being in a group said another way ("is part of the on-call rotation"
    / "is on the on-call rotation", "is a member of the guild" / "is in the
    guild" / "belongs to the guild"): the same membership, so the same thing
    asked. Only where each run changes nothing but those words, before the
    same group ("the", "a", a possessive); not "sometimes joins the
    rotation", which says how often, nor "is in charge of the team"."""
    in_a, in_b = _Memberships(a, _membership_spans(a)), _Memberships(b, _membership_spans(b))
    for removed, inserted in runs:
        out = [w for w in removed if not w.neutral]
        into = [w for w in inserted if not w.neutral]
        if out and into and in_a.hold(out) and in_b.hold(into):
            for w in (*out, *into):
                w.neutral = True


#: After "is" (or "are"), the words that put the subject in a group: "part of", "a member of", "on", "in".
_MEMBER_OF = (("part", "of"), ("a", "part", "of"), ("member", "of"), ("a", "member", "of"), ("members", "of"),
              ("on",), ("in",))
#: Verbs that say the same by themselves: "belongs to the guild".
_BELONGING_TO = frozenset("belong belongs".split())


def _membership_spans(text: list[Word]) -> list[range]:
    """Where ``text`` says its subject is in a group (``_MEMBER_OF`` after a
    verb "to be", or "belongs to"), the group named next by "the", "a" or
    a possessive."""
    texts = [w.text for w in text]
    found = []
    for k, t in enumerate(texts):
        ends = [k + 1 + len(p) for p in _MEMBER_OF if t in BE and tuple(texts[k + 1 : k + 1 + len(p)]) == p] \
            + ([k + 2] if t in _BELONGING_TO and texts[k + 1 : k + 2] == ["to"] else [])
        for end in ends:
            if end < len(texts) and (texts[end] in vocab.DETERMINERS or texts[end] in vocab.POSSESSIVES) \
                    and texts[end] not in ("no", "any"):
                found.append(range(k, end))
    return found


@dataclass(frozen=True)
class _Memberships:
    """Where one text of a comparison says its subject is in a group
    (``spans``, as ``_membership_spans`` finds them), asked of each run
    of changed words."""

    text: list[Word]
    spans: list[range]

    @cached_property
    def places(self) -> dict[int, int]:
        """Each word's place in the text, by the word (a word may be said
        twice): found once for all the runs."""
        return {id(w): k for k, w in enumerate(self.text)}

    def hold(self, run: list[Word]) -> bool:
        """Whether all the words of ``run`` lie in one of the spans."""
        return any(all(self.places[id(w)] in span for w in run) for span in self.spans)


def teammates_by_place(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """The people of one's own team named by where they are ("the people on
    the team", "people in my team", "members of the team") for "teammates"
    or "team members" in the other text: the same people. Only the team of
    "the" or a possessive, one team; not "people in other teams", and not
    where the other text does not name teammates ("more junior people in
    their team" -> "more junior people" widens the scope)."""
    said = stem("teammates")
    for side, text in ((0, b), (1, a)):
        mates = [w for run in runs for w in run[side] if not w.neutral
                 and (w.stem == said or w.says is not None and w.says[1] == said)]
        changed = {id(w) for run in runs for w in run[1 - side]}
        for k in range(len(text) - 3):
            words = text[k : k + 4]
            if not mates or id(words[0]) not in changed or words[0].neutral:
                continue
            if words[0].text in vocab.PEOPLE_OF_A_PLACE and words[1].text in vocab.IN_A_TEAM \
                    and words[2].text in _ONES_OWN and words[3].text == "team":
                for w in (*mates, *words):
                    w.neutral = True
                mates = []


#: Words before "team" that make it one's own: "the team", "my team"; not "a team".
_ONES_OWN = frozenset("the my our their his her your".split())


def kept_told(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """The "keep" of "keep the team informed" taken out or put in where the
    other text says "inform" itself, which a word diff keeps in line with
    "informed" ("keeps the team informed" / "informs the team"): one verb
    of telling for the other."""
    said = stem(vocab.KEEPING_TOLD_SAYS)
    removed = [w for r, _i in runs for w in r]
    inserted = [w for _r, i in runs for w in i]
    for side, text, other in ((removed, a, b), (inserted, b, a)):
        for w in side:
            if w.says is None or w.says[1] != said:
                continue
            if w.text in vocab.KEEPING_TOLD and any(x.says is None and x.stem == said for x in other):
                w.neutral = True
            elif w.text in vocab.TOLD and not any(x is text[w.says[0]] for x in side):
                # "keep" stayed and the state it keeps changed: read as words of their own ("keep the service
                # running" -> "... informed" asks another thing, "informed" -> "up to date" the same).
                w.role, w.says = "content", None


def whole_phrases(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """A phrase that says one word of scale kept its meaning as a whole
    where one of its words did ("on a regular basis" -> "regularly":
    "regular" is "regularly" respelt, and "basis" goes with it)."""
    for removed, inserted in runs:
        for side in (removed, inserted):
            kept = {w.phrase for w in side if w.neutral and w.phrase >= 0}
            for w in side:
                if w.phrase in kept:
                    w.neutral = True


def neutral_respellings(removed: list[Word], inserted: list[Word]) -> None:
    """One word spelt another way, or words joined or parted, in one place."""
    old = [w for w in removed if not w.neutral]
    new = [w for w in inserted if not w.neutral]
    if not old or not new:
        return
    if respelt_words([w.text for w in old], [w.text for w in new]) == max(len(old), len(new)) \
            and (len(old) != len(new) or all(_respelt(w, x) for w, x in zip(old, new))):
        for w in old + new:
            w.neutral = True
        return
    for w in old:
        for x in new:
            if not x.neutral and _respelt(w, x):
                w.neutral = x.neutral = True
                break


def one_for_an_article(removed: list[Word], inserted: list[Word]) -> None:
    """"one" (or "1") in the place of "a" or "an", the words around it kept
    ("Writes a design doc" / "Writes one design doc", "a year's worth" /
    "1 year's worth"): the article counts one too, so the same number. So
    is one said as a least ("at least one", "one or more", "1+": "Mentors a
    member of the team" / "Mentors at least one member of the team"): the
    article asks for one and forbids no more, as a number alone does
    (``count_direction``); "at least two" for "a" still asks more."""
    for article, count in ((removed, inserted), (inserted, removed)):
        said = [w for w in article if not w.neutral]
        counts = [w for w in count if not w.neutral and w.role == "count"]
        if [w.text for w in said] not in (["a"], ["an"]) or len(counts) != 1:
            continue
        one = counts[0]
        floor = {id(w) for w in one.bound_words} if one.bound == 1 else set()
        counted = [w for w in count if not w.neutral and id(w) not in floor]
        if counted == [one] and one.rank == 1 and (not one.bound or floor) and one.text in ("one", "1"):
            said[0].neutral = one.neutral = True
            for w in count:
                if id(w) in floor:
                    w.neutral = True


def pronouns_for_nouns(removed: list[Word], inserted: list[Word]) -> None:
    """A word replaced in its place by the pronoun "one" or "ones", the
    words around it kept ("picks the right tool" / "picks the right one"):
    the same thing, named by a word that stands for it."""
    for one, noun in ((inserted, removed), (removed, inserted)):
        if len(one) == len(noun) == 1 and one[0].text in ("one", "ones") and one[0].role == "function" \
                and noun[0].role == "content" and not noun[0].neutral:
            one[0].neutral = noun[0].neutral = True


def compounds(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """A compound for its words in a row, in any order, joined by small
    words, wherever in the text each is ("peer-reviewed code" / "code
    reviewed by peers", "end-to-end delivery" / "delivery ... end to end",
    "data-driven" / "driven by data"): the same thing said."""
    for side, other in ((1, a), (0, b)):
        changed = {id(w) for run in runs for w in run[1 - side]}
        for compound in (w for run in runs for w in run[side] if not w.neutral and "-" in w.text):
            parts = sorted(stem(p) for p in compound.text.split("-") if p and p not in FUNCTION_WORDS)
            if len(parts) < 2:
                continue
            for start in range(len(other)):
                window = _spelt_in(other, start, parts, changed)
                if window:
                    for w in (compound, *window):
                        w.neutral = True
                    break


def _spelt_in(text: list[Word], start: int, parts: list[str], changed: set[int]) -> list[Word]:
    """The words of ``text`` from ``start`` that say ``parts`` (stems), with
    small words between them, all of them changed; empty where they do not."""
    left = list(parts)
    window: list[Word] = []
    for w in text[start:]:
        if id(w) not in changed or w.neutral:
            return []
        window.append(w)
        if w.role == "function" and w.stem not in left:
            if not window[:-1]:
                return []  # starts with a word of the compound
            continue
        if w.stem not in left:
            return []
        left.remove(w.stem)
        if not left:
            return window
    return []


def _respelt(w: Word, x: Word) -> bool:
    """One word spelt two ways; a small word is no misspelling of another
    word ("their" / "other"), only of what is no word at all ("teh" / "the");
    nor is one word of scale another at another place on its scale ("every
    week" / "every two weeks")."""
    if not (same_word(w.text, x.text) or misspelling_of(w.text, x.text) or misspelling_of(x.text, w.text)) \
            or not _same_place(w, x):
        return False
    if w.stem == x.stem or (w.role == "function") == (x.role == "function"):
        return True
    other = x if w.role == "function" else w
    return slip(w.text, x.text) and not english().knows(other.text)


def spelt_out(short: list[Word], long: list[Word], text: str) -> None:
    """An abbreviation (written in capitals in ``text``, the text of
    ``short``) for the words it stands for ("PRs" / "pull requests", "TL"
    / "tech lead"): the same words, spelt out."""
    for w in short:
        letters = w.text.removesuffix("s") if len(w.text) > 2 and w.text.endswith("s") else w.text
        if not (2 <= len(letters) <= 5 and letters.isalpha()) \
                or not re.search(rf"\b{letters.upper()}s?\b", text):
            continue
        for start in range(len(long) - len(letters) + 1):
            run = long[start : start + len(letters)]
            if "".join(x.text[:1] for x in run) == letters:
                for x in (w, *run):
                    x.neutral = True
                break


def short_forms(short: list[Word], long: list[Word]) -> None:
    """A short form a ladder writes for a word, in the place of that word
    ("async" / "asynchronous", "tech debt" / "technical debt", "repos" /
    "repositories"; ``vocab.SHORT_FORMS``): the same thing asked, written
    shorter. The long side must be that word or its plural, not only share
    its stem: "specification" and "specific", "information" and "informed",
    "developer" and "develops" share one, and are other words."""
    for w in short:
        for meant in () if w.neutral else _SHORT_FORMS.get(w.stem, ()):
            for start in range(len(long) - len(meant) + 1):
                run = long[start : start + len(meant)]
                if tuple(_singular(x.text) for x in run) == meant and not any(x.neutral for x in run):
                    for x in (w, *run):
                        x.neutral = True
                    break
            if w.neutral:
                break


def _singular(word: str) -> str:
    """A word in American spelling, without a plural's ending ("repositories":
    "repository", "authorisations": "authorization")."""
    word = american(word.casefold())
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _short_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``vocab.SHORT_FORMS`` by the stem of each short form (so "docs" is
    "doc"), each word it stands for as its words in the singular."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for short, words in vocab.SHORT_FORMS.items():
        out[stem(short)] = out.get(stem(short), ()) + tuple(tuple(map(_singular, said.split())) for said in words)
    return out


_SHORT_FORMS = _short_forms()


def easy_to(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """"easy to read" for "readable", "simple to maintain" for
    "maintainable", wherever in the text each is ("code that is easy to
    read" -> "readable code", "easy to read and follow" -> "readable ...
    easy to follow"): the same thing asked."""
    removed = [w for r, _i in runs for w in r]
    inserted = [w for _r, i in runs for w in i]
    for text, changed, other in ((a, removed, inserted), (b, inserted, removed)):
        for k in range(len(text) - 2):
            ease, to, verb = text[k : k + 3]
            if ease.text not in vocab.EASE or to.text != "to" or verb.neutral or not any(w is verb for w in changed):
                continue
            able = next((w for w in other if not w.neutral and _able_form(w.text, verb.text)), None)
            if able is not None:
                for w in (ease, to, verb, able):
                    w.neutral = True  # unchanged words marked too: they are no repeat of anything


def _able_form(word: str, verb: str) -> bool:
    """Whether ``word`` is ``verb`` made an adjective of what can be done
    ("readable" / "read", "usable" / "use", "debuggable" / "debug")."""
    if not word.endswith(("able", "ible")) or len(verb) < 3:
        return False
    base = word[:-4]
    return len(base) >= 2 and (verb.startswith(base) or base.startswith(verb[:-1]))


def light_verbs(phrase: list[Word], verb: list[Word]) -> None:
    """A light verb and its noun for the verb of the noun ("take ownership
    of" / "own", "write documentation for" / "document", "make sure" /
    "ensure", "have a good understanding of" / "understand ... well"): the
    same thing asked, in other words."""
    # Neutral or not: the noun alone may already read as respelt ("documentation" / "document"); a word of
    # scale between them read already where it moved ("have a good understanding of" / "understand ... well").
    # A word both sides have, a possessive aside, is no part of the phrase: "Shows respect for client goals" /
    # "Respects the client's goals".
    both = {without_possessive(w.text) for w in phrase} & {without_possessive(w.text) for w in verb}
    said = [w for w in phrase if w.role not in NEUTRAL_ROLES and not (w.neutral and w.role != "content")
            and without_possessive(w.text) not in both]
    one = [w for w in verb if w.role not in NEUTRAL_ROLES and without_possessive(w.text) not in both]
    if len(said) != 2 or len(one) != 1 or said[0].text not in vocab.LIGHT_VERBS:
        return
    noun, word = said[1].stem, one[0].stem
    if min(len(noun), len(word)) >= 3 and (noun.startswith(word) or word.startswith(noun) or word.endswith(noun)) \
            or noun_of_verb(said[1].text, one[0].text):
        for w in (*phrase, *verb):
            w.neutral = True


#: Endings that make a noun of a verb, its last letters changed ("decision" of "decide", "proposal" of
#: "propose", "assistance" of "assist", "conclusion" of "conclude").
_NOUN_ENDINGS = ("ation", "ition", "tion", "sion", "ment", "ance", "ence", "ion", "al", "ure")


def noun_of_verb(noun: str, verb: str) -> bool:
    """Whether ``noun`` is the noun English makes of ``verb`` (any form of
    it) with an ending of ``_NOUN_ENDINGS``, the verb's last one or two
    letters changed at the joint: "decision" of "decides", "proposal" of
    "proposing", "conclusion" of "conclude"."""
    for ending in _NOUN_ENDINGS:
        root = noun[: -len(ending)]
        if noun.endswith(ending) and len(root) >= 3 and any(
                base.startswith(root) and len(base) - len(root) <= 2 for base in (verb, *english_forms(verb))):
            return True
    return False


def verb_frames(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """A verb said with a preposition before what it carries, for the verb
    that says the same of the same things in another order ("comes to
    their manager with problems" / "brings problems to their manager":
    ``vocab.VERB_FRAMES``): the same thing asked. The verb and its
    preposition go with the other verb; what is carried, and to whom, are
    read as words (moved, kept or not)."""
    removed = [w for r, _i in runs for w in r if not w.neutral]
    inserted = [w for _r, i in runs for w in i if not w.neutral]
    for framed, plain in ((removed, inserted), (inserted, removed)):
        for forms_framed, preposition, forms_plain in vocab.VERB_FRAMES:
            at = next((k for k, w in enumerate(framed) if w.text in forms_framed), None)
            if at is None:
                continue
            said = next((w for w in framed[at + 1 :] if w.text == preposition and w.clause == framed[at].clause),
                        None)
            verb = next((w for w in plain if w.text in forms_plain and not w.neutral), None)
            if said is not None and verb is not None:
                framed[at].neutral = said.neutral = verb.neutral = True


@dataclass(frozen=True)
class _Request:
    """A request said in one text: its verb, the words that join it, and
    the places of the one asked (``asked``) and of what is asked for
    (``what``); of the two, the one said first ends where the joining word
    after it stands, the other is open (``None`` end: up to the words the
    other text says there)."""

    verb: int
    joining: tuple[int, ...]
    asked: tuple[int, int | None]
    what: tuple[int, int | None]


#: How many words the one asked, or what is asked for, may take between the verb and the word after them.
_REQUEST_REACH = 5


def _requests(text: list[Word]) -> list[_Request]:
    """The requests of ``text``: "asks X for Y" (the one asked first), and
    "seeks Y from X", "requests Y from X", "asks for Y from X", "gets Y from
    X" where Y is got by asking for it (what is asked for first)."""
    texts = [w.text for w in text]
    found = []
    for i, verb in enumerate(texts):
        if verb not in vocab.ASKING_FOR and verb not in GETTING or i and texts[i - 1] in vocab.POSSESSIVES:
            continue  # "the requests from other teams", "their asks from the platform team": a noun
        someone = verb in vocab.ASKING_SOMEONE
        if texts[i + 1 : i + 2] == ["for"] and not someone:
            continue  # "requests for help from other teams": a noun
        start = i + 2 if texts[i + 1 : i + 2] == ["for"] else i + 1  # "asks for feedback from peers"
        closing = "for" if someone and start == i + 1 else "from"
        for k in range(start + 1, min(start + 1 + _REQUEST_REACH, len(text))):
            if text[k].clause != text[i].clause or texts[k] in ("for", "from") and texts[k] != closing:
                break
            if texts[k] != closing:
                continue
            if closing == "for":
                found.append(_Request(i, (k,), (start, k), (k + 1, None)))  # "asks their manager for guidance"
            elif verb not in GETTING or texts[k - 1] in vocab.GOT_BY_ASKING:
                found.append(_Request(i, tuple(range(i + 1, start)) + (k,), (k + 1, None), (start, k)))
            break
    return found


def _same_words(a: list[Word], one: tuple[int, int | None], b: list[Word],
                other: tuple[int, int | None]) -> list[Word] | None:
    """The words of ``a`` and ``b`` at ``one`` and ``other`` where they say
    the same: a span that ends ("their manager" before "for") against one
    open (after "from": the same words must start it, in one clause);
    both open, none (what follows is read as it stands). None where they
    differ."""
    if one[1] is None and other[1] is None:
        return []
    if one[1] is None:
        return _same_words(b, other, a, one)
    said = a[one[0] : one[1]]
    meant = [w.text for w in said if w.role not in NEUTRAL_ROLES]
    if other[1] is not None:
        there = b[other[0] : other[1]]
    else:
        # As many words after "for" or "from" as carry the words of meaning said: grammar put in or taken
        # out between them ("feedback to improve" / "feedback in order to improve") says the same thing.
        there = []
        for w in b[other[0] :]:
            if len([x for x in there if x.role not in NEUTRAL_ROLES]) == len(meant):
                break
            there.append(w)
    if not said or [w.text for w in there if w.role not in NEUTRAL_ROLES] != meant \
            or len({w.clause for w in there}) > 1:
        return None
    return said + there


def _one_asked(text: list[Word], request: _Request) -> list[str] | None:
    """The words that name the one asked in a request: all of them before
    the joining word ("asks their manager for"); after "from", as far as
    they name a person ("from their manager's manager", "from the team
    lead": ``vocab.guide_named``). None where the words after "from" name
    no person the vocabulary knows ("from the team")."""
    start, end = request.asked
    if end is None:
        texts = [w.text for w in text]
        end = start + vocab.guide_named(texts, start)
        if end == start:
            return None
    return [w.text for w in text[start:end]]


def requests_reordered(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """The same request said in another order, or with another verb of
    asking: "seeks guidance from their manager" / "asks their manager for
    guidance", "seeks feedback from peers" / "asks peers for feedback" /
    "requests feedback from peers" / "gets feedback from peers" (what one
    gets by asking for it: help, feedback, advice; not "gets buy-in from",
    which asking for does not win). Whoever is asked, and whatever for,
    where the one asked and what is asked for are the same words on both
    sides, it is the same act: the same people, word for word, not one of
    theirs ("asks their manager for guidance" / "seeks guidance from their
    manager's manager", someone else asked, is read as such). What either
    text says past them ("asks peers for feedback on every design") is
    read as words."""
    changed = {id(w) for run in runs for side in run for w in side}
    if not changed:
        return
    for old in _requests(a):
        for new in _requests(b):
            if a[old.verb].text == b[new.verb].text and (old.asked[1] is None) == (new.asked[1] is None):
                continue  # the same verb, in the same order: nothing reworded here
            asked, what = _same_words(a, old.asked, b, new.asked), _same_words(a, old.what, b, new.what)
            if asked is None or what is None or not (asked or what):
                continue
            people = _one_asked(a, old), _one_asked(b, new)
            if None not in people and people[0] != people[1]:
                continue  # "their manager" / "their manager's manager", "the team" / "the team lead": someone else
            for w in (a[old.verb], b[new.verb], *(a[k] for k in old.joining), *(b[k] for k in new.joining),
                      *asked, *what):
                if id(w) in changed:
                    w.neutral = True


def light_verb_for(run: list[Word], verb: list[Word], text: list[Word]) -> bool:
    """Whether a run of nothing of meaning but one light verb that carries
    grammar ("have", "do") is replaced by one verb that says no more
    (``verb``, of ``text``): "have a high standard" / "hold a high
    standard", one verb for another; "have" for a verb of making what it
    has ("has documentation" / "produces documentation"); "make" before
    what it makes, for a verb of making it ("makes a plan" / "prepares a
    plan"); not "enforce a high standard", "publish a plan" or "owns the
    plan", which ask more, nor "make" of a phrase that says another thing
    ("make decisions", "make sure")."""
    making = len(verb) == 1 and verb[0].text in vocab.MAKING_VERBS
    if making and len(run) == 1 and run[0].text in _MAKE and run[0].role == "content":
        # "Makes a plan" / "Prepares a plan": "make" with what it makes is its light use, the same thing made;
        # not "makes sure" (ensures) nor "makes it happen", where what follows is no thing made.
        i = next(k for k, w in enumerate(text) if w is verb[0])
        after = [w.text for w in text[i + 1 : i + 2]]
        return bool(after) and after[0] not in _NOT_MADE and a_verb([w.text for w in text], i, clause_ends(text))
    if len(verb) != 1 or verb[0].text not in vocab.LIGHT_VERB_SYNONYMS and not (
            making and any(w.text in _HAVING for w in run)) \
            or [w for w in run if w.role not in NEUTRAL_ROLES]:
        return False
    light = [w for w in run if w.text in vocab.LIGHT_VERBS]
    if len(light) != 1 or any(w.role != "function" for w in run):
        return False
    i = next(k for k, w in enumerate(text) if w is verb[0])
    return a_verb([w.text for w in text], i, clause_ends(text))


def light_verb_taken_out(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """A light verb taken out before its noun, the noun kept as the verb
    of the other text ("Make steady progress on issues" / "Progress
    steadily on issues", "Do a review of the design" / "Review the
    design"), or put in so: the same thing asked, in other words. Not a
    light verb taken out where the noun stays a noun ("Make progress
    reports" / "Progress reports"), nor one replaced by another verb
    ("Make progress" / "Track progress")."""
    for k, (removed, inserted) in enumerate(runs):
        for run, text, other in ((removed, a, b), (inserted, b, a)):
            said = [w for w in run if not w.neutral and w.role not in NEUTRAL_ROLES]
            put = [w for w in (inserted if run is removed else removed) if not w.neutral
                   and w.role not in NEUTRAL_ROLES]
            if len(said) < 1 or said[0].text not in vocab.LIGHT_VERBS or put:
                continue
            at = next(i for i, w in enumerate(text) if w is said[0])
            ends = clause_ends(text)
            # The noun it makes a verb phrase of: the last word of the words of meaning after it, past an
            # article and a qualifier ("make steady progress on"), in its clause; "make progress reports"
            # makes reports.
            phrase = list(itertools.takewhile(lambda w: w.text not in FUNCTION_WORDS,
                                              itertools.dropwhile(lambda w: w.text in FUNCTION_WORDS,
                                                                  text[at + 1 : ends[at]])))
            if not phrase or not english().verb(phrase[-1].text) \
                    or not all(x is phrase[-1] or _said_of(x, other) for x in said[1:]):
                continue
            noun, other_texts, other_ends = phrase[-1], [w.text for w in other], clause_ends(other)
            if any(w.text == noun.text and a_verb(other_texts, i, other_ends)
                   and (i + 1 >= other_ends[i] or other_texts[i + 1] in FUNCTION_WORDS or other_texts[i + 1].endswith("ly"))
                   for i, w in enumerate(other)):
                for w in run:
                    w.neutral = True


def opposites(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """A word replaced by its opposite by prefix ("proactively" /
    "reactively", "independently" / "dependently", "secure" / "insecure":
    ``vocab.opposite_forms``): the word that asks less is no word of its
    own, so the other reads as taken out (the bar lowered: "autonomy
    lowered", "words taken out") or put in. Of the two, a word of scale
    ("independently") is the one that asks; else the one
    ``opposite_forms`` does not name."""
    for removed, inserted in runs:
        if any(negating(w) for w in (*removed, *inserted)):
            continue  # "unclear" -> "isn't clear": a negation for its prefix (``negation_flip``)
        for w in removed:
            for x in inserted:
                if w.neutral or x.neutral or not w.text.isalpha() or not x.text.isalpha():
                    continue
                weaker = vocab.opposite_forms(w.text, x.text)
                if weaker is None:
                    continue
                if (w.role == "content") != (x.role == "content"):
                    weaker = w.text if w.role == "content" else x.text  # "dependently" of "independently"
                (w if weaker == w.text else x).neutral = True


def _said_of(word: Word, other: list[Word]) -> bool:
    """Whether the other text says ``word`` in another part of speech, or already: "steady" / "steadily"."""
    return any(same_word(word.text, w.text) or adverb_of_noun(word.text, w.text)
               or w.text in (word.text + "ly", word.text[:-1] + "ily") for w in other)


#: Light verbs that carry grammar and say having or doing: what a verb of making makes, one has ("has
#: documentation", "does the documentation"); not "give", "take" or "provide", which hand it on or take it in.
_HAVING = frozenset("have has having get gets getting do does doing".split())
#: "make" in its forms: before what it makes, it says what a verb of making does ("makes a plan", "prepares a plan").
_MAKE = frozenset("make makes making made".split())
#: Words after "make" that name no thing made: "make sure" ensures, "make it happen" brings about.
_NOT_MADE = frozenset("sure certain it them this that things".split())


def linking_verbs(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """"am" for "stay", "remain" or "keep", or one of those for another ("I am
    on top of incidents" / "I stay on top of incidents", "is aware" /
    "remains aware"): each links the subject to what it is, which is what is
    asked, so the same thing in other words. "Keep" that makes something
    so says "ensure ... is": "I keep the team informed" / "I make sure the
    team is informed"."""
    out = [w for r, _i in runs for w in r if not w.neutral and w.text in _LINKING]
    into = [w for _r, i in runs for w in i if not w.neutral and w.text in _LINKING]
    for w, x in zip(out, into):
        if not (w.text in vocab.LINKING_VERBS or x.text in vocab.LINKING_VERBS):
            continue
        w.neutral = x.neutral = True
        for keep, be, side in ((x, w, 0), (w, x, 1)):
            if keep.text in _KEEPING and be.text not in vocab.LINKING_VERBS:
                ensuring = [y for run in runs for y in run[side] if not y.neutral and y.stem in _ENSURING]
                for y in ensuring[:2]:  # "ensure", or "make sure"
                    y.neutral = True


#: "am" and the verbs that say what it says, and that it lasts.
_LINKING = BE | {"been"} | vocab.LINKING_VERBS

_KEEPING = frozenset("keep keeps keeping kept".split())


#: The stems of "ensure" and of "make sure".
_ENSURING = frozenset({stem("ensure"), stem("make"), stem("sure")})


def neutral_repeats(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """A word added that the text already had, or taken out where the text
    keeps it. Not in a place where words were replaced: "fix bugs ... report
    bugs" -> "fix issues ... report bugs" swaps one word for another there."""
    changed_a = {id(w) for r, _i in runs for w in r}
    changed_b = {id(w) for _r, i in runs for w in i}
    # Said where a negation or a contrast sets it against what is asked, or not: "uses monitoring (but
    # doesn't implement monitoring)" -> "uses and implements monitoring (...)" asks what was not asked.
    against_a, against_b = negated_places(a), negated_places(b)
    kept_a = Counter((w.stem, i in against_a) for i, w in enumerate(a) if id(w) not in changed_a)
    kept_b = Counter((w.stem, i in against_b) for i, w in enumerate(b) if id(w) not in changed_b)
    where_a = {id(w): i for i, w in enumerate(a)}
    where_b = {id(w): i for i, w in enumerate(b)}
    # A scope repeats only a scope: "Mentors engineers" -> "... within engineering" names the organisation,
    # not the engineers again.
    scopes_a = {w.stem for w in a if id(w) not in changed_a and w.role == "scope"}
    scopes_b = {w.stem for w in b if id(w) not in changed_b and w.role == "scope"}
    for removed, inserted in runs:
        if _has_meaning(removed) and _has_meaning(inserted):
            continue
        for w in inserted:
            if not w.neutral and w.role not in _NEVER_REPEATS and kept_a[w.stem, where_b[id(w)] in against_b] \
                    and (w.role != "scope" or w.stem in scopes_a):
                w.neutral = True
        for w in removed:
            if not w.neutral and w.role not in _NEVER_REPEATS and kept_b[w.stem, where_a[id(w)] in against_a] \
                    and (w.role != "scope" or w.stem in scopes_b):
                w.neutral = True


def clause_said_as_a_noun(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """A clause of how something acts said as the noun of its verb, or the
    other way: "on how TDD influences class design" / "about the influence
    of TDD on class design", "how the system scales" / "the scaling of the
    system". "How" taken out (or put in) is no word of meaning where the
    other text names a word of its clause, past the clause's first, as a
    noun with "the" before it and "of" after it (the verb's noun:
    ``noun_of_verb``). Not "how" taken out with its clause: "Explains how
    the system scales" -> "Explains the system" asks less."""
    for side, text, other in ((0, a, b), (1, b, a)):
        others = [w.text for w in other]
        nouns = [other[k] for k in range(1, len(other) - 1) if others[k - 1] == "the" and others[k + 1] == "of"]
        for run in runs:
            for w in run[side]:
                if w.text != "how" or w.neutral:
                    continue
                at = next(k for k, x in enumerate(text) if x is w)
                said = [x for x in text[at + 1 :] if x.clause == w.clause][:4]
                if any(x.text not in FUNCTION_WORDS and (n.stem == x.stem or noun_of_verb(n.text, x.text))
                       for x in said[1:] for n in nouns):
                    w.neutral = True


def said_by_the_next(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """A word taken out or put in right before a kept word that says what
    it says ("unblocks themselves first before seeking help" -> "...
    themselves before seeking help"): the word after still says it. Not
    where the word says something else ("the first draft before review")."""
    for removed, inserted in runs:
        if removed and inserted:
            continue
        run, text = (removed, a) if removed else (inserted, b)
        end = next(i for i, w in enumerate(text) if w is run[-1]) + 1
        last = run[-1]
        if not last.neutral and end < len(text) and text[end].clause == last.clause \
                and text[end].text in vocab.SAID_BY_THE_NEXT.get(last.text, ()):
            last.neutral = True


def pro_forms(runs: list[tuple[list[Word], list[Word]]], b: list[Word]) -> None:
    """Words taken out for words that stand for them, where the text says
    them before ("Delivers quality code. Encourages others to deliver
    quality code" -> "Delivers quality code and encourages others to do the
    same"; "... shares design docs" -> "... shares them"): the same words,
    said once. "Do the same" and "do so" stand for what the verb before
    asks, all of it: the words must be all that the verb before them asks
    ("delivers code and docs and encourages others to do the same" asks
    more than "to deliver code")."""
    where = {id(w): i for i, w in enumerate(b)}
    for removed, inserted in runs:
        said = tuple(w.text for w in inserted if not w.neutral)
        meant = [w.stem for w in removed if not w.neutral and w.text not in FUNCTION_WORDS]
        if not removed or not inserted or said not in vocab.STANDING_FOR_WHAT_WAS_SAID or not meant:
            continue
        before = b[: where[id(inserted[0])]]
        if any(_said_there(meant, before, start, said[0] == "do") for start in range(len(before))):
            for w in removed + inserted:
                w.neutral = True


def _said_there(meant: list[str], text: list[Word], start: int, all_asked: bool) -> bool:
    """Whether the words of ``text`` from ``start`` say the stems ``meant``
    in order, small words between them; with ``all_asked``, as all that
    their verb asks: after them, a word joining a clause ("and") and the
    next verb."""
    left = list(meant)
    for k in range(start, len(text)):
        w = text[k]
        if w.text in FUNCTION_WORDS and w.stem != left[0]:
            if k == start:
                return False
            continue
        if w.stem != left[0]:
            return False
        left.pop(0)
        if not left:
            if not all_asked:
                return True
            verb = k + 2 if k + 1 < len(text) and text[k + 1].text == "and" else k + 1
            if verb >= len(text) or verb == k + 1 and text[verb].clause == w.clause:
                return False
            texts, ends = [x.text for x in text], clause_ends(text)
            return a_verb(texts, verb, ends) and verb_form(texts[verb])
    return False


def negation_moved(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> list[tuple[int, str]]:
    """Words that a negation or a contrast now sets against what is asked,
    or no longer does, kept in place or moved: the negation moved across
    them ("debugs their own code, not code written by others" -> "debugs
    code written by others, not their own code"; "reviews designs instead
    of writing them" -> "writes designs instead of reviewing them"). What
    was not asked is asked, and what was asked is not: it reads both ways."""
    against_a, against_b = negated_places(a), negated_places(b)
    if not against_a and not against_b:
        return []
    matcher = difflib.SequenceMatcher(None, [w.text for w in a], [w.text for w in b], autojunk=False)
    # Whether each word that turned was set against what is asked before.
    turned = {i in against_a for tag, i1, i2, j1, _j2 in matcher.get_opcodes() if tag == "equal"
              for i, j in zip(range(i1, i2), range(j1, j1 + i2 - i1))
              if (i in against_a) != (j in against_b) and a[i].role not in NEUTRAL_ROLES and not negating(a[i])}
    where_a = {id(w): i for i, w in enumerate(a)}
    where_b = {id(w): i for i, w in enumerate(b)}
    out = {(w.stem, where_a[id(w)] in against_a) for r, _i in runs for w in r if w.role not in NEUTRAL_ROLES}
    put = {(w.stem, where_b[id(w)] in against_b) for _r, i in runs for w in i if w.role not in NEUTRAL_ROLES}
    turned |= {said for stem_, said in out if (stem_, not said) in put and (stem_, said) not in put}
    # Words on both sides of it trade places: not a negation said of another word of its clause ("make no
    # assumptions" / "don't make assumptions") nor one put in or taken out, which covers words on one side only.
    return [(1, "a negation moved"), (-1, "a negation moved")] if turned == {True, False} else []


def both_ends(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """Words put in or taken out whole that name both ends of a range, with
    the words that join them to the text ("... the impact and risk in the
    short and long term" -> "... the impact and risk"): the whole range asks
    for what the words without it ask, neither more nor less."""
    for removed, inserted in runs:
        if removed and inserted:
            continue  # words replaced: read as such
        run = removed or inserted
        heads = [w.text.split("-")[0] for w in run]
        for i in range(len(run) - 2):
            if run[i + 1].text in ("and", "or") and frozenset({heads[i], heads[i + 2]}) in vocab.BOTH_ENDS:
                # The noun they share ("term", or "long-term" whole), and the words before them
                # ("in the"): said only with the range.
                end = i + 3 if "-" in run[i + 2].text or i + 3 >= len(run) else i + 4
                if all(w.role in NEUTRAL_ROLES for w in run[:i]) and end >= len(run):
                    for w in run:
                        w.neutral = True
                    break


#: Words whose second one is never a repeat: a negation negates its own clause, and a word of a
#: phrase of help or independence is said with the phrase ("working with a senior engineer ... their work").
_NEVER_REPEATS = NEUTRAL_ROLES | {"negation", "guidance", "independent"}


def _meaningful(w: Word) -> bool:
    """A word of what is asked beside a negation: not the negation, nor a changed word that keeps the meaning."""
    return not negating(w) and not w.neutral and w.role not in NEUTRAL_ROLES


def replaced_negations(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """A negation taken out next to where one is put in ('make no
    assumptions' -> 'don't make assumptions'): the same negation, placed
    another way."""
    where_a = {id(w): i for i, w in enumerate(a)}
    where_b = {id(w): i for i, w in enumerate(b)}
    # Only in runs of nothing else of meaning: 'don't hesitate to' -> 'never' negates another word.
    alone = [(removed, inserted) for removed, inserted in runs
             if not any(not negating(w) and not w.neutral and w.role not in NEUTRAL_ROLES for w in removed + inserted)]
    taken = [w for removed, _ in alone for w in removed if negating(w)]
    for w in (w for _, inserted in alone for w in inserted if negating(w)):
        partner = next((x for x in taken if not x.neutral and abs(where_a[id(x)] - where_b[id(w)]) <= 1), None)
        if partner is not None:
            partner.neutral = w.neutral = True


def expectation_withdrawn(a: list[Word], b: list[Word]) -> tuple[int, str] | None:
    """An expectation negated, or a deed said to be left undone, in one text
    and not the other: "I lead reviews" -> "I am not expected to lead
    reviews", "... (not required)", "This is not yet expected.", "Has no
    need to", "I can lead" -> "I cannot yet lead", "I am able to" -> "I am
    unable to", "I do not fail to" -> "I fail to". What is asked is no
    longer asked, which lowers the bar; the other way raises it. Not help
    said not to be needed ("does not need guidance", "no review required"):
    autonomy, read as such. The words that say it are read here alone."""
    found = _withdrawals(a), _withdrawals(b)
    counts = [sum(1 for _said, counted in side if counted) for side in found]
    if counts[0] == counts[1]:
        return None
    for said, _counted in (span for side in found for span in side):
        for w in said:
            w.neutral = True
    return (-1, "expectation withdrawn") if counts[1] > counts[0] else (1, "expectation made firm")


def _withdrawals(text: list[Word]) -> list[tuple[list[Word], bool]]:
    """The places of ``text`` that say an expectation is withdrawn (``expectation_withdrawn``), each
    with the words that say it, and whether it withdraws one: a negation with the word of
    expecting it negates and the words between them, an ability said to be lacking, a verb of
    leaving a deed undone; its negation ("never fails to") says the deed is done, and withdraws none."""
    out: list[tuple[list[Word], bool]] = []
    for i, w in enumerate(text):
        after = text[i + 1].text if i + 1 < len(text) else ""
        if w.text == "longer" and i and text[i - 1].text == "no" and after not in ("than", "need", "needs") \
                and after not in vocab.EXPECTING and text[i - 1].clause == w.clause:
            # "I no longer identify risks", "I no longer independently identify risks": the deed left off ("no
            # longer needs to" is read as expecting; "no longer than a day" is a deadline).
            out.append((text[i - 1 : i + 1], True))
            continue
        if any(x.role in AUTONOMY and x.clause == w.clause for x in text[max(i - 3, 0) : i + 4]):
            continue  # "no review is required", "does not need to ask for help": help, not a duty
        negation = next((k for k in range(i - 1, max(i - 4, -1), -1)
                         if text[k].clause == w.clause and text[k].text in NEGATING), None)
        start = negation - 1 if negation and text[negation - 1].text in _CARRYING else negation
        if w.text in vocab.NOT_ABLE:
            out.append((text[i : i + 2] if after == "yet" else [w], True))  # "cannot yet lead"
        elif w.text in vocab.FAILING_TO and after == "to":
            out.append(([w], True) if start is None else (text[start : i + 1], False))
        elif w.text in _EXEMPTED and after in ("from", "of") and (
                w.text not in _FREED or i + 2 < len(text) and text[i + 2].text.endswith("ing")):
            # "Is exempt from contributing to hiring", "excused from on-call", "free from running the
            # standup" (not "free from bugs": what is to be absent).
            out.append((text[i : i + 2], start is None))
        elif (w.text in vocab.EXPECTING and (after == "to" or _said_of_the_statement(text, start))
              or w.text in vocab.EXPECTING_BEFORE_TO and after == "to") and start is not None:
            # "is not (yet) expected to", "has no need to", "This is not yet expected"; not "Regressions are not
            # expected", which are to be avoided.
            out.append((text[start : i + 1], True))
    return out


#: Words that release someone from a duty, before "from" or "of": "exempt from", "excused from", "relieved of".
_EXEMPTED = frozenset("exempt exempted excused relieved released freed free spared".split())
#: Of those, words that as often say what is to be absent ("free from bugs"): a release only before a deed.
_FREED = frozenset("free freed released".split())


def _said_of_the_statement(text: list[Word], start: int | None) -> bool:
    """Whether the words from ``start`` are said of what the text asked
    before them, a word standing for it their subject: "This is not yet
    expected", "It is not required"."""
    return start is not None and start > 0 and text[start - 1].text in ("this", "that", "it") \
        and text[start - 1].clause == text[start].clause


#: Verbs that carry a negation of an expectation: "is not expected", "has no need", "does not have to".
_CARRYING = BE | frozenset("has have had do does did".split())


def negation_flip(removed: list[Word], inserted: list[Word], a: list[Word], b: list[Word]) -> tuple[int, str] | None:
    """A negation added or taken out where nothing else of meaning changed
    ('I escalate' -> 'I don't escalate'), or reworded with what it negates
    ('I do not ignore failing tests' -> 'I never fix failing tests'): the
    opposite may be asked, which reads both ways: graded by its stronger
    side (+1), and as no longer asking what it asked (-1) where the
    negation is put in or taken out alone ("I do not independently
    identify ...": what was asked is no longer; the way a negation
    reworded with what it negates goes is read by those words). One form of negation for another ('do not' ->
    'never') is wording; so is a clause joined to one the same negation
    covers ('I don't hide problems and I don't skip tests' -> 'I don't hide
    problems or skip tests'), and so are two words joined so ("not looking
    at or not working in" -> "not looking at / working in"); a clause taken out or put in with its
    negation ('without being asked') is read by its other words."""
    _negation_for_its_prefix(removed, inserted)
    before = [w for w in removed if negating(w)]
    after = [w for w in inserted if negating(w)]
    if not before and not after:
        return None
    meaning = [w for w in removed + inserted if _meaningful(w)]
    if len(before) == len(after):
        if meaning:
            return (1, "negation reworded")
        for w in before + after:
            w.neutral = True  # 'do not' -> 'never': the same negation, written another way
        return None
    merged = before if len(before) > len(after) else after
    if meaning and all(w.text == "never" and w.role == "frequency" for w in merged) \
            and all(w.role == "frequency" for w in meaning):
        return None  # "never" -> "rarely": how often, read on that scale
    other = b if merged is before else a
    run = removed if merged is before else inserted
    subject = any(w.text in SUBJECTS for w in run)
    # "not looking at or not working in" -> "not looking at / working in": the words joined by "or", "and" or
    # a slash, the one negation before them covering both, as it covers two clauses.
    joined = bool(run) and _joined(run, a if merged is before else b) \
        and not any(w.text not in _JOINING for w in (inserted if merged is before else removed))
    if (subject or joined) and any(w.text in NEGATING for w in other):
        for w in merged:
            w.neutral = True  # its clause joined to (or parted from) one the same negation covers
        return None
    opposite = inserted if merged is before else removed  # what came in for the negation, or went
    replaced = [w for w in opposite if _meaningful(w)]
    if meaning and not replaced:
        for w in merged:
            w.neutral = True  # a clause taken out or put in with its negation: its other words say how much
        return None
    if meaning:
        return (1, "negation reworded")  # 'must' -> 'mustn't': the opposite, in other words
    return (1, "negation added") if len(after) > len(before) else (1, "negation taken out")


#: What ``negation_flip`` says of a negation put in or taken out alone: read both ways.
NEGATION_PUT = frozenset({"negation added", "negation taken out"})


def negates_a_deed(run: list[Word]) -> bool:
    """Whether words put in or taken out on their own are a negation of the
    verb after them and nothing else: "do not", "doesn't", "never", "will
    not" ("I do not independently identify ..."); not a negation of a noun
    ("with little or no guidance": an amount of help) nor one with a joining
    word."""
    return any(negating(w) for w in run) and all(
        w.text in _DOING or w.text in _CARRYING or negating(w) and w.text not in _OF_A_NOUN for w in run)


def negated_alone(removed: list[Word], inserted: list[Word]) -> list[Word] | None:
    """The words that negate a deed, put in or taken out with nothing else
    but the verb's own form: "I escalate risks" -> "I don't escalate risks"
    (only "don't" put in), and, as most frameworks write, without a
    subject: "Escalates risks" -> "Does not escalate risks" ("escalates"
    for "does not escalate", the same verb). None where other words came
    or went with it."""
    def negation_of(run: list[Word]) -> list[Word]:
        # "does not yet lead": "yet" puts the deed off, no word of its own.
        return [w for w in run if w.text in _DOING or negating(w) or w.text == "yet"]

    for gone, put in ((removed, inserted), (inserted, removed)):
        negation = negation_of(put)
        rest = [w for w in put if w not in negation]
        if negation and negates_a_deed([w for w in negation if w.text != "yet"]) \
                and [w.stem for w in rest] == [w.stem for w in gone]:
            return negation
    return None


#: Negations said of a noun, not of a deed: "no guidance", "without help", "none of them".
_OF_A_NOUN = frozenset("no without none nothing nobody".split())


#: Negations that say a word is not so ("isn't clear", "not complete"), not that a deed is not done
#: ("don't block" is no "unblock", "do not stall" no "install").
_NOT_SO = frozenset("not isn't aren't wasn't weren't".split())
#: Words before "not" that make it negate a verb: "do not stall", "will not block".
_DOING = frozenset("do does did will would can could should must may might shall".split())


def _negation_for_its_prefix(removed: list[Word], inserted: list[Word]) -> None:
    """'is unclear' -> 'isn't clear', 'incomplete' -> 'not complete': a
    negation put in (or taken out) for the prefix that said it, the same
    opposite in other words. Only where the negation says a word is not
    so, right before it: "don't block" is not "unblock"."""
    for prefixed, plain in ((removed, inserted), (inserted, removed)):
        for w in prefixed:
            if w.neutral:
                continue
            for k in range(1, len(plain)):
                negation, base = plain[k - 1], plain[k]
                if negating(negation) and negation.text in _NOT_SO and not base.neutral \
                        and not (k > 1 and negation.text == "not" and plain[k - 2].text in _DOING) \
                        and vocab.negated_form(w.text, base.text):
                    w.neutral = base.neutral = negation.neutral = True
                    break


#: Words that join two words or clauses a negation before them covers alike: "not A or B".
_JOINING = frozenset("or and nor".split())


def _joined(run: list[Word], text: list[Word]) -> bool:
    """Whether a run of ``text`` is a negation alone (and a word that
    joins) before the second of two words joined by "or", "and" or "nor",
    which the negation before the first covers as well: "not looking at or
    not working in", the second a verb of the same form as the first, kept
    as it is. Not a negation before another ("and not without tests": the
    two cancel), one before a word of another kind ("not careless with data
    or not late"), nor one taken out with its verb ("and does not ignore
    alerts" -> "and ignores alerts": the opposite asked)."""
    if not all(negating(w) or w.text in _JOINING for w in run):
        return False
    at = next(i for i, w in enumerate(text) if w is run[0])
    end = at + len(run)
    opens = any(w.text in _JOINING for w in run) or at > 0 and text[at - 1].text in _JOINING
    if not (opens and end < len(text) and text[end].clause == run[-1].clause):
        return False
    second = text[end]
    first = next((text[k + 1] for k in range(at - 1, -1, -1) if negating(text[k])), None)
    return first is not None and not _negative(second) and _verb_like(first.text, second.text)


def _negative(w: Word) -> bool:
    """Whether a word negates what follows or is itself negative: "without", "never", "unclear", "non-blocking"."""
    return negating(w) or w.text in vocab.AVOIDING or w.text.startswith(_NEGATIVE_PREFIXES)


#: Prefixes that make a word its opposite: "unclear", "non-blocking".
_NEGATIVE_PREFIXES = ("un", "non-", "in-")


def _verb_like(first: str, second: str) -> bool:
    """Whether two words are verbs of one form ("looking" / "working", "hide" / "skip")."""
    return all(verb_form(word) for word in (first, second)) \
        and first.endswith("ing") == second.endswith("ing") and first.endswith("ed") == second.endswith("ed") \
        and first.endswith("s") == second.endswith("s")


def _has_meaning(words: list[Word]) -> bool:
    return any(not w.neutral and w.role not in NEUTRAL_ROLES for w in words)


def another_word(removed: list[Word], inserted: list[Word]) -> bool:
    """Whether one plain word was replaced by another that is not known to
    say the same (``wording.synonyms``): "I review the design" -> "I approve
    the design", "as a shadow" -> "as primary" ask another thing, however
    related the words. A word of a scale is read on its scale instead."""
    if len(removed) != 1 or len(inserted) != 1 or removed[0].role != "content" or inserted[0].role != "content":
        return False
    return not known_synonym(removed, inserted)


def known_synonym(removed: list[Word], inserted: list[Word]) -> bool:
    """Whether one word was replaced by one known to say the same
    (``wording.synonyms``), whatever scale either is read on: "Understand
    where your project fits" -> "Grasp where ...", "Applies patterns" ->
    "Uses patterns". The table holds only words a reader takes for one
    another, so a word of a scale and its synonym off the scale stand at
    one place on it."""
    if len(removed) != 1 or len(inserted) != 1:
        # "Fixes bugs" -> "Resolves issues", "Ships features" -> "Delivers functionality": each word, in its
        # place, for one known to say the same, whatever scale either is read on, or for itself respelt.
        return len(removed) == len(inserted) > 1 and all(
            synonyms(word_said(x), word_said(y)) or x.role == y.role and same_word(x.text, y.text)
            for x, y in zip(removed, inserted))
    return synonyms(word_said(removed[0]), word_said(inserted[0]))


def things_said(words: list[Word]) -> int:
    """How many things ``words`` say: a phrase of help or independence ("on
    their own", "with guidance from my manager") says one, as "alone" does."""
    count = 0
    for k, w in enumerate(words):
        if not (w.role in AUTONOMY and k and words[k - 1].role == w.role):
            count += 1
    return count


def new_action(inserted: list[Word], removed: list[Word], a: list[Word], b: list[Word]) -> bool:
    """Whether words of meaning put in (``inserted``, of ``b``) hold an
    action the old text ``a`` did not have: a verb, where it stands as one
    ("I ask questions to clarify expectations" -> "I set expectations", "I
    can adapt my work" -> "I drive change"). Shorter, it asks another
    thing, not less of the same; but not where the verbs it takes the
    place of say more involvement than it ("Takes responsibility for code
    quality and ..." -> "Delivers high quality code": owning, for making),
    nor where it is one verb for one, as much involved, as one word for one
    is a synonym ("I write clear, well-structured design documents" -> "I
    produce design documents": its qualifiers taken out)."""
    new = verbs(inserted, b, {w.stem for w in a})
    if not new:
        return False
    old = verbs(removed, a, set())

    def involvement(words: list[Word]) -> float:
        return max((w.rank for w in words if w.role == "involvement"), default=UNSTATED["involvement"])

    if len(new) == 1 and len(old) == 1:
        return involvement(new) > involvement(old)
    return involvement(new) >= involvement(removed)


def fields_of_a_scope(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """The field that names a unit of the organisation said another way
    ("the technology organization" -> "the Engineering department", "the
    tech org" -> "the engineering organisation"): one unit, whose reach
    its scope word says and is read on the scale. Not one field for
    another ("the product organisation" -> "the engineering organisation"),
    which is another unit. A field named on one side only, where the other
    names a scope in its place ("the technology organization" -> "the
    company"), is read by the scopes too."""
    for removed, inserted in runs:
        sides = [_fields_before_a_scope(removed, a), _fields_before_a_scope(inserted, b)]
        fields = [{_field(w.text) for w in side} for side in sides]
        # Or a field named on one side only, where the other names a scope in its place ("the technology
        # organization" -> "the company"): the scopes say how far each reaches.
        scoped = [any(w.role == "scope" for w in run) for run in (removed, inserted)]
        if all(sides) and fields[0] == fields[1] or any(sides) and all(scoped) and not all(sides):
            for w in sides[0] + sides[1]:
                w.neutral = True


def _fields_before_a_scope(run: list[Word], text: list[Word]) -> list[Word]:
    """The words of ``run`` that name a field right before a word of scope of ``text`` ("engineering" of
    "the engineering department")."""
    at = {id(w): i for i, w in enumerate(text)}
    return [w for w in run if _field(w.text) and at[id(w)] + 1 < len(text)
            and text[at[id(w)] + 1].role == "scope" and not w.neutral]


def outcome_said_as_deed(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """An outcome asked for said as the deed that brings it about, in the
    same words: "works to ensure security is built into the product" ->
    "works to build security into the product", "ensures tests are
    written for new code" -> "writes tests for new code". The verb of
    ensuring, its "that", the "is" and the participle say what the new
    verb says, no more or less; a word of involvement beside them ("helps
    ensure" -> "ensures") is read as it is, and so is another deed ("ensures
    security is built in" -> "reviews security")."""
    changed = {id(w) for removed, inserted in runs for w in (*removed, *inserted)}
    for text, other in ((a, b), (b, a)):
        for words, verb, noun in _outcomes(text):
            deed = next((w for i, w in enumerate(other) if w.stem == verb and id(w) in changed
                         and any(x.stem == noun.stem for x in other[i + 1 : i + 4])), None)
            if deed is None or any(id(w) not in changed for w in (words[0], words[-2], words[-1])):
                continue
            for w in (*words, deed):
                if w is words[0] or w is deed or w.text in BE or w.text in _OUTCOME_LINKS or w is words[-1]:
                    w.neutral = True


#: Words that join an outcome to what it says, besides "is": "ensures that tests get written".
_OUTCOME_LINKS = frozenset("that get gets".split())


def _outcomes(text: list[Word]) -> list[tuple[list[Word], str, Word]]:
    """Each "ensure (that) NOUN ... is PARTICIPLE" of ``text``: its words
    from the verb of ensuring to the participle, the stem of the
    participle's verb ("build" of "built") and the noun ("security")."""
    found = []
    for i, w in enumerate(text):
        if w.text not in vocab.ENSURING:
            continue
        k = i + 1 + (i + 1 < len(text) and text[i + 1].text == "that")
        j = k
        while j < len(text) and j < k + 5 and text[j].text not in BE and text[j].text not in _OUTCOME_LINKS \
                and text[j].clause == w.clause:
            j += 1
        if j == k or j + 1 >= len(text) or text[j].text not in BE | _OUTCOME_LINKS:
            continue
        participle = text[j + 1].text
        verb = vocab.IRREGULAR_PARTICIPLES.get(participle) \
            or (participle if participle.endswith("ed") and len(participle) > 4 else None)
        noun = next((x for x in text[k:j] if x.text not in FUNCTION_WORDS), None)
        if verb is not None and noun is not None:
            found.append((text[i : j + 2], stem(verb), noun))
    return found
