"""Statuses and pathways for workers and teams, as plain rows for the GUI, CLI and reports."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.core.dates import iso
from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.core.model import Catalogue, Completion, Worker
from planner.core.pathway import PathwayStep, pathway
from planner.core.regulators import Registration
from planner.core.status import DEFAULT_WARNING_DAYS, RequirementStatus, StepStatus, evaluate
from planner.services.workspace import Workspace

WARNING_DAYS_KEY = "warning_days"
# the columns of a status CSV (the CLI's and the Export menu's)
STATUS_FIELDS = (
    "staff_no",
    "name",
    "team",
    "requirement",
    "state",
    "due_date",
    "expires_on",
    "completed_on",
    "roles",
    "kind",  # added last: level, module, registration or supervision
)


@dataclass(frozen=True)
class WorkerStatus:
    worker: Worker
    team: str
    requirements: list[RequirementStatus]


@dataclass(frozen=True)
class WorkerPathway:
    worker: Worker
    team: str
    on: date
    requirements: list[RequirementStatus]
    steps: list[PathwayStep]


class StatusService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    @property
    def warning_days(self) -> int:
        value = self.ws.settings_repo.get(WARNING_DAYS_KEY)
        return int(value) if value is not None else DEFAULT_WARNING_DAYS

    def set_warning_days(self, days: int) -> None:
        if not 0 <= days <= 365:
            raise UserError(translate("status_service", "The warning window must be between 0 and 365 days."))
        self.ws.settings_repo.set(WARNING_DAYS_KEY, str(days))

    def _team_names(self) -> dict[str, str]:
        return {t.id: t.name for t in self.ws.people_repo.teams(include_retired=True)}

    def team_statuses(self, on: date, team: str | None = None) -> list[WorkerStatus]:
        """Every (non-retired) worker of a team, or of the organisation, with their statuses."""
        people = self.ws.people_repo
        team_id = people.team_by_name(team).id if team else None
        workers = people.workers(team_id)
        ids = [w.id for w in workers] if team_id else None
        completions = people.completions_by_worker(ids)
        sessions = self.ws.supervision_repo.dates_by_worker(ids)
        registrations = self.ws.registration_repo.by_worker(w.id for w in workers if w.regulator == "SSSC")
        catalogue = self.ws.catalogue_repo.load()
        teams = self._team_names()
        warn = self.warning_days
        return [
            WorkerStatus(
                w,
                teams.get(w.team_id or "", ""),
                self.evaluate(
                    w, completions.get(w.id, []), sessions.get(w.id, []), catalogue, on, warn, registrations.get(w.id)
                ),
            )
            for w in workers
        ]

    @staticmethod
    def evaluate(
        worker: Worker,
        completions: Iterable[Completion],
        sessions: Iterable[date],
        catalogue: Catalogue,
        on: date,
        warning_days: int,
        registration: Registration | None,
    ) -> list[RequirementStatus]:
        """Every requirement of one worker with its state: the one way the services call the
        status engine, so that every screen, command and document counts the same things."""
        from dataclasses import replace

        reg = replace(registration or Registration(), registration_no=worker.registration_no)
        return evaluate(worker.roles, completions, catalogue, on, warning_days, sessions, worker.regulator, reg)

    def worker_pathway(self, staff_no: str, on: date) -> WorkerPathway:
        people = self.ws.people_repo
        worker = people.worker_by_staff_no(staff_no)
        return self.pathway_for(worker, on)

    def pathway_for(self, worker: Worker, on: date, catalogue: Catalogue | None = None) -> WorkerPathway:
        catalogue = catalogue or self.ws.catalogue_repo.load()
        sessions = self.ws.supervision_repo.dates_by_worker([worker.id]).get(worker.id, [])
        statuses = self.evaluate(
            worker,
            self.ws.people_repo.completions(worker.id),
            sessions,
            catalogue,
            on,
            self.warning_days,
            self.ws.registration_repo.get(worker.id),
        )
        team = self._team_names().get(worker.team_id or "", "")
        return WorkerPathway(worker, team, on, statuses, pathway(statuses, catalogue))

    def rows(self, on: date, team: str | None = None) -> Iterator[dict[str, Any]]:
        """Every requirement of every current worker (of a team, or all) as plain rows (the
        keys of :func:`status_rows`), in name order, computed by the bulk engine as the workers
        stream from the database: memory stays flat whatever the organisation's size. A team
        that does not exist is refused here, before the first row."""
        from planner.services.status_stream import StatusStream

        return StatusStream(self.ws, on, team, self.warning_days).rows()

    def json_rows(self, on: date, team: str | None = None) -> Iterator[str]:
        """The same rows as JSON text, one object each, written from cached pieces (what
        ``planner status --format json`` prints; a test checks they read back as :meth:`rows`)."""
        from planner.services.status_stream import StatusStream

        return StatusStream(self.ws, on, team, self.warning_days).json_rows()

    def json_runs(self, on: date, team: str | None = None) -> Iterator[str]:
        """The same text in runs of rows joined by ",\\n", a large organisation's second half
        worked out by a second process at the same time (what ``planner status --format json``
        prints through :func:`planner.cli.output.json_array`)."""
        from planner.services.status_stream import StatusStream

        return StatusStream(self.ws, on, team, self.warning_days).json_runs()


# -- plain rows (the CLI's JSON contract; keep the keys) -----------------------------------


def status_rows(statuses: list[WorkerStatus], catalogue: Catalogue) -> list[dict[str, Any]]:
    rows = []
    for ws_ in statuses:
        for req in ws_.requirements:
            rows.append(
                {
                    "staff_no": ws_.worker.staff_no,
                    "name": ws_.worker.name,
                    "team": ws_.team,
                    "requirement": req.label,
                    "kind": req.kind,
                    "framework": catalogue.framework(req.framework_id).name if req.framework_id else None,
                    "level": catalogue.level(req.level_id).name if req.level_id else None,
                    "module": catalogue.module(req.module_id).code if req.module_id else None,
                    "state": req.state.value,
                    "due_date": iso(req.due_date),
                    "expires_on": iso(req.expires_on),
                    "completed_on": iso(req.completed_on),
                    "roles": [catalogue.role(r).name for r in req.role_ids],
                    "date_words": requirement_phrase(req, catalogue),
                }
            )
    return rows


def module_dict(module: Any) -> dict[str, Any]:
    return {
        "code": module.code,
        "title": module.title,
        "provider": module.provider,
        "delivery": module.delivery,
        "hours": module.hours,
        "renewal_months": module.renewal_months,
        "example": module.example,
        "topics": list(module.topics),
        "sssc_elements": list(module.sssc_elements),
    }


def pathway_dict(p: WorkerPathway, catalogue: Catalogue) -> dict[str, Any]:
    return {
        "staff_no": p.worker.staff_no,
        "name": p.worker.name,
        "team": p.team,
        "on": p.on.isoformat(),
        "roles": [
            {"role": catalogue.role(a.role_id).name, "started_on": iso(a.started_on), "ended_on": iso(a.ended_on)}
            for a in p.worker.roles
        ],
        "requirements": [
            {
                "requirement": r.label,
                "kind": r.kind,
                "state": r.state.value,
                "due_date": iso(r.due_date),
                "expires_on": iso(r.expires_on),
                "completed_on": iso(r.completed_on),
                "date_words": requirement_phrase(r, catalogue),
                "steps": [
                    {
                        "step": _step_label(s.level_id, s.module_id, catalogue) or r.label,
                        "state": s.state.value,
                        "due_date": iso(s.due_date) if s.state.needs_action else None,
                        "expires_on": iso(s.expires_on),
                        "completed_on": iso(s.completed_on),
                        "stage": s.stage,
                    }
                    for s in r.steps
                ],
            }
            for r in p.requirements
        ],
        "next_steps": [
            {
                "step": s.label,
                "kind": next(r.kind for r in p.requirements if r.key == s.requirement_key),
                "requirement": next(r.label for r in p.requirements if r.key == s.requirement_key),
                "state": s.state.value,
                "due_date": iso(s.due_date),
                "expires_on": iso(s.expires_on),
                "stage": s.stage,
                "modules": [module_dict(m) for m in s.options],
            }
            for s in p.steps
        ],
    }


def requirement_phrase(req: RequirementStatus, catalogue: Catalogue) -> str:
    """What a requirement's state and date mean, in words: "recorded 6 Mar 2024, expires 6 Mar
    2027"; "overdue since 21 Oct 2026: Trauma – Informed (induction)" when a lower level's
    window sets the date. Never a date that could be misread (a future date after "recorded")."""
    from planner.core.status import State

    step: StepStatus | None
    if req.state.held or req.state is State.EXPIRED:  # the step whose expiry dates it
        held = req.state.held
        step = next((s for s in req.steps if s.expires_on == req.expires_on and s.state.held == held), None)
    else:  # the open step whose window sets the due date
        step = next((s for s in req.steps if s.state.needs_action and s.due_date == req.due_date), None)
    other = ""
    if step is not None and req.kind == "level" and step.level_id and step.level_id != req.level_id:
        other = _step_label(step.level_id, None, catalogue)
    return date_words(
        req.state.value, req.due_date, req.expires_on, req.completed_on, other, step.stage if step else ""
    )


def date_words(
    state: str, due: date | None, expires: date | None, done: date | None, other_level: str = "", stage: str = ""
) -> str:
    """The words of :func:`requirement_phrase` from plain values: ``other_level`` names a lower
    level whose expiry (expiring, expired) or window (due, overdue) sets the date, ``stage`` the
    stage of that window."""
    from planner.core.dates import uk
    from planner.core.wording import state_name, state_words

    if state == "recorded":
        text = fill(translate("status", "recorded %1"), uk(done)) if done else state_name("recorded")
        return text + (fill(translate("status", ", expires %1"), uk(expires)) if expires else "")
    if state == "expiring":
        text = fill(translate("status", "expiring %1"), uk(expires)) + (f": {other_level}" if other_level else "")
        return text + (fill(translate("status", " (recorded %1)"), uk(done)) if done else "")
    if state == "expired":
        if not expires:
            return state_name("expired")
        return fill(translate("status", "expired %1"), uk(expires)) + (f": {other_level}" if other_level else "")
    text = state_words(state, due)  # "overdue since 3 Mar 2026", "due by 1 Dec 2026"
    if other_level:
        text += f": {other_level}"
    return text + (f" ({stage})" if stage else "")


def _step_label(level_id: str | None, module_id: str | None, catalogue: Catalogue) -> str:
    if level_id:
        level = catalogue.level(level_id)
        return f"{catalogue.framework(level.framework_id).name} – {level.name}"
    if not module_id:
        return ""  # supervision: the requirement's own label
    m = catalogue.module(module_id)
    return f"{m.code} {m.title}"
