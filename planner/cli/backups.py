"""Backups: `planner backup`, `planner backups`, `planner restore`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.output import UserError, json_text
from planner.core.dates import uk
from planner.services.container import Services

if TYPE_CHECKING:
    from planner.services.backups import BackupInfo


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the `backup`, `backups` and `restore` commands to the top-level subparsers."""
    p = sub.add_parser(
        "backup",
        parents=[common],
        help="back up the data now (into the data folder's backups/, or to a file)",
        description="Back up the data now with SQLite's online backup, into the data folder's backups/ "
        "folder (older backups are rotated), or as a copy at FILE.",
    )
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="a copy at FILE instead of backups/")
    p = sub.add_parser(
        "backups",
        parents=[common],
        help="the backups kept, newest first, with size and workers",
        description="List the backups in the data folder's backups/ folder, the newest first.",
    )
    p.add_argument("--format", choices=("json", "text"), default="text")
    p = sub.add_parser(
        "restore",
        parents=[common],
        help="put a backup back as the data (the data now is kept as a backup)",
        description="Check FILE's integrity, keep the data in use as a backup, then put FILE back as the data.",
    )
    p.add_argument("file", type=Path, metavar="FILE")


def handle(s: Services, args: argparse.Namespace) -> str:
    if args.command == "backup":
        path = s.backups.make(target=args.output)
        return f"Backed up to {path}.\n"
    if args.command == "backups":
        found = s.backups.list()
        if args.format == "json":
            return json_text([b.as_json() for b in found]) + "\n"
        return _text(found, s.backups.folder)
    if args.command == "restore":
        folder = s.folder
        if folder is None:
            raise UserError("There is no data folder to restore into.")
        s.close()  # the runner closes it again afterwards: closing twice is harmless
        from planner.services.backups import restore_into

        kept = restore_into(folder, args.file)
        where = f" The data in use before is kept as {kept}." if kept else ""
        return f"Restored {args.file} into {folder}.{where}\n"
    raise UserError(f"Unknown command {args.command}.")


def _text(found: list[BackupInfo], folder: Path | None) -> str:
    from planner.services import backups

    if not found:
        return f"No backups yet in {folder}. `planner backup` makes one.\n"
    lines = [f"Backups in {folder}, newest first:"]
    for b in found:
        made = f"{uk(b.made_at.date())} {b.made_at:%H:%M:%S}"
        workers = "?" if b.workers is None else str(b.workers)
        state = "sound" if b.sound else b.problem
        reason = f", {backups.reason_text(b.reason)}"
        lines.append(f"  {b.path.name}  {made}  {backups.size_text(b.size)}  {workers} workers{reason}  [{state}]")
    return "\n".join(lines) + "\n"
