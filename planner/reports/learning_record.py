"""The individual learning record: one worker's roles, where they stand on each requirement,
every completion, CPL totals by year and regulator cycle, supervision, and (only when the
worker chooses) their reflections. Suitable to hand to a new employer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from planner.core import wording
from planner.core.dates import uk
from planner.core.hours import hours_text
from planner.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from planner.reports.base import STATE_FILL, STATE_MARK, Document, esc, total_row, tr, tr_all


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


# -- the record's words and rows, shared by the PDF and the accessible HTML ----------------
SUPERVISION_ROOM = 32 * mm  # heading, two lines, the gap and the closing words

NO_REQUIREMENTS = QT_TRANSLATE_NOOP("documents", "No current role sets a requirement.")
NO_COMPLETIONS = QT_TRANSLATE_NOOP("documents", "No completions recorded yet.")
NO_CPL = QT_TRANSLATE_NOOP("documents", "No CPL entries recorded.")
NO_PERIOD_LEARNING = QT_TRANSLATE_NOOP("documents", "No learning recorded in this period.")
NO_REFLECTIONS = QT_TRANSLATE_NOOP("documents", "No reflections written.")
CLOSING = QT_TRANSLATE_NOOP(
    "documents",
    "This record lists learning as recorded in Pathway Planner. It records learning; it does not judge a worker.",
)
ROLES_HEAD = [
    QT_TRANSLATE_NOOP("documents", "Role"),
    QT_TRANSLATE_NOOP("documents", "Started"),
    QT_TRANSLATE_NOOP("documents", "Ended"),
]
REQUIREMENTS_HEAD = [QT_TRANSLATE_NOOP("documents", "Requirement"), QT_TRANSLATE_NOOP("documents", "State")]
COMPLETIONS_HEAD = [
    QT_TRANSLATE_NOOP("documents", "Date"),
    QT_TRANSLATE_NOOP("documents", "Module"),
    QT_TRANSLATE_NOOP("documents", "Hours"),
    QT_TRANSLATE_NOOP("documents", "Expires"),
]
CPL_HEAD = [
    QT_TRANSLATE_NOOP("documents", "Year"),
    QT_TRANSLATE_NOOP("documents", "Entries"),
    QT_TRANSLATE_NOOP("documents", "Hours"),
    QT_TRANSLATE_NOOP("documents", "Participatory hours"),
]
PERIOD_HEAD = [
    QT_TRANSLATE_NOOP("documents", "Date"),
    QT_TRANSLATE_NOOP("documents", "Learning"),
    QT_TRANSLATE_NOOP("documents", "Type"),
    QT_TRANSLATE_NOOP("documents", "Provider"),
    QT_TRANSLATE_NOOP("documents", "With others"),
    QT_TRANSLATE_NOOP("documents", "Hours"),
]
CPL_TITLE = QT_TRANSLATE_NOOP("documents", "Continuous professional learning (every entry, completions included)")
REFLECTIONS_TITLE = QT_TRANSLATE_NOOP("documents", "Reflections (included at the worker's choice)")


def subtitle_lines(data: LearningRecordData) -> list[str]:
    registration = f" ({data.registration})" if data.registration else ""
    return [
        fill(
            translate("documents", "Staff number %1 · %2 · regulator: %3%4"),
            data.staff_no,
            data.team or "no team",
            data.regulator,
            registration,
        ),
        fill(translate("documents", "Status as on %1"), uk(data.on)),
    ]


def role_rows(data: LearningRecordData) -> list[list[str]]:
    """Each role with its dates; on the record's date a role is current, ended, or not started yet."""
    rows = []
    for role, started, ended in data.roles:
        if started > data.on:
            state = translate("documents", "not started yet")
        else:
            state = uk(ended) if ended else translate("documents", "current")
        rows.append([role, uk(started), state])
    return rows


def requirement_words(req: RecordRequirement) -> str:
    """The state and its date in words, without its mark: "overdue since 3 Mar 2026"."""
    return req.words or wording.state_words(req.state, req.when)


def completion_rows(data: LearningRecordData) -> list[list[str]]:
    return [
        [
            uk(c.completed_on),
            f"{c.code} {c.title}",
            hours_text(c.hours),
            uk(c.expires_on) if c.expires_on else translate("documents", "does not expire"),
        ]
        for c in data.completions
    ]


def cpl_rows(data: LearningRecordData) -> list[list[str]]:
    return [[str(y), str(n), hours_text(h), hours_text(p)] for y, n, h, p in data.cpl_by_year]


def period_rows(data: LearningRecordData) -> tuple[list[list[str]], list[str]]:
    """The period's entries, and the total row beneath them."""
    rows = [
        [uk(d), title, kind, provider, "yes" if together else "no", hours_text(h)]
        for d, title, kind, provider, together, h in data.period_entries
    ]
    return rows, total_row([e[5] for e in data.period_entries], len(PERIOD_HEAD), 5)


