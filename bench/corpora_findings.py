"""What `ladderlint check` finds on every public framework the tests keep.

    python bench/corpora_findings.py [--show CODE]... [--sample N] [--json FILE] [--keep DIR]

Builds every framework of tests/fixtures/corpora (copies of ../shared/corpora
with their licences) in a temporary directory, then checks each group the
way its owner would, in one run per group:

- Monzo's progression frameworks and Codecademy's competencies, converted
  as tests/corpora_frameworks.py does (its text kept as the source has it);
- each revision of the Financial Times' competencies (ft-history-dev/*.yaml)
  on its own: the revisions share one id, as versions of a file do;
- the documents, imported with `ladderlint import` as a user would: the
  Dropbox site with `--split-tracks`, Artsy's ladder with `--split-tracks`,
  each page of Engineering Ladders (a page the importer cannot read is
  listed and skipped).

Prints the findings per rule and severity; ``--show CODE`` prints that
rule's findings (``--sample N``: at most N, spread evenly), ``--json``
writes every finding, for judging them one by one.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPORA = ROOT / "tests" / "fixtures" / "corpora"

sys.path.insert(0, str(ROOT / "tests"))
import corpora_frameworks  # noqa: E402  (the tests' conversion of Monzo and Codecademy)


def _import(out: Path, *args: str) -> str | None:
    """Run `ladderlint import ARGS`; the error it gives, or None."""
    run = subprocess.run(
        [sys.executable, "-m", "ladderlint", "import", "--no-check", *args],
        capture_output=True, text=True, cwd=ROOT,
    )
    if run.returncode != 0:
        lines = [line for line in run.stderr.splitlines() if line.strip()]
        return lines[-1] if lines else f"exit {run.returncode}"
    return None


def build(directory: Path) -> tuple[list[list[Path]], list[str]]:
    """Every corpus framework under ``directory``, as the groups to check
    together; and what could not be imported."""
    groups: list[list[Path]] = []
    problems: list[str] = []
    converted = directory / "converted"
    groups.append(corpora_frameworks.write_corpus(converted))
    for revision in sorted((CORPORA / "ft-history-dev").glob("*.yaml")):
        target = directory / "ft" / revision.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(revision, target)
        groups.append([target])
    dropbox = directory / "dropbox"
    pages = sorted(str(p) for p in (CORPORA / "dropbox-career-framework" / "docs").glob("*.html"))
    error = _import(dropbox, *pages, "--split-tracks", "-o", str(dropbox))
    if error:
        problems.append(f"dropbox: {error}")
    groups.append(sorted(dropbox.glob("*.yaml")))
    artsy = directory / "artsy"
    error = _import(artsy, str(CORPORA / "artsy-engineering-ladder" / "ladder.md"), "--split-tracks", "-o", str(artsy))
    if error:
        problems.append(f"artsy: {error}")
    groups.append(sorted(artsy.glob("*.yaml")))
    ladders = directory / "engineering-ladders"
    ladders.mkdir(parents=True, exist_ok=True)
    for page in sorted((CORPORA / "engineering-ladders").glob("*.md")):
        if page.name == "README.md":
            continue
        target = ladders / f"{page.stem}.yaml"
        error = _import(ladders, str(page), "--org", "Engineering Ladders", "-o", str(target))
        if error:
            problems.append(f"engineering-ladders/{page.name}: {error}")
    groups.append(sorted(ladders.glob("*.yaml")))
    return [group for group in groups if group], problems


def main(argv: list[str]) -> int:
    from ladderlint.checker import check_paths
    from ladderlint.rules.registry import registry

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", metavar="CODE", action="append", default=[], help="print this rule's findings")
    parser.add_argument("--sample", type=int, metavar="N", help="with --show: at most N findings, spread evenly")
    parser.add_argument("--json", metavar="FILE", help="write every finding to FILE as JSON")
    parser.add_argument("--keep", metavar="DIR", help="build the frameworks in DIR and keep them")
    args = parser.parse_args(argv)
    directory = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="ladderlint-corpora-"))
    try:
        groups, problems = build(directory)
        findings = []
        checked = 0
        for group in groups:
            result = check_paths([str(p) for p in group], jobs=1)
            findings.extend(result.findings)
            checked += len(result.checked)
        for problem in problems:
            print(f"not imported: {problem}")
        counts = Counter(f.code for f in findings)
        print(f"{checked} frameworks, {len(findings)} findings")
        for rule in registry().rules:
            if counts[rule.code]:
                print(f"{rule.code} {rule.name} [{rule.severity}]: {counts[rule.code]}")
        for code in args.show:
            chosen = [f for f in findings if f.code == code.upper()]
            if args.sample and len(chosen) > args.sample:
                step = len(chosen) / args.sample
                chosen = [chosen[int(i * step)] for i in range(args.sample)]
            print(f"\n--- {code.upper()} ({len(chosen)} shown)")
            for f in chosen:
                print(f"{Path(f.file).relative_to(directory)}:{f.line}:{f.column}: {f.message}")
        if args.json:
            rows = [{**f.to_dict(), "file": str(Path(f.file).relative_to(directory))} for f in findings]
            Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
