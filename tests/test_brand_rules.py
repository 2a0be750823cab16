"""Brand leftovers: LL301-LL307."""

from __future__ import annotations


import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rule_helpers import at, findings, framework, framework_yaml, statement_path

from ladderlint.model import TextField
from ladderlint.rules.ll301_foreign_brand import ForeignBrand
from ladderlint.rules.ll302_brand_by_shape import BrandByShape
from ladderlint.rules.ll304_brand_misspelt import BrandMisspelt
from ladderlint.rules.prose import Prose

# LL301 foreign-brand ---------------------------------------------------------


def test_ll301_reports_a_known_brand_left_in_a_statement(cli, write):
    statements = ["I practice the Dropbox Diversity Commitments on a regular basis", "I own my failures"]
    path = write("escrowtab.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL301") == [
        f"{path}:{at(0, statements[0], 'Dropbox')}: LL301 [error] 'Dropbox' is another organisation's name (known to publish its "
        "career framework), not EscrowTab's: 'I practice the Dropbox Diversity Commitments o…'; if it is another "
        "name of EscrowTab (its company's, a former name), list it in organisation.aliases"
    ]


def test_ll301_reports_the_framework_name_and_people_names(cli, write):
    path = write("escrowtab.yaml", framework_yaml(
        ["I help new Dropboxers settle in"], name="Dropbox Engineering Career Framework"
    ))
    assert findings(cli, path, select="LL301") == [
        f"{path}:3:8: LL301 [error] 'Dropbox' is another organisation's name (known to publish its career "
        "framework), not EscrowTab's: 'Dropbox Engineering Career Fram…'; if it is another name of EscrowTab "
        "(its company's, a former name), list it in organisation.aliases",
        f"{path}:{at(0, 'I help new Dropboxers settle in', 'Dropboxers')}: LL301 [error] 'Dropboxers' is another organisation's name (Dropbox, known to "
        "publish its career framework), not EscrowTab's: 'I help new Dropboxers settle in'; if it is another name "
        "of EscrowTab (its company's, a former name), list it in organisation.aliases",
    ]


def test_ll301_never_reports_the_own_organisation_or_its_aliases(cli, write):
    monzo = write("monzo.yaml", framework_yaml(
        ["Represents Monzo at meetups and welcomes new Monzonauts", "Knows Monzo Bank's products"],
        org="Monzo", aliases=["Monzo Bank"], name="Monzo Engineering",
    ))
    assert findings(cli, monzo, select="LL301") == []


@pytest.mark.parametrize("statement", [
    "I split medium-sized projects into milestones",
    "Medium-sized projects are split into milestones",
    "I handle tasks of Medium complexity",
    "I keep the square root of the budget in mind",
    "I run our pipelines in GitLab and CircleCI",
    "I publish posts on Medium about our work",
    "I review dropbox integrations",
    "I organise my squads on the Spotify model",
    "I took the Khan Academy statistics course",
])
def test_ll301_quiet_on_ordinary_words_and_tools(cli, write, statement):
    path = write("f.yaml", framework_yaml([statement]))
    assert findings(cli, path, select="LL301") == []


@pytest.mark.parametrize(("statement", "name"), [
    ("I live GitLab's values every day", "GitLab"),
    ("At Medium, we share our drafts early", "Medium"),
    ("I help Square employees with onboarding", "Square"),
    ("I understand how things work at Spotify", "Spotify"),
    ("I practice the Spotify Diversity Commitments", "Spotify"),
    ("I follow the ETSY way", "ETSY"),
    # French "chez" is "at" an organisation's.
    ("Est un référent pour la revue de code chez Basecamp ou pour aider ses collègues", "Basecamp"),
    ("A travaillé chez monzo.", "monzo"),
])
def test_ll301_ordinary_word_names_count_where_they_stand_for_an_organisation(cli, write, statement, name):
    path = write("f.yaml", framework_yaml([statement]))
    lines = findings(cli, path, select="LL301")
    assert len(lines) == 1 and f"'{name}' is another organisation's name" in lines[0]


@pytest.mark.parametrize("statement", [
    # A product's parts, or a source's: the possessive names what the product has.
    "I use GitLab's merge requests and GitLab's CI",
    "I answer customers in Intercom's inbox",
    "I learn from Khan Academy's courses and Stack Overflow's answers",
])
def test_ll301_the_possessive_of_a_product_is_no_organisation(statement):
    assert ForeignBrand().check_frameworks([framework(framework_yaml([statement]))]) == []


@pytest.mark.parametrize(("statement", "name"), [
    ("I live Buffer's transparency values", "Buffer"),  # a word of the organisation a word or two after
    ("I grew up with GitLab's remote culture", "GitLab"),
    ("I learnt this from GitLab's.", "GitLab"),  # nothing after it
])
def test_ll301_the_possessive_of_an_organisation_still_stands_for_it(statement, name):
    found = ForeignBrand().check_frameworks([framework(framework_yaml([statement]))])
    assert [v.message.split("'")[1] for v in found] == [name]


@pytest.mark.parametrize("statement", [
    "I keep an eye on Artsy's general architecture",
    "My approaches are in line with Artsy's overall technical choices",
    "I can sell Codecademy to external candidates",
    "I understand the Codecademy business and its direction",
    "I know GitLab's systems well enough to change them",
])
def test_ll301_a_word_or_product_name_owning_the_employers_business_stands_for_it(statement):
    """Artsy, Codecademy and GitLab are also a word, a place to learn and a
    tool: their business, architecture, technical choices and the
    candidates they are sold to are an employer's, as a copied ladder says."""
    found = ForeignBrand().check_frameworks([framework(framework_yaml([statement]))])
    assert len(found) == 1 and "is another organisation's name" in found[0].message


@pytest.mark.parametrize("statement", [
    "I take Codecademy courses to learn Python",
    "I learn on Codecademy in my own time",
    "I follow GitLab's best practices for CI pipelines",
    "I follow GitLab best practices for merge requests",
    "I build an Artsy-style layout for the gallery page",
    "I sell GitLab to the business as our code host",
    "I have Codecademy knowledge of SQL",
])
def test_ll301_a_word_or_product_name_near_those_shapes_is_still_a_product(statement):
    assert ForeignBrand().check_frameworks([framework(framework_yaml([statement]))]) == []


def test_ll301_best_practices_and_knowledge_are_the_organisations_where_it_is_named_elsewhere():
    """'Artsy best practices' alone may be a product's advice; in a ladder
    that says 'at Artsy' too, they are the organisation's."""
    statements = ["I apply Artsy best practices", "I use Artsy knowledge to choose", "I grew at Artsy"]
    found = ForeignBrand().check_frameworks([framework(framework_yaml(statements))])
    assert sorted(v.path[-1] for v in found) == [0, 1, 2]
    assert ForeignBrand().check_frameworks([framework(framework_yaml(statements[:2]))]) == []


@pytest.mark.parametrize(("statement", "name"), [
    ("I design features for the Monzo app", "Monzo"),  # an app the text makes: the organisation's product
    ("I know the Monzo app inside out", "Monzo"),
    ("I work with monzo's Platform squad", "monzo"),  # lower case, owning a team
    ("I post updates in the #monzo-eng channel", "monzo"),  # its people's channel
    ("I read the runbooks at go/monzo-oncall first", "monzo"),  # its intranet's go-link
])
def test_ll301_an_organisations_app_team_channel_and_go_link_stand_for_it(statement, name):
    found = ForeignBrand().check_frameworks([framework(framework_yaml([statement]))])
    assert [v.message.split("'")[1] for v in found] == [name]


@pytest.mark.parametrize("statement", [
    "I sync my files with the Dropbox app",
    "I post alerts in #dropbox-sync-alerts",
    "I follow go/dropbox-setup to get started",
    "I keep monzo-eng notes in the wiki",
    "I read ago/monzo-eng",
])
def test_ll301_a_product_s_app_channel_and_go_link_are_no_leftover(statement):
    assert ForeignBrand().check_frameworks([framework(framework_yaml([statement]))]) == []


@pytest.mark.parametrize("statement", [
    "I share my notes with my team in Google Docs or Dropbox",
    "I keep design documents in Confluence and Dropbox",
    "I share files in Slack, Google Drive or Dropbox",
    "I send large files via Dropbox",
    "I write my plans in Dropbox Paper",
    "I keep a Dropbox folder of runbooks for the team",
])
def test_ll301_a_publisher_s_product_used_as_a_tool_is_no_leftover(statement):
    """Dropbox publishes a career framework and is a tool people store
    files in: where the text uses it, no organisation is named."""
    assert ForeignBrand().check_frameworks([framework(framework_yaml([statement]))]) == []


@pytest.mark.parametrize(("statement", "name"), [
    ("I build relationships with teams in Monzo", "Monzo"),  # people in the organisation
    ("Can succeed in a high-intensity position in Monzo", "Monzo"),  # a place in the organisation
    ("Drives impact in Dropbox through ML platform work", "Dropbox"),
    ("I store my designs in Dropbox", "Dropbox"),  # "in" alone: a tool or a place, the leftover is reported
    ("I use my fluency in Dropbox's business and strategy", "Dropbox"),  # what the organisation has
    ("I support an environment where all Dropboxers are heard", "Dropboxers"),
    ("I work across Dropbox and with Dropbox partners", "Dropbox"),
])
def test_ll301_a_publisher_s_name_beside_tool_words_still_stands_for_it(statement, name):
    found = ForeignBrand().check_frameworks([framework(framework_yaml([statement]))])
    assert [v.message.split("'")[1] for v in found] == [name]


def test_ll301_reports_organisations_declared_by_other_frameworks_of_the_run(cli, write):
    escrowtab = write("a/escrowtab.yaml", framework_yaml(["I ask FirstWho for interview kits"]))
    firstwho = write("b/firstwho.yaml", framework_yaml(
        ["I hire well"], org="FirstWho", id="firstwho-mle", name="FirstWho Framework"
    ))
    assert findings(cli, escrowtab, firstwho, select="LL301") == [
        f"{escrowtab}:{at(0, 'I ask FirstWho for interview kits', 'FirstWho')}: LL301 [error] 'FirstWho' is another organisation's name (the organisation of "
        f"{firstwho}), not EscrowTab's: 'I ask FirstWho for interview kits'; if it is a parent or sister "
        "organisation named on purpose, list it in LL301's `allowed-names` option"
    ]
    # On its own, the same file knows nothing of FirstWho.
    assert findings(cli, escrowtab, select="LL301") == []


def test_ll301_a_group_s_companies_name_each_other_once_allowed(cli, write):
    """Frameworks of a parent and its subsidiary kept in one repository: the
    name of the other is a leftover until the configuration allows it."""
    bank = write("bank.yaml", framework_yaml(
        ["I reuse the Kestrel Group design system"], org="Kestrel Bank", id="bank", name="Kestrel Bank Framework"))
    group = write("group.yaml", framework_yaml(
        ["I help Kestrel Bank adopt the design system"], org="Kestrel Group", id="group", name="Kestrel Group Framework"))
    assert [line.split(" [")[0].split(": ")[1] for line in findings(cli, bank, group, select="LL3")] == ["LL301"] * 2
    config = write(".ladderlint.yaml", "rules:\n  LL301:\n    allowed-names: [Kestrel Bank, Kestrel Group]\n")
    run = cli("check", "--config", str(config), "--format", "concise", "--select", "LL3", str(bank), str(group))
    assert run.exit_code == 0, run.output
    assert not [line for line in run.lines if ": LL" in line]


