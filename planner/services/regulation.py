"""A worker's regulator cycle as plain data and as lines of text: the one wording that the
registration tab, the learning record, the SSSC pack and ``planner registration`` share.

The JSON keys of :func:`cycle_dict` are a contract (``planner registration --format json``):
extend them, never rename them."""

from __future__ import annotations

from typing import Any

from planner.core.cpl import CplEntry
from planner.core.dates import iso, uk
from planner.core.hours import hours_text
from planner.core.i18n import counted, fill, translate
from planner.core.regulators import CycleSummary


def evidence_dict(e: CplEntry) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": e.occurred_on.isoformat(),
        "title": e.title,
        "hours": e.hours,
        "participatory": e.participatory,
        "provider": e.provider,
    }


def cycle_dict(summary: CycleSummary, staff_no: str, name: str) -> dict[str, Any]:
    rv = summary.revalidation
    return {
        "staff_no": staff_no,
        "name": name,
        "regulator": summary.regulator.code,
        "regulator_name": summary.regulator.name,
        "cycle_start": iso(summary.start),
        "cycle_end": iso(summary.end),
        "date_known": summary.anchor_set and not summary.needs_date,
        # no cycle (an NMC registrant without a renewal date): no figures rather than zeros
        "hours": None if summary.needs_date else summary.hours,
        "participatory_hours": None if summary.needs_date else summary.participatory_hours,
        "entries": None if summary.needs_date else len(summary.entries),
        "reflective_accounts": None if summary.needs_date else summary.reflective_accounts,
        "checks": [
            {
                "code": c.code,
                "label": c.label,
                "met": c.met,
                "detail": c.detail,
                "evidence": [evidence_dict(e) for e in c.evidence],
            }
            for c in summary.checks
        ],
        "elements_covered": list(summary.elements_covered),
        "elements_missing": list(summary.elements_missing),
        "signoff_due": iso(summary.signoff_due),
        "signoff_exempt": summary.signoff_exempt,
        "notes": list(summary.notes),
        "hours_by_year": {str(y): h for y, h in summary.hours_by_year.items()},
        "revalidation": None
        if rv is None
        else {
            "cycle_end": iso(rv.cycle_end),
            "practice_hours": rv.practice_hours,
            "dual_registration": rv.dual_registration,
            "feedback": rv.feedback,
            "discussion_on": iso(rv.discussion_on),
            "discussion_with": rv.discussion_with,
            "confirmer": rv.confirmer,
            "confirmed_on": iso(rv.confirmed_on),
            "health_character": rv.health_character,
            "indemnity": rv.indemnity,
        },
    }


def period_text(summary: CycleSummary) -> str:
    if summary.start is None or summary.end is None:
        return translate("regulation", "no cycle until the date is known")
    rule = summary.regulator
    if rule.code == "GTCS":
        return fill(translate("regulation", "school session %1 to %2"), uk(summary.start), uk(summary.end))
    if rule.code == "none" or not summary.anchor_set:
        return fill(translate("regulation", "calendar year %1"), summary.start.year)
    return fill(translate("regulation", "cycle %1 to %2"), uk(summary.start), uk(summary.end))


def mark(met: bool) -> str:
    return "✔ " + translate("regulation", "met") if met else "✖ " + translate("regulation", "not yet")


def cycle_lines(summary: CycleSummary) -> list[str]:
    """The summary in sentences, in the order the registration tab shows them."""
    rule = summary.regulator
    entries = len(summary.entries)
    lines = [fill(translate("regulation", "%1: %2."), translate("regulators", rule.name), period_text(summary))]
    lines += list(summary.notes)
    if not summary.needs_date:
        counted_entries = counted(entries, "entry", "entries", translate("Counted", "%n entry(s)", None, entries))
        lines.append(
            fill(
                translate("regulation", "%1 of learning, %2 hours (%3 participatory)."),
                counted_entries,
                hours_text(summary.hours),
                hours_text(summary.participatory_hours),
            )
        )
    for c in summary.checks:
        lines.append(f"{mark(c.met)}: {c.label} ({c.detail})")
    if summary.elements_covered or summary.elements_missing:
        covered = ", ".join(summary.elements_covered) or translate("regulation", "none yet")
        lines.append(fill(translate("regulation", "Core learning elements covered: %1."), covered))
        if summary.elements_missing:
            lines.append(fill(translate("regulation", "Not yet covered: %1."), ", ".join(summary.elements_missing)))
    if summary.signoff_exempt:
        lines.append(
            translate("regulation", "Professional Update sign-off: not needed (Fully Registered (Associate)).")
        )
    elif summary.signoff_due:
        lines.append(fill(translate("regulation", "Professional Update sign-off due by %1."), uk(summary.signoff_due)))
    return lines
