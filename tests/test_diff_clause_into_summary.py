"""A clause cut from a statement that the level's summary now says as a
sentence of its own moved into the headline of the level: the level still
asks for it, as for a whole statement moved there, so the cut is no lowered
bar. A clause cut that the summary does not say is still gone."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from ladderlint.cli import main

LADDER = """\
ladderlint: 1
id: acme
name: Acme Ladder
track: Engineering
version: "1.0.0"
organisation: {name: Acme}
dimensions:
  - id: people
    name: People
    competencies:
      - {id: leadership, name: Leadership}
levels:
  - id: IC1
    title: Engineer
    competencies:
      leadership:
        - Runs the team's retrospectives
  - id: IC2
    title: Senior Engineer
SUMMARY    competencies:
      leadership:
        - STATEMENT
"""
OLD = "Leads cross-functional initiatives; establishes hiring standards and interview processes."
NEW = "Establishes hiring standards and interview processes."


def diff(tmp_path, summary: str | None, old_summary: str | None = None, *, old: str = OLD,
         fail_on: str = "lowers-bar"):
    def ladder(statement: str, said: str | None) -> str:
        return LADDER.replace("SUMMARY", f"    summary: {said}\n" if said else "").replace("STATEMENT", statement)
    (tmp_path / "old.yaml").write_text(ladder(old, old_summary), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(ladder(NEW, summary), encoding="utf-8")
    return CliRunner().invoke(main, ["diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"),
                                     "--fail-on", fail_on])


def test_a_clause_moved_into_the_summary_lowers_no_bar(tmp_path):
    run = diff(tmp_path, "Leads cross-functional initiatives.")
    assert run.exit_code == 0, run.output
    assert 'its clause "Leads cross-functional initiatives" moved to the summary of IC2' in run.output


def test_a_clause_cut_that_the_summary_does_not_say_lowers_the_bar(tmp_path):
    assert diff(tmp_path, None).exit_code == 1
    assert diff(tmp_path, "Mentors two engineers.").exit_code == 1


def test_a_clause_the_summary_said_before_is_not_moved_by_the_cut(tmp_path):
    run = diff(tmp_path, "Leads cross-functional initiatives.", old_summary="Leads cross-functional initiatives.")
    assert "moved to the summary" not in run.output


#: A sentence of the summary that says the clause cut, with what it says of it.
SAID_LESS = [
    "Does not yet lead cross-functional initiatives.",  # its opposite
    "Occasionally leads cross-functional initiatives.",  # hedged: how often
    "Starts to lead cross-functional initiatives.",  # hedged: how far along
    "Leads cross-functional projects.",  # narrowed
]


@pytest.mark.parametrize("summary", SAID_LESS)
def test_a_summary_that_says_the_clause_weaker_takes_no_clause_the_cut_lowers_the_bar(tmp_path, summary):
    run = diff(tmp_path, summary)
    assert run.exit_code == 1, run.output
    assert "moved to the summary" not in run.output


@pytest.mark.parametrize("summary", SAID_LESS[1:])
def test_a_summary_sentence_saying_a_clause_cut_no_more_strongly_asks_nothing_new(tmp_path, summary):
    # What it asks, the statement asked: the statement's cut says the bar lowered, once.
    run = diff(tmp_path, summary, fail_on="raises-bar")
    assert run.exit_code == 0, run.output


def test_a_clause_narrowed_on_its_way_to_the_summary_is_graded_once(tmp_path):
    run = diff(tmp_path, "Leads ML initiatives.",
               old="Leads cross-functional ML initiatives across the organisation; establishes hiring standards "
                   "and interview processes.")
    assert run.exit_code == 1, run.output
    assert diff(tmp_path, "Leads ML initiatives.", fail_on="raises-bar",
                old="Leads cross-functional ML initiatives across the organisation; establishes hiring standards "
                    "and interview processes.").exit_code == 0


@pytest.mark.parametrize("summary", ["Leads the cross-functional initiatives.", "Drives cross-functional initiatives."])
def test_a_clause_reworded_on_its_way_to_the_summary_still_moved_and_asks_nothing_new(tmp_path, summary):
    run = diff(tmp_path, summary)
    assert run.exit_code == 0, run.output
    assert "moved to the summary of IC2" in run.output
    assert diff(tmp_path, summary, fail_on="raises-bar").exit_code == 0


def test_a_clause_said_more_strongly_in_the_summary_asks_more_there(tmp_path):
    # Near miss: the summary asks more than the statement did; that is a new ask of the headline.
    summary = "Leads cross-functional initiatives across the company."
    assert diff(tmp_path, summary, fail_on="raises-bar").exit_code == 1


#: A summary sentence that says the clause cut more strongly, or joins it to a sentence the summary had
#: (new summary, old summary).
SAID_MORE_OR_JOINED = [
    ("Leads cross-functional initiatives across the company.", None),
    ("Leads all cross-functional initiatives.", None),
    ("Sets the organisation's technical strategy and leads cross-functional initiatives.",
     "Sets the organisation's technical strategy."),
    ("Mentors engineers and leads cross-functional initiatives.", None),
]


@pytest.mark.parametrize(("summary", "old_summary"), SAID_MORE_OR_JOINED)
def test_a_clause_said_more_strongly_or_joined_in_the_summary_still_moved_there(tmp_path, summary, old_summary):
    # The level still asks for the clause: the statement's cut lowers no bar.
    run = diff(tmp_path, summary, old_summary)
    assert run.exit_code == 0, run.output
    assert "moved to the summary of IC2" in run.output


@pytest.mark.parametrize(("summary", "reason"), [
    ("Leads cross-functional initiatives across the company.", "scope raised"),
    ("Leads all cross-functional initiatives.", "quantity raised"),
    ("Mentors engineers and leads cross-functional initiatives.", "mentors engineers"),
])
def test_what_the_summary_adds_to_the_clause_moved_is_its_own_raise(tmp_path, summary, reason):
    run = diff(tmp_path, summary, fail_on="raises-bar")
    assert run.exit_code == 1, run.output
    raised = [line for line in run.output.splitlines() if line.strip().startswith("raises-bar")]
    assert len(raised) == 1 and "summary-changed" in raised[0] and reason in raised[0], run.output


def test_a_clause_joined_to_a_summary_sentence_asks_nothing_new(tmp_path):
    # Near miss of the raise: the words it was joined to, the old summary said.
    run = diff(tmp_path, "Sets the organisation's technical strategy and leads cross-functional initiatives.",
               "Sets the organisation's technical strategy.", fail_on="raises-bar")
    assert run.exit_code == 0, run.output


@pytest.mark.parametrize("summary", ["Does not lead cross-functional initiatives.",
                                     "Does not yet lead cross-functional initiatives.",
                                     "Rarely leads cross-functional initiatives."])
def test_a_summary_sentence_saying_a_clause_cut_negated_asks_nothing_new(tmp_path, summary):
    # The statement's cut lowers the bar; the sentence asks nothing the statement did not.
    assert diff(tmp_path, summary).exit_code == 1
    run = diff(tmp_path, summary, fail_on="raises-bar")
    assert run.exit_code == 0, run.output
