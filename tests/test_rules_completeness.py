"""LL4xx: every level describes every competency, and nothing is left
unfinished (unknown references, empty entries, placeholders, undefined terms)."""

from __future__ import annotations

import pytest

from ladderlint.rules.ll406_placeholder import placeholders
from ladderlint.rules.ll407_undefined_term import starred, term_before
from model_rules_helpers import ONE_DIMENSION, findings

DIMENSIONS = """\
dimensions:
  - id: results
    name: Results
    competencies:
      - {id: impact, name: Impact}
      - {id: strategy, name: Strategy}
  - id: talent
    name: Talent
    competencies:
      - {id: personal-growth, name: Personal Growth}
levels:
"""  # lines 7-17; levels start on line 18


# LL401 missing-cell -----------------------------------------------------------


def test_missing_cells_one_finding_per_level(cli, write):
    body = DIMENSIONS + (
        "  - id: IC1\n"                                          # 18
        "    title: IC1\n"
        "    competencies:\n"                                    # 20
        "      impact: [I deliver]\n"
        "  - id: IC2\n"
        "    title: IC2\n"
        "    competencies:\n"                                    # 24
        "      impact: [I deliver more]\n"
        "      strategy: {not_applicable: Assessed from IC3}\n"
        "  - id: IC3\n"
        "    title: IC3\n"
        "    competencies: {impact: [I lead], strategy: [I plan], personal-growth: [I grow]}\n"
    )
    assert findings(cli, write, body, "LL401") == [
        "20:5: level 'IC1' has no entry for 2 competencies: 'strategy' and 'personal-growth'; add their "
        "statements, or not_applicable with the reason",
        "24:5: level 'IC2' has no entry for competency 'personal-growth'; add its statements, or "
        "not_applicable with the reason",
    ]


def test_complete_levels_and_unused_competencies_give_no_missing_cell(cli, write):
    # 'personal-growth' is used by no level: that is LL405, not LL401 twice.
    body = DIMENSIONS + (
        "  - {id: IC1, title: IC1, competencies: {impact: [I deliver], strategy: {not_applicable: Later}}}\n"
        "  - {id: IC2, title: IC2, competencies: {impact: [I lead], strategy: [I plan]}}\n"
    )
    assert findings(cli, write, body, "LL401") == []


def _renamed_body(first: str, second: str, levels: list[str]) -> str:
    """A dimension of impact and two competencies named FIRST and SECOND,
    and one level per item of LEVELS naming the competencies it describes
    besides impact ('a' for FIRST, 'b' for SECOND)."""
    body = (
        "dimensions:\n"
        "  - id: results\n"
        "    name: Results\n"
        "    competencies:\n"
        "      - {id: impact, name: Impact}\n"
        f"      - {{id: a, name: {first}}}\n"                   # 12
        f"      - {{id: b, name: {second}}}\n"                  # 13
        "levels:\n"
    )
    for number, which in enumerate(levels, 1):
        cells = ", ".join(["impact: [I deliver]"] + [f"{cid}: [I plan {number}]" for cid in which])
        body += f"  - id: IC{number}\n    title: IC{number}\n    competencies: {{{cells}}}\n"
    return body


@pytest.mark.parametrize("first, second", [
    ("Strategy", "Strategy and Change Management"),       # a section renamed at one level (Dropbox, IC5)
    ("Design & Architecture", "Architecture and Design"),  # the same words in another order
    ("Test Automation", "Test Automation & Infrastructure"),
])
def test_one_competency_named_two_ways_is_one_finding(cli, write, first, second):
    # 'a' at IC1-IC2, 'b' at IC3: never both at one level, and between them at
    # every level from IC1 to IC3. IC4 has neither: a real gap, still reported.
    body = _renamed_body(first, second, ["a", "a", "b", ""])
    assert findings(cli, write, body, "LL401") == [
        f"13:14: competencies 'a' ({first}, at IC1 and IC2) and 'b' ({second}, at IC3) never have entries at one "
        "level: one competency named two ways; merge them into 'a': move the entries of 'b' under 'a' at their "
        f"levels and remove 'b' (rename 'a' if '{second}' is the name to keep)",
        "26:5: level 'IC4' has no entry for 2 competencies: 'a' and 'b' (level 'IC3' below it assesses 'b': this "
        "level assesses 1 of its 2); add their statements, or not_applicable with the reason",
    ]


def test_the_competency_named_two_ways_kept_is_the_one_more_levels_describe(cli, write):
    body = _renamed_body("Strategy", "Strategy & Change Management", ["a", "b", "b"])
    [finding] = findings(cli, write, body, "LL401")
    assert finding.startswith("12:14: competencies 'b' (Strategy & Change Management, at IC2 and IC3) and 'a' "
                              "(Strategy, at IC1)")
    assert "merge them into 'b': move the entries of 'a' under 'b'" in finding


@pytest.mark.parametrize("first, second, levels", [
    ("Technical Leadership", "People Leadership", ["a", "a", "b"]),  # one word shared: two competencies
    ("Code Quality", "Code Review", ["a", "b", "b"]),
    ("Strategy", "Technical Strategy", ["a", "ab", "b"]),  # both at IC2: two competencies
    ("Strategy", "Strategy and Change Management", ["a", "", "b"]),  # neither at IC2: gaps, not a rename
])
def test_competencies_that_are_not_one_named_two_ways_keep_a_finding_per_level(cli, write, first, second, levels):
    body = _renamed_body(first, second, levels)
    got = findings(cli, write, body, "LL401")
    assert got and all("level 'IC" in finding and "named two ways" not in finding for finding in got)


@pytest.mark.parametrize("first, second", [
    ("Personal Growth", "Personal growth"),  # one name spelt two ways: LL408 says merge them
    ("Agility", "Agility / Innovation"),  # joins 'Agility' and 'Innovation': LL408 says split it among them
])
def test_competencies_that_ll408_tells_to_merge_are_not_reported_again(cli, write, first, second):
    body = _renamed_body(first, second, ["b", "a"]).replace(
        "      - {id: b,", "      - {id: innovation, name: Innovation}\n      - {id: b,")
    body = body.replace("impact: [I deliver]", "impact: [I deliver], innovation: [I try]")
    assert all("named two ways" not in finding for finding in findings(cli, write, body, "LL401"))
    assert findings(cli, write, body, "LL408")


