"""Editing the catalogue and the people in it. Each call returns what it changed, so that
the GUI can refresh from one place."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.core.model import REGULATORS, Catalogue, Completion, Module, Stage, Team, Worker
from planner.services.actor import actor
from planner.services.changes import Changed
from planner.services.workspace import Workspace

if TYPE_CHECKING:
    from planner.services.backups import BackupService
    from planner.services.learning import LearningService
    from planner.services.person import PersonService
    from planner.services.status_service import StatusService


def check_choices(fields: Mapping[str, Any], role_ids: Iterable[str | None]) -> None:
    """Choices a person must make, never assumed: the regulator (None is a choice) and the role
    on each row."""
    if "regulator" in fields and not fields["regulator"]:
        raise UserError(
            translate(
                "editing", "Choose the regulator this person registers with (choose None if they do not register)."
            )
        )
    for n, role_id in enumerate(role_ids, start=1):
        if not role_id:
            raise UserError(fill(translate("editing", "Role %1: choose a role, or remove the row."), n))


class CatalogueService:
    def __init__(self, ws: Workspace) -> None:
        self._repo = ws.catalogue_repo
        self._settings = ws.settings_repo

    def load(self) -> Catalogue:
        return self._repo.load()

    def notice(self) -> str:
        return self._settings.get("starter_notice", "") or ""

    def module_by_code(self, code: str) -> Module:
        """The module with this code (ignoring case), or a message naming it."""
        from planner.storage.database import StorageError

        for m in self._repo.load().modules:
            if m.code.casefold() == code.strip().casefold():
                return m
        raise StorageError(fill(translate("editing", "There is no module with the code '%1'."), code))

    def rename_framework(self, framework_id: str, name: str) -> Changed:
        self._repo.rename_framework(framework_id, name)
        return Changed.CATALOGUE

    def rename_level(self, level_id: str, name: str) -> Changed:
        self._repo.rename_level(level_id, name)
        return Changed.CATALOGUE

    def add_module(self, fields: Mapping[str, Any], grants: Iterable[str]) -> Changed:
        self._repo.add_module(fields, grants)
        return Changed.CATALOGUE

    def update_module(self, module_id: str, fields: Mapping[str, Any], grants: Iterable[str]) -> Changed:
        self._repo.update_module(module_id, fields, grants)
        return Changed.CATALOGUE

    def set_module_retired(self, module_id: str, retired: bool) -> Changed:
        self._repo.set_module_retired(module_id, retired)
        return Changed.CATALOGUE

    def module_usage(self, module_id: str) -> dict[str, int]:
        return self._repo.module_usage(module_id)

    def delete_module(self, module_id: str) -> Changed:
        self._repo.delete_module(module_id)
        return Changed.CATALOGUE

    def add_role(
        self, fields: Mapping[str, Any], levels: Mapping[str, str], modules: Iterable[str], stages: Iterable[Stage] = ()
    ) -> Changed:
        stages = list(stages)
        self._check_role(fields, levels, modules, stages)
        self._repo.add_role(fields, levels, modules, stages)
        return Changed.CATALOGUE

    def update_role(
        self,
        role_id: str,
        fields: Mapping[str, Any],
        levels: Mapping[str, str],
        modules: Iterable[str],
        stages: Iterable[Stage] | None = None,
    ) -> Changed:
        """Save a role and its requirements; ``stages`` (due windows of their own) replace the
        role's when given, else the ones that still apply are kept."""
        modules = list(modules)
        stages = list(stages) if stages is not None else None
        self._check_role(fields, levels, modules, stages or [])
        with self._repo.db.atomic():
            self._repo.update_role(role_id, fields)
            self._repo.set_role_requirements(role_id, levels, modules, stages)
        return Changed.CATALOGUE

    def _check_role(
        self, fields: Mapping[str, Any], levels: Mapping[str, str], modules: Iterable[str], stages: list[Stage]
    ) -> None:
        """Refuse, with a message, a stage outside what the role asks for or a window out of range."""
        if fields.get("regulator") not in (None, "", *REGULATORS):
            raise UserError(fill(translate("editing", "Regulator must be one of %1 (or none)."), ", ".join(REGULATORS)))
        due = fields.get("due_days")
        if due is not None and not 0 <= int(due) <= 3650:
            raise UserError(translate("editing", "A role's due window is between 0 and 3650 days after starting it."))
        catalogue = self._repo.load()
        modules = set(modules)
        targets = {fw: catalogue.level(lv).rank for fw, lv in levels.items()}
        for stage in stages:
            if not -3650 <= stage.due_days <= 3650:
                raise UserError(
                    translate(
                        "editing", "A stage's window is between 3650 days before and 3650 days after starting the role."
                    )
                )
            if stage.level_id:
                level = catalogue.level(stage.level_id)
                if level.rank > targets.get(level.framework_id, 0):
                    fw = catalogue.framework(level.framework_id)
                    raise UserError(
                        fill(
                            translate(
                                "editing",
                                "%1 – %2 has a window of its own, but the role does not ask for that level: choose the "
                                "level first.",
                            ),
                            fw.name,
                            level.name,
                        )
                    )
            elif stage.module_id not in modules:
                raise UserError(
                    translate("editing", "A module has a window of its own but is not one the role asks for.")
                )

    def set_role_retired(self, role_id: str, retired: bool) -> Changed:
        self._repo.set_role_retired(role_id, retired)
        return Changed.CATALOGUE

    def role_usage(self, role_id: str) -> int:
        return self._repo.role_usage(role_id)

    def delete_role(self, role_id: str) -> Changed:
        self._repo.delete_role(role_id)
        return Changed.CATALOGUE


