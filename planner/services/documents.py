"""Documents: the data behind each PDF, gathered from the workspace, and writing the files.
Team-level documents never carry reflection text; a learning record does only when the worker
chooses (``include_reflections``)."""

from __future__ import annotations

import contextlib
from collections import defaultdict
from datetime import date
from pathlib import Path

from planner.core.cpl import (
    SOCIAL_WORKER_ONLY,
    SSSC_ELEMENT_NAMES,
    SSSC_ELEMENTS,
    element_name,
    prompt_text,
    topic_name,
)
from planner.core.dates import add_months, local_date, uk
from planner.core.files import check_document_name, is_web_page, write_bytes
from planner.core.hours import total
from planner.core.i18n import fill, translate
from planner.core.model import Catalogue, Worker
from planner.core.regulators import cycle_bounds, sssc_anchor
from planner.core.status import State
from planner.core.wording import plural
from planner.reports import html_documents as web
from planner.reports.base import Letterhead
from planner.reports.certificate import QR_PREFIX, CertificateData, Certificates
from planner.reports.learning_record import (
    LearningRecord,
    LearningRecordData,
    RecordCompletion,
    RecordReflection,
    RecordRequirement,
)
from planner.reports.signin_sheet import SignInData, SignInSheet
from planner.reports.sssc_pack import PackEntry, SsscPack, SsscPackData
from planner.reports.team_report import TeamReport, TeamReportData
from planner.services.certificate_codes import certificate_digest, certified, new_code
from planner.services.editing import SettingsService
from planner.services.learning import LearningService
from planner.services.matrix_service import MatrixService
from planner.services.regulation import cycle_lines
from planner.services.status_service import StatusService, requirement_phrase
from planner.services.workspace import Workspace
from planner.storage.certificate_repository import CertificateRepository
from planner.storage.database import DamagedDatabaseError, StorageError, damage_summary, quick_problems

LOGO_KEY = SettingsService.LOGO
SIGNATORY_KEY = SettingsService.SIGNATORY
SIGNATORY_ROLE_KEY = SettingsService.SIGNATORY_ROLE
STATE_NAMES = [s.value for s in sorted(State, key=lambda s: s.severity)]
DEFAULT_ORGANISATION = "Pathway Planner"


