"""LL512 spelling: the dictionary, the framework's own words, the built-in
engineering terms, and the project's vocabulary (accept and reject lists)."""

from __future__ import annotations

import gzip
import hashlib
import importlib.metadata
import importlib.util
import os
import re
from pathlib import Path

import pytest

from ladderlint.dictionary import Dictionary, english, forms
from rule_helpers import at, findings, framework, framework_yaml
from ladderlint.rules.ll512_spelling import Spelling


OWN_WORDS = "project's own words: a file accept.txt in the folder the `vocabulary` setting names"


def words_reported(statements, **kwargs):
    return [v.message.split("'")[1] for v in Spelling().check_frameworks([framework(framework_yaml(statements, **kwargs))])]


def test_misspellings_found_in_real_frameworks_are_reported_at_the_word(cli, write):
    statements = [
        "I ask for clraification when a task is unclear",
        "I deliver witihn my team",
        "Contantly improves the code",
        "I indientify risks early",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL512") == [
        f"{path}:{at(0, statements[0], 'clraification')}: LL512 [warning] 'clraification' is not in the dictionary, "
        "nor a word the framework uses elsewhere; did you mean 'clarification'? (if it is right, add it to the "
        f"{OWN_WORDS})",
        f"{path}:{at(1, statements[1], 'witihn')}: LL512 [warning] 'witihn' is not in the dictionary, nor a word "
        "the framework uses elsewhere; did you mean 'within'? (if it is right, add it to the "
        f"{OWN_WORDS})",
        f"{path}:{at(2, statements[2], 'Contantly')}: LL512 [warning] 'Contantly' is not in the dictionary, nor a "
        "word the framework uses elsewhere; did you mean 'Constantly'? (if it is right, add it to the "
        f"{OWN_WORDS})",
        f"{path}:{at(3, statements[3], 'indientify')}: LL512 [warning] 'indientify' is not in the dictionary, nor "
        f"a word the framework uses elsewhere (if it is right, add it to the {OWN_WORDS})",
    ]


@pytest.mark.parametrize("statement", [
    "I prioritise the organisation's behaviours and licence",  # British spellings
    "I reprioritised and modularised the travelled roadmaps",  # inflected and prefixed forms
    "I own the runbook, the SLOs and the on-call rota; KTLO work and PagerDuty too",  # engineering terms
    "I use Kubernetes and learn from Dropbox",  # names inside a sentence
    "I read https://example.com/zzqx and run `kubectl rollout zzqx`",  # addresses and code
    "I write post-mortems and how-to guides",  # compounds
    "I write how-tos and keep the go-tos of the team",  # plurals of compounds
    "I am committing, occurring, visiting and benefiting",  # consonants doubled, or not, as English does
    "I won't overthink it",
    # Words published ladders use that the general dictionary lacks.
    "I manage my wellbeing, seek disconfirming evidence and am the de facto owner",
    "I uplevel the team, run meetups and trace syscalls",
    "Mentorship is not a checkbox; I make transformative changes",
    "I favour inclusivity over incrementalism, organisationally, in any timeframe",
    # Names after a bracket or 'e.g.', and a name alone as a statement.
    "I flag areas of risk (Kaizen) and know each department, e.g. Cardio or Payments",
    "Peakon",
    # Found in published ladders: engineering words, phrases of Latin, and the
    # particle of a person's name.
    "I support failovers, review diffs, build serverless codegen and read the runtime logs",
    "I operationalize fixes, draw wireframes and review agentic workflows",
    "I timebox spikes, step through breakpoints and embed an iframe",
    "I keep latency low for services under bursty load",
    "I challenge the status quo, a priori, and in bona fide ways",
    "I follow the example of Franz von Holzhausen and Ludwig van Beethoven",
    # Monzo's executive support framework (MIT): a product named in lower case; a library with a hyphen.
    "Can create gmail inbox mgmt. system for exec",
    "I train models with scikit-learn",
    # Platforms and acronyms written in lower case, as notes and chat write them.
    "I set up logins with okta, ship to ios and macos, run uat, and write a poc in vscode for the roi",
])
def test_words_of_english_engineering_and_names_are_not_reported(statement):
    assert words_reported([statement]) == []


def test_words_of_data_science_ladders_are_not_reported():
    # A data scientist's ladder (a report-only trial): "heatmap" is a chart, not a typo.
    assert words_reported(["I write explores that stakeholders use for cohort and heatmap analyses, and read heatmaps"]) == []


@pytest.mark.parametrize("statement", [
    # Spelt the British way at the start of the word, not only at its end.
    "I am sceptical of untested claims and challenge scepticism with data",
    "I reconcile cheques, know each speciality and their specialities, and ship paediatric apps",
    # The words of the disciplines beside engineering that ladders are written for.
    "I run design crits, fix the jank in animations and add haptic feedback with clear affordances",
    "I test the screens I build with assistive technologies such as screen readers",
    "I choose frequentist or Bayesian methods and handle heteroscedasticity when upsampling",
    "I detect exfiltration, triage vulns and rotate the keystore",
    "I spot upsell opportunities, support my coachees and lead through a reorg",
    # Words of everyday work that the general dictionary lacks.
    "I run webinars, plan the cutover of the signup and logout flows, and use emojis sparingly",
    "I know queueing theory, grow the team's toolset and the cybersecurity of our apps",
    "I support each reviewee, and I bring FinOps and DataOps practices to the platform",
    # British inside a word and in "-re" after "b" or "g", and "ll" before "-ous" and "-en".
    "I hire engineers of high calibre, without favouritism, from the neighbourhood and beyond",
    "I make do with meagre budgets, run fibre to the office, and do a marvellous job behaviourally",
])
def test_british_stems_and_the_words_of_other_disciplines_are_words(statement):
    assert words_reported([statement]) == []


def test_a_misspelt_british_stem_is_still_reported():
    assert words_reported(["I am sceptcal of untested claims"]) == ["sceptcal"]
    assert words_reported(["I hire engineers of high calibr and do a marvelllous job"]) == ["calibr", "marvelllous"]


def test_a_long_run_of_letters_is_reported_once_by_its_start():
    # A pasted hash or text that lost its spaces: no word is one edit from it, and none two run together;
    # its readings grew with the square of its length (3,000 letters took 20 s, 40,000 minutes).
    run = "x" * 3000
    [message] = [v.message for v in Spelling().check_frameworks([framework(framework_yaml([f"Writes {run} tests"]))])]
    assert message.startswith("'xxxxxxxx") and "…' is not in the dictionary" in message
    assert len(message) < 400 and "did you mean" not in message
    assert english().suggestion(run) is None and not english().compound(run)
    assert english().run_together("x" * 500 + "the") is None
    # Long words of the dictionary, and two run together, are still read as before.
    assert english().suggestion("pneumonoultramicroscopicsilicovolcanoconiosiss") \
        == "pneumonoultramicroscopicsilicovolcanoconiosis"
    assert english().run_together("responsibilitiesof") == "responsibilities of"
    assert english().run_together("throughdocumentation") == "through documentation"


