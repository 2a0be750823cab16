"""Whose framework is this? Guessed from what a document says, with the
evidence, strongest first:

1. a title of the common shape ('Dropbox Engineering Career Framework', 'Technical
   Writer Mindee Career Ladder');
2. the site's name (``og:site_name``) or a page title 'Careers | Acme';
3. a copyright line ('© 2024 Acme Inc.');
4. a sign-off ('Director of Product, FirstWho');
5. the organisation's own domain in the links ('paper.dropboxstatic.com'
   is Dropbox's), spelt as the document spells the name;
6. a name the text uses for an organisation, twice or more and more than
   any other ('engineers at Monzo', 'Monzo's values', 'outside of Loan
   Market'), that the text never writes in lower case (so not
   'Engineering'), up to three words long, or written as its domain
   ('within Leads.io'); a possessive after an
   article says what kind of thing follows, not whose ('a Bachelor's
   degree'), and possessives alone are said of tools too ('Kubernetes's
   scheduler', 'Kubernetes's API'): one of the mentions must stand for an
   organisation ('at Monzo', 'Monzo's engineering ladder'); failing that,
7. an organisation ``check`` knows by name (LL301's brands), that the text
   names twice or more, more than any other, and never cites ('adapted
   from Monzo's framework' names where the text comes from, not whose it
   is): 'within monzo', 'Monzo-style', 'Instills Monzo engineering
   principles'.

A name that ends in a department's or a field's words ('Deel Engineering'
as a site's name) is the rest ('Deel') where the text names it on its own:
the framework is the department's.

In an import of several tracks (a site), the organisation reads one way:
where the pages write one name several ways ('Deel', 'Deel Engineering',
'Deel Technologies'), every track has the one most pages give
(``read_one_way``). A track whose pages name no
organisation is the site's where the pages of two tracks or more name one
and no page names another: a site's pages do not each say whose they are.

Where nothing tells, the import uses a placeholder that ``check`` flags. A
known organisation the text names once, in passing ('the product that
Monzo is known for'), is no evidence: a framework adapted from another
organisation's keeps such a mention, which is what LL301 reports. The
report names it, so a person can decide.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..dictionary import english
from ..model import TextField
from ..rules.brands import CITED_ORGANISATIONS, BrandIndex, in_organisation_context, used_as_a_tool
from ..rules.prose import Prose
from ..rules.addresses import citation_spans, inside, url_spans
from ..text import and_list, plural
from ..vocabulary import DISCIPLINES, NAME_DOMAIN_ENDINGS, ROLE_NOUNS, id_rung, role_noun, seniority
from .blocks import Signal
from .document import ImportedDocument
from .textutil import (NAME_START, NOT_ORGANISATIONS, SITE_SOFTWARE, is_level_name, names_no_organisation, organisation_in,
                       strip_markdown, whose_site, written_as_a_name)
from ..patterns import lazy

#: The placeholder LL406 reports: the import never invents a name.
PLACEHOLDER = "\u27e8organisation\u27e9"

_COPYRIGHT = lazy(
    # The mark in any case; the name as a name is written ('Copyright rules' names no one).
    r"(?P<mark>©|(?i:\(c\)|copyright))(?:\s*(?:©|(?i:\(c\))))?\s*(?P<year>\d{4}(?:\s*[-\u2013]\s*\d{4})?,?\s*)?"
    rf"(?P<org>{NAME_START}[\w&'’.-]*(?: (?!(?i:all rights)){NAME_START}[\w&'’.-]*){{0,3}})",
)
#: A full stop that ends a sentence inside a copyright notice's name: after a word, not an initial
#: ('J. Smith'), before a capital ('Acme. Content licensed ...', 'Acme Inc. Licensed ...').
_SENTENCE_AFTER = lazy(r"(?<=\w\w)\.\s+(?=[A-Z])")
#: Words written with a full stop that ends no sentence: a title before a
#: name ('Dr. Martens', 'Mr. Cooper Group', 'St. James's Place').
_TITLES = frozenset("Dr Mr Mrs Ms Mx St Mt Ft Jr Sr".split())


def _first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence (``_SENTENCE_AFTER``),
    past the full stops of titles."""
    for end in _SENTENCE_AFTER.finditer(text):
        if text[: end.start()].rsplit(None, 1)[-1] not in _TITLES:
            return text[: end.start()]
    return text


#: What may come before a copyright notice on its line: markup, a comment's opening, a table's bar.
_NOTICE_START = lazy(r"[\s>*_#|<!+-]*$")
_LEGAL = lazy(r"[,.]?\s+(?:Inc|Ltd|LLC|GmbH|plc|Limited|Corp|Corporation|S\.?A|B\.?V|AG)\.?$", re.IGNORECASE)
_JOB = lazy(
    r"\b(?:Director|Manager|Head|Lead|VP|Vice President|Engineer|Founder|Co-founder|CEO|CTO|COO|CPO|Chief|"
    r"President|Officer|Partner|Recruiter|Designer|Principal)\b"
)
_SIGN_OFF = lazy(
    rf"^(?P<role>[A-Z][^,]{{2,60}}),\s*(?P<org>{NAME_START}[\w&'’.-]*(?: {NAME_START}[\w&'’.-]*){{0,2}})\s*$")
