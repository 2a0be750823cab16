"""Docs-as-code sites: the syntax MkDocs Material and Docusaurus add to
Markdown, and the navigation their pages end with, read as the site shows
them: boxes set apart from the text and links are reported, never
statements; tabs are headings over their panels."""

from __future__ import annotations

from import_helpers import imported
from ladderlint.loader import load_document


MKDOCS = """\
# Engineering Ladder

!!! note "How to read this page"
    Levels are cumulative: each level includes the ones below.
    Talk to your manager about the next level.

## Engineer I

### Craft

- Writes code that is easy to read
- Adds tests for the code they change

??? example "Examples"
    - Fixed a flaky test in the payments suite
    - Added logging to the import job

### Collaboration

- Asks for help when blocked

!!! tip
    Pair with a senior engineer on your first design doc.

## Engineer II

### Craft

- Designs small components

### Collaboration

- Onboards new team members

--8<-- "includes/abbreviations.md"
"""


def test_mkdocs_admonitions_are_reported_and_an_example_one_gives_examples(cli, write):
    """'!!! note' and '!!! tip' (Python-Markdown's admonitions, their body
    indented by four spaces) are boxes set apart from the text: each
    reported once, whole, never a statement; '??? example' right after a
    bullet gives that bullet's examples; a '--8<--' snippet include is
    reported."""
    data, run = imported(cli, write("ladder.md", MKDOCS), "--org", "Acme")
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"craft": ["Writes code that is easy to read",
                   {"text": "Adds tests for the code they change",
                    "examples": ["Fixed a flaky test in the payments suite", "Added logging to the import job"]}],
         "collaboration": ["Asks for help when blocked"]},
        {"craft": ["Designs small components"], "collaboration": ["Onboards new team members"]}]
    assert "ladder.md:3: not placed: a box set apart from the text (an admonition, 'note'), not part of the ladder: " \
           "How to read this page: Levels are cumulative: each level includes the ones below. Talk to your " \
           "manager about the next level.\n" in run.stderr
    assert "ladder.md:22: not placed: a box set apart from the text (an admonition, 'tip'), not part of the " \
           "ladder: Pair with a senior engineer on your first design doc.\n" in run.stderr
    assert "ladder.md:35: not placed: a site include: its text is in another file, not in this one: " \
           "--8<-- \"includes/abbreviations.md\"\n" in run.stderr
    assert "!!!" not in str(data) and "???" not in str(data) and "8<" not in str(data)


def test_mkdocs_content_tabs_are_headings_over_their_panels(cli, write):
    """'=== "Backend"' over a panel indented by four spaces is a tab, as a
    page's HTML tabs are: its label a heading over the panel, whose
    bullets are statements (not code)."""
    page = write("ladder.md", "# Ladder\n\n## Engineer I\n\n=== \"Delivery\"\n\n    - Ships small tasks\n"
                              "    - Writes tests\n\n=== \"Teamwork\"\n\n    - Asks questions early\n\n"
                              "## Engineer II\n\n### Delivery\n\n- Ships features\n\n### Teamwork\n\n"
                              "- Reviews pull requests\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"delivery": ["Ships small tasks", "Writes tests"], "teamwork": ["Asks questions early"]},
        {"delivery": ["Ships features"], "teamwork": ["Reviews pull requests"]}]
    assert "code block" not in run.stderr and "===" not in run.stderr


DOCUSAURUS = """\
---
title: Engineering levels
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

This ladder describes how engineers grow at Dingo Software.

:::info Levels are cumulative

Each level includes everything in the levels below it.

:::

## Engineer

### Delivery

- Ships features end to end

:::caution

Do not confuse on-call duty with incident command.

:::

### Teamwork

- Reviews pull requests

## Senior Engineer

<Tabs>
  <TabItem value="delivery" label="Delivery" default>

- Leads projects across the team

  </TabItem>
  <TabItem value="teamwork" label="Teamwork">

- Mentors engineers on the team

  </TabItem>
</Tabs>
"""


def test_docusaurus_admonitions_tabs_and_imports(cli, write):
    """':::caution' ... ':::' is a box set apart from the text, reported
    whole (as '> [!NOTE]' is), never statements; MDX '<TabItem
    label="Delivery">' is a tab, its label a heading over its panel; the
    imports at the top of an .mdx page are the site's code, reported, and
    the paragraph after them describes the framework."""
    data, run = imported(cli, write("levels.mdx", DOCUSAURUS), "--org", "Dingo")
    assert data["description"] == "This ladder describes how engineers grow at Dingo Software."
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"delivery": ["Ships features end to end"], "teamwork": ["Reviews pull requests"]},
        {"delivery": ["Leads projects across the team"], "teamwork": ["Mentors engineers on the team"]}]
    assert "levels.mdx:5: not placed: the site's code (an MDX page's imports and exports), not part of the " \
           "ladder: import Tabs from '@theme/Tabs'; import TabItem from '@theme/TabItem';\n" in run.stderr
    # A box that only says the levels are cumulative is said once, where it went: `cumulative: true`.
    assert "levels.mdx:10: layout: the document says each level includes those below it, so the framework says " \
           "`cumulative: true`: Levels are cumulative: Each level includes everything in the levels below it.\n" \
           in run.stderr
    assert run.stderr.count("Each level includes everything in the levels below it.") == 1
    assert "levels.mdx:22: not placed: a box set apart from the text (an admonition, 'caution'), not part of the " \
           "ladder: Do not confuse on-call duty with incident command.\n" in run.stderr
    assert ":::" not in str(data)


