"""Data folders the app has opened: the one to start with, the recent list, and whether a
folder holds Pathway Planner data (for File ▸ New data folder…, Open data folder…, Recent)."""

from __future__ import annotations

from pathlib import Path

from planner.storage import paths


def resolve(data_dir: str | None) -> Path:
    """The folder a start with this ``--data-dir`` (or none) opens."""
    return paths.data_dir(data_dir)


def holds_data(folder: Path) -> bool:
    """Whether the folder has a Pathway Planner database in it."""
    return paths.holds_data(folder)


def recent() -> list[Path]:
    """Folders opened in the app, the latest first."""
    return paths.recent_folders()


def remember(folder: Path) -> None:
    """The app opened this folder: it heads the recent list and opens next time."""
    paths.remember_folder(folder)


def forget(folder: Path) -> None:
    paths.forget_folder(folder)


def default() -> Path:
    """Where data lives when no other folder has been chosen."""
    return paths.default_data_dir()


def remove_unused(services_folder: Path) -> None:
    """Take away a database that was created for a folder and never used (first run cancelled)."""
    paths.remove_database(services_folder)


def move_aside(folder: Path) -> Path:
    """Keep a damaged database under another name so the folder can start afresh."""
    return paths.move_aside(folder)


def earlier_copies(folder: Path) -> list[Path]:
    """Copies made before upgrades (the newest first): what a damaged database can go back to."""
    return paths.earlier_copies(folder)


def restore_copy(folder: Path, copy: Path) -> Path:
    """Put an earlier copy back; returns where the damaged database was kept."""
    return paths.restore_copy(folder, copy)


def damage_report(folder: Path) -> list[str]:
    """What SQLite's quick check finds wrong with the database in ``folder`` (opened read-only)."""
    from planner.storage.database import quick_problems

    return quick_problems(path=paths.database_path(folder))