def test_units_of_time_after_a_number_are_words():
    statements = ["Responds within 4 hrs, keeps FRT under 2 hrs and replies within 1 hr",
                  "Has 3+ yrs of experience and plans 2-3 wks ahead in a 6 mth roadmap"]
    assert words_reported(statements) == []
    # Not after a number: a short form like any other word.
    assert words_reported(["Logs the hrs spent on each ticket"]) == ["hrs"]


def test_units_of_a_measure_after_a_number_are_words():
    statements = ["Serves 10k rps at a p99 under 200 ms, and keeps the database under 2k iops",
                  "Keeps scrolling at 60 fps on old phones and the pipeline at 500 qps on 4 vcpus"]
    assert words_reported(statements) == []
    # Not after a number, nor a typo that looks like a unit.
    assert words_reported(["Measures the rps of each service", "Serves 10k rqs"]) == ["rps", "rqs"]


def test_debris_and_filler_other_rules_report_are_not_misspellings(cli, write):
    statements = ["Mentors staff engineers&nbsp;and managers &mdash; alike",
                  "Lorem ipsum dolor sit amet, consectetur adipiscing elit"]
    path = write("f.yaml", framework_yaml(statements))
    run = cli("check", "--format", "concise", "--fail-on", "never", "--select", "LL406,LL504,LL512", str(path))
    codes = [line.split(": ")[1].split()[0] for line in run.lines[:-1]]
    assert codes == ["LL504", "LL406"]
    # A word after an ampersand that is no entity is still read.
    assert words_reported(["Owns R&recieve and Q&A"]) == ["recieve"]


def test_a_name_of_the_trade_misspelt_inside_a_sentence_is_reported(cli, write):
    statements = ["Deploys to Kuberentes every day and tracks work in Jria",
                  "Writes Python daily, and reviews the Pyhton of others"]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL512") == [
        f"{path}:{at(0, statements[0], 'Kuberentes')}: LL512 [warning] 'Kuberentes' is not in the dictionary, nor a "
        f"name the framework uses elsewhere; did you mean 'Kubernetes'? (if it is right, add it to the {OWN_WORDS})",
        f"{path}:{at(0, statements[0], 'Jria')}: LL512 [warning] 'Jria' is not in the dictionary, nor a name the "
        f"framework uses elsewhere; did you mean 'Jira'? (if it is right, add it to the {OWN_WORDS})",
        f"{path}:{at(1, statements[1], 'Pyhton')}: LL512 [warning] 'Pyhton' is not in the dictionary, nor a name the "
        f"framework uses elsewhere; did you mean 'Python'? (if it is right, add it to the {OWN_WORDS})",
    ]


def test_a_name_of_the_trade_that_english_also_has_misspelt_is_reported(cli, write):
    # Docker, Terraform and Python are English words too, so no list of
    # terms the dictionary lacks holds them; their slips are still slips.
    statements = ["Provisions infrastructure with Terrafrom and builds images with Dcoker",
                  "Writes Pyhton scripts and runs them on Jeknins"]
    path = write("f.yaml", framework_yaml(statements))
    meant = [line.split("did you mean ")[1].split("?")[0] for line in findings(cli, path, select="LL512")]
    assert meant == ["'Terraform'", "'Docker'", "'Python'", "'Jenkins'"]


def test_a_name_one_slip_from_an_english_word_that_names_no_tool_is_left_alone():
    # "Shapley" is one swap from "shapely", "Thorne" from "throne": names of their own.
    assert words_reported([
        "Explains models with Shapley values and designs in Figma",
        "Works from the Thorne office and reads Redner on rendering",
    ]) == []


def test_a_misspelt_name_is_told_in_the_casing_of_the_term_list(cli, write):
    statements = ["Writes Javascirpt and deploys to Kubernetse"]
    path = write("f.yaml", framework_yaml(statements))
    meant = [line.split("did you mean ")[1].split("?")[0] for line in findings(cli, path, select="LL512")]
    assert meant == ["'JavaScript'", "'Kubernetes'"]


def test_a_name_misspelt_in_several_places_is_told_one_way(cli, write):
    # Inside a sentence or where one starts, a typo copied is said to be one.
    statements = ["Uses Pyhton and Python", "Writes Pyhton scripts", "Uses Kubernetes. Pyhton is used too"]
    path = write("f.yaml", framework_yaml(statements))
    found = findings(cli, path, select="LL512")
    said = "LL512 [warning] 'Pyhton' is not in the dictionary, and one slip of the hand from 'Python': a typo " \
        f"copied to all 3 places it is in? (if it is right, add it to the {OWN_WORDS})"
    assert found == [f"{path}:{at(i, s, 'Pyhton')}: {said}" for i, s in enumerate(statements)]


def test_names_that_are_no_slip_of_a_known_name_are_left_alone():
    # Products and places named as they are, even one letter from a word or a term.
    assert words_reported([
        "Designs in Figma, records in Loom, and deploys with Vercel, Netlify and Fastly",
        "Works from our Paris office with Peakon, Flickr and Digg",
        "Knows Kubernetes, and pairs with the Kubernetes team",
    ]) == []


def test_computer_science_and_tooling_terms_are_words():
    """Data structures, package managers and build tools, protocols and
    formats, and their forms (trial-16: deque, tuple, npm, hashtables)."""
    assert words_reported([
        "Uses a stack, a queue and a deque correctly",
        "Returns a tuple where a class would be overkill",
        "Manages dependencies with npm",
        "Explains how hashtables handle collisions",
        "Guards shared state with mutexes and enqueues jobs in order",
        "Builds the web client with webpack and the mobile client with gradle",
        "Designs grpc services and documents the yaml files they read",
        "Serves assets gzipped, or compressed with brotli or zstd, and encodes events with msgpack",
        # A type's parameters, a namespace and its members.
        "Prefers std::vector<int> to raw arrays, and Map<int, Order> to nested lists",
        "Uses std::move where it helps, and knows when to call thru::plgz",
    ]) == []


def test_a_term_that_would_hide_a_typo_is_not_built_in():
    """The built-in terms leave out names that a slip of the hand makes of a
    word frameworks write ('trie' of 'true', 'struct' of 'strict'), and a
    term misspelt is still reported."""
    assert words_reported(["I trie my best and keep struct deadlines", "I return a tupple from a dequeu"]) == [
        "trie", "struct", "tupple", "dequeu",
    ]


