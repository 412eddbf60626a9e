"""A person's data: `planner person export STAFF_NO -o DIR` and `planner person erase STAFF_NO --yes`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.cli.output import UserError
from planner.core.dates import uk
from planner.core.wording import plural
from planner.services.container import Services


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the `person` command (export, erase) to the top-level subparsers."""
    person = sub.add_parser(
        "person", parents=[common], help="everything about one person: export it, or erase it"
    ).add_subparsers(dest="action", metavar="ACTION")
    p = person.add_parser(
        "export",
        parents=[common],
        help="everything held about a person, into a new folder (a subject access request)",
        description="Write person.json (every record about them: docs/person-export.md), CSVs of their "
        "completions, learning (with reflections) and supervision (with private notes), their learning "
        "record PDF and their evidence files into DIR, which is created (an empty folder is used).",
    )
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    p = person.add_parser(
        "erase",
        parents=[common],
        help="remove a person and everything about them (asks for --yes)",
        description="Remove the worker, their records, evidence files no one else uses and the audit details "
        "that name them, then compact the database so nothing of theirs remains in the file. Without --yes "
        "it says what would be erased. Backups made before still hold them: they are listed.",
    )
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--yes", action="store_true", help="erase them (cannot be undone)")


def handle(s: Services, args: argparse.Namespace) -> str:
    action = getattr(args, "action", None)
    if action == "export":
        done = s.person.export(args.staff_no, args.output)
        missing = (
            f" ({plural(done.missing_evidence, 'evidence file')} missing from the data folder)"
            if done.missing_evidence
            else ""
        )
        return (
            f"Wrote everything held about staff number {args.staff_no.strip()} to {done.folder}: "
            f"person.json ({done.rows} records), completions.csv, cpl.csv, supervision.csv, "
            f"learning-record.pdf and {plural(done.evidence, 'evidence file')}{missing}.\n"
        )
    if action == "erase":
        if not args.yes:
            plan = s.person.plan(args.staff_no)
            named = (
                f" Other records name them too and would stay as they are: {plan.mentions_text()}."
                if plan.mentions
                else ""
            )
            raise UserError(
                f"This would erase {plan.name} ({plan.staff_no}): {plan.describe()}.{named} It cannot be undone: "
                "export them first if they may be needed (planner person export), then add --yes to erase."
            )
        erased = s.person.erase(args.staff_no)
        plan = erased.plan
        lines = [f"Erased staff number {plan.staff_no}: {plan.describe()}. The database was compacted."]
        if not erased.wal_cleared:
            lines.append(
                "Another copy of Pathway Planner has the data open: close it, then run `planner check` so the "
                "write-ahead log is emptied."
            )
        if plan.mentions:
            lines.append(f"Other records still name them (not changed; review them): {plan.mentions_text()}.")
        if erased.older_backups:
            one = len(erased.older_backups) == 1
            lines.append(
                f"{plural(len(erased.older_backups), 'backup')} made before the erasure still "
                f"{'holds' if one else 'hold'} this person's data:"
            )
            for b in erased.older_backups:
                lines.append(f"  {b.path}  {uk(b.made_at.date())} {b.made_at:%H:%M}")
            lines.append(
                f"Delete {'it' if one else 'them'} if {'it need' if one else 'they need'} not be kept "
                "(`planner backups` lists them all)."
            )
        else:
            lines.append("No backups were made before the erasure.")
        return "\n".join(lines) + "\n"
    raise UserError("Say what to do: planner person export STAFF_NO -o DIR, or planner person erase STAFF_NO --yes.")
