"""Lossless data out and back in: `planner export csv|json`, `planner import json`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.cli.output import UserError
from planner.services.container import Services

CSV_KINDS = ("status", "completions", "cpl", "workers")


def add_parsers(exp: Any, imp: Any, common: argparse.ArgumentParser) -> None:
    """Add `export csv`, `export json` (to the export subparsers) and `import json`."""
    p = exp.add_parser(
        "csv",
        parents=[common],
        help="a table for a spreadsheet: status, completions, cpl (no reflections) or workers",
    )
    p.add_argument("kind", choices=CSV_KINDS, metavar="KIND", help="status, completions, cpl or workers")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv")
    p.add_argument("--team", metavar="NAME", help="one team, by name (default: the whole organisation)")

    p = exp.add_parser(
        "json", parents=[common], help="the whole organisation, evidence files included (see docs/export-schema.md)"
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.json")

    p = imp.add_parser(
        "json", parents=[common], help="a whole-organisation JSON export, into an empty data folder (or --merge)"
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the file `planner export json` wrote")
    p.add_argument(
        "--merge",
        action="store_true",
        help="combine with the data already here: records matched by id, the newer change wins",
    )


def handle(s: Services, args: argparse.Namespace) -> str:
    if args.command == "export" and args.action == "csv":
        rows = s.transfer.export_csv(args.kind, args.output, team=args.team)
        return f"Wrote {rows} rows to {args.output}\n"
    if args.command == "export" and args.action == "json":
        done = s.transfer.export_json(args.output)
        text = (
            f"Wrote {done.rows} records from {done.tables} tables and {done.evidence} evidence files to {args.output}\n"
            "It holds everything, private reflections and supervision notes included: keep it as safe as the data.\n"
        )
        if done.missing_evidence:
            text += (
                f"planner: warning: {done.missing_evidence} evidence files were missing from the data folder "
                "and are not in the export (`planner check` lists them).\n"
            )
        return text
    if args.command == "import" and args.action == "json":
        got = s.transfer.import_json(args.file, merge=args.merge)
        text = f"Imported {args.file}: {got.inserted} records added, {got.updated} updated"
        if args.merge:
            text += f", {got.kept} kept as they were here (as new or newer)"
        text += f"; {got.evidence} evidence files stored.\n"
        if got.missing_evidence:
            text += f"planner: warning: {got.missing_evidence} evidence files named in the data are missing.\n"
        return text
    raise UserError(f"Nothing to do for `{args.command} {args.action}`.")
