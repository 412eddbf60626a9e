"""Planning rules: which of a worker's needs a training session would meet first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.core.status import State


@dataclass(frozen=True)
class Candidate:
    worker_key: str
    requirement: str  # the step the module would satisfy, e.g. "Child protection – Wider"
    state: State
    when: date | None


def urgency(c: Candidate) -> tuple[int, date]:
    """Most pressing first: the worst state, then the earliest date."""
    return (-c.state.severity, c.when or date.max)
