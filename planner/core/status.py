"""The status engine: what each worker's roles require, and where they stand on a date.

Every requirement is exactly one of five states. A framework level is held only when every
level up to it is held (levels are cumulative); a worker with several roles gets the union of
their requirements, the higher level winning. The rules, in order of how much they ask of
the worker:

- ``recorded``: held, and not expiring within the warning window;
- ``expiring``: held, but the learning expires within the warning window;
- ``due``: not held, and the due date (start of role + the role's due window) has not passed.
  Learning that has expired while the worker is still inside that window is also ``due``:
  they have until the due date to renew it;
- ``expired``: held once, expired, and the due date has passed;
- ``overdue``: never held, and the due date has passed.

Recording a completion can only move a requirement towards ``recorded``: the tests check this
property with hypothesis.

Each requirement is due a number of days after the role starts: the role's own window, or the
window of a stage (induction, pre-approval …) the role sets for that level or module; a window can
fall before the start. See :meth:`planner.core.model.Catalogue.windows`.

A worker registering with the SSSC has two more requirements: apply to register within 3 months of
starting, and be registered within 6 (:func:`planner.core.regulators.sssc_registration_steps`).

Reflective supervision is a requirement too, when a current role sets a target frequency
(e.g. every 30 days; the most frequent role wins). The next session is due one period after
the last (or after starting the role, before the first):

- ``recorded``: the last session is recent and the next is not yet close;
- ``due``: the next session falls due within the reminder window (a quarter of the period,
  at most 14 days), or a new starter has not had a first session yet;
- ``overdue``: the next session's date has passed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from planner.core.dates import add_months
from planner.core.i18n import cached, fill, translate
from planner.core.model import Catalogue, Completion, Level, Module, RoleAssignment
from planner.core.regulators import Registration, sssc_registration_steps

DEFAULT_WARNING_DAYS = 60
SUPERVISION_KEY = "supervision"
REGISTRATION_KIND = "registration"


class State(StrEnum):
    RECORDED = "recorded"
    EXPIRING = "expiring"
    DUE = "due"
    EXPIRED = "expired"
    OVERDUE = "overdue"

    @property
    def severity(self) -> int:
        """0 (nothing to do) to 4 (most pressing)."""
        return _SEVERITY[self]

    @property
    def needs_action(self) -> bool:
        return self in (State.DUE, State.EXPIRED, State.OVERDUE)

    @property
    def held(self) -> bool:
        return self in (State.RECORDED, State.EXPIRING)


_SEVERITY = {
    State.RECORDED: 0,
    State.EXPIRING: 1,
    State.DUE: 2,
    State.EXPIRED: 3,
    State.OVERDUE: 4,
}


@dataclass(frozen=True)
class StepStatus:
    """Where a worker stands on one framework level, or on one specific module."""

    state: State
    due_date: date | None  # when it must be held by (from the roles); None if nothing asks
    expires_on: date | None  # the best completion's expiry, if the learning expires
    completed_on: date | None  # the completion that counts, if any
    level_id: str | None = None
    module_id: str | None = None
    stage: str = ""  # the stage whose window sets the due date ("induction", "pre-approval" …)


@dataclass(frozen=True)
class RequirementStatus:
    """One requirement of a worker's roles: a framework level (with its cumulative steps) or
    a specific module."""

    key: str  # "level:<framework id>" or "module:<module id>": stable across dates
    kind: str  # "level" or "module"
    label: str  # "Trauma – Skilled"
    state: State
    due_date: date | None
    expires_on: date | None
    completed_on: date | None
    steps: tuple[StepStatus, ...]
    role_ids: tuple[str, ...]
    framework_id: str | None = None
    level_id: str | None = None
    module_id: str | None = None


def _expiry(module: Module, completed_on: date) -> date | None:
    if module.renewal_months is None:
        return None
    return add_months(completed_on, module.renewal_months)


def _step_state(
    candidates: list[tuple[date, date | None]],
    on: date,
    due_date: date,
    warning_days: int,
) -> tuple[State, date | None, date | None]:
    """State of one step from its candidate completions (completed_on, expires_on)."""
    taken = [c for c in candidates if c[0] <= on]  # learning after the "as on" date does not count yet
    if not taken:
        return (State.DUE if on <= due_date else State.OVERDUE), None, None
    lasting = [c for c in taken if c[1] is None]
    if lasting:
        return State.RECORDED, max(c[0] for c in lasting), None
    completed_on, expires_on = max(taken, key=lambda c: (c[1], c[0]))
    assert expires_on is not None
    if expires_on > on:
        if (expires_on - on).days <= warning_days:
            return State.EXPIRING, completed_on, expires_on
        return State.RECORDED, completed_on, expires_on
    return (State.DUE if on <= due_date else State.EXPIRED), completed_on, expires_on


def _worst(states: Iterable[State]) -> State:
    return max(states, key=lambda s: s.severity)


def evaluate(
    assignments: Iterable[RoleAssignment],
    completions: Iterable[Completion],
    catalogue: Catalogue,
    on: date,
    warning_days: int = DEFAULT_WARNING_DAYS,
    supervision_dates: Iterable[date] | None = None,
    regulator: str = "",
    registration: Registration | None = None,
) -> list[RequirementStatus]:
    """Every requirement of the worker's roles that are active on ``on``, with its state.
    With ``supervision_dates`` (the dates of their sessions), supervision is included; with
    ``regulator`` "SSSC", the registration deadlines are too."""
    assignments = list(assignments)
    # framework id -> rank -> (earliest due date, its stage)
    level_due: dict[str, dict[int, tuple[date, str]]] = {}
    level_target: dict[str, int] = {}
    level_roles: dict[str, set[str]] = {}
    module_due: dict[str, tuple[date, str]] = {}
    module_roles: dict[str, set[str]] = {}

    for assignment in assignments:
        if not assignment.active_on(on) or not catalogue.has_role(assignment.role_id):
            continue
        role = catalogue.role(assignment.role_id)
        windows = catalogue.windows(role.id)
        for framework_id, per_rank in windows.levels.items():
            if catalogue.framework(framework_id).retired:
                continue
            level_target[framework_id] = max(level_target.get(framework_id, 0), len(per_rank))
            level_roles.setdefault(framework_id, set()).add(role.id)
            ranks = level_due.setdefault(framework_id, {})
            for rank, window in enumerate(per_rank, start=1):
                due = assignment.started_on + timedelta(days=window.days)
                if rank not in ranks or due < ranks[rank][0]:
                    ranks[rank] = (due, window.stage)
        for module_id, window in windows.modules.items():
            due = assignment.started_on + timedelta(days=window.days)
            if module_id not in module_due or due < module_due[module_id][0]:
                module_due[module_id] = (due, window.stage)
            module_roles.setdefault(module_id, set()).add(role.id)

    by_module: dict[str, list[date]] = {}
    for completion in completions:
        by_module.setdefault(completion.module_id, []).append(completion.completed_on)

    results: list[RequirementStatus] = []
    for framework in catalogue.frameworks:
        if framework.id not in level_target:
            continue
        target_level = framework.level_by_rank(level_target[framework.id])
        steps = []
        for level in framework.levels_up_to(target_level.rank):
            candidates = [
                (done, _expiry(module, done))
                for module in catalogue.modules_granting(level.id)
                for done in by_module.get(module.id, ())
            ]
            due_date, stage = level_due[framework.id][level.rank]
            state, completed_on, expires_on = _step_state(candidates, on, due_date, warning_days)
            steps.append(StepStatus(state, due_date, expires_on, completed_on, level_id=level.id, stage=stage))
        results.append(_combine_levels(framework.id, framework.name, target_level, steps, level_roles))

    for module in sorted((catalogue.module(mid) for mid in module_due), key=lambda m: m.code):
        candidates = [(done, _expiry(module, done)) for done in by_module.get(module.id, ())]
        due_date, stage = module_due[module.id]
        state, completed_on, expires_on = _step_state(candidates, on, due_date, warning_days)
        step = StepStatus(state, due_date, expires_on, completed_on, module_id=module.id, stage=stage)
        results.append(
            RequirementStatus(
                key=f"module:{module.id}",
                kind="module",
                label=f"{module.code} {module.title}",
                state=state,
                due_date=None if state.held else due_date,
                expires_on=expires_on,
                completed_on=completed_on,
                steps=(step,),
                role_ids=tuple(sorted(module_roles[module.id])),
                module_id=module.id,
            )
        )
    if regulator == "SSSC":
        results.extend(registration_status(assignments, registration or Registration(), catalogue, on))
    if supervision_dates is not None:
        supervision = supervision_status(assignments, supervision_dates, catalogue, on)
        if supervision is not None:
            results.append(supervision)
    return results


def first_start(assignments: Iterable[RoleAssignment], catalogue: Catalogue, on: date) -> date | None:
    """When the worker started the earliest of their current roles."""
    starts = [a.started_on for a in assignments if a.active_on(on) and catalogue.has_role(a.role_id)]
    return min(starts) if starts else None


def registration_status(
    assignments: Iterable[RoleAssignment], registration: Registration, catalogue: Catalogue, on: date
) -> list[RequirementStatus]:
    """The SSSC's deadlines for a new worker: apply within 3 months, registered within 6."""
    started = first_start(assignments, catalogue, on)
    if started is None:
        return []
    out = []
    for step in sssc_registration_steps(started, registration, on):
        state = State.RECORDED if step.done else (State.DUE if on <= step.due_date else State.OVERDUE)
        due = None if step.done else step.due_date
        out.append(
            RequirementStatus(
                key=step.key,
                kind=REGISTRATION_KIND,
                label=step.label,
                state=state,
                due_date=due,
                expires_on=None,
                completed_on=step.done_on,
                steps=(StepStatus(state, due, None, step.done_on),),
                role_ids=(),
            )
        )
    return out