def test_competencies_of_two_dimensions_are_not_one_named_two_ways(cli, write):
    body = _renamed_body("Strategy", "Impact", ["a", "a"]).replace(
        "      - {id: b, name: Impact}\n", "  - id: change\n    name: Change\n    competencies:\n"
        "      - {id: b, name: Strategy and Change}\n")
    body = body.replace("    competencies: {impact: [I deliver], a: [I plan 2]}",
                        "    competencies: {impact: [I deliver], b: [I plan 2]}")
    assert [finding.split(": ", 1)[1] for finding in findings(cli, write, body, "LL401")] == [
        "level 'IC1' has no entry for competency 'b'; add its statements, or not_applicable with the reason",
        "level 'IC2' has no entry for competency 'a'; add its statements, or not_applicable with the reason",
    ]


# LL402 unknown-reference ------------------------------------------------------


def test_unknown_references_with_did_you_mean(cli, write):
    body = "proficiency_scale: [working, expert]\n" + DIMENSIONS.replace("levels:\n", "") + (
        "levels:\n"
        "  - id: IC1\n"                                                  # 19
        "    title: IC1\n"
        "    dimensions: {talnet: I grow, results: I deliver}\n"
        "    competencies:\n"
        "      impact: {proficiency: experts, statements: [I deliver]}\n"
        "      personal-growh: [I act on feedback]\n"                    # 24
        "      personal-grow: [I seek feedback]\n"
        "      strategi: [I plan]\n"
        "      hiring: [I interview]\n"
    )
    assert findings(cli, write, body, "LL402") == [
        "21:18: level 'IC1' has a summary for dimension 'talnet', which is not declared; did you mean "
        "'talent' (Talent)?",
        "23:29: level 'IC1' gives competency 'impact' proficiency 'experts', which is not on the "
        "proficiency_scale; did you mean 'expert'?",
        "24:7: level 'IC1' names competency 'personal-growh', which is not declared; did you mean "
        "'personal-growth' (Personal Growth)?",
        "25:7: level 'IC1' names competency 'personal-grow', which is not declared; did you mean "
        "'personal-growth' (Personal Growth)?",
        "26:7: level 'IC1' names competency 'strategi', which is not declared; did you mean 'strategy' (Strategy)?",
        "27:7: level 'IC1' names competency 'hiring', which is not declared",
    ]


def test_did_you_mean_compares_names_too():
    from ladderlint.rules.messages import suggest

    # A key written as the name reads, not as the id.
    assert suggest("growth-personal", [("pg", "Growth (personal)")]) == "; did you mean 'pg' (Growth (personal))?"
    assert suggest("zzz", [("impact", "Impact")]) == ""


def test_proficiency_without_a_scale(cli, write):
    body = ONE_DIMENSION + "levels:\n  - {id: IC1, title: A, competencies: {impact: {proficiency: expert}}}\n"
    assert findings(cli, write, body, "LL402") == [
        "13:62: level 'IC1' gives competency 'impact' proficiency 'expert', but the framework declares no "
        "proficiency_scale"
    ]


def test_omitted_level_typo(cli, write):
    body = "omitted_levels:\n  - {id: 1C2, reason: Elsewhere}\n  - {id: IC4, reason: Not yet}\n" + ONE_DIMENSION + (
        "levels:\n"
        "  - {id: IC1, title: A, competencies: {impact: [I deliver]}}\n"
        "  - {id: IC3, title: B, competencies: {impact: [I lead]}}\n"
    )
    assert findings(cli, write, body, "LL402") == [
        "8:10: omitted level '1C2' is in none of the numbered sequences of the levels; did you mean 'IC2'?"
    ]


@pytest.mark.parametrize(
    ("omitted", "expected"),
    [
        # A typo for a level: far beyond the levels, with nothing omitted between.
        ("[{id: E22, reason: not yet}]", ["did you mean 'E2'?"]),
        ("[{id: E9, reason: not yet}]", [""]),
        ("[{id: E0, reason: Interns}, {id: E7, reason: Not yet}]", [""]),
        # Next to the levels, or a run of them that reaches the levels: acknowledged.
        ("[{id: E4, reason: Not yet}]", []),
        ("[{id: E4, reason: Not yet}, {id: E5, reason: Not yet}]", []),
        ("[{id: E0, reason: Interns}]", []),
    ],
)
def test_omitted_level_that_names_no_level(cli, write, omitted, expected):
    body = f"omitted_levels: {omitted}\n" + ONE_DIMENSION + "levels:\n" + "".join(
        f"  - {{id: E{n}, title: E{n}, competencies: {{impact: [I deliver {n}]}}}}\n" for n in (1, 2, 3)
    )
    found = findings(cli, write, body, "LL402")
    assert [f.partition("; ")[2] for f in found] == expected
    for finding in found:
        assert "names no level: it is neither between two levels nor next to the lowest or highest" in finding


def test_known_references(cli, write):
    body = "proficiency_scale: [working, expert]\n" + DIMENSIONS.replace("levels:\n", "") + (
        "omitted_levels: [{id: ic-2, reason: Elsewhere}]\n"
        "levels:\n"
        "  - {id: IC1, title: A, dimensions: {talent: I grow}, competencies: {impact: {proficiency: working}}}\n"
        "  - {id: IC3, title: B, competencies: {impact: [I lead], strategy: [I plan], personal-growth: [I grow]}}\n"
    )
    assert findings(cli, write, body, "LL402") == []


# LL403 empty-cell -------------------------------------------------------------


def test_empty_cells(cli, write):
    body = DIMENSIONS + (
        "  - id: IC1\n"
        "    title: IC1\n"
        "    competencies:\n"
        "      impact: []\n"                                        # 21
        "      strategy: {note: To be written}\n"
        "      personal-growth: {statements: []}\n"
    )
    assert findings(cli, write, body, "LL403") == [
        "21:15: level 'IC1' has an empty entry for competency 'impact'; write its statements, or "
        "not_applicable with the reason",
        "22:17: level 'IC1' has an empty entry for competency 'strategy'; write its statements, or "
        "not_applicable with the reason",
        "23:24: level 'IC1' has an empty entry for competency 'personal-growth'; write its statements, or "
        "not_applicable with the reason",
    ]


