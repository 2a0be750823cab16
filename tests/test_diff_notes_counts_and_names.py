"""What `ladderlint diff` says and counts: a competency that stops
applying where its statement moved up and was reworded, said and counted
once in every format; levels named by their names; the place a
statement left after its competency was renamed; and a struck word kept
apart from the next one in the release notes."""

from __future__ import annotations

import re
from collections import Counter

import pytest

LADDER = """\
ladderlint: 1
id: acme
name: Acme Ladder
track: Backend
version: '1.0.0'
organisation: {name: Acme}
dimensions:
  - id: craft
    name: Craft
    competencies:
      - {id: delivery, name: Delivery}
      - {id: quality, name: Quality}
  - id: people
    name: People
    competencies:
      - {id: mentoring, name: Mentoring}
levels:
  - id: IC1
    title: Engineer I
    competencies:
      delivery:
        - Delivers small tasks with guidance from their lead
        - Breaks work into tickets
      quality:
        - Writes unit tests for their code
        - Reviews code from teammates
      mentoring:
        - Helps new joiners set up their laptop
  - id: IC2
    title: Engineer II
    competencies:
      delivery:
        - Delivers medium tasks on their own
      quality:
        - Writes integration tests
      mentoring:
        - Mentors interns
"""

# Mentoring no longer applies at IC1; its statement moved up to IC2 and, on the way, asks for more.
MOVED_UP_REWORDED = LADDER.replace(
    "      mentoring:\n        - Helps new joiners set up their laptop\n",
    "      mentoring:\n        not_applicable: Mentoring starts at Engineer II\n",
).replace(
    "        - Mentors interns\n",
    "        - Mentors interns\n        - Helps new joiners set up their laptop and development environment\n",
)

FORMATS = ("text", "markdown", "json", "github")


@pytest.fixture
def pair(tmp_path):
    def write(old: str, new: str) -> tuple[str, str]:
        paths = tmp_path / "old.yaml", tmp_path / "new.yaml"
        for path, text in zip(paths, (old, new)):
            path.write_text(text, encoding="utf-8")
        return str(paths[0]), str(paths[1])

    return write


# -- a competency that stops applying where its statement moved up, reworded -------------------


def test_the_release_notes_say_the_competency_stopping_with_the_move(cli, pair):
    notes = cli("diff", "--format", "markdown", *pair(LADDER, MOVED_UP_REWORDED)).output
    assert "1 new or higher expectation (at IC2) and 1 lower expectation (at IC1)." in notes
    assert "- **Mentoring:** no longer applies at this level (Mentoring starts at Engineer II); " \
           "no longer expected here, moved up to IC2 (listed under that level too): " \
           "Helps new joiners set up their laptop **and development environment**" in notes
    # At the level it went to, the move alone: the competency applies there.
    assert "- **Mentoring:** moved here from IC1 (listed under that level too): " \
           "Helps new joiners set up their laptop **and development environment**" in notes


def test_the_text_format_says_the_competency_stopping_on_the_line_of_the_move(cli, pair):
    text = cli("diff", *pair(LADDER, MOVED_UP_REWORDED)).output
    assert "not-applicable-changed" not in text
    [left] = [line for line in text.splitlines() if "not_applicable" in line]
    assert "lowers-bar  statement-moved" in left
    assert "Mentoring: not_applicable: (none) -> 'Mentoring starts at Engineer II'; (moved up to IC2) " in left
    [went] = [line for line in text.splitlines() if "raises-bar  statement-moved" in line and "Mentoring" in line]
    assert "not_applicable" not in went


def test_json_and_annotations_count_the_competency_with_the_move(cli, pair):
    old, new = pair(LADDER, MOVED_UP_REWORDED)
    data = cli("diff", "--format", "json", old, new).json()
    changes = data["frameworks"][0]["changes"]
    [move] = [c for c in changes if c["kind"] == "statement-moved" and c["competency"] == "mentoring"]
    [marked] = [c for c in changes if c["kind"] == "not-applicable-changed"]
    assert marked["counted_with"] == move["fingerprint"]
    annotations = cli("diff", "--format", "github", old, new).output
    assert "not-applicable-changed" not in annotations
    assert "'Mentoring' no longer applies at level 'IC1': Mentoring starts at Engineer II; statement moved" \
        in annotations