def _combine_levels(
    framework_id: str,
    framework_name: str,
    target_level: Level,
    steps: list[StepStatus],
    level_roles: dict[str, set[str]],
) -> RequirementStatus:
    state = _worst(step.state for step in steps)
    open_steps = [s for s in steps if s.state.needs_action]
    expiries = [s.expires_on for s in steps if s.expires_on is not None and s.state.held]
    lapsed = [s.expires_on for s in steps if s.expires_on is not None and not s.state.held]
    completed_on: date | None
    if state.held:
        due_date = None
        expires_on = min(expiries) if expiries else None
        completed_on = max(s.completed_on for s in steps if s.completed_on is not None)
    else:
        due_date = min(s.due_date for s in open_steps if s.due_date is not None)
        expires_on = min(lapsed) if lapsed else None
        done = [s.completed_on for s in steps if s.completed_on is not None]
        completed_on = max(done) if done else None  # the latest learning, even if it has lapsed
    return RequirementStatus(
        key=f"level:{framework_id}",
        kind="level",
        label=f"{framework_name} – {target_level.name}",
        state=state,
        due_date=due_date,
        expires_on=expires_on,
        completed_on=completed_on,
        steps=tuple(steps),
        role_ids=tuple(sorted(level_roles[framework_id])),
        framework_id=framework_id,
        level_id=target_level.id,
    )


