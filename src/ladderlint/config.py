"""Settings of a run, and the configuration files they come from.

Configuration is read from the first of these found in the current
directory or one of its parents (as ruff does): ``.ladderlint.yaml``,
``.ladderlint.yml``, or a ``pyproject.toml`` with a ``[tool.ladderlint]``
table. ``--config FILE`` names one; ``--isolated`` reads none. Options on
the command line win over the file. docs/configuration.md documents every
key. A key, rule or option that ladderlint does not know is an error, so
a typo never silently changes what is checked.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from . import rules as catalogue
from .globs import matches, relative_to
from .loader import DEFAULT_MAX_BYTES
from .positions import Position
from .rules import Rule
from .rules.base import Severity
from .schema import did_you_mean

YAML_CONFIG_NAMES = (".ladderlint.yaml", ".ladderlint.yml")
PYPROJECT = "pyproject.toml"
FAIL_ON_CHOICES = ("error", "warning", "info", "never")


# --- settings ----------------------------------------------------------------


@dataclass(frozen=True)
class FileIgnore:
    """Rule codes that do not apply to files matching ``pattern``."""

    pattern: str
    codes: frozenset[str]


@dataclass(frozen=True)
class Settings:
    #: Codes or code prefixes to run ("LL" is every rule).
    select: tuple[str, ...] = ("LL",)
    #: Codes or prefixes to leave out; the longest matching prefix wins.
    ignore: tuple[str, ...] = ()
    #: Severity overrides by rule code.
    severity: dict[str, Severity] = field(default_factory=dict)
    #: Findings at or above this severity make the run fail (exit code 1);
    #: None: never.
    fail_on: Severity | None = Severity.ERROR
    max_file_size: int = DEFAULT_MAX_BYTES
    #: Rule options by rule code, e.g. {"LL205": {"similarity": 0.9}}.
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Rules switched off for some files.
    per_file_ignores: tuple[FileIgnore, ...] = ()
    #: Glob patterns of paths that directory walks skip.
    exclude: tuple[str, ...] = ()
    #: Skip excluded files even when they are named on the command line
    #: (as the pre-commit hook does).
    force_exclude: bool = False
    #: The directory that patterns are relative to (the configuration file's).
    root: str = "."
    #: The configuration file these settings came from, if any.
    config_file: str | None = None

    def enabled(self, code: str) -> bool:
        """Whether a rule runs: the most specific matching prefix decides."""
        if is_input_error_code(code):
            return True  # an unreadable file is always reported
        chosen = max((p for p in self.select if code.startswith(p)), key=len, default=None)
        dropped = max((p for p in self.ignore if code.startswith(p)), key=len, default=None)
        if chosen is None:
            return False
        return dropped is None or len(chosen) > len(dropped)

    def enabled_for(self, file: str, code: str) -> bool:
        """Whether findings of ``code`` are reported for ``file``."""
        if not self.enabled(code):
            return False
        if is_input_error_code(code) or not self.per_file_ignores:
            return True
        relative = relative_to(file, self.root)
        return not any(code in rule.codes and matches(rule.pattern, relative) for rule in self.per_file_ignores)

    def excluded(self, path: str) -> bool:
        """Whether ``path`` matches an ``exclude`` pattern."""
        if not self.exclude:
            return False
        relative = relative_to(path, self.root)
        return any(matches(pattern, relative) for pattern in self.exclude)

    def severity_of(self, rule: type[Rule]) -> Severity:
        return self.severity.get(rule.code, rule.severity)

    def active_rules(self) -> list[Rule]:
        """Instances of the rules that check frameworks, in code order."""
        return [
            rule(self.rule_options.get(rule.code))
            for rule in catalogue.ALL_RULES
            if rule.scope in ("framework", "run") and self.enabled(rule.code)
        ]


def is_input_error_code(code: str) -> bool:
    """Codes of unreadable files: always reported, never ignored or suppressed."""
    rule = catalogue.RULES_BY_CODE.get(code)
    return rule is not None and rule.scope == "load" and rule.severity is Severity.ERROR


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

    def __str__(self) -> str:
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
        return ": ".join([*where, self.message])


def _dotted(key_path: Sequence[Any]) -> str:
    parts = []
    for step in key_path:
        if isinstance(step, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{step}]"]
        elif re.fullmatch(r"[A-Za-z0-9_-]+", str(step)):
            parts.append(str(step))
        else:
            parts.append('"' + str(step).replace("\\", "\\\\").replace('"', '\\"') + '"')
    return ".".join(parts)


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

    def error(self, message: str, key_path: Sequence[Any] = (), *, on_key: bool = False) -> ConfigError:
        position = None
        if self.document is not None:
            position = self.document.position(tuple(key_path), key=on_key)
        return ConfigError(message, self.display, self.prefix + tuple(key_path), position)


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


def _read_yaml(path: str) -> ConfigFile:
    from .loader import LoadError, load_document

    data = _read_bytes(path)
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


def _read_pyproject(path: str, *, required: bool) -> ConfigFile | None:
    data = _read_bytes(path)
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
    try:
        parsed = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError("is not UTF-8 text", display) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"invalid TOML: {error}", display) from None
    tool = parsed.get("tool")
    table = tool.get("ladderlint") if isinstance(tool, dict) else None
    if table is None:
        if required:
            raise ConfigError("has no [tool.ladderlint] table", display)
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"expected a table, got {_kind(table)}", display, ("tool", "ladderlint"))
    return ConfigFile(path, display, table, prefix=("tool", "ladderlint"))


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
    per_file_ignores: tuple[FileIgnore, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: str | None = None
    max_file_size: int | None = None
    exclude: tuple[str, ...] = ()
    force_exclude: bool | None = None
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)


def parse_config(config: ConfigFile) -> FileOptions:
    table = config.table
    for key in table:
        if key not in KEYS:
            raise config.error(f"unknown key{did_you_mean(key, list(KEYS))}", (key,), on_key=True)

    def codes(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        items = _list_of_text(value, config, (key,), "rule codes")
        for i, item in enumerate(items):
            _expand(item, lambda message: config.error(message, (key, i)))
        return tuple(items)

    select = codes("select") if "select" in table else None
    selection = Selection(
        select=select,
        extend_select=codes("extend-select"),
        ignore=codes("ignore") + codes("extend-ignore"),
    )
    return FileOptions(
        selection=selection,
        per_file_ignores=_per_file_ignores(config),
        severity=_severity(config),
        fail_on=_choice(config, "fail-on", FAIL_ON_CHOICES),
        max_file_size=_positive_int(config, "max-file-size"),
        exclude=tuple(_list_of_text(table.get("exclude", []), config, ("exclude",), "glob patterns")),
        force_exclude=_bool(config, "force-exclude"),
        rule_options=_rule_options(config),
    )


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{'true' if value else 'false'}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{value}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _list_of_text(value: Any, config: ConfigFile, key_path: tuple[Any, ...], what: str) -> list[str]:
    if not isinstance(value, list):
        raise config.error(f"expected a list of {what}, got {_kind(value)}", key_path)
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise config.error(f"expected text, got {_kind(item)}", key_path + (i,))
    return list(value)


def _mapping(config: ConfigFile, key: str) -> dict[str, Any]:
    value = config.table.get(key, {})
    if not isinstance(value, dict):
        raise config.error(f"expected a mapping, got {_kind(value)}", (key,))
    return value


def _scalar(config: ConfigFile, key: str, valid: Any, expected: str) -> Any:
    """The value of ``key`` if present (else None), which must pass ``valid``."""
    if key not in config.table:
        return None
    value = config.table[key]
    if not valid(value):
        raise config.error(f"expected {expected}, got {_kind(value)}", (key,))
    return value


def _choice(config: ConfigFile, key: str, choices: Sequence[str]) -> str | None:
    return _scalar(config, key, lambda v: isinstance(v, str) and v in choices, f"one of {', '.join(choices)}")


def _positive_int(config: ConfigFile, key: str) -> int | None:
    return _scalar(config, key, lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0,
                   "a positive whole number of bytes")


def _bool(config: ConfigFile, key: str) -> bool | None:
    return _scalar(config, key, lambda v: isinstance(v, bool), "true or false")


def _per_file_ignores(config: ConfigFile) -> tuple[FileIgnore, ...]:
    out = []
    for pattern, value in _mapping(config, "per-file-ignores").items():
        key_path = ("per-file-ignores", pattern)
        items = _list_of_text(value, config, key_path, "rule codes")
        codes: set[str] = set()
        for i, item in enumerate(items):
            for code in _expand(item, lambda message: config.error(message, key_path + (i,)))[1]:
                if is_input_error_code(code):
                    if item.upper() == code:
                        raise config.error(f"{code} is an input error (the file cannot be read); "
                                           "it cannot be ignored", key_path + (i,))
                    continue
                codes.add(code)
        out.append(FileIgnore(pattern, frozenset(codes)))
    return tuple(out)


def _severity(config: ConfigFile) -> dict[str, Severity]:
    chosen: dict[str, tuple[int, str, Severity]] = {}
    for selector, value in _mapping(config, "severity").items():
        key_path = ("severity", selector)
        if not isinstance(value, str) or value.lower() not in ("error", "warning", "info"):
            raise config.error(f"expected error, warning or info, got {_kind(value)}", key_path)
        severity = Severity.parse(value)
        specificity, codes = _expand(selector, lambda message: config.error(message, key_path, on_key=True))
        for code in codes:
            if is_input_error_code(code):
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
    return {code: severity for code, (_, _, severity) in sorted(chosen.items())}


def _rule_options(config: ConfigFile) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    named_as: dict[str, str] = {}
    for selector, options in _mapping(config, "rules").items():
        key_path = ("rules", selector)
        rule = catalogue.find_rule(selector)
        if rule is None:
            raise config.error(describe_unknown_rule(selector), key_path, on_key=True)
        if rule.code in named_as:
            raise config.error(f"{rule.code} is configured twice, as '{named_as[rule.code]}' and "
                               f"'{selector}'", key_path, on_key=True)
        named_as[rule.code] = selector
        if not isinstance(options, dict):
            raise config.error(f"expected a mapping of options, got {_kind(options)}", key_path)
        checked = {}
        for name, value in options.items():
            if name not in rule.options:
                known = ", ".join(sorted(rule.options)) or "none"
                raise config.error(
                    f"unknown option for {rule.code} {rule.name}{did_you_mean(name, list(rule.options))} "
                    f"(its options: {known})", key_path + (name,), on_key=True,
                )
            checked[name] = _option_value(value, rule.options[name], config, key_path + (name,))
        out[rule.code] = checked
    return out


def _option_value(value: Any, default: Any, config: ConfigFile, key_path: tuple[Any, ...]) -> Any:
    """Check ``value`` against the type of the option's default."""
    if default is None:
        return value
    if isinstance(default, (list, tuple)):
        if not isinstance(value, list):
            raise config.error(f"expected a list, got {_kind(value)}", key_path)
        item_default = default[0] if default else ""
        items = [_option_value(item, item_default, config, key_path + (i,)) for i, item in enumerate(value)]
        return type(default)(items)
    if isinstance(default, dict):
        if not isinstance(value, dict):
            raise config.error(f"expected a mapping, got {_kind(value)}", key_path)
        return dict(value)
    expected: tuple[type, ...]
    if isinstance(default, bool):
        expected, words = (bool,), "true or false"
    elif isinstance(default, int):
        expected, words = (int,), "a whole number"
    elif isinstance(default, float):
        expected, words = (int, float), "a number"
    elif isinstance(default, str):
        expected, words = (str,), "text"
    else:
        return value
    if not isinstance(value, expected) or (isinstance(value, bool) and not isinstance(default, bool)):
        raise config.error(f"expected {words}, got {_kind(value)}", key_path)
    return float(value) if isinstance(default, float) else value