_HOST = lazy(r"https?://(?P<host>[A-Za-z0-9.-]+)")
_TITLE_SEPARATOR = lazy(r"\s+[|\u2013\u2014-]\s+|\s+[·•:]\s+")
#: Hosts that belong to no one framework's organisation.
_COMMON_HOSTS = frozenset("""
    github githubusercontent google googleapis gstatic googletagmanager google-analytics notion medium youtube
    youtu twitter x linkedin facebook instagram wikipedia cloudflare jsdelivr unpkg w3 schema creativecommons
    gravatar bit amazonaws cloudfront fontawesome typekit jquery bootstrapcdn apple microsoft office live
    dropboxusercontent slack atlassian figma miro loom gitlab bitbucket stackoverflow mozilla archive
    honeycomb jvns shields
""".split()) | {name for name in SITE_SOFTWARE if " " not in name and "." not in name}
_HOST_SUFFIXES = ("static", "cdn", "assets", "usercontent", "images", "img", "media", "files", "content")


@dataclass(frozen=True)
class Guess:
    name: str
    reason: str
    #: Lower is stronger.
    rank: int
    #: False for a name that is no evidence alone (a known organisation named
    #: once, in passing): the report names it beside the placeholder.
    taken: bool = True


def guess(text: str, signals: Iterable[Signal], title: str | None = None, page_title: str | None = None,
          file_title: str | None = None, description: str | None = None) -> Guess | None:
    """The organisation a document names, with the evidence; None when nothing does.
    ``file_title``: the name its file's name gives ('pampul-pm-career-ladder.csv' is
    'Pampul PM Career Ladder'), the weakest evidence of all, and said as such;
    ``description``: the page's own (front matter), which may name the framework
    as a title does ('The Engineering career ladder used at Globex - Engineer role')."""
    signals = list(signals)
    found: list[Guess] = []
    for heading in (title, page_title):
        name = organisation_in(heading, text) if heading else None
        if heading and name:
            found.append(Guess(name, f"the title '{heading}'", 1))
    for part in _TITLE_SEPARATOR.split(description or "") if description and len(description) <= 200 else ():
        if organisation_in(part.strip()):
            found.append(Guess(organisation_in(part.strip()) or "", f"the page's description '{description}'", 2))
            break
    if file_title and organisation_in(file_title):
        found.append(Guess(organisation_in(file_title) or "", f"the file's name (read as '{file_title}'), as nothing in it names one", 9))
    for signal in signals:
        if signal.kind == "site" and (owner := whose_site(signal.text)) is not None:
            found.append(Guess(owner, f"the site's name on line {signal.line}", 2))
        elif signal.kind == "title":
            parts = [p.strip() for p in _TITLE_SEPARATOR.split(signal.text) if p.strip()]
            while parts and whose_site(parts[-1]) is None:
                parts.pop()  # 'Engineering Levels - Platform Team - Confluence': the software's name
            if organisation_in(signal.text):
                found.append(Guess(organisation_in(signal.text) or "", f"the page title '{signal.text}'", 1))
            elif len(parts) >= 2 and len(parts[-1].split()) <= 3 and written_as_a_name(parts[-1]) \
                    and not names_no_organisation(parts[-1]):  # 'Engineering : Engineering Career Ladder'
                found.append(Guess(whose_site(parts[-1]) or parts[-1], f"the page title '{signal.text}' "
                                                                       f"(line {signal.line})", 2))
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped or len(stripped) > 200:
            continue
        copyright_ = _copyright_notice(stripped)
        if copyright_:
            # The name ends where a new sentence starts ('© 2025 Acme. Content licensed CC BY-SA').
            name = _LEGAL.sub("", _first_sentence(copyright_.group("org")).strip(" .,"))
            if name and not name.lower().startswith(("all rights", "copyright")):
                found.append(Guess(name, f"the copyright line on line {number}", 3))
                continue
        sign_off = _SIGN_OFF.match(stripped)
        if sign_off and _JOB.search(sign_off.group("role")):
            found.append(Guess(sign_off.group("org"), f"the sign-off '{stripped}' on line {number}", 4))
    host = _own_host(text, signals)
    if host is not None:
        found.append(host)
    if not found:
        named = _named_in_text(text) or _named_by_title_and_text(text, title or page_title) \
            or _known_organisation_named(text) or _named_in_description(description, text) \
            or _named_where_its_people_work(text)
        if named is not None:
            found.append(named)
    if not found:
        return None
    return _without_department(min(found, key=lambda g: (not g.taken, g.rank, found.index(g))), text)


#: Words that name a department or a field of an organisation, not the organisation: a site's name or
#: a copyright line says 'Deel Engineering', a department of Deel ('Engineering' is the framework's track).
_DEPARTMENTS = (DISCIPLINES - ROLE_NOUNS) | {"tech"}
#: A capitalised word after a name: the name is part of a longer one there ('Deel Engineering', 'Deel Inc').
_WORD_AFTER = lazy(r"\s+[A-Z0-9]")