def reminder_days(period_days: int) -> int:
    return min(14, period_days // 4)


@cached
def supervision_label(period_days: int) -> str:
    return fill(translate("status", "Reflective supervision (every %1 days)"), period_days)


def supervision_status(
    assignments: Iterable[RoleAssignment],
    session_dates: Iterable[date],
    catalogue: Catalogue,
    on: date,
) -> RequirementStatus | None:
    """The supervision requirement, or None when no current role sets a target."""
    period: int | None = None
    first_start: date | None = None
    roles: list[str] = []
    for a in assignments:
        if not a.active_on(on) or not catalogue.has_role(a.role_id):
            continue
        days = catalogue.role(a.role_id).supervision_days
        if not days:
            continue
        roles.append(a.role_id)
        period = days if period is None else min(period, days)
        first_start = a.started_on if first_start is None else min(first_start, a.started_on)
    if period is None or first_start is None:
        return None
    taken = [d for d in session_dates if d <= on]
    last = max(taken) if taken else None
    # Sessions before the role started do not put its first one off.
    first_needed = last is None or last < first_start
    due_date = (first_start if first_needed or last is None else last) + timedelta(days=period)
    if on > due_date:
        state = State.OVERDUE
    elif first_needed or (due_date - on).days <= reminder_days(period):
        state = State.DUE
    else:
        state = State.RECORDED
    step = StepStatus(state, due_date, None, last)  # due_date: when the next session is due
    return RequirementStatus(
        key=SUPERVISION_KEY,
        kind="supervision",
        label=supervision_label(period),
        state=state,
        due_date=due_date,
        expires_on=None,
        completed_on=last,
        steps=(step,),
        role_ids=tuple(sorted(set(roles))),
    )
