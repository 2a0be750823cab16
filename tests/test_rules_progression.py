"""LL2xx: levels progress (order, gaps, proficiency, repeated, shrinking and
regressive expectations)."""

from __future__ import annotations

import pytest
import yaml

from ladderlint.model import build_framework
from ladderlint.rules import registry
from ladderlint.rules.ll201_level_order import lowest_first
from ladderlint.rules.ll205_repeated_statement import RepeatedStatement
from model_rules_helpers import HEADER, ONE_DIMENSION, findings


def levels(*rows: str) -> str:
    """A levels block, one level per row (flow style), after ONE_DIMENSION;
    the first row is on line 13."""
    return ONE_DIMENSION + "levels:\n" + "".join(f"  - {row}\n" for row in rows)


def lower_and_higher(lower: str, higher: str) -> str:
    """Two levels, L2 and L3, of one statement each in the competency 'impact'."""
    return levels(f'{{id: L2, title: A, competencies: {{impact: ["{lower}"]}}}}',
                  f'{{id: L3, title: B, competencies: {{impact: ["{higher}"]}}}}')


def level(level_id: str, title: str, extra: str = "") -> str:
    return f"{{id: {level_id}, title: {title}, {extra}competencies: {{impact: [I deliver]}}}}"


# LL201 level-order -----------------------------------------------------------


def test_level_order_by_numeric_suffix(cli, write):
    body = levels(level("IC1", "Engineer"), level("IC3", "Engineer"), level("IC2", "Engineer"))
    assert findings(cli, write, body, "LL201") == [
        "15:10: level 'IC2' (Engineer) is listed after level 'IC3' (Engineer), which has a higher number; "
        "list levels lowest first"
    ]


def test_level_order_and_gaps_read_a_sub_levels_letter(cli, write):
    """IC3a and IC3b split IC3: after IC3, before IC4, in order of their
    letters; they fill IC3's place in the sequence, so no gap is there."""
    body = levels(level("IC2", "A"), level("IC3b", "B"), level("IC3a", "C"), level("IC5", "D"))
    assert findings(cli, write, body, "LL201") == [
        "15:10: level 'IC3a' (C) is listed after level 'IC3b' (B), which has a higher number; "
        "list levels lowest first"
    ]
    assert findings(cli, write, body, "LL203") == [
        "16:10: levels go from 'IC3b' to 'IC5': 'IC4' is missing; describe it, or list it under "
        "omitted_levels with the reason"
    ]
    assert findings(cli, write, levels(level("IC3", "A"), level("IC3a", "B"), level("IC4", "C")), "LL201") == []


def test_level_order_by_rank(cli, write):
    body = levels(
        level("a", "Alpha", "rank: 1, "), level("b", "Beta", "rank: 3, "), level("c", "Gamma", "rank: 2, "),
        level("d", "Delta", "rank: 3, "),
    )
    assert findings(cli, write, body, "LL201") == [
        "15:33: level 'c' has rank 2, lower than the rank 3 of level 'b' listed before it; "
        "list levels lowest first, with ranks increasing",
        "16:33: level 'd' has rank 3, the same rank as level 'b' listed before it; "
        "list levels lowest first, with ranks increasing",
    ]


@pytest.mark.parametrize(
    ("titles", "reported"),
    [
        (["Junior Engineer", "Senior Engineer", "Mid-level Engineer"], "Mid-level Engineer"),
        (["Staff Engineer", "Principal Engineer", "Senior Staff Engineer"], "Senior Staff Engineer"),
        # A Lead is above Senior, wherever else companies put it.
        (["Lead Engineer", "Senior Engineer"], "Senior Engineer"),
        (["Intern", "Sr. Engineer", "Associate Engineer"], "Associate Engineer"),
        (["Engineer II", "Engineer I"], "Engineer I"),
        (["Distinguished Engineer", "Fellow", "Apprentice"], "Apprentice"),
        # Proficiencies are compared with proficiencies.
        (["Beginner", "Expert", "Intermediate"], "Intermediate"),
        (["Senior Expert", "Expert"], "Expert"),
        (["Novice", "Master", "Practitioner"], "Practitioner"),
        (["Practitioner", "Master", "Expert"], "Expert"),
        # The UK government's (DDaT) scale, and Foundation ... Expert.
        (["Awareness", "Practitioner", "Working", "Expert"], "Working"),
        (["Intermediate", "Foundation", "Advanced"], "Foundation"),
        # 'Intermediate' is in the middle of both scales.
        (["Junior", "Senior", "Intermediate"], "Intermediate"),
        # A role's title without a seniority word is between its Associate and its Senior; numbered I or II,
        # below its Senior.
        (["Developer Advocate", "Associate Developer Advocate", "Senior Developer Advocate"],
         "Associate Developer Advocate"),
        (["Associate Developer Advocate", "Senior Developer Advocate", "Developer Advocate"], "Developer Advocate"),
        (["Data Scientist I", "Senior Data Scientist", "Data Scientist II"], "Data Scientist II"),
        # The guild's scale: Apprentice < Journeyman (Craftsperson) < Master.
        (["Apprentice", "Master", "Journeyman"], "Journeyman"),
        (["Journeyperson", "Apprentice", "Master"], "Apprentice"),
        (["Apprentice", "Master", "Craftsperson"], "Craftsperson"),
        # A level word's number spelt out.
        (["Level One", "Level Three", "Level Two"], "Level Two"),
        # A role's lettered rungs count as a Grade's letters do.
        (["Solutions Engineer A", "Solutions Engineer C", "Solutions Engineer B"], "Solutions Engineer B"),
    ],
)
def test_level_order_by_title(cli, write, titles, reported):
    body = levels(*(level(f"x{chr(97 + i)}", title) for i, title in enumerate(titles)))
    result = findings(cli, write, body, "LL201")
    assert len(result) == 1 and f"({reported}) is listed after" in result[0]


@pytest.mark.parametrize(
    "titles",
    [
        # Codecademy's ladder: no seniority word in two of them, a number in one.
        ["Software Engineering Apprentice", "Software Engineer", "Software Engineer 2",
         "Senior Software Engineer", "Staff Software Engineer"],
        ["Junior", "Mid", "Senior", "Lead", "Principal", "Distinguished"],
        # Lead and Staff are not compared: companies place them either way.
        ["Senior Engineer", "Lead Engineer", "Staff Engineer"],
        ["Senior Engineer", "Staff Engineer", "Lead Engineer"],
        # Nor Lead and Principal: a role held at several seniorities, a Lead
        # is below Principal in most ladders and above it in some.
        ["Senior Engineer", "Principal Engineer", "Lead Engineer"],
        ["Senior Engineer", "Lead Engineer", "Principal Engineer"],
        ["Engineer I", "Engineer II", "Senior Engineer I", "Senior Engineer II"],
        ["IC3 Machine Learning Engineer", "IC4 Machine Learning Engineer"],
        # A proficiency is not compared with a seniority: companies place an
        # Expert between Junior and Senior, or above Senior.
        ["Junior", "Expert", "Senior", "Lead"],
        ["Junior Engineer", "Senior Engineer", "Expert", "Staff Engineer"],
        ["Senior", "Staff", "Senior Expert", "Principal"],
        ["Associate", "Practitioner", "Expert", "Master"],
        ["Master", "Junior", "Senior"],
        # A Practitioner is not compared with the proficiencies its range overlaps.
        ["Novice", "Proficient", "Practitioner", "Expert", "Master"],
        ["Novice", "Practitioner", "Competent", "Expert"],
        # A role alone is placed only against its own role's seniorities; a number of III or more may be its
        # Senior's (SDE III), and an Engineer I its Junior.
        ["Associate Developer Advocate", "Developer Advocate", "Senior Developer Advocate"],
        ["Data Scientist I", "Data Scientist II", "Senior Data Scientist"],
        ["Senior Software Engineer", "Software Engineer III"],
        ["Engineer I", "Junior Engineer"],
        ["Senior Engineer", "Engineering Manager"],
        ["Senior", "Developer Advocate"],
        ["Senior Engineer", "Expert Engineer"],  # a proficiency's word in a role's title ranks nothing
        ["Senior Engineer", "Director of Engineering", "Engineering Manager"],
        ["Apprentice", "Journeyman", "Master"],
        ["Apprentice", "Craftsperson", "Master"],
        ["Level One", "Level Two", "Level Three"],
        ["Solutions Engineer A", "Solutions Engineer B", "Solutions Engineer C"],
        # A letter ranks only its own role's rungs, and a letter inside a title is no rung.
        ["Support Engineer B", "Solutions Engineer A"],
        ["Engineer", "Plan B Engineer", "Senior Engineer"],
        ["Senior Engineer, Track B", "Senior Engineer, Track A"],
        ["Associate - Plan C", "Associate - Plan A"],
        # An apprentice is still a seniority: below a Junior and an Expert alike.
        ["Apprentice", "Junior", "Senior"],
        ["Apprentice", "Practitioner", "Expert"],
    ],
)
def test_level_order_quiet_on_ordered_ladders(cli, write, titles):
    body = levels(*(level(f"x{chr(97 + i)}", f'"{title}"') for i, title in enumerate(titles)))
    assert findings(cli, write, body, "LL201") == []


@pytest.mark.parametrize(
    "rows",
    [
        # A manager track: the Team Lead (a role, 'Lead' its noun) is its first rung, and
        # 'Senior' ranks the Engineering Manager, not the Team Lead.
        [level("team-lead", '"Team Lead"'), level("em", '"Engineering Manager"'),
         level("senior-em", '"Senior Engineering Manager"')],
        [level("tlm", '"Tech Lead Manager"'), level("em", '"Engineering Manager"'),
         level("senior-em", '"Senior Engineering Manager"')],
        [level("tech-lead", '"Tech Lead"'), level("senior-em", '"Senior Engineering Manager"')],
        # Two tracks in one list: companies pair a Senior Engineering Manager with a Staff or a
        # Principal Engineer, as they have it.
        [level("staff", '"Staff Engineer"'), level("senior-em", '"Senior Engineering Manager"')],
        [level("principal", '"Principal Engineer"'), level("senior-em", '"Senior Engineering Manager"')],
        # A Tech Lead is a role a Senior Engineer may hold.
        [level("tech-lead", '"Tech Lead"'), level("senior", '"Senior Engineer"')],
        # Different role nouns: the words do not say how a developer and an engineer pair.
        [level("senior-dev", '"Senior Developer"'), level("junior", '"Junior Engineer"')],
    ],
    ids=["team-lead", "tech-lead-manager", "tech-lead-then-manager", "staff-engineer", "principal-engineer",
         "tech-lead-then-senior", "developer-and-engineer"],
)
def test_level_order_does_not_compare_the_seniority_of_different_roles(cli, write, rows):
    """Seniority words order two levels only where they rank the same role:
    'Senior' in 'Senior Engineering Manager' says nothing of where a Team
    Lead, a Tech Lead Manager or a Staff Engineer stands."""
    assert findings(cli, write, levels(*rows), "LL201") == []


