"""The one text module and the one vocabulary: what "the same statement",
"a word" and "a level name" mean, for the rules, the importer and the
differ alike."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rule_helpers import framework_yaml

from ladderlint.model import build_framework
from ladderlint.rules.ll201_level_order import LevelOrder
from ladderlint.text import (
    acronym_definitions,
    globs_blanked,
    goes_on_below,
    in_the_plural,
    joined_names,
    name_key,
    name_words,
    normal,
    plain,
    reads_as_english,
    strip_markdown,
    word_spans,
    words,
    words_of_each,
)
from ladderlint.vocabulary import (
    LevelName,
    code_range,
    column_role,
    is_growth_word,
    ladder_order,
    level_code,
    names_only_a_container,
    placed_scopes,
    proficiency,
    role,
    scope_rank,
    seniority,
    title_rung,
    title_without_code,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("I lead teams:", "I lead teams"),
        ("I lead  teams.", "i lead teams"),
        ("I own my team’s goals", "I own my team's goals"),
        ("I work end–to–end", "I work end-to-end"),
        ("I\u00a0lead teams!", "I lead teams"),
        ("I ﬁx bugs", "I fix bugs"),
    ],
)
def test_one_normal_form_of_a_statement(a, b):
    assert normal(a) == normal(b)


def test_normal_form_keeps_what_changes_meaning():
    assert normal("I lead teams") != normal("I lead a team")
    assert normal("I lead teams?") != normal("I lead teams")


def test_duplicate_statement_uses_the_same_normal_form_as_the_other_rules(cli, write):
    """LL507 and LL202 read "I lead teams:" and "I lead teams" as one statement."""
    path = write("f.yaml", framework_yaml(["I lead teams:", "I lead teams"]))
    result = cli("check", "--select", "LL507", str(path))
    assert "LL507" in result.output and "repeats statement 1" in result.output


@pytest.mark.parametrize(("header", "role"), [
    ("Key signals", "statements"), ("Observable behaviour", "statements"), ("Behavioral indicators", "statements"),
    ("Evidence examples", "examples"), ("Points of contact", None), ("Weight", "value"), ("Required?", "value"),
    ("Target Proficiency", "value"), ("Score (1-5)", "value"), ("Proficiency level", "value"), ("Delivery", None),
])
def test_a_headers_last_word_says_what_its_column_holds(header, role):
    """A header ending in a word of a text kind's header holds that kind,
    whatever word it ends in; a value word names a value column where it
    ends the header, not where it opens it ('Points of contact')."""
    assert column_role(header) == role


def test_a_long_run_of_stars_is_read_once(cli, write):
    """A statement holding 10,000 stars is checked as any other (once
    quadratic: seconds on LL510's path); a glob's stars are still blanked."""
    stars = "*" * 10_000
    blanked = globs_blanked(f"{stars} and {stars}.md")
    assert blanked.startswith(f"{stars} and ") and "*" not in blanked[len(stars):] and blanked.endswith(".md")
    path = write("f.yaml", framework_yaml([f"I run the {stars} build.", "I keep **bold** in apps/**/*.kt"]))
    result = cli("check", "--format", "concise", "--select", "LL510", str(path))
    assert [line.split(": ", 1)[1] for line in result.lines if ": LL" in line] == [
        "LL510 [warning] Markdown emphasis '**bold**' in plain text; readers see the marks as typed: remove them"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Level 3/4", ("L3-L4", "")), ("Levels 3-4: Director", ("L3-L4", "Director")),
    ("Level 3 / Level 4 (Senior Director)", ("L3-L4", "Senior Director")), ("Band 7 to 8", ("B7-B8", "")),
    ("Level 3 - Senior Engineer", None), ("Level 3", None), ("Level 3 - 2024", None),
])
def test_a_level_word_over_two_numbers_spans_them_as_codes_do(title, expected):
    """'Level 3/4' spans L3 and L4 as 'L3/L4' does; a level word's one
    number, or a year after it, spans nothing."""
    assert code_range(title) == expected


def test_a_long_run_of_spaces_before_a_code_range_is_read_once():
    """Spaces before a title's codes are searched once (each of a run of
    10,000 was once searched from: seconds)."""
    assert code_range(" " * 10_000 + "Junior (L1-L2)") == ("L1-L2", "Junior")
    assert code_range(" " * 10_000 + "Junior") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I deliver my team's goals", ["i", "deliver", "my", "team's", "goals"]),
        ("Cross-team work", ["cross-team", "work"]),
        ("I use snake_case names", ["i", "use", "snake_case", "names"]),
        ("I own my team’s goals", ["i", "own", "my", "team's", "goals"]),
        ("Ünïcode wörds, 2 of them", ["ünïcode", "wörds", "2", "of", "them"]),
        ("", []),
    ],
)
def test_words(text, expected):
    assert words(text) == expected


def test_words_keep_case_when_asked():
    assert words("Rent the Runway's ladder", keep_case=True) == ["Rent", "the", "Runway's", "ladder"]


@given(st.text(alphabet=st.sampled_from("aAbZz09 '’-–\t\n.,()_éİßΣς\u00a0"), max_size=40))
@settings(max_examples=300, deadline=None)
def test_ascii_and_unicode_paths_split_alike(text):
    """The ASCII fast path gives the words the general pattern gives."""
    ascii_text = text.encode("ascii", "ignore").decode()
    assert words(ascii_text) == [w.casefold() for w in words(ascii_text, keep_case=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Code** **F****luency**", "Code Fluency"),
        ("**_I_** lead", "I lead"),
        ("see [the guide](https://example.com) first", "see the guide first"),
        ("![trophy](x.png) Results", "  Results"),
        (r"a \* b", "a * b"),
        ("snake_case stays", "snake_case stays"),
    ],
)
def test_strip_markdown(text, expected):
    assert strip_markdown(text) == expected


def test_plain_and_name_key():
    assert plain("“quoted” – text") == '"quoted" - text'
    assert name_key("Personal growth") == name_key("personal-growth") == name_key("Personal Growth ")


# --- levels ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "family", "number"),
    [
        ("IC3 Software Engineer", "ic", 3),
        ("Software Engineer (IC 1)", "ic", 1),
        ("Engineer II", "engineer", 2),
        ("DX Engineer I", "dx", None),  # "DX" is not a code without a number
        ("Senior Engineer I", "senior engineer", 1),
        ("Level 2", "level", 2),
        ("Software Engineer 2", "software engineer", 2),
        ("Engineer II (Backend)", "engineer", 2),
        ("Staff Engineer", None, None),
        ("Section 1 – Definitions", "section", None),  # a part of a text, not a level
        ("Question 3", "question", None),
    ],
)
def test_title_rungs(title, family, number):
    rung = title_rung(title)
    if number is None:
        assert rung is None or rung.family != family
    else:
        assert rung is not None and (rung.family, rung.number) == (family, number)


def test_dx_engineer_i_is_a_numbered_role():
    rung = title_rung("DX Engineer I")
    assert rung is not None and (rung.family, rung.number) == ("dx engineer", 1)


def test_level_codes():
    assert level_code("(IC 1)") == "IC1"
    assert level_code("IC3 Machine Learning Engineer") == "IC3"
    assert level_code("Level 4") == "L4"
    assert level_code("Q 3 goals") is None  # one capital and a space is not a code
    assert level_code("version 2.1") is None


def test_one_seniority_scale():
    junior, senior, staff, lead, principal = (seniority(t) for t in ("Junior", "Senior", "Staff", "Lead", "Principal"))
    assert junior.below(senior) and senior.below(staff) and staff.below(principal)
    assert senior.below(lead) and lead.below(principal, usually=True)
    # Lead is a role held at several seniorities: usually below Principal, not certainly.
    assert not lead.below(principal) and not lead.below(seniority("Fellow")) and not principal.below(lead)
    assert not lead.below(staff) and not staff.below(lead)  # Lead may equal Staff
    assert seniority("Entry level").below(seniority("Mid")) and seniority("Experienced").below(principal)
    assert seniority("Senior Staff Engineer").low > staff.high
    assert seniority("Engineer") is None
    # "Middle" is "Mid" where ladders say Junior, Middle, Senior.
    assert junior.below(seniority("Middle Engineer")) and seniority("Middle II Engineer").below(senior)


def test_management_titles_rank_on_the_one_scale():
    """Director, Head, VP and Chief head the titles of the management track:
    each is a rung and a role ('Director of Engineering'), above Senior and
    Staff, a VP above a Director; a Head varies too much to place against a
    Director, a Director against a Principal."""
    staff, principal = seniority("Staff Engineer"), seniority("Principal Engineer")
    director, head, vp = (seniority(t) for t in ("Director of Engineering", "Head of Engineering", "VP of Engineering"))
    assert staff.below(director) and seniority("Senior Engineering Manager").below(director)
    assert director.below(vp) and seniority("Vice President, Engineering").below(seniority("CTO"))
    assert director.below(seniority("Senior Director of Engineering"))
    assert not principal.below(director) and not director.below(principal)
    assert not head.below(director) and not director.below(head) and seniority("Senior Engineer").below(head)
    assert role("Senior Director of Engineering") == "Director of Engineering"
    assert role("Engineering Director") == "Engineering Director"
    assert LevelName.read("Director of Engineering").known


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("IC5 Staff Software Engineer", "Software Engineer"),
        ("D1 - Developer 1", "Developer"),
        ("Senior Engineering Manager", "Engineering Manager"),
        ("Senior Engineer I", "Engineer"),
        ("Lead Engineer", "Engineer"),
        ("TL4 - Tech Lead 4", "Tech Lead"),  # Lead after a word of the role is the role's
        ("Member of Technical Staff", "Member of Technical Staff"),
        ("IC7 Sr. Principal Software Engineer", "Software Engineer"),
        ("Senior Staff", ""),
    ],
)
def test_role_is_the_title_without_its_level(title, expected):
    assert role(title) == expected


@pytest.mark.parametrize(
    ("title", "level_id", "expected"),
    [
        ("L2 — Software Engineer", "L2", "Software Engineer"),
        ("L2 - Software Engineer", "L2", "Software Engineer"),
        ("L2: Software Engineer", "L2", "Software Engineer"),
        ("Level 3 | Senior Engineer", "L3", "Senior Engineer"),
        ("Software Engineer (L2)", "L2", "Software Engineer"),
        ("Software Engineer II (IC2)", "IC2", "Software Engineer II"),
        ("Engineer (IC 1)", "IC1", "Engineer"),
        ("Senior Engineer – Level 4", "L4", "Senior Engineer"),
        # A code alone, a title alone, a code that opens the role's name, a code that is not the id.
        ("L2", "L2", "L2"),
        ("Senior Engineer", "senior-engineer", "Senior Engineer"),
        ("IC3 Software Engineer", "IC3", "IC3 Software Engineer"),
        ("Software Engineer (L2)", "E4", "Software Engineer (L2)"),
        ("Engineer 2: Backend", "engineer-2-backend", "Engineer 2: Backend"),
    ],
)
def test_a_title_without_the_code_that_is_its_levels_id(title, level_id, expected):
    assert title_without_code(title, level_id) == expected


@pytest.mark.parametrize("title, level_id, expected", [
    ("G01 Intern", "G01", "Intern"), ("IC3 Software Engineer", "IC3", "Software Engineer"),
    ("L10n Engineer", "l10n-engineer", "L10n Engineer"), ("G01 Intern", "G02", "G01 Intern"),
])
def test_a_code_before_the_title_with_a_space_alone_numbers_a_ladders_levels(title, level_id, expected):
    """Among a ladder's levels, 'G01 Intern' at G01 is titled 'Intern'; a
    word shaped as a code that is not the level's id stays."""
    assert title_without_code(title, level_id, spaced=True) == expected


