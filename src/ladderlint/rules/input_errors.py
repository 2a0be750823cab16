"""LL0xx: files that cannot be read as a framework.

They are reported for files that declare the format (`ladderlint: 1`, or
the schema modeline). A file that does not is other YAML and is skipped,
whether found in a directory or named on the command line (pre-commit
names every staged YAML file), except an empty file named explicitly
(LL005) and one that looks like a framework without declaring it (LL013).

These are enforced by the loader. A file with one of them is not checked
further, and the run exits with code 2 (an input error), whatever
``--fail-on`` says. They cannot be suppressed.
"""

from __future__ import annotations

from .base import Fix, Rule, Severity


#: What to do about a framework that does not say it is one: LL013, and
#: the schema's LL101 for a file marked by the modeline alone.
ADD_THE_MARKER = "add `ladderlint: 1` as its first line"


class InputError(Rule):
    """A file that cannot be read as a framework: exit code 2 whatever
    --fail-on says, never disabled or suppressed."""

    severity = Severity.ERROR
    scope = "load"


class CannotRead(InputError):
    """A path that does not exist, or a file or directory that cannot be read.

    Why this matters:
        A framework that is not read is not checked; a hook that silently
        passes over it would report a clean run.

    Example:
        ```
        $ ladderlint check framworks/
        framworks/:1:1: LL001 [error] no such file or directory
        ```
        Fix: correct the path, or the file's permissions.
    """

    code = "LL001"
    name = "cannot-read"


class NotUtf8(InputError):
    """The file is not UTF-8 text (for example Latin-1 or UTF-16).

    Why this matters:
        Frameworks are shared across editors and tools; bytes that decode
        differently in each show different text to different readers.

    Example:
        A file saved as UTF-16 by a spreadsheet export:
        ```
        levels.yaml:1:1: LL002 [error] file is encoded as UTF-16; save it as UTF-8
        ```
        Fix: save the file as UTF-8 (without a byte order mark).
    """

    code = "LL002"
    name = "not-utf8"


class YamlSyntax(InputError):
    """The file is not valid YAML.

    A text that starts with a character YAML reads as its own (`*`, `&`,
    `!`, `|`, `>`, `%`, `@`, a backquote, a bracket or a quote), as a
    statement pasted from a document may, is reported at that character,
    with the line written in quotes; a bracket or a quote left open, where
    it opens; a line indented with a tab (with how many spaces to write
    instead) or with non-breaking spaces (text pasted from a word processor
    or a web page), at the first such line; a line indented a space or two
    off its siblings, an item left of its key, a statement wrapped onto a
    line at or left of its '-', or a line without its '- ', at that line.
    Mistakes that a change to their own line mends (tabs, `title: a: b`)
    are all reported, each at its line.

    Why this matters:
        Nothing in a file that does not parse can be checked.

    Example:
        ```yaml
        levels: [IC1, IC2
        ```
        Fix: close the bracket: `levels: [IC1, IC2]`. And `- *Always* I
        write tests` is written `- "*Always* I write tests"`.
    """

    code = "LL003"
    name = "yaml-syntax"


class UnsafeYaml(InputError):
    """The file uses YAML features a framework must not: anchors and aliases,
    merge keys, tags such as `!!python/object` or `!custom` (the standard
    `!!str`, `!!int`, `!!float`, `!!bool`, `!!null` only where they fit the
    value), or non-text keys.

    Why this matters:
        Aliases make one edit change several levels at once without anyone
        seeing it, and a crafted alias "bomb" can exhaust memory; custom tags
        can make some YAML loaders run code. A framework is plain data.

    Example:
        ```yaml
        competencies:
          impact: &impact ["I deliver my team's goals"]
          ownership: *impact
        ```
        Fix: write each statement out where it applies.
    """

    code = "LL004"
    name = "unsafe-yaml"


class EmptyFile(InputError):
    """The file is empty, or declares the format and holds only comments.

    A file declares the format by its schema comment. Other YAML of only
    comments, such as a configuration with every setting commented out, is
    skipped.

    Why this matters:
        An empty file named on the command line or declared as a framework is
        almost always a mistake (a failed export, an unsaved buffer).

    Example:
        ```
        ic2.yaml:1:1: LL005 [error] file is empty; expected a ladderlint framework
        ```
        Fix: add the framework, or delete the file.
    """

    code = "LL005"
    name = "empty-file"


class NotAMapping(InputError):
    """The document is a list or a single value, not a mapping of keys.

    Why this matters:
        A framework is a mapping with `ladderlint`, `id`, `levels` and so on;
        any other shape cannot be one.

    Example:
        ```yaml
        # yaml-language-server: $schema=../schemas/framework.schema.json
        - IC1
        - IC2
        ```
        Fix: write the framework as a mapping of keys to values, as
        `ladderlint init` does.
    """

    code = "LL006"
    name = "not-a-mapping"