def test_a_mark_written_as_a_statement_is_no_expectation(cli, write):
    """A table's 'N/A' or '—' copied into the YAML as a statement: people
    would be assessed against it, and the progression rules read it as one."""
    body = DIMENSIONS + (
        "  - id: IC1\n"
        "    title: IC1\n"
        "    competencies:\n"
        "      impact: [N/A]\n"                                    # 21
        "      strategy: [\"\u2014\"]\n"
        "      personal-growth: [None of the above is expected yet, I learn]\n"
    )
    assert findings(cli, write, body, "LL403") == [
        "21:15: level 'IC1' says that competency 'impact' does not apply with a statement, 'N/A'; write "
        "not_applicable with the reason instead",
        "22:17: level 'IC1' says that competency 'strategy' does not apply with a statement, '\u2014'; write "
        "not_applicable with the reason instead",
    ]


def test_a_reference_to_another_level_alone_is_no_expectation(cli, write):
    """'see E3' in a matrix's cell: the statement people read names a level
    and says nothing of its own."""
    body = DIMENSIONS + (
        "  - id: E3\n"
        "    title: Senior Engineer\n"
        "    competencies: {impact: [I deliver projects], strategy: [I plan], personal-growth: [I learn]}\n"
        "  - id: E4\n"
        "    title: Staff Engineer\n"
        "    competencies:\n"
        "      impact: [see E3]\n"                                  # 24
        "      strategy: [Same as Senior Engineer.]\n"
        "      personal-growth: [As the previous level]\n"
        "  - id: E5\n"
        "    title: Principal Engineer\n"
        "    competencies:\n"
        "      impact: [See E3 for the basics, and I set the direction]\n"
        "      strategy: [I see E4 engineers grow]\n"
        "      personal-growth: [As E4, I coach]\n"
    )
    assert findings(cli, write, body, "LL403") == [
        "24:15: level 'E4' refers to another level for competency 'impact' and says nothing of its own, 'see E3'; "
        "levels are cumulative: write what more is expected here, or not_applicable with the reason",
        "25:17: level 'E4' refers to another level for competency 'strategy' and says nothing of its own, "
        "'Same as Senior Engineer.'; levels are cumulative: write what more is expected here, or not_applicable "
        "with the reason",
        "26:24: level 'E4' refers to another level for competency 'personal-growth' and says nothing of its own, "
        "'As the previous level'; levels are cumulative: write what more is expected here, or not_applicable "
        "with the reason",
    ]


def test_cells_with_content_are_not_empty(cli, write):
    body = DIMENSIONS + (
        "  - id: IC1\n"
        "    title: IC1\n"
        "    competencies:\n"
        "      impact: [I deliver]\n"
        "      strategy: {not_applicable: Assessed from IC3}\n"
        "      personal-growth: {proficiency: working}\n"
    )
    assert findings(cli, write, body, "LL403") == []


# LL404 missing-summary --------------------------------------------------------


def test_missing_summary(cli, write):
    body = ONE_DIMENSION + (
        "levels:\n"
        "  - {id: IC1, title: A, summary: I deliver tasks, competencies: {impact: [I deliver]}}\n"
        "  - {id: IC2, title: B, competencies: {impact: [I lead]}}\n"
    )
    assert findings(cli, write, body, "LL404") == ["14:10: level 'IC2' has no summary"]


# LL405 unused-competency ------------------------------------------------------


def test_unused_competencies(cli, write):
    body = DIMENSIONS + (
        "  - {id: IC1, title: A, competencies: {impact: [I deliver], strategy: {not_applicable: Later}}}\n"
        "  - {id: IC2, title: B, competencies: {impact: [I lead], strategy: {not_applicable: Later}}}\n"
    )
    assert findings(cli, write, body, "LL405") == [
        "12:14: competency 'strategy' (Strategy) is declared but every level marks it not applicable",
        "16:14: competency 'personal-growth' (Personal Growth) is declared but no level describes it",
    ]


def test_every_competency_used(cli, write):
    body = DIMENSIONS + (
        "  - {id: IC1, title: A, competencies: {impact: [I deliver], strategy: {not_applicable: Later}}}\n"
        "  - {id: IC2, title: B, competencies: {impact: [I lead], strategy: [I plan], "
        "personal-growth: {proficiency: working}}}\n"
    )
    assert findings(cli, write, body, "LL405") == []


# LL406 placeholder ------------------------------------------------------------


def test_placeholders_in_every_kind_of_text(cli, write):
    body = ONE_DIMENSION.replace("{id: impact, name: Impact}", "{id: impact, name: Impact, description: TBD}") + (
        "levels:\n"
        "  - id: P3\n"                                                         # 13
        "    title: P3\n"
        "    summary: Lorem ipsum dolor sit amet\n"
        "    competencies:\n"
        "      impact:\n"
        "        - I reduce latency by ⟨target⟩ by ⟨date⟩, then by ⟨target⟩ again\n"   # 18
        "        - I ship <feature name> by <date> (see <br> and <b>)\n"
        "        - text: '[Insert the team OKR here]'\n"                       # 20
        "          examples: [Owner ________, 'TODO: an example']\n"
        "        - I own XXX and FIXME\n"
    )
    assert findings(cli, write, body, "LL406") == [
        "11:49: placeholder 'TBD' left in competency 'impact' description; write the actual text",
        "15:14: placeholder 'Lorem ipsum' left in level 'P3', summary; write the actual text",
        "18:31: placeholders '⟨target⟩' and '⟨date⟩' left in level 'P3', competency 'impact', statement 1; "
        "write the actual text",
        "19:18: placeholders '<feature name>' and '<date>' left in level 'P3', competency 'impact', "
        "statement 2; write the actual text",
        "20:18: placeholder '[Insert the team OKR here]' left in level 'P3', competency 'impact', "
        "statement 3; write the actual text",
        "21:28: placeholder '________' left in level 'P3', competency 'impact', statement 3, example 1; "
        "write the actual text",
        "21:39: placeholder 'TODO' left in level 'P3', competency 'impact', statement 3, example 2; "
        "write the actual text",
        "22:17: placeholders 'XXX' and 'FIXME' left in level 'P3', competency 'impact', statement 4; "
        "write the actual text",
    ]


