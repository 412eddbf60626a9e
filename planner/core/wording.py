"""How the five states are written and shown everywhere — screens, documents, exports: a word,
a symbol (so nothing relies on colour), a light fill with dark text, and what a state's date
means. One definition, used by the UI, the PDFs and the CSV and XLSX exports."""

from __future__ import annotations

from datetime import date

from planner.core.dates import uk
from planner.core.i18n import QT_TRANSLATE_NOOP, cached, translate

STATES = ("recorded", "expiring", "due", "expired", "overdue")  # by severity; data keys, never translated
# How each state is written on screen and on paper (translated where shown: state_name)
STATE_NAME = {
    "recorded": QT_TRANSLATE_NOOP("State", "recorded"),
    "expiring": QT_TRANSLATE_NOOP("State", "expiring"),
    "due": QT_TRANSLATE_NOOP("State", "due"),
    "expired": QT_TRANSLATE_NOOP("State", "expired"),
    "overdue": QT_TRANSLATE_NOOP("State", "overdue"),
}
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
    "recorded": QT_TRANSLATE_NOOP("State", "recorded"),
    "expiring": QT_TRANSLATE_NOOP("State", "expiring"),
    "due": QT_TRANSLATE_NOOP("State", "due by"),
    "expired": QT_TRANSLATE_NOOP("State", "expired"),
    "overdue": QT_TRANSLATE_NOOP("State", "overdue since"),
}
STATE_MEANING = {
    "recorded": QT_TRANSLATE_NOOP("State", "recorded, and not expiring within the warning window"),
    "expiring": QT_TRANSLATE_NOOP("State", "recorded, but expires soon (the date is when it expires)"),
    "due": QT_TRANSLATE_NOOP("State", "not recorded yet; the date is when it is due"),
    "expired": QT_TRANSLATE_NOOP("State", "recorded once, but expired (the date is when it expired)"),
    "overdue": QT_TRANSLATE_NOOP("State", "not recorded, and the due date has passed"),
}
BLANK_MEANING = QT_TRANSLATE_NOOP("State", "not required by this worker's current roles")


@cached
def state_name(state: str) -> str:
    """The state as people read it: "overdue" (in the interface's language)."""
    return translate("State", STATE_NAME[state])


@cached
def _phrase(state: str) -> str:
    return translate("State", STATE_PHRASE[state])


def state_label(state: str) -> str:
    """ "✖ overdue"."""
    return f"{STATE_MARK[state]} {state_name(state)}"


def state_words(state: str, when: date | None) -> str:
    """ "overdue since 3 Mar 2026", "due by 1 Dec 2026", "recorded 6 Mar 2024" (no mark)."""
    return f"{_phrase(state)} {uk(when)}".strip()


def plural(n: int, one: str, many: str | None = None) -> str:
    """ "1 entry", "2 entries", "1 worker", "3 workers"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
