"""Edits framework owners made in real frameworks, and how the differ and
its formats say them: a merge of two statements that were not next to each
other, a link written another way, a note about the organisation in a
level's summary, the framework's own Markdown in the release notes, and the
names a statement moved from."""

from __future__ import annotations

import copy
import json
import re

import yaml
from click.testing import CliRunner

from ladderlint.cli import main


def _write(tmp_path, name, document) -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return str(path)


def _diff(tmp_path, old, new, *options: str) -> str:
    run = CliRunner().invoke(main, ["diff", *options, _write(tmp_path, "old.yaml", old),
                                    _write(tmp_path, "new.yaml", new)])
    assert run.exit_code == 0, run.output
    return run.output


def _framework(levels, competencies=(("expectations", "Expectations"),)):
    return {
        "ladderlint": 1, "id": "oss", "name": "Open Source Ladder", "track": "Contributor", "version": "1.0.0",
        "organisation": {"name": "Postman"},
        "dimensions": [{"id": "competencies", "name": "Competencies",
                        "competencies": [{"id": cid, "name": name} for cid, name in competencies]}],
        "levels": levels,
    }


# -- levels named in the text format -----------------------------------------------------


def _slugged_ladder():
    return _framework([
        {"id": "senior-contributor", "title": "Senior Contributor",
         "competencies": {"expectations": ["Reviews pull requests from the community",
                                           "Writes release notes for each version"]}},
        {"id": "staff-contributor", "title": "Staff Contributor",
         "competencies": {"expectations": ["Owns the roadmap of one project"]}},
        {"id": "principal-contributor", "title": "Principal Contributor",
         "competencies": {"expectations": ["Sets the direction of several projects"]}},
    ])


def test_the_text_and_github_formats_name_levels_by_the_titles_that_spell_their_ids(tmp_path):
    old = _slugged_ladder()
    new = copy.deepcopy(old)
    moved = new["levels"][0]["competencies"]["expectations"].pop(1)
    new["levels"][1]["competencies"]["expectations"].append(moved)
    new["levels"][0]["competencies"]["expectations"].pop(0)
    text = _diff(tmp_path, old, new)
    assert "(no longer asked for at Senior Contributor and above)" in text
    assert "(moved up to Staff Contributor)" in text
    assert "still asked for at Staff Contributor)" in text
    down = copy.deepcopy(old)
    down["levels"][0]["competencies"]["expectations"].append(down["levels"][2]["competencies"]["expectations"].pop())
    assert "(from Principal Contributor)" in _diff(tmp_path, old, down)
    annotations = _diff(tmp_path, old, down, "--format", "github")
    assert "from 'Expectations' at level 'Principal Contributor' to 'Expectations' at level 'Senior Contributor'" \
        in annotations
    for output in (text, _diff(tmp_path, old, down), annotations):
        assert "-contributor" not in output
    # The JSON report keeps the ids in its fields.
    report = _diff(tmp_path, old, new, "--format", "json")
    assert '"old_level": "senior-contributor"' in report


def test_the_text_format_keeps_ids_that_no_title_spells_out(tmp_path):
    old = _slugged_ladder()
    for level, level_id in zip(old["levels"], ("L1", "L2", "L3")):
        level["id"] = level_id
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["expectations"].pop(0)
    assert "(no longer asked for at L1 and above)" in _diff(tmp_path, old, new)


# -- the competency a statement moved from ---------------------------------------------------


def test_a_statement_moved_out_of_a_competency_split_and_renamed_comes_from_its_old_name(tmp_path):
    old = _framework(
        [{"id": "L1", "title": "Expert", "competencies": {"collaboration-and-communication": [
            "Pairs with teammates on hard problems",
            "Helps teammates get unblocked",
            "Shares credit for work done together",
            "Communicates the status of their work clearly in standups and tickets",
            "Takes feedback well in code reviews and uses it to grow",
        ]}}],
        (("collaboration-and-communication", "Collaboration and Communication"),))
    new = _framework(
        [{"id": "L1", "title": "Expert", "competencies": {
            "collaboration": ["Pairs with teammates on hard problems", "Helps teammates get unblocked",
                              "Shares credit for work done together"],
            "communication": ["Communicates the status of their work clearly in standups and tickets",
                              "Takes feedback well in code reviews and uses it to grow"],
        }}],
        (("collaboration", "Collaboration"), ("communication", "Communication")))
    text = _diff(tmp_path, old, new)
    assert text.count("(from Collaboration and Communication)") == 2, text
    notes = _diff(tmp_path, old, new, "--format", "markdown")
    assert notes.count("moved here from the competency “Collaboration and Communication”") == 2, notes


# -- merges and splits across a cell -----------------------------------------------------------