@pytest.mark.parametrize(("statement", "typo"), [
    # Tools, commands and terms of ordinary engineering ladders, each beside a true typo.
    ("I schedule cron jobs and recieve their alerts", "recieve"),
    ("I debug pods with kubectl and back up etcd, and priortize the fixes", "priortize"),
    ("I retry with exponential backoff behind nginx and write recomendations", "recomendations"),
    ("I tune postgres and redis, and test with pytest, eslint and mypy; I alwasy do", "alwasy"),
    ("I model data in dbt, build datadog dashboards and write an upsert; I recieve reviews", "recieve"),
    ("I own the signoff and the teardown, run evals on gpus and write the premortem; I'm commited", "commited"),
    ("I lead with Terraform, ansible and argocd in gcp, and report to the recieving team", "recieving"),
    ("I welcome neurodivergent and neurodiverse colleagues; I practise allyship and accomodate needs",
     "accomodate"),
])
def test_engineering_tools_and_terms_are_words_but_a_typo_beside_them_is_not(statement, typo):
    assert words_reported([statement]) == [typo]


def test_a_typo_beside_a_built_in_tool_keeps_its_suggestion():
    found = Spelling().check_frameworks([framework(framework_yaml(["I run cron jobs and write recomendations"]))])
    assert [v.message for v in found] == [
        "'recomendations' is not in the dictionary, nor a word the framework uses elsewhere; did you mean "
        f"'recommendations'? (if it is right, add it to the {OWN_WORDS})",
    ]


def test_a_tool_one_slip_from_a_word_frameworks_write_is_not_built_in():
    # "cors" is "core" with a key beside it struck, "systemd" is "systems", "adr" is "add".
    assert words_reported(["I own the cors services", "I design systemd that scale", "I adr value",
                           "I aws there", "iam ready"]) == ["cors", "systemd", "adr", "aws", "iam"]


@pytest.mark.parametrize(("statement", "typo"), [
    # A prefix is no word of its own; the word after it is read with it ("premortems").
    ("Runs pre-mortems for major launches and de-scopes features, and recieves feedback", "recieves"),
    ("I plan pre-onboarding tasks for every new hire and help them acheive their goals", "acheive"),
    ("I run the pre-IPO audit and write the reccomendations", "reccomendations"),
    ("I write pre-rollout checks and keep them upto date", "upto"),
    ("I replace tri-state flags with enums and document the desicion", "desicion"),
    # Prefixes the dictionary holds as words, and forms it spells as one, as before.
    ("I write post-rollout notes, set non-goals and design multi-region services for the bussiness", "bussiness"),
    ("I lead cross-team work, mid-sprint checks and anti-patterns reviews seperately", "seperately"),
    ("I co-own the roadmap, re-architect the pipeline and avoid over-engineering; I'm commited", "commited"),
])
def test_a_prefix_joined_by_a_hyphen_is_read_with_the_word_after_it(statement, typo):
    assert words_reported([statement]) == [typo]


def test_a_typo_after_a_prefix_or_in_it_is_still_reported():
    assert words_reported(["Runs pre-mortems and pre-lanuch reviews, and de-scopes featurs"]) == ["lanuch", "featurs"]
    assert words_reported(["I run a prre-launch review"]) == ["prre"]


@pytest.mark.parametrize("word", [
    "recoginses",  # "re" + "co" + "gins" + "es": a prefix read before another prefix
    "recats",  # "re" + "cats", but "reacts" with two letters swapped
])
def test_a_typo_that_reads_as_a_prefix_and_pieces_is_no_word(word):
    assert not english().knows(word)


@pytest.mark.parametrize("word", [
    "reassigns", "rearchitected", "coowns", "deprioritises", "subteams", "overcommunicates", "rescoping",
    "nonblocking", "coleads", "replatforming", "underinvest", "rebalances",
])
def test_a_word_made_with_one_prefix_is_a_word(word):
    assert english().knows(word)
    assert words_reported([f"I {word} it, co-own the work, lead cross-functional teams and onboards hires"]) == []


def test_a_typo_copied_to_two_places_is_not_offered_as_the_fix_of_another():
    # inDrive's Recognises mistyped twice, and once more otherwise: each is told the word meant.
    found = Spelling().check_frameworks([framework(framework_yaml(
        ["Recoginses the key elements of security", "He recoginses risks", "Recogises the key elements",
         "Priortises the work of the team"]))])
    assert [(v.message.split("'")[1], v.message.split("'")[3]) for v in found] == [
        ("Recoginses", "Recognises"), ("recoginses", "recognises"), ("Recogises", "Recognises"),
        ("Priortises", "Prioritises")]


def test_a_name_particle_outside_a_name_is_still_checked():
    assert words_reported(["I follow the von rules of the team"]) == ["von"]


def test_the_frameworks_own_words_are_its_vocabulary():
    # "Zorbing" is a competency's name; "flurbs" is used twice.
    assert words_reported(["I zorb well", "I ship flurbs", "I review flurbs"]) == ["zorb"]
    text = framework_yaml(["I zorb well"]).replace("name: Organizational Health", "name: Zorb Health")
    assert [v.message for v in Spelling().check_frameworks([framework(text)])] == []


def test_the_vocabulary_accepts_and_rejects_words(cli, write, tmp_path):
    write("vocab/accept.txt", "# our words\nzorb\n(?i)flurb(s)?\n")
    write("vocab/reject.txt", "utilize\n")
    write(".ladderlint.yaml", "vocabulary: vocab\n")
    statements = ["I zorb and Flurbs daily", "I utilize the tools", "I ask for clraification"]
    write("f.yaml", framework_yaml(statements))
    run = cli("check", "--format", "concise", "--select", "LL512", "f.yaml", cwd=tmp_path)
    assert run.lines[:-1] == [
        f"f.yaml:{at(1, statements[1], 'utilize')}: LL512 [warning] 'utilize' is on the reject list of the "
        "vocabulary (vocab); use another word",
        # An unknown word: the message names the file to list it in.
        f"f.yaml:{at(2, statements[2], 'clraification')}: LL512 [warning] 'clraification' is not in the dictionary, "
        "nor a word the framework uses elsewhere; did you mean 'clarification'? (if it is right, add it to "
        "vocab/accept.txt)",
    ]


