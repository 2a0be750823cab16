"""YAML mistakes explained in the words of someone who edits a framework.

The YAML parser says where it gave up ("expected '-' indicator while
parsing a block collection", "found character that cannot start any
token"), which is seldom where the mistake is, in words that mean little
to a framework owner. The mistakes people make most when they edit YAML
by hand are recognised here from the text around that place:

- a tab used to indent a line: YAML indents with spaces only;
- a non-breaking space used to indent a line (pasted from a word
  processor or a web page): YAML reads it as a character of the text;
- a text that starts with a character YAML reads as its own (a statement
  pasted from a document: `- *Always* I test`, `- [optional] I join`,
  `title: [Senior Engineer`): the text is written again in quotes;
- a ':' or a space that YAML needs, left out: a key alone on its line
  without its ':' (`competencies`), a key and its value without one
  (`summary I deliver`, `title:Engineer I`, `name = Acme`), an item
  without the space after its '-' (`-I write tests`); the line is found by
  trying, as below;
- a line indented a space or two more or less than the keys it belongs
  with: the keys of one mapping line up. The parser often gives up a line
  or more below it, so the line to blame is found by trying: the one that,
  moved back in line, lets the rest read (of two that would, the one
  then indented by the file's usual step from the lines around it, moved
  least, from a column fewest lines use).

Each gives a message that says what to change, at the line and column of
the mistake itself. Anything else keeps the parser's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Collection

from ..positions import Position
from ..rules.messages import shorten
from ..schema_file import format_mappings
from ..text import FUNCTION_WORDS, plural
from ..yaml_scalars import quoted_as_meant
from .comments import closing_quote
from ..patterns import lazy

# The parser's problems that mean "this line is not where YAML expected it".
_INDENTATION_PROBLEMS = (
    "expected '-' indicator",
    "expected <block end>",
    "expected key",
    "mapping values are not allowed",
    "could not find expected ':'",
    "expected ':'",
)
#: How far above the parser's position a tab that caused it may be.
_TAB_LOOKBACK = 3
#: Where a line is indented wrongly: how many lines with content, at and
#: above the parser's position, are tried moved back in line; how many
#: lines below it must then read; and how much text is read again for each
#: try (past that, the line above is taken as the one to line up with).
_INDENT_LOOKBACK = 6
_INDENT_LOOKAHEAD = 200
_INDENT_MAX_CHARS = 1_000_000

#: The line where a YAML text stops reading (1-based), or None when it
#: reads to its end: the loader's parser, given to ``explain``.
ReadsTo = Callable[[str], "int | None"]

# What YAML makes of a character that starts a value, where a pasted
# sentence may start with it. '#' is not here: it starts a comment, and
# the value is read as empty (the schema says so).
_READ_AS = {
    "*": "reads as an alias (a reference to content named with '&'), not as text",
    "&": "reads as an anchor (a name given to content, to reuse it), not as text",
    "!": "reads as a tag (the type of the value), not as text",
    "|": "reads as the start of a block of text on the lines below, not as text",
    ">": "reads as the start of a block of text on the lines below, not as text",
    "%": "reads as a directive, not as text",
    "@": "keeps for its own use, so no text can start with it unquoted",
    "`": "keeps for its own use, so no text can start with it unquoted",
    ",": "reads as a separator between the items of a list, not as text",
    "]": "reads as the end of a list, not as text",
    "}": "reads as the end of a mapping, not as text",
    ":": "reads as the start of a value, not as text",
}


@dataclass(frozen=True)
class _Opener:
    """A character that opens what YAML reads up to its closing character."""

    what: str
    close: str
    ends_at: str


_OPENS = {
    "[": _Opener("a list", "]", "the ']'"),
    "{": _Opener("a mapping", "}", "the '}'"),
    "'": _Opener("a quoted text", "'", "the next single quote"),
    '"': _Opener("a quoted text", '"', "the next double quote"),
}
_QUOTES = ("'", '"')
#: A comment at the end of a line: a '#' after a blank, followed by a blank
#: (a '#' followed by a word is part of a sentence: comments.py).
_END_COMMENT = lazy(r"[ \t]+#(?:[ \t#].*)?$")


@dataclass(frozen=True)
class Explained:
    message: str
    position: Position
    #: The line number and the line as the message says to write it, where
    #: that is one change to one line: mended, the file may read further,
    #: and the next mistake of the kind be found (``further_mistakes``).
    mended: tuple[int, str] | None = None


def explain(
    text: str, line: int, column: int, problem: str | None, opened: Position | None = None,
    reads_to: ReadsTo | None = None,
) -> Explained | None:
    """What went wrong near ``line`` and ``column`` (1-based), where the
    parser reported ``problem``, reading a bracket or a quote ``opened``
    lines above; None when it is none of the mistakes recognised here.
    ``reads_to`` parses a text again, to find the line indented wrongly."""
    lines = text.splitlines()
    if opened is not None and 1 <= opened.line <= len(lines):
        left_open = _left_open(lines, opened)
        if left_open is not None:
            return left_open
    if not 1 <= line <= len(lines) + 1:
        return None
    # The parser may give up at the end of the file, below its last line.
    indented = (
        _tab(lines, min(line, len(lines)), reads_to) or _blank_with_tab(lines, min(line, len(lines)))
        or _non_breaking_space(lines, min(line, len(lines))) or _tab_after_dash(lines, line, column)
    )
    if indented is not None:
        return indented
    if line > len(lines):
        # `-I write tests` as the last line: the parser gives up below it.
        if problem and "could not find expected ':'" in problem:
            colon = _colon_ends_item(lines, len(lines) + 1)
            if colon is not None:
                return colon
        return _left_out(lines, len(lines), reads_to) if _about_indentation(problem) else None
    return (
        (_item_left_of_its_key(lines, line, reads_to) if _about_indentation(problem) else None)
        or _quote_closed_below(lines, line, column)
        or _special_start(lines, Position(line, column))
        or (_colon_in_text(lines, line, column) if problem and "mapping values are not allowed" in problem else None)
        or (_list_after_text(lines, line) if _about_indentation(problem) else None)
        or (_colon_ends_item(lines, line) if problem and "could not find expected ':'" in problem else None)
        or (_comment_ended_text(lines, line) if _about_indentation(problem) else None)
        or (_text_under_item(lines, line, reads_to) if _about_indentation(problem) else None)
        or (_left_out(lines, line, reads_to) if _about_indentation(problem) else None)
        or (_item_before_keys(lines, line, reads_to) if _about_indentation(problem) else None)
        or (_indentation(lines, line, reads_to) if _about_indentation(problem) else None)
        # A key a space or two off its siblings is told above; indented a step or more, under a text, here.
        or (_key_under_text(lines, line, column) if problem and "mapping values are not allowed" in problem else None)
    )


def _comment_ended_text(lines: list[str], line: int) -> Explained | None:
    """`- I review the  # ladderlint: disable=...` over `  changes of
    others`: a comment after the first line of a text wrapped over several
    ends the text there, and the line below, which goes on with it, no
    longer reads as YAML."""
    above = next(iter(_content_lines_above(lines, line)), None)
    if above is None or line > len(lines):
        return None
    content, below = lines[above - 1], lines[line - 1]
    comment = _END_COMMENT.search(content, _key_column(content))
    start = _value_column(content[: comment.start()]) if comment else 0
    text = content[start : comment.start()].strip() if comment else ""
    if comment is None or not text or text[0] in _QUOTES or text[0] in _OPENS or text in ("|", ">", "|-", ">-"):
        return None
    going_on = below.strip()
    if _indentation_of(below) <= _indentation_of(content) or going_on.startswith(("- ", "#")) \
            or _WRITTEN_KEY.match(going_on):
        return None
    mark = comment.start() + len(comment.group()) - len(comment.group().lstrip(" \t"))
    return Explained(
        f"invalid YAML: the comment on line {above} ('{shorten(content[mark:].strip(), 40)}') ends the text "
        f"there, so line {line}, which goes on with it, cannot be read; put the comment on the text's last "
        f"line (line {line}), or on a line of its own above the text",
        Position(above, mark + 1),
    )


def _special_start(lines: list[str], at: Position) -> Explained | None:
    """A text that starts with a character YAML reads as its own, on the
    line of ``at``, where YAML gave up at or after that character
    (`- *Always* I test`, `- [optional] I join`, `summary: "Senior" role`)."""
    content = lines[at.line - 1]
    start = _value_column(content)
    first = content[start : start + 1]
    if not first or at.column - 1 < start:
        return None
    rest = _rest_of_line(content, start)
    if first in _OPENS:
        opener = _OPENS[first]
        end = _closing(rest)
        if end == -1 or at.column - 1 <= start + end:
            return None  # not closed on this line, or YAML gave up inside: not text after it
        whole = rest + _continued(lines, at.line)
        meant = _inside_quotes(whole) if first in _QUOTES else whole
        label = _label_before(content, start)
        return Explained(
            f"invalid YAML: the text on line {at.line} starts with {_shown(first)}, which YAML reads as the start "
            f"of {opener.what} that ends at {opener.ends_at}, so the words after it cannot be read; put the whole "
            f"text in quotes: {_rewritten(content, start - len(label), label + meant)}",
            Position(at.line, start + 1),
        )
    if first not in _READ_AS or (first == ":" and content[start + 1 : start + 2] not in ("", " ")):
        return None
    return Explained(
        f"invalid YAML: the text on line {at.line} starts with {_shown(first)}, which YAML {_READ_AS[first]}; "
        f"put the text in quotes: {_rewritten(content, start, rest + _continued(lines, at.line))}",
        Position(at.line, start + 1),
    )


def _inside_quotes(rest: str) -> str:
    """`'I don't know'`, `"I say "done" only when it ships"`: quotes meant
    around a whole text, closed early by an apostrophe or by a quotation
    inside it; the text inside them. Any other text as it is written
    (`"Always" I test`, `"Always" test "it"`)."""
    if len(rest) < 2 or rest[-1] != rest[0]:
        return rest
    quote, inner = rest[0], rest[1:-1]
    inside = [i for i, ch in enumerate(inner) if ch == quote]
    apostrophes = all(0 < i < len(inner) - 1 and inner[i - 1].isalpha() and inner[i + 1].isalpha() for i in inside)
    # The quote that closed the text early opens a quotation: after a space, before a word.
    quotation = bool(inside) and 0 < inside[0] < len(inner) - 1 and inner[inside[0] - 1] == " " \
        and not inner[inside[0] + 1].isspace()
    return inner if apostrophes or quotation else rest


def _left_open(lines: list[str], opened: Position, closed_on: int | None = None) -> Explained | None:
    """`title: [Senior Engineer`: a value that starts with a bracket or a
    quote that its line does not close, which YAML reads on into the lines
    below (to the end of the file, or to the same quote on line
    ``closed_on``). (A bracket alone at the end of its line, or a line that
    ends with ',', opens a list or a mapping written over several lines, as
    in JSON: that is not a text.)"""
    content = lines[opened.line - 1]
    start = _value_column(content)
    first = content[start : start + 1]
    rest = _rest_of_line(content, start)
    if start != opened.column - 1 or first not in _OPENS or _closing(rest) != -1:
        return None
    whole = rest + _continued(lines, opened.line)
    if first in _QUOTES:
        until = "into the lines below" if closed_on is None else f"to the next one, on line {closed_on}"
        return Explained(
            f"invalid YAML: the text on line {opened.line} starts with {_shown(first)} that is not closed, so YAML "
            f"reads on {until}; put the whole text in quotes: {_rewritten(content, start, whole[1:])}",
            opened,
        )
    inside = rest[1:].strip()
    if not inside or inside.endswith((",", "[", "{")):
        return None
    opener = _OPENS[first]
    return Explained(
        f"invalid YAML: the {_shown(first)} on line {opened.line} starts {opener.what} that is not closed; end it "
        f"with {_shown(opener.close)}, or, if the {_shown(first)} is part of the text, put the text in quotes: "
        f"{_rewritten(content, start, whole)}",
        opened,
    )


def _quote_closed_below(lines: list[str], line: int, column: int) -> Explained | None:
    """`name: "Acme Engineering`, with a quote further down the file
    (`version: "1.0.0"`): YAML read the text up to that quote, and gave up
    right after it. The text whose quote was left open is the nearest one
    above that starts with the same quote."""
    before = lines[line - 1][: column - 1].rstrip(" ")
    quote = before[-1:]
    if quote not in _QUOTES or quote in before[:-1]:
        return None
    for number in range(line - 1, 0, -1):
        if quote in lines[number - 1]:
            start = _value_column(lines[number - 1])
            return _left_open(lines, Position(number, start + 1), closed_on=line)
    return None


def _label_before(content: str, start: int) -> str:
    """On a list item, what stands before the value at ``start`` when it is
    no key of the format (`- Principle: 'ship small' guides my work`): a
    label of the text, which the text in quotes must hold. Else ''."""
    item = _key_column(content)
    if start <= item or not content.lstrip(" ").startswith("-"):
        return ""
    label = content[item:start]
    return "" if label.rstrip(" ").removesuffix(":") in frozenset().union(*format_mappings()) else label


def _value_column(content: str) -> int:
    """Where the value of a line starts, counting from 0: after its
    indentation, list dashes and key (`- x` at 2, `  title: x` at 9); where
    its key starts when it has none."""
    start = _key_column(content)
    rest = content[start:]
    if rest[:1] in _QUOTES:  # a quoted text, or a quoted key
        end = closing_quote(rest)
        after = rest[end + 1 :] if end > 0 else ""
        key_end = start + end + 1 if after.lstrip(" ")[:1] == ":" else -1
        colon = content.find(":", key_end) if key_end != -1 else -1
    elif rest[:1] in _READ_AS or rest[:1] in _OPENS:
        return start
    else:
        colon = content.find(": ", start)
    if colon == -1:
        return start
    value = colon + 1
    while content[value : value + 1] == " ":
        value += 1
    return value


def _rest_of_line(content: str, start: int) -> str:
    """The value from ``start`` to the end of its line, less a comment."""
    return _END_COMMENT.sub("", content[start:]).rstrip()


def _closing(rest: str) -> int:
    """Where what opens ``rest`` (a bracket or a quote) is closed on its
    line, counting from 0; -1 if it is not."""
    if rest[:1] in _QUOTES:
        return closing_quote(rest)
    depth = 0
    for index, ch in enumerate(rest):
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _shown(ch: str) -> str:
    return {"'": "a single quote (')", '"': 'a double quote (")'}.get(ch, f"'{ch}'")


def _continued(lines: list[str], number: int) -> str:
    """The words of the lines below line ``number`` that continue its text
    (`- *Always* I write tests` / `  for every change`): indented more than
    it, up to a blank line, a comment, a list item or a key."""
    indentation = len(lines[number - 1]) - len(lines[number - 1].lstrip(" "))
    words = []
    for content in lines[number:]:
        stripped = content.strip()
        if (len(content) - len(content.lstrip(" ")) <= indentation or not stripped
                or stripped.startswith(("#", "- ")) or stripped == "-" or ": " in stripped or stripped.endswith(":")):
            break
        words.append(_rest_of_line(stripped, 0))
    return "".join(" " + word for word in words)


def _rewritten(content: str, start: int, text: str) -> str:
    """The line from its indentation on, with ``text`` as its value, in quotes."""
    indentation = len(content) - len(content.lstrip(" "))
    return content[indentation:start] + quoted_as_meant(text)


def line_in_quotes(text: str, at: Position, value: str | None = None) -> str:
    """Line ``at.line`` of ``text`` from its indentation on, with the value
    that starts at ``at`` (``value``, or the rest of the line) written in
    quotes (`- "No"`, `title: "[Senior Engineer]"`)."""
    lines = text.splitlines()
    content = lines[at.line - 1]
    start = at.column - 1
    if value is None:
        value = _rest_of_line(content, start) + _continued(lines, at.line)
    return _rewritten(content, start, value)


def anchored_text(text: str, at: Position) -> str:
    """The message for a text that starts with an anchor (`- &mentoring I
    mentor`, the '&' at ``at``), which YAML takes out of the text."""
    content = text.splitlines()[at.line - 1]
    name = content[at.column - 1 :].split(maxsplit=1)[0]
    return (
        f"the text on line {at.line} starts with '{name}', which YAML reads as an anchor (a name given to content, "
        f"to reuse it) and leaves out of the text; anchors are not allowed in a framework: put the text in quotes: "
        f"{line_in_quotes(text, at)}"
    )


def _about_indentation(problem: str | None) -> bool:
    return problem is not None and any(words in problem for words in _INDENTATION_PROBLEMS)


def _tab(lines: list[str], line: int, reads_to: ReadsTo | None = None) -> Explained | None:
    """A tab in the indentation of the line, or of one just above it; with
    how many spaces to write instead, where the lines around it say so."""
    for number in range(line, max(0, line - _TAB_LOOKBACK) - 1, -1):
        content = lines[number - 1]
        indentation = content[: len(content) - len(content.lstrip(" \t"))]
        if "\t" in indentation and content.strip():
            column = indentation.index("\t") + 1
            meant, sure = _meant_indentation(lines, number, reads_to)
            if meant is None or not sure:
                # A guess that reads is enough to look for the mistakes below; not to be told.
                how = "replace the tab with spaces"
                mended = None if meant is None else (number, " " * meant + content.lstrip(" \t"))
            else:
                kind = content.lstrip(" \t")[:1] == "-"
                like = next((n for n in _content_lines_above(lines, number) + list(range(number + 1, len(lines) + 1))
                             if _indentation_of(lines[n - 1]) == meant and "\t" not in lines[n - 1][:meant + 1]
                             and (lines[n - 1].lstrip(" ")[:1] == "-") == kind), None)
                how = f"replace the tab with spaces: indent it with {plural(meant, 'space')}"
                how += f", like line {like}" if like is not None else ""
                mended = (number, " " * meant + content.lstrip(" \t"))
            return Explained(
                f"invalid YAML: line {number} is indented with a tab (column {column}); YAML indents with "
                f"spaces only: {how}",
                Position(number, column),
                mended,
            )
    return None


def _meant_indentation(lines: list[str], number: int, reads_to: ReadsTo | None) -> tuple[int | None, bool]:
    """How many spaces line ``number``, indented with tabs, was meant to
    start with, from the line above it: further in than a key that opens a
    block (`quality:`), by the file's usual step; in line with the item
    above, for an item; in line with the key above, or with the key the
    list above belongs to, for a key; and whether that is sure (the line
    right under a key alone, a key under a key, an item under an item like
    it) or a guess, which lets the text read on all the same. None when
    the file does not read past the line however it is indented."""
    if reads_to is None:
        return None, False
    content = lines[number - 1].lstrip(" \t")
    item = content[:1] == "-"
    above = next(iter(_content_lines_above(lines, number)), None)
    if above is None:
        return 0, True
    upper = _END_COMMENT.sub("", lines[above - 1]).rstrip()
    if "\t" in upper[: len(upper) - len(upper.lstrip(" \t"))]:
        return None, False
    rest = upper[_key_column(upper):]
    sure = True
    if _opens_block(upper):
        meant = _key_column(upper) + _usual_step(lines, number)
    elif item:
        return _meant_item(lines, number, above, reads_to)
    elif upper.lstrip(" ")[:1] == "-" and _ANY_KEY.match(rest) is None:
        # After a list of texts: a key of the mapping the list belongs to, or of one holding it.
        meant = next((_key_column(lines[n - 1]) for n in _content_lines_above(lines, above)
                      if _key_column(lines[n - 1]) < _indentation_of(upper)), -1)
        sure = False
    else:
        meant = _key_column(upper)
    end = _retry_end(lines, number)
    if meant < 0 or end is None:
        return None, False
    stops = _reading_with(lines, end, number, " " * meant + content, reads_to)
    return (meant, sure) if stops is None or stops > number else (None, False)


def _meant_item(lines: list[str], number: int, above: int, reads_to: ReadsTo) -> tuple[int | None, bool]:
    """Where the '-' of item ``number``, indented with tabs, was meant to be:
    in line with an item of a list that the line above is in, that list or
    one holding it; of those that let the text read past the line, the one
    whose items look like it (`- id: IC2` like `- id: IC1`, a text like a
    text), then the innermost."""
    end = _retry_end(lines, number)
    if end is None:
        return None, False
    shape = _ANY_KEY.match(lines[number - 1].lstrip(" \t")[2:])
    reading: list[tuple[bool, int]] = []
    deepest = _indentation_of(lines[above - 1]) + 1
    for n in [above, *_content_lines_above(lines, above)]:
        content = lines[n - 1]
        if "\t" in content[: len(content) - len(content.lstrip(" \t"))] or _indentation_of(content) >= deepest:
            continue
        deepest = _indentation_of(content)
        if content.lstrip(" ")[:2] != "- ":
            continue
        stops = _reading_with(lines, end, number, " " * deepest + lines[number - 1].lstrip(" \t"), reads_to)
        if stops is None or stops > number:
            items = [_ANY_KEY.match(lines[i - 1].lstrip(" ")[2:]) for i in [n, *_lined_up_with(lines, n, 0)]]
            like = any((shape is None) == (other is None) and (shape is None or other is None or shape[0] == other[0])
                       for other in items)
            reading.append((like, deepest))
        if deepest == 0:
            break
    alike = [indentation for same, indentation in reading if same]
    if not reading:
        return None, False
    # Sure only in line with the item just above, like it, when in no list holding it would it read.
    return (alike or [reading[0][1]])[0], \
        reading == [(True, _indentation_of(lines[above - 1]))] and lines[above - 1].lstrip(" ")[:2] == "- "


def _usual_step(lines: list[str], number: int) -> int:
    """How far the file indents what a key that opens a block holds, from
    the key (2, most often), from the blocks above line ``number``."""
    steps: dict[int, int] = {}
    opener = None
    for content in lines[: number - 1]:
        stripped = content.strip()
        if not stripped or stripped.startswith("#") or "\t" in content[: len(content) - len(content.lstrip(" \t"))]:
            continue
        if opener is not None and _indentation_of(content) > opener:
            step = _indentation_of(content) - opener
            steps[step] = steps.get(step, 0) + 1
        opener = _key_column(content) if _opens_block(content) else None
    return max(steps, key=lambda s: steps[s]) if steps else 2


def _blank_with_tab(lines: list[str], line: int) -> Explained | None:
    """A line that looks blank but holds a tab (and spaces), as pastes
    leave: YAML reads the tab as the indentation of a line, which it may
    not be."""
    for number in range(line, max(0, line - _TAB_LOOKBACK) - 1, -1):
        content = lines[number - 1]
        if "\t" in content and not content.strip():
            return Explained(
                f"invalid YAML: line {number} looks empty but holds a tab (column {content.index(chr(9)) + 1}), "
                "which YAML reads as a line indented with a tab, and YAML indents with spaces only: delete the "
                "spaces and tabs on that line",
                Position(number, content.index("\t") + 1),
                (number, ""),
            )
    return None


def _item_left_of_its_key(lines: list[str], line: int, reads_to: ReadsTo | None) -> Explained | None:
    """`quality:` over `  - I write tests`: the first item of a list,
    left of the key the list belongs to (tabs replaced with too few
    spaces), where YAML reads no item; said where indenting it by the
    file's usual step lets the text read past the parser's position."""
    end = _retry_end(lines, line) if reads_to is not None else None
    if reads_to is None or end is None:
        return None
    for number in [line, *_content_lines_above(lines, line)[:2]]:
        above = next(iter(_content_lines_above(lines, number)), None)
        if number > min(end, len(lines)) or above is None:
            continue
        content, opener = lines[number - 1], _END_COMMENT.sub("", lines[above - 1]).rstrip()
        rest = opener[_key_column(opener):]
        if content.lstrip(" ")[:2] != "- " or not _opens_block(opener) or _indentation_of(content) >= _key_column(opener):
            continue
        meant = _key_column(opener) + _usual_step(lines, number)
        stops = _reading_with(lines, end, number, " " * meant + content.lstrip(" "), reads_to)
        if stops is not None and stops <= line:
            continue
        return Explained(
            f"invalid YAML: line {number} is an item of '{rest[:-1]}' (line {above}), but starts left of it (column "
            f"{_indentation_of(content) + 1}); indent it with {plural(meant, 'space')}, past the key, so its '-' is "
            f"at column {meant + 1}",
            Position(number, _indentation_of(content) + 1),
            (number, " " * meant + content.lstrip(" ")),
        )
    return None


def _tab_after_dash(lines: list[str], line: int, column: int) -> Explained | None:
    """`-<TAB>I write tests`: a tab after the '-' of an item, where YAML
    needs a space."""
    if not 1 <= line <= len(lines):
        return None
    content = lines[line - 1]
    dash = _indentation_of(content)
    if content[dash : dash + 2] != "-\t" or column - 1 != dash + 1:
        return None
    return Explained(
        f"invalid YAML: line {line} has a tab after its '-' (column {dash + 2}); a '-' starts an item only with "
        "a space after it: replace the tab with a space",
        Position(line, dash + 2),
        (line, content[: dash + 1] + " " + content[dash + 1 :].lstrip("\t")),
    )


_NBSP = "\u00a0"


def _nbsp_indented(content: str) -> int:
    """Where (from 0) the first non-breaking space in the indentation of a
    line is; -1 if there is none."""
    indentation = content[: len(content) - len(content.lstrip(" \t" + _NBSP))]
    return indentation.find(_NBSP) if content.strip(" \t" + _NBSP) else -1


def _non_breaking_space(lines: list[str], line: int) -> Explained | None:
    """A non-breaking space in the indentation of the line or of one just
    above it: reported at the first line of the file indented with one (a
    block pasted from a word processor or a web page has them all)."""
    near = range(max(1, line - _TAB_LOOKBACK), line + 1)
    if "\u00a0" not in "".join(lines[n - 1] for n in near) or all(_nbsp_indented(lines[n - 1]) < 0 for n in near):
        return None
    number = next(n for n in range(1, line + 1) if _nbsp_indented(lines[n - 1]) >= 0)
    column = _nbsp_indented(lines[number - 1]) + 1
    return Explained(
        f"invalid YAML: line {number} is indented with a non-breaking space (column {column}), which YAML reads "
        "as a character, not as a space (it comes with text pasted from a word processor or a web page); replace "
        "the non-breaking spaces at the start of the line, and of the lines pasted with it, with ordinary spaces",
        Position(number, column),
    )


#: A key as the format writes them (`id`, `not_applicable`, `software-design`).
_A_KEY = lazy(r"[a-z][a-z0-9_-]*")


def _colon_in_text(lines: list[str], line: int, column: int) -> Explained | None:
    """`summary: I lead: teams`: a text that holds ': ' after its key, which
    YAML takes for a second key."""
    content = lines[line - 1]
    start = _key_column(content)
    first = content.find(": ", start)
    if first == -1 or first + 2 > column - 1 or content[first + 2 :].lstrip()[:1] in ("'", '"', "|", ">", "[", "{"):
        return None
    if content.lstrip(" ").startswith("-") and not _A_KEY.fullmatch(content[start:first]):
        # `- Testing: I add a test: always`: a list item that is all text (a
        # statement), not a key the format has: the whole of it in quotes.
        continued = _continued(lines, line)
        whole = content[start:].strip() + continued
        rewritten = _rewritten(content, start, whole)
        return Explained(
            f"invalid YAML: the text on line {line} holds ': ', which YAML reads as the end of a key; put the "
            f"whole text in quotes: {rewritten}",
            Position(line, start + 1),
            None if continued else (line, content[: _indentation_of(content)] + rewritten),
        )
    value = content[first + 2 :].strip()
    rewritten = f"{content[start:first + 1]} {quoted_as_meant(value)}"
    return Explained(
        f"invalid YAML: the text on line {line} holds ': ', which YAML reads as the end of a key; put the "
        f"text in quotes: {rewritten}",
        Position(line, first + 3 + (len(content[first + 2 :]) - len(content[first + 2 :].lstrip()))),
        (line, content[:start] + rewritten),
    )


def _text_of_key(content: str) -> tuple[str, int, str] | None:
    """(key, where the key starts, from 0, text) of a line that gives a key
    a text on the line (`name: Teamwork`, `- impact: They work ...`); None
    for a key alone, or a value that is not a text (`[a, b]`, `|`, `&x`)."""
    start = _key_column(content)
    written = _ANY_KEY.match(content, start)
    if written is None:
        return None
    text = _END_COMMENT.sub("", content[written.end():]).strip()
    if not text or text[:1] in _READ_AS or text[:1] in ("[", "{"):
        return None
    return written[0].rstrip(" \t:"), start, text


def _key_under_text(lines: list[str], line: int, column: int) -> Explained | None:
    """`name: Teamwork` over `    description: Team work`: a key indented
    past the key of a text above it, which YAML reads as more of that text,
    where ': ' cannot be (the parser stops at the ':')."""
    content = lines[line - 1]
    start = _key_column(content)
    written = _ANY_KEY.match(content, start)
    if written is None or start + len(written[0].rstrip(" \t")) != column:
        return None  # the ':' the parser stopped at is not this line's key's
    for number in _content_lines_above(lines, line):
        above = _END_COMMENT.sub("", lines[number - 1])
        if _key_column(above) >= start:
            return None  # a line of the text wrapped, or something else indented as far: not this mistake
        said = _text_of_key(above)
        if said is None or _indentation_of(above) >= _indentation_of(content):
            return None
        key, there, text = said
        if number != line - 1 and any(_ANY_KEY.match(lines[n - 1], _key_column(lines[n - 1]))
                                      for n in range(number + 1, line)):
            return None
        mended = " " * there + content[start:]
        return Explained(
            f"invalid YAML: line {line} is indented under the text '{shorten(text, 40)}' of '{key}' on line "
            f"{number}, so YAML reads it as more of that text, where ': ' cannot be; line its key up with "
            f"'{key}:' (column {there + 1}), or, if it is part of the text, put the whole text in quotes",
            Position(line, start + 1),
            (line, mended),
        )
    return None


def _list_after_text(lines: list[str], line: int) -> Explained | None:
    """`impact: They work ...` over `- They support ...`, lined up: a key
    given a text on its line, then a list; a key holds one or the other.
    The text is meant as the list's first item."""
    content = _END_COMMENT.sub("", lines[line - 1]).rstrip()
    dash = _indentation_of(content)
    if content[dash : dash + 2] != "- ":
        return None
    above = next(iter(_content_lines_above(lines, line)), None)
    if above is None:
        return None
    said = _text_of_key(_END_COMMENT.sub("", lines[above - 1]).rstrip())
    if said is None:
        return None
    key, start, text = said
    # The list lines up with the key, or is indented under it: YAML reads it as the key's own either way.
    if not start <= dash <= start + 4 or _indentation_of(lines[above - 1]) > dash:
        return None
    return Explained(
        f"invalid YAML: line {line} is an item of a list, but '{key}' on line {above} already has a text, "
        f"'{shorten(text, 40)}'; a key holds a text or a list, not both: leave `{key}:` alone on line {above} and "
        f"move its text to a line of its own below it, as the list's first item (its '-' at column {dash + 1}, "
        f"like that of line {line})",
        Position(line, dash + 1),
    )