def test_latin_filler_without_the_words_lorem_ipsum_is_a_placeholder(cli, write):
    # A mock-up's filler goes on past "Lorem ipsum": every sentence of it is a blank.
    body = ONE_DIMENSION + (
        "levels:\n"
        "  - id: P3\n"                                                         # 13
        "    title: P3\n"
        "    summary: Vivamus sagittis lacus vel augue, porta ac auctor.\n"
        "    competencies:\n"
        "      impact:\n"
        "        - Donec sed odio dui.\n"                                      # 18
        "        - Etiam porta sem malesuada magna mollis euismod.\n"
        "        - Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n"  # 20
        "        - I use sed and quam-like names, and read Dante's Inferno in the original\n"
        "        - I write a summary in Latin, Spanish or Italian when a client asks: nulla, dolore, odio\n"
    )
    assert findings(cli, write, body, "LL406") == [
        "15:14: placeholder text in Latin (lorem ipsum filler) left in level 'P3', summary: "
        "'Vivamus sagittis lacus v…'; write the actual text",
        "18:11: placeholder text in Latin (lorem ipsum filler) left in level 'P3', competency 'impact', "
        "statement 1: 'Donec sed odio dui.'; write the actual text",
        "19:11: placeholder text in Latin (lorem ipsum filler) left in level 'P3', competency 'impact', "
        "statement 2: 'Etiam porta sem malesuad…'; write the actual text",
        "20:11: placeholder 'Lorem ipsum' left in level 'P3', competency 'impact', statement 3; "
        "write the actual text",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A marker that names the comments or markers it is.
        "Resolves TODO comments before merging",
        "Knows that XXX and FIXME markers in code must be resolved before release",
        "Links every TODO/FIXME comment to a ticket",
        # Quoted or in code, as the marker is written in the code.
        'Fixes the bugs ("TODO" comments) in the codebase',
        "Resolves `FIXME` markers and \u201cXXX\u201d notes before a release",
        # A marker spelt out as an acronym in the same text.
        "Practises TBD (trunk-based development) and keeps branches short-lived",
        "Practises trunk-based development (TBD) and keeps branches short-lived",
        # A marker written as code writes it, with its owner or ticket.
        "Writes TODO(jane) or FIXME(ENG-123) only with a ticket",
        # Slots joined without spaces into a pattern: a naming scheme, a branch, a host.
        "Names branches feature/<ticket> and reads <team>.example.com",
        "Names services {team}-{service}",  # slots in braces joined to each other: a naming pattern
    ],
)
def test_no_placeholder_in_a_marker_named_as_a_thing_or_spelt_out(text):
    assert placeholders(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "TODO add examples",  # a note to the editor, with no noun naming the marker
        "Resolves comments (TODO)",
        "Practises TBD (to be decided) workflows",  # the words do not spell it
        "I own XXX and FIXME",
        'Resolves comments ("TODO")',  # quoted, with no noun naming the marker
        "Resolves comments (TODO) (owner)",
        "Works with <team name>, and <team>'s roadmap",  # a slot alone, or before a possessive
        "Delivers <goal>.",
        "TODO(jane): write this competency.",  # an editor's marker as the text's start
        "FIXME(ENG-123) add an example.",
        "Works with <team A>/<team B> on delivery.",  # slots joined only to each other
        "Ships <feature>-<component> end to end.",
        # A template's instruction left as the whole text.
        "Short summary of the competency",
        "Description of the level.",
        "  A brief overview of this dimension ",
        # A template's slot named in brackets, and a number left to fill in.
        "Represents [Company] at conferences",
        "Works with [Team name] and [company's name] leadership",
        "Knows the {{ organisation_name }} values",
        "Leads [N] engineers and cuts costs by X%",
        "Keeps the error rate under XX% and supports iOS XX",
        "Saves $XX a month",
        "Grows MRR by $XXk and ARR by €XXm",
        # Quotes or code elsewhere in the text, an apostrophe, a letter defined for another number.
        "Writes the team's [Company] values",
        "Writes the team’s 'values' for [Company]",
        "Uses `git` to cut costs by X%",
        "Grows revenue by X% and N% where N is set yearly",
        "`[Company]`",
        "Ships {team} - {service} features",  # slots apart, with spaces: blanks
        "Mentors engineers in the {Discriminator} guild",  # a slot alone in a sentence
        # A slot before a noun that is no mark written in brackets; a slot
        # after the examples, or far from the words that give them.
        "Owns the [Team] backlog",
        "Uses tags like [Service] and leaves [Team] blank",
        "Writes templates such as the onboarding doc for [Company]",
    ],
)
def test_a_marker_beside_other_words_is_still_a_placeholder(text):
    assert placeholders(text) != []


@pytest.mark.parametrize(("text", "found"), [
    # In another language, the phrase that says it is still to write, in a slot or as the whole text.
    ("Gère des systèmes complexes (expert API Platform, [à compléter]).", "[à compléter]"),
    ("Anime la revue de code (à définir : périmètre exact).", "(à définir : périmètre exact)"),
    ("À compléter.", "À compléter"),
    ("Lidera proyectos [por definir]", "[por definir]"),
    ("Lidera projetos (a definir)", "(a definir)"),
    ("Zu ergänzen", "Zu ergänzen"),
    ("Übernimmt Verantwortung [zu ergänzen: Beispiele]", "[zu ergänzen: Beispiele]"),
    ("Guida il team [da definire]", "[da definire]"),
])
def test_a_slot_still_to_write_in_another_language_is_a_placeholder(text, found):
    assert [m.group() for m in placeholders(text)] == [found]


def test_a_slot_still_to_write_in_another_language_is_reported_in_a_framework(cli, write):
    body = "language: fr\n" + ONE_DIMENSION + (
        "levels:\n  - id: P3\n    title: P3\n    competencies:\n"
        "      impact: [\"Gère des systèmes complexes (expert API Platform, à définir)\", "
        "\"Anime la revue de code (à définir)\", \"À compléter\"]\n"
    )
    assert findings(cli, write, body, "LL406") == [
        "17:104: placeholder '(à définir)' left in level 'P3', competency 'impact', statement 2; write the actual text",
        "17:119: placeholder 'À compléter' left in level 'P3', competency 'impact', statement 3; write the actual text",
    ]