@pytest.mark.parametrize(
    ("rows", "reported"),
    [
        # One role, however its titles word it.
        ([level("staff", '"Staff Engineer"'), level("senior", '"Senior Engineer"')], "Senior Engineer"),
        ([level("staff", '"Staff Engineer"'), level("senior", '"Senior Software Engineer"')],
         "Senior Software Engineer"),
        ([level("principal", '"Principal Software Engineer"'), level("senior", '"Senior Engineer (Backend)"')],
         "Senior Engineer (Backend)"),
        ([level("lead", '"Lead Developer"'), level("senior", '"Sr. Developer"')], "Sr. Developer"),
        ([level("senior-em", '"Senior Engineering Manager"'), level("junior-em", '"Junior Engineering Manager"')],
         "Junior Engineering Manager"),
        # A plural names the same role: its people.
        ([level("senior", '"Senior Engineer"'), level("junior", '"Junior Engineers"')], "Junior Engineers"),
        ([level("staff", '"Staff Engineers"'), level("senior", '"Senior Software Engineer"')],
         "Senior Software Engineer"),
        # A seniority alone ranks the ladder's one role, whatever its other titles name.
        ([level("senior", '"Senior Engineer"'), level("intern", "Intern")], "Intern"),
        # A rung of the management track is above the roles it leads.
        ([level("director", '"Director of Engineering"'), level("senior-em", '"Senior Engineering Manager"')],
         "Senior Engineering Manager"),
        ([level("director", '"Director of Engineering"'), level("staff", '"Staff Engineer"')], "Staff Engineer"),
        ([level("vp", '"VP Engineering"'), level("director", '"Senior Director of Engineering"')],
         "Senior Director of Engineering"),
    ],
)
def test_level_order_still_compares_the_seniority_of_one_role(cli, write, rows, reported):
    result = findings(cli, write, levels(*rows), "LL201")
    assert len(result) == 1 and f"({reported}) is listed after" in result[0]


def test_level_order_reports_a_level_after_the_first_of_its_role_it_is_below(cli, write):
    body = levels(level("staff-pm", '"Staff Product Manager"'), level("staff", '"Staff Engineer"'),
                  level("senior", '"Senior Engineer"'))
    assert [f.split(": ", 1)[1] for f in findings(cli, write, body, "LL201")] == [
        "level 'senior' (Senior Engineer) is listed after the more senior level 'staff' (Staff Engineer); "
        "list levels lowest first"
    ]


def test_level_order_numbers_in_different_sequences_are_not_compared(cli, write):
    body = levels(level("IC3", "Engineer"), level("M1", "Manager"))
    assert findings(cli, write, body, "LL201") == []


@pytest.mark.parametrize(
    "rows",
    [
        # A declared rank that increases, whatever the titles' words say.
        [level("xa", '"Staff Engineer"', "rank: 1, "), level("xb", '"Senior Engineer"', "rank: 2, ")],
        # Ids numbered in one sequence.
        [level("IC4", '"Staff Engineer"'), level("IC5", '"Senior Engineer"')],
        # Codes in the titles.
        [level("xa", '"E5 Staff Engineer"'), level("xb", '"E6 Senior Engineer"')],
        # Freistil's ladder: numbered titles, ids L3 < L4 and ranks that increase.
        [level("L3", '"3 - Principal Engineer"', "rank: 3, "), level("L4", '"4 - Lead Engineer"', "rank: 4, ")],
    ],
)
def test_level_order_the_owners_order_outweighs_the_words(cli, write, rows):
    """A rank or a number the owner wrote says how the company orders its
    levels; the seniority words only guess it."""
    assert findings(cli, write, levels(*rows), "LL201") == []


def test_level_order_words_still_judge_levels_the_owner_does_not_order(cli, write):
    # One rank, or numbers in two sequences, order nothing: the words judge.
    one_rank = levels(level("xa", '"Senior Engineer"', "rank: 4, "), level("xb", '"Junior Engineer"'))
    two_sequences = levels(level("IC5", '"Senior Engineer"'), level("M1", '"Junior Engineer"'))
    ranks_down = levels(level("L3", '"Lead Engineer"', "rank: 4, "), level("L4", '"Principal Engineer"', "rank: 3, "))
    assert [f.split(": ", 1)[1] for f in findings(cli, write, one_rank, "LL201")] == [
        "level 'xb' (Junior Engineer) is listed after the more senior level 'xa' (Senior Engineer); "
        "list levels lowest first"
    ]
    assert len(findings(cli, write, two_sequences, "LL201")) == 1
    assert [f.split(": ", 1)[1] for f in findings(cli, write, ranks_down, "LL201")] == [
        "level 'L4' has rank 3, lower than the rank 4 of level 'L3' listed before it; "
        "list levels lowest first, with ranks increasing"
    ]


def _lowest_first(body: str) -> list[str] | None:
    framework = build_framework("f.yaml", yaml.safe_load(HEADER + body))
    ordered = lowest_first(framework.levels)
    return None if ordered is None else [level.id for level in ordered]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Listed in order: the listed order stands.
        (levels(level("IC1", "Engineer"), level("IC2", "Engineer")), None),
        # Numbers, every rank, or seniority words tell the order LL201 asks for.
        (levels(level("IC3", "Engineer"), level("IC1", "Engineer"), level("IC2", "Engineer")), ["IC1", "IC2", "IC3"]),
        (levels(level("a", "Alpha", "rank: 2, "), level("b", "Beta", "rank: 1, ")), ["b", "a"]),
        (levels(level("xa", '"Senior Engineer"'), level("xb", '"Junior Engineer"')), ["xb", "xa"]),
        # Names that contradict each other (ranks say one order, numbers the other) order nothing.
        (levels(level("IC1", "Engineer", "rank: 2, "), level("IC2", "Engineer", "rank: 1, ")), None),
    ],
)
def test_levels_lowest_first_as_the_level_order_asks(body, expected):
    """What `diff` reads a ladder listed out of order as (LL201's order)."""
    assert _lowest_first(body) == expected


# LL202 duplicate-level-title -------------------------------------------------


def test_duplicate_level_title(cli, write):
    body = levels(level("IC1", "Software Engineer"), level("IC2", '"software  engineer"'))
    assert findings(cli, write, body, "LL202") == [
        "14:22: level 'IC2' has the same title as level 'IC1' ('Software Engineer'); give each level its own title"
    ]


def test_distinct_level_titles(cli, write):
    body = levels(level("IC1", "Software Engineer"), level("IC2", "Software Engineer 2"))
    assert findings(cli, write, body, "LL202") == []


# LL203 level-gap ---------------------------------------------------------------


def test_level_gap(cli, write):
    body = levels(level("IC1", "A"), level("IC3", "B"), level("IC6", "C"))
    assert findings(cli, write, body, "LL203") == [
        "14:10: levels go from 'IC1' to 'IC3': 'IC2' is missing; describe it, or list it under "
        "omitted_levels with the reason",
        "15:10: levels go from 'IC3' to 'IC6': 'IC4' and 'IC5' are missing; describe them, or list them "
        "under omitted_levels with the reason",
    ]


def test_level_gap_acknowledged_by_omitted_levels(cli, write):
    body = "omitted_levels:\n  - {id: IC2, reason: Described in the general framework}\n" + levels(
        level("IC1", "A"), level("IC3", "B")
    )
    assert findings(cli, write, body, "LL203") == []


def test_level_gap_keeps_the_ids_spelling_and_ignores_other_sequences(cli, write):
    body = "omitted_levels:\n  - {id: l-02, reason: Not used}\n" + levels(
        level("L-01", "A"), level("L-04", "B"), level("senior", "C"), level("M9", "D")
    )
    assert findings(cli, write, body, "LL203") == [
        "16:10: levels go from 'L-01' to 'L-04': 'L-03' is missing; describe it, or list it under "
        "omitted_levels with the reason"
    ]


def test_no_gap_is_reported_around_a_level_whose_id_is_invalid(cli, write):
    """`Senior Engineer` may be the IC2 that looks missing: LL104 says what
    is wrong with it, and LL203 waits until it is fixed."""
    body = levels(level("IC1", "A"), level("Senior Engineer", "B"), level("IC3", "C"))
    assert findings(cli, write, body, "LL203") == []
    fixed = levels(level("IC1", "A"), level("senior", "B"), level("IC3", "C"))
    assert findings(cli, write, fixed, "LL203") == [
        "15:10: levels go from 'IC1' to 'IC3': 'IC2' is missing; describe it, or list it under "
        "omitted_levels with the reason"
    ]


def test_level_gap_follows_a_ladder_numbered_in_tens(cli, write):
    """P30, P40, P50 step by 10: no gap; P30, P40, P60 miss only P50, and
    an omitted P20 or P70 continues the ladder in its step."""
    steps = levels(level("P30", "A"), level("P40", "B"), level("P50", "C"), level("P60", "D"))
    assert findings(cli, write, steps, "LL203") == []
    gap = levels(level("P30", "A"), level("P40", "B"), level("P60", "C"))
    assert findings(cli, write, gap, "LL203") == [
        "15:10: levels go from 'P40' to 'P60': 'P50' is missing; describe it, or list it under "
        "omitted_levels with the reason"
    ]
    omitted = "omitted_levels:\n" + "".join(f"  - {{id: {i}, reason: Not used}}\n" for i in ("P20", "P50", "P70"))
    assert findings(cli, write, omitted + gap, "LL203") == []
    assert findings(cli, write, omitted + gap, "LL402") == []


def test_level_gap_reads_ids_numbered_in_roman_numerals(cli, write):
    body = levels(level("ic-i", "A"), level("ic-ii", "B"), level("ic-iv", "C"))
    assert findings(cli, write, body, "LL203") == [
        "15:10: levels go from 'ic-ii' to 'ic-iv': 'ic-iii' is missing; describe it, or list it under "
        "omitted_levels with the reason"
    ]
    omitted = "omitted_levels:\n  - {id: ic-iii, reason: Not used}\n"
    assert findings(cli, write, omitted + body, "LL203") == []
    assert findings(cli, write, omitted + body, "LL402") == []
    assert findings(cli, write, levels(level("ic-i", "A"), level("ic-ii", "B"), level("ic-iii", "C")), "LL203") == []


def test_level_gap_reads_the_titles_where_the_ids_number_nothing(cli, write):
    """Ids `junior`, `mid`, `staff` number nothing; the titles do, as LL201
    reads them: Engineer III is missing, acknowledged by the id the message gives."""
    body = levels(level("junior", "Engineer I"), level("mid", "Engineer II"), level("staff", "Engineer IV"))
    assert findings(cli, write, body, "LL203") == [
        "15:24: levels go from 'Engineer II' to 'Engineer IV': 'Engineer III' is missing; describe it, or list "
        "it under omitted_levels (as 'engineer-iii') with the reason"
    ]
    omitted = "omitted_levels:\n  - {id: engineer-iii, reason: Not used}\n"
    assert findings(cli, write, omitted + body, "LL203") == []
    assert findings(cli, write, omitted + body, "LL402") == []
    quiet = levels(level("junior", "Engineer I"), level("mid", "Engineer II"), level("senior", "Senior Engineer"))
    assert findings(cli, write, quiet, "LL203") == []


def test_omitted_level_that_is_described(cli, write):
    body = "omitted_levels:\n  - {id: IC2, reason: Not used}\n" + levels(level("IC1", "A"), level("IC2", "B"))
    assert findings(cli, write, body, "LL203") == [
        "8:10: level 'IC2' is listed under omitted_levels but is described (level 'IC2'); "
        "remove it from omitted_levels"
    ]


# LL204 proficiency-decrease ---------------------------------------------------