#: How far above the parser's position a list item whose text ends its line with ':' may be.
_COLON_LOOKBACK = 3


def _colon_ends_item(lines: list[str], line: int) -> Explained | None:
    """`- I follow the checklist:` wrapped onto `  contrast, focus order.`: a
    list item's text that ends its line with ':', which YAML reads as a key,
    and its next line as another key without its ':' (the parser stops
    below them, and an indentation would be blamed)."""
    for number in range(line - 1, max(0, line - 1 - _COLON_LOOKBACK), -1):
        content = _END_COMMENT.sub("", lines[number - 1]).rstrip()
        if not content.lstrip(" ").startswith("- "):
            continue
        start = _key_column(content)
        text = content[start:]
        if not text.endswith(":") or " " not in text or text[:1] in _QUOTES or text[:1] in _READ_AS \
                or text[:1] in _OPENS or _A_KEY.fullmatch(text[:-1]):
            return None
        below = lines[number] if number < len(lines) else ""
        if len(below) - len(below.lstrip(" ")) < start or not below.strip():
            return None  # what follows is no continuation of the text
        whole = text + _wrapped_on(lines, number, start)
        return Explained(
            f"invalid YAML: the text on line {number} ends its line with ':', which YAML reads as the end of a key "
            f"(and the line below as another key); put the whole text in quotes: {_rewritten(content, start, whole)}",
            Position(number, start + 1),
        )
    return None


