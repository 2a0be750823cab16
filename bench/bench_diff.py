#!/usr/bin/env python3
"""Benchmark `ladderlint diff` on generated frameworks at 1x, 10x and 100x.

1x is a framework of 7 levels x 30 competencies x 5 statements (1,050
statements); 10x and 100x have 10 and 100 times as many competencies. Each
new revision carries known edits (rewordings, additions, removals, moves to
another level, renamed competencies, a version bump), about 2% of the
statements each; the script checks that the diff finds exactly those, then
times:

- ``cli``: the command end to end (``python -m ladderlint diff OLD NEW
  --format json``), as a hook or CI runs it, median of several runs, and
  its peak memory (the process's maximum resident set, from ``wait4``)
  against the size of the two files (the target: under 5x);
- ``git``: the same from two git revisions (``HEAD~1:f.yaml HEAD:f.yaml``);
- ``load`` / ``compare``: in-process, reading both files (YAML, schema,
  model) and comparing them, to show how each part grows with size (with
  the cyclic GC paused, as the command does);
- ``yaml``: parsing both files with PyYAML's C loader alone, for scale.

Usage: python bench/bench_diff.py [--scales 1,10,100] [--runs 5] [--seed 4] [--json]
       python bench/bench_diff.py --pairs bench/out/pairs   # generate.py's pairs, as bench/run.py uses
The generator is seeded: the same arguments give the same frameworks. With
``--pairs DIR`` the pairs are ``DIR/<scale>x/old.yaml`` and ``new.yaml`` from
``bench/generate.py pairs DIR`` (frameworks in the mix of forms real ones
use); their edits are not checked, as some of the generator's random
sentences are close enough to be read as moved.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml

LEVELS = 7
COMPETENCIES = 30
STATEMENTS = 5
EDIT_SHARE = 0.02

_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "de", "pa", "go", "fu", "be", "zi", "ho", "ye"]
_COMMON = ["I", "my", "the", "team", "and", "to", "with", "for", "of", "on", "our", "a", "in", "work"]


def _vocabulary(rng: random.Random, size: int = 2000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _sentence(rng: random.Random, vocabulary: list[str]) -> str:
    """A statement-like sentence: common words mixed with rarer ones."""
    count = rng.randint(9, 18)
    words = [rng.choice(_COMMON) if rng.random() < 0.35 else rng.choice(vocabulary) for _ in range(count)]
    return "I " + " ".join(words)


@dataclass
class Generated:
    old: dict[str, Any]
    new: dict[str, Any]
    #: The changes the diff must report, by kind.
    expected: Counter[str] = field(default_factory=Counter)


def generate(scale: int, seed: int) -> Generated:
    rng = random.Random(seed * 1000 + scale)
    vocabulary = _vocabulary(rng)
    competencies = [f"c{i:05d}" for i in range(COMPETENCIES * scale)]
    dimensions = [
        {
            "id": f"d{d:04d}",
            "name": f"Dimension {d}",
            "competencies": [{"id": c, "name": f"Competency {c}"} for c in competencies[d * 6 : d * 6 + 6]],
        }
        for d in range(len(competencies) // 6)
    ]
    levels = [
        {
            "id": f"IC{n + 1}",
            "title": f"Engineer {n + 1}",
            "summary": _sentence(rng, vocabulary),
            "competencies": {c: [_sentence(rng, vocabulary) for _ in range(STATEMENTS)] for c in competencies},
        }
        for n in range(LEVELS)
    ]
    old = {
        "ladderlint": 1,
        "id": "bench",
        "name": "Bench Engineering Career Framework",
        "track": "Engineer",
        "version": "1.0.0",
        "organisation": {"name": "Bench"},
        "dimensions": dimensions,
        "levels": levels,
    }
    new = json.loads(json.dumps(old))
    expected: Counter[str] = Counter()
    new["version"] = "2.0.0"
    expected["framework-changed"] += 1

    # Disjoint sets of statement places for each kind of edit.
    places = [(lv, c, i) for lv in range(LEVELS) for c in competencies for i in range(STATEMENTS)]
    rng.shuffle(places)
    per_kind = max(1, int(len(places) * EDIT_SHARE))
    reword, remove, move = (places[k * per_kind : (k + 1) * per_kind] for k in range(3))
    moved_cells = {(lv, c) for lv, c, _ in move}
    # Only one move per cell, into a level whose cell is not edited otherwise.
    move = [p for p in move if (p[0], p[1]) in moved_cells][: len(move)]

    def cell(level: int, competency: str) -> list[str]:
        return new["levels"][level]["competencies"][competency]

    for lv, c, i in reword:
        words = cell(lv, c)[i].split()
        position = rng.randrange(1, len(words))
        # One word for another (never the same one): an editorial rewording.
        words[position] = rng.choice([w for w in rng.sample(vocabulary, 2) if w != words[position]])
        cell(lv, c)[i] = " ".join(words)
        expected["statement-reworded"] += 1
    removed_texts = {(lv, c, i): cell(lv, c)[i] for lv, c, i in remove}
    moved_texts = {(lv, c, i): cell(lv, c)[i] for lv, c, i in move}
    for (lv, c, i), text in sorted({**removed_texts, **moved_texts}.items(), key=lambda kv: -kv[0][2]):
        cell(lv, c).pop(i)
    expected["statement-removed"] += len(removed_texts)
    for (lv, c, _i), text in sorted(moved_texts.items()):
        target = lv + 1 if lv + 1 < LEVELS else lv - 1
        cell(target, c).append(text)
    expected["statement-moved"] += len(moved_texts)
    # Additions go to cells no other edit touched: a statement added where
    # one was removed takes its place, and is read as a rewording.
    edited = {(lv, c) for lv, c, _i in remove + move} | {
        (lv + 1 if lv + 1 < LEVELS else lv - 1, c) for lv, c, _i in move
    }
    added = 0
    while added < per_kind:
        place = (rng.randrange(LEVELS), rng.choice(competencies))
        if place not in edited:
            cell(*place).append(_sentence(rng, vocabulary))
            added += 1
    expected["statement-added"] += per_kind

    # Rename one competency in thirty, declared with renamed_from.
    for dimension in new["dimensions"][::5]:
        competency = dimension["competencies"][0]
        old_id = competency["id"]
        competency["id"] = f"{old_id}-renamed"
        competency["renamed_from"] = [old_id]
        for level in new["levels"]:
            level["competencies"] = {
                (f"{old_id}-renamed" if key == old_id else key): value for key, value in level["competencies"].items()
            }
        expected["competency-renamed"] += 1
    return Generated(old, new, expected)


def write(document: dict[str, Any], path: Path) -> None:
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def median_time(action: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``action``, CPU time of child processes included.

    CPU time is steadier than wall-clock time on a busy machine; both are reported.
    """
    walls, cpus = [], []
    for _ in range(runs):
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = time.process_time()
        start = time.perf_counter()
        action()
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        child_cpu = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
        cpus.append(time.process_time() - cpu + child_cpu)
    return statistics.median(walls), statistics.median(cpus)


