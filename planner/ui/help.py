"""Help ▸ a short guide for each kind of user, and the keyboard shortcuts. The shortcuts are
listed once, here: the Help window shows them and a test checks that the README's table and
the window's own actions say the same."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

# (keys, what they do, where they work)
SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    (
        "Ctrl+1 … Ctrl+8",
        QT_TRANSLATE_NOOP(
            "Help", "Go to Home, Team matrix, What is due, Training sessions, People, Pathway, Frameworks, Roles"
        ),
        QT_TRANSLATE_NOOP("Help", "anywhere"),
    ),
    (
        "Ctrl+F",
        QT_TRANSLATE_NOOP("Help", "Find a worker by name or staff number (accents and case ignored)"),
        QT_TRANSLATE_NOOP("Help", "anywhere"),
    ),
    ("Ctrl+O", QT_TRANSLATE_NOOP("Help", "Open another data folder"), QT_TRANSLATE_NOOP("Help", "anywhere")),
    (
        "Ctrl+I",
        QT_TRANSLATE_NOOP("Help", "Import staff or completions from a CSV or XLSX file"),
        QT_TRANSLATE_NOOP("Help", "anywhere"),
    ),
    (
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP("Help", "Import a learning pack or a team pack"),
        QT_TRANSLATE_NOOP("Help", "anywhere"),
    ),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Help", "Settings"), QT_TRANSLATE_NOOP("Help", "anywhere")),
    (
        "F1",
        QT_TRANSLATE_NOOP("Help", "The guide for you (worker's guide in a Just me copy, else the manager's)"),
        QT_TRANSLATE_NOOP("Help", "anywhere"),
    ),
    (
        "Ctrl+Q",
        QT_TRANSLATE_NOOP("Help", "Quit (asks first about changes not saved)"),
        QT_TRANSLATE_NOOP("Help", "anywhere"),
    ),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Help", "Record learning"), QT_TRANSLATE_NOOP("Help", "Learning tab of a pathway")),
    (
        "Delete",
        QT_TRANSLATE_NOOP("Help", "Delete the selected learning entry, completion or supervision session"),
        QT_TRANSLATE_NOOP("Help", "their tables"),
    ),
    (
        "Ctrl+Z",
        QT_TRANSLATE_NOOP("Help", "Undo the last delete, or marking someone as left"),
        QT_TRANSLATE_NOOP("Help", "the same page, until the app closes"),
    ),
    (
        "Enter",
        QT_TRANSLATE_NOOP("Help", "Open the pathway of the selected worker or matrix cell"),
        QT_TRANSLATE_NOOP("Help", "People, Team matrix, What is due"),
    ),
    ("Space", QT_TRANSLATE_NOOP("Help", "Open the list behind a figure"), QT_TRANSLATE_NOOP("Help", "Home")),
    (
        "Alt+underlined letter",
        QT_TRANSLATE_NOOP("Help", "Press that button or go to that field"),
        QT_TRANSLATE_NOOP("Help", "every page and window"),
    ),
    (
        "Tab / Shift+Tab",
        QT_TRANSLATE_NOOP("Help", "Move between controls; arrow keys move inside a table"),
        QT_TRANSLATE_NOOP("Help", "everywhere"),
    ),
)

GUIDES: dict[str, tuple[str, str]] = {
    "manager": (
        QT_TRANSLATE_NOOP("Help", "Guide for team managers"),
        QT_TRANSLATE_NOOP(
            "Help",
            """
<h2>Guide for team managers</h2>
<p><b>Start on Home.</b> It shows, as on today, how many requirements are overdue and for how many
people, what has expired, what expires soon (the warning window is in Settings), what falls due in
the next 60 days, who is overdue for reflective supervision and which SSSC declarations are coming
with mandatory learning missing. Choose a figure to see the people behind it on <i>What is due</i>,
with the modules that would meet each need. The same figures appear in the team report and from
<code>planner figures</code>.</p>
<p><b>Team matrix</b> shows everyone against every requirement, each cell with a mark and a word as
well as a colour. Filter by name, team or role, show only one state, sort by a column (and go back
with <i>Name order</i>), and press Enter on a cell to open that worker's pathway at that
requirement.</p>
<p><b>Plan training</b> on <i>Training sessions</i>: <i>Plan session…</i>, then book the people
suggested (those who need the module most urgently come first). After the session,
<i>Mark attendance…</i> records the completion for everyone ticked; unticking takes it back.</p>
<p><b>People</b> holds teams and workers, with the roles each holds and when they started: due
dates count from the start of a role. Someone who leaves is <i>marked as left</i> (with the date),
never deleted, so their record is kept; Ctrl+Z undoes it.</p>
<p><b>Print</b> the team report, learning records or certificates for everyone shown from the
matrix. Nothing leaves this computer unless you print or export it.</p>
""",
        ),
    ),
    "worker": (
        QT_TRANSLATE_NOOP("Help", "Guide for workers"),
        QT_TRANSLATE_NOOP(
            "Help",
            """
