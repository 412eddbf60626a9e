"""How the five states are written and shown everywhere — screens, documents, exports: a word,
a symbol (so nothing relies on colour), a light fill with dark text, and what a state's date
means. One definition, used by the UI, the PDFs and the CSV and XLSX exports."""

from __future__ import annotations

from datetime import date

from planner.core.dates import uk

STATES = ("recorded", "expiring", "due", "expired", "overdue")  # by severity
# Keyed by the state's value; planner.core.status.State (a StrEnum) looks them up too.
STATE_MARK = {"recorded": "✔", "expiring": "◔", "due": "○", "expired": "⚠", "overdue": "✖"}
# Light fills under dark text (#1a1a1a): contrast above 7:1.
STATE_FILL = {
    "recorded": "#dcefdc",
    "expiring": "#fff1c2",
    "due": "#e3ecf7",
    "expired": "#fbd9c9",
    "overdue": "#f6c9cf",
}
TEXT_ON_FILL = "#1a1a1a"
# What the date beside a state is.
STATE_PHRASE = {
    "recorded": "recorded",
    "expiring": "expiring",
    "due": "due by",
    "expired": "expired",
    "overdue": "overdue since",
}
STATE_MEANING = {
    "recorded": "recorded, and not expiring within the warning window",
    "expiring": "recorded, but expires soon (the date is when it expires)",
    "due": "not recorded yet; the date is when it is due",
    "expired": "recorded once, but expired (the date is when it expired)",
    "overdue": "not recorded, and the due date has passed",
}
BLANK_MEANING = "not required by this worker's current roles"


def state_label(state: str) -> str:
    """ "✖ overdue"."""
    return f"{STATE_MARK[state]} {state}"


def state_words(state: str, when: date | None) -> str:
    """ "overdue since 3 Mar 2026", "due by 1 Dec 2026", "recorded 6 Mar 2024" (no mark)."""
    return f"{STATE_PHRASE[state]} {uk(when)}".strip()


def plural(n: int, one: str, many: str | None = None) -> str:
    """ "1 entry", "2 entries", "1 worker", "3 workers"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
