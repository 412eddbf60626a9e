"""Each regulator's cycle, and where a worker stands in the cycle that contains a chosen date.

All of them count the worker's one learning history (:mod:`planner.core.history`): CPL entries,
including the completions of catalogue modules, with what each covers worked out once.

- **SSSC** (model in force since June 2024): an annual declaration on the worker's own date (their
  registration anniversary). No hours, but every year must include trauma-informed learning,
  child protection and adult support and protection; learning is mapped to the core learning
  elements, two more for the social worker part of the Register. New staff apply to register
  within 3 months of starting and are registered within 6. Funded early learning and childcare
  settings log a number of hours a year (an organisation setting that shows its source).
- **NMC**: revalidation every 3 years from the registrant's own renewal date; with no date, no
  verdict. 35 hours of CPD (20 participatory), 5 written reflective accounts, 5 pieces of
  practice-related feedback, a reflective discussion, a confirmer, practice hours, health and
  character, indemnity: a checklist a line manager can confirm.
- **GTCS**: Professional Update sets no hours: details updated each year, a professional learning
  record, professional review and development (PRD), and sign-off every 5 years by 1 July of the
  sign-off year (Associate status is exempt). 35 hours a year is contractual (SNCT), only for
  teachers on SNCT terms, counted over the school session (from 1 August).
- **None**: totals by calendar year.

A cycle ends on its anchor date and covers the period before it: learning on the anchor date
counts in the cycle that ends then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from planner.core.cpl import (
    SOCIAL_WORKER_ONLY,
    SSSC_ELEMENTS,
    CplEntry,
    element_name,
    topic_name,
)
from planner.core.dates import add_months, uk
from planner.core.hours import hours_text, total
from planner.core.i18n import QT_TRANSLATE_NOOP, cached, fill, translate

SSSC_APPLY_MONTHS = 3
SSSC_REGISTER_MONTHS = 6
DEFAULT_ELC_HOURS = 12.0
ELC_HOURS_SOURCE = (
    "SSSC CPL frequently asked questions (learn.sssc.uk.com/cpl/faq): 12 hours a year in funded "
    "early learning and childcare settings; not confirmed elsewhere, so check it locally"
)
NMC_PRACTICE_HOURS = 450.0
NMC_DUAL_PRACTICE_HOURS = 900.0

# Parts of the SSSC Register. The social worker part (and Care Inspectorate authorised officers)
# adds two core learning elements; this follows the register part, not the team's sector.
SSSC_REGISTER_PARTS = (
    "Social worker",
    "Social work student",
    "Care Inspectorate authorised officer",
    "Manager of a residential child care service",
    "Supervisor in a residential child care service",
    "Worker in a residential child care service",
    "Manager of a day care of children service",
    "Practitioner in a day care of children service",
    "Support worker in a day care of children service",
    "Social service worker",
)
SOCIAL_WORKER_PARTS = ("social worker", "care inspectorate authorised officer")

SSSC_CAREER_PATHWAYS = (
    "New to role",
    "Newly qualified social worker (NQSW) supported year",
    "Return to practice",
    "Working towards a professional qualification",
    "Keeping practice up to date",
    "Specialising",
    "Changing jobs",
    "Preparing to retire",
    "Career break",
)
NQSW_PATHWAY = SSSC_CAREER_PATHWAYS[1]


def on_social_worker_part(register_part: str) -> bool:
    return register_part.strip().casefold() in SOCIAL_WORKER_PARTS


@dataclass(frozen=True)
class RegulatorRule:
    code: str
    name: str
    cycle_years: int
    anchor_label: str = ""


RULES: dict[str, RegulatorRule] = {
    "SSSC": RegulatorRule(
        "SSSC",
        QT_TRANSLATE_NOOP("regulators", "Scottish Social Services Council"),
        1,
        QT_TRANSLATE_NOOP("regulators", "Registration anniversary (annual declaration)"),
    ),
    "NMC": RegulatorRule(
        "NMC",
        QT_TRANSLATE_NOOP("regulators", "Nursing and Midwifery Council"),
        3,
        QT_TRANSLATE_NOOP("regulators", "Revalidation (renewal) date"),
    ),
    "GTCS": RegulatorRule(
        "GTCS",
        QT_TRANSLATE_NOOP("regulators", "General Teaching Council for Scotland"),
        1,
        QT_TRANSLATE_NOOP("regulators", "School session"),
    ),
    "none": RegulatorRule("none", QT_TRANSLATE_NOOP("regulators", "No regulator"), 1),
}


@dataclass(frozen=True)
class Registration:
    """What a worker tells the app about their registration (all optional)."""

    declaration_on: date | None = None  # SSSC: registration anniversary, when the declaration is due
    career_pathway: str = ""  # SSSC
    funded_elc: bool = False  # SSSC: works in a funded early learning and childcare setting
    revalidation_on: date | None = None  # NMC: renewal date
    signoff_on: date | None = None  # GTCS: Professional Update sign-off (due by 1 July of its year)
    applied_on: date | None = None  # SSSC: applied to register
    registered_on: date | None = None  # SSSC: registered
    snct: bool = False  # GTCS: on SNCT terms (35 hours of CPD a year)
    associate: bool = False  # GTCS: Fully Registered (Associate): exempt from sign-off
    details_updated_on: date | None = None  # GTCS: MyGTCS details last updated
    prd_on: date | None = None  # GTCS: last professional review and development meeting
    # From the worker's own record, not stored with the registration:
    social_worker: bool = False  # SSSC: on the social worker part of the Register
    registration_no: str = ""


@dataclass(frozen=True)
class Revalidation:
    """An NMC revalidation checklist for the cycle that ends on ``cycle_end``."""

    cycle_end: date
    practice_hours: float = 0.0
    dual_registration: bool = False  # nurse and midwife: 900 practice hours
    feedback: int = 0  # pieces of practice-related feedback
    discussion_on: date | None = None  # reflective discussion
    discussion_with: str = ""
    confirmer: str = ""
    confirmed_on: date | None = None
    health_character: bool = False
    indemnity: bool = False


@dataclass(frozen=True)
class RegulatorSettings:
    elc_hours: float = DEFAULT_ELC_HOURS
    elc_source: str = ELC_HOURS_SOURCE


@dataclass(frozen=True)
class Check:
    code: str
    label: str
    met: bool
    detail: str
    evidence: tuple[CplEntry, ...] = ()  # the learning that meets it


@dataclass(frozen=True)
class CycleSummary:
    regulator: RegulatorRule
    start: date | None  # first day of the cycle (None: no verdict until a date is given)
    end: date | None  # last day
    anchor_set: bool
    hours: float
    participatory_hours: float
    reflections: int  # entries with a written reflection
    reflective_accounts: int  # entries marked as NMC written reflective accounts
    entries: tuple[CplEntry, ...]  # the cycle's learning, oldest first
    checks: tuple[Check, ...]
    elements_covered: tuple[str, ...] = ()
    elements_missing: tuple[str, ...] = ()
    signoff_due: date | None = None
    signoff_exempt: bool = False
    notes: tuple[str, ...] = ()
    hours_by_year: dict[int, float] = field(default_factory=dict)
    revalidation: Revalidation | None = None

    @property
    def needs_date(self) -> bool:
        return self.start is None

    def check(self, code: str) -> Check | None:
        return next((c for c in self.checks if c.code == code), None)


def cycle_bounds(anchor: date | None, years: int, on: date) -> tuple[date, date]:
    """The cycle containing ``on``: (first day, last day), both inclusive. Without an anchor,
    the calendar year."""
    if anchor is None:
        return date(on.year, 1, 1), date(on.year, 12, 31)
    months = 12 * years
    end = anchor
    while end < on:  # the anchor has passed: the next cycle ends one period later
        end = add_months(end, months)
    while add_months(end, -months) >= on:  # the anchor is far ahead: step back
        end = add_months(end, -months)
    start = add_months(end, -months)
    return date.fromordinal(start.toordinal() + 1), end


def school_session(on: date) -> tuple[date, date]:
    """The school session containing ``on``: 1 August to 31 July."""
    first = date(on.year if on.month >= 8 else on.year - 1, 8, 1)
    return first, date(first.year + 1, 7, 31)


def sssc_anchor(reg: Registration) -> date | None:
    """The last day of a registration year: the declaration date the worker gave, else the day
    before the anniversary of their registration (a year runs from the registration date)."""
    if reg.declaration_on is not None:
        return reg.declaration_on
    return reg.registered_on - timedelta(days=1) if reg.registered_on is not None else None


@dataclass(frozen=True)
class RegistrationStep:
    key: str
    label: str
    due_date: date
    done: bool
    done_on: date | None


def sssc_registration_steps(started_on: date, reg: Registration, on: date) -> tuple[RegistrationStep, ...]:
    """A new SSSC worker applies to register within 3 months of starting and is registered
    within 6 (see :func:`sssc_registration_done`)."""
    (applied, applied_on), (registered, registered_on) = sssc_registration_done(reg, on)
    apply, register = SSSC_STEPS
    return (
        RegistrationStep(apply, sssc_step_label(apply), add_months(started_on, SSSC_APPLY_MONTHS), applied, applied_on),
        RegistrationStep(
            register, sssc_step_label(register), add_months(started_on, SSSC_REGISTER_MONTHS), registered, registered_on
        ),
    )


SSSC_STEPS = ("sssc-apply", "sssc-register")


@cached
def sssc_step_label(key: str) -> str:
    """What a registration requirement ("sssc-apply", "sssc-register") is called wherever it is listed."""
    if key == SSSC_STEPS[0]:
        return fill(
            translate("regulators", "SSSC registration: apply (within %1 months of starting)"), SSSC_APPLY_MONTHS
        )
    return fill(
        translate("regulators", "SSSC registration: registered (within %1 months of starting)"), SSSC_REGISTER_MONTHS
    )


def sssc_registration_done(reg: Registration, on: date) -> tuple[tuple[bool, date | None], tuple[bool, date | None]]:
    """((applied?, when), (registered?, when)) as on a date. A registration number, or a
    registration date on or before ``on``, means registered; registered means applied."""
    if reg.registered_on is not None:
        registered = reg.registered_on <= on
    else:
        registered = bool(reg.registration_no.strip())
    applied = registered or (reg.applied_on is not None and reg.applied_on <= on)
    applied_on = (
        reg.applied_on
        if reg.applied_on is not None and reg.applied_on <= on
        else (reg.registered_on if registered else None)
    )
    return (applied, applied_on), (registered, reg.registered_on if registered else None)


def summarise(
    regulator: str,
    registration: Registration,
    history: Iterable[CplEntry],
    on: date,
    settings: RegulatorSettings | None = None,
    revalidation: Revalidation | None = None,
    started_on: date | None = None,
) -> CycleSummary:
    """Where the worker stands in the cycle containing ``on``. ``history`` is their learning with
    its coverage worked out (:func:`planner.core.history.history`); ``started_on`` is when they
    started their current roles (for the SSSC's registration deadlines)."""
    settings = settings or RegulatorSettings()
    rule = RULES.get(regulator, RULES["none"])
    all_entries = sorted(history, key=lambda e: e.occurred_on)
    by_year: dict[int, list[float]] = {}
    for e in all_entries:
        by_year.setdefault(e.occurred_on.year, []).append(e.hours)
    hours_by_year = {y: total(v) for y, v in sorted(by_year.items())}
    notes: list[str] = []
    anchor_set = True
    if rule.code == "SSSC":
        anchor = sssc_anchor(registration)
        anchor_set = anchor is not None
        start, end = cycle_bounds(anchor, 1, on)
        if not anchor_set:
            notes.append(
                translate(
                    "regulators",
                    "Give the registration anniversary (the date the annual declaration is due) to follow the "
                    "worker's own year; until then this shows the calendar year.",
                )
            )
    elif rule.code == "NMC":
        if registration.revalidation_on is None:
            notes.append(
                translate(
                    "regulators",
                    "Give the revalidation (renewal) date: the NMC's three-year cycle runs from it, so "
                    "nothing is judged until it is known.",
                )
            )
            return CycleSummary(
                rule, None, None, False, 0.0, 0.0, 0, 0, (), (), notes=tuple(notes), hours_by_year=hours_by_year
            )
        start, end = cycle_bounds(registration.revalidation_on, 3, on)
    elif rule.code == "GTCS":
        start, end = school_session(on)
    else:
        start, end = date(on.year, 1, 1), date(on.year, 12, 31)
    mine = tuple(e for e in all_entries if start <= e.occurred_on <= end)
    hours = total([e.hours for e in mine])
    participatory = total([e.hours for e in mine if e.participatory])
    accounts = tuple(e for e in mine if e.reflective_account)
    checks: list[Check] = []
    covered: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    signoff_due = None
    exempt = False
    if rule.code == "SSSC":
        if started_on is not None:
            for step in sssc_registration_steps(started_on, registration, on):
                detail = (
                    (fill(translate("regulators", "done %1"), uk(step.done_on)) if step.done_on else "done")
                    if step.done
                    else fill(translate("regulators", "due by %1"), uk(step.due_date))
                )
                checks.append(Check(step.key, step.label, step.done, detail))
        for code in ("trauma", "child-protection", "adult-protection"):
            evidence = tuple(e for e in mine if code in e.topics)
            checks.append(
                Check(
                    code,
                    fill(translate("regulators", "%1 this year"), topic_name(code)),
                    bool(evidence),
                    _evidence_detail(evidence),
                    evidence,
                )
            )
        if registration.funded_elc:
            checks.append(
                _hours_check(
                    "elc-hours",
                    translate("regulators", "Hours in a funded early learning and childcare setting"),
                    mine,
                    hours,
                    settings.elc_hours,
                )
            )
        wanted = [c for c, _ in SSSC_ELEMENTS if registration.social_worker or c not in SOCIAL_WORKER_ONLY]
        got = {el for e in mine for el in e.sssc_elements}
        covered = tuple(element_name(c) for c in wanted if c in got)
        missing = tuple(element_name(c) for c in wanted if c not in got)
    elif rule.code == "NMC":
        rv = revalidation if revalidation is not None and revalidation.cycle_end == end else Revalidation(end)
        checks.append(_hours_check("cpd-hours", translate("regulators", "CPD hours"), mine, hours, 35))
        checks.append(
            _hours_check(
                "participatory-hours",
                translate("regulators", "of which participatory"),
                tuple(e for e in mine if e.participatory),
                participatory,
                20,
            )
        )
        checks.append(
            Check(
                "reflective-accounts",
                translate("regulators", "Written reflective accounts (NMC form)"),
                len(accounts) >= 5,
                f"{len(accounts)} of 5",
                accounts,
            )
        )
        checks.append(
            Check(
                "feedback",
                translate("regulators", "Pieces of practice-related feedback"),
                rv.feedback >= 5,
                f"{rv.feedback} of 5",
            )
        )
        practice_target = NMC_DUAL_PRACTICE_HOURS if rv.dual_registration else NMC_PRACTICE_HOURS
        checks.append(
            Check(
                "practice-hours",
                translate("regulators", "Practice hours"),
                rv.practice_hours >= practice_target,
                f"{hours_text(rv.practice_hours)} of {hours_text(practice_target)} h",
            )
        )
        discussed = rv.discussion_on is not None and start <= rv.discussion_on <= end
        checks.append(
            Check(
                "reflective-discussion",
                translate("regulators", "Reflective discussion with another registrant"),
                discussed,
                (
                    uk(rv.discussion_on)
                    + (fill(translate("regulators", " with %1"), rv.discussion_with) if rv.discussion_with else "")
                )
                if discussed
                else translate("regulators", "not yet recorded"),
            )
        )
        checks.append(
            Check(
                "health-character",
                translate("regulators", "Health and character declaration"),
                rv.health_character,
                translate("regulators", "declared")
                if rv.health_character
                else translate("regulators", "not yet declared"),
            )
        )
        checks.append(
            Check(
                "indemnity",
                translate("regulators", "Professional indemnity arrangement"),
                rv.indemnity,
                translate("regulators", "in place") if rv.indemnity else translate("regulators", "not yet confirmed"),
            )
        )
        confirmed = bool(rv.confirmer.strip()) and rv.confirmed_on is not None
        checks.append(
            Check(
                "confirmation",
                translate("regulators", "Confirmation (often by the line manager)"),
                confirmed,
                f"{rv.confirmer}, {uk(rv.confirmed_on)}" if confirmed else translate("regulators", "not yet confirmed"),
            )
        )
        revalidation = rv
    elif rule.code == "GTCS":
        updated = registration.details_updated_on is not None and start <= registration.details_updated_on <= end
        checks.append(
            Check(
                "details-updated",
                translate("regulators", "MyGTCS details updated this school session"),
                updated,
                uk(registration.details_updated_on) if updated else translate("regulators", "not yet this session"),
            )
        )
        checks.append(
            Check(
                "learning-record",
                translate("regulators", "Professional learning recorded this school session"),
                bool(mine),
                _evidence_detail(mine),
                mine,
            )
        )
        prd = registration.prd_on is not None and start <= registration.prd_on <= end
        checks.append(
            Check(
                "prd",
                translate("regulators", "Professional review and development (PRD) this school session"),
                prd,
                uk(registration.prd_on) if prd else translate("regulators", "not yet this session"),
            )
        )
        if registration.snct:
            checks.append(
                _hours_check(
                    "snct-hours",
                    translate("regulators", "SNCT contractual CPD hours this school session"),
                    mine,
                    hours,
                    35,
                )
            )
        exempt = registration.associate
        if registration.signoff_on is not None and not exempt:
            signoff_due = date(registration.signoff_on.year, 7, 1)
            if signoff_due < on:  # passed: either done (give the next year) or overdue
                checks.append(
                    Check(
                        "signoff",
                        translate("regulators", "Professional Update sign-off"),
                        False,
                        fill(
                            translate(
                                "regulators",
                                "was due by %1: once it is confirmed, give the next sign-off year (five years on)",
                            ),
                            uk(signoff_due),
                        ),
                    )
                )
        if not exempt and signoff_due is None:
            notes.append(
                translate(
                    "regulators",
                    "Give the Professional Update sign-off year: sign-off is due every five years by 1 July.",
                )
            )
    return CycleSummary(
        regulator=rule,
        start=start,
        end=end,
        anchor_set=anchor_set,
        hours=hours,
        participatory_hours=participatory,
        reflections=sum(1 for e in mine if e.has_reflection),
        reflective_accounts=len(accounts),
        entries=mine,
        checks=tuple(checks),
        elements_covered=covered,
        elements_missing=missing,
        signoff_due=signoff_due,
        signoff_exempt=exempt,
        notes=tuple(notes),
        hours_by_year=hours_by_year,
        revalidation=revalidation if rule.code == "NMC" else None,
    )


def _evidence_detail(evidence: tuple[CplEntry, ...]) -> str:
    if not evidence:
        return translate("regulators", "not yet recorded")
    latest = evidence[-1]
    more = fill(translate("regulators", " and %1 more"), len(evidence) - 1) if len(evidence) > 1 else ""
    return f"{latest.title} ({uk(latest.occurred_on)}){more}"


def _hours_check(code: str, label: str, evidence: tuple[CplEntry, ...], value: float, target: float) -> Check:
    return Check(code, label, value >= target, f"{hours_text(value)} of {hours_text(target)} h", evidence)