def _without_department(found: Guess, text: str) -> Guess:
    """``found`` without the words of a department or a field that end it
    ('Deel Engineering' -> 'Deel'), where the text also names the rest on
    its own ('at Deel.', 'Deel's values'): the organisation, whose
    department the framework is. A name the text never writes without them
    ('Mode Analytics') stays whole."""
    words = found.name.split()
    for cut in range(1, len(words)):
        if all(word.casefold() in _DEPARTMENTS for word in words[cut:]):
            rest = " ".join(words[:cut])
            alone = next((m for m in re.finditer(rf"(?<![\w@/.-]){re.escape(rest)}(?![\w@/-])", text)
                          if not _WORD_AFTER.match(text, m.end())), None)
            if alone is not None:
                line = text.count("\n", 0, alone.start()) + 1
                return Guess(rest, f"{found.reason}, without '{' '.join(words[cut:])}', a department's name (the "
                                   f"text names '{rest}' on its own, line {line})", found.rank, found.taken)
    return found


def _copyright_notice(line: str) -> re.Match[str] | None:
    """A copyright notice on a line ('© 2024 Acme Inc.', 'Copyright Acme'):
    the sign, or the word with a year, anywhere; the word alone only where
    the line starts with it, as a notice does, not where a sentence speaks
    of copyright ('applying copyright rules and related legal issues')."""
    for match in _COPYRIGHT.finditer(line):
        if match.group("mark") == "©" or match.group("year") or _NOTICE_START.match(line[: match.start()]):
            return match
    return None


def of_the_site(tracks: Sequence[Sequence[ImportedDocument]]) -> None:
    """Give the pages of the tracks that name no organisation the one the
    other tracks of the import name, where two tracks or more name it and
    none names another (see the module's note)."""
    pages: dict[str, list[str]] = {}  # organisation -> the pages that name it
    naming = 0
    silent = []
    for documents in tracks:
        named = [(d.path, name) for d in documents for name in [_named_by(d)] if name]
        for path, name in named:
            pages.setdefault(name, []).append(path)
        naming += bool(named)
        if not named:
            silent.append(documents)
    if len(pages) != 1 or naming < 2 or not silent:
        return
    [(name, paths)] = pages.items()
    reason = (f"the other tracks of this import, whose pages name it ({plural(len(paths), 'page')}, "
              f"{os.path.basename(min(paths))} among them)")
    for documents in silent:
        for document in documents:
            document.organisation_guess = Guess(name, reason, 8)


def read_one_way(tracks: Sequence[Sequence[ImportedDocument]]) -> None:
    """The organisation read one way for all the tracks of an import, where
    their pages write one organisation's name several ways ('Deel' in one
    track's text, 'Deel Engineering' in another's page titles, 'Deel
    Technologies' in a third's copyright line): the name most pages give
    (a name with a department's words after it, 'Deel Engineering', counts
    as the name without them, where another page gives that one), else the
    one of the strongest evidence, else the shortest. Names of different
    first words name different organisations: each stays as it is."""
    guessed = [(d, d.organisation_guess) for documents in tracks for d in documents
               if d.organisation is None and d.organisation_guess is not None and d.organisation_guess.taken]
    said = {g.name for _, g in guessed} | {d.organisation for documents in tracks for d in documents if d.organisation}

    def without_department(name: str) -> str:
        words = name.split()
        return next((" ".join(words[:cut]) for cut in range(1, len(words))
                     if " ".join(words[:cut]) in said and all(w.casefold() in _DEPARTMENTS for w in words[cut:])), name)

    families: dict[str, list[tuple[ImportedDocument, Guess]]] = {}
    for document, found in guessed:
        families.setdefault(found.name.split()[0].casefold(), []).append((document, found))
    for family in families.values():
        if len({found.name for _, found in family}) < 2:
            continue
        pages: dict[str, set[str]] = {}
        strongest: dict[str, int] = {}
        for document, found in family:
            name = without_department(found.name)
            pages.setdefault(name, set()).add(document.path)
            strongest[name] = min(strongest.get(name, found.rank), found.rank)
        name = min(pages, key=lambda n: (-len(pages[n]), strongest[n], len(n), n))
        everyone = {document.path for document, _ in family}
        for document, found in family:
            if found.name != name:
                document.organisation_guess = Guess(
                    name, f"the name most pages of this import give it ({len(pages[name])} of the {len(everyone)} "
                          f"that name one, {os.path.basename(min(pages[name]))} among them), not '{found.name}' as "
                          f"{found.reason} reads it", found.rank)


def _named_by(document: ImportedDocument) -> str | None:
    """The organisation a page names, or its guess if it is evidence."""
    guessed = document.organisation_guess
    return document.organisation or (guessed.name if guessed is not None and guessed.taken else None)