def test_ll301_reports_domains_of_known_brands_but_not_own_ones(cli, write):
    path = write("f.yaml", framework_yaml([
        "![owl](https://paper.dropboxstatic.com/static/img/owl.png) Craft",
        "Write to careers@escrowtab.com",
    ], domains=["escrowtab.com"]))
    assert findings(cli, path, select="LL301") == [
        f"{path}:{at(0, '![owl](https://paper', 'https')}: LL301 [error] URL on paper.dropboxstatic.com, a domain of Dropbox (known to publish "
        "its career framework), not of EscrowTab"
    ]
    dropbox = write("d.yaml", framework_yaml(
        ["![owl](https://paper.dropboxstatic.com/static/img/owl.png) Craft"], org="Dropbox"
    ))
    assert findings(cli, dropbox, select="LL301") == []


def test_ll301_a_platform_space_named_after_a_known_organisation_is_its_own(cli, write):
    statements = ["I file bugs in our tracker at https://monzo.atlassian.net/jira.",
                  "I ask in https://monzo.slack.com/archives/C01 and log in at https://monzo.okta.com",
                  "I answer tickets at https://escrowtab.zendesk.com and https://shopify.atlassian.net/wiki"]
    path = write("f.yaml", framework_yaml(statements, domains=["escrowtab.com"]))
    assert findings(cli, path, select="LL301") == [
        f"{path}:{at(0, statements[0], 'https')}: LL301 [error] URL on monzo.atlassian.net, a domain of Monzo (known "
        "to publish its career framework), not of EscrowTab",
        f"{path}:{at(1, statements[1], 'https')}: LL301 [error] URL on monzo.slack.com, a domain of Monzo (known "
        "to publish its career framework), not of EscrowTab",
        f"{path}:{at(1, statements[1], 'https://monzo.okta')}: LL301 [error] URL on monzo.okta.com, a domain of "
        "Monzo (known to publish its career framework), not of EscrowTab",
    ]  # its own space, and a platform's name that is also a product (Shopify), are not
    assert findings(cli, write("m.yaml", framework_yaml(statements[:1], org="Monzo")), select="LL301") == []


@pytest.mark.parametrize("statement", [
    "I help new joiners understand how we work, as described in the Monzo Principles.",
    "I help new joiners understand how we work, as set out in the Monzo Principles.",
    "I help new joiners understand how we work, following the Monzo Principles.",
    "I work in line with the Monzo Principles.",
])
def test_ll301_a_document_the_framework_follows_is_no_citation(cli, write, statement):
    # A report-only trial: "as described in the Stripe Operating Principles" went unreported.
    # It names the other organisation's document as the framework's own; it credits no source.
    path = write("escrowtab.yaml", framework_yaml([statement]))
    assert [f.split(": ")[0] for f in findings(cli, path, select="LL301,LL302")] == [
        f"{path}:{at(0, statement, 'Monzo')}"
    ]


@pytest.mark.parametrize("statement", [
    "I grow as engineers do here (see Monzo's ladder).",
    "Our levels are adapted from the Monzo Principles.",
    "Source: the Monzo Principles.",
    "I keep notes, as described in https://monzo.com/blog/notes.",
])
def test_ll301_a_citation_that_credits_a_source_is_no_leftover(cli, write, statement):
    path = write("escrowtab.yaml", framework_yaml([statement]))
    assert findings(cli, path, select="LL301,LL302") == []


@pytest.mark.parametrize("statement", [
    "Write it up on our wiki (https://wiki.monzo.com/engineering) before the review.",
    "Write it up on [our wiki](https://wiki.monzo.com/engineering) before the review.",
])
def test_ll301_an_address_in_brackets_alone_credits_no_source(cli, write, statement):
    # The framework's own page on another organisation's site: a leftover, not a citation.
    path = write("escrowtab.yaml", framework_yaml([statement], domains=["escrowtab.com"]))
    assert findings(cli, path, select="LL301") == [
        f"{path}:{at(0, statement, 'https')}: LL301 [error] URL on wiki.monzo.com, a domain of Monzo (known to "
        "publish its career framework), not of EscrowTab"
    ]


@pytest.mark.parametrize("statement", [
    "Our levels follow the ladder (source: https://progression.monzo.com/levels).",
    "Our levels are adapted from https://progression.monzo.com/levels and our own.",
    "I grow as engineers do here (see https://progression.monzo.com/levels).",
    "Our levels are based on the ladder ([progression](https://progression.monzo.com/levels)).",
])
def test_ll301_an_address_words_credit_is_still_no_leftover(cli, write, statement):
    path = write("escrowtab.yaml", framework_yaml([statement], domains=["escrowtab.com"]))
    assert findings(cli, path, select="LL301") == []


def test_ll301_options_add_and_allow_names():
    fw = framework(framework_yaml(["I work with Initech and deploy with GitLab at GitLab's pace"]))
    rule = ForeignBrand({"known-brands": ["Initech"], "allowed-names": ["GitLab"]})
    assert [v.message.split(":")[0] for v in rule.check_frameworks([fw])] == [
        "'Initech' is another organisation's name (listed in known-brands), not EscrowTab's"
    ]
    assert list(ForeignBrand().check_frameworks([fw])) != []  # GitLab's pace: GitLab as an organisation


# LL302 brand-by-shape --------------------------------------------------------


def advice(name: str) -> str:
    """What LL302 tells the owner of EscrowTab's framework to do."""
    return f"; write EscrowTab there, or add '{name}' to this rule's `allowed-names` if it is meant"


def test_ll302_reports_unlisted_names_by_shape(cli, write):
    statements = [
        "I practice the Initech Diversity Commitments on a regular basis",
        "I grew up on the Globex Engineering Career Framework",
        "I embody Hooli's values",
        "I welcome new Vandelay employees",
        "Before this I worked at Initrode Corp, and I liked it",
    ]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL302") == [
        f"{path}:{at(0, statements[0], 'Initech')}: LL302 [warning] 'Initech' reads like another organisation's name, not EscrowTab's: "
        "'I practice the Initech Diversity Commitments on a regula…'" + advice('Initech'),
        f"{path}:{at(1, statements[1], 'Globex')}: LL302 [warning] 'Globex' reads like another organisation's name, not EscrowTab's: "
        "'…w up on the Globex Engineering Career Framework'" + advice('Globex'),
        f"{path}:{at(2, statements[2], 'Hooli')}: LL302 [warning] 'Hooli' reads like another organisation's name, not EscrowTab's: "
        "'I embody Hooli's values'" + advice('Hooli'),
        f"{path}:{at(3, statements[3], 'Vandelay')}: LL302 [warning] 'Vandelay' reads like another organisation's name, not EscrowTab's: "
        "'…welcome new Vandelay employees'" + advice('Vandelay'),
        f"{path}:{at(4, statements[4], 'Initrode')}: LL302 [warning] 'Initrode Corp' reads like another organisation's name, not EscrowTab's: "
        "'…is I worked at Initrode Corp, and I like…'" + advice('Initrode Corp'),
    ]


@pytest.mark.parametrize("statement", [
    "I practice the EscrowTab Diversity Commitments on a regular basis",  # own name
    "Exemplifies EscrowTab’s culture in working with others",  # own name after a capitalised verb
    "I practice the Dropbox Diversity Commitments",  # LL301's
    "I present my work at Level 3 reviews",  # a number follows
    "I give my view at Exco level and in C Suite meetings",  # the phrase goes on
    "I contribute at All Hands",  # an ordinary word
    "I understand the Organizational Health values",  # the framework's own term
    "I mentor Senior employees",
    "I help new people. Scale matters here",
    "Data Science Career Ladder",  # a discipline
    "I read the Machine Learning Career Framework",
    # The calendar, and a rank numbered with a hyphen.
    "I stay calm at Christmas and at Thanksgiving peaks",
    "I answer pages at Sev-1 and at Tier-2",
    # A second name beside one's own that is a skill, or goes on into a phrase.
    "I am good at Python and Go",
    "I speak at EscrowTab and Dropbox events",
])
def test_ll302_quiet_on_own_names_terms_and_ordinary_words(cli, write, statement):
    path = write("f.yaml", framework_yaml([statement, "I learn all the time"]))
    assert findings(cli, path, select="LL302") == []


@pytest.mark.parametrize("statement", [
    "I live Thornbury's engineering principles in my daily work",
    "I embody Thornbury\u2019s core values",
    "I grew on Thornbury's engineering ladder",
    "I read Thornbury's career progression framework",
])
def test_ll302_reports_a_possessive_before_an_organisations_own_principles_or_ladder(statement):
    found = BrandByShape().check_frameworks([framework(framework_yaml([statement]))])
    assert [v.message.split("'")[1] for v in found] == ["Thornbury"]


@pytest.mark.parametrize("statement", [
    "I understand Thornbury's operational infrastructure in depth",
    "I work with Thornbury\u2019s product owners on the roadmap",
    "I know Thornbury's customers and what they need",
    "I grow Thornbury's engineering organisation",
])
def test_ll302_reports_a_possessive_before_what_only_an_organisation_has(statement):
    found = BrandByShape().check_frameworks([framework(framework_yaml([statement]))])
    assert [v.message.split("'")[1] for v in found] == ["Thornbury"]


@pytest.mark.parametrize("statement", [
    # What a product or a technology has too: its code, its design.
    "I contribute to React's codebase and know Kafka's architecture",
    "I know Postgres's query planner and Python's type system",
    # The own organisation, an organisation frameworks cite, a team, and an acronym.
    "I know EscrowTab's customers and Google's infrastructure",
    "I know AWS's production infrastructure",
    # What a product or a platform has too: its settings, its infrastructure.
    "I administer GitHub's organization settings and Okta's organisation policies",
    "I know Kubernetes's production infrastructure",
    # A law or a principle named after a person, and a ladder alone.
    "I know Conway's law, Brooks's law and Hyrum's Law",
    "I apply Amdahl's law, Postel's principle and Kerckhoffs's principle",
    "I plan for Murphy's law, Parkinson's law and Goodhart's law",
    "I climb Jacob's ladder",
    # The sample company of templates: LL406 reports it as a placeholder.
    "Before this I worked at Acme Corp, and at Acme Labs",
])
def test_ll302_quiet_on_laws_named_after_people_and_the_sample_company(statement):
    assert BrandByShape().check_frameworks([framework(framework_yaml([statement]))]) == []


@pytest.mark.parametrize("statement", [
    "I help new joiners and live the Initech Operating Principles.",
    "I help new joiners and live the Initech Engineering Values.",
    "I practice the Initech Leadership Principles",
    "I embody the Initech Core Engineering Values",
    "I follow the Initech Company Handbook",
])
def test_ll302_the_name_is_the_words_before_the_kind_of_values(cli, write, statement):
    # A report-only trial: "the Stripe Operating Principles" named 'Stripe Operating', and
    # "the Stripe Engineering Values" was missed. "Operating Principles" is what the company calls its values.
    path = write("f.yaml", framework_yaml([statement]))
    found = findings(cli, path, select="LL302")
    assert [f.split("LL302 [warning] ")[1].split("'")[1] for f in found] == ["Initech"]
    assert found[0].startswith(f"{path}:{at(0, statement, 'Initech')}:")


# A report-only trial: a line pasted from another company's ladder, its name
# the only one in the file, was missed where no shape matched it.
@pytest.mark.parametrize("statement, name", [
    ("I embody the Carvago values.", "Carvago"),  # lower-case "values"
    ("You know the Initech way of doing things", "Initech"),
    ("I understand the Leads.io engagement model.", "Leads.io"),
    ("I regularly contribute to Packback's presence in the technology community.", "Packback"),
    ("I am a critical part of Initech\u2019s continued success", "Initech"),
    ("I am considered a critical part of Carvago business success.", "Carvago"),
    ("I am a trusted voice in Carvago and my opinions carry some weight.", "Carvago"),
    ("I am an ambassador for Initech at meetups", "Initech"),
    ("I am investing back into Carvago.", "Carvago"),
    ("Reinvests into Carvago through mentoring", "Carvago"),
    ("My influence is felt beyond Initech, in the wider industry", "Initech"),
])
def test_ll302_reports_a_name_where_only_a_company_fits(statement, name):
    found = BrandByShape().check_frameworks([framework(framework_yaml([statement]))])
    assert [v.message.split("'")[1] for v in found] == [name]
    assert found[0].span is not None and statement[found[0].span[0]:found[0].span[1]] == name


