"""False findings of `check` on specialist ladders (globs, component names,
finance titles, band numbers, abbreviations, conferences)."""

from __future__ import annotations

from rule_helpers import findings, framework_yaml

GLOBS = [
    "I own every file matching **/*.proto in the monorepo.",
    "I set CODEOWNERS for apps/**/*.kt and libs/*.swift.",
    "I write globs like src/**/*.ts, docs/*.md and logs/* in the CI config.",
]


def test_ll510_a_path_glob_is_not_emphasis(cli, write):
    path = write("f.yaml", framework_yaml(GLOBS))
    assert findings(cli, path, select="LL510") == []


def test_ll510_fix_leaves_globs_as_written_beside_real_bold(cli, write):
    statements = [*GLOBS, "I keep **/*.py typed and **own** the **Owner**/Reviewer split."]
    path = write("f.yaml", framework_yaml(statements))
    assert len(findings(cli, path, select="LL510")) == 1
    cli("check", "--isolated", "--fix", "--select", "LL510", "--fail-on", "never", str(path))
    text = path.read_text(encoding="utf-8")
    for glob in ("**/*.proto", "apps/**/*.kt", "libs/*.swift", "src/**/*.ts", "docs/*.md", "logs/*"):
        assert glob in text
    assert "I keep **/*.py typed and own the Owner/Reviewer split." in text