class PeopleService:
    def __init__(self, ws: Workspace) -> None:
        self._repo = ws.people_repo
        self._db = ws.db
        self._audit = ws.audit_repo

    def teams(self, include_retired: bool = False) -> list[Team]:
        return self._repo.teams(include_retired)

    def workers(self, team_id: str | None = None, include_retired: bool = False) -> list[Worker]:
        return self._repo.workers(team_id, include_retired)

    def count(self, team: str | None = None) -> int:
        """Current workers in a team (by name) or the organisation."""
        if team is None:
            return self._repo.count_current()
        return len(self._repo.workers(self._repo.team_by_name(team).id))

    def worker(self, worker_id: str) -> Worker:
        return self._repo.worker(worker_id)

    def worker_by_staff_no(self, staff_no: str) -> Worker:
        return self._repo.worker_by_staff_no(staff_no)

    def team_id(self, name: str | None) -> str | None:
        """The id of the team with this name (a clear message if there is none); None for None."""
        return self._repo.team_by_name(name).id if name else None

    def completions(self, worker_id: str) -> list[Completion]:
        return self._repo.completions(worker_id)

    def add_team(self, name: str, sector: str = "") -> Changed:
        self._repo.add_team(name, sector)
        return Changed.PEOPLE

    def rename_team(self, team_id: str, name: str) -> Changed:
        self._repo.rename_team(team_id, name)
        return Changed.PEOPLE

    def delete_team(self, team_id: str) -> Changed:
        self._repo.delete_team(team_id)
        return Changed.PEOPLE

    def save_worker(
        self,
        worker_id: str | None,
        fields: Mapping[str, Any],
        roles: Iterable[tuple[str | None, str, date, date | None]],
    ) -> Changed:
        """Add or update a worker and their roles in one transaction.

        ``roles`` lists (assignment id or None for a new one, role id, started on, ended on);
        assignments of the worker that are not listed are removed."""
        roles = list(roles)
        check_choices(fields, [r[1] for r in roles])
        with self._db.atomic():
            if worker_id is None:
                worker_id = self._repo.add_worker(fields)
                existing: set[str] = set()
            else:
                self._repo.update_worker(worker_id, fields)
                existing = {a.id for a in self._repo.worker(worker_id).roles}
            kept = set()
            for assignment_id, role_id, started_on, ended_on in roles:
                if assignment_id is None:
                    assignment_id = self._repo.assign_role(worker_id, role_id, started_on)
                kept.add(assignment_id)
                self._repo.update_assignment(assignment_id, started_on, ended_on)
            for gone in existing - kept:
                self._repo.remove_assignment(gone)
        return Changed.PEOPLE

    def mark_left(self, worker_id: str, left_on: date) -> Changed:
        """The worker left on this date: their current roles end then and they leave the team
        screens; their learning record is kept. Undo with :meth:`undo_left`."""
        from planner.core.dates import uk

        worker = self._repo.worker(worker_id)
        latest = max((a.started_on for a in worker.roles if a.ended_on is None), default=None)
        if latest is not None and left_on < latest:
            raise UserError(
                fill(
                    translate("editing", "%1 started a current role on %2: the leaving date cannot be before that."),
                    worker.name,
                    uk(latest),
                )
            )
        with self._db.atomic():
            self._repo.mark_left(worker_id, left_on)
            self._audit.record(actor(), "left", "worker", worker_id, worker_id, f"left on {left_on.isoformat()}")
        return Changed.PEOPLE

    def undo_left(self, worker_id: str) -> Changed:
        """Back as a current worker, with the roles that ended when they left."""
        with self._db.atomic():
            self._repo.undo_left(worker_id)
            self._audit.record(actor(), "back", "worker", worker_id, worker_id, "marked as current again")
        return Changed.PEOPLE

    def delete_worker(self, worker_id: str) -> Changed:
        self._repo.delete_worker(worker_id)
        return Changed.PEOPLE


