"""The example organisation: generated, not a fixed file, so that it can be scaled for
benchmarks (``planner demo --workers 10000``) and always shows every status.

Dates are relative to ``today``, so the example looks current whenever it is made.
"""

from __future__ import annotations

import json
import random
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from planner.core.cpl import cpl_type, default_participatory
from planner.core.i18n import fill, translate
from planner.core.model import Catalogue, Role
from planner.core.status import evaluate
from planner.services.starter import load_starter
from planner.services.workspace import Workspace
from planner.storage.database import StorageError
from planner.storage.people_repository import bulk_load

DEFAULT_WORKERS = 48
DEMO_ORGANISATION = "Example Council Children's Services"


@dataclass(frozen=True)
class TeamTemplate:
    name: str
    sector: str
    roles: tuple[tuple[str, int], ...]  # role code, weight
    manager: str | None = None  # one worker per team gets this role first


TEAMS = (
    TeamTemplate(
        "Northfield Children and Families Social Work",
        "Social work",
        (("social-worker", 5), ("nqsw", 2)),
        manager="sw-team-manager",
    ),
    TeamTemplate(
        "Rowan House (residential)",
        "Residential care",
        (("residential-worker", 6), ("wider-workforce", 1)),
        manager="residential-manager",
    ),
    TeamTemplate(
        "Family Placement and Fostering",
        "Carers",
        (("foster-carer", 4), ("kinship-carer", 2), ("adoptive-parent", 1), ("social-worker", 1)),
    ),
    TeamTemplate(
        "Ashgrove Primary School",
        "Education",
        (("teacher", 5), ("elc-practitioner", 2), ("wider-workforce", 1)),
        manager="head-teacher",
    ),
    TeamTemplate("Health Visiting (East)", "Health", (("health-visitor", 4), ("school-nurse", 2))),
    TeamTemplate(
        "Youth Justice Service",
        "Justice",
        (("youth-justice-worker", 4), ("police-response-officer", 1), ("family-support-worker", 2)),
    ),
    TeamTemplate("Children's Hearings (Forth area panel)", "Children's Hearings", (("panel-member", 5),)),
)

# The part of their regulator's register people in each role are on (the regulator is the role's).
REGISTER_PART = {
    "social-worker": "Social worker",
    "nqsw": "Social worker",
    "sw-team-manager": "Social worker",
    "youth-justice-worker": "Social worker",
    "residential-worker": "Worker in a residential child care service",
    "secure-care-worker": "Worker in a residential child care service",
    "residential-manager": "Manager of a residential child care service",
    "elc-practitioner": "Practitioner in a day care of children service",
    "elc-manager": "Manager of a day care of children service",
    "throughcare-worker": "Worker in a housing support service",
    "health-visitor": "Specialist community public health nurse",
    "family-nurse": "Registered nurse",
    "school-nurse": "Registered nurse",
    "midwife": "Registered midwife",
    "teacher": "Primary",
    "guidance-teacher": "Secondary",
    "head-teacher": "Primary",
}

# Names the example organisation must show correctly (non-ASCII on purpose).
FEATURED = (
    "Siobhán Ó Súilleabháin",
    "Łukasz Nowak",
    "Gwŷn ap Rhys",
    "Zoë Brontë-MacLeod",
    "Seònaid NicLeòid",
    "Ewa Wiśniewska",
    "Ciarán Mac Giolla Bhríde",
    "Mārtiņš Ozols",
)
FIRST = (
    "Aisha",
    "Alasdair",
    "Amy",
    "Callum",
    "Catriona",
    "Chiamaka",
    "Craig",
    "Eilidh",
    "Euan",
    "Fiona",
    "Fraser",
    "Gillian",
    "Hamish",
    "Iain",
    "Isla",
    "Jamie",
    "Kirsty",
    "Lachlan",
    "Lorna",
    "Mhairi",
    "Mohammed",
    "Morag",
    "Niamh",
    "Priya",
    "Rhona",
    "Ruaridh",
    "Sana",
    "Shona",
    "Stuart",
    "Tariq",
    "Wei",
    "Yusuf",
    "Aoife",
    "Beata",
    "Dorota",
    "Kerr",
)
LAST = (
    "Anderson",
    "Boyle",
    "Campbell",
    "Chaudhry",
    "Docherty",
    "Fraser",
    "Gallacher",
    "Grant",
    "Henderson",
    "Iqbal",
    "Kaur",
    "Kowalski",
    "MacDonald",
    "MacKenzie",
    "McLean",
    "Morrison",
    "Murray",
    "Nowak",
    "O'Neill",
    "Okafor",
    "Paterson",
    "Reid",
    "Robertson",
    "Ross",
    "Scott",
    "Sharma",
    "Sinclair",
    "Stewart",
    "Thomson",
    "Wallace",
    "Wilson",
    "Young",
    "Zhang",
)

