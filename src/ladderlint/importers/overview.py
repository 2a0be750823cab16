"""The overview of a framework: a page of the import with no ladder that
stands over the pages of the ladder.

What: beside a page per level or per competency, a site or a vault often
keeps a page over them: Notion's page over its pages of levels, a wiki's
*Engineering Ladder* page, a README, Hugo's ``_index.md``, a vault's
``index.md``. It holds no ladder. It is the overview where its title names
a framework (*Career Ladder*, *Progression Framework*), as its first
heading or, with no heading, as its front matter's ``title:``; or where it
is the page of the folder that holds the import's pages (``README.md``,
``index.md``, ``_index.md``), titled in its front matter alone (Hugo's
*Engineering*), and describes the framework. Its title names the
framework (where it reads as a framework's name), its first paragraph
before any section (else its front matter's ``description:``) describes
it, and a sentence that states the licence of the text (*This career
ladder is made available under the [Creative Commons
Attribution](https://creativecommons.org/licenses/by/4.0/) license*)
gives the framework's ``licence``, by its SPDX identifier (``CC-BY-4.0``)
where the words or the link name the licence and its version.

Why: everything else the page says (its sections *On titles* and *TODO*,
its list of the levels, the rest of its front matter) is none of the
framework's, and nothing is dropped silently: the report says each piece,
not placed, with its section. A licence that asks for attribution must
not be lost on the way.

Example::

    README.md   # Career Ladder / This ladder was developed by Jane Doe. /
                ### On titles / We have eschewed ... / ### License /
                This career ladder is made available under the Creative
                Commons Attribution 4.0 license.

gives ``name: Career Ladder``, ``description: This ladder was developed by
Jane Doe.``, ``licence: CC-BY-4.0`` and two entries not placed (the heading
*On titles* and its paragraph).

Fix: what the report says is not placed is for the framework's owner to
move into the YAML where it belongs (``--name`` names the framework
otherwise); a licence whose version the page does not say is reported with
the identifier to write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..patterns import lazy
from ..text import strip_markdown
from .blocks import Block, Heading, Other, Paragraph, block_text
from .document import ReportEntry
from .textutil import is_framework_title

#: Why the page is left out of the ladder: it is the framework's overview.
OVERVIEW = "an overview of the framework, no ladder"
#: How the report names what is the page's.
_ITS = "the overview's"
#: The headings of a section that states the text's licence.
_LICENCE_HEADINGS = frozenset({"license", "licence", "licensing", "copyright", "copyright and license",
                               "copyright and licence", "license and copyright", "licence and copyright"})
#: A sentence that states a licence: '... made available under the Creative Commons Attribution license',
#: 'Licensed under CC BY-SA 4.0', 'License: MIT'.
_STATES_LICENCE = lazy(r"\blicen[cs]ed\s+under\b|\bunder\s+(?:the\s+|an?\s+)?[^.]{0,120}?\blicen[cs]e\b|"
                       r"^\s*licen[cs]e\s*:", re.IGNORECASE)
#: A Creative Commons licence by its link, its code or its words, with its version.
_CC_LINK = lazy(r"creativecommons\.org/licenses/(?P<kind>by(?:-(?:nc|sa|nd)){0,2})/(?P<version>\d\.\d)", re.IGNORECASE)
_CC_CODE = lazy(r"\bCC[\s-]?(?P<kind>BY(?:[\s-](?:NC|SA|ND)){0,2})[\s-]+(?P<version>\d\.\d)\b", re.IGNORECASE)
_CC_WORDS = lazy(r"\bCreative\s+Commons\s+Attribution(?P<terms>(?:[\s-]+(?:Non-?Commercial|Share-?Alike|"
                 r"No-?Deriv(?:ative)?s))*)\W+(?:(?:International\s+)?(?:Public\s+)?licen[cs]e,?\s+)?(?:version\s+)?"
                 r"(?P<version>\d\.\d)\b", re.IGNORECASE)
_CC_ZERO = lazy(r"creativecommons\.org/publicdomain/zero/1\.0|\bCC0\b", re.IGNORECASE)
_MIT = lazy(r"\bMIT\s+licen[cs]e\b|\blicen[cs]e\s*:\s*MIT\b|\blicen[cs]ed\s+under\s+(?:the\s+)?MIT\b", re.IGNORECASE)
_APACHE = lazy(r"\bApache\s+licen[cs]e,?\s+(?:version\s+)?2\.0\b|\bApache[\s-]2\.0\b", re.IGNORECASE)
#: The terms of a Creative Commons licence, as its SPDX identifier writes them.
_CC_TERMS = (("non", "NC"), ("share", "SA"), ("deriv", "ND"))


def licence_named(text: str) -> str | None:
    """The SPDX identifier of the licence a text names with its version
    ('CC-BY-4.0' for *the [Creative Commons Attribution](https://
    creativecommons.org/licenses/by/4.0/) license*, *CC BY-SA 4.0* or
    *Creative Commons Attribution-ShareAlike 4.0*; 'MIT', 'Apache-2.0',
    'CC0-1.0'); None where it names none, or no version (*the Creative
    Commons Attribution license*), which an identifier cannot leave out."""
    found = _CC_LINK.search(text) or _CC_CODE.search(text)
    if found is not None:
        kind = re.split(r"[\s-]+", found.group("kind").upper())
        return "-".join(["CC", *kind, found.group("version")])
    words = _CC_WORDS.search(strip_markdown(text))
    if words is not None:
        terms = words.group("terms").casefold()
        return "-".join(["CC", "BY", *(code for word, code in _CC_TERMS if word in terms), words.group("version")])
    if _CC_ZERO.search(text):
        return "CC0-1.0"
    if _MIT.search(text):
        return "MIT"
    if _APACHE.search(text):
        return "Apache-2.0"
    return None


def states_licence(text: str, section: str | None) -> bool:
    """Whether a paragraph states the licence of the text: in a section
    headed *License* (*Licence*, *Copyright*), or in words that say so
    (*made available under the ... license*, *Licensed under ...*)."""
    return _licence_heading(section or "") or bool(_STATES_LICENCE.search(strip_markdown(text)))


def _licence_heading(heading: str) -> bool:
    """Whether a section's heading says it states the licence ('License', 'Copyright')."""
    return " ".join(strip_markdown(heading).casefold().split()).rstrip(":") in _LICENCE_HEADINGS