def test_proficiencies_are_a_scale_of_their_own():
    """Beginner ... Expert name the columns of a skills matrix; in a job
    title they are words of the role, never a seniority."""
    beginner, intermediate, advanced, expert = (proficiency(t) for t in ("Beginner", "Intermediate", "Advanced", "Expert"))
    assert beginner.below(intermediate) and intermediate.below(advanced) and advanced.below(expert)
    assert proficiency("Novice").below(proficiency("Advanced Beginner"))
    assert proficiency("Advanced Beginner").below(proficiency("Competent"))
    assert proficiency("Competent").below(proficiency("Proficient")) and proficiency("Proficient").below(expert)
    assert expert.below(proficiency("Leading Expert"))  # Etsy's top column
    assert proficiency("Leading") is None and proficiency("Leading Engineer") is None
    for title in ("Expert Engineer", "Advanced Analytics Engineer", "Senior Engineer", "Expert Systems Engineer"):
        assert proficiency(title) is None
    assert seniority("Expert Engineer") is None and seniority("Advanced Analytics Engineer") is None
    assert LevelName.read("Expert").known and not LevelName.read("Expert Engineer").known
    assert LevelName.read("Expert Engineer").before(LevelName.read("Senior Engineer")) is None
    assert LevelName.read("Beginner").before(LevelName.read("Expert")) is True


