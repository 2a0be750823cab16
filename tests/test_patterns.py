"""Patterns compiled on first use (ladderlint.patterns): each of the
project's compiles, and one behaves as the compiled pattern would."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from typing import Any

import pytest

import ladderlint
from ladderlint.patterns import LazyPattern, lazy


def _lazy_patterns() -> list[tuple[str, LazyPattern]]:
    """Every lazy pattern held at the top of a ladderlint module: in its
    names, its classes, and the tuples, dicts and dataclasses they hold."""
    found: dict[int, tuple[str, LazyPattern]] = {}
    for info in pkgutil.walk_packages(ladderlint.__path__, "ladderlint."):
        if info.name.endswith("__main__"):
            continue  # runs the command line
        module = importlib.import_module(info.name)
        seen: set[int] = set()
        stack: list[Any] = list(vars(module).values())
        while stack:
            value = stack.pop()
            if id(value) in seen:
                continue
            seen.add(id(value))
            if isinstance(value, LazyPattern):
                found.setdefault(id(value), (info.name, value))
            elif isinstance(value, (tuple, list, frozenset, set)):
                stack.extend(value)
            elif isinstance(value, dict):
                stack.extend(value.values())
            elif isinstance(value, type) and value.__module__ == info.name:
                stack.extend(vars(value).values())
            elif dataclasses.is_dataclass(value) and not isinstance(value, type):
                stack.extend(getattr(value, field.name) for field in dataclasses.fields(value))
    return sorted(found.values(), key=lambda item: (item[0], str(item[1].pattern)))


def test_every_pattern_of_ladderlint_compiles() -> None:
    patterns = _lazy_patterns()
    # The rules, the text module and the loader write theirs this way: a
    # walk that found few would be a walk that missed them.
    assert len(patterns) > 200
    failed = []
    for module, pattern in patterns:
        try:
            pattern.compiled()
        except re.error as error:
            failed.append(f"{module}: {pattern.pattern!r}: {error}")
    assert failed == []


def test_a_lazy_pattern_is_not_compiled_before_its_first_use() -> None:
    broken = lazy(r"(unclosed")
    assert broken.pattern == "(unclosed"  # the source is read without compiling
    with pytest.raises(re.error):
        broken.search("text")


@pytest.mark.parametrize("name", sorted(n for n in dir(re.compile("")) if not n.startswith("_")))
def test_a_lazy_pattern_has_what_a_compiled_one_has(name: str) -> None:
    source, flags = r"(?P<level>IC|L)(\d+)", re.IGNORECASE
    compiled = re.compile(source, flags)
    pattern = lazy(source, flags)
    attribute, expected = getattr(pattern, name), getattr(compiled, name)
    if not callable(expected):
        assert attribute == expected
    elif name == "scanner":
        assert attribute("ic3 L4").search().group() == "ic3"
    else:
        text = "From IC3 to L4, then l5"
        arguments: tuple[Any, ...] = ("level", text) if name in ("sub", "subn") else (text,)
        got, want = attribute(*arguments), expected(*arguments)
        if name == "finditer":
            got, want = [m.span() for m in got], [m.span() for m in want]
        elif isinstance(want, re.Match):
            got, want = got.span(), want.span()
        assert got == want


def test_lazy_patterns_of_one_source_are_equal() -> None:
    assert lazy(r"\bIC\d") == lazy(r"\bIC\d")
    assert lazy(r"\bIC\d") != lazy(r"\bIC\d", re.IGNORECASE)
    assert len({lazy("a"), lazy("a")}) == 1


_RE_FUNCTIONS = frozenset({"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"})


def test_no_lazy_pattern_is_given_to_a_function_of_re() -> None:
    """re's functions take a text or a compiled pattern, not a lazy one
    (``re.sub(_PATTERN, ...)`` raises TypeError): call the pattern's own
    method instead (``_PATTERN.sub(...)``)."""
    import ast
    import inspect

    misused = []
    for info in pkgutil.walk_packages(ladderlint.__path__, "ladderlint."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        tree = ast.parse(inspect.getsource(module))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _RE_FUNCTIONS
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args
                    and isinstance(node.args[0], ast.Name)
                    and isinstance(vars(module).get(node.args[0].id), LazyPattern)):
                misused.append(f"{info.name}:{node.lineno}: re.{node.func.attr}({node.args[0].id}, ...)")
    assert misused == []


def test_every_module_imports_lazy_from_its_home() -> None:
    """``lazy`` is ladderlint.patterns' own: a module that takes it from
    another (``from ..text import lazy``) leans on that module's imports."""
    import ast
    import inspect

    elsewhere = []
    for info in pkgutil.walk_packages(ladderlint.__path__, "ladderlint."):
        if info.name.endswith("__main__"):
            continue
        tree = ast.parse(inspect.getsource(importlib.import_module(info.name)))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and any(alias.name == "lazy" for alias in node.names) \
                    and (node.module or "").rsplit(".", 1)[-1] != "patterns":
                elsewhere.append(f"{info.name}:{node.lineno}: from {'.' * node.level}{node.module} import lazy")
    assert elsewhere == []
