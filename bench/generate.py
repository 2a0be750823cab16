"""Generate realistic ladderlint frameworks for benchmarks and tests.

Everything is derived from a seed, so a corpus is the same bytes on every
machine. Two kinds of output:

- a corpus: N frameworks of 7 levels x 30 competencies x 3 statements, in
  the mix of short and long forms that real frameworks use (about 95 KB a
  file, 19 MB for 200 files);
- revision pairs for ``ladderlint diff``: an old and a new revision of a
  7-level x (30 x scale)-competency x 5-statement framework with known
  edits, listed in ``edits.json`` (kind, level, competency, old, new, using
  the change kinds of ``ladderlint diff --format json``).

    python bench/generate.py corpus OUT_DIR [--files 200] [--seed 1]
    python bench/generate.py pairs OUT_DIR [--scales 1,10,100] [--seed 1]

The YAML is written by a small emitter of our own rather than yaml.dump:
it indents lists under their keys and keeps long lines, as people write
frameworks, and it is fast enough to write 19 MB in a few seconds.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

LEVEL_IDS = ("IC1", "IC2", "IC3", "IC4", "IC5", "IC6", "IC7")
LEVEL_TITLES = (
    "Associate Engineer",
    "Engineer",
    "Senior Engineer",
    "Staff Engineer",
    "Senior Staff Engineer",
    "Principal Engineer",
    "Distinguished Engineer",
)
PROFICIENCY_SCALE = ("awareness", "working", "practitioner", "expert", "authority")

DIMENSIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Results", ("Impact", "Ownership", "Decision Making", "Delivery", "Quality", "Execution")),
    ("Direction", ("Agility", "Innovation", "Strategy", "Product Sense", "Technical Vision", "Prioritisation")),
    ("Talent", ("Personal Growth", "Hiring", "Mentoring", "Talent Development", "Feedback", "Coaching")),
    ("Culture", ("Collaboration", "Organizational Health", "Communication", "Inclusion", "Influence",
                 "Conflict Resolution")),
    ("Craft", ("ML Fluency", "ML Design", "Code Fluency", "Software Design", "Operational Excellence",
               "Testing")),
)

ORGANISATIONS = ("Acme", "EscrowTab", "Northwind", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay")
TRACKS = ("Backend Engineer", "Frontend Engineer", "Machine Learning Engineer", "Data Engineer",
          "Site Reliability Engineer", "Mobile Engineer", "Security Engineer", "Engineering Manager")

# Sentence parts, in the register of real frameworks ("I ... so that ...").
VERBS = (
    "deliver", "own", "drive", "lead", "design", "review", "improve", "prioritise", "document", "share",
    "identify", "unblock", "mentor", "coach", "measure", "simplify", "automate", "plan", "communicate",
    "escalate", "balance", "advocate for", "take responsibility for", "contribute to", "follow through on",
)
# Objects and qualifiers by seniority, lowest first: lower levels work on
# tasks with guidance, higher ones across teams and the organisation, so that
# each competency grows from level to level as in a real ladder.
OBJECTS = (
    "production-ready code", "technical proposals and their reviews", "on-call rotations and incident reviews",
    "the quality bar of our codebase", "feedback from my manager and peers", "interviews and hiring decisions",
    "trade-offs between speed and quality", "the needs of our customers", "experiments and their results",
    "the root cause of failures", "the onboarding of new engineers", "our engineering practices",
    "metrics that show whether we are moving the needle", "the reliability of what we run in production",
    "data pipelines and model training jobs", "the long-term health of the platform",
    "the documentation others rely on", "the tools our engineers use every day",
)
SCOPED_OBJECTS = (
    ("well-scoped tasks", "the tasks I pick up"),
    ("projects in service of quarterly goals", "my team's goals"),
    ("the technical roadmap for my area", "dependencies on other teams"),
    ("cross-team initiatives", "decisions that affect several teams"),
    ("the engineering strategy of the organisation", "standards the whole organisation adopts"),
)
QUALIFIERS = (
    ("with guidance from my manager", "on time and to a high standard", "and reflect on what I can do better",
     "and ask for help early"),
    ("with little or no guidance", "in a way that others can build on", "while keeping the customer in mind",
     "before they become urgent"),
    ("across my team and its partners", "by balancing details with the big picture",
     "so that my team can move faster", "and make the reasoning visible to others"),
    ("across several teams in my organisation", "in the short and the long term", "even when the path is unclear"),
    ("for the whole engineering organisation", "and set the direction others follow"),
)
TIERS = len(QUALIFIERS)
SITUATIONS = (
    "When I get stuck", "When priorities change", "When a project is at risk",
    "When I encounter barriers", "When I disagree with a decision", "When requirements are unclear",
    "When something breaks in production", "When a new engineer joins the team",
)
REWORDS = (
    ("deliver", "ship"), ("improve", "strengthen"), ("share", "publish"), ("identify", "spot"),
    ("own", "am accountable for"), ("plan", "schedule"), ("simplify", "streamline"),
    ("review", "assess"), ("lead", "steer"), ("measure", "track"),
)


_DOUBLED_WORD = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)


def sentence(rng: random.Random, tier: int | None = None) -> str:
    """One statement, 60 to 260 characters, like the seeds' behaviours, in
    the words of a seniority tier (0 lowest; None: any)."""
    while True:
        text = _sentence(rng, rng.randrange(TIERS) if tier is None else tier)
        if not _DOUBLED_WORD.search(text):  # "I design design documents" is a typo, not a statement
            return text


def _sentence(rng: random.Random, tier: int) -> str:
    def thing() -> str:
        return rng.choice(SCOPED_OBJECTS[tier]) if rng.random() < 0.3 else rng.choice(OBJECTS)

    first = f"I {rng.choice(VERBS)} {thing()} {rng.choice(QUALIFIERS[tier])}"
    shape = rng.random()
    if shape < 0.45:
        text = first
    elif shape < 0.65:
        text = f"{first}, and I {rng.choice(VERBS)} {thing()}"
    elif shape < 0.75:
        text = f"{rng.choice(SITUATIONS)}, {first}"
    elif shape < 0.9:
        text = f"{first}. I {rng.choice(VERBS)} {thing()} {rng.choice(QUALIFIERS[tier])}"
    else:  # the punctuation that makes YAML quote a value
        text = f"{first}: {thing()} (for example planning, on-call, bug triage) #{rng.randint(1, 9)}"
    if rng.random() < 0.1:
        text = text.replace("'", "\u2019")  # exports often carry typographic apostrophes
    return text + ("." if rng.random() < 0.6 else "")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def framework(
    rng: random.Random,
    index: int = 0,
    *,
    competencies: int = 30,
    levels: int = 7,
    statements: int = 3,
) -> dict[str, Any]:
    """One framework as plain data, valid against the schema."""
    organisation = ORGANISATIONS[index % len(ORGANISATIONS)]
    track = TRACKS[(index // len(ORGANISATIONS)) % len(TRACKS)]
    dimensions: list[dict[str, Any]] = []
    all_competencies: list[str] = []
    for n in range(competencies):
        dimension_name, names = DIMENSIONS[n % len(DIMENSIONS)]
        round_, position = divmod(n // len(DIMENSIONS), len(names))
        name = names[position] + (f" {round_ + 1}" if round_ else "")
        if n < len(DIMENSIONS):
            dimensions.append({
                "id": slug(dimension_name),
                "name": dimension_name,
                "description": f"How we expect engineers to show {dimension_name.lower()}.",
                "competencies": [],
            })
        entry: dict[str, Any] = {"id": slug(name), "name": name}
        if rng.random() < 0.5:
            entry["description"] = sentence(rng).replace("I ", "Engineers ", 1)
        dimensions[n % len(DIMENSIONS)]["competencies"].append(entry)
        all_competencies.append(entry["id"])

    used: set[str] = set()

    def fresh(tier: int) -> str:
        """A statement not yet used in this framework: repeats are findings."""
        for _ in range(50):
            text = sentence(rng, tier)
            key = re.sub(r"\W+", " ", text.replace("\u2019", "'")).strip().lower()
            if key not in used:
                break
        used.add(key)
        return text

    level_list = []
    for lv in range(levels):
        tier = min(lv * TIERS // levels, TIERS - 1)
        level_id = LEVEL_IDS[lv] if lv < len(LEVEL_IDS) else f"IC{lv + 1}"
        proficiency = PROFICIENCY_SCALE[min(lv * len(PROFICIENCY_SCALE) // levels, len(PROFICIENCY_SCALE) - 1)]
        cells: dict[str, Any] = {}
        for competency in all_competencies:
            texts = [fresh(tier) for _ in range(statements)]
            if rng.random() < 0.75:
                cells[competency] = texts
                continue
            items: list[Any] = []
            for k, text in enumerate(texts):
                if rng.random() < 0.5:
                    item: dict[str, Any] = {"id": f"{competency}-{level_id.lower()}-{k + 1}", "text": text}
                    if rng.random() < 0.3:
                        item["examples"] = [fresh(tier) for _ in range(rng.randint(1, 2))]
                    items.append(item)
                else:
                    items.append(text)
            cell: dict[str, Any] = {"proficiency": proficiency, "statements": items}
            if rng.random() < 0.2:
                cell["note"] = "Applies to product and platform teams alike."
            cells[competency] = cell
        level_list.append({
            "id": level_id,
            "title": f"{level_id} {LEVEL_TITLES[lv % len(LEVEL_TITLES)]}",
            "summary": fresh(tier),
            "dimensions": {dimensions[-1]["id"]: fresh(tier)},
            "competencies": cells,
        })

    return {
        "ladderlint": 1,
        "id": f"{slug(organisation)}-{slug(track)}-{index}",
        "name": f"{organisation} Engineering Career Framework",
        "track": track,
        "version": f"{1 + index % 3}.{index % 7}.0",
        "description": f"How we grow {track}s at {organisation}.",
        "organisation": {"name": organisation, "domains": [f"{slug(organisation)}.example"]},
        "cumulative": True,
        "voice": "first-person",
        "owners": ["VP Engineering", "People Team"],
        "licence": "CC-BY-4.0",
        "effective": "2026-01-31",
        "proficiency_scale": list(PROFICIENCY_SCALE),
        "glossary": {"ML development lifecycle": sentence(rng)},
        "dimensions": dimensions,
        "levels": level_list,
    }


# --- emitting YAML -----------------------------------------------------------

# Text that YAML reads back unchanged as a plain (unquoted) string.
_PLAIN = re.compile(r"^[A-Za-z][^:#\n\"'{}\[\],&*!|>%@`]*$")
_SPECIAL_WORDS = frozenset({"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"})


def scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _SPECIAL_WORDS and not text.endswith(" "):
        return text
    if "'" not in text:
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def emit(data: Any, indent: int = 0) -> list[str]:
    """Block-style YAML lines for a mapping, lists indented under their key."""
    pad = " " * indent
    lines: list[str] = []
    for key, value in data.items():
        head = f"{pad}{scalar(key)}:"
        if isinstance(value, dict):
            lines.append(head)
            lines.extend(emit(value, indent + 2))
        elif isinstance(value, list) and value:
            lines.append(head)
            lines.extend(_emit_list(value, indent + 2))
        else:
            lines.append(f"{head} {scalar(value) if value != [] else '[]'}")
    return lines


def _emit_list(items: list[Any], indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for item in items:
        if isinstance(item, dict):
            inner = emit(item, indent + 2)
            lines.append(f"{pad}- {inner[0].lstrip()}")
            lines.extend(inner[1:])
        else:
            lines.append(f"{pad}- {scalar(item)}")
    return lines


def to_yaml(data: dict[str, Any], comment: str = "") -> str:
    header = ["# yaml-language-server: $schema=../schemas/framework.schema.json"]
    if comment:
        header.append(f"# {comment}")
    return "\n".join(header + emit(data)) + "\n"


# --- corpus -------------------------------------------------------------------


def write_corpus(out: Path, files: int = 200, seed: int = 1, **shape: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(files):
        rng = random.Random(f"{seed}:{index}")
        data = framework(rng, index, **shape)
        path = out / f"{data['id']}.yaml"
        path.write_text(to_yaml(data, f"generated framework {index} (seed {seed})"), encoding="utf-8")
        paths.append(path)
    return paths


# --- revision pairs -------------------------------------------------------------


def _cell_statements(cell: Any) -> list[Any]:
    return cell if isinstance(cell, list) else cell.setdefault("statements", [])


def _text(item: Any) -> str:
    return item if isinstance(item, str) else item["text"]


def revise(data: dict[str, Any], rng: random.Random, scale: int = 1) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A new revision of ``data`` with known edits, and the list of those edits.

    Per unit of scale: two rewordings, one added and one removed statement,
    one statement moved up a level, one proficiency raised; once per pair: a
    renamed competency (with renamed_from), a changed level summary and a
    version bump.
    """
    new = copy.deepcopy(data)
    edits: list[dict[str, Any]] = []
    levels = new["levels"]
    touched: set[tuple[int, str]] = set()

    def pick_cell(lowest: int = 0, highest: int | None = None) -> tuple[int, str]:
        top = len(levels) - 1 if highest is None else highest
        while True:
            lv = rng.randint(lowest, top)
            competency = rng.choice(sorted(levels[lv]["competencies"]))
            if (lv, competency) not in touched:
                touched.add((lv, competency))
                return lv, competency

    def record(kind: str, lv: int | None, competency: str | None, old: Any, new_value: Any) -> None:
        edits.append({
            "kind": kind,
            "level": levels[lv]["id"] if lv is not None else None,
            "competency": competency,
            "old": old,
            "new": new_value,
        })

    for _ in range(scale):
        for _ in range(2):
            lv, competency = pick_cell()
            items = _cell_statements(levels[lv]["competencies"][competency])
            k = rng.randrange(len(items))
            old_text = _text(items[k])
            words = [pair for pair in REWORDS if re.search(rf"\b{pair[0]}\b", old_text)]
            old_word, new_word = words[0] if words else ("I ", "I really ")
            new_text = re.sub(rf"\b{old_word}\b" if words else "I ", new_word, old_text, count=1)
            if isinstance(items[k], str):
                items[k] = new_text
            else:
                items[k]["text"] = new_text
            record("statement-reworded", lv, competency, old_text, new_text)

        lv, competency = pick_cell()
        added = sentence(rng)
        _cell_statements(levels[lv]["competencies"][competency]).append(added)
        record("statement-added", lv, competency, None, added)

        lv, competency = pick_cell()
        items = _cell_statements(levels[lv]["competencies"][competency])
        removed = items.pop(rng.randrange(len(items)))
        record("statement-removed", lv, competency, _text(removed), None)

        lv, competency = pick_cell(highest=len(levels) - 2)
        items = _cell_statements(levels[lv]["competencies"][competency])
        moved = items.pop(rng.randrange(len(items)))
        touched.add((lv + 1, competency))
        _cell_statements(levels[lv + 1]["competencies"][competency]).append(moved)
        edits.append({
            "kind": "statement-moved", "level": levels[lv + 1]["id"], "competency": competency,
            "old": {"level": levels[lv]["id"], "text": _text(moved)},
            "new": {"level": levels[lv + 1]["id"], "text": _text(moved)},
        })

        for _attempt in range(100):
            lv, competency = pick_cell()
            cell = levels[lv]["competencies"][competency]
            if isinstance(cell, dict) and cell.get("proficiency") not in (None, PROFICIENCY_SCALE[-1]):
                old_value = cell["proficiency"]
                cell["proficiency"] = PROFICIENCY_SCALE[PROFICIENCY_SCALE.index(old_value) + 1]
                record("proficiency-changed", lv, competency, old_value, cell["proficiency"])
                break

    dimension = new["dimensions"][0]
    competency = dimension["competencies"][0]
    old_id, new_id = competency["id"], competency["id"] + "-and-outcomes"
    competency.update(id=new_id, name=competency["name"] + " and Outcomes", renamed_from=[old_id])
    for level in levels:  # keep the cells' order, under the new key
        level["competencies"] = {(new_id if k == old_id else k): v for k, v in level["competencies"].items()}
    record("competency-renamed", None, new_id, old_id, new_id)

    old_summary = levels[0]["summary"]
    levels[0]["summary"] = old_summary.rstrip(".") + ", and I ask for help early."
    record("summary-changed", 0, None, old_summary, levels[0]["summary"])

    major, minor, patch = (int(part) for part in new["version"].split("."))
    new["version"] = f"{major + 1}.0.0"
    record("framework-changed", None, None, data["version"], new["version"])
    return new, edits