def test_ll201_judges_a_matrix_of_proficiencies_and_not_proficiency_words_in_titles():
    def levels(*titles: str) -> list:
        data = {
            "ladderlint": 1, "id": "acme", "name": "Acme", "track": "Engineer", "version": "1",
            "organisation": {"name": "Acme"},
            "dimensions": [{"id": "d", "name": "D", "competencies": [{"id": "c", "name": "C"}]}],
            # Ids that number no sequence ('x0', 'x1' would): the titles alone tell the order.
            "levels": [{"id": f"x{chr(97 + i)}", "title": t, "competencies": {"c": ["I deliver"]}}
                       for i, t in enumerate(titles)],
        }
        return LevelOrder().check_frameworks([build_framework("f.yaml", data)])

    assert levels("Expert", "Beginner")  # a matrix listed highest first
    assert levels("Beginner", "Intermediate", "Advanced", "Expert") == []
    assert levels("Expert Engineer", "Senior Engineer") == []  # 'Expert' is a word of the role here
    assert levels("Advanced Analytics Engineer", "Junior Analytics Engineer") == []


def test_a_proficiency_is_never_compared_with_a_seniority():
    expert, senior, junior = (LevelName.read(t) for t in ("Expert", "Senior", "Junior"))
    assert expert.before(senior) is None and senior.before(expert) is None and junior.before(expert) is None
    assert junior.before(senior) is True and LevelName.read("Beginner").before(expert) is True
    # 'Intermediate' is the middle of both scales.
    intermediate = LevelName.read("Intermediate")
    assert junior.before(intermediate) and intermediate.before(senior) and intermediate.before(expert)
    # A seniority word places a proficiency on its own scale, above or below it, not how far.
    senior_expert = LevelName.read("Senior Expert")
    assert expert.before(senior_expert) and LevelName.read("Junior Expert").before(expert)
    assert senior_expert.before(LevelName.read("Staff")) is None and senior_expert.known
    assert senior_expert.before(LevelName.read("Leading Expert")) is None
    # The importer keeps the order the names do not tell: Roomle's Junior, Expert, Senior.
    titles = ["Junior", "Expert", "Senior"]
    assert ladder_order([LevelName.read(t) for t in titles]) == [0, 1, 2]


