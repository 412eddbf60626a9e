"""Every document as an accessible web page: the learning record (one, or a team's in one page),
certificates, the team completion report (its chart drawn in SVG with alt text, and the same
counts as a table), the sign-in sheet and the SSSC pack. Each reads the same data as its PDF and
takes its words and rows from the PDF's module, so paper and page say the same."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from planner.core.dates import uk
from planner.core.i18n import cached, fill, translate
from planner.core.wording import STATE_FILL, STATE_MARK, STATES, TEXT_ON_FILL, state_label, state_name
from planner.reports import certificate as cert
from planner.reports import learning_record as lr
from planner.reports import signin_sheet as signin
from planner.reports import sssc_pack as pack
from planner.reports import team_report as team
from planner.reports.base import Letterhead, tr, tr_all
from planner.reports.html import Hidden, Page, State, esc, state_cell


# -- learning records ----------------------------------------------------------------------------
def learning_record(letterhead: Letterhead, data: lr.LearningRecordData) -> bytes:
    page = Page(letterhead, fill(translate("documents", "Learning record: %1"), data.name))
    _record(page, data, 1)
    return page.render()


def learning_records(letterhead: Letterhead, records: Sequence[lr.LearningRecordData]) -> bytes:
    """A team's records in one page: a heading for the page, each record a section under it."""
    page = Page(letterhead, translate("documents", "Learning records"))
    page.heading(translate("documents", "Learning records"), 1)
    page.para(
        fill(
            translate("documents", "%1 %2, each beginning on a new page when printed."),
            len(records),
            "record" if len(records) == 1 else "records",
        )
    )
    for data in records:
        page.open("section", "record", fill(translate("documents", "Learning record: %1"), data.name))
        _record(page, data, 2)
        page.close("section")
    return page.render()


def _record(page: Page, data: lr.LearningRecordData, top: int) -> None:
    """One record with its headings starting at level ``top``."""
    h2, h3 = top + 1, top + 2
    page.heading(fill(translate("documents", "Learning record: %1"), data.name), top)
    page.lines(lr.subtitle_lines(data), "subtitle")
    page.heading(translate("documents", "Roles"), h2)
    page.table(fill(translate("documents", "Roles of %1"), data.name), tr_all(lr.ROLES_HEAD), lr.role_rows(data))
    page.heading(translate("documents", "Where this worker stands"), h2)
    if data.requirements:
        page.table(
            fill(translate("documents", "Requirements for %1, as on %2"), data.name, uk(data.on)),
            tr_all(lr.REQUIREMENTS_HEAD),
            [[r.label, State(r.state, lr.requirement_words(r))] for r in data.requirements],
        )
    else:
        page.para(tr(lr.NO_REQUIREMENTS))
    page.heading(translate("documents", "Learning completed"), h2)
    if data.completions:
        page.table(
            fill(translate("documents", "Completions of %1, newest first"), data.name),
            tr_all(lr.COMPLETIONS_HEAD),
            lr.completion_rows(data),
            row_header=1,
            numbers=(2,),
        )
    else:
        page.para(tr(lr.NO_COMPLETIONS))
    page.heading(tr(lr.CPL_TITLE), h2)
    if data.cpl_by_year:
        page.table(
            fill(translate("documents", "Learning of %1 by year"), data.name),
            tr_all(lr.CPL_HEAD),
            lr.cpl_rows(data),
            numbers=(1, 2, 3),
        )
    else:
        page.para(tr(lr.NO_CPL))
    if data.period_title:
        page.heading(fill(translate("documents", "Learning in %1"), data.period_title), h3)
        if data.period_entries:
            rows, totals = lr.period_rows(data)
            page.table(
                fill(translate("documents", "Each entry of %1 in %2, with the total"), data.name, data.period_title),
                tr_all(lr.PERIOD_HEAD),
                rows,
                row_header=1,
                numbers=(5,),
                total=totals,
            )
        else:
            page.para(tr(lr.NO_PERIOD_LEARNING))
    if data.cycle_lines:
        page.heading(translate("documents", "Regulator cycle"), h3)
        for line in data.cycle_lines:
            page.para(line)
    page.heading(translate("documents", "Reflective supervision"), h3)
    page.para(data.supervision_line)
    if data.reflections is not None:
        page.heading(tr(lr.REFLECTIONS_TITLE), h2)
        if data.reflections_private:
            page.para(lr.private_words(data.reflections_private))
        elif not data.reflections:
            page.para(tr(lr.NO_REFLECTIONS))
        for r in data.reflections:
            page.heading(f"{uk(r.occurred_on)} · {r.title}", h3)
            for label, text in lr.reflection_parts(r):
                page.quote(label, text)
    page.para(tr(lr.CLOSING), "small")


