"""The differ on the seed documents: real frameworks, real changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FRAMEWORKS, ROOT, SEEDS

DROPBOX_IC3 = SEEDS / "as-exported" / "dropbox-mle-ic3.yaml"
ESCROWTAB_IC3 = SEEDS / "as-exported" / "escrowtab-mle-ic3.yaml"
DROPBOX = FRAMEWORKS / "dropbox-mle.yaml"


def _needs(*paths: Path):
    missing = [str(p.relative_to(ROOT)) for p in paths if not p.exists()]
    return pytest.mark.skipif(bool(missing), reason=f"seed files not in this tree: {', '.join(missing)}")


@_needs(DROPBOX_IC3, ESCROWTAB_IC3)
def test_the_rebrand_and_nothing_invented(cli):
    """The same IC3 page under two brands: the names change, the expectations do not."""
    run = cli("diff", "--format", "json", str(DROPBOX_IC3), str(ESCROWTAB_IC3))
    assert run.exit_code == 0
    changes = run.json()["frameworks"][0]["changes"]
    kinds = {c["kind"] for c in changes}
    assert not kinds & {
        "statement-added", "statement-removed", "statement-moved", "level-added", "level-removed",
        "competency-added", "competency-removed", "dimension-added", "dimension-removed",
    }
    assert {c["impact"] for c in changes} <= {"editorial", "structural"}
    metadata = {c["field"]: (c["old"], c["new"]) for c in changes if c["kind"] == "framework-changed"}
    assert metadata["name"] == ("Dropbox Engineering Career Framework", "EscrowTab Engineering Career Framework")
    assert metadata["organisation.name"] == ("Dropbox", "EscrowTab")

    from ladderlint.diff.wording import same_words, word_diff

    # Every rewording is formatting only, except the brand in one statement.
    reworded = [c for c in changes if c["kind"] == "statement-reworded"]
    wording = [c for c in reworded if not same_words(c["old"], c["new"])]
    assert len(wording) == 1
    assert [(op, text) for op, text in word_diff(wording[0]["old"], wording[0]["new"]) if op != "="] == [
        ("-", "Dropbox"), ("+", "EscrowTab"),
    ]
    assert wording[0]["impact"] == "editorial"
    assert all(c["impact"] == "editorial" for c in reworded)


@_needs(DROPBOX)
def test_what_is_new_at_ic3_compared_with_ic1(cli):
    run = cli("diff", "--levels", "IC1", "IC3", "--format", "json", str(DROPBOX))
    assert run.exit_code == 0
    changes = run.json()["frameworks"][0]["changes"]
    assert {c["level"] for c in changes} == {"IC3"} and {c["old_level"] for c in changes} == {"IC1"}

    from ladderlint.model import build_framework
    from ladderlint.loader import load_document

    framework = build_framework("f", load_document("f", DROPBOX.read_bytes()).data)
    ic1, ic3 = (next(lv for lv in framework.levels if lv.id == x) for x in ("IC1", "IC3"))
    cells1 = {c.competency_id: [s.text for s in c.statements] for c in ic1.cells}
    # Statements the two pages share word for word are not news at IC3.
    same = [
        (cell.competency_id, s.text)
        for cell in ic3.cells
        for s in cell.statements
        if s.text in cells1.get(cell.competency_id, [])
    ]
    assert ("hiring", "I am able to represent my team’s initiatives and goals to candidates in a compelling way") in same
    shown = {(c["competency"], c["new"]) for c in changes}
    assert not shown & set(same)
    # Everything else IC3 expects is reported as new, reworded or moved, once.
    ic3_statements = sum(len(cell.statements) for cell in ic3.cells)
    reported = [c for c in changes if c["kind"] in ("statement-added", "statement-reworded", "statement-moved")]
    assert len(reported) == ic3_statements - len(same)
    # Strategy and Software Design do not apply at IC1, and do at IC3.
    applies = {c["competency"] for c in changes if c["kind"] == "not-applicable-changed"}
    assert applies == {"strategy", "software-design"}
    assert all(c["impact"] == "raises-bar" for c in changes if c["kind"] == "not-applicable-changed")


@_needs(DROPBOX_IC3, ESCROWTAB_IC3, DROPBOX)
def test_the_release_notes_example_in_docs_is_what_ladderlint_writes(cli, monkeypatch):
    """docs/release-notes-example.md shows real output; it must not drift from it."""
    document = (ROOT / "docs" / "release-notes-example.md").read_text(encoding="utf-8")
    levels = cli("diff", "--levels", "IC1", "IC3", "--format", "markdown", str(DROPBOX))
    assert levels.output.replace(str(ROOT) + "/", "") in document
    monkeypatch.chdir(SEEDS / "as-exported")
    rebrand = cli("diff", "--format", "markdown", "dropbox-mle-ic3.yaml", "escrowtab-mle-ic3.yaml")
    assert rebrand.output in document
