"""Commands that show the catalogue, the people and where they stand."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import date
from itertools import islice
from typing import Any

from planner.cli.output import Output, csv_lines, csv_text, json_array, json_lines, json_text
from planner.core.dates import uk
from planner.services.container import Services
from planner.services.listing import frameworks_dict, roles_list, workers_list
from planner.services.status_service import STATUS_FIELDS, pathway_dict


def _frameworks(s: Services, args: argparse.Namespace) -> str:
    data = frameworks_dict(s.catalogue.load())
    if args.format == "json":
        return json_text(data) + "\n"
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


def _roles(s: Services, args: argparse.Namespace) -> str:
    data = roles_list(s.catalogue.load())
    if args.format == "json":
        return json_text(data) + "\n"
    lines = []
    for r in data:
        lines.append(
            f"{r['name']} [{r['code']}] due within {r['due_days']} days{'  (example: review locally)' if r['example'] else ''}"
        )
        for req in r["requirements"]:
            if req["kind"] == "level":
                staged = [f"{d['level']} by day {d['due_days']} ({d['stage']})" for d in req["due"] if d["stage"]]
                lines.append(f"  {req['framework']}: {req['level']}" + (f"; {', '.join(staged)}" if staged else ""))
            else:
                staged = f"; by day {req['due_days']} ({req['stage']})" if req["stage"] else ""
                lines.append(f"  module {req['code']} {req['title']}{staged}")
    return "\n".join(lines) + "\n"


def _workers(s: Services, args: argparse.Namespace) -> Output:
    data = workers_list(s.people.workers(s.people.team_id(args.team)), s.people.teams(True), s.catalogue.load())
    if args.format == "json":
        return json_lines(data, getattr(args, "pretty", False))
    for row in data:
        row["roles"] = [r["role"] for r in row["roles"]]
    if args.format == "csv":
        return csv_text(
            data, ["staff_no", "name", "team", "roles", "regulator", "register_part", "registration_no", "email"]
        )
    return "".join(f"{r['staff_no']:<8} {r['name']:<30} {r['team']:<45} {', '.join(r['roles'])}\n" for r in data)


def _status(s: Services, args: argparse.Namespace) -> Output:
    on = args.on or date.today()
    if args.format == "json" and not getattr(args, "pretty", False):
        return json_array(s.status.json_runs(on, args.team))  # streamed; an unknown team is refused first
    rows = s.status.rows(on, args.team)
    if args.format == "json":
        return json_lines(rows, pretty=True)
    if args.format == "csv":
        return csv_lines(rows, STATUS_FIELDS)
    return _status_text(rows, on)


TEXT_MEASURED = 5000  # rows read before the text's columns are sized; the rest stream past


def _status_text(rows: Iterator[dict[str, Any]], on: date) -> Iterator[str]:
    """Aligned columns, sized to the first rows (all of them for most organisations), so a
    large organisation's text streams in constant memory instead of being held to measure it."""
    first = list(islice(rows, TEXT_MEASURED))
    name_w = max((len(r["name"]) for r in first), default=4)
    req_w = max((len(r["requirement"]) for r in first), default=11)
    yield f"As on {uk(on)}\n"
    rest = iter(rows)
    part = first
    while part:
        yield "".join(
            f"{r['staff_no']:<8} {r['name']:<{name_w}}  {r['requirement']:<{req_w}}  {r['state']:<9} {r['date_words']}\n"
            for r in part
        )
        part = list(islice(rest, 1000))


def _pathway(s: Services, args: argparse.Namespace) -> str:
    on = args.on or date.today()
    catalogue = s.catalogue.load()
    data = pathway_dict(s.status.worker_pathway(args.staff_no, on), catalogue)
    if args.format == "json":
        return json_text(data) + "\n"
    lines = [f"{data['name']} ({data['staff_no']}), {data['team'] or 'no team'}: pathway as on {uk(on)}", ""]
    lines.append("Requirements")
    width = max((len(r["requirement"]) for r in data["requirements"]), default=11)
    for r in data["requirements"]:
        lines.append(f"  {r['requirement']:<{width}}  {r['state']:<9} {r['date_words']}")
    lines.append("")
    lines.append("Next steps" if data["next_steps"] else "Next steps: none, everything is recorded.")
    for i, step in enumerate(data["next_steps"], start=1):
        if step["state"] == "expired" and step["expires_on"]:
            when = f"expired {uk(date.fromisoformat(step['expires_on']))}"
        elif step["due_date"]:
            when = f"due {uk(date.fromisoformat(step['due_date']))}"
        else:
            when = f"expires {uk(date.fromisoformat(step['expires_on']))}" if step["expires_on"] else ""
        lines.append(f"  {i}. {step['step']} ({step['state']}{', ' + when if when else ''})")
        for m in step["modules"]:
            lines.append(f"       {m['code']}: {m['title']}")
    return "\n".join(lines) + "\n"
