"""Turn imported documents into one framework: ids, order, and merging.

Several documents that are levels of one track become one framework:

- Levels are ordered by the number in their id (IC1 < IC3), else by a
  seniority word (Junior < Senior < Principal); documents whose levels say
  neither go where ladders usually place them, else in the order of their
  files' paths (the order of the arguments never changes the output), and
  the report says which levels that placed. A level described in two
  documents is one level when they describe different competencies of it,
  an error when both describe one competency.
- A site of one page per competency (each page a section per level, its
  bullets right under the level) is read as such: each page is the
  competency its title names.
- The document with the most competencies gives the order of dimensions
  and competencies; what the others add is appended to its dimension.
- Dimensions are matched by id (the slug of their name, so 'trophy Results'
  and 'Results' are one). Competencies are matched by name regardless of
  markup, case, spacing and punctuation: 'Personal growth' on one page is
  the 'Personal Growth' of another, as a reader sees it; the spelling of the
  document with the most competencies is kept and the other spelling is
  reported. A competency whose heading the export lost is matched by its
  description.
- Ids are slugs of names; a slug already taken gets -2, -3 ...
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Sequence

from .document import (
    EXPECTATIONS,
    NO_COMPETENCY_HEADING,
    ImportedCell,
    ImportedCompetency,
    ImportedDimension,
    ImportedDocument,
    ImportedLevel,
    ImportedStatement,
    ImportFailure,
    ReportEntry,
    TABLE_LAYOUTS,
    competency_description,
    described_under,
)
from ..model import Restatements
from .blocks import title_version, version_in
from .cells import read_figures, read_marks, says_cumulative
from ..dictionary import verb_in_s
from ..rules.ll406_placeholder import latin_filler
from ..rules.messages import shorten
from .inline_ratings import read_inline_ratings
from .restated import said_again
from .role_tags import read_role_tags
from ..text import emphasis_as_text, joined_names, links_as_text, name_key, plural, statement_label, strip_markdown, without_possessive, words, written_language
from ..vocabulary import (
    DISCIPLINES, FIELDS, NO_BEHAVIOUR, ROLE_ABBREVIATIONS, TITLE_NOUNS, LevelName, id_rung, ladder_order, level_code, level_key, by_proficiency, names_promotion_advice, role_noun, seniority,
    title_without_code, years_in_title,
)
from .textutil import (FRAMEWORK_WORDS, some_names, IdAllocator, aside_name, lists_what_to_avoid, file_words, level_id, listed_highest_first, normalise, numbered_roles, reads_as_sentence, role_keys, rung_among, rungs_out_of_place,
                       NAME_JOINS, slug,
                       track_in, voice, without_decoration)
from .source import is_blank
from ..patterns import lazy

#: What a notice says of a version the documents give (a title's '(v2.1)', the front matter's
#: 'version:', a record line's): ``_as_before`` takes it back where a file's version is kept over it.
VERSION_GIVEN = "gives the framework's version"

FORMAT_VERSION = 1
DEFAULT_VERSION = "1.0.0"


@dataclass(frozen=True)
class Options:
    organisation: str | None = None
    domains: tuple[str, ...] = ()
    track: str | None = None
    name: str | None = None
    id: str | None = None
    #: The framework's version to write (default: DEFAULT_VERSION).
    version: str | None = None
    #: Where the YAML will be written; its file name is the default id.
    output: str | None = None
    #: The framework is one of several tracks of one import: its name says its track.
    several_tracks: bool = False
    #: Make every id from the documents' headings, not keep those of the file -o names.
    fresh_ids: bool = False
    #: Whether each level includes those below (--cumulative, --no-cumulative): None to read it from the documents.
    cumulative: bool | None = None
    #: Another track of the same page whose levels stand on their own (``restatements``), and how it
    #: restates them: a page is written one way, and its shorter tracks show it less.
    beside_standing_alone: tuple[str, Restatements] | None = None


@dataclass(eq=False)
class _Competency:
    key: str
    name: str
    line: int
    description: str | None = None
    source_key: str | None = None
    id: str = ""
    #: Competencies merged into this one whose name joins theirs: a level
    #: that names them apart gives this one the statements of both.
    joins: bool = False


@dataclass(eq=False)
class _Dimension:
    key: str
    name: str
    description: str | None = None
    competencies: list[_Competency] = field(default_factory=list)
    id: str = ""


def restatements(documents: Sequence[ImportedDocument]) -> Restatements:
    """The statements the documents' levels say again at higher levels, in order."""
    return Restatements.of(
        (" ".join(words(s.text)) for cell in level.cells for s in cell.statements)
        for document in documents for level in document.levels
    )


