"""Every service over one data folder, built in one place: what the app and the command line
use. They never see the database or its repositories; only the services do."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from planner.services.workspace import Workspace

if TYPE_CHECKING:
    from planner.core.regulators import Registration
    from planner.services.backups import BackupService
    from planner.services.documents import DocumentService
    from planner.services.editing import CatalogueService, PeopleService, SettingsService
    from planner.services.importing import ImportService
    from planner.services.learning import LearningService
    from planner.services.matrix_service import MatrixService
    from planner.services.packs import PackService
    from planner.services.person import PersonService
    from planner.services.planning import PlanningService
    from planner.services.starter import StarterService
    from planner.services.status_service import StatusService
    from planner.services.training import TrainingService
    from planner.services.transfer import TransferService


T = TypeVar("T")


class Services:
    def __init__(self, ws: Workspace, today: date | None = None) -> None:
        self._ws = ws
        self._today = today
        self._documents: DocumentService | None = None
        self._backups: BackupService | None = None
        self._transfer: TransferService | None = None
        self._person: PersonService | None = None
        self._packs: PackService | None = None

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None) -> Services:
        return cls(Workspace.open(data_dir))

    @classmethod
    def in_memory(cls) -> Services:
        return cls(Workspace.in_memory())

    def reader(self) -> Services:
        """Services on a connection of their own, for a worker thread (close them after)."""
        return Services(Workspace.reader(self._ws.folder), self._today) if self._ws.folder else self

    # Each service is made, and its module imported, when first used: a command or the first
    # page pays only for what it reads (the app's start-up budget is 0.25 s, issue 14).
    @cached_property
    def catalogue(self) -> CatalogueService:
        from planner.services.editing import CatalogueService

        return CatalogueService(self._ws)

    @cached_property
    def people(self) -> PeopleService:
        from planner.services.editing import PeopleService

        return PeopleService(self._ws)

    @cached_property
    def settings(self) -> SettingsService:
        from planner.services.editing import SettingsService

        return SettingsService(self._ws)

    @cached_property
    def status(self) -> StatusService:
        from planner.services.status_service import StatusService

        return StatusService(self._ws)

    @cached_property
    def learning(self) -> LearningService:
        from planner.services.learning import LearningService

        return LearningService(self._ws, today=self._today)

    @cached_property
    def matrix(self) -> MatrixService:
        from planner.services.matrix_service import MatrixService

        return MatrixService(self._ws)

    @cached_property
    def training(self) -> TrainingService:
        from planner.services.training import TrainingService

        return TrainingService(self._ws)

    @cached_property
    def planning(self) -> PlanningService:
        from planner.services.planning import PlanningService

        return PlanningService(self._ws)

    @cached_property
    def starter(self) -> StarterService:
        from planner.services.starter import StarterService

        return StarterService(self._ws)

    @property
    def documents(self) -> DocumentService:
        """PDF documents; reportlab is imported only when something is first printed."""
        if self._documents is None:
            from planner.services.documents import DocumentService

            self._documents = DocumentService(self._ws, today=self._today)
        return self._documents

    @property
    def imports(self) -> ImportService:
        """Importing staff and completions from spreadsheets."""
        from planner.services.importing import ImportService

        return ImportService(self._ws, today=self._today)

    @property
    def transfer(self) -> TransferService:
        """The whole organisation as JSON (out and back in) and its tables as CSV."""
        if self._transfer is None:
            from planner.services.transfer import TransferService

            self._transfer = TransferService(self._ws, today=self._today)
        return self._transfer

    @property
    def person(self) -> PersonService:
        """One person's data: everything about them exported, or erased."""
        if self._person is None:
            from planner.services.person import PersonService

            self._person = PersonService(self._ws, today=self._today)
        return self._person

    @property
    def packs(self) -> PackService:
        """Exchange packs between a worker's own copy and their organisation's."""
        if self._packs is None:
            from planner.services.packs import PackService

            self._packs = PackService(self._ws, today=self._today)
        return self._packs

    @property
    def backups(self) -> BackupService:
        """Backups of the data folder: making, listing, restoring, the daily one at start-up."""
        if self._backups is None:
            from planner.services.backups import BackupService

            self._backups = BackupService(self._ws)
        return self._backups

    # -- the data folder -----------------------------------------------------------------
    @property
    def folder(self) -> Path | None:
        return self._ws.folder

    @property
    def database_path(self) -> Path | None:
        return self._ws.database_path

    @property
    def warning(self) -> str | None:
        return self._ws.warning

    @property
    def read_only(self) -> bool:
        """The data cannot be changed here (a read-only disk, share or file): view and export only."""
        return self._ws.read_only

    def data_version(self) -> int:
        """A number that changes when another program (or another copy of the app) commits a
        change to the data; this connection's own changes leave it as it is."""
        return self._ws.data_version()

    def is_empty(self) -> bool:
        return self._ws.is_empty()

    def probe(self) -> None:
        """Raises a DamagedError when the database turns out damaged on first reading."""
        self._ws.probe()

    def check(self) -> list[str]:
        return self._ws.check()

    def close(self) -> None:
        self._ws.close()

    # -- starting out --------------------------------------------------------------------
    def create_demo(
        self, workers: int | None = None, seed: int = 1, force: bool = False, today: date | None = None
    ) -> int:
        from planner.services.demo import DEFAULT_WORKERS, create_demo

        return create_demo(
            self._ws, workers=workers or DEFAULT_WORKERS, seed=seed, force=force, today=today or self._today
        )

    def start_empty(self) -> None:
        from planner.services.starter import load_starter

        load_starter(self._ws)

    def start_just_me(
        self, fields: Mapping[str, Any], roles: Iterable[tuple[str, date]], registration: Registration | None = None
    ) -> str:
        from planner.services.personal import start_just_me

        return start_just_me(self._ws, fields, roles, registration)

    @property
    def personal_id(self) -> str | None:
        """The worker this personal ("Just me") database belongs to, or None."""
        from planner.services.personal import personal_worker_id

        return personal_worker_id(self._ws)

    def build_matrix_detached(self, on: date, team: str | None, progress: Any = None) -> Any:
        """The matrix on connections of its own (a worker thread; large ones over processes)."""
        from planner.services.matrix_service import build_detached

        return build_detached(self._ws, on, team, progress)

    def detached(self, work: Callable[[Services], T]) -> T:
        """``work`` done on a connection of its own (for a worker thread), closed after."""
        reader = self.reader()
        try:
            return work(reader)
        finally:
            if reader is not self:
                reader.close()

    def count_declarations_detached(self, on: date, team: str | None, days: int = 60) -> int:
        from planner.services.matrix_service import count_declarations

        return count_declarations(self._ws, on, team, days)

    def team_report_job(self, team: str | None, target: Path, on: date) -> Any:
        from planner.services.printing import team_report_job

        return team_report_job(self._ws, team, target, on)

    def batch_job(self, kind: str, worker_ids: list[str], target: Path, include_expired: bool = False) -> Any:
        from planner.services.printing import batch_job

        return batch_job(self._ws, kind, worker_ids, target, include_expired)

    def batch_export(
        self, kind: str, worker_ids: list[str], target: Path, include_expired: bool = False, on: date | None = None
    ) -> list[Path]:
        from planner.services.batch import export

        return export(self._ws, kind, worker_ids, target, include_expired, on)
