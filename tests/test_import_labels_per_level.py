"""Bold labels that open each bullet of a level's section ('**Scope:**
...', '**Impact:** ...'), with no competency heading: labels that come
back at level after level are competencies, and so are the labels beside
them that one level alone has ('**Growth:**'), rather than all of them
staying labels in one 'Expectations' competency. Labels that are steps of
a verb ('**Adopts**:', '**Specializes**:', as Engineering Ladders write
them) change from level to level and stay in the statements."""

from __future__ import annotations

from import_helpers import cells, imported


def _ladder(levels: dict[str, list[tuple[str, str]]]) -> str:
    return "# Acme ladder\n\n" + "".join(
        f"## {title}\n\n" + "".join(f"- **{label}:** {text}\n" for label, text in bullets) + "\n"
        for title, bullets in levels.items())


SOME_AT_ONE_LEVEL = {
    "Junior Engineer": [("Scope", "Works on well-defined tasks within one team."),
                        ("Impact", "Delivers features that help their team reach its goals."),
                        ("Growth", "Learns the tools of the team.")],
    "Mid Engineer": [("Scope", "Owns features of a product area."),
                     ("Impact", "Delivers features that matter to customers."),
                     ("Autonomy", "Works without day-to-day guidance.")],
    "Senior Engineer": [("Scope", "Owns projects that span several teams."),
                        ("Influence", "Shapes the technical direction of the group."),
                        ("Mentoring", "Coaches engineers on their team.")],
}


def test_labels_that_come_back_make_every_label_a_competency(cli, write):
    data, run = imported(cli, write("ladder.md", _ladder(SOME_AT_ONE_LEVEL)), "--org", "Acme")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Scope", "Impact", "Growth", "Autonomy", "Influence", "Mentoring"]
    by_level = cells(data)
    assert by_level["junior-engineer"] == {"scope": ["Works on well-defined tasks within one team."],
                                           "impact": ["Delivers features that help their team reach its goals."],
                                           "growth": ["Learns the tools of the team."]}
    assert by_level["senior-engineer"]["scope"] == ["Owns projects that span several teams."]
    assert "labels at one level only are competencies of that level alone" in run.stderr


def test_steps_of_a_verb_that_change_from_level_to_level_stay_labels(cli, write):
    steps = {
        "D1 - Developer 1": [("Adopts", "actively learns the tools of the team"),
                             ("Learns", "quickly learns from others"),
                             ("Subsystem", "makes an impact on one subsystem")],
        "D2 - Developer 2": [("Adopts", "actively learns the tools of the team"),
                             ("Designs", "designs medium size features"),
                             ("Subsystem", "makes an impact on one subsystem")],
        "D3 - Developer 3": [("Specializes", "is the go-to person for one technology"),
                             ("Designs", "designs medium size features"),
                             ("Team", "makes an impact on the whole team")],
    }
    data, run = imported(cli, write("ladder.md", _ladder(steps)), "--org", "Acme")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert "Adopts" not in names and "Specializes" not in names
    assert "each label is a competency" not in run.stderr
    # The labels stay in the statements, none lost.
    assert [s for cell in cells(data)["D3"].values() for s in cell] == [
        "Specializes: is the go-to person for one technology", "Designs: designs medium size features",
        "Team: makes an impact on the whole team"]


def test_labels_that_come_back_rarely_stay_in_the_statements(cli, write):
    """One label at two levels among many that each level has alone: most
    bullets' labels are the level's own, no competency's name."""
    rare = {
        "Junior Engineer": [("Scope", "Works on tasks within one team."), ("Curiosity", "Asks why."),
                            ("Focus", "Finishes what they start."), ("Care", "Tests their code.")],
        "Senior Engineer": [("Scope", "Owns projects across teams."), ("Vision", "Sets direction."),
                            ("Coaching", "Grows others."), ("Judgement", "Weighs trade-offs.")],
    }
    data, run = imported(cli, write("ladder.md", _ladder(rare)), "--org", "Acme")
    assert "each label is a competency" not in run.stderr
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Expectations"]
    assert cells(data)["senior-engineer"]["expectations"] == [
        "Scope: Owns projects across teams.", "Vision: Sets direction.", "Coaching: Grows others.",
        "Judgement: Weighs trade-offs."]