def _own_host(text: str, signals: list[Signal]) -> Guess | None:
    hosts: Counter[str] = Counter()
    for signal in signals:
        if signal.kind == "host":
            hosts[signal.text] += 1
    for match in _HOST.finditer(text):
        if not signals:  # text formats: the links in the text itself
            hosts[match.group("host").lower()] += 1
    names: Counter[str] = Counter()
    for host, count in hosts.items():
        name = _registrable(host)
        if name and name not in _COMMON_HOSTS:
            names[name] += count
    if not names:
        return None
    best, count = max(names.items(), key=lambda item: (item[1], item[0]))
    if count < 2:
        return None  # one link is as often a reference to someone else ('focus.finops.org')
    spelt = _spelling(best, text)
    if spelt is None:
        return None
    return Guess(spelt, f"the links to its own domain ({best}, {plural(count, 'link')})", 5)


#: The top-level domain of a name written as its own domain ('Leads.io', 'Monday.com', 'Booking.com').
_NAME_DOMAIN = rf"(?:\.(?:{'|'.join(NAME_DOMAIN_ENDINGS)}))?"
_CAPITALISED = lazy(rf"(?<![\w.@/%-]){NAME_START}[a-z0-9]*(?:[A-Z][a-z0-9]*)*{_NAME_DOMAIN}(?![\w@/-])")
#: Up to three capitalised words in a row, one space apart: a name may be several ('Loan Market').
_CAPITALISED_RUN = lazy(rf"{_CAPITALISED.pattern}(?: {_CAPITALISED.pattern}){{0,2}}")


_TITLE_CASE_NEXT = lazy(r"[ \t]+[A-Z][a-z]")
#: What a line holds before the first word of a sentence: nothing but a bullet, a heading's marks, a quote,
#: emphasis, a table's bar; or the end of the sentence before.
_SENTENCE_START = lazy(r"(?:^\s*(?:[-*+>#|]+\s*|\d+[.)]\s+)*|[.!?:|]\s+)[*_\"'“‘(]*$")
#: After an article a possessive says what kind of thing follows ('a Bachelor's degree', 'an Associate's
#: degree'), not whose it is: an organisation's possessive stands where the article would ('Monzo's values').
_POSSESSIVE = lazy(r"['’]s\b")
#: What an organisation has and a tool has not, after its possessive ('Zentoro's goals', 'Acme's customers').
_AIMS_AFTER = lazy(r"['’]s\s+(?:[\w-]+\s+)?(?:goals|objectives|strategy|priorities|customers|clients|business)\b")
_ARTICLE_BEFORE = lazy(r"(?<![\w'’-])(?:a|an)\s+$", re.IGNORECASE)


def _named_in_text(text: str) -> Guess | None:
    """The one name the text uses for an organisation ("engineers at
    Monzo", "Monzo's values", "outside of Loan Market"), twice or more and
    more than any other."""
    # Words written in lower case, but not in an address or a path
    # ('handbook.gitlab.com' does not make GitLab an ordinary word).
    lower = set(re.findall(r"(?<![\w/@-])(?<!\w\.)[a-z][a-z0-9]*(?![\w/@-]|\.\w)", text))
    counts: Counter[str] = Counter()
    said_as_one: set[str] = set()  # the names the words around them make an organisation's somewhere
    first: dict[str, int] = {}
    at: set[int] = set()  # where the names stand for an organisation
    for run in _CAPITALISED_RUN.finditer(text):
        words = list(_CAPITALISED.finditer(text, run.start(), run.end()))
        i = 0
        while i < len(words):
            # The longest name starting at this word that stands for an organisation:
            # 'at Acme Labs' is Acme Labs', 'the Zentoro Values' is Zentoro's.
            for j in range(len(words), i, -1):
                start, end = words[i].start(), words[j - 1].end()
                if _names_an_organisation(text, start, end, lower):
                    name = text[start:end]
                    counts[name] += 1
                    if in_organisation_context(text, start, end) or _AIMS_AFTER.match(text, end):
                        said_as_one.add(name)
                    first.setdefault(name, text.count("\n", 0, start) + 1)
                    at.add(start)
                    i = j
                    break
            else:
                i += 1
    ranked = counts.most_common(2)
    # A possessive alone is said of a tool as of an organisation ('Kubernetes's scheduler', 'Kubernetes's
    # API'): the name must stand for an organisation somewhere ('at Monzo', 'Monzo's engineering ladder').
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]) \
            or ranked[0][0] not in said_as_one:
        return _named_and_said_again(text, counts, first, at)
    name, count = ranked[0]
    return Guess(name, f"the text's name for an organisation ('{name}', {count} times, first on line {first[name]})", 6)


#: What a sentence's organisation stands before: the end of its clause ('alongside Acme.', 'the
#: community and Acme,'), where a tool or a product goes on with what of it is meant ('Kubernetes clusters').
_CLAUSE_ENDS = lazy(r"\s*(?:$|[.,;:!?)\]](?!\w))")
#: Words before a name that make it a place or a tool ('in Jira.', 'deploys to Kubernetes.', 'with GitHub.').
_PLACE_OR_TOOL_BEFORE = lazy(r"\b(?:in|on|onto|into|to|with|using|via|from|through|inside|under|of)\s+$",
                             re.IGNORECASE)