def build(documents: list[ImportedDocument], options: Options, glossaries: Sequence[ImportedDocument] = ()
          ) -> tuple[dict[str, Any], list[ReportEntry], frozenset[str]]:
    """The framework as plain data in canonical key order, the notices
    the merge itself adds, and the framework's keys that neither an option
    nor words of the documents gave, which the merge read from how they
    are written (a track from the levels' titles, the voice from the
    statements; of "name", "track" and "voice"): another revision may read
    them otherwise.
    ``glossaries`` are pages that are a glossary and no ladder: their
    terms join the documents' own, after them."""
    report: list[ReportEntry] = []
    read_from_how: set[str] = set()
    referred = False  # a level said it includes another ('Same as L1, plus', 'Junior Developer +')
    years_described: list[ReportEntry] = []  # the experience levels ask for, put in their descriptions
    for document in documents:
        _undecorated(document)
        _lowest_first(document, report)
        years = read_figures(document, report)
        for why, giving in ((NO_BEHAVIOUR[0], "giving the experience a level asks for"),
                          (NO_BEHAVIOUR[2], "naming a level in a pay system")):
            # A line taken out of the statements is said, never silent: a person checks it is no expectation.
            taken_out = [entry for entry in years if entry.reason == why]
            if taken_out:
                quoted = ", ".join(f"'{entry.text}'" for entry in taken_out[:3]) + \
                    (", ..." if len(taken_out) > 3 else "")
                report.append(ReportEntry(document.path, taken_out[0].line, "notice",
                                          f"{plural(len(taken_out), 'line')} {giving} went to the level's "
                                          f"description, not its statements: {quoted}"))
        years_described += years
        read_role_tags(document, options.track, report)
    # 'Working (3)', 'Practitioner: explains ...' in a cell: its proficiency, where the scale names it.
    read_inline_ratings(documents, _proficiency_scale(documents), report)
    taken = next((entry for entry in [*report, *years_described] if entry.reason in NO_BEHAVIOUR), None)
    if taken is not None and not any(level.cells for document in documents for level in document.levels):
        # Every line the levels held was a figure or a number of years: no ladder to write.
        if any(level.summary for document in documents for level in document.levels):
            raise ImportFailure(taken.file, "no statements found: the levels have a summary each but no "
                                            "competencies, only figures or values beside them "
                                            f"('{taken.text}'), which state no behaviour: a table of the levels, "
                                            "not of what each expects; import it with the documents that say "
                                            "that", taken.line)
        raise ImportFailure(taken.file, f"no statements found: the levels' cells hold only figures or the experience "
                                        f"a level asks for ('{taken.text}'), which state no behaviour; if the ladder "
                                        "is elsewhere in the documents, steer the import with --layout or the "
                                        "heading options", taken.line)
    _years_in_titles(documents, report)
    ordered = _order(documents, report)
    heading_sentences(ordered, report)
    _competency_pages(ordered, report)
    _dimension_pages(ordered, report)
    _step_headings(ordered, report)
    _dimension_codes(ordered, report)
    _labels_as_competencies(ordered, report)
    _labels_of_named_competencies(ordered, report)
    _sentences_as_expectations(ordered)
    _repeated_headings(ordered, report)
    _promotion_advice(ordered, report)
    _page_descriptions(ordered, report)
    _page_titles(ordered, report)
    for document in ordered:
        # Once the pages are read as one ladder (a page per competency's paragraph under a level is
        # that competency's statement there), whatever the layout: 'N/A' alone is not applicable.
        referred = read_marks(document, report) or referred
    base = max(ordered, key=lambda d: (sum(len(x.competencies) for x in d.dimensions), -ordered.index(d)))
    # The competencies no group heading names are in 'Competencies' whatever the other groups are, so
    # that a revision which drops the last group heading renames nothing; 'Level expectations' only
    # where a group heading is itself 'Competencies'.
    unnamed = "Level expectations" if any(slug(d.name) == slug(_UNNAMED_DIMENSION) for doc in ordered
                                          for d in doc.dimensions if d.name is not None) else _UNNAMED_DIMENSION

    dimensions: dict[str, _Dimension] = {}
    mapping: dict[int, _Competency] = {}  # id(ImportedCompetency) -> merged
    dimension_of: dict[int, _Dimension] = {}  # id(ImportedDimension) -> merged
    for document in [base] + [d for d in ordered if d is not base]:
        for dimension in document.dimensions:
            merged = _merge_dimension(dimensions, dimension, unnamed)
            if dimension.name is not None and dimension.name != merged.name:
                # Its competencies are in the framework, under the first spelling: a notice, not text left out.
                report.append(ReportEntry(document.path, dimension.line, "notice",
                                          f"another spelling of dimension '{merged.name}': its competencies are "
                                          "under that one", dimension.name))
            dimension_of[id(dimension)] = merged
            for competency in dimension.competencies:
                mapping[id(competency)] = _merge_competency(merged, competency, document, report,
                                                            dimension.name is None)

    _joined_competencies(ordered, dimensions, mapping, report)
    _unnamed_dimension_said(ordered, dimensions, unnamed, report)
    dimension_ids = IdAllocator("dimension")
    competency_ids = IdAllocator("competency")
    for merged_dimension in dimensions.values():
        merged_dimension.id = dimension_ids.take(merged_dimension.key)
        for merged_competency in merged_dimension.competencies:
            merged_competency.id = competency_ids.take(merged_competency.source_key or merged_competency.name)

    organisation = _organisation(ordered, options, report)
    _organisation_said_once(ordered, organisation, report)
    beyond: list[tuple[dict[str, Any], str]] = []  # cells blank above a competency's last statements
    levels = _levels(ordered, mapping, dimension_of, report, beyond)
    track = options.track or base.track or next((d.track for d in ordered if d.track), None)
    # Where each page's title names its level, the framework's name is another page's or the folder's, if any.
    framework_name = next((d.framework_name for d in ordered if d.framework_name), None)
    levels_titled = len(ordered) >= 2 and all(not d.name or names_its_level(d) for d in ordered)
    name = None if options.several_tracks else options.name or framework_name or (None if levels_titled else (
        base.name or next((d.name for d in ordered if d.name), None)))
    for document in ordered:
        if document.name and name and document.name != name and not options.name and not levels_titled:
            report.append(ReportEntry(document.path, 1, "unplaced",
                                      f"this document's title; the framework is named '{name}'",
                                      document.name))
    version = options.version
    if name is not None and not options.name:
        # A title's '(v2.1)' is the framework's version, not part of its name.
        name, titled = title_version(name)
        if titled is not None and version is None:
            version = titled
            report.append(ReportEntry(*about_all(ordered), "notice",
                                      f"the title {VERSION_GIVEN} (set it with --version)", titled))
    said = next((d for d in ordered if d.version_line is not None), None)
    if version is None and said is not None and said.version_line is not None:
        # A record line's 'Version 3.0 – Approved by ...' gives it as a title's '(v3.0)' would.
        version = version_in(said.version_line[0])
        written = said.version_line[0].split(maxsplit=1)[-1]
        if version is not None and said.version_in_front_matter:
            # 'version: "4.0"': the format's versions have three parts; say where one was added.
            report.append(ReportEntry(said.path, said.version_line[1], "notice",
                                      f"the front matter's 'version:' {VERSION_GIVEN}" +
                                      ("" if written == version else f", written {version} as the format's "
                                       "versions are (MAJOR.MINOR.PATCH)") + " (set it with --version)", version))
        elif version is not None:
            report.append(ReportEntry(said.path, said.version_line[1], "notice",
                                      f"the document's record line {VERSION_GIVEN} (set it with "
                                      "--version)", version))
    by_titles = next((d for d in ordered if d.track and d.track == track), None) if not options.track else None
    if by_titles is not None and by_titles.track_from_titles and not options.several_tracks:
        # Renaming the levels would rename the track (and the name made of it): `diff` would say the
        # framework changed. The owner can fix both.
        report.append(ReportEntry(*about_all(ordered), "layout",
                                  f"the track is '{track}' because {by_titles.track_evidence}; renamed levels would "
                                  "rename it" + ("" if name or options.name else " and the framework's name made of it")
                                  + ": set it with --track (and the name with --name) to keep it"))
    headed = next((d for d in ordered if d.track_heading is not None), None)
    if headed is not None and headed.track_heading is not None:
        line, heading = headed.track_heading
        if track is not None and name_key(track) != name_key(headed.track or ""):
            # --track names another: the heading is no part of the framework.
            report.append(ReportEntry(headed.path, line, "unplaced", "heading above the levels, not a level "
                                      f"itself; the track is '{track}'", heading))
        else:
            report.append(ReportEntry(headed.path, line, "layout", f"the track is '{track}': the heading over "
                                      "all the levels names a discipline"))
    if name is None and not options.several_tracks:
        # Made of the organisation's and the track's; the track, with no title to read it from, from
        # the levels' titles or the default.
        read_from_how.update(("name",) if track is not None else ("name", "track"))
    if by_titles is not None and by_titles.track_from_titles and not options.several_tracks:
        read_from_how.add("track")
    if track is None:
        track = track_in(name or "") or _track_from_name(name, organisation)
        role = _role_the_levels_name(ordered)
        # A heading that asks a question, or that names no field ('Titres de développeurs', developers'
        # titles), is no track: the role every level's title names is ('Développeur'). A title's
        # family of roles, joined ('QA/QE Roles'), is read word by word, as the levels' are.
        if role is not None and ((name or "").rstrip().endswith("?")
                                 or not any(w in DISCIPLINES for w in words(track))):
            track = role
        guessed = track
        if role is None and not _names_a_field(track):
            # 'Competency Matrix Templates', 'Progression Pillars': the word left names no role or
            # discipline, only what the document is; the default track, the word said.
            track = "Engineering"
        report.append(ReportEntry(*about_all(ordered), "notice",
                                  "the documents do not name the track (set it with --track); it is taken to be"
                                  + (f" (the title's '{guessed}' names no role or discipline)" if guessed != track
                                     else ""), track))
    if name is None:
        title = (base.name or next((d.framework_name for d in ordered if d.framework_name), None)) \
            if options.several_tracks else None
        name = _joined(title or organisation, track)
    from .organisation import PLACEHOLDER

    if organisation == PLACEHOLDER and PLACEHOLDER not in name:
        # The organisation's name is a blank to fill in, and `check` (LL406) says so.
        name = f"{PLACEHOLDER} {name}"
    said_id = next((d.framework_id for d in ordered if d.framework_id), None)
    framework_id = options.id or said_id or _default_id(options.output, "" if organisation == PLACEHOLDER else organisation, track)

    data: dict[str, Any] = {
        "ladderlint": FORMAT_VERSION,
        "id": framework_id,
        "name": name,
        "track": track,
        "version": version or DEFAULT_VERSION,
    }
    described = base if base.description else next((d for d in ordered if d.description), None)
    overview = next((d.overview_description for d in ordered if d.overview_description), None)
    if described is not None and described.description:
        data["description"] = as_read(described.description, described.plain_text)  # as every text's links are written
        for document in ordered:
            if document.description and normalise(document.description) != normalise(described.description):
                report.append(ReportEntry(document.path, 1, "unplaced", "another description of the framework; "
                                          f"the one of {os.path.basename(described.path)} is kept",
                                          document.description))
        if overview is not None and normalise(overview[2]) != normalise(described.description):
            # Said alike for every track a page of the ladder describes: the page's entry, counted once.
            report.append(ReportEntry(overview[0], overview[1], "unplaced", "the overview's first paragraph, another "
                                      "description of the framework, whose pages describe it",
                                      " ".join(overview[2].split())))
    elif overview is not None:
        # The pages of the ladder describe no framework (a page per competency's first paragraph
        # describes its competency): the overview does.
        data["description"] = as_read(overview[2])
        report.append(ReportEntry(overview[0], overview[1], "layout", "the overview's first paragraph describes the "
                                  "framework"))
    data["organisation"] = {"name": organisation}
    domains = options.domains or next((tuple(d.domains) for d in ordered if d.domains), ())
    if domains:
        data["organisation"]["domains"] = sorted({d.lower() for d in domains})
    restated = restatements(ordered)
    # Of a page of several tracks, what is said of one track's framework names it: another's may say otherwise.
    of_track = f"track '{track}': " if options.several_tracks and track else ""
    stated = next((d.cumulative for d in ordered if d.cumulative is not None), None)
    says = next(((d, line, text) for d in ordered
                 for line, text in [(1, d.description or ""), *((e.line, e.text) for e in d.report if e.text)]
                 if says_cumulative(text, [level.title for level in d.levels])), None)
    if options.cumulative is not None:
        data["cumulative"] = options.cumulative  # the person importing says which
    elif stated is not None:
        data["cumulative"] = stated  # the document says which, in so many words
    elif says is not None:
        # 'Each level includes the expectations of the levels below it': whatever the cells repeat.
        data["cumulative"] = True
        said_by, line, text = says
        report.append(ReportEntry(said_by.path, line, "layout",
                                  "the document says each level includes those below it, so the framework says "
                                  "`cumulative: true`", " ".join(text.split())))
    elif restated.levels_stand_alone:
        # Each level restates what the levels below it ask: they stand on
        # their own, and `check` and `render` must not read them as cumulative.
        data["cumulative"] = False
        report.append(ReportEntry(*about_all(ordered, track), "notice", of_track +
                                  f"{restated.repeats} statements are repeated word for word at higher levels, "
                                  f"{restated.through_three} of them through three levels or more: each level "
                                  "stands on its own, so the framework says `cumulative: false`"))
    elif referred:
        # The document says its levels build on those below: the framework says so too.
        data["cumulative"] = True
    elif (again := said_again(ordered)).levels_stand_alone:
        # Each level says again, in fuller form, what the level below asks (DDaT's skills): the
        # levels stand on their own, read as cumulative every restatement would be advised away.
        data["cumulative"] = False
        lower, lower_level, higher, higher_level = again.example or ("", "", "", "")
        report.append(ReportEntry(*about_all(ordered, track), "notice", of_track +
                                  f"{again.restated} of the {again.compared} statements with statements of their "
                                  f"competency at the next level are said again there, reworded or in fuller form "
                                  f"(at {lower_level}: '{shorten(lower, 70)}'; at {higher_level}: "
                                  f"'{shorten(higher, 70)}'): each level "
                                  "stands on its own, so the framework says `cumulative: false`; if each level "
                                  "includes those below, set `cumulative: true`"))
    elif ordered and all(d.layout in TABLE_LAYOUTS for d in ordered):
        # A table has a cell for every level: each says what its level asks, on its own; read as
        # cumulative, a cell repeated from the level below (the table's Intern and Associate rows
        # alike) would be advised away, leaving a hole in the table.
        data["cumulative"] = False
        report.append(ReportEntry(*about_all(ordered, track), "layout", of_track +
                                  "each level's cells in the table say what that level asks, on its own, so the "
                                  "framework says `cumulative: false`; if each level includes those below, set "
                                  "`cumulative: true`"))
    elif options.beside_standing_alone is not None:
        # Another track of the page restates its levels: the page is written so, this track too.
        other, theirs = options.beside_standing_alone
        data["cumulative"] = False
        report.append(ReportEntry(*about_all(ordered, track), "notice", of_track +
                                  f"track '{other}' of the same page repeats {theirs.repeats} statements word for "
                                  f"word at higher levels, {theirs.through_three} of them through three levels or "
                                  "more: the page's levels stand on their own, so this framework says "
                                  "`cumulative: false` too"))
    if data.get("cumulative", True):
        # A level includes those below it: a blank above a competency's last statements adds nothing
        # to them, which still hold (as LL401 reads it), not 'ends at', read as no longer assessed.
        for cell_data, reason in beyond:
            cell_data["not_applicable"] = reason
    statements = [s.text for level in ordered for lv in level.levels for c in lv.cells for s in c.statements]
    said_voice = next((d for d in ordered if d.voice_said), None)
    detected = said_voice.voice if said_voice is not None else voice(statements)
    if said_voice is None:
        read_from_how.add("voice")
    if detected:
        data["voice"] = detected
    voice_read = said_voice is None and detected is not None
    language = _language(ordered, track, report)
    _template_filler(ordered, track, report)
    if language is not None:
        data["language"] = language
    # Facts a page ladderlint rendered states, as it states them; the licence an overview states too
    # (see overview.py), which every document holds.
    stated_by = next((d for d in ordered if d.owners or d.licence or d.effective or d.credits), None)
    for key in ("owners", "licence", "effective"):
        given = next((getattr(d, key) for d in ordered if getattr(d, key)), None)
        if given:
            data[key] = given
    data["source"] = ", ".join(_source_names([d.path for d in ordered]))
    if stated_by is not None and stated_by.credits:
        data["credits"] = stated_by.credits
    scale = _proficiency_scale(ordered)
    if scale:
        data["proficiency_scale"] = scale
    # Glossary pages by file name: each page keeps its own terms, whatever order the arguments name them in.
    glossary = _glossary([*ordered, *sorted(glossaries, key=lambda d: d.path)], report)
    if glossary:
        data["glossary"] = glossary
    omitted = next((d.omitted_levels for d in ordered if d.omitted_levels), None)
    if omitted:
        data["omitted_levels"] = [{"id": level_id, "reason": reason} for level_id, reason in omitted.items()]
    data["dimensions"] = [_dimension_data(d) for d in dimensions.values() if d.competencies]
    data["levels"] = levels
    if voice_read and not _statements_agree(data):
        # Read from statements in more than one person: declared, `check` would warn about the import's
        # own choice (LL506). Left out, the owner declares the voice they mean.
        report.append(ReportEntry(*about_all(ordered, track), "notice",
                                  "the statements are written in more than one person, none of them a clear "
                                  f"majority as `check` reads them (the {data.pop('voice').split('-')[0]} person the "
                                  "likeliest): `voice` is left out; declare the voice the framework is written in, "
                                  "and `check` reports the statements in another"))
    return data, report, frozenset(read_from_how)