def write_pairs(out: Path, scales: tuple[int, ...] = (1, 10, 100), seed: int = 1) -> list[Path]:
    """For each scale, OUT/<scale>x/{old.yaml,new.yaml,edits.json}."""
    made = []
    for scale in scales:
        rng = random.Random(f"{seed}:pair:{scale}")
        old = framework(rng, scale, competencies=30 * scale, statements=5)
        new, edits = revise(old, rng, scale)
        folder = out / f"{scale}x"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "old.yaml").write_text(to_yaml(old, f"revision pair {scale}x: old"), encoding="utf-8")
        (folder / "new.yaml").write_text(to_yaml(new, f"revision pair {scale}x: new"), encoding="utf-8")
        (folder / "edits.json").write_text(json.dumps(edits, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        made.append(folder)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    corpus = sub.add_parser("corpus", help="N frameworks of 7 levels x 30 competencies x 3 statements")
    corpus.add_argument("out", type=Path)
    corpus.add_argument("--files", type=int, default=200)
    corpus.add_argument("--seed", type=int, default=1)
    pairs = sub.add_parser("pairs", help="old/new revisions with known edits, at several sizes")
    pairs.add_argument("out", type=Path)
    pairs.add_argument("--scales", default="1,10,100")
    pairs.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.what == "corpus":
        paths = write_corpus(args.out, args.files, args.seed)
        total = sum(p.stat().st_size for p in paths)
        print(f"{len(paths)} files, {total / 1e6:.1f} MB in {args.out}")
    else:
        folders = write_pairs(args.out, tuple(int(s) for s in args.scales.split(",")), args.seed)
        for folder in folders:
            size = (folder / "old.yaml").stat().st_size
            count = len(json.loads((folder / "edits.json").read_text()))
            print(f"{folder}: {size / 1e6:.2f} MB, {count} edits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
