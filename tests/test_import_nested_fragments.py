"""Words in lower case nested under a statement that go on with its
sentence ('2. Delivers features end to end' over '   - including the
rollout plan'): joined to that statement, and the report says so; never a
statement of their own."""

from __future__ import annotations

from import_helpers import by_name, imported

from ladderlint.loader import load_document

PAGE = """# Acme Ladder

## E1 - Engineer

### Delivery

1. Estimates their own work
2. Delivers features end to end
   - including the rollout plan
3. Keeps the ticket up to date
4. Writes tests
   - and the runbook

## E2 - Senior Engineer

### Delivery

- Leads projects
- Mentors others
  - Pairs with new joiners
"""


def test_a_fragment_nested_under_a_statement_is_joined_to_it(cli, write):
    data, run = imported(cli, write("ladder.md", PAGE))
    levels = by_name(data)
    assert levels["Engineer"]["Delivery"] == [
        "Estimates their own work",
        "Delivers features end to end, including the rollout plan",
        "Keeps the ticket up to date",
        "Writes tests and the runbook",
    ]
    assert "joined to it: Delivers features end to end, including the rollout plan" in run.stderr


def test_a_nested_sentence_stays_a_statement(cli, write):
    """'Pairs with new joiners' is a statement of its own, not words that go on with another's."""
    data, _ = imported(cli, write("ladder.md", PAGE))
    assert by_name(data)["Senior Engineer"]["Delivery"] == ["Leads projects", "Mentors others",
                                                           "Pairs with new joiners"]


def test_a_fragment_in_a_google_docs_nested_list(cli, write):
    """Google Docs writes the nested list as a list of its own after its parent's ('lst-kix_...-1')."""
    page = ('<html><head><style>.lst-kix_a-1>li{margin-left:72pt}</style></head><body>'
            '<h1>Acme Ladder</h1><h2>E1 - Engineer</h2><h3>Delivery</h3>'
            '<ol class="lst-kix_a-0 start"><li>Estimates their own work</li><li>Delivers features end to end</li></ol>'
            '<ul class="lst-kix_a-1 start"><li>including the rollout plan</li></ul>'
            '<ol class="lst-kix_a-0" start="3"><li>Keeps the ticket up to date</li></ol>'
            '<h2>E2 - Senior Engineer</h2><h3>Delivery</h3><ul><li>Leads projects</li></ul></body></html>')
    data, _ = imported(cli, write("ladder.html", page))
    assert by_name(data)["Engineer"]["Delivery"] == ["Estimates their own work",
                                                    "Delivers features end to end, including the rollout plan",
                                                    "Keeps the ticket up to date"]


def test_nested_clauses_of_their_own_stay_statements(cli, write, tmp_path):
    """'when paged, acknowledges within 15 minutes' says what to do: a
    statement, not words that finish the one above."""
    page = write("ladder.md", "# Acme Ladder\n\n## L1 Engineer\n\n### Operations\n\n"
                              "- Owns incident response for the team\n"
                              "  - when paged, acknowledges within 15 minutes\n"
                              "  - when the incident is over, writes the postmortem\n\n"
                              "## L2 Senior Engineer\n\n### Operations\n\n- Leads incident reviews\n")
    out = tmp_path / "out.yaml"
    run = cli("import", str(page), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert data["levels"][0]["competencies"]["operations"] == [
        "Owns incident response for the team", "when paged, acknowledges within 15 minutes",
        "when the incident is over, writes the postmortem"]