def _statements_agree(data: dict[str, Any]) -> bool:
    """Whether the framework's statements agree with the voice read from
    them, as `check` (LL506) reads each one's person."""
    import copy

    from ..model import build_framework
    from ..rules.ll506_wrong_voice import agrees
    from ..schema import SchemaValidator

    checked = copy.deepcopy(data)  # the validator fills in defaults
    if SchemaValidator().violations(checked):
        return True  # not a framework yet: the import's own check says why
    return agrees(build_framework(data.get("source") or "import", checked), checked["voice"])


def _language(documents: list[ImportedDocument], track: str | None, report: list[ReportEntry]) -> str | None:
    """The framework's `language`, where it is not English (the format's
    default, which an English framework leaves unsaid): what a document
    says it is written in (`<html lang>`, front matter 'lang:'), or else
    what its text plainly reads as (``written_language``: Korean, Chinese,
    Portuguese ...), each said in the report. A page's `lang="en"` is
    often its site's template's, whatever its text: the text's reading
    then wins."""
    declared = next(((document.path, *document.language) for document in documents if document.language), None)
    if declared is not None and declared[1].split("-")[0].casefold() != "en":
        path, tag, line = declared
        report.append(ReportEntry(path, line, "notice", f"the document says it is written in '{tag}': "
                                                        f"the framework says `language: {tag}`"))
        return tag
    # A template's Latin filler reads as no language it is written in, though a line of it may read as French.
    texts = [text for document in documents for text in _texts_of(document) if not latin_filler(text)]
    read = written_language(texts)
    if read is None:
        return None
    tag, name = read
    said = f", though the document says '{declared[1]}'" if declared is not None else ""
    report.append(ReportEntry(*about_all(documents, track), "notice",
                              f"the text reads as {name}{said}: the framework says `language: {tag}` (a region or "
                              f"script may be added, as in 'pt-BR' or 'zh-Hant'; see docs/format.md)"))
    return tag


#: The share of the statements in Latin filler that makes a document a template: nearly all, for a
#: ladder with a line of filler left here and there is a ladder (LL406 names each).
_TEMPLATE_SHARE = 0.9


def _template_filler(documents: list[ImportedDocument], track: str | None, report: list[ReportEntry]) -> None:
    """Where (nearly) every statement is Latin filler ('Lorem ipsum dolor
    sit amet', as LL406 reads it), say once that the document is a
    template, not a ladder: `check` then reports each statement."""
    said = [statement.text for document in documents for level in document.levels for cell in level.cells
            for statement in cell.statements]
    filler = sum(1 for text in said if latin_filler(text))
    if said and filler >= _TEMPLATE_SHARE * len(said):
        report.append(ReportEntry(*about_all(documents, track), "notice",
                                  (f"every statement ({len(said)}) is" if filler == len(said) else
                                   f"{filler} of the {len(said)} statements are") + " Latin filler (lorem ipsum): the "
                                  "document is a template with filler text, not a ladder; `check` reports each "
                                  "(LL406) until it is written"))


def _texts_of(document: ImportedDocument) -> list[str]:
    """The framework's words in a document: its description, its levels'
    titles, summaries and descriptions, its statements."""
    texts = [document.description] if document.description else []
    for level in document.levels:
        texts += [level.title] + ([level.summary] if level.summary else []) + [text for _, text in level.described]
        texts += [statement.text for cell in level.cells for statement in cell.statements]
    return texts


def _proficiency_scale(documents: list[ImportedDocument]) -> list[str]:
    """The proficiencies the cells name (a skills matrix's 'Beginner' ...
    'Expert'), lowest first, as ids: the scale each cell's is one of."""
    listed = next((d.proficiency_scale for d in documents if d.proficiency_scale), None)
    if listed is not None:
        return list(dict.fromkeys(slug(name) for name in listed))
    named = list(dict.fromkeys(cell.proficiency for document in documents for level in document.levels
                               for cell in level.cells if cell.proficiency))
    return list(dict.fromkeys(slug(name) for name in by_proficiency(named)))


def _organisation_said_once(documents: list[ImportedDocument], organisation: str,
                            report: list[ReportEntry]) -> None:
    """The organisation's name before every level's title ('Globex Engineer
    I', 'Globex Senior Engineer') is the framework's organisation, said
    once: the levels' titles and the track are what follows it."""
    levels = [level for document in documents for level in document.levels]
    start = organisation + " "
    if len(levels) < 2 or not all(level.title.startswith(start) and len(level.title) > len(start) for level in levels):
        return
    for level in levels:
        level.title = level.title[len(start):]
    for document in documents:
        if document.track and document.track.startswith(start):
            document.track = document.track[len(start):]
    report.append(ReportEntry(*about_all(documents), "notice",
                              f"every level's title starts with the organisation's name, '{organisation}': the "
                              "titles are what follows it, the organisation said once"))


def _role_the_levels_name(documents: list[ImportedDocument]) -> str | None:
    """The one role noun every level's title names, in any language ladders
    are written in ('Développeur junior', 'Développeur', 'Lead développeur'
    -> 'Développeur'), capitalised as a track is; None where they name none
    or several."""
    shared: set[str] | None = None
    written: dict[str, str] = {}
    titles = [level.title for document in documents for level in document.levels]
    for title in titles:
        nouns = {w.casefold() for w in re.findall(r"[^\W\d_]+", title) if role_noun(w)}
        for w in re.findall(r"[^\W\d_]+", title):
            written.setdefault(w.casefold(), w[:1].upper() + w[1:])
        shared = nouns if shared is None else shared & nouns
    if len(titles) < 2 or not shared or len(shared) != 1:
        return None
    return written[shared.pop()]


def _lowest_first(document: ImportedDocument, report: list[ReportEntry]) -> None:
    """A document that lists its levels highest first (Staff, Senior,
    Junior), as the names say (``listed_highest_first``), is read lowest
    first, as the format has them."""
    if listed_highest_first([(level.title, level.id or "") for level in document.levels]):
        document.levels.reverse()
        report.append(ReportEntry(document.path, document.levels[-1].line, "notice",
                                  "the levels are listed highest first; they are imported lowest first"))
    for title in rungs_out_of_place([(level.title, level.id or "") for level in document.levels]):
        report.append(ReportEntry(document.path, next(lv.line for lv in document.levels if lv.title == title), "notice",
                                  f"'{title}' keeps the place the document gives it, which is not where ladders "
                                  "usually place it among these levels (an Architect above Senior): check the order "
                                  "of 'levels'"))


def _order(documents: list[ImportedDocument], report: list[ReportEntry]) -> list[ImportedDocument]:
    """Documents in ladder order by the level each describes first (the
    vocabulary LL201 judges the order with); where their level names do not
    tell, in the order their site lists them (front matter 'nav_order',
    'weight') if every page says, else where ladders usually place them
    ('Director' below 'Head'), else by their files' paths: the order the
    arguments name the files in never changes the output. A report line
    says which levels the names did not place, and what did."""
    by_path = sorted(documents, key=lambda d: d.path)
    if len(by_path) < 2:
        return by_path
    listed = all(d.site_order is not None for d in by_path)
    if listed:
        by_path.sort(key=lambda d: d.site_order or 0)  # stable: the paths' order orders pages listed alike
    roles = role_keys(d.levels[0].title for d in by_path)
    numbered = numbered_roles(d.levels[0].title for d in by_path)
    # A page's own id ('id: staff-engineer') only names it: its title says its place.
    names = [rung_among(d.levels[0].title, "" if d.level_id_line else d.levels[0].id or "", roles, numbered)
             for d in by_path]
    order = ladder_order(names)
    by = "the order their front matter gives them ('nav_order', 'weight')" if listed \
        else "the order of their files' paths"
    said: list[str] = []
    by_paths = False  # some level placed by its file's path alone, which nobody chose
    for a, b in zip(order, order[1:]):
        if names[a].before(names[b]) is True or _level_key(by_path[a].levels[0]) == _level_key(by_path[b].levels[0]):
            continue  # two pages of one level (a page per dimension) are one level of the ladder
        pair = f"'{normalise(by_path[a].levels[0].title)}' before '{normalise(by_path[b].levels[0].title)}'"
        if _usually_below(names[a], names[b]):
            said.append(f"{pair}, where ladders usually place them")
        else:
            said.append(f"{pair}, {by}")
            by_paths = by_paths or not listed
    if said:
        check = by_paths or not all(n.known for n in names)
        report.append(ReportEntry(by_path[0].path, 1, "notice" if check else "layout",
                                  "the levels' titles do not tell the order of every level: "
                                  + "; ".join(said[:3]) + (" ..." if len(said) > 3 else "")
                                  + (": check the order of 'levels'" if check else "")
                                  + ("" if listed else " (where it is wrong, put the levels in the ladder's order "
                                                       "in the file written)")))
    return [by_path[i] for i in order]


def _usually_below(lower: LevelName, higher: LevelName) -> bool:
    """Whether both names' words place them (a seniority, or a proficiency)
    and the first's usual place is lower, as ``ladder_order`` weighs them."""
    return any(a is not None and b is not None and a.middle < b.middle
               for a, b in ((lower.seniority, higher.seniority), (lower.proficiency, higher.proficiency)))