@dataclass
class Overview:
    """A page that is the framework's overview (see the module's docs)."""

    path: str
    #: Its title as written, and its line (a heading's, or the front matter's 'title:').
    title: str
    line: int
    #: Whether the title reads as a framework's name ('Career Ladder'), not only as the folder's page's.
    names: bool
    #: The paragraph that describes the framework, if any: its line and text.
    description: tuple[int, str] | None
    #: Whether that is the front matter's 'description:', the page's text having no paragraph to give.
    description_in_front_matter: bool = False
    #: The sentence that states the text's licence, if any: its line, its text and the SPDX identifier of
    #: the licence it names (None: no version, or no licence the import knows).
    licence: tuple[int, str, str | None] | None = None
    #: The heading of the section that states it ('License'), as the report says it where the licence is not taken.
    licence_heading: ReportEntry | None = None
    #: Everything else the page says, each as the report says it is not placed.
    rest: list[ReportEntry] = field(default_factory=list)
    #: The front matter's keys besides its title and description, as the report says them.
    front_matter: list[ReportEntry] = field(default_factory=list)


def read(path: str, blocks: list[Block], front: dict[str, tuple[int, str]] | None = None,
         folder_page: bool = False) -> Overview | None:
    """The overview a page with no ladder is, if it is one: ``blocks`` its
    body, ``front`` its front matter's keys (each its line and its value as
    written), ``folder_page`` whether it is the page of the folder that
    holds the import's pages (README.md, index.md, _index.md)."""
    shown = [b for b in blocks if not isinstance(b, Other)]
    heading = shown[0] if shown and isinstance(shown[0], Heading) and not shown[0].bold else None
    if front is not None and heading is not None and heading.depth != 1:
        heading = None  # a section's heading ('## Core Competencies'), under the front matter's title
    titled = front.get("title") if front is not None else None
    choices: list[tuple[str, int, Heading | None]] = []
    if heading is not None:
        choices.append((strip_markdown(heading.text).strip(), heading.line, heading))
    if titled is not None and titled[1].strip():
        choices.append((titled[1].strip(), titled[0], None))
    named = next((choice for choice in choices if is_framework_title(choice[0])), None)
    # Hugo's '_index.md' titled 'Engineering' in its front matter alone is its folder's page all the same.
    chosen = named or (choices[0] if choices and folder_page and heading is None else None)
    if chosen is None:
        return None
    title, line, title_heading = chosen
    body = [b for b in blocks if b is not title_heading]
    first_section = next((b.line for b in body if isinstance(b, Heading)), None)
    # 'See E1, E2 and E3.' sends the reader to the levels' pages: it describes nothing.
    opening = next((b for b in body if isinstance(b, Paragraph) and b.labelled is None
                    and (first_section is None or b.line < first_section) and not _licence_text(b.text)
                    and len(b.text.split()) >= 3 and not b.text.casefold().startswith(("see ", "refer to "))), None)
    said = front.get("description") if front is not None else None
    description = (opening.line, opening.text) if opening is not None else \
        (said[0], said[1].strip()) if said is not None and said[1].strip() else None
    if named is None and description is None:
        return None  # the folder's page, which neither names the framework nor describes it: no overview
    overview = Overview(path, title, line, named is not None, description, opening is None and description is not None)
    used_keys = {"title"} if title_heading is None else set()
    if overview.description_in_front_matter:
        used_keys.add("description")
    for key, (key_line, value) in (front or {}).items():
        if key not in used_keys and value.strip():
            overview.front_matter.append(ReportEntry(path, key_line, "unplaced", f"{_ITS} front matter, not part of "
                                                     "the framework", f"{key}: {value}"))
    section: Heading | None = None
    for block in body:
        if opening is not None and block is opening:
            continue
        if isinstance(block, Heading):
            section = block
        text = " ".join(block_text(block).split())
        if overview.licence is None and not isinstance(block, (Heading, Other)) \
                and states_licence(text, section.text if section is not None else None):
            overview.licence = (block.line, text, licence_named(block_text(block)))
            if section is not None and _licence_heading(section.text):
                # '### License' over it: the licence's label, taken with it.
                overview.licence_heading = next((e for e in overview.rest if e.line == section.line), None)
                overview.rest = [e for e in overview.rest if e is not overview.licence_heading]
            continue
        # A section's heading and text go together: the terminal says the section on one line.
        overview.rest.append(ReportEntry(path, block.line, "unplaced", _why_left_out(block, section), text,
                                         section=section.line if section is not None else 0))
    return overview


