"""What `check` says of slips found in real published ladders (Basecamp's
handbook, Sourcegraph, Teleport): a doubled modal that lost a verb, a space
moved across a word boundary, a level that drops competencies, and an
organisation named by its company's name."""

from __future__ import annotations

_HEAD = """\
ladderlint: 1
id: acme-platform
name: Acme Career Framework
track: Engineering
version: 1.0.0
organisation:
  name: Acme Robotics
{aliases}  domains: [acme.example]
voice: third-person
dimensions:
  - id: craft
    name: Craft
    competencies:
      - id: a
        name: Alpha
      - id: b
        name: Beta
      - id: c
        name: Gamma
levels:
  - id: L1
    title: Level 1
    summary: Learns.
    competencies:
"""


def _framework(*statements: str, aliases: str = "") -> str:
    items = "".join(f"        - {s}\n" for s in statements)
    return _HEAD.format(aliases=aliases) + f"      a:\n{items}      b:\n        - Owns the service and its alerts.\n" \
        "      c:\n        - Reviews designs with the team.\n"


def _concise(cli, path) -> str:
    return cli("check", "--isolated", "--format", "concise", str(path)).output


# LL501: a doubled modal before no verb ---------------------------------------


def test_a_modal_doubled_before_no_verb_is_reported_but_not_fixed(cli, write):
    path = write("f.yaml", _framework("Can can prototypes with static screens."))
    out = _concise(cli, path)
    assert "LL501" in out and "not fixed: removing one 'can' leaves no verb after it" in out
    assert "would fix" not in cli("check", "--isolated", "--diff", str(path)).output


def test_a_modal_doubled_before_a_verb_and_other_doubled_words_are_still_fixed(cli, write):
    path = write("f.yaml", _framework("Can can lead a team.", "Owns the the service.", "Will will always ship."))
    out = _concise(cli, path)
    assert out.count("LL501") == 3 and "not fixed" not in out
    diff = cli("check", "--isolated", "--diff", str(path)).output
    assert "+        - Can lead a team." in diff and "+        - Will always ship." in diff


def test_only_the_doubled_modal_is_left_where_a_text_has_two_doublings(cli, write):
    path = write("f.yaml", _framework("Can can prototypes for the the team."))
    diff = cli("check", "--isolated", "--diff", str(path)).output
    assert "+        - Can can prototypes for the team." in diff


# LL512: a space moved across a word boundary; a word the framework writes -----


def test_a_space_moved_by_a_letter_is_suggested_as_the_pair_it_splits(cli, write):
    path = write("f.yaml", _framework(
        "Identifies work without askin gothers what matters.",
        "Manages small projects wit hminimal oversight.",
    ))
    out = _concise(cli, path)
    assert "did you mean 'asking others' for 'askin gothers'?" in out
    assert "did you mean 'with minimal' for 'wit hminimal'?" in out


def test_a_word_short_of_a_letter_of_a_word_the_framework_writes_is_that_word_first(cli, write):
    path = write("f.yaml", _framework("Has deep domain knowledge; teammates seek advice on doman code."))
    assert "did you mean 'domain' or " in _concise(cli, path)


def test_a_typo_with_no_neighbour_to_share_a_space_keeps_its_suggestion(cli, write):
    path = write("f.yaml", _framework("Asks for clraification when a task is unclear."))
    assert "did you mean 'clarification'?" in _concise(cli, path)


# LL206 and LL401: one gap, one finding ---------------------------------------

_TWO_LEVELS = _framework("Writes code.") + """\
  - id: L2
    title: Level 2
    summary: Leads.
    competencies:
      a:
        - Leads work.
"""


def test_a_level_that_drops_entries_the_level_below_has_is_reported_once(cli, write):
    path = write("f.yaml", _TWO_LEVELS)
    out = _concise(cli, path)
    assert "LL206" not in out
    [line] = [line for line in out.splitlines() if "LL401" in line]
    assert "level 'L1' below it assesses them: this level assesses 1 of its 3" in line


def test_a_level_that_drops_an_entry_by_leaving_it_empty_is_still_ll206(cli, write):
    path = write("f.yaml", _TWO_LEVELS + "      b: []\n")
    out = _concise(cli, path)
    assert "LL206" in out and "'b' is empty" in out


# LL301: the organisation under another name -----------------------------------


def test_another_organisations_name_says_how_to_accept_it_as_an_alias(cli, write):
    path = write("f.yaml", _framework("Extends the 37signals brand and guiding principles."))
    out = _concise(cli, path)
    assert "LL301" in out and "if it is another name of Acme Robotics" in out and "organisation.aliases" in out
    accepted = write("g.yaml", _framework("Extends the 37signals brand and guiding principles.",
                                          aliases="  aliases: [37signals]\n"))
    assert "LL301" not in _concise(cli, accepted)


def test_an_entry_missing_that_the_level_below_lacks_too_is_not_said_to_be_dropped(cli, write):
    body = _TWO_LEVELS + """\
      b:
        - Owns two services.
  - id: L3
    title: Level 3
    summary: Sets direction.
    competencies:
      b:
        - Owns a platform.
"""
    out = _concise(cli, write("f.yaml", body))
    assert "LL206" not in out
    [l3] = [line for line in out.splitlines() if "LL401" in line and "'L3'" in line]
    assert "'a' and 'c' (level 'L2' below it assesses 'a': this level assesses 1 of its 2)" in l3