@pytest.mark.parametrize(("files", "message"), [
    ({}, ".ladderlint.yaml:1:13: vocabulary: vocab: no such directory (it should hold accept.txt and reject.txt)"),
    ({"vocab/other.txt": "x\n"}, ".ladderlint.yaml:1:13: vocabulary: vocab: holds neither accept.txt nor reject.txt"),
    ({"vocab/accept.txt": "ok\nbad(\n"},
     ".ladderlint.yaml:1:13: vocabulary: vocab/accept.txt:2: 'bad(' is not a valid pattern: missing ), unterminated "
     "subpattern at position 3"),
    # A word list saved in a Windows encoding: where, as for a framework.
    ({"vocab/accept.txt": "ok\ncaf\u00e9\n".encode("cp1252")},
     ".ladderlint.yaml:1:13: vocabulary: vocab/accept.txt:2:4: file is not valid UTF-8: byte 0xe9 cannot be "
     "decoded; save it as UTF-8 (it is probably in an older encoding such as Windows-1252 or Latin-1)"),
    ({"vocab/accept.txt": "ok\n".encode("utf-16")},
     ".ladderlint.yaml:1:13: vocabulary: vocab/accept.txt:1:1: file is encoded as UTF-16; save it as UTF-8"),
])
def test_a_vocabulary_that_cannot_be_read_is_a_configuration_error(cli, write, tmp_path, files, message):
    for name, content in files.items():
        write(name, content)
    write(".ladderlint.yaml", "vocabulary: vocab\n")
    path = write("f.yaml", framework_yaml(["I lead"]))
    run = cli("check", str(path), cwd=tmp_path)
    assert run.exit_code == 2
    assert run.stderr == f"ladderlint: error: {message}\n"


def test_british_and_inflected_forms():
    assert "organization" in forms("organisation")
    assert "maneuver" in forms("manoeuvre")
    assert "plan" in forms("planning")
    assert all(english().knows(w) for w in ("colour", "judgement", "analysed", "cancelled", "programme"))
    assert not english().knows("clraification")


def _shipped_dictionary() -> bytes:
    import ladderlint

    return (Path(ladderlint.__file__).parent / "data" / "english.json").read_bytes()


def test_the_shipped_dictionary_is_sorted_as_the_binary_search_needs():
    lines = _shipped_dictionary().decode("utf-8").split("\n")[1:-1]
    keys = [line[: line.find('":') + 1] for line in lines]
    assert len(keys) > 100_000 and keys == sorted(keys)


def test_the_shipped_dictionary_is_pyspellchecker_s_own_list():
    """data/english.json is pyspellchecker's en.json.gz, uncompressed, at
    the version its licence file names (tools/vendor_dictionary.py)."""
    import ladderlint

    notice = (Path(ladderlint.__file__).parent / "data" / "english.json.license").read_text(encoding="utf-8")
    version = re.search(r"version (\S+)", notice)
    digest = re.search(r"SHA-256: ([0-9a-f]{64})", notice)
    assert version and digest and "MIT License" in notice
    shipped = _shipped_dictionary()
    assert hashlib.sha256(shipped).hexdigest() == digest.group(1)
    if importlib.metadata.version("pyspellchecker") != version.group(1):
        pytest.skip("another pyspellchecker than the one the list was copied from")
    spec = importlib.util.find_spec("spellchecker")
    assert spec is not None and spec.origin
    with gzip.open(os.path.join(os.path.dirname(spec.origin), "resources", "en.json.gz")) as f:
        assert f.read() == shipped


def test_dictionary_lookups_and_suggestions_on_a_small_list():
    dictionary = Dictionary('{\n"apple": 10,\n"apply": 30,\n"team": 5\n}')
    assert dictionary.exact("apple") and dictionary.exact("team") and not dictionary.exact("tea")
    assert dictionary.knows("applied") and dictionary.knows("teams")
    assert dictionary.suggestion("appla") == "apply"  # both one edit away: the more frequent
    assert dictionary.suggestion("zzzz") is None


@pytest.mark.parametrize("written, meant", [
    ("commiting", "committing"), ("occuring", "occurring"), ("refering", "referring"), ("begining", "beginning"),
    ("submiting", "submitting"), ("controling", "controlling"), ("occurence", "occurrence"),
])
def test_an_inflection_without_its_doubled_consonant_is_a_misspelling(written, meant):
    assert words_reported([f"I am {written} to the plan"]) == [written]
    assert english().suggestion(written) == meant


@pytest.mark.parametrize("written, meant", [
    # A final "e" dropped before an ending that starts with a consonant.
    ("managment", "management"), ("statment", "statement"), ("requirment", "requirement"),
    ("improvment", "improvement"), ("measurment", "measurement"), ("statments", "statements"),
    # Kept where the dictionary drops it, dropped where it keeps it.
    ("knowledgable", "knowledgeable"),
    # "-ement" is British only after a soft "dg" (judgement), not in "developement".
    ("developement", "development"),
    # A letter doubled or undoubled: a prefix or an ending seems to explain the rest.
    ("assesment", "assessment"), ("untill", "until"),
    # A form of an entry the dictionary holds from a word list only ('issus'),
    # or of a name ('jude'), that an ending cannot make a word of.
    ("issuses", "issues"), ("judement", "judgment"),
    # Spelt otherwise at the joint of a word and its ending than the
    # dictionary spells it: two letters swapped, or a vowel kept.
    ("thier", "their"), ("arguement", "argument"), ("truely", "truly"), ("explaination", "explanation"),
])
def test_a_common_misspelling_is_no_form_of_another_word(written, meant):
    assert words_reported([f"I identify the {written} issues early"]) == [written]
    assert not english().knows(written) and english().suggestion(written) == meant


@pytest.mark.parametrize(("written", "meant"), [
    # The one who does it, which the dictionary spells with "-or".
    ("superviser", "supervisor"), ("investers", "investors"), ("collaboraters", "collaborators"),
    # "-ible" and "-ically" words written with the other ending.
    ("accessable", "accessible"), ("basicly", "basically"),
    # "-ar" words written with "-er".
    ("grammer", "grammar"), ("similer", "similar"),
])
def test_a_word_written_with_the_rival_of_its_ending_is_misspelt(written, meant):
    found = Spelling().check_frameworks([framework(framework_yaml([f"I work with the {written} of the team"]))])
    assert [v.message.split(";")[1].split("?")[0] for v in found] == [f" did you mean '{meant}'"]


@pytest.mark.parametrize(("statement", "meant"), [
    # The space lost between two words, one of them a word of grammar: offered first.
    ("I share my learnings from those failureswith others", "'failures with'"),
    ("I execute onlarge programs", "'on large' or 'enlarge'"),
    # Not "lot" as well: the same reading, short of a word.
    ("I write alot of tests", "'a lot'"),
    ("I review code aswell as designs", "'as well' or 'swell'"),
    # Not so made: the edit alone.
    ("I identify the maintenace issues early", "'maintenance'"),
])
def test_two_words_run_together_are_offered_as_two(statement, meant):
    found = Spelling().check_frameworks([framework(framework_yaml([statement]))])
    assert [v.message.split("; did you mean ")[1].split("?")[0] for v in found] == [meant]


def test_a_word_english_spells_with_either_ending_or_with_its_own_is_a_word():
    assert words_reported([
        "I am an adviser and a protester, a manager of managers and an advisor",
        "I keep manageable, visible and publicly reachable services, and work basically alone",
    ]) == []
    # "editors": the word meant in "-or" is a noun, which a name is not.
    dictionary = Dictionary('{\n"a": 10,\n"edit": 50,\n"editor": 50,\n"editors": 20,\n"review": 60\n}')
    assert dictionary.knows("reviewer") and not dictionary.knows("editer")


