"""A workspace: one data folder, its database, and the services over it.

``Workspace.open`` is the one entry point the GUI and the CLI use; they never see the
database itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from planner.storage import paths
from planner.storage.catalogue_repository import CatalogueRepository
from planner.storage.database import StorageError, integrity_problems, open_database
from planner.storage.people_repository import PeopleRepository, SettingsRepository

__all__ = ["StorageError", "Workspace"]


@dataclass
class Workspace:
    db: Database
    folder: Path | None
    catalogue_repo: CatalogueRepository = field(init=False)
    people_repo: PeopleRepository = field(init=False)
    settings_repo: SettingsRepository = field(init=False)
    warning: str | None = None

    def __post_init__(self) -> None:
        self.catalogue_repo = CatalogueRepository(self.db)
        self.people_repo = PeopleRepository(self.db)
        self.settings_repo = SettingsRepository(self.db)

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None) -> Workspace:
        folder = paths.data_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        db = open_database(paths.database_path(folder))
        return cls(db=db, folder=folder, warning=paths.network_share_warning(folder))

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
