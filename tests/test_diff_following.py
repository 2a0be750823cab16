"""Following statements by their text: in-place rewrites, cuts and
extensions, splits, merges, moves into added and out of removed levels, id
changes, and an optimal pairing where a greedy one goes wrong."""

from __future__ import annotations

import copy
import importlib.util
import itertools
import json
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPORA, FIXTURES, ROOT
from diffkit import cell, data, diff, edited, framework, summary
from ladderlint.diff import Impact, Kind, compare
from ladderlint.diff.match import max_weight_matching


def _accuracy():
    spec = importlib.util.spec_from_file_location("diff_accuracy", ROOT / "bench" / "diff_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["diff_accuracy"] = module
    spec.loader.exec_module(module)
    return module


accuracy = _accuracy()


# -- real histories --------------------------------------------------------------


def test_the_ft_development_set_meets_its_targets():
    result = accuracy.report(accuracy.score(CORPORA / "ft-history-dev"))
    assert result["pairs"] == 40
    assert result["exact"] >= 38
    for kind in ("added", "removed", "reworded", "moved"):
        assert result["kinds"][kind]["precision"] >= 0.95, kind
        assert result["kinds"][kind]["recall"] >= 0.95, kind


@pytest.mark.parametrize("history", sorted((FIXTURES / "diff" / "histories").iterdir()), ids=lambda p: p.name)
def test_histories_written_for_the_tests_are_followed_exactly(history: Path):
    """Dropbox's and Monzo's own rewordings (one page or track against
    another) as revisions, with a new level taking statements from the one
    above, a removed level giving one back, a split, a merge and moves."""
    result = accuracy.score(history)
    assert [pair.pair for pair in result.pairs if not pair.exact] == []
    kinds = {key[0] for pair in result.pairs for key in pair.expected}
    assert {"reworded", "moved"} <= kinds


def test_a_split_or_merge_counts_against_a_truth_without_them_as_the_part_it_names():
    from ladderlint.diff.changes import Change

    truth = json.loads((CORPORA / "ft-history-dev" / "truth.jsonl").read_text().splitlines()[39])
    expected = accuracy.truth_keys(truth)
    split = Change(
        kind=Kind.STATEMENT_SPLIT, impact=Impact.RAISES_BAR, message="", framework="ft", level="mid-to-senior1",
        competency="technical", old=truth["changes"][1]["old"]["text"],
        new=[truth["changes"][1]["new"]["text"], truth["changes"][0]["new"]["text"]],
    )
    assert accuracy.found_keys([split], None, None, expected) == expected


@pytest.mark.parametrize("as_merge", [True, False], ids=["merged", "reworded-and-removed"])
def test_a_merge_across_competencies_is_scored_with_each_part_where_it_stood(as_merge):
    """A change names one competency; the part merged from another is
    scored in its own, against a truth with merges and one without."""
    deliver, own = "I deliver my tasks on time and to a high standard", "I own my failures and learn from them"
    merged = f"{deliver}, and {own[0].lower()}{own[1:]}"

    def edit(d):
        cell(d, "IC1", "impact")[0] = merged
        del cell(d, "IC1", "ownership")[0]

    old, new = framework(), edited(edit)
    at = {"level": "IC1", "competency": "impact"}
    if as_merge:
        truth = [{"kind": "merged", "old": [{**at, "text": deliver}, {**at, "competency": "ownership", "text": own}],
                  "new": {**at, "text": merged}}]
    else:
        truth = [{"kind": "reworded", "old": {**at, "text": deliver}, "new": {**at, "text": merged}},
                 {"kind": "removed", "old": {**at, "competency": "ownership", "text": own}, "new": None}]
    expected = accuracy.truth_keys({"changes": truth})
    assert accuracy.found_keys(compare(old, new), old, new, expected) == expected


# -- in place ------------------------------------------------------------------


def test_a_statement_replaced_in_place_is_a_rewording_however_different():
    changes = diff(lambda d: cell(d, "IC1", "impact").__setitem__(1, "I keep my tickets up to date every day"))
    assert summary(changes) == [("statement-reworded", "raises-bar", "IC1", "impact")]
    assert changes[0].old == "I ask for help when I am stuck on a task"


def _rewordings(before: list[str], after: list[str]) -> list[tuple[str, str | None, str | None]]:
    changes = compare(edited(lambda d: cell(d, "IC1", "impact").__setitem__(slice(None), before)),
                      edited(lambda d: cell(d, "IC1", "impact").__setitem__(slice(None), after)))
    return [(c.kind.value, c.old, c.new) for c in changes]


@pytest.mark.parametrize("unlike", [False, True], ids=["alike", "unlike"])
def test_statements_replaced_side_by_side_are_read_as_when_one_stood_between_them(unlike):
    """Roomle's Influence: two rewordings next to each other were two
    additions and two removals ("no longer expected"), the same two with an
    unchanged statement between them two rewordings. Replaced in place,
    one for one, they are rewordings either way, however different."""
    old = ["Influence via reviews: uses PR reviews as a channel of influence; new standards often emerge from their feedback.",
           "Decision influence: influences team-level technical decisions."]
    new = ["Influence via reviews: their PR reviews nudge consistency and quality across the codebase.",
           "Participates in technical decisions: contributes meaningfully to team-level technical decisions."]
    if unlike:
        new = ["I keep the on-call runbook current", "I write release notes for every feature I ship"]
    first, last = "I deliver my tasks on time and to a high standard", "I ask for help when I am stuck on a task"
    side_by_side = _rewordings([first, *old, last], [first, *new, last])
    between = _rewordings([old[0], first, old[1], last], [new[0], first, new[1], last])
    assert side_by_side == between == [("statement-reworded", old[0], new[0]), ("statement-reworded", old[1], new[1])]


def test_a_statement_reworded_in_a_run_divides_it_as_an_unchanged_one_would():
    """Roomle's Technical Mastery: 'Maintenance and technical debt' rewritten,
    'Risk management' reworded and 'Automation' moved away, side by side: the
    rewording of Risk management stands where an unchanged statement would,
    so what is before it was replaced in place and what is after it removed."""
    old = ["Maintenance: knows what debt to remove on the go and when a rewrite is warranted.",
           "Risk management: identifies risks from new technical developments and from rewrites.",
           "Automation: identifies recurring tedious tasks and automates them."]
    new = ["Maintenance: spots and addresses tech debt in their area of ownership.",
           "Risk management: identifies risks from new technical developments in their area."]
    assert sorted(_rewordings(old, new)) == [
        ("statement-removed", old[2], None),
        ("statement-reworded", old[0], new[0]),
        ("statement-reworded", old[1], new[1]),
    ]
    # Two rewordings and one removal in a run of six, around two statements reworded alike.
    old = ["Influence via reviews: uses PR reviews as a channel of influence.",
           "Go-to expert: is the go-to person for at least one area of the codebase.",
           "Decision influence: influences team-level technical decisions.",
           "Impactful focus: focuses effort where it matters.",
           "Challenges processes: proactively challenges team processes.",
           "Team-wide impact: their impact reaches the whole team, not just their direct collaborators."]
    new = ["Influence via reviews: their PR reviews nudge consistency and quality.",
           "Go-to expert: is the person colleagues seek out for at least one area of the codebase.",
           "Participates in technical decisions: contributes to team-level technical decisions.",
           "Impactful focus: focuses effort where it matters most.",
           "Reach beyond direct collaborators: their work influences engineers across the team."]
    assert sorted(_rewordings(old, new)) == sorted([("statement-removed", old[4], None)] + [
        ("statement-reworded", a, b) for a, b in zip(old[:4] + old[5:], new)])


@pytest.mark.parametrize("language", ["pt", "en"])
def test_of_two_pairs_that_cross_in_a_run_the_one_that_went_farther_moved(language):
    """The last statement went, reworded, into the second place, across a
    statement reworded where it stands: that one divides the run, so the
    statement below it, reworded in its place too (loosely: in Portuguese
    "correção" and "correções" are not one word to the differ), is a
    rewording, not one removed and one added, and what moved up is the one
    that moved, not the one that stayed ("moved down")."""
    old, new = {
        "pt": (["Escreve testes para o código que entrega.",
                "Acompanha os estagiários nas primeiras semanas e ajuda-os a crescer.",
                "Divide as entregas grandes em partes menores. (Sempre que possível)",
                "Investiga falhas em produção e sugere um plano de correção.",
                "Participa das reuniões de planejamento do time.",
                "Prepara sozinho o ambiente local (banco de dados, filas, serviços...)."],
               ["Escreve testes automatizados para o código que entrega.",
                "Ajuda os colegas novos com dúvidas do dia a dia. Ex: preparar o ambiente local (banco de dados, "
                "filas, serviços...).",
                "Divide as entregas grandes em partes menores ou em etapas. (Sempre que possível)",
                "Investiga falhas/alertas em produção, propõe correções e as aplica."]),
        "en": (["I write tests for the code I deliver.",
                "I mentor interns in their first weeks and help them grow.",
                "I split large deliveries into smaller parts. (Where possible)",
                "I look into production failures and suggest a plan to repair them.",
                "I take part in my team's planning meetings.",
                "I set up the local environment on my own (database, queues, services...)."],
               ["I write automated tests for the code I deliver.",
                "I help new colleagues with everyday questions. E.g. setting up the local environment (database, "
                "queues, services...).",
                "I split large deliveries into smaller parts or stages. (Where possible)",
                "I look into production failures/alerts, propose fixes and apply them."]),
    }[language]
    changes = compare(edited(lambda d: cell(d, "IC1", "impact").__setitem__(slice(None), old)),
                      edited(lambda d: cell(d, "IC1", "impact").__setitem__(slice(None), new)))
    assert sorted((c.kind.value, c.old, c.new) for c in changes if c.kind is not Kind.STATEMENT_REORDERED) == sorted([
        ("statement-removed", old[1], None), ("statement-removed", old[4], None),
        ("statement-reworded", old[0], new[0]), ("statement-reworded", old[5], new[1]),
        ("statement-reworded", old[2], new[2]), ("statement-reworded", old[3], new[3]),
    ])
    [reordered] = [c for c in changes if c.kind is Kind.STATEMENT_REORDERED]
    assert reordered.message.endswith(f"'{new[1]}' moved up")


def test_a_statement_added_elsewhere_in_the_cell_is_not_a_rewording_of_one_removed():
    def edit(d):
        statements = cell(d, "IC1", "impact")
        statements.pop(1)
        statements.insert(0, "I keep my tickets up to date every day")

    assert sorted(c.kind.value for c in diff(edit)) == ["statement-added", "statement-removed"]


def test_a_level_code_spaced_or_not_is_one_word():
    """Sourcegraph's history: 'plus IC 4 teamwork expectations' became 'Has
    IC4 equivalent teamwork expectations.' at the top of the cell."""
    from diffkit import edited
    from ladderlint.diff import compare

    before = edited(lambda d: cell(d, "IC3", "impact").append("plus IC 4 teamwork expectations"))
    after = edited(lambda d: cell(d, "IC3", "impact").insert(0, "Has IC4 equivalent teamwork expectations."))
    # Reworded, and listed first now.
    assert [c.kind.value for c in compare(before, after)] == ["statement-reworded", "statement-reordered"]


def test_a_statement_cut_to_its_first_clause_or_extended_is_the_same_statement():
    cut = diff(lambda d: cell(d, "IC2", "ownership").__setitem__(0, "I follow through on my commitments"))
    assert summary(cut) == [("statement-reworded", "lowers-bar", "IC2", "ownership")]
    extended = diff(lambda d: cell(d, "IC1", "impact").__setitem__(
        1, "I ask for help when I am stuck on a task. I say what I tried and what I think the problem is."))
    assert summary(extended) == [("statement-reworded", "raises-bar", "IC1", "impact")]


KNOWS = "I know our codebase well"
GROWN = f"{KNOWS} and how it serves the wider business (showing strong commercial awareness)."


@pytest.mark.parametrize(("before", "after", "reworded"), [
    # Grown by a clause and a parenthesis, the cell rewritten around it.
    ([KNOWS, "I switch context easily between tasks"],
     [GROWN, "I share what I learn with my team", "I keep my work visible on the team board"], (KNOWS, GROWN)),
    # Cut back to its opening words.
    ([GROWN, "I switch context easily between tasks"],
     [KNOWS, "I share what I learn with my team", "I keep my work visible on the team board"], (GROWN, KNOWS)),
    # Grown in front.
    ([KNOWS, "I switch context easily between tasks"],
     [f"Across every service I touch, from payments to search, {KNOWS[0].lower()}{KNOWS[1:]}",
      "I share what I learn with my team", "I keep my work visible on the team board"], None),
], ids=["grown", "cut", "grown-in-front"])
def test_a_statement_kept_whole_is_the_same_statement_however_much_was_added_or_cut(before, after, reworded):
    """However many clauses were added to it: read as removed and added, the
    old words were "taken out, still asked for" and the grown statement a new
    expectation."""
    changes = _rewordings(before, after)
    assert sorted(kind for kind, _old, _new in changes) == [
        "statement-added", "statement-added", "statement-removed", "statement-reworded"]
    assert ("statement-removed", "I switch context easily between tasks", None) in changes
    if reworded:
        assert ("statement-reworded", *reworded) in changes


def test_a_statement_kept_whole_goes_to_the_closest_of_those_that_keep_it():
    changes = _rewordings([KNOWS, "I switch context easily between tasks"],
                          [GROWN, "I know our codebase really well", "I keep my work visible on the team board"])
    assert ("statement-reworded", KNOWS, "I know our codebase really well") in changes
    assert ("statement-added", None, GROWN) in changes


def test_a_statement_moved_and_cut_to_its_first_clause_is_one_move():
    def before(d):
        cell(d, "IC2", "ownership")[0] = "I follow through on my commitments; I keep my team informed of my progress"

    def after(d):
        before(d)
        cell(d, "IC1", "ownership").append(cell(d, "IC2", "ownership").pop(0).split(";")[0])

    changes = compare(edited(before), edited(after))
    assert [(c.kind, c.old_level, c.level, c.new) for c in changes] == [
        (Kind.STATEMENT_MOVED, "IC2", "IC1", "I follow through on my commitments")]


# -- splits and merges -----------------------------------------------------------


def test_one_statement_becoming_two_is_a_split():
    def edit(d):
        cell(d, "IC2", "ownership")[0:1] = [
            "I follow through on my commitments",
            "I keep my team informed of my progress",
        ]

    changes = diff(edit)
    assert [(c.kind, c.level, c.competency) for c in changes] == [(Kind.STATEMENT_SPLIT, "IC2", "ownership")]
    assert changes[0].old == "I follow through on my commitments and keep my team informed"
    assert changes[0].new == ["I follow through on my commitments", "I keep my team informed of my progress"]


def test_two_statements_becoming_one_is_a_merge_and_the_longer_predecessor_is_not_reported_removed():
    """A greedy pairing gave the merged text to the closer, shorter statement
    and reported the real predecessor removed."""

    def edit(d):
        cell(d, "IC1", "impact")[:] = ["I deliver my tasks on time and to a high standard, and ask for help when stuck"]

    changes = diff(edit)
    assert [c.kind for c in changes] == [Kind.STATEMENT_MERGED]
    assert changes[0].old == ["I deliver my tasks on time and to a high standard", "I ask for help when I am stuck on a task"]
    assert changes[0].impact is Impact.EDITORIAL  # nothing asked that was not asked before, nothing dropped


def test_the_other_part_of_a_merge_is_not_read_as_replaced_in_its_place():
    """A rewritten cell: two statements joined, two dropped, four new ones.
    The part joined to the other is no rewording of the statement written
    where it stood ("I lift up those around me" -> "I mentor others ...")."""
    kept, joined = "I work well with other teams across the company", "I lift up those around me"
    merged = "I work well with other teams across the company and lift up those around me"
    changes = _rewordings(
        [kept, "I have a strong sense of our culture", joined, "I look after my own growth"],
        ["I run focused meetings; I present clearly to large groups", merged,
         "I notice how others feel and listen to their ideas", "I mentor others in my area",
         "I live the company values in my day-to-day work"])
    assert ("statement-merged", [kept, joined], merged) in changes
    assert sorted(kind for kind, _old, _new in changes) == ["statement-added"] * 4 + ["statement-merged"] + \
        ["statement-removed"] * 2


def _edited_cell(document, before, after):
    """The framework with ``before`` in its first cell, and with ``after`` there instead."""
    first = document["levels"][0]["competencies"]
    name = next(iter(first))
    sides = []
    for statements in (before, after):
        edited_document = copy.deepcopy(document)
        edited_document["levels"][0]["competencies"][name] = first[name][:1] + statements
        sides.append(framework(edited_document))
    return sides


_SPLIT = (["Receives feedback and acts upon it"], ["Receives feedback", "Acts upon feedback received"])
_MERGE = (
    ["Delivers high quality code and solutions", "Encourages others to delivery high quality code and solutions"],
    ["Delivers high quality code and solutions and encourages others to do the same"],
)


@pytest.mark.parametrize("document", ["acme", "dropbox"])
@pytest.mark.parametrize(("edit", "kind"), [(_SPLIT, Kind.STATEMENT_SPLIT), (_MERGE, Kind.STATEMENT_MERGED)],
                         ids=["split", "merge"])
def test_a_part_cut_word_for_word_from_a_reworded_statement_is_split_off_in_any_framework(document, edit, kind):
    """How much words weigh depends on the rest of the framework: a part cut
    from the start of the statement is one in a small framework and in a
    larger one alike, even when the rest was reworded with the part's words."""
    source = data() if document == "acme" else \
        yaml.safe_load((FIXTURES / "diff" / "histories" / "dropbox-swe" / "01-old.yaml").read_text(encoding="utf-8"))
    before, after = _edited_cell(source, *edit)
    assert [c.kind for c in compare(before, after)] == [kind]


def test_splits_and_merges_in_every_output(cli, tmp_path, monkeypatch):
    import shutil

    monkeypatch.chdir(tmp_path)
    for side in ("old", "new"):
        shutil.copy(FIXTURES / "diff" / "histories" / "dropbox-swe" / f"02-{side}.yaml", f"{side}.yaml")
    document = cli("diff", "--format", "json", "old.yaml", "new.yaml").json()
    kinds = {c["kind"]: c for c in document["frameworks"][0]["changes"]}
    assert isinstance(kinds["statement-split"]["new"], list) and isinstance(kinds["statement-merged"]["old"], list)
    text = cli("diff", "old.yaml", "new.yaml").output
    assert "statement-split" in text and "' + 'I advocate for improvements to team processes'" in text
    notes = cli("diff", "--format", "markdown", "old.yaml", "new.yaml").output
    assert "split in two: “I proactively identify opportunities" in notes
    assert "two statements merged into one: “I write and speak with clarity and focus, and I listen" in notes
    annotations = cli("diff", "--format", "github", "old.yaml", "new.yaml").output
    assert "title=structural statement-split" in annotations or "statement-split::" in annotations


# -- levels added and removed -----------------------------------------------------


def test_a_new_level_takes_statements_from_the_level_above():
    def before(d):
        cell(d, "IC1", "impact")[0] = "I deliver my tasks on time, to a high standard"

    def after(d):
        before(d)
        taken = cell(d, "IC1", "impact")
        first, second = taken.pop(0), taken.pop(0)
        assert first.startswith("I deliver my tasks on time,")
        d["levels"].insert(0, {"id": "IC0", "title": "Associate", "competencies": {
            "impact": ["I deliver my tasks on time", second, "I pair with a teammate on every change"]}})

    changes = compare(edited(before), edited(after))
    assert [(c.kind.value, c.impact.value, c.old_level, c.level, c.new) for c in changes] == [
        ("level-added", "structural", None, "IC0", "Associate"),
        # new with the level: IC1, which includes the level below it, now asks for it
        ("statement-added", "raises-bar", None, "IC0", "I pair with a teammate on every change"),
        # cut on the way: less is asked where it is now
        ("statement-moved", "lowers-bar", "IC1", "IC0", "I deliver my tasks on time"),
        # taken whole: IC1 still asks for it through the level below it
        ("statement-moved", "structural", "IC1", "IC0", "I ask for help when I am stuck on a task"),
    ]


def test_moving_into_a_new_lower_level_asks_nothing_less_of_a_cumulative_ladder():
    def edit(d):
        text = cell(d, "IC2", "impact").pop(0)
        d["levels"].insert(1, {"id": "IC1b", "title": "Engineer I+", "competencies": {"impact": [text]}})

    changes = diff(edit)
    assert [(c.kind, c.impact) for c in changes if c.kind is Kind.STATEMENT_MOVED] == [
        (Kind.STATEMENT_MOVED, Impact.STRUCTURAL)]
    not_cumulative = diff(lambda d: (edit(d), d.update(cumulative=False)))
    assert [c.impact for c in not_cumulative if c.kind is Kind.STATEMENT_MOVED] == [Impact.LOWERS_BAR]


def test_statements_move_out_of_a_removed_level():
    def edit(d):
        removed = d["levels"].pop(2)  # IC3
        text = removed["competencies"]["code"]["statements"][0]
        cell(d, "IC2", "code")["statements"].append(text)

    changes = diff(edit)
    assert summary(changes) == [
        ("statement-moved", "raises-bar", "IC2", "code"),  # IC2 is now asked what only IC3 was
        ("level-removed", "raises-bar", "IC3", None),
    ]
    assert changes[0].old_level == "IC3"


def test_statements_of_an_added_or_removed_level_are_not_listed_one_by_one():
    changes = diff(lambda d: d["levels"].append(
        {"id": "IC4", "title": "Staff", "competencies": {"impact": ["I set direction", "I grow leaders"]}}))
    assert summary(changes) == [("level-added", "structural", "IC4", None)]


# -- ids ---------------------------------------------------------------------------


def test_a_change_of_a_statements_id_alone_is_a_structural_change(cli, tmp_path):
    from diffkit import BASE

    before = tmp_path / "a.yaml"
    before.write_text(BASE)
    after = tmp_path / "b.yaml"
    after.write_text(BASE.replace("id: code-reviews", "id: same-day-reviews"))
    run = cli("diff", str(before), str(after))
    assert "No changes." not in run.output  # it used to say so, twice
    assert "statement-id-changed" in run.output and "id: 'code-reviews' -> 'same-day-reviews'" in run.output
    [change] = cli("diff", "--format", "json", str(before), str(after)).json()["frameworks"][0]["changes"]
    assert (change["kind"], change["impact"], change["old"], change["new"]) == (
        "statement-id-changed", "structural", "code-reviews", "same-day-reviews")
    assert cli("diff", str(before), str(before)).output.count("No changes.") == 1


def test_an_id_added_to_a_statement_is_reported_with_the_rest_of_its_change():
    def edit(d):
        cell(d, "IC1", "ownership")[0] = {"id": "own-mistakes", "text": "I own my mistakes and learn from them"}

    changes = diff(edit)
    assert [(c.kind, c.field, c.old, c.new) for c in changes] == [
        (Kind.STATEMENT_REWORDED, "text", "I own my failures and learn from them", "I own my mistakes and learn from them"),
        (Kind.STATEMENT_ID_CHANGED, "id", None, "own-mistakes"),
    ]


def test_a_statement_with_an_id_is_not_moved_by_its_words_to_one_without_it():
    def edit(d):
        reviews = cell(d, "IC2", "code")["statements"].pop()
        assert reviews["id"] == "code-reviews"
        cell(d, "IC3", "code")["statements"].append("I review code from my teammates within a day or two")

    kinds = sorted(c.kind.value for c in diff(edit))
    assert kinds == ["statement-added", "statement-removed"]


# -- the assignment ---------------------------------------------------------------


def test_the_pairing_is_optimal_not_first_best():
    # Row 0 likes column 0 best, but giving it column 1 lets row 1 have column 0.
    assert max_weight_matching([(0, 0, 10), (0, 1, 9), (1, 0, 8)]) == [(0, 1), (1, 0)]
    assert max_weight_matching([]) == []


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.tuples(st.integers(0, 4), st.integers(0, 4)), st.integers(1, 30), max_size=9))
def test_the_assignment_has_the_largest_total_weight(weights):
    edges = [(r, c, w) for (r, c), w in weights.items()]
    chosen = max_weight_matching(edges)
    assert len({r for r, _ in chosen}) == len(chosen) == len({c for _, c in chosen})
    best = 0
    for k in range(len(edges) + 1):
        for subset in itertools.combinations(edges, k):
            rows, cols = [e[0] for e in subset], [e[1] for e in subset]
            if len(set(rows)) == k and len(set(cols)) == k:
                best = max(best, sum(e[2] for e in subset))
    assert sum(weights[pair] for pair in chosen) == best
    assert max_weight_matching(list(reversed(edges))) == chosen  # the same in any order


