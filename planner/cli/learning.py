"""Commands for a worker's own learning: CPL entries, completions, supervision, their
regulator cycle, and the starter roles a newer version offers."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from planner.cli.output import UserError, csv_text, json_text
from planner.core.cpl import CplEntry
from planner.core.dates import add_months, uk
from planner.core.hours import hours_text
from planner.core.wording import plural
from planner.services.container import Services
from planner.services.regulation import cycle_dict, cycle_lines


def _module_id(s: Services, code: str) -> str:
    return s.catalogue.module_by_code(code).id


def _entry_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The fields given on the command line (absent ones are left out)."""
    given = {
        "occurred_on": args.date,
        "title": args.title,
        "hours": args.hours,
        "kind": args.kind,
        "provider": args.provider,
        "participatory": args.participatory,
        "reflective_account": args.reflective_account,
        "learned": args.reflection,
        "practice_change": args.practice_change,
        "reflection_written": args.reflection_written,
        "frameworks": args.framework,
        "sssc_elements": args.element,
        "topics": args.topic,
    }
    return {k: v for k, v in given.items() if v is not None}


def _cpl(s: Services, args: argparse.Namespace) -> str:
    service = s.learning
    if args.action in ("edit", "delete"):
        if args.action == "delete":
            completion = service.entry(args.entry_id).completion_id
            service.delete_entry(args.entry_id)
            return (
                f"Deleted learning entry {args.entry_id}" + (" and the completion it was" if completion else "") + ".\n"
            )
        fields = _entry_fields(args)
        if args.module is not None:
            fields["module_id"] = None if args.module.strip().casefold() == "none" else _module_id(s, args.module)
        if not fields:
            raise UserError("Nothing to change: give at least one option, such as --title or --hours.")
        service.update_entry(args.entry_id, fields)
        return f"Changed learning entry {args.entry_id}.\n"
    worker_id = service.worker_id(args.staff_no)
    catalogue = s.catalogue.load()
    if args.action == "add":
        fields = _entry_fields(args)
        if args.module:
            fields["module_id"] = _module_id(s, args.module)
        elif not args.title:
            raise UserError("Give the learning a --title (or the --module it completes).")
        _, entry_id = service.add_entry(worker_id, fields, args.evidence)
        return entry_id + "\n"
    codes = {m.id: m.code for m in catalogue.modules}
    covered = {e.id: e for e in service.history(worker_id)}
    rows = [
        entry_dict(
            e, codes.get(e.module_id or ""), [name for _, name, _, _ in service.evidence(e.id)], covered.get(e.id)
        )
        for e in service.entries(worker_id, with_reflections=True)
    ]
    if args.format == "json":
        return json_text(rows) + "\n"
    flat = [
        {
            **{k: v for k, v in r.items() if k != "reflection"},
            "reflection_written": r["reflection"]["written"],
            "learned": r["reflection"]["learned"],
            "practice_change": r["reflection"]["practice_change"],
            "prompt_response": r["reflection"]["prompt_response"],
        }
        for r in rows
    ]
    return csv_text(
        flat,
        [
            "date",
            "title",
            "type",
            "provider",
            "hours",
            "participatory",
            "module",
            "frameworks",
            "sssc_elements",
            "topics",
            "reflective_account",
            "source",
            "reflection_written",
            "learned",
            "practice_change",
            "prompt_response",
            "evidence",
            "id",
        ],
    )


def _completion(s: Services, args: argparse.Namespace) -> str:
    service = s.learning
    if args.action == "delete":
        service.delete_completion(args.completion_id)
        return f"Deleted completion {args.completion_id} and its learning entry.\n"
    worker_id = service.worker_id(args.staff_no)
    if args.action == "add":
        _, entry_id = service.record_completion(
            worker_id,
            _module_id(s, args.module),
            args.date,
            hours=args.hours,
            provider=args.provider,
            participatory=args.participatory,
        )
        return entry_id + "\n"
    catalogue = s.catalogue.load()
    rows = []
    for e in service.completions(worker_id):
        m = catalogue.module(e.module_id) if e.module_id else None
        expires = add_months(e.occurred_on, m.renewal_months).isoformat() if m and m.renewal_months else None
        rows.append(
            {
                "id": e.completion_id,
                "entry_id": e.id,
                "module": m.code if m else None,
                "title": m.title if m else e.title,
                "completed_on": e.occurred_on.isoformat(),
                "hours": e.hours,
                "provider": e.provider,
                "type": e.kind,
                "participatory": e.participatory,
                "source": e.source,
                "expires_on": expires,
            }
        )
    if args.format == "json":
        return json_text(rows) + "\n"
    return csv_text(
        rows,
        [
            "id",
            "module",
            "title",
            "completed_on",
            "hours",
            "provider",
            "type",
            "participatory",
            "source",
            "expires_on",
            "entry_id",
        ],
    )