class DuplicateKey(InputError):
    """The same key appears twice in one mapping.

    Why this matters:
        YAML loaders keep only the last value, so a competency or a level
        defined twice silently loses its first definition.

    Example:
        ```yaml
        competencies:
          impact: ["I deliver some of my team's goals"]
          impact: ["I own my failures and learn from them"]
        ```
        Fix: merge the two lists under one key.
    """

    code = "LL007"
    name = "duplicate-key"


class FileTooLarge(InputError):
    """The file is larger than the size limit (32 MiB).

    Why this matters:
        A real framework is a few hundred kilobytes; a file this large is
        generated or corrupted, and reading it would stall a pre-commit hook.

    Example:
        ```
        dump.yaml:1:1: LL008 [error] file is 52,428,800 bytes, over the limit of 33,554,432 bytes; if it is a
        framework, split it (one file per track), or raise the limit with the `max-file-size` setting
        of the configuration (.ladderlint.yaml or pyproject.toml)
        ```
        Fix: split the file per track, or remove what is not a framework; a
        framework this large on purpose needs a higher `max-file-size`.
    """

    code = "LL008"
    name = "file-too-large"


class UndeclaredFramework(InputError):
    """A YAML file looks like a framework but does not declare
    `ladderlint: 1`, so nothing in it is checked.

    Reported for a YAML file, named on the command line or found in a
    directory, whose top level has both `levels` and `dimensions`, or a
    misspelt marker (`ladderlnt: 1`, `ladder-lint: 1`). Other YAML is
    skipped without a word.

    Why this matters:
        Without the marker the file is not a framework to ladderlint: it is
        skipped, and the run passes (exit code 0). A framework that
        lost its first line, or never had it, would never be checked, and
        nobody would know.

    Example:
        ```yaml
        ladderlnt: 1
        id: acme-backend
        ```
        Fix: `ladderlint: 1` as the first line (or the schema modeline);
        if the file is not a framework, exclude it (`exclude` with
        `force-exclude`).
    """

    code = "LL013"
    name = "undeclared-framework"


class ByteOrderMark(Rule):
    """The file starts with a UTF-8 byte order mark (BOM).

    Why this matters:
        Some tools show the BOM as stray characters or fail to recognise the
        first key; UTF-8 needs no BOM. The file is still read.

    Example:
        A file saved by a Windows editor with "UTF-8 with BOM".
        Fix: `ladderlint check --fix` removes it; or save the file as
        "UTF-8", not "UTF-8 with BOM".
    """

    code = "LL009"
    name = "byte-order-mark"
    severity = Severity.WARNING
    scope = "load"


class TextCutByComment(Rule):
    """A text without quotes is followed on its line by a '#' and a word:
    YAML reads that as a comment, so the text ends before it.

    In YAML a '#' after a space starts a comment, in the middle of an
    unquoted text too. Reported where the '#' is followed by a letter or a
    digit (a channel, "#1", an issue number), as a comment written on
    purpose has a space after its '#' ("# TODO"). A statement that YAML
    also split at ': ' (`- Support: I answer in #help`) is reported once,
    by LL103, whose fix (quote the whole line) keeps the '#' too.

    Why this matters:
        The rest of the sentence is lost without a word: the statement
        people are assessed against is not the one its author wrote, and
        every rule checks the shortened one. It is an error, which fails
        the check (exit code 1 with the default `--fail-on`); the file is
        still read and checked, as it reads.

    Example:
        ```yaml
        support:
          - I answer questions in #security-help and page the on-call
        ```
        is read as "I answer questions in". Fix: put the text in quotes,
        `- "I answer questions in #security-help and page the on-call"`;
        or, for a comment, put a space after the '#'.
    """

    code = "LL014"
    name = "text-cut-by-comment"
    # The file reads, but the text in it is not the one written: an error,
    # which fails a check (exit code 1), as a broken statement does.
    severity = Severity.ERROR
    scope = "load"


class ItemFoldedIntoText(Rule):
    """A line that starts with "- " is indented under a text without
    quotes: YAML reads it as the end of that text, not as an item.

    A plain text may go on over several lines, which YAML joins with a
    space; a line that starts with "- " deeper than the item above it is
    one of those lines. Reported for every such line, at its '-'.

    Why this matters:
        An item indented a space or two too far silently becomes part of
        the statement above it ("I write tests - I review designs"): the
        framework has one statement fewer, and every rule, `diff` and the
        rendered pages read the two as one.

    Example:
        ```yaml
        quality:
          - I write tests for the code I change
            - I review designs
        ```
        is read as one statement, "I write tests for the code I change -
        I review designs". Fix: line the '-' up with the item above; to
        keep the dash inside the text, put the text in quotes.
    """

    code = "LL015"
    name = "item-folded-into-text"
    severity = Severity.WARNING
    scope = "load"


#: LL009's repair: the byte order mark is removed, and nothing else.
DROP_BOM = Fix((), "", drops_bom=True)

INPUT_RULES = (
    CannotRead,
    NotUtf8,
    YamlSyntax,
    UnsafeYaml,
    EmptyFile,
    NotAMapping,
    DuplicateKey,
    FileTooLarge,
    ByteOrderMark,
    UndeclaredFramework,
    TextCutByComment,
    ItemFoldedIntoText,
)
