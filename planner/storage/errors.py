"""Errors the storage layer raises for mistakes a person can correct."""

from __future__ import annotations

from planner.storage.database import StorageError


class NotFoundError(StorageError):
    pass


class DuplicateError(StorageError):
    pass


class InUseError(StorageError):
    """Deleting this would orphan records that depend on it: retire it instead."""