def _wrapped_on(lines: list[str], number: int, start: int) -> str:
    """The words of the lines below line ``number`` that a text starting at
    column ``start`` (from 0) is wrapped onto: indented at least as far, up
    to a blank line, a comment or a list item. Unlike ``_continued``, a line
    that holds ': ' is part of it: the whole text goes in the quotes."""
    words = []
    for content in lines[number:]:
        stripped = content.strip()
        if len(content) - len(content.lstrip(" ")) < start or not stripped or stripped.startswith(("#", "- ")) \
                or stripped == "-":
            break
        words.append(_rest_of_line(stripped, 0))
    return "".join(" " + word for word in words)


def _reading_with(lines: list[str], end: int, number: int, meant: str, reads_to: ReadsTo) -> int | None:
    """Where the parser stops in the first ``end`` lines read again with
    line ``number`` written as ``meant``; None where it reads them all."""
    tried = lines[:end]
    tried[number - 1] = meant
    return reads_to("\n".join(tried) + "\n")


def _retry_end(lines: list[str], line: int) -> int | None:
    """How many lines to read again, each time a line above the parser's
    position is tried mended: up to a look far enough below it; None when
    that is too much text to read again and again."""
    end = min(len(lines), line + _INDENT_LOOKAHEAD)
    return None if sum(len(content) + 1 for content in lines[:end]) > _INDENT_MAX_CHARS else end