def test_forms_whose_joint_a_slip_would_respell_as_another_word_are_words():
    # "compositing" is no "composting" with a vowel kept, nor "simpler" a
    # "simplar"; the joint of a word and an inflection keeps its letters.
    assert words_reported([
        "I own compositing and dueling timers, arguing simpler, truthfully and wholly, for the barbier team",
        "I tell regulars apart from peculiarly argued cases, and explain the explanation",
    ]) == []


def test_forms_made_as_english_makes_them_are_words():
    assert words_reported([
        "I keep the deliverables, toolkits, timelines and backfills of the team, and its happiness",
        "I own management statements, requirements, improvements, assessments and measurements",
        "I use judgement and acknowledgement; I reprioritise, travelled, and read each licence and defence",
        "I plan the planning, and ran impactful, enabling enablement on the applied abilities",
        "I write manageable, agreeable and noticeable code, and keep the engineers' comms open",
    ]) == []
    dictionary = Dictionary('{\n"apply": 30,\n"manage": 40,\n"management": 20,\n"plan": 50,\n"state": 60\n}')
    assert all(dictionary.knows(w) for w in ("managing", "managed", "planning", "applies", "applied", "states"))
    assert not any(dictionary.knows(w) for w in ("managment", "stateing", "applys", "statment"))


def test_words_english_coins_freely_are_words_but_their_slips_are_not():
    # Verbs made of a noun or an adjective, and words made with "super"
    # (InfraCloud's and Findmypast's ladders, among others).
    assert words_reported([
        "I strategize with my manager and strategise with my team",
        "I productionise prototypes, tokenized the inputs and containerize services",
        "I act only where the work is supercritical",
    ]) == []
    # One letter from a word of the dictionary: a slip, not a coinage.
    assert words_reported(["I summerize the plan, analize the data and supercede the old process"]) == [
        "summerize", "analize", "supercede",
    ]


def test_a_coined_verb_one_letter_from_a_word_in_its_ending_is_still_a_word():
    # "productize" is "productive" with its "v" changed, in the ending the
    # coinage adds: another word, not a slip of it.
    assert words_reported([
        "I productize internal tools and productise the platform",
        "I own the productization of the API",
    ]) == []
    # A letter off in the word it is made of is still a slip.
    assert words_reported(["I summerize the plan and supercede the old process"]) == ["summerize", "supercede"]


def test_a_verb_coined_in_ify_is_a_word_as_one_in_ize_is():
    # Monzo's backend framework (MIT): "Leads the refactoring (de-cruftification) of complex systems".
    assert words_reported([
        "I lead the refactoring (de-cruftification) of complex systems",
        "I cruftify nothing and productify the prototypes",
    ]) == []
    # One letter from a word of the dictionary: a slip, not a coinage.
    assert words_reported(["I clasify the issues and justifiy the plan"]) == ["clasify", "justifiy"]


def test_two_words_written_as_one_are_a_word_but_not_two_run_together_or_a_slip():
    assert words_reported([
        "I improve our webshop and the codebase of its webshops",
        "I demo at the hackweek and keep a list of workarounds",
    ]) == []
    # A word of grammar run into the next, and a slip one letter from a word, are still reported.
    assert words_reported(["I learn fromother teams, deliver onlarge projects and am carefull"]) == [
        "fromother", "onlarge", "carefull",
    ]
    # Two words as one are no reading of a word for the rules that tell names from words.
    assert english().compound("webshop") and not english().knows("webshop")


@pytest.mark.parametrize(("written", "meant"), [
    # The double on the wrong letter: two edits, one slip, and no two words written as one
    # ("beg" + "giner", "ref" + "fered").
    ("begginer", "beginner"), ("reffered", "referred"),
    # "-ically" for "-icly", not "public" + "ally".
    ("publically", "publicly"),
])
def test_a_slip_that_reads_as_two_words_written_as_one_is_still_reported(written, meant):
    assert words_reported([f"I am {written} in the team"]) == [written]
    assert english().suggestion(written) == meant


def test_a_noun_made_of_a_verb_and_its_adverb_is_a_word():
    assert words_reported([
        "I speed up lookups, plan the rollups and give shoutouts in the team channel",
        "I own a DNS lookup cache, cost the spinups and hold teardowns after each incident",
    ]) == []
    assert english().phrasal_noun("lookups") and not english().knows("lookups")


def test_a_word_of_grammar_run_into_a_verb_or_a_noun_is_still_reported():
    # "in" and "on" after a verb are a space lost more often than a noun.
    assert words_reported(["I workon the lookups fromother teams and show the failureswith care"]) == [
        "workon", "fromother", "failureswith",
    ]


def test_roman_numerals_that_number_a_list_or_a_chapter_are_no_words_to_check():
    assert words_reported([
        "I (i) plan, (ii) build, (iii) ship and (iv) learn",
        "I know chapters vii and viii of the handbook, and part xiv",
    ]) == []
    # Letters that number nothing are still looked up.
    assert words_reported(["I review the viiii of the team"]) == ["viiii"]


def test_clippings_frameworks_write_are_words():
    assert words_reported(["I give an intro to the admin tools and review config changes"]) == []
    assert words_reported(["I give an inrto to the team"]) == ["inrto"]


def test_a_suggestion_prefers_the_slips_hands_make():
    # 'sucked' (a letter changed) is more frequent; a letter doubled or two swapped is the likelier slip.
    assert (english().suggestion("suceed"), english().suggestion("recieve")) == ("succeed", "receive")
    assert english().suggestion("persue") == "pursue"  # a swap ('peruse') is likelier, but not 24 times rarer
    dictionary = Dictionary('{\n"tea": 50,\n"ten": 90,\n"the": 10\n}')
    assert dictionary.suggestion("teh") == "the"  # two letters swapped, though 'ten' is more frequent


def suggested(statement):
    """What LL512's messages on a statement offer: the words after "did you mean"."""
    found = Spelling().check_frameworks([framework(framework_yaml([statement]))])
    return [v.message.split("did you mean ")[1].split("?")[0] if "did you mean" in v.message else None for v in found]


@pytest.mark.parametrize(("statement", "meant"), [
    # Two letters swapped at the start are a rarer slip than a letter left
    # out: not 'rely', though a swap would make it.
    ("I identify risks erly and flag them", "'early'"),
    ("I ask for help erly", "'early'"),
    # Where the word a first-letter swap makes is far the more frequent, it is offered.
    ("I write hte documentation", "'the'"),
    # A swap after the first letter is still the likelier slip.
    ("I ask questoins early", "'questions'"),
    ("I write teh documentation", "'the'"),
])
def test_a_suggestion_keeps_the_first_letter_before_the_slips_hands_make(statement, meant):
    assert suggested(statement) == [meant]


