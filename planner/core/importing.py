"""The rules of importing spreadsheets (plain Python): reading dates the UK way, recognising the
columns HR and learning systems call by many names, and matching course titles to modules.

Nothing here reads a file or touches the database; ``planner.services.importing`` does."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from planner.core.i18n import fill, translate
from planner.core.text import clean

EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (its 1900 leap-year bug included)
FIRST_YEAR, LAST_YEAR = 1900, 2200

MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_NUMERIC = re.compile(r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_WORDS = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[ \-]+([A-Za-z]+)\.?,?[ \-]+(\d{4})")
_SERIAL = re.compile(r"\d{1,6}(?:\.0+)?")
_TRAILING_TIME = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")


class ImportProblem(ValueError):
    """Why one cell (and so its row) cannot be imported: the reason, in words."""


def parse_date(value: object) -> date:
    """A date as UK spreadsheets hold it: 31/01/2025, 31-01-2025, 31.01.2025, 2025-01-31,
    31 Jan 2025, an Excel serial number, or a date the spreadsheet library already read.
    Day first, always (03/04/2025 is 3 April); an impossible date is refused, never guessed."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _serial(float(value), str(value))
    text = _TRAILING_TIME.sub("", str(value).strip())
    if not text:
        raise ImportProblem(translate("importing", "no date given"))
    if _SERIAL.fullmatch(text):
        return _serial(float(text), text)
    match = _ISO.fullmatch(text)
    if match:
        return _make(int(match[1]), int(match[2]), int(match[3]), text)
    match = _NUMERIC.fullmatch(text)
    if match:
        return _make(int(match[3]), int(match[2]), int(match[1]), text)
    match = _WORDS.fullmatch(text)
    if match:
        month = MONTHS.get(match[2].casefold())
        if month is None:
            raise ImportProblem(fill(translate("importing", "'%1' is not a date: '%2' is not a month"), text, match[2]))
        return _make(int(match[3]), month, int(match[1]), text)
    if re.fullmatch(r"\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2}", text):
        raise ImportProblem(
            fill(translate("importing", "'%1' has a two-digit year: give the year in full, such as 31/01/2025"), text)
        )
    raise ImportProblem(
        fill(translate("importing", "'%1' is not a date: use day/month/year, such as 31/01/2025"), text)
    )


def _serial(number: float, text: str) -> date:
    if number != int(number) or not 1 <= number <= 150_000:
        raise ImportProblem(fill(translate("importing", "'%1' is not a date"), text))
    return EXCEL_EPOCH + timedelta(days=int(number))


def _make(year: int, month: int, day: int, text: str) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ImportProblem(
            fill(
                translate("importing", "'%1' is not a date this app works with (years %2 to %3)"),
                text,
                FIRST_YEAR,
                LAST_YEAR,
            )
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ImportProblem(fill(translate("importing", "'%1' is not a real date (day/month/year)"), text)) from None


def text_value(value: object) -> str:
    """A cell as text: numbers a spreadsheet stored for text columns lose their '.0' (a staff
    number 1234.0 is '1234'); text keeps its leading zeros; spaces are trimmed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return " ".join(clean(str(value)).split())


def parse_hours(value: object) -> float | None:
    text = text_value(value).replace(",", ".")
    if not text:
        return None
    try:
        hours = float(text)
    except ValueError:
        raise ImportProblem(fill(translate("importing", "'%1' is not a number of hours"), text)) from None
    if not 0 <= hours <= 1000:  # NaN fails this too
        raise ImportProblem(fill(translate("importing", "'%1' is not a number of hours from 0 to 1,000"), text))
    return round(hours * 4) / 4


def key(text: str) -> str:
    """Text for matching: no accents, case, punctuation or spaces ("Child Protection: Level-1",
    "child protection level 1" and "Childrens" / "Children's" match; "&" is "and")."""
    plain = unicodedata.normalize("NFKD", text.replace("&", " and "))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return "".join(re.sub(r"[^\w]+", "", plain).split())  # "work-force", "workforce" and "work force" match


# -- columns ----------------------------------------------------------------------------------

STAFF_FIELDS = {
    "staff_no": "Staff number",
    "name": "Full name",
    "forename": "Forename",
    "surname": "Surname",
    "email": "Email",
    "team": "Team",
    "job_title": "Job title",
    "start_date": "Start date",
    "leaving_date": "Leaving date",
}
COMPLETION_FIELDS = {
    "staff_no": "Staff number",
    "email": "Email",
    "course": "Course title",
    "course_code": "Course code",
    "completed_on": "Completion date",
    "hours": "Hours",
    "provider": "Provider",
}
SYNONYMS = {
    "staff_no": (
        "staff no",
        "staff number",
        "staff id",
        "employee id",
        "employee number",
        "employee no",
        "payroll number",
        "payroll no",
        "payroll id",
        "person id",
        "personnel number",
        "emp no",
        "id number",
        "user id",
        "learner id",
        "learner number",
        "assignment number",
    ),
    "name": ("full name", "name", "employee name", "staff name", "learner name", "learner", "display name"),
    "forename": ("forename", "first name", "given name", "firstname", "forenames"),
    "surname": ("surname", "last name", "family name", "lastname"),
    "email": ("email", "email address", "e mail", "work email", "e mail address", "learner email", "staff email"),
    "team": ("team", "service", "cost centre", "cost center", "department", "team name", "unit"),
    "job_title": ("job title", "post", "post title", "position", "job", "role", "job role"),
    "start_date": ("start date", "started", "date started", "employment start date", "hire date", "start"),
    "leaving_date": ("leaving date", "left", "end date", "termination date", "date left", "leaver date"),
    "course": ("course", "course title", "course name", "learning", "title", "module", "activity"),
    "course_code": ("course code", "code", "module code", "activity code"),
    "completed_on": (
        "completion date",
        "completed",
        "date completed",
        "completed on",
        "date of completion",
        "completion",
        "date",
    ),
    "hours": (
        "hours",
        "duration hours",
        "duration hrs",
        "duration (hrs)",
        "hrs",
        "cpd hours",
        "cpd hrs",
        "learning hours",
        "duration",
        "hours completed",
    ),
    "provider": ("provider", "delivered by", "training provider", "organisation"),
}
_LOOKUP = {key(syn): field for field, names in SYNONYMS.items() for syn in names}


def recognise(headers: list[str], fields: dict[str, str]) -> dict[int, str]:
    """Column index -> field for the headers this app knows (first match wins)."""
    out: dict[int, str] = {}
    taken: set[str] = set()
    for i, header in enumerate(headers):
        found = _LOOKUP.get(key(header))
        if found in fields and found not in taken:
            out[i] = found
            taken.add(found)
    return out


def header_score(cells: list[str], fields: dict[str, str]) -> int:
    """How many cells of a row are headers this app knows: the header row scores highest."""
    return len({f for f in (_LOOKUP.get(key(c)) for c in cells) if f in fields})


@dataclass
class RowOutcome:
    """What an import does with one row of the file."""

    line: int
    outcome: str  # new, updated, unchanged, rejected, leaver
    staff_no: str = ""
    name: str = ""
    reason: str = ""
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "line": self.line,
            "outcome": self.outcome,
            "reason": self.reason,
            "staff_no": self.staff_no,
            "name": self.name,
            "changes": {k: {"from": a, "to": b} for k, (a, b) in self.changes.items()},
            "notes": list(self.notes),
        }
