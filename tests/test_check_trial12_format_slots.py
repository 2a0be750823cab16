"""LL406 on the slots of a format or a naming pattern written inline
("in the form {type}({scope}): {subject}", "names branches
{JIRA-ID}-{short-description}"): the format's own, not blanks left in."""

from __future__ import annotations

import pytest

from model_rules_helpers import findings, one_level


@pytest.mark.parametrize("statement", [
    "Writes commit messages in the form {type}({scope}): {subject}",
    "Writes commit messages as {type}({scope}): {subject}",
    "Names branches {JIRA-ID}-{short-description}",
    "Deploys images tagged {team}/{service}",
    "Owns the {team}-{env} dashboards",
    "Formats log keys in the format {service}.{event}",
    "Writes release notes formatted as {version}: {summary}",
    "Names services as {team}",
    "A service named {service} has an owner",
    "Follows the naming convention: {team}",
])
def test_the_slots_of_a_format_are_no_placeholder(cli, write, statement):
    assert findings(cli, write, one_level(statement), "LL406") == []


@pytest.mark.parametrize("statement, slots", [
    ("Mentors engineers in the {Discriminator} guild", "'{Discriminator}'"),
    ("Represents {company} at {event}", "'{company}' and '{event}'"),
    ("Ships {team} - {env} features", "'{team}' and '{env}'"),
    ("Names branches {ticket}", "'{ticket}'"),
    ("Writes the {team} roadmap in the form of a document", "'{team}'"),
    ("Owns <feature>-<component> work", "'<feature>' and '<component>'"),
])
def test_a_slot_alone_in_a_sentence_is_a_placeholder_still(cli, write, statement, slots):
    found = findings(cli, write, one_level(statement), "LL406")
    assert len(found) == 1 and f"{slots} left in level 'L1'" in found[0], found