def _lines_to_mend(lines: list[str], line: int) -> tuple[int, list[int]] | None:
    """How many lines to read again (``_retry_end``), and the lines that may
    be the one to mend, nearest first: the parser's line and a few lines of
    content above it, within those read again; None when that is too much
    text to read again."""
    end = _retry_end(lines, line)
    if end is None:
        return None
    return end, [n for n in [line, *_content_lines_above(lines, line)[:_INDENT_LOOKBACK]] if n <= end]


@dataclass(frozen=True)
class _Mend:
    """A line as it was meant, where it lacks a ':' or a space that YAML
    needs; what to say of it, and where (from 0)."""

    meant: str
    message: str
    column: int


#: How the keys of the format are written (`summary`, `not_applicable`).
_FORMAT_KEY = r"[a-z][a-z0-9_]*"
#: A key the format names and its value, with what is written between them
#: where ': ' belongs: nothing but spaces, '=' or ';' (as other formats
#: write it), or a ':' with no space after it.
_KEY_AND_VALUE = lazy(rf"(?P<key>{_FORMAT_KEY})(?P<between> +| *[=;] *|:)(?P<value>[^\s:=;].*)")


def _text_under_item(lines: list[str], line: int, reads_to: ReadsTo | None) -> Explained | None:
    """A line of text with no '- ' under a statement (`- I work with
    partners` over `to shape what we build`), at or left of its '-': the
    statement wrapped onto a line indented too little, or a new statement
    written without its '- '. Under a statement that YAML reads as a key
    and a value (`- Owns: the roadmap` over `  for several teams`), at the
    text: the statement, wrapped, in quotes. Said when mending the line
    lets the text read past the parser's position."""
    if reads_to is None or (tried := _lines_to_mend(lines, line)) is None:
        return None
    end, numbers = tried
    for number in numbers:
        content = _END_COMMENT.sub("", lines[number - 1]).rstrip()
        text = content.strip()
        above = next(iter(_content_lines_above(lines, number)), None)
        if not text or text[:1] in ("-", "#") or ": " in text or text.endswith(":") or above is None:
            continue
        below = _content_line_below(lines, number)
        if _A_KEY.fullmatch(text) and below is not None and _indentation_of(lines[below - 1]) > _indentation_of(content):
            continue  # a key without its ':' (`_left_out`), what is indented below it its own
        item = _END_COMMENT.sub("", lines[above - 1]).rstrip()
        dash = _indentation_of(item)
        start = _key_column(item)
        said = item[start:]
        if item[dash : dash + 2] != "- " or not said or said[:1] in _QUOTES or said[:1] in _OPENS \
                or said[:1] in _READ_AS:
            continue
        label = said.find(": ")
        if label > 0 and not _A_KEY.fullmatch(said[:label]) and _indentation_of(content) > dash:
            # YAML read the statement as a key and a value: the line below is a second key without its ':'.
            whole = said + _wrapped_on(lines, above, dash + 1)
            message = (f"invalid YAML: the statement on line {above} holds ': ', so YAML reads it as a key and a "
                       f"value, and line {number}, which goes on with it, as another key; put the whole statement "
                       f"in quotes, on one line: {_rewritten(item, start, whole)}")
            return Explained(message, Position(above, start + 1))
        if ": " in said or _indentation_of(content) > dash:
            continue
        stops = _reading_with(lines, end, number, " " * start + text, reads_to)
        if stops is not None and stops <= line:
            continue
        new_item = f"{' ' * dash}- {text}"
        went_on = f"indent it past the '- ' of line {above}, to column {start + 1}"
        new = f"start it with '- ', its '-' at column {dash + 1} like that of line {above}"
        if text[:1].islower():
            message = (f"invalid YAML: line {number} goes on with the statement on line {above}, but starts at column "
                       f"{_indentation_of(content) + 1}, not past its '- ': {went_on}; if it is a new statement, "
                       f"{new.replace(', its', ' instead, its', 1)}")
        else:
            message = (f"invalid YAML: line {number} has no '- ', so YAML reads it as neither a statement nor part "
                       f"of the one on line {above}; if it is a new statement, {new} (`{new_item.strip()}`); if it "
                       f"goes on with the statement above, {went_on}")
        return Explained(message, Position(number, _indentation_of(content) + 1))
    return None


