"""Settings of a run, and the configuration files they come from.

Each file is checked with the configuration nearest to it (as ruff does):
the first of these found in the file's directory or one of its parents:
``.ladderlint.yaml``, ``.ladderlint.yml``, or a ``pyproject.toml`` with a
``[tool.ladderlint]`` table. ``--config FILE`` names one for every file;
``--isolated`` reads none. Options on the command line win over the file.
docs/configuration.md documents every key. A key, rule or option that
ladderlint does not know is an error, so a typo never silently changes what
is checked.

Patterns (``exclude``, ``per-file-ignores``) are gitignore patterns,
relative to the directory of the configuration file that holds them.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Protocol, Sequence, TypeVar

from .loader import DEFAULT_MAX_BYTES
from .positions import Position, text_position
from .rules.base import OptionError, Rule, Severity
from .rules.registry import is_input_error, registry
from .suggestions import did_you_mean, value_in_words
from .text import curly_quoted
from .wordlists import Vocabulary, VocabularyError, read_vocabulary

YAML_CONFIG_NAMES = (".ladderlint.yaml", ".ladderlint.yml")
PYPROJECT = "pyproject.toml"
#: Names people give a configuration that ladderlint does not read: the
#: YAML name without its dot (which file browsers hide), and TOML of its own.
MISNAMED_CONFIG = ("ladderlint.yaml", "ladderlint.yml", "ladderlint.toml", ".ladderlint.toml")
FAIL_ON_CHOICES = ("error", "warning", "info", "never")


# --- settings ----------------------------------------------------------------


class Patterns:
    """Gitignore patterns (``drafts``, ``/legacy``, ``**/*.wip.yaml``,
    ``!keep.yaml``), matched against paths relative to ``root``."""

    def __init__(self, patterns: Sequence[str] = (), root: str = ".") -> None:
        self.patterns = tuple(patterns)
        self.root = root
        self._spec: Any = None

    def _compiled(self) -> Any:
        if self._spec is None:
            import pathspec  # only when a configuration has patterns

            self._spec = pathspec.GitIgnoreSpec.from_lines(self.patterns)
        return self._spec

    def matches(self, path: str, *, is_dir: bool | None = None) -> bool:
        """Whether the patterns exclude ``path``: as git reads them, a path
        is excluded when it matches, or when a directory above it does (git
        never looks inside an excluded directory, so a later ``!`` pattern
        cannot bring back a file under it)."""
        return self._excluding(path, is_dir) is not None

    def _excluding(self, path: str, is_dir: bool | None) -> str | None:
        """What is excluded: ``path`` itself or the directory above it that
        the patterns exclude ("archive/"), relative to the root; or None."""
        if not self.patterns:
            return None
        relative = relative_to(path, self.root)
        if relative.startswith("../") or relative in (".", ".."):
            return None
        spec = self._compiled()
        parts = relative.split("/")
        for depth in range(1, len(parts)):
            directory = "/".join(parts[:depth]) + "/"
            if spec.match_file(directory):
                return directory
        if is_dir is None:
            is_dir = os.path.isdir(path)
        own = relative + "/" if is_dir else relative
        return own if spec.match_file(own) else None

    def matching(self, path: str, *, is_dir: bool | None = None) -> str | None:
        """The pattern that excludes ``path`` (the last that matches it, or
        the directory above it that excludes it, alone, as git reads them),
        or None when none does."""
        excluded = self._excluding(path, is_dir)
        if excluded is None:
            return None
        import pathspec

        for pattern in reversed(self.patterns):
            if not pattern.startswith("!") and pathspec.GitIgnoreSpec.from_lines([pattern]).match_file(excluded):
                return pattern
        return None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Patterns) and (self.patterns, self.root) == (other.patterns, other.root)

    def __hash__(self) -> int:
        return hash((self.patterns, self.root))

    def __repr__(self) -> str:
        return f"Patterns({self.patterns!r}, root={self.root!r})"

    def __getstate__(self) -> tuple[tuple[str, ...], str]:  # to worker processes, without the compiled form
        return self.patterns, self.root

    def __setstate__(self, state: tuple[tuple[str, ...], str]) -> None:
        self.patterns, self.root = state
        self._spec = None


def relative_to(path: str, root: str) -> str:
    """``path`` relative to ``root``, with ``/`` separators."""
    try:
        relative = os.path.relpath(os.path.abspath(path), root)
    except ValueError:  # another drive on Windows
        relative = os.path.abspath(path)
    return relative.replace(os.sep, "/")


@dataclass(frozen=True)
class FileIgnore:
    """Rule codes that do not apply to files matching ``patterns``."""

    patterns: Patterns
    codes: frozenset[str]


class SettingsSource(Protocol):
    """Where the settings of each file come from: one Settings for all, or a
    Configuration that finds the nearest configuration file."""

    def for_path(self, path: str) -> "Settings": ...


@dataclass(frozen=True)
class Settings:
    #: Which rules run: layers of select, extend-select and ignore, each
    #: applied in turn (none: every rule), resolved into ``enabled``.
    selection: tuple[Selection, ...] = ()
    #: Severity overrides by rule code.
    severity: dict[str, Severity] = field(default_factory=dict)
    #: Findings at or above this severity make the run fail (exit code 1);
    #: None: never.
    fail_on: Severity | None = Severity.ERROR
    max_file_size: int = DEFAULT_MAX_BYTES
    #: Rule options by rule code, parsed: {"LL205": {"similarity": 0.9}}.
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Rules switched off for some files.
    per_file_ignores: tuple[FileIgnore, ...] = ()
    #: Paths that directory walks skip.
    exclude: Patterns = field(default_factory=Patterns)
    #: Skip excluded files even when they are named on the command line
    #: (as the pre-commit hook does).
    force_exclude: bool = False
    #: The directory that patterns are relative to (the configuration file's).
    root: str = "."
    #: The configuration file these settings came from, if any.
    config_file: str | None = None
    #: What the user should hear about the configuration (an option spelt
    #: the old way), printed once per run.
    notices: tuple[str, ...] = ()
    #: The project's accepted and rejected words (the `vocabulary` key).
    vocabulary: Vocabulary = field(default_factory=Vocabulary)

    def for_path(self, path: str) -> "Settings":
        """These settings, for every file (a SettingsSource)."""
        return self

    @functools.cached_property
    def enabled(self) -> frozenset[str]:
        """The codes of the rules that run (input errors are reported
        whatever it says), resolved when first asked: a run with no finding
        to filter (a diff of two valid files) never loads the rules."""
        return resolve_selection(self.selection)

    def is_enabled(self, rule: type[Rule]) -> bool:
        """Whether a rule runs (an unreadable file is always reported)."""
        return rule.code in self.enabled or is_input_error(rule)

    def enabled_for(self, file: str, rule: type[Rule]) -> bool:
        """Whether findings of ``rule`` are reported for ``file``."""
        if is_input_error(rule):
            return True
        if rule.code not in self.enabled:
            return False
        return not any(rule.code in ignore.codes and ignore.patterns.matches(file, is_dir=False) for ignore in self.per_file_ignores)

    def excluded(self, path: str) -> bool:
        """Whether ``path`` matches an ``exclude`` pattern."""
        return self.exclude.matches(path)

    def exclusion(self, path: str) -> str:
        """What excludes ``path``: "`exclude: drafts` in .ladderlint.yaml"."""
        pattern = self.exclude.matching(path)
        said = f"`exclude: {pattern}`" if pattern is not None else "`exclude`"
        return f"{said} in {self.config_file}" if self.config_file else said

    def severity_of(self, rule: type[Rule]) -> Severity:
        return self.severity.get(rule.code, rule.severity)

    def rules(self) -> list[Rule]:
        """Instances of the enabled rules that check frameworks, in code order."""
        return [
            rule(self._options_of(rule), vocabulary=self.vocabulary, running=self.enabled)
            for rule in registry().rules
            if rule.scope in ("framework", "run") and rule.code in self.enabled
        ]

    def _options_of(self, rule: type[Rule]) -> dict[str, Any] | None:
        """The rule's configured options, and those it reads of other rules (Rule.reads)."""
        values = self.rule_options.get(rule.code)
        for code, name in rule.reads:
            other = self.rule_options.get(code, {})
            if name in other:
                values = {**(values or {}), name: other[name]}
        return values


# --- errors ------------------------------------------------------------------


class ConfigError(Exception):
    """A configuration problem: named by file and key (and line:col in YAML)."""

    def __init__(
        self,
        message: str,
        file: str | None = None,
        key_path: Sequence[Any] = (),
        position: Position | None = None,
        option: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.key_path = tuple(key_path)
        self.position = position
        #: The command-line option at fault, for errors not in a file.
        self.option = option
        #: The configuration's other errors, after this one in the file.
        self.also: tuple[ConfigError, ...] = ()

    def every(self) -> tuple["ConfigError", ...]:
        """This error and the others found with it, in the file's order."""
        return (self, *self.also)

    def location(self) -> str:
        """Where the problem is: the file (with line and column) and the key."""
        where = []
        if self.file is not None:
            location = self.file
            if self.position is not None:
                location += f":{self.position.line}:{self.position.column}"
            where.append(location)
        if self.key_path:
            where.append(_dotted(self.key_path))
        if self.option:
            where.append(self.option)
        return ": ".join(where)

    def in_report(self) -> str:
        """The message with the key or option it is about, without the file,
        line and column: a JSON or SARIF report gives those in fields of
        their own."""
        about = [_dotted(self.key_path)] if self.key_path else []
        if self.option:
            about.append(self.option)
        return ": ".join([*about, self.message])

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


def _dotted(key_path: Sequence[Any]) -> str:
    parts: list[str] = []
    for step in key_path:
        if isinstance(step, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{step}]"]
        elif re.fullmatch(r"[A-Za-z0-9_-]+", str(step)):
            parts.append(str(step))
        else:
            parts.append('"' + str(step).replace("\\", "\\\\").replace('"', '\\"') + '"')
    return ".".join(parts)


_T = TypeVar("_T")


class _Errors:
    """Every error of a configuration, so that mending one does not merely
    reveal the next: each part is read on its own, and the errors are
    raised together, the first in the file first."""

    def __init__(self) -> None:
        self.found: list[ConfigError] = []

    def attempt(self, read: Callable[[], _T], fallback: _T) -> _T:
        try:
            return read()
        except ConfigError as error:
            self.found.append(error)
            return fallback

    def raise_any(self) -> None:
        if not self.found:
            return
        first, *rest = sorted(self.found, key=_in_file_order)
        first.also = tuple(rest)
        raise first


def _in_file_order(error: ConfigError) -> tuple[bool, int, int]:
    where = error.position
    return (where is None, where.line if where else 0, where.column if where else 0)


# --- reading files -----------------------------------------------------------


@dataclass(frozen=True)
class ConfigFile:
    """A configuration file's table, and how to say where a key is in it."""

    path: str
    #: What users see: the path relative to the current directory.
    display: str
    table: dict[str, Any]
    #: Key path prefix shown in messages ("tool.ladderlint" in pyproject.toml).
    prefix: tuple[str, ...] = ()
    #: For YAML: the loaded document, to point at line:col.
    document: Any = None
    #: For TOML: the text, in which the key is looked for (tomllib gives no
    #: positions).
    text: str | None = None

    def position(self, key_path: Sequence[Any], *, on_key: bool = False) -> Position | None:
        """Where a key (``on_key``) or its value is, if it can be told."""
        if self.document is not None:
            found: Position | None = self.document.position(tuple(key_path), key=on_key)
            return found
        if self.text is not None:
            from .toml_positions import TomlPositions  # only for an error

            return TomlPositions(self.text).position(self.prefix + tuple(key_path), key=on_key)
        return None

    def error(self, message: str, key_path: Sequence[Any] = (), *, on_key: bool = False) -> ConfigError:
        return ConfigError(message, self.display, self.prefix + tuple(key_path), self.position(key_path, on_key=on_key))


def find_config_file(start: str) -> ConfigFile | None:
    """The configuration nearest to ``start``: this directory, then its parents."""
    directory = os.path.abspath(start)
    while True:
        for name in YAML_CONFIG_NAMES:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate):
                return read_config_file(candidate)
        candidate = os.path.join(directory, PYPROJECT)
        if os.path.isfile(candidate):
            found = _read_pyproject(candidate, required=False)
            if found is not None:
                return found
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def misnamed_config_files(start: str, found: ConfigFile | None) -> list[str]:
    """Files in ``start`` and its parents, up to the directory of ``found``,
    named as a configuration ladderlint does not read (`ladderlint.toml`,
    `ladderlint.yaml` that is no framework): what their author meant is
    silently not applied."""
    stop = os.path.dirname(os.path.abspath(found.path)) if found is not None else None
    directory = os.path.abspath(start)
    out: list[str] = []
    while True:
        for name in MISNAMED_CONFIG:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate) and (name.endswith(".toml") or _reads_as_configuration(candidate)):
                out.append(_display(candidate))
        parent = os.path.dirname(directory)
        if directory == stop or parent == directory:
            return out
        directory = parent


def _reads_as_configuration(path: str) -> bool:
    """Whether a YAML file holds keys of a configuration and no others (not
    a framework, nor a workflow named `ladderlint.yml`)."""
    import yaml

    try:
        with open(path, "rb") as handle:
            data = yaml.safe_load(handle.read(65536))
    except (OSError, yaml.YAMLError, ValueError):
        return False
    return isinstance(data, dict) and bool(data) and all(key in KEYS for key in data)


def read_config_file(path: str) -> ConfigFile:
    """Read a configuration file named by --config or found by search."""
    if not os.path.isfile(path):
        raise ConfigError("configuration file not found" if not os.path.exists(path)
                          else "configuration file is not a file", _display(path))
    if path.endswith(".toml"):
        found = _read_pyproject(path, required=True)
        assert found is not None
        return found
    if path.endswith((".yaml", ".yml")):
        return _read_yaml(path)
    raise ConfigError("a configuration file must be .ladderlint.yaml (or another .yaml/.yml "
                      "file) or a pyproject.toml", _display(path))


def exclude_in(path: str, data: bytes, root: str) -> Patterns:
    """The ``exclude`` patterns of a configuration file's content ``data``
    (as another revision has it), relative to ``root``; ConfigError where
    that content is no valid configuration."""
    config = _read_pyproject(path, required=False, data=data) if path.endswith(".toml") else _read_yaml(path, data)
    return Patterns(parse_config(config).exclude if config is not None else (), root)


def _display(path: str) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise ConfigError(f"cannot read configuration file: {error.strerror or error}", _display(path)) from None


def _read_yaml(path: str, data: bytes | None = None) -> ConfigFile:
    from .loader import LoadError, load_document

    data = _read_bytes(path) if data is None else data
    display = _display(path)
    if _only_comments(data):
        return ConfigFile(path, display, {})
    try:
        document = load_document(path, data)
    except LoadError as error:
        message = error.message
        if error.code == "LL006":
            message = message.replace("the document is", "the configuration is") + \
                "; write the settings as `key: value` lines"
        raise ConfigError(message, display, position=error.position) from None
    return ConfigFile(path, display, document.data, document=document)


def _only_comments(data: bytes) -> bool:
    return all(not line.strip() or line.lstrip().startswith(b"#") for line in data.splitlines())


def _read_pyproject(path: str, *, required: bool, data: bytes | None = None) -> ConfigFile | None:
    data = _read_bytes(path) if data is None else data
    display = _display(path)
    # Most pyproject.toml files never mention ladderlint: skip parsing them.
    if b"ladderlint" not in data:
        if required:
            raise ConfigError("has no [tool.ladderlint] table", display)
        return None
    try:
        import tomllib  # type: ignore[import-not-found, unused-ignore]
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef, import-not-found, unused-ignore]
    from .encoding import NotUtf8Text, utf8_text

    try:
        text = utf8_text(data)
        parsed = tomllib.loads(text)
    except NotUtf8Text as error:
        raise ConfigError(error.message, display, position=error.position) from None
    except tomllib.TOMLDecodeError as error:
        # The parser says where in its message: "... (at line 2, column 16)".
        message = str(error)
        position = None
        at = re.search(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$", message)
        if at:
            position = Position(int(at.group(1)), int(at.group(2))) if at.group(1) else text_position(text, len(text))
            message = message[: at.start()]
        raise ConfigError(f"invalid TOML: {message}", display, position=position) from None
    tool = parsed.get("tool")
    table = tool.get("ladderlint") if isinstance(tool, dict) else None
    if table is None:
        if required:
            raise ConfigError("has no [tool.ladderlint] table", display)
        return None
    config = ConfigFile(path, display, table if isinstance(table, dict) else {}, prefix=("tool", "ladderlint"),
                        text=text)
    if not isinstance(table, dict):
        raise ConfigError(f"expected a table, got {value_in_words(table)}", display, ("tool", "ladderlint"),
                          config.position((), on_key=False))
    return config


# --- validating a configuration table -----------------------------------------

KEYS = (
    "select",
    "extend-select",
    "ignore",
    "extend-ignore",
    "per-file-ignores",
    "severity",
    "fail-on",
    "max-file-size",
    "exclude",
    "force-exclude",
    "rules",
    "vocabulary",
)


@dataclass(frozen=True)
class Selection:
    """One layer of rule selection (the configuration file, or the command line).

    As in ruff, a layer with ``select`` starts afresh; ``extend-select`` adds
    to what the layer below chose, and ``ignore`` removes. Within a layer the
    most specific selector wins, and ``ignore`` wins a tie.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileOptions:
    """What one configuration file says, validated."""

    selection: Selection = Selection()
    #: (patterns, codes) of per-file-ignores, patterns not yet rooted.
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: str | None = None
    max_file_size: int | None = None
    exclude: tuple[str, ...] = ()
    force_exclude: bool | None = None
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    vocabulary: Vocabulary = field(default_factory=Vocabulary)


def _unknown_keys(config: ConfigFile, unknown: list[str]) -> ConfigError:
    """One error for all the unknown keys of a configuration, placed at the
    first: mending one should not merely reveal the next."""
    others = []
    for key in unknown[1:]:
        position = config.position((key,), on_key=True)
        where = f" at line {position.line}" if position is not None else ""
        others.append(f"'{key}'{where}{did_you_mean(key, list(KEYS))}")
    also = f"; also unknown: {', '.join(others)}" if others else ""
    return config.error(f"unknown key{did_you_mean(unknown[0], list(KEYS))}{also}", (unknown[0],), on_key=True)


def parse_config(config: ConfigFile) -> FileOptions:
    table = config.table
    errors = _Errors()
    unknown = [key for key in table if key not in KEYS]
    if unknown:
        errors.found.append(_unknown_keys(config, unknown))

    def codes(key: str) -> tuple[str, ...]:
        items: list[str] = errors.attempt(lambda: _list_of_text(table.get(key, []), config, (key,), "rule codes"),
                                          [])
        kept = []
        for i, item in enumerate(items):
            expanded = errors.attempt(lambda: _expand(item, lambda message: config.error(message, (key, i))), None)
            if expanded is not None:
                kept.append(item)
        return tuple(kept)

    select = codes("select") if "select" in table else None
    selection = Selection(
        select=select,
        extend_select=codes("extend-select"),
        ignore=codes("ignore") + codes("extend-ignore"),
    )
    notices: list[str] = []
    options = FileOptions(
        selection=selection,
        per_file_ignores=_per_file_ignores(config, notices, errors),
        severity=_severity(config, errors),
        fail_on=errors.attempt(lambda: _choice(config, "fail-on", FAIL_ON_CHOICES), None),
        max_file_size=errors.attempt(lambda: _positive_int(config, "max-file-size"), None),
        exclude=errors.attempt(lambda: _exclude(config, notices), ()),
        force_exclude=errors.attempt(lambda: _bool(config, "force-exclude"), None),
        rule_options=_rule_options(config, notices, errors),
        notices=tuple(notices),
        vocabulary=errors.attempt(lambda: _vocabulary(config), Vocabulary()),
    )
    errors.raise_any()
    return options


def _pattern_slip(pattern: str) -> str | None:
    """Why a gitignore pattern cannot match the file it was written for,
    where it is a slip people make: a path written from the current folder
    ('./') or with Windows' separator, or a '[' never closed; else None."""
    if pattern.startswith("./"):
        return (f"'{pattern}' matches nothing: patterns are relative to the configuration's folder without './'; "
                f"write '{pattern[2:]}' (or '/{pattern[2:]}' for that folder only)")
    # '\.' (as a regular expression escapes a dot) matches the dot: only a letter or digit after '\' is a folder's.
    if re.search(r"\\[A-Za-z0-9]", pattern):
        return (f"'{pattern}' matches nothing: in a pattern '\\' keeps the next character from being special; "
                f"separate folders with '/' ('{pattern.replace(chr(92), '/')}')")
    if re.search(r"\[(?![^\]]*\])", pattern.replace("\\[", "")):
        return f"'{pattern}' matches nothing: its '[' opens a set of characters that is never closed (write '\\[')"
    return None


def _exclude(config: ConfigFile, notices: list[str]) -> tuple[str, ...]:
    """The ``exclude`` patterns, with a warning for each ``!`` pattern that
    cannot bring anything back: git never looks inside an excluded
    directory, so ``!archive/keep.yaml`` after ``archive`` keeps nothing."""
    patterns = tuple(_list_of_text(config.table.get("exclude", []), config, ("exclude",), "gitignore patterns"))
    for i, pattern in enumerate(patterns):
        if (slip := _pattern_slip(pattern)) is not None:
            notices.append(f"{config.error('', ('exclude', i)).location()}: {slip}")
    if not any(pattern.startswith("!") for pattern in patterns):
        return patterns
    root = os.path.dirname(os.path.abspath(config.path))
    every = Patterns(patterns, root)
    for i, pattern in enumerate(patterns):
        if not pattern.startswith("!"):
            continue
        parts = pattern[1:].strip("/").split("/")
        if len(parts) < 2 and not pattern[1:].startswith("/"):
            continue  # a name matched at any depth: which directories hold it is not known
        for depth in range(1, len(parts)):
            if any(c in part for part in parts[:depth] for c in "*?[\\"):
                break
            directory = "/".join(parts[:depth])
            by = every.matching(os.path.join(root, directory), is_dir=True)
            if by is not None:
                where = config.error("", ("exclude", i)).location()
                notices.append(
                    f"{where}: '{pattern}' never takes effect: '{by}' excludes the directory {directory}/, and "
                    "(as in git) nothing under an excluded directory can be brought back; exclude what is in "
                    f"the directory instead ('{directory}/*' in place of '{by}')")
                break
    return patterns


def _vocabulary(config: ConfigFile) -> Vocabulary:
    """The words the `vocabulary` directory accepts and rejects."""
    value = _scalar(config, "vocabulary", lambda v: isinstance(v, str) and v.strip() != "",
                    "the path of a directory holding accept.txt and reject.txt")
    if value is None:
        return Vocabulary()
    directory = os.path.join(os.path.dirname(os.path.abspath(config.path)), value)
    try:
        return read_vocabulary(directory, _display(directory))
    except VocabularyError as error:
        raise config.error(str(error), ("vocabulary",)) from None


def _list_of_text(value: Any, config: ConfigFile, key_path: tuple[Any, ...], what: str) -> list[str]:
    if not isinstance(value, list):
        raise config.error(f"expected a list of {what}, got {value_in_words(value)}", key_path)
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise config.error(f"expected text, got {value_in_words(item)}", key_path + (i,))
    return list(value)


def _mapping(config: ConfigFile, key: str) -> dict[str, Any]:
    value = config.table.get(key, {})
    if not isinstance(value, dict):
        raise config.error(f"expected a mapping, got {value_in_words(value)}", (key,))
    return value


def _scalar(config: ConfigFile, key: str, valid: Any, expected: str) -> Any:
    """The value of ``key`` if present (else None), which must pass ``valid``."""
    if key not in config.table:
        return None
    value = config.table[key]
    if not valid(value):
        raise config.error(f"expected {expected}, got {value_in_words(value)}", (key,))
    return value


def _choice(config: ConfigFile, key: str, choices: Sequence[str]) -> str | None:
    return _scalar(config, key, lambda v: isinstance(v, str) and v in choices, f"one of {', '.join(choices)}")


def _positive_int(config: ConfigFile, key: str) -> int | None:
    return _scalar(config, key, lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0,
                   "a positive whole number of bytes")


def _bool(config: ConfigFile, key: str) -> bool | None:
    return _scalar(config, key, lambda v: isinstance(v, bool), "true or false")


def _per_file_ignores(config: ConfigFile, notices: list[str], errors: _Errors
                      ) -> tuple[tuple[str, frozenset[str]], ...]:
    def ignored(pattern: Any, value: Any) -> frozenset[str]:
        key_path = ("per-file-ignores", pattern)
        if isinstance(pattern, str) and (slip := _pattern_slip(pattern)) is not None:
            notices.append(f"{config.error('', key_path, on_key=True).location()}: {slip}")
        if isinstance(pattern, str) and pattern.startswith("!"):
            # In gitignore, `!` brings back what an earlier pattern excluded;
            # here each pattern stands alone, so it would match nothing.
            raise config.error(
                f"a pattern here cannot start with '!': each pattern is matched on its own, so there is no "
                f"earlier match for it to take back, and it would match no file; to ignore rules in every file "
                f"but some, list patterns for the files they are ignored in (for a name that starts with '!', "
                f"write '\\{pattern}')", key_path, on_key=True)
        items = _list_of_text(value, config, key_path, "rule codes")
        codes: set[str] = set()
        for i, item in enumerate(items):
            for code in _expand(item, lambda message: config.error(message, key_path + (i,)))[1]:
                if is_input_error(registry()[code]):
                    if item.upper() == code:
                        raise config.error(f"{code} is an input error (the file cannot be read); "
                                           "it cannot be ignored", key_path + (i,))
                    continue
                codes.add(code)
        return frozenset(codes)

    out = []
    entries: dict[Any, Any] = errors.attempt(lambda: _mapping(config, "per-file-ignores"), {})
    for pattern, value in entries.items():
        codes = errors.attempt(lambda: ignored(pattern, value), None)
        if codes is not None:
            out.append((pattern, codes))
    return tuple(out)


def _severity(config: ConfigFile, errors: _Errors) -> dict[str, Severity]:
    chosen: dict[str, tuple[int, str, Severity]] = {}

    def choose(selector: Any, value: Any) -> None:
        key_path = ("severity", selector)
        if not isinstance(value, str) or value.lower() not in ("error", "warning", "info"):
            raise config.error(f"expected error, warning or info, got {value_in_words(value)}", key_path)
        severity = Severity.parse(value)
        specificity, codes = _expand(selector, lambda message: config.error(message, key_path, on_key=True))
        for code in codes:
            if is_input_error(registry()[code]):
                if specificity == len(code):
                    raise config.error(f"{code} is an input error (the file cannot be read); "
                                       "its severity cannot be changed", key_path, on_key=True)
                continue
            previous = chosen.get(code)
            if previous is not None and previous[0] == specificity:
                raise config.error(f"{code} is configured twice, as '{previous[1]}' and '{selector}'",
                                   key_path, on_key=True)
            if previous is None or previous[0] < specificity:
                chosen[code] = (specificity, selector, severity)

    entries: dict[Any, Any] = errors.attempt(lambda: _mapping(config, "severity"), {})
    for selector, value in entries.items():
        errors.attempt(lambda: choose(selector, value), None)
    return {code: severity for code, (_, _, severity) in sorted(chosen.items())}


def _rule_options(config: ConfigFile, notices: list[str], errors: _Errors) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    named_as: dict[str, str] = {}

    def options_of(selector: Any, options: Any) -> None:
        key_path = ("rules", selector)
        rule = registry().find(selector)
        if rule is None:
            raise config.error(_describe_rule_key(selector, options), key_path, on_key=True)
        if rule.code in named_as:
            raise config.error(f"{rule.code} is configured twice, as '{named_as[rule.code]}' and "
                               f"'{selector}'", key_path, on_key=True)
        named_as[rule.code] = selector
        if not isinstance(options, dict):
            raise config.error(f"expected a mapping of options, got {value_in_words(options)}", key_path)
        parsed: dict[str, Any] = {}
        for name, value in options.items():
            errors.attempt(lambda: _set_option(config, rule, key_path, name, value, parsed, notices), None)
        out[rule.code] = parsed

    entries: dict[Any, Any] = errors.attempt(lambda: _mapping(config, "rules"), {})
    for selector, options in entries.items():
        errors.attempt(lambda: options_of(selector, options), None)
    return out


def _set_option(config: ConfigFile, rule: type[Rule], key_path: tuple[Any, ...], name: Any, value: Any,
                parsed: dict[str, Any], notices: list[str]) -> None:
    """Read one option of a rule into ``parsed``."""
    option = rule.declared_option(name)
    if option is None:
        names = [o.name for o in rule.options]
        known = f"(its options: {', '.join(sorted(names))})" if names else f"({rule.code} has no options)"
        raise config.error(
            f"unknown option for {rule.code} {rule.name}{did_you_mean(name, names)} {known}",
            key_path + (name,), on_key=True,
        )
    if option.name in parsed:
        raise config.error(f"'{option.name}' is set twice (also as '{name}')", key_path + (name,), on_key=True)
    if name != option.name:
        where = config.error("", key_path + (name,), on_key=True).location()
        notices.append(f"{where}: '{name}' is now spelt '{option.name}'; the old spelling will stop "
                       "working in a later version")
    try:
        parsed[option.name] = option.parse(value)
    except OptionError as error:
        item = key_path + (name,) + ((error.index,) if error.index is not None else ())
        raise config.error(str(error), item) from None


def _describe_rule_key(text: str, options: Any) -> str:
    """Why a key under `rules` names no rule: a code prefix (which ``select``
    takes, but options are a rule's own) says which rules it would mean, or
    the one rule whose options those are."""
    prefix = text.upper()
    rules = registry().with_prefix(prefix) if re.fullmatch(r"LL\d{0,2}", prefix) else ()
    if not rules:
        return describe_unknown_rule(text)
    codes = [rule.code for rule in rules]
    owners = [rule.code for rule in rules if isinstance(options, dict) and options
              and all(rule.declared_option(str(name)) is not None for name in options)]
    if len(owners) == 1:
        which = f"{owners[0]}, which has these options"
    elif len(codes) == 1:
        which = codes[0]
    elif len(codes) <= 8:
        which = "one of " + ", ".join(codes[:-1]) + " or " + codes[-1]
    else:
        which = f"one of the {len(codes)} rules {codes[0]}-{codes[-1]}"
    return (f"'{text}' is a code prefix; options are set for one rule at a time, "
            f"by its code or name: {which}")


def describe_unknown_rule(text: str) -> str:
    """Why ``text`` names no rule, with a hint where one is close."""
    marks = curly_quoted(text)
    if marks is not None:
        # `ignore: [“LL514”]`: quotes a word processor typed, which YAML keeps as part of the text.
        bare = text[marks[0] + 1:marks[1]].strip()
        if registry().find(bare) is None and not registry().with_prefix(bare.upper()):
            return describe_unknown_rule(bare) + " (and the curly quotes around it are part of the text to YAML)"
        return (f"unknown rule '{text}': the curly quotes around it are part of the text to YAML; "
                f"write it with straight quotes (\"{bare}\") or none ({bare})")
    if re.fullmatch(r"(?i)ll\d*", text):
        return f"no rule code starts with '{text.upper()}'"
    if re.fullmatch(r"(?i)ll[0-9a-z]{1,4}", text):  # a code mistyped: a letter O for a zero, an l for a one
        codes = [rule.code for rule in registry().rules]
        digits = text[:2].upper() + text[2:].translate(str.maketrans("OoIil", "00111"))
        meant = digits if digits in codes else None
        return f"unknown rule '{text}'{f' (did you mean {meant!r}?)' if meant else did_you_mean(text.upper(), codes)}"
    names = [rule.name for rule in registry().rules]
    return f"unknown rule '{text}'{did_you_mean(text, names)}"


# --- rule selectors ----------------------------------------------------------


def _expand(selector: str, error: Any) -> tuple[int, frozenset[str]]:
    """The codes a selector names, and how specific it is.

    A selector is a code (LL301), a code prefix (LL3, LL), a rule name
    (foreign-brand), or ALL: every rule, as ruff reads it, and the least
    specific of all (`--select ALL --ignore LL5` skips LL5).
    """
    text = selector.strip()
    if text.upper() == "ALL":
        return 0, frozenset(rule.code for rule in registry().rules)
    if re.fullmatch(r"(?i)ll\d{0,3}", text):
        prefix = text.upper()
        codes = frozenset(rule.code for rule in registry().with_prefix(prefix))
        if not codes:
            raise error(f"no rule code starts with '{prefix}'")
        return len(prefix), codes
    rule = registry().find(text)
    if rule is None or rule.name != text.lower():
        raise error(describe_unknown_rule(text))
    return len(rule.code), frozenset({rule.code})


def resolve_selection(layers: Sequence[Selection]) -> frozenset[str]:
    """The codes that run, after applying each layer in turn."""
    all_codes = [rule.code for rule in registry().rules]
    enabled: set[str] = set(all_codes)
    for layer in layers:
        selectors = (layer.select or ()) + layer.extend_select
        chosen = _specificities(selectors)
        dropped = _specificities(layer.ignore)
        current = set() if layer.select is not None else set(enabled)
        for code in all_codes:
            pick, drop = chosen.get(code, -1), dropped.get(code, -1)
            if pick > drop:
                current.add(code)
            elif drop >= 0:
                current.discard(code)
        enabled = current
    return frozenset(enabled)


def _specificities(selectors: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for selector in selectors:
        specificity, codes = _expand(selector, ValueError)
        for code in codes:
            out[code] = max(out.get(code, -1), specificity)
    return out


# --- putting it together -----------------------------------------------------


@dataclass(frozen=True)
class CommandLine:
    """What the command line says; None or empty where it says nothing."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    config: str | None = None
    isolated: bool = False
    force_exclude: bool | None = None


class Configuration:
    """The settings for each file of a run: those of the configuration file
    nearest to it (or the one ``--config`` names), with the command line on
    top. Each configuration file is read once."""

    def __init__(self, command_line: CommandLine = CommandLine(), cwd: str | None = None) -> None:
        for option, values in (("--select", command_line.select or ()),
                               ("--extend-select", command_line.extend_select), ("--ignore", command_line.ignore)):
            for value in values:
                _expand(value, lambda message, option=option: ConfigError(message, option=option))
        if command_line.config and command_line.isolated:
            raise ConfigError("cannot be used with --isolated", option="--config")
        self.command_line = command_line
        self.cwd = os.path.abspath(cwd or os.getcwd())
        self._fixed: Settings | None = None
        if command_line.config:
            self._fixed = self._settings(read_config_file(command_line.config))
        elif command_line.isolated:
            self._fixed = self._settings(None)
        #: Files named as a configuration that is not read, nearer to a
        #: file checked than the configuration that applies (or with none).
        self.misnamed: set[str] = set()
        #: Settings by directory (absolute), and by configuration file.
        self._by_directory: dict[str, Settings] = {}
        self._by_file: dict[str | None, Settings] = {}

    @property
    def default(self) -> Settings:
        """The settings of the current directory (for what is not a file)."""
        return self.for_directory(self.cwd)

    def for_path(self, path: str) -> Settings:
        """The settings for a file (or a directory walked into)."""
        absolute = os.path.abspath(path)
        directory = absolute if os.path.isdir(absolute) else os.path.dirname(absolute)
        return self.for_directory(directory)

    def for_directory(self, directory: str) -> Settings:
        if self._fixed is not None:
            return self._fixed
        found = self._by_directory.get(directory)
        if found is None:
            config = find_config_file(directory)
            self.misnamed.update(misnamed_config_files(directory, config))
            key = config.path if config else None
            if key not in self._by_file:
                self._by_file[key] = self._settings(config)
            found = self._by_directory[directory] = self._by_file[key]
        return found

    def every_settings(self) -> list[Settings]:
        """The settings used so far, each once (for their notices)."""
        return [self._fixed] if self._fixed is not None else list(self._by_file.values())

    def _settings(self, config: ConfigFile | None) -> Settings:
        command_line = self.command_line
        options = parse_config(config) if config is not None else FileOptions()
        layers = [Selection(select=("LL",)), options.selection,
                  Selection(command_line.select, command_line.extend_select, command_line.ignore)]
        fail_on = command_line.fail_on or options.fail_on or "error"
        force_exclude = command_line.force_exclude
        root = os.path.dirname(os.path.abspath(config.path)) if config else self.cwd
        return Settings(
            selection=tuple(layers),
            severity=options.severity,
            fail_on=None if fail_on == "never" else Severity.parse(fail_on),
            max_file_size=options.max_file_size or DEFAULT_MAX_BYTES,
            rule_options=options.rule_options,
            per_file_ignores=tuple(FileIgnore(Patterns((pattern,), root), codes)
                                   for pattern, codes in options.per_file_ignores),
            exclude=Patterns(options.exclude, root),
            force_exclude=bool(options.force_exclude if force_exclude is None else force_exclude),
            root=root,
            config_file=config.display if config else None,
            notices=options.notices,
            vocabulary=options.vocabulary,
        )


def resolve_settings(command_line: CommandLine = CommandLine(), cwd: str | None = None) -> Settings:
    """The settings of one directory (default: the current one)."""
    return Configuration(command_line, cwd).default
