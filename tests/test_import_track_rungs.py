"""`ladderlint import` reads the seniority words of level pages' titles as
their levels wherever they stand ('Dev Staff Backend Engineer' is a Backend
Engineer at Staff, as 'Dev Senior Backend Engineer' is one at Senior), and
`--track NAME` joins pages whose titles name that role with other words
before it into one track, where their levels are one ladder's."""

from __future__ import annotations

from ladderlint.vocabulary import role


def test_staff_after_a_prefix_word_is_a_rung_as_senior_is(cli, write):
    senior = write("senior.md", "## Dev Senior Backend Engineer\n\n### Technical\n\n"
                                "- Debugs production issues across services\n")
    staff = write("staff.md", "## Dev Staff Backend Engineer\n\n### Technical\n\n"
                              "- Sets the technical direction of a stage\n")
    out = senior.parent / "out.yaml"
    run = cli("import", str(senior), str(staff), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    assert "track: Dev Backend Engineer" in text
    assert "title: Dev Senior Backend Engineer" in text and "title: Dev Staff Backend Engineer" in text


def test_a_word_that_is_the_roles_own_stays_in_the_role():
    assert role("Dev Staff Backend Engineer") == "Dev Backend Engineer"
    assert role("Dev Principal Frontend Engineer") == "Dev Frontend Engineer"
    # Near-misses: Staff or Lead that ends or opens the role, or Lead after a field.
    assert role("Member of Technical Staff") == "Member of Technical Staff"
    assert role("Tech Lead Manager") == "Tech Lead Manager"
    assert role("Tech Lead Software Engineer") == "Tech Lead Software Engineer"
    assert role("Data Lead Engineer") == "Data Lead Engineer"


def test_track_names_the_one_role_of_pages_whose_titles_part_them(cli, write):
    senior = write("senior.md", "## Dev Senior Backend Engineer\n\n### Technical\n\n"
                                "- Debugs production issues across services\n")
    staff = write("staff.md", "## Platform Staff Backend Engineer\n\n### Technical\n\n"
                              "- Sets the technical direction of a stage\n")
    out = senior.parent / "out.yaml"
    run = cli("import", str(senior), str(staff), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 2 and "the documents hold 2 tracks" in run.stderr
    run = cli("import", str(senior), str(staff), "--org", "Acme", "--track", "Backend Engineer", "-o", str(out),
              "--no-check")
    assert run.exit_code == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    assert "track: Backend Engineer" in text
    assert "title: Dev Senior Backend Engineer" in text and "title: Platform Staff Backend Engineer" in text


def test_track_does_not_join_two_ladders_with_a_level_at_one_rung(cli, write):
    # Near-miss: two Senior levels are two roles' ladders, whatever --track says.
    backend = write("backend.md", "## Senior Backend Engineer\n\n### Technical\n\n- Debugs production issues\n")
    platform = write("platform.md", "## Senior Platform Backend Engineer\n\n### Technical\n\n- Runs the platform\n")
    run = cli("import", str(backend), str(platform), "--org", "Acme", "--track", "Engineer", "-o",
              str(backend.parent / "out.yaml"), "--no-check")
    assert run.exit_code == 2 and "the documents hold 2 tracks" in run.stderr