def test_a_statement_moved_to_another_competency_of_its_level_and_reworded_is_one_move():
    """Invitation Homes' history: a statement moved from Leadership to
    Communication and was reworded on the way, in one commit."""
    from diffkit import edited
    from ladderlint.diff import compare

    before = edited(lambda d: cell(d, "IC2", "impact").append("I create diagrams and learning materials for my team's products"))

    def edit(d):
        cell(d, "IC2", "ownership").append(
            "I create diagrams and documentation for my team's products, so the whole team can move on its own"
        )

    after = edited(edit)
    [change] = compare(before, after)
    assert (change.kind.value, change.old_competency, change.competency) == ("statement-moved", "impact", "ownership")


@pytest.mark.parametrize(("old", "new"), [
    ("Reviews code changes.", "Reviews design changes."),
    ("Writes unit tests for their changes.", "Writes design docs for their changes."),
])
def test_a_statement_of_another_competency_that_replaces_words_is_no_move(old, new):
    """Two competencies of one level, two statements alike in shape: one
    removed, one added, not a move."""
    from diffkit import edited
    from ladderlint.diff import compare

    before = edited(lambda d: cell(d, "IC2", "impact").append(old))
    after = edited(lambda d: cell(d, "IC2", "ownership").append(new))
    assert sorted(c.kind.value for c in compare(before, after)) == ["statement-added", "statement-removed"]


def test_a_clause_kept_and_moved_with_new_words_beside_it_is_one_move():
    """'Be curious – Ask questions – Learn!' under Impact became 'Be curious:
    ask questions, and treat every task as a chance to learn.' under another
    competency; a new statement took its place."""
    from diffkit import edited
    from ladderlint.diff import compare

    before = edited(lambda d: cell(d, "IC1", "impact").append("Be curious – Ask questions – Learn!"))

    def edit(d):
        cell(d, "IC1", "impact").append("Complete assigned tasks on time and ask for help early when blocked.")
        cell(d, "IC1", "ownership").append("Be curious: ask questions, and treat every task as a chance to learn.")

    kinds = sorted((c.kind.value, c.competency) for c in compare(before, edited(edit)))
    assert kinds == [("statement-added", "impact"), ("statement-moved", "ownership")]
