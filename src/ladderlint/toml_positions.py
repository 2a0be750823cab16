"""Where a key or value is in TOML text, which tomllib does not say.

A small scanner of valid TOML (tomllib has read it already): it records
the offset of every key and value by key path, tables, dotted keys,
inline tables and array items included, so a configuration error in
``pyproject.toml`` can name a line and column as it does in YAML.
"""

from __future__ import annotations

import json
from typing import Any

from .positions import Position, text_position
from .patterns import lazy

_BARE_KEY = lazy(r"[A-Za-z0-9_-]+")
_SCALAR_END = lazy(r"[,\]}\n#]|\r\n")


class TomlPositions:
    """Offsets of the keys and values of a TOML document, by key path."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.keys: dict[tuple[Any, ...], int] = {}
        self.values: dict[tuple[Any, ...], int] = {}
        self._i = 0
        self._tables_seen: dict[tuple[Any, ...], int] = {}
        try:
            self._document()
        except (IndexError, ValueError, RecursionError):  # not what was expected: keep what was found
            pass

    def position(self, key_path: tuple[Any, ...], *, key: bool = False) -> Position | None:
        """Where ``key_path`` is (its key when ``key``, else its value), or
        the nearest enclosing key or value found; None if none is."""
        path = tuple(key_path)
        while path:
            offset = (self.keys.get(path) if key else None)
            if offset is None:
                offset = self.values.get(path, self.keys.get(path))
            if offset is not None:
                return text_position(self.text, offset)
            path, key = path[:-1], True
        return None

    # -- scanning ------------------------------------------------------------

    def _skip(self, newlines: bool = True) -> None:
        text = self.text
        while self._i < len(text):
            c = text[self._i]
            if c in " \t" or (newlines and c in "\r\n"):
                self._i += 1
            elif c == "#":
                end = text.find("\n", self._i)
                self._i = len(text) if end < 0 else end
            else:
                return

    def _document(self) -> None:
        text = self.text
        table: tuple[Any, ...] = ()
        while True:
            self._skip()
            if self._i >= len(text):
                return
            start = self._i
            if text[start] == "[":
                many = text.startswith("[[", start)
                self._i += 2 if many else 1
                segments = self._key()
                path = tuple(name for name, _ in segments)
                self._record_keys((), segments)
                if many:
                    index = self._tables_seen.get(path, 0)
                    self._tables_seen[path] = index + 1
                    table = path + (index,)
                else:
                    table = path
                self.values.setdefault(table, start)
                self._i = text.index("]", self._i) + (2 if many else 1)
            else:
                segments = self._key()
                self._record_keys(table, segments)
                self._equals()
                self._value(table + tuple(name for name, _ in segments))
            if self._i == start:  # never loop without moving on
                self._i += 1

    def _record_keys(self, table: tuple[Any, ...], segments: list[tuple[str, int]]) -> None:
        for j, (_, offset) in enumerate(segments):
            self.keys.setdefault(table + tuple(name for name, _ in segments[: j + 1]), offset)

    def _key(self) -> list[tuple[str, int]]:
        text = self.text
        segments: list[tuple[str, int]] = []
        while True:
            self._skip(newlines=False)
            start = self._i
            if text[start] == '"':
                end = start + 1
                while text[end] != '"':
                    end += 2 if text[end] == "\\" else 1
                raw = text[start: end + 1]
                try:
                    name = json.loads(raw)
                except ValueError:
                    name = raw[1:-1]
                self._i = end + 1
            elif text[start] == "'":
                end = text.index("'", start + 1)
                name = text[start + 1: end]
                self._i = end + 1
            else:
                match = _BARE_KEY.match(text, start)
                if match is None:
                    raise ValueError("no key")
                name = match.group()
                self._i = match.end()
            segments.append((name, start))
            self._skip(newlines=False)
            if self._i < len(text) and text[self._i] == ".":
                self._i += 1
                continue
            return segments

    def _equals(self) -> None:
        self._skip(newlines=False)
        if self.text[self._i] != "=":
            raise ValueError("no '='")
        self._i += 1
        self._skip(newlines=False)

    def _value(self, path: tuple[Any, ...]) -> None:
        text = self.text
        self.values.setdefault(path, self._i)
        c = text[self._i]
        if c in "\"'":
            quotes = c * 3
            if text.startswith(quotes, self._i):
                end = self._i + 3
                while not text.startswith(quotes, end):
                    end += 2 if c == '"' and text[end] == "\\" else 1
                while end + 3 < len(text) and text[end + 3] == c:  # quotes just inside the closing ones
                    end += 1
                self._i = end + 3
            else:
                end = self._i + 1
                while text[end] != c:
                    end += 2 if c == '"' and text[end] == "\\" else 1
                self._i = end + 1
        elif c == "[":
            self._i += 1
            index = 0
            while True:
                self._skip()
                if text[self._i] == "]":
                    self._i += 1
                    return
                self._value(path + (index,))
                index += 1
                self._skip()
                if text[self._i] == ",":
                    self._i += 1
        elif c == "{":
            self._i += 1
            while True:
                self._skip()
                if text[self._i] == "}":
                    self._i += 1
                    return
                segments = self._key()
                self._record_keys(path, segments)
                self._equals()
                self._value(path + tuple(name for name, _ in segments))
                self._skip()
                if text[self._i] == ",":
                    self._i += 1
        else:
            match = _SCALAR_END.search(text, self._i)
            self._i = len(text) if match is None else match.start()
            self._i = len(text[: self._i].rstrip()) if self._i > 0 else 0
            if self._i <= self.values[path]:
                self._i = self.values[path] + 1