def _text_counts(output: str) -> tuple[dict[str, int], dict[str, int]]:
    """What the text format's summary counts, and what its lines list (a
    line by its impact; a change by its own fingerprint, the last)."""
    summary = re.search(r"^(\d+) changes?: (.*?)(?: \(|; |\.$)", output, re.MULTILINE)
    assert summary is not None
    counted = {"changes": int(summary.group(1))}
    counted.update({impact: int(n) for n, impact in re.findall(r"(\d+) ([a-z-]+)", summary.group(2))})
    lines = [line.split() for line in output.splitlines() if line.startswith("  ")]
    listed = dict(Counter(words[0] for words in lines))
    listed["changes"] = len({words[-1] for words in lines})
    return counted, listed


def _markdown_counts(output: str) -> tuple[dict[str, int], dict[str, int]]:
    """What the release notes' "In short" counts, and the lines under each heading."""
    short = re.search(r"^\*\*In short:\*\* (.*)$", output, re.MULTILINE)
    assert short is not None
    names = {"new or higher expectation": "New or higher expectations", "lower expectation": "Lower expectations",
             "of structure or names": "Changes of structure and names", "wording fix": "Wording fixes",
             "note or explanation": "Notes and explanations", "notes or explanations": "Notes and explanations"}
    counted = {heading: int(n) for n, said in re.findall(r"(\d+) ([a-z ]+?)(?: \(|,| and |\.)", short.group(1))
               for name, heading in names.items() if name in said}
    listed: Counter[str] = Counter()
    heading = ""
    for line in output.splitlines():
        if line.startswith("### "):
            heading = next((h for h in names.values() if line[4:].startswith(h)), "")
        elif line.startswith("- ") and heading:
            listed[heading] += 1
    return counted, dict(listed)


def _json_counts(output: dict) -> tuple[dict[str, int], dict[str, int]]:
    summary = output["summary"]
    changes = [c for c in output["frameworks"][0]["changes"] if c["counted_with"] is None]
    impacts = Counter(i for c in changes for i in {c["impact"], c["old_level_impact"], c["also_impact"]} if i)
    counted = {key: summary[key] for key in ("changes", *impacts)}
    return counted, {"changes": len(changes), **impacts}


def _github_counts(output: str) -> tuple[dict[str, int], dict[str, int]]:
    summary = re.search(r"^ladderlint diff: (\d+) changes?", output, re.MULTILINE)
    assert summary is not None
    listed = [line for line in output.splitlines() if line.startswith("::") and "title=version advice" not in line]
    return {"changes": int(summary.group(1))}, {"changes": len(listed)}


# And another statement moved up, as it was, and IC2 retitled.
WITH_OTHERS = MOVED_UP_REWORDED.replace("        - Breaks work into tickets\n", "").replace(
    "        - Delivers medium tasks on their own\n",
    "        - Delivers medium tasks on their own\n        - Breaks work into tickets\n",
).replace("title: Engineer II", "title: Software Engineer II")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("new", "changes"), [(MOVED_UP_REWORDED, 1), (WITH_OTHERS, 3)])
def test_every_format_counts_what_it_lists(cli, pair, fmt, new, changes):
    run = cli("diff", "--format", fmt, *pair(LADDER, new))
    counts = {"text": _text_counts, "markdown": _markdown_counts, "github": _github_counts}
    counted, listed = _json_counts(run.json()) if fmt == "json" else counts[fmt](run.output)
    assert counted == listed
    if fmt != "markdown":
        # The competency no longer applying where a statement left is counted with the move.
        assert counted["changes"] == changes


# -- levels by their names --------------------------------------------------------------------

SLUGS = """\
ladderlint: 1
id: acme
name: Acme Ladder
track: Backend
version: '1.0.0'
organisation: {name: Acme}
dimensions:
  - id: craft
    name: Craft
    competencies:
      - {id: delivery, name: Delivery}
levels:
  - id: engineer
    title: Engineer
    competencies:
      delivery:
        - Delivers small tasks with guidance from their lead
  - id: senior-engineer
    title: Senior Engineer
    competencies:
      delivery:
        - Leads projects of several weeks
  - id: staff-engineer
    title: Staff Engineer
    competencies:
      delivery:
        - Sets the technical direction of a group of teams
"""


def test_a_level_removed_under_another_names_that_level_as_the_other_lines_do(cli, pair):
    middle = SLUGS.index("  - id: senior-engineer")
    without = SLUGS[:middle] + SLUGS[SLUGS.index("  - id: staff-engineer"):]
    text = cli("diff", *pair(SLUGS, without)).output
    assert "- Leads projects of several weeks (no longer asked for at Staff Engineer)" in text
    assert "staff-engineer" not in text