#: A name that ends a list of names ('Terraform and Kubernetes.', 'Helm, Kustomize and Kubernetes.',
#: 'GCP or AWS.'): tools or products named together, not the organisation a sentence deals with.
_LIST_OF_NAMES_BEFORE = lazy(r"\b[A-Z][\w.+#-]*(?:,\s*|\s+(?:and|or|&)\s+)$")


def _named_and_said_again(text: str, counts: Counter[str], first: dict[str, int], at: set[int]) -> Guess | None:
    """The name the text uses for an organisation once ('Acme's product
    owners'), and that it names again, three times or more in all, where a
    sentence names an organisation it deals with: at the end of a clause,
    after no word that makes it a place or a tool ('alongside Acme.', 'the
    community and Acme.', 'as well as Acme,'), the only such name. A tool
    is said otherwise ('deploys to Kubernetes', 'Kubernetes clusters');
    the sites everyone uses ('GitHub'), and the organisations frameworks
    cite, are no framework's owner this way."""
    cited = citation_spans(text)
    addresses = url_spans(text)
    totals: Counter[str] = Counter()
    for name, count in counts.items():
        if name.casefold() in _COMMON_HOSTS or name in CITED_ORGANISATIONS:
            continue
        again = 0
        for match in re.finditer(rf"(?<![\w@/.-]){re.escape(name)}(?![\w@/-])", text):
            start, end = match.span()
            line_start = text.rfind("\n", 0, start) + 1
            if start in at or inside(cited, start, end) or inside(addresses, start, end) \
                    or _SENTENCE_START.search(text[line_start:start]) or not _CLAUSE_ENDS.match(text, end) \
                    or _PLACE_OR_TOOL_BEFORE.search(text, max(0, start - 12), start) \
                    or _LIST_OF_NAMES_BEFORE.search(text, max(0, start - 40), start) \
                    or used_as_a_tool(text, start, end):
                continue
            again += 1
        if again:
            totals[name] = count + again
    ranked = totals.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    name, total = ranked[0]
    return Guess(name, f"the text's name for an organisation ('{name}', {plural(counts[name], 'time')} as one and "
                       f"{total - counts[name]} more where a sentence names one, first on line {first[name]})", 6)


#: What a framework's description says works at the organisation, in its sentence before 'at':
#: its people ('how engineers grow at Dingo Software'), 'we' ('What we expect ... at Bilby') or the
#: framework itself ('Our SRE ladder at Pelican Cloud').
_PEOPLE_OR_LADDER = lazy(r"\b(?:we|our|us|engineers|employees|people|staff|team|teams|ladder|framework|levels)\b",
                         re.IGNORECASE)
#: What, right before 'at', makes the name another's: a place to learn or to speak, a customer,
#: a partner ('courses at Coursera', 'a talk at QCon', 'customers at Qantas').
_NOT_WORKING_THERE = lazy(
    r"\b(?:courses?|classes|training|trained|learn\w*|stud\w*|certifi\w*|talks?|speak\w*|present\w*|"
    r"customers?|clients?|partners?|users?|vendors?|suppliers?|previously|formerly|once|used|based|inspired)"
    r"(?:\s+\w+){0,2}\s+at\s+$", re.IGNORECASE)
_AT = lazy(r"\bat\s+(?=[A-Z])")


def _named_in_description(description: str | None, text: str) -> Guess | None:
    """The organisation the framework's own description names as where its
    people work ('This ladder describes how engineers grow at Dingo
    Software', 'Our SRE ladder at Pelican Cloud'), once is enough there: the
    one name after 'at', in a sentence about its people, 'we' or the ladder,
    that names an organisation as the text's names do (see
    ``_named_in_text``). Not a place to learn or speak, a customer, a
    partner, a tool, an organisation frameworks cite, nor where it is cited."""
    if not description or len(description) > 600:
        return None
    lower = set(re.findall(r"(?<![\w/@-])(?<!\w\.)[a-z][a-z0-9]*(?![\w/@-]|\.\w)", text))
    cited = citation_spans(description)
    names: set[str] = set()
    for at in _AT.finditer(description):
        sentence = description[max(description.rfind(". ", 0, at.start()), 0):at.start()]
        run = _CAPITALISED_RUN.match(description, at.end())
        if run is None or not _PEOPLE_OR_LADDER.search(sentence) or _NOT_WORKING_THERE.search(description, 0, at.end()) \
                or _a_gathering(run.group()):
            continue
        words = list(_CAPITALISED.finditer(description, run.start(), run.end()))
        start = words[0].start()
        if not _names_an_organisation(description, start, words[0].end(), lower):
            continue
        # The name runs on to the end of its clause ('at Dingo Software.', 'at Pelican Cloud,'),
        # but for the words of a field or a role after it ('at Bilby Engineering').
        end = next((w.end() for w in reversed(words) if _CLAUSE_ENDS.match(description, w.end())), words[0].end())
        name = description[start:end]
        if any(w.casefold() in DISCIPLINES or id_rung(w) is not None or seniority(w) is not None
               for w in name.split(" ")[1:]):
            name, end = description[start:words[0].end()], words[0].end()
        if not used_as_a_tool(description, start, end) and not inside(cited, start, end) \
                and not _RUNG_AFTER.match(description, end) \
                and name.casefold() not in _COMMON_HOSTS and CITED_ORGANISATIONS.isdisjoint(name.split(" ")):
            names.add(name)
    if len(names) != 1:
        return None
    [name] = names
    # Another name said as an organisation's in the description ('engineers at Zentoro. Quorvia's
    # values ...'): it does not tell which is the framework's.
    for run in _CAPITALISED_RUN.finditer(description):
        if not name.startswith(run.group()) and not run.group().startswith(name) \
                and _names_an_organisation(description, run.start(), run.end(), lower):
            return None
    return Guess(name, f"the framework's description ('{description}'), which says its people work there", 7)


