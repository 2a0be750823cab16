"""Writing one text as a YAML scalar that reads back as exactly that text.

Shared by the fixer (which rewrites one value in place, in the style it was
written in) and the importer (which writes whole frameworks): one table of
escapes, one test of what may stay plain.

- ``plain_ok``: whether the text can be written as it is (YAML would not
  read it as a number, a date, ``yes`` or a mapping, and nothing needs
  quoting);
- ``single_quoted``: between single quotes, where that is possible;
- ``double_quoted``: between double quotes on one line, with escapes for
  line breaks, control characters and characters a reader cannot see
  (no-break and zero-width spaces), so the file shows that they are there;
- ``quoted``: in quotes as a message shows how to write a text, double
  unless the text holds double quotes itself.
"""

from __future__ import annotations

import io
import unicodedata
from typing import Any

import yaml

_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()

# YAML's short escapes.
_ESCAPES = {
    "\0": "0", "\a": "a", "\b": "b", "\t": "t", "\n": "n", "\v": "v", "\f": "f", "\r": "r",
    "\x1b": "e", '"': '"', "\\": "\\", "\x85": "N", "\u2028": "L", "\u2029": "P",
}


def invisible(ch: str) -> bool:
    """Characters that do not show, or show as something else, in an editor:
    spaces other than the plain one, controls, format characters (the
    zero-width space, the soft hyphen, the byte order mark), unassigned and
    private code points. The zero-width joiner inside emoji ('👩‍💼') shows."""
    if ch == " ":
        return False
    category = unicodedata.category(ch)
    if category in ("Zs", "Zl", "Zp", "Cc", "Co", "Cs", "Cn"):
        return True
    return category == "Cf" and ch != "\u200d"


def printable(ch: str) -> bool:
    """Whether YAML allows the character unescaped (its printable set).
    (Compared by code point: a pattern of these ranges takes longer to
    compile, at every start, than a whole one-file check spends here.)"""
    code = ord(ch)
    return 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000


def double_quoted(text: str) -> str:
    """A double-quoted scalar on one line, with escapes where needed."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append("\\" + _ESCAPES[ch])
        elif invisible(ch) or not printable(ch):
            code = ord(ch)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _analysis(text: str) -> Any:
    emitter = yaml.emitter.Emitter(io.StringIO())
    emitter.allow_unicode = True
    return emitter.analyze_scalar(text)


def reads_as_text(text: str) -> bool:
    """Whether YAML reads ``text``, unquoted, as text (not `yes`, `12` or a date)."""
    return _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR_TAG


def plain_ok(text: str, *, in_flow: bool = False) -> bool:
    """Whether ``text`` can be written unquoted on one line and read back the same."""
    if not text or "\n" in text:
        return False
    analysis = _analysis(text)
    if analysis.multiline or not (analysis.allow_flow_plain if in_flow else analysis.allow_block_plain):
        return False
    return reads_as_text(text)


def single_quoted(text: str) -> str | None:
    """``text`` between single quotes, or None where it cannot be (line breaks,
    characters that need escapes)."""
    if "\n" in text or any(invisible(ch) for ch in text):
        return None
    analysis = _analysis(text)
    if not analysis.allow_single_quoted or analysis.multiline:
        return None
    return "'" + text.replace("'", "''") + "'"


def scalar(text: str) -> str:
    """``text`` in the plainest style that shows what it holds: plain, else
    single-quoted, else double-quoted. Spaces at either end, runs of spaces
    and invisible characters are double-quoted, so a reader sees them."""
    if not text:
        return "''"
    if "\n" in text or text != text.strip(" ") or "  " in text or any(invisible(ch) for ch in text):
        return double_quoted(text)
    if plain_ok(text):
        return text
    return single_quoted(text) or double_quoted(text)


def quoted(text: str) -> str:
    """``text`` in quotes, as a message tells someone to write it: double
    quotes, or single quotes where the text holds double quotes ('"Always"
    I test' reads better than "\\"Always\\" I test")."""
    if '"' in text:
        single = single_quoted(text)
        if single is not None:
            return single
    return double_quoted(text)


def quoted_as_meant(text: str) -> str:
    """``text`` in quotes, as ``quoted``; where the whole text is between
    the curly quotes a word processor writes for typed ones ("“I lead:
    teams”"), those were meant as YAML's: straight ones instead of them."""
    from .text import curly_quoted

    marks = curly_quoted(text)
    return quoted(text[marks[0] + 1:marks[1]] if marks else text)
