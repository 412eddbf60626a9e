"""What a service call changed, so that the UI can refresh from one place."""

from __future__ import annotations

from enum import Flag, auto


class Changed(Flag):
    NOTHING = 0
    CATALOGUE = auto()  # frameworks, levels, modules, roles
    PEOPLE = auto()  # teams, workers, their roles
    RECORDS = auto()  # completions
    SETTINGS = auto()
    SESSIONS = auto()  # training sessions and bookings
    EVERYTHING = CATALOGUE | PEOPLE | RECORDS | SETTINGS | SESSIONS
