"""The tests use ladderlint through what it makes public: a test that pins a
private name (one with a leading underscore) breaks when the code is
reorganised, and passes while the behaviour the name stood for breaks.

A test file is read, not run: a private name imported from ladderlint, an
attribute with a private name of something that comes from ladderlint
(a module, a class, an object made by it), the same through setattr,
getattr or monkeypatch, and a dotted private path in a string
("ladderlint.x._y", as mock.patch and importlib take it) are reported.
Private names of the tests' own (helpers, fakes) and of other packages are
theirs to use, and so are dunders (``__version__``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Iterator

import pytest

from conftest import ROOT

PACKAGE = "ladderlint"
# A dotted path into the package with a private part, as strings give one.
DOTTED_PRIVATE = re.compile(rf"(?<![\w.]){PACKAGE}(?:\.\w+)*?\._(?!_)\w*")
# What has names of its own: one bound inside is not the one outside.
SCOPES = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def from_package(module: str | None) -> bool:
    return module is not None and (module == PACKAGE or module.startswith(PACKAGE + "."))


def root(node: ast.AST) -> str | None:
    """The name an expression starts from: `checker` in `checker.Batch(x).run`."""
    while True:
        if isinstance(node, ast.Attribute):
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, (ast.Subscript, ast.Starred)):
            node = node.value
        elif isinstance(node, ast.Await):
            node = node.value
        else:
            return node.id if isinstance(node, ast.Name) else None


def names_in(target: ast.AST) -> list[str]:
    return [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]


def own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a scope, not those of the scopes inside it."""
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, SCOPES):
            stack.extend(ast.iter_child_nodes(node))


def bindings(scope: ast.AST) -> list[tuple[list[str], ast.AST | None, bool]]:
    """What the scope binds: (names, the expression they come from or None,
    whether they come from the package whatever the expression)."""
    out: list[tuple[list[str], ast.AST | None, bool]] = []
    if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        arguments = scope.args
        for arg in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]:
            if arg is not None:
                # An argument annotated with a class of the package holds one of its objects.
                out.append(([arg.arg], arg.annotation, False))
    for node in own_nodes(scope):
        if isinstance(node, ast.Import):
            for alias in node.names:
                name = alias.asname or alias.name.split(".")[0]
                out.append(([name], None, alias.name.split(".")[0] == PACKAGE))
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                out.append(([alias.asname or alias.name], None, node.level == 0 and from_package(node.module)))
        elif isinstance(node, ast.Assign):
            out.extend((names_in(target), node.value, False) for target in node.targets)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            value = node.value if node.value is not None else getattr(node, "annotation", None)
            out.append((names_in(node.target), value, False))
        elif isinstance(node, ast.NamedExpr):
            out.append(([node.target.id], node.value, False))
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            out.append((names_in(node.target), node.iter, False))
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            out.append((names_in(node.optional_vars), node.context_expr, False))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append(([node.name], None, False))
        elif isinstance(node, ast.ExceptHandler) and node.name:
            out.append(([node.name], None, False))
    return out


class PrivateReaches(ast.NodeVisitor):
    """Where a test file reaches a private name of the package: (line, what)."""

    def __init__(self) -> None:
        self.found: list[tuple[int, str]] = []
        # Per scope, innermost last: each name it binds, and whether to the package.
        self.scopes: list[dict[str, bool]] = []

    def from_package(self, node: ast.AST | None) -> bool:
        name = root(node) if node is not None else None
        if name is None:
            return False
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return False

    def enter(self, scope: ast.AST) -> None:
        binds = bindings(scope)
        local = {name: False for names, _, _ in binds for name in names}
        self.scopes.append(local)
        changed = True
        while changed:  # a name may come from one bound after it in the text
            changed = False
            for names, value, imported in binds:
                if imported or self.from_package(value):
                    for name in names:
                        if not local[name]:
                            local[name] = changed = True

    def generic_visit(self, node: ast.AST) -> None:
        if isinstance(node, SCOPES):
            self.enter(node)
            super().generic_visit(node)
            self.scopes.pop()
        else:
            super().generic_visit(node)

    def report(self, node: ast.AST, what: str) -> None:
        self.found.append((getattr(node, "lineno", 0), what))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            parts = alias.name.split(".")
            if parts[0] == PACKAGE and any(private(p) for p in parts):
                self.report(node, f"import {alias.name}")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level or not from_package(node.module):
            return
        assert node.module is not None
        if any(private(p) for p in node.module.split(".")):
            self.report(node, f"from {node.module} import ...")
        for alias in node.names:
            if private(alias.name):
                self.report(node, f"from {node.module} import {alias.name}")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if private(node.attr) and self.from_package(node.value):
            self.report(node, ast.unparse(node))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        # setattr(x, "_y", ...), getattr(...), monkeypatch.setattr(x, "_y", ...), .delattr(...)
        func = node.func
        called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if called in ("setattr", "getattr", "delattr", "hasattr") and len(node.args) >= 2:
            name = node.args[1]
            if (
                isinstance(name, ast.Constant) and isinstance(name.value, str) and private(name.value)
                and self.from_package(node.args[0])
            ):
                self.report(node, f"{called}({ast.unparse(node.args[0])}, {name.value!r})")
        self.generic_visit(node)

    def visit_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return  # a docstring: it may name a private path, it does not reach it
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str):
            for m in DOTTED_PRIVATE.finditer(node.value):
                self.report(node, repr(m.group()))


