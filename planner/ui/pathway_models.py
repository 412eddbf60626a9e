"""The tables of a worker's pathway: each requirement with its state in words, the next steps in
order, and the learning completed (with when it expires)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.core.cpl import CplEntry
from planner.core.dates import add_months
from planner.core.i18n import fill, translate
from planner.core.model import Module
from planner.core.pathway import PathwayStep
from planner.core.status import RequirementStatus, State
from planner.core.wording import state_words
from planner.ui.presentation import dark_text, hours, state_brush, state_text, uk_date
from planner.ui.table_model import Column, RowsModel

HOW_RECORDED = {
    "pathway": QT_TRANSLATE_NOOP("Pathway", "pathway"),
    "session": QT_TRANSLATE_NOOP("Pathway", "session attended"),
    "cpl": QT_TRANSLATE_NOOP("Pathway", "learning log"),
    "example": QT_TRANSLATE_NOOP("Pathway", "example"),
    "import": QT_TRANSLATE_NOOP("Pathway", "import"),
}


def _when(state: State, due: date | None, expires: date | None, stage: str = "") -> str:
    if state is State.EXPIRED and expires:
        return fill(translate("status", "expired %1"), uk_date(expires))
    if state.needs_action and due:
        return state_words(state.value, due) + (f" ({stage})" if stage else "")
    if expires:
        return fill(translate("status", "expires %1"), uk_date(expires))
    return ""


@dataclass(frozen=True)
class ShownRequirement(RequirementStatus):
    """A requirement with its date in words, as the record and ``planner status`` say it."""

    phrase: str = ""


class RequirementsModel(RowsModel[RequirementStatus]):
    REQUIREMENT, STATE, WHEN, COMPLETED = range(4)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "Requirement"), lambda r: r.label),
        Column(
            QT_TRANSLATE_NOOP("Column", "State"),
            lambda r: state_text(r.state),
            sort=lambda r: r.state.severity,
            background=lambda r: state_brush(r.state),
            foreground=lambda r: dark_text(),
            tooltip=lambda r: f"{r.label}: {getattr(r, 'phrase', '') or r.state.value}",
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Date"),
            lambda r: getattr(r, "phrase", "") or _when(r.state, r.due_date, r.expires_on),
            sort=lambda r: r.due_date or r.expires_on or date.max,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Last completed"),
            lambda r: uk_date(r.completed_on),
            sort=lambda r: r.completed_on or date.min,
        ),
    )


def _options(step: PathwayStep) -> str:
    if step.requirement_key == "supervision":
        return QCoreApplication.translate("Pathway", "record a supervision session (Supervision tab)")
    if step.requirement_key.startswith("sssc-"):
        return QCoreApplication.translate("Pathway", "record the date on the Registration tab")
    if not step.options:
        return QCoreApplication.translate("Pathway", "no module in the catalogue yet")
    return "; ".join(f"{m.code} {m.title}" + (f" ({m.hours:.1f} h)" if m.hours else "") for m in step.options)


class StepsModel(RowsModel[tuple[int, PathwayStep]]):
    ORDER, STEP, STATE, WHEN, MODULES = range(5)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "#"), lambda r: str(r[0]), sort=lambda r: r[0], align_right=True),
        Column(QT_TRANSLATE_NOOP("Column", "Next step"), lambda r: r[1].label),
        Column(
            QT_TRANSLATE_NOOP("Column", "State"),
            lambda r: state_text(r[1].state),
            sort=lambda r: r[1].state.severity,
            background=lambda r: state_brush(r[1].state),
            foreground=lambda r: dark_text(),
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Date"), lambda r: _when(r[1].state, r[1].due_date, r[1].expires_on, r[1].stage)
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Modules that would satisfy it"),
            lambda r: _options(r[1]),
            tooltip=lambda r: _options(r[1]),
        ),
    )


class CompletionsModel(RowsModel[tuple[CplEntry, Module | None]]):
    """The worker's completions of catalogue modules: learning in their one history."""

    DATE, MODULE, HOURS, PROVIDER, WITH_OTHERS, HOW, EXPIRES = range(7)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Column", "Completed"),
            lambda r: uk_date(r[0].occurred_on),
            sort=lambda r: r[0].occurred_on,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Module"),
            lambda r: f"{r[1].code} {r[1].title}" if r[1] else r[0].title,
            tooltip=lambda r: f"{r[1].code} {r[1].title}" if r[1] else r[0].title,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Hours"),
            lambda r: hours(r[0].hours),
            sort=lambda r: r[0].hours,
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Provider"), lambda r: r[0].provider),
        Column(QT_TRANSLATE_NOOP("Column", "With others"), lambda r: "yes" if r[0].participatory else "no"),
        Column(
            QT_TRANSLATE_NOOP("Column", "Recorded from"),
            lambda r: QCoreApplication.translate("Pathway", HOW_RECORDED.get(r[0].source, r[0].source)),
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Expires"), lambda r: _expires_text(r), sort=lambda r: _expiry(r) or date.max
        ),
    )


def _expiry(r: tuple[CplEntry, Module | None]) -> date | None:
    m = r[1]
    return add_months(r[0].occurred_on, m.renewal_months) if m and m.renewal_months else None


def _expires_text(r: tuple[CplEntry, Module | None]) -> str:
    when = _expiry(r)
    return uk_date(when) if when else QCoreApplication.translate("Pathway", "does not expire")