#: 'at' in the languages ladders are written in, before where someone works: 'chez Acme' (French),
#: 'bei Acme' (German). Spanish's and Portuguese's 'en'/'na' say 'in' as often, a language or a tool.
_WORKS_AT = lazy(r"(?<![\w-])(?i:at|chez|bei)\s+(?P<name>(?:[A-Z]|[0-9]+[A-Za-z])[\w&'’.-]*"
                 r"(?: (?:[A-Z]|[0-9]+[A-Za-z])[\w&'’.-]*){0,2})")
#: 'We', 'our' and their people in those languages: a sentence about the ladder's people
#: ('Chez Acme, nous utilisons ...', 'les niveaux des développeurs chez Acme', 'Bei Acme arbeiten wir ...').
_WE_OR_OURS = frozenset("""
    we our us nous nos notre wir unser unsere unseren unserer
    ladder framework levels niveaux grille carrière carrières
""".split())
#: A list's item: a statement of a level, where a name said once is said in passing ('my team at Acme').
_LIST_ITEM = lazy(r"\s*(?:[-*+•]|\d+[.)])\s")
_A_SENTENCE = lazy(r"[^.!?\n]*")
_SENTENCE_END = lazy(r"[.!?]\s")
#: What people meet at, not where they work: 'demo at Sprint Review', 'calibrated at Quarterly Reviews',
#: 'feedback at Performance Review time', 'talk at All-Hands'.
_GATHERINGS = frozenset("""
    review reviews retro retros retrospective retrospectives standup standups stand-up stand-ups planning
    demo demos day days all-hands hands meeting meetings conference conferences meetup meetups offsite offsites
    summit summits talk talks session sessions sync syncs kickoff kickoffs kick-off workshop workshops
    hackathon hackathons hall halls townhall ceremony ceremonies week weeks time check-in check-ins
    one-on-one one-on-ones 1:1 1:1s showcase showcases
""".split())


def _a_gathering(name: str) -> bool:
    """Whether the capitalised words after 'at' name a meeting or an event
    people go to ('Sprint Review', 'Performance Review', 'Demo Day'), not
    where they work."""
    return any(w.casefold() in _GATHERINGS for w in re.findall(r"[\w:-]+", name))


#: 'chez' and 'bei' say where someone is, never when: a word English has after them is still a name ('Chez Acme').
_AT_A_PLACE = lazy(r"(?i:chez|bei)\s")
#: A number or a rung after a name: 'at Level 3', 'at Grade II' name a level, not where one works.
_RUNG_AFTER = lazy(r" (?:\d|[IVX]+\b)")


