"""What a pack holds and what importing it does, as people read it (shared by worker and team
packs): ``PackSummary`` after writing one, ``PackPlan`` before importing one, ``PackResult``
after."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.core import packs
from planner.core.i18n import fill, translate
from planner.core.packs import DELETED, NEW, SKIPPED, UNCHANGED, UPDATED, Change, day_words
from planner.core.wording import plural
from planner.services.transfer_schema import Row

HISTORY = ("completions", "cpl_entries", "supervision_sessions", "registrations", "revalidations")


@dataclass(frozen=True)
class PackSummary:
    path: Path
    bytes: int
    counts: dict[str, int]  # records by table
    evidence: int
    missing_evidence: int
    since: str | None
    shared_reflections: int

    def describe(self) -> str:
        parts = [plural(self.counts.get(t, 0), *packs.KIND_WORDS[t]) for t in HISTORY if self.counts.get(t)]
        if self.evidence:
            parts.append(plural(self.evidence, "evidence file"))
        if not parts:
            when = day_words(self.since) if self.since else ""
            return fill(
                translate("pack_plan", "nothing has changed since your last pack (%1): it holds nothing new"), when
            )
        what = ", ".join(parts)
        since = fill(translate("pack_plan", " (what changed since %1)"), day_words(self.since)) if self.since else ""
        shared = (
            fill(translate("pack_plan", "; the words of %1 shared"), plural(self.shared_reflections, "reflection"))
            if self.shared_reflections
            else translate("pack_plan", "; no reflection's words")
        )
        missing = fill(
            translate("pack_plan", "; %1 missing from the data folder"), plural(self.missing_evidence, "evidence file")
        ) * bool(self.missing_evidence)
        return f"{what}{since}{shared}{missing}"


@dataclass
class PackPlan:
    """What importing a pack would do here. Nothing is written until ``apply``."""

    kind: str
    path: Path
    manifest: dict[str, Any]
    worker_id: str
    worker_name: str
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows: dict[str, list[Row]] = field(default_factory=dict)  # what apply writes, by table
    deleted: dict[str, list[str]] = field(default_factory=dict)  # table -> ids here, on confirmation
    evidence: dict[str, bytes] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # team packs: their own prepared data
    # Said before anything else, and confirmed before importing: the pack's name is not the
    # name here for its staff number (is it the same person?).
    warning: str = ""

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def counts(self, action: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.changes:
            if c.action == action:
                out[c.table] = out.get(c.table, 0) + 1
        return out

    @property
    def changes_anything(self) -> bool:
        return any(c.action in (NEW, UPDATED, DELETED) for c in self.changes)

    def headline(self) -> str:
        sender = self.manifest.get("name") or self.manifest.get("staff_no") or ""
        made = self.manifest.get("created")
        when = fill(translate("pack_plan", ", made %1"), day_words(made)) if made else ""
        if self.kind == packs.WORKER:
            since = self.manifest.get("since")
            part = fill(translate("pack_plan", " (changes since %1)"), day_words(since)) if since else ""
            return fill(
                translate("pack_plan", "Learning pack from %1 (%2)%3%4, for %5."),
                sender,
                self.manifest.get("staff_no"),
                when,
                part,
                self.worker_name,
            )
        organisation = self.manifest.get("organisation") or translate("pack_plan", "the organisation")
        return fill(translate("pack_plan", "Team pack from %1%2, for %3."), organisation, when, self.worker_name)

    def summary_lines(self) -> list[str]:
        lines = [self.headline()]
        if self.warning:
            lines.append(fill(translate("pack_plan", "Check first: %1"), self.warning))
        for action, words in ((NEW, "new"), (UPDATED, "updated"), (UNCHANGED, "unchanged")):
            counts = self.counts(action)
            if counts:
                lines.append(f"{words.capitalize()}: " + ", ".join(_words(counts, t) for t in counts) + ".")
        deleted = self.counts(DELETED)
        if deleted:
            lines.append(
                translate("pack_plan", "Deleted on the worker's side: ")
                + ", ".join(_words(deleted, t) for t in deleted)
                + translate("pack_plan", " (removed here only if you confirm).")
            )
        skipped = [c for c in self.changes if c.action == SKIPPED]
        for c in skipped:
            lines.append(fill(translate("pack_plan", "Not imported: %1: %2."), c.label, c.reason))
        lines.extend(self.notes)
        if not self.changes_anything:
            lines.append(translate("pack_plan", "Nothing to import: this copy already has everything in the pack."))
        return lines

    def detail_lines(self) -> list[str]:
        """Each record that changes, as a person recognises it ("new: 12 Mar 2026 Sowing Seeds")."""
        words = {
            NEW: translate("pack_plan", "new"),
            UPDATED: translate("pack_plan", "updated"),
            DELETED: translate("pack_plan", "deleted on the sender's side"),
        }
        return [
            f"{words[c.action]}: {packs.KIND_WORDS.get(c.table, (c.table,))[0]}, {c.label}"
            for c in self.changes
            if c.action in words
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "staff_no": self.manifest.get("staff_no"),
            "created": self.manifest.get("created"),
            "since": self.manifest.get("since"),
            "new": self.counts(NEW),
            "updated": self.counts(UPDATED),
            "unchanged": self.counts(UNCHANGED),
            "deleted": self.counts(DELETED),
            "skipped": [{"record": c.label, "reason": c.reason} for c in self.changes if c.action == SKIPPED],
            "notes": self.notes,
            "warning": self.warning,
        }


@dataclass(frozen=True)
class PackResult:
    new: int
    updated: int
    deleted: int
    kept_deleted: int
    evidence: int

    def describe(self) -> str:
        kept = (
            fill(
                translate("pack_plan", "; %1 deleted on the other side kept here"), plural(self.kept_deleted, "record")
            )
            if self.kept_deleted
            else ""
        )
        return fill(
            translate("pack_plan", "%1 new, %2 updated, %3 removed, %4 stored%5"),
            self.new,
            self.updated,
            self.deleted,
            plural(self.evidence, "evidence file"),
            kept,
        )


def _words(counts: dict[str, int], table: str) -> str:
    if table == "worker_roles":  # one change: the worker's roles as a whole
        return "your roles"
    return plural(counts[table], *packs.KIND_WORDS.get(table, (table, table)))


def actor() -> str:
    """Who is importing, for the audit log."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