_NO_DECOMPOSITION = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss"})

# Each worker follows one profile, in turn, so that every status appears.
PROFILES = ("complete", "new-starter", "behind", "renewal-soon", "lapsed", "mixed")


def _uid(rng: random.Random) -> str:
    """A record id from the seed (the same example each time), made distinct from any earlier
    example in the folder by the salt ``--force`` adds."""
    return str(uuid.UUID(int=rng.getrandbits(128) ^ getattr(rng, "salt", 0), version=4))


MAX_WORKERS = 100_000  # ten times the largest organisation measured


def create_demo(
    ws: Workspace, workers: int = DEFAULT_WORKERS, seed: int = 1, today: date | None = None, force: bool = False
) -> int:
    """Fill the workspace with the example organisation; returns the number of workers.

    Refuses when the workspace already holds people, unless ``force`` (which requires an
    otherwise fresh catalogue: it adds to what is there)."""
    if not 1 <= workers <= MAX_WORKERS:
        raise StorageError(
            fill(translate("demo", "The example organisation has from 1 to %1 workers."), format(MAX_WORKERS, ","))
        )
    people = ws.people_repo
    if people.count("workers") and not force:
        raise StorageError(
            translate(
                "demo",
                "This data folder already holds workers. Use --force to add the example anyway, or choose "
                "an empty data folder.",
            )
        )
    today = today or date.today()
    rng = random.Random(seed)
    if people.count("workers"):  # adding to people already here: ids of their own
        rng.salt = uuid.uuid4().int  # type: ignore[attr-defined]
    with ws.db.atomic():
        if ws.is_empty():
            load_starter(ws)
        catalogue = ws.catalogue_repo.load()
        roles = {r.code: r for r in catalogue.roles}
        existing = {t.name for t in people.teams(include_retired=True)}
        teams, worker_rows, assignment_rows, completion_rows = [], [], [], []
        session_rows: list[tuple[str, str, str, str, int, str]] = []
        cpl_rows: list[tuple[object, ...]] = []
        registration_rows: list[tuple[object, ...]] = []
        team_count = max(len(TEAMS), round(workers / 8)) if workers > DEFAULT_WORKERS + 12 else len(TEAMS)
        team_ids = []
        for i in range(team_count):
            template = TEAMS[i % len(TEAMS)]
            name = template.name if i < len(TEAMS) else f"{template.name} {i // len(TEAMS) + 1}"
            while name in existing:
                name += " (example)"
            team_id = _uid(rng)
            teams.append((team_id, name, template.sector))
            team_ids.append((team_id, template))
        per_team = _split(workers, team_ids)
        n = 0
        staff_base = 1000 + people.count("workers")
        for (team_id, template), size in zip(team_ids, per_team, strict=True):
            for j in range(size):
                role_code = template.manager if (j == 0 and template.manager) else _pick(rng, template.roles)
                role = roles[role_code]
                name = FEATURED[n] if n < len(FEATURED) else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                worker_id = _uid(rng)
                regulator = role.regulator or "none"
                part = REGISTER_PART.get(role_code, "") if regulator != "none" else ""
                profile = PROFILES[n % len(PROFILES)]
                started = _start_date(rng, profile, today, role)
                registration, reg_no = _registration(rng, regulator, profile, started, today)
                if registration is not None:
                    registration_rows.append((worker_id, *registration))
                email = _email(name, n) if role.sector not in ("Carers", "Children's Hearings") else ""
                staff_no = f"E{staff_base + n:05d}"
                worker_rows.append((worker_id, staff_no, name, email, team_id, regulator, part, reg_no))
                assignment_rows.append((_uid(rng), worker_id, role.id, started.isoformat()))
                if profile == "mixed" and rng.random() < 0.3 and role_code == "social-worker":
                    extra = roles["sw-team-manager"]
                    assignment_rows.append((_uid(rng), worker_id, extra.id, (today - timedelta(days=40)).isoformat()))
                for module_id, done in _history(rng, profile, role, catalogue, started, today):
                    completion_id = _uid(rng)
                    completion_rows.append((completion_id, worker_id, module_id, done.isoformat(), "example"))
                    m = catalogue.module(module_id)  # one learning history: the completion is CPL too
                    cpl_rows.append(
                        (
                            completion_id,
                            worker_id,
                            done.isoformat(),
                            m.title,
                            cpl_type(m.delivery),
                            m.provider,
                            m.hours or 0.0,
                            int(default_participatory(m.delivery)),
                            module_id,
                            completion_id,
                            "example",
                            "[]",
                            "[]",
                            "[]",
                            0,
                            0,
                        )
                    )
                if role.supervision_days:
                    for when in _sessions(rng, profile, role.supervision_days, started, today):
                        session_rows.append(
                            (
                                _uid(rng),
                                worker_id,
                                when.isoformat(),
                                rng.choice(SESSION_KINDS),
                                rng.choice((45, 60, 60, 90)),
                                "Team manager",
                            )
                        )
                for _ in range(rng.randint(0, 4) if profile != "new-starter" else 0):
                    title, kind, hours, fw, element, topic = rng.choice(CPL_EXAMPLES)
                    when = today - timedelta(days=rng.randint(3, 500))
                    # An organisation's copy holds no reflection text, only that one was written.
                    reflection = int(rng.random() < 0.6)
                    account = int(regulator == "NMC" and bool(reflection) and rng.random() < 0.7)
                    cpl_rows.append(
                        (
                            _uid(rng),
                            worker_id,
                            when.isoformat(),
                            title,
                            kind,
                            "",
                            hours,
                            int(kind in ("workshop", "course", "peer learning", "shadowing")),
                            None,
                            None,
                            "cpl",
                            json.dumps([fw] if fw else []),
                            json.dumps([element]),
                            json.dumps([topic] if topic else []),
                            reflection,
                            account,
                        )
                    )
                n += 1
        bulk_load(
            people, teams, worker_rows, assignment_rows, completion_rows, session_rows, cpl_rows, registration_rows
        )
        ws.settings_repo.set("organisation_name", DEMO_ORGANISATION)
        _plan_training(ws, catalogue, today)
    return workers