def test_a_misspelt_possessive_is_found():
    # Monzo's executive support framework (MIT).
    assert words_reported(["Supports the indivudal's in the teams their exec is responsible for"]) == ["indivudal"]


def test_a_framework_written_in_another_language_is_not_spell_checked_in_english():
    portuguese = [
        "Realizar tarefas bem definidas de um projeto e concluí-las em um período de tempo razoável",
        "Participa das revisões de código da equipe e aprende com elas",
        "Entrega projetos da equipe com qualidade e dentro do prazo combinado",
        "Ajuda outras pessoas da equipe a crescer com revisões de código cuidadosas",
    ]
    assert words_reported(portuguese) == []
    # One English statement among them with a typo is still English enough to be wrong in:
    # the language is that of most of the framework's most used words.
    assert words_reported(["I deliver projects for my team with quality and within the agreed time",
                           "I review the code of my team and learn from the reviews",
                           "I help other people of my team grow with careful code reviews",
                           "I ask for clraification when a task is unclear"]) == ["clraification"]


def test_a_framework_in_another_language_that_shares_many_words_with_english_is_not_spell_checked():
    # French writes many words as English does ("production", "services",
    # "incidents"), and its accented words are not looked up: the words of
    # grammar tell the language.
    french = [
        "Livre des fonctionnalités de bout en bout : conception, développement et mise en production.",
        "Se demande « pourquoi ? » avant de se lancer dans une solution.",
        "Partage ses connaissances avec l'équipe ; anime des ateliers.",
        "Réduit le temps de réponse de 20 % sur les services critiques.",
        "Accompagne les nouveaux arrivants pendant leurs trois premiers mois.",
        "Est d'astreinte une semaine sur six et résout les incidents de niveau 2.",
    ]
    assert words_reported(french, voice="third-person") == []
    # A short English framework with the same words is read in English.
    english_too = [
        "Delivers features from end to end: the design, the development and the release to production.",
        "Shares what they know with the team and runs workshops for the services they own.",
        "Resolves the incidents of their services and writes up what they learnt with clraification.",
    ]
    assert words_reported(english_too, voice="third-person") == ["clraification"]


def test_a_misspelt_word_starting_a_sentence_after_a_bracket_or_a_list_is_still_reported():
    assert words_reported(["I plan (and review) work. Somtimes I lead it", "- Contantly improves the code",
                           "Reviews code. Freqently."]) == ["Somtimes", "Contantly", "Freqently"]


def test_a_word_mixing_latin_letters_with_cyrillic_or_greek_lookalikes_is_reported(cli, write):
    statements = ["Leads \u0441ollaborative work", "Keeps p99 under 100\u03bcs in every \u03b1-release and \u0394t low",
                  "Пишет тесты и делает code review", "Uses Ηelm charts"]  # a Greek capital eta
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL512") == [
        f"{path}:{at(0, statements[0], 'сollaborative')}: LL512 [warning] 'сollaborative' mixes Cyrillic letters "
        "('с') with Latin ones: it reads right but is no word to a search or a dictionary; type the word again",
        f"{path}:{at(3, statements[3], 'Ηelm')}: LL512 [warning] 'Ηelm' mixes Greek letters ('Η') with Latin "
        "ones: it reads right but is no word to a search or a dictionary; type the word again",
    ]


def test_a_typo_copied_from_level_to_level_is_still_a_typo():
    # inDrive's "fullfill", Findmypast's "proactivley": a word used twice is
    # the framework's own, unless it is one slip of the hand from a word.
    found = Spelling().check_frameworks([framework(framework_yaml(["I fullfill my commitments", "I fullfill it"]))])
    assert found[0].message == ("'fullfill' is not in the dictionary, and one slip of the hand from 'fulfill': a typo "
                                f"copied to all 2 places it is in? (if it is right, add it to the {OWN_WORDS})")
    assert words_reported(["I fullfill my commitments", "I fullfill our promises",
                           "I act proactivley", "I plan proactivley"]) == ["fullfill", "fullfill", "proactivley",
                                                                            "proactivley"]
    # Jargon used twice stays the framework's own, slip or not when short.
    assert words_reported(["I dogfood our tools", "I dogfood releases", "I set up cron jobs", "I fix cron"]) == []


def test_a_typo_copied_with_a_letter_left_out_is_still_a_typo():
    # A letter left out of a long word is a slip of the hand as a doubled or swapped one is.
    assert words_reported(["Runs experimentaion on the ranking models", "Reads experimentaion results"]) == [
        "experimentaion", "experimentaion"]
    # A short word a letter short of another, used twice, is an abbreviation or the framework's own.
    assert words_reported(["Keeps the mgmt team informed", "Reports to mgmt weekly"]) == []


@pytest.mark.parametrize(("statement", "meant"), [
    ("Improves Mentorshp across the team", "Mentorship"),
    ("Keeps the Stakholder informed", "Stakeholder"),
])
def test_a_long_capitalised_word_with_a_letter_left_out_is_a_typo_not_a_name(statement, meant):
    found = Spelling().check_frameworks([framework(framework_yaml([statement]))])
    assert [v.message.split("did you mean ")[1].split("?")[0] for v in found] == [f"'{meant}'"]


@pytest.mark.parametrize("statement", [
    "Shares photos on Flickr and Tumblr",  # names made of a word with a letter left out: short
    "Explains models with Shapley values",  # a name one swap from a word
    "Keeps the Stakeholder informed",
    # A long name a letter short of a word, among names: AWS's chip.
    "Adopts specialized hardware (TPU, Inferentia)", "Runs models on AWS Inferentia chips",
])
def test_names_and_capitalised_words_inside_a_sentence_stay_quiet(statement):
    assert words_reported([statement]) == []


def test_a_lower_case_name_in_a_list_of_names_is_a_name():
    assert words_reported(["Triages every static-analysis finding (Polyspace, cppcheck)"]) == []
    # Checked as names are: a slip of a known name is still reported; a list of words is no list of names.
    assert words_reported(["Deploys with (Kubernetes and kubectll)", "Writes (clear, concize) docs",
                           "Triages every finding with cppcheck"]) == ["kubectll", "concize", "cppcheck"]


@pytest.mark.parametrize(("word", "script"), [
    ("\u0501ata", "Cyrillic"),  # a Cyrillic komi de, outside the main Cyrillic block
    ("ca\u03c1e", "Greek"),  # rho
    ("\u043aeep", "Cyrillic"),  # ka
])
def test_a_lookalike_from_either_alphabet_is_named_by_its_own(word, script):
    found = Spelling().check_frameworks([framework(framework_yaml([f"I {word} for the team"]))])
    assert [v.message.split(" letters")[0] for v in found] == [f"'{word}' mixes {script}"]