def _named_where_its_people_work(text: str) -> Guess | None:
    """The organisation the text names as where its people work, in any
    language it is written in: the one name after 'at', 'chez' or 'bei' in
    a sentence about 'we', 'our' or the ladder's people ('Chez Acme, nous
    utilisons ...', '... des développeurs chez Acme ?', 'engineers at
    Acme'), where no other evidence names one; once is enough, as in a
    description (``_named_in_description``). Not a place to learn or speak,
    a customer or partner, a tool, a role or a field, an organisation
    frameworks cite, nor where it is cited or an address."""
    plain = strip_markdown(text)
    cited = citation_spans(plain)
    addresses = url_spans(plain)
    names: dict[str, int] = {}
    for at in _WORKS_AT.finditer(plain):
        # The sentence 'at' stands in: from the end of the one before, on its line, to its own end.
        line_start = plain.rfind("\n", 0, at.start()) + 1
        if _LIST_ITEM.match(plain, line_start):
            continue
        start = max([line_start] + [stop.end() for stop in _SENTENCE_END.finditer(plain, line_start, at.start())])
        ends = _A_SENTENCE.match(plain, at.end())
        sentence = plain[start:ends.end() if ends else at.end()]
        said = {w.casefold() for w in re.findall(r"[^\W\d_]+", sentence)}
        if said.isdisjoint(_WE_OR_OURS) and not any(role_noun(w) for w in said) \
                or _NOT_WORKING_THERE.search(plain, max(0, at.start() - 60), at.start("name")):
            continue
        name = _first_sentence(at.group("name")).rstrip(".,;:’'")  # 'at Acme. Its values': Acme
        name_start, name_end = at.start("name"), at.start("name") + len(name)
        first = name.split(" ")[0]
        if inside(cited, name_start, name_end) or inside(addresses, name_start, name_end) \
                or used_as_a_tool(plain, name_start, name_end) or name.casefold() in _COMMON_HOSTS \
                or not CITED_ORGANISATIONS.isdisjoint(name.split(" ")) or first.casefold() in NOT_ORGANISATIONS \
                or first.casefold() in DISCIPLINES or role_noun(first) or id_rung(first) is not None \
                or seniority(first) is not None or is_level_name(name) or _RUNG_AFTER.match(plain, name_end) \
                or _a_gathering(at.group("name")) \
                or " " not in name and english().knows(name.casefold()) and not _AT_A_PLACE.match(at.group()):
            continue
        names.setdefault(name, plain.count("\n", 0, at.start()) + 1)
    if len(names) != 1:
        return None
    [(name, line)] = names.items()
    # Another name the text says as an organisation's ('at Zentoro. Quorvia's values'): it does not tell whose.
    lower = set(re.findall(r"(?<![\w/@-])(?<!\w\.)[a-z][a-z0-9]*(?![\w/@-]|\.\w)", plain))
    for run in _CAPITALISED_RUN.finditer(plain):
        if not name.startswith(run.group()) and not run.group().startswith(name) \
                and _names_an_organisation(plain, run.start(), run.end(), lower):
            return None
    return Guess(name, f"the text, which says its people work at '{name}' (line {line})", 7)


def named_across(texts: Sequence[str]) -> Guess | None:
    """The one name the pages of a ladder use for an organisation, where no
    page alone names one twice ('DoSomething's presence' on one level's
    page, 'DoSomething's Core Values' on another's): a site's pages each
    say whose they are once, if at all."""
    found = _named_in_text("\n\n".join(texts)) if len(texts) >= 2 else None
    if found is None:
        return None
    pages = sum(1 for text in texts if re.search(rf"(?<![\w-]){re.escape(found.name)}(?![\w-])", text))
    if pages < 2:
        return None  # one page names it, again and again, where it alone does not count: no site's name
    return Guess(found.name, f"the pages' name for an organisation ('{found.name}', on {pages} pages)", 6)


def named_by_pages_without_ladder(pages: Sequence[tuple[str, str, Sequence[Signal], str | None]]) -> Guess | None:
    """The organisation that the pages of an import holding no ladder (an
    overview, a README: path, text, signals, page title) name, where the
    ladder's own pages name none: a site's levels need not say whose they
    are where its front page does. Only the evidence that names one, and
    one name among those pages; none where they name different ones."""
    found = [(path, named) for path, text, signals, page_title in pages
             for named in [guess(text, signals, page_title=page_title)] if named is not None and named.taken]
    if not found or len({named.name for _, named in found}) > 1:
        return None
    path, named = min(found, key=lambda pair: (pair[1].rank, pair[0]))
    return Guess(named.name, f"{os.path.basename(path)}, a page of this import with no ladder, which names it: "
                             f"{named.reason}", 8)


def _named_by_title_and_text(text: str, title: str | None) -> Guess | None:
    """The name that starts or ends a page's title ('QA Tester Levels R&D
    Lumi', 'Lumi QA Tester Levels') where the text names it again and
    never writes it in lower case: where people put whose a ladder is, in
    any language. A word of the dictionary is too weak a sign there."""
    words = strip_markdown(title or "").split()
    if len(words) < 2:
        return None
    for word in (words[-1], words[0]):
        word = word.strip(".,:;()[]\"'")
        if not written_as_a_name(word) or len(word) < 2 or not any(ch.islower() for ch in word) \
                or word.casefold() in NOT_ORGANISATIONS or word.casefold() in DISCIPLINES or names_no_organisation(word) \
                or id_rung(word) is not None or seniority(word) is not None or english().knows(word.casefold()):
            continue  # a title's own words ('Levels', 'Guide', 'Senior'): only a name no dictionary knows
        spellings = [m for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)]
        if any(m.group(0) != word for m in spellings):
            continue  # written otherwise too ('systems'): a word, not a name
        if word == words[0].strip(".,:;()[]\"'") and _in_sentence_case(words):
            # 'Tabela de evolução de carreira': the capital is the sentence's; only the text's
            # mentions inside a sentence say it is a name.
            spellings = [m for m in spellings if not _SENTENCE_START.search(text[text.rfind("\n", 0, m.start()) + 1:m.start()])]
        lines = [text.count("\n", 0, m.start()) + 1 for m in spellings]
        all_lines = text.split("\n")
        again = [n for n in lines if _visible(all_lines[n - 1]) != _visible(title or "")]  # the title's own line is no mention
        if again:
            where = "ends" if word == words[-1].strip(".,:;()[]\"'") else "starts"
            return Guess(word, f"the title '{title}', which {where} with '{word}', and the text, which names it "
                               f"again ({plural(len(again), 'time')}, first on line {again[0]})", 6)
    return None


