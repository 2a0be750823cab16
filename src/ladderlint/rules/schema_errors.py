"""LL100-LL108: the document does not follow the framework schema.

These are found by validating against ``schemas/framework.schema.json``. A
framework that fails the schema is still checked by the other rules, on
its valid parts (ladderlint.partial); LL108 says what was left out.
"""

from __future__ import annotations

from .base import Rule, Severity


class _SchemaError(Rule):
    severity = Severity.ERROR
    scope = "schema"


class SchemaViolation(_SchemaError):
    """The document breaks a schema constraint not covered by a more specific code.

    Why this matters:
        Editors, ladderlint and any other tool read the framework by the
        schema; a document that breaks it means something different to each.

    Example:
        See the message, which names the constraint.
        Fix: follow the format (`ladderlint schema` prints it; the guide:
        https://github.com/ladderlint/ladderlint/tree/main/docs/format.md).
    """

    code = "LL100"
    name = "schema-violation"


class MissingKey(_SchemaError):
    """A required key is missing (a level without `id`, a framework without `version`).

    Why this matters:
        Levels, dimensions and competencies are matched by id when frameworks
        are compared, and a framework needs its organisation and version to
        be checked at all.

    Example:
        ```yaml
        levels:
          - title: IC3 Machine Learning Engineer
            competencies: {}
        ```
        Fix: give the level its id: `- id: IC3`. A level declared before
        its statements are written needs `competencies: {}` (the message
        says so): then it is checked and compared, and LL401 lists the
        competencies it does not describe yet.
    """

    code = "LL101"
    name = "missing-key"


class UnknownKey(_SchemaError):
    """A key the format does not define, usually a typo.

    The message names the key it most likely misspells (not one its mapping
    has already), and the rules read it as that key. A required key written
    misspelt (`Levels`, `titel`) is reported once, here, not also as missing,
    where its value is one that key may have.

    Why this matters:
        A misspelt key (`competncies`) would otherwise be ignored without a
        word, and everything under it lost.

    Example:
        ```yaml
        levels:
          - id: IC3
            title: IC3
            competncies: {impact: ["I deliver ..."]}
        ```
        Fix: `competencies`. Keys of your own tools may start with `x-`.
    """

    code = "LL102"
    name = "unknown-key"


class WrongType(_SchemaError):
    """A value of the wrong kind: a number where text is expected, a mapping
    where a list is expected.

    Where text may be, a value YAML read as something else (`- No` as
    false, `- 12` as a number, `- [optional]` as a list, `- #1 priority`
    as a comment) is said to be so, with the line written in quotes. A
    statement that holds ': ' (`- Support: I answer in #help`), which YAML
    reads as a key and a value, is said so once, and `--fix` writes it in
    quotes as the message shows when it is on one line: the whole text,
    with a '#' followed by a word in it; a comment written as one ("# to
    do") stays a comment.

    Why this matters:
        YAML reads `version: 1.0` as the number 1.0 and `effective: 2024-01-01`
        differently in different tools; the format wants text.

    Example:
        ```yaml
        version: 1.0
        ```
        Fix: `version: "1.0.0"`.
    """

    code = "LL103"
    name = "wrong-type"


class InvalidValue(_SchemaError):
    """A value outside what the format allows: an id with spaces, an unknown
    voice, a version that is not semantic, a format version other than 1.

    Why this matters:
        Ids are how levels and competencies are referred to and compared
        across versions; they must be stable and unambiguous.

    Example:
        ```yaml
        competencies:
          - id: Personal growth
        ```
        Fix: `id: personal-growth`, and keep the readable form in `name`.
    """

    code = "LL104"
    name = "invalid-value"


class EmptyValue(_SchemaError):
    """A text, list or mapping that must not be empty is empty.

    A text of white space alone (`- " "`, a lone no-break space) is as
    blank as an empty one, and is reported as one: the rules then read it
    as the empty text it looks like.

    Why this matters:
        An empty statement or a dimension with no competencies is an
        unfinished edit, and readers see a blank.

    Example:
        ```yaml
        competencies:
          impact: [""]
        ```
        Fix: write the statement, or remove the entry.
    """

    code = "LL105"
    name = "empty-value"


class DuplicateValue(_SchemaError):
    """A list that must hold distinct values holds one twice (owners, domains, aliases).

    Why this matters:
        A repeated value is a copy-paste slip; one of the two was meant to
        be something else.

    Example:
        ```yaml
        owners: [eng-leadership, eng-leadership]
        ```
        Fix: remove the repeat, or write the intended value.
    """

    code = "LL106"
    name = "duplicate-value"


class ConflictingKeys(_SchemaError):
    """Keys that exclude each other are used together, such as `statements`
    and `not_applicable` in one cell.

    Why this matters:
        A competency cannot both be assessed at a level and not apply to it.

    Example:
        ```yaml
        software-design:
          not_applicable: Not assessed at IC1
          statements: ["I design components"]
        ```
        Fix: keep one of the two.
    """

    code = "LL107"
    name = "conflicting-keys"


class PartlyChecked(_SchemaError):
    """A framework that breaks the schema was checked without the parts that break it.

    The other rules run on what is valid: a key the format does not know is
    read as the key it most likely misspells (`statments` as `statements`),
    a number where text is expected as the text it is written as, and what
    cannot be read (a statement written as a list, a level without a title)
    is left out, with the smallest element that holds it. This notice names
    what was left out, and the rules that did not run because they need a
    part whole (LL401 needs every cell: a cell left out would read as
    missing).

    Why this matters:
        One typo no longer hides every other problem of a file; and a rule
        that could not look at everything says so, rather than passing in
        silence.

    Example:
        ```yaml
        levels:
          - id: IC1
            title: Engineer I
            competencies:
              impact: [["I deliver ..."]]
        ```
        LL103 reports the list inside the list; LL108 says statement 1 of
        'impact' at level 'IC1' was not checked. Fix the schema finding and
        the notice goes.
    """

    code = "LL108"
    name = "partly-checked"
    severity = Severity.INFO


SCHEMA_RULES = (
    SchemaViolation,
    MissingKey,
    UnknownKey,
    WrongType,
    InvalidValue,
    EmptyValue,
    DuplicateValue,
    ConflictingKeys,
    PartlyChecked,
)
