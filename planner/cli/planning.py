"""Commands for planning: what is due, SSSC declarations, learning needs, training sessions,
and the documents that print."""

from __future__ import annotations

import argparse
import json
import textwrap
from datetime import date, timedelta
from typing import Any

from planner.cli.output import Output, UserError, csv_text, json_array, json_lines, json_text
from planner.core.dates import uk
from planner.core.wording import plural
from planner.services.container import Services
from planner.services.figures import ITEM_NOTE, summary_lines


def _due(s: Services, args: argparse.Namespace) -> Output:
    on = args.on or date.today()
    if args.format == "json":  # streamed from the rows' text, indented a row at a time with --pretty
        encoded = s.planning.due_json(on, args.days, args.team, split=True)
        if getattr(args, "pretty", False):
            return json_lines(map(json.loads, encoded), pretty=True)
        return json_array(encoded)
    rows = s.planning.due(on, args.days, args.team, split=True)
    if args.format == "csv":
        flat = [{**r, "modules": [m["code"] for m in r["modules"]]} for r in rows]
        return csv_text(flat, ["staff_no", "name", "team", "requirement", "step", "state", "date", "modules", "kind"])
    lines = [f"Overdue, expired, and due or expiring by {uk(on + timedelta(days=args.days))} (as on {uk(on)})"]
    key = (lambda r: f"{r['name']} ({r['staff_no']}), {r['team']}") if args.by == "worker" else (lambda r: r["step"])
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


def _figures(s: Services, args: argparse.Namespace) -> str:
    on = args.on or date.today()
    f = s.planning.figures(on, args.days, args.team)
    declarations = len(s.planning.declarations(on, args.days, args.team))
    if args.format == "json":
        return (
            json_text(
                {
                    "on": on.isoformat(),
                    "days": args.days,
                    "workers": f.workers,
                    **{k: {"items": v.items, "people": v.people} for k, v in f.by_state.items()},
                    "supervision_overdue": {"people": f.supervision_overdue},
                    "declarations_missing_learning": {"people": declarations},
                }
            )
            + "\n"
        )
    lines = [f"As on {uk(on)}, {f.workers} workers{' in ' + args.team if args.team else ''}:"]
    lines += [f"  {line}" for line in summary_lines(f, s.settings.warning_days, declarations)]
    lines += ["", textwrap.fill(ITEM_NOTE, 100)]
    return "\n".join(lines) + "\n"


def _declarations(s: Services, args: argparse.Namespace) -> Output:
    on = args.on or date.today()
    rows = s.planning.declarations(on, args.days, args.team)
    if args.format == "json":
        return json_lines(rows, getattr(args, "pretty", False))
    if args.format == "csv":
        flat = [{**r, "modules": sorted({m["code"] for ms in r["modules"].values() for m in ms})} for r in rows]
        return csv_text(flat, ["staff_no", "name", "team", "declaration_on", "missing", "modules"])
    lines = [
        (
            f"SSSC declarations due by {uk(on + timedelta(days=args.days))} with mandatory learning missing "
            f"(as on {uk(on)}): {len(rows)}"
        )
    ]
    for r in rows:
        lines.append(
            f"  {uk(date.fromisoformat(r['declaration_on'])):<12} {r['name']} ({r['staff_no']}), "
            f"{r['team']}: missing {', '.join(r['missing'])}"
        )
    return "\n".join(lines) + "\n"


def _needs(s: Services, args: argparse.Namespace) -> Output:
    rows = s.planning.needs(args.on or date.today(), args.team, split=True)
    fields = [
        "framework",
        "level",
        "rank",
        "need",
        "recorded",
        "expiring",
        "due",
        "expired",
        "overdue",
        "percent_recorded",
    ]
    if args.format == "json":
        return json_lines(rows, getattr(args, "pretty", False))
    if args.format == "csv":
        return csv_text(rows, fields)
    # the columns are headed by the same words as the JSON and CSV fields ("expiring", not "exp.")
    lines = [
        f"{'Framework – level':<50} {'need':>5} {'recorded':>8} {'expiring':>8} {'due':>5} {'expired':>7} {'overdue':>7}"
    ]
    for r in rows:
        lines.append(
            f"{r['framework'] + ' – ' + r['level']:<50.50} {r['need']:>5} {r['recorded']:>8} "
            f"{r['expiring']:>8} {r['due']:>5} {r['expired']:>7} {r['overdue']:>7}"
        )
    return "\n".join(lines) + "\n"


def _workers_by_staff(s: Services, staff_nos: list[str]) -> list[str]:
    return [s.people.worker_by_staff_no(n).id for n in staff_nos]


