"""Build src/ladderlint/data/software-terms.txt from cspell's dictionaries.

    npm pack @cspell/dict-software-terms @cspell/dict-fullstack @cspell/dict-companies \
        @cspell/dict-aws @cspell/dict-google @cspell/dict-k8s @cspell/dict-python @cspell/dict-npm \
        @cspell/dict-data-science @cspell/dict-php @cspell/dict-ruby @cspell/dict-terraform
    python tools/vendor_software_terms.py DIR   # DIR holds the unpacked packages

The dictionaries (MIT, Street Side Software, github.com/streetsidesoftware/cspell-dicts)
name the tools, services, libraries and companies engineers write about. LL512
accepts the words of the result as terms of the trade. Kept: words of letters
only, three or more, that the English dictionary does not already know; left
out: a stock ticker (an all-capital entry of the company list). An entry one
edit from a word in everyday use ("vite" of "vote", "aws" of "was", "struct"
of "strict"), or that reads as two words with the space lost ("quarkus":
"quark us"), is written with a "~" before it: a typo as often as a name, LL512
accepts it only beside another term of the trade ("from webpack to vite").
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ladderlint.dictionary import edits, english, engineering_term, moved_doubles  # noqa: E402

#: (package, dictionary files, whether its all-capital entries are kept)
PACKAGES = (
    ("software-terms", ("softwareTerms.txt.gz", "software-tools.txt", "webServices.txt", "networkingTerms.txt",
                        "computing-acronyms.txt", "coding-compound-terms.txt"), True),
    ("fullstack", ("fullstack.txt",), True),
    ("companies", ("companies.txt",), False),
    ("aws", ("aws.txt",), True),
    ("google", ("google.txt",), True),
    ("k8s", ("k8s.txt",), True),
    ("python", ("python.txt",), True),
    ("npm", ("npm.txt",), True),
    ("data-science", ("data-science.txt", "data-science-tools.txt", "data-science-models.txt"), True),
    ("php", ("php.txt",), True),
    ("ruby", ("ruby.txt", "gems.txt"), True),
    ("terraform", ("terraform.txt",), True),
)
#: A word used this often (about the 5,000 commonest) is one a slip of the hand makes a term of.
EVERYDAY = 10_000
OUT = ROOT / "src" / "ladderlint" / "data" / "software-terms.txt"


def entries(path: Path) -> list[str]:
    text = gzip.decompress(path.read_bytes()).decode() if path.suffix == ".gz" else path.read_text()
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def kept(entry: str, capitals: bool) -> str | None:
    """The entry as written to the list ("~" before one near an everyday word), or None."""
    if not re.fullmatch(r"[A-Za-z]{3,}", entry) or (not capitals and entry.isupper()):
        return None
    word, dictionary = entry.lower(), english()
    if dictionary.knows(word) or engineering_term(word):
        return None
    near = dictionary.run_together(word) is not None \
        or any(dictionary.frequency(c) >= EVERYDAY for c in edits(word) | moved_doubles(word))
    return "~" + word if near else word


def main(folder: Path) -> None:
    words: set[str] = set()
    sources = []
    for name, files, capitals in PACKAGES:
        package = next(folder.glob(f"cspell-dict-{name}-*/package"))
        meta = json.loads((package / "package.json").read_text())
        sources.append(f"#   @cspell/dict-{name} {meta['version']} (commit {meta.get('gitHead', '?')})")
        for file in files:
            words |= {w for w in (kept(e, capitals) for e in entries(package / "dict" / file)) if w}
    licence = (next(folder.glob("cspell-dict-software-terms-*/package")) / "LICENSE").read_text().strip()
    header = [
        "# Names of tools, services, libraries and companies, and terms of software",
        "# engineering, from cspell's dictionaries, filtered by tools/vendor_software_terms.py",
        "# (which says what is left out and why). LL512 accepts them in any case; one",
        "# marked \"~\", a word's typo as often, only beside another term of the trade.",
        "# Source: https://github.com/streetsidesoftware/cspell-dicts, packages:",
        *sources,
        f"# Built: {date.today().isoformat()}",
        "# Every package is MIT-licensed by Street Side Software; the licence:",
        "#",
        *(f"# {line}".rstrip() for line in licence.splitlines()),
    ]
    plain = {w for w in words if not w.startswith("~")}
    words -= {w for w in words if w.startswith("~") and w[1:] in plain}
    OUT.write_text("\n".join(header + sorted(words, key=lambda w: w.lstrip("~"))) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