def _item_before_keys(lines: list[str], line: int, reads_to: ReadsTo | None) -> Explained | None:
    """`- E4` over `  summary: ...`: an item of a list written as a text,
    followed by the keys of the mapping it was meant to be. The other
    items start with a key (`- id: E3`): the text is the value of that key."""
    if reads_to is None or (tried := _lines_to_mend(lines, line)) is None:
        return None
    end, numbers = tried
    for number in numbers:
        content = _END_COMMENT.sub("", lines[number - 1]).rstrip()
        dash = _indentation_of(content)
        start = _key_column(content)
        said = content[start:]
        below = _content_line_below(lines, number, end)
        if content[dash : dash + 2] != "- " or not said or ": " in said or said.endswith(":") or below is None \
                or _indentation_of(lines[below - 1]) != start or _WRITTEN_KEY.match(lines[below - 1], start) is None:
            continue
        siblings = _lined_up_with(lines, number, 0)
        keys = [_WRITTEN_KEY.match(lines[n - 1], _key_column(lines[n - 1])) for n in siblings]
        key = next((k[1] for k in keys if k is not None), None)
        if key is None:
            continue
        meant = f"{content[:start]}{key}: {said}"
        stops = _reading_with(lines, end, number, meant, reads_to)
        if stops is not None and stops <= line:
            continue
        return Explained(
            f"invalid YAML: line {number} is an item of the list written as the text '{shorten(said, 40)}', and the "
            f"keys below it (line {below}) cannot belong to a text; the other items start with '{key}:': write "
            f"`{meant[dash:]}`",
            Position(number, start + 1),
            (number, meant),
        )
    return None


