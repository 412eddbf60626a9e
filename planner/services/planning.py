"""What is due, and the learning-needs analysis, for a team or the whole organisation: the
rows behind ``planner due`` and ``planner needs`` and the GUI's lists (keep the keys)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from planner.core.cpl import TOPICS
from planner.core.dates import iso
from planner.core.history import modules_covering
from planner.core.planning import due_items, needs_analysis
from planner.services.learning import LearningService
from planner.services.status_service import StatusService
from planner.services.workspace import Workspace

DUE_ORDER = {"overdue": 0, "expired": 1, "due": 2, "expiring": 3}


class PlanningService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.status = StatusService(ws)

    def due(self, on: date, days: int = 60, team: str | None = None) -> list[dict[str, Any]]:
        if days < 0:
            raise ValueError("The number of days cannot be negative.")
        catalogue = self.ws.catalogue_repo.load()
        rows = []
        for ws_ in self.status.team_statuses(on, team):
            for item in due_items(ws_.worker.staff_no, ws_.requirements, catalogue, on, days):
                rows.append({
                    "staff_no": ws_.worker.staff_no,
                    "name": ws_.worker.name,
                    "team": ws_.team,
                    "requirement": item.requirement,
                    "step": item.step,
                    "state": item.state.value,
                    "date": iso(item.when),
                    "modules": [{"code": m.code, "title": m.title} for m in item.options],
                })
        rows.sort(key=lambda r: (DUE_ORDER[r["state"]], r["date"] or "9999", r["name"]))
        return rows

    def needs(self, on: date, team: str | None = None) -> list[dict[str, Any]]:
        catalogue = self.ws.catalogue_repo.load()
        statuses = [s.requirements for s in self.status.team_statuses(on, team)]
        out = []
        for row in needs_analysis(statuses, catalogue):
            d = asdict(row)
            d["percent_recorded"] = round(100 * (row.recorded + row.expiring) / row.need, 1) if row.need else None
            out.append(d)
        return out

    def declarations(self, on: date, days: int = 60, team: str | None = None) -> list[dict[str, Any]]:
        """SSSC registrants whose annual declaration falls due within ``days`` while trauma,
        child protection or adult support and protection learning is missing from their year,
        with the modules that would cover what is missing (``planner declarations``; keep the keys)."""
        if days < 0:
            raise ValueError("The number of days cannot be negative.")
        catalogue = self.ws.catalogue_repo.load()
        names = dict(TOPICS)
        covering = {name: [{"code": m.code, "title": m.title} for m in modules_covering(code, catalogue)]
                    for code, name in names.items()}
        return [{"staff_no": d.worker.staff_no, "name": d.worker.name, "team": d.team,
                 "declaration_on": d.due_on.isoformat(), "missing": list(d.missing),
                 "modules": {name: covering[name] for name in d.missing}}
                for d in LearningService(self.ws).declarations_due(on, days, team)]
