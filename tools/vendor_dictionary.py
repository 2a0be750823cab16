"""Write src/ladderlint/data/english.json from pyspellchecker's English dictionary.

    pip install pyspellchecker==VERSION
    python tools/vendor_dictionary.py

pyspellchecker (MIT, Tyler Barrus, github.com/barrust/pyspellchecker) keeps
an English word-frequency list, built from OpenSubtitles and curated by
hand, as a gzipped JSON object with one ``"word": count`` a line, sorted.
ladderlint ships the same bytes uncompressed: decompressing the list took
about 12 ms, most of what a one-file check on a pre-commit hook spent on
the dictionary; reading the plain file takes 2 ms. ``dictionary.py``
searches the text as it is (a binary search over its sorted lines), so
this script refuses a list that is not sorted. It also writes
english.json.license: where the list comes from, its version and digest
(which tests/test_spelling.py checks against an installed pyspellchecker),
and the licence.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.metadata
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "ladderlint" / "data" / "english.json"


def main() -> int:
    spec = importlib.util.find_spec("spellchecker")
    if spec is None or not spec.origin:
        print("pyspellchecker is not installed", file=sys.stderr)
        return 2
    package = Path(spec.origin).parent
    text = gzip.decompress((package / "resources" / "en.json.gz").read_bytes())
    lines = text.decode("utf-8").split("\n")[1:-1]
    keys = [line[: line.find('":') + 1] for line in lines]
    if keys != sorted(keys):
        print("the list is not sorted: dictionary.py's binary search needs it sorted", file=sys.stderr)
        return 1
    version = importlib.metadata.version("pyspellchecker")
    licence = next(importlib.metadata.distribution("pyspellchecker").locate_file(p)
                   for p in importlib.metadata.files("pyspellchecker") or () if p.name == "LICENSE")
    OUT.write_bytes(text)
    OUT.with_name(OUT.name + ".license").write_text(
        "english.json: the English dictionary of pyspellchecker, uncompressed\n"
        "(resources/en.json.gz), written by tools/vendor_dictionary.py.\n"
        f"Source: https://github.com/barrust/pyspellchecker, version {version}\n"
        f"SHA-256: {hashlib.sha256(text).hexdigest()}\n"
        "\n" + Path(str(licence)).read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} words from pyspellchecker {version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
