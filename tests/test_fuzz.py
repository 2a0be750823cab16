"""Fuzzing `ladderlint check` with random YAML, mutated frameworks and random bytes.

Every input must end in findings or a clear error: exit code 0, 1 or 2,
output that parses, no exception, within a time bound. `check` runs on
every input, and so will `diff` (against the seed the input was made from)
and `import` once the CLI has them: see COMMANDS. The fast schema
validator and jsonschema must agree on which documents are valid.

The suite runs a few hundred examples in all. A longer run:

    LADDERLINT_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/test_fuzz.py

(the number is per test). Seeds are the shipped frameworks (frameworks/*.yaml,
when present), the minimal framework of the tests, and small generated ones.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import FRAMEWORKS, MINIMAL, ROOT
from ladderlint import loader
from ladderlint.loader import construct
from ladderlint.cli import main
from ladderlint.rules import registry
from ladderlint.schema import SchemaValidator
from ladderlint.schema_file import schema

sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402

LONG_RUN = int(os.environ.get("LADDERLINT_FUZZ_EXAMPLES", "0"))
#: A hard bound on one example: a hang fails the test instead of the suite.
SECONDS_PER_EXAMPLE = 20


def _settings(examples: int) -> settings:
    return settings(
        max_examples=LONG_RUN or examples,
        # Generous: the machine may be busy; this catches blow-ups, not jitter.
        deadline=5000,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=not LONG_RUN,  # the bounded run is the same in CI every time
        database=None,  # write nothing into the repository
    )


def _seed_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FRAMEWORKS.glob("*.yaml"))]
    texts.append(MINIMAL)
    for index in range(2):
        data = generate.framework(random.Random(index), index, competencies=4, levels=3, statements=2)
        texts.append(generate.to_yaml(data))
    return texts


SEEDS = _seed_texts()


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@contextlib.contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    def expired(signum: int, frame: Any) -> None:
        raise TimeoutError(f"one example ran for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


#: The commands every fuzzed file is fed to, as (name, arguments for the
#: fuzzed file and an unchanged seed file). A command runs once the CLI has
#: it, so `diff` and `import` join as soon as they exist.
COMMANDS: list[tuple[str, Callable[[Path, Path], list[str]]]] = [
    ("check", lambda path, seed: ["check", "--format", "json", str(path)]),
    ("diff", lambda path, seed: ["diff", str(seed), str(path)]),
    ("diff", lambda path, seed: ["diff", str(path), str(seed)]),
    ("import", lambda path, seed: ["import", str(path)]),
]


def _check(work: Path, content: bytes, seed: str = MINIMAL) -> None:
    """Run every command on one file in-process, and judge the outcome."""
    path, seed_path = work / "fuzz.yaml", work / "seed.yaml"
    path.write_bytes(content)
    seed_path.write_text(seed, encoding="utf-8")
    for name, arguments in COMMANDS:
        if name not in main.commands:
            continue
        with _time_limit(SECONDS_PER_EXAMPLE):
            result = CliRunner().invoke(main, arguments(path, seed_path), catch_exceptions=True)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        assert result.exit_code in (0, 1, 2), f"{name}: {result.output}"
        assert "Traceback" not in result.output + result.stderr, name
        if name == "check":
            _judge_check_report(result, path)


def _judge_check_report(result: Any, path: Path) -> None:
    report = json.loads(result.stdout)
    # Findings point inside the file, even those inside a text of a
    # document checked only in part (every line break YAML knows counts).
    lines = len(path.read_bytes().decode("utf-8", "replace").splitlines()) + 1
    for finding in report["findings"]:
        assert finding["code"] in {rule.code for rule in registry().rules}
        assert finding["line"] >= 1 and finding["column"] >= 1
        assert finding["line"] <= lines or finding["code"] < "LL1", finding
        if finding["end_line"] is not None:
            assert (finding["end_line"], finding["end_column"]) >= (finding["line"], finding["column"]), finding
        assert finding["file"] == str(path)
        assert len(finding["message"]) < 2000, finding["message"][:200]
    if result.exit_code == 2:
        assert any(registry()[f["code"]].scope == "load" for f in report["findings"])


# --- random YAML documents -------------------------------------------------------

# Keys of the format, so that random documents reach into its deeper parts.
WORDS = [
    "ladderlint", "id", "name", "track", "version", "organisation", "levels", "dimensions", "competencies",
    "statements", "text", "examples", "title", "summary", "proficiency", "proficiency_scale", "not_applicable",
    "note", "glossary", "omitted_levels", "renamed_from", "rank", "voice", "x-extra", "IC1", "impact",
]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.sampled_from(WORDS), st.text(max_size=30),
)
keys = st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12))
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5), st.dictionaries(keys, children, max_size=6)
    ),
    max_leaves=40,
)


@given(
    document=st.dictionaries(keys, documents, max_size=8),
    flow=st.sampled_from([None, True, False]),
    declare=st.sampled_from(["key", "modeline"]),
)
@_settings(examples=60)
def test_random_yaml_documents(work, document, flow, declare):
    if declare == "key":
        document = {"ladderlint": 1, **document}
    text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    if declare == "modeline":
        text = "# yaml-language-server: $schema=../schemas/framework.schema.json\n" + text
    _check(work, text.encode("utf-8"))


# --- mutations of real frameworks -------------------------------------------------

JUNK = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=8) | st.sampled_from(
    ["-", ":", " ", "\t", "[", "]", "{", "}", "&a", "*a", "!!python/object", "'", '"', "#", "\r", "\x00", "\ufeff"]
)


@st.composite
def mutated_pair(draw: st.DrawFn) -> tuple[str, str]:
    """A seed framework and a mutation of its text."""
    seed = draw(st.sampled_from(SEEDS))
    lines = seed.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "indent", "dedent", "truncate"]))
        if operation == "delete":
            del lines[i]
        elif operation == "duplicate":
            lines.insert(i, lines[i])
        elif operation == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif operation == "insert":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(JUNK) + lines[i][at:]
        elif operation == "indent":
            lines[i] = draw(st.sampled_from(["  ", "    ", "\t", " "])) + lines[i]
        elif operation == "dedent":
            lines[i] = lines[i][draw(st.integers(1, 4)):] if lines[i].startswith(" ") else lines[i]
        else:
            lines = lines[: i + 1]
    return seed, "".join(lines)


def mutated() -> st.SearchStrategy[str]:
    return mutated_pair().map(lambda pair: pair[1])


@given(pair=mutated_pair())
@_settings(examples=80)
def test_mutated_frameworks(work, pair):
    seed, text = pair
    _check(work, text.encode("utf-8", errors="surrogatepass"), seed)


# --- random bytes ---------------------------------------------------------------------


@given(prefix=st.sampled_from([b"", b"ladderlint: 1\n", b"\xef\xbb\xbfladderlint: 1\n"]), body=st.binary(max_size=600))
@_settings(examples=40)
def test_random_bytes(work, prefix, body):
    _check(work, prefix + body)


# --- the fast validator agrees with jsonschema --------------------------------------


def _loaded(text: str) -> Any:
    try:
        return loader.load_document("fuzz.yaml", text.encode("utf-8", errors="surrogatepass")).data
    except loader.LoadError:
        return None


VALID = [data for data in (_loaded(text) for text in SEEDS) if data is not None]


@st.composite
def data_mutations(draw: st.DrawFn) -> Any:
    """A valid framework with a few values replaced, removed or added."""
    import copy

    data = copy.deepcopy(draw(st.sampled_from(VALID)))
    for _ in range(draw(st.integers(1, 3))):
        # Walk down to a random container.
        node: Any = data
        for _ in range(draw(st.integers(0, 6))):
            children = list(node.values()) if isinstance(node, dict) else node
            containers = [c for c in children if isinstance(c, (dict, list)) and c]
            if not containers:
                break
            node = draw(st.sampled_from(containers))
        if not node:
            continue
        operation = draw(st.sampled_from(["replace", "delete", "add"]))
        if isinstance(node, dict):
            where = draw(keys) if operation == "add" else draw(st.sampled_from(sorted(node)))
        else:
            where = draw(st.integers(0, len(node) - 1))
        if operation == "delete":
            del node[where]
        elif operation == "add" and isinstance(node, list):
            node.insert(where, draw(documents))
        else:
            node[where] = draw(documents)
    return data


@given(data=st.one_of(data_mutations(), mutated().map(_loaded)))
@_settings(examples=80)
def test_fast_validator_and_jsonschema_agree(data):
    """SchemaValidator answers from fastjsonschema, and explains from
    jsonschema: a document one accepts and the other refuses would pass
    unexplained, or fail with no message."""
    from jsonschema import Draft202012Validator

    assume(data is not None)
    violations = _VALIDATOR.violations(data)
    valid = Draft202012Validator(_SCHEMA).is_valid(data)
    assert (violations == []) == valid, violations
    for violation in violations:
        assert violation.code in {rule.code for rule in registry().rules} and violation.message


_VALIDATOR = SchemaValidator()
_SCHEMA = schema()


# --- the depth bound is sound ------------------------------------------------------------


@given(document=documents, flow=st.sampled_from([None, True, False]), limit=st.integers(1, 6))
@_settings(examples=60)
def test_depth_bound_never_misses_a_deep_document(document, flow, limit):
    """With a small limit, every document deeper than it is refused, and
    nothing shallower: the cheap scan never lets a deep one through."""

    def depth(node: Any) -> int:
        if isinstance(node, dict):
            return 1 + max((depth(v) for v in node.values()), default=0)
        if isinstance(node, list):
            return 1 + max((depth(v) for v in node), default=0)
        return 0

    wrapped = {"ladderlint": 1, "x-deep": document}
    text = yaml.safe_dump(wrapped, default_flow_style=flow, allow_unicode=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(construct, "MAX_DEPTH", limit)
        if depth(wrapped) > limit:
            assert construct.may_be_too_deep(text)
            with pytest.raises(loader.LoadError) as caught:
                loader.load_document("f.yaml", text.encode())
            assert caught.value.message.startswith(f"the document is nested more than {limit} levels deep")
        else:  # read as PyYAML reads it (compared as YAML text: NaN is not equal to itself)
            loaded = loader.load_document("f.yaml", text.encode()).data
            assert yaml.safe_dump(loaded) == yaml.safe_dump(yaml.safe_load(text))