def _licence_text(text: str) -> bool:
    """Whether a paragraph states a licence in so many words (never the framework's description)."""
    return bool(_STATES_LICENCE.search(strip_markdown(text)))


def _why_left_out(block: Block, section: Heading | None) -> str:
    """Why a block of the overview is not placed: its section, or what it is."""
    if isinstance(block, Other):
        return block.reason  # as on every page: the site's navigation is said once for its pages
    if isinstance(block, Heading):
        return f"section '{strip_markdown(block.text).strip()}' of the overview, not part of the framework"
    if section is not None:
        return f"in section '{strip_markdown(section.text).strip()}' of the overview, not part of the framework"
    return "in the overview, not part of the framework"


def entries(overview: Overview, named: bool, described: bool, licensed: bool, why: str,
            licence_why: str) -> list[ReportEntry]:
    """The report's entries for an overview: what the framework took of it
    (its name where ``named``, its licence where ``licensed``; its
    description, where ``described``, the merge says, which weighs it
    against the documents' own), and every other piece of its text, not
    placed; ``why`` the framework did not take its title, ``licence_why``
    its licence."""
    found: list[ReportEntry] = []
    if named:
        found.append(ReportEntry(overview.path, overview.line, "layout", f"{OVERVIEW}: its title names the framework"))
    elif overview.names or not described:
        found.append(ReportEntry(overview.path, overview.line, "unplaced", f"{OVERVIEW}: not imported ({why})",
                                 overview.title))
    else:
        found.append(ReportEntry(overview.path, overview.line, "unplaced", f"{OVERVIEW}: its title, which names no "
                                 "framework", overview.title))
    if overview.description is not None and not described:
        line, text = overview.description
        found.append(ReportEntry(overview.path, line, "unplaced", f"{_ITS} front matter, not part of the framework"
                                 if overview.description_in_front_matter else "in the overview, not part of the "
                                 "framework", f"description: {text}" if overview.description_in_front_matter
                                 else " ".join(text.split())))
    if overview.licence is not None:
        line, text, spdx = overview.licence
        if licensed and spdx is not None:
            found.append(ReportEntry(overview.path, line, "layout", f"{OVERVIEW}: it states the licence of the "
                                                                    f"text, the framework's `licence: {spdx}`", text))
        elif spdx is not None:
            found.append(ReportEntry(overview.path, line, "unplaced", f"the licence {_ITS} text states ({spdx}), "
                                                                      f"not imported ({licence_why})", text))
        else:
            found.append(ReportEntry(overview.path, line, "unplaced", f"the licence {_ITS} text states, which "
                                     "names no version: write its SPDX identifier as the framework's `licence` "
                                     "(CC-BY-4.0 for Creative Commons Attribution 4.0)", text))
    if overview.licence_heading is not None and not licensed:
        found.append(overview.licence_heading)
    return found + overview.front_matter + overview.rest


def front_matter_keys(path: str, lines: list[str]) -> dict[str, tuple[int, str]] | None:
    """The keys of a page's front matter, each its line and its value as
    written (on one line); None where it has none (or none that reads as
    YAML)."""
    from . import frontmatter
    from .document import ImportFailure

    try:
        matter = frontmatter.split(path, lines)
    except ImportFailure:
        return None
    if matter is None:
        return None
    lines_of = frontmatter.key_lines(matter.root)
    return {key: (lines_of[key], " ".join(str(value).split()))
            for key, value in frontmatter.written_values(matter.root).items()}