@pytest.mark.parametrize("word", ["novice", "beginner", "competent"])
def test_proficiency_words_do_not_change_what_ll205_reads_as_growth(word):
    # LL205 reads a swap of growth words as growth; reading matrices did not
    # add words to that scale.
    assert not is_growth_word(word)


LADDERS = [
    ["Intern", "Junior Engineer", "Mid Engineer", "Senior Engineer", "Staff Engineer", "Principal Engineer"],
    ["IC1", "IC2", "IC3", "IC4", "IC5", "IC6", "IC7"],
    ["Engineer I", "Engineer II", "Engineer III"],
    ["Associate Engineer", "Engineer", "Senior Engineer", "Lead Engineer", "Principal Engineer"],
    ["Graduate", "Junior", "Experienced Engineer", "Senior", "Staff", "Senior Staff", "Distinguished", "Fellow"],
    ["Senior Engineer I", "Senior Engineer II", "Staff Engineer I", "Staff Engineer II"],
    ["L3", "L4", "L5"],
    ["Grade A - Graduate Engineer", "Grade B - Engineer", "Grade C - Senior Engineer"],
    ["Solutions Engineer A", "Solutions Engineer B", "Solutions Engineer C"],
    ["IC2", "IC3", "IC3a", "IC3b", "IC4"],
    ["Engineer I (IC 2)", "Engineer II (IC 3a)", "Engineer II (IC 3b)", "Engineer III (IC 4a)"],
    ["Trainee", "Entry", "Mid", "Lead", "Fellow"],
    ["Beginner", "Intermediate", "Advanced", "Expert"],
    ["Novice", "Advanced Beginner", "Competent", "Proficient", "Expert"],
    ["Beginner", "Intermediate", "Expert", "Senior Expert"],
    ["Awareness", "Working", "Practitioner", "Expert"],
    ["Foundation", "Intermediate", "Advanced", "Expert"],
    ["Desenvolvedor Júnior", "Desenvolvedor Pleno", "Desenvolvedor Sênior"],
    ["Trainee", "Jr. Developer", "Semi-Senior Developer", "Sr. Developer", "Lead Developer"],
    ["Júnior", "SSr", "Sénior"],
    ["Jnr Engineer", "Engineer", "Snr Engineer"],
    ["Associate Product Manager", "Senior Product Manager", "Group Product Manager", "VP Product"],
    ["Senior Engineering Manager", "Group Engineering Manager", "VP Engineering"],
    ["Junior Designer", "Senior Designer", "Principal Designer"],
    # Banks' and consultancies' ladders.
    ["Analyst", "Associate", "Assistant Vice President", "Vice President", "Director", "Managing Director"],
    ["Consultant", "Senior Consultant", "Managing Consultant", "Senior Managing Consultant"],
    ["Senior Engineer", "Managing Engineer", "VP Engineering", "Managing Director"],
    # Manager tracks: a Lead's role and a Manager's, whose seniorities are not compared.
    ["Team Lead", "Engineering Manager", "Senior Engineering Manager", "Director of Engineering"],
    ["Tech Lead Manager", "Engineering Manager", "Senior Engineering Manager"],
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LADDERS).flatmap(lambda ladder: st.permutations(ladder)))
def test_the_importers_order_is_one_ll201_accepts(titles):
    """The importer orders levels with ladder_order; LL201 judges them with
    the same vocabulary, so an imported ladder never fails LL201."""
    order = ladder_order([LevelName.read(t) for t in titles])
    ordered = [titles[i] for i in order]
    data = {
        "ladderlint": 1, "id": "acme", "name": "Acme", "track": "Engineer", "version": "1", "organisation": {"name": "Acme"},
        "dimensions": [{"id": "d", "name": "D", "competencies": [{"id": "c", "name": "C"}]}],
        # Ids that number no sequence: numbered ones would order the levels whatever the titles say.
        "levels": [{"id": f"x{chr(97 + i)}", "title": title, "competencies": {"c": ["I deliver"]}}
                   for i, title in enumerate(ordered)],
    }
    assert LevelOrder().check_frameworks([build_framework("f.yaml", data)]) == []


