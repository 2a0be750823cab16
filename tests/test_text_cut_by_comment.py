"""LL014: a text without quotes that YAML cut short at a '#' ('#security-help',
'#1'), read as the author wrote it only when quoted."""

from __future__ import annotations

from conftest import MINIMAL


def _with(statement: str) -> str:
    return MINIMAL.replace("        - I deliver my tasks on time\n", f"        - I deliver my tasks on time\n{statement}")


def _findings(run) -> list[str]:
    return [line for line in run.lines if ": LL014 " in line]


def test_a_channel_after_a_plain_text_is_reported_at_its_hash(cli, write):
    path = write("f.yaml", _with("        - I answer questions in #security-help and page the on-call\n"))
    run = cli("check", "--format", "concise", "--no-config", str(path))
    assert _findings(run) == [
        f"{path}:21:33: LL014 [error] YAML reads \"#security-help and page the on-call\" as a comment, so the "
        "text ends at \"I answer questions in\"; to keep it, quote the text: "
        "\"I answer questions in #security-help and page the on-call\""
    ]
    # An error: the text read is not the one written, so the default --fail-on error fails; the file is
    # still read and checked (not an unreadable file's exit code 2).
    assert run.exit_code == 1
    assert "1 framework checked" in run.output


def test_a_cut_text_fails_the_default_gate_but_may_be_set_to_a_warning(cli, write, tmp_path):
    path = write("f.yaml", _with("        - I post in #incidents when a page fires.\n"))
    run = cli("check", "--format", "concise", "--isolated", str(path))
    assert [line.split(" YAML")[0] for line in _findings(run)] == [f"{path}:21:21: LL014 [error]"]
    assert run.exit_code == 1
    (tmp_path / ".ladderlint.yaml").write_text("severity:\n  LL014: warning\n")
    relaxed = cli("check", "--format", "concise", "f.yaml", cwd=tmp_path)
    assert [line.split(" YAML")[0] for line in _findings(relaxed)] == ["f.yaml:21:21: LL014 [warning]"]
    assert relaxed.exit_code == 0


def test_the_text_kept_is_shown_cut_between_words(cli, write):
    path = write("f.yaml", _with(
        "        - I share what I hear from developers in the weekly #devrel-feedback thread, with links.\n"))
    run = cli("check", "--format", "concise", "--no-config", str(path))
    [finding] = _findings(run)
    assert 'so the text ends at "…I hear from developers in the weekly"; ' in finding


def test_a_number_after_a_summary_and_text_beyond_ascii_are_placed_right(cli, write):
    text = MINIMAL.replace("summary: Delivers well-scoped tasks", "summary: Makes the team’s #1 goal théirs")
    path = write("f.yaml", text)
    run = cli("check", "--format", "concise", "--no-config", str(path))
    assert [line.split(": LL014")[0] for line in _findings(run)] == [f"{path}:17:31"]


def test_quoted_texts_and_comments_with_a_space_are_not_reported(cli, write):
    statements = (
        "        - \"I read #incidents every day\"\n"
        "        - 'I keep the #2 priority in view'\n"
        "        - I write runbooks # TODO: link them\n"
        "        - I review designs  ## reviewed\n"
        "        - I review the team's designs #ladderlint: disable=LL205 -- said at every level\n"
    )
    path = write("f.yaml", _with(statements).replace("name: Impact", "name: Impact  # as on the site"))
    run = cli("check", "--format", "concise", "--no-config", str(path))
    assert _findings(run) == []


def test_a_plain_text_after_a_quoted_key_is_reported(cli, write):
    # Writers that quote every key ('"summary": ...', "'summary': ...") leave the value plain.
    for key in ('"summary"', "'summary'", "'sum''mary'"):
        text = MINIMAL.replace("summary: Delivers well-scoped tasks", f"{key}: Answers questions in #help")
        path = write("f.yaml", text)
        run = cli("check", "--format", "concise", "--no-config", "--select", "LL014", str(path))
        assert [line.split(": LL014")[0] for line in _findings(run)] == [f"{path}:17:{len(key) + 28}"], key


def test_a_quoted_text_after_a_quoted_key_is_not_reported(cli, write):
    for line in ('"summary": "Answers questions in #help"', "'summary': 'Answers questions in #help'",
                 '"a: b": \'Answers questions in #help\''):
        text = MINIMAL.replace("summary: Delivers well-scoped tasks", line)
        path = write("f.yaml", text)
        run = cli("check", "--format", "concise", "--no-config", "--select", "LL014", str(path))
        assert _findings(run) == [], line


def test_it_can_be_turned_off_in_the_configuration(cli, write):
    path = write("f.yaml", _with("        - I answer questions in #help\n"))
    write(".ladderlint.yaml", "ignore: [LL014]\n")
    run = cli("check", "--format", "concise", str(path))
    assert _findings(run) == []


def test_a_statement_split_at_a_colon_and_cut_at_a_hash_is_reported_once_by_ll103(cli, write):
    """'- Support: I answer in #help' is a mapping to YAML, and its value is
    cut at '#help'. LL103's fix (quote the whole line) repairs both; LL014's
    (quote the value) would keep the split, so LL103 alone says it, naming
    the comment."""
    path = write("f.yaml", _with("        - Support: I answer questions in #security-help\n"))
    run = cli("check", "--format", "concise", "--no-config", str(path))
    assert _findings(run) == []
    [error] = [line for line in run.lines if ": LL103 " in line]
    assert error == (
        f"{path}:21:11: LL103 [error] statement 2 of 'impact' at level 'IC1' holds ': ', so YAML read it as a key "
        "and a value, and \"#security-help\" as a comment; put the statement in quotes: "
        "- \"Support: I answer questions in #security-help\""
    )
    # Without LL103, the cut text is still said.
    run = cli("check", "--format", "concise", "--no-config", "--ignore", "LL103", str(path))
    assert [line.split(": LL014")[0] for line in _findings(run)] == [f"{path}:21:42"]