def test_a_long_statement_with_a_slot_in_round_brackets_in_another_language_is_reported(cli, write):
    # Long enough not to be read as a note: found by the search for the phrase after a round bracket.
    body = "language: es\n" + ONE_DIMENSION + (
        "levels:\n  - id: P3\n    title: P3\n    competencies:\n"
        "      impact: [\"Lidera la revisión de código del equipo y de los equipos vecinos (por definir)\", "
        "\"Lidera la revisión de código del equipo y de los equipos vecinos (por ejemplo, APIs)\"]\n"
    )
    assert [line.split(": ", 1)[1].split(" left")[0] for line in findings(cli, write, body, "LL406")] == [
        "placeholder '(por definir)'"]


@pytest.mark.parametrize("text", [
    "Aide à définir la stratégie technique de l'équipe.",  # the verb, with its object
    "Aide à définir et à compléter la documentation (à définir la stratégie).",
    "Ayuda a definir la estrategia del equipo.",
    "Hilft, die Dokumentation zu ergänzen.",
])
def test_those_phrases_as_words_of_a_sentence_are_no_placeholder(text):
    assert placeholders(text) == []


def test_a_template_slot_left_in_is_reported_at_the_slot(cli, write):
    body = ONE_DIMENSION + (
        "levels:\n  - id: P3\n    title: P3\n    competencies:\n"
        "      impact: [\"Represents [Company] externally\", \"Cuts p99 latency by XX%\", "
        "\"Represents the company externally\", \"Cuts p99 latency by 20%\"]\n"
    )
    assert findings(cli, write, body, "LL406") == [
        "16:28: placeholder '[Company]' left in level 'P3', competency 'impact', statement 1; write the actual text",
        "16:72: placeholder 'XX%' left in level 'P3', competency 'impact', statement 2; write the actual text",
    ]


def test_a_template_slot_quoted_coded_linked_or_defined_is_not_reported(cli, write):
    body = ONE_DIMENSION + (
        "levels:\n  - id: P3\n    title: P3\n    competencies:\n"
        "      impact: [\"Writes ADRs using the template '[Number] - [Title]'\", "
        "\"Uses `[Service]` as the commit prefix\", \"See the [Team][team-page] page\", "
        "\"Reduces error rates by X% where X is agreed with the manager\", \"Grows MRR by $XXk\"]\n"
    )
    assert findings(cli, write, body, "LL406") == [
        "16:224: placeholder '$XXk' left in level 'P3', competency 'impact', statement 5; write the actual text",
    ]


def test_a_tag_in_brackets_or_a_template_syntax_given_as_an_example_is_not_reported(cli, write):
    body = ONE_DIMENSION + (
        "levels:\n  - id: P3\n    title: P3\n    competencies:\n"
        "      impact: [\"Uses the [Service] tag in commit messages\", "
        "\"Writes Jinja templates such as {{ name }}\", \"Explains placeholders like [Company] to new writers\", "
        "\"Represents [Company] externally\"]\n"
    )
    assert findings(cli, write, body, "LL406") == [
        "16:173: placeholder '[Company]' left in level 'P3', competency 'impact', statement 4; write the actual text",
    ]


def test_a_marker_spelt_out_in_one_text_or_the_glossary_is_a_term_everywhere(cli, write):
    def body(statements: str, glossary: str = "") -> str:
        return ONE_DIMENSION + glossary + (
            "levels:\n"
            "  - id: P2\n"
            "    title: P2\n"
            "    competencies:\n"
            "      impact:\n"
            f"{statements}"
        )

    spelt_out = "        - Practises trunk-based development (TBD)\n        - Keeps TBD branches short-lived\n"
    assert findings(cli, write, body(spelt_out), "LL406") == []
    glossary = "glossary:\n  TBD: trunk-based development, where everyone merges to one branch daily\n"
    assert findings(cli, write, body("        - Keeps TBD branches short-lived\n", glossary), "LL406") == []
    # Without the words anywhere, TBD is left to fill in.
    assert findings(cli, write, body("        - Keeps TBD branches short-lived\n"), "LL406") == [
        "17:17: placeholder 'TBD' left in level 'P2', competency 'impact', statement 1; write the actual text",
    ]


def test_placeholders_in_the_organisation_name_and_omitted_level_reasons(cli, write):
    """The texts around the levels are shown to readers too: the
    organisation's name (a template or an import that could not name it)
    and why a level is left out."""
    path = write("framework.yaml", (
        "ladderlint: 1\n"
        "id: acme\n"
        "name: Engineering Career Framework\n"
        "track: Backend Engineer\n"
        "version: \"1.0.0\"\n"
        "organisation: {name: ⟨organisation⟩}\n"                              # 6
        + ONE_DIMENSION +
        "omitted_levels:\n"
        "  - {id: P2, reason: TBD}\n"                                          # 13
        "levels:\n"
        "  - {id: P1, title: P1, competencies: {impact: [I deliver]}}\n"
        "  - {id: P3, title: P3, competencies: {impact: [I deliver more]}}\n"
    ))
    run = cli("check", "--format", "concise", "--select", "LL406", "--fail-on", "never", str(path))
    assert run.lines[:-1] == [
        f"{path}:6:22: LL406 [error] placeholder '⟨organisation⟩' left in organisation name; write the actual text",
        f"{path}:13:22: LL406 [error] placeholder 'TBD' left in omitted level 'P2', reason; write the actual text",
    ]


