"""`ladderlint approve`: accept, with a reason, the changes the gate fails on."""

from __future__ import annotations

import shlex
import sys
from typing import Any

import click

from ..text import plural
from .app import CONTEXT, EXIT_ERROR, EXIT_OK, fail, main
from .diff import comparison_options, compare_as_asked


def _revisions_only(command: Any) -> Any:
    # Two levels of one revision (diff --levels) are not a change: the gate never fails on them.
    return comparison_options(command, levels=False)


@main.command(context_settings=CONTEXT, short_help="Approve the changes the diff gate fails on.")
@_revisions_only
@click.option("--reason", required=True, metavar="TEXT",
              help="Why the changes are accepted (what was agreed, and by whom); kept beside each fingerprint. "
              "With --as-wording it is also printed in the release notes and the rendered changelog, which "
              "everyone on the ladder reads: write it for them.")
@click.option("--fail-on", default=["raises-bar"], multiple=True, show_default=True, metavar="IMPACTS",
              help="The impacts the gate fails on, as given to `ladderlint diff --fail-on`.")
@click.option("--as-wording", is_flag=True,
              help="Approve them as wording only: rewordings that ask nothing else, which the diff's outputs and "
              "release notes then show as wording fixes (editorial), with REASON. Marks those approved already too.")
@click.option("--only", "only", multiple=True, metavar="FINGERPRINT",
              help="Approve only this change (its fingerprint, as `ladderlint diff` lists it in brackets), not every "
              "change the gate fails on; give it once for each change.")
def approve(
    operands: tuple[str, ...],
    base: str | None,
    fail_on: tuple[str, ...],
    approvals: str | None,
    reason: str,
    deleted: bool,
    allow_unrelated: bool,
    force_exclude: bool | None,
    as_wording: bool,
    only: tuple[str, ...],
) -> None:
    """Approve the changes `ladderlint diff` would fail on.

    Compares what `ladderlint diff` would compare with the same operands
    (OLD NEW, --base REV [PATHS...]), and writes the fingerprint of every
    change it would fail on, with REASON, into the approvals file the gate
    reads for that framework (the nearest .ladderlint-approvals, or a new
    one at the top of the repository), sorted and written atomically.
    Commit the file with the change. Exit code 0, or 2 on a usage or input
    error.

    With --only FINGERPRINT (once for each), only those changes: the
    approver's judgement of one change, not of all.

    With --as-wording, the approver judges the changes to be wording only
    (the grader reads words it has no synonyms for as a raised bar): each
    must reword a text in its place, and the diff then lists it as
    editorial, "approved as wording only: REASON", and advises the version
    as for a wording fix. REASON is then printed in the release notes and
    the rendered changelog, which everyone on the ladder reads.

    \b
      ladderlint approve --base HEAD --reason "agreed at the May review"
      ladderlint approve --base HEAD --as-wording --reason "same meaning"
      ladderlint approve --base HEAD --only 3bcab15e1ef5 --reason "agreed"
    """
    from ..diff.approve import NotToApprove, NotWording, approve as write_approvals

    report, _base = compare_as_asked(operands, base, None, ",".join(fail_on), approvals, deleted, allow_unrelated,
                                     force_exclude, levels_offered=False)
    if report.refused:
        sys.exit(EXIT_ERROR)  # nothing approved: these are not two revisions of one framework
    try:
        added = write_approvals(report, reason, approvals, as_wording=as_wording,
                                only=frozenset(key.strip().strip("[]").lower() for key in only))
    except NotToApprove as error:
        offered = ", ".join(error.offered) or "none"
        what = "to mark as wording only" if as_wording else "the gate fails on"
        fail(f"--only: no change {what} has the fingerprint {error}; those it has: {offered}")
    except NotWording as error:
        fail(f"--as-wording: {error}: not a rewording of a text in its place (an addition, a removal, a move to "
             "another level asks more or less of someone whatever its words); approve these without --as-wording "
             "first and stage the approvals file (git add), then run this again to mark the rewordings as wording only")
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--reason") from None
    except OSError as error:
        fail(f"cannot write {error.filename}: {error.strerror}")
    listed = [approved for approved in added if approved.listed_already]
    for approved in listed:
        # Listed, but not counted: the gate reads only an approvals file git tracks.
        count = report.counts(list(approved.listed_already))["changes"]
        sys.stderr.write(
            f"ladderlint: {plural(count, 'change')} that would fail the gate "
            f"{'is' if count == 1 else 'are'} listed in {approved.file} already, but the gate does not count that "
            f"file until git tracks it: git add {shlex.quote(approved.file)}\n")
    added = [approved for approved in added if approved.changes]
    if not added and not listed:
        approved_already = [change for change in report.changes if report.approved(change)
                            and any(impact in report.fail_on for impact in change.impacts)]
        if approved_already and report.approvals.path:
            # The gate of a pre-commit hook still fails when the approval is not staged.
            where = shlex.quote(str(report.approvals.path))
            sys.stderr.write(
                f"ladderlint: nothing to approve: {plural(len(approved_already), 'change')} that would fail the gate "
                f"{'is' if len(approved_already) == 1 else 'are'} approved in {report.approvals.path} already; a "
                f"pre-commit hook sees only staged files: if it still fails, stage that file: git add {where}\n")
        else:
            sys.stderr.write("ladderlint: nothing to approve: no change fails the gate\n")
    for approved in added:
        # Counted as the diff counts them: two records said as one change (an id renamed beside its
        # item's name, a competency no longer applying beside the statement taken from it) are one.
        count = report.counts(list(approved.changes))["changes"]
        records = f" ({len(approved.changes)} fingerprints)" if count != len(approved.changes) else ""
        sys.stderr.write(f"ladderlint: approved {plural(count, 'change')}{records} in {approved.file}\n")
        for change in approved.changes:
            impacts = ", ".join(impact.value for impact in change.impacts)  # both, where it has two
            as_said = " (as wording only)" if as_wording else ""
            sys.stderr.write(f"  {change.fingerprint}  {impacts}  {change.kind.value}{as_said}\n")
    if added:
        # A pre-commit hook sees only what is staged.
        files = " ".join(shlex.quote(str(approved.file)) for approved in added)
        it = "it" if len(added) == 1 else "them"
        sys.stderr.write(f"ladderlint: stage {it} to commit {it} with the change: git add {files}\n")
    sys.exit(EXIT_OK)
