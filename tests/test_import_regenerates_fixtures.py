"""Importing the seeds gives the as-exported fixtures back.

tests/fixtures/seeds/as-exported/ holds the seeds transcribed by hand into
the format, defects kept. Importing the same seeds must give the same
framework: levels, dimensions, competencies, names, descriptions, summaries
and every statement, in the same order with the same ids. The differences
that remain are listed in EXPECTED with their reason; anything else fails.
The cleaned frameworks in frameworks/ are these plus the fixes recorded in
CHANGELOG.md.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from ladderlint.loader import load_document

# The seed documents byte for byte as in ../shared/seeds/, kept in the repository.
SEEDS = ROOT / "tests" / "fixtures" / "seeds" / "raw"
AS_EXPORTED = Path(os.environ.get("LADDERLINT_AS_EXPORTED", ROOT / "tests" / "fixtures" / "seeds" / "as-exported"))

#: fixture -> (seed files, import options)
CASES = {
    "escrowtab-mle-ic3": (["000_4c0794c486f9cb96.txt"], ["--org", "EscrowTab"]),
    "escrowtab-mle-ic1": (["002_66f0ab03a4e0a65d.txt"], ["--org", "EscrowTab"]),
    "escrowtab-mle": (["000_4c0794c486f9cb96.txt", "002_66f0ab03a4e0a65d.txt"], ["--org", "EscrowTab"]),
    "dropbox-mle-ic3": (
        ["001_494985ef8dd1a9ea.txt"],
        ["--org", "Dropbox", "--domain", "dropbox.com", "--name", "Dropbox Engineering Career Framework"],
    ),
    "firstwho-mle": (["003_b9ed2e0171cc88ca.txt"], ["--org", "FirstWho"]),
    "jobframe-ai-mle-p3": (["004_79fb610a9ef897ae.txt"], []),
}

#: The dimension of the competencies before any group heading: the transcriptions name it as the
#: import did when groups followed; the import now names it 'Competencies' whether or not they do, so
#: that a revision which drops the last group renames nothing.
_UNNAMED_DIMENSION = {
    "/dimensions/0/id": "the import names the dimension no group heading names 'Competencies' whatever "
    "follows it; the transcription 'Level expectations'",
    "/dimensions/0/name": "(same)",
}

#: Paths (as in flat()) where the import and the hand transcription differ, and why.
EXPECTED: dict[str, dict[str, str]] = {
    "*": {
        "/source": "the import names the files; the transcription describes them in prose",
        "/cumulative": "the transcription writes the default (true); the import writes only what the document says",
    },
    "escrowtab-mle-ic3": {
        **_UNNAMED_DIMENSION,
        "/glossary": "the import turns the footnote into the glossary entry of the starred term",
    },
    "escrowtab-mle": {
        **_UNNAMED_DIMENSION,
        "/glossary": "the import turns the footnote into the glossary entry of the starred term",
        "/dimensions/3/competencies": "the import merges 'Personal growth' (IC1) into 'Personal Growth' (IC3) as a "
        "reader does, and reports the other spelling; the fixture is the naive merge the rules are tested on",
        "/dimensions/4/competencies": "(same, for 'Organizational health')",
        "/levels/0/competencies/personal-growth": "(same)",
        "/levels/0/competencies/personal-growth-2": "(same)",
        "/levels/0/competencies/organizational-health": "(same)",
        "/levels/0/competencies/organizational-health-2": "(same)",
        "/dimensions/2/competencies": "IC1 writes 'Agility / Innovation' joined, IC3 apart: the import keeps "
        "one form (here the joined one, which files nothing under a wrong name) and reports it; the fixture "
        "keeps both, which LL408 is tested on",
        "/levels/1/competencies/agility": "(same)",
        "/levels/1/competencies/innovation": "(same)",
        "/levels/1/competencies/agility-innovation": "(same)",
    },
    "dropbox-mle-ic3": {
        **_UNNAMED_DIMENSION,
        "/glossary": "the import turns the footnote into the glossary entry of the starred term",
        "/levels/0/summary": "the import writes the export's word-by-word bold as a reader sees it, its words; "
        "the transcription keeps the markers, which LL510 is tested on",
    },
    "escrowtab-mle-ic1": {
        **_UNNAMED_DIMENSION,
        "/dimensions/0/competencies/0/id": "the page lost the 'Scope' heading: the transcription restores it, "
        "the import names the competency after its description and reports it",
        "/dimensions/0/competencies/0/name": "(same)",
        "/levels/0/competencies/scope": "(same)",
        "/levels/0/competencies/area-of-ownership-and-level-of-autonomy-ambiguity": "(same)",
    },
    "jobframe-ai-mle-p3": {
        "/dimensions/0/competencies/0/description": "written by the transcriber; the page has none",
        "/dimensions/1/description": "(same)",
        "/dimensions/2/description": "(same)",
        "/levels/0/title": "the import reads 'P3 — Mid-Level Professional' as level P3 titled 'Mid-Level "
        "Professional'; the transcription keeps the line whole",
    },
}


def flat(value: Any, path: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {f"{path}#keys": list(value)}
        for key, item in value.items():
            out.update(flat(item, f"{path}/{key}"))
        return out
    if isinstance(value, list):
        out = {f"{path}#length": len(value)}
        for index, item in enumerate(value):
            out.update(flat(item, f"{path}/{index}"))
        return out
    return {path: value}


def _expected(name: str, path: str) -> bool:
    allowed = {**EXPECTED["*"], **EXPECTED.get(name, {})}
    return any(path == p or path.startswith(p + "/") or path.startswith(p + "#") for p in allowed)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents are not next to the repository")
@pytest.mark.parametrize("name", sorted(CASES))
def test_import_gives_the_as_exported_fixture(cli, tmp_path, name):
    fixture = AS_EXPORTED / f"{name}.yaml"
    if not fixture.is_file():
        pytest.skip(f"{fixture} is not in this tree yet")
    files, options = CASES[name]
    out = tmp_path / f"{name}.yaml"
    run = cli("import", *(str(SEEDS / f) for f in files), *options, "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    mine = flat(load_document(str(out), out.read_bytes()).data)
    theirs = flat(load_document(str(fixture), fixture.read_bytes()).data)
    differences = []
    for path in sorted(set(mine) | set(theirs)):
        a, b = mine.get(path), theirs.get(path)
        if path.endswith("#keys"):
            # Key order matters too, for the keys that are not expected to differ.
            base = path[: -len("#keys")]
            a = [k for k in a or [] if not _expected(name, f"{base}/{k}")]
            b = [k for k in b or [] if not _expected(name, f"{base}/{k}")]
        elif _expected(name, path.split("#")[0]):
            continue
        if a != b:
            differences.append(f"{path}: import {a!r} / fixture {b!r}")
    assert differences == []
