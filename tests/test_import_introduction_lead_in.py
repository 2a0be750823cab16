"""An introduction that ends by leading into a list ('The top two
positions are two branches of the design career:') over bullets that are
no names of its own: a short list of sentences is kept under it, in the
description, the lead-in and its list one thing; a long one is left out
with the lead-in, rather than the lead-in left hanging on its colon, and
both are reported, not lost: nothing of a source is dropped silently."""

from __future__ import annotations

from import_helpers import imported

LEVELS = ("## Junior Designer\n\n* Follows existing design patterns.\n* Creates wireframes with static screens.\n\n"
          "## Designer\n\n* Creates interactive prototypes.\n* Writes modern HTML and CSS.\n")
INTRO = ("You start as a web designer, working on small, well-defined tasks. Then you become a product person "
         "who tackles loosely defined problems.")
LEAD = "The top two positions are two branches of the design career:"
BULLETS = ("* Lead Designer careers means you start taking over managerial tasks, leading entire projects.\n"
           "* Principal Designer means you take ownership of all of the design details in the company.\n")


#: More bullets than a description keeps under its lead-in.
MANY = "".join(f"* Position {n} means you take ownership of a part of the design in the company.\n" for n in range(9))


def test_a_lead_in_and_its_short_list_of_sentences_end_the_description(cli, write):
    page = f"# Design Career\n\n{INTRO}\n\n{LEAD}\n{BULLETS}\n{LEVELS}"
    data, run = imported(cli, write("design.md", page), "--org", "Niteo", "--report", "-")
    assert data["description"] == f"{INTRO}\n\n{LEAD}\n\n" + BULLETS.replace("* ", "- ").rstrip()
    assert "not placed: text before the first level" not in run.output


def test_a_lead_in_left_out_of_the_description_with_its_long_list_is_reported(cli, write):
    page = f"# Design Career\n\n{INTRO}\n\n{LEAD}\n{MANY}\n{LEVELS}"
    data, run = imported(cli, write("design.md", page), "--org", "Niteo", "--report", "-")
    assert data["description"] == INTRO
    assert f"design.md:5: not placed: text before the first level: {LEAD}" in run.output
    assert "design.md:6: not placed" in run.output and "design.md:14: not placed" in run.output


def test_a_lead_in_ending_the_introduction_s_paragraph_is_reported_at_its_line(cli, write):
    """The lead-in on the last line of the introduction's own paragraph."""
    page = f"# Design Career\n\n{INTRO}\n{LEAD}\n{MANY}\n{LEVELS}"
    data, run = imported(cli, write("design.md", page), "--org", "Niteo", "--report", "-")
    assert data["description"] == INTRO
    assert f"design.md:4: not placed: text before the first level: {LEAD}" in run.output


def test_a_lead_in_whose_list_finishes_the_description_is_kept(cli, write):
    """Near miss: a list of names the introduction lays out finishes its sentence; nothing is reported."""
    page = (f"# Design Career\n\n{INTRO} Our work is broken down into two categories:\n\n* Craft\n* Impact\n\n"
            f"{LEVELS}")
    data, run = imported(cli, write("design.md", page), "--org", "Niteo")
    assert "broken down into two categories: Craft, Impact." in data["description"]
    assert "not placed:" not in run.stderr


def test_a_lead_in_ending_an_html_introduction_is_reported(cli, write):
    """A page read as a tree (HTML): the lead-in of a long list is reported at its paragraph's line."""
    bullets = "".join(f"<li>{line[2:]}</li>\n" for line in MANY.splitlines())
    levels = ("<h2>Junior Designer</h2>\n<ul><li>Follows existing design patterns.</li></ul>\n"
              "<h2>Designer</h2>\n<ul><li>Creates interactive prototypes.</li></ul>\n")
    page = f"<h1>Design Career</h1>\n<p>{INTRO}\n{LEAD}</p>\n<ul>\n{bullets}</ul>\n{levels}"
    data, run = imported(cli, write("design.html", page), "--org", "Niteo", "--report", "-")
    assert data["description"] == INTRO
    assert f"design.html:2: not placed: text before the first level: {LEAD}" in run.output


def test_a_lead_in_ending_an_html_introduction_keeps_its_short_list(cli, write):
    bullets = "".join(f"<li>{line[2:]}</li>\n" for line in BULLETS.splitlines())
    levels = ("<h2>Junior Designer</h2>\n<ul><li>Follows existing design patterns.</li></ul>\n"
              "<h2>Designer</h2>\n<ul><li>Creates interactive prototypes.</li></ul>\n")
    page = f"<h1>Design Career</h1>\n<p>{INTRO}\n{LEAD}</p>\n<ul>\n{bullets}</ul>\n{levels}"
    data, run = imported(cli, write("design.html", page), "--org", "Niteo", "--report", "-")
    assert data["description"] == f"{INTRO} {LEAD}\n\n" + BULLETS.replace("* ", "- ").rstrip()
    assert "not placed: text before the first level" not in run.output
