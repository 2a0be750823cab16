"""False findings of `check` on specialist ladders (globs, component names,
finance titles, band numbers, abbreviations, conferences)."""

from __future__ import annotations

import json

import pytest

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


def test_ll406_component_and_element_names_in_brackets_are_code(cli, write):
    statements = [
        "I build pages with the <Suspense> and <ErrorBoundary> components.",
        "I wrap screens in a <NavigationContainer> component.",
        "I add the <uses-permission> element to AndroidManifest.xml.",
        "I use <LazyColumn> instead of <RecyclerView> for long lists.",
        "I write Unity prefabs with a <Rigidbody> and a <Collider>.",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL406") == []


def test_ll406_names_of_blanks_in_brackets_are_still_placeholders(cli, write):
    statements = [
        "I ship <Feature> to <Name> by <Date>.",
        "I use <Language> and <Framework> daily.",
        "I work for <CompanyName> in <team-name>.",
        "I own <TBD>, <insert metric> and <company name>.",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert [line.split(": LL406 ")[1].split(" left")[0] for line in findings(cli, path, select="LL406")] == [
        "[error] placeholders '<Feature>', '<Name>' and '<Date>'",
        "[error] placeholders '<Language>' and '<Framework>'",
        "[error] placeholders '<CompanyName>' and '<team-name>'",
        "[error] placeholders '<TBD>', '<insert metric>' and '<company name>'",
    ]


def titled_levels(*titles: str) -> str:
    """A framework whose levels are named by ``titles``, in that order (each
    level's id its title's words, which number no rung)."""
    levels = "".join(
        f"  - id: {title.lower().replace(' ', '-')}\n    title: {title}\n"
        f"    competencies:\n      health: [\"I do the work of a {title}.\"]\n" for title in titles)
    return framework_yaml(["I ship"]).split("levels:\n")[0] + "levels:\n" + levels


@pytest.mark.parametrize("titles", [
    ("Analyst", "Associate", "Vice President", "Director", "Managing Director"),
    ("Analyst", "Assistant Vice President", "Vice President", "Managing Director"),
    ("Consultant", "Senior Consultant", "Managing Consultant", "Principal Consultant"),
    ("Associate Engineer", "Engineer", "Senior Engineer", "Lead Engineer", "Managing Engineer"),
])
def test_ll201_bank_and_consulting_ladders_are_in_order(cli, write, titles):
    path = write("f.yaml", titled_levels(*titles))
    assert findings(cli, path, select="LL201") == []


@pytest.mark.parametrize(("titles", "reported"), [
    (("Managing Director", "Director"), "Director"),
    (("Vice President", "Assistant Vice President"), "Assistant Vice President"),
    (("Managing Consultant", "Senior Consultant"), "Senior Consultant"),
    (("VP Engineering", "Managing Director", "Director of Engineering"), "Director of Engineering"),
])
def test_ll201_still_reports_a_bank_or_consulting_ladder_out_of_order(cli, write, titles, reported):
    path = write("f.yaml", titled_levels(*titles))
    [finding] = findings(cli, path, select="LL201")
    assert f"({reported}) is listed after" in finding


def two_levels(low: str, high: str) -> str:
    """A framework whose statement ``low`` at IC1 is ``high`` at IC2."""
    return framework_yaml([low]) + (
        "  - id: IC2\n    title: IC2 Engineer\n    competencies:\n      health:\n"
        f"        - {json.dumps(high)}\n")


@pytest.mark.parametrize(("low", "high"), [
    ("I sign off purchases up to band 7.", "I sign off purchases up to band 8a."),
    ("I sign off purchases up to band 10.", "I sign off purchases up to band 12a."),
    ("I review designs of level 7 engineers.", "I review designs of level 8a engineers."),
    ("I supervise Band 8a staff.", "I supervise Band 8b staff."),
])
def test_ll207_a_band_with_a_letter_is_above_its_number(cli, write, low, high):
    path = write("f.yaml", two_levels(low, high))
    assert findings(cli, path, select="LL207") == []


@pytest.mark.parametrize(("low", "high", "changed"), [
    ("I sign off purchases up to band 8b.", "I sign off purchases up to band 8a.", "number lowered: '8b' -> '8a'"),
    ("I review designs of level 8b engineers.", "I review designs of level 8a engineers.",
     "level named lowered: '8b' -> '8a'"),
    ("I supervise Band 4a staff.", "I supervise Band 3 staff.", "number lowered: '4a' -> '3'"),
])
def test_ll207_a_band_lowered_by_its_letter_is_reported(cli, write, low, high, changed):
    path = write("f.yaml", two_levels(low, high))
    [finding] = findings(cli, path, select="LL207")
    assert finding.endswith(f"({changed})")


def test_ll512_known_abbreviations_with_their_stop_and_words_of_the_trade(cli, write):
    statements = [
        "I own the roadmap, incl. the budget, viz. headcount and licences.",
        "I advise, esp. on pricing, and plan the roadmap (excl. hardware).",
        "I have dreamt up and shipped a new game mechanic.",
        "I defend the architecture through pre-production, alpha, beta and cert.",
        "I use whitebox testing, tune backprop and fill the open reqs.",
        "I fix bugs from the backlog (GAME-xxxx) in a dev build.",
    ]
    path = write("f.yaml", framework_yaml(statements, voice="first-person"))
    assert findings(cli, path, select="LL512") == []


def test_ll512_an_abbreviation_without_its_stop_or_x_without_a_key_is_still_checked(cli, write):
    statements = ["I own the roadmap incl the budget.", "I fix the xxxx bugs quickly."]
    path = write("f.yaml", framework_yaml(statements))
    assert [line.split("LL512 [warning] ")[1].split(" is not")[0] for line in findings(cli, path, select="LL512")] \
        == ["'incl'", "'xxxx'"]


def test_ll302_a_conference_someone_speaks_or_publishes_at_is_an_event(cli, write):
    statements = [
        "I give a talk at DEF CON or Black Hat on our findings.",
        "I publish at NeurIPS.",
        "I read papers from NeurIPS and ICML.",
        "I present a talk at GDC or Develop:Brighton.",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL302") == []


def test_ll302_a_paper_written_at_an_organisation_names_the_employer(cli, write):
    """A paper written at a company names where its author worked; a paper
    or a poster given at a conference names an event."""
    statements = ["I wrote a paper at Initech.", "I co-authored two papers at Initech.",
                  "I presented a paper at CVPR.", "I show a poster at NeurIPS."]
    path = write("f.yaml", framework_yaml(statements))
    assert [line.split(": ")[0].rsplit(":", 2)[1] for line in findings(cli, path, select="LL302")] == ["22", "23"]


def test_ll302_an_organisations_own_talks_are_still_a_leftover(cli, write):
    statements = ["I give tech talks at Initech.", "I give a talk at Initech's all-hands."]
    path = write("f.yaml", framework_yaml(statements))
    assert len(findings(cli, path, select="LL302")) == 2
