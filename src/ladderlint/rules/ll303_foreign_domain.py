"""LL303 foreign-domain."""

from __future__ import annotations

from typing import Iterable

from ..model import ORGANISATION, Framework
from ..text import name_key
from .analysis import Analysis
from .base import LIST_OF_TEXT, Option, Rule, Severity, Violation
from .addresses import first_path_part
from .brands import BrandIndex, OwnNames, own_domains
from .messages import shorten
from .textscan import addresses_off

#: Reference sites any framework may cite; they are nobody's brand: the
#: encyclopaedias, the standards bodies, and the documentation that the
#: foundations of open languages and security keep for everyone (a
#: framework tells its engineers to read the Python docs, MDN or the OWASP
#: Top 10; no other company's ladder is left in such a link).
NEUTRAL_DOMAINS = (
    "wikipedia.org", "wikimedia.org", "wiktionary.org", "w3.org", "ietf.org", "rfc-editor.org", "iso.org",
    "doi.org", "creativecommons.org", "opensource.org", "spdx.org", "schema.org",
    "example.com", "example.org", "example.net",
    "python.org", "mozilla.org", "owasp.org", "nist.gov", "mitre.org", "semver.org", "12factor.net",
    "agilemanifesto.org", "apache.org", "cncf.io", "kubernetes.io", "go.dev", "rust-lang.org", "nodejs.org",
    "postgresql.org", "gnu.org", "kernel.org", "whatwg.org", "unicode.org",
)


def _own_space(url: str, host: str, named: str) -> bool:
    """Whether a web address leads to the organisation's own account or
    space on a platform: the first part of its path is the organisation's
    name ("github.com/acme/career-ladder", "medium.com/@acme"), not a
    part further on ("github.com/initech/acme")."""
    account = first_path_part(url, host)
    return bool(account) and name_key(account) == named


def _its_own(address: str, host: str, named: str, *, web: bool) -> bool:
    """Whether an address is the organisation's own (``named``, its name's
    key), whatever domains it declares: its workspace or intranet (a label
    of the host is its name), or, for a web address, its own account on a
    platform (``_own_space``)."""
    return bool(named) and (any(label.replace("-", "") == named for label in host.split("."))
                            or web and _own_space(address, host, named))


