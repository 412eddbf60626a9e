"""Dates: stored as ISO text, shown UK-style (22 Nov 2026)."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from planner.core.errors import UserError
from planner.core.i18n import fill, translate

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def uk(d: date | None) -> str:
    """22 Nov 2026; an empty string for no date."""
    if d is None:
        return ""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def parse_iso(text: str) -> date:
    """Parse YYYY-MM-DD, with a message a person can act on."""
    try:
        text = text.strip()
        if not _ISO_DAY.fullmatch(text):  # not week dates (2026-W47-1) or 20261122
            raise ValueError(text)
        return date.fromisoformat(text)
    except (ValueError, AttributeError):
        raise UserError(fill(translate("dates", "'%1' is not a date: use YYYY-MM-DD, e.g. 2026-11-22"), text)) from None


def iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def local_date(stamp: str) -> date:
    """The day, on this computer's clock, of an ISO timestamp stored with its zone (UTC)."""
    moment = datetime.fromisoformat(stamp)
    return (moment.astimezone() if moment.tzinfo else moment).date()


def add_months(d: date, months: int) -> date:
    """Same day n months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = d.month - 1 + months
    year = d.year + month_index // 12
    month = month_index % 12 + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)