@pytest.mark.parametrize("statement", [
    # A technology, a language or a tool in the same shapes: its community, its way, its success.
    "I follow Python best practices and Kubernetes best practices",
    "I am a trusted voice in the Rust community and an advocate for TypeScript",
    "I am a trusted voice in Rust and Go",
    "I contribute to React's ecosystem and apply AWS's well-architected framework",
    "I contribute back to Kubernetes, and back into Terraform",
    # Giving back is what people do for open-source projects, named or not in a list of tools.
    "Gives back to ClojureScript and Babashka",
    "Contributes back into Babashka",
    "I know the Python way, the Node.js way and the Kubernetes operating model",
    "I share the Kubernetes values and the Rust culture",
    "I contribute to Terragrunt's success and to Kubernetes's success",
    "I look beyond MVP scope and beyond Engineering",
    "I give back to Open Source and am an advocate for Accessibility",
    # Advocates advocate for technologies, listed or not (review of round 12).
    "Is an advocate for Tauri", "Is an advocate for Nx and Turborepo",
    "I understand Payments business goals",
    # A person's, and a method or an organisation frameworks cite.
    "I am a voice in Priya's team and help with Priya's career growth",
    "I know the Agile way and the Toyota way",
    # The framework's own organisation and its alias.
    "I am a trusted voice in EscrowTab and embody the EscrowTab values",
    "I am investing back into Escrow, and part of Escrow business success",
    "I contribute to EscrowTab's presence in the technology community",
])
def test_ll302_quiet_on_a_technology_a_person_or_the_own_name_in_those_shapes(statement):
    found = BrandByShape().check_frameworks([framework(framework_yaml([statement], aliases=["Escrow"]))])
    assert found == []


def test_ll302_leaves_a_name_that_overlaps_one_ll301_reports_to_it(cli, write):
    # A report-only trial: "at Monzo Bank" gave LL301 'Monzo' and LL302 'Monzo Bank', one leftover twice.
    statements = ["I raise concerns with my manager at Monzo Bank.", "I grow people at Initech Bank."]
    path = write("escrowtab.yaml", framework_yaml(statements))
    assert [f.split(": ")[1].split(" is ")[0].split(" reads ")[0] for f in findings(cli, path, select="LL301,LL302")] == [
        "LL301 [error] 'Monzo'",
        "LL302 [warning] 'Initech Bank'",
    ]


def test_ll302_leaves_the_names_of_ll301_s_known_brands_to_it(cli, write, tmp_path):
    statements = ["I live the Initech Operating Principles.", "I live the Globex Values."]
    path = write("escrowtab.yaml", framework_yaml(statements))
    config = write(".ladderlint.yaml", "rules:\n  LL301:\n    known-brands: [Initech]\n")
    run = cli("check", "--config", str(config), "--format", "concise", "--select", "LL301,LL302",
              "--fail-on", "never", str(path))
    assert [line.split(": ")[1].split(" is ")[0].split(" reads ")[0] for line in run.lines if ": LL" in line] == [
        "LL301 [error] 'Initech'",
        "LL302 [warning] 'Globex'",
    ]


def test_ll302_reports_a_name_beside_the_own_organisation(cli, write):
    statements = ["I grow staff engineers at EscrowTab and Initech", "I joined EscrowTab or Globex."]
    path = write("f.yaml", framework_yaml(statements))
    assert [f.split("'")[1] for f in findings(cli, path, select="LL302")] == ["Initech", "Globex"]


def test_ll302_a_part_of_the_own_organisation_is_not_another():
    quiet = framework(framework_yaml(["I live the Tech Leadership Principles", "I serve EscrowTab Tech well"]))
    assert BrandByShape().check_frameworks([quiet]) == []
    loud = framework(framework_yaml(["I live the Tech Leadership Principles", "I serve EscrowTab well"]))
    assert [v.message.split("'")[1] for v in BrandByShape().check_frameworks([loud])] == ["Tech"]


def test_ll302_allowed_names_option():
    fw = framework(framework_yaml(["I practice the Initech Values"]))
    assert len(list(BrandByShape().check_frameworks([fw]))) == 1
    assert list(BrandByShape({"allowed-names": ["Initech"]}).check_frameworks([fw])) == []


@pytest.mark.parametrize("statement", [
    # A report-only trial: a single leftover name, in none of the shapes LL302 knew.
    "Is sought out across Brightwave for advice on experiments.",
    "Is trusted inside and outside Brightwave.",
    "Is known inside of Brightwave and outside of it.",
    "Shares what works throughout Brightwave and beyond.",
    "Builds consensus within Brightwave, then writes it down.",
    "Represents Brightwave at conferences and meetups.",
    "I represent Brightwave to our partners",
    "Owns Brightwave's experimentation methodology.",
    "Shapes Brightwave\u2019s product strategy and roadmap.",
    "Knows Brightwave's enterprise customers by name.",
    "Knows Brightwave's key stakeholders.",
    # Its people in it, and its ways followed (a forked framework's leftovers).
    "Develops an awareness of stakeholders in Brightwave; their role and influence.",
    "Communicates with operational teams in Brightwave at peer level.",
    "Builds trust with colleagues in Brightwave and beyond.",
    "Advises on analysis approach, as Brightwave does.",
    "Reviews designs early, as Brightwave has done in the past.",
])
def test_ll302_reports_a_name_where_an_organisation_stands(cli, write, statement):
    path = write("f.yaml", framework_yaml([statement]))
    found = findings(cli, path, select="LL302")
    assert [f.split("LL302 [warning] ")[1].split("'")[1] for f in found] == ["Brightwave"]
    assert found[0].startswith(f"{path}:{at(0, statement, 'Brightwave')}:")


@pytest.mark.parametrize("statement", [
    # Places, parts of the organisation, products and tools: English words and terms of the trade.
    "Works across Europe, across AWS regions and outside London.",
    "Shares knowledge across Engineering and within Payments.",
    "Documents decisions within Confluence and tracks them across Jira.",
    "Keeps the build green throughout Q3 and within SLA.",
    "Works within ML Platform and represents SRE Tooling at the guild.",
    "Represents the team at conferences.",
    "Represents Payments in planning, and Data Science at the guild.",
    "Reads across Kubernetes and Terraform docs.",
    # A person's, a product's and a thinker's: their work, not an organisation's.
    "Asks for Zoë's review and acts on Sam's feedback.",
    "Shares Zoë's vision for the team.",
    "Follows React's roadmap and Kent Beck's methodology.",
    # The own organisation, and a part of it.
    "Is trusted across EscrowTab and represents EscrowTab at meetups.",
    "Shapes EscrowTab's product strategy.",
    "Is trusted across EscrowTab Engineering.",
    "Is trusted at EscrowTab Labs.",
    # An organisation frameworks cite.
    "Studies Google's hiring strategy.",
    "Runs blameless postmortems, as Google does.",
    "Knows Google's stakeholders.",
    # People in places, parts of the organisation and tools; ways of technologies, levels and teams.
    "Works with teams in Europe, colleagues in Engineering and stakeholders in APAC.",
    "Works with teams in Jira and colleagues in Slack.",
    "Teams in Payments rely on them.",
    "Knows Platform's stakeholders.",
    "Handles errors explicitly, as Rust does, and reviews code as GitHub does.",
    "Mentors juniors, as Seniors do, as Staff Engineers do and as SREs do.",
    "Works as Platform does.",
    "Supports stakeholders in RevOps, colleagues in PeopleOps and teams across BizOps.",
    "Mentors others, as Priya did for them.",
    # The own organisation.
    "Is trusted by stakeholders in EscrowTab and works as EscrowTab does.",
    # A cited organisation's product, acted for or used.
    "Represents Google Cloud at partner events.",
    "Runs meetings in Microsoft Teams.",
])
def test_ll302_quiet_on_places_teams_tools_and_people_where_an_organisation_may_stand(cli, write, statement):
    path = write("f.yaml", framework_yaml([statement, "I learn all the time"]))
    assert findings(cli, path, select="LL302") == []


def test_ll302_a_name_of_the_tracks_own_words_is_not_another_organisation(cli, write):
    statement = "Tunes models, as Zephyrix does."
    quiet = write("quiet.yaml", framework_yaml([statement], track="Zephyrix Engineer"))
    assert findings(cli, quiet, select="LL302") == []
    loud = write("loud.yaml", framework_yaml([statement]))
    assert [f.split("LL302 [warning] ")[1].split("'")[1] for f in findings(cli, loud, select="LL302")] == ["Zephyrix"]


def test_ll302_a_cited_organisation_acted_for_is_reported_not_its_products(cli, write):
    # Frameworks cite Microsoft and Google; one that represents Microsoft was copied from it.
    statements = [
        "Represents Microsoft at conferences.",
        "Worked at Microsoft before joining.",
        "Runs meetings in Microsoft Teams.",
        "Studies the Microsoft SDL.",
    ]
    path = write("f.yaml", framework_yaml(statements))
    found = findings(cli, path, select="LL302")
    assert [f.split(": LL302")[0] for f in found] == [
        f"{path}:{at(0, statements[0], 'Microsoft')}", f"{path}:{at(1, statements[1], 'Microsoft')}"]
    assert "'Microsoft' again" in found[1]
    quiet = write("quiet.yaml", framework_yaml(statements[1:]))
    assert findings(cli, quiet, select="LL302") == []


# LL303 foreign-domain --------------------------------------------------------


def test_ll303_reports_addresses_off_the_organisation_domains(cli, write):
    statements = [
        "I take the interview training at https://learn.initech.com/interviews.",
        "I ask careers@initech.com, or see https://wiki.escrowtab.com/hiring and www.escrowtab.com",
        "Design principles: https://en.wikipedia.org/wiki/Design",
    ]
    path = write("f.yaml", framework_yaml(statements, domains=["escrowtab.com"]))
    assert findings(cli, path, select="LL303") == [
        f"{path}:{at(0, statements[0], 'https')}: LL303 [warning] URL on learn.initech.com is not on EscrowTab's domains (escrowtab.com): "
        "'https://learn.initech.com/interviews'",
        f"{path}:{at(1, statements[1], 'careers')}: LL303 [warning] e-mail address on initech.com is not on EscrowTab's domains "
        "(escrowtab.com): 'careers@initech.com'",
    ]


@pytest.mark.parametrize(("statement", "address"), [
    ("我们参考了 OpenJDK 的治理规则（https://openjdk.org/bylaws）来设计这份文档。", "https://openjdk.org/bylaws"),
    ("治理规则见https://openjdk.org/bylaws，请阅读。", "https://openjdk.org/bylaws"),
    ("规则：https://openjdk.org/bylaws来设计", "https://openjdk.org/bylaws"),
    ("ガイドは https://openjdk.org/guide。", "https://openjdk.org/guide"),
    # CJK script that is the page's name, after a "/" or a "=", is the address's.
    ("见 https://openjdk.org/wiki/开源软件 。", "https://openjdk.org/wiki/开源软件"),
    ("搜索 https://openjdk.org/search?q=治理 。", "https://openjdk.org/search?q=治理"),
])
def test_ll303_an_address_ends_at_full_width_punctuation_and_at_the_text_after_it(cli, write, statement, address):
    path = write("f.yaml", framework_yaml([statement], domains=["escrowtab.com"]))
    host = address.split("/")[2]
    assert findings(cli, path, select="LL303") == [
        f"{path}:{at(0, statement, 'https')}: LL303 [warning] URL on {host} is not on EscrowTab's domains "
        f"(escrowtab.com): '{address}'"
    ]