class ForeignDomain(Rule):
    """A URL or e-mail address on a domain that is not the organisation's.

    The organisation's domains are those it declares in
    `organisation.domains`, with their subdomains, and those the built-in
    list of LL301 knows for it (`dropboxstatic.com` for Dropbox); a host
    named after the organisation is its own too (`acme.atlassian.net`,
    `confluence.acme.io` for Acme), and so is its own account on a
    platform, a path that starts with its name (`github.com/acme/ladder`,
    `medium.com/@acme`). An address ends at white space, quotes and the
    punctuation after it, and in Chinese, Japanese or Korean text at
    full-width punctuation and at the words after it
    ("（https://openjdk.org/bylaws）来设计": `https://openjdk.org/bylaws`).
    Reference sites (Wikipedia, the W3C, the IETF, `example.com`, the
    documentation of open languages and foundations: `docs.python.org`,
    `developer.mozilla.org`, `owasp.org`, `kubernetes.io`, ...) and
    the domains in the `allowed-domains` option are not reported, nor the
    domains LL301 reports as another organisation's, nor the addresses of
    the framework's `credits` and of citations in the text: a link in
    brackets ("Effective Go (https://...)", a Markdown link), or after
    "see", "source:", "inspired by" and the like, unless it leads into
    another organisation's intranet, which no reader can follow
    (confluence., jira., intranet., internal., corp. or wiki. hosts, and
    workspaces on atlassian.net, sharepoint.com and slack.com). A wiki.
    host is taken for a company's, except an open project's public wiki:
    one on .org (`wiki.python.org`), or on a domain of open projects and
    public wikis the rule knows (`wiki.php.net`, `wiki.qt.io`,
    `wiki.openjdk.java.net`, `wiki.c2.com`, `wiki.ubuntu.com`, `*.github.io`).
    The host alone cannot say who keeps a wiki, so that list is never
    whole: name another public wiki you cite in `allowed-domains`; and a
    non-profit's intranet wiki on .org is not reported. Web addresses are those
    with a scheme (`https://`) or starting with `www.`, and those written
    without either on the domain of a platform or a source LL301 knows
    (`engineering.atspotify.com`, `medium.com/@initech`) or in the account
    of an organisation LL301 knows on a code host (`github.com/monzo/typhon`),
    unless used as a tool ("via medium.com"). An address in such an
    account (on github.com, gitlab.com or bitbucket.org) is said to be
    that organisation's.

    Why this matters:
        A link or a contact address left from the framework it was adapted
        from sends readers to another organisation ("ask
        careers@initech.com"); an image link may load from another
        organisation's servers. It is a warning, because a framework may
        also cite a book, an article or a tool on purpose.

    Example:
        ```yaml
        organisation: {name: EscrowTab, domains: [escrowtab.com]}
        levels:
          - id: IC1
            competencies:
              hiring:
                - I take the interview training at https://learn.initech.com/interviews
        ```
        Fix: link to your own page, or add the domain to `allowed-domains`.
        An organisation that declares no domains has every address off
        them: list its own in `organisation.domains` (the message says so
        for an e-mail address, most often the organisation's own contact).
    """

    code = "LL303"
    name = "foreign-domain"
    severity = Severity.WARNING
    needs = frozenset({ORGANISATION})
    scope = "run"
    options = (
        Option("allowed-domains", LIST_OF_TEXT, (), "domains you link to on purpose, such as your learning platform (their subdomains too)"),
    )

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        index = analysis.run.brands
        allowed = (*NEUTRAL_DOMAINS, *(d.lower() for d in self.option("allowed-domains")))
        org = framework.organisation
        mine = (*own_domains(org), *allowed)
        where = f"{org.name}'s domains ({', '.join(org.domains)})" if org.domains else (
            f"the organisation's domains ({org.name} declares none)"
        )
        # With no domains declared, a contact address is most often the organisation's own: say how to declare it.
        undeclared = "" if org.domains else f"; if it is {org.name}'s, list its domain in `organisation.domains`"
        named = name_key(org.name)
        own = OwnNames(org)
        for field, kind, host, start, end in addresses_off(analysis.prose, mine):
            if _its_own(field.text[start:end], host, named, web=kind == "URL"):
                continue  # its own workspace, intranet or account: confluence.acme.com, github.com/acme
            # A host known to belong to an organisation is LL301's, or ours;
            # a platform's (medium.com) is a link like any other.
            owner = index.domain_owner(host)
            if owner is None or owner.context_only:
                address = field.text[start:end]
                advice = undeclared if kind == "e-mail address" else _whose_code(index, own, address, host)
                yield Violation(
                    field.path,
                    f"{kind} on {host} is not on {where}: '{shorten(address)}'{advice}",
                    file=framework.file,
                    span=(start, end),
                )
        # An address of a platform or a source written without "https://"
        # ("engineering.atspotify.com"), or of a space on a platform named
        # after an organisation the index does not know
        # ("initech.atlassian.net"), as the one written with it; the others
        # the index knows are LL301's.
        for field, start, end, host, owner in index.bare_addresses_off(analysis.prose, mine):
            if (owner is not None and not owner.context_only) or _its_own(field.text[start:end], host, named, web=True):
                continue
            address = field.text[start:end]
            yield Violation(
                field.path,
                f"URL on {host} is not on {where}: '{shorten(address)}'{_whose_code(index, own, address, host)}",
                file=framework.file,
                span=(start, end),
            )


def _whose_code(index: BrandIndex, own: OwnNames, address: str, host: str) -> str:
    """What the message adds for an address in another organisation's
    account on a code host: whose it is ("github.com/monzo/typhon")."""
    owner = index.code_owner(address, host)
    if owner is None or own.include((owner.brand,)):
        return ""
    return f", in the account of {owner.brand} ({owner.why})"
