"""Hours of learning: kept in quarter hours and shown exactly as recorded (1.25, 1.5, 2), so a
printed total always equals the sum of its printed rows."""

from __future__ import annotations

import math

from planner.core.errors import UserError
from planner.core.i18n import fill, translate

HOURS_STEP = 0.25
MAX_HOURS = 1000.0


def check_hours(hours: float) -> None:
    """Raise ValueError with a message a person can act on."""
    if not isinstance(hours, (int, float)) or math.isnan(hours) or math.isinf(hours):
        raise UserError(translate("hours", "Hours must be a number, such as 1.5."))
    if hours < 0:
        raise UserError(translate("hours", "Hours cannot be negative."))
    if hours > MAX_HOURS:
        raise UserError(
            fill(
                translate("hours", "%1 hours is more than one entry can hold (%2): split it up."),
                format(hours, "g"),
                format(MAX_HOURS, "g"),
            )
        )
    if abs(hours / HOURS_STEP - round(hours / HOURS_STEP)) > 1e-9:
        raise UserError(translate("hours", "Hours are recorded in quarter hours (0.25, 0.5, 0.75 …)."))


def hours_text(hours: float | None) -> str:
    """1.25 → "1.25", 1.5 → "1.5", 2.0 → "2", None → ""."""
    if hours is None:
        return ""
    text = f"{round(hours * 4) / 4:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def total(values: list[float]) -> float:
    """A sum of quarter hours, exact (quarter hours add up without rounding error)."""
    return sum(round(v * 4) for v in values) / 4