_PRINCIPAL = [
    "Removes barriers by working with others around a shared need",
    "Anticipates issues that their ideas would have on others, and pursues mutually beneficial strategies.",
    "Highly effective at storytelling.",
    "Participates thoughtfully in customer meetings every week.",
    "Sets clear and challenging goals for a portfolio of work.",
    "Proactively communicates and addresses necessary trade-offs.",
    "Selects the right platform for their material.",
]
_MERGED = "Anticipates issues that their ideas would have on others, pursues mutually beneficial strategies, " \
    "and proactively communicates and addresses necessary trade-offs."


def _kinds(changes):
    return sorted((c.kind.value, c.impact.value) for c in changes)


def _compare(old_statements, new_statements):
    from ladderlint.diff import compare
    from ladderlint.model import build_framework

    def built(statements):
        return build_framework("oss.yaml", _framework(
            [{"id": "L1", "title": "Principal", "competencies": {"expectations": list(statements)}}]))

    return compare(built(old_statements), built(new_statements))


def test_a_statement_folded_into_one_four_statements_above_it_is_a_merge():
    new = [s for s in _PRINCIPAL if not s.startswith("Proactively")]
    new[1] = _MERGED
    changes = _compare(_PRINCIPAL, new)
    assert _kinds(changes) == [("statement-merged", "editorial")], changes
    [merge] = changes
    assert merge.old == [_PRINCIPAL[1], _PRINCIPAL[5]] and merge.new == _MERGED


def test_a_statement_split_with_its_second_half_put_at_the_end_of_the_cell_is_a_split():
    whole = "Documents processes that are not clear, and works on the tickets beyond those assigned to them."
    old = [*_PRINCIPAL[:3], whole, *_PRINCIPAL[3:]]
    new = [*_PRINCIPAL[:3], "Documents processes that are not clear.", *_PRINCIPAL[3:],
           "Works on the tickets beyond those assigned to them."]
    changes = _compare(old, new)
    assert _kinds(changes) == [("statement-split", "editorial")], changes


def test_a_statement_removed_far_from_a_rewording_that_shares_a_word_is_not_merged_into_it():
    new = [s for s in _PRINCIPAL if not s.startswith("Proactively")]
    new[1] = "Anticipates issues that their ideas would have on others, and communicates them to their teams."
    kinds = [c.kind.value for c in _compare(_PRINCIPAL, new)]
    assert "statement-merged" not in kinds and "statement-removed" in kinds


# -- the framework's own Markdown in the release notes ----------------------------------------


def _level(summary, statements):
    return _framework([{"id": "L1", "title": "Junior", "summary": summary,
                        "competencies": {"expectations": statements}}])


def test_the_release_notes_show_a_frameworks_text_as_written(tmp_path):
    # A framework's texts are plain text on every page: "**kwargs", "__init__" and "[a](b)" are no markup.
    junior = "A Junior is at the beginning of their career, and learns the patterns and tools of their team."
    old = _level(junior, ["Writes tests for their code", "Knows when Python calls __init__ and uses *args"])
    new = _level(f"{junior} **Current organisational note.** We are not hiring at this level.",
                 ["Writes tests for their code", "Knows when Python calls __init__ and uses **kwargs",
                  "Follows the **security** checklist (see [the guide](../guide.md))",
                  "Knows when Python calls __post_init__"])
    notes = _diff(tmp_path, old, new, "--format", "markdown")
    assert "Knows when Python calls \\_\\_post\\_init\\_\\_" in notes
    assert "Follows the \\*\\*security\\*\\* checklist (see \\[the guide\\](../guide.md))" in notes
    # The differ's own marks stay marks: the words a rewording added in bold, those it removed struck out.
    assert "~~\\*args~~ **\\*\\*kwargs**" in notes, notes
    assert "**\\*\\*Current organisational note.\\*\\* We are not hiring at this level.**" in notes


def test_stray_markdown_characters_of_a_framework_still_cannot_break_the_notes(tmp_path):
    old = _level("Learning contributor.", ["Writes tests for their code"])
    new = _level("Learning contributor.", ["Writes tests for their code",
                                           "Keeps **most builds under 2 * 3 minutes <b>",
                                           "Links [nothing](javascript:alert(1)) # | ~x~"])
    notes = _diff(tmp_path, old, new, "--format", "markdown")
    assert "Keeps \\*\\*most builds under 2 \\* 3 minutes \\<b\\>" in notes
    assert "\\[nothing\\](javascript:alert(1)) \\# \\| \\~x\\~" in notes