def describe_unknown_rule(text: str) -> str:
    """Why ``text`` names no rule, with a hint where one is close."""
    if re.fullmatch(r"(?i)ll\d*", text):
        return f"no rule code starts with '{text.upper()}'"
    names = [rule.name for rule in catalogue.ALL_RULES]
    return f"unknown rule '{text}'{did_you_mean(text, names)}"


# --- rule selectors ----------------------------------------------------------


def _expand(selector: str, error: Any) -> tuple[int, frozenset[str]]:
    """The codes a selector names, and how specific it is.

    A selector is a code (LL301), a code prefix (LL3, LL) or a rule name
    (foreign-brand).
    """
    text = selector.strip()
    if re.fullmatch(r"(?i)ll\d{0,3}", text):
        prefix = text.upper()
        codes = frozenset(rule.code for rule in catalogue.ALL_RULES if rule.code.startswith(prefix))
        if not codes:
            raise error(f"no rule code starts with '{prefix}'")
        return len(prefix), codes
    rule = catalogue.RULES_BY_NAME.get(text.lower())
    if rule is None:
        raise error(describe_unknown_rule(text))
    return len(rule.code), frozenset({rule.code})


def resolve_selection(layers: Sequence[Selection]) -> tuple[str, ...]:
    """The codes that run, after applying each layer in turn."""
    all_codes = [rule.code for rule in catalogue.ALL_RULES]
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
    return tuple(code for code in all_codes if code in enabled)


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