def peak_memory(*args: str, runs: int = 3) -> tuple[float, int]:
    """Median wall-clock seconds and the largest peak resident set (KB) of the CLI."""
    command = [sys.executable, "-m", "ladderlint", "diff", *args]
    env = {**os.environ, "NO_COLOR": "1"}
    walls, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _pid, _status, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss)
    return statistics.median(walls), max(peaks)


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ladderlint", "diff", *args]
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Bench", "-c", "user.email=bench@example.com", *args],
        cwd=repo, check=True, capture_output=True,
    )


def bench_scale(scale: int, runs: int, seed: int, workdir: Path) -> dict[str, Any]:
    from ladderlint.diff.engine import compare
    from ladderlint.diff.inputs import Loader, Source
    from ladderlint.diff.wording import words

    generated = generate(scale, seed)
    old_path, new_path = workdir / f"old-{scale}x.yaml", workdir / f"new-{scale}x.yaml"
    write(generated.old, old_path)
    write(generated.new, new_path)

    # The diff must find exactly the edits that were made.
    result = run_cli(str(old_path), str(new_path), "--format", "json")
    if result.returncode != 0:
        raise SystemExit(f"diff failed at {scale}x: {result.stderr}")
    found = Counter(c["kind"] for c in json.loads(result.stdout)["frameworks"][0]["changes"])
    if found != generated.expected:
        raise SystemExit(f"at {scale}x the diff found {dict(found)}, expected {dict(generated.expected)}")

    cli_runs = runs if scale < 100 else max(1, runs // 2)
    cli = median_time(lambda: run_cli(str(old_path), str(new_path), "--format", "json"), cli_runs)
    _wall, peak_kb = peak_memory(str(old_path), str(new_path), "--format", "json", runs=min(3, cli_runs))

    repo = workdir / f"repo-{scale}x"
    repo.mkdir()
    _git(repo, "init", "-q")
    shutil.copy(old_path, repo / "framework.yaml")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "old")
    shutil.copy(new_path, repo / "framework.yaml")
    _git(repo, "commit", "-qam", "new")
    git = median_time(
        lambda: run_cli("HEAD~1:framework.yaml", "HEAD:framework.yaml", "--format", "json", cwd=repo), cli_runs
    )

    sources = [Source(str(p), str(p), p.read_bytes()) for p in (old_path, new_path)]
    loaded: list[Any] = []

    def load() -> None:
        loader = Loader()
        loaded[:] = [loader.load(source) for source in sources]

    # As in `ladderlint diff`, which pauses the cyclic GC during a run.
    gc.disable()
    load_time = median_time(load, cli_runs)

    def cold_compare() -> None:
        words.cache_clear()  # as in a fresh process: no text seen before
        compare(loaded[0].framework, loaded[1].framework)

    compare_time = median_time(cold_compare, cli_runs)
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    yaml_time = median_time(lambda: [yaml.load(s.data, Loader=loader_class) for s in sources], cli_runs)
    gc.enable()
    statements = LEVELS * COMPETENCIES * scale * STATEMENTS
    size = old_path.stat().st_size + new_path.stat().st_size
    row: dict[str, Any] = {
        "scale": scale,
        "statements": statements,
        "bytes": size,
        "changes": sum(found.values()),
        "peak_mb": round(peak_kb / 1024, 1),
        "peak_per_size": round(peak_kb * 1024 / size, 2),
    }
    for name, (wall, cpu) in (("cli", cli), ("git", git), ("load", load_time), ("compare", compare_time), ("yaml", yaml_time)):
        row[f"{name}_s"] = round(wall, 4)
        row[f"{name}_cpu_s"] = round(cpu, 4)
    return row


