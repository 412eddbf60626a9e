"""Exchange packs: `planner pack export`, `planner pack export-team` and `planner pack import`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.cli.output import UserError, json_text
from planner.core.wording import plural
from planner.services.container import Services


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the `pack` command (export, export-team, import) to the top-level subparsers."""
    pack = sub.add_parser(
        "pack", parents=[common], help="learning packs between a worker's own copy and their organisation's"
    ).add_subparsers(dest="action", metavar="ACTION")
    p = pack.add_parser(
        "export",
        parents=[common],
        help="a worker's learning, as one file for their manager or service",
        description="Write a pack (a zip with a manifest and SHA-256 hashes) of a worker's learning, completions, "
        "supervision (never its private notes), registration details and evidence files. In your own copy "
        "(Just me) it is yours; in an organisation's copy give the staff number. Reflections' words go only "
        "with --share-reflections.",
    )
    p.add_argument("staff_no", nargs="?", metavar="STAFF_NO", help="whose learning (an organisation's copy)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.zip")
    p.add_argument("--share-reflections", action="store_true", help="include the words of your reflections")
    p.add_argument("--since-last", action="store_true", help="only what changed since the last pack this copy wrote")
    p = pack.add_parser(
        "export-team",
        parents=[common],
        help="the role mapping and each worker's roles and bookings, for workers' own copies",
        description="Write a team pack: the frameworks, modules and roles, and for each worker their roles and "
        "the training sessions they are booked on, so that their own copy shows the same pathway.",
    )
    p.add_argument("--team", metavar="NAME", help="the team's current workers")
    p.add_argument("--staff-no", metavar="STAFF_NO", help="one worker")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.zip")
    p = pack.add_parser(
        "import",
        parents=[common],
        help="bring in a pack: says what changes (new, updated, unchanged), then applies it",
        description="Check a pack (hashes, paths, sizes, version), show what it changes, and apply it in one "
        "transaction. Records keep their ids, so importing a pack twice changes nothing. Records deleted on "
        "the sender's side are listed and removed only with --remove-deleted.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the pack (.zip)")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--remove-deleted", action="store_true", help="also remove what the sender deleted")
    p.add_argument("--as", dest="as_staff_no", metavar="STAFF_NO", help="a team pack: which worker you are")
    p.add_argument(
        "--same-person",
        action="store_true",
        help="import even though the pack's name differs from the name here for its staff number",
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="how to print what changes")


def handle(s: Services, args: argparse.Namespace) -> str:
    action = getattr(args, "action", None)
    if action == "export":
        done = s.packs.export_worker(args.output, args.staff_no, args.share_reflections, args.since_last)
        return f"Wrote {done.path} ({_size(done.bytes)}): {done.describe()}.\n"
    if action == "export-team":
        if args.team and args.staff_no:
            raise UserError(
                "Give one of --team NAME (the team's workers) or --staff-no STAFF_NO (one worker), not both."
            )
        workers, size = s.packs.export_team(args.output, args.team, args.staff_no)
        return (
            f"Wrote {args.output} ({_size(size)}): the frameworks, modules and roles, and the roles and "
            f"bookings of {plural(workers, 'worker')}.\n"
        )
    if action == "import":
        plan = s.packs.preview(args.file, args.as_staff_no)
        if args.dry_run:
            if args.format == "json":
                return json_text({**plan.as_dict(), "applied": False}) + "\n"
            return "\n".join([*plan.summary_lines(), "Nothing was written (--dry-run)."]) + "\n"
        if not plan.changes_anything:
            if args.format == "json":
                return json_text({**plan.as_dict(), "applied": False}) + "\n"
            return "\n".join(plan.summary_lines()) + "\n"
        result = s.packs.apply(plan, remove_deleted=args.remove_deleted, same_person=args.same_person)
        if args.format == "json":
            return json_text({**plan.as_dict(), "applied": True, "removed": result.deleted}) + "\n"
        lines = [*plan.summary_lines(), f"Imported: {result.describe()}."]
        if result.kept_deleted:
            lines.append("Add --remove-deleted to remove here what the sender deleted.")
        return "\n".join(lines) + "\n"
    raise UserError(
        "Say what to do: planner pack export [STAFF_NO] -o FILE, planner pack export-team --team NAME -o FILE, "
        "or planner pack import FILE."
    )


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024**2 else f"{n / 1024**2:.1f} MB"