def resolve_settings(command_line: CommandLine, cwd: str | None = None) -> Settings:
    """Settings from the configuration file (if any) and the command line."""
    for option, values in (("--select", command_line.select or ()), ("--extend-select", command_line.extend_select),
                           ("--ignore", command_line.ignore)):
        for value in values:
            _expand(value, lambda message, option=option: ConfigError(message, option=option))
    if command_line.config and command_line.isolated:
        raise ConfigError("cannot be used with --isolated", option="--config")

    cwd = os.path.abspath(cwd or os.getcwd())
    config: ConfigFile | None = None
    if command_line.config:
        config = read_config_file(command_line.config)
    elif not command_line.isolated:
        config = find_config_file(cwd)
    options = parse_config(config) if config is not None else FileOptions()

    layers = [Selection(select=("LL",)), options.selection]
    layers.append(Selection(command_line.select, command_line.extend_select, command_line.ignore))
    fail_on = command_line.fail_on or options.fail_on or "error"
    force_exclude = command_line.force_exclude
    return Settings(
        select=resolve_selection(layers),
        severity=options.severity,
        fail_on=None if fail_on == "never" else Severity.parse(fail_on),
        max_file_size=options.max_file_size or DEFAULT_MAX_BYTES,
        rule_options=options.rule_options,
        per_file_ignores=options.per_file_ignores,
        exclude=options.exclude,
        force_exclude=options.force_exclude if force_exclude is None else force_exclude,
        root=os.path.dirname(os.path.abspath(config.path)) if config else cwd,
        config_file=config.display if config else None,
    )

