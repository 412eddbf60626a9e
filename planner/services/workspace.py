"""A workspace: one data folder, its database, and the services over it.

``Workspace.open`` is the one entry point the GUI and the CLI use; they never see the
database itself.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from planner.core.i18n import fill, translate
from planner.storage import backups, files, paths
from planner.storage.catalogue_repository import CatalogueRepository
from planner.storage.database import (
    DamagedDatabaseError,
    Database,
    PlannerDatabase,
    StorageError,
    damage_summary,
    integrity_problems,
    open_database,
    quick_problems,
)
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

QUICK_CHECK_BYTES = 20_000_000  # check pages at start-up below this size (under about 0.3 s)


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
        self._defer_cleanup()

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None) -> Workspace:
        if data_dir is not None and not os.fspath(data_dir).strip():
            raise StorageError(
                translate("workspace", "The data folder's name is empty: give a folder after --data-dir.")
            )
        if data_dir is not None and "\x00" in os.fspath(data_dir):
            raise StorageError(
                translate("workspace", "A data folder's name cannot contain a NUL character: type the name again.")
            )
        folder = paths.data_dir(data_dir)
        if folder.exists() and not folder.is_dir():
            raise StorageError(
                fill(translate("workspace", "%1 is a file, not a folder: give the folder that holds the data."), folder)
            )
        database = paths.database_path(folder)
        if not folder.exists() or (not database.exists() and os.access(folder, os.W_OK)):
            folder.mkdir(parents=True, exist_ok=True)
        elif not database.exists():
            raise StorageError(
                fill(
                    translate("workspace", "The folder %1 cannot be written to, and holds no Pathway Planner data."),
                    folder,
                )
            )
        db = open_database(database)
        warnings = [w for w in (paths.lost_folder_warning(data_dir, folder), paths.network_share_warning(folder)) if w]
        ws = cls(db=db, folder=folder, warning="\n\n".join(warnings) or None)
        if not db.read_only:
            files.remove_leftovers(folder, ws.evidence.folder)
            backups.remove_leftovers(folder)
            ws.remove_orphan_evidence()
        return ws

    def remove_orphan_evidence(self, older_than_s: float = files.STALE_AFTER_S) -> int:
        """Evidence files no record refers to and older than ``older_than_s``: copied in for a
        save that never finished (the app was killed). Younger ones may belong to a save that
        another copy of the app is making right now. Returns how many were removed."""
        known = self.cpl_repo.stored_evidence()
        now = time.time()
        removed = 0
        orphans = {sha: path for sha, path in self.evidence.stored().items() if sha not in known}
        if orphans and self.folder is not None:  # a backup may still need them (undoing a restore)
            kept = backups.evidence_in_backups(self.folder)
            orphans = {sha: path for sha, path in orphans.items() if sha not in kept}
        for path in orphans.values():
            try:
                if now - path.stat().st_mtime >= older_than_s:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        return removed

    def _defer_cleanup(self) -> None:
        # The clean-up writes, so it waits for the first write: reading never needs the lock.
        if isinstance(self.db, PlannerDatabase):
            self.db.before_first_write.append(lambda db: self.purge_deleted())

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.db, "read_only", False))

    def probe(self) -> None:
        """Read what a window shows first, and check a small database's pages: raises
        DamagedDatabaseError when the file is damaged (so the person gets the choices then,
        not an empty organisation). A large file is only read, not checked page by page."""
        try:
            self.catalogue_repo.load()
            self.people_repo.count("workers")
            path = self.database_path
            problems = quick_problems(self.db) if path is None or path.stat().st_size < QUICK_CHECK_BYTES else []
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        if problems:
            raise DamagedDatabaseError(
                fill(
                    translate("workspace", "The database %1 is damaged: %2. `planner check` lists what is wrong."),
                    self.database_path,
                    damage_summary(problems),
                )
            )

    def data_version(self) -> int:
        return int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])

    def purge_deleted(self) -> None:
        """Forget records deleted over a day ago (undo is offered only in the session that
        deleted them), and evidence files nothing refers to any more (removed once committed)."""
        with self.db.atomic():
            self.cpl_repo.purge_deleted(timedelta(days=1))
            unused = self.cpl_repo.unused_evidence()
            for sha in unused:
                self.cpl_repo.forget_evidence(sha)
            if isinstance(self.db, PlannerDatabase):

                def remove_unused() -> None:
                    for sha in unused:
                        self.evidence.remove(sha)

                self.db.after_commit(remove_unused)

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
        """Integrity of the database, then of the stored evidence files and the folder."""
        try:
            problems = integrity_problems(self.db)
        except sqlite3.DatabaseError as exc:  # too damaged to finish the check
            problems = quick_problems(self.db) or [f"integrity: {exc}"]
        if problems:
            return problems
        stored = self.evidence.stored()
        known = self.cpl_repo.stored_evidence()
        for sha in sorted(set(known) - set(stored)):
            problems.append(
                fill(
                    translate("workspace", "evidence file %1… (%2) is missing from %3"),
                    sha[:12],
                    known[sha],
                    self.evidence.folder,
                )
            )
        for sha in sorted(set(stored) - set(known)):
            problems.append(
                fill(
                    translate("workspace", "evidence file %1 is not used by any record (it can be deleted)"),
                    stored[sha],
                )
            )
        if self.folder is not None:
            for leftover in [*files.leftovers(self.folder, self.evidence.folder), *backups.leftovers(self.folder)]:
                problems.append(
                    fill(
                        translate(
                            "workspace", "leftover temporary file %1 (Pathway Planner removes it when next opened)"
                        ),
                        leftover,
                    )
                )
        return problems

    def close(self) -> None:
        self.db.close()