def test_ladder_order_restores_a_shuffled_ladder():
    for ladder in LADDERS:
        if all(LevelName.read(t).known for t in ladder):
            shuffled = list(reversed(ladder))
            assert [shuffled[i] for i in ladder_order([LevelName.read(t) for t in shuffled])] == ladder


@pytest.mark.parametrize("written, plain", [
    ("Desenvolvedor Júnior", "Junior Developer"), ("Sênior", "Senior"), ("Engenheira Sénior", "Senior Engineer"),
    ("Pleno", "Mid"), ("Semi-Senior Developer", "Mid Developer"), ("Semi Senior", "Mid"), ("SSr", "Mid"),
])
def test_level_names_in_portuguese_and_spanish_rank_as_their_english(written, plain):
    """Accents are folded where level names are compared ('Júnior' is
    Junior), and the middle rung of Brazilian and Latin American ladders
    ('Pleno', 'Semi-Senior') is the middle of the scale, for the importer
    and LL201 alike."""
    assert LevelName.read(written).seniority.low == LevelName.read(plain).seniority.low
    assert role("Semi-Sênior Developer") == role("Desenvolvedor Júnior").replace("Desenvolvedor", "Developer")
    assert role('"Júnior"') == role("“Senior”") == ""  # a level's name in quotes names no role
    assert LevelName.read("Júnior").before(LevelName.read("Pleno")) is True
    assert LevelName.read("Semi-Senior").before(LevelName.read("Senior")) is True