# -- certificates --------------------------------------------------------------------------------
def certificates(letterhead: Letterhead, data: Sequence[cert.CertificateData]) -> bytes:
    names = sorted({c.name for c in data})
    title = (
        fill(translate("documents", "Certificates: %1"), names[0])
        if len(names) == 1
        else translate("documents", "Certificates of completion")
    )
    page = Page(letterhead, title, landscape=True, kind="certificates")
    page.heading(title, 1)
    for c in data:
        page.open("section", "certificate", fill(translate("documents", "Certificate: %1, %2"), c.name, c.module_code))
        page.para(c.organisation)
        page.raw(
            f'<h2>Certificate of completion<span class="visually-hidden">: {esc(c.name)}, '
            f"{esc(c.module_title)}</span></h2>"
        )
        page.para(translate("documents", "This certifies that"))
        page.raw(f'<p class="name">{esc(c.name)}</p>')
        page.para(fill(translate("documents", "staff number %1"), c.staff_no))
        page.para("completed")
        page.raw(f'<p class="module">{esc(c.module_title)} ({esc(c.module_code)})</p>')
        page.para(cert.done_words(c))
        if c.levels:
            page.para(translate("documents", "Framework levels: ") + translate("documents", "; ").join(c.levels))
        page.para(cert.issue_words(c))
        page.form(translate("documents", "Signed"), [cert.signature_words(c), translate("documents", "Date")])
        if c.code is not None:
            page.raw(_qr_svg(c.code))
            page.para(translate("documents", "Verification code"))
            page.raw(f'<p class="code">{esc(c.code)}</p>')
            page.para(cert.check_words(c.code), "small")
        else:
            page.raw(f'<p class="small"><strong>Self-recorded</strong> {esc(tr(cert.SELF_RECORDED))}</p>')
        page.close("section")
    return page.render()


def _qr_svg(code: str) -> str:
    """The certificate's QR code as an image with its meaning as alt text."""
    qr = cert.QrCode(f"{cert.QR_PREFIX}{code}")
    n = qr.count + 2 * qr.border
    squares = "".join(f"M{c + qr.border} {r + qr.border}h1v1h-1z" for r, c in qr.dark)
    label = fill(translate("documents", "QR code holding the verification code %1"), code)
    return (
        f'<svg role="img" aria-label="{esc(label)}" viewBox="0 0 {n} {n}" width="120" height="120">'
        f'<rect width="{n}" height="{n}" fill="#ffffff"/><path d="{squares}" fill="#000000"/></svg>'
    )