def _session(s: Services, args: argparse.Namespace) -> str:
    service = s.training
    if args.action == "add":
        _, session_id = service.add_session(
            {
                "module_id": service.module_by_code(args.module),
                "held_on": args.date,
                "capacity": args.capacity,
                "venue": args.venue,
                "online_link": args.link,
                "trainer": args.trainer,
                "start_time": args.start,
                "end_time": args.end,
            }
        )
        return session_id + "\n"
    if args.action == "book":
        _, result = service.book(args.session_id, _workers_by_staff(s, args.staff_nos))
        names = {w: s for w, s in zip(_workers_by_staff(s, args.staff_nos), args.staff_nos, strict=True)}
        return "".join(f"{names[w]}: {status}\n" for w, status in result.items())
    if args.action == "attend":
        service.attend(args.session_id, _workers_by_staff(s, args.staff_nos))
        return f"Attendance recorded for {plural(len(args.staff_nos), 'worker')}.\n"
    if args.action == "unattend":
        service.unattend(args.session_id, _workers_by_staff(s, args.staff_nos))
        return f"Attendance taken back for {plural(len(args.staff_nos), 'worker')}; they are no-shows now.\n"
    if args.action == "release":
        for worker_id in _workers_by_staff(s, args.staff_nos):
            service.release(args.session_id, worker_id)
        return f"Released {plural(len(args.staff_nos), 'place')}.\n"
    if args.action == "cancel":
        service.cancel(args.session_id)
        return "Session cancelled; its bookings were released.\n"
    catalogue = s.catalogue.load()
    if args.action == "suggest":
        found = service.suggest(args.session_id, date.today(), args.team)
        rows = [
            {
                "staff_no": f.worker.staff_no,
                "name": f.worker.name,
                "team": f.team,
                "requirement": f.candidate.requirement,
                "state": f.candidate.state.value,
                "date": f.candidate.when.isoformat() if f.candidate.when else None,
            }
            for f in found
        ]
        if args.format == "json":
            return json_text(rows) + "\n"
        return "".join(f"{r['staff_no']:<8} {r['name']:<30} {r['state']:<9} {r['requirement']}\n" for r in rows)
    people = {w.id: w for w in s.people.workers(include_retired=True)}
    data = []
    for session in service.sessions():
        m = catalogue.module(session.module_id)
        data.append(
            {
                "id": session.id,
                "module": m.code,
                "title": m.title,
                "date": session.held_on.isoformat(),
                "start_time": session.start_time,
                "end_time": session.end_time,
                "venue": session.venue,
                "online_link": session.online_link,
                "trainer": session.trainer,
                "capacity": session.capacity,
                "status": session.status,
                "free_places": session.free_places,
                "bookings": [
                    {"staff_no": people[b.worker_id].staff_no, "name": people[b.worker_id].name, "status": b.status}
                    for b in service.bookings(session.id)
                ],
            }
        )
    if args.format == "json":
        return json_text(data) + "\n"
    lines = []
    for d in data:
        cap = f"{d['capacity']} places" if d["capacity"] else "no limit"
        lines.append(
            f"{d['id']}  {uk(date.fromisoformat(d['date']))}  {d['module']} {d['title']} ({cap}, {d['status']})"
        )
        for b in d["bookings"]:
            lines.append(f"    {b['staff_no']:<8} {b['name']:<30} {b['status']}")
    return "\n".join(lines) + ("\n" if lines else "No sessions planned.\n")


def _export(s: Services, args: argparse.Namespace) -> str:
    if args.action in ("csv", "json"):
        from planner.cli import transfer

        return transfer.handle(s, args)
    docs = s.documents  # reportlab is imported only for the commands that print
    if args.action == "record":
        path = docs.export_record(args.staff_no, args.output, args.include_reflections, args.on)
        return f"Wrote {path}\n"
    if args.action == "signin":
        docs.export_signin(args.session_id, args.output)
        return f"Wrote {args.output}\n"
    if args.action == "sssc-pack":
        docs.export_sssc_pack(args.staff_no, args.output, args.year, args.on)
        return f"Wrote {args.output}\n"
    if args.action == "team":
        return f"Wrote {docs.export_team_report(args.team, args.output, args.on)}\n"
    if args.action in ("records", "certificates"):
        if getattr(args, "include_reflections", False):
            raise UserError(
                "Reflections belong to each worker: a team's records never include them. A worker "
                "prints their own with `planner export record STAFF_NO --include-reflections`."
            )
        if getattr(args, "staff", None):
            ids = [s.people.worker_by_staff_no(args.staff).id]
        else:
            ids = [w.id for w in s.people.workers(s.people.team_id(args.team))]
        files = s.batch_export(
            args.action, ids, args.output, getattr(args, "include_expired", False), getattr(args, "on", None)
        )
        where = files[0] if len(files) == 1 else args.output
        return f"Wrote {plural(len(files), 'file')} to {where}\n"
    raise UserError(f"Unknown document '{args.action}'.")
