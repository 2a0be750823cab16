"""Trial gate13, finding 3: the work done by someone else, or with someone
above leading it, is help had and lowers the bar: another person as the
sentence's subject ("My manager identifies ...", "Someone on my team ..."),
one who helps the subject as the verb says ("My tech lead guides me through
this"), the subject watching another do it ("I watch my lead ..."), and
working or pairing with someone named above a peer by title or seniority
to do it ("Pairs with a principal engineer to architect ..."). Not the
subject helping others, guiding, collaborating with colleagues in another
role, or sharing the work."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from diffkit import data, level, reworded

_IDENTIFY = "I independently identify the right solutions to ambiguous problems"


@pytest.mark.parametrize(("old", "new"), [
    (_IDENTIFY, "My manager identifies the right solutions to ambiguous problems"),
    (_IDENTIFY, "Someone on my team independently identifies the right solutions to ambiguous problems"),
    (_IDENTIFY, "I watch my lead independently identify the right solutions to ambiguous problems"),
    (_IDENTIFY, _IDENTIFY + ". My manager does this for me."),
    (_IDENTIFY, _IDENTIFY + ". My tech lead guides me through this."),
    ("I identify the right solutions", "My tech lead guides me to identify the right solutions"),
    ("Defines the roadmap for the team.", "Their manager defines the roadmap for the team."),
    ("Architects scalable data ingestion systems.",
     "Pairs with a principal engineer to architect scalable data ingestion systems."),
    ("Architects scalable systems.", "Works with a staff engineer to architect scalable systems."),
    ("Architects scalable systems.", "Architects scalable systems with a principal engineer."),
    ("Architects scalable systems.", "Architects scalable systems. A staff engineer walks them through it."),
    ("Leads incidents.", "Shadows a senior engineer during incidents."),
])
def test_work_done_by_another_or_led_by_someone_above_lowers_the_bar(old: str, new: str) -> None:
    impact, also, reasons = reworded(old, new)
    assert (impact, also) == ("lowers-bar", None)
    assert "autonomy lowered" in reasons
    assert reworded(new, old)[0] == "raises-bar"


@pytest.mark.parametrize(("old", "new"), [
    ("Mentors junior engineers.", "Pairs with junior engineers to teach them."),
    ("Leads incident response.", "Guides my team through incidents."),
    ("Defines the product roadmap.", "Works with product managers to define the product roadmap."),
    ("I set my goals.", "My manager and I agree goals."),
    ("Sets technical direction.", "Pairs with other principal engineers to set technical direction."),
    ("I identify the right solutions.", "My manager expects me to identify the right solutions."),
    ("Designs systems.", "A senior engineer designs systems."),
    ("I observe production metrics.", "I observe my team's production metrics."),
])
def test_helping_guiding_collaborating_or_sharing_is_not_help_had(old: str, new: str) -> None:
    impact, _, reasons = reworded(old, new)
    assert impact != "lowers-bar"
    assert "autonomy lowered" not in reasons


def test_the_gate_fails_when_the_manager_now_does_the_work(cli, tmp_path: Path) -> None:
    document = data()
    first = level(document, document["levels"][-1]["id"])
    competency = next(iter(first["competencies"]))
    first["competencies"][competency] = [_IDENTIFY]
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    first["competencies"][competency] = [_IDENTIFY + ". My manager does this for me."]
    new.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    run = cli("diff", str(old), str(new), "--fail-on", "lowers-bar")
    assert run.exit_code == 1, run.output + run.stderr
    assert "lowers-bar" in run.output and "autonomy lowered" in run.output