def test_the_pages_of_release_notes_show_a_frameworks_text_as_written(tmp_path):
    from ladderlint.render.notes import markdown_to_html

    html = markdown_to_html("- **Impact:** a \\_\\_init\\_\\_ b **c \\*\\*d** snake\\_case __x__ _y_\n")
    assert html == (
        '<ul>\n<li><strong>Impact:</strong> a __init__ b <ins><span class="visually-hidden">added: '
        '</span>c **d</ins> snake_case __x__ _y_</li>\n</ul>\n')
    # What is new at a level, on its page and in the Markdown.
    ladder = _framework([{"id": "L1", "title": "Junior", "competencies": {"expectations": ["Writes tests"]}},
                         {"id": "L2", "title": "Senior", "summary": "Leads up to **eight** people.",
                          "competencies": {"expectations": ["Writes tests", "Knows when Python calls __init__"]}}])
    source = _write(tmp_path, "ladder.yaml", ladder)
    for format in ("html", "markdown"):
        run = CliRunner().invoke(main, ["render", source, "-o", str(tmp_path / format), "--format", format])
        assert run.exit_code == 0, run.output
    page = (tmp_path / "html" / "oss" / "levels" / "L2.html").read_text(encoding="utf-8")
    [notes] = re.findall(r'<section class="comparison".*?</section>', page, re.S)
    assert "Knows when Python calls __init__" in notes and "**eight**" in notes and "<strong>init" not in notes
    markdown = (tmp_path / "markdown" / "oss.md").read_text(encoding="utf-8")
    assert markdown.count("Knows when Python calls \\_\\_init\\_\\_") == 3, markdown  # level, notes, table


# -- a link written another way ----------------------------------------------------------------


def test_a_summary_whose_link_is_written_another_way_is_wording(tmp_path):
    summary = "An Expert solves standard problems independently within their domain."
    for before, after in [
        ("Boundaries: [[junior-vs-expert]]", "Boundaries: [Junior → Expert](../background/junior-vs-expert.md)"),
        # As `ladderlint import` writes links out as text.
        ("Boundaries: junior-vs-expert · expert-vs-senior-l1.",
         "Boundaries: Junior → Expert (../background/boundaries/01-junior-vs-expert.md) · Expert → Senior L1 "
         "(../background/boundaries/02-expert-vs-senior-l1.md)."),
        ("See https://example.com/boundaries for more.", "See [the boundaries](https://example.com/boundaries) for more."),
    ]:
        old = _level(f"{summary}\n\n{before}", ["Writes tests for their code"])
        new = _level(f"{summary}\n\n{after}", ["Writes tests for their code"])
        [framework] = json.loads(_diff(tmp_path, old, new, "--format", "json"))["frameworks"]
        assert [(c["kind"], c["impact"]) for c in framework["changes"]] == [("summary-changed", "editorial")], before


def test_a_statement_whose_link_changed_its_words_or_where_it_points_is_wording():
    from ladderlint.diff import Impact
    from ladderlint.diff.grade import grade

    for old, new in [
        ("Follows [the review guide](guides/review.md) for every change",
         "Follows [the code review guide](../handbook/code-review.md) for every change"),
        ("Follows [[review-guide]] for every change", "Follows [Review Guide](review-guide.md) for every change"),
        ("Follows the guide at https://example.com/review for every change",
         "Follows the guide at [example.com/review](https://example.com/review) for every change"),
    ]:
        assert grade(old, new).impact is Impact.EDITORIAL, (old, new)
    # Words changed beside the link still ask what they ask.
    assert grade("Follows [the guide](a.md) for every change",
                 "Follows [the guide](b.md) for every change, and writes one for each service").impact \
        is Impact.RAISES_BAR
    assert grade("Reviews code (see code-review.md)", "Reviews and approves code (see code-review.md)").impact \
        is Impact.RAISES_BAR


# -- a note about the organisation in a level's summary ---------------------------------------

_JUNIOR = "A Junior is at the beginning of their career, and learns the patterns and tools of their team."


def _summary_impacts(tmp_path, added: str) -> list[str]:
    old = _level(_JUNIOR, ["Writes tests for their code"])
    new = _level(f"{_JUNIOR}\n\n{added}", ["Writes tests for their code"])
    new["organisation"]["name"] = old["organisation"]["name"] = "Roomle"
    [framework] = json.loads(_diff(tmp_path, old, new, "--format", "json"))["frameworks"]
    return [c["impact"] for c in framework["changes"] if c["kind"] == "summary-changed"]