def test_a_level_added_under_another_names_that_level_as_the_other_lines_do(cli, pair):
    middle = SLUGS.index("  - id: senior-engineer")
    without = SLUGS[:middle] + SLUGS[SLUGS.index("  - id: staff-engineer"):]
    text = cli("diff", *pair(without, SLUGS)).output
    assert "+ Leads projects of several weeks (now asked for at Staff Engineer)" in text
    assert "staff-engineer" not in text


# -- the place a statement left, after its competency was renamed -----------------------------

RENAMED = LADDER.replace("{id: quality, name: Quality}", "{id: code-quality, name: Code quality}").replace(
    "      quality:\n        - Writes unit tests for their code\n        - Reviews code from teammates\n",
    "      code-quality:\n        - Writes unit tests for their code\n",
).replace(
    "        - Helps new joiners set up their laptop\n",
    "        - Helps new joiners set up their laptop\n        - Reviews code from teammates\n",
).replace("      quality:\n        - Writes integration tests\n", "      code-quality:\n        - Writes integration tests\n")


def test_a_statement_moved_out_of_a_renamed_competency_names_it_as_it_was(cli, pair):
    old, new = pair(LADDER, RENAMED)
    annotations = cli("diff", "--format", "github", old, new).output
    assert "statement moved from 'Quality' at level 'IC1' to 'Mentoring' at level 'IC1'" in annotations
    data = cli("diff", "--format", "json", old, new).json()
    [move] = [c for c in data["frameworks"][0]["changes"] if c["kind"] == "statement-moved"]
    assert move["message"] == "statement moved from 'Quality' at level 'IC1' to 'Mentoring' at level 'IC1'"
    assert "(from Quality)" in cli("diff", old, new).output


def test_where_another_competency_has_the_old_name_the_old_id_tells_them_apart(cli, pair):
    # Delivery is now called Quality: the competency the statement left is named with the id it had.
    taken = RENAMED.replace("{id: delivery, name: Delivery}", "{id: delivery, name: Quality}")
    annotations = cli("diff", "--format", "github", *pair(LADDER, taken)).output
    assert "statement moved from 'Quality (quality)' at level 'IC1'" in annotations


# -- a struck word and the next one -----------------------------------------------------------


def test_a_struck_word_is_kept_apart_from_the_next_word(cli, pair):
    reworded = LADDER.replace("- Writes integration tests\n",
                              "- Contributes to writing proposals (Co-authors with more experienced Engineer)\n")
    tightened = LADDER.replace("- Writes integration tests\n",
                               "- Writes proposals (with review from a more experienced Engineer)\n")
    notes = cli("diff", "--format", "markdown", *pair(reworded, tightened)).output
    assert "(~~Co-authors~~ with **review from a** more experienced Engineer)" in notes


def test_a_word_struck_before_punctuation_stays_against_it(cli, pair):
    said = LADDER.replace("- Writes integration tests\n", "- Writes integration tests quickly, for every service.\n")
    unsaid = LADDER.replace("- Writes integration tests\n", "- Writes integration tests, for every service.\n")
    notes = cli("diff", "--format", "markdown", *pair(said, unsaid)).output
    assert "Writes integration tests ~~quickly~~, for every service." in notes


# -- a typo fixed in the framework's description -----------------------------------------------


def test_the_release_notes_mark_a_typo_fixed_in_the_framework_description(cli, pair):
    """A letter fixed in a long description is marked word by word, as a
    statement's rewording is, not the whole text twice."""
    described = LADDER.replace("organisation: {name: Acme}\n", "organisation: {name: Acme}\ndescription: "
                               "These are the criteria we use for leveling. The compentencies at each level "
                               "are broken down into three categories.\n")
    notes = cli("diff", "--format", "markdown", *pair(described, described.replace("compentencies", "competencies"))).output
    assert "- Description changed: These are the criteria we use for leveling. The ~~compentencies~~ " \
           "**competencies** at each level are broken down into three categories." in notes
    assert notes.count("These are the criteria") == 1
    # A short value is still said old to new.
    renamed = cli("diff", "--format", "markdown", *pair(LADDER, LADDER.replace("name: Acme Ladder", "name: Acme Career Ladder"))).output
    assert "Name: “Acme Ladder” → “Acme Career Ladder”." in renamed
