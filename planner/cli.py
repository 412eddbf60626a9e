"""The command line. Runs without a display; never imports Qt.

The command names, options and JSON keys here are a contract that scripts rely on: extend
them, do not rename them. Mistakes a person can fix print a message to stderr and exit 2;
a damaged database exits 1.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from planner import __version__
from planner.core.dates import parse_iso, uk
from planner.core.cpl import CPL_TYPES, SSSC_ELEMENTS
from planner.core.supervision import SUPERVISION_KINDS
from planner.services.demo import DEFAULT_WORKERS, create_demo
from planner.services.learning import LearningService, entry_dict
from planner.services.listing import frameworks_dict, roles_list, workers_list
from planner.services.status_service import StatusService, pathway_dict, status_rows
from planner.services.workspace import StorageError, Workspace

EXIT_USER_ERROR = 2
EXIT_DAMAGED = 1


class UserError(Exception):
    """A mistake in what was asked: shown as a message, never a traceback."""


def _date(text: str) -> date:
    try:
        return parse_iso(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="data folder (default: PLANNER_DATA_DIR, else the user's data folder)")

    parser = argparse.ArgumentParser(
        prog="planner",
        description="Pathway Planner: foundation learning for the children's services workforce. "
        "Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Pathway Planner {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", parents=[common], help="create the example organisation")
    p.add_argument("--workers", type=int, default=DEFAULT_WORKERS, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--force", action="store_true", help="add the example even if workers exist")

    p = sub.add_parser("frameworks", parents=[common], help="frameworks, their levels, and modules")
    p.add_argument("--format", choices=("json", "text"), default="text")

    p = sub.add_parser("roles", parents=[common], help="roles and what they require")
    p.add_argument("--format", choices=("json", "text"), default="text")

    p = sub.add_parser("workers", parents=[common], help="workers, their teams and roles")
    p.add_argument("--team", metavar="NAME")
    p.add_argument("--format", choices=("json", "csv", "text"), default="text")

    p = sub.add_parser("status", parents=[common], help="every requirement of every worker, with its state")
    p.add_argument("--team", metavar="NAME")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="as on this date (default today)")
    p.add_argument("--format", choices=("json", "csv", "text"), default="text")

    p = sub.add_parser("pathway", parents=[common], help="one worker's requirements and next steps")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=("json", "text"), default="text")

    sub.add_parser("check", parents=[common], help="check the database's integrity")

    cpl = sub.add_parser("cpl", parents=[common], help="a worker's CPL log").add_subparsers(dest="action", metavar="ACTION")
    cpl.required = True
    p = cpl.add_parser("add", parents=[common], help="record learning")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--title", required=True)
    p.add_argument("--hours", required=True, type=float)
    p.add_argument("--type", default="course", choices=CPL_TYPES, dest="kind")
    p.add_argument("--module", metavar="CODE", help="the catalogue module this completes")
    p.add_argument("--provider", default="")
    p.add_argument("--participatory", action="store_true")
    p.add_argument("--reflection", default="", metavar="TEXT", help="what I learned")
    p.add_argument("--practice-change", default="", metavar="TEXT", help="how it will change my practice")
    p.add_argument("--framework", action="append", default=[], metavar="CODE", help="framework area (repeatable)")
    p.add_argument("--element", action="append", default=[], choices=[c for c, _ in SSSC_ELEMENTS],
                   help="SSSC core learning element (repeatable)")
    p.add_argument("--evidence", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    p = cpl.add_parser("list", parents=[common], help="the worker's own export, reflections included")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--format", choices=("json", "csv"), default="json")

    sup = sub.add_parser("supervision", parents=[common], help="reflective supervision").add_subparsers(
        dest="action", metavar="ACTION")
    sup.required = True
    p = sup.add_parser("add", parents=[common], help="record a session")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--kind", required=True, choices=SUPERVISION_KINDS)
    p.add_argument("--minutes", required=True, type=int)
    p.add_argument("--supervisor", default="")
    p.add_argument("--topics", default="")
    p = sup.add_parser("list", parents=[common], help="a worker's sessions")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--format", choices=("json",), default="json")
    return parser


def _csv(rows: list[dict[str, Any]], fields: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("; ".join(v) if isinstance(v, list) else v) for k, v in row.items()})
    return out.getvalue()


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def main(argv: Sequence[str] | None = None) -> int | None:
    """Run a command; returns its exit code, or None when no command was given (open the GUI)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return None
    try:
        return _run(args)
    except (StorageError, UserError, ValueError) as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        return 0