def _left_out(lines: list[str], line: int, reads_to: ReadsTo | None) -> Explained | None:
    """A ':' or a space that YAML needs, left out on a line at or a few
    above the parser's position (`competencies` alone on its line, `summary
    I deliver`, `title:Engineer I`, `-I write tests`): YAML reads the line as
    text and stops on it or further down. The line is the one that, mended,
    lets the text read past that position."""
    if reads_to is None or (tried := _lines_to_mend(lines, line)) is None:
        return None
    end, numbers = tried
    for number in numbers:
        for mend in _mends(lines, number, end):
            stops = _reading_with(lines, end, number, mend.meant, reads_to)
            if stops is None or stops > line:
                return Explained(mend.message, Position(number, mend.column + 1))
    return None


def _mends(lines: list[str], number: int, end: int) -> list[_Mend]:
    """What line ``number`` may have been meant as, if it is one of the
    slips `_left_out` knows."""
    content = lines[number - 1].rstrip()
    start = _key_column(content)
    indentation = _indentation_of(content)
    rest = content[start:]
    found = []
    after_dash = content[indentation + 1 : indentation + 2]
    if content[indentation : indentation + 1] == "-" and after_dash not in ("", " ", "\t", "-"):
        # `-I write tests`: a text that starts with '-', not an item.
        meant = content[: indentation + 1] + " " + content[indentation + 1 :]
        found.append(_Mend(
            meant,
            f"invalid YAML: line {number} starts with '-' and no space after it, so YAML reads it as text, not as "
            f"an item of the list; a '-' starts an item only with a space after it: write `{meant[indentation:]}`",
            indentation,
        ))
    if _A_KEY.fullmatch(rest) and number < end:
        # `competencies` alone on its line: a key needs what it names below it.
        below = next((n for n in range(number + 1, end + 1) if lines[n - 1].strip()), None)
        if below is not None and _indentation_of(lines[below - 1]) > indentation:
            found.append(_Mend(
                content + ":",
                f"invalid YAML: line {number} has the key '{rest}' without the ':' after it, so YAML reads it and "
                f"the lines below as one text; write `{rest}:`",
                len(content),
            ))
    written = key_slip(rest, _keys_beside(lines, number)) \
        if _KEY_AND_VALUE.fullmatch(rest) and not _text_goes_on(lines, number) else None
    if written is not None:
        meant = content[:start] + written.meant
        found.append(_Mend(
            meant,
            f"invalid YAML: line {number} {written.slip}, so YAML reads the whole line as one text; "
            f"{written.rule}write `{meant[indentation:]}`",
            start + written.column,
        ))
    return found