def private_words(n: int) -> str:
    """What an organisation's copy says of reflections whose words stay in the worker's own copy."""
    if n == 1:
        return translate(
            "documents",
            "1 reflection is kept in the worker's own copy: this copy holds that it was written, not its words.",
        )
    return fill(
        translate(
            "documents",
            "%1 reflections are kept in the worker's own copy: this copy holds that they were written, not their "
            "words.",
        ),
        n,
    )


def reflection_parts(r: RecordReflection) -> list[tuple[str, str]]:
    """(label, text) of each part the worker wrote."""
    parts = (
        ("What I learned", r.learned),
        ("How it will change my practice", r.practice_change),
        (r.prompt, r.prompt_response),
    )
    return [(label, text) for label, text in parts if text.strip()]


class LearningRecord(Document):
    title = QT_TRANSLATE_NOOP("documents", "Learning record")
    subject = QT_TRANSLATE_NOOP(
        "documents", "Individual learning record: foundation learning and continuous professional learning"
    )

    def document_title(self, data: LearningRecordData) -> str:
        return fill(translate("documents", "Learning record: %1"), data.name)

    def story(self, data: LearningRecordData) -> list[Flowable]:
        s: list[Flowable] = self.heading_block(
            fill(translate("documents", "Learning record: %1"), data.name),
            "<br/>".join(esc(line) for line in subtitle_lines(data)),
        )
        s.append(self.p("Roles", "h2"))
        s.append(self.table([tr_all(ROLES_HEAD), *role_rows(data)], widths=[110 * mm, 35 * mm, 35 * mm]))
        s.append(self.p("Where this worker stands", "h2"))
        if data.requirements:
            rows = [tr_all(REQUIREMENTS_HEAD)]
            fills = []
            for i, req in enumerate(data.requirements, start=1):
                rows.append([req.label, f"{STATE_MARK[req.state]} {requirement_words(req)}"])
                fills.append((1, i, STATE_FILL[req.state]))
            s.append(self.table(rows, widths=[95 * mm, 85 * mm], fills=fills, zebra=False))
        else:
            s.append(self.p(tr(NO_REQUIREMENTS)))
        s.append(self.p("Learning completed", "h2"))
        if data.completions:
            s.append(
                self.table(
                    [tr_all(COMPLETIONS_HEAD), *completion_rows(data)], widths=[26 * mm, 104 * mm, 16 * mm, 34 * mm]
                )
            )
        else:
            s.append(self.p(tr(NO_COMPLETIONS)))
        s.append(self.p(tr(CPL_TITLE), "h2"))
        if data.cpl_by_year:
            s.append(self.table([tr_all(CPL_HEAD), *cpl_rows(data)], widths=[30 * mm, 30 * mm, 30 * mm, 40 * mm]))
        else:
            s.append(self.p(tr(NO_CPL)))
        if data.period_title:
            s.append(self.p(esc(fill(translate("documents", "Learning in %1"), data.period_title)), "h3"))
            if data.period_entries:
                rows, totals = period_rows(data)
                s.append(
                    self.table(
                        [tr_all(PERIOD_HEAD), *rows, totals],
                        widths=[24 * mm, 68 * mm, 22 * mm, 34 * mm, 17 * mm, 15 * mm],
                    )
                )
            else:
                s.append(self.p(tr(NO_PERIOD_LEARNING)))
        if data.cycle_lines:  # a few lines: kept whole, with their heading, on one page
            s.append(KeepTogether([self.p("Regulator cycle", "h3"), *(self.p(line) for line in data.cycle_lines)]))
        # the heading, its line (two lines at most) and the closing words below them need
        # about this much room: with less left on the page they start the next one together,
        # so the heading never stands alone at the foot of a page
        s.append(CondPageBreak(SUPERVISION_ROOM))
        s.append(self.p("Reflective supervision", "h3"))
        s.append(self.p(data.supervision_line))
        if data.reflections is not None:
            title = self.p(tr(REFLECTIONS_TITLE), "h2")
            lead = [title, self.p(private_words(data.reflections_private))] if data.reflections_private else [title]
            if not data.reflections:
                s.append(KeepTogether(lead if data.reflections_private else [title, self.p(tr(NO_REFLECTIONS))]))
            for n, r in enumerate(data.reflections):
                block: list[Flowable] = [self.p(f"{uk(r.occurred_on)} · {esc(r.title)}", "h3")]
                for label, text in reflection_parts(r):
                    block.append(self.p(f"<b>{esc(label)}</b>", "small"))
                    block.append(self.p(esc(text).replace("\n", "<br/>"), "quote"))
                s.append(KeepTogether([*lead, *block] if n == 0 else block))  # the heading never alone
        # the closing words never stand alone on a last page
        s.append(KeepTogether([s.pop(), Spacer(1, 8 * mm), self.p(tr(CLOSING), "small")]))
        return s
