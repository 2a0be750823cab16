"""The benchmark generator makes valid, realistic frameworks, the same bytes
for the same seed, and revision pairs whose edits are what edits.json says."""

from __future__ import annotations

import json
import random
import sys

import yaml

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402
import stages  # noqa: E402


def test_corpus_is_clean_valid_and_deterministic(tmp_path, cli):
    first = generate.write_corpus(tmp_path / "a", files=3, seed=7)
    second = generate.write_corpus(tmp_path / "b", files=3, seed=7)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    run = cli("check", "--format", "json", str(tmp_path / "a"))
    assert run.exit_code == 0
    report = run.json()
    assert report["summary"]["files_checked"] == 3
    # Random sentences repeat or reorder words across levels, which the
    # progression rules rightly warn about; nothing is wrong at error level.
    assert [f for f in report["findings"] if f["severity"] == "error"] == []


def test_emitted_yaml_reads_back_as_the_data():
    for index in range(5):
        data = generate.framework(random.Random(index), index)
        assert yaml.safe_load(generate.to_yaml(data)) == data


def test_corpus_file_has_the_shape_of_the_benchmark():
    data = generate.framework(random.Random(1), 0)
    assert len(data["levels"]) == 7
    assert all(len(level["competencies"]) == 30 for level in data["levels"])
    cells = [cell for level in data["levels"] for cell in level["competencies"].values()]
    assert all(len(c if isinstance(c, list) else c["statements"]) == 3 for c in cells)
    size = len(generate.to_yaml(data).encode())
    assert 80_000 < size < 115_000  # 200 files make about 19 MB


def _statements(data):
    out = {}
    for level in data["levels"]:
        for competency, cell in level["competencies"].items():
            items = cell if isinstance(cell, list) else cell["statements"]
            out[(level["id"], competency)] = [i if isinstance(i, str) else i["text"] for i in items]
    return out


def test_revision_pairs_hold_the_edits_they_list(tmp_path, cli):
    [folder] = generate.write_pairs(tmp_path, scales=(1,), seed=3)
    old = yaml.safe_load((folder / "old.yaml").read_text())
    new = yaml.safe_load((folder / "new.yaml").read_text())
    edits = json.loads((folder / "edits.json").read_text())
    # Two revisions of one framework share its id: check them one at a time.
    assert cli("check", str(folder / "old.yaml")).exit_code == 0
    assert cli("check", str(folder / "new.yaml")).exit_code == 0
    kinds = sorted(e["kind"] for e in edits)
    assert kinds == sorted([
        "statement-reworded", "statement-reworded", "statement-added", "statement-removed",
        "statement-moved", "proficiency-changed", "competency-renamed", "summary-changed", "framework-changed",
    ])
    renamed = next(e for e in edits if e["kind"] == "competency-renamed")
    before, after = _statements(old), _statements(new)
    for edit in edits:
        competency = edit["competency"]
        old_key = renamed["old"] if competency == renamed["new"] else competency
        if edit["kind"] == "statement-reworded":
            assert edit["old"] in before[(edit["level"], old_key)]
            assert edit["new"] in after[(edit["level"], competency)]
            assert edit["old"] not in after[(edit["level"], competency)]
        elif edit["kind"] == "statement-added":
            assert edit["new"] in after[(edit["level"], competency)]
            assert edit["new"] not in before[(edit["level"], old_key)]
        elif edit["kind"] == "statement-removed":
            assert edit["old"] not in after[(edit["level"], competency)]
        elif edit["kind"] == "statement-moved":
            assert edit["new"]["text"] in after[(edit["new"]["level"], competency)]
            assert edit["old"]["text"] not in after[(edit["old"]["level"], competency)]
    assert new["version"] != old["version"]
    assert new["dimensions"][0]["competencies"][0]["renamed_from"] == [renamed["old"]]


def test_stages_times_every_stage_and_every_rule(tmp_path, capsys):

    from ladderlint.config import Settings

    generate.write_corpus(tmp_path, files=2, seed=3)
    assert stages.main([str(tmp_path), "--rounds", "1"]) == 0
    rows = capsys.readouterr().out.splitlines()
    names = {row.split()[0] for row in rows[1:-1]}
    checked = {rule.code for rule in Settings().rules()}
    assert {"load", "schema", "model"} | checked <= names
    assert rows[-1].startswith("total")
    assert stages.main([str(tmp_path / "empty")]) == 2  # nothing to time: says so
