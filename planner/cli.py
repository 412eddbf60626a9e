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
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from planner import __version__
from planner.core.dates import add_months, parse_iso, uk
from planner.core.cpl import CPL_TYPES, SSSC_ELEMENTS, TOPICS
from planner.core.hours import hours_text
from planner.core.supervision import SUPERVISION_KINDS
from planner.services.demo import DEFAULT_WORKERS, create_demo
from planner.services.learning import LearningService, entry_dict
from planner.services.planning import PlanningService
from planner.services.training import TrainingService
from planner.services.listing import frameworks_dict, roles_list, workers_list
from planner.services.regulation import cycle_dict, cycle_lines
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


def _hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of hours: use quarter hours, e.g. 1.25") from None
    return value


def _entry_options(p: argparse.ArgumentParser, edit: bool = False) -> None:
    """Options that add and edit share. On edit, a repeatable option given replaces the list."""
    default: list[str] | None = None if edit else []
    p.add_argument("--participatory", action=argparse.BooleanOptionalAction, default=None,
                   help="learning with others (default: no, or from the module's delivery)")
    p.add_argument("--reflective-account", action=argparse.BooleanOptionalAction, default=None,
                   help="an NMC written reflective account")
    p.add_argument("--reflection", metavar="TEXT", help="what I learned")
    p.add_argument("--practice-change", metavar="TEXT", help="how it will change my practice")
    p.add_argument("--framework", action="append", default=default, metavar="CODE", help="framework area (repeatable)")
    p.add_argument("--element", action="append", default=default, choices=[c for c, _ in SSSC_ELEMENTS],
                   help="SSSC core learning element (repeatable)")
    p.add_argument("--topic", action="append", default=default, choices=[c for c, _ in TOPICS],
                   help="regulator topic it covers (repeatable)")


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
    p = cpl.add_parser("add", parents=[common], help="record learning (prints the new entry's id)")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--title", help="required unless --module gives it")
    p.add_argument("--hours", type=_hours, help="in quarter hours; with --module, the module's typical hours")
    p.add_argument("--type", choices=CPL_TYPES, dest="kind", help="default: course, or the module's delivery")
    p.add_argument("--module", metavar="CODE", help="the catalogue module this completes")
    p.add_argument("--provider", help="default: the module's provider")
    _entry_options(p)
    p.add_argument("--evidence", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    p = cpl.add_parser("edit", parents=[common], help="change an entry (and the completion it is)")
    p.add_argument("entry_id", metavar="ID")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--title")
    p.add_argument("--hours", type=_hours)
    p.add_argument("--type", choices=CPL_TYPES, dest="kind")
    p.add_argument("--module", metavar="CODE", help="the catalogue module it completes ('none' for no module)")
    p.add_argument("--provider")
    _entry_options(p, edit=True)
    p = cpl.add_parser("delete", parents=[common], help="delete an entry (and the completion it is)")
    p.add_argument("entry_id", metavar="ID")
    p = cpl.add_parser("list", parents=[common], help="the worker's own export, reflections included")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--format", choices=("json", "csv"), default="json")

    com = sub.add_parser("completion", parents=[common], help="completions of catalogue modules").add_subparsers(
        dest="action", metavar="ACTION")
    com.required = True
    p = com.add_parser("add", parents=[common], help="record a completed module (prints its id)")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--hours", type=_hours, help="default: the module's typical hours")
    p.add_argument("--provider", help="default: the module's provider")
    p.add_argument("--participatory", action=argparse.BooleanOptionalAction, default=None,
                   help="learning with others (default: from the module's delivery)")
    p = com.add_parser("list", parents=[common], help="a worker's completions, with their learning")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p = com.add_parser("delete", parents=[common], help="delete a completion and its learning entry")
    p.add_argument("completion_id", metavar="ID")

    p = sub.add_parser("registration", parents=[common], help="a worker's regulator cycle and its checks")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="the cycle containing this date (default today)")
    p.add_argument("--format", choices=("json", "text"), default="text")

    st = sub.add_parser("starter", parents=[common], help="starter roles and modules this version adds").add_subparsers(
        dest="action", metavar="ACTION")
    st.required = True
    p = st.add_parser("list", parents=[common], help="new starter roles and modules not yet in this organisation")
    p.add_argument("--format", choices=("json", "text"), default="text")
    p = st.add_parser("add", parents=[common], help="add new starter roles (with their modules) and modules")
    p.add_argument("codes", nargs="*", metavar="CODE", help="role or module codes")
    p.add_argument("--all", action="store_true", help="everything offered")

    p = sub.add_parser("due", parents=[common], help="what is overdue, expired, or due or expiring soon")
    p.add_argument("--team", metavar="NAME")
    p.add_argument("--days", type=int, default=60, metavar="N", help="look ahead this many days (default 60)")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--by", choices=("worker", "module"), default="worker", help="grouping for text output")
    p.add_argument("--format", choices=("json", "csv", "text"), default="text")

    p = sub.add_parser("declarations", parents=[common],
                       help="SSSC declarations due soon with mandatory learning missing")
    p.add_argument("--team", metavar="NAME")
    p.add_argument("--days", type=int, default=60, metavar="N", help="look ahead this many days (default 60)")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=("json", "csv", "text"), default="text")

    p = sub.add_parser("needs", parents=[common], help="learning-needs analysis per framework level")
    p.add_argument("--team", metavar="NAME")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=("json", "csv", "text"), default="text")

    ses = sub.add_parser("session", parents=[common], help="training sessions").add_subparsers(
        dest="action", metavar="ACTION")
    ses.required = True
    p = ses.add_parser("add", parents=[common], help="plan a session (prints its id)")
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--capacity", type=int, metavar="N")
    p.add_argument("--venue", default="", metavar="TEXT")
    p.add_argument("--link", default="", metavar="URL", help="online link")
    p.add_argument("--trainer", default="")
    p.add_argument("--start", default="", metavar="HH:MM")
    p.add_argument("--end", default="", metavar="HH:MM")
    for action, text in (("book", "book workers (past capacity: waiting list)"),
                         ("attend", "mark who attended (records their completions)"),
                         ("release", "take workers off a session")):
        p = ses.add_parser(action, parents=[common], help=text)
        p.add_argument("session_id", metavar="SESSION_ID")
        p.add_argument("staff_nos", nargs="+", metavar="STAFF_NO")
    p = ses.add_parser("cancel", parents=[common], help="cancel a session and release its bookings")
    p.add_argument("session_id", metavar="SESSION_ID")
    p = ses.add_parser("suggest", parents=[common], help="who to book, most urgent first")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--team", metavar="NAME")
    p.add_argument("--format", choices=("json", "text"), default="text")
    p = ses.add_parser("list", parents=[common], help="sessions with their bookings")
    p.add_argument("--format", choices=("json", "text"), default="text")

    exp = sub.add_parser("export", parents=[common], help="PDF documents").add_subparsers(dest="action", metavar="DOCUMENT")
    exp.required = True
    p = exp.add_parser("record", parents=[common], help="one worker's learning record")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--include-reflections", action="store_true", help="the worker chooses to include them")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")

    for kind, text in (("records", "learning records for a team"), ("certificates", "certificates of completion")):
        p = exp.add_parser(kind, parents=[common], help=text + " (a folder, or one combined .pdf)")
        group = p.add_mutually_exclusive_group(required=kind == "records")
        group.add_argument("--team", metavar="NAME")
        if kind == "certificates":
            group.add_argument("--staff", metavar="STAFF_NO")
            group.required = True
        p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR|FILE.pdf")
        if kind == "records":
            p.add_argument("--include-reflections", action="store_true")
            p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")

    p = exp.add_parser("team", parents=[common], help="team completion report")
    p.add_argument("--team", metavar="NAME", help="default: the whole organisation")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")

    p = exp.add_parser("signin", parents=[common], help="a session's sign-in sheet")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p = exp.add_parser("sssc-pack", parents=[common], help="SSSC CPL verification pack for a registration year")
    p.add_argument("staff_no", metavar="STAFF_NO")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--year", type=int, metavar="YYYY", help="the registration year that ends in YYYY")
    when.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="the registration year containing this date "
                      "(default today)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")

    p = sub.add_parser("verify", parents=[common], help="check a certificate's verification code")
    p.add_argument("code", metavar="CODE")

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
        if args.command == "verify":
            from planner.services.documents import DocumentService

            genuine, message = DocumentService(ws).verify(args.code)
            print(message, file=sys.stdout if genuine else sys.stderr)
            return 0 if genuine else EXIT_DAMAGED
        handler = {
            "frameworks": _frameworks,
            "roles": _roles,
            "workers": _workers,
            "status": _status,
            "pathway": _pathway,
            "cpl": _cpl,
            "supervision": _supervision,
            "due": _due,
            "needs": _needs,
            "session": _session,
            "export": _export,
            "completion": _completion,
            "declarations": _declarations,
            "registration": _registration,
            "starter": _starter,
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


def _module_id(ws: Workspace, code: str) -> str:
    match = [m for m in ws.catalogue_repo.load().modules if m.code.casefold() == code.strip().casefold()]
    if not match:
        raise UserError(f"There is no module with the code '{code}'.")
    return match[0].id


def _entry_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The fields given on the command line (absent ones are left out)."""
    given = {"occurred_on": args.date, "title": args.title, "hours": args.hours, "kind": args.kind,
             "provider": args.provider, "participatory": args.participatory,
             "reflective_account": args.reflective_account, "learned": args.reflection,
             "practice_change": args.practice_change, "frameworks": args.framework, "sssc_elements": args.element,
             "topics": args.topic}
    return {k: v for k, v in given.items() if v is not None}


def _cpl(ws: Workspace, args: argparse.Namespace) -> str:
    service = LearningService(ws)
    if args.action in ("edit", "delete"):
        if args.action == "delete":
            service.delete_entry(args.entry_id)
            return f"Deleted learning entry {args.entry_id}.\n"
        fields = _entry_fields(args)
        if args.module is not None:
            fields["module_id"] = None if args.module.strip().casefold() == "none" else _module_id(ws, args.module)
        if not fields:
            raise UserError("Nothing to change: give at least one option, such as --title or --hours.")
        service.update_entry(args.entry_id, fields)
        return f"Changed learning entry {args.entry_id}.\n"
    worker_id = service.worker_id(args.staff_no)
    catalogue = ws.catalogue_repo.load()
    if args.action == "add":
        fields = _entry_fields(args)
        if args.module:
            fields["module_id"] = _module_id(ws, args.module)
        elif not args.title:
            raise UserError("Give the learning a --title (or the --module it completes).")
        _, entry_id = service.add_entry(worker_id, fields, args.evidence)
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
                       "sssc_elements", "topics", "reflective_account", "source", "learned", "practice_change",
                       "prompt_response", "evidence", "id"])


def _completion(ws: Workspace, args: argparse.Namespace) -> str:
    service = LearningService(ws)
    if args.action == "delete":
        service.delete_completion(args.completion_id)
        return f"Deleted completion {args.completion_id} and its learning entry.\n"
    worker_id = service.worker_id(args.staff_no)
    if args.action == "add":
        _, entry_id = service.record_completion(worker_id, _module_id(ws, args.module), args.date, hours=args.hours,
                                                provider=args.provider, participatory=args.participatory)
        return entry_id + "\n"
    catalogue = ws.catalogue_repo.load()
    rows = []
    for e in service.completions(worker_id):
        m = catalogue.module(e.module_id) if e.module_id else None
        expires = add_months(e.occurred_on, m.renewal_months).isoformat() if m and m.renewal_months else None
        rows.append({"id": e.completion_id, "entry_id": e.id, "module": m.code if m else None,
                     "title": m.title if m else e.title, "completed_on": e.occurred_on.isoformat(),
                     "hours": e.hours, "provider": e.provider, "type": e.kind, "participatory": e.participatory,
                     "source": e.source, "expires_on": expires})
    if args.format == "json":
        return _json(rows) + "\n"
    return _csv(rows, ["id", "module", "title", "completed_on", "hours", "provider", "type", "participatory",
                       "source", "expires_on", "entry_id"])


def _registration(ws: Workspace, args: argparse.Namespace) -> str:
    service = LearningService(ws)
    worker = ws.people_repo.worker_by_staff_no(args.staff_no)
    summary = service.cycle(worker.id, args.on or date.today())
    if args.format == "json":
        return _json(cycle_dict(summary, worker.staff_no, worker.name)) + "\n"
    lines = [f"{worker.name} ({worker.staff_no})"] + cycle_lines(summary)
    for c in summary.checks:
        for e in c.evidence:
            lines.append(f"    {c.label}: {uk(e.occurred_on)} {e.title} ({hours_text(e.hours)} h)")
    return "\n".join(lines) + "\n"


def _starter(ws: Workspace, args: argparse.Namespace) -> str:
    from planner.services.starter import StarterService

    service = StarterService(ws)
    offered = service.updates()
    if args.action == "list":
        if args.format == "json":
            return _json({"roles": [{"code": c, "name": n} for c, n in offered.roles],
                          "modules": [{"code": c, "title": n} for c, n in offered.modules]}) + "\n"
        if not offered:
            return "Nothing new: this organisation has every starter role and module.\n"
        lines = ["New starter roles (add with `planner starter add CODE`):"]
        lines += [f"  {c:<26} {n}" for c, n in offered.roles] or ["  none"]
        lines += ["New starter modules:"]
        lines += [f"  {c:<26} {n}" for c, n in offered.modules] or ["  none"]
        return "\n".join(lines) + "\n"
    role_codes = {c for c, _ in offered.roles}
    codes = list(role_codes | {c for c, _ in offered.modules}) if args.all else args.codes
    if not codes:
        raise UserError("Give the codes to add (see `planner starter list`), or --all.")
    roles = [c for c in codes if c in role_codes]
    service.add(roles, [c for c in codes if c not in role_codes])
    return f"Added {len(roles)} role(s) and {len(codes) - len(roles)} module(s) with the modules they need.\n"


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


def _due(ws: Workspace, args: argparse.Namespace) -> str:
    on = args.on or date.today()
    rows = PlanningService(ws).due(on, args.days, args.team)
    if args.format == "json":
        return _json(rows) + "\n"
    if args.format == "csv":
        flat = [{**r, "modules": [m["code"] for m in r["modules"]]} for r in rows]
        return _csv(flat, ["staff_no", "name", "team", "requirement", "step", "state", "date", "modules"])
    lines = [f"Overdue, expired, and due or expiring by {uk(on + timedelta(days=args.days))} (as on {uk(on)})"]
    key = (lambda r: f"{r['name']} ({r['staff_no']}), {r['team']}") if args.by == "worker" else (
        lambda r: r["step"])
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    for title in sorted(groups):
        lines.append("")
        lines.append(title)
        for r in groups[title]:
            when = uk(date.fromisoformat(r["date"])) if r["date"] else ""
            what = r["step"] if args.by == "worker" else f"{r['name']} ({r['staff_no']})"
            mods = ", ".join(m["code"] for m in r["modules"])
            lines.append(f"  {r['state']:<9} {when:<12} {what}" + (f"  [{mods}]" if mods else ""))
    if not rows:
        lines.append("Nothing is overdue or due in that time.")
    return "\n".join(lines) + "\n"


def _declarations(ws: Workspace, args: argparse.Namespace) -> str:
    on = args.on or date.today()
    rows = PlanningService(ws).declarations(on, args.days, args.team)
    if args.format == "json":
        return _json(rows) + "\n"
    if args.format == "csv":
        flat = [{**r, "modules": sorted({m["code"] for ms in r["modules"].values() for m in ms})} for r in rows]
        return _csv(flat, ["staff_no", "name", "team", "declaration_on", "missing", "modules"])
    lines = [f"SSSC declarations due by {uk(on + timedelta(days=args.days))} with mandatory learning missing "
             f"(as on {uk(on)}): {len(rows)}"]
    for r in rows:
        lines.append(f"  {uk(date.fromisoformat(r['declaration_on'])):<12} {r['name']} ({r['staff_no']}), "
                     f"{r['team']}: missing {', '.join(r['missing'])}")
    return "\n".join(lines) + "\n"


def _needs(ws: Workspace, args: argparse.Namespace) -> str:
    rows = PlanningService(ws).needs(args.on or date.today(), args.team)
    fields = ["framework", "level", "rank", "need", "recorded", "expiring", "due", "expired", "overdue",
              "percent_recorded"]
    if args.format == "json":
        return _json(rows) + "\n"
    if args.format == "csv":
        return _csv(rows, fields)
    lines = [f"{'Framework – level':<58} {'need':>5} {'rec.':>5} {'exp.':>5} {'due':>5} {'lapsed':>6} {'overdue':>7}"]
    for r in rows:
        if r["need"]:
            lines.append(f"{r['framework'] + ' – ' + r['level']:<58.58} {r['need']:>5} {r['recorded']:>5} "
                         f"{r['expiring']:>5} {r['due']:>5} {r['expired']:>6} {r['overdue']:>7}")
    return "\n".join(lines) + "\n"


def _workers_by_staff(ws: Workspace, staff_nos: list[str]) -> list[str]:
    return [ws.people_repo.worker_by_staff_no(s).id for s in staff_nos]


def _session(ws: Workspace, args: argparse.Namespace) -> str:
    service = TrainingService(ws)
    if args.action == "add":
        _, session_id = service.add_session({
            "module_id": service.module_by_code(args.module), "held_on": args.date, "capacity": args.capacity,
            "venue": args.venue, "online_link": args.link, "trainer": args.trainer,
            "start_time": args.start, "end_time": args.end})
        return session_id + "\n"
    if args.action == "book":
        _, result = service.book(args.session_id, _workers_by_staff(ws, args.staff_nos))
        names = {w: s for w, s in zip(_workers_by_staff(ws, args.staff_nos), args.staff_nos, strict=True)}
        return "".join(f"{names[w]}: {status}\n" for w, status in result.items())
    if args.action == "attend":
        service.attend(args.session_id, _workers_by_staff(ws, args.staff_nos))
        return f"Attendance recorded for {len(args.staff_nos)} worker(s).\n"
    if args.action == "release":
        for worker_id in _workers_by_staff(ws, args.staff_nos):
            service.release(args.session_id, worker_id)
        return f"Released {len(args.staff_nos)} place(s).\n"
    if args.action == "cancel":
        service.cancel(args.session_id)
        return "Session cancelled; its bookings were released.\n"
    catalogue = ws.catalogue_repo.load()
    if args.action == "suggest":
        found = service.suggest(args.session_id, date.today(), args.team)
        rows = [{"staff_no": s.worker.staff_no, "name": s.worker.name, "team": s.team,
                 "requirement": s.candidate.requirement, "state": s.candidate.state.value,
                 "date": s.candidate.when.isoformat() if s.candidate.when else None} for s in found]
        if args.format == "json":
            return _json(rows) + "\n"
        return "".join(f"{r['staff_no']:<8} {r['name']:<30} {r['state']:<9} {r['requirement']}\n" for r in rows)
    people = {w.id: w for w in ws.people_repo.workers(include_retired=True)}
    data = []
    for s in service.sessions():
        m = catalogue.module(s.module_id)
        data.append({
            "id": s.id, "module": m.code, "title": m.title, "date": s.held_on.isoformat(),
            "start_time": s.start_time, "end_time": s.end_time, "venue": s.venue, "online_link": s.online_link,
            "trainer": s.trainer, "capacity": s.capacity, "status": s.status, "free_places": s.free_places,
            "bookings": [{"staff_no": people[b.worker_id].staff_no, "name": people[b.worker_id].name,
                          "status": b.status} for b in service.bookings(s.id)],
        })
    if args.format == "json":
        return _json(data) + "\n"
    lines = []
    for d in data:
        cap = f"{d['capacity']} places" if d["capacity"] else "no limit"
        lines.append(f"{d['id']}  {uk(date.fromisoformat(d['date']))}  {d['module']} {d['title']} ({cap}, {d['status']})")
        for b in d["bookings"]:
            lines.append(f"    {b['staff_no']:<8} {b['name']:<30} {b['status']}")
    return "\n".join(lines) + ("\n" if lines else "No sessions planned.\n")


def _export(ws: Workspace, args: argparse.Namespace) -> str:
    # reportlab is imported only for the commands that print
    from planner.services.batch import export as batch_export
    from planner.services.documents import DocumentService, write_atomically

    docs = DocumentService(ws)
    if args.action == "record":
        path = docs.export_record(args.staff_no, args.output, args.include_reflections, args.on)
        return f"Wrote {path}\n"
    if args.action == "signin":
        write_atomically(args.output, docs.signin(args.session_id))
        return f"Wrote {args.output}\n"
    if args.action == "sssc-pack":
        write_atomically(args.output, docs.sssc_pack(args.staff_no, args.year, args.on))
        return f"Wrote {args.output}\n"
    if args.action == "team":
        return f"Wrote {docs.export_team_report(args.team, args.output, args.on)}\n"
    if args.action in ("records", "certificates"):
        people = ws.people_repo
        if getattr(args, "staff", None):
            ids = [people.worker_by_staff_no(args.staff).id]
        else:
            ids = [w.id for w in people.workers(people.team_by_name(args.team).id)]
        files = batch_export(ws, args.action, ids, args.output, getattr(args, "include_reflections", False),
                             getattr(args, "on", None))
        where = files[0] if len(files) == 1 else args.output
        return f"Wrote {len(files)} file(s) to {where}\n"
    raise UserError(f"Unknown document '{args.action}'.")