def test_ll303_the_documentation_of_open_languages_and_foundations_is_nobodys_brand():
    from ladderlint.rules.ll303_foreign_domain import ForeignDomain

    statements = [
        "Reads the docs at https://docs.python.org and https://developer.mozilla.org before asking",
        "Applies the OWASP Top 10 (https://owasp.org/Top10/) and reads https://kubernetes.io/docs/concepts/",
        "Takes the course at https://learn.initech.com/python",
    ]
    fw = framework(framework_yaml(statements, domains=["escrowtab.com"]))
    assert [v.message.split(" is not")[0] for v in ForeignDomain().check_frameworks([fw])] == [
        "URL on learn.initech.com"]


def test_ll303_a_cited_link_into_another_organisations_intranet_is_reported():
    from ladderlint.rules.ll303_foreign_domain import ForeignDomain

    statements = [
        "I follow the process; see https://confluence.initech.com/display/ENG/Process",
        "See the runbooks (https://initech.atlassian.net/wiki/spaces/OPS)",
        "See https://martinfowler.com/articles/is-quality-worth-cost.html",
        "See https://wiki.c2.com/?WardExplainsDebtMetaphor",
    ]
    fw = framework(framework_yaml(statements, domains=["escrowtab.com"]))
    assert [v.message.split(" is not")[0] for v in ForeignDomain().check_frameworks([fw])] == [
        "URL on confluence.initech.com", "URL on initech.atlassian.net"]


def test_ll303_a_host_named_after_the_organisation_is_its_own():
    from ladderlint.rules.ll303_foreign_domain import ForeignDomain

    statements = [
        "I write up decisions in our space (see https://escrowtab.atlassian.net/wiki/spaces/ENG)",
        "I follow the on-call guide at https://confluence.escrow-tab.io/oncall",
        "I follow the process; see https://confluence.initech.com/display/ENG/Process",
        "I read https://escrowtabs.io/notes",
    ]
    fw = framework(framework_yaml(statements))
    assert [v.message.split(" is not")[0] for v in ForeignDomain().check_frameworks([fw])] == [
        "URL on confluence.initech.com", "URL on escrowtabs.io"]


def test_ll303_the_organisations_own_account_on_a_platform_is_its_own():
    from ladderlint.rules.ll303_foreign_domain import ForeignDomain

    statements = [
        "I keep the ladder at https://github.com/escrowtab/career-ladder up to date",
        "I write for https://medium.com/@escrow-tab and https://gitlab.com/EscrowTab/handbook",
        "I read https://github.com/initech/escrowtab",  # another's account
        "I read https://gitlab.com/initech/handbook",
    ]
    fw = framework(framework_yaml(statements))
    assert [v.message.split(" is not")[0] for v in ForeignDomain().check_frameworks([fw])] == [
        "URL on github.com", "URL on gitlab.com"]


def test_ll303_says_when_no_domains_are_declared_and_honours_allowed_domains(cli, write):
    from ladderlint.rules.ll303_foreign_domain import ForeignDomain

    fw = framework(framework_yaml(["I read https://learn.initech.com/effective_go"]))
    assert [v.message for v in ForeignDomain().check_frameworks([fw])] == [
        "URL on learn.initech.com is not on the organisation's domains (EscrowTab declares none): "
        "'https://learn.initech.com/effective_go'"
    ]
    assert list(ForeignDomain({"allowed-domains": ["initech.com"]}).check_frameworks([fw])) == []


def test_ll303_says_how_to_declare_the_domain_of_a_contact_address_when_none_is_declared(cli, write):
    from ladderlint.rules.ll303_foreign_domain import ForeignDomain

    fw = framework(framework_yaml(["I send the incident summary to people@escrow-mail.co.uk"]))
    assert [v.message for v in ForeignDomain().check_frameworks([fw])] == [
        "e-mail address on escrow-mail.co.uk is not on the organisation's domains (EscrowTab declares none): "
        "'people@escrow-mail.co.uk'; if it is EscrowTab's, list its domain in `organisation.domains`"
    ]


# LL304 brand-misspelt --------------------------------------------------------


def test_ll304_reports_case_spacing_and_one_letter_misspellings(cli, write):
    statements = [
        "I represent Escrowtab at meetups",
        "I joined Escrow Tab in 2020 and ESCROWTAB's values guide me",
        "I know how EscrowTap works",
        "I know escrowtab-mle, https://escrowtab.com and EscrowTab's products",
    ]
    path = write("f.yaml", framework_yaml(statements, aliases=["EscrowTab Inc."]))
    assert findings(cli, path, select="LL304") == [
        f"{path}:{at(0, statements[0], 'Escrowtab')}: LL304 [warning] 'Escrowtab' is not how EscrowTab is spelt "
        "(accepted: EscrowTab, EscrowTab Inc.): 'I represent Escrowtab at meetups'",
        f"{path}:{at(1, statements[1], 'Escrow Tab')}: LL304 [warning] 'Escrow Tab' is not how EscrowTab is spelt "
        "(accepted: EscrowTab, EscrowTab Inc.): 'I joined Escrow Tab in 2020 and ESCROWTAB's…'",
        f"{path}:{at(1, statements[1], 'ESCROWTAB')}: LL304 [warning] 'ESCROWTAB' is not how EscrowTab is spelt "
        "(accepted: EscrowTab, EscrowTab Inc.): '… Escrow Tab in 2020 and ESCROWTAB's values guide me'",
        f"{path}:{at(2, statements[2], 'EscrowTap')}: LL304 [warning] 'EscrowTap' is not how EscrowTab is spelt (accepted: EscrowTab, "
        "EscrowTab Inc.): 'I know how EscrowTap works'",
    ]


def test_ll304_quiet_on_accepted_spellings_and_plain_lower_case_names():
    fw = framework(framework_yaml(
        ["I represent Escrowtab at meetups", "I learn about monzo cards", "Strives for Monzo's mission"],
        aliases=["Escrowtab"],
    ))
    assert BrandMisspelt().check_frameworks([fw]) == []
    monzo = framework(framework_yaml(["I use monzo daily", "Mongo is our database"], org="Monzo"))
    assert BrandMisspelt().check_frameworks([monzo]) == []


@pytest.mark.parametrize("statement", [
    "I get involved in company-wide activities to build relationships across skylight.",
    "I solve security problems across skylight organizations",
    "Since I joined skylight, I mentor new joiners",
])
def test_ll304_a_lower_case_name_where_only_a_name_stands_bare(statement):
    # The texts write the name capitalised too: in lower case after "across" or "join", it is the name.
    fw = framework(framework_yaml([statement, "I live Skylight's values"], org="Skylight"))
    assert [v.message.split("'")[1] for v in BrandMisspelt().check_frameworks([fw])] == ["skylight"]


@pytest.mark.parametrize("statements", [
    # Never capitalised in the texts: it may be the word.
    ["I build relationships across skylight."],
    # After a determiner, or after "at", "in", "on", "with": the ordinary word stands so too.
    ["I live Skylight's values", "I build relationships across the skylight."],
    ["I live Scale's values", "I design systems that work at scale.", "I keep work on scale"],
    # In lower case elsewhere too: the framework's ordinary word.
    ["I live Skylight's values", "I build relationships across skylight.", "I fix a leaking skylight"],
])
def test_ll304_quiet_on_a_lower_case_name_that_may_be_the_word(statements):
    org = "Scale" if "Scale's" in statements[0] else "Skylight"
    assert BrandMisspelt().check_frameworks([framework(framework_yaml(statements, org=org))]) == []


def test_ll304_a_name_that_ends_with_a_full_stop_is_its_own_without_it():
    # The organisation's name is read in its own text too: "Plover Ltd." there, "Plover Ltd" at a sentence's end.
    fw = framework(framework_yaml(
        ["I represent Plover Ltd at meetups", "I joined Plover Ltd. in 2020"], org="Plover Ltd.", aliases=["Plover"]))
    assert BrandMisspelt().check_frameworks([fw]) == []
    fw = framework(framework_yaml(["I represent Plover ltd at meetups"], org="Plover Ltd.", aliases=["Plover"]))
    assert [v.message.split("'")[1] for v in BrandMisspelt().check_frameworks([fw])] == ["Plover ltd"]


def test_ll304_a_lower_case_name_is_capitalised_where_a_sentence_starts():
    fw = framework(framework_yaml(["Leads.io engineers plan their work. Leads.io ships weekly",
                                   "I know the branching strategies of leads.io"], org="leads.io"))
    assert BrandMisspelt().check_frameworks([fw]) == []
    inside = framework(framework_yaml(["I plan the work of Leads.io teams"], org="leads.io"))
    assert [v.message.split("'")[1] for v in BrandMisspelt().check_frameworks([inside])] == ["Leads.io"]


def test_ll304_the_organisations_own_domain_is_no_misspelling():
    """'leads.io' where organisation.domains lists it is the name written as
    its address ('ladderlint import --domain leads.io' writes it there)."""
    said = ["I architect systems for any leads.io engagement", "I represent Leads.io at meetups"]
    assert BrandMisspelt().check_frameworks([framework(framework_yaml(said, org="Leads.io", domains=["leads.io"]))]) == []
    other = framework(framework_yaml(said + ["I write LEADS.IO in capitals"], org="Leads.io", domains=["leads.io"]))
    assert [v.message.split("'")[1] for v in BrandMisspelt().check_frameworks([other])] == ["LEADS.IO"]
    without = framework(framework_yaml(said, org="Leads.io"))
    assert [v.message.split("'")[1] for v in BrandMisspelt().check_frameworks([without])] == ["leads.io"]


@pytest.mark.parametrize(("word", "reported"), [
    ("EscrowTap", True),  # a letter changed
    ("Escrotwab", True),  # two neighbours swapped
    ("EscrowTabs", True),  # a letter added
    ("Escrowab", True),  # a letter left out
    ("Escrbwtao", False),  # two letters apart swapped: two changes
    ("Escrotab1", False),  # a letter left out and one added
    ("EscrowTabby", False),  # two letters added
])
def test_ll304_a_word_one_edit_from_the_name_is_a_misspelling(word, reported):
    fw = framework(framework_yaml([f"I know how {word} works"]))
    assert [v.message.split("'")[1] for v in BrandMisspelt().check_frameworks([fw])] == ([word] if reported else [])


def stripe_framework(statement: str):
    return framework(framework_yaml([statement], org="Stripe", id="stripe-eng", name="Stripe Engineering Ladder"))


@pytest.mark.parametrize("statement", [
    "I joined the Strike Team for incidents",
    "I work on the Stride app and read the Strips report",
])
def test_ll304_an_english_word_one_letter_from_the_name_is_no_misspelling(statement):
    assert BrandMisspelt().check_frameworks([stripe_framework(statement)]) == []


def test_ll304_a_word_one_letter_from_a_name_that_is_an_english_word_is_still_a_slip():
    found = BrandMisspelt().check_frameworks([stripe_framework("I joined Strpe and then Stirpe")])
    assert [v.message.split("'")[1] for v in found] == ["Strpe", "Stirpe"]


# LL305 organisation-spelling, LL306 duplicate-framework-id --------------------


def test_ll305_reports_the_minority_spelling_of_one_organisation(cli, write):
    a = write("a.yaml", framework_yaml(["I learn"], id="a"))
    b = write("b.yaml", framework_yaml(["I learn"], id="b"))
    c = write("c.yaml", framework_yaml(["I learn"], id="c", org="Escrowtab"))
    d = write("d.yaml", framework_yaml(["I learn"], id="d", org="Initech", aliases=["Initech Inc"]))
    assert findings(cli, a, b, c, d, select="LL305") == [
        f"{c}:8:9: LL305 [error] organisation 'Escrowtab' is spelt differently in other frameworks: "
        f"'EscrowTab' in {a}, 'EscrowTab' in {b}"
    ]