def _run(args: argparse.Namespace) -> int:
    data_dir = getattr(args, "data_dir", None)
    ws = Workspace.open(data_dir)
    if ws.warning:
        print(f"planner: warning: {ws.warning}", file=sys.stderr)
    try:
        if args.command == "check":
            return _check(ws)
        if args.command == "demo":
            count = create_demo(ws, workers=args.workers, seed=args.seed, force=args.force)
            print(f"Created the example organisation with {count} workers in {ws.folder}.")
            return 0
        handler = {
            "frameworks": _frameworks,
            "roles": _roles,
            "workers": _workers,
            "status": _status,
            "pathway": _pathway,
            "cpl": _cpl,
            "supervision": _supervision,
        }[args.command]
        print(handler(ws, args), end="")
        return 0
    finally:
        ws.close()


def _check(ws: Workspace) -> int:
    problems = ws.check()
    if problems:
        print("planner: the database is damaged:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_DAMAGED
    print(f"The database at {ws.database_path} is sound.")
    return 0


def _frameworks(ws: Workspace, args: argparse.Namespace) -> str:
    data = frameworks_dict(ws.catalogue_repo.load())
    if args.format == "json":
        return _json(data) + "\n"
    lines = []
    for fw in data["frameworks"]:
        lines.append(f"{fw['name']}{'  (example: review locally)' if fw['example'] else ''}")
        for lv in fw["levels"]:
            lines.append(f"  {lv['rank']}. {lv['name']}: {', '.join(lv['modules']) or 'no module yet'}")
    lines.append("")
    lines.append(f"{len(data['modules'])} modules")
    for m in data["modules"]:
        hours = f"{m['hours']:.1f} h" if m["hours"] is not None else "hours not set"
        lines.append(f"  {m['code']:<14} {m['title']} ({m['delivery']}, {hours})")
    return "\n".join(lines) + "\n"


def _roles(ws: Workspace, args: argparse.Namespace) -> str:
    data = roles_list(ws.catalogue_repo.load())
    if args.format == "json":
        return _json(data) + "\n"
    lines = []
    for r in data:
        lines.append(f"{r['name']} [{r['code']}] due within {r['due_days']} days{'  (example: review locally)' if r['example'] else ''}")
        for req in r["requirements"]:
            if req["kind"] == "level":
                lines.append(f"  {req['framework']}: {req['level']}")
            else:
                lines.append(f"  module {req['code']} {req['title']}")
    return "\n".join(lines) + "\n"


def _team_id(ws: Workspace, team: str | None) -> str | None:
    return ws.people_repo.team_by_name(team).id if team else None


def _workers(ws: Workspace, args: argparse.Namespace) -> str:
    people = ws.people_repo
    data = workers_list(people.workers(_team_id(ws, args.team)), people.teams(True), ws.catalogue_repo.load())
    if args.format == "json":
        return _json(data) + "\n"
    for row in data:
        row["roles"] = [r["role"] for r in row["roles"]]
    if args.format == "csv":
        return _csv(data, ["staff_no", "name", "team", "roles", "regulator", "register_part", "registration_no", "email"])
    return "".join(f"{r['staff_no']:<8} {r['name']:<30} {r['team']:<45} {', '.join(r['roles'])}\n" for r in data)


def _status(ws: Workspace, args: argparse.Namespace) -> str:
    on = args.on or date.today()
    service = StatusService(ws)
    rows = status_rows(service.team_statuses(on, args.team), ws.catalogue_repo.load())
    if args.format == "json":
        return _json(rows) + "\n"
    if args.format == "csv":
        return _csv(rows, ["staff_no", "name", "team", "requirement", "state", "due_date", "expires_on",
                           "completed_on", "roles"])
    lines = [f"As on {uk(on)}"]
    for r in rows:
        when = ""
        if r["state"] == "expired" and r["expires_on"]:
            when = f"expired {uk(date.fromisoformat(r['expires_on']))}"
        elif r["due_date"]:
            when = f"due {uk(date.fromisoformat(r['due_date']))}"
        elif r["expires_on"]:
            when = f"expires {uk(date.fromisoformat(r['expires_on']))}"
        lines.append(f"{r['staff_no']:<8} {r['name']:<28} {r['requirement']:<52} {r['state']:<9} {when}")
    return "\n".join(lines) + "\n"


def _pathway(ws: Workspace, args: argparse.Namespace) -> str:
    on = args.on or date.today()
    catalogue = ws.catalogue_repo.load()
    data = pathway_dict(StatusService(ws).worker_pathway(args.staff_no, on), catalogue)
    if args.format == "json":
        return _json(data) + "\n"
    lines = [f"{data['name']} ({data['staff_no']}), {data['team'] or 'no team'}: pathway as on {uk(on)}", ""]
    lines.append("Requirements")
    for r in data["requirements"]:
        lines.append(f"  {r['requirement']:<55} {r['state']}")
    lines.append("")
    lines.append("Next steps" if data["next_steps"] else "Next steps: none, everything is recorded.")
    for i, s in enumerate(data["next_steps"], start=1):
        if s["state"] == "expired" and s["expires_on"]:
            when = f"expired {uk(date.fromisoformat(s['expires_on']))}"
        elif s["due_date"]:
            when = f"due {uk(date.fromisoformat(s['due_date']))}"
        else:
            when = f"expires {uk(date.fromisoformat(s['expires_on']))}" if s["expires_on"] else ""
        lines.append(f"  {i}. {s['step']} ({s['state']}{', ' + when if when else ''})")
        for m in s["modules"]:
            lines.append(f"       {m['code']}: {m['title']}")
    return "\n".join(lines) + "\n"


def _cpl(ws: Workspace, args: argparse.Namespace) -> str:
    service = LearningService(ws)
    worker_id = service.worker_id(args.staff_no)
    catalogue = ws.catalogue_repo.load()
    if args.action == "add":
        module_id = None
        if args.module:
            match = [m for m in catalogue.modules if m.code.casefold() == args.module.casefold()]
            if not match:
                raise UserError(f"There is no module with the code '{args.module}'.")
            module_id = match[0].id
        known = {f.code for f in catalogue.frameworks}
        for code in args.framework:
            if code not in known:
                raise UserError(f"Unknown framework '{code}': use one of {', '.join(sorted(known))}.")
        _, entry_id = service.add_entry(worker_id, {
            "occurred_on": args.date, "title": args.title, "hours": args.hours, "kind": args.kind,
            "module_id": module_id, "provider": args.provider, "participatory": args.participatory,
            "learned": args.reflection, "practice_change": args.practice_change,
            "frameworks": args.framework, "sssc_elements": args.element,
        }, args.evidence)
        return entry_id + "\n"
    codes = {m.id: m.code for m in catalogue.modules}
    rows = [entry_dict(e, codes.get(e.module_id or ""), [name for _, name, _, _ in service.evidence(e.id)])
            for e in service.entries(worker_id, with_reflections=True)]
    if args.format == "json":
        return _json(rows) + "\n"
    flat = [{**{k: v for k, v in r.items() if k != "reflection"},
             "learned": r["reflection"]["learned"], "practice_change": r["reflection"]["practice_change"],
             "prompt_response": r["reflection"]["prompt_response"]} for r in rows]
    return _csv(flat, ["date", "title", "type", "provider", "hours", "participatory", "module", "frameworks",
                       "sssc_elements", "learned", "practice_change", "prompt_response", "evidence"])


def _supervision(ws: Workspace, args: argparse.Namespace) -> str:
    service = LearningService(ws)
    worker_id = service.worker_id(args.staff_no)
    if args.action == "add":
        _, session_id = service.add_session(worker_id, {
            "occurred_on": args.date, "kind": args.kind, "minutes": args.minutes,
            "supervisor": args.supervisor, "topics": args.topics})
        return session_id + "\n"
    return _json([
        {"id": s.id, "date": s.occurred_on.isoformat(), "kind": s.kind, "minutes": s.minutes,
         "supervisor": s.supervisor, "topics": s.topics, "private_notes": s.private_notes,
         "prompt": s.prompt, "prompt_response": s.prompt_response}
        for s in service.sessions(worker_id, with_notes=True)
    ]) + "\n"
