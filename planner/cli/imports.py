"""Importing staff and completions: `planner import staff|completions FILE`.

Nothing is written when any row is rejected (exit 2, each rejected row printed as
``line N: reason``) unless ``--skip-rejected``; ``--dry-run`` only previews; ``--format json``
prints the preview (``rows``: ``line``, ``outcome``, ``reason``, ``staff_no``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.output import UserError, json_text
from planner.services.container import Services

if TYPE_CHECKING:
    from planner.services.importing import Preview, Table


def add_parsers(imp: Any, common: argparse.ArgumentParser) -> None:
    """Add `import staff` and `import completions` to the import command's subparsers."""
    for kind, text in (
        ("staff", "workers from an HR export (CSV or XLSX): new, updated, leavers"),
        ("completions", "completions from a learning system's export (CSV or XLSX)"),
    ):
        p = imp.add_parser(kind, parents=[common], help=text)
        p.add_argument("file", type=Path, metavar="FILE", help="the CSV or XLSX file")
        p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
        p.add_argument("--skip-rejected", action="store_true", help="import the other rows when some are rejected")
        p.add_argument("--sheet", metavar="NAME", help="the XLSX sheet (default: the first)")
        p.add_argument(
            "--mapping",
            type=Path,
            metavar="FILE",
            help='a JSON file naming the columns: {"column header": "field"} '
            "(fields: " + ", ".join(_fields(kind)) + ")",
        )
        p.add_argument("--format", choices=("text", "json"), default="text", help="how to print the preview")
        if kind == "staff":
            p.add_argument(
                "--full-export",
                action="store_true",
                help="the file lists everyone: workers missing from it leave on the file's date",
            )
            p.add_argument(
                "--confirm-leavers",
                action="store_true",
                help="with --full-export: go ahead even when most people would leave",
            )
            p.add_argument(
                "--map-role",
                action="append",
                default=[],
                metavar="TITLE=ROLE",
                help="map a job title to a role code (remembered; repeatable)",
            )
        else:
            p.add_argument(
                "--map-course",
                action="append",
                default=[],
                metavar="TITLE=CODE",
                help="map a course title to a module code (remembered; repeatable)",
            )


def _fields(kind: str) -> list[str]:
    from planner.core.importing import COMPLETION_FIELDS, STAFF_FIELDS

    return list(STAFF_FIELDS if kind == "staff" else COMPLETION_FIELDS)


def handle(s: Services, args: argparse.Namespace) -> str:
    from planner.services.import_files import parse_mapping_pairs
    from planner.services.importing import ImportRefused

    service = s.imports
    kind = args.action
    table = service.read(args.file, kind, args.sheet)
    columns = _columns(service, table, kind, args.mapping)
    if kind == "staff" and args.map_role:
        service.map_titles(job_titles=parse_mapping_pairs(args.map_role, "job title"))
    if kind == "completions" and args.map_course:
        service.map_titles(courses=parse_mapping_pairs(args.map_course, "course title"))
    full = bool(getattr(args, "full_export", False))
    applied = False
    try:
        if args.dry_run:
            preview = (
                service.preview_staff(table, columns, full)
                if kind == "staff"
                else service.preview_completions(table, columns)
            )
        else:
            s.backups.make("before-import")
            if kind == "staff":
                preview = service.apply_staff(table, columns, full, args.skip_rejected, args.confirm_leavers)
            else:
                preview = service.apply_completions(table, columns, args.skip_rejected)
            service.remember_columns(table, kind, columns)
            applied = True
    except ImportRefused as refused:  # nothing written: the rows and why, then the one-line reason
        sys.stdout.write(
            _json(refused.preview, table, False, columns)
            if args.format == "json"
            else _text(refused.preview, table, False, args, columns)
        )
        raise _Rejected(str(refused)) from None
    if args.format == "json":
        return _json(preview, table, applied, columns)
    return _text(preview, table, applied, args, columns)


class _Rejected(UserError):
    """The import was refused; the rows were printed above."""


def _columns(service: Any, table: Table, kind: str, mapping: Path | None) -> dict[int, str]:
    from planner.services.import_files import column_mapping

    if mapping is None:
        return dict(service.columns(table, kind))
    try:
        spec = json.loads(mapping.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UserError(f"The mapping file {mapping} cannot be read: {exc.strerror}.") from None
    except ValueError as exc:
        raise UserError(f"The mapping file {mapping} is not JSON: {exc}.") from None
    if not isinstance(spec, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in spec.items()):
        raise UserError(f'The mapping file {mapping} should be {{"column header": "field", …}}.')
    return column_mapping(table, spec, kind)


def _json(preview: Preview, table: Table, applied: bool, columns: dict[int, str]) -> str:
    from planner.services.import_files import unused_columns

    data = preview.as_dict()
    data.update(
        file=str(table.path),
        sheet=table.sheet,
        encoding=table.encoding,
        header_line=table.header_line,
        applied=applied,
        unused_columns=unused_columns(table, columns),
    )
    return json_text(data) + "\n"


def _text(preview: Preview, table: Table, applied: bool, args: argparse.Namespace, columns: dict[int, str]) -> str:
    from planner.services.import_files import unused_columns
    from planner.services.importing import iter_lines

    where = f"{table.path.name}" + (f" (sheet {table.sheet})" if table.sheet else "")
    lines = [f"{where}: headers on line {table.header_line}; {preview.summary()}."]
    lines += [f"  {line}" for line in iter_lines(preview)]
    for r in preview.rows:
        if r.outcome == "updated":
            changes = "; ".join(f"{k}: {a or '—'} → {b}" for k, (a, b) in r.changes.items())
            lines.append(f"  line {r.line}: {r.staff_no} {r.name}: {changes}")
        elif r.outcome == "leaver":
            lines.append(f"  {r.staff_no} {r.name}: {r.reason}")
    unused = unused_columns(table, columns)
    if unused:
        lines.append(f"Columns not imported: {', '.join(unused)} (name them with --mapping to import them).")
    if table.note:
        lines.append(table.note)
    if preview.mass_leavers and not applied:
        lines.append(preview.mass_leavers)
    if preview.unmapped:
        what = "Job titles with no role yet" if preview.kind == "staff" else "Courses not matched to a module"
        option = "--map-role" if preview.kind == "staff" else "--map-course"
        lines.append(f"{what} (map each once with {option} 'TITLE=CODE'):")
        lines += [f"  {title} ({count})" for title, count in preview.unmapped.most_common()]
    if applied:
        lines.append(
            "Imported." if not preview.rejected else "Imported the other rows; the rejected ones were left out."
        )
    elif args.dry_run:
        lines.append("Nothing was written (--dry-run).")
    return "\n".join(lines) + "\n"