<h2>Guide for workers</h2>
<p><b>Your pathway</b> lists what your roles ask of you in child development, attachment, trauma,
children's rights and the other frameworks, each with its state in words (met, expiring, due,
overdue, expired) and the date that goes with it. <i>Next steps</i> puts them in order and names
the modules that would meet each one.</p>
<p><b>Record learning</b> (Ctrl+N on the Learning tab): what you did, when, for how long, what kind
(a course, reading, shadowing…), who provided it and whether you learned with others. Say what
changed in your practice: that reflection is yours, and it is never shown on team screens or
printed for others. Attach evidence such as a certificate. What you type is kept as a draft until
you save it.</p>
<p><b>Supervision</b> records reflective supervision sessions; <b>Registration</b> shows your
regulator's cycle (the SSSC year, the NMC's three years or the GTCS school session) with your hours
and each check, met or not.</p>
<p><b>Print your record</b> with <i>Print record…</i>; the SSSC pack, for SSSC registrants, is on
the Registration tab. In a <i>Just me</i> copy, <i>My details…</i> changes your name, staff number,
regulator and roles.</p>
<p><b>Send your learning</b> to your manager or fostering service with <i>File ▸ Send my
learning…</i>: it saves one file to e-mail or copy to a USB stick. Your reflections' words go only
if you tick <i>Share the words of my reflections</i>; otherwise they see only that you wrote one.
Your private supervision notes never go. Next time it offers to send only what changed since. A
<i>team pack</i> from them (<i>File ▸ Import pack…</i>) brings your roles, what they require and
the sessions you are booked on, and never changes your own learning.</p>
""",
        ),
    ),
    "lead": (
        QT_TRANSLATE_NOOP("Help", "Guide for training leads"),
        QT_TRANSLATE_NOOP(
            "Help",
            """
<h2>Guide for training leads</h2>
<p><b>Frameworks</b> lists the learning modules: provider, hours, how often they must be renewed,
and which framework levels each one grants. Add your own, edit them, or retire those no longer
offered (a retired module stays on the records of those who did it).</p>
<p><b>Roles</b> says what each role requires: a level in each framework (levels build on each
other), specific modules, the regulator people in the role register with, how long new starters
have (with <i>Due windows</i> for induction and other stages) and how often supervision is
expected. Roles marked as examples come from the starter set: review them for your
organisation.</p>
<p><b>Settings</b> holds the organisation's name and logo, who signs certificates and their role,
how early learning shows as expiring, and the hours asked of SSSC registrants in funded early
learning and childcare.</p>
<p><b>Documents</b>: a learning record or certificates from a pathway; records and certificates for
everyone shown, and the team report, from the matrix; sign-in sheets from Training sessions; the
SSSC pack from the Registration tab. Each certificate has a code that <code>planner verify</code>
checks. Combined batches never include anyone's reflections.</p>
<p><b>Learning packs</b>: workers who keep their own copy send their learning as a pack;
<i>File ▸ Import pack…</i> shows what it changes before importing it. <i>File ▸ Export team
pack…</i> sends them the role mapping with their roles and bookings. This copy keeps only that a
worker wrote a reflection, unless they shared its words.</p>
<p><b>Data folders</b>: after exploring the example organisation, <i>File ▸ New data folder…</i>
starts your own; <i>Open data folder…</i> and <i>Recent folders</i> switch between them.</p>
""",
        ),
    ),
}


def shortcuts_html() -> str:
    def tr(text: str) -> str:
        return escape(QCoreApplication.translate("Help", text))

    rows = "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>{tr(what)}</td><td>{tr(where)}</td></tr>" for k, what, where in SHORTCUTS
    )
    heads = (
        QCoreApplication.translate("Help", "Keyboard shortcuts"),
        QCoreApplication.translate("Help", "Keys"),
        QCoreApplication.translate("Help", "What they do"),
        QCoreApplication.translate("Help", "Where"),
    )
    title, keys, what, where = (escape(h) for h in heads)
    return (
        f"<h2>{title}</h2><table cellpadding='4'><tr><th align='left'>{keys}</th>"
        f"<th align='left'>{what}</th><th align='left'>{where}</th></tr>{rows}</table>"
    )


class HelpDialog(QDialog):
    """One guide, or the shortcuts, in a window that reads well at any font size."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QTextBrowser()
        self.text.setAccessibleName(title)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