def _visible(line: str) -> str:
    """What a reader sees of a line: without its Markdown or HTML markup ('<h1 align="center">Title</h1>')."""
    return strip_markdown(re.sub(r"<[^<>]*>", "", line).lstrip("#")).strip()


def _in_sentence_case(words: Sequence[str]) -> bool:
    """Whether a title is written as a sentence, every word after the first in
    lower case ('Tabela de evolução de carreira'), so its first word's capital says nothing."""
    rest = [w for w in words[1:] if w[:1].isalpha()]
    return bool(rest) and all(w[:1].islower() for w in rest)


def _known_organisation_named(text: str) -> Guess | None:
    """The organisation of ``check``'s brand list that the text names again
    and again, as LL301 finds it, and in lower case in any of the contexts
    that make a name the organisation's ('within monzo' is Monzo's, though
    LL301 leaves it); a name named
    once is returned as no evidence (``taken`` False), and a cited one not
    at all: a text that says where it comes from names another's work."""
    index = BrandIndex.for_run(())
    prose = Prose([TextField((), text, "document")])
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    cited: set[str] = set()
    # Every line that names each brand, as an organisation or not ('37signals level pay ...'): what the
    # report says of a name it does not take counts them all.
    said_on: dict[str, list[int]] = {}
    citations = citation_spans(text)
    addresses = url_spans(text)
    for _, start, end, source in index.find_in(prose):
        if inside(addresses, start, end):
            continue
        line = text.count("\n", 0, start) + 1  # the names in lower case are found after the others
        said_on.setdefault(source.brand, []).append(line)
        if not index.stands_for_organisation(prose.lower_words, text, start, end, source, lower_case_as_evidence=True):
            continue
        if inside(citations, start, end):
            cited.add(source.brand)
            continue
        counts[source.brand] += 1
        first[source.brand] = min(first.get(source.brand, line), line)
    ranked = [(brand, count) for brand, count in counts.most_common() if brand not in cited]
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    brand, count = ranked[0]
    if count < 2:
        lines = sorted(said_on[brand])
        times = {1: "once", 2: "twice"}.get(len(lines), f"{len(lines)} times")
        where = and_list([str(n) for n in sorted(set(lines))])
        how = "in passing" if len(lines) == 1 else "as an organisation only once"
        return Guess(brand, f"the text names '{brand}' {times}, on {'line' if len(set(lines)) == 1 else 'lines'} "
                            f"{where}, {how}: pass --org {brand} "
                            f"if the framework is {brand}'s; if it was adapted from {brand}'s, check reports the name "
                            "(LL301)", 7, taken=False)
    return Guess(brand, f"the text, which names '{brand}' {count} times (first on line {first[brand]}), "
                        "an organisation check knows (LL301)", 7)


def _names_an_organisation(text: str, start: int, end: int, lower: set[str]) -> bool:
    """Whether the capitalised words at text[start:end] name an organisation there."""
    name = text[start:end]
    words = name.split(" ")
    if len(name) < 2 or any(id_rung(w) is not None or seniority(w) is not None or w.casefold() in NOT_ORGANISATIONS
                            for w in words):
        return False
    if len(words) == 1 and name.lower() in lower:
        return False
    # A name of several words is a name where the text never writes them as ordinary words ('loan market'),
    # and not where a sentence starts with it: 'Instills Monzo values' starts with a verb.
    if len(words) > 1 and (re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text)
                           or _SENTENCE_START.search(text[text.rfind("\n", 0, start) + 1 : start])):
        return False
    # Its possessive names it as an organisation wherever it stands ('streamline Postman's use of'),
    # but after an article (below).
    if not in_organisation_context(text, start, end) and not (len(words) == 1 and _POSSESSIVE.match(text, end)):
        return False
    if _POSSESSIVE.match(text, end) and _ARTICLE_BEFORE.search(text, max(0, start - 8), start):
        return False  # 'a Bachelor's degree': a kind of degree, no one's
    if _TITLE_CASE_NEXT.match(text, end) and (name.endswith(("ing", "ed")) or name.isupper() and len(name) <= 3):
        return False  # a heading in title case: 'Delighting People', 'ML Engineers', not an organisation's people
    return True


def _registrable(host: str) -> str:
    parts = [p for p in host.split(".") if p]
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "ac", "gov") and len(parts[-1]) == 2:
        name = parts[-3]
    else:
        name = parts[-2] if len(parts) >= 2 else host
    for suffix in _HOST_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix)]
    return name


def _spelling(name: str, text: str) -> str | None:
    """How the document spells a name it links to ('dropbox' -> 'Dropbox');
    None when the words never name it (a link is not enough alone)."""
    spellings = Counter(m.group(0) for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w.])", text, re.IGNORECASE))
    capitalised = {s: n for s, n in spellings.items() if written_as_a_name(s)}
    if not capitalised:
        return None
    return max(capitalised.items(), key=lambda item: (item[1], item[0]))[0]