def test_proficiency_decrease(cli, write):
    body = "proficiency_scale: [awareness, working, expert]\n" + levels(
        "{id: IC1, title: A, competencies: {impact: {proficiency: working, statements: [I deliver]}}}",
        "{id: IC2, title: B, competencies: {impact: {proficiency: expert, statements: [I deliver more]}}}",
        "{id: IC3, title: C, competencies: {impact: {proficiency: awareness, statements: [I lead]}}}",
        "{id: IC4, title: D, competencies: {impact: {proficiency: unknown, statements: [I lead more]}}}",
    )
    assert findings(cli, write, body, "LL204") == [
        "16:62: competency 'impact' goes down from 'expert' at level 'IC2' to 'awareness' at level 'IC3'; "
        "a higher level should ask for at least the same proficiency"
    ]


def test_proficiency_that_stays_or_grows(cli, write):
    body = "proficiency_scale: [awareness, working, expert]\n" + levels(
        "{id: IC1, title: A, competencies: {impact: {proficiency: working, statements: [I deliver]}}}",
        "{id: IC2, title: B, competencies: {impact: {proficiency: working, statements: [I deliver more]}}}",
        "{id: IC3, title: C, competencies: {impact: [I lead]}}",
        "{id: IC4, title: D, competencies: {impact: {proficiency: expert, statements: [I lead more]}}}",
    )
    assert findings(cli, write, body, "LL204") == []


# LL205 repeated-statement ------------------------------------------------------

TWO_COMPETENCIES = """\
dimensions:
  - id: culture
    name: Culture
    competencies:
      - {id: organizational-health, name: Organizational Health}
      - {id: hiring, name: Hiring}
      - {id: org-health-2, name: "Organizational  health"}
levels:
"""


def test_repeated_statement_word_for_word_and_near(cli, write):
    body = TWO_COMPETENCIES + (
        "  - id: IC1\n"                                                          # 15
        "    title: IC1\n"
        "    competencies:\n"
        "      org-health-2:\n"
        "        - I listen to different perspectives and I remove biases from my words and actions\n"
        "        - I practice the Dropbox Diversity Commitments on a regular basis\n"  # 20
        "      hiring: [I am able to represent my team’s goals to candidates]\n"
        "  - id: IC3\n"
        "    title: IC3\n"
        "    competencies:\n"
        "      organizational-health:\n"                                         # 25
        "        - I listen to different perspectives and I cut biases from my words and actions\n"
        "        - I practice the EscrowTab Diversity Commitments on a regular basis.\n"
        "        - I am able to represent my team's goals to candidates.\n"
        "      hiring: [I mentor interviewers]\n"
    )
    assert findings(cli, write, body, "LL205") == [
        "26:11: statement nearly the same as at level 'IC1' (competency 'org-health-2' there, "
        "'organizational-health' here), only 'remove' -> 'cut' changed: the expectation does not grow; "
        f"keep it at level 'IC1' only ({BY_DEFAULT}), or say what more is expected here",
        "27:11: statement nearly the same as at level 'IC1' (competency 'org-health-2' there, "
        "'organizational-health' here), only 'Dropbox' -> 'EscrowTab' changed: the expectation does not "
        f"grow; keep it at level 'IC1' only ({BY_DEFAULT}), or say what more is expected here",
        "28:11: statement repeated word for word from level 'IC1' (competency 'hiring' there, "
        "'organizational-health' here): the expectation does not grow; keep it at level 'IC1' only "
        f"({BY_DEFAULT}), or say what more is expected here",
    ]


FOSTER = "I identify the next generation of experts and foster them"
FOUR_COMPETENCIES = ("design", "testing", "security", "delivery")


def _boilerplate(*under: tuple[str, ...]) -> str:
    """Levels L4, L5, L6, each with a statement of its own in every competency,
    and FOSTER under the competencies ``under`` names for it (L4 first)."""
    body = "cumulative: true\ndimensions:\n  - id: all\n    name: All\n    competencies:\n" + "".join(
        f"      - {{id: {c}, name: {c.title()}}}\n" for c in FOUR_COMPETENCIES) + "levels:\n"
    for level, (scope, fostered) in zip(("L4", "L5", "L6"), zip(("team", "group", "company"), under)):
        body += f"  - id: {level}\n    title: {level}\n    competencies:\n" + "".join(
            f"      {c}:\n        - I own the {c} work of my {scope}\n"
            + (f"        - {FOSTER}\n" if c in fostered else "") for c in FOUR_COMPETENCIES)
    return body


def test_repeated_statement_under_every_competency_is_one_finding_a_level(cli, write):
    # Said of every competency at L5 and again at L6: one finding at L6, not one a competency.
    body = _boilerplate((), FOUR_COMPETENCIES, FOUR_COMPETENCIES)
    assert findings(cli, write, body, "LL205") == [
        "48:11: statement repeated word for word from level 'L5' (under 4 competencies here and there: 'design', "
        "'testing', 'security' and 'delivery'): the expectation does not grow; keep it at level 'L5' only "
        "(levels are cumulative), or say what more is expected here",
    ]
    # Under one competency below, under some here: each side named.
    body = _boilerplate(("testing",), (), ("design", "security"))
    assert findings(cli, write, body, "LL205") == [
        "45:11: statement repeated word for word from level 'L4' (competency 'testing' there, competencies "
        "'design' and 'security' here): the expectation does not grow; keep it at level 'L4' only "
        "(levels are cumulative), or say what more is expected here",
    ]
    # Under one competency at each level: as ever.
    assert findings(cli, write, _boilerplate((), ("testing",), ("testing",)), "LL205") == [
        "47:11: statement repeated word for word from level 'L5' (competency 'testing'): the expectation does not "
        "grow; keep it at level 'L5' only (levels are cumulative), or say what more is expected here",
    ]


def test_repeated_statement_twice_in_one_cell_is_one_finding_of_its_competency(cli, write):
    # The copy in the cell is LL507's: one LL205 finding, of the one competency.
    body = "cumulative: true\n" + lower_and_higher("I write clear design documents",
                                                    'I write clear design documents", "I write clear design documents')
    assert findings(cli, write, body, "LL205") == [
        "15:48: statement repeated word for word from level 'L2' (competency 'impact'): the expectation does not "
        "grow; keep it at level 'L2' only (levels are cumulative), or say what more is expected here",
    ]


def test_near_repeat_under_every_competency_is_one_finding_a_level(cli, write):
    body = _boilerplate((), FOUR_COMPETENCIES, FOUR_COMPETENCIES)
    higher = body.index("id: L6")
    body = body[:higher] + body[higher:].replace("experts", "leaders")
    assert findings(cli, write, body, "LL205") == [
        "48:11: statement nearly the same as at level 'L5' (under 4 competencies here and there: 'design', "
        "'testing', 'security' and 'delivery'), only 'experts' -> 'leaders' changed: the expectation does not "
        "grow; keep it at level 'L5' only (levels are cumulative), or say what more is expected here",
    ]
    # Changed otherwise under one competency: that one apart.
    body = body[:higher] + body[higher:].replace(f"{FOSTER.replace('experts', 'leaders')}\n      security",
                                                 f"{FOSTER.replace('experts', 'testers')}\n      security")
    assert [(line[:5], line.split(" (")[1].split(")")[0], line.split("only ")[1].split(" changed")[0])
            for line in findings(cli, write, body, "LL205")] == [
        ("48:11", "under 3 competencies here and there: 'design', 'security' and 'delivery'", "'experts' -> 'leaders'"),
        ("51:11", "competency 'testing'", "'experts' -> 'testers'"),
    ]


# A framework that never says `cumulative` has it from the default: the advice says so.
BY_DEFAULT = "levels are cumulative by default; set `cumulative: false` if each level stands on its own"


def test_repeated_statement_advice_says_cumulative_as_declared(cli, write):
    body = "cumulative: true\n" + lower_and_higher("I write clear design documents", "I write clear design documents")
    assert findings(cli, write, body, "LL205") == [
        "15:48: statement repeated word for word from level 'L2' (competency 'impact'): the expectation does not "
        "grow; keep it at level 'L2' only (levels are cumulative), or say what more is expected here",
    ]


def _with_examples(*rows: tuple[str, list[str]]) -> str:
    """Levels L1, L2 ... of one statement each, in the mapping form with its examples."""
    return levels(*(
        f'{{id: L{i}, title: T{i}, competencies: {{impact: [{{text: "{text}", examples: {examples}}}]}}}}'
        for i, (text, examples) in enumerate(rows, start=1)
    ))


def test_repeated_statement_with_new_examples_grows(cli, write):
    # A statement said at each level as a theme, its examples what the level asks.
    body = _with_examples(
        ("I am investing back into the company.", ["I share what I learn with my team", "I mentor one engineer"]),
        ("I am investing back into the company.", ["I mentor one engineer", "I run the guild's meetings"]),
        ("I am investing back into the company", ["I set the guild's direction across the company"]),
    )
    assert findings(cli, write, body, "LL205") == []
    # Nearly the same, with new examples: quiet too.
    body = _with_examples(("I am a technical mentor for the engineers of my team", ["I pair with new joiners"]),
                          ("I am a technical coach for the engineers of my team", ["I coach them on testing"]))
    assert findings(cli, write, body, "LL205") == []


@pytest.mark.parametrize(("lower", "higher"), [
    ("I handle 10k requests per second on one node.", "I handle 100k requests per second on one node."),
    ("I grow revenue from my accounts by $50k a year.", "I grow revenue from my accounts by $500k a year."),
    ("I handle 1M events per day in my pipelines.", "I handle 1B events per day in my pipelines."),
    ("I handle 2bn events per day in my pipelines.", "I handle 20bn events per day in my pipelines."),
])
def test_a_number_with_a_multiplier_grows_and_is_not_lowered(cli, write, lower, higher):
    body = lower_and_higher(lower, higher)
    assert findings(cli, write, body, "LL205") == []
    assert findings(cli, write, body, "LL207") == []
    if "events" in lower:  # the other way round, the number is lowered
        assert len(findings(cli, write, lower_and_higher(higher, lower), "LL207")) == 1


@pytest.mark.parametrize(("lower", "higher"), [
    ("I lead incidents of severity 3 and write the postmortem.", "I lead incidents of severity 1 and write the postmortem."),
    ("I rank in the top 10 of our internal security CTF.", "I rank in the top 3 of our internal security CTF."),
    ("I lead the response to P2 incidents for my services.", "I lead the response to P1 incidents for my services."),
])
def test_a_lower_severity_priority_or_rank_is_more_not_a_number_lowered(cli, write, lower, higher):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL207") == []
    assert len(findings(cli, write, lower_and_higher(higher, lower), "LL207")) == 1


def test_repeated_statement_with_only_examples_given_below_is_reported(cli, write):
    body = _with_examples(
        ("I am investing back into the company.", ["I share what I learn with my team", "I mentor one engineer"]),
        ("I am investing back into the company.", ["I mentor one engineer.", "TBD"]),  # a placeholder asks nothing
        ("I am investing back into the company.", []),
        ("I am a technical mentor for the engineers of my team", ["I pair with new joiners"]),
        ("I am a technical coach for the engineers of my team", ["I pair with new joiners"]),
    )
    assert findings(cli, write, body, "LL205") == [
        "14:56: statement repeated word for word from level 'L1' (competency 'impact'), its examples all given at "
        f"lower levels: the expectation does not grow; keep it at level 'L1' only ({BY_DEFAULT}), or say what "
        "more is expected here",
        "15:56: statement repeated word for word from level 'L1' (competency 'impact'): the expectation does not "
        f"grow; keep it at level 'L1' only ({BY_DEFAULT}), or say what more is expected here",
        "17:56: statement nearly the same as at level 'L4' (competency 'impact'), only 'mentor' -> 'coach' "
        f"changed: the expectation does not grow; keep it at level 'L4' only ({BY_DEFAULT}), or say what more "
        "is expected here",
    ]


