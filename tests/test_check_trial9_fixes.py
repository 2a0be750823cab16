"""What `check` and `check --fix` say of text that names files, images,
code and other organisations' products, as security, infrastructure and
mobile ladders write it: no false alarm, no fix that changes a name."""

from __future__ import annotations

_HEAD = """\
ladderlint: 1
id: acme-platform
name: Acme Career Framework
track: Engineering
version: 1.0.0
organisation:
  name: Acme Robotics
  domains: [acme.example]
voice: third-person
dimensions:
  - id: craft
    name: Craft
    competencies:
      - id: a
        name: Alpha
      - id: b
        name: Beta
levels:
  - id: L1
    title: Level 1
"""


def _framework(*statements: str, summary: str = "summary: Learns.\n") -> str:
    items = "".join(f"        - {s}\n" for s in statements)
    return _HEAD + f"    {summary}    competencies:\n      a:\n{items}      b:\n        - Owns one service.\n"


def _concise(cli, path) -> str:
    return cli("check", "--isolated", "--format", "concise", str(path)).output


def test_a_word_followed_by_its_own_file_image_or_arn_is_no_doubled_word(cli, write):
    path = write("f.yaml", _framework(
        "Tunes Gradle gradle.properties for faster Android builds.",
        "Grants access with the ARN arn:aws:iam::123456789012:role/admin only.",
        "Pins the Node node:20-alpine image.",
        "Keeps the Cargo Cargo.toml manifest tidy, and the Terraform terraform.tfvars too.",
        "Grants IAM iam:PassRole only to the Go go.mod owners and the README readme.md editors.",
    ))
    assert "LL501" not in _concise(cli, path)
    assert "would fix" not in cli("check", "--isolated", "--diff", str(path)).output


def test_a_doubled_word_before_a_full_stop_is_still_fixed(cli, write):
    path = write("f.yaml", _framework("Owns the the service.", "Reads the URL url field.", "Owns the team team."))
    out = _concise(cli, path)
    assert out.count("LL501") == 3


def test_spaces_that_line_up_a_diagram_in_a_literal_block_are_kept(cli, write):
    summary = "summary: |\n      Knows the flow:\n        api    -> queue\n        worker -> store\n"
    columns = "summary: |\n      Owns:\n      api     queue\n      worker  store\n"
    for name, text in (("f.yaml", summary), ("g.yaml", columns)):
        path = write(name, _framework("Owns one thing.", summary=text))
        assert "LL502" not in _concise(cli, path)


def test_a_double_space_in_prose_of_a_literal_block_is_still_reported(cli, write):
    summary = "summary: |\n      Knows the  flow.\n      Owns one thing.\n        - a  nested item\n"
    path = write("f.yaml", _framework("Owns one thing.", summary=summary))
    assert "LL502 [warning] 2 spaces in a row (2 places)" in _concise(cli, path)


def test_swift_string_interpolation_is_no_markdown_escape(cli, write):
    path = write("f.yaml", _framework(
        'Uses Swift string interpolation such as "\\(count) items" instead of concatenation.',
        'Logs "\\(user.name) signed in" with os_log.',
        "Documents the API \\(see below\\) in full.",
    ))
    out = _concise(cli, path)
    assert out.count("LL504") == 1
    assert ":26:" in out.split("LL504")[0].splitlines()[-1]


def test_another_organisations_product_used_as_a_tool_or_read_as_a_source_is_no_leftover(cli, write):
    path = write("f.yaml", _framework(
        "Syncs design files through Dropbox.",
        "Shares the design files on Dropbox.",
        "Hosts the code on GitLab.",
        "Reads the Etsy and Monzo engineering blogs.",
    ))
    assert "LL301" not in _concise(cli, path)


def test_another_organisation_worked_with_or_named_as_the_employer_is_still_reported(cli, write):
    path = write("f.yaml", _framework(
        "Works with Dropbox to plan the roadmap.",
        "Shares the design files with Dropbox.",
        "Works on Dropbox and its design files.",
        "Keeps the runbooks in Dropbox.",
    ))
    assert _concise(cli, path).count("LL301") == 4


def test_a_placeholder_the_text_only_mentions_is_not_left_in(cli, write):
    path = write("f.yaml", _framework(
        "Marks unknowns as TBD in the design doc and resolves them before review.",
        "Uses Python format strings like {name} to build messages.",
    ))
    assert "LL406" not in _concise(cli, path)


def test_a_placeholder_left_in_after_as_is_still_reported(cli, write):
    path = write("f.yaml", _framework("Ships the feature as TBD.", "Greets {name} by name."))
    assert _concise(cli, path).count("LL406") == 2


def test_a_misspelt_word_among_alternatives_joined_by_a_slash_is_reported(cli, write):
    path = write("f.yaml", _framework(
        "Acts as an exemplar/advoacate/evangelist for the code of conduct.",
        "Owns CI/CD, and/or the docs/runbooks folder, as he/she likes, at a 3/4 ratio; see src/utils.",
    ))
    out = _concise(cli, path)
    assert out.count("LL512") == 1
    assert "'advoacate' is not in the dictionary" in out


def test_a_misspelt_mixed_case_or_long_tool_name_is_reported_with_the_name_meant(cli, write):
    path = write("f.yaml", _framework("Builds screens in SwfitUI and Jetpack Compsoe.", "Tunes Elasticsaerch indices."))
    out = _concise(cli, path)
    for meant in ("SwiftUI", "Compose", "Elasticsearch"):
        assert f"did you mean '{meant}'?" in out


def test_mixed_case_names_that_are_no_slip_of_a_term_stay_quiet(cli, write):
    path = write("f.yaml", _framework("Runs DevEx surveys and ships with SwiftUI, GitHub and PagerDuty.",
                                      "Tunes Elasticsearch and Jetpack Compose."))
    assert "LL512" not in _concise(cli, path)


def test_a_word_english_or_a_quoted_french_phrase_says_twice_is_kept(cli, write):
    path = write("f.yaml", _framework(
        "Ends the talk with « nous nous engageons » for the Montréal office.",
        "Eats mahi mahi with the team at the offsite.",
    ))
    assert "LL501" not in _concise(cli, path)
    assert "would fix" not in cli("check", "--isolated", "--diff", str(path)).output


def test_a_short_word_doubled_outside_guillemets_is_still_reported(cli, write):
    path = write("f.yaml", _framework("Ends the talk with « merci » and the the team.", "Owns one thing."))
    assert "LL501 [error] doubled word 'the'" in _concise(cli, path)


def test_te_reo_maori_and_french_words_of_new_zealand_and_canadian_english_are_words(cli, write):
    path = write("f.yaml", _framework(
        "Greets the team with kia ora and uses te reo Māori place names correctly.",
        "Works with iwi partners, keeps tino rangatiratanga in mind and brings joie de vivre to the team.",
    ))
    assert "LL512" not in _concise(cli, path)
