"""Random documents: every import ends in a valid framework or a clear
ImportFailure, never another exception."""

from __future__ import annotations

import os
import tempfile

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ladderlint.importers import FORMATS, ImportFailure, Options, import_files

# Lines that look like pieces of the formats, mixed at random.
PIECES = st.sampled_from([
    "# Acme Career Framework", "## Senior Engineer", "### Delivery", "#### Coding", "- ships code", "* tests",
    "  • I own my work", "IC3 Machine Learning Engineer", "Results", "", "\u00a0", "| a | b |", "|---|---|",
    "| **Impact** | * I deliver<br><br>* I learn |", "CompetencyJuniorMidSenior", "4 competencies",
    "JFM responsibility (P3)", 'Meets the scope bar: "Features"⟨target⟩', "---", "topics:", "  - name: x",
    "    content:", "      - level: 1", "        criteria: [a]", "<h2>L1</h2>", "<ul><li>a</li></ul>",
    "<table><tr><th>Competency</th><th>L1</th><th>L2</th></tr><tr><td>x</td><td>y</td><td>z</td></tr></table>",
    "* ML lifecycle refers to a thing", "I use ML lifecycle* daily", "×", "Level 2", "Key Behaviors",
])
DOCUMENTS = st.one_of(
    st.lists(PIECES, min_size=1, max_size=30).map("\n".join),
    st.text(max_size=300),
)


@pytest.mark.parametrize("fmt", ("auto",) + FORMATS)
@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "120")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DOCUMENTS)
# A competency said not to apply at a level, then named again by a second heading at it.
@example(text="CompetencyJuniorMidSenior\n" + "# Acme Career Framework\n" * 8 + "×\n" + "# Acme Career Framework\n" * 2
         + "---\n" + "# Acme Career Framework\n" * 8 + "|---|---|\n" + "# Acme Career Framework\n" * 3)
# A level whose only 'competency' is an empty label ('topics:'): no statement is left to import.
@example(text="## Senior Engineer\n# Acme Career Framework\ntopics:")
def test_random_documents_import_or_fail_clearly(fmt, text):
    handle, path = tempfile.mkstemp(suffix=".txt")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        try:
            result = import_files([path], Options(organisation="Acme"), fmt)
        except ImportFailure as failure:
            assert str(failure)
        else:
            assert result.data["levels"] and result.yaml.endswith("\n")
    finally:
        os.unlink(path)
