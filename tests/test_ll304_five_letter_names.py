"""LL304 on a slip in an own name of five letters, from the thirteenth check
trial: "Miero" for Meiro was reported by LL302 as another organisation's
name. Two neighbouring letters swapped in a name of five are a slip of it;
one letter more, less or other is not read so (it makes too many other
names: "Miro" the tool beside Meiro, "Mongo" beside Monzo)."""

from __future__ import annotations

import pytest

from rule_helpers import findings, framework_yaml


def codes(cli, write, org: str, statement: str) -> list[str]:
    path = write("f.yaml", framework_yaml([statement], org=org, id="acme", name=f"{org} Engineering"))
    return [line.split(": ", 1)[1].split(" ", 1)[0] + " " + line.split("'", 2)[1]
            for line in findings(cli, path, select="LL302,LL304")]


@pytest.mark.parametrize(("org", "statement", "slip"), [
    ("Meiro", "I communicate Miero's engineering vision across teams.", "Miero"),
    ("Monzo", "I represent Mnozo at meetups.", "Mnozo"),
    ("Figma", "I help the team at Fimga plan its roadmap.", "Fimga"),
    ("EscrowTab", "I represent EscrowTap at meetups.", "EscrowTap"),  # six letters or more: one letter off, as before
])
def test_a_slip_in_the_own_name_is_reported_as_a_misspelling(cli, write, org, statement, slip):
    assert codes(cli, write, org, statement) == [f"LL304 {slip}"]


@pytest.mark.parametrize(("org", "statement"), [
    ("Meiro", "I sketch designs in Miro with the team."),  # a tool, one letter less
    ("Meiro", "I take the Metro to the office."),  # an English word, one letter other
    ("Monzo", "I keep the data in Mongo and back it up."),  # another name, one letter other
    ("Meiro", "I spoke at Meirox about our platform."),  # one letter more: not read in a name of five
    ("Stripe", "I lead the Strike Team."),  # six letters, an English word, as before
])
def test_a_name_one_letter_from_a_five_letter_own_name_is_no_misspelling(cli, write, org, statement):
    assert not any(found.startswith("LL304") for found in codes(cli, write, org, statement))
