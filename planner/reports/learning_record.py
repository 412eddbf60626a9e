"""The individual learning record: one worker's roles, where they stand on each requirement,
every completion, CPL totals by year and regulator cycle, supervision, and (only when the
worker chooses) their reflections. Suitable to hand to a new employer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from planner.core.dates import uk
from planner.core.hours import hours_text, total
from planner.core.wording import plural
from planner.reports.base import STATE_FILL, STATE_MARK, Document, esc, state_words


@dataclass(frozen=True)
class RecordRequirement:
    label: str
    state: str
    when: date | None  # due date, expiry date or completion date, as fits the state
    words: str = ""  # the state and its dates in words; when given, printed instead


@dataclass(frozen=True)
class RecordCompletion:
    completed_on: date
    code: str
    title: str
    hours: float | None
    expires_on: date | None


@dataclass(frozen=True)
class RecordReflection:
    occurred_on: date
    title: str
    learned: str
    practice_change: str
    prompt: str
    prompt_response: str


@dataclass(frozen=True)
class LearningRecordData:
    name: str
    staff_no: str
    team: str
    regulator: str
    registration: str
    roles: list[tuple[str, date, date | None]]
    on: date
    requirements: list[RecordRequirement]
    completions: list[RecordCompletion]
    cpl_by_year: list[tuple[int, int, float, float]]  # year, entries, hours, participatory hours
    cycle_lines: list[str]
    supervision_line: str
    reflections: list[RecordReflection] | None = None  # None: the worker chose not to include them
    reflections_private: int = 0  # written, with their words only in the worker's own copy
    extra: dict[str, str] = field(default_factory=dict)
    period_title: str = ""  # "the SSSC year 6 Jul 2026 to 5 Jul 2027"
    period_entries: list[tuple[date, str, str, str, bool, float]] = field(default_factory=list)
    # (date, title, type, provider, with others, hours) of each entry in that period


class LearningRecord(Document):
    title = "Learning record"
    subject = "Individual learning record: foundation learning and continuous professional learning"

    def document_title(self, data: LearningRecordData) -> str:
        return f"Learning record: {data.name}"

    def story(self, data: LearningRecordData) -> list[Flowable]:
        s: list[Flowable] = self.heading_block(
            f"Learning record: {data.name}",
            f"Staff number {esc(data.staff_no)} · {esc(data.team or 'no team')} · regulator: {esc(data.regulator)}"
            + (f" ({esc(data.registration)})" if data.registration else "")
            + f"<br/>Status as on {uk(data.on)}",
        )
        s.append(self.p("Roles", "h2"))
        s.append(
            self.table(
                [["Role", "Started", "Ended"]] + [[r, uk(a), uk(b) if b else "current"] for r, a, b in data.roles],
                widths=[110 * mm, 35 * mm, 35 * mm],
            )
        )
        s.append(self.p("Where this worker stands", "h2"))
        if data.requirements:
            rows = [["Requirement", "State"]]
            fills = []
            for i, req in enumerate(data.requirements, start=1):
                rows.append(
                    [
                        req.label,
                        f"{STATE_MARK[req.state]} {req.words}" if req.words else state_words(req.state, req.when),
                    ]
                )
                fills.append((1, i, STATE_FILL[req.state]))
            s.append(self.table(rows, widths=[95 * mm, 85 * mm], fills=fills, zebra=False))
        else:
            s.append(self.p("No current role sets a requirement."))
        s.append(self.p("Learning completed", "h2"))
        if data.completions:
            rows = [["Date", "Module", "Hours", "Expires"]]
            for c in data.completions:
                rows.append(
                    [
                        uk(c.completed_on),
                        f"{c.code} {c.title}",
                        hours_text(c.hours),
                        uk(c.expires_on) if c.expires_on else "does not expire",
                    ]
                )
            s.append(self.table(rows, widths=[26 * mm, 104 * mm, 16 * mm, 34 * mm]))
        else:
            s.append(self.p("No completions recorded yet."))
        s.append(self.p("Continuous professional learning (every entry, completions included)", "h2"))
        if data.cpl_by_year:
            rows = [["Year", "Entries", "Hours", "Participatory hours"]]
            rows += [[str(y), str(n), hours_text(h), hours_text(p)] for y, n, h, p in data.cpl_by_year]
            s.append(self.table(rows, widths=[30 * mm, 30 * mm, 30 * mm, 40 * mm]))
        else:
            s.append(self.p("No CPL entries recorded."))
        if data.period_title:
            s.append(self.p(esc(f"Learning in {data.period_title}"), "h3"))
            if data.period_entries:
                rows = [["Date", "Learning", "Type", "Provider", "With others", "Hours"]]
                rows += [
                    [uk(d), title, kind, provider, "yes" if together else "no", hours_text(h)]
                    for d, title, kind, provider, together, h in data.period_entries
                ]
                rows.append(
                    [
                        "",
                        f"Total: {len(data.period_entries)} {'entry' if len(data.period_entries) == 1 else 'entries'}",
                        "",
                        "",
                        "",
                        hours_text(total([e[5] for e in data.period_entries])),
                    ]
                )
                s.append(self.table(rows, widths=[24 * mm, 68 * mm, 22 * mm, 34 * mm, 17 * mm, 15 * mm]))
            else:
                s.append(self.p("No learning recorded in this period."))
        if data.cycle_lines:
            s.append(self.p("Regulator cycle", "h3"))
            for line in data.cycle_lines:
                s.append(self.p(line))
        s.append(self.p("Reflective supervision", "h3"))
        s.append(self.p(data.supervision_line))
        if data.reflections is not None:
            title = self.p("Reflections (included at the worker's choice)", "h2")
            one = data.reflections_private == 1
            private = (
                f"{plural(data.reflections_private, 'reflection')} {'is' if one else 'are'} kept in the "
                f"worker's own copy: this copy holds that {'it was' if one else 'they were'} written, "
                f"not {'its' if one else 'their'} words."
            )
            lead = [title, self.p(private)] if data.reflections_private else [title]
            if not data.reflections:
                s.append(KeepTogether(lead if data.reflections_private else [title, self.p("No reflections written.")]))
            for n, r in enumerate(data.reflections):
                block: list[Flowable] = [self.p(f"{uk(r.occurred_on)} · {esc(r.title)}", "h3")]
                for label, text in (
                    ("What I learned", r.learned),
                    ("How it will change my practice", r.practice_change),
                    (r.prompt, r.prompt_response),
                ):
                    if text.strip():
                        block.append(self.p(f"<b>{esc(label)}</b>", "small"))
                        block.append(self.p(esc(text).replace("\n", "<br/>"), "quote"))
                s.append(KeepTogether([*lead, *block] if n == 0 else block))  # the heading never alone
        # the closing words never stand alone on a last page
        s.append(
            KeepTogether(
                [
                    s.pop(),
                    Spacer(1, 8 * mm),
                    self.p(
                        "This record lists learning as recorded in Pathway Planner. It records learning; it does not judge "
                        "a worker.",
                        "small",
                    ),
                ]
            )
        )
        return s