def test_repeated_statement_themes_with_each_levels_examples_are_not_carried_over(cli, write):
    # Themes said at every level with the level's own examples: no level restates another.
    themes = ["I am investing back into the company", "I am a technical mentor"]
    rows = [f"{{id: L{i}, title: T{i}, competencies: {{impact: ["
            + ", ".join(f'{{text: "{theme}", examples: ["At level {i}, {theme.lower()[2:]}"]}}' for theme in themes)
            + "]}}" for i in range(1, 5)]
    assert findings(cli, write, levels(*rows), "LL205") == []


GROWTH = levels(
    "{id: L2, title: A, competencies: {impact: [Handles simple error cases in RPC handlers and message consumers,"
    " Solves ambiguous problems, Delivers tasks for the team, You are learning and applying our standards,"
    " People seek them out to challenge their thinking]}}",
    "{id: L3, title: B, competencies: {impact: [Handles complex error cases in RPC handlers and message consumers,"
    " Solves larger ambiguous problems, Delivers projects for the organisation, You are applying our standards,"
    " ExCo seek them out to challenge their thinking]}}",  # a group named by its letters: a wider audience
)


@pytest.mark.parametrize(("lower", "higher", "changed"), [
    # UNiDAYS' core competencies (MIT): an article gained, in the same competency.
    ("Proactively uses knowledge of client, their needs and objectives to drive delivery",
     "Proactively uses knowledge of the client, their needs and objectives to drive delivery",
     "'client' -> 'the client'"),
    ("Leads the process of the strategy execution", "Leads the process of strategy execution",
     "'the strategy' -> 'strategy'"),
])
def test_repeated_statement_an_article_gained_or_dropped_is_a_near_repeat(cli, write, lower, higher, changed):
    for cumulative in ("", "cumulative: false\n"):
        found = findings(cli, write, cumulative + lower_and_higher(lower, higher), "LL205")
        assert [line.split(": ", 1)[1].split(": the expectation")[0] for line in found] == [
            f"statement nearly the same as at level 'L2' (competency 'impact'), only {changed} changed"]


@pytest.mark.parametrize(("lower", "higher"), [
    ("Reviews few changes of other teams each week", "Reviews a few changes of other teams each week"),  # a count
    ("Uses knowledge of client needs", "Uses knowledge of the client and the market needs"),  # words added
])
def test_repeated_statement_an_article_that_counts_or_comes_with_other_words_is_no_near_repeat(cli, write, lower,
                                                                                                 higher):
    assert findings(cli, write, "cumulative: false\n" + lower_and_higher(lower, higher), "LL205") == []


def test_repeated_statement_quiet_on_growth(cli, write):
    assert findings(cli, write, GROWTH, "LL205") == []


@pytest.mark.parametrize(("lower", "higher"), [
    ("Continuous improvement: I know what I am good and average at and work on it",
     "I know what I am good and average at and work on it"),
    ("I know what I am good and average at and work on it",
     "Continuous improvement - I know what I am good and average at and work on it"),
])
def test_repeated_statement_a_label_added_or_dropped_is_no_growth(cli, write, lower, higher):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL205") == [
        "14:48: statement repeated word for word from level 'L2' (competency 'impact'), but for the label "
        "'Continuous improvement': the expectation does not grow; keep it at level 'L2' only (levels are "
        "cumulative by default; set `cumulative: false` if each level stands on its own), or say what more is "
        "expected here"
    ]


def test_repeated_statement_a_topic_that_names_a_scope_is_still_a_label(cli, write):
    lower, higher = ("Breaks down projects into tasks and estimates them accurately.",
                     "Project management: breaks down projects into tasks and estimates them accurately.")
    found = findings(cli, write, lower_and_higher(lower, higher), "LL205")
    assert len(found) == 1 and "but for the label 'Project management'" in found[0]


@pytest.mark.parametrize(("lower", "higher"), [
    # A label of autonomy, help, frequency or scope says how the expectation grows.
    ("Breaks down projects into tasks and estimates them accurately.",
     "Independently: breaks down projects into tasks and estimates them accurately."),
    ("Guidance needed: breaks down projects into tasks and estimates them accurately.",
     "Breaks down projects into tasks and estimates them accurately."),
    ("Breaks down projects into tasks and estimates them accurately.",
     "Consistently - breaks down projects into tasks and estimates them accurately."),
    ("Breaks down projects into tasks and estimates them accurately.",
     "Organisation level: breaks down projects into tasks and estimates them accurately."),
])
def test_repeated_statement_a_label_that_says_how_it_grows_is_growth(cli, write, lower, higher):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL205") == []


@pytest.mark.parametrize(("lower", "higher"), [
    # Two labels: two topics that say the same words.
    ("Code review: I hold the work of the team to a high bar", "Testing: I hold the work of the team to a high bar"),
    # Too little after the label to be the same expectation.
    ("Testing: a high bar", "a high bar"),
])
def test_repeated_statement_two_labels_or_a_short_rest_are_not_a_repeat(cli, write, lower, higher):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL205") == []


@pytest.mark.parametrize(("low", "high"), [("I", "IV"), ("II", "III"), ("1", "4")])
def test_repeated_statement_a_level_numeral_is_growth(cli, write, low, high):
    body = levels(f"{{id: L2, title: A, competencies: {{impact: [Role name: Web Designer {low}]}}}}",
                  f"{{id: L3, title: B, competencies: {{impact: [Role name: Web Designer {high}]}}}}")
    assert findings(cli, write, body, "LL205") == []


def test_a_placeholder_repeated_is_the_placeholder_rules_not_a_repeat(cli, write):
    # A manager ladder leaves 'TBD.' in eight cells; LL406 reports each.
    body = levels("{id: L2, title: A, competencies: {impact: [TBD., Delivers tasks]}}",
                  "{id: L3, title: B, competencies: {impact: [TBD., Delivers projects for the organisation]}}")
    assert findings(cli, write, body, "LL205") == []
    assert len(findings(cli, write, body, "LL406")) == 2


def test_a_not_applicable_mark_repeated_is_the_empty_cell_rules_not_a_repeat(cli, write):
    # 'N/A' copied from a table into two cells; LL403 reports each.
    body = levels("{id: L2, title: A, competencies: {impact: [N/A]}}",
                  "{id: L3, title: B, competencies: {impact: [n/a]}}")
    assert findings(cli, write, body, "LL205") == []
    assert len(findings(cli, write, body, "LL403")) == 2


def test_a_reference_to_a_level_repeated_is_the_empty_cell_rules_not_a_repeat(cli, write):
    # A matrix's 'see L2' in the cells above L2; LL403 reports each.
    body = levels("{id: L2, title: A, competencies: {impact: [Delivers tasks]}}",
                  "{id: L3, title: B, competencies: {impact: [see L2]}}",
                  "{id: L4, title: C, competencies: {impact: [see L2]}}")
    assert findings(cli, write, body, "LL205") == []
    assert len(findings(cli, write, body, "LL403")) == 2


def test_repeated_statement_a_change_of_scale_is_growth_whatever_else_changed(cli, write):
    body = levels(
        "{id: L2, title: A, competencies: {impact: [I fix simple bugs and remove the biases in my team's data, —]}}",
        "{id: L3, title: B, competencies: {impact: [I fix complex bugs and cut the biases in my team's data, —]}}",
    )
    assert findings(cli, write, body, "LL205") == []


def test_repeated_statement_similarity_option_is_a_threshold():
    # 'Works with speed as a habit' -> 'efficiency': 5 of 7 words shared.
    body = levels(
        "{id: L2, title: A, competencies: {impact: [Works with speed as a habit]}}",
        "{id: L3, title: B, competencies: {impact: [Works with efficiency as a habit]}}",
    )
    framework = build_framework("f.yaml", yaml.safe_load(HEADER + body))
    assert RepeatedStatement().check_frameworks([framework]) == []
    found = RepeatedStatement({"similarity": 0.7}).check_frameworks([framework])
    assert [v.message.split(",")[0] for v in found] == [
        "statement nearly the same as at level 'L2' (competency 'impact')"
    ]


def test_repeated_statement_in_standalone_levels(cli, write):
    body = "cumulative: false\n" + levels(
        "{id: L1, title: A, competencies: {impact: [I fix out of date docs, I make sure the tests of my team pass before each release]}}",
        "{id: L2, title: B, competencies: {impact: [I fix out of date docs, I making sure the tests of my team pass before each release]}}",
    )
    # Carried over word for word on purpose: quiet; a changed word: reported.
    assert findings(cli, write, body, "LL205") == [
        "15:72: statement nearly the same as at level 'L1' (competency 'impact'), only 'make' -> 'making' "
        "changed: the expectation does not grow; say what more is expected here, or keep the wording "
        "identical if it carries over on purpose"
    ]


def _standalone(*rows: str) -> str:
    """A framework with `cumulative: false` of levels L1, L2 ... in the
    competency 'impact', one row of statements each (the first on line 14)."""
    return "cumulative: false\n" + levels(*(
        f"{{id: L{n}, title: T{n}, competencies: {{impact: [{row}]}}}}" for n, row in enumerate(rows, 1)))


def test_a_statement_said_again_after_standalone_levels_that_drop_it_is_reported(cli, write):
    """A lower level's statement pasted levels up, where the levels between
    do not say it, is no carry-over: reported at the higher level."""
    body = _standalone("Needs guidance to deliver outcomes at a project level",
                       "Can demonstrate meaningful impact to customers and business",
                       "Consistently delivers meaningful impact",
                       "Needs guidance to deliver outcomes at a project level, Drives measurable business impact")
    assert findings(cli, write, body, "LL205") == [
        "17:49: statement repeated word for word from level 'L1' (competency 'impact'), 3 levels down, and not "
        "said at 'L2' and 'L3' between: where levels stand on their own, a statement carried over is said at each "
        "level, so this one reads as pasted at the wrong level; say what level 'L4' expects instead, or, if it "
        "carries over, say it at the levels between too",
    ]


@pytest.mark.parametrize("rows", [
    # Restated at each level: carried over.
    ("Needs guidance to deliver outcomes at a project level, Fixes bugs",
     "Needs guidance to deliver outcomes at a project level, Ships features",
     "Needs guidance to deliver outcomes at a project level, Leads projects"),
    # Restated at the next level only.
    ("Writes clear design documents", "Writes clear design documents, Reviews designs",
     "Leads design reviews for the group"),
    # Said in other words at the level between.
    ("I connect with others with empathy and understanding", "I have self-awareness and connect with others with "
     "empathy", "I connect with others with empathy and understanding"),
])
def test_a_statement_carried_over_in_standalone_levels_is_not_reported(cli, write, rows):
    assert findings(cli, write, _standalone(*rows), "LL205") == []


def test_a_statement_said_again_over_a_level_without_the_competency_is_not_reported(cli, write):
    body = "cumulative: false\n" + levels(
        "{id: L1, title: A, competencies: {impact: [Writes clear design documents]}}",
        "{id: L2, title: B, competencies: {impact: {not_applicable: Assessed from L3 on}}}",
        "{id: L3, title: C, competencies: {impact: [Writes clear design documents]}}",
    )
    assert findings(cli, write, body, "LL205") == []