def test_ll305_a_name_and_its_domain_are_one_organisation(cli, write):
    # "Cal" and "Cal.com" are one organisation: LL305 says so once per file, LL301 never.
    a = write("a.yaml", framework_yaml(["I ship features at Cal.com"], id="a", org="Cal", name="Cal Ladder"))
    b = write("b.yaml", framework_yaml(["I ship features at Cal.com"], id="b", org="Cal.com", name="Cal Ladder",
                                       track="Backend Engineer"))  # one track twice is LL307
    assert [line.split(" [")[0].split(": ")[1] for line in findings(cli, a, b, select="LL3")] == ["LL305", "LL305"]


# Spellings joined by an alias alone may be a group's companies, not one organisation.
GROUP_ADVICE = ("; `aliases` are other spellings of one organisation: if these are different organisations of one "
                "group, take them out of `aliases` and list them in LL301's `allowed-names` option")


def test_ll305_links_spellings_through_aliases_and_reports_both_sides_of_a_tie(cli, write):
    a = write("a.yaml", framework_yaml(["I learn"], id="a", aliases=["EscrowTab Payments"]))
    b = write("b.yaml", framework_yaml(["I learn"], id="b", org="EscrowTab Payments"))
    assert findings(cli, a, b, select="LL305") == [
        f"{a}:8:9: LL305 [error] organisation 'EscrowTab' is spelt differently in other frameworks: "
        f"'EscrowTab Payments' in {b}{GROUP_ADVICE}",
        f"{b}:8:9: LL305 [error] organisation 'EscrowTab Payments' is spelt differently in other frameworks: "
        f"'EscrowTab' in {a}{GROUP_ADVICE}",
    ]
    assert findings(cli, a, select="LL305") == []


def test_ll306_reports_every_file_sharing_an_id(cli, write):
    a = write("a.yaml", framework_yaml(["I learn"]))
    b = write("b.yaml", framework_yaml(["I learn"]))
    c = write("c.yaml", framework_yaml(["I learn"], id="escrowtab-backend"))
    assert findings(cli, a, b, c, select="LL306") == [
        f"{a}:2:5: LL306 [error] framework id 'escrowtab-mle' is also used by {b}",
        f"{b}:2:5: LL306 [error] framework id 'escrowtab-mle' is also used by {a}",
    ]
    assert findings(cli, a, c, select="LL306") == []


# LL307 duplicate-framework-name ----------------------------------------------


def test_ll307_reports_every_file_with_one_name_and_track_naming_the_others(cli, write):
    """A file copied to start a new track, its id changed and nothing else."""
    a = write("a.yaml", framework_yaml(["I learn"], id="escrowtab-mle"))
    b = write("b.yaml", framework_yaml(["I learn"], id="escrowtab-backend"))
    # As a reader reads them: case, spacing and the organisation's spelling aside.
    c = write("c.yaml", framework_yaml(["I learn"], id="escrowtab-data", org="Escrowtab",
                                       name="EscrowTab  engineering career framework", track="machine learning engineer"))
    said = "readers cannot tell the frameworks apart: give each its own track, or its own name"
    assert findings(cli, a, b, c, select="LL307") == [
        f"{a}:4:8: LL307 [warning] framework name 'EscrowTab Engineering Career Framework' and track 'Machine "
        f"Learning Engineer' are also used by {b}, {c}; {said}",
        f"{b}:4:8: LL307 [warning] framework name 'EscrowTab Engineering Career Framework' and track 'Machine "
        f"Learning Engineer' are also used by {a}, {c}; {said}",
        f"{c}:4:8: LL307 [warning] framework name 'EscrowTab  engineering career framework' and track 'machine "
        f"learning engineer' are also used by {a}, {b}; {said}",
    ]


def test_ll307_frameworks_whose_track_name_or_organisation_differ_are_not_reported(cli, write):
    a = write("a.yaml", framework_yaml(["I learn"], id="escrowtab-mle"))
    tracks = write("b.yaml", framework_yaml(["I learn"], id="escrowtab-backend", track="Backend Engineer"))
    names = write("c.yaml", framework_yaml(["I learn"], id="escrowtab-ml-2", name="EscrowTab ML Ladder"))
    other = write("d.yaml", framework_yaml(["I learn"], id="initech-mle", org="Initech"))
    assert findings(cli, a, tracks, names, other, select="LL307") == []
    assert findings(cli, a, select="LL307") == []


def test_ll307_a_version_kept_beside_the_one_that_replaced_it_is_not_reported(cli, write):
    current = write("a.yaml", framework_yaml(["I learn"], id="escrowtab-mle"))
    kept = write("v0/a.yaml", framework_yaml(["I learn"], id="escrowtab-mle-2023").replace(
        'version: "1.0.0"', 'version: "0.9.0"'))
    assert findings(cli, current, kept, select="LL307") == []


def test_ll307_leaves_a_file_with_the_same_id_to_ll306(cli, write):
    """One copy whose id was not changed either is one finding, not two."""
    a = write("a.yaml", framework_yaml(["I learn"]))
    b = write("b.yaml", framework_yaml(["I learn"]))
    assert findings(cli, a, b, select="LL306,LL307") == [
        f"{a}:2:5: LL306 [error] framework id 'escrowtab-mle' is also used by {b}",
        f"{b}:2:5: LL306 [error] framework id 'escrowtab-mle' is also used by {a}",
    ]
    c = write("c.yaml", framework_yaml(["I learn"], id="escrowtab-backend"))
    assert [line.split(": LL307")[0] for line in findings(cli, a, b, c, select="LL307")] == [
        f"{a}:4:8", f"{b}:4:8", f"{c}:4:8"]
    assert f"also used by {a}, {b};" in findings(cli, a, b, c, select="LL307")[2]


def test_ll307_names_the_first_few_files_of_many(cli, write):
    paths = [write(f"{n}.yaml", framework_yaml(["I learn"], id=f"escrowtab-{n}")) for n in "abcdef"]
    first = findings(cli, *paths, select="LL307")[0]
    assert f"are also used by {paths[1]}, {paths[2]}, {paths[3]} and 2 more; " in first


def test_ll301_a_declared_name_that_is_also_a_word_needs_an_organisation_context(cli, write):
    canopy = write("canopy.yaml", framework_yaml(["I learn"], org="Canopy", id="canopy-mle", name="Canopy Framework"))
    words = write("escrowtab.yaml", framework_yaml(
        ["Canopy cover grows under a canopy of trust", "I admire Canopy's values"]
    ))
    assert findings(cli, canopy, words, select="LL301") == [
        f"{words}:{at(1, 'I admire Canopy', 'Canopy')}: LL301 [error] 'Canopy' is another organisation's name (the organisation of "
        f"{canopy}), not EscrowTab's: 'I admire Canopy's values'; if it is a parent or sister organisation named "
        "on purpose, list it in LL301's `allowed-names` option"
    ]
    # An English word needs the context even where no text writes it in lower case ...
    names = write("escrowtab.yaml", framework_yaml(["Canopy cover grows. Ramp-up time drops", "ML models ship"]))
    ramp = write("ramp.yaml", framework_yaml(["I learn"], org="Ramp", id="ramp-mle", name="Ramp Framework"))
    ml = write("ml.yaml", framework_yaml(["I learn"], org="ML", id="ml-mle", name="ML Framework"))
    assert findings(cli, canopy, names, ramp, ml, select="LL301") == []
    # ... while a name that is no word is a name wherever it is written.
    quillo = write("quillo.yaml", framework_yaml(["I learn"], org="Quillo", id="quillo-mle", name="Quillo Framework"))
    names = write("escrowtab.yaml", framework_yaml(["Quillo cover grows"]))
    assert len(findings(cli, quillo, names, select="LL301")) == 1
    # A built-in ordinary word stays one even when a framework declares it.
    wise = write("wise.yaml", framework_yaml(["I learn"], org="Wise", id="wise-mle", name="Wise Framework"))
    decisions = write("escrowtab.yaml", framework_yaml(["Wise decisions matter"]))
    assert findings(cli, wise, decisions, select="LL301") == []


def test_ll301_a_declared_name_that_is_a_term_of_the_trade_needs_an_organisation_context(cli, write):
    # A tool's own framework in the run: other frameworks use the tool, and a
    # method's name is a word of the trade, not an English word.
    github = write("github.yaml", framework_yaml(["I learn"], org="GitHub", id="github-mle", name="GitHub Framework"))
    kanban = write("kanban.yaml", framework_yaml(["I learn"], org="Kanban", id="kanban-mle", name="Kanban Framework"))
    uses = write("escrowtab.yaml", framework_yaml(
        ["I review pull requests on GitHub", "Kanban boards keep my work visible", "I admire GitHub's culture"]
    ))
    assert [line.split(": LL301 [error] ")[1][:40] for line in findings(cli, github, kanban, uses, select="LL301")] == [
        "'GitHub' is another organisation's name ",
    ]



def test_ll301_a_declared_name_that_is_a_word_is_a_name_where_a_sentence_writes_it_capitalised(cli, write):
    """A name another framework of the run declares is reported at least as
    where the file is checked alone: "Postman's product owners" reads as an
    organisation's there (LL302), and in a run that declares Postman, a
    capitalised "Postman" inside a sentence is that organisation (LL301)."""
    statements = ["I work on RFCs alongside Postman.", "I explain sharp edges to Postman’s product owners",
                  "I share what I learn in Postman"]
    copied = write("escrowtab.yaml", framework_yaml(statements))
    postman = write("postman.yaml", framework_yaml(["I learn"], org="Postman", id="postman-mle", name="Postman Ladder"))
    assert [line.split(" [")[0] for line in findings(cli, copied, select="LL301,LL302")] == [
        f"{copied}:{at(i, statement, 'Postman')}: LL302" for i, statement in enumerate(statements)]
    assert [line.split(": '")[0] for line in findings(cli, copied, postman, select="LL301,LL302")] == [
        f"{copied}:{at(i, statement, 'Postman')}: LL301 [error] 'Postman' is another organisation's name (the "
        f"organisation of {postman}), not EscrowTab's"
        for i, statement in enumerate(statements)
    ]


@pytest.mark.parametrize("statement", [
    "Postman cover grows. Canopy trust grows",  # a sentence starts with it
    "I test the API with a postman collection, as Postman does",  # written in lower case too
    "I grow into a Postman Engineer",  # a word of a longer name
    "I test each endpoint using Postman",  # a tool
    "I grow towards Postman",  # one of the framework's own names (its level title, below)
])
def test_ll301_a_declared_name_that_is_a_word_needs_more_than_a_capital(cli, write, statement):
    copied = write("escrowtab.yaml", framework_yaml([statement]).replace("title: IC1 Engineer", "title: Postman"))
    postman = write("postman.yaml", framework_yaml(["I learn"], org="Postman", id="postman-mle", name="Postman Ladder"))
    canopy = write("canopy.yaml", framework_yaml(["I learn"], org="Canopy", id="canopy-mle", name="Canopy Ladder"))
    assert findings(cli, copied, postman, canopy, select="LL301,LL302") == []


def test_ll302_reports_a_declared_name_of_the_run_that_ll301_leaves(cli, write):
    """A term of the trade another framework declares ("Netlify") needs an
    organisation's context for LL301; where only a shape of LL302 says so,
    LL302 reports it as where the file is checked alone, and its other
    mentions, but where LL301 reports them."""
    statements = ["I explain sharp edges to Netlify’s product owners", "I deploy previews on Netlify",
                  "I live Netlify's values"]
    copied = write("escrowtab.yaml", framework_yaml(statements))
    netlify = write("netlify.yaml", framework_yaml(["I learn"], org="Netlify", id="netlify-mle", name="Netlify Ladder"))
    alone = findings(cli, copied, select="LL301,LL302")
    assert [line.split(" [")[0] for line in alone] == [f"{copied}:{at(i, s, 'Netlify')}: LL302"
                                                       for i, s in enumerate(statements)]
    together = findings(cli, copied, netlify, select="LL301,LL302")
    assert [line.split(" [")[0] for line in together] == [
        f"{copied}:{at(0, statements[0], 'Netlify')}: LL302", f"{copied}:{at(1, statements[1], 'Netlify')}: LL302",
        f"{copied}:{at(2, statements[2], 'Netlify')}: LL301"]
    assert together[0] == alone[0]