def test_a_back_link_at_the_foot_of_each_level_page_is_navigation(cli, write, tmp_path):
    """'[← Back to all levels](./index.md)' at the foot of each level's page
    (after a rule or not, with the arrow or not) is the site's navigation:
    reported on each page, never a statement of its last competency."""
    pages = [write(f"levels/{n}-{slug}.md", f"---\ntitle: {title}\n---\n\n## Delivery\n\n- {said}\n\n"
                                             f"{rule}{link}\n")
             for n, slug, title, said, rule, link in [
                 (1, "junior", "Junior Engineer", "Ships small tasks", "---\n\n", "[← Back to all levels](./index.md)"),
                 (2, "senior", "Senior Engineer", "Leads projects", "", "[Back to all levels](./index.md)")]]
    out = tmp_path / "out.yaml"
    run = cli("import", *map(str, pages), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [lv["competencies"] for lv in data["levels"]] == [{"delivery": ["Ships small tasks"]},
                                                             {"delivery": ["Leads projects"]}]
    assert "1-junior.md:11: not placed: link to another page (navigation): [← Back to all levels](./index.md)\n" \
           in run.stderr
    assert "2-senior.md:9: not placed: link to another page (navigation): [Back to all levels](./index.md)\n" \
           in run.stderr


def test_a_wiki_footer_of_labelled_links_is_navigation(cli, write):
    """'Previous: [[Engineer I]] · Next: [[Senior Engineer]]' (a GitHub wiki
    page's foot): links with a label before each are a line of navigation,
    as '[[Overview]] · [[Senior]]' is, never a statement."""
    page = write("Engineer-II.md", "# Engineer II\n\n## Ownership\n\n* Owns a small service\n\n"
                                   "Previous: [[Engineer I]] · Next: [[Senior Engineer]]\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [lv["competencies"] for lv in data["levels"]] == [{"ownership": ["Owns a small service"]}]
    assert "Engineer-II.md:7: not placed: line of links (navigation): Previous: [Engineer I](Engineer%20I) · " \
           "Next: [Senior Engineer](Senior%20Engineer)\n" in run.stderr


GITBOOK_TABS = """\
# Levels

## Engineer I

### Delivery

* Ships small changes.

## Engineer II

{% tabs %}
{% tab title="Delivery" %}
* Delivers features.
{% endtab %}

{% tab title="Collaboration" %}
* Reviews code.
{% endtab %}
{% endtabs %}

{% content-ref url="faq.md" %}
[FAQ](faq.md)
{% endcontent-ref %}
"""


def test_gitbook_markdown_tabs_name_competencies_and_a_page_card_is_reported(cli, write):
    """GitBook's Markdown export writes its tabs as '{% tab title="Delivery" %}'
    ... '{% endtab %}': each title is a heading over its panel, as the
    published page's HTML tabs are, so the bullets keep their competency;
    a '{% content-ref %}' card links to another page and is reported."""
    data, run = imported(cli, write("ladder.md", GITBOOK_TABS), "--org", "Acme")
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"delivery": ["Ships small changes."]},
        {"delivery": ["Delivers features."], "collaboration": ["Reviews code."]}]
    assert "ladder.md:21: not placed: a link to another page (a GitBook page card), not part of the ladder: " \
           "[FAQ](faq.md)\n" in run.stderr
    assert "Expectations" not in run.stderr and "{%" not in str(data)


OBSIDIAN = """\
# Ladder

## Engineer I

### Delivery

- Ships small changes with guidance.
- Asks for help when blocked for more than a day. #needs-review #draft
- ![[delivery-checklist]]
- Posts progress in #eng-updates

## Engineer II

### Delivery

- Delivers features end to end. ^delivery-block
- ![[delivery-radar.png|300]]
"""


def test_obsidian_embeds_tags_and_block_ids_are_no_words_of_statements(cli, write):
    """An Obsidian note's embed alone on a bullet ('![[delivery-checklist]]')
    shows another note there: reported, never a statement; tags after a
    statement's last sentence ('... a day. #needs-review') file it and a
    block id ('^delivery-block') is a link's target: neither is its words,
    the tags reported. A channel's name inside the sentence stays."""
    data, run = imported(cli, write("ladder.md", OBSIDIAN), "--org", "Acme")
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"delivery": ["Ships small changes with guidance.", "Asks for help when blocked for more than a day.",
                      "Posts progress in #eng-updates"]},
        {"delivery": ["Delivers features end to end."]}]
    assert "ladder.md:8: not placed: a tag (Obsidian's '#tag') after the statement, which files it: not its " \
           "words: #needs-review #draft\n" in run.stderr
    assert "ladder.md:9: not placed: an embedded note (Obsidian's '![[...]]'): its text is in another file, not in " \
           "this one: ![[delivery-checklist]]\n" in run.stderr
    assert "ladder.md:17: not placed: image: ![[delivery-radar.png|300]]\n" in run.stderr
    assert "^delivery-block" not in run.stderr