def test_a_standalone_level_that_copies_the_one_below_is_reported_once(cli, write):
    """Where levels stand on their own, a level that says word for word what
    the level below says (a table's row copied into the next) reads alike:
    one finding at the level, not one per statement; a level that changes
    one of them is quiet."""
    same = "{id: L%d, title: %s, competencies: {impact: [I fix out of date docs, I review changes]}}"
    body = "cumulative: false\n" + levels(same % (1, "A"), same % (2, "B"),
                                          "{id: L3, title: C, competencies: {impact: [I fix out of date docs, "
                                          "I lead reviews of changes]}}")
    assert findings(cli, write, body, "LL205") == [
        "15:10: level 'L2' says word for word what level 'L1' says (2 statements): the two levels read alike; "
        "say what sets level 'L2' apart"
    ]


def test_a_cumulative_level_copied_whole_from_the_one_below_is_reported_once(cli, write):
    """A level block copied and only its id and title edited: one finding
    at the level, naming the level it copies and how many statements, not
    one per statement. A level that changes one statement, or that copies a
    single statement, keeps its per-statement findings."""
    same = "{id: L%d, title: %s, competencies: {impact: [I fix out of date docs, I review changes]}}"
    body = levels(same % (1, "A"), same % (2, "B"),
                  "{id: L3, title: C, competencies: {impact: [I fix out of date docs, I lead reviews of changes]}}")
    assert findings(cli, write, body, "LL205") == [
        "14:10: level 'L2' says word for word what level 'L1' says (2 statements): the two levels read alike and "
        "level 'L2' asks nothing more (levels are cumulative by default; set `cumulative: false` if each level "
        "stands on its own); say what sets level 'L2' apart",
        "15:48: statement repeated word for word from level 'L1' (competency 'impact'): the expectation does not "
        "grow; keep it at level 'L1' only (levels are cumulative by default; set `cumulative: false` if each level "
        "stands on its own), or say what more is expected here",
    ]
    one = "{id: L%d, title: %s, competencies: {impact: [I fix out of date docs]}}"
    assert [line.split(": ")[1].split(" (")[0] for line in findings(cli, write, levels(one % (1, "A"), one % (2, "B")),
                                                                   "LL205")] == [
        "statement repeated word for word from level 'L1'"]


def test_a_standalone_level_whose_summary_sets_it_apart_is_not_said_to_read_alike(cli, write):
    """The same statements as the level below, but a summary of its own
    that says how the level differs: the levels are told apart. The same
    summary, or none, tells nothing apart."""
    same = "{id: L%d, title: %s, %scompetencies: {impact: [I fix out of date docs, I review changes]}}"
    for first, second, reported in (
            ("summary: Learns the craft on a placement., ", "summary: A permanent hire who ships small tasks., ",
             False),
            ("", "summary: A permanent hire who ships small tasks., ", False),
            ("summary: Learns the craft., ", "summary: Learns the craft., ", True),
            ("summary: Learns the craft., ", "", True)):
        body = "cumulative: false\n" + levels(same % (1, "A", first), same % (2, "B", second))
        assert bool(findings(cli, write, body, "LL205")) is reported, (first, second)


def test_a_cumulative_level_copied_whole_with_a_summary_of_its_own_is_reported_once(cli, write):
    """How people copy a block: they edit its title and summary and leave
    its statements. In a cumulative framework, where each repeat would be
    reported, that is one finding at the level, saying the summary is the
    only thing that differs, not one per statement."""
    same = "{id: L%d, title: %s, %scompetencies: {impact: [I fix out of date docs, I review changes, I pair]}}"
    body = levels(same % (1, "A", "summary: Learns the craft., "),
                  same % (2, "B", "summary: Ships small tasks alone., "))
    assert findings(cli, write, body, "LL205") == [
        "14:10: level 'L2' says word for word what level 'L1' says (3 statements; only its summary differs): "
        "the two levels read alike and level 'L2' asks nothing more (levels are cumulative by default; set "
        "`cumulative: false` if each level stands on its own); say what sets level 'L2' apart"
    ]


# LL206 shrinking-coverage ------------------------------------------------------

THREE = """\
dimensions:
  - id: results
    name: Results
    competencies:
      - {id: impact, name: Impact}
      - {id: hiring, name: Hiring}
      - {id: mentoring, name: Mentoring}
levels:
"""


def test_shrinking_coverage(cli, write):
    body = THREE + (
        "  - {id: IC3, title: A, competencies: {impact: [I deliver], hiring: [I interview], mentoring: [I mentor]}}\n"
        "  - {id: IC4, title: B, competencies: {impact: [I lead], hiring: {not_applicable: Managers hire}}}\n"
        "  - {id: IC5, title: C, competencies: {impact: [I lead more], hiring: [I hire], mentoring: [I coach]}}\n"
    )
    # An entry left out is LL401's, which says the level below assesses it: one gap, one finding.
    assert findings(cli, write, body, "LL206") == []
    assert findings(cli, write, body, "LL401") == [
        "16:25: level 'IC4' has no entry for competency 'mentoring' (level 'IC3' below it assesses it: "
        "this level assesses 1 of its 3); add its statements, or not_applicable with the reason"
    ]
    # Left empty, it is this rule's (and LL403's).
    body = body.replace("hiring: {not_applicable: Managers hire}}}", "hiring: {not_applicable: Managers hire}, mentoring: []}}")
    assert findings(cli, write, body, "LL206") == [
        "16:10: level 'IC4' assesses 1 competency, fewer than the 3 of level 'IC3' below it: "
        "'hiring' is not applicable; 'mentoring' is empty; describe it at this level, or mark it "
        "not_applicable with the reason"
    ]


def test_a_level_that_narrows_on_purpose_says_why_and_is_not_shrinking_coverage(cli, write):
    body = THREE + (
        "  - {id: IC3, title: A, competencies: {impact: [I deliver], hiring: [I interview], mentoring: [I mentor]}}\n"
        "  - {id: IC4, title: B, competencies: {impact: [I lead], hiring: {not_applicable: Managers hire},"
        " mentoring: {not_applicable: Staff engineers mentor through the guild}}}\n"
    )
    assert findings(cli, write, body, "LL206") == []
    # One dropped without a word is still reported, with the others' reasons beside it.
    body = body.replace("mentoring: {not_applicable: Staff engineers mentor through the guild}", "mentoring: []")
    assert findings(cli, write, body, "LL206") == [
        "16:10: level 'IC4' assesses 1 competency, fewer than the 3 of level 'IC3' below it: "
        "'hiring' is not applicable; 'mentoring' is empty; describe it at this level, or mark it "
        "not_applicable with the reason"
    ]


def test_growing_coverage(cli, write):
    body = THREE + (
        "  - {id: IC1, title: A, competencies: {impact: [I deliver], hiring: {not_applicable: Not yet},"
        " mentoring: {not_applicable: Not yet}}}\n"
        "  - {id: IC2, title: B, competencies: {impact: [I lead], hiring: [I interview], mentoring: []}}\n"
        "  - {id: IC3, title: C, competencies: {impact: [I lead], hiring: [I hire], mentoring: [I coach]}}\n"
    )
    assert findings(cli, write, body, "LL206") == []


def test_a_level_not_written_yet_is_not_shrinking_coverage(cli, write):
    # The Financial Times' competencies (MIT) kept a level named but empty for years.
    body = THREE + (
        "  - {id: IC3, title: A, competencies: {impact: [I deliver], hiring: [I interview], mentoring: [I mentor]}}\n"
        "  - {id: IC4, title: B, summary: TODO, competencies: {}}\n"
        "  - {id: IC5, title: C, competencies: {impact: [I lead more], hiring: [I hire], mentoring: [I coach]}}\n"
    )
    assert findings(cli, write, body, "LL206") == []
    assert len(findings(cli, write, body, "LL401")) == 1  # which says what IC4 lacks


def test_the_level_above_one_not_written_is_weighed_against_the_last_written(cli, write):
    body = THREE + (
        "  - {id: IC3, title: A, competencies: {impact: [I deliver], hiring: [I interview], mentoring: [I mentor]}}\n"
        "  - {id: IC4, title: B, competencies: {}}\n"
        "  - {id: IC5, title: C, competencies: {impact: [I lead more]}}\n"
    )
    assert findings(cli, write, body, "LL206") == []
    assert findings(cli, write, body, "LL401") == [
        "16:25: level 'IC4' has no entry for 3 competencies: 'impact', 'hiring' and 'mentoring'; add their "
        "statements, or not_applicable with the reason",
        "17:25: level 'IC5' has no entry for 2 competencies: 'hiring' and 'mentoring' (level 'IC3' below it "
        "assesses them: this level assesses 1 of its 3); add their statements, or "
        "not_applicable with the reason",
    ]


# LL207 regressive-wording ------------------------------------------------------


def test_regressive_wording(cli, write):
    body = levels(
        "{id: IC2, title: A, summary: I deliver features independently, competencies: {impact: "
        "[I deliver features independently, I collaborate across the organisation on roadmaps]}}",
        "{id: IC3, title: B, summary: I deliver features with guidance from my lead, competencies: {impact: "
        "[I deliver features with some guidance from my lead, I collaborate within my team on roadmaps]}}",
    )
    assert findings(cli, write, body, "LL207") == [
        "14:34: the level summary at level 'IC3' asks for 'with guidance' what level 'IC2' does 'independently'; a higher level should need less guidance: swap the two, or say what this level adds",
        "14:105: competency 'impact' at level 'IC3' asks for 'with some guidance' what level 'IC2' does "
        "'independently'; a higher level should need less guidance: swap the two, or say what this level adds",
        "14:157: competency 'impact' at level 'IC3' names a smaller scope (team) than a similar statement at "
        "level 'IC2' (company)",
    ]


def test_regressive_wording_quiet_on_growth_and_on_different_topics(cli, write):
    body = levels(
        "{id: IC1, title: A, summary: I deliver tasks with guidance, competencies: {impact: "
        "[I fix bugs independently, I deliver tasks for my team, Collaborates across the organisation]}}",
        "{id: IC2, title: B, summary: I deliver projects independently, competencies: {impact: "
        "[I design systems with guidance, I deliver projects for several teams, Is the accountable exec for "
        "high-impact projects]}}",
    )
    assert findings(cli, write, body, "LL207") == []


@pytest.mark.parametrize(("lower", "higher"), [
    # The Financial Times' engineering competencies (MIT): reach grows from one level to the next.
    ("Makes pragmatic decisions about technical trade-offs within their project",
     "Makes pragmatic decisions about technical trade-offs beyond their project"),
    ("Shares knowledge inside the team", "Shares knowledge across the team"),
    ("Coaches engineers at L4 L5", "Coaches engineers at L6 L7"),
    ("Coaches engineers at L4-L5", "Coaches engineers at L6-L7"),
    ("Understands the codebase broadly", "Understands the codebase deeply"),
    # A scope said as a possessive (Sourcegraph's design ladder).
    ("Shares a vision that influences the team's roadmap", "Shares a vision that influences the group's roadmap"),
])
def test_repeated_statement_reads_reach_levels_and_degree_as_growth(cli, write, lower, higher):
    body = levels(
        f"{{id: L2, title: A, competencies: {{impact: [{lower}]}}}}",
        f"{{id: L3, title: B, competencies: {{impact: [{higher}]}}}}",
    )
    assert findings(cli, write, body, "LL205") == []


