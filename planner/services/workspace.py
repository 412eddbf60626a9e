"""A workspace: one data folder, its database, and the services over it.

``Workspace.open`` is the one entry point the GUI and the CLI use; they never see the
database itself.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlite_utils import Database

from planner.storage import paths
from planner.storage.catalogue_repository import CatalogueRepository
from planner.storage.database import StorageError, integrity_problems, open_database
from planner.storage.evidence import EvidenceStore
from planner.storage.learning_repository import (
    AuditRepository,
    CplRepository,
    DraftRepository,
    RegistrationRepository,
    RevalidationRepository,
    SupervisionRepository,
)
from planner.storage.people_repository import PeopleRepository, SettingsRepository

__all__ = ["StorageError", "Workspace"]


@dataclass
class Workspace:
    db: Database
    folder: Path | None
    catalogue_repo: CatalogueRepository = field(init=False)
    people_repo: PeopleRepository = field(init=False)
    settings_repo: SettingsRepository = field(init=False)
    cpl_repo: CplRepository = field(init=False)
    supervision_repo: SupervisionRepository = field(init=False)
    registration_repo: RegistrationRepository = field(init=False)
    revalidation_repo: RevalidationRepository = field(init=False)
    audit_repo: AuditRepository = field(init=False)
    draft_repo: DraftRepository = field(init=False)
    evidence: EvidenceStore = field(init=False)
    warning: str | None = None

    def __post_init__(self) -> None:
        self.catalogue_repo = CatalogueRepository(self.db)
        self.people_repo = PeopleRepository(self.db)
        self.settings_repo = SettingsRepository(self.db)
        self.cpl_repo = CplRepository(self.db)
        self.supervision_repo = SupervisionRepository(self.db)
        self.registration_repo = RegistrationRepository(self.db)
        self.revalidation_repo = RevalidationRepository(self.db)
        self.audit_repo = AuditRepository(self.db)
        self.draft_repo = DraftRepository(self.db)
        folder = self.folder if self.folder is not None else Path(tempfile.mkdtemp(prefix="planner-evidence-"))
        self.evidence = EvidenceStore(folder / "evidence")

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None) -> Workspace:
        folder = paths.data_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        db = open_database(paths.database_path(folder))
        warnings = [w for w in (paths.lost_folder_warning(data_dir, folder), paths.network_share_warning(folder)) if w]
        ws = cls(db=db, folder=folder, warning="\n\n".join(warnings) or None)
        ws.purge_deleted()
        return ws

    def purge_deleted(self) -> None:
        """Forget records deleted over a day ago (undo is offered only in the session that
        deleted them), and evidence files nothing refers to any more."""
        with self.db.atomic():
            self.cpl_repo.purge_deleted(timedelta(days=1))
            unused = self.cpl_repo.unused_evidence()
            for sha in unused:
                self.cpl_repo.forget_evidence(sha)
        for sha in unused:
            self.evidence.remove(sha)

    @classmethod
    def reader(cls, folder: Path) -> Workspace:
        """A second connection to an open workspace's database, for a worker thread to read
        from while the GUI thread keeps its own (WAL lets readers and a writer share the file)."""
        return cls(db=open_database(paths.database_path(folder)), folder=folder)

    @classmethod
    def in_memory(cls) -> Workspace:
        return cls(db=open_database(None), folder=None)

    @property
    def database_path(self) -> Path | None:
        return paths.database_path(self.folder) if self.folder else None

    @staticmethod
    def exists(data_dir: str | os.PathLike[str] | None = None) -> bool:
        return paths.database_path(paths.data_dir(data_dir)).exists()

    def is_empty(self) -> bool:
        """True before the first-run choice has been made (no frameworks loaded yet)."""
        return self.catalogue_repo.is_empty()

    def check(self) -> list[str]:
        return integrity_problems(self.db)

    def close(self) -> None:
        self.db.close()
