"""LL508 packed-statements."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from ..model import Framework, TextField
from ..text import FUNCTION_WORDS, LONGEST_READ, THIRD_PERSON_START
from ..vocabulary import PEOPLE, PERIODIC, SIZE_WORDS, TITLE_NOUNS
from .base import Severity, Violation
from .messages import excerpt, shorten
from .textscan import TextRule
from ..patterns import lazy

if TYPE_CHECKING:
    from .analysis import Analysis

# An item starts a line (or follows a <br>) with a bullet or a number.
_LINE_ITEM = lazy(r"(?:^|\n|<br\s*/?>)[ \t]*([*•▪◦●‣·-]|\d{1,2}[.)])[ \t]+(?=\S)", re.IGNORECASE)
# Inline: "1. ... 2. ..." (not "(1)", "v2.", "1.5").
_NUMBERED = lazy(r"(?<![\w.(])(\d{1,2})[.)][ \t]+(?=\S)")
_BULLET = lazy(r"(?:^|(?<=\s))([•▪◦●‣])[ \t]+(?=\S)")
# A dash typed as a bullet between two sentences: "... target audience. -
# Effectively shares credit ..." (a hyphen, or the en dash an editor makes
# of it); not a dash inside a sentence ("Project Leadership - I define"),
# nor one that goes on in lower case ("... on time. - and then").
_DASH_AFTER_A_SENTENCE = lazy(r"(?<=[.!?]) ([-\u2013]) (?=[A-Z])")
# How an item that a comma, a semicolon or "and" joins to the next ends:
# one sentence's enumeration ("three steps: 1) reproduce, 2) isolate, 3) fix").
_JOINED = (",", ";", " and", " or")


def packed_items(text: str) -> list[re.Match[str]]:
    """The list markers of the items packed into the text, or [] if it
    reads as one statement (group 1 of each is the marker)."""
    line_items = list(_LINE_ITEM.finditer(text))
    if len(line_items) >= 2:
        return [] if _one_sentence(text, line_items) else line_items
    numbers = [m for m in _NUMBERED.finditer(text)]
    run: list[re.Match[str]] = []
    for m in numbers:  # a run 1, 2, 3 ... in order
        n = int(m.group(1))
        if n == 1:
            run = [m]
        elif run and n == int(run[-1].group(1)) + 1:
            run.append(m)
    if len(run) >= 2 and not all(text[a.end() : b.start()].rstrip().endswith(_JOINED) for a, b in zip(run, run[1:])):
        return run
    bullets = list(_BULLET.finditer(text))
    if len(bullets) >= 2 or (bullets and text[: bullets[0].start()].strip()):
        return bullets
    if " - " in text or " \u2013 " in text:
        return list(_DASH_AFTER_A_SENTENCE.finditer(text))
    return []


def _one_sentence(text: str, items: list[re.Match[str]]) -> bool:
    """Whether the items on lines of their own are one sentence's
    enumeration: a lead-in that ends with a colon, and every item but the
    last joined to the next by a comma, a semicolon, "and" or "or"
    ("I build pipelines with our stack:\\n- Airflow;\\n- dbt; and\\n- BigQuery.")."""
    if not text[: items[0].start()].rstrip().endswith(":"):
        return False
    if any(_GERUND.match(text, item.end()) for item in items):
        return False  # "Is responsible for:\n- leading design reviews;\n- mentoring ...": duties, each a behaviour
    return all(text[a.end() : b.start()].rstrip().endswith(_JOINED) for a, b in zip(items, items[1:]))


# An item that starts with a verb in -ing says something done, a behaviour of its own.
_GERUND = lazy(r"[A-Za-z]{2,}ing\b")


class PackedStatements(TextRule):
    """Several statements packed into one: a numbered or bulleted list inside a statement.

    Reported: two or more lines (or `<br>`-separated parts) starting with a
    bullet or a number; an inline numbered sequence "1. ... 2. ..."; bullet
    characters (•) inside the text; a dash typed as a bullet between two
    sentences ("... target audience. - Effectively shares credit ...": a
    sentence's end, " - " or " – ", and a capital letter). A dash or a number in a sentence
    ("Project Leadership - I define ...", "(1) cost and (2) risk", a dash
    after no sentence's end or before a word in lower case), and
    items joined by commas or semicolons into one sentence ("three steps:
    1) reproduce, 2) isolate, 3) fix"; a lead-in that ends with a colon
    and items on lines of their own that each end with a comma, a
    semicolon, "and" or "or" but the last: "I use our stack:" and the
    items "- Airflow;", "- dbt;", "- BigQuery." on lines of their own),
    are not a list of statements, unless the items are things done
    ("Is responsible for:" over "- leading design reviews;", "- mentoring
    engineers.").

    Also reported: in a statement that starts with a verb in "-s"
    ("Updates ..."), a second such verb capitalised after a word in lower
    case, the full stop between two statements lost, as joined lines of a
    table cell lose it ("Updates internal documentation Asks clear
    questions", "... ticket routing, etc Patches internal projects"); not
    after a word of grammar ("works with Designs"), after a capitalised
    word ("Enterprise Services"), before a word of grammar ("with
    engineering Leads on planning"), after a word that stands before a noun
    ("monthly Releases", "internal Tools", "large Builds"), nor a role
    ("Managers") or a word that is no verb ("Operations").

    Also reported: a text of any kind longer than 20,000 characters (about
    3,000 words; a statement rarely has 200, a long description 2,000):
    a page, a log or a list pasted in by mistake, or a whole section
    written as one statement. The wording rules (LL2xx's comparisons,
    LL4xx, LL5xx) do not read such a text: read word by word, it would
    keep a pre-commit hook busy for seconds or minutes.

    Why this matters:
        Each statement is one expected behaviour: it is what people are
        assessed against, what `ladderlint diff` follows, and what the
        progression rules compare across levels. A list packed into one
        statement hides behaviours from all of them, usually because a
        table cell or a paragraph was imported whole.

    Example:
        ```yaml
        scope:
          - "1. I own projects in service of quarterly goals 2. I identify the right solutions"
        ```
        Fix: make each item a statement of its own. Where the items follow
        "for example", "e.g." or "such as", they illustrate the statement
        rather than add to it: the finding says to move them to the
        statement's `examples:` (`{text: "I lead migrations that reduce
        cost", examples: [...]}`).
    """

    code = "LL508"
    name = "packed-statements"
    severity = Severity.WARNING
    kinds = frozenset({"statement"})
    # Each starts with a fixed character, so the regex engine skips fast.
    trigger = (
        lazy(r"\n[ \t]*(?:[*•▪◦●‣·-]|\d{1,2}[.)])[ \t]"),
        lazy(r"<[Bb][Rr]"),
        lazy(r"1[.)][ \t]"),
        *(lazy(bullet) for bullet in "•▪◦●‣"),
        *(f"{end} {dash} " for end in ".!?" for dash in "-\u2013"),
    )

    def check(self, framework: Framework, analysis: "Analysis") -> Iterable[Violation]:
        for field in analysis.too_long:
            what = field.kind.replace("-", " ")
            yield Violation(
                field.path,
                f"{what} of {len(field.text):,} characters ({len(field.text.split()):,} words), far longer than "
                f"prose is: text pasted in by mistake, or many statements written as one; the wording rules "
                f"skip a text over {LONGEST_READ:,} characters; remove what was pasted, or make each statement "
                "one of its own",
            )
        yield from super().check(framework, analysis)
        for field in analysis.prose.fields:
            if field.kind == "statement" and THIRD_PERSON_START.match(field.text):
                at = run_together(field.text)
                if at is not None:
                    yield Violation(
                        field.path,
                        f"two statements run together without a full stop before '{field.text[at[0]:at[1]]}': "
                        f"'{excerpt(field.text, at[0], at[1])}'; end the first with a full stop, or make each a "
                        "statement of its own",
                        span=at,
                    )

    def check_text(self, field: TextField) -> Iterable[Violation]:
        items = packed_items(field.text)
        if items:
            markers = ", ".join(f"'{_marker(m)}'" for m in items[:3]) + (", ..." if len(items) > 3 else "")
            lead_in = _EXAMPLES_FOLLOW.search(field.text, 0, items[0].start())
            advice = (
                f": the items after '{lead_in.group(1)}' illustrate it; move them to the statement's `examples:` "
                "(the statement written as a mapping with `text:`)" if lead_in else ""
            )
            yield Violation(
                field.path,
                f"several statements packed into one (list markers {markers}): '{shorten(field.text, 50)}'{advice}",
                span=items[0].span(1),
            )


# A verb in "-s" capitalised inside a statement, after a word in lower case
# and before one: "Updates internal documentation Asks clear questions", the
# full stop between two statements lost (a table cell's lines joined).
_CAPITALISED_VERB = lazy(r" (?<=[a-z] )([A-Z][a-z]+(?<![sui])s) (?=(?P<next>[a-z]+))")
_LAST_WORD = lazy(r"(?<![\w'’-])[a-z]+$")
# A role capitalised inside a sentence is a noun ("with product Leads weekly").
_ROLES = TITLE_NOUNS | PEOPLE
# Words that stand before a noun, rarely at the end of a statement: after
# one, a capitalised word is a name or a title ("monthly Releases",
# "internal Tools", "large Builds"), not a statement starting. Not the
# nouns of time among the words of size ("for two weeks Reviews ...").
_BEFORE_A_NOUN = (SIZE_WORDS - {"weeks", "months", "quarters", "years"}) | frozenset(PERIODIC) | frozenset(
    "internal external new existing shared public private key core main common local global other own several "
    "multiple various upcoming relevant".split())


def run_together(text: str) -> tuple[int, int] | None:
    """Where a statement that starts with a verb in "-s" ("Updates ...")
    runs into the next without a full stop ("... documentation Asks clear
    questions", "... etc Patches internal projects"): the span of the verb
    that starts the second, or None. Not after or before a word of grammar
    ("works with Designs", "engineering Leads on planning" name things), nor
    a role or a word that is no verb ("Operations")."""
    for m in _CAPITALISED_VERB.finditer(text):
        before = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
        if before is None or before.group() in FUNCTION_WORDS or m.group("next") in FUNCTION_WORDS \
                or m.group(1).lower() in _ROLES or before.group() in _BEFORE_A_NOUN:
            continue  # a noun capitalised: "with engineering Leads on planning", "internal Tools"
        from ..dictionary import verb_in_s  # read only for a capitalised verb inside a statement

        if verb_in_s(m.group(1).lower()):
            return m.span(1)
    return None


# A lead-in whose items are examples: "..., for example:", "e.g.", "such as:" just before the first item.
_EXAMPLES_FOLLOW = lazy(
    r"\b(for example|for instance|e\.\s?g\.?|eg|such as|including)[ \t]*[:,]?[ \t]*$", re.IGNORECASE
)


def _marker(match: re.Match[str]) -> str:
    """A marker as the message shows it: '1.', '•', '-'."""
    return match.group().strip() if match.re.pattern == _NUMBERED.pattern else match.group(1)