def test_regressive_wording_where_direction_comes_from_is_not_a_scope(cli, write):
    body = levels(
        "{id: IC2, title: A, competencies: {impact: [I deliver features across the group, "
        "I review designs across the organisation]}}",
        "{id: IC3, title: B, competencies: {impact: [I deliver features with direction from the team, "
        "I review designs within my team]}}",
    )
    # The first asks for direction (from the team) where IC2 asks for none; neither names a scope of "team".
    assert findings(cli, write, body, "LL207") == [
        "14:49: competency 'impact' at level 'IC3' asks for 'with direction' the work that level 'IC2' asks for "
        "without guidance; a higher level should need less guidance: swap the two, or say what this level adds",
        "14:98: competency 'impact' at level 'IC3' names a smaller scope (team) than a similar statement at "
        "level 'IC2' (company)",
    ]


def test_regressive_wording_a_number_a_frequency_or_a_deadline_lowered_a_level_up(cli, write):
    body = levels(
        "{id: L1, title: A, competencies: {impact: [I review at least five pull requests a week and reply within "
        "one day, I lead projects of 3-5 engineers, Mentors engineers every week, I test every change]}}",
        "{id: L2, title: B, competencies: {impact: [I review at least two pull requests a week and reply within "
        "three days, I lead projects of 1-2 engineers, Mentors engineers occasionally, "
        "I test every change when asked]}}",
    )
    assert findings(cli, write, body, "LL207") == [
        "14:48: competency 'impact' at level 'L2' asks for less than a similar statement at level 'L1' (deadline "
        "relaxed, number lowered: 'five' -> 'two', 'one day' -> 'three days')",
        "14:120: competency 'impact' at level 'L2' asks for less than a similar statement at level 'L1' (number "
        "lowered: '3-5' -> '1-2')",
        "14:154: competency 'impact' at level 'L2' asks for less than a similar statement at level 'L1' (frequency "
        "lowered: 'every week' -> 'occasionally')",
        "14:186: competency 'impact' at level 'L2' asks for less than a similar statement at level 'L1' "
        "(unconditional ask lowered: 'when asked' added)",
    ]


@pytest.mark.parametrize(("lower", "higher", "changed"), [
    # The number and the plural change together: the statement says no other word.
    ("Mentors 3 scientists", "Mentors 1 scientist", "'3 scientists' -> '1 scientist'"),
    # A range in words, or in digits, lowered to one.
    ("Mentors two to three engineers", "Mentors one engineer", "'two to three engineers' -> 'one engineer'"),
    ("Mentors 2-3 scientists", "Mentors one scientist", "'2-3 scientists' -> 'one scientist'"),
    ("Leads projects of 2-4 scientists", "Leads projects of one or two scientists", "'2-4' -> 'one or two'"),
])
def test_regressive_wording_a_short_statement_whose_number_and_plural_change(cli, write, lower, higher, changed):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL207") == [
        "14:48: competency 'impact' at level 'L3' asks for less than a similar statement at level "
        f"'L2' (number lowered: {changed})",
    ]


@pytest.mark.parametrize(("lower", "higher"), [
    ("Mentors 1 scientist", "Mentors 3 scientists"),
    ("Mentors one engineer", "Mentors two to three engineers"),
    ("Mentors 3 scientists", "Reviews 1 design"),
])
def test_regressive_wording_quiet_where_a_short_statement_mentors_more_or_other_work(cli, write, lower, higher):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL207") == []


@pytest.mark.parametrize(("lower", "higher", "read"), [
    # A larger most is a limit loosened, not a number lowered; a longer deadline is one relaxed.
    ("Keeps p95 latency under 80 ms", "Keeps p95 latency under 250 ms", "limit loosened: '80' -> '250'"),
    ("Keeps fewer than 3 open bugs", "Keeps fewer than 5 open bugs", "limit loosened: '3' -> '5'"),
    ("Answers questions within one working day", "Answers questions within three working days",
     "deadline relaxed: 'one working day' -> 'three working days'"),
    # A deadline named by a noun: an SLA, an SLO, a deadline, a target of.
    ("Gets critical CVEs patched within our SLA of 7 days.", "Gets critical CVEs patched within our SLA of 14 days.",
     "deadline relaxed: '7' -> '14'"),
    ("Gets CVEs patched within our SLA: 7 days for critical.", "Gets CVEs patched within our SLA: 14 days for critical.",
     "deadline relaxed: '7' -> '14'"),
    ("Answers tickets with a target of 2 days", "Answers tickets with a target of 5 days",
     "deadline relaxed: '2' -> '5'"),
    # A significance level or an error budget is a limit: a higher one asks less.
    ("Uses a significance level of 0.01 for experiments", "Uses a significance level of 0.05 for experiments",
     "limit loosened: '0.01' -> '0.05'"),
])
def test_regressive_wording_says_a_limit_loosened_and_a_deadline_relaxed(cli, write, lower, higher, read):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL207") == [
        f"14:48: competency 'impact' at level 'L3' asks for less than a similar statement at level 'L2' ({read})",
    ]


@pytest.mark.parametrize(("lower", "higher"), [
    ("Keeps p95 latency under 250 ms", "Keeps p95 latency under 80 ms"),
    ("Answers questions within three working days", "Answers questions within one working day"),
    ("Gets critical CVEs patched within our SLA of 14 days.", "Gets critical CVEs patched within our SLA of 7 days."),
    # An SLO that is no length of time is a number: a higher one asks more.
    ("Keeps an SLO of 99.5% for the API.", "Keeps an SLO of 99.9% for the API."),
    ("Uses a significance level of 0.05 for experiments", "Uses a significance level of 0.01 for experiments"),
    ("Tests at an alpha of 0.05 for experiments", "Tests at an alpha of 0.01 for experiments"),
    ("Keeps an error budget of 1% for the API", "Keeps an error budget of 0.1% for the API"),
])
def test_regressive_wording_quiet_where_a_limit_or_a_deadline_tightens(cli, write, lower, higher):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL207") == []


def test_regressive_wording_a_level_summary_that_asks_for_less_than_the_one_below(cli, write):
    body = levels(
        "{id: L1, title: A, summary: I ship a feature every week, competencies: {impact: [I ship]}}",
        "{id: L2, title: B, summary: I ship a feature every month, competencies: {impact: [I lead]}}",
    )
    assert findings(cli, write, body, "LL207") == [
        "14:33: the level summary at level 'L2' asks for less than a similar summary at level 'L1' (frequency "
        "lowered: 'week' -> 'month')",
    ]


@pytest.mark.parametrize(("lower", "higher"), [
    # More, more often, sooner: growth.
    ("I review at least two pull requests a week", "I review at least five pull requests a week"),
    ("I mentor engineers occasionally", "I mentor engineers every week"),
    ("I reply to incidents within a day", "I reply to incidents within an hour"),
    # Other work with a number in it: not one statement reworded.
    ("I deliver 2-3 tasks a sprint", "I deliver features over several sprints"),
    ("I lead projects of 3-5 engineers", "I mentor 1-2 engineers"),
    # Words taken out besides: other work rather than less of it.
    ("I review five pull requests a week and write design documents", "I review two pull requests a week"),
    # A share of time is how time is split: less hands-on work is more of another kind.
    ("I spend 50-65% of my time on hands-on engineering work", "I spend 30% of my time on hands-on engineering work"),
    # How long to try before acting is no deadline: trying longer alone is no less.
    ("I escalate incidents after 30-40 minutes without progress",
     "I escalate incidents after a few hours without progress"),
])
def test_regressive_wording_quiet_where_the_same_statement_asks_more_or_is_other_work(cli, write, lower, higher):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL207") == []


def test_repeated_statement_reads_levels_restated_on_purpose_as_standing_alone(cli, write):
    carried = "[I listen to different perspectives, I write clear design documents, I ship]"
    rows = [
        f"{{id: IC1, title: A, competencies: {{impact: {carried}}}}}",
        f"{{id: IC2, title: B, competencies: {{impact: {carried[:-1]} more, I remove biases from my words and "
        "my actions in every meeting]}}",
        f"{{id: IC3, title: C, competencies: {{impact: {carried[:-1]} even more, I cut biases from my words and "
        "my actions in every meeting]}}",
    ]
    assert findings(cli, write, levels(*rows), "LL205") == [
        "12:1: 4 statements are repeated word for word at higher levels, 2 of them through three levels or more: "
        "level 'IC2' repeats 2 of its 4 statements from level 'IC1' ('I listen to different perspectives', "
        "'I write clear design documents'), level 'IC3' repeats 2 of its 4 statements from level 'IC2'; the levels "
        "read as standing on their own, but `cumulative` is left to its default (true): declare "
        "`cumulative: false` (near repeats are still reported), or keep each statement at the lowest level it "
        "applies to",
        "15:135: statement nearly the same as at level 'IC2' (competency 'impact'), only 'remove' -> 'cut' changed: "
        "the expectation does not grow; say what more is expected here, or keep the wording identical if it "
        "carries over on purpose",
    ]
    # Declared cumulative, each repeat is the framework's own word against itself.
    declared = findings(cli, write, "cumulative: true\n" + levels(*rows), "LL205")
    assert len(declared) == 5 and "standing on their own" not in " ".join(declared)


def test_repeated_statement_names_the_levels_copied_and_says_first_to_rewrite_the_copies(cli, write):
    rows = [
        "{id: L1, title: A, competencies: {impact: [I deliver tasks my lead gives me]}}",
        "{id: L2, title: B, competencies: {impact: [I break my work into small tickets, I write unit tests, "
        "I ask for review]}}",
        "{id: L3, title: C, competencies: {impact: [I break my work into small tickets, I write unit tests, "
        "I ask for review, I plan the work of my project]}}",
        "{id: L4, title: D, competencies: {impact: [I break my work into small tickets, I write unit tests, "
        "I plan the work of several teams]}}",
    ]
    assert findings(cli, write, levels(*rows), "LL205") == [
        "12:1: 5 statements are repeated word for word at higher levels, 2 of them through three levels or more: "
        "level 'L3' repeats 3 of its 4 statements from level 'L2' ('I break my work into small tickets', "
        "'I write unit tests', ...), level 'L4' repeats 2 of its 3 statements from level 'L3'; if a level was "
        "copied from the one below, remove or rewrite the copies; if the levels restate their statements on "
        "purpose, declare `cumulative: false` (near repeats are still reported)",
    ]


@pytest.mark.parametrize("cumulative", ["", "cumulative: false\n"])
def test_repeated_statement_a_level_summary_said_again_at_a_higher_level(cli, write, cumulative):
    body = cumulative + levels(
        "{id: L1, title: A, summary: I deliver features for my team on my own, competencies: {impact: [I ship]}}",
        "{id: L2, title: B, summary: I deliver features for my team on my own., competencies: {impact: [I lead]}}",
        "{id: L3, title: C, summary: I lead projects for my team, competencies: {impact: [I set direction]}}",
    )
    assert findings(cli, write, body, "LL205") == [
        f"{14 + bool(cumulative)}:33: level summary repeated word for word from level 'L1': the two levels read "
        "alike; say what sets level 'L2' apart",
    ]


