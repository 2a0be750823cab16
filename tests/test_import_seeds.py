"""`ladderlint import` on the five seed documents (tests/fixtures/seeds/raw/).

Each test imports a seed through the command line, reads the YAML back with
ladderlint's own loader, and checks it against what the source says, read
here independently of the importer: the bullets of a text export, the
<br>-separated items of a Paper table, the cells of a flattened table.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from ladderlint.loader import load_document
from ladderlint.model import build_framework
from ladderlint.schema import SchemaValidator

# The seed documents byte for byte as in ../shared/seeds/, kept in the repository.
SEEDS = ROOT / "tests" / "fixtures" / "seeds" / "raw"
IC3_ESCROWTAB = SEEDS / "000_4c0794c486f9cb96.txt"
IC3_DROPBOX = SEEDS / "001_494985ef8dd1a9ea.txt"
IC1 = SEEDS / "002_66f0ab03a4e0a65d.txt"
FIRSTWHO = SEEDS / "003_b9ed2e0171cc88ca.txt"
JOBFRAME = SEEDS / "004_79fb610a9ef897ae.txt"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents are not next to the repository")

#: The dimensions of a Dropbox-style level page.
LEVEL_PAGE_DIMENSIONS = ["competencies", "results", "direction", "talent", "culture", "craft"]

_REPORT = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<kind>not placed|review): (?P<rest>.*)$")


def run_import(cli, tmp_path: Path, *args: str) -> tuple[dict[str, Any], str, list[dict[str, Any]]]:
    out = tmp_path / "out.yaml"
    # The report written whole (the terminal's shortens it): each entry on its own line, its text in full.
    run = cli("import", *args, "-o", str(out), "--no-check", "--report", "-")
    assert run.exit_code == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    document = load_document(str(out), text.encode("utf-8"))
    assert SchemaValidator().violations(copy.deepcopy(document.data)) == []
    entries = [{**match.groupdict(), "line": int(match.group("line"))}
               for match in map(_REPORT.match, run.output.splitlines()) if match]
    return document.data, run.output, entries


def statements(data: dict[str, Any]) -> list[str]:
    framework = build_framework("out.yaml", data)
    return [statement.text for _, _, statement in framework.statements()]


def shape(data: dict[str, Any]) -> tuple[list[str], list[str], int, int]:
    competencies = sum(len(d["competencies"]) for d in data["dimensions"])
    return (
        [level["id"] for level in data["levels"]],
        [d["id"] for d in data["dimensions"]],
        competencies,
        len(statements(data)),
    )


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in strings(k) + strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[*_\\]", "", text).split())


def assert_nothing_dropped(source: Path, data: dict[str, Any], entries: list[dict[str, Any]]) -> None:
    """Every piece of text of every source line is in the YAML, or the report
    names its line."""
    texts = strings(data) + [f"{term} {definition}" for term, definition in data.get("glossary", {}).items()]
    corpus = "\n".join(_plain(s) for s in texts)
    reported = {(e["line"]) for e in entries if Path(e["file"]).name == source.name}
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        for piece in re.split(r"\||<br>", line):
            piece = re.sub(r"^\s*(?:[•*-]|\\\*|#+)\s+", "", piece)
            piece = _plain(piece)
            if sum(ch.isalnum() for ch in piece) < 2:
                continue
            assert piece in corpus or number in reported, f"{source.name}:{number} dropped: {piece!r}"


def text_bullets(source: Path) -> list[str]:
    """The '  • ...' bullets of a plain-text export, as written."""
    out = []
    for line in source.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^[ \t]+• (.*?)[ \t]*$", line)
        if match:
            out.append(match.group(1))
    return out


# --- 000: EscrowTab IC3, plain text -------------------------------------------


def test_escrowtab_ic3_text_export(cli, tmp_path):
    data, _, entries = run_import(cli, tmp_path, str(IC3_ESCROWTAB), "--org", "EscrowTab")
    assert shape(data) == (
        ["IC3"],
        LEVEL_PAGE_DIMENSIONS,
        19,
        53,
    )
    assert data["name"] == "EscrowTab Engineering Career Framework"
    assert data["track"] == "Machine Learning Engineer"
    assert data["voice"] == "first-person"
    found = statements(data)
    bullets = text_bullets(IC3_ESCROWTAB)
    assert len(bullets) == 53
    assert sorted(bullets) == sorted(found)
    level = data["levels"][0]
    # The table whose borders were lost: its bullets go to their columns.
    assert level["competencies"]["scope"] == bullets[:2]
    assert level["competencies"]["collaborative-reach"] == bullets[2:3]
    assert level["competencies"]["impact-levers"] == bullets[3:6]
    # The Craft introduction keeps its two paragraphs and the no-break space between them.
    assert level["dimensions"]["craft"].split("\n")[1] == "\u00a0"
    # The footnote defines the starred term.
    assert data["glossary"]["ML development lifecycle"].startswith("refers to the stages/tasks")
    # The stray symbol and the table headers are reported, with their lines.
    assert {"line": 1, "kind": "not placed"}.items() <= entries[0].items()
    assert "×" in entries[0]["rest"]
    headers = sorted(e["line"] for e in entries if "column header" in e["rest"])
    assert headers == [21, 22, 39, 40, 53, 54, 69, 70, 90, 91]
    assert_nothing_dropped(IC3_ESCROWTAB, data, entries)


# --- 001: Dropbox IC3, Paper markdown -----------------------------------------


def paper_items(source: Path) -> list[str]:
    """The '* ...' items inside the cells of a Paper table."""
    out = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        for cell in line.strip().strip("|").split("|"):
            for piece in cell.split("<br>"):
                piece = piece.strip(" ")
                if piece.startswith("* "):
                    out.append(piece[2:].lstrip(" "))
    return out


def test_dropbox_ic3_paper_markdown(cli, tmp_path):
    data, _, entries = run_import(cli, tmp_path, str(IC3_DROPBOX), "--org", "Dropbox")
    assert shape(data) == (
        ["IC3"],
        LEVEL_PAGE_DIMENSIONS,
        19,
        53,
    )
    found = statements(data)
    items = paper_items(IC3_DROPBOX)
    assert len(items) == 53
    assert sorted(items) == sorted(found)
    # Wording kept exactly, defects included: double spaces, broken bold.
    assert "I  deliver some of my team’s goals on time and with a high standard of quality" in found
    names = {c["id"]: c["name"] for d in data["dimensions"] for c in d["competencies"]}
    assert names["code-fluency"] == "**Code** **F****luency**"
    assert names["scope"] == "Scope"  # a name wholly in bold is its words
    assert data["dimensions"][1]["name"].startswith("![trophy](https://paper.dropboxstatic.com/")
    # The export's word-by-word bold is written as a reader sees it; its double space is kept.
    assert data["levels"][0]["summary"].startswith("I independently  identify and deliver software")
    assert "ML development lifecycle" in data["glossary"]
    assert [e["rest"] for e in entries if e["line"] == 15] == [
        "table column header, not content: **Responsibility**",
        "table column header, not content: **Key** **B****ehaviors**",
    ]
    assert_nothing_dropped(IC3_DROPBOX, data, entries)


# --- 002: IC1, plain text with a different structure --------------------------


def test_ic1_text_export(cli, tmp_path):
    data, _, entries = run_import(cli, tmp_path, str(IC1), "--org", "EscrowTab")
    assert shape(data) == (
        ["IC1"],
        LEVEL_PAGE_DIMENSIONS,
        12,
        30,
    )
    assert sorted(text_bullets(IC1)) == sorted(statements(data))
    ids = [c["id"] for d in data["dimensions"] for c in d["competencies"]]
    # The unnamed groups are named by the header in their place; the second gets -2.
    assert "key-behaviors" in ids and "key-behaviors-2" in ids
    assert "agility-innovation" in ids
    names = {c["id"]: c["name"] for d in data["dimensions"] for c in d["competencies"]}
    assert names["personal-growth"] == "Personal growth\u00a0"  # as written, no-break space included
    # The dimension keeps the emoji's name the export left; its id does not.
    assert [d["name"] for d in data["dimensions"]][1] == "trophy Results"
    # The Scope heading is lost: the competency is named after its description, and reported.
    lost = data["dimensions"][0]["competencies"][0]
    assert lost["name"] == lost["description"] == "Area of ownership and level of autonomy / ambiguity"
    assert any(e["line"] == 4 and e["kind"] == "review" for e in entries)
    assert_nothing_dropped(IC1, data, entries)


def test_ic1_and_ic3_merge_into_one_track(cli, tmp_path):
    data, _, entries = run_import(cli, tmp_path, str(IC3_ESCROWTAB), str(IC1), "--org", "EscrowTab")
    assert shape(data) == (
        ["IC1", "IC3"],
        LEVEL_PAGE_DIMENSIONS,
        20,
        83,
    )
    assert data["name"] == "EscrowTab Engineering Career Framework"
    # IC1 writes 'Agility / Innovation' joined, IC3 apart: one competency, the joined one (one level
    # each), which IC3's statements are filed under, in their order; said in the report.
    direction = [c["name"] for c in data["dimensions"][2]["competencies"]]
    assert "Agility / Innovation" in direction and "Agility" not in direction and "Innovation" not in direction
    assert data["levels"][1]["competencies"]["agility-innovation"][0] == "I embrace change and adapt quickly to it"
    assert sum("joins competencies 'Agility' and 'Innovation'" in e["rest"] for e in entries) == 1
    assert sorted(statements(data)) == sorted(text_bullets(IC1) + text_bullets(IC3_ESCROWTAB))
    ic1 = data["levels"][0]["competencies"]
    # The lost 'Scope' heading is recognised by its description in the IC3 page.
    assert ic1["scope"] == ["I execute on defined tasks and contribute to solving problems with defined solutions."]
    # Spelt differently from IC3 ('Personal growth\u00a0'): one competency, as a reader sees it,
    # under IC3's spelling; IC1's spelling is reported.
    talent = [c["id"] for c in data["dimensions"][3]["competencies"]]
    assert talent == ["personal-growth", "hiring", "talent-development"]
    assert data["levels"][0]["competencies"]["personal-growth"][0].startswith("I'm open to and act upon feedback")
    assert any("another spelling of competency 'Personal Growth': its statements are under that one: Personal growth" in e["rest"] for e in entries)
    assert [d["name"] for d in data["dimensions"]][1] == "Results"
    # The IC1 page's own title is not the framework's name: reported.
    assert any(e["line"] == 1 and "Dropbox Engineering Career Framework" in e["rest"] for e in entries)
    assert_nothing_dropped(IC1, data, entries)
    assert_nothing_dropped(IC3_ESCROWTAB, data, entries)


def test_merge_needs_one_organisation(cli):
    run = cli("import", str(IC3_ESCROWTAB), str(IC1))
    assert run.exit_code == 2
    assert "the documents name different organisations: " in run.stderr
    assert "Dropbox (002_" in run.stderr and "EscrowTab (000_" in run.stderr and "--org" in run.stderr


# --- 003: FirstWho, a progression table flattened one paragraph per cell -----


def table_cells(source: Path) -> list[str]:
    """The cells of the flattened table: after each glued header line, rows
    of a name and four paragraphs, until the next group."""
    lines = [l for l in source.read_text(encoding="utf-8").splitlines() if l.strip()]
    out = []
    for index, line in enumerate(lines):
        if line == "CompetencyJuniorMidSeniorPrincipal":
            rows = int(lines[index - 1].split()[0])
            body = lines[index + 1 : index + 1 + rows * 5]
            out.extend(cell for row in range(rows) for cell in body[row * 5 + 1 : row * 5 + 5])
    return out


def test_firstwho_progression_table(cli, tmp_path):
    data, _, entries = run_import(cli, tmp_path, str(FIRSTWHO), "--org", "FirstWho")
    assert shape(data) == (
        ["junior", "mid", "senior", "principal"],
        ["ml-strategy-and-organizational-capabilities", "ml-systems-engineering"],
        8,
        32,
    )
    cells = table_cells(FIRSTWHO)
    assert len(cells) == 32
    assert sorted(cells) == sorted(statements(data))
    junior = data["levels"][0]["competencies"]
    assert junior["emerging-ai-technologies-and-innovation"] == [cells[0]]
    assert data["voice"] == "third-person"
    assert data["dimensions"][0]["description"].startswith("Strategic integration of ML capabilities")
    # The hiring kit around the table is reported, indicators included.
    reported = {e["line"] for e in entries if e["kind"] == "not placed"}
    assert {3, 9, 35, 45, 71} <= reported
    assert_nothing_dropped(FIRSTWHO, data, entries)


# --- 004: JobFrame P3, every block printed twice ------------------------------


def test_jobframe_goal_templates(cli, tmp_path):
    data, _, entries = run_import(cli, tmp_path, str(JOBFRAME))
    assert shape(data) == (["P3"], ["responsibilities", "level-bars", "rubrics"], 9, 18)
    assert data["organisation"] == {"name": "JobFrame"}
    lines = JOBFRAME.read_text(encoding="utf-8").splitlines()
    responsibilities = [
        next(l for l in lines[i + 1 :] if l.strip()) for i, l in enumerate(lines) if l == "JFM responsibility (P3)"
    ]
    level = data["levels"][0]["competencies"]
    assert level["core-responsibilities"] == responsibilities and len(responsibilities) == 10
    bars = [l.strip()[2:] for l in lines if l.strip().startswith("• Meets the ")]
    assert [level[key][0] for key in ("scope", "autonomy", "complexity", "impact", "decision-rights", "leadership")] == bars
    assert "⟨target⟩" in level["scope"][0]  # placeholders kept, for check to see
    assert level["complexity-problem-solving"][0] == lines[21]
    # The second printings are reported as such.
    assert sum(1 for e in entries if "printed again" in e["rest"]) == 6 + 9 + 9
    assert_nothing_dropped(JOBFRAME, data, entries)


# --- every seed ----------------------------------------------------------------


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("0*.txt")) if SEEDS.is_dir() else [])
def test_every_seed_imports_the_same_bytes_twice(cli, tmp_path, seed):
    org = [] if seed.startswith("004") else ["--org", "Acme"]
    first = cli("import", str(SEEDS / seed), *org)
    second = cli("import", str(SEEDS / seed), *org)
    assert first.exit_code == 0, first.stderr
    assert first.output == second.output and first.stderr == second.stderr


def test_argument_order_does_not_change_the_output(cli):
    one = cli("import", str(IC1), str(IC3_ESCROWTAB), "--org", "EscrowTab")
    other = cli("import", str(IC3_ESCROWTAB), str(IC1), "--org", "EscrowTab")
    assert one.exit_code == 0
    assert one.output == other.output and one.stderr == other.stderr


def test_a_dimension_spelt_another_way_is_a_notice(cli, tmp_path):
    """'Technical Skills' on one page, 'Technical skills' on the next: one
    dimension, whose competencies hold both pages' statements; the other
    spelling is a notice to check, not text left out."""
    def page(level: str, dimension: str, statement: str) -> str:
        path = tmp_path / f"{level.lower()}.md"
        path.write_text(f"# {level} Software Engineer\n\n## {dimension}\n\n### Code\n\n- {statement}\n\n"
                        "## Collaboration\n\n### Communication\n\n- I share my progress with my team\n")
        return str(path)

    low = page("IC1", "Technical Skills", "I write code with guidance from my team")
    high = page("IC2", "Technical skills", "I write well-tested code independently")
    data, stderr, entries = run_import(cli, tmp_path, low, high, "--org", "Acme")
    assert [d["name"] for d in data["dimensions"]] == ["Technical Skills", "Collaboration"]
    assert [level["competencies"]["code"] for level in data["levels"]] == [
        ["I write code with guidance from my team"], ["I write well-tested code independently"]]
    assert [(e["line"], e["kind"], e["rest"]) for e in entries if "spelling" in e["rest"]] == [
        (3, "review", "another spelling of dimension 'Technical Skills': its competencies are under that one: "
                     "Technical skills")]
    assert "0 pieces of text not placed, 1 notice to review" in stderr


def test_text_and_markdown_pages_merge(cli, tmp_path):
    """ic1.txt + ic3.md: the Dropbox track from the plain-text IC1 page and the Paper IC3 page."""
    data, _, entries = run_import(cli, tmp_path, str(IC1), str(IC3_DROPBOX), "--org", "Dropbox")
    assert shape(data) == (["IC1", "IC3"], LEVEL_PAGE_DIMENSIONS, 20, 83)  # 'Agility / Innovation' once
    assert sorted(statements(data)) == sorted(text_bullets(IC1) + paper_items(IC3_DROPBOX))
    # The IC3 page has the most competencies: its spelling of shared headings wins,
    # the IC1 page's other spelling is reported.
    names = {c["id"]: c["name"] for d in data["dimensions"] for c in d["competencies"]}
    assert names["code-fluency"] == "**Code** **F****luency**"
    assert any(e["line"] == 62 and "another spelling of competency '**Code** **F****luency**': its statements are under that one: Code Fluency" in e["rest"] for e in entries)
    assert_nothing_dropped(IC1, data, entries)
    assert_nothing_dropped(IC3_DROPBOX, data, entries)


@pytest.mark.parametrize(
    ("seed", "organisation", "evidence"),
    [
        # The title line names it ('EscrowTab Engineering Career Framework').
        ("000_4c0794c486f9cb96.txt", "EscrowTab", None),
        # No title names it: the links to its own domain (paper.dropboxstatic.com), spelt as the text spells it.
        ("001_494985ef8dd1a9ea.txt", "Dropbox", "from the links to its own domain (dropbox, 5 links)"),
        ("002_66f0ab03a4e0a65d.txt", "Dropbox", None),
        # The hiring kit is signed 'Director of Product, FirstWho'.
        ("003_b9ed2e0171cc88ca.txt", "FirstWho", "from the sign-off 'Director of Product, FirstWho' on line 7"),
        ("004_79fb610a9ef897ae.txt", "JobFrame", None),
    ],
)
def test_every_seed_imports_without_org(cli, tmp_path, seed, organisation, evidence):
    source = SEEDS / seed
    data, report, _ = run_import(cli, tmp_path, str(source))
    assert data["organisation"] == {"name": organisation}
    assert organisation in source.read_text(encoding="utf-8")  # the document's own spelling
    if evidence is None:
        assert "the organisation is" not in report  # the document says it: nothing to confirm
    else:
        assert f"{source}:1: review: the organisation is '{organisation}', {evidence}; set it with --org NAME" in report
    assert "\u27e8organisation\u27e9" not in data["name"]
