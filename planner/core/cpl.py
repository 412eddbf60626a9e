"""Continuous professional learning (CPL): the entries a worker records, and the checks on them.

The vocabularies here (types, SSSC core learning elements, what-matters prompts, career
pathways) are data that the GUI, the CLI and the regulator rules share.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from planner.core.errors import UserError
from planner.core.hours import check_hours
from planner.core.i18n import QT_TRANSLATE_NOOP, fill, translate

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
    ("rights", QT_TRANSLATE_NOOP("cpl", "Rights-based and ethical practice")),
    ("communication", QT_TRANSLATE_NOOP("cpl", "Communication and relationships")),
    ("wellbeing", QT_TRANSLATE_NOOP("cpl", "Wellbeing and support")),
    ("protection", QT_TRANSLATE_NOOP("cpl", "Protection")),
    ("knowledge", QT_TRANSLATE_NOOP("cpl", "Knowledge for your role")),
    ("reflective", QT_TRANSLATE_NOOP("cpl", "Reflective practice")),
    ("leadership", QT_TRANSLATE_NOOP("cpl", "Leadership and quality assurance")),
    ("self-awareness", QT_TRANSLATE_NOOP("cpl", "Self-awareness and reflexivity (social workers)")),
    ("professional-leadership", QT_TRANSLATE_NOOP("cpl", "Professional leadership (social workers)")),
)
SSSC_ELEMENT_NAMES = dict(SSSC_ELEMENTS)
SOCIAL_WORKER_ONLY = ("self-awareness", "professional-leadership")

# Topics that regulators ask for by name. Trauma and child protection are also frameworks: learning
# in those frameworks covers the topic. Adult support and protection has no framework here.
TOPICS = (
    ("trauma", QT_TRANSLATE_NOOP("cpl", "Trauma-informed learning")),
    ("child-protection", QT_TRANSLATE_NOOP("cpl", "Child protection")),
    ("adult-protection", QT_TRANSLATE_NOOP("cpl", "Adult support and protection")),
)
TOPIC_NAMES = dict(TOPICS)
FRAMEWORK_TOPICS = ("trauma", "child-protection")  # framework codes that are topics too
# SSSC: communication and relationships must include trauma-informed learning, and protection must
# include child and adult protection, so learning on those topics covers those elements.
TOPIC_ELEMENTS = {"trauma": "communication", "child-protection": "protection", "adult-protection": "protection"}

# How a catalogue module's delivery is recorded as CPL, and whether it is participatory (learning
# with others) unless the person says otherwise.
DELIVERY_TYPES = {
    "animation": "e-learning",
    "e-learning": "e-learning",
    "workshop": "workshop",
    "course": "course",
    "qualification": "qualification",
    "reading": "reading",
    "shadowing": "shadowing",
    "other": "other",
}
PARTICIPATORY_DELIVERIES = ("workshop", "course", "shadowing")

# Optional prompts drawn from what matters to children (the promise).
WHAT_MATTERS_PROMPTS = (
    (
        "loved",
        QT_TRANSLATE_NOOP("cpl", "How could this help the children I work with feel safe, loved and cared about?"),
    ),
    ("rights", QT_TRANSLATE_NOOP("cpl", "How does this change the way I uphold children's rights day to day?")),
    (
        "stigma",
        QT_TRANSLATE_NOOP("cpl", "What will I do differently so children and families feel less judged or labelled?"),
    ),
)
PROMPT_TEXT = dict(WHAT_MATTERS_PROMPTS)


def element_name(code: str) -> str:
    """An SSSC core learning element's name as people read it (in the interface's language)."""
    return translate("cpl", SSSC_ELEMENT_NAMES[code])


def topic_name(code: str) -> str:
    return translate("cpl", TOPIC_NAMES[code])


def prompt_text(code: str) -> str:
    """A what-matters prompt's question, or "" for none."""
    return translate("cpl", PROMPT_TEXT[code]) if code in PROMPT_TEXT else ""


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
    reflective_account: bool = False  # NMC: a written reflective account on the NMC form
    completion_id: str | None = None  # the catalogue completion this entry is (one event)
    source: str = "cpl"  # how it was recorded: cpl, pathway, session, import, example
    # A reflection was written (its text may be private to the worker's own copy), and the
    # worker shared its text through an exchange pack.
    reflection_written: bool = False
    reflection_shared: bool = False

    @property
    def has_reflection(self) -> bool:
        return self.reflection_written or self.has_reflection_text

    @property
    def has_reflection_text(self) -> bool:
        """This copy holds the reflection's words (the worker's own copy, or they shared it)."""
        return bool(self.learned.strip() or self.practice_change.strip() or self.prompt_response.strip())


def check_entry(occurred_on: date, title: str, kind: str, hours: float, today: date) -> None:
    """Raise ValueError with a message a person can act on; the entry is not saved."""
    if occurred_on > today:
        raise UserError(translate("cpl", "The date is in the future: record learning once it has happened."))
    if occurred_on.year < 1900:
        raise UserError(fill(translate("cpl", "%1 is before 1900: check the year."), occurred_on.isoformat()))
    if not title.strip():
        raise UserError(translate("cpl", "Give the learning a title."))
    if kind not in CPL_TYPES:
        raise UserError(fill(translate("cpl", "Type must be one of: %1."), ", ".join(CPL_TYPES)))
    check_hours(hours)


TEXT_LIMITS = {  # characters: enough for any real entry, few enough to print on a page
    "title": ("title", 300),
    "provider": ("provider", 200),
    "learned": ("reflection on what was learned", 20_000),
    "practice_change": ("reflection on practice", 20_000),
    "prompt_response": ("answer to the prompt", 20_000),
}


def check_lengths(fields: Mapping[str, object]) -> None:
    """Refuse text too long to be an entry (a pasted document, say), with the limit."""
    for key, (what, limit) in TEXT_LIMITS.items():
        value = fields.get(key)
        if isinstance(value, str) and len(value) > limit:
            raise UserError(
                fill(
                    translate("cpl", "The %1 is %2 characters long: keep it to %3."),
                    what,
                    format(len(value), ","),
                    format(limit, ","),
                )
            )


def cpl_type(delivery: str) -> str:
    return DELIVERY_TYPES.get(delivery, "course")


def default_participatory(delivery: str, via_session: bool = False) -> bool:
    """Sessions and workshops are participatory; e-learning and reading are not."""
    return via_session or delivery in PARTICIPATORY_DELIVERIES
