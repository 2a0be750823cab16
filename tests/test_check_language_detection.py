"""Which frameworks read as English: one of fragments and lists of tools
was read as "not English", which turned spelling and short doubled words
off for the whole file without a word; LL519 now says when it happens."""

from __future__ import annotations

import pytest

from rule_helpers import findings, framework_yaml

# Statements as many ladders write them: fragments with few of English's
# words of grammar ("the", "and", "with" ...).
FRAGMENTS = [
    "Executes on defined tasks, delivers small features",
    "Writes clean code, learns best practices",
    "Executes on given direction",
    "Collaborates effectively, learns from others",
    "Owns features end-to-end, handles ambiguity",
    "Demonstrates technical depht, makes sound design decisions",
    "Provides input on technical direction",
    "Mentors junior engineers, strong collaborator",
    "Leads projects, delivers significant product impact",
    "Sets technical direction for projects, mentors on best practices",
    "Drives multi-quarter initiatives, cross-team coordination",
    "Shapes architecture across several systems, reviews critical designs",
]
# Lists of the trade's names: they say nothing of the language.
TOOLS = [
    "Python, SQL, Spark, Airflow, dbt, Kafka, Flink, Docker, Kubernetes, Terraform, AWS, GCP, Azure, Snowflake",
    "BigQuery, Redshift, Postgres, MySQL, MongoDB, Redis, Elasticsearch, Grafana, Prometheus, Datadog",
    "Jenkins, GitHub Actions, ArgoCD, Helm, Ansible, Linux, Bash, Go, Rust, Java, Scala, TypeScript, React",
] * 4
# One long statement of English words with hardly any word of grammar.
SOUP = "Contributes to the the team processes " + " ".join(
    ["and engineers deliver features review code mentor peers design systems plan projects write tests "
     "fix bugs share knowledge improve process support teams"] * 15
)

GERMAN = [
    "Ich dokumentiere jeden Fehler im Ticketsystem und informiere das Team.",
    "Ich schreibe die Dokumentation für jeden Dienst und halte sie aktuell.",
    "Ich prüfe die Änderungen meiner Kollegen und gebe ihnen Rückmeldung.",
    "Ich plane die Arbeit des Teams mit dem Produktmanager und dem Designer.",
    "Ich verbessere die Qualität des Codes durch gründliche Tests und klare Struktur.",
    "Ich teile mein Wissen in Schulungen und unterstütze neue Kolleginnen bei der Einarbeitung.",
]
FRENCH = [
    "Je réponds aux clients francophones par téléphone et par courriel.",
    "Je documente chaque erreur dans le système de tickets et informe l'équipe.",
    "Nous livrons des fonctionnalités de qualité avec une attention particulière aux tests.",
    "Je partage mes connaissances lors de formations et accompagne les nouveaux arrivants.",
    "Je planifie le travail avec le responsable produit et la designer.",
    "J'améliore la qualité du code par des revues attentives et des tests automatisés.",
]

# Portuguese as Brazilian teams write it, with the trade's English words
# ("code review", "deploy", "pipeline"): still Portuguese.
PORTUGUESE = [
    "Faz code review dos pull requests e deploy das features",
    "Escreve testes unitários e de integração para o código",
    "Participa das dailies, plannings e retrospectives do time",
    "Documenta decisões de arquitetura e mantém o backlog",
    "Monitora dashboards, alertas e logs dos serviços",
    "Propõe melhorias no pipeline e na observability",
    "Colabora com product managers e designers nas features",
    "Faz pair programming e compartilha feedback com pessoas juniores",
    "Resolve incidentes e escreve o postmortem do time",
    "Mantém a stack atualizada e segue os padrões de segurança",
    "Lidera refinements técnicos, estima stories e quebra epics",
    "Apoia o onboarding de novas pessoas e faz mentoring técnico",
]


def write_framework(write, statements: list[str], extra: str = "") -> str:
    return write("f.yaml", framework_yaml(statements, voice="third-person", extra=extra))


def test_a_typo_in_fragments_beside_lists_of_tools_is_reported(cli, write):
    path = write_framework(write, FRAGMENTS + TOOLS)
    found = findings(cli, path, select="LL512,LL519")
    assert len(found) == 1, found
    assert "LL512" in found[0] and "'depht'" in found[0] and "'depth'" in found[0]


def test_a_small_framework_of_fragments_is_english_by_its_words(cli, write):
    path = write_framework(write, FRAGMENTS[:6])
    found = findings(cli, path, select="LL512,LL519")
    assert len(found) == 1 and "LL512" in found[0] and "'depht'" in found[0], found


def test_the_the_in_one_long_statement_of_english_words_is_reported(cli, write):
    path = write_framework(write, FRAGMENTS + [SOUP])
    found = findings(cli, path, select="LL501,LL512,LL519")
    assert sorted(line.split(": ")[1].split()[0] for line in found) == ["LL501", "LL512"], found
    assert any("LL501 [error] doubled word 'the'" in line for line in found)


@pytest.mark.parametrize(("statements", "language", "tag"), [
    (GERMAN, "German", "de"),
    # Lists of tools do not make a French framework English either, nor the
    # trade's English words a Portuguese one.
    (FRENCH + TOOLS, "French", "fr"),
    (PORTUGUESE, "Portuguese", "pt"),
])
def test_a_framework_in_another_language_is_not_spell_checked_and_says_so_once(cli, write, statements, language,
                                                                              tag):
    path = write_framework(write, statements)
    found = findings(cli, path, select="LL501,LL512,LL518,LL519")
    assert len(found) == 1, found
    assert f"LL519 [info] this framework reads as {language}, not English, so spelling (LL512), short doubled " \
           "words such as 'the the' (LL501) and unfinished sentences (LL518) are not checked: " \
           f"declare `language: {tag}` if it is {language}, or `language: en` if it is English" in found[0]
    # The notice names only the English checks that run.
    only = findings(cli, path, select="LL512,LL519")
    assert "so spelling (LL512) is not checked" in only[0]


@pytest.mark.parametrize("language", ["de", "de-CH", "en"])
def test_a_declared_language_is_taken_at_its_word_and_ends_the_notice(cli, write, language):
    path = write_framework(write, GERMAN, extra=f"language: {language}\n")
    assert findings(cli, path, select="LL519") == []


def test_an_english_framework_gets_no_notice_nor_does_a_run_without_the_english_checks(cli, write):
    assert findings(cli, write_framework(write, FRAGMENTS + TOOLS), select="LL519") == []
    german = write("g.yaml", framework_yaml(GERMAN, voice="third-person", id="g"))
    assert findings(cli, german, select="LL519,LL2") == []


def test_a_framework_of_a_few_words_is_too_small_to_tell_and_read_as_english(cli, write):
    """A framework of names, ids and a few short fragments (under ten different running words)
    says nothing of its language: the English checks run, and no notice says they are off."""
    path = write_framework(write, ["Ships code", "Runs Jira", "Owns CI", "Fixes bugs", "Ships code fast"] * 4)
    assert findings(cli, path, select="LL512,LL519") == []
    path = write_framework(write, ["Ships code", "Fixes bugs"] * 8 + ["Reviews code quikly"])
    found = findings(cli, path, select="LL512,LL519")
    assert len(found) == 1 and "LL512" in found[0] and "'quikly'" in found[0], found