class DocumentService:
    def __init__(self, ws: Workspace, today: date | None = None) -> None:
        self.ws = ws
        self._today = today  # fixed for tests; otherwise the real date, read when needed
        self.status = StatusService(ws)
        self.learning = LearningService(ws, today=today)

    @property
    def today(self) -> date:
        return self._today or date.today()

    def _issued_at(self) -> str | None:
        """When a code is issued: now, or midday of the fixed day a test runs on."""
        return None if self._today is None else f"{self._today.isoformat()}T12:00:00+00:00"

    def batch(self) -> DocumentService:
        """Keep the catalogue and letterhead for the length of a batch instead of re-reading
        them for every document (they cannot change while one batch is written)."""
        self._cached = {"catalogue": self.ws.catalogue_repo.load(), "letterhead": self.letterhead()}
        return self

    def _catalogue(self) -> Catalogue:
        cached = getattr(self, "_cached", None)
        return cached["catalogue"] if cached else self.ws.catalogue_repo.load()

    def letterhead(self) -> Letterhead:
        cached = getattr(self, "_cached", None)
        if cached:
            kept: Letterhead = cached["letterhead"]
            return kept
        settings = self.ws.settings_repo
        logo = settings.get(LOGO_KEY)
        return Letterhead(
            settings.get("organisation_name") or DEFAULT_ORGANISATION, self.today, Path(logo) if logo else None
        )

    # -- learning record -----------------------------------------------------------------
    def record_data(
        self, worker_id: str, on: date | None = None, include_reflections: bool = False
    ) -> LearningRecordData:
        on = on or self.today
        people = self.ws.people_repo
        catalogue = self._catalogue()
        worker = people.worker(worker_id)
        p = self.status.pathway_for(worker, on, catalogue)
        requirements = []
        for r in p.requirements:
            if r.state is State.RECORDED:
                when = r.expires_on or r.completed_on
            elif r.state in (State.EXPIRING, State.EXPIRED):
                when = r.expires_on
            else:
                when = r.due_date
            local = r.framework_id is not None and catalogue.framework(r.framework_id).local_scale
            requirements.append(
                RecordRequirement(
                    r.label + (translate("documents", " (local scale)") if local else ""),
                    r.state.value,
                    when,
                    requirement_phrase(r, catalogue),
                )
            )
        completions = []
        for e in self.learning.completions(worker_id):  # the history's completions, newest first
            m = catalogue.module(e.module_id) if e.module_id else None
            if m is None or e.occurred_on > on:  # a record as on a date holds the learning up to it
                continue
            expires = add_months(e.occurred_on, m.renewal_months) if m.renewal_months else None
            completions.append(RecordCompletion(e.occurred_on, m.code, m.title, e.hours, expires))
        entries = [
            e for e in self.learning.entries(worker_id, with_reflections=include_reflections) if e.occurred_on <= on
        ]
        years: dict[int, list[tuple[float, bool]]] = defaultdict(list)
        for e in entries:
            years[e.occurred_on.year].append((e.hours, e.participatory))
        cycle = self.learning.cycle(worker_id, on, catalogue)
        lines = cycle_lines(cycle) if worker.regulator != "none" else []
        start, end = (cycle.start, cycle.end) if cycle.start and cycle.end else cycle_bounds(None, 1, on)
        period = (
            fill(
                translate("documents", "the registration year %1 to %2")
                if worker.regulator == "SSSC"
                else translate("documents", "the cycle %1 to %2"),
                uk(start),
                uk(end),
            )
            if cycle.start and worker.regulator != "none"
            else f"{start.year}"
        )
        in_period = sorted((e for e in entries if start <= e.occurred_on <= min(end, on)), key=lambda e: e.occurred_on)
        end = min(end, on)  # never a period that ends after the date the record is for
        sessions = [s.occurred_on for s in self.ws.supervision_repo.sessions(worker_id) if s.occurred_on <= on]
        in_cycle = [d for d in sessions if start <= d <= end]
        target = next((r for r in p.requirements if r.kind == "supervision"), None)
        if target is None and not sessions:
            supervision_line = translate(
                "documents", "No current role sets a target for reflective supervision, and none is recorded."
            )
        else:
            supervision_line = (
                fill(
                    translate("documents", "%1 between %2 and %3"), plural(len(in_cycle), "session"), uk(start), uk(end)
                )
                + (
                    fill(translate("documents", "; the last on %1."), uk(max(sessions)))
                    if sessions
                    else translate("documents", "; none recorded.")
                )
                + (
                    f" Target: {target.label.lower()}, {requirement_phrase(target, catalogue)}."
                    if target
                    else translate("documents", " No current role sets a target.")
                )
            )
        reflections = None
        if include_reflections:
            reflections = [
                RecordReflection(
                    e.occurred_on,
                    e.title,
                    e.learned,
                    e.practice_change,
                    prompt_text(e.prompt),
                    e.prompt_response,
                )
                for e in entries
                if e.has_reflection_text
            ]
        team = {t.id: t.name for t in people.teams(include_retired=True)}.get(worker.team_id or "", "")
        registration = " ".join(x for x in (worker.register_part, worker.registration_no) if x)
        return LearningRecordData(
            name=worker.name,
            staff_no=worker.staff_no,
            team=team,
            regulator=worker.regulator,
            registration=registration,
            roles=[
                (catalogue.role(a.role_id).name, a.started_on, a.ended_on)
                for a in worker.roles
                if catalogue.has_role(a.role_id)
            ],
            on=on,
            requirements=requirements,
            completions=completions,
            cpl_by_year=[
                (y, len(v), total([h for h, _ in v]), total([h for h, part in v if part]))
                for y, v in sorted(years.items(), reverse=True)
            ],
            cycle_lines=lines,
            supervision_line=supervision_line,
            reflections=reflections,
            reflections_private=sum(1 for e in entries if e.has_reflection and not e.has_reflection_text)
            if include_reflections
            else 0,
            period_title=period,
            period_entries=[(e.occurred_on, e.title, e.kind, e.provider, e.participatory, e.hours) for e in in_period],
        )

    def learning_record(
        self, worker_id: str, on: date | None = None, include_reflections: bool = False, html: bool = False
    ) -> bytes:
        """The record as a PDF, or (``html``) as an accessible web page: the same data either way."""
        data = self.record_data(worker_id, on, include_reflections)
        return web.learning_record(self.letterhead(), data) if html else LearningRecord(self.letterhead()).render(data)

    def export_record(
        self, staff_no: str, target: Path, include_reflections: bool = False, on: date | None = None
    ) -> Path:
        worker = self.ws.people_repo.worker_by_staff_no(staff_no)
        check_document_name(target)  # before any work: a wrong place is reported at once
        write_bytes(target, self.learning_record(worker.id, on, include_reflections, is_web_page(target)))
        return target

    # -- team report ---------------------------------------------------------------------
    def team_report_data(self, team: str | None = None, on: date | None = None, due_days: int = 60) -> TeamReportData:
        """Built from the bulk matrix: the same states as the team matrix screen, and the same
        figures and due list as Home, What is due and ``planner due`` (one definition)."""
        from planner.services.figures import ITEM_NOTE, count, is_item, state_totals, summary_lines
        from planner.services.planning import PlanningService

        on = on or self.today
        m = MatrixService(self.ws).build(on, team)
        cols = m.used_columns()
        # a whole organisation in team order (each team's name heads its rows); a team by name
        order = sorted(
            range(len(m)),
            key=lambda r: ((m.teams[r].casefold() if team is None else ""), m.names[r].casefold(), m.staff[r]),
        )
        cells = []
        counts: dict[str, dict[str, int]] = {}
        for r in order:
            row: list[tuple[str, date | None] | None] = []
            for c in cols:
                code, ordinal = m.state(r, c), m.date_ordinal(r, c)
                if code < 0:
                    row.append(None)
                    continue
                state = STATE_NAMES[code]
                row.append((state, date.fromordinal(ordinal) if ordinal > 0 else None))
                if not is_item(m.columns[c]):
                    continue  # supervision is counted in people, apart (as the totals are)
                group = counts.setdefault(m.columns[c].group, {})
                group[state] = group.get(state, 0) + 1
            cells.append(row)
        figures = count(m, due_days)
        warn = self.status.warning_days
        lines = [line[:1].upper() + line[1:] + "." for line in summary_lines(figures, warn)] + [ITEM_NOTE]
        due = [
            (
                r["name"],
                r["staff_no"],
                r["team"],
                r["step"],
                r["state"],
                date.fromisoformat(r["date"]) if r["date"] else None,
            )
            for r in PlanningService(self.ws).due_rows(m, due_days)
        ]
        return TeamReportData(
            scope=team or translate("documents", "Whole organisation"),
            on=on,
            columns=[(m.columns[c].group, m.columns[c].label) for c in cols],
            workers=[(m.names[r], m.staff[r], m.teams[r]) for r in order],
            cells=cells,
            framework_counts=list(counts.items()),
            totals=state_totals(m),
            figures=lines,
            due=due,
            show_team=team is None,
        )

    def team_report(self, team: str | None = None, on: date | None = None, html: bool = False) -> bytes:
        data = self.team_report_data(team, on)
        return web.team_report(self.letterhead(), data) if html else TeamReport(self.letterhead()).render(data)

    def export_team_report(self, team: str | None, target: Path, on: date | None = None) -> Path:
        check_document_name(target)
        write_bytes(target, self.team_report(team, on, is_web_page(target)))
        return target

    # -- session sign-in sheet and SSSC pack ---------------------------------------------
    def signin(self, session_id: str, html: bool = False) -> bytes:
        from planner.services.training import TrainingService

        training = TrainingService(self.ws)
        session = training.session(session_id)
        catalogue = self.ws.catalogue_repo.load()
        m = catalogue.module(session.module_id)
        people = {w.id: w for w in self.ws.people_repo.workers(include_retired=True)}
        teams = {t.id: t.name for t in self.ws.people_repo.teams(include_retired=True)}
        booked = [
            people[b.worker_id]
            for b in training.bookings(session_id)
            if b.status in ("booked", "attended") and b.worker_id in people
        ]
        data = SignInData(
            f"{m.code} {m.title}",
            session.held_on,
            session.start_time,
            session.end_time,
            session.venue or session.online_link,
            session.trainer,
            session.capacity,
            [
                (w.name, w.staff_no, teams.get(w.team_id or "", ""))
                for w in sorted(booked, key=lambda w: w.name.casefold())
            ],
        )
        return web.signin_sheet(self.letterhead(), data) if html else SignInSheet(self.letterhead()).render(data)

    def sssc_pack_data(self, staff_no: str, year: int | None = None, on: date | None = None) -> SsscPackData:
        """The SSSC year that contains ``on`` (default today); with ``year``, the year that ends
        in that calendar year. Only for SSSC registrants."""
        worker = self.ws.people_repo.worker_by_staff_no(staff_no)
        if worker.regulator != "SSSC":
            raise StorageError(
                fill(
                    translate(
                        "documents",
                        "%1 is not registered with the SSSC, so there is no SSSC pack to print: print their "
                        "learning record instead, which shows their own regulator's cycle.",
                    ),
                    worker.name,
                )
            )
        reg = self.learning.registration(worker.id)
        if year is not None:
            if not 1900 <= year <= 2999:
                raise StorageError(translate("documents", "Give a year from 1900 to 2999."))
            anchor = sssc_anchor(reg)
            if anchor is None:
                on = date(year, 12, 31)
            else:
                on = date(year, anchor.month, min(anchor.day, 28 if anchor.month == 2 else anchor.day))
        on = on or self.today
        cycle = self.learning.cycle(worker.id, on)
        assert cycle.start is not None and cycle.end is not None
        if cycle.start > self.today:
            raise StorageError(
                fill(
                    translate(
                        "documents",
                        "The registration year %1 to %2 has not started yet: there is no learning in it to verify.",
                    ),
                    uk(cycle.start),
                    uk(cycle.end),
                )
            )
        entries = cycle.entries
        wanted = [(c, n) for c, n in SSSC_ELEMENTS if reg.social_worker or c not in SOCIAL_WORKER_ONLY]
        mandatory = []
        for code, element in (
            ("trauma", translate("documents", "communication and relationships")),
            ("child-protection", translate("documents", "protection")),
            ("adult-protection", translate("documents", "protection")),
        ):
            check = cycle.check(code)
            assert check is not None
            mandatory.append((f"{topic_name(code)} ({element})", check.met, [e.title for e in check.evidence]))
        elc = cycle.check("elc-hours")
        apply, register = cycle.check("sssc-apply"), cycle.check("sssc-register")
        note = ""
        if register is not None and not register.met:
            note = (
                fill(translate("documents", "Not registered yet: registration %1"), register.detail)
                + (fill(translate("documents", "; application %1"), apply.detail) if apply is not None else "")
                + "."
            )
        return SsscPackData(
            name=worker.name,
            staff_no=worker.staff_no,
            registration=worker.registration_no,
            register_part=worker.register_part,
            career_pathway=reg.career_pathway,
            start=cycle.start,
            end=cycle.end,
            as_on=self.today if cycle.end > self.today else None,
            anchor_known=cycle.anchor_set,
            entries=[
                PackEntry(
                    e.occurred_on,
                    e.title,
                    e.kind,
                    e.hours,
                    e.provider,
                    e.participatory,
                    [element_name(c) for c in e.sssc_elements if c in SSSC_ELEMENT_NAMES],
                )
                for e in entries
            ],
            elements=[
                (element_name(code), [e.title for e in entries if code in e.sssc_elements]) for code, _n in wanted
            ],
            mandatory=mandatory,
            elc_line=fill(
                translate("documents", "Funded early learning and childcare: %1 (%2)."),
                elc.detail,
                translate("documents", "met") if elc.met else translate("documents", "not yet met"),
            )
            if elc
            else "",
            registration_note=note,
        )

    def sssc_pack(self, staff_no: str, year: int | None = None, on: date | None = None, html: bool = False) -> bytes:
        data = self.sssc_pack_data(staff_no, year, on)
        return web.sssc_pack(self.letterhead(), data) if html else SsscPack(self.letterhead()).render(data)

    def export_sssc_pack(self, staff_no: str, target: Path, year: int | None = None, on: date | None = None) -> Path:
        check_document_name(target)
        return write_bytes(target, self.sssc_pack(staff_no, year, on, is_web_page(target)))

    def export_signin(self, session_id: str, target: Path) -> Path:
        check_document_name(target)
        return write_bytes(target, self.signin(session_id, is_web_page(target)))

    # -- certificates --------------------------------------------------------------------
    def _summary(self, worker_id: str, completion_id: str, worker: Worker | None = None) -> dict[str, object] | None:
        """What a certificate for this completion says, from the database as it is now."""
        people = self.ws.people_repo
        try:
            _owner, completion = people.completion(completion_id)
        except StorageError:
            return None
        catalogue = self._catalogue()
        worker = worker or people.worker(worker_id)
        m = catalogue.module(completion.module_id)
        entry_id = self.ws.cpl_repo.entry_for_completion(completion_id)
        entry = self.ws.cpl_repo.entry(entry_id) if entry_id else None
        levels = sorted(
            f"{catalogue.framework(catalogue.level(lv).framework_id).name} – {catalogue.level(lv).name}"
            + (
                translate("documents", " (local scale)")
                if catalogue.framework(catalogue.level(lv).framework_id).local_scale
                else ""
            )
            for lv in m.grants
        )
        renew = add_months(completion.completed_on, m.renewal_months) if m.renewal_months else None
        return {
            "name": worker.name,
            "staff_no": worker.staff_no,
            "module_code": m.code,
            "module_title": m.title,
            "levels": levels,
            "completed_on": completion.completed_on.isoformat(),
            "hours": entry.hours if entry else m.hours,
            "provider": entry.provider if entry else m.provider,
            "renew_by": renew.isoformat() if renew else None,
            "organisation": self.letterhead().organisation,
        }

    def certificates_data(self, worker_ids: list[str], include_expired: bool = False) -> list[CertificateData]:
        """One certificate per completion of each worker (not for learning that has expired,
        unless asked), issuing and remembering a verification code for each: re-printing a
        completion whose certified facts are unchanged gives the same code. A personal ("Just
        me") copy prints "self-recorded" instead: no employer has checked it."""
        from planner.services.personal import personal_worker_id

        self_recorded = personal_worker_id(self.ws) is not None
        repo = CertificateRepository(self.ws.db)
        settings = self.ws.settings_repo
        signatory = (settings.get(SIGNATORY_KEY) or "", settings.get(SIGNATORY_ROLE_KEY) or "")
        out = []
        read_only = self.ws.read_only  # a read-only copy reprints what was issued, and issues nothing new
        skipped = 0
        with contextlib.nullcontext() if read_only else self.ws.db.atomic():
            for worker_id in worker_ids:
                worker = self.ws.people_repo.worker(worker_id)
                for c in sorted(self.ws.people_repo.completions(worker_id), key=lambda c: c.completed_on):
                    summary = self._summary(worker_id, c.id, worker)
                    assert summary is not None
                    renew = date.fromisoformat(str(summary["renew_by"])) if summary["renew_by"] else None
                    if renew is not None and renew < self.today and not include_expired:
                        continue
                    code, issued_on = None, self.today
                    if not self_recorded:
                        key = certified(summary)
                        issued = next((i for i in repo.for_completion(c.id) if certified(i.summary) == key), None)
                        if issued is None and read_only:
                            skipped += 1
                            continue
                        if issued is None:
                            code = new_code()
                            repo.add(code, c.id, worker_id, certificate_digest(key), summary, self._issued_at())
                        else:
                            code, issued_on = issued.code, local_date(issued.issued_at)
                    out.append(
                        CertificateData(
                            name=worker.name,
                            staff_no=worker.staff_no,
                            module_code=str(summary["module_code"]),
                            module_title=str(summary["module_title"]),
                            levels=list(summary["levels"]),  # type: ignore[call-overload]
                            completed_on=c.completed_on,
                            hours=summary["hours"],  # type: ignore[arg-type]
                            organisation=str(summary["organisation"]),
                            code=code,
                            provider=str(summary["provider"]),
                            issued_on=issued_on,
                            renew_by=renew,
                            signatory=signatory[0],
                            signatory_role=signatory[1],
                        )
                    )
        if read_only and skipped and not out:
            raise StorageError(
                translate(
                    "documents",
                    "These certificates were never issued, and this read-only copy of the data cannot issue "
                    "them (each needs a verification code recorded). Print them where the data can be "
                    "changed.",
                )
            )
        return out

    def certificates(self, worker_ids: list[str], include_expired: bool = False, html: bool = False) -> bytes:
        data = self.certificates_data(worker_ids, include_expired)
        if not data:
            raise StorageError(
                translate(
                    "documents",
                    "There is nothing to certify: no completions are recorded, or all have expired (ask for "
                    "expired learning too to print those).",
                )
            )
        return web.certificates(self.letterhead(), data) if html else Certificates(self.letterhead()).render(data)

    def verify(self, code: str) -> tuple[bool, str]:
        """(genuine?, what to tell the person) for a verification code. It checks only what the
        certificate states — the person, their staff number, the module and the date — against
        the record as it is now."""
        repo = CertificateRepository(self.ws.db)
        code = code.strip().upper().removeprefix(QR_PREFIX)  # a scanned QR code carries a prefix
        issued = repo.by_code(code)
        if issued is None:
            problems = quick_problems(self.ws.db)
            if problems:  # never call a certificate fake because the records cannot be read
                raise DamagedDatabaseError(
                    fill(
                        translate(
                            "documents",
                            "The database is damaged (%1), so the code cannot be checked: restore a backup and try "
                            "again.",
                        ),
                        damage_summary(problems),
                    )
                )
            shown = code if len(code) <= 40 else code[:40] + "…"
            return False, fill(
                translate("documents", "The code %1 matches no certificate issued from this database."), shown
            )
        s = issued.summary
        described = fill(
            translate("documents", "%1 (%2) completed %3 %4 on %5; certificate issued %6 by %7."),
            s["name"],
            s["staff_no"],
            s["module_code"],
            s["module_title"],
            uk(date.fromisoformat(str(s["completed_on"]))),
            uk(local_date(issued.issued_at)),
            s["organisation"],
        )
        now = self._summary(issued.worker_id, issued.completion_id) if issued.completion_id else None
        if now is None:
            return False, described + translate("documents", " The completion it certified has since been deleted.")
        if certified(now) != certified(s):
            return False, described + translate(
                "documents", " The record has changed since the certificate was issued."
            )
        return True, "Genuine: " + described