def test_principle_for_principal_in_a_role_title_is_reported_with_its_fix(cli, write):
    statements = ["I report to a Principle Product Manager and pair with a Principle Engineer",
                  "I apply the principle of least privilege, a principle engineers follow",
                  "I write down our Principles and the principle behind each"]
    path = write("f.yaml", framework_yaml(statements).replace("title: IC1 Engineer", "title: Principle Engineer"))
    assert findings(cli, path, select="LL512") == [
        f"{path}:19:12: LL512 [warning] 'Principle Engineer': the rank is 'Principal' (first in importance); a "
        "'principle' is a rule; did you mean 'Principal Engineer'?",
        f"{path}:{at(0, statements[0], 'Principle Product')}: LL512 [warning] 'Principle Product Manager': the rank "
        "is 'Principal' (first in importance); a 'principle' is a rule; did you mean 'Principal Product Manager'?",
        f"{path}:{at(0, statements[0], 'Principle Engineer')}: LL512 [warning] 'Principle Engineer': the rank is "
        "'Principal' (first in importance); a 'principle' is a rule; did you mean 'Principal Engineer'?",
    ]
    fixed = Spelling().check_frameworks([framework(framework_yaml(statements[:1]))])[0].fix
    assert fixed is not None and fixed.replacement == (
        "I report to a Principal Product Manager and pair with a Principal Engineer")


def test_your_before_expected_to_or_responsible_for_is_you_are():
    statements = ["Your expected to lead design reviews. Your expected to-do list is short",
                  "As a senior engineer, your responsible for the roadmap",
                  "your able to explain trade-offs",
                  "I share your expected outcomes and your required reading for the week"]
    found = Spelling().check_frameworks([framework(framework_yaml(statements, voice="second-person"))])
    assert [(v.path[-1], v.message) for v in found] == [
        (0, "'Your expected to': 'your' says whose; 'you're' is 'you are'; did you mean 'You're expected to'?"),
        (1, "'your responsible for': 'your' says whose; 'you're' is 'you are'; did you mean "
            "'you're responsible for'?"),
        (2, "'your able to': 'your' says whose; 'you're' is 'you are'; did you mean 'you're able to'?"),
    ]
    assert found[0].fix is not None and found[0].fix.replacement == (
        "You're expected to lead design reviews. Your expected to-do list is short")


def test_your_before_a_verb_at_the_start_of_a_clause_is_you():
    statements = ["Your are able to anticipate problems. Your solutions are future-proof",
                  "You own the design, your should ask for reviews, your will be trusted and your will be heard",
                  "Your will to learn, your must-haves and your code are strong; your can-do spirit shows",
                  "Your have a say"]
    found = Spelling().check_frameworks([framework(framework_yaml(statements, voice="second-person"))])
    assert [(v.path[-1], v.message) for v in found] == [
        (0, "'Your are': a verb does not follow 'your'; did you mean 'You are'?"),
        (1, "'your should': a verb does not follow 'your'; did you mean 'you should'?"),
        (1, "'your will': a verb does not follow 'your'; did you mean 'you will'?"),
        (3, "'Your have': a verb does not follow 'your'; did you mean 'You have'?"),
    ]
    assert found[1].fix is not None and found[1].fix.replacement == (
        "You own the design, you should ask for reviews, you will be trusted and your will be heard")


def test_a_prefix_and_an_ending_together_are_a_word_but_their_slips_are_not():
    # "rearchitect" is "re" + "architect"; its forms are words too.
    assert words_reported(["I rearchitected the billing system and am rearchitecting search"]) == []
    assert words_reported(["I rearchitcted the billing system and reprioritisd the work"]) == [
        "rearchitcted", "reprioritisd"]


def test_the_other_forms_of_a_built_in_term_are_words():
    # "offboarding" is listed: the verb and its forms are words, a slip of them is not.
    assert words_reported(["I offboard leavers kindly, offboarded two contractors and offboards vendors"]) == []
    assert words_reported(["I offbaorded two contractors and my kubernete cluster"]) == ["offbaorded", "kubernete"]
    # A form of a term that is an English word with a letter doubled is the word's slip: "comms", not "comming".
    assert words_reported(["I keep the comms of the incident clear in the comming weeks"]) == ["comming"]
    assert english().suggestion("comming") == "coming"


@pytest.mark.parametrize("statement", [
    # Jargon of everyday engineering.
    "I ack pages within 5 minutes when I'm on call",
    "I find and fix perf regressions before they reach customers",
    "I lead the sev review and write the tsc config",
    # Tools, services and libraries, from cspell's dictionaries of software terms.
    "I validate request bodies with pydantic and serve them with uvicorn",
    "I stream events through kinesis and pubsub, and test with vitest",
    "I run gunicorn behind nginx and mesh services with linkerd",
    "I manage keys in kms, and run clusters on eks and gke",
    # A name one edit from a word, among other names ("vote"): from webpack to vite.
    "I moved our build from webpack to vite and cut build times in half",
    "I set up cdn, waf, iam, kms and vpc rules",
])
def test_jargon_and_names_of_tools_are_words(statement):
    assert words_reported([statement]) == []


@pytest.mark.parametrize("statement", [
    "I meet my sponsee every month and advocate for their promotion",
    "I pair with every onboardee in their first week",
    "I check in with my advisees and interviewees",
])
def test_the_one_a_verb_is_done_to_is_a_word(statement):
    # "-ee" of a verb ("onboard", "advise") or of the partner's noun ("sponsor", "mentor").
    assert words_reported([statement]) == []


def test_a_name_one_edit_from_a_word_is_a_typo_where_no_name_stands_beside_it():
    # "vite" is "vote", "iam" "I am" or "aim", "aws" "was", where no tool is named near them.
    assert words_reported(["I always vite in the team poll", "iam ready to lead", "I aws there",
                           "I committ to my comitee"]) == ["vite", "iam", "aws", "committ", "comitee"]


@pytest.mark.parametrize(("statement", "said"), [
    # Among names of tools, a letter changed makes a word of a name ("valkey": not "valley").
    ("I cache results in memcached and valkey", "nor a word the framework uses elsewhere (if"),
    # A word of three letters with one changed or added is an abbreviation ("ssr": not "sir").
    ("I render pages with ssr for speed", "nor a word the framework uses elsewhere (if"),
    # A slip of the hand beside a tool keeps its suggestion.
    ("I cache results in memcached and recieve alerts", "did you mean 'receive'?"),
    ("I write teh runbook", "did you mean 'the'?"),
])
def test_a_suggestion_is_offered_only_where_it_is_likely(statement, said):
    found = Spelling().check_frameworks([framework(framework_yaml([statement]))])
    assert len(found) == 1 and said in found[0].message


TITLED = """\
ladderlint: 1
id: titled
name: Harbourline Engineering Ladder
track: Backend Engineer
version: "1.0.0"
organisation: {{name: Harbourline}}
voice: first-person
dimensions:
  - id: craft
    name: {dimension}
    competencies:
      - {{id: people, name: {competency}}}
levels:
  - id: L1
    title: Engineer
    competencies:
      people: ["I keep my stakeholders informed"]
  - id: L2
    title: {title}
    competencies:
      people: ["{statement}"]
"""


