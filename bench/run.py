"""Benchmark ladderlint against its peers, in one run, side by side.

    python bench/run.py [--quick] [--repeat N] [--update BENCHMARKS.md]

Generates a seeded corpus (bench/generate.py) into bench/out/, then times
each command in its own child process: every round runs every command once
(so a busy moment of a shared machine hits all of them alike), after one
warm-up round. It reports the median and the fastest of the timed runs,
and each command's peak memory (the child's maximum resident set size, from
wait4). Prints a markdown table with the ratios the targets are stated in;
``--update FILE`` also rewrites the part of FILE between the
``<!-- bench:start -->`` and ``<!-- bench:end -->`` markers.

To benchmark a new command, add a row in ``rows()``: a label, a group, the
argument list, and a probe that says whether the command exists.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
SCHEMA = ROOT / "schemas" / "framework.schema.json"

sys.path.insert(0, str(HERE))
import generate  # noqa: E402  (a sibling script, not a package)

# The parse-only floor: PyYAML's C loader reading every file, nothing else.
FLOOR = (
    "import sys, yaml\n"
    "for name in sys.argv[1:]:\n"
    "    with open(name, 'rb') as handle:\n"
    "        yaml.load(handle.read(), Loader=yaml.CSafeLoader)\n"
)
# yamllint's "relaxed" preset without the line-length rule: statements are
# long lines by nature, and the point is the cost of reading, not style.
YAMLLINT_CONFIG = "{extends: relaxed, rules: {line-length: disable}}"

TARGETS = {
    "cpu": 3.0,  # CPU time of `ladderlint check --jobs 1` / CPU time of the parse floor, at most
    "memory": 3.0,  # peak memory of `ladderlint check --jobs 1` / corpus size on disk, at most
    "single": 0.45,  # single-file ladderlint / check-jsonschema, wall time, at most
    "peer": 10.0,  # check-jsonschema / ladderlint check, wall time, at least
    "diff_1x": 0.3,  # seconds for ladderlint diff at 1x, under
    "diff_memory": 5.0,  # peak memory of ladderlint diff / size of the two files, under, at the largest size
}


@dataclass
class Row:
    key: str
    label: str
    group: str  # "corpus", "single" or "diff"
    argv: list[str]
    files: int
    #: Exit codes that mean the command did its job (a clean corpus).
    ok_codes: tuple[int, ...] = (0,)
    #: Why the row is not measured, if it is not.
    skipped: str | None = None
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peak_kb: list[int] = field(default_factory=list)
    bad_exit: str | None = None

    @property
    def median(self) -> float | None:
        return statistics.median(self.seconds) if self.seconds else None

    @property
    def median_cpu(self) -> float | None:
        return statistics.median(self.cpu) if self.cpu else None

    @property
    def fastest(self) -> float | None:
        return min(self.seconds) if self.seconds else None

    @property
    def peak_mb(self) -> float | None:
        return max(self.peak_kb) / 1024 if self.peak_kb else None


def tool(name: str) -> str | None:
    """An executable from this interpreter's environment, else from PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