def test_ll302_says_how_many_texts_name_a_name_while_the_organisation_is_a_placeholder(cli, write):
    statements = ["I explain sharp edges to Initrode’s product owners", "I work alongside Initrode",
                  "I ship what Initrode needs"]
    path = write("f.yaml", framework_yaml(statements, org="⟨organisation⟩", name="Engineering Career Framework"))
    assert findings(cli, path, select="LL302") == [
        f"{path}:{at(0, statements[0], 'Initrode')}: LL302 [warning] 'Initrode' reads like an organisation's name, "
        "named in 3 texts, and the organisation's name is still '⟨organisation⟩': if Initrode is this framework's "
        "organisation, write it there; if not, it is a leftover: '…rp edges to Initrode’s product owners'"
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Escrow", "escrow", "Tab", "TAB", "tab", " ", "-", ".", "x", "İ", "EscrowTab",
                                 "@", "Dropbox", "\u00e9", "ESCROW", "\n"]), min_size=1, max_size=12).map("".join))
@example("escrow tab, Escrow-Tab and ESCROW.TAB")
@example("EscrowTab Escrowtab")
def test_ll304_candidate_search_finds_what_a_full_scan_finds(text):
    """LL304 looks for the name only where its first part starts, found by a
    plain search of the texts in lower case; where lower-casing changes the
    length of the texts (an "İ" anywhere), it reads every position. Both
    find the same."""
    assert Prose([TextField(("name",), "İ", "name")]).lowered is None
    fast = framework(framework_yaml([text], aliases=["Escrow"]))
    full = framework(framework_yaml([text, "İ"], aliases=["Escrow"]))
    assert [(v.path, v.span, v.message) for v in BrandMisspelt().check_frameworks([fast])] == [
        (v.path, v.span, v.message) for v in BrandMisspelt().check_frameworks([full])
        if v.path == statement_path(0)
    ]


@pytest.mark.parametrize("statement", [
    # Artsy's engineering ladder (CC-BY-4.0): a verb that starts a sentence.
    "Keeps an eye on the team's quality (e.g. missing tests or tech debt). Holds team members to a high standard",
    "Presents the plan at FAM and at PDR meetings",  # acronyms of forums
    "Answers questions at AMAs, and shares the notes at QBRs",  # their plurals
    "This ladder is heavily inspired by the Initech Engineering Career Framework",  # a credit in the text
    # What someone is good at.
    "Elite at TypeScript, Prisma, Next.js, and our testing stack",
    "Very good at Rust and Go",
])
def test_ll302_quiet_on_sentence_starts_acronyms_and_credits(statement):
    assert list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))])) == []


@pytest.mark.parametrize("statement", [
    "I live LMG's values every day",
    "I live LMG\u2019s core values",
    "I practice the LMG Diversity Commitments",
    "I grew on LMG's engineering ladder",
    "At LMG, we believe in reviewing every design",
    "I follow what we do here at LMG",
])
def test_ll302_reports_an_acronym_in_a_shape_only_an_organisation_fills(statement):
    others = ["I represent LMG at meetups", "I address LMGs most important needs"]
    fw = framework(framework_yaml([statement, *others]))
    found = [(v.path[-1], v.message.split("'")[1]) for v in BrandByShape().check_frameworks([fw])]
    assert found == [(0, "LMG"), (1, "LMG"), (2, "LMG")]  # and its other mentions, its possessive too


@pytest.mark.parametrize("org", ["Loan Market Group", "Loan Market"])
def test_ll302_the_initials_of_the_own_organisation_are_its_own(org):
    statements = ["I am a student of the values and beliefs of LMG.", "I live LMG's values"]
    fw = framework(framework_yaml(statements, org=org, aliases=["Loan Market Group"], name="Engineering Ladder"))
    assert BrandByShape().check_frameworks([fw]) == []
    other = framework(framework_yaml(statements, org="Positive Group", name="Engineering Ladder"))
    assert [v.message.split("'")[1] for v in BrandByShape().check_frameworks([other])] == ["LMG", "LMG"]


@pytest.mark.parametrize("statements", [
    # The company's own bodies, named by their letters: what "the" and a body's mission say.
    ["I carry the mission of the PMO"], ["I live the values of the SLT"], ["I know the mission of the EMT"],
    ["I share the mission of the CoE"], ["I know PMO's mission"], ["I grow the culture of Kaizen"],
    # A meeting, said by what is done there, and mentioned again.
    ["At ELT, we present the roadmap", "Presents at ELT"], ["At QBR we discuss the numbers"],
    ["At SLT, we review every design"], ["At ELT, we all agree on priorities"],
    ["At QBR, we are expected to present the team's results"], ["At ELT we're asked to bring one update"],
])
def test_ll302_quiet_on_the_acronyms_of_a_companys_own_bodies_and_meetings(statements):
    assert list(BrandByShape().check_frameworks([framework(framework_yaml(statements))])) == []


@pytest.mark.parametrize("statement", [
    "At LMG, we believe in small teams", "At LMG we value candour", "At LMG, we truly care about customers",
    "At LMG, we're proud of our craft", "At LMG, we strive for excellence",
    "At LMG, we are committed to our customers", "At LMG we are a team of builders",
])
def test_ll302_an_acronym_that_says_what_an_organisation_believes_is_a_leftover(statement):
    found = list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))]))
    assert [v.message.split("'")[1] for v in found] == ["LMG"]


@pytest.mark.parametrize(("statement", "name"), [
    ("I am a committed student of the values and beliefs of LMG.", "LMG"),
    ("I live the values of Initech", "Initech"),
    ("I carry the mission of Initech Corp, and grow it", "Initech Corp"),
])
def test_ll302_reports_the_values_of_a_name(statement, name):
    found = BrandByShape().check_frameworks([framework(framework_yaml([statement]))])
    assert [v.message.split("'")[1] for v in found] == [name]


@pytest.mark.parametrize("statement", [
    # An idea, a practice, a method or a work: not an organisation.
    "I grow the culture of Continuous Delivery in the team", "I embody the culture of Trust",
    "I practise the values of Scrum", "I support the values of the Agile Manifesto",
    "I spread the culture of TDD, BDD and DDD", "I grow a culture of HCD", "I promote the values of DEI",
    # A part of one's own organisation.
    "I know the mission of Product", "I share the values of Engineering",
])
def test_ll302_quiet_on_the_values_of_an_idea(statement):
    assert BrandByShape().check_frameworks([framework(framework_yaml([statement]))]) == []


@pytest.mark.parametrize("statement", [
    # A role or a body of one's own, named by its letters.
    "I share the CTO's vision", "I understand SLT's vision and the CMO's principles",
    "I support the SLT's values",
    # Terms of the trade, tools, English words in capitals, and short acronyms.
    "I know AWS's customers", "I read the SRE Handbook", "I apply the SOLID Principles",
    "I know the API Values of the team", "I know HR's values and ML's culture",
    # A forum, a meeting, a team or a role: shapes an acronym fills as often as a name.
    "I present at QBR and at LMG", "I welcome new FTE employees", "I climb the TPM Career Ladder",
    # A public method, and an organisation's acronym LL301 knows.
    "I follow the GDS Way",
])
def test_ll302_quiet_on_acronyms_of_roles_terms_and_forums(statement):
    assert list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))])) == []


@pytest.mark.parametrize("statement, leftover", [
    ("I apply the practices of the Google SRE Handbook", "I apply the practices of the Initech Handbook"),
    ("I think like Steve Wozniak at Apple, and I build", "I think like Steve Wozniak at Initech, and I build"),
    ("I hold myself to Amazon's leadership principles", "I hold myself to Initech's leadership principles"),
])
def test_ll302_an_organisation_cited_for_its_books_and_people_is_no_leftover(statement, leftover):
    assert list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))])) == []
    found = list(BrandByShape().check_frameworks([framework(framework_yaml([leftover]))]))
    assert [v.message.split("'")[1] for v in found] == ["Initech"]


@pytest.mark.parametrize("statement", [
    "I help new hires join Google as fast as they can", "All Google employees share the on-call",
    # "at Google" where "we" work: the organisation speaking of itself.
    "I plan features in small increments, as we did at Google", "At Google, we review every design",
    "I follow what we do here at Google",
])
def test_ll302_a_cited_organisation_spoken_of_as_ones_own_is_still_a_leftover(statement):
    found = list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))]))
    assert [v.message.split("'")[1] for v in found] == ["Google"]


def test_ll302_a_list_marker_starts_a_sentence_in_a_text_of_several_lines():
    # A description written as a Markdown list (Novoda's progression framework).
    text = "What we expect:\n- Embodies Initech’s values and encourages others\n- Holds team members to a high standard"
    found = list(BrandByShape().check_frameworks([framework(framework_yaml([text]))]))
    assert [v.message.split("'")[1] for v in found] == ["Initech"]
    numbered = "What we expect:\n1. Holds team members to a high standard\n2. Exemplifies Initech’s culture"
    found = list(BrandByShape().check_frameworks([framework(framework_yaml([numbered]))]))
    assert [v.message.split("'")[1] for v in found] == ["Initech"]


@pytest.mark.parametrize("statement", [
    "Senior Engineers at Initech are expected to write design documents",
    "I was one of the Tech Leads at Initech",
    "I worked at Initech, and I liked it",
    "Leads Code Reviews at Initech, and more",
    "Runs Incident Reviews at Initech, and more",
    # The workplace of the people before it, who do the verb after it.
    "Everyone at Initech owns quality",
    "Engineers at Initech write design documents before they build",
    "People at Initech actively own their mistakes",
    "Everyone at Initech should be able to explain the roadmap",
    "Knows that everyone at Initech owns quality",
])
def test_ll302_people_of_a_role_at_a_name_are_still_reported(statement):
    found = list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))]))
    assert [v.message.split("'")[1] for v in found] == ["Initech"]


@pytest.mark.parametrize("statement, name", [
    # A company whose name is also a word, a product's or a service's, or one frameworks cite.
    ("Everyone at Slack owns quality", "Slack"),
    ("Everyone at Apple owns quality", "Apple"),
    ("Engineers at Initech Labs write design documents", "Initech Labs"),
])
def test_ll302_a_company_named_with_a_word_is_still_reported_after_everyone_at(statement, name):
    found = list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))]))
    assert [v.message.split("'")[1] for v in found] == [name]


@pytest.mark.parametrize("statement", [
    "Peers at Exco level trust my judgement",  # a noun the name describes
    "Engineers at Expert level mentor others",
    "Everyone at Sprint reviews speaks up",  # a meeting
    "People at Senior level lead projects",
    "Delivers at Initech pace",  # no people before "at"
    "Studied at University.", "Went to School and then at College.",  # a place of study named by its kind
    "Engineers at Google scale think about capacity",  # a measure
    # A stage, a meeting or a section of the ladder, capitalised: English words and terms of the trade.
    "Everyone at Onboarding learns the codebase", "Everyone at Onboarding Day meets the team",
    "Everyone at Kickoff agrees the scope", "Everyone at Standup shares blockers",
    "Engineers at Level Three own features", "Engineers at Induction pair with a buddy",
    "Everyone at Section Two writes tests",
])
def test_ll302_quiet_on_at_a_name_before_a_word_it_describes(statement):
    assert list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))])) == []