def _text_goes_on(lines: list[str], number: int) -> bool:
    """Whether the text on the line above ``number`` stops mid-sentence (on
    "the", "in", a comma): the line then goes on with it, indented too
    little ("The wiki is the" over "source of truth"), and a word of it that
    is also a key ("source") is no key without its ':'."""
    above = next((lines[n].rstrip() for n in range(number - 2, -1, -1) if lines[n].strip()), "")
    if above.endswith((",", "-", "\u2013", "\u2014")):
        return True
    last = above.rsplit(None, 1)[-1] if above.split() else ""
    # Written in lower case: "Engineer I" ends a title, not a sentence half said.
    return last.islower() and last in FUNCTION_WORDS and not above.endswith(":")


@dataclass(frozen=True)
class KeySlip:
    """A key and its value written without ': ' between them."""

    key: str
    between: str
    value: str

    @property
    def meant(self) -> str:
        return f"{self.key}: {self.value}"

    @property
    def slip(self) -> str:
        """What is wrong, in a few words."""
        if self.between == ":":
            return f"has no space after the ':' of the key '{self.key}'"
        if self.between.strip():
            return f"has '{self.between.strip()}' after the key '{self.key}' where YAML needs ':'"
        return f"has the key '{self.key}' without the ':' after it"

    @property
    def rule(self) -> str:
        """What YAML asks for, where it is not plain from ``slip``."""
        return "a ':' ends a key only with a space after it: " if self.between == ":" else ""

    @property
    def column(self) -> int:
        """Where (from 0, from the key) the ':' or its space belongs, or the
        character written instead of it is."""
        if self.between == ":":
            return len(self.key) + 1
        if not self.between.strip():
            return len(self.key)
        return len(self.key) + len(self.between) - len(self.between.lstrip(" "))


def key_slip(text: str, keys: Collection[str]) -> KeySlip | None:
    """`summary I deliver`, `title:Engineer I`, `name = Acme`: one of
    ``keys`` and its value, written without ': ' between them (which YAML
    reads as one text); None for any other text."""
    written = _KEY_AND_VALUE.fullmatch(text)
    if written is None or written["key"] not in keys:
        return None
    return KeySlip(written["key"], written["between"], written["value"])


def _keys_beside(lines: list[str], number: int) -> frozenset[str]:
    """The keys the format allows on line ``number``, next to the keys of
    the lines it lines up with: those of each mapping of the format that
    holds them all, less those already written. Only a key the format
    names: a line of text that sits where a key would (`source code for my
    team`, the end of the text above it, under a level's `summary:`) is
    not one."""
    column = _key_column(lines[number - 1])
    written = set()
    for other in _lined_up_with(lines, number, 0, as_key=True):
        key = _WRITTEN_KEY.match(lines[other - 1], column)
        if key is not None:
            written.add(key[1])
    mappings = format_mappings()
    named = written & frozenset().union(*mappings)
    return frozenset().union(*(keys for keys in mappings if named <= keys)) - written


#: A key written as YAML reads one (`summary: ...`, `competencies:`).
_WRITTEN_KEY = lazy(rf"({_FORMAT_KEY}):(?:[ \t]|$)")
#: A key as the format or a framework writes them (a competency's id, with
#: hyphens: `technical-vision:`), and what follows it.
_ANY_KEY = lazy(r"[a-z][a-z0-9_-]*:(?:[ \t]|$)")


def _opens_block(content: str) -> bool:
    """Whether a line is a key alone (`quality:`, `- statements:`), which
    what is indented below it belongs to."""
    rest = _END_COMMENT.sub("", content[_key_column(content):]).rstrip()
    return rest.endswith(":") and _ANY_KEY.fullmatch(rest) is not None


def _key_column(content: str) -> int:
    """Where the key or value of a line starts, after its indentation and any
    list dashes (`  - id: x` starts at column 4, counting from 0)."""
    column = len(content) - len(content.lstrip(" "))
    while content[column : column + 2] in ("- ", "-"):
        column += 2
        while content[column : column + 1] == " ":
            column += 1
    return column


