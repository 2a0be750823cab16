"""Brand findings: a cited organisation whose
people or values a framework speaks of as its own ("as engineers at Google
do", "the Google Engineering Values") was passed over, and a letter
typed twice in a short own name ("Metta" for Meta) was reported as another
organisation rather than as the own name misspelt."""

from __future__ import annotations

import pytest

from rule_helpers import findings, framework_yaml


def of(org: str, statements: list[str]) -> str:
    """A framework of the organisation ``org``, named after it."""
    return framework_yaml(statements, org=org, name=f"{org} Engineering Career Framework")


def names_reported(cli, write, statement: str, select: str, org: str = "EscrowTab") -> list[str]:
    path = write("f.yaml", of(org, [statement, "I learn all the time"]))
    return [line.split("'")[1] for line in findings(cli, path, select=select)]


# --- LL302 and a cited organisation spoken of as one's own --------------------------

@pytest.mark.parametrize("statement", [
    "Leads org-level programs with significant business impact, as engineers at Google do",
    "Leads org-level programs, as at Google, with significant business impact",
    "Shapes org culture in line with the Google Engineering Values",
    "Lives Google's values every day",
    "Lives the Google values every day",
    "Holds the same bar as colleagues at Apple.",
    # Any organisation in the same shapes, cited or not.
    "Leads org-level programs, as engineers at Initech do",
])
def test_ll302_an_organisations_people_and_values_spoken_of_as_ones_own_are_a_leftover(cli, write, statement):
    assert names_reported(cli, write, statement, "LL302") in (["Google"], ["Apple"], ["Initech"])


@pytest.mark.parametrize("statement", [
    # Its products and services: a tool, not the organisation.
    "Deploys services to Google Cloud and writes designs in Google Docs",
    "Keeps a Google Sheet of the team's risks",
    # Its books, methods, people and events, cited.
    "Applies the practices of the Google SRE Handbook",
    "Thinks like Steve Wozniak at Apple, and builds",
    "Learns from Jeff Dean at Google",
    "Holds themselves to Amazon's leadership principles",
    "Knows the Agile way and the Toyota way",
    "Studies Google's hiring strategy.",
    "Spoke at Google I/O about the platform",
])
def test_ll302_a_cited_organisations_products_works_and_people_are_no_leftover(cli, write, statement):
    assert names_reported(cli, write, statement, "LL302") == []


# --- LL304 and a letter typed twice in a short own name -----------------------------

@pytest.mark.parametrize(("statement", "org", "slip"), [
    ("Drives company-wide strategic initiatives across Metta", "Meta", "Metta"),
    ("Represents Meeta at conferences", "Meta", "Meeta"),
    ("Represents Gusto at meetups and Guusto at conferences", "Gusto", "Guusto"),
    ("Represents Lyftt at meetups", "Lyft", "Lyftt"),
    # A double of the name typed once.
    ("Represents Apolo at meetups", "Appolo", "Apolo"),
])
def test_ll304_a_letter_typed_twice_in_a_short_own_name_is_the_name_misspelt(cli, write, statement, org, slip):
    assert names_reported(cli, write, statement, "LL302,LL304", org=org) == [slip]
    path = write("g.yaml", of(org, [statement]))
    assert "LL304" in findings(cli, path, select="LL302,LL304")[0]


@pytest.mark.parametrize(("statement", "org"), [
    # One letter other in a name of four: too many other names ("Beta"), an English word ("Metal").
    ("Tests the Beta release with customers", "Meta"),
    ("Knows Metal and Vulkan", "Meta"),
    # A letter added that is no double.
    ("Knows Metra timetables", "Meta"),
    # A name of three letters: too short to read a slip in.
    ("Represents Ubber at meetups", "Ube"),
])
def test_ll304_other_near_misses_of_a_short_own_name_are_not_its_slips(cli, write, statement, org):
    assert findings(cli, write("f.yaml", of(org, [statement])), select="LL304") == []
