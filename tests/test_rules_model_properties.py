"""Properties of the progression and completeness rules on any schema-valid
framework: they do not fail, they point at places that exist, and they say
the same thing twice."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ladderlint.model import build_framework
from ladderlint.rules.catalogue import COMPLETENESS_RULES, PROGRESSION_RULES
from ladderlint.schema import SchemaValidator

LEVEL_IDS = ["IC1", "IC2", "IC3", "IC5", "ic-4", "L-01", "L-03", "1", "3", "senior", "junior", "P3", "M1"]
TITLES = ["Engineer I", "Engineer II", "Senior Engineer", "Staff Engineer", "Lead", "Junior Engineer",
          "Principal", "Software Engineer 2", "IC3 Machine Learning Engineer", "Associate", "Mid-level"]
SENTENCES = [
    "I deliver tasks for my team", "I deliver projects across several teams independently",
    "I deliver tasks with guidance from my lead", "I own the ML development lifecycle*.",
    "Reduce cost by ⟨target⟩ by <date>", "TODO", "I deliver tasks for my team.",
    "I practice the Dropbox values on a regular basis", "I practice the Acme values on a regular basis",
    "*emphasis* and **bold** text", "(release train)*", "x*",
]
COMPETENCIES = ["impact", "ownership", "hiring", "personal-growth", "personal-growh"]
VALIDATOR = SchemaValidator()


@st.composite
def frameworks(draw: Any) -> dict[str, Any]:
    declared = draw(st.lists(st.sampled_from(COMPETENCIES[:4]), min_size=1, max_size=4, unique=True))
    names = {"impact": "Impact", "ownership": "Ownership", "hiring": "Hiring", "personal-growth": "Personal Growth"}
    scale = ["low", "mid", "high"]

    def cell() -> Any:
        statements = draw(st.lists(st.sampled_from(SENTENCES), max_size=3))
        kind = draw(st.sampled_from(["list", "proficiency", "not_applicable", "note"]))
        if kind == "list":
            return statements
        if kind == "proficiency":
            return {"proficiency": draw(st.sampled_from(scale + ["expert"])), "statements": statements}
        if kind == "not_applicable":
            return {"not_applicable": "Not at this level"}
        return {"note": "A note"}

    level_ids = draw(st.lists(st.sampled_from(LEVEL_IDS), min_size=1, max_size=6, unique=True))
    levels = []
    for level_id in level_ids:
        keys = draw(st.lists(st.sampled_from(COMPETENCIES), max_size=5, unique=True))
        level: dict[str, Any] = {
            "id": level_id, "title": draw(st.sampled_from(TITLES)), "competencies": {k: cell() for k in keys},
        }
        if draw(st.booleans()):
            level["rank"] = draw(st.integers(0, 5))
        if draw(st.booleans()):
            level["summary"] = draw(st.sampled_from(SENTENCES))
        if draw(st.booleans()):
            level["dimensions"] = {draw(st.sampled_from(["results", "resluts"])): draw(st.sampled_from(SENTENCES))}
        levels.append(level)
    data: dict[str, Any] = {
        "ladderlint": 1, "id": "acme", "name": "Acme", "track": "Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"}, "cumulative": draw(st.booleans()),
        "dimensions": [{"id": "results", "name": "Results",
                        "competencies": [{"id": c, "name": names[c]} for c in declared]}],
        "levels": levels,
    }
    if draw(st.booleans()):
        data["proficiency_scale"] = scale
    if draw(st.booleans()):
        data["glossary"] = {"ML development lifecycle": "The stages of an ML project"}
    if draw(st.booleans()):
        data["omitted_levels"] = [{"id": i, "reason": "Elsewhere"}
                                  for i in draw(st.lists(st.sampled_from(["IC2", "1C2", "IC4", "L-02"]),
                                                         max_size=2, unique=True))]
    return data


def _exists(data: Any, path: tuple[Any, ...]) -> bool:
    node = data
    for step in path:
        if isinstance(node, dict) and step in node:
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            node = node[step]
        else:
            return False
    return True


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frameworks())
def test_rules_run_on_any_valid_framework(data):
    assume(not VALIDATOR.violations(data))
    framework = build_framework("f.yaml", data)
    for rule_class in (*PROGRESSION_RULES, *COMPLETENESS_RULES):
        rule = rule_class()
        first = rule.check_frameworks([framework])
        assert first == rule.check_frameworks([framework]), rule.code
        for violation in first:
            assert violation.message and not violation.message.endswith(" "), rule.code
            assert _exists(data, violation.path), (rule.code, violation.path, violation.message)


# --- frameworks built from the valid parts of a broken document -------------------------

_BREAKAGES = st.sampled_from([
    42, 1.5, True, None, [], {}, ["nested", ["list"]], {"unknown": "mapping"}, "", "Not A Slug",
])


@st.composite
def broken_documents(draw: Any) -> str:
    """A valid framework with one to three values replaced by something the
    schema refuses, or keys misspelt, removed or added."""
    import yaml

    data = draw(frameworks())
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(data))
        path = draw(st.sampled_from(paths))
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "misspell", "add"]))
        key = path[-1]
        if action == "replace" or isinstance(parent, list):
            parent[key] = copy.deepcopy(draw(_BREAKAGES))
        elif action == "delete":
            del parent[key]
        elif action == "misspell" and isinstance(key, str) and len(key) > 3:
            parent[key[:2] + key[3:]] = parent.pop(key)
        else:
            parent["x" + str(key)] = copy.deepcopy(draw(_BREAKAGES))
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Any:
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        yield path + (key,)
        yield from _paths(value, path + (key,))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken_documents())
def test_rules_run_on_the_valid_parts_of_any_broken_framework(text):
    from ladderlint.config import Settings
    from ladderlint.pipeline import Reader
    from ladderlint.rules.analysis import Analysis
    from ladderlint.rules.catalogue import ALL_RULES

    read = Reader(VALIDATOR).read("f.yaml", text.encode("utf-8"), Settings())
    assume(read.partial is not None)
    partial = read.partial
    framework = partial.framework
    assert read.document is not None
    for rule_class in ALL_RULES:
        if rule_class.scope not in ("framework", "run") or rule_class.needs & framework.incomplete:
            continue
        found = list(rule_class().check(framework, Analysis(framework)))
        for violation in found:
            path = partial.document_path(violation.path)
            # A level or a competency without a usable title or name is read as
            # named by its id: a finding about that name points at the item.
            stood_in = path[-1:] in (("title",), ("name",)) and _exists(read.document.data, path[:-1])
            assert _exists(read.document.data, path) or violation.on_key or stood_in, (rule_class.code, path)
            read.document.position(path, key=violation.on_key)
            if violation.span is not None:
                assert read.document.span_position(path, violation.span) is not None, (rule_class.code, path)
