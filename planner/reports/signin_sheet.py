"""A session's sign-in sheet: the session's details and each booked person with a box to sign."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from planner.core.dates import uk
from planner.core.wording import plural
from planner.reports.base import Document, esc


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


class SignInSheet(Document):
    title = "Sign-in sheet"
    subject = "Training session sign-in sheet"

    def document_title(self, data: SignInData) -> str:
        return f"Sign-in sheet: {data.module}, {uk(data.held_on)}"

    def story(self, data: SignInData) -> list[Flowable]:
        times = (
            f"{data.start_time}–{data.end_time}"
            if data.start_time and data.end_time
            else f"from {data.start_time}"
            if data.start_time
            else f"until {data.end_time}"
            if data.end_time
            else ""
        )
        when = f"{uk(data.held_on)} {times}"
        s = self.heading_block(
            "Sign-in sheet",
            f"<b>{esc(data.module)}</b><br/>{esc(when.strip())} · {esc(data.venue or 'venue to be confirmed')}"
            f"<br/>Trainer: {esc(data.trainer or '—')} · {plural(len(data.people), 'person', 'people')} booked"
            + (f" of {data.capacity} places" if data.capacity else ""),
        )
        rows = [["#", "Name", "Staff no.", "Team", "Signature"]]
        rows += [[str(i), name, staff, team, ""] for i, (name, staff, team) in enumerate(data.people, start=1)]
        for extra in range(3):  # for walk-ins
            rows.append([str(len(data.people) + extra + 1), "", "", "", ""])
        table = self.table(rows, widths=[8 * mm, 55 * mm, 22 * mm, 45 * mm, 50 * mm], zebra=False)
        # room to sign: at least 11 mm a row, and more when a long name or team wraps (never overprinted)
        table.setStyle(
            TableStyle([("TOPPADDING", (0, 1), (-1, -1), 4 * mm), ("BOTTOMPADDING", (0, 1), (-1, -1), 4 * mm)])
        )
        s.append(table)
        s.append(Spacer(1, 6 * mm))
        s.append(self.p("Trainer's signature: ______________________________ &nbsp;&nbsp; Date: ______________"))
        s.append(Spacer(1, 3 * mm))
        s.append(
            self.p(
                "After the session, mark attendance in Pathway Planner: each person who signed gets a "
                "completion on the session's date.",
                "small",
            )
        )
        return s
