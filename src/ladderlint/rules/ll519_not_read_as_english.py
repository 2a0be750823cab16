"""LL519 not-read-as-english."""

from __future__ import annotations

from typing import Iterable

from ..model import Framework
from ..text import and_list, written_language
from .analysis import Analysis
from .base import Rule, Severity, Violation

#: The rules whose dictionary or grammar is English, each with what it
#: leaves unchecked in a framework that does not read as English.
ENGLISH_ONLY = (
    ("LL512", "spelling"),
    ("LL501", "short doubled words such as 'the the'"),
    ("LL518", "unfinished sentences"),
)


class NotReadAsEnglish(Rule):
    """A framework that does not declare its `language` does not read as
    English, so the checks whose dictionary or grammar is English are not
    run on it: spelling, short doubled words, unfinished sentences.

    Said once per framework, on its `name`, with the checks left out that
    the run would have made (spelling, LL512; short doubled words such as
    "the the", LL501; unfinished sentences, LL518), and the language the
    framework reads as where its words tell (German, French, Dutch,
    Spanish, Portuguese, Chinese, Japanese, Korean).

    A framework reads as English when it holds English's words of grammar
    ("the", "and", "with", "they" ...) at the rate English prose does, or
    when the words it writes in lower case are English words: a framework
    of fragments and of lists of names and terms ("Python, SQL, Spark,
    Airflow"; "review code, mentor peers") is English by its words. Not
    said where the framework declares its language (`language: de` is
    taken at its word, as `language: en` is), nor when none of the three
    rules runs.

    Why this matters:
        A gate that quietly stops checking spelling for a whole file is
        worse than one that says so: a framework read wrongly as another
        language passes with its typos, and nobody knows why.

    Example:
        ```yaml
        name: Acme Data Engineering Ladder
        # no `language:`; the texts are lists of tools and short fragments
        # that the words of English grammar are too rare in to tell
        ```
        Fix: declare the language: `language: en` turns the English checks
        back on; `language: de` (or the framework's own tag) says it is
        written in another language and ends the notice.
    """

    code = "LL519"
    name = "not-read-as-english"
    severity = Severity.INFO

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        off = [f"{what} ({code})" for code, what in ENGLISH_ONLY if self.runs(code)]
        if framework.language or not off or analysis.in_english:
            return
        read = written_language([field.text for field in analysis.texts])
        if read is None:
            how = "declare its language (`language: en` if it is English, else its tag, such as `language: de`)"
            said = "does not read as English"
        else:
            tag, language = read
            how = f"declare `language: {tag}` if it is {language}, or `language: en` if it is English"
            said = f"reads as {language}, not English"
        yield Violation(
            ("name",),
            f"this framework {said}, so {and_list(off)} {'is' if len(off) == 1 else 'are'} not checked: {how}",
        )

