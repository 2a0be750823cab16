"""Standard YAML tags on a text: `!!str` says what the text already is and
is read as it; another standard tag that does not fit the text (`!!float`,
`!!int`, `!!bool`) is refused as an unsafe tag is (LL004, exit 2), never an
internal error; any other tag is refused."""

from __future__ import annotations

import pytest
from test_diff_git import V1

_LINE = "        - I own my failures and learn from them\n"


@pytest.mark.parametrize("tag", ["!!str", "!<tag:yaml.org,2002:str>"])
def test_a_text_tagged_str_is_read_as_text(cli, write, tag):
    path = write("acme.yaml", V1.replace(_LINE, _LINE.replace("- I", f"- {tag} I")))
    run = cli("check", "--fail-on", "error", str(path))
    assert run.exit_code == 0, run.output
    assert "LL004" not in run.output
    assert cli("diff", str(write("old.yaml", V1)), str(path)).output.rstrip().endswith("No changes.")


@pytest.mark.parametrize("tag", ["!!float", "!!int", "!!bool", "!!binary", "!custom"])
def test_another_tag_on_a_text_is_refused(cli, write, tag):
    path = write("acme.yaml", V1.replace(_LINE, _LINE.replace("- I", f"- {tag} I")))
    run = cli("check", str(path))
    assert run.exit_code == 2, run.output + run.stderr
    assert "LL004" in run.output and f"the tag {tag}" in run.output
    assert "internal error" not in run.output + run.stderr