DEMO_SESSIONS = (  # module, days from today, start, end, places, venue, trainer, people booked
    ("NES-TSP", 12, "09:30", "16:30", 12, "Rowan House training room", "Trauma lead", 6),
    ("LOC-CP-GEN", 26, "13:00", "16:00", 16, "Online (link sent with the booking)", "Child protection adviser", 4),
)


def _plan_training(ws: Workspace, catalogue: Catalogue, today: date) -> None:
    """Two planned sessions, the most urgent people booked on each, so that Home and Training
    sessions show what planning looks like."""
    from planner.services.training import TrainingService

    training = TrainingService(ws)
    codes = {m.code: m.id for m in catalogue.modules}
    for code, days, start, end, places, venue, trainer, booked in DEMO_SESSIONS:
        if code not in codes:
            continue
        _changed, session_id = training.add_session(
            {
                "module_id": codes[code],
                "held_on": today + timedelta(days=days),
                "start_time": start,
                "end_time": end,
                "capacity": places,
                "venue": venue,
                "trainer": trainer,
            }
        )
        urgent = [s.worker.id for s in training.suggest(session_id, today)[:booked]]
        training.book(session_id, urgent)


SESSION_KINDS = ("one-to-one", "one-to-one", "one-to-one", "group", "peer")
CPL_EXAMPLES = (
    ("Read a practice briefing on relationship-based practice", "reading", 1.0, "attachment", "communication", ""),
    ("Shadowed a colleague at a child's planning meeting", "shadowing", 3.0, "childrens-rights", "rights", ""),
    ("Peer learning group: language that reduces stigma", "peer learning", 1.5, "trauma", "reflective", ""),
    ("Conference: keeping brothers and sisters together", "conference", 6.0, "attachment", "knowledge", ""),
    ("E-learning: recognising neglect", "e-learning", 1.25, "child-protection", "protection", ""),
    ("Team workshop on children's participation", "workshop", 2.5, "childrens-rights", "rights", ""),
    ("Briefing: when a parent is an adult at risk of harm", "reading", 0.75, "", "protection", "adult-protection"),
)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _registration(
    rng: random.Random, regulator: str, profile: str, started: date, today: date
) -> tuple[tuple[object, ...] | None, str]:
    """(registration row without the worker id, registration number) for the example: SSSC
    registrants registered a few months after starting (new starters still applying), NMC
    registrants mostly with their renewal date, teachers with their sign-off year."""
    number = f"{rng.randint(1000000, 9999999)}"
    if regulator == "SSSC":
        if profile == "new-starter":
            applied = started + timedelta(days=rng.randint(5, 40))
            applied_on = applied if rng.random() < 0.5 and applied <= today else None
            return (None, _iso(applied_on), None, None, None, 0, None, None, 0), ""
        registered = started + timedelta(days=rng.randint(20, 150))
        # Some have given their declaration date, and it is close: the example shows who needs what.
        declaration = today + timedelta(days=rng.randint(10, 55)) if profile in ("behind", "lapsed") else None
        return (
            _iso(declaration),
            _iso(registered - timedelta(days=30)),
            _iso(registered),
            None,
            None,
            0,
            None,
            None,
            0,
        ), number
    if regulator == "NMC":
        renewal = today + timedelta(days=rng.randint(20, 1000)) if rng.random() < 0.7 else None
        return (None, None, None, _iso(renewal), None, 0, None, None, 0), number
    if regulator == "GTCS":
        signoff = date(today.year + rng.randint(0, 4), 7, 1)
        session_start = date(today.year if today.month >= 8 else today.year - 1, 8, 1)
        updated = session_start + timedelta(days=rng.randint(0, 60)) if rng.random() < 0.6 else None
        prd = session_start + timedelta(days=rng.randint(20, 90)) if rng.random() < 0.5 else None
        return (
            None,
            None,
            None,
            None,
            _iso(signoff),
            int(rng.random() < 0.8),
            _iso(updated if updated and updated <= today else None),
            _iso(prd if prd and prd <= today else None),
            0,
        ), number
    return None, ""