def test_seniority_words_place_levels_certainly_only_within_one_role():
    """'Senior' ranks the role it qualifies: a Senior Engineering Manager
    among managers, a Senior Engineer among engineers. Against another role
    (a Team Lead, a Staff Engineer) it places nothing certainly, though the
    importer still orders them as ladders usually have them; a seniority
    alone and a rung of the management track rank every role."""
    read = LevelName.read
    senior_em, team_lead = read("Senior Engineering Manager", "senior-em"), read("Team Lead", "team-lead")
    assert not senior_em.below_by_words(team_lead) and senior_em.below_by_words(team_lead, usually=True)
    assert not senior_em.below_by_words(read("Tech Lead Manager"))
    assert not senior_em.below_by_words(read("Staff Engineer")) and not read("Senior Engineer").below_by_words(
        read("Tech Lead"))
    assert read("Senior Engineer").below_by_words(read("Staff Software Engineer"))
    assert read("Senior Engineer (Backend)").below_by_words(read("Principal Software Engineer"))
    assert read("Software Engineering Apprentice").below_by_words(read("Senior Software Engineer"))
    assert read("Senior Engineer").below_by_words(read("Lead Engineer"))  # 'Lead' ranks the Engineer here
    assert read("Intern").below_by_words(read("Senior Engineering Manager"))
    assert senior_em.below_by_words(read("Director of Engineering"))
    assert read("Staff Engineer").below_by_words(read("VP Engineering"))
    assert senior_em.before(team_lead) is True  # as the importer orders them


def test_ladder_order_keeps_the_given_order_when_names_do_not_tell():
    names = [LevelName.read(t) for t in ("Practitioner", "Engineer", "Senior Engineer")]
    assert ladder_order(names) == [0, 1, 2]


# --- growth -----------------------------------------------------------------------


def test_scope_scale():
    assert 0 < scope_rank("team") < scope_rank("teams") < scope_rank("organisation") < scope_rank("company")
    assert scope_rank("group") == scope_rank("cross-team") and scope_rank("industry") > scope_rank("company")
    assert scope_rank("design") == 0


@pytest.mark.parametrize("word", ["team", "organisation", "always", "consistently", "deeply", "broadly",
                                  "independently", "complex", "senior", "l4", "3", "several"])
def test_growth_words(word):
    assert is_growth_word(word)


@pytest.mark.parametrize("word", ["design", "code", "the", "deliver", "reviews"])
def test_ordinary_words_are_not_growth(word):
    assert not is_growth_word(word)


def test_scope_words_leave_out_where_direction_comes_from():
    from ladderlint.vocabulary import scope_words, scopes_in

    assert scope_words("works with direction from the team".split()) == []
    assert scope_words("supported by their group across the organisation".split()) == ["organisation"]
    assert scopes_in("leads the team with help from other teams".split()) == ("team",)


def test_reach_and_joined_words_are_growth_words():
    from ladderlint.vocabulary import is_growth_word

    assert all(is_growth_word(w) for w in ("within", "beyond", "across", "l4-l5", "team-wide"))
    assert not any(is_growth_word(w) for w in ("remove", "cut", "well-being"))


@given(st.lists(st.text(alphabet=st.sampled_from("aAbZz09 '’-_\t\n.,()éİﬁ\u00a0\0"), max_size=20), max_size=6))
@settings(max_examples=500, deadline=None)
@example(["'quoted' words", "a--b", "team's -lead", "-", "x_"])
@example(["plain words", "Ünïcode wörds", "cross-team"])
@example(["a NUL\0inside", "text"])
def test_words_of_many_texts_at_once_are_each_texts_words(texts):
    """The words of every text split at once are those of each text alone."""
    assert words_of_each(texts) == [words(text) for text in texts]


def test_a_word_is_not_parted_where_folding_adds_a_combining_mark():
    # "İ" folds to "i" and a combining dot, which is not a letter.
    assert words("İstanbul office") == ["i̇stanbul", "office"]


@given(st.text(alphabet=st.sampled_from("aAbZz09 '’-–—\t\n.,()_éİßΣς…ﬁＡ\u00a0"), max_size=40))
@settings(max_examples=300, deadline=None)
@example("each team’s goals…")
def test_word_spans_are_the_words_where_they_stand(text):
    """A rule that reports where a word is reads the same words as the rules
    that compare words, and each place holds its word."""
    spans = word_spans(text)
    assert [word for _, _, word in spans] == words(text)
    assert all(words(text[start:end]) == [word] for start, end, word in spans)


