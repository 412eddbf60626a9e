"""A worker's pathway: the steps still to take, in the order to take them.

Each step is a framework level (or a specific module) that is not held, or that is expiring
and should be renewed, with the catalogue modules that would satisfy it. Steps that need
action now (overdue, expired) come first, then those due, then renewals; within each group
the earliest date first and, within a framework, the lowest level first. A lower level is
never due after a higher one (its due date is the earliest of every role asking for it or
more), so the cumulative order is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.core.model import Catalogue, Module
from planner.core.status import RequirementStatus, State


@dataclass(frozen=True)
class PathwayStep:
    requirement_key: str
    label: str  # "Trauma – Informed" or "CP-WIDER Child protection basics"
    state: State
    due_date: date | None
    expires_on: date | None
    options: tuple[Module, ...]  # modules that would satisfy the step, shortest first
    level_id: str | None = None
    module_id: str | None = None
    rank: int = 0
    stage: str = ""  # the stage whose window sets the due date


def _group(state: State) -> int:
    if state in (State.OVERDUE, State.EXPIRED):
        return 0
    if state is State.DUE:
        return 1
    return 2  # expiring: renew before it lapses


def _options(modules: list[Module]) -> tuple[Module, ...]:
    usable = [m for m in modules if not m.retired]
    return tuple(sorted(usable, key=lambda m: (m.hours is None, m.hours or 0.0, m.code)))


def pathway(statuses: list[RequirementStatus], catalogue: Catalogue) -> list[PathwayStep]:
    """The missing and expiring steps of a worker's requirements, in the order to take them."""
    steps: list[tuple[tuple[int, date, int, int], PathwayStep]] = []
    framework_order = {fw.id: i for i, fw in enumerate(catalogue.frameworks)}
    for req_index, req in enumerate(statuses):
        for step in req.steps:
            if step.state is State.RECORDED:
                continue
            when = step.due_date if step.state.needs_action else step.expires_on
            if step.level_id is not None:
                level = catalogue.level(step.level_id)
                framework = catalogue.framework(level.framework_id)
                label = f"{framework.name} – {level.name}"
                options = _options(catalogue.modules_granting(level.id))
                rank = level.rank
                order = framework_order.get(framework.id, 0)
            elif step.module_id is None:  # reflective supervision: a session, not a module
                label = req.label
                options = ()
                rank = 0
                order = len(framework_order) + req_index
            else:
                module = catalogue.module(step.module_id)
                label = f"{module.code} {module.title}"
                options = (module,)
                rank = 0
                order = len(framework_order) + req_index
            item = PathwayStep(
                requirement_key=req.key,
                label=label,
                state=step.state,
                due_date=step.due_date if step.state.needs_action else None,
                expires_on=step.expires_on,
                options=options,
                level_id=step.level_id,
                module_id=step.module_id,
                rank=rank,
                stage=step.stage if step.state.needs_action else "",
            )
            sort_key = (_group(step.state), when or date.max, order, rank)
            steps.append((sort_key, item))
    steps.sort(key=lambda pair: pair[0])
    return [item for _, item in steps]
