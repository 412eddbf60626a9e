"""Continuous professional learning (CPL): the entries a worker records, and the checks on them.

The vocabularies here (types, SSSC core learning elements, what-matters prompts, career
pathways) are data that the GUI, the CLI and the regulator rules share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CPL_TYPES = (
    "course",
    "e-learning",
    "workshop",
    "reading",
    "shadowing",
    "supervision",
    "peer learning",
    "conference",
    "qualification",
    "badge",
    "other",
)

# SSSC's core learning elements (model in force since June 2024). The last two apply to
# social workers only.
SSSC_ELEMENTS = (
    ("rights", "Rights-based and ethical practice"),
    ("communication", "Communication and relationships"),
    ("wellbeing", "Wellbeing and support"),
    ("protection", "Protection"),
    ("knowledge", "Knowledge for your role"),
    ("reflective", "Reflective practice"),
    ("leadership", "Leadership and quality assurance"),
    ("self-awareness", "Self-awareness and reflexivity (social workers)"),
    ("professional-leadership", "Professional leadership (social workers)"),
)
SSSC_ELEMENT_NAMES = dict(SSSC_ELEMENTS)
SOCIAL_WORKER_ONLY = ("self-awareness", "professional-leadership")

# Topics that regulators ask for by name and that no framework level captures.
TOPICS = (("adult-protection", "Adult support and protection"),)

# Optional prompts drawn from what matters to children (the promise).
WHAT_MATTERS_PROMPTS = (
    ("loved", "How could this help the children I work with feel safe, loved and cared about?"),
    ("rights", "How does this change the way I uphold children's rights day to day?"),
    ("stigma", "What will I do differently so children and families feel less judged or labelled?"),
)
PROMPT_TEXT = dict(WHAT_MATTERS_PROMPTS)

SSSC_CAREER_PATHWAYS = (
    "New to role",
    "Return to practice",
    "Working towards a professional qualification",
    "Keeping practice up to date",
    "Specialising",
    "Changing jobs",
    "Preparing to retire",
    "Career break",
)

HOURS_STEP = 0.25
MAX_HOURS = 1000.0


@dataclass(frozen=True)
class CplEntry:
    id: str
    occurred_on: date
    title: str
    kind: str
    hours: float
    participatory: bool = False
    provider: str = ""
    module_id: str | None = None
    frameworks: tuple[str, ...] = ()  # framework codes ("trauma", "child-protection", ...)
    sssc_elements: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    learned: str = ""
    practice_change: str = ""
    prompt: str = ""
    prompt_response: str = ""
    evidence_count: int = 0

    @property
    def has_reflection(self) -> bool:
        return bool(self.learned.strip() or self.practice_change.strip() or self.prompt_response.strip())


def check_entry(occurred_on: date, title: str, kind: str, hours: float, today: date) -> None:
    """Raise ValueError with a message a person can act on; the entry is not saved."""
    if occurred_on > today:
        raise ValueError("The date is in the future: record learning once it has happened.")
    if not title.strip():
        raise ValueError("Give the learning a title.")
    if kind not in CPL_TYPES:
        raise ValueError(f"Type must be one of: {', '.join(CPL_TYPES)}.")
    check_hours(hours)


def check_hours(hours: float) -> None:
    if hours < 0:
        raise ValueError("Hours cannot be negative.")
    if hours > MAX_HOURS:
        raise ValueError(f"{hours:g} hours is more than one entry can hold ({MAX_HOURS:g}): split it up.")
    if abs(hours / HOURS_STEP - round(hours / HOURS_STEP)) > 1e-9:
        raise ValueError("Hours are recorded in quarter hours (0.25, 0.5, 0.75 …).")