def _registration(s: Services, args: argparse.Namespace) -> str:
    service = s.learning
    worker = s.people.worker_by_staff_no(args.staff_no)
    summary = service.cycle(worker.id, args.on or date.today())
    if args.format == "json":
        return json_text(cycle_dict(summary, worker.staff_no, worker.name)) + "\n"
    lines = [f"{worker.name} ({worker.staff_no})"] + cycle_lines(summary)
    for c in summary.checks:
        for e in c.evidence:
            lines.append(f"    {c.label}: {uk(e.occurred_on)} {e.title} ({hours_text(e.hours)} h)")
    return "\n".join(lines) + "\n"


def _starter(s: Services, args: argparse.Namespace) -> str:
    service = s.starter
    offered = service.updates()
    if args.action == "list":
        if args.format == "json":
            return (
                json_text(
                    {
                        "roles": [{"code": c, "name": n} for c, n in offered.roles],
                        "modules": [{"code": c, "title": n} for c, n in offered.modules],
                    }
                )
                + "\n"
            )
        if not offered:
            return "Nothing new: this organisation has every starter role and module.\n"
        if s.is_empty():
            return (
                "This data folder is empty: `planner starter add --all` loads the starter frameworks, "
                f"{len(offered.modules)} modules and {len(offered.roles)} roles (what Start empty does in the "
                "app), or `planner demo` the example organisation.\n"
            )
        lines = ["New starter roles (add with `planner starter add CODE`):"]
        lines += [f"  {c:<26} {n}" for c, n in offered.roles] or ["  none"]
        lines += ["New starter modules:"]
        lines += [f"  {c:<26} {n}" for c, n in offered.modules] or ["  none"]
        return "\n".join(lines) + "\n"
    role_codes = {c for c, _ in offered.roles}
    codes = list(role_codes | {c for c, _ in offered.modules}) if args.all else args.codes
    if not codes and args.all:
        return "Nothing new to add: this organisation has every starter role and module already.\n"
    if not codes:
        raise UserError("Give the codes to add (see `planner starter list`), or --all.")
    roles = [c for c in codes if c in role_codes]
    service.add(roles, [c for c in codes if c not in role_codes])
    return (
        f"Added {plural(len(roles), 'role')} (with the modules they need) and "
        f"{plural(len(codes) - len(roles), 'module')}.\n"
    )


def _supervision(s: Services, args: argparse.Namespace) -> str:
    service = s.learning
    worker_id = service.worker_id(args.staff_no)
    if args.action == "add":
        _, session_id = service.add_session(
            worker_id,
            {
                "occurred_on": args.date,
                "kind": args.kind,
                "minutes": args.minutes,
                "supervisor": args.supervisor,
                "topics": args.topics,
            },
        )
        return session_id + "\n"
    return (
        json_text(
            [
                {
                    "id": s.id,
                    "date": s.occurred_on.isoformat(),
                    "kind": s.kind,
                    "minutes": s.minutes,
                    "supervisor": s.supervisor,
                    "topics": s.topics,
                    "private_notes": s.private_notes,
                    "prompt": s.prompt,
                    "prompt_response": s.prompt_response,
                }
                for s in service.sessions(worker_id, with_notes=True)
            ]
        )
        + "\n"
    )


def entry_dict(
    entry: CplEntry, module_code: str | None, evidence: list[str], covered: CplEntry | None = None
) -> dict[str, Any]:
    """One entry for the worker's own export (``planner cpl list``): reflections included.
    ``covered`` is the entry with its coverage worked out (what the regulator checks count)."""
    full = covered or entry
    return {
        "id": entry.id,
        "date": entry.occurred_on.isoformat(),
        "title": entry.title,
        "type": entry.kind,
        "provider": entry.provider,
        "hours": entry.hours,
        "participatory": entry.participatory,
        "module": module_code,
        "frameworks": list(entry.frameworks),
        "sssc_elements": list(entry.sssc_elements),
        "topics": list(entry.topics),
        "reflective_account": entry.reflective_account,
        "completion_id": entry.completion_id,
        "source": entry.source,
        "covers": {
            "frameworks": list(full.frameworks),
            "topics": list(full.topics),
            "sssc_elements": list(full.sssc_elements),
        },
        "reflection": {
            "written": entry.has_reflection,
            "shared": entry.reflection_shared,
            "learned": entry.learned,
            "practice_change": entry.practice_change,
            "prompt": entry.prompt,
            "prompt_response": entry.prompt_response,
        },
        "evidence": evidence,
    }