def private_reaches(source: str) -> list[tuple[int, str]]:
    visitor = PrivateReaches()
    visitor.visit(ast.parse(source))
    return sorted(visitor.found)


TEST_FILES = sorted((ROOT / "tests").rglob("*.py"))


@pytest.mark.parametrize("path", TEST_FILES, ids=lambda p: str(p.relative_to(ROOT / "tests")))
def test_no_test_reaches_a_private_name_of_ladderlint(path: Path):
    reaches = private_reaches(path.read_text(encoding="utf-8"))
    assert reaches == [], "\n".join(f"{path.name}:{line}: {what}" for line, what in reaches)


# The package's name is put in when a sample is read, so that this file
# itself holds no dotted private path to report.
@pytest.mark.parametrize(
    ("sample", "reported"),
    [
        ("from PKG.checker import _chunks\n", [(1, "from PKG.checker import _chunks")]),
        ("from PKG import _schema_validator as v\n", [(1, "from PKG import _schema_validator")]),
        ("from PKG._schema_validator import validate\n", [(1, "from PKG._schema_validator import ...")]),
        ("import PKG._schema_validator\n", [(1, "import PKG._schema_validator")]),
        ("from PKG import checker\nchecker._chunks([], [], 1)\n", [(2, "checker._chunks")]),
        ("import PKG.checker\nPKG.checker._job_count(1, [])\n", [(2, "PKG.checker._job_count")]),
        ("from PKG.rules import ll304_brand_misspelt as rule\ndef t():\n    rule._flexible('x')\n",
         [(3, "rule._flexible")]),
        # An object made by the package, however it came.
        ("from PKG.schema import SchemaValidator\nv = SchemaValidator()\nv._fast\n", [(3, "v._fast")]),
        ("from PKG.schema import SchemaValidator\ndef t():\n    with SchemaValidator() as v:\n        v._fast\n",
         [(4, "v._fast")]),
        ("from PKG import checker\ndef t():\n    for c in checker.discover(['.']):\n        c._size\n",
         [(4, "c._size")]),
        ("from PKG.schema import SchemaValidator\ndef t(v: SchemaValidator):\n    return v._fast\n",
         [(3, "v._fast")]),
        ("from PKG import checker\ndef t(monkeypatch):\n    monkeypatch.setattr(checker, '_size', len)\n",
         [(3, "setattr(checker, '_size')")]),
        ("from PKG import schema\ngetattr(schema, '_fast_validator')()\n", [(2, "getattr(schema, '_fast_validator')")]),
        ("def t(monkeypatch):\n    monkeypatch.setattr('PKG.checker._size', len)\n", [(2, "'PKG.checker._size'")]),
        ("import subprocess\nsubprocess.run(['python', '-c', 'import PKG._schema_validator'])\n",
         [(2, "'PKG._schema_validator'")]),
        # What is the tests' own or another package's is theirs.
        ("def _helper():\n    pass\n_helper()\n_CACHE = {}\n", []),
        ("from test_precommit import _git\n_git('status')\n", []),
        ("import yaml\nyaml._yaml.get_version_string()\nimport sys\nsys._getframe()\n", []),
        ("class _Fake:\n    def __init__(self):\n        self._calls = []\nfake = _Fake()\nfake._calls\n", []),
        # A name bound to the package in one test and to the test's own object in another.
        ("from PKG import checker\ndef a():\n    x = checker.discover(['.'])\ndef b():\n    x = object()\n"
         "    x._seen\n", []),
        ("import PKG\nPKG.__version__\nfrom PKG import checker\nchecker.__file__\n", []),
        ("from PKG import checker\nchecker.PARALLEL_MIN_BYTES\n", []),
        ("# see src/PKG/_schema_validator.py\n'src/PKG/_schema_validator.py'\n", []),
        ('def t():\n    """Not PKG.checker._size, which is private."""\n', []),
    ],
)
def test_what_counts_as_reaching_a_private_name(sample, reported):
    found = private_reaches(sample.replace("PKG", PACKAGE))
    assert found == [(line, what.replace("PKG", PACKAGE)) for line, what in reported]
