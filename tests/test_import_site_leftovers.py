"""`ladderlint import` leaves a site's template markup out of what it
writes: a Hugo shortcode ('{{% include "..." %}}', '{{< tab >}}') is
structure, or text kept in another file (reported), never words of a
summary or a statement."""

from __future__ import annotations

import yaml

from import_helpers import imported


def _all_text(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True)


def test_a_hugo_include_is_reported_and_leaves_no_braces_behind(cli, write):
    # Shaped after a handbook page published with Hugo: an include over each section's bullets.
    text = ("## Senior Backend Engineer\n\n{{% include \"includes/nav.md\" %}}\n\n"
            "Senior Backend Engineers are expected to exhibit the following competencies.\n\n"
            "### Leadership\n\n{{% include \"includes/senior-leadership.md\" %}}\n"
            "{{% include \"includes/dev-senior-leadership.md\" %}}\n\n"
            "- Leads technical architecture discussions\n- Reviews code across several stages\n\n"
            "### Technical\n\n{{< readfile file=\"includes/senior-technical.md\" >}}\n\n"
            "- Debugs production issues across services\n")
    data, run = imported(cli, write("senior.md", text), "--org", "Acme")
    assert "{" not in _all_text(data) and "}" not in _all_text(data)
    level = data["levels"][0]
    assert level["summary"] == "Senior Backend Engineers are expected to exhibit the following competencies."
    assert level["competencies"]["leadership"] == ["Leads technical architecture discussions",
                                                   "Reviews code across several stages"]
    assert level["competencies"]["technical"] == ["Debugs production issues across services"]
    for line, file in ((3, "includes/nav.md"), (9, "includes/senior-leadership.md"),
                       (9, "includes/dev-senior-leadership.md")):
        assert (f"senior.md:{line}: not placed: a site include: its text is in another file, not in this one: "
                f"{{{{% include \"{file}\" %}}}}") in run.stderr
    assert ("not placed: a site include: its text is in another file, not in this one: "
            "{{< readfile file=\"includes/senior-technical.md\" >}}") in run.stderr


def test_a_hugo_shortcode_around_text_keeps_the_text_and_drops_the_markup(cli, write):
    text = ("## Engineer I\n\n{{< note >}}Ships small changes every day.{{< /note >}}\n\n### Delivery\n\n"
            "- Ships features with support\n\n## Engineer II\n\n### Delivery\n\n- Ships features alone\n")
    data, _ = imported(cli, write("engineer.md", text), "--org", "Acme")
    assert data["levels"][0]["summary"] == "Ships small changes every day."
    assert "{" not in _all_text(data)


def test_braces_that_are_no_shortcode_are_text(cli, write):
    # Near-miss: braces in a sentence (a placeholder the author wrote on purpose) are not Hugo's.
    text = ("## Engineer I\n\nFills in {team} on the on-call rota.\n\n### Delivery\n\n- Ships features with support\n\n"
            "## Engineer II\n\n### Delivery\n\n- Ships features alone\n")
    data, _ = imported(cli, write("engineer.md", text), "--org", "Acme")
    assert data["levels"][0]["summary"] == "Fills in {team} on the on-call rota."