@pytest.mark.parametrize(("text", "plain"), [
    ("See [the guide](https://a.example/guide) first", "See the guide (https://a.example/guide) first"),
    ("(see [the guide](https://a.example/guide))", "(see the guide: https://a.example/guide)"),
    ("Write to [the team](mailto:eng@a.example)", "Write to the team (mailto:eng@a.example)"),
    ("See [the guide](//a.example/guide) first", "See the guide (//a.example/guide) first"),
    # A place of the site the text was written on leads nowhere from the framework: its words alone,
    # as a wiki's link to one of its pages.
    ("See [the guide](guide.md) first", "See the guide first"),
    ("(See [Engineering Context](../background/engineering-context.md#domain-vocabulary).)",
     "(See Engineering Context.)"),
    ("See [the guide](/docs/guide) and [Leads](#glossary)", "See the guide and Leads"),
    ("[https://a.example](https://a.example)", "https://a.example"),
    ("Write `[text](url)` in Markdown", "Write `[text](url)` in Markdown"),  # code is its own text
    ("[![build](badge.svg)](https://ci.example)", "[![build](badge.svg)](https://ci.example)"),  # a linked image
    # With no definition, a reference link is text as written (LL510 reports it).
    ("Read [the guide][guide] first", "Read [the guide][guide] first"),
])
def test_links_as_text(text, plain):
    from ladderlint.text import links_as_text

    assert links_as_text(text) == plain


@pytest.mark.parametrize("title", ["Working Group Lead", "Product Group", "Group", "Platform Group Engineer"])
def test_group_is_a_rung_only_where_it_opens_a_role_it_ranks(title):
    """'Group Product Manager' is a Product Manager above Senior; 'group'
    elsewhere in a title ranks nothing."""
    assert LevelName.read("Group Product Manager").seniority.low > LevelName.read("Senior Product Manager").seniority.high
    assert role("Senior Group Product Manager") == "Product Manager"
    assert "group" not in (LevelName.read(title).seniority.words if LevelName.read(title).seniority else ())


def test_a_framework_in_english_bullet_fragments_included_reads_as_english_and_others_do_not():
    english = ["Terraform modules and Helm charts: reads and makes small changes", "Shadow on-call; follows runbooks",
               "Own team; pairs regularly", "Primary on-call; leads incident response for the team"] * 3
    german = ["Arbeitet eng mit dem Team zusammen, das das Produkt verantwortet",
              "Kennt die Systeme, die die Kunden täglich nutzen, und verbessert sie"] * 3
    assert reads_as_english(map(words, english))
    assert not reads_as_english(map(words, german))
    assert reads_as_english(map(words, german[:1]))  # too few words to tell


def test_acronyms_spelt_out_beside_them():
    text = "Practises trunk-based development (TBD), runs AMA (Ask Me Anything) sessions and writes RFCs"
    assert [(a, text[slice(*where)], text[slice(*spelt)]) for a, where, spelt in acronym_definitions(text)] == [
        ("AMA", "AMA", "Ask Me Anything"), ("TBD", "TBD", "trunk-based development"),
    ]
    # In title case only: a name.
    assert [a for a, _, _ in acronym_definitions(text, title_case=True)] == ["AMA"]
    assert acronym_definitions("Says TBD (later) and asks") == []


def test_emphasis_as_text_leaves_a_markdown_links_address_as_written():
    """Stars and underscores in the address of a Markdown link are the
    address's, not emphasis: only the words around it lose their markers."""
    from ladderlint.text import emphasis_as_text

    assert emphasis_as_text("see [the guide](wiki/*draft*/page) and **bold**") == (
        "see [the guide](wiki/*draft*/page) and bold")


def test_the_names_a_name_joins_by_and_or_and_commas_as_asked():
    """One reading of joined names for competencies, titles and the levels
    a line names: 'or' joins only where a choice is offered, a comma only
    where it lists."""
    assert joined_names("Agility / Innovation") == ["Agility", "Innovation"]
    assert joined_names("Design, Build and Run") == ["Design", "Build", "Run"]
    assert joined_names("Staff Engineer or Engineering Manager") == []
    assert joined_names("Staff Engineer or Engineering Manager", alternatives=True) == [
        "Staff Engineer", "Engineering Manager"]
    assert joined_names("Senior Engineer, Backend", commas=False) == []
    assert joined_names("Engineer & Sysadmin, Backend", commas=False) == ["Engineer", "Sysadmin, Backend"]