def test_placeholders_in_the_owners_and_the_licence(cli, write):
    """A template leaves who owns the framework and its licence to fill."""
    def framework(owners: str, licence: str) -> str:
        return (
            "ladderlint: 1\n"
            "id: acme\n"
            "name: Acme Engineering Career Framework\n"
            "track: Backend Engineer\n"
            "version: \"1.0.0\"\n"
            f"owners: {owners}\n"                                                 # 6
            f"licence: {licence}\n"                                               # 7
            "organisation: {name: Acme}\n"
            + ONE_DIMENSION +
            "levels:\n"
            "  - {id: P1, title: P1, competencies: {impact: [I deliver]}}\n"
        )

    path = write("framework.yaml", framework('[Engineering leads, TODO]', '"[insert licence]"'))
    run = cli("check", "--format", "concise", "--select", "LL406", "--fail-on", "never", str(path))
    assert run.lines[:-1] == [
        f"{path}:6:29: LL406 [error] placeholder 'TODO' left in framework owners; write the actual text",
        f"{path}:7:11: LL406 [error] placeholder '[insert licence]' left in framework licence; write the actual text",
    ]
    path = write("filled.yaml", framework("[Engineering leads, people-team@acme.example]", "CC-BY-4.0"))
    run = cli("check", "--format", "concise", "--select", "LL406", "--fail-on", "never", str(path))
    assert run.lines[:-1] == []


@pytest.mark.parametrize(
    "text",
    [
        "Part of being on a team is contributing beyond accomplishing your own todo list",
        "Sizes XXXL and XXS",
        "Uses <br> and <strong>bold</strong> from an export",
        "See [your team's page](https://example.com)",
        "a < b and c > d",
        "Use snake_case and __dunder__ names",
        "I keep the TBDs list short",
        # A type's parameters, written against its name: code, not a blank.
        "Knows generics such as List<T>, Promise<void> and std::unique_ptr<Widget>",
        # The slots of a form the text quotes.
        'Writes user stories as "As a <user>, I want <goal> so that <benefit>"',
        "Names branches \u201c<ticket>-<summary>\u201d and commits \u201c<type>: <summary>\u201d",
        # Such words within a statement are its own.
        "I write a short summary of the project for my team",
        "Writes a description of the level of risk of each change",
        # Brackets and numbers of ordinary text: a footnote, an editor's word, a link, a percentage.
        "Cites the study [1] and quotes it [sic] where it says [the team] grew",
        "See [Company values](https://example.com) and grow revenue by 10% (N/A elsewhere)",
        # A form the text quotes, with its slot.
        'States impact in numbers ("cut costs by X%") and writes "[Company] announces ..." releases',
        # Single quotes, straight or curly, as double ones; a slot quoted alone.
        "Writes ADRs using the template '[Number] - [Title]'",
        "Writes ‘X%’ in docs and “[Company]” in titles",
        # Code, which the text quotes.
        "Uses `[Service]` as the commit prefix and `X%` in alert text",
        "Writes structured logs such as `user={name}` and `{{ team }}` in templates",
        # A reference link's text; a number the text defines.
        "See the [Team][team-page] page and [your team][]",
        "Reduces error rates by X% where X is agreed with the manager",
        "Leads N engineers, where N = the size of the team, and grows it by N%",
        # A pattern's parts, joined to its letters.
        "Follows the naming convention service-[team]-[env] and {team}.example.com",
        # A tag or a label written in brackets, named as one.
        "Uses the [Service] tag in commit messages and the [Team] label on tickets",
        # The syntax of templates, given as examples of it.
        "Writes Jinja templates such as {{ name }}",
        "Replaces placeholders like [Company], [Team] and <date> in offer letters",
        "Uses template variables (e.g. {{ team }}) and removes markers such as TODO before publishing",
    ],
)
def test_no_placeholder_in_ordinary_text(text):
    assert placeholders(text) == []


# LL407 undefined-term ---------------------------------------------------------


def test_undefined_terms(cli, write):
    body = "glossary:\n  Release train: A fixed schedule of releases\n" + ONE_DIMENSION + (
        "levels:\n"
        "  - id: IC3\n"                                                       # 15
        "    title: IC3\n"
        "    summary: I have achieved proficiency in ML development lifecycle*.\n"
        "    competencies:\n"
        "      impact:\n"
        "        - I ship on the release train* and the RELEASE  TRAIN*\n"    # 20
        "        - 'I ship on the release trains* with *care* and **bold** words, twice: the release trains*'\n"
        "        - I master the (ML lifecycle)* of my projects\n"
    )
    assert findings(cli, write, body, "LL407") == [
        "17:45: 'ML development lifecycle*' in level 'IC3', summary is marked as a glossary term, but the "
        "glossary has no entry for it",
        "21:26: 'release trains*' in level 'IC3', competency 'impact', statement 2 is marked as a glossary "
        "term, but the glossary has no entry for it; did you mean 'Release train'?",
        "22:25: 'ML lifecycle*' in level 'IC3', competency 'impact', statement 3 is marked as a glossary "
        "term, but the glossary has no entry for it",
    ]


def test_defined_terms_and_emphasis(cli, write):
    body = "glossary:\n  ML development lifecycle: The stages of an ML project\n" + ONE_DIMENSION + (
        "levels:\n"
        "  - id: IC3\n"
        "    title: IC3\n"
        "    summary: I am proficient in the ml  development lifecycle*.\n"
        "    competencies:\n"
        "      impact: [Seen as *go to* person, where without *your* input it fails, '* a footnote', 2 * 3,\n"
        "               I design for different lifecycle* stages, I plan each lifecycle* stage]\n"
    )
    assert findings(cli, write, body, "LL407") == []


def test_a_star_in_a_name_is_not_a_term_mark(cli, write):
    # A* and its kin are names with a star; a term is a word of two letters or more.
    body = "glossary:\n  Release train: A fixed schedule of releases\n" + ONE_DIMENSION + (
        "levels:\n"
        "  - id: IC3\n"
        "    title: IC3\n"
        "    competencies:\n"
        "      impact:\n"
        "        - Implements graph searches such as A* and Dijkstra, or IDA* and Theta*, in C* or an R*-tree\n"
        "        - Keeps the SLO* of each service\n"                           # 20
    )
    assert findings(cli, write, body, "LL407") == [
        "20:21: 'SLO*' in level 'IC3', competency 'impact', statement 2 is marked as a glossary term, but the "
        "glossary has no entry for it",
    ]


