"""`ladderlint import` on a table whose rows name the levels, after the
last level ('Levels at a glance', a Notion database of the levels): an
overview of the ladder, reported, never read as competencies."""

from __future__ import annotations

from import_helpers import cells, imported

LEVELS = """<h2>E1 · Associate Engineer</h2><h3>Craft</h3><ul><li>Writes tested code.</li></ul>
<h2>E2 · Engineer</h2><h3>Craft</h3><ul><li>Designs small services.</li></ul>
"""

EXPORT = """<html><head><title>Ladder</title></head><body><article class="page sans">
<header><h1 class="page-title">Ladder</h1></header><div class="page-body">
{levels}<h3>Levels at a glance</h3><div class="collection-content"><h4 class="collection-title">Level matrix</h4>
<table class="collection-content"><thead><tr><th>Name</th><th>Level</th></tr></thead><tbody>
<tr><td class="cell-title"><a href="x.html">Associate Engineer</a></td><td><span class="selected-value">E1</span></td></tr>
<tr><td class="cell-title"><a href="y.html">Engineer</a></td><td><span class="selected-value">E2</span></td></tr>
</tbody></table></div></div></article></body></html>
"""

SITE = """<html><head><title>Ladder</title></head><body><div class="notion-page-content">
{levels}<div class="notion-selectable notion-sub_header-block"><h3>Levels at a glance</h3></div>
<div class="notion-selectable notion-collection_view-block"><div class="notion-collection-view-title">Level matrix</div>
<div class="notion-table-view"><div class="notion-table-view-header-row">
<div class="notion-table-view-header-cell">Name</div><div class="notion-table-view-header-cell">Level</div></div>
<div class="notion-collection-item"><div class="notion-table-view-cell">Associate Engineer</div>
<div class="notion-table-view-cell">E1</div></div>
<div class="notion-collection-item"><div class="notion-table-view-cell">Engineer</div>
<div class="notion-table-view-cell">E2</div></div></div></div></div>
<div class="notion-login-banner"><a href="https://www.notion.so/signup">Get Notion free</a></div>
</body></html>
"""

TRUTH = {"E1": {"craft": ["Writes tested code."]}, "E2": {"craft": ["Designs small services."]}}


def test_a_notion_database_of_the_levels_after_the_last_level_is_reported(cli, write, tmp_path):
    report = tmp_path / "ladder.report"
    data, _ = imported(cli, write("ladder.html", EXPORT.format(levels=LEVELS)), "--org", "A",
                       "--report", str(report))
    assert cells(data) == TRUTH
    assert [d["name"] for d in data["dimensions"]] == ["Competencies"]
    assert "a table of the levels, a row for each" in report.read_text(encoding="utf-8")


def test_the_same_database_on_notion_site_and_its_sign_up_banner(cli, write, tmp_path):
    report = tmp_path / "ladder.report"
    data, _ = imported(cli, write("ladder.html", SITE.format(levels=LEVELS)), "--org", "A",
                       "--report", str(report))
    assert cells(data) == TRUTH
    said = report.read_text(encoding="utf-8")
    assert "a table of the levels, a row for each (an overview of the ladder), not what the level expects: " \
           "Name | Level | Associate Engineer | E1 | Engineer | E2" in said
    assert "the site's prompt to sign up, not part of the ladder: Get Notion free" in said


def test_a_table_drawn_with_divs_is_read_as_a_table(cli, write):
    page = """<html><body><h1>Ladder</h1><div role="table">
<div role="row"><div role="columnheader">Competency</div><div role="columnheader">Junior</div>
<div role="columnheader">Senior</div></div>
<div role="row"><div role="cell">Delivery</div><div role="cell">Ships small tasks with help.</div>
<div role="cell">Leads projects across teams.</div></div>
<div role="row"><div role="cell">Craft</div><div role="cell">Writes tested code.</div>
<div role="cell">Sets the standards for code.</div></div></div></body></html>"""
    data, _ = imported(cli, write("ladder.html", page), "--org", "A")
    assert [lv["title"] for lv in data["levels"]] == ["Junior", "Senior"]
    assert dict(data["levels"][1]["competencies"]) == {"delivery": ["Leads projects across teams."],
                                                      "craft": ["Sets the standards for code."]}