@pytest.mark.parametrize("statement", [
    "Heavily inspired by Rent the Runway's Engineering Ladder",
    "Based on the Dropbox Engineering Career Framework (Apache-2.0)",
    "See Monzo's progression framework for the original",
    # Mews' competencies say where they come from in their own words.
    "We based our competencies on Etsy's competency model and adjusted it to our needs",
    "We're basing the levels on Monzo's progression framework",
    "Our ladder is modelled on Dropbox's career framework",
    # A text that cites an organisation may name it again.
    "We based our competencies on [Etsy's competency model](https://example.org/etsy). So we took Etsy's model",
    # Words between "adapted" and "from" do not stop a citation.
    "We adapted these criteria from those at Basecamp",
    # A link cites, also as a reference link.
    "[Patreon Leveling Guide](https://levels.example.org/): see IC 2",
    "[Patreon Leveling Guide][patreon-level]: see IC 2",
    "[Patreon Leveling Guide][]: see IC 2",
])
def test_ll301_citations_are_not_leftovers(statement):
    assert list(ForeignBrand().check_frameworks([framework(framework_yaml([statement]))])) == []


@pytest.mark.parametrize("statement", [
    "I base my decisions on Monzo's values",  # an expectation, not where the framework comes from
    "I am based in the Monzo office and on call",
    "I ship features that Etsy customers love, based on data",  # the citation comes after the name
    "Adapted from Dropbox's ladder. I practice the Monzo Diversity Commitments",  # another organisation
    "Inspired by ladders likewise. Engineers at Wise ship weekly",  # a name inside a cited word is not cited
])
def test_ll301_a_leftover_near_citing_words_is_still_reported(statement):
    assert len(list(ForeignBrand().check_frameworks([framework(framework_yaml([statement]))]))) == 1


def test_credits_hold_other_organisations_and_their_addresses():
    from ladderlint.rules.ll303_foreign_domain import ForeignDomain

    text = framework_yaml(["I lead"], extra=(
        "credits:\n"
        "  - Adapted from the Dropbox Engineering Career Framework\n"
        "  - text: Rent the Runway's engineering ladder\n"
        "    url: https://dresscode.renttherunway.com/blog/ladder\n"
        "  - Follows https://golang.org/doc/effective_go.html\n"
    ))
    fw = framework(text)
    assert [c.text for c in fw.credits][0].startswith("Adapted")
    for rule in (ForeignBrand(), BrandByShape(), ForeignDomain()):
        assert list(rule.check_frameworks([fw])) == [], rule.code


def test_ll303_a_template_in_brackets_is_no_citation():
    # A report-only trial: the page the framework was copied from, in brackets, read as a citation.
    from ladderlint.rules.ll303_foreign_domain import ForeignDomain

    statements = [
        "Advises the executive team on ML investments (template: https://www.brightwave.ai/ladder); their advice "
        "changes decisions.",
        "Keeps the ladder current (ladder template: https://www.initech.com/ladder)",
        "Reads Effective Go (https://go.dev/doc/effective_go) and the Initech notes (https://initech.com/notes)",
    ]
    found = [v.message for v in ForeignDomain().check_frameworks([framework(framework_yaml(statements))])]
    assert [m.split(" is not")[0] for m in found] == ["URL on www.brightwave.ai", "URL on www.initech.com"]


def test_ll303_a_space_of_another_organisation_written_without_https():
    # A report-only trial: "brightwave.atlassian.net" without "https://" was not found.
    from ladderlint.rules.ll303_foreign_domain import ForeignDomain

    statements = [
        "Files tickets at brightwave.atlassian.net when a model breaks.",
        "Keeps the runbooks in brightwave.atlassian.net/wiki and asks in brightwave.slack.com",
        "Answers customers in initech.zendesk.com.",
        # Its own spaces, and the platforms themselves.
        "Posts in escrowtab.slack.com and escrow-tab.atlassian.net",
        "Reads the atlassian.net status page and slack.com/help",
    ]
    found = [(v.path[-1], v.message) for v in ForeignDomain().check_frameworks([framework(framework_yaml(statements))])]
    assert [(i, m.split(" is not")[0]) for i, m in found] == [
        (0, "URL on brightwave.atlassian.net"), (1, "URL on brightwave.atlassian.net"),
        (1, "URL on brightwave.slack.com"), (2, "URL on initech.zendesk.com")]


def test_ll303_says_whose_account_on_a_code_host_an_address_is_in():
    """'github.com/monzo/typhon' is Monzo's code, with "https://" or without;
    an account no list knows, and a code host used as a tool, stay as they were."""
    from ladderlint.rules.ll303_foreign_domain import ForeignDomain

    statements = [
        "Contributes to https://github.com/monzo/typhon.",
        "Contributes to github.com/monzo/typhon.",
        "Reads gitlab.com/dropbox/notes first",
        "Reads github.com/initech/handbook and https://github.com/initech/ladder",
        "Installs it via github.com/dropbox/zxcvbn",
        "Keeps the ladder at github.com/escrowtab/ladder",
    ]
    found = [(v.path[-1], v.message) for v in ForeignDomain().check_frameworks([framework(framework_yaml(statements))])]
    monzo = ", in the account of Monzo (known to publish its career framework)"
    assert sorted(found) == [
        (0, "URL on github.com is not on the organisation's domains (EscrowTab declares none): "
            "'https://github.com/monzo/typhon'" + monzo),
        (1, "URL on github.com is not on the organisation's domains (EscrowTab declares none): "
            "'github.com/monzo/typhon'" + monzo),
        (2, "URL on gitlab.com is not on the organisation's domains (EscrowTab declares none): "
            "'gitlab.com/dropbox/notes', in the account of Dropbox (known to publish its career framework)"),
        (3, "URL on github.com is not on the organisation's domains (EscrowTab declares none): "
            "'https://github.com/initech/ladder'"),
    ]


def test_ll301_a_space_of_a_known_organisation_written_without_https(cli, write):
    statements = ["Files tickets in monzo.atlassian.net for each incident.", "Posts in escrowtab.slack.com"]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL301") == [
        f"{path}:{at(0, statements[0], 'monzo.')}: LL301 [error] URL on monzo.atlassian.net, a domain of Monzo (known "
        "to publish its career framework), not of EscrowTab",
    ]


def test_ll303_a_cited_link_is_a_reference():
    from ladderlint.rules.ll303_foreign_domain import ForeignDomain

    statements = [
        # Monzo's backend engineering framework (MIT).
        "Follows the guidelines in Effective Go (https://golang.org/doc/effective_go.html), avoids using patterns "
        "that are idiomatic in other languages",
        "Makes complexity easy to understand (see https://www.fastcompany.com/3045853/how-to)",
        "Reads [the SRE book](https://sre.google/books/) with the team",
        "Takes the interview training at https://learn.initech.com/interviews",
    ]
    found = [v.message for v in ForeignDomain().check_frameworks([framework(framework_yaml(statements))])]
    assert [m.split(" is not")[0] for m in found] == ["URL on learn.initech.com"]


def test_ll301_a_brand_in_lower_case_where_it_names_the_employer(cli, write):
    statements = ["Builds relationships as they do at monzo, and shares what works", "Puts files in a dropbox",
                  "Shares monzo's values", "Worked at spotify.", "Brings what was learnt at dropbox to the team"]
    path = write("f.yaml", framework_yaml(statements))
    found = findings(cli, path, select="LL301,LL512")
    # One finding each, from the brand rule: the name is spelt right, in the wrong place.
    assert [line.split(": ", 1)[1].split(" is")[0] for line in found] == [
        "LL301 [error] 'monzo'", "LL301 [error] 'monzo'", "LL301 [error] 'spotify'",
    ]


@pytest.mark.parametrize("statement", [
    "Ships themes across shopify stores",  # before a noun it modifies
    "Designs systems that work at shopify scale",
    "Manages product content within shopify",  # within, across, in: a product or a place
    "Debugs webhooks within zapier",
    "Plans projects within basecamp",
    "Builds relationships within monzo",
    "Keeps notes in dropbox, and shares them",
    "Takes a look at zapier.",  # "at" goes with the word before it
    "Listens to spotify while coding",
    "Ships at medium scale and plans work at square one",  # English words
    "Grows the team at medium.",
    "Shares knowledge at basecamp",  # two English words written as one: a base camp
    "Meets the new joiners at basecamp, and shares what works",
])
def test_ll301_quiet_on_a_brand_in_lower_case_that_names_no_employer(cli, write, statement):
    path = write("f.yaml", framework_yaml([statement]))
    assert findings(cli, path, select="LL301,LL512") == []


def test_ll301_quiet_on_a_tool_beside_chez_a_place():
    # "chez" a person or a place; the tool named elsewhere in the sentence.
    statements = ["Partage ses notes dans Basecamp, chez le client", "Range ses tickets dans GitLab chez soi"]
    assert ForeignBrand().check_frameworks([framework(framework_yaml(statements, extra="language: fr\n"))]) == []


@pytest.mark.parametrize("statement", [
    "Designs systems that work at Spotify scale",
    "Represents the team at Spotify-style guild meetings",
    "Shares learnings across 37signals-style writeups",
])
def test_ll301_quiet_on_a_product_name_for_a_measure_or_a_method(cli, write, statement):
    path = write("f.yaml", framework_yaml([statement, "Leads strategy, as they do at Spotify"]))
    assert [line.split(": ", 1)[1].split(" is")[0] for line in findings(cli, path, select="LL301")] == [
        "LL301 [error] 'Spotify'",
    ]


def test_ll301_a_brand_made_of_two_words_is_the_organisation_only_capitalised(cli, write):
    statements = ["Shares knowledge at basecamp", "Shares knowledge as they do at Basecamp", "Worked at monzo."]
    path = write("f.yaml", framework_yaml(statements))
    assert [line.split(": ", 1)[1].split(" is")[0] for line in findings(cli, path, select="LL301")] == [
        "LL301 [error] 'Basecamp'", "LL301 [error] 'monzo'",
    ]


def test_ll301_quiet_on_the_name_of_an_organisation_of_the_run_in_lower_case_where_it_is_a_word(cli, write):
    # Another framework of the run is Linear's: 'linear' in lower case is the word.
    linear = write("linear.yaml", framework_yaml(["Builds the sync engine"], org="Linear", id="linear-mle",
                                                  name="Linear Engineering Ladder"))
    path = write("f.yaml", framework_yaml(["Keeps costs growing at linear rates", "Worked at linear."]))
    assert findings(cli, path, linear, select="LL301") == []


def test_ll301_an_address_of_another_organisation_written_without_https(cli, write):
    statements = ["Reads the guide at progression.monzo.com before each review",
                  "Keeps their notes on dropbox.com/home, in dropbox.com/home and on dropbox.com."]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL301") == [
        f"{path}:{at(0, statements[0], 'progression.monzo.com')}: LL301 [error] URL on progression.monzo.com, "
        "a domain of Monzo (known to publish its career framework), not of EscrowTab",
        f"{path}:{at(1, statements[1], 'dropbox.com/home')}: LL301 [error] URL on dropbox.com, a domain of "
        "Dropbox (known to publish its career framework), not of EscrowTab",
    ]


def test_an_address_without_https_is_said_as_the_one_with_it(cli, write):
    statements = ["Reads progression.monzo.com and https://progression.monzo.com/levels",
                  "Reads engineering.atspotify.com and https://engineering.atspotify.com/ladder"]
    path = write("f.yaml", framework_yaml(statements))
    said = [line.split(": ", 1)[1] for line in findings(cli, path, select="LL301,LL303")]
    assert said == [
        "LL301 [error] URL on progression.monzo.com, a domain of Monzo (known to publish its career framework), "
        "not of EscrowTab",
    ] * 2 + [
        "LL303 [warning] URL on engineering.atspotify.com is not on the organisation's domains (EscrowTab declares "
        "none): 'engineering.atspotify.com'",
        "LL303 [warning] URL on engineering.atspotify.com is not on the organisation's domains (EscrowTab declares "
        "none): 'https://engineering.atspotify.com/ladder'",
    ]


