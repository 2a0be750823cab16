"""Helpers for the tests of `ladderlint render`: read the pages back as a
reader's browser would (text of elements, links), without a browser."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from conftest import FRAMEWORKS, SEEDS

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Element:
    def __init__(self, tag: str, attrs: dict[str, str], parent: "Element | None") -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Any] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def iter(self):  # type: ignore[no-untyped-def]
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list["Element"]:
        return [
            e for e in self.iter()
            if (tag is None or e.tag == tag) and (cls is None or cls in e.classes)
            and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(element)
        if tag not in _VOID:
            self.current = element

    def handle_endtag(self, tag: str) -> None:
        node: Element | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(html: str | Path) -> Element:
    parser = _Parser()
    parser.feed(html.read_text(encoding="utf-8") if isinstance(html, Path) else html)
    return parser.root


def squeeze(text: str) -> str:
    """Text as a page shows it: runs of white space are one space."""
    return " ".join(text.split())


def shown_text(element: Element) -> str:
    """An element's text as the screen shows it: without what is there for
    screen readers only (``visually-hidden``)."""
    parts = [c if isinstance(c, str) else ("" if "visually-hidden" in c.classes else shown_text(c))
             for c in element.children]
    return squeeze("".join(parts))


def statements_of(path: Path) -> list[str]:
    """Every statement of a framework file, as written."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for level in data["levels"]:
        for cell in level["competencies"].values():
            items = cell if isinstance(cell, list) else cell.get("statements", [])
            out.extend(item if isinstance(item, str) else item["text"] for item in items)
    return out


def page_statements(page: Path) -> list[str]:
    return [squeeze(e.text) for e in parse(page).find_all(cls="statement-text")]


def shipped_frameworks() -> list[Path]:
    return sorted(FRAMEWORKS.glob("*.yaml"))


def seed_frameworks() -> list[Path]:
    return sorted((SEEDS / "as-exported").glob("*.yaml"))


def local_links(page: Path) -> list[tuple[str, str]]:
    """(target file, fragment) of every href and src on a page that is not
    an anchor of the page itself; an absolute URL is returned as it is."""
    out = []
    for element in parse(page).iter():
        for attribute in ("href", "src"):
            value = element.attrs.get(attribute)
            if value is None:
                continue
            if re.match(r"^[a-z][a-z0-9+.-]*:", value, re.I):
                out.append((value, ""))
                continue
            target, _, fragment = value.partition("#")
            out.append((str((page.parent / target).resolve()) if target else str(page), fragment))
    return out