def test_a_note_about_the_organisation_added_to_a_summary_asks_nothing_of_the_level(tmp_path):
    note = ("**Current organisational note.** Roomle does not currently hire Juniors — new hires typically start "
            "at Expert or higher. This level is documented for completeness and to define expectations if a "
            "Junior is hired (e.g., a graduate or a trainee). See Junior → Expert "
            "(../background/boundaries/01-junior-vs-expert.md) for context.")
    assert _summary_impacts(tmp_path, note) == ["structural"]
    assert _summary_impacts(tmp_path, "We are not hiring at this level at the moment.") == ["structural"]
    old = _level(_JUNIOR, ["Writes tests for their code"])
    new = _level(f"{_JUNIOR}\n\n{note}", ["Writes tests for their code"])
    new["organisation"]["name"] = old["organisation"]["name"] = "Roomle"
    notes = _diff(tmp_path, old, new, "--format", "markdown")
    assert "New or higher expectations" not in notes


def test_a_sentence_that_asks_something_of_the_level_added_to_a_summary_still_raises_the_bar(tmp_path):
    for sentence in [
        "Roomle engineers at this level present their work at the quarterly all-hands.",
        "We expect engineers at this level to present their work at the quarterly all-hands.",
        "Roomle trusts its Juniors to run the weekly release.",
        "We own the services of our team.",
        "Owns the release of one service.",
    ]:
        assert _summary_impacts(tmp_path, sentence) == ["raises-bar"], sentence


# -- a level's label reworded into what its summary already says -------------------------------

_EXPERT = ("An Expert solves standard problems independently within their domain, and builds credibility "
           "through consistent, reliable contributions.")


def _label_impacts(tmp_path, old_label: str, new_label: str, body: str = _EXPERT) -> list[str]:
    old = _level(f"{old_label}\n\n{body}", ["Writes tests for their code"])
    new = _level(f"{new_label}\n\n{body}", ["Writes tests for their code"])
    [framework] = json.loads(_diff(tmp_path, old, new, "--format", "json"))["frameworks"]
    return [c["impact"] for c in framework["changes"] if c["kind"] == "summary-changed"]


def test_a_label_reworded_into_what_the_summary_already_says_asks_nothing_new(tmp_path):
    # "Independent" and "contributor": the summary says "independently" and "contributions" already.
    # No bar moves: a wording of the summary, or a change of its structure, for the gate on those to see.
    assert _label_impacts(tmp_path, "Competent individual contributor", "Independent contributor")[0] \
        in ("editorial", "structural")
    junior = ("A Junior takes responsibility for their own tasks with guidance, and turns guidance into "
              "independent capability.")
    assert _label_impacts(tmp_path, "Learning contributor", "Guided contributor", junior)[0] \
        in ("editorial", "structural")


def test_a_label_that_says_more_than_the_summary_still_moves_the_bar(tmp_path):
    # "across the organisation" is said nowhere else in the summary: a wider scope asked.
    assert _label_impacts(tmp_path, "Independent contributor", "Independent contributor across the organisation") \
        == ["raises-bar"]
    assert _label_impacts(tmp_path, "Competent individual contributor", "Organisation-wide leader") == ["raises-bar"]
    # What a kept sentence says is not so yet is no word said already.
    assert _label_impacts(tmp_path, "Learning engineer", "Independent engineer",
                          "An engineer who does not yet work independently, and learns from the team.") \
        == ["raises-bar"]


def test_a_sentence_that_says_what_the_people_do_is_no_label_said_again(tmp_path):
    # Its new word is one a kept sentence says ("alone"), but it asks it of other work.
    old = _level("They design features with guidance. They write tests alone.", ["Writes tests for their code"])
    new = _level("They design features alone. They write tests alone.", ["Writes tests for their code"])
    [framework] = json.loads(_diff(tmp_path, old, new, "--format", "json"))["frameworks"]
    assert [c["impact"] for c in framework["changes"] if c["kind"] == "summary-changed"] == ["raises-bar"]
    # What a kept sentence says never happens is no word said already.
    assert _label_impacts(tmp_path, "Learning engineer", "Independent engineer",
                          "An engineer who never works independently, and learns from the team.") == ["raises-bar"]


def test_a_label_of_how_often_is_no_topic_that_keeps_statements_apart(tmp_path):
    """'Weekly:' and 'Monthly:' say how often, not what a statement is
    about: each statement made less frequent is read as that, lowers-bar,
    and a gate on it holds."""
    old = _level("A Junior learns.", ["Weekly: I share my progress with my team and my manager",
                                      "Monthly: I review the designs of my team with my manager"])
    new = _level("A Junior learns.", ["Monthly: I share my progress with my team and my manager",
                                      "Yearly: I review the designs of my team with my manager"])
    [framework] = json.loads(_diff(tmp_path, old, new, "--format", "json"))["frameworks"]
    assert [(c["kind"], c["impact"]) for c in framework["changes"]] == [
        ("statement-reworded", "lowers-bar"), ("statement-reworded", "lowers-bar")]
