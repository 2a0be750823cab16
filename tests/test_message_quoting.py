"""A text a message quotes is shown one way in every message: in double
quotes, or in single quotes where it holds a double quote, and with a
character a reader cannot see (a zero-width space) written as its escape,
so what the message shows is what to type."""

from __future__ import annotations

import pytest

from conftest import MINIMAL

ZWSP = "\u200b"


@pytest.mark.parametrize(
    ("statement", "code", "shown"),
    [
        # LL014: a text cut short at a '#'.
        ('I answer "urgent" questions in #help', "LL014",
         "YAML reads \"#help\" as a comment, so the text ends at 'I answer \"urgent\" questions in'; to keep it, "
         "quote the text: 'I answer \"urgent\" questions in #help'"),
        (f"I answer questions{ZWSP} in #help", "LL014",
         'YAML reads "#help" as a comment, so the text ends at "I answer questions\\u200b in"; to keep it, '
         'quote the text: "I answer questions\\u200b in #help"'),
        # LL103: a statement split at ': '.
        ('Support: I answer "urgent" questions', "LL103",
         "holds ': ', so YAML read it as a key and a value; put the statement in quotes: "
         "- 'Support: I answer \"urgent\" questions'"),
        (f"Support{ZWSP}: I answer questions", "LL103",
         "holds ': ', so YAML read it as a key and a value; put the statement in quotes: "
         '- "Support\\u200b: I answer questions"'),
        # LL103: a statement split at ': ' and cut at a '#'.
        ('Support: I answer in #help "first"', "LL103",
         "YAML read it as a key and a value, and '#help \"first\"' as a comment; put the statement in quotes: "
         "- 'Support: I answer in #help \"first\"'"),
        (f"Support: I answer in #help{ZWSP}", "LL103",
         'YAML read it as a key and a value, and "#help\\u200b" as a comment; put the statement in quotes: '
         '- "Support: I answer in #help\\u200b"'),
        # LL103: a statement that is all comment.
        ('#1 "priority" is safety', "LL103",
         "YAML reads '#1 \"priority\" is safety' as a comment, so the value is empty"),
        (f"#1 prior{ZWSP}ity", "LL103", 'YAML reads "#1 prior\\u200bity" as a comment, so the value is empty'),
    ],
    ids=["LL014-quote", "LL014-zero-width", "LL103-split-quote", "LL103-split-zero-width",
         "LL103-comment-quote", "LL103-comment-zero-width", "LL103-empty-quote", "LL103-empty-zero-width"],
)
def test_a_quoted_text_is_shown_the_same_way_in_every_message(cli, write, statement, code, shown):
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time", statement))
    run = cli("check", "--format", "concise", "--no-config", "--select", code, str(path))
    [message] = [line for line in run.lines if f": {code} " in line]
    assert shown in message
    assert ZWSP not in message  # shown as its escape, never as itself
    assert '\\"' not in message  # a double quote is never escaped: the text goes in single quotes


def test_a_very_long_quoted_part_shows_its_two_ends(cli, write):
    """A word doubled thousands of times (a broken export pasted in) is
    quoted by the ends of the run, so the finding stays one short line."""
    from model_rules_helpers import findings, one_level

    statement = "I mentor " + "very " * 3000 + "well"  # 15,000 characters: longer texts are LL508's (too long to read)
    found = findings(cli, write, "language: en\n" + one_level(statement), "LL501")
    assert len(found) == 1
    message = found[0]
    assert "doubled word 'very'" in message
    assert "I mentor very very" in message and "very very well" in message
    assert len(message) < 400