def _content_line_below(lines: list[str], line: int, last: int | None = None) -> int | None:
    """The number of the first line below ``line`` (up to ``last``) that is
    neither blank nor a comment; None if there is none."""
    return next((n for n in range(line + 1, (len(lines) if last is None else last) + 1)
                 if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")), None)


def _content_lines_above(lines: list[str], line: int) -> list[int]:
    out = []
    for number in range(line - 1, 0, -1):
        stripped = lines[number - 1].strip()
        if stripped and not stripped.startswith("#"):
            out.append(number)
    return out


def _indentation(lines: list[str], line: int, reads_to: ReadsTo | None) -> Explained | None:
    """The line that sits a space or two off the keys it belongs with."""
    moved = _line_out_of_place(lines, line, reads_to) if reads_to is not None else None
    if moved is None:
        moved = _off_the_line_above(lines, line)
    if moved is None:
        return None
    number, there = moved
    content = lines[number - 1]
    here = _key_column(content)
    shift = there - here
    how = "more" if shift < 0 else "less"
    spaces = plural(abs(shift), "space")
    items = _lined_up_with(lines, number, shift) if content.lstrip(" ")[:2] in ("- ", "-") else []
    like = next(iter(items or _lined_up_with(lines, number, shift, as_key=True)), None)
    what = "the items of one list line up" if items else "the keys of one mapping line up"
    if items:  # where its '-' is, and belongs
        here = _indentation_of(content)
        there = here + shift
    if like is None:
        return Explained(
            f"invalid YAML: line {number} starts {spaces} {how} than the keys it belongs with (column {here + 1}, "
            f"not {there + 1}); {what}, so start it at column {there + 1}",
            Position(number, here + 1),
        )
    where = "above" if like < number else "below"
    return Explained(
        f"invalid YAML: line {number} starts {spaces} {how} than line {like} {where} it (column {here + 1}, not "
        f"{there + 1}); {what}, so indent it like line {like}",
        Position(number, here + 1),
    )


def _line_out_of_place(lines: list[str], line: int, reads_to: ReadsTo) -> tuple[int, int] | None:
    """(line, the column its key belongs at, from 0) of the line that, moved
    a space or two, lets the text read furthest past ``line``. Of two that
    do, the one then indented by the file's usual step (2 spaces, most
    often) from the line it belongs under and from the line under it, then
    the one moved least, then the one whose column fewer lines use (the
    line that breaks the pattern of its siblings, not a sibling). None when
    no move helps, or the text is too long to read again and again."""
    end = _retry_end(lines, line)
    if end is None:
        return None
    columns: dict[int, int] = {}
    steps: dict[int, int] = {}
    previous = None
    for content in lines[:end]:
        if content.strip() and not content.lstrip().startswith("#"):
            key = _key_column(content)
            columns[key] = columns.get(key, 0) + 1
            indentation = _indentation_of(content)
            if previous is not None and indentation > previous:
                steps[indentation - previous] = steps.get(indentation - previous, 0) + 1
            previous = indentation
    step = max(steps, key=lambda s: steps[s]) if steps else 2
    best: tuple[float, int, int, int, int] | None = None  # the score of `found`
    found: tuple[int, int] | None = None
    for number in [line, *_content_lines_above(lines, line)[:_INDENT_LOOKBACK]]:
        content = lines[number - 1]
        if number > len(lines) or not content.strip() or content.lstrip().startswith("#"):
            continue
        indentation = len(content) - len(content.lstrip(" "))
        here = _key_column(content)
        for shift in (-1, 1, -2, 2):
            if indentation + shift < 0:
                continue
            stops = _reading_with(lines, end, number, " " * (indentation + shift) + content.lstrip(" "), reads_to)
            reach = float("inf") if stops is None else stops
            if reach <= line:
                continue
            fits = _steps_fit(lines, number, indentation + shift, step)
            score = (reach, fits, -abs(shift), -columns.get(here, 0), number)
            if best is None or score > best:
                best, found = score, (number, here + shift)
    return found


def _off_the_line_above(lines: list[str], line: int) -> tuple[int, int] | None:
    """(line, column from 0) of the line at or just above ``line`` that sits
    a space or two off the line above it: a guess, where trying is too long."""
    for number in (line, line - 1):  # the parser may stop at the line after
        if not 1 <= number <= len(lines) or not lines[number - 1].strip():
            continue
        here = _key_column(lines[number - 1])
        for above in _content_lines_above(lines, number)[:1]:
            there = _key_column(lines[above - 1])
            if here != there and abs(here - there) <= 2:
                return number, there
    return None


def _indentation_of(content: str) -> int:
    return len(content) - len(content.lstrip(" "))


def _steps_fit(lines: list[str], number: int, indentation: int, step: int) -> int:
    """How many of the two steps around line ``number``, indented by
    ``indentation``, are ``step``: from the line it belongs under (the
    nearest above it further left; a line at the left edge belongs under
    none), and to the line under it, if that one is further right."""
    fits = 0
    above = _content_lines_above(lines, number)
    parent = next((_indentation_of(lines[n - 1]) for n in above if _indentation_of(lines[n - 1]) < indentation), None)
    opener = _END_COMMENT.sub("", lines[above[0] - 1]).rstrip() if above else ""
    if lines[number - 1].lstrip(" ")[:1] == "-" and opener.endswith(":") and _indentation_of(opener) == indentation:
        # An item in line with the key above it (`mentoring:` over `- I mentor`):
        # its list is that key's, indented by no step.
        parent = indentation
    fits += indentation == 0 if parent is None else indentation - parent == step
    below = _content_line_below(lines, number)
    if below is not None and _indentation_of(lines[below - 1]) > indentation:
        fits += _indentation_of(lines[below - 1]) - indentation == step
    return fits


#: How far above and below a line its siblings are looked for.
_SIBLINGS_REACH = 500


def _lined_up_with(lines: list[str], number: int, shift: int, as_key: bool = False) -> list[int]:
    """The lines that line ``number`` lines up with once moved ``shift``
    spaces, with no line between them further left: for a list item, the
    items of the same list; else (or ``as_key``) the keys of the same
    mapping. Those above it first, nearest first, then those below it."""
    content = lines[number - 1]
    item = not as_key and content.lstrip(" ")[:2] in ("- ", "-")
    column = len(content) - len(content.lstrip(" ")) + shift if item else _key_column(content) + shift
    found = []
    # The first key of an item (`- id: IC2`) has no key of its mapping above it.
    first_key = not item and content.lstrip(" ")[:1] == "-"
    above = range(number - 1, max(0, number - _SIBLINGS_REACH), -1) if not first_key else range(0)
    below = range(number + 1, min(len(lines), number + _SIBLINGS_REACH) + 1)
    for numbers in (above, below):
        for other in numbers:
            stripped = lines[other - 1].strip()
            if not stripped or stripped.startswith("#"):
                continue
            at = len(lines[other - 1]) - len(lines[other - 1].lstrip(" ")) if item else _key_column(lines[other - 1])
            # A key after a list's dash starts a mapping: that of the item
            # above (its first key), or the next item's, not this mapping.
            starts_item = not item and stripped[:1] == "-" and at == column
            if starts_item and numbers is below:
                break
            if at == column and (not item or stripped[:2] in ("- ", "-")):
                found.append(other)
            if at < column or starts_item:
                break
    return found