def test_a_misspelt_level_title_or_competency_name_is_reported_on_it(cli, write):
    path = write("f.yaml", TITLED.format(dimension="Craft", competency="Stakeholder Managment",
                                         title="Senoir Engineer", statement="I lead projects"))
    assert [line.split(": LL512 [warning] ")[0].removeprefix(f"{path}:") + " " + line.split("'")[1]
            + " " + line.split("did you mean ")[1].split("?")[0]
            for line in findings(cli, path, select="LL512")] == [
        "12:40 Managment 'Management'", "19:12 Senoir 'Senior'",
    ]


@pytest.mark.parametrize(("competency", "meant"), [
    ("Experimentaion", "Experimentation"), ("Reliabilty", "Reliability"), ("Mentorshp", "Mentorship"),
    ("Stakholder Management", "Stakeholder"),
])
def test_a_competency_name_with_a_letter_left_out_is_reported_on_it(cli, write, competency, meant):
    path = write("f.yaml", TITLED.format(dimension="Craft", competency=competency, title="Staff Engineer",
                                         statement="I lead projects"))
    assert [line.split("did you mean ")[1].split("?")[0] for line in findings(cli, path, select="LL512")] == [
        f"'{meant}'"]


@pytest.mark.parametrize(("dimension", "competency", "title", "statement"), [
    # Names of the framework's own: no slip of a word, written with capitals inside, or used in the
    # statements and no slip of the hand ("Loopr" is one edit from "looper"; "Platfrom" would be a typo copied).
    ("Kaizen", "Harbourline Ways", "Staff Engineer", "I lead projects"),
    ("DevEx", "Loopr Health", "Staff Engineer", "I keep Loopr healthy"),
    # Words of the dictionary and of the trade.
    ("Craft", "Kubernetes Operations", "Principal Engineer (SRE)", "I lead projects"),
    # A word markup cuts, as an export leaves it: LL510 reports the markup.
    ("Craft", "'**Software** **D****esign**'", "Staff Engineer", "I lead projects"),
])
def test_names_of_the_framework_own_in_titles_are_not_reported(cli, write, dimension, competency, title, statement):
    path = write("f.yaml", TITLED.format(dimension=dimension, competency=competency, title=title, statement=statement))
    assert findings(cli, path, select="LL512") == []


def test_a_misspelt_title_word_copied_to_a_statement_is_reported_in_both():
    text = TITLED.format(dimension="Craft", competency="Delivery", title="Senoir Engineer",
                         statement="I mentor senoir engineers")
    found = Spelling().check_frameworks([framework(text)])
    assert [(v.path[-1], v.message.split(":")[0]) for v in found] == [
        ("title", "'Senoir' is not in the dictionary, and one slip of the hand from 'Senior'"),
        (0, "'senoir' is not in the dictionary, and one slip of the hand from 'senior'"),
    ]


@pytest.mark.parametrize("statement", [
    "Writes meaningful alt text for every image",
    "Lays pages out with flexbox and keeps the nav bar simple",
    "Leads fishbone diagrams in incident reviews",
    "Gives brownbag talks to other teams",
    "Gets a project greenlit before staffing it",
    "Stores embeddings in pgvector",
])
def test_words_of_the_trade_are_words(statement):
    assert words_reported([statement]) == []


def test_the_element_of_an_html_tag_is_code_not_a_word():
    assert words_reported(["Gives every <img> alt text and keeps <tbody> rows and </thead> tags apart"]) == []


def test_the_letters_of_an_emoji_code_are_no_word_but_a_typo_beside_one_is():
    # ":tada:" is export debris (LL504 reports it); its letters are not a misspelt word.
    assert words_reported(["I ship small changes on time :tada: and :shipit:"]) == []
    assert words_reported(["I ship small chnages on time :tada:"]) == ["chnages"]
    assert words_reported(["I ship small changes on time, tada"]) == ["tada"]


@pytest.mark.parametrize(("written", "meant"), [
    # A letter too many: the word without it, not a rarer word with a first letter added ("missuses").
    ("issuses", "issues"),
    # A letter left out is still put back, rather than one changed or taken away.
    ("stakholder", "stakeholder"), ("experimentaion", "experimentation"), ("proceses", "processes"),
])
def test_the_suggestion_keeps_the_first_letter_a_hand_least_often_leaves_out(written, meant):
    found = Spelling().check_frameworks([framework(framework_yaml([f"I identify the {written} early"]))])
    assert [v.message.split("did you mean ")[1].split("?")[0] for v in found] == [f"'{meant}'"]


@pytest.mark.parametrize("word, spelt", [
    ("organisation", "organization"), ("behaviours", "behaviors"), ("centre", "center"),  # an ending
    ("sceptical", "skeptical"), ("mouldy", "moldy"),  # a start
    ("mouldering", "moldering"),  # a start, and an ending that is no British one
    ("anaesthetise", "anaesthetize"),  # both: the ending's respelling comes first
    ("review", "review"), ("colour", "color"), ("tour", "tour"),  # none, or too short to be respelt
])
def test_american_respells_british_endings_and_starts(word, spelt):
    from ladderlint.dictionary import american

    assert american(word) == spelt


def test_a_word_is_listed_under_each_of_its_american_respellings():
    assert forms("anaesthetise")[:3] == ["anaesthetise", "anaesthetize", "anesthetise"]
    assert forms("review")[0] == "review" and "reviez" not in forms("review")


def test_a_typo_a_letter_off_an_everyday_word_copied_to_the_next_level_is_still_a_typo():
    # inDrive's "standart", copied into two pages: one letter off "standard",
    # as much a typo copied as "fullfill" is.
    found = Spelling().check_frameworks([framework(framework_yaml(
        ["Uses a set of standart approaches", "Improves the standart approaches of the team"]))])
    assert [v.message for v in found] == [
        "'standart' is not in the dictionary, and one letter off 'standard': a typo copied to all 2 places it is "
        f"in? (if it is right, add it to the {OWN_WORDS})"] * 2
    assert words_reported(["Follows the standart", "Writes the standart", "Reviews the standart"]) == ["standart"] * 3


@pytest.mark.parametrize("statements", [
    # A word of the framework's used four times or more is its own, whatever it is near.
    ["Runs the standart", "Owns the standart", "Reviews the standart", "Writes the standart"],
    # Short words, and names and acronyms in capitals, stay the framework's own when repeated.
    ["Keeps the mgmt team informed", "Reports to mgmt weekly"],
    ["Ships with Standart tools", "Owns the Standart roadmap"],
])
def test_a_repeated_word_of_the_framework_stays_its_own(statements):
    assert words_reported(statements) == []