@pytest.mark.parametrize("statement", [
    "Reads the guides on docs.escrowtab.com and writes Node.js services",  # its own domain; no domain at all
    "Leads a change (inspired by progression.monzo.com) and keeps it short",  # a citation
    "Leads a change (inspired by engineering.atspotify.com) and keeps it short",
    "Publishes posts via medium.com",  # a platform used as a tool
    "Publishes code on gitlab.com/escrowtab",  # a platform, and its own space there
    "Names hosts like api.monzo.community and monzo.com-like domains",  # no domain of Monzo's
    "Shares files via dropbox.com links",  # used as a tool, as the name is
    "Keeps notes in dropbox.com/home",
    "Builds on the Zapier platform (zapier.com)",  # in brackets, as a link cited is
    "Integrates payments with the squareup.com API",  # a part of the product
])
def test_quiet_on_addresses_without_https_that_are_its_own_cited_or_tools(cli, write, statement):
    path = write("f.yaml", framework_yaml([statement]))
    assert findings(cli, path, select="LL301,LL303") == []


def test_ll302_reports_the_other_mentions_of_a_name_it_found_by_shape():
    statements = ["I feel connected to Initrode's mission", "I contribute to Initrode's codebase and the Initrode team",
                  "I work with Initrodes of all sizes"]
    found = [v.message for v in BrandByShape().check_frameworks([framework(framework_yaml(statements))])]
    assert len(found) == 2 and "'Initrode' again, which reads elsewhere in the framework" in found[1]


def test_ll302_reports_a_mention_once_by_its_longest_name():
    """'Kestrel Pay' and 'Kestrel' both read as names: a mention of
    'Kestrel Pay' is reported by it alone, and a 'Kestrel' of its own
    later in the same text still is."""
    statements = ["Represents Kestrel Pay at conferences", "Has worked at Kestrel for a year",
                  "Lives the Kestrel Pay values", "Follows Kestrel Pay's engineering principles",
                  "Builds the Kestrel Pay app, as Kestrel does"]
    found = [(v.path[-1], v.span, v.message.split(" ")[0])
             for v in BrandByShape().check_frameworks([framework(framework_yaml(statements))])]
    assert sorted(found) == [
        (0, (11, 22), "'Kestrel"), (1, (14, 21), "'Kestrel'"), (2, (10, 21), "'Kestrel"),
        (3, (8, 19), "'Kestrel"), (4, (11, 22), "'Kestrel"), (4, (31, 38), "'Kestrel'"),
    ]


def test_ll302_other_mentions_wait_for_the_organisations_name():
    yaml_text = framework_yaml(["I feel connected to Initrode's mission", "I grow the Initrode team"],
                               org="\u27e8organisation\u27e9", name="Engineering Career Framework")
    assert len(list(BrandByShape().check_frameworks([framework(yaml_text)]))) == 1


@pytest.mark.parametrize("statement", [
    "I demo my work at Friday's show-and-tell and at Sprint Review.",  # a meeting, in English words
    "You share what you learn at Lunch and Learn sessions.",
    "I give talks at Tech Talks, and more",
    "I speak at KotlinConf or at try! Swift about the work we've done",  # a conference, named as they are
    "You speak at QCon, at re:Invent or at a local meetup about how we test.",
    "I speak at Devoxx, and I bring back ideas",  # where someone speaks
    "You live the Scrum Values (commitment, courage, focus, openness and respect) in your team.",  # a method
    "You follow the Contributor Covenant Code of Conduct in the open source projects you maintain.",
    # A method's book or body, and a work or an idea cited by its name.
    "I follow the Agile Manifesto's values",
    "I live the Scrum Guide's values and the Agile Manifesto Principles",
    "I apply the DevOps Handbook's principles and the Lean Startup's principles",
    "I apply the Twelve-Factor App's principles and the Unix Philosophy's principles",
])
def test_ll302_events_and_methods_are_no_organisations(statement):
    assert list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))])) == []


@pytest.mark.parametrize("statement, name", [
    ("I live the Ocado Way", "Ocado"),
    ("I welcome new Zalando employees", "Zalando"),
    ("I worked at Skyscanner, and I liked it", "Skyscanner"),
    ("I embody Figma's values", "Figma"),
    # An event of another organisation's is a leftover of theirs.
    ("I present our roadmap at Initech Summit, and I listen", "Initech Summit"),
    ("I speak at Initech's all-hands", "Initech"),
    ("I give tech talks at Initech, and I mentor", "Initech"),
    ("You share what you learn at Initech and Globex sessions.", "Initech"),
    ("You follow the Initech Code of Conduct in everything you do.", "Initech"),
    ("You help onboard Initech employees when they join the QA chapter.", "Initech"),
    ("I follow the Initech Handbook's principles", "Initech"),
])
def test_ll302_organisations_beside_events_and_methods_are_still_reported(statement, name):
    found = list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))]))
    assert [v.message.split("'")[1] for v in found] == [name]


@pytest.mark.parametrize("statement", [
    # A meeting named by two things done there, joined by "and" or "&".
    "I share my work at Show & Tell",
    "I share what I learn at Lunch and Learn",
    "I welcome new joiners at Meet & Greet",
    # A meeting named by its word alone, or in English words joined by hyphens.
    "I raise risks at Stand-up",
    "I share updates at Town Hall",
    "I lead at Post-Incident Review",
])
def test_ll302_meetings_named_in_english_words_are_no_organisations(statement):
    assert list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))])) == []


@pytest.mark.parametrize("statement, name", [
    ("I worked at Marks & Spencer", "Spencer"),  # no verbs joined
    ("I worked at Initech and Globex", "Initech"),
    ("I shared it at Initech Town Hall, and I listen", "Initech Town Hall"),  # an organisation's meeting
])
def test_ll302_organisations_joined_or_beside_a_meeting_are_still_reported(statement, name):
    found = list(BrandByShape().check_frameworks([framework(framework_yaml([statement]))]))
    assert [v.message.split("'")[1] for v in found][:1] == [name]


def test_ll302_a_meeting_is_not_reported_again_where_it_is_mentioned(cli, write):
    statements = ["I demo my work at Sprint Review.", "I prepare the Sprint Review with my team"]
    path = write("f.yaml", framework_yaml(statements))
    assert findings(cli, path, select="LL302") == []


def test_ll302_monzo_stays_ll301s():
    statements = ["I embody Monzo's values"]
    found = list(ForeignBrand().check_frameworks([framework(framework_yaml(statements))]))
    assert len(found) == 1
    assert list(BrandByShape().check_frameworks([framework(framework_yaml(statements))])) == []


def test_ll302_other_mentions_include_the_name_joined_to_a_word_in_lower_case():
    statements = ["I feel connected to Initrode's mission", "I drive Initrode-wide initiatives",
                  "I bridge Initrode-Globex teams"]
    found = [v.message for v in BrandByShape().check_frameworks([framework(framework_yaml(statements))])]
    assert len(found) == 2 and "'Initrode' again" in found[1] and "Initrode-wide" in found[1]


def test_ll301_with_the_organisation_still_a_placeholder_says_each_name_once():
    """An imported framework whose organisation was not found: the name it
    keeps naming is most likely its own. One finding per name says so, at
    its first mention, rather than one error per text."""
    statements = ["I represent Monzo at conferences", "I share Monzo's values", "I bring Monzo's culture to my team",
                  "I learn from Dropbox's ladder"]
    yaml_text = framework_yaml(statements, org="\u27e8organisation\u27e9", name="Engineering Career Framework")
    found = list(ForeignBrand().check_frameworks([framework(yaml_text)]))
    assert [(v.path[-1], v.message) for v in found] == [
        (0, "'Monzo' (known to publish its career framework) is named in 3 texts, and the organisation's name is "
            "still '\u27e8organisation\u27e9': if Monzo is this framework's organisation, write it there; if not, "
            "each mention is another organisation's: 'I represent Monzo at conferences'"),
        (3, "'Dropbox' (known to publish its career framework) is named in 1 text, and the organisation's name is "
            "still '\u27e8organisation\u27e9': if Dropbox is this framework's organisation, write it there; if not, "
            "each mention is another organisation's: 'I learn from Dropbox's ladder'"),
    ]


def test_ll302_with_the_organisation_still_a_placeholder_asks_whose_the_name_is():
    """An imported framework whose organisation was not found: a name in an
    organisation's shape may be its own, and the finding says so."""
    statements = ["I work with Thornbury's product owners", "I grow the Thornbury team"]
    yaml_text = framework_yaml(statements, org="\u27e8organisation\u27e9", name="Engineering Career Framework")
    found = list(BrandByShape().check_frameworks([framework(yaml_text)]))
    assert [(v.path[-1], v.message) for v in found] == [
        (0, "'Thornbury' reads like an organisation's name, named in 2 texts, and the organisation's name is still "
            "'\u27e8organisation\u27e9': if Thornbury is this framework's organisation, write it there; if not, "
            "it is a leftover: 'I work with Thornbury's product owners'"),
    ]


def test_ll302_a_title_that_opens_with_the_own_name_is_its_own():
    """A framework's name in title case by its own organisation: the words
    before "Career Framework" are the title's, not another name."""
    own = framework(framework_yaml(["I learn all the time"], org="Pangolin Ltd",
                                   name="Pangolin Extremely Long Named Engineering Career Progression Framework"))
    assert BrandByShape().check_frameworks([own]) == []


def test_ll302_a_name_before_two_words_of_a_ladder_is_the_name():
    # A framework copied from another organisation, its name left as it was.
    copied = framework(framework_yaml(["I learn all the time"], name="Initech Career Progression Framework"))
    assert [v.message.split("'")[1] for v in BrandByShape().check_frameworks([copied])] == ["Initech"]


@pytest.mark.parametrize("name", ["Notion.so", "Bitly.ly", "Leads.io", "Acme.digital", "ACME.COM"])
def test_an_organisation_named_by_its_address_is_the_organisation(name):
    """The address endings the importer reads as part of a name ("Leads.io")
    are those the rules take off to compare names: one list, in vocabulary."""
    from ladderlint.rules.brands import organisation_key

    assert organisation_key(name) == organisation_key(name.split(".")[0])


@pytest.mark.parametrize("org, statement", [
    ("Compass", "I act as a Compass for newer engineers"),
    ("Bench", "I spend time on the Bench between projects"),
    ("Anchor", "I am an Anchor for the team during incidents"),
    ("Beacon", "I am a Beacon of good practice"),
    ("Canopy", "I treat the platform as our Canopy"),
])
def test_ll301_a_declared_name_that_is_a_word_after_an_article_is_that_word(cli, write, org, statement):
    """A capitalised word after an article or a possessive, naming no noun
    after it, is the word given a capital, not an organisation of the run."""
    copied = write("escrowtab.yaml", framework_yaml([statement]))
    other = write("other.yaml", framework_yaml(["I learn"], org=org, id="other-mle", name=f"{org} Ladder"))
    assert findings(cli, copied, other, select="LL301,LL302") == []


def test_ll301_a_declared_name_after_an_article_that_names_the_next_noun_is_the_name(cli, write):
    statements = ["I work with the Postman team on RFCs", "I pair with a Postman engineer"]
    copied = write("escrowtab.yaml", framework_yaml(statements))
    postman = write("postman.yaml", framework_yaml(["I learn"], org="Postman", id="postman-mle", name="Postman Ladder"))
    assert [line.split(" [")[0] for line in findings(cli, copied, postman, select="LL301,LL302")] == [
        f"{copied}:{at(i, statement, 'Postman')}: LL301" for i, statement in enumerate(statements)]


def test_ll302_an_open_source_project_given_back_to_is_not_reported_again_elsewhere():
    # A report-only trial: "Gives back to Babashka" made every later mention of the tool a finding "again".
    statements = ["Gives back to ClojureScript and Babashka", "Automates a regular task using Babashka"]
    assert BrandByShape().check_frameworks([framework(framework_yaml(statements))]) == []