# -- team completion report ----------------------------------------------------------------------
def team_report(letterhead: Letterhead, data: team.TeamReportData) -> bytes:
    title = fill(translate("documents", "Team completion report: %1"), data.scope)
    page = Page(letterhead, title, landscape=True)
    page.heading(title, 1)
    page.para(team.headline(data), "subtitle")
    page.heading(translate("documents", "Summary"), 2)
    page.table(
        translate("documents", "Items in each state"),
        tr_all(team.SUMMARY_HEAD),
        [[State(st, state_name(st)), n, share] for st, n, share in team.summary_rows(data)],
        numbers=(1, 2),
    )
    for line in data.figures + data.notes:
        page.para(line)
    page.heading(translate("documents", "By framework"), 2)
    page.raw(_chart(data))
    page.table(
        translate("documents", "Items in each state by framework (the chart's figures)"),
        [translate("documents", "Framework"), *(state_name(st) for st in STATES), translate("documents", "Total")],
        team.counts_rows(data),
        numbers=tuple(range(1, len(STATES) + 2)),
    )
    page.heading(translate("documents", "The matrix"), 2)
    page.para(
        translate(
            "documents",
            "Each worker's state on each requirement; an empty cell: the requirement does not apply "
            "to them. The matrix is in parts of a few requirements each, as on the printed report.",
        )
    )
    fixed = [
        translate("documents", "Worker"),
        translate("documents", "Staff no."),
        *([translate("documents", "Team")] if data.show_team else []),
    ]
    people = [[name, staff, *([team_name] if data.show_team else [])] for name, staff, team_name in data.workers]
    groups = team.TeamReport(letterhead).column_groups(data)
    for g, cols in enumerate(groups, start=1):
        part = team.part_title(data, groups, g)
        page.heading(part, 3)
        rows = [
            person + [None if cells[c] is None else _matrix_cell(*cells[c]) for c in cols]  # type: ignore[misc]
            for person, cells in zip(people, data.cells, strict=True)
        ]
        frameworks = list(dict.fromkeys(data.columns[c][0] for c in cols))
        names = (
            translate("documents", ", ").join(frameworks[:-1]) + translate("documents", " and ") + frameworks[-1]
            if len(frameworks) > 1
            else frameworks[0]
        )
        page.table(
            fill(
                translate("documents", "Each worker's state in %1, as on %2 (part %3 of %4)"),
                names,
                uk(data.on),
                g,
                len(groups),
            ),
            fixed + [f"{data.columns[c][0]}: {data.columns[c][1]}" for c in cols],
            rows,
            cls="matrix",
        )
    page.heading(tr(team.DUE_TITLE), 2)
    if data.due:
        page.table(
            translate("documents", "Each item overdue, expired or due soon, by worker"),
            team.due_head(data),
            [
                [
                    name,
                    staff,
                    *([team_name] if data.show_team else []),
                    needs,
                    State(state, state_name(state)),
                    uk(when),
                ]
                for name, staff, team_name, needs, state, when in data.due
            ],
        )
    else:
        page.para(tr(team.NOTHING_DUE))
    return page.render()


@cached(maxsize=65536)
def _matrix_cell(state: str, when: date | None) -> State:
    """ "recorded 24 Nov 2023" (kept: a whole organisation repeats the same few thousand)."""
    return State(state, f"{state_name(state)} {uk(when)}" if when else state_name(state))


def _chart(data: team.TeamReportData) -> str:
    """Stacked bars per framework, each part labelled with its mark and count, with alt text
    that gives the figures in words (they are also in the table that follows)."""
    counts = data.framework_counts
    label_w, bar_h, gap, width = 190, 22, 10, 900
    height = 34 + len(counts) * (bar_h + gap)
    most = max((sum(c.values()) for _, c in counts), default=1) or 1
    bar_w = width - label_w - 10
    out = []
    x = 0
    for state in STATES:  # the key
        out.append(
            f'<rect x="{x}" y="2" width="14" height="14" fill="{STATE_FILL[state]}" stroke="#6a6a6a"/>'
            f'<text x="{x + 19}" y="14" font-size="13">{esc(state_label(state))}</text>'
        )
        x += 130
    for i, (name, c) in enumerate(counts):
        y = 34 + i * (bar_h + gap)
        out.append(f'<text x="{label_w - 8}" y="{y + 16}" font-size="13" text-anchor="end">{esc(name)}</text>')
        x0 = float(label_w)
        for state in STATES:
            n = c.get(state, 0)
            if not n:
                continue
            w = bar_w * n / most
            out.append(
                f'<rect x="{x0:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{STATE_FILL[state]}" stroke="#6a6a6a"/>'
            )
            label = f"{STATE_MARK[state]} {n}" if w > 40 else (str(n) if w > 16 else "")
            if label:
                out.append(
                    f'<text x="{x0 + w / 2:.1f}" y="{y + 16}" font-size="12" text-anchor="middle" '
                    f'fill="{TEXT_ON_FILL}">{label}</text>'
                )
            x0 += w
    words = "; ".join(
        f"{name}: " + ", ".join(f"{c.get(st, 0)} {st}" for st in STATES if c.get(st, 0)) for name, c in counts
    )
    alt = fill(translate("documents", "Bar chart of items in each state by framework. %1"), words or "No items.")
    return (
        f'<figure><svg role="img" aria-label="{esc(alt)}" viewBox="0 0 {width} {height}" width="100%" '
        f'style="max-width:{width}px">{"".join(out)}</svg>'
        "<figcaption>Items in each state by framework: the same figures are in the table below.</figcaption></figure>"
    )