def command_available(argv: list[str]) -> bool:
    try:
        return subprocess.run(argv, capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


# Each command is started by this small launcher rather than by the
# benchmark itself: on Linux a child's peak memory (ru_maxrss) includes the
# pages it shared with its parent before exec, so a big parent would show
# as every command's peak. The launcher is a bare interpreter (a few MB,
# below any measured command) and times the command itself.
LAUNCHER = (
    "import os, sys, time\n"
    "out = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)\n"
    "actions = [(os.POSIX_SPAWN_DUP2, out, 1), (os.POSIX_SPAWN_DUP2, out, 2)]\n"
    "started = time.perf_counter()\n"
    # Installed packages run from bytecode compiled at install time; under
    # PYTHONDONTWRITEBYTECODE an editable install would recompile every
    # module on every run, a cost no user pays (the warm-up run caches it).
    "env = {k: v for k, v in os.environ.items() if k != 'PYTHONDONTWRITEBYTECODE'}\n"
    "pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], env, file_actions=actions)\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "elapsed = time.perf_counter() - started\n"
    "print(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status))\n"
)


@dataclass
class Sample:
    seconds: float
    cpu: float
    peak_kb: int
    code: int
    tail: str


def run_once(argv: list[str]) -> Sample:
    """Wall time, CPU time, peak RSS, exit code and output tail of one run."""
    with tempfile.TemporaryDirectory() as folder:
        output = os.path.join(folder, "output")
        proc = subprocess.run(
            [sys.executable, "-S", "-c", LAUNCHER, output, *argv],
            capture_output=True, text=True, stdin=subprocess.DEVNULL, check=True,
        )
        seconds, cpu, peak, code = proc.stdout.split()
        with open(output, "rb") as handle:
            handle.seek(max(0, os.fstat(handle.fileno()).st_size - 400))
            tail = handle.read().decode("utf-8", "replace").strip()
    return Sample(float(seconds), float(cpu), int(peak), int(code), tail)


def rows(corpus: list[Path], pairs: list[Path]) -> list[Row]:
    """Every measurement, in table order."""
    python = sys.executable
    ladderlint = tool("ladderlint")
    cjs = tool("check-jsonschema")
    yamllint = tool("yamllint")
    files = [str(p) for p in corpus]
    single = files[:1]
    missing_extra = "not installed: pip install -e '.[bench]'"

    def need(exe: str | None) -> str | None:
        return None if exe else missing_extra

    out = [
        Row("floor", "parse-only floor (PyYAML CSafeLoader)", "corpus", [python, "-c", FLOOR, *files], len(files)),
        Row("ours", "`ladderlint check`", "corpus", [ladderlint or "ladderlint", "check", str(corpus[0].parent)],
            len(files), skipped=need(ladderlint)),
        # One process: what the run costs without the parallel workers, and
        # its whole memory (a parallel run's peak is the largest process's).
        Row("ours_serial", "`ladderlint check --jobs 1`", "corpus",
            [ladderlint or "ladderlint", "check", "--jobs", "1", str(corpus[0].parent)],
            len(files), skipped=need(ladderlint)),
        Row("cjs", "`check-jsonschema --schemafile`", "corpus",
            [cjs or "check-jsonschema", "--schemafile", str(SCHEMA), *files], len(files), skipped=need(cjs)),
        Row("yamllint", "`yamllint` (relaxed, no line-length)", "corpus",
            [yamllint or "yamllint", "-d", YAMLLINT_CONFIG, *files], len(files), skipped=need(yamllint)),
        Row("single_floor", "parse-only floor, one file", "single", [python, "-c", FLOOR, *single], 1),
        Row("single_ours", "`ladderlint check FILE`", "single", [ladderlint or "ladderlint", "check", *single], 1,
            skipped=need(ladderlint)),
        Row("single_cjs", "`check-jsonschema --schemafile` FILE", "single",
            [cjs or "check-jsonschema", "--schemafile", str(SCHEMA), *single], 1, skipped=need(cjs)),
    ]
    has_diff = ladderlint is not None and command_available([ladderlint, "diff", "--help"])
    for folder in pairs:
        out.append(Row(
            f"diff_{folder.name}", f"`ladderlint diff` old new, {folder.name}", "diff",
            [ladderlint or "ladderlint", "diff", str(folder / "old.yaml"), str(folder / "new.yaml")], 2,
            ok_codes=(0, 1),  # 1: changes found at or above --fail-on
            skipped=None if has_diff else "`ladderlint diff` is not available in this version",
        ))
    return out


def measure(table: list[Row], repeat: int, slow_after: float, log) -> None:
    live = [row for row in table if row.skipped is None]
    log(f"warm-up: {len(live)} commands")
    slow: set[str] = set()
    for row in live:
        sample = run_once(row.argv)
        if sample.code not in row.ok_codes:
            row.bad_exit = f"exit {sample.code}: {sample.tail[-200:]}"
        if sample.seconds > slow_after:
            slow.add(row.key)
    for round_ in range(repeat):
        log(f"round {round_ + 1}/{repeat}")
        for row in live:
            if row.key in slow and round_ >= 3:
                continue  # three runs of a command that takes many seconds are enough
            sample = run_once(row.argv)
            row.seconds.append(sample.seconds)
            row.cpu.append(sample.cpu)
            row.peak_kb.append(sample.peak_kb)
            if sample.code not in row.ok_codes:
                row.bad_exit = f"exit {sample.code}: {sample.tail[-200:]}"


def machine() -> dict[str, str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import yaml

    from ladderlint import __version__

    return {
        "cpu": model,
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "pyyaml": f"{yaml.__version__} (libyaml: {'yes' if yaml.__with_libyaml__ else 'no'})",
        "ladderlint": __version__,
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def ratios(
    table: list[Row], corpus_bytes: int, pair_bytes: dict[str, int], quick: bool = False
) -> list[tuple[str, str, str, str, str]]:
    """(what, value on wall time, value on CPU time, target, met) for each target.

    Each target is judged on the measure it is stated in (CPU time for the
    corpus in one process, wall time for one file); the other is shown
    beside it. A quick run is not comparable with the targets: it says so.
    """
    by = {row.key: row for row in table}
    out: list[tuple[str, str, str, str, str]] = []

    def pair(a: str, b: str) -> tuple[float | None, float | None]:
        if a not in by or b not in by:
            return None, None
        ra, rb = by[a], by[b]
        wall = ra.median / rb.median if ra.median and rb.median else None
        cpu = ra.median_cpu / rb.median_cpu if ra.median_cpu and rb.median_cpu else None
        return wall, cpu

    def add(
        what: str, values: tuple[float | None, float | None], target: str, ok, fmt: str = "{:.2f}x", on: int = 0
    ) -> None:
        shown = [fmt.format(v) if v is not None else "n/a" for v in values]
        judged = values[on]
        if target == "(shown)":
            met = ""  # no target: shown for the reader
        elif quick:
            met = "not comparable (a --quick run)"
        else:
            met = "n/a" if judged is None else ("met" if ok(judged) else "**missed**")
        out.append((what, shown[0], shown[1], target, met))

    def memory(key: str, size: int) -> tuple[float | None, None]:
        # In one process, so that the peak is the run's whole memory.
        peak = by[key].peak_mb if key in by and by[key].peak_kb else None
        return (peak * 1024 * 1024 / size if peak else None), None

    add("corpus: `ladderlint check --jobs 1` / parse floor", pair("ours_serial", "floor"),
        f"<= {TARGETS['cpu']}x (CPU time)", lambda r: r <= TARGETS["cpu"], on=1)
    add("corpus: peak memory of `ladderlint check --jobs 1` / corpus size", memory("ours_serial", corpus_bytes),
        f"<= {TARGETS['memory']}x", lambda r: r <= TARGETS["memory"])
    add("one file: `ladderlint check` / check-jsonschema", pair("single_ours", "single_cjs"),
        f"<= {TARGETS['single']}x (wall time)", lambda r: r <= TARGETS["single"])
    add("corpus: check-jsonschema / `ladderlint check`", pair("cjs", "ours"), f">= {TARGETS['peer']}x (wall time)",
        lambda r: r >= TARGETS["peer"])
    add("corpus: `ladderlint check` (parallel) / parse floor", pair("ours", "floor"), "(shown)", lambda r: True)
    diffs = [row for row in table if row.group == "diff"]
    if diffs:
        first = diffs[0]
        add(f"`ladderlint diff` at {first.key[5:]}", (first.median, first.median_cpu), f"< {TARGETS['diff_1x']} s",
            lambda t: t < TARGETS["diff_1x"], "{:.3f} s")
        for row in diffs[1:]:
            scale = int(row.key[5:-1]) / int(first.key[5:-1])
            wall, cpu = pair(row.key, first.key)
            add(f"`ladderlint diff` {row.key[5:]} / {first.key[5:]}, per unit of size",
                (wall / scale if wall else None, cpu / scale if cpu else None), "near 1x (linear)",
                lambda r: r <= 2.0)
        # The target is stated for the largest pair: on small files the
        # interpreter's own 30 MB or so is most of the peak.
        largest = diffs[-1]
        for row in diffs:
            if row.key in pair_bytes:
                judged = row is largest
                add(f"`ladderlint diff` {row.key[5:]}: peak memory / size of the two files",
                    memory(row.key, pair_bytes[row.key]),
                    f"< {TARGETS['diff_memory']}x" if judged else "(shown)",
                    (lambda r: r < TARGETS["diff_memory"]) if judged else (lambda r: True))
    return out


def markdown(
    table: list[Row], info: dict[str, str], corpus_bytes: int, corpus_files: int, command: str,
    pair_bytes: dict[str, int], quick: bool = False,
) -> str:
    lines = [
        f"Corpus: {corpus_files} generated frameworks (7 levels x 30 competencies x 3 statements each), "
        f"{corpus_bytes / 1e6:.1f} MB on disk. Revision pairs: 7 levels x (30 x scale) competencies x "
        "5 statements.",
        "",
        f"Machine: {info['cpu']}, {info['nproc']} CPUs, {info['system']}; Python {info['python']}; "
        f"PyYAML {info['pyyaml']}; ladderlint {info['ladderlint']}. Load average at start: {info['load']}.",
        "",
        f"Reproduce: `{command}`",
        "",
    ]
    if corpus_files < 200:
        lines += [
            f"Note: with {corpus_files} files, start-up (about 0.1 s for ladderlint, 0.03 s for the floor) "
            "weighs on the corpus ratios; the targets are stated for 200 files.",
            "",
        ]
    lines += [
        "| command | files | median s | fastest s | median CPU s | runs | peak MB | note |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    group = None
    for row in table:
        if row.group != group:
            group = row.group
            title = {"corpus": "**corpus**", "single": "**one file (pre-commit)**", "diff": "**diff**"}[group]
            lines.append(f"| {title} | | | | | | | |")
        if row.skipped:
            lines.append(f"| {row.label} | {row.files} | | | | | | skipped: {row.skipped} |")
            continue
        note = f"unexpected {row.bad_exit}" if row.bad_exit else ""
        note = note.replace("|", "\\|").replace("\n", " ")
        lines.append(
            f"| {row.label} | {row.files} | {row.median:.3f} | {row.fastest:.3f} | {row.median_cpu:.3f} | "
            f"{len(row.seconds)} | "
            f"{row.peak_mb:.0f} | {note} |"
        )
    lines += [
        "",
        "| ratio (of medians) | wall time | CPU time | target (on wall time) | |",
        "| --- | ---: | ---: | --- | --- |",
    ]
    for what, wall, cpu, target, met in ratios(table, corpus_bytes, pair_bytes, quick):
        lines.append(f"| {what} | {wall} | {cpu} | {target} | {met} |")
    return "\n".join(lines) + "\n"


def update(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(r"(<!-- bench:start -->\n).*?(<!-- bench:end -->)", re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"{path} has no <!-- bench:start --> ... <!-- bench:end --> markers")
    path.write_text(pattern.sub(lambda m: m.group(1) + block + m.group(2), text), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 files, sizes 1x and 10x, 2 rounds: a smoke test")
    parser.add_argument("--repeat", type=int, help="timed rounds (default 5, or 2 with --quick)")
    parser.add_argument("--files", type=int, help="files in the corpus (default 200, or 20 with --quick)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--update", type=Path, metavar="FILE", help="write the table into FILE between markers")
    parser.add_argument("--json", type=Path, default=OUT / "results.json", help="raw results (default: %(default)s)")
    args = parser.parse_args(argv)
    repeat = args.repeat or (2 if args.quick else 5)
    files = args.files or (20 if args.quick else 200)
    scales = (1, 10) if args.quick else (1, 10, 100)

    def log(message: str) -> None:
        print(f"[bench] {message}", file=sys.stderr, flush=True)

    info = machine()
    corpus_dir, pairs_dir = OUT / f"corpus-{files}-{args.seed}", OUT / "pairs"
    if corpus_dir.exists():
        shutil.rmtree(corpus_dir)
    log(f"generating {files} frameworks in {corpus_dir}")
    corpus = generate.write_corpus(corpus_dir, files, args.seed)
    pairs = generate.write_pairs(pairs_dir, scales, args.seed)
    corpus_bytes = sum(p.stat().st_size for p in corpus)
    pair_bytes = {
        f"diff_{folder.name}": (folder / "old.yaml").stat().st_size + (folder / "new.yaml").stat().st_size
        for folder in pairs
    }

    table = rows(corpus, pairs)
    measure(table, repeat, slow_after=5.0, log=log)

    shown = []
    given = list(argv if argv is not None else sys.argv[1:])
    while given:  # the options that change what is measured, not where it is written
        arg = given.pop(0)
        if arg in ("--update", "--json"):
            given = given[1:]
        elif not arg.startswith(("--update=", "--json=")):
            shown.append(arg)
    command = " ".join(["python bench/run.py", *shown])
    block = markdown(table, info, corpus_bytes, len(corpus), command, pair_bytes, args.quick)
    print(block)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "machine": info,
        "corpus_bytes": corpus_bytes,
        "rows": [
            {"key": r.key, "label": r.label, "argv_head": r.argv[:3], "seconds": r.seconds, "cpu": r.cpu,
             "peak_kb": r.peak_kb,
             "skipped": r.skipped, "bad_exit": r.bad_exit}
            for r in table
        ],
    }, indent=2) + "\n")
    if args.update:
        update(args.update, block)
        log(f"updated {args.update}")
    return 1 if any(row.bad_exit for row in table) else 0


if __name__ == "__main__":
    sys.exit(main())
