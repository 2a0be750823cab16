"""The years of experience a level's title gives in brackets ('Engineer
(0-2 years)'): left out of the title, unless they are all that tells two
levels' titles apart."""

from __future__ import annotations

from import_helpers import imported


def test_years_that_alone_tell_two_levels_apart_stay_in_their_titles(cli, write, tmp_path):
    """'Engineer (0-2 years)' and 'Engineer (2-4 years)': without their years
    the two levels would be titled alike (LL202); they keep them, and the
    years are still reported. A third level's years, which tell it apart
    from none, leave its title for its description."""
    page = write("ladder.md", "".join(
        f"## {title}\n\n### Delivery\n\n- {said}\n\n" for title, said in (
            ("Engineer (0-2 years)", "Ships small changes."), ("Engineer (2-4 years)", "Ships features."),
            ("Senior Engineer (5+ years)", "Leads projects."))))
    data, run = imported(cli, page, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == [
        "Engineer (0-2 years)", "Engineer (2-4 years)", "Senior Engineer"]
    for line, years in ((1, "0-2 years"), (7, "2-4 years")):
        assert f"ladder.md:{line}: not placed: the experience the level asks for, a condition of the level, not a " \
               f"behaviour it expects: {years}" in run.stderr
    assert data["levels"][2]["description"] == "5+ years"
    assert "ladder.md:13: not placed" not in run.stderr
    out = tmp_path / "ladder-out.yaml"
    checked = cli("check", str(out))
    assert "LL202" not in checked.output, checked.output


def test_years_that_alone_tell_a_level_from_one_titled_without_them_stay(cli, write, tmp_path):
    """'Engineer' and, on another page, 'Engineer (4+ years)': the years
    tell the second apart, so they stay in its title."""
    pages = [write("site/engineer.md", "# Engineer\n\n## Craft\n\n- Ships small changes.\n"),
             write("site/engineer-experienced.md", "# Engineer (4+ years)\n\n## Craft\n\n- Ships features.\n")]
    data, run = imported(cli, tmp_path / "site", "--org", "Acme")
    assert sorted(lv["title"] for lv in data["levels"]) == ["Engineer", "Engineer (4+ years)"]


def test_years_given_as_a_labelled_fact_after_the_title_go_to_the_description(cli, write):
    """'Entry level. Years in role: 0-1.5', 'Senior level - YoE: 2-4',
    'Lead level (Years of experience: 3-5)': the title is the words before
    the label, and the years are the level's description, as a title's
    years in brackets are."""
    page = write("ladder.md", "".join(
        f"## {title}\n\n### Delivery\n\n- {said}\n\n" for title, said in (
            ("Entry level. Years in role: 0-1.5", "Ships small changes."),
            ("Senior level - YoE: 2-4", "Ships features."),
            ("Lead level (Years of experience: 3-5)", "Leads projects."))))
    data, _ = imported(cli, page, "--org", "Acme")
    assert [(lv["title"], lv.get("description")) for lv in data["levels"]] == [
        ("Entry level", "Years in role: 0-1.5"), ("Senior level", "YoE: 2-4"),
        ("Lead level", "Years of experience: 3-5")]


def test_a_labelled_fact_that_gives_no_years_stays_in_the_title(cli, write):
    """Near miss: 'Senior. Focus: delivery' labels no experience; its
    title is what the document wrote."""
    page = write("ladder.md", "".join(
        f"## {title}\n\n### Delivery\n\n- {said}\n\n" for title, said in (
            ("Junior. Focus: learning", "Ships small changes."), ("Senior. Focus: delivery", "Ships features."))))
    data, _ = imported(cli, page, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Junior. Focus: learning", "Senior. Focus: delivery"]