@dataclass(frozen=True)
class SettingsValues:
    """What the Settings window shows and saves."""

    organisation_name: str
    warning_days: int
    logo: str = ""
    elc_hours: float = 12.0
    signatory: str = ""  # the name printed beside the signature line of certificates
    signatory_role: str = ""
    backups_daily: int = 7  # how many daily and weekly backups rotation keeps
    backups_weekly: int = 4
    retention_years: int = 6  # leavers are offered for erasure this long after leaving (0: never)


class SettingsService:
    """Organisation-wide settings a training lead can change."""

    ORGANISATION = "organisation_name"
    LOGO = "logo_path"  # an image printed at the top of documents
    SIGNATORY = "certificate_signatory"
    SIGNATORY_ROLE = "certificate_signatory_role"

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self._settings = ws.settings_repo

    # The services behind the other settings load when first asked: the window's title, read at
    # start-up, needs none of them.
    @cached_property
    def _status(self) -> StatusService:
        from planner.services.status_service import StatusService

        return StatusService(self._ws)

    @cached_property
    def _learning(self) -> LearningService:
        from planner.services.learning import LearningService

        return LearningService(self._ws)

    @cached_property
    def _backups(self) -> BackupService:
        from planner.services.backups import BackupService

        return BackupService(self._ws)

    @cached_property
    def _person(self) -> PersonService:
        from planner.services.person import PersonService

        return PersonService(self._ws)

    @property
    def organisation_name(self) -> str:
        return self._settings.get(self.ORGANISATION, "") or ""

    @property
    def warning_days(self) -> int:
        return self._status.warning_days

    @property
    def logo(self) -> str:
        return self._settings.get(self.LOGO, "") or ""

    @property
    def elc_hours(self) -> float:
        """Hours a year for SSSC registrants in funded early learning and childcare settings."""
        return self._learning.regulator_settings().elc_hours

    @staticmethod
    def elc_source() -> str:
        from planner.services.learning import LearningService

        return LearningService.elc_source()

    def values(self) -> SettingsValues:
        return SettingsValues(
            organisation_name=self.organisation_name,
            warning_days=self.warning_days,
            logo=self.logo,
            elc_hours=self.elc_hours,
            signatory=self._settings.get(self.SIGNATORY, "") or "",
            signatory_role=self._settings.get(self.SIGNATORY_ROLE, "") or "",
            backups_daily=self._backups.kept_daily,
            backups_weekly=self._backups.kept_weekly,
            retention_years=self._person.retention_years,
        )

    def save(self, values: SettingsValues) -> Changed:
        """Check every value first, then write them all, so a refused setting changes nothing."""
        from planner.core.hours import check_hours

        if not 0 <= values.warning_days <= 365:
            raise UserError(translate("editing", "The warning window must be between 0 and 365 days."))
        logo = values.logo.strip()
        if logo:
            check_image(Path(logo))
        check_hours(values.elc_hours)
        for label, text in (
            ("organisation name", values.organisation_name),
            ("signatory", values.signatory),
            ("signatory's role", values.signatory_role),
        ):
            if len(text.strip()) > 120:
                raise UserError(
                    fill(translate("editing", "The %1 is too long to print: keep it under 120 characters."), label)
                )
        from planner.services.backups import check_kept
        from planner.services.person import check_retention

        check_kept(values.backups_daily, values.backups_weekly)
        check_retention(values.retention_years)
        with self._ws.db.atomic():
            self._backups.set_kept(values.backups_daily, values.backups_weekly)
            self._person.set_retention_years(values.retention_years)
            self._status.set_warning_days(values.warning_days)
            self._settings.set(self.ORGANISATION, values.organisation_name.strip())
            self._settings.set(self.LOGO, logo)
            self._learning.set_elc_hours(values.elc_hours)
            self._settings.set(self.SIGNATORY, values.signatory.strip())
            self._settings.set(self.SIGNATORY_ROLE, values.signatory_role.strip())
        return Changed.SETTINGS


def check_image(path: Path) -> None:
    """A logo must be a PNG or JPEG file that can be read (checked before anything is saved)."""
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise UserError(
            fill(
                translate("editing", "The logo file %1 does not exist: choose an image file, or leave it empty."), path
            )
        ) from None
    except IsADirectoryError:
        raise UserError(
            fill(translate("editing", "%1 is a folder: choose a PNG or JPEG image file for the logo."), path)
        ) from None
    except OSError as exc:
        raise UserError(
            fill(translate("editing", "The logo file %1 cannot be read (%2)."), path, exc.strerror or exc)
        ) from None
    if not (head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"))):
        raise UserError(
            fill(translate("editing", "%1 is not a PNG or JPEG image: choose one of those for the logo."), path.name)
        )
