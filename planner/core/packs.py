"""Exchange packs: the rules a pack's contents must meet, with nothing read or written here.

A pack is one zip file that carries learning between a worker's own copy ("Just me") and their
organisation's copy, by e-mail or USB stick:

- a **worker pack** (``records.json``): the worker's learning, completions, supervision
  (never its private notes), registration details and evidence files; reflections only when
  the worker chose to share them;
- a **team pack** (``team.json``): the organisation's frameworks, modules and roles, and for
  each worker it names, their roles and the training sessions they are booked on.

``manifest.json`` names the pack's kind, the schema and app version that wrote it, when, whose
it is, and the SHA-256 of every other member. The hashes find damage and alteration in transit;
they do not prove who made the pack (anyone can write a manifest for the members they change).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from planner.core.dates import uk
from planner.core.errors import UserError
from planner.core.i18n import fill, translate

FORMAT = "pathway-planner-pack"
WORKER, TEAM = "worker", "team"
MANIFEST = "manifest.json"
DATA_MEMBER = {WORKER: "records.json", TEAM: "team.json"}
EVIDENCE_MEMBER = re.compile(r"evidence/[0-9a-f]{64}")
SHA256 = re.compile(r"[0-9a-f]{64}")

# The words a worker keeps to themselves unless they share them, and the regulator details a
# worker's own copy sends (one list each: the sending side, the receiving side and the
# learning service's "not in an organisation's copy" check read these).
REFLECTION_COLUMNS = ("learned", "practice_change", "prompt_response")
PRIVATE_SUPERVISION = ("private_notes", "prompt_response")
WORKER_DETAILS = ("regulator", "register_part", "registration_no")

# What a pack may hold before it is refused as a zip bomb: more than any real worker's record
# (a career of evidence files), far less than would fill a disk or the memory.
MAX_MEMBERS = 20_000
MAX_TOTAL_BYTES = 2 * 1024**3  # every member unpacked
MAX_DATA_BYTES = 256 * 1024**2  # records.json or team.json
MAX_RATIO = 200  # unpacked size over packed size, for members over RATIO_FROM bytes
RATIO_FROM = 1024**2

# Record kinds as a person reads them, in the order a preview lists them.
KIND_WORDS = {
    "cpl_entries": ("learning entry", "learning entries"),
    "completions": ("completion", "completions"),
    "supervision_sessions": ("supervision session", "supervision sessions"),
    "registrations": ("registration record", "registration records"),
    "revalidations": ("revalidation checklist", "revalidation checklists"),
    "workers": ("regulator detail", "regulator details"),
    "frameworks": ("framework", "frameworks"),
    "levels": ("level", "levels"),
    "modules": ("module", "modules"),
    "roles": ("role", "roles"),
    "worker_roles": ("role held", "roles held"),
    "training_sessions": ("training session", "training sessions"),
    "bookings": ("booking", "bookings"),
}
NEW, UPDATED, UNCHANGED, DELETED, SKIPPED = "new", "updated", "unchanged", "deleted", "skipped"


def member_problem(name: str) -> str | None:
    """Why a member's name is refused (a path that could escape a folder, or one a pack never
    holds), or None for an acceptable name."""
    if not name:
        return "a member without a name"
    if "\x00" in name or "\\" in name:
        return fill(translate("packs", "the member name %1 holds a character a pack never uses"), repr(name))
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return fill(translate("packs", "the member %1 is an absolute path"), repr(name))
    if any(part in ("..", ".") for part in name.split("/")):
        return fill(translate("packs", "the member %1 points outside the pack's folder"), repr(name))
    if name == MANIFEST or name in DATA_MEMBER.values() or EVIDENCE_MEMBER.fullmatch(name):
        return None
    return fill(translate("packs", "the member %1 is not one a pack holds"), repr(name))


def size_problem(name: str, packed: int, unpacked: int, total: int) -> str | None:
    """Why a member's sizes mark the pack as a zip bomb (or too large to be a pack), or None."""
    if unpacked > MAX_TOTAL_BYTES or total > MAX_TOTAL_BYTES:
        return fill(translate("packs", "it would unpack to more than %1 GB"), MAX_TOTAL_BYTES // 1024**3)
    if name in DATA_MEMBER.values() and unpacked > MAX_DATA_BYTES:
        return fill(translate("packs", "%1 would unpack to more than %2 MB"), name, MAX_DATA_BYTES // 1024**2)
    if unpacked > RATIO_FROM and unpacked > MAX_RATIO * max(packed, 1):
        return fill(translate("packs", "%1 is compressed more than %2 times, as a zip bomb is"), name, MAX_RATIO)
    return None


DATE_COLUMNS = frozenset(
    {
        "occurred_on",
        "completed_on",
        "started_on",
        "ended_on",
        "held_on",
        "cycle_end",
        "declaration_on",
        "revalidation_on",
        "signoff_on",
        "applied_on",
        "registered_on",
        "details_updated_on",
        "prd_on",
        "discussion_on",
        "confirmed_on",
        "left_on",
    }
)
STAMP_COLUMNS = frozenset({"created_at", "updated_at", "deleted_at", "booked_at"})
LIST_COLUMNS = {  # JSON lists of codes, by table
    "cpl_entries": frozenset({"frameworks", "sssc_elements", "topics"}),
    "modules": frozenset({"topics", "sssc_elements"}),
    "frameworks": frozenset({"tags"}),
}
FLAG_COLUMNS = frozenset(
    {
        "participatory",
        "reflective_account",
        "reflection_written",
        "reflection_shared",
        "retired",
        "example",
        "local_scale",
        "funded_elc",
        "snct",
        "associate",
        "dual_registration",
        "health_character",
        "indemnity",
    }
)
CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
REGULATORS = ("", "none", "SSSC", "NMC", "GTCS")
AMOUNT_COLUMNS = {"hours": 10_000.0, "practice_hours": 100_000.0, "minutes": 24 * 60, "feedback": 10_000}


def check_values(where: str, table: str, rows: list[dict[str, Any]]) -> None:
    """Every value a pack's rows carry has the form the screens read: dates (YYYY-MM-DD) and
    times (ISO 8601) that exist, lists of codes as JSON lists of text, flags 0 or 1, hours and
    minutes within what a person could do. A hand-edited pack is refused, with where and why."""
    for i, row in enumerate(rows):
        for key, value in row.items():
            problem = _value_problem(key, value, LIST_COLUMNS.get(table, frozenset()))
            if problem:
                raise _wrong_value(where, i, key, value, problem)
        _check_dates(where, i, row)


def _wrong_value(where: str, i: int, key: str, value: Any, wanted: str) -> UserError:
    """ "people[3].started_on is '2026-13-01', not a date (YYYY-MM-DD): nothing was imported." """
    message = translate("packs", "%1[%2].%3 is %4, not %5: nothing was imported.")
    return UserError(fill(message, where, i, key, _shown(value), wanted))


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _value_problem(key: str, value: Any, lists: frozenset[str]) -> str:
    if value is None:
        return ""
    if key in lists:
        try:
            items = json.loads(value) if isinstance(value, str) else None
        except (json.JSONDecodeError, RecursionError):
            items = None
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            return "a JSON list of codes"
    elif key in FLAG_COLUMNS and value not in (0, 1):
        return "0 or 1"
    elif key in ("start_time", "end_time") and not (value == "" or (isinstance(value, str) and CLOCK.fullmatch(value))):
        return "a time of day (HH:MM)"
    elif key == "regulator" and value not in REGULATORS:
        return "SSSC, NMC, GTCS or none"
    elif key in AMOUNT_COLUMNS and (
        not isinstance(value, int | float) or not math.isfinite(value) or not 0 <= value <= AMOUNT_COLUMNS[key]
    ):
        return fill(translate("packs", "an amount from 0 to %1"), format(AMOUNT_COLUMNS[key], "g"))
    return ""


def _check_dates(where: str, i: int, row: dict[str, Any]) -> None:
    for key, value in row.items():
        if value is None or (key not in DATE_COLUMNS and key not in STAMP_COLUMNS):
            continue
        try:
            text = value if isinstance(value, str) else ""
            if key in DATE_COLUMNS and len(text) != 10:
                raise ValueError(text)
            (date if key in DATE_COLUMNS else datetime).fromisoformat(text)
        except ValueError:
            wanted = "a date (YYYY-MM-DD)" if key in DATE_COLUMNS else "a time (ISO 8601)"
            raise _wrong_value(where, i, key, value, wanted) from None


def day_words(value: Any) -> str:
    """A stamp or date from a pack as a person reads it ("23 Nov 2026"), or as it is."""
    try:
        return uk(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def later(incoming: Any, here: Any) -> bool:
    """True when ``incoming`` is a later ``updated_at`` than ``here`` (ISO 8601, UTC)."""
    if not isinstance(incoming, str):
        return False
    if not isinstance(here, str):
        return True
    try:
        return datetime.fromisoformat(incoming) > datetime.fromisoformat(here)
    except (TypeError, ValueError):  # one of them without a zone, or not a date: compare the text
        return incoming > here


def compare(incoming: Any, here: Any | None) -> str:
    """NEW when the record is not here, UPDATED when the pack's change is later, else UNCHANGED."""
    if here is None:
        return NEW
    return UPDATED if later(incoming, here) else UNCHANGED


class WhichWorker(UserError):
    """A team pack names several workers and this copy's staff number is none of them: the
    person says which is theirs (``staff_numbers`` lists the choices)."""

    def __init__(self, message: str, staff_numbers: list[str]) -> None:
        super().__init__(message)
        self.staff_numbers = staff_numbers


@dataclass(frozen=True)
class Change:
    """One record of a pack and what importing it does here."""

    table: str
    action: str  # NEW, UPDATED, UNCHANGED, DELETED (on the sender's side), SKIPPED
    label: str  # what a person recognises: "12 Mar 2026 Sowing Seeds"
    reason: str = ""  # for SKIPPED: why
