"""Findings of `check` found wrong or unclear by the seventh check trial: a
statement left in another language, near repeats hidden by "&" or a
hyphen, the organisation's name without its accents, and two tracks in one
file."""

from __future__ import annotations

import json

import pytest

from rule_helpers import findings, framework_yaml


# --- LL512: a statement left in another language inside an English framework ----------

ENGLISH = [
    "I keep our uptime at 99.9% (measured monthly) and p95 latency under 200 ms.",
    "I write docs in British English: organisation, behaviour, catalogue, programme.",
    "I reply to e-mails from customers within one working day.",
    "I prioritise work with the team and explain what matters most.",
    "I ship features and celebrate wins with the team.",
    "I mentor juniors and review their pull requests within a day.",
    "I take ownership, not just responsibility, of outcomes.",
    "I make decisions based on data wherever possible.",
    "I lead the migration from Jenkins to GitHub Actions.",
    "I keep the backlog groomed with my product manager.",
]
FOREIGN = {
    "Dutch": "Ik beantwoord vragen van klanten binnen een werkdag en ik hou de kennisbank up-to-date.",
    "French": "Je réponds aux clients francophones par téléphone et par courriel.",
    "German": "Ich dokumentiere jeden Fehler im Ticketsystem und informiere das Team.",
    "Spanish": "Atiendo a los clientes de América Latina en español.",
    "Portuguese": "Atendo os clientes do Brasil por telefone e respondo aos pedidos com atenção.",
}


def test_ll512_a_statement_in_another_language_is_reported_once_as_such(cli, write):
    path = write("f.yaml", framework_yaml([*ENGLISH, *FOREIGN.values()]))
    found = findings(cli, path, select="LL512")
    assert len(found) == len(FOREIGN), found
    for line, language in zip(found, FOREIGN):
        assert f"this statement reads as {language}, not English like the rest of the framework" in line
        assert "disable=LL512" in line
        assert "did you mean" not in line and "accept" not in line


@pytest.mark.parametrize("statement", [
    "Vous rédigez le compte-rendu des tests en français pour les équipes de Lyon.",
    "Ist Ansprechpartner für den Betriebsrat bei Produktänderungen, die Mitarbeiterdaten betreffen.",
])
def test_ll512_no_word_of_a_foreign_statement_is_suggested_or_accepted(cli, write, statement):
    path = write("f.yaml", framework_yaml([*ENGLISH, statement]))
    found = findings(cli, path, select="LL512")
    assert len(found) == 1 and "reads as" in found[0], found
    assert "Vows" not in found[0] and "did you mean" not in found[0]


def test_ll512_english_typos_are_still_reported_word_by_word(cli, write):
    path = write("f.yaml", framework_yaml([
        *ENGLISH, "I ask for clraification when a task is unclear.", "I finish the work witihn the sprint.",
    ]))
    found = findings(cli, path, select="LL512")
    assert len(found) == 2, found
    assert "'clraification' is not in the dictionary" in found[0] and "'clarification'" in found[0]
    assert "'witihn'" in found[1] and "accept.txt" in found[1]


def test_ll512_a_framework_written_in_another_language_stays_quiet(cli, write):
    path = write("f.yaml", framework_yaml([FOREIGN["German"]] * 2 + [
        "Ich schreibe die Dokumentation für jeden Dienst und halte sie aktuell.",
        "Ich prüfe die Änderungen meiner Kollegen und gebe ihnen Rückmeldung.",
        "Ich plane die Arbeit des Teams mit dem Produktmanager und dem Designer.",
    ]))
    assert findings(cli, path, select="LL512") == []


# --- LL205: "&" for "and", and a hyphenated compound, do not hide a repeat -------------

def two_levels(lower: list[str], higher: list[str]) -> str:
    """A framework with two levels, each with its statements in competency 'a'."""
    def cell(statements: list[str]) -> str:
        return "".join(f"        - {json.dumps(s)}\n" for s in statements)
    return (
        'ladderlint: 1\nid: oak\nname: Oak Design\ntrack: Designer\nversion: "1.0.0"\n'
        "organisation: {name: Oak}\n"
        "dimensions:\n  - {id: d, name: Design, competencies: [{id: a, name: Craft}]}\n"
        "levels:\n"
        "  - id: L1\n    title: Designer\n    summary: I design.\n    competencies:\n      a:\n" + cell(lower)
        + "  - id: L2\n    title: Senior Designer\n    summary: I design more.\n    competencies:\n      a:\n"
        + cell(higher)
    )


@pytest.mark.parametrize(("lower", "higher", "said"), [
    ("I use the colour palette of the design system consistently.",
     "I use the color palette of the design-system consistently!", "only 'colour' -> 'color' changed"),
    ("I use the colour palette of the design-system consistently.",
     "I use the color palette of the design system consistently.", "only 'colour' -> 'color' changed"),
    ("I ask for feedback early and often from my peers.",
     "I ask for feedback early & often from my peers.", "repeated word for word"),
    ("I ask for feedback early and often from my peers.",
     "I ask for input early & often from my peers.", "only 'feedback' -> 'input' changed"),
])
def test_ll205_ampersand_and_hyphen_do_not_hide_a_repeat(cli, write, lower, higher, said):
    path = write("f.yaml", two_levels([lower], [higher]))
    found = findings(cli, path, select="LL205")
    assert len(found) == 1 and said in found[0], found


