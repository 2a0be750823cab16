"""SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers.

One run, with every rule of the catalogue in ``tool.driver.rules`` (code,
name, summary, full documentation as help, default level) and one result
per finding: ``ruleId`` and ``ruleIndex``, the finding's level, and its
region. Artifact URIs are relative to the current directory (the
repository root in CI), under the ``%SRCROOT%`` base. Columns count Unicode
code points.
"""

from __future__ import annotations

import json
from typing import Any, Sequence
from urllib.parse import quote

from ..findings import Finding
from ..rules.base import Severity
from . import RenderContext, display_path, region

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/ladderlint/ladderlint"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FAMILIES = {
    "LL0": "input",
    "LL1": "structure",
    "LL2": "progression",
    "LL3": "brand",
    "LL4": "completeness",
    "LL5": "text",
}


def render(findings: Sequence[Finding], context: RenderContext) -> str:
    from ..rules import registry

    all_rules = registry().rules
    index = {rule.code: i for i, rule in enumerate(all_rules)}
    invocation = {"executionSuccessful": not any(f.is_input_error for f in findings)}
    return _log(invocation, [_result(f, index) for f in findings])


def render_configuration_errors(errors: Sequence[Any]) -> str:
    """The log of a run stopped by its configuration (ConfigErrors): an
    unsuccessful invocation whose notifications say why, and no results
    (nothing was checked); an upload step gets a valid file that says so."""
    notifications = []
    for error in errors:
        notification: dict[str, Any] = {"level": "error", "message": {"text": error.in_report()}}
        if error.file is not None:
            location: dict[str, Any] = {"artifactLocation": {"uri": quote(display_path(error.file)),
                                                             "uriBaseId": "%SRCROOT%"}}
            if error.position is not None:
                location["region"] = {"startLine": error.position.line, "startColumn": error.position.column}
            notification["locations"] = [{"physicalLocation": location}]
        notifications.append(notification)
    return _log({"executionSuccessful": False, "toolConfigurationNotifications": notifications}, [])


def _log(invocation: dict[str, Any], results: list[dict[str, Any]]) -> str:
    from .. import __version__
    from ..rules import registry

    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "ladderlint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_descriptor(rule) for rule in registry().rules],
            }
        },
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _descriptor(rule: Any) -> dict[str, Any]:
    docs = rule.docs()
    family = FAMILIES.get(rule.code[:3])
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": docs.split("\n\nWhy this matters:", 1)[0].replace("\n", " ")},
        "help": {"text": docs, "markdown": rule.docs_markdown()},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["ladderlint", family] if family else ["ladderlint"]},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    start_line, start_column, end_line, end_column = region(finding)
    area: dict[str, int] = {"startLine": start_line, "startColumn": start_column}
    if end_line is not None:
        area["endLine"] = end_line
    if end_column is not None:
        area["endColumn"] = end_column
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": quote(display_path(finding.file)), "uriBaseId": "%SRCROOT%"},
            "region": area,
        }
    }
    pointer = finding.to_dict()["path"]
    if pointer:
        location["logicalLocations"] = [{"fullyQualifiedName": pointer, "kind": "element"}]
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [location],
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    return result