def test_a_term_that_ends_in_a_mark_is_a_term(cli, write):
    # A glossary term as the glossary writes it, whatever its last character; a name such as "D++" is a term.
    body = "glossary:\n  C++: A language\n  Yahoo!: A site\n" + ONE_DIMENSION + (
        "levels:\n"
        "  - id: IC3\n"
        "    title: IC3\n"
        "    competencies:\n"
        "      impact:\n"
        "        - I write C++* and D++* for Yahoo!*, then F#*, and 10+* services\n"
    )
    assert findings(cli, write, body, "LL407") == [
        "20:28: 'D++*' in level 'IC3', competency 'impact', statement 1 is marked as a glossary term, but the "
        "glossary has no entry for it",
        "20:51: 'F#*' in level 'IC3', competency 'impact', statement 1 is marked as a glossary term, but the "
        "glossary has no entry for it",
    ]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I have achieved proficiency in ML development lifecycle", "ML development lifecycle"),
        ("I know the lifecycle", "lifecycle"),
        ("Owns; cost-of-delay", "cost-of-delay"),
        ("a b c d e f", "c d e f"),
        ("I master the (ML lifecycle)", "ML lifecycle"),
    ],
)
def test_term_before_a_star_without_glossary(text, term):
    assert term_before(text, []) == (term, False)


def test_star_offsets():
    assert starred("a term* here, *emphasis* and **bold**, end*") == [6, 42]


# LL408 duplicate-name ---------------------------------------------------------


def test_duplicate_names(cli, write):
    body = (
        "dimensions:\n"
        "  - id: talent\n"                                                         # 8
        "    name: Talent\n"
        "    competencies:\n"
        "      - {id: personal-growth, name: Personal Growth}\n"
        "      - {id: personal-growth-2, name: \"Personal growth\\u00a0\"}\n"        # 12
        "  - id: culture\n"
        "    name: talent\n"
        "    competencies:\n"
        "      - {id: key-behaviors, name: Key Behaviors}\n"
        "      - {id: key-behaviors-2, name: Key Behaviors}\n"                     # 17
        "levels:\n"
        "  - {id: IC1, title: A, competencies: {personal-growth: [I grow]}}\n"
    )
    assert findings(cli, write, body, "LL408") == [
        "12:39: competency 'personal-growth-2' has a name ('Personal growth') that differs only in case, "
        "spacing or punctuation from competency 'personal-growth' ('Personal Growth'); merge them, or rename one",
        "14:11: dimension 'culture' has a name ('talent') that differs only in case, spacing or punctuation "
        "from dimension 'talent' ('Talent'); merge them, or rename one",
        "17:37: competency 'key-behaviors-2' has the same name as competency 'key-behaviors' ('Key Behaviors'); "
        "merge them, or rename one",
    ]


@pytest.mark.parametrize("in_every_dimension", [True, False])
def test_a_name_every_dimension_gives_a_part_is_no_duplicate(cli, write, in_every_dimension):
    # Dropbox's pages: 'Key Behaviors' under Results and under Culture.
    third = "      - {id: craft-key-behaviors, name: Key Behaviors}\n" if in_every_dimension else \
        "      - {id: craft-skills, name: Skills}\n"  # in two of three dimensions: as likely a copy
    body = (
        "dimensions:\n"
        "  - {id: results, name: Results, competencies: [{id: results-key-behaviors, name: Key Behaviors}]}\n"
        "  - {id: culture, name: Culture, competencies: [{id: culture-key-behaviors, name: Key Behaviors}]}\n"
        "  - id: craft\n"
        "    name: Craft\n"
        "    competencies:\n" + third +
        "levels:\n"
        "  - {id: IC1, title: A, competencies: {results-key-behaviors: [I deliver]}}\n"
    )
    expected = [] if in_every_dimension else [
        "9:83: competency 'culture-key-behaviors' has the same name as competency 'results-key-behaviors' "
        "('Key Behaviors'); merge them, or rename one"]
    assert findings(cli, write, body, "LL408") == expected


def test_a_name_both_of_two_dimensions_give_is_still_a_duplicate(cli, write):
    body = (
        "dimensions:\n"
        "  - {id: technical, name: Technical, competencies: [{id: communication, name: Communication}]}\n"
        "  - {id: behaviours, name: Behaviours, competencies: [{id: communication-2, name: Communication}]}\n"
        "levels:\n"
        "  - {id: IC1, title: A, competencies: {communication: [I write clearly]}}\n"
    )
    assert [f.split(": ", 1)[1] for f in findings(cli, write, body, "LL408")] == [
        "competency 'communication-2' has the same name as competency 'communication' ('Communication'); merge "
        "them, or rename one"]


def test_merged_competency(cli, write):
    body = (
        "dimensions:\n"
        "  - id: direction\n"
        "    name: Direction\n"
        "    competencies:\n"
        "      - {id: agility, name: Agility}\n"
        "      - {id: innovation, name: Innovation}\n"
        "      - {id: agility-innovation, name: Agility / Innovation}\n"        # 13
        "      - {id: execution-results, name: Execution & Results}\n"
        "      - {id: research, name: Research and Innovation}\n"
        "levels:\n"
        "  - {id: IC1, title: A, competencies: {agility: [I adapt]}}\n"
    )
    assert findings(cli, write, body, "LL408") == [
        "13:40: competency 'agility-innovation' (Agility / Innovation) joins competencies 'agility' and "
        "'innovation'; file its statements under those, and remove it"
    ]


def test_distinct_names(cli, write):
    body = (
        "dimensions:\n"
        "  - {id: impact, name: Impact, competencies: [{id: impact, name: Impact}, {id: reach, name: Impact reach}]}\n"
        "levels:\n"
        "  - {id: IC1, title: A, competencies: {impact: [I deliver], reach: [I reach]}}\n"
    )
    assert findings(cli, write, body, "LL408") == []


def test_a_starred_term_naming_an_entry_by_its_last_words_is_defined(cli, write):
    # Dropbox's ML engineer pages (Apache-2.0): "through the lifecycle* of an ML project".
    body = "glossary:\n  ML development lifecycle: The stages of an ML project\n" + ONE_DIMENSION + (
        "levels:\n"
        "  - id: IC4\n"
        "    title: IC4\n"
        "    competencies:\n"
        "      impact:\n"
        "        - I provide critical feedback through the lifecycle* of an ML project.\n"
        "        - I know the development cycle* well\n"
    )
    assert [f.split(": ", 1)[1] for f in findings(cli, write, body, "LL407")] == [
        "'development cycle*' in level 'IC4', competency 'impact', statement 2 is marked as a glossary term, "
        "but the glossary has no entry for it; did you mean 'ML development lifecycle'?",
    ]