def test_ll205_a_statement_that_grows_is_still_quiet(cli, write):
    path = write("f.yaml", two_levels(
        ["I use the colour palette of the design system consistently.", "I ask for feedback early & often."],
        ["I define the colour palette of the design-system for every team.",
         "I ask for feedback early & often from the whole organisation."],
    ))
    assert findings(cli, path, select="LL205") == []


# --- LL304: the organisation's name written without its accents ------------------------

@pytest.mark.parametrize(("org", "written"), [
    ("Zoë Labs", "ZOE LABS"),
    ("Zoë Labs", "ZoeLabs"),
    ("Zoë Labs", "Zoe-Labs"),
    ("Zoë Labs", "zoe labs"),
    ("Zoë Labs", "Zoe Labs"),
    ("Müller GmbH", "Muller GmbH"),
])
def test_ll304_the_name_without_its_accents_is_reported(cli, write, org, written):
    path = write("f.yaml", framework_yaml([f"I represent {written} at trade fairs."], org=org))
    found = findings(cli, path, select="LL304")
    assert len(found) == 1, found
    assert f"'{written}' is not how {org} is spelt (its accents left out; accepted: {org})" in found[0]


def test_ll304_the_name_without_its_accents_is_accepted_as_an_alias(cli, write):
    path = write("f.yaml", framework_yaml(
        ["I represent Mueller GmbH at trade fairs.", "I know the history of Muller GmbH.",
         "I present the Müller GmbH strategy."],
        org="Müller GmbH", aliases=["Muller GmbH"], domains=["mueller.de"]))
    assert findings(cli, path, select="LL304") == []


def test_ll304_the_accented_name_wrongly_cased_is_said_as_before(cli, write):
    path = write("f.yaml", framework_yaml(["I represent ZOË LABS at trade fairs."], org="Zoë Labs"))
    found = findings(cli, path, select="LL304")
    assert len(found) == 1 and "'ZOË LABS' is not how Zoë Labs is spelt (accepted: Zoë Labs)" in found[0], found


# --- LL201: two tracks in one file ----------------------------------------------------

def ladder(levels: list[tuple[str, str, int | None]]) -> str:
    """A framework with the levels (id, title, rank or None), one statement each."""
    body = "".join(
        f"  - id: {id}\n    title: {title}\n" + (f"    rank: {rank}\n" if rank is not None else "")
        + f"    summary: Does the work of {id}.\n    competencies:\n      a: [\"I deliver the work of {id}.\"]\n"
        for id, title, rank in levels
    )
    return ('ladderlint: 1\nid: oak\nname: Oak Engineering\ntrack: Engineering\nversion: "1.0.0"\n'
            "organisation: {name: Oak}\n"
            "dimensions:\n  - {id: d, name: Delivery, competencies: [{id: a, name: Delivery}]}\n"
            "levels:\n" + body)


IC = [("IC1", "Engineer", 1), ("IC2", "Senior Engineer", 2), ("IC3", "Staff Engineer", 3)]
M = [("M2", "Engineering Manager", 2), ("M3", "Senior Engineering Manager", 3)]
IC_UNRANKED = [(id, title, None) for id, title in [
    ("IC1", "Engineer I"), ("IC2", "Engineer II"), ("IC3", "Senior Engineer"), ("IC4", "Staff Engineer"),
    ("IC5", "Principal Engineer"), ("IC6", "Distinguished Engineer")]]
M_UNRANKED = [(id, title, None) for id, title in [
    ("M1", "Team Lead"), ("M2", "Engineering Manager"), ("M3", "Director of Engineering"),
    ("M4", "VP Engineering")]]


@pytest.mark.parametrize(("levels", "said"), [
    (IC + M, "levels 'IC1' to 'IC3' and 'M2' to 'M3' look like two tracks (IC, M)"),
    (IC_UNRANKED + M_UNRANKED, "levels 'IC1' to 'IC6' and 'M1' to 'M4' look like two tracks (IC, M)"),
])
def test_ll201_two_tracks_in_one_file_are_said_to_be_two_tracks(cli, write, levels, said):
    path = write("f.yaml", ladder(levels))
    found = findings(cli, path, select="LL201")
    assert len(found) == 1, found
    assert said in found[0] and "a framework file holds one track" in found[0] and "its own `track`" in found[0]
    assert "list levels lowest first" not in found[0]


def test_ll201_a_level_out_of_order_within_a_track_is_still_reported(cli, write):
    path = write("f.yaml", ladder([IC[0], IC[2], IC[1], *M]))
    found = findings(cli, path, select="LL201")
    assert len(found) == 2, found
    assert "level 'IC2' has rank 2, lower than the rank 3 of level 'IC3'" in found[0]
    assert "two tracks (IC, M)" in found[1]


@pytest.mark.parametrize("levels", [
    [("P1", "Engineer", None), ("P2", "Senior Engineer", None), ("P3", "Staff Engineer", None),
     ("M4", "Engineering Manager", None), ("M5", "Director of Engineering", None)],
    [("L1", "Engineer", 1), ("L3", "Staff Engineer", 3), ("L2", "Senior Engineer", 2)],
])
def test_ll201_one_ladder_is_not_said_to_be_two_tracks(cli, write, levels):
    found = findings(cli, write("f.yaml", ladder(levels)), select="LL201")
    assert not any("tracks" in line for line in found), found