@pytest.mark.parametrize(("lower", "higher", "scopes"), [
    # Words that name a scope where they stand: a firm, a bank, a business unit, a programme, a platform ...
    ("Sets the testing standards across the firm.", "Sets the testing standards for one component.",
     "(project) than a similar statement at level 'L2' (company)"),
    ("Sets the testing standards across the bank.", "Sets the testing standards within their team.",
     "(team) than a similar statement at level 'L2' (company)"),
    ("Sets the testing standards for the business unit.", "Sets the testing standards for one project.",
     "(project) than a similar statement at level 'L2' (organisation)"),
    ("Sets the testing standards across the programme.", "Sets the testing standards for one project.",
     "(project) than a similar statement at level 'L2' (group)"),
    ("Sets the testing standards for the whole platform.", "Sets the testing standards for one feature.",
     "(project) than a similar statement at level 'L2' (group)"),
    ("Sets the testing standards across the department.", "Sets the testing standards for one service.",
     "(project) than a similar statement at level 'L2' (organisation)"),
    # ... and the organisation's own name.
    ("Sets the testing standards across Acme.", "Sets the testing standards within their team.",
     "(team) than a similar statement at level 'L2' (company)"),
])
def test_regressive_wording_reads_scopes_named_by_where_they_stand(cli, write, lower, higher, scopes):
    assert [found.split(": ", 1)[1] for found in findings(cli, write, lower_and_higher(lower, higher), "LL207")] \
        == [f"competency 'impact' at level 'L3' names a smaller scope {scopes}"]


@pytest.mark.parametrize(("lower", "higher"), [
    # Ordinary nouns, not where a scope stands: whom the work is for, a team, what is named.
    ("Explains technical trade-offs for the business.", "Explains technical trade-offs within their team."),
    ("Runs the on-call rota across the platform team.", "Runs the on-call rota within their team."),
    ("Designs schemas across business domains.", "Designs schemas within their team."),
    ("Ships behind a feature flag for the firm.", "Ships behind a feature flag for the team."),
    # Growth: a component, then the whole firm.
    ("Sets the testing standards for one component.", "Sets the testing standards across the firm."),
])
def test_regressive_wording_other_nouns_and_growth_are_no_scope_lowered(cli, write, lower, higher):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL207") == []


def test_regressive_wording_names_the_lower_summary_a_similar_summary(cli, write):
    """The two statements are alike, not the same; a level summary is compared with a summary."""
    body = levels(
        "{id: L1, title: A, summary: I set the testing standards for the whole company, competencies: {impact: [I ship]}}",
        "{id: L2, title: B, summary: I set the testing standards for one project, competencies: {impact: [I lead]}}",
    )
    assert findings(cli, write, body, "LL207") == [
        "14:33: the level summary at level 'L2' names a smaller scope (project) than a similar summary at level "
        "'L1' (company)",
    ]


@pytest.mark.parametrize(("lower", "higher"), [
    # The owner of the work sets its scope, not the noun it owns: all of the team's projects are the team's work.
    ("I write the release notes for features in my team.", "I write the release notes for all of my team's projects."),
    ("I track the metrics of my team.", "I track the metrics of every project in the company's portfolio."),
    ("I run retrospectives for my team.", "I run retrospectives for the department's projects."),
    ("I run retrospectives for my team.", "I run retrospectives for the department\u2019s projects."),
    ("I run retrospectives for my team.", "I run retrospectives for the projects of my group."),
])
def test_regressive_wording_reads_the_owner_of_the_work_as_its_scope(cli, write, lower, higher):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL207") == []


@pytest.mark.parametrize(("lower", "higher", "scopes"), [
    ("I run retrospectives for the department's projects.", "I run retrospectives for one team.",
     "(team) than a similar statement at level 'L2' (organisation)"),
    ("I run retrospectives for the whole company.", "I run retrospectives for one project.",
     "(project) than a similar statement at level 'L2' (company)"),
    ("I run retrospectives for the whole company.", "I run retrospectives for my team's projects.",
     "(team) than a similar statement at level 'L2' (company)"),
])
def test_regressive_wording_an_owner_narrower_than_the_lower_scope_is_reported(cli, write, lower, higher, scopes):
    assert [found.split(": ", 1)[1] for found in findings(cli, write, lower_and_higher(lower, higher), "LL207")] \
        == [f"competency 'impact' at level 'L3' names a smaller scope {scopes}"]


@pytest.mark.parametrize(("lower", "higher", "guided"), [
    # The lower statement says the same work in one of its clauses, parted by a semicolon, a dash or a full stop.
    ("I make sure my team delivers on the sprint goals; I remove blockers for them.",
     "I make sure my team delivers on the sprint goals with guidance from my manager.", "with guidance"),
    ("I give actionable feedback to juniors \u2014 kind, specific and timely.",
     "I give feedback to juniors with guidance from a senior manager.", "with guidance"),
    ("I plan the sprint. I run the retrospectives for my team.",
     "I run the retrospectives for my team with support from my manager.", "with support"),
    # Or in one of the phrases a comma sets apart, as ladders written as lists of phrases do.
    ("Owns features end-to-end, handles ambiguity", "Owns features end-to-end with guidance", "with guidance"),
    ("Mentors junior engineers, strong collaborator", "Mentors junior engineers under supervision",
     "under supervision"),
    ("Reviews code for the team, plans and delivers projects", "Plans and delivers projects with guidance",
     "with guidance"),
])
def test_regressive_wording_guidance_above_one_clause_of_a_lower_statement(cli, write, lower, higher, guided):
    assert [found.split(": ", 1)[1] for found in findings(cli, write, lower_and_higher(lower, higher), "LL207")] \
        == [f"competency 'impact' at level 'L3' asks for '{guided}' the work that level 'L2' asks for without "
            "guidance; a higher level should need less guidance: swap the two, or say what this level adds"]


@pytest.mark.parametrize(("lower", "higher"), [
    # After a colon, what the clause names, not work of its own.
    ("I identify technical proposals: interviews and hiring decisions.",
     "I design interviews and hiring decisions with guidance from my manager."),
    # The same work for a wider scope: growth.
    ("I make sure my team delivers on the sprint goals; I remove blockers for them.",
     "I make sure every team in the department delivers on the sprint goals with guidance from my manager."),
    # A comma between verbs sharing one object, or after a single word, parts no phrases: "plans,
    # estimates and delivers projects" is one piece of work, not "estimates and delivers projects".
    ("Plans, estimates and delivers projects end-to-end", "Estimates and delivers projects with guidance"),
    ("I design, build and run our payment services in two regions",
     "I build and run our payment services with guidance"),
    # A phrase set apart, but other work than the guided one.
    ("Owns features end-to-end, handles ambiguity", "Handles incidents with guidance"),
])
def test_regressive_wording_guidance_above_other_work_or_a_wider_scope(cli, write, lower, higher):
    assert findings(cli, write, lower_and_higher(lower, higher), "LL207") == []


# LL208 inconsistent-level-reference ---------------------------------------------


def test_inconsistent_level_reference(cli, write):
    body = levels(
        "{id: IC5, title: A, competencies: {impact: [Coaches engineers up to L3, Handles P1 incidents]}}",
        "{id: IC6, title: B, competencies: {impact: [Does not go up beyond L4 in reviews, Coaches engineers up to L4,"
        " Handles P0 incidents]}}",
        "{id: IC7, title: C, competencies: {impact: [Does not go up beyond L3 in reviews, Coaches engineers up to L5]}}",
    )
    assert findings(cli, write, body, "LL208") == [
        "15:49: level 'IC7' names L3 where level 'IC6' names L4 in the same statement: a higher level names a lower "
        "one; make the two agree",
    ]


def test_a_priority_in_a_ladder_of_p_levels_is_not_a_level(cli, write):
    # Levels P1 ... P3, and incidents, bugs and alerts numbered the same way.
    body = levels(
        "{id: P1, title: A, competencies: {impact: [Supports P1 and P2 incidents as a scribe, Fixes P3 bugs,"
        " Coaches engineers up to P2]}}",
        "{id: P2, title: B, competencies: {impact: [Leads the response to P2 incidents, Fixes P2/P3 bugs,"
        " Mutes P3 alerts]}}",
        "{id: P3, title: C, competencies: {impact: [Leads the response to P1 incidents, Fixes P1/P2 bugs,"
        " Supports P1 or P2 incidents as a scribe, Mutes P1 alerts, Coaches engineers up to P1]}}",
    )
    # A level named with P is still a level: only the last statement is a contradiction.
    assert findings(cli, write, body, "LL208") == [
        "15:160: level 'P3' names P1 where level 'P1' names P2 in the same statement: a higher level names a lower "
        "one; make the two agree",
    ]


def test_level_summaries_are_compared_and_a_dimension_summary_is_not_a_level_summary():
    body = levels(
        "{id: IC6, title: B, summary: Reviews designs up to L4, dimensions: {results: Mentors up to L4},"
        " competencies: {impact: [I deliver]}}",
        "{id: IC7, title: C, summary: Reviews designs up to L3, dimensions: {results: Mentors up to L3},"
        " competencies: {impact: [I deliver]}}",
    )
    found = [v.path for v in registry()["LL208"]().check_frameworks([build_framework("f.yaml", yaml.safe_load(
        HEADER + body))])]
    assert found == [("levels", 1, "summary")]


def test_a_level_named_with_digits_of_another_script_is_read():
    body = levels(
        "{id: IC6, title: B, competencies: {impact: [Coaches engineers up to L４]}}",  # a full-width 4
        "{id: IC7, title: C, competencies: {impact: [Coaches engineers up to L3]}}",
    )
    found = registry()["LL208"]().check_frameworks([build_framework("f.yaml", yaml.safe_load(HEADER + body))])
    assert [v.message.split(" in the same")[0] for v in found] == ["level 'IC7' names L3 where level 'IC6' names L4"]


def test_a_level_named_in_a_statement_without_a_change_is_quiet(cli, write):
    body = levels(
        "{id: IC6, title: B, competencies: {impact: [Coaches engineers up to L4]}}",
        "{id: IC7, title: C, competencies: {impact: [Coaches engineers up to L4, Ships 3 projects a year]}}",
    )
    assert findings(cli, write, body, "LL208") == []


def test_repeated_statement_a_technology_for_another_is_no_growth(cli, write):
    # 'People' -> 'ExCo' names a wider audience; 'REST' -> 'GraphQL' only another technology.
    body = levels(
        "{id: L2, title: A, competencies: {impact: [Designs REST endpoints for the services that the team owns and runs, —]}}",
        "{id: L3, title: B, competencies: {impact: [Designs GraphQL endpoints for the services that the team owns and runs, —]}}",
    )
    assert [f.split(", only ")[1].split(" changed")[0] for f in findings(cli, write, body, "LL205")] == [
        "'REST' -> 'GraphQL'"]


def test_regressive_wording_help_given_is_no_guidance_but_help_received_is(cli, write):
    given = levels(
        "{id: L2, title: A, competencies: {impact: [I deliver features independently]}}",
        "{id: L3, title: B, competencies: {impact: [I deliver features and provide other teams with help]}}",
    )
    assert findings(cli, write, given, "LL207") == []
    received = levels(
        "{id: L2, title: A, competencies: {impact: [I deliver features independently]}}",
        "{id: L3, title: B, competencies: {impact: [I deliver features with help from my lead]}}",
    )
    assert len(findings(cli, write, received, "LL207")) == 1


@pytest.mark.parametrize(("lower", "higher"), [
    # Mentoring given, and prompting as a technique of the work: no guidance asked.
    ("Onboards new hires independently", "Onboards new hires with hands-on mentoring"),
    ("Writes prompts for LLM features independently", "Writes LLM features with prompting and evaluation"),
    ("Improves model quality independently", "Improves model quality with prompting"),
    ("Supports the team independently", "Supports the team with mentoring"),
])
def test_regressive_wording_mentoring_given_and_prompting_as_a_technique_are_no_guidance(cli, write, lower, higher):
    body = lower_and_higher(lower, higher)
    assert findings(cli, write, body, "LL207") == []


