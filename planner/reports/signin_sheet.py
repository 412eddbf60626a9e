"""A session's sign-in sheet: the session's details and each booked person with a box to sign."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from planner.core.dates import uk
from planner.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from planner.core.wording import plural
from planner.reports.base import Document, esc, tr, tr_all


@dataclass(frozen=True)
class SignInData:
    module: str
    held_on: date
    start_time: str
    end_time: str
    venue: str
    trainer: str
    capacity: int | None
    people: list[tuple[str, str, str]]  # name, staff number, team


# -- the sheet's words and rows, shared by the PDF and the accessible HTML ----------------
HEAD = [
    "#",
    QT_TRANSLATE_NOOP("documents", "Name"),
    QT_TRANSLATE_NOOP("documents", "Staff no."),
    QT_TRANSLATE_NOOP("documents", "Team"),
    QT_TRANSLATE_NOOP("documents", "Signature"),
]
WALK_INS = 3  # empty rows for people who come without a booking
AFTER = QT_TRANSLATE_NOOP(
    "documents",
    "After the session, mark attendance in Pathway Planner: each person who signed gets a "
    "completion on the session's date.",
)


def detail_lines(data: SignInData) -> list[str]:
    """When and where, then the trainer and how many are booked."""
    times = (
        f"{data.start_time}–{data.end_time}"
        if data.start_time and data.end_time
        else fill(translate("documents", "from %1"), data.start_time)
        if data.start_time
        else fill(translate("documents", "until %1"), data.end_time)
        if data.end_time
        else ""
    )
    when = f"{uk(data.held_on)} {times}".strip()
    return [
        f"{when} · {data.venue or 'venue to be confirmed'}",
        fill(
            translate("documents", "Trainer: %1 · %2 booked"),
            data.trainer or "—",
            plural(len(data.people), "person", "people"),
        )
        + (fill(translate("documents", " of %1 places"), data.capacity) if data.capacity else ""),
    ]


def rows(data: SignInData) -> list[list[str]]:
    """A numbered row for each person booked, then empty rows for walk-ins."""
    out = [[str(i), name, staff, team, ""] for i, (name, staff, team) in enumerate(data.people, start=1)]
    out += [[str(len(data.people) + extra + 1), "", "", "", ""] for extra in range(WALK_INS)]
    return out


class SignInSheet(Document):
    title = QT_TRANSLATE_NOOP("documents", "Sign-in sheet")
    subject = QT_TRANSLATE_NOOP("documents", "Training session sign-in sheet")

    def document_title(self, data: SignInData) -> str:
        return fill(translate("documents", "Sign-in sheet: %1, %2"), data.module, uk(data.held_on))

    def story(self, data: SignInData) -> list[Flowable]:
        s = self.heading_block(
            translate("documents", "Sign-in sheet"),
            f"<b>{esc(data.module)}</b><br/>" + "<br/>".join(esc(line) for line in detail_lines(data)),
        )
        table = self.table(
            [tr_all(HEAD), *rows(data)], widths=[8 * mm, 55 * mm, 22 * mm, 45 * mm, 50 * mm], zebra=False
        )
        # room to sign: at least 11 mm a row, and more when a long name or team wraps (never overprinted)
        table.setStyle(
            TableStyle([("TOPPADDING", (0, 1), (-1, -1), 4 * mm), ("BOTTOMPADDING", (0, 1), (-1, -1), 4 * mm)])
        )
        s.append(table)
        s.append(Spacer(1, 6 * mm))
        s.append(
            self.p(
                translate(
                    "documents", "Trainer's signature: ______________________________ &nbsp;&nbsp; Date: ______________"
                )
            )
        )
        s.append(Spacer(1, 3 * mm))
        s.append(self.p(tr(AFTER), "small"))
        return s
