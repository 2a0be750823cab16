"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, ...).

One ``<testsuite>``; a ``<testcase>`` per checked file (and per file that
could not be read), named by its path; a ``<failure>`` per finding, or an
``<error>`` for a file that cannot be read. No timestamps, so the same
findings give the same bytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Sequence

from ..findings import Finding
from . import RenderContext
from ..patterns import lazy

# Characters XML 1.0 cannot hold even escaped (control characters).
_NOT_XML = lazy("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def render(findings: Sequence[Finding], context: RenderContext) -> str:
    by_file: dict[str, list[Finding]] = {file: [] for file in context.files}
    for finding in findings:
        by_file.setdefault(finding.file, []).append(finding)
    files = sorted(by_file)
    failed = sum(1 for f in files if any(not x.is_input_error for x in by_file[f]))
    errors = sum(1 for f in files if any(x.is_input_error for x in by_file[f]))
    counts = {"tests": str(len(files)), "failures": str(failed), "errors": str(errors)}

    root = ET.Element("testsuites", {"name": "ladderlint", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "ladderlint", **counts, "skipped": "0"})
    for file in files:
        case = ET.SubElement(suite, "testcase", {"name": _clean(file), "classname": "ladderlint"})
        for finding in by_file[file]:
            tag = "error" if finding.is_input_error else "failure"
            element = ET.SubElement(case, tag, {
                "message": _clean(f"{finding.code} {finding.message}"),
                "type": f"{finding.code} {finding.name}",
            })
            element.text = _clean(
                f"{finding.file}:{finding.line}:{finding.column}: "
                f"{finding.code} [{finding.severity}] {finding.message}"
            )
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