@pytest.mark.parametrize("text", [
    "Fixed a TODO for someone else in the codebase",  # a marker named as a thing
    "Clears the old FIXMEs in the services they own",
    "Uses <picture> and <video> elements well",  # markup, LL510's
    "Adds <time datetime='2024-01-01'>dates</time> to pages",
    "Asks the right questions (why?) before building",  # a question of the text, not of its editor
])
def test_placeholder_quiet_on_markers_named_as_things_and_markup(cli, write, text):
    body = ONE_DIMENSION + f"levels:\n  - id: P3\n    title: P3\n    competencies:\n      impact: [\"{text}\"]\n"
    assert findings(cli, write, body, "LL406") == []


@pytest.mark.parametrize("text", [
    # A marker or the filler the text names as a word: the object of a verb, before a noun, listed with one so.
    "I replace lorem ipsum and TBD markers with real content before review.",
    "I remove any 'TBD' before review",
    "I flag TBD and TBC placeholders in the docs I review",
    "I strip out lorem ipsum and `TBD` before a page is published",
    'I catch "lorem ipsum" filler in design mock-ups',
])
def test_a_placeholder_named_as_a_word_is_none(cli, write, text):
    assert placeholders(text) == []
    # Nor Latin filler left in (LL406), nor words misspelt (LL512).
    body = ONE_DIMENSION + f"levels:\n  - id: P3\n    title: P3\n    competencies:\n      impact: [{text!r}]\n"
    assert findings(cli, write, body, "LL406") == findings(cli, write, body, "LL512") == []


@pytest.mark.parametrize("text", [
    "Lorem ipsum dolor sit amet", "TBD", "I own TBD", "I replace the cache with TBD", "TBD: replace lorem ipsum",
    "I own XXX and FIXME",
])
def test_a_placeholder_no_verb_or_noun_names_is_still_one(text):
    assert placeholders(text) != []


def test_placeholder_still_reports_bare_markers_and_blanks(cli, write):
    body = ONE_DIMENSION + (
        "levels:\n  - id: P3\n    title: P3\n    competencies:\n"
        "      impact: [\"TODO: write this\", \"Ships by <time>\", \"Leads the TODO\", "
        "\"Owns entire subsystems (example?)\", \"Moves the metric (which metric?)\", \"Owns the (<service>) API\", "
        "'Says \"<greeting>\" to new joiners']\n"
    )
    assert [f.split(": ", 1)[1].split(" left")[0] for f in findings(cli, write, body, "LL406")] == [
        "placeholder 'TODO'", "placeholder '<time>'", "placeholder '(example?)'", "placeholder '(which metric?)'",
        "placeholder '<service>'", "placeholder '<greeting>'",
    ]


def test_a_slot_named_by_an_html_element_and_words_is_a_placeholder_not_markup(cli, write):
    """A tag holds only attributes after its name: words that are none make a blank."""
    body = ONE_DIMENSION + (
        "levels:\n  - id: P3\n    title: P3\n    competencies:\n      impact:\n"
        "        - I follow the guide (see <link to onboarding doc>)\n"                 # 17
        "        - I agree my goals using <input from your manager>\n"
        "        - I move our <main KPI> every quarter\n"
        "        - I mark fields <input disabled> and <details open> and <a href=\"https://x.io\">docs</a>\n"
    )
    assert [f.split(" left")[0] for f in findings(cli, write, body, "LL406")] == [
        "17:35: placeholder '<link to onboarding doc>'",
        "18:34: placeholder '<input from your manager>'",
        "19:22: placeholder '<main KPI>'",
    ]
    assert [f.split(" in plain")[0] for f in findings(cli, write, body, "LL510")] == [
        "20:25: HTML tag '<input disabled>' (and 1 more)",
    ]


@pytest.mark.parametrize("text", [
    "Represents Company X at industry events",
    "Leads ??? initiatives across the org",
    "Mentors N engineers per year",
    "Grows senior engineers into leaders (N engineers per year)",
    "Hires engineers with X+ years of experience",
    "Leads initiatives across Company Y and Organisation XYZ",
])
def test_letters_and_question_marks_left_for_a_name_or_a_number_are_placeholders(text):
    assert placeholders(text) != []


@pytest.mark.parametrize("text", [
    "Reads an X-ray of N-tier apps on Windows X",
    "Writes the letter X on the board and has a Plan B",
    "Asks why? before building, and what?? when surprised",
    "Supports OS X users and Gen Z employees",
    "Returns the top N results and avoids N+1 queries and O(N) loops",
    "Leads N engineers, where N = the size of the team",
    "Names a variable `X` in code and writes \"N engineers\" in the form",
    "Automates certificates with ACME and Let's Encrypt",
    "Knows that X marks the spot",
    "Works with Project X and Team X",  # a code name and a team's name: real names as often as blanks
])
def test_letters_of_ordinary_text_are_no_placeholders(text):
    assert placeholders(text) == []


def test_the_sample_company_is_a_placeholder_in_another_organisations_framework(cli, write):
    def body(organisation: str) -> str:
        return (
            "ladderlint: 1\nid: harbourline\nname: Harbourline Engineering Ladder\ntrack: Backend Engineer\n"
            f"version: \"1.0.0\"\norganisation: {{name: {organisation}}}\n" + ONE_DIMENSION +
            "levels:\n  - id: P3\n    title: P3\n    competencies:\n      impact:\n"
            "        - I represent ACME Corp at meetups\n"                               # 17
            "        - I lead projects for Acme Inc.'s biggest customers, and Acme's\n"
        )

    def run(organisation: str) -> list[str]:
        path = write("framework.yaml", body(organisation))
        result = cli("check", "--format", "concise", "--select", "LL406", "--fail-on", "never", str(path))
        return [line.split(": ", 1)[1].split(" left")[0] for line in result.lines[:-1]]

    assert run("Harbourline") == [
        "LL406 [error] placeholder 'ACME Corp'", "LL406 [error] placeholders 'Acme Inc' and 'Acme'"]
    assert run("Acme") == []
    assert run("Acme Corp") == []