def _sessions(rng: random.Random, profile: str, period: int, started: date, today: date) -> list[date]:
    """Supervision history: regular for most, lapsed for some, none yet for new starters."""
    if profile == "new-starter":
        return []
    gap_since_last = {"behind": period + rng.randint(5, 40), "lapsed": period - rng.randint(0, 3)}.get(
        profile, rng.randint(2, max(3, period - 20))
    )
    last = today - timedelta(days=gap_since_last)
    out: list[date] = []
    when = last
    while when > max(started, today - timedelta(days=365)) and len(out) < 14:
        out.append(when)
        when -= timedelta(days=period - rng.randint(0, 5))
    return out


def _split(total: int, teams: list[tuple[str, TeamTemplate]]) -> list[int]:
    weights = [sum(w for _, w in t.roles) + (1 if t.manager else 0) for _, t in teams]
    sizes = [max(1, total * w // sum(weights)) for w in weights]
    i = 0
    while sum(sizes) < total:
        sizes[i % len(sizes)] += 1
        i += 1
    while sum(sizes) > total:
        k = max(range(len(sizes)), key=lambda x: sizes[x])
        sizes[k] -= 1
    return sizes


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    codes = [c for c, _ in weighted]
    return rng.choices(codes, weights=[w for _, w in weighted])[0]


def _email(name: str, n: int) -> str:
    plain = unicodedata.normalize("NFKD", name.translate(_NO_DECOMPOSITION))
    ascii_name = "".join(ch for ch in plain.lower().replace(" ", ".") if ch.isascii() and (ch.isalnum() or ch == "."))
    return f"{ascii_name or 'worker'}{n}@example.org.uk"


def _start_date(rng: random.Random, profile: str, today: date, role: Role) -> date:
    if profile == "new-starter":
        return today - timedelta(days=rng.randint(5, max(6, min(role.due_days, 90) - 5)))
    return today - timedelta(days=rng.randint(400, 3000))


def _history(
    rng: random.Random, profile: str, role: Role, catalogue: Catalogue, started: date, today: date
) -> list[tuple[str, date]]:
    """Completions that give the worker's profile its character."""
    if profile == "new-starter":
        return []
    out: list[tuple[str, date]] = []
    # modules some role asks for by name (fostering, Hearings) are taken by people in those roles
    specific = {m for r in catalogue.roles for m in r.module_requirements}
    for req in role.level_requirements:
        framework = catalogue.framework(req.framework_id)
        target = catalogue.level(req.level_id).rank
        for level in framework.levels_up_to(target):
            options = [m for m in catalogue.modules_granting(level.id) if not m.retired]
            own = [m for m in options if m.id in role.module_requirements]
            general = [m for m in options if m.id not in specific]
            options = own or general or options
            if not options:
                continue
            module = rng.choice(options)
            if profile == "behind" and level.rank == target and target > 1:
                continue  # the top level is missing
            if profile == "mixed" and rng.random() < 0.35:
                continue
            if module.renewal_months:
                if profile == "renewal-soon":
                    done = today - timedelta(days=module.renewal_months * 30 - rng.randint(10, 40))
                elif profile == "lapsed":
                    done = today - timedelta(days=module.renewal_months * 31 + rng.randint(30, 300))
                else:
                    done = today - timedelta(days=rng.randint(30, module.renewal_months * 28))
            else:
                done = started + timedelta(days=rng.randint(0, max(1, (today - started).days)))
            own_window = catalogue.windows(role.id).modules.get(module.id)
            if own_window is not None and own_window.days <= 0:  # the role's pre-start learning: before it
                done = started + timedelta(days=own_window.days - rng.randint(0, 30))
            if module.id not in {m for m, _ in out}:  # one course can grant several levels: taken once
                out.append((module.id, min(done, today)))
    for module_id in role.module_requirements:
        if module_id in {m for m, _ in out}:
            continue
        if profile in ("complete", "renewal-soon") or (profile == "mixed" and rng.random() < 0.5):
            window = catalogue.windows(role.id).modules[module_id].days
            if window <= 0:  # learning before the role starts (pre-approval, pre-service): done then
                done = started + timedelta(days=window - rng.randint(0, 30))
            else:
                done = max(started, today - timedelta(days=rng.randint(30, 700)))
            out.append((module_id, min(done, today)))
    return out


def states_present(ws: Workspace, on: date) -> set[str]:
    """Which of the five states the organisation shows on a date (used to check the example)."""
    catalogue = ws.catalogue_repo.load()
    completions = ws.people_repo.completions_by_worker()
    found: set[str] = set()
    for w in ws.people_repo.workers():
        for req in evaluate(w.roles, completions.get(w.id, []), catalogue, on):
            found.add(req.state.value)
    return found