@pytest.mark.parametrize(("lower", "higher", "guided"), [
    # Had from someone, or prompting on its own: guidance asked.
    ("Delivers features independently", "Delivers features with mentoring from their lead", "with mentoring"),
    ("Escalates blockers independently", "Escalates blockers with prompting", "with prompting"),
    ("Escalates blockers without prompting", "Escalates blockers with prompting", "with prompting"),
])
def test_regressive_wording_mentoring_and_prompting_had_are_guidance(cli, write, lower, higher, guided):
    body = lower_and_higher(lower, higher)
    assert [f.split(" asks for ")[1].split("'")[1] for f in findings(cli, write, body, "LL207")] == [guided]


def test_regressive_wording_reads_guidance_above_a_statement_done_without_it(cli, write):
    """Guidance asked for is compared with every statement below done without
    it, whatever the competency says first, and wherever it is said."""
    body = levels(
        "{id: L1, title: A, competencies: {impact: [I deliver work for my team, I ship features with guidance]}}",
        "{id: L2, title: B, competencies: {impact: [I review designs for my team, I ship features without any "
        "guidance]}}",
        "{id: L3, title: C, competencies: {impact: [I mentor engineers in my team, I ship features guided by my "
        "lead]}}",
    )
    assert [f.split(": ", 1)[1] for f in findings(cli, write, body, "LL207")] == [
        "competency 'impact' at level 'L3' asks for 'guided by' what level 'L2' does 'without any guidance'; a higher level should need less guidance: swap the two, or say what this level adds",
    ]


@pytest.mark.parametrize(("lower", "higher", "found"), [
    # The clauses a long sentence adds do not hide the same work asked with guidance ...
    ("Independently delivers features for the team.",
     "Delivers features for the team with guidance from a senior engineer, keeping stakeholders informed and "
     "flagging risks early.", "asks for 'with guidance' what level 'L2' does 'independently'; a higher level should need less guidance: swap the two, or say what this level adds"),
    ("Writes design documents for new services independently.",
     "Writes design documents for new services, working through each section with close supervision from the "
     "tech lead, and presents them at the architecture review.",
     "asks for 'with close supervision' what level 'L2' does 'independently'; a higher level should need less guidance: swap the two, or say what this level adds"),
    # ... nor a long sentence below a short one ...
    ("Independently plans, estimates and delivers projects of several weeks, coordinating with other engineers "
     "and keeping the product manager informed of progress.", "Plans and delivers projects with guidance from "
     "their manager.", "asks for 'with guidance' what level 'L2' does 'independently'; a higher level should need less guidance: swap the two, or say what this level adds"),
    # ... nor a clause that "and" joins without a comma ...
    ("You join the primary on-call rotation and handle most incidents independently.",
     "You handle most incidents with guidance from a senior engineer.",
     "asks for 'with guidance' what level 'L2' does 'independently'; a higher level should need less guidance: swap the two, or say what this level adds"),
    ("Joins the primary on-call rotation and handles most incidents independently.",
     "Handles most incidents with guidance from a senior engineer.",
     "asks for 'with guidance' what level 'L2' does 'independently'; a higher level should need less guidance: swap the two, or say what this level adds"),
    # ... nor the same work within a smaller scope.
    ("Leads design reviews across the organisation, making sure decisions are documented.",
     "Leads design reviews within the team, making sure that decisions are documented, that alternatives are "
     "considered, and that the people affected have had a chance to comment.",
     "names a smaller scope (team) than a similar statement at level 'L2' (company)"),
    ("Runs retrospectives for the whole organisation, making sure that the actions agreed are followed up and "
     "that the format changes as the organisation grows.", "Runs retrospectives for the team.",
     "names a smaller scope (team) than a similar statement at level 'L2' (company)"),
])
def test_regressive_wording_in_long_sentences(cli, write, lower, higher, found):
    body = lower_and_higher(lower, higher)
    assert [f.split(": ", 1)[1] for f in findings(cli, write, body, "LL207")] == [
        f"competency 'impact' at level 'L3' {found}"]


@pytest.mark.parametrize(("lower", "higher", "found"), [
    ("I lead projects that span two or three teams", "I lead projects within my team",
     "names a smaller scope (project, team) than a similar statement at level 'L2' (project, group)"),
    ("I lead projects that span 2-3 teams", "I lead projects within my team",
     "names a smaller scope (project, team) than a similar statement at level 'L2' (project, group)"),
])
def test_regressive_wording_reads_the_reach_of_a_project_across_teams(cli, write, lower, higher, found):
    """A project that spans teams reaches those teams: the project is what
    the work is, the teams how far it reaches."""
    body = lower_and_higher(lower, higher)
    assert [f.split(": ", 1)[1] for f in findings(cli, write, body, "LL207")] == [
        f"competency 'impact' at level 'L3' {found}"]


def test_regressive_wording_a_team_that_only_names_a_thing_is_no_reach(cli, write):
    # Dropbox's engineering career framework (Apache-2.0): "team processes" are processes, not a reach.
    body = lower_and_higher(
        "I proactively identify and advocate for opportunities to improve the current state of projects, and team "
        "processes",
        "I proactively identify new opportunities and advocate for and implement improvements to the current state "
        "of projects")
    assert findings(cli, write, body, "LL207") == []


@pytest.mark.parametrize(("lower", "higher"), [
    # The guidance is for another clause's work ...
    ("Fixes bugs independently.", "Designs systems for the organisation with guidance from principal engineers, "
     "and fixes bugs across the codebase."),
    ("Communicates project status to the team independently.", "Communicates technical strategy to the company, "
     "and shares project status with the team under guidance from the director."),
    # ... or for other people's work.
    ("Independently investigates production incidents and writes the postmortem.", "Leads incident response "
     "across the company, and coaches new on-call engineers who investigate production incidents with guidance "
     "from senior staff."),
    # Artsy's engineering management ladder (CC BY 4.0): a few words shared of many are not the same work.
    ("Develops strong collaboration with PMs and can give feedback on the teams' strategy.",
     "Develops strong collaboration with PDDE Leadership team members."),
    # The scope is that of another clause.
    ("When a new engineer joins the team, drives production-ready code on time and to a high standard.",
     "Delivers well-scoped tasks on time and to a high standard."),
])
def test_regressive_wording_long_sentences_about_something_else_are_quiet(cli, write, lower, higher):
    body = lower_and_higher(lower, higher)
    assert findings(cli, write, body, "LL207") == []


def test_regressive_wording_quotes_the_guidance_nearest_its_noun(cli, write):
    body = levels(
        '{id: L2, title: A, competencies: {impact: ["Independently designs features and the migrations they need"]}}',
        '{id: L3, title: B, competencies: {impact: ["Designs features and the migrations they need, with close '
        'guidance", "Ships fixes without needing guidance"]}}',
    )
    assert [f.split(" asks for ")[1] for f in findings(cli, write, body, "LL207")] == [
        "'with close guidance' what level 'L2' does 'independently'; a higher level should need less guidance: "
        "swap the two, or say what this level adds"]


def test_regressive_wording_reads_work_on_ones_own_as_done_without_guidance(cli, write):
    body = levels(
        '{id: L2, title: A, competencies: {impact: ["You run the sprint rituals on your own, and adapt them", '
        '"You review designs on your own projects"]}}',
        '{id: L3, title: B, competencies: {impact: ["You run the sprint rituals under the direction of your manager", '
        '"You review designs with guidance"]}}',
    )
    # "on your own projects" says whose projects, not how the work is done: the
    # work asked for there without a word of guidance, not "on your own".
    assert [f.split(": ", 1)[1] for f in findings(cli, write, body, "LL207")] == [
        "competency 'impact' at level 'L3' asks for 'under the direction' what level 'L2' does 'on your own'; a higher level should need less guidance: swap the two, or say what this level adds",
        "competency 'impact' at level 'L3' asks for 'with guidance' the work that level 'L2' asks for without "
        "guidance; a higher level should need less guidance: swap the two, or say what this level adds"]


def test_regressive_wording_reads_guidance_added_to_the_work_of_a_lower_level(cli, write):
    """A higher level that asks for the same work as a lower one, with
    guidance the lower one does not ask for, goes backwards."""
    body = levels(
        '{id: M1, title: A, competencies: {impact: ["I run my team\'s rituals (planning, stand-ups, retros) and '
        'make sure that we ship predictably"]}}',
        '{id: M2, title: B, competencies: {impact: ["I run my team\'s rituals (planning, stand-ups, retros) with '
        'support from my manager and make sure that we ship predictably"]}}',
    )
    assert [f.split(": ", 1)[1] for f in findings(cli, write, body, "LL207")] == [
        "competency 'impact' at level 'M2' asks for 'with support' the work that level 'M1' asks for without "
        "guidance; a higher level should need less guidance: swap the two, or say what this level adds"]


@pytest.mark.parametrize(("lower", "higher", "found"), [
    ("Writes design documents with minimal guidance", "Writes design documents with close guidance",
     "asks for 'with close guidance' what level 'L2' asks for 'with minimal guidance'; a higher level should need less guidance: swap the two, or say what this level adds"),
    ("Delivers projects with little guidance from their lead.", "Delivers projects with significant guidance "
     "from their lead.", "asks for 'with significant guidance' what level 'L2' asks for 'with little guidance'; a higher level should need less guidance: swap the two, or say what this level adds"),
    ("Runs incident reviews with some support.", "Runs incident reviews under close supervision.",
     "asks for 'under close supervision' what level 'L2' asks for 'with some support'; a higher level should need less guidance: swap the two, or say what this level adds"),
])
def test_regressive_wording_reads_more_guidance_than_a_lower_level_asks_for(cli, write, lower, higher, found):
    body = lower_and_higher(lower, higher)
    assert [f.split(": ", 1)[1] for f in findings(cli, write, body, "LL207")] == [
        f"competency 'impact' at level 'L3' {found}"]


def test_regressive_wording_less_guidance_level_after_level_is_quiet(cli, write):
    body = levels(
        "{id: L1, title: A, competencies: {impact: [Writes design documents with close guidance]}}",
        "{id: L2, title: B, competencies: {impact: [Writes design documents with some guidance]}}",
        "{id: L3, title: C, competencies: {impact: [Writes design documents with minimal guidance]}}",
        "{id: L4, title: D, competencies: {impact: [Writes design documents for other teams with some guidance]}}",
    )
    # The last asks for more than L3 does, for other work: other teams' documents.
    assert findings(cli, write, body, "LL207") == []


@pytest.mark.parametrize(("lower", "higher"), [
    # The lower level asks for guidance too (here more of it) ...
    ("Writes design documents with close guidance", "Writes design documents with occasional guidance"),
    # ... the higher one takes the work to a wider scope ...
    ("Runs the on-call rota", "Runs the on-call rota for the organisation with support from SRE"),
    # ... or says more than the guidance it adds.
    ("Writes unit tests for my code", "Writes integration and load tests for the payments code with help from QA"),
    # Guidance asked for work over a wider scope than the lower level does on its own.
    ("Makes architecture decisions for the team independently.",
     "Makes architecture decisions for the whole company, with guidance from the CTO."),
    ("Delivers projects for the team independently.",
     "Delivers projects across the organisation with guidance from their director."),
])
def test_regressive_wording_guidance_added_to_other_or_wider_work_is_quiet(cli, write, lower, higher):
    body = lower_and_higher(lower, higher)
    assert findings(cli, write, body, "LL207") == []
