"""Reflective supervision sessions and the checks on them. Whether a worker keeps to their
role's target frequency is a status rule: see ``planner.core.status.supervision_status``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.core.errors import UserError
from planner.core.i18n import fill, translate

SUPERVISION_KINDS = ("one-to-one", "group", "peer", "coaching")


@dataclass(frozen=True)
class SupervisionSession:
    id: str
    occurred_on: date
    kind: str
    minutes: int
    supervisor: str = ""
    topics: str = ""
    private_notes: str = ""
    prompt: str = ""
    prompt_response: str = ""


def check_session(occurred_on: date, kind: str, minutes: int, today: date) -> None:
    if occurred_on > today:
        raise UserError(translate("supervision", "The date is in the future: record supervision once it has happened."))
    if kind not in SUPERVISION_KINDS:
        raise UserError(fill(translate("supervision", "Kind must be one of: %1."), ", ".join(SUPERVISION_KINDS)))
    if minutes <= 0:
        raise UserError(translate("supervision", "A session lasts at least one minute."))
    if minutes > 24 * 60:
        raise UserError(translate("supervision", "A session cannot last more than a day."))