# -- sign-in sheet and SSSC pack -----------------------------------------------------------------
def signin_sheet(letterhead: Letterhead, data: signin.SignInData) -> bytes:
    page = Page(letterhead, fill(translate("documents", "Sign-in sheet: %1, %2"), data.module, uk(data.held_on)))
    page.heading(translate("documents", "Sign-in sheet"), 1)
    page.raw(f'<p class="subtitle"><strong>{esc(data.module)}</strong></p>')
    page.lines(signin.detail_lines(data), "subtitle")
    rows = [
        [n, name or Hidden(translate("documents", "Space for someone not booked")), *rest]
        for n, name, *rest in signin.rows(data)
    ]
    caption = fill(translate("documents", "People booked on %1, with rows for people not booked"), data.module)
    page.table(caption, tr_all(signin.HEAD), rows, row_header=1, cls="signin")
    page.form(
        translate("documents", "Trainer"),
        [translate("documents", "Trainer's signature"), translate("documents", "Date")],
    )
    page.para(tr(signin.AFTER), "small")
    return page.render()


def sssc_pack(letterhead: Letterhead, data: pack.SsscPackData) -> bytes:
    title = fill(translate("documents", "SSSC CPL verification pack: %1"), data.name)
    page = Page(letterhead, title)
    page.heading(title, 1)
    page.lines(pack.subtitle_lines(data), "subtitle")
    if data.registration_note:
        page.raw(f"<p><strong>{esc(data.registration_note)}</strong></p>")
    page.heading(translate("documents", "Mandatory learning"), 2)
    page.table(
        translate("documents", "Learning the SSSC requires every year"),
        tr_all(pack.MANDATORY_HEAD),
        [[label, State(state, words), covered] for label, state, words, covered in pack.mandatory_rows(data)],
    )
    if data.elc_line:
        page.para(data.elc_line)
    page.heading(translate("documents", "Core learning elements"), 2)
    page.table(
        translate("documents", "SSSC core learning elements and the learning that covers each"),
        tr_all(pack.ELEMENTS_HEAD),
        [
            [element, covered or state_cell("overdue", None, tr(pack.NOTHING_YET))]
            for element, covered in pack.element_rows(data)
        ],
    )
    page.heading(translate("documents", "The year's learning"), 2)
    if data.entries:
        rows, totals = pack.entry_rows(data)
        caption = translate("documents", "Each learning entry in the year, with the total")
        page.table(caption, tr_all(pack.ENTRIES_HEAD), rows, row_header=1, numbers=(5,), total=totals)
        page.para(tr(pack.NOT_IN_PACK), "small")
    else:
        page.para(tr(pack.NO_LEARNING))
    page.open(
        "section",
        "keep",
        translate("documents", "Worker's declaration"),
    )
    page.heading(translate("documents", "Worker's declaration"), 2)
    page.para(tr(pack.DECLARATION))
    page.form(translate("documents", "Worker's declaration"), tr_all(pack.DECLARATION_BOXES))
    page.close("section")
    page.open("section", "keep", translate("documents", "Verification"))
    page.heading(translate("documents", "Verification"), 2)
    page.form(
        translate("documents", "Verification"),
        tr_all(pack.VERIFICATION_BOXES),
        tall=(translate("documents", "Comments"),),
    )
    page.close("section")
    return page.render()
