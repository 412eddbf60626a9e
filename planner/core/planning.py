"""Planning rules over computed statuses: what is due within a horizon, learning-needs
analysis per framework level, and which workers a module would help, most urgent first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from planner.core.model import Catalogue, Module
from planner.core.status import RequirementStatus, State, StepStatus


@dataclass(frozen=True)
class DueItem:
    worker_key: str  # the caller's id for the worker (staff number)
    requirement: str
    step: str
    state: State
    when: date | None  # due date, or the expiry date for learning that is expiring or expired
    options: tuple[Module, ...]


def step_label(step: StepStatus, req: RequirementStatus, catalogue: Catalogue) -> str:
    if step.level_id:
        level = catalogue.level(step.level_id)
        return f"{catalogue.framework(level.framework_id).name} – {level.name}"
    if step.module_id:
        m = catalogue.module(step.module_id)
        return f"{m.code} {m.title}"
    return req.label


def step_options(step: StepStatus, catalogue: Catalogue) -> tuple[Module, ...]:
    if step.level_id:
        mods = [m for m in catalogue.modules_granting(step.level_id) if not m.retired]
    elif step.module_id:
        mods = [catalogue.module(step.module_id)]
    else:
        return ()
    return tuple(sorted(mods, key=lambda m: (m.hours is None, m.hours or 0.0, m.code)))


def due_items(worker_key: str, statuses: Iterable[RequirementStatus], catalogue: Catalogue, on: date,
              days: int) -> list[DueItem]:
    """Steps that are overdue or expired, or that fall due or expire within ``days`` of ``on``."""
    horizon = on + timedelta(days=days)
    out = []
    for req in statuses:
        for step in req.steps:
            if step.state in (State.OVERDUE, State.EXPIRED):
                when = step.expires_on if step.state is State.EXPIRED else step.due_date
            elif step.state is State.DUE and step.due_date is not None and step.due_date <= horizon:
                when = step.due_date
            elif step.state.held and step.expires_on is not None and step.expires_on <= horizon:
                when = step.expires_on
            else:
                continue
            state = State.EXPIRING if step.state.held else step.state
            out.append(DueItem(worker_key, req.label, step_label(step, req, catalogue), state, when,
                               step_options(step, catalogue)))
    return out


@dataclass
class NeedRow:
    """How many workers need one framework level (or module), and where they stand."""

    framework: str
    level: str
    rank: int
    need: int = 0
    recorded: int = 0
    expiring: int = 0
    due: int = 0
    expired: int = 0
    overdue: int = 0

    def add(self, state: State) -> None:
        self.need += 1
        setattr(self, state.value, getattr(self, state.value) + 1)


def needs_analysis(all_statuses: Iterable[list[RequirementStatus]], catalogue: Catalogue) -> list[NeedRow]:
    """Per framework level (and specific module): workers needing it and their states.

    A worker needs every level up to the one their roles ask for (levels are cumulative), so a
    worker asked for Child protection – Specific counts under Wider, General and Specific."""
    rows: dict[str, NeedRow] = {}
    for fw in catalogue.frameworks:
        for lv in fw.levels:
            rows[lv.id] = NeedRow(fw.name, lv.name, lv.rank)
    module_rows: dict[str, NeedRow] = {}
    for statuses in all_statuses:
        for req in statuses:
            for step in req.steps:
                if step.level_id and step.level_id in rows:
                    rows[step.level_id].add(step.state)
                elif step.module_id:
                    m = catalogue.module(step.module_id)
                    module_rows.setdefault(m.id, NeedRow("Specific modules", f"{m.code} {m.title}", 0)).add(step.state)
    return [r for r in rows.values()] + sorted(module_rows.values(), key=lambda r: r.level)


@dataclass(frozen=True)
class Candidate:
    worker_key: str
    requirement: str  # the step the module would satisfy, e.g. "Child protection – Wider"
    state: State
    when: date | None


def module_helps(module: Module, step: StepStatus) -> bool:
    return (step.level_id is not None and step.level_id in module.grants) or step.module_id == module.id


def candidates(worker_key: str, statuses: Iterable[RequirementStatus], module: Module,
               catalogue: Catalogue) -> Candidate | None:
    """If this module would satisfy a step the worker still needs (or must renew soon), the
    most pressing such step; else None."""
    best: Candidate | None = None
    for req in statuses:
        for step in req.steps:
            if step.state is State.RECORDED or not module_helps(module, step):
                continue
            when = step.due_date if step.state.needs_action else step.expires_on
            c = Candidate(worker_key, step_label(step, req, catalogue), step.state, when)
            if best is None or urgency(c) < urgency(best):
                best = c
    return best


def urgency(c: Candidate) -> tuple[int, date]:
    return (-c.state.severity, c.when or date.max)