def _step_headings(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """Headings that name the step each level reaches on a competency, one
    under each competency's heading at each level, and another from level
    to level ('### Expertise' over '#### Adopts' at one level, '####
    Specializes' at the next, as Engineering Ladders' axes): the heading
    above is the competency, the step is said by the level, not a
    competency of its own. Read so where every group heading of two levels
    or more has one sub-heading at each of its levels, and those of most
    change from level to level; each step heading is reported."""
    by_name: dict[str, list[tuple[ImportedDocument, ImportedDimension, ImportedLevel, ImportedCell]]] = {}
    for document in documents:
        for dimension in document.dimensions:
            if dimension.name is None:
                continue
            mine = {id(c) for c in dimension.competencies}
            for level in document.levels:
                cells = [cell for cell in level.cells if id(cell.competency) in mine]
                if len(cells) > 1:
                    return  # competencies of their own at a level
                if cells:
                    by_name.setdefault(name_key(dimension.name), []).append((document, dimension, level, cells[0]))
    groups = [found for found in by_name.values() if len(found) >= 2]
    if len(groups) < 2 or any(len(found) < 2 for found in by_name.values()):
        return
    changing = sum(1 for found in groups if len({name_key(cell.competency.name or "") for *_, cell in found}) >= 2)
    if changing * 2 <= len(groups):
        return  # the same sub-heading at each level: a competency
    for document in documents:
        stepped = [d for d in document.dimensions if d.name is not None and name_key(d.name) in by_name]
        if not stepped:
            continue
        plain = next((d for d in document.dimensions if d.name is None), None) \
            or ImportedDimension(None, stepped[0].line)
        # The competencies stand where the first of the headings stood.
        document.dimensions = [kept for d in document.dimensions for kept in ([plain] if d is stepped[0] else [])
                               + ([d] if d is not plain and d not in stepped else [])]
        for dimension in stepped:
            competency = plain.competency(dimension.name, dimension.line, dimension.description)
            for level in document.levels:
                for n, cell in enumerate(level.cells):
                    if any(cell.competency is c for c in dimension.competencies):
                        line = cell.headings[0][0] if cell.headings else cell.competency.line
                        report.append(ReportEntry(document.path, line, "unplaced", (
                            f"the step that level '{normalise(level.title)}' reaches on '{normalise(dimension.name or '')}'"
                            " (the heading under it at each level, another from level to level), not a competency"),
                            normalise(cell.competency.name or "")))
                        level.cells[n] = replace(cell, competency=competency, headings=[])
    report.append(ReportEntry(*about_all(documents), "layout", (
        f"{len(groups)} headings each have one heading under them at each level, which changes from level to "
        "level (the step the level reaches): each is a competency")))


def _dimension_pages(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """Pages that each describe the same levels with competencies of their
    own, under no group heading ('Coding Skills', 'Architecture Skills'):
    each page's title names its dimension, not the framework."""
    pages = [d for d in documents if d.levels]
    if len(pages) < 2 or any(not d.name or len(d.dimensions) != 1 or d.dimensions[0].name is not None
                             or not d.dimensions[0].competencies for d in pages):
        return
    if not set.intersection(*({_level_key(lv) for lv in d.levels} for d in pages)):
        return  # pages of different levels: the levels of one track
    if len({name_key(d.name or "") for d in pages}) < len(pages):
        return
    for document in pages:
        document.dimensions[0].name, document.name = document.name, None
    report.append(ReportEntry(pages[0].path, 1, "layout", "each page describes the same levels with competencies of "
                                                          "its own: its title names its dimension"))


def _competency_pages(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """A site of one page per competency ('Debugging', 'Tooling'), each
    across the same levels and with no competency heading: each page's
    bullets are the competency the page names (its title, else its file
    name), its first paragraph that competency's description, and the
    paragraph under a level that competency's first statement at the level
    (every page describes the level anew). ``_levels`` then joins each
    level's pages. Pages without levels (an index) are left as they are."""
    pages = []
    for document in documents:
        if not document.levels:
            continue
        # The bullets right under each level, and nothing else (no heading of a group or competency).
        competencies = [c for d in document.dimensions for c in d.competencies]
        if not competencies or any(c.name is not None or c.description for c in competencies) \
                or any(d.name is not None for d in document.dimensions if d.competencies):
            return
        pages.append((document, competencies))
    if len(pages) < 2 or not set.intersection(*({_level_key(lv) for lv in d.levels} for d, _ in pages)):
        return  # one page, or pages of different levels: the levels of one track
    for document, competencies in pages:
        name = document.name or _page_name(document.path)
        if document.track and name_key(document.track) == name_key(name):
            document.track = None  # the page's title names its competency, not a track
        # One competency for the page, which each level's bullets were apart.
        competency = competencies[0]
        competency.name, competency.description = name, document.description
        document.description = document.name = None
        document.withdraw(NO_COMPETENCY_HEADING)
        for dimension in document.dimensions:
            dimension.competencies = [c for c in dimension.competencies if c not in competencies[1:]]
        for level in document.levels:
            cells = [c for c in level.cells if c.competency in competencies]
            for cell in cells[1:]:
                cells[0].statements.extend(cell.statements)
                level.cells.remove(cell)
            if cells:
                cells[0].competency = competency
            if level.summary:
                line = level.summary_paragraphs[0][0] if level.summary_paragraphs else level.line
                level.cell(competency).statements.insert(0, ImportedStatement(level.summary, line))
                level.summary = None
        report.append(ReportEntry(document.path, 1, "layout", f"a page of one competency, '{name}', across levels "
                                  "other pages describe too"))


_TRAILING_CODE = lazy(r"\s*\(\s*([A-Za-z]{1,3}\s?\d{1,2})\s*\)\s*$")


def _dimension_codes(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """A dimension's name followed by the code of its own level on that
    page ('Craftsmanship (C3)', 'Impact (I3)'), or led by its level's title
    ('Senior Software Engineer – Job Profile'): the dimension is
    'Craftsmanship' ('Job Profile') at every level; the code or title is
    reported."""
    for document in documents:
        for dimension in document.dimensions:
            for title in (level.title for level in document.levels if level.title):
                name = dimension.name or ""
                after = _AFTER_A_TITLE.match(name[len(title):]) if name.casefold().startswith(title.casefold()) else None
                if after is not None and name[len(title) + after.end():].strip():
                    dimension.name = name[len(title) + after.end():].strip()
                    report.append(ReportEntry(document.path, dimension.line, "unplaced",
                                              f"the title of the level before dimension '{dimension.name}' (its "
                                              "level on this page)", title))
            found = _TRAILING_CODE.search(dimension.name or "")
            if found is None or level_code(found.group(1)) is None or not dimension.name:
                continue
            report.append(ReportEntry(document.path, dimension.line, "unplaced",
                                      f"the code after dimension '{dimension.name[:found.start()]}' (its level on "
                                      "this page)", found.group(1)))
            dimension.name = dimension.name[: found.start()]


#: What parts a level's title from the name after it: 'Senior Engineer – Job Profile'.
_AFTER_A_TITLE = lazy(r"\s*[-–—:|]\s+")


def _sentences_as_expectations(documents: list[ImportedDocument]) -> None:
    """Headings that are sentences ('I write good quality code.', 'You can
    lead on simpler tasks'), most of them at one level only, are each an
    expectation of that level, not a competency that no other level has:
    the heading is a statement, what stands under it (the bullets that show
    it) its examples, in one competency, 'Expectations', where the first
    of them stood. Sentences that come back at every level stay
    competencies ('I am adaptable' at each level, saying how), and so do
    the headings --competency-heading names."""
    documents = [document for document in documents if not document.competencies_by_option]

    def sentences(dimension: ImportedDimension) -> list[ImportedCompetency]:
        return [c for c in dimension.competencies
                if c.name is not None and c.key is None and not c.description and reads_as_sentence(c.name)]

    levels_of: Counter[str] = Counter()  # name key -> how many levels have it
    for document in documents:
        named = {name_key(c.name or "") for dimension in document.dimensions for c in sentences(dimension)}
        for level in document.levels:
            levels_of.update({name_key(cell.competency.name or "") for cell in level.cells} & named)
    level_count = sum(len(document.levels) for document in documents)
    if level_count < 2 or sum(1 for n in levels_of.values() if n == 1) * 2 <= len(levels_of):
        return
    for document in documents:
        for dimension in document.dimensions:
            found = sentences(dimension)
            if not found:
                continue
            expectations = ImportedCompetency(EXPECTATIONS, found[0].line)
            at = dimension.competencies.index(found[0])
            dimension.competencies = [c for c in dimension.competencies if c not in found]
            dimension.competencies.insert(at, expectations)
            for level in document.levels:
                cells = [cell for cell in level.cells if cell.competency in found]
                if not cells:
                    continue
                # A heading written twice at the level is two expectations, each where it stands.
                merged = ImportedCell(expectations, sorted((
                    ImportedStatement(cell.competency.name or "", line,
                                      [s.text for s in cell.statements[start:end]]
                                      + ([cell.note] if cell.note and not start else []))
                    for cell in cells for line, start, end in _parts(cell)), key=lambda s: s.line))
                for cell in cells:
                    for line, _ in cell.headings[1:]:
                        document.notice(line, f"heading '{normalise(cell.competency.name or '')}' comes again at "
                                              f"level '{normalise(level.title)}' (first on line "
                                              f"{cell.headings[0][0]}): both are kept, each where it stands")
                    cell.headings = []
                at = level.cells.index(cells[0])
                level.cells = [cell for cell in level.cells if cell not in cells]
                level.cells.insert(at, merged)
            document.notice(found[0].line, "headings that are sentences, most at one level only: each is an "
                                           "expectation of its level, the text under it its examples, in a "
                                           f"competency named '{EXPECTATIONS}'")


def heading_sentences(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """What a competency's heading says after its name at each level
    ('### Impact: delivers tasks for their own team'): where every level's
    heading says the same, it is the competency's description, before any
    paragraph that defines it; where the levels' headings say different
    things, each says what its level asks, and is that level's first
    statement, where the level's heading stands (no level's words are lost
    to another level's)."""
    def key(dimension: ImportedDimension, competency: ImportedCompetency) -> tuple[str, str]:
        return name_key(dimension.name or ""), name_key(competency.name or "")

    keys = {id(c): key(d, c) for document in documents for d in document.dimensions for c in d.competencies}
    said: dict[tuple[str, str], list[tuple[ImportedDocument, ImportedCell]]] = {}
    for document in documents:
        for level in document.levels:
            for cell in level.cells:
                if cell.heading_says is not None:
                    said.setdefault(keys.get(id(cell.competency), key(ImportedDimension(None, 0), cell.competency)),
                                    []).append((document, cell))
    described: set[int] = set()  # the competencies whose description already opens with the sentence
    for cells in said.values():
        sentences = {normalise(cell.heading_says[0]) for _, cell in cells if cell.heading_says is not None}
        for document, cell in cells:
            if cell.heading_says is None:
                continue
            sentence, line = cell.heading_says
            competency = cell.competency
            if len(sentences) == 1:
                if id(competency) not in described:
                    described.add(id(competency))
                    competency.description = competency_description(sentence, competency.description)
                continue
            at = cell.headings[0][1] if cell.headings else 0
            cell.statements.insert(at, ImportedStatement(sentence, line))
            cell.headings[1:] = [(place, start + 1) for place, start in cell.headings[1:]]
        document, cell = cells[0]
        if len(sentences) > 1:
            report.append(ReportEntry(document.path, cell.competency.line, "notice", (
                f"the heading of '{normalise(cell.competency.name or '')}' says something different at each "
                "level: what it says after the name is that level's first statement, not the competency's "
                "description")))


def _parts(cell: ImportedCell) -> list[tuple[int, int, int]]:
    """Each place the cell's heading stands at its level: the heading's
    line, and where its statements start and end in the cell."""
    starts = cell.headings or [(cell.competency.line, 0)]
    ends = [start for _, start in starts[1:]] + [len(cell.statements)]
    return [(line, start, end) for (line, start), end in zip(starts, ends)]


def _repeated_headings(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """A competency's heading written twice at one level: its statements are
    the cell's, in the order written; the report says they were joined."""
    for document in documents:
        for level in document.levels:
            for cell in level.cells:
                for line, _ in cell.headings[1:]:
                    report.append(ReportEntry(document.path, line, "notice", (
                        f"heading '{normalise(cell.competency.name or '')}' comes again at level "
                        f"'{normalise(level.title)}': its statements join those under the first one "
                        f"(line {cell.headings[0][0]}), after them")))


def _labels_as_competencies(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """Bullets that each start with a bold label, or that a bullet of plain
    words over them labels ('- Technical skills' over '  - Fixes bugs'), with
    no competency heading above them: where most labels come back at level
    after level ('**Design Process**: ...' on every level's page), the
    labels are the competencies, and each bullet the statement after its
    label; a level whose bullets have no labels keeps them as they are.
    Labels that change from level to level (Adopts, Specializes, ...) say
    something of their own and stay in the statement."""
    # Per dimension (by name), the unnamed competencies' cells across the levels.
    cells: dict[str, list[tuple[ImportedDocument, ImportedDimension, ImportedLevel, ImportedCell]]] = {}
    for document in documents:
        for dimension, level, cell in document.unheaded_cells():
            cells.setdefault(name_key(dimension.name or ""), []).append((document, dimension, level, cell))
    for every in cells.values():
        # The levels whose bullets are all labelled; one of plain bullets (a trainee's) keeps them. Plain
        # paragraphs before the first label (before a line in bold that heads those after it) stay as
        # they are, in the unnamed competency, as they would with no label after them.
        found = [item for item in every if _labelled_after_plain(item[2], item[3].statements)]
        if len(found) < 2:
            continue
        levels_of: dict[str, int] = {}
        for *_, cell in found:
            for label in {name_key(s.label or "") for s in cell.statements if not _adds_to_level(s.label or "")}:
                levels_of[label] = levels_of.get(label, 0) + 1
        if not levels_of or not _labels_name_competencies(levels_of, found):
            continue  # the labels change from level to level
        for document, dimension, level, cell in found:
            plain = [s for s in cell.statements if not s.label]
            if plain:
                level.cells[level.cells.index(cell)] = replace(cell, statements=plain)
            else:
                level.cells.remove(cell)
            for statement in cell.statements:
                if not statement.label:
                    continue
                if statement.rest == "":
                    continue  # a run-in head alone ('**Delivery.**'): the competency of the paragraphs after it
                if _adds_to_level(statement.label or ""):
                    _level_aside(document, level, statement)
                    continue
                competency = dimension.competency(statement.label, statement.line)
                level.cell(competency).statements.append(
                    ImportedStatement(statement.rest or statement.text, statement.line, statement.examples))
            if not any(c.competency is cell.competency for lv in document.levels for c in lv.cells):
                dimension.competencies.remove(cell.competency)
                document.withdraw(NO_COMPETENCY_HEADING, cell.statements[0].line)
        document, dimension = found[0][0], found[0][1]
        labels = sorted({s.label for *_, c in found for s in c.statements if s.label and not _adds_to_level(s.label)})
        # Paragraphs under a run-in heading each ('**Delivery.** You ship ...') are labelled as bullets are.
        said = "paragraphs" if all(s.line in lv.summary_heads for _, _, lv, c in found for s in c.statements
                                   if s.label) \
            else "bullets"
        report.append(ReportEntry(document.path, dimension.line, "layout",
                                  f"{said} carry the same labels at level after level: each label is a "
                                  f"competency ({some_names(labels)})"))
        alone = sorted({s.label for *_, c in found for s in c.statements
                        if s.label and levels_of.get(name_key(s.label)) == 1 and not _adds_to_level(s.label)})
        if alone:
            report.append(ReportEntry(document.path, dimension.line, "notice",
                                      f"labels at one level only are competencies of that level alone "
                                      f"({some_names(alone)}): say what the other levels ask of them, or that they are "
                                      "not applicable there"))


def _labels_name_competencies(levels_of: dict[str, int],
                              found: list[tuple[ImportedDocument, ImportedDimension, ImportedLevel, ImportedCell]]) -> bool:
    """Whether bullets' labels (``levels_of``: how many levels each comes at)
    name competencies: most of them come back at level after level; or
    some do, and they label half the bullets or more, and no label is a
    step of a verb ('**Adopts**:', '**Specializes**:'), whose changing
    from level to level says what the level does: a level's own aspects
    ('**Growth**:' at one level beside '**Scope**:' and '**Impact**:' at
    every level) are competencies too."""
    recurring = {label for label, n in levels_of.items() if n >= 2}
    if len(recurring) * 3 >= len(levels_of) * 2:
        return True
    labelled = [name_key(s.label) for *_, cell in found for s in cell.statements
                if s.label and not _adds_to_level(s.label)]
    return bool(recurring) and sum(1 for label in labelled if label in recurring) * 2 >= len(labelled) \
        and not any(_a_step(label) for label in levels_of)


def _a_step(label: str) -> bool:
    """Whether a label is one verb in '-s' ('Adopts', 'Specializes',
    'Evangelizes'): what a level does, as Engineering Ladders' steps say."""
    said = label.split()
    return len(said) == 1 and said[0].endswith("s") and verb_in_s(said[0])


def _labels_of_named_competencies(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """A bullet with no competency heading above it, whose bold label is the
    name of a competency of the same page or of a sibling page
    ('**Learning**: You dive into ...' on one page, '**Learning**:' over its
    bullets on the next): a statement of that competency, as the label over
    bullets is, not a statement of 'Expectations' that starts with the
    label. Other labels stay in their statement, as ever."""
    named: dict[str, tuple[str, str | None]] = {}  # name key -> (the competency's name, its dimension's)
    for document in documents:
        for dimension in document.dimensions:
            for competency in dimension.competencies:
                if competency.name is not None:
                    named.setdefault(name_key(competency.name), (competency.name, dimension.name))
    for document in documents:
        moved: list[tuple[int, str]] = []  # (line, the competency's name)
        for dimension, level, cell in document.unheaded_cells():
            kept = []
            for statement in cell.statements:
                label, rest = _opening_label(statement)
                found = named.get(name_key(label)) if label else None
                if found is None or not rest or _adds_to_level(label):
                    kept.append(statement)
                    continue
                name, group = found
                home = next((d for d in document.dimensions if d.name is not None and group is not None
                             and name_key(d.name) == name_key(group)), dimension)
                # In the page's order among the competency's other statements at the level.
                there = level.cell(home.competency(name, statement.line)).statements
                at = next((n for n, other in enumerate(there) if other.line > statement.line), len(there))
                there.insert(at, ImportedStatement(rest, statement.line, statement.examples))
                moved.append((statement.line, name))
            if len(kept) == len(cell.statements):
                continue
            if kept:
                cell.statements = kept
            else:
                level.cells.remove(cell)
                document.withdraw(NO_COMPETENCY_HEADING, cell.statements[0].line)
            if not any(c.competency is cell.competency for lv in document.levels for c in lv.cells):
                dimension.competencies.remove(cell.competency)
        if moved:
            report.append(ReportEntry(document.path, moved[0][0], "layout",
                                      "bullets whose bold label names a competency of these pages are statements "
                                      f"of it ({some_names(sorted({name for _, name in moved}))})"))


def _opening_label(statement: ImportedStatement) -> tuple[str, str]:
    """The label a statement opens with and the rest of it: the bold label
    the page gave ('**Learning**: ...'), or a name before a colon where the
    page's markup was lost on the way ('Learning: ...' of an HTML list
    item); ('', '') for a statement without one."""
    if statement.label:
        return statement.label, statement.rest or ""
    found = statement_label(statement.text)
    if found is None or ":" not in statement.text:
        return "", ""
    return strip_markdown(statement.text).split(":", 1)[0].strip(), found[1]


def _labelled_after_plain(level: ImportedLevel, statements: list[ImportedStatement]) -> bool:
    """Whether a level's unheaded statements are all labelled, or all from
    a head alone on ('**Stay curious.**' over the paragraphs after it),
    those before it plain paragraphs of the level's."""
    first = next((n for n, s in enumerate(statements) if s.label), None)
    if first is None or not all(s.label for s in statements[first:]):
        return False
    return first == 0 or (statements[first].rest == "" and statements[first].line in level.summary_heads)


def _adds_to_level(label: str) -> bool:
    """Whether a bullet's label says what its bullets add to the level
    ('Examples', 'Notes', 'Description' toggles) or that they are what to
    avoid ('Red flags'): never a competency."""
    return aside_name(label) is not None or lists_what_to_avoid(label)


def _level_aside(document: ImportedDocument, level: ImportedLevel, statement: ImportedStatement) -> None:
    """A bullet under a label that adds to a level as a whole, as a heading
    right under it does: a description is its summary where it has none;
    examples ('Examples: Javan, Pratik'), notes and a second description
    are said of the level, in its description, under their label; what to
    avoid is reported."""
    text = statement.rest or statement.text
    what = aside_name(statement.label or "")
    owner = f"level '{normalise(level.title)}'"
    if what == "description" and not level.summary:
        level.summary = text
        return
    if what is not None:
        level.describe(statement.line, described_under(statement.label if what != "description" else None,
                                                       [text, *statement.examples]))
        return
    reason = f"'{normalise(statement.label or '')}' lists what to avoid (counter-examples), not what {owner} expects"
    for said in [text, *statement.examples]:
        document.unplaced(statement.line, reason, said)


def _page_descriptions(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """On a site of a page per level whose pages each describe themselves
    (a front-matter description, a tagline), each description is its
    level's summary, not one more description of the framework."""
    described = [d for d in documents if d.description]
    if len(described) < 2 or len({normalise(d.description or "") for d in described}) < len(described):
        return
    if not all(len(d.levels) == 1 and not d.levels[0].summary for d in described):
        return
    if len({_without_title(d.description or "", d.levels[0].title) for d in described}) == 1:
        # 'The career ladder used at Acme - Engineer role' on each page, but for its level's
        # title: the site's line (for search engines), which says nothing of the level.
        for document in described:
            report.append(ReportEntry(document.path, 1, "unplaced", "the page's description, the same on every "
                                                                    "page but for its level's title: the site's, "
                                                                    "not the level's summary", document.description or ""))
            document.description = None
        return
    for document in described:
        document.levels[0].summary, document.description = document.description, None
    report.append(ReportEntry(described[0].path, 1, "layout", "each page describes its own level: its description is "
                                                              "the level's summary"))


def _without_title(text: str, title: str) -> str:
    """A text without a level's title in it, as words ('Senior Engineer',
    not the 'Engineer' of 'Engineering'), to compare with other pages'."""
    return normalise(re.sub(rf"(?i)(?<!\w){re.escape(normalise(title))}(?!\w)", " ", normalise(text))).casefold()


def about_all(documents: list[ImportedDocument], track: str | None = None) -> tuple[str, int]:
    """Where the report puts what is said of all the documents of one
    framework (a track): a file of its own, at its first line, or, for
    several, their directory and the track, with no line (no page says it
    more than the others)."""
    paths = list(dict.fromkeys(document.path for document in documents))  # one page may hold several
    if len(paths) == 1:
        return paths[0], 1
    directory = os.path.commonpath([os.path.dirname(os.path.abspath(path)) for path in paths])
    if all(not os.path.isabs(path) for path in paths):
        directory = os.path.relpath(directory)
    which = f"track '{track}', {len(paths)} files" if track else f"{len(paths)} files"
    return f"{os.path.join(directory, '')} ({which})", 0


def names_its_level(document: ImportedDocument) -> bool:
    """Whether a page of one level is titled after its level: its title, its
    code, or both ('E1 Associate Engineer', 'Associate Engineer', 'E1')."""
    if document.layout != "level-per-page" or len(document.levels) != 1 or not document.name:
        return False
    level = document.levels[0]
    code = level.id or level_code(level.title)
    said = {name_key(n) for n in (level.title, code, f"{code} {level.title}" if code else None,
                                  title_without_code(level.title, code, spaced=True) if code else None) if n}
    return name_key(document.name) in said or code is not None and \
        name_key(title_without_code(document.name, code)) in said


def _page_titles(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """On pages of one level each that only --level named, titles that
    differ from page to page ('# Aprendiz', '# Mestre') are the levels'
    titles; one title on every page names the framework."""
    if len(documents) < 2 or not all(d.level_by_option and d.name and len(d.levels) == 1 for d in documents):
        return
    if len({name_key(d.name or "") for d in documents}) < len(documents):
        return
    for document in documents:
        document.levels[0].title, document.name = document.name or "", None
    report.append(ReportEntry(*about_all(documents), "layout", "each page's title differs: it is the title of the "
                                                                "page's level (its id from --level or the page's 'level')"))


def _promotion_advice(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """A competency or a group of them, under a level, whose name heads
    advice on reaching the next level ('Path to IC3 Engineer', '### Readiness
    check' over a table, 'Promotion criteria'; ``names_promotion_advice``):
    what it says is asked of the level it leads to, not of this one, and a
    competency of it would stand beside the level's own (a second 'Delivery'
    in a 'Readiness check' dimension). Kept in the level's description
    under its name, and reported, as a lead-in of what promotion takes is.
    So are sections that name the level above their own, level after level
    ('Becoming an IC5 Engineer' at IC4, 'Becoming an IC6 Engineer' at IC5;
    ``_naming_the_level_above``). A competency that the document fills at
    several levels is one of the ladder's, whatever its name."""
    titles = [level.title for document in documents for level in document.levels]
    leading_on = _naming_the_level_above(documents)
    for document in documents:
        for dimension in list(document.dimensions):
            whole = dimension.name is not None and names_promotion_advice(dimension.name, titles)
            advice = [c for c in dimension.competencies if whole or id(c) in leading_on or c.name is not None
                      and names_promotion_advice(c.name, titles) and _filled_at(document, c) <= 1]
            # (label, level) -> (first line, the texts): a group's rows said together, under its name.
            said: dict[tuple[str, int], tuple[int, list[str]]] = {}
            for competency in advice:
                label = (dimension.name if whole else competency.name) or ""
                for level in document.levels:
                    for cell in [c for c in level.cells if c.competency is competency]:
                        texts = [text for statement in cell.statements for text in (statement.text, *statement.examples)]
                        if whole and competency.name:
                            texts = [f"{competency.name}: {text}" for text in texts]
                        if texts:
                            line, before = said.setdefault((label, id(level)), (cell.statements[0].line, []))
                            before += texts
                        level.cells.remove(cell)
                dimension.competencies.remove(competency)
            if not whole:
                # Bullets with no competency heading whose label is such advice ('Path to IC4: Lead complex
                # initiatives', 'Typical timeframe: You need to ...').
                for level in document.levels:
                    for cell in [c for c in level.cells if c.competency in dimension.competencies
                                 and c.competency.name is None]:
                        kept = []
                        for statement in cell.statements:
                            label, rest = _opening_label(statement)
                            if not label or not rest or not names_promotion_advice(label, titles):
                                kept.append(statement)
                                continue
                            line, before = said.setdefault((label, id(level)), (statement.line, []))
                            before += [rest, *statement.examples]
                        cell.statements = kept
                        if not kept:
                            level.cells.remove(cell)
            for level in document.levels:
                for (label, at), (line, texts) in said.items():
                    if at != id(level):
                        continue
                    level.describe(line, described_under(label, texts))
                    report.append(ReportEntry(
                        document.path, line, "notice",
                        f"'{normalise(label)}' at {normalise(level.title)} says what reaching the next level takes, "
                        "not what this level expects: kept in the level's description; if it is what the next "
                        "level expects, move it to that level's statements"))
            for competency in [c for c in dimension.competencies if c.name is None]:
                if not any(c.competency is competency for level in document.levels for c in level.cells):
                    dimension.competencies.remove(competency)
                    document.withdraw(NO_COMPETENCY_HEADING)
            if not dimension.competencies:
                document.dimensions.remove(dimension)


def _filled_at(document: ImportedDocument, competency: ImportedCompetency) -> int:
    """At how many of the document's levels a competency has a cell."""
    return sum(any(cell.competency is competency for cell in level.cells) for level in document.levels)


def _naming_the_level_above(documents: list[ImportedDocument]) -> set[int]:
    """The competencies (their ids) of sections, one level's each, that
    name the level above their own, where two levels or more have one
    named alike ('Becoming an IC5 Engineer' at IC4, 'Becoming an IC6
    Engineer' at IC5): what reaching the next level takes, whatever words
    they are named in. One level's such section stands as named."""
    levels = [level for document in documents for level in document.levels]
    at = {id(level): i for i, level in enumerate(levels)}
    # the name with the level cut out -> (the competency, the level's name)
    found: dict[str, list[tuple[ImportedCompetency, str]]] = {}
    for document in documents:
        for dimension in document.dimensions:
            for competency in dimension.competencies:
                used = [at[id(level)] for level in document.levels
                        if any(cell.competency is competency for cell in level.cells)]
                if len(used) != 1 or not competency.name:
                    continue
                named = _next_level_named(competency.name, levels, used[0])
                if named is not None:
                    start, end = named
                    residue = competency.name[:start] + "\0" + competency.name[end:]
                    found.setdefault(name_key(residue), []).append((competency, competency.name[start:end]))
    return {id(competency) for group in found.values() if len({name.casefold() for _c, name in group}) >= 2
            for competency, _name in group}


def _next_level_named(name: str, levels: list[ImportedLevel], at: int) -> tuple[int, int] | None:
    """Where ``name`` names the level above ``levels[at]`` (start, end): the
    next code of its family, with the role the titles give after it ('IC6
    Engineer' above 'IC5 Engineer', though no page says it), or that
    level's title or id."""
    level = levels[at]
    code = level.id or level_code(level.title) or ""
    rung = id_rung(code)
    # The role the titles give after the code ('Engineer' of '🧙 IC4 Engineer (Code Wizard)').
    said = re.match(r"\s*([A-Za-z][\w ]*?)\s*(?:\(|$)", level.title.split(code, 1)[1]) if code and code in level.title else None
    role = said.group(1) if said else ""
    for match in re.finditer(r"\b[A-Za-z]{1,3}[ -]?\d{1,2}\b", name):
        named = id_rung(match.group().replace(" ", "").replace("-", ""))
        if rung is not None and named is not None and named.family == rung.family and named.number == rung.number + 1:
            end = match.end()
            if role and name[end:].casefold().startswith(" " + role.casefold()):
                end += 1 + len(role)
            return match.start(), end
    after = levels[at + 1] if at + 1 < len(levels) else None
    for text in sorted(filter(None, (after.title, after.id) if after else ()), key=len, reverse=True):
        found = re.search(rf"(?<!\w){re.escape(text)}(?!\w)", name, re.IGNORECASE)
        if found is not None:
            return found.span()
    return None


def _sub_rungs(documents: list[ImportedDocument]) -> set[int]:
    """The levels whose code names a rung within their seniority: 'Engineer
    L1' and 'Senior Engineer L1' share the code of different levels, so
    neither is level L1 (their ids are their titles')."""
    by_code: dict[str, list[ImportedLevel]] = {}
    for document in documents:
        for level in document.levels:
            code = level_code(level.title) if level.id is None else None
            if code:
                by_code.setdefault(code.casefold(), []).append(level)
    return {id(level) for levels in by_code.values() if len({seniority(lv.title) for lv in levels}) > 1
            for level in levels}


def _level_key(level: ImportedLevel) -> str:
    return level.id or level_id(level.title)


def _source_names(paths: list[str]) -> list[str]:
    """The documents' names as `source` lists them: their file names, or,
    where two share one (a site's 'senior/index.html', 'staff/index.html'),
    their paths below the folder they share."""
    names = [os.path.basename(path) for path in paths]
    if len(set(names)) == len(names):
        return names
    shared = os.path.commonpath([os.path.dirname(os.path.abspath(path)) for path in paths])
    return [os.path.relpath(os.path.abspath(path), shared) for path in paths]


def _page_name(path: str) -> str:
    """A name from a file's name: 'language-knowledge.md' is 'Language knowledge'."""
    parts = file_words(path).split()
    return " ".join(parts).capitalize() if parts else path


#: The dimension of the competencies that come before any group heading.
_UNNAMED_DIMENSION = "Competencies"


def _unnamed_dimension_said(documents: list[ImportedDocument], dimensions: dict[str, _Dimension], unnamed: str,
                            report: list[ReportEntry]) -> None:
    """Say, once, that the competencies no group heading names (those of a
    document with no groups at all, or '## Core Competencies' right under
    the level beside named groups) are put in a dimension the import names,
    and how to rename it: the name is not the document's, and an owner
    reading the YAML asks where it came from."""
    merged = dimensions.get(slug(unnamed))
    put = [(document, competency) for document in documents for dimension in document.dimensions
           if dimension.name is None for competency in dimension.competencies]
    if merged is None or all(competency.name is None and not competency.description for _, competency in put):
        return  # none put there, or only the bullets no heading names either, said so (``_merge_competency``)
    own = [d.name for d in dimensions.values() if d is not merged]
    document, first = min(put, key=lambda found: (documents.index(found[0]), found[1].line))
    names = [competency.name for competency in merged.competencies]
    if own:
        said = (f"no heading names the dimension of {_quoted(names)}: put in a dimension named '{unnamed}', beside "
                f"the document's own ({_quoted(own)}); rename it (`name: {unnamed}` under `dimensions:` in the "
                "YAML), or move them")
    else:
        said = (f"no heading names a dimension: the import put {_quoted(names)} in one it names '{unnamed}' (the "
                "format puts each competency in a dimension); where the framework has a name for them, rename it: "
                f"`name: {unnamed}` under `dimensions:` in the YAML")
    report.append(ReportEntry(document.path, first.line, "notice", said))


def _quoted(names: list[str]) -> str:
    """The first three names quoted, '...' for the others."""
    return ", ".join(f"'{n}'" for n in names[:3]) + (" ..." if len(names) > 3 else "")


def _merge_dimension(dimensions: dict[str, _Dimension], dimension: ImportedDimension, unnamed: str) -> _Dimension:
    if dimension.name is None:
        name, key = unnamed, slug(unnamed)
    else:
        # The id the document gives it, else its name's: two dimensions named alike but told apart by ids stay apart.
        name, key = dimension.name, dimension.key or slug(dimension.name) or normalise(dimension.name)
    merged = dimensions.get(key)
    if merged is None:
        merged = dimensions[key] = _Dimension(key, name, dimension.description)
    elif merged.description is None and dimension.description:
        merged.description = dimension.description
    return merged


def _joined_competencies(documents: list[ImportedDocument], dimensions: dict[str, _Dimension],
                         mapping: dict[int, _Competency], report: list[ReportEntry]) -> None:
    """A competency whose name joins the names of others of the framework
    ('Agility / Innovation' on one level's page, 'Agility' and 'Innovation'
    on the others') is those competencies written two ways, which `check`
    reports (LL408): one form wins, the one more levels write (the joined
    one on a tie, which files nothing under the wrong name), and the other
    is merged into it, with a notice. Filed under the separate names, a
    level's joined statements go under the first of them, to be sorted
    by hand."""
    merged = [c for d in dimensions.values() for c in d.competencies]
    by_key: dict[str, _Competency] = {}
    for competency in merged:
        by_key.setdefault(name_key(competency.name), competency)
    levels_of: dict[int, list[ImportedLevel]] = {}  # id(merged competency) -> the levels that say it
    first: dict[int, tuple[str, int]] = {}  # id(merged competency) -> where it is first written
    for document in documents:
        for dimension in document.dimensions:
            for imported in dimension.competencies:
                first.setdefault(id(mapping[id(imported)]), (document.path, imported.line))
        for level in document.levels:
            for cell in level.cells:
                if any(s.text.strip() for s in cell.statements):
                    said = levels_of.setdefault(id(mapping[id(cell.competency)]), [])
                    if all(other is not level for other in said):
                        said.append(level)
    gone: set[int] = set()
    for joined in merged:
        parts = [by_key.get(name_key(part)) for part in joined_names(joined.name)]
        found = [part for part in parts if part is not None and part is not joined and id(part) not in gone]
        if id(joined) in gone or not parts or len(found) < len(parts) or len({id(p) for p in found}) < len(found):
            continue
        apart = [level for part in found for level in levels_of.get(id(part), [])]
        apart_count = len({id(level) for level in apart})
        together = levels_of.get(id(joined), [])
        names = " and ".join(f"'{part.name}'" for part in found)
        path, line = first.get(id(joined), (documents[0].path, joined.line))
        if apart_count > len(together):
            winner, losers = found[0], [joined]
            titles = ", ".join(level.title for level in together) or "no level"
            others = " or ".join(f"'{part.name}'" for part in found[1:])
            report.append(ReportEntry(path, line, "notice",
                                      f"competency '{joined.name}' joins competencies {names}, which "
                                      f"{plural(apart_count, 'level')} write apart: its statements ({titles}) are "
                                      f"filed under '{winner.name}'; move those that belong to {others} there",
                                      joined.name))
        else:
            winner, losers = joined, found
            winner.joins = True
            report.append(ReportEntry(path, line, "notice",
                                      f"competency '{joined.name}' joins competencies {names}, and "
                                      f"{plural(len(together), 'level')} write it joined: the levels that write "
                                      f"them apart ({plural(apart_count, 'level')}) have their statements filed "
                                      f"under '{joined.name}'", joined.name))
        for loser in losers:
            gone.add(id(loser))
            if winner.description is None and loser.description:
                winner.description = loser.description
            for holder in dimensions.values():
                if loser in holder.competencies:
                    holder.competencies.remove(loser)
        for key, target in list(mapping.items()):
            if any(target is loser for loser in losers):
                mapping[key] = winner


def _merge_competency(dimension: _Dimension, competency: ImportedCompetency, document: ImportedDocument,
                      report: list[ReportEntry], dimension_unnamed: bool = False) -> _Competency:
    """The framework's competency ``competency`` is merged into; where no
    heading names it, a notice says what the import named it (and its
    dimension, where no heading names that either: ``dimension_unnamed``)."""
    if competency.name is None:
        description = normalise(competency.description or "")
        for existing in dimension.competencies:
            if description and existing.description and normalise(existing.description) == description:
                return existing
        key = "description:" + description
        if not description:
            # The bullets right under each level: one competency across the levels.
            for existing in dimension.competencies:
                if existing.key == key:
                    return existing
        name = competency.description or EXPECTATIONS
        if competency.description:
            report.append(ReportEntry(document.path, competency.line, "notice",
                                      "competency without a heading: named after its description; rename it", name))
        else:
            # Said with the dimension the import names, where it does, in one notice (not in
            # ``_unnamed_dimension_said``): one fact of the document, no heading over its bullets.
            report.append(ReportEntry(document.path, competency.line, "notice",
                                      f"statements without a competency heading are put in a competency named "
                                      + (f"'{name}', in a dimension named '{dimension.name}' (no heading names "
                                         "either); rename them: their `name:` in the YAML" if dimension_unnamed
                                         else f"'{name}'; rename it")))
        merged = _Competency(key, name, competency.line, competency.description, competency.key)
        dimension.competencies.append(merged)
        return merged
    key = normalise(competency.name)
    for existing in dimension.competencies:
        if name_key(existing.key) == name_key(key):
            if existing.description is None and competency.description:
                existing.description = competency.description
            elif competency.description and competency.description != existing.description:
                report.append(ReportEntry(document.path, competency.line, "unplaced",
                                          f"another description of '{existing.name}'; the first one is kept",
                                          competency.description))
            if competency.name != existing.name:
                # Its statements are in the framework, under the first spelling: a notice, not text left out.
                report.append(ReportEntry(document.path, competency.line, "notice",
                                          f"another spelling of competency '{existing.name}': its statements are "
                                          "under that one", competency.name))
            return existing
    merged = _Competency(key, competency.name, competency.line, competency.description, competency.key)
    dimension.competencies.append(merged)
    return merged


def _levels(
    documents: list[ImportedDocument],
    mapping: dict[int, _Competency],
    dimension_of: dict[int, _Dimension],
    report: list[ReportEntry],
    beyond: list[tuple[dict[str, Any], str]] | None = None,
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: dict[str, tuple[str, int]] = {}
    by_id: dict[str, dict[str, Any]] = {}
    rungs = _sub_rungs(documents)
    for document in documents:
        for level in document.levels:
            identifier = (slug(level.title) or _level_key(level)) if id(level) in rungs else _level_key(level)
            if identifier in seen and seen[identifier][0] == document.path:
                # One document with two sections for one level: keep both, apart.
                base, number = identifier, 2
                while f"{base}-{number}" in seen:
                    number += 1
                identifier = f"{base}-{number}"
                report.append(ReportEntry(document.path, level.line, "notice",
                                          f"a second section for level {base}: imported as {identifier}",
                                          level.title))
            data = _level_data(identifier, level, mapping, dimension_of, document, report, beyond)
            if identifier in seen:
                # Pages that describe other competencies of one level (a page
                # per competency or per dimension) are one level; two that
                # describe one competency of it cannot both be right.
                earlier = by_id[identifier]
                shared = [c for c in data["competencies"] if c in earlier["competencies"]]
                if shared:
                    where = seen[identifier]
                    # Named, so that the claim can be checked against the pages.
                    said = ", ".join(f"'{c}'" for c in shared[:5]) + (f" and {len(shared) - 5} more"
                                                                      if len(shared) > 5 else "")
                    raise ImportFailure(
                        document.path,
                        f"level {identifier} is also described in {where[0]}:{where[1]}, with the same "
                        f"{'competency' if len(shared) == 1 else 'competencies'} ({said}); import each level once "
                        "(or give them distinct ids with --level)",
                        level.line,
                    )
                _join_level(earlier, data, document.path, level.line, report)
                continue
            seen[identifier] = (document.path, level.line)
            by_id[identifier] = data
            out.append(data)
    # 'L2 — Software Engineer' at level L2 is titled 'Software Engineer': the code is its id; but where
    # two levels would then be titled alike ('L3 — Software Engineer'), the codes tell them apart. A code
    # before the title with a space alone ('G01 Intern') numbers levels where there are several; one
    # level's 'IC3 Software Engineer' (a Dropbox page) is the role's name as written.
    short = [title_without_code(data["title"], data["id"], spaced=len(out) > 1) for data in out]
    if all(document.plain_text for document in documents):
        short = [data["title"] for data in out]  # titled as written: a rendered page shows the title as it is
    if len({level_key(title) for title in short}) == len(short):
        for data, title in zip(out, short):
            data["title"] = title
    return out


def _join_level(level: dict[str, Any], more: dict[str, Any], path: str, line: int, report: list[ReportEntry]) -> None:
    """Add to a level what another document says of its other competencies;
    a second title or summary is reported, not lost."""
    level["competencies"].update(more["competencies"])
    if more["title"] != level["title"]:
        report.append(ReportEntry(path, line, "unplaced", f"another title of level {level['id']}", more["title"]))
    if "summary" in more:
        if "summary" not in level:
            level["summary"] = more["summary"]
        elif more["summary"] != level["summary"]:
            report.append(ReportEntry(path, line, "unplaced", f"a second summary of level {level['id']}",
                                      more["summary"]))
    if "description" in more and more["description"] != level.get("description"):
        # What each page says of the level (its experience on one, who holds it on another): all of it,
        # where the format puts it (after the summary).
        said = f"{level['description']}\n\n{more['description']}" if "description" in level else more["description"]
        before = "summary" if "summary" in level else "title"
        items = [(key, value) for key, value in level.items() if key != "description"]
        level.clear()
        for key, value in items:
            level[key] = value
            if key == before:
                level["description"] = said
    for dimension, text in more.get("dimensions", {}).items():
        summaries = level.setdefault("dimensions", {})
        if dimension not in summaries:
            summaries[dimension] = text
        elif summaries[dimension] != text:
            report.append(ReportEntry(path, line, "unplaced", f"a second summary of level {level['id']} in "
                                      f"dimension {dimension}", text))


def _years_in_titles(documents: list[ImportedDocument], report: list[ReportEntry]) -> None:
    """A level's title that ends with the years it asks ('Software Engineer
    (0-2 years)') is the title before them; the years go to the level's
    description, as a line that asks them does, and never order or name the
    level. Where the years are all that tells two levels' titles apart
    ('Engineer (0-2 years)', 'Engineer (2-4 years)'), they stay in them
    (and are reported): the same title twice would name neither level."""
    shortened = [(document, level, years_in_title(level.title)) for document in documents for level in document.levels]
    # Each title a level would have -> the titles it stands for; one level on several pages is one title.
    titled: dict[str, set[str]] = {}
    for _, level, found in shortened:
        titled.setdefault(level_key(found[0] if found else level.title), set()).add(level_key(level.title))
    for document, level, found in shortened:
        if found is not None:
            if len(titled[level_key(found[0])]) == 1:
                level.title = found[0]
                level.describe(level.line, found[1])
            else:
                report.append(ReportEntry(document.path, level.line, "unplaced", NO_BEHAVIOUR[0], found[1]))


def _undecorated(document: ImportedDocument) -> None:
    """Every name of the framework without its decoration ('🏆 Results' is
    'Results'), as the framework's own name is: the names match across
    pages whichever of them wear an emoji, and read as their ids do."""
    if document.name:
        document.name = without_decoration(document.name)
    if document.track:
        document.track = without_decoration(document.track)
    for dimension in document.dimensions:
        if dimension.name:
            dimension.name = without_decoration(dimension.name)
        for competency in dimension.competencies:
            if competency.name:
                competency.name = without_decoration(competency.name)
    for level in document.levels:
        level.title = without_decoration(level.title)


def _level_data(
    identifier: str,
    level: ImportedLevel,
    mapping: dict[int, _Competency],
    dimension_of: dict[int, _Dimension],
    document: ImportedDocument,
    report: list[ReportEntry],
    beyond: list[tuple[dict[str, Any], str]] | None = None,
) -> dict[str, Any]:
    """A level's data; ``beyond`` gathers its cells blank above a competency's
    last statements, each with the reason a cumulative framework gives them."""
    data: dict[str, Any] = {"id": identifier, "title": level.title or identifier}
    if level.summary:
        data["summary"] = as_read(level.summary, document.plain_text)  # as a statement's links are written
    if level.description:
        data["description"] = as_read(level.description, document.plain_text)
    summaries: dict[str, str] = {}
    for dimension, text in level.dimension_summaries:
        merged = dimension_of[id(dimension)]
        text = as_read(text, document.plain_text)
        summaries[merged.id] = summaries[merged.id] + "\n\n" + text if merged.id in summaries else text
    if summaries:
        data["dimensions"] = summaries
    cells: dict[str, Any] = {}
    for cell in level.cells:
        competency = mapping[id(cell.competency)]
        said = [s for s in cell.statements if not is_blank(s.text)]  # a cell of no-break spaces says nothing
        if cell.proficiency and competency.id not in cells:
            # A skills matrix's cell: the proficiency the level expects, with what else the cell says.
            rated: dict[str, Any] = {"statements": [_statement_data(s, document.plain_text) for s in said]} if said else {}
            rated["proficiency"] = slug(cell.proficiency)
            if cell.note:
                rated["note"] = as_read(cell.note, document.plain_text)
            cells[competency.id] = rated
            continue
        if cell.not_applicable and not said and competency.id not in cells:
            cells[competency.id] = {"not_applicable": cell.not_applicable}
            if cell.nothing_beyond and beyond is not None:
                beyond.append((cells[competency.id], cell.nothing_beyond))
            continue
        if not said:
            continue
        items = [_statement_data(s, document.plain_text) for s in said]
        if competency.id in cells:  # two headings matched one competency
            if not competency.joins:  # the parts of a joined name (Agility, Innovation) are said once
                report.append(ReportEntry(document.path, cell.statements[0].line, "notice",
                                          f"statements under a second '{competency.name}' heading joined to the "
                                          "first"))
            existing = cells[competency.id]
            if isinstance(existing, list):
                existing.extend(items)
            elif "not_applicable" in existing:
                cells[competency.id] = items  # the second heading says what the first said did not apply
            else:  # a proficiency, or statements with a note
                existing.setdefault("statements", []).extend(items)
        else:
            cells[competency.id] = items
        if cell.note:
            current, note = cells[competency.id], as_read(cell.note, document.plain_text)
            if isinstance(current, list):
                cells[competency.id] = {"statements": current, "note": note}
            else:
                current["note"] = f"{current['note']}\n\n{note}" if "note" in current else note
    data["competencies"] = cells
    return data


def as_read(text: str, plain: bool = False) -> str:
    """A text of the documents as a reader sees it: its emphasis without
    the markers, its links as `check --fix` writes them (LL510). What the
    Markdown says is written in the framework's plain text; a link to a
    place on the same page ('[lifecycle](#glossary)') or another page of
    the site ('[the guide](../guide.md)') is its words, as a wiki's link
    is. A ``plain`` text (ImportedDocument.plain_text) is read already."""
    if plain:
        return text
    return links_as_text(emphasis_as_text(text))


def _statement_data(statement: ImportedStatement, plain: bool = False) -> Any:
    text = as_read(statement.text, plain)
    said: dict[str, Any] = {"id": statement.id} if statement.id else {}
    if statement.examples:
        return {**said, "text": text, "examples": [as_read(example, plain) for example in statement.examples]}
    return {**said, "text": text} if said else text


def _dimension_data(dimension: _Dimension) -> dict[str, Any]:
    data: dict[str, Any] = {"id": dimension.id, "name": dimension.name}
    if dimension.description:
        data["description"] = as_read(dimension.description)
    data["competencies"] = []
    for competency in dimension.competencies:
        item: dict[str, Any] = {"id": competency.id, "name": competency.name}
        if competency.description:
            item["description"] = as_read(competency.description)
        data["competencies"].append(item)
    return data


#: How the report says that the import found no organisation's name (and wrote the placeholder).
UNNAMED_ORGANISATION = "nothing in the documents says whose framework this is"


def _organisation(documents: list[ImportedDocument], options: Options, report: list[ReportEntry]) -> str:
    from .organisation import PLACEHOLDER

    if options.organisation:
        return options.organisation
    found = {d.organisation for d in documents if d.organisation}
    if len(found) > 1:
        names = ", ".join(f"{d.organisation} ({os.path.basename(d.path)})" for d in documents if d.organisation)
        raise ImportFailure(documents[0].path, f"the documents name different organisations: {names}; "
                                               "pass --org NAME to say whose framework this is")
    if found:
        return found.pop()
    guesses = [(d.organisation_guess, d) for d in documents if d.organisation_guess is not None]
    taken = [(g, d) for g, d in guesses if g.taken]
    if taken:
        best, document = min(taken, key=lambda pair: (pair[0].rank, pair[1].path))
        report.append(ReportEntry(document.path, 1, "notice", f"the organisation is '{best.name}', from {best.reason}; "
                                                              "set it with --org NAME if that is wrong"))
        return best.name
    # A name that is no evidence alone is said, for a person to decide.
    passing = "".join(f" ({os.path.basename(d.path)}: {g.reason})" if len(documents) > 1 else f" ({g.reason})"
                      for g, d in sorted(guesses, key=lambda pair: pair[1].path))
    report.append(ReportEntry(*about_all(documents), "notice", f"{UNNAMED_ORGANISATION}: "
                                                                f"the organisation is '{PLACEHOLDER}', which `ladderlint check` reports (LL406) "
                                                                f"until it is set: set it with --org NAME{passing}"))
    return PLACEHOLDER


#: Words of a framework's name that are not its track.
_GENERIC = FRAMEWORK_WORDS | frozenset("the a an of our your".split())


_POSSESSIVE_END = lazy(r"['’]s?$")


def _names_a_field(track: str) -> bool:
    """Whether a track's words name a role or a discipline ('Engineering',
    'Backend', 'Product Manager', 'SRE'): one of its words is a field's, a
    role's noun or the short form of one; 'Templates' and 'Pillars' are not."""
    # A possessive is its noun: "Engineer's" names the role.
    said = [without_possessive(w) for w in words(track)]
    return any(w in FIELDS or w in TITLE_NOUNS or w in ROLE_ABBREVIATIONS or role_noun(w)
               for w in said)


def _track_from_name(name: str | None, organisation: str) -> str:
    """The track a framework's name implies once the organisation and the
    generic words are gone ('The Artsy Engineering Ladder' -> 'Engineering')."""
    own = {w.casefold() for w in organisation.split()}
    said = (name or "").split()
    kept = [w.casefold() not in _GENERIC
            and _POSSESSIVE_END.sub("", w.casefold()) not in own  # 'Artsy's', 'Mews', '37signals'
            and any(ch.isalpha() for ch in w) for w in said]  # not the '-' of 'Career Ladder - Acme'
    # A small word that joins two words kept stays: 'Rent the Runway', not 'Rent Runway'.
    words = [w for n, w in enumerate(said) if kept[n] or (
        w.casefold() in NAME_JOINS and 0 < n < len(said) - 1 and kept[n - 1] and kept[n + 1])]
    # A word that joined generic ones is left hanging ('Engineering Levels and Titles' -> 'Engineering').
    while words and words[-1].casefold() in _JOINING:
        words.pop()
    while words and words[0].casefold() in _JOINING:
        words.pop(0)
    return " ".join(words) or "Engineering"


#: Words that join a name's parts: at its start or end once the generic words are gone, they join nothing.
_JOINING = frozenset("and or for in at with to by vs".split())


def _joined(first: str, second: str) -> str:
    """Two names one after the other, without saying a word twice
    ('Dropbox' + 'Dropbox Engineering' is 'Dropbox Engineering'); after a
    framework's title, a colon ('Engineering Levels: Management')."""
    if second.casefold().startswith(first.casefold()):
        return second
    if first.casefold().endswith(second.casefold()):
        return first
    titled = len(first.split()) > 2 or first.split()[-1].casefold() in _GENERIC
    return f"{first}: {second}" if titled else f"{first} {second}"


def _default_id(output: str | None, organisation: str, track: str) -> str:
    if output and output != "-":
        stem = os.path.splitext(os.path.basename(output))[0]
        if slug(stem):
            return slug(stem)
    return slug(f"{organisation} {track}") or "framework"


def _glossary(documents: list[ImportedDocument], report: list[ReportEntry]) -> dict[str, str]:
    """The documents' terms in the order they define them (a glossary's own order, which the
    format keeps as written)."""
    glossary: dict[str, str] = {}
    for document in documents:
        for term, definition in document.glossary.items():
            clash = define(glossary, term, definition)
            if clash is not None:
                report.append(ReportEntry(document.path, 1, "unplaced", clash, definition))
    return glossary


def define(glossary: dict[str, str], term: str, definition: str) -> str | None:
    """Put a term's definition in a glossary, the first of two different
    ones kept; what the report says of the second, or None."""
    if glossary.setdefault(term, definition) != definition:
        return f"a second definition of '{term}'; the first one is kept"
    return None