def bench_pairs(folder: Path, scales: list[int], runs: int) -> list[dict[str, Any]]:
    """The CLI on generate.py's revision pairs: time, CPU and peak memory per scale."""
    rows = []
    for scale in scales:
        old_path, new_path = folder / f"{scale}x" / "old.yaml", folder / f"{scale}x" / "new.yaml"
        if not old_path.exists():
            raise SystemExit(f"{old_path} not found: run `python bench/generate.py pairs {folder}` first")
        result = run_cli(str(old_path), str(new_path), "--format", "json")
        if result.returncode not in (0, 1):
            raise SystemExit(f"diff failed at {scale}x: {result.stderr}")
        changes = len(json.loads(result.stdout)["frameworks"][0]["changes"])
        cli_runs = runs if scale < 100 else max(1, runs // 2)
        wall, cpu = median_time(lambda: run_cli(str(old_path), str(new_path), "--format", "json"), cli_runs)
        text_wall, text_cpu = median_time(lambda: run_cli(str(old_path), str(new_path)), cli_runs)
        _w, peak_kb = peak_memory(str(old_path), str(new_path), "--format", "json", runs=min(3, cli_runs))
        _w, text_peak_kb = peak_memory(str(old_path), str(new_path), runs=min(3, cli_runs))
        size = old_path.stat().st_size + new_path.stat().st_size
        rows.append({
            "scale": scale, "bytes": size, "changes": changes,
            "json_s": round(wall, 3), "json_cpu_s": round(cpu, 3),
            "text_s": round(text_wall, 3), "text_cpu_s": round(text_cpu, 3),
            "json_peak_mb": round(peak_kb / 1024, 1), "text_peak_mb": round(text_peak_kb / 1024, 1),
            "peak_per_size": round(max(peak_kb, text_peak_kb) * 1024 / size, 2),
        })
    return rows


def print_pairs(rows: list[dict[str, Any]]) -> None:
    print("`ladderlint diff OLD NEW` on generate.py's pairs: median wall / CPU seconds; peak memory (MiB)")
    print(f"{'scale':>6} {'MB':>6} {'changes':>7} {'json s':>13} {'text s':>13} {'json MiB':>9} "
          f"{'text MiB':>9} {'peak/size':>9}")
    for row in rows:
        print(
            f"{row['scale']:>5}x {row['bytes'] / 1e6:>6.2f} {row['changes']:>7} "
            f"{row['json_s']:>6.3f}/{row['json_cpu_s']:<6.3f} {row['text_s']:>6.3f}/{row['text_cpu_s']:<6.3f} "
            f"{row['json_peak_mb']:>9.1f} {row['text_peak_mb']:>9.1f} {row['peak_per_size']:>8.2f}x"
        )
    print_growth(rows, ("json", "text"))


def print_growth(rows: list[dict[str, Any]], names: tuple[str, ...]) -> None:
    """How CPU time grows with size, against the first scale."""
    base = rows[0]
    for row in rows[1:]:
        factor = row["scale"] / base["scale"]
        growth = ", ".join(f"{name} x{row[name + '_cpu_s'] / base[name + '_cpu_s']:.1f}" for name in names)
        print(f"{row['scale']}x / {base['scale']}x: size x{factor:g}; CPU time: {growth}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1,10,100", help="comma-separated multiples of 7x30x5")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (the median is kept)")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--pairs", type=Path, help="measure generate.py's pairs in this folder instead")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",") if s]
    if args.pairs is not None:
        pair_rows = bench_pairs(args.pairs, scales, args.runs)
        if args.json:
            print(json.dumps(pair_rows, indent=2))
        else:
            print_pairs(pair_rows)
        return
    with tempfile.TemporaryDirectory(prefix="ladderlint-bench-") as tmp:
        rows = [bench_scale(scale, args.runs, args.seed, Path(tmp)) for scale in scales]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    names = ("cli", "git", "load", "compare", "yaml")
    print("seconds, median of runs: wall-clock / CPU (user+sys, child processes included); peak memory of cli")
    print(f"{'scale':>6} {'statements':>10} {'MB':>6} {'changes':>7} " + " ".join(f"{n:>13}" for n in names)
          + f" {'peak MiB':>8} {'peak/size':>9}")
    for row in rows:
        print(
            f"{row['scale']:>5}x {row['statements']:>10,} {row['bytes'] / 1e6:>6.2f} {row['changes']:>7} "
            + " ".join(f"{row[n + '_s']:>6.3f}/{row[n + '_cpu_s']:<6.3f}" for n in names)
            + f" {row['peak_mb']:>8.1f} {row['peak_per_size']:>8.2f}x"
        )
    print_growth(rows, ("compare", "load", "cli"))

if __name__ == "__main__":
    main()