@pytest.mark.parametrize("line, below, after, goes_on", [
    ("Writes clear code and", "reviews changes", "", True),
    ("Writes clear code and", "reviews changes", "- Ships features", True),
    ("Works closely with the", "Product team.", "", True),
    # After a comma, only lower case goes on: list items that each end in one are each one thing.
    ("Asks questions early,", "Quality", "- Writes tests", False),
    ("Asks questions early,", "Fixes bugs they find", "", False),
    ("Works with design, product,", "and data teams", "- Ships features", True),
    # A line at the margin over a bullet heads it: a competency's name, not the sentence's end.
    ("Works closely with the", "Quality", "- Writes tests", False),
    ("Works closely with the", "  Product team", "- Writes tests", True),
])
def test_goes_on_below(line, below, after, goes_on):
    assert goes_on_below(line, below, after) is goes_on


@pytest.mark.parametrize(
    ("text", "names", "scopes"),
    [
        ("Firm-wide, I set direction across the firm", [], [("firm-wide", "company"), ("firm", "company")]),
        ("I set direction across the whole platform and the business unit", [], [("platform", "group")]),
        ("I set direction for the business unit", [], [("business unit", "organisation")]),
        ("I set direction for the business", [], []),  # whom the work is for
        ("I improve the platform team's tooling", [], []),  # not after a word of reach
        ("I own decisions in my area and across one service", [], [("area", "group"), ("service", "project")]),
        ("I drive firm-wide change", [], [("firm-wide", "company")]),
        ("I drive change that is firm-wide", [], [("firm-wide", "company")]),
        ("I drive change across the whole organization", [], [("organization", "company")]),
        ("I drive change across my organisation", [], []),
        ("I drive change across Ostara Labs and its partners", [["ostara", "labs"], ["ostara"]],
         [("ostara labs", "company")]),
        ("I drive change across Ostara", [], []),
        ("Platform", [], []),
        ("", [], []),
    ],
)
def test_scopes_named_by_where_they_stand(text, names, scopes):
    """The phrases found, wherever they stand in the statement: at its start,
    at its end, several, after a run of determiners and words of how much."""
    tokens = words(text)
    assert [(" ".join(tokens[start:end]), scope) for start, end, scope in placed_scopes(tokens, names)] == scopes


@pytest.mark.parametrize(("short", "spelt"), [("Snr Engineer", "Senior Engineer"), ("Jnr. Developer", "Junior Developer"),
                                              ("Sr. Staff Engineer", "Senior Staff Engineer")])
def test_a_titles_short_forms_rank_as_the_words_they_stand_for(short, spelt):
    assert seniority(short) is not None
    assert (seniority(short).low, seniority(short).high) == (seniority(spelt).low, seniority(spelt).high)


@pytest.mark.parametrize("text, parts", [
    ("Focus-areas", ["focus", "areas"]), ("2. Skills", ["skills"]), ("Engineer\u2019s skills", ["engineer", "s", "skills"]),
    ("Competency_areas (3)", ["competency", "areas"]), ("L3 skills", ["l3", "skills"]),
])
def test_name_words_part_joined_words_and_leave_out_numbers(text, parts):
    assert name_words(text) == parts


@pytest.mark.parametrize("name, container", [
    ("Competencies", True), ("Focus areas", True), ("Focus-areas", True), ("1. Skills", True), ("SKILLS", True),
    ("Level expectations", True), ("Technical skills", False), ("Impact", False), ("L3 skills", False),
    ("Engineer's skills", False),
])
def test_a_dimension_named_only_for_what_it_holds_is_a_container(name, container):
    assert names_only_a_container(name) is container


@pytest.mark.parametrize("word", ["teams", "bugs", "product-areas", "colleagues", "stories"])
def test_a_noun_in_the_plural_reads_so_by_its_ending(word):
    assert in_the_plural(word)


@pytest.mark.parametrize("word", [
    "business", "status", "analysis", "team's", "team\u2019s",  # -ss, -us, -is, a possessive
    "has", "its", "prs",  # too short to tell a plural from a word of grammar
    "team", "feedback",
])
def test_a_word_not_in_the_plural_reads_so(word):
    assert not in_the_plural(word)


@pytest.mark.parametrize(("tag", "track", "named"), [
    ("Eng", "Software Engineering", True),
    ("EM", "Engineering Manager", True),
    ("Design", "Design", True),
    ("Engineer", "Engineering Manager", False),  # another role, whose word opens the track's
    ("Eng", "Engineering Manager", False),
    ("Soft", "Software Engineer", False),
])
def test_a_role_tag_names_the_track_by_its_words_initials_or_the_start_of_its_role_word(tag, track, named):
    from ladderlint.vocabulary import names_track
    assert names_track(tag, track) is named
