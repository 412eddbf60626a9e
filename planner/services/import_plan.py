"""What an import would do: the preview row by row (shown to the person, then carried out
whole by ImportService.apply), and the actions it plans."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from planner.core.i18n import fill, translate
from planner.core.importing import RowOutcome
from planner.core.wording import plural

# -- previews ---------------------------------------------------------------------------------


@dataclass
class Preview:
    """What importing a table would do, row by row."""

    kind: str
    rows: list[RowOutcome]
    unmapped: Counter[str] = field(default_factory=Counter)  # job titles or course titles to map
    mass_leavers: str = ""  # a full export that would make most people leave: why to confirm
    new_teams: list[str] = field(default_factory=list)
    plan: list[Any] = field(default_factory=list)  # what apply carries out

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    @property
    def rejected(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.outcome == "rejected"]

    def summary(self) -> str:
        parts = [
            f"{self.count(o)} {o}"
            for o in ("new", "updated", "unchanged", "rejected", "leaver")
            if self.count(o) or o in ("new", "rejected")
        ]
        text = f"{plural(len([r for r in self.rows if r.line]), 'row')}: " + ", ".join(parts)
        if self.new_teams:
            text += fill(translate("import_plan", "; new teams: %1"), ", ".join(self.new_teams))
        return text

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "rows": [r.as_dict() for r in self.rows],
            "counts": {o: self.count(o) for o in ("new", "updated", "unchanged", "rejected", "leaver")},
            "unmapped": dict(self.unmapped),
            "new_teams": list(self.new_teams),
        }


@dataclass(frozen=True)
class StaffAction:
    worker_id: str | None  # None: a new worker
    fields: dict[str, Any]
    team: str  # a team name ("" for none)
    role_id: str | None
    started_on: date
    left_on: date | None
    back_from_left: bool = False


@dataclass(frozen=True)
class HoursAction:
    """A completion recorded already whose hours the file gives differently."""

    entry_id: str
    hours: float


@dataclass(frozen=True)
class CompletionAction:
    worker_id: str
    module_id: str
    completed_on: date
    hours: float | None
    provider: str | None
