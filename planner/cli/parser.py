"""The command line's parser: every command, option and help text (the names are a contract:
extend them, never rename them)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from planner import __version__
from planner.core.cpl import CPL_TYPES, SSSC_ELEMENTS, TOPICS
from planner.core.dates import parse_iso
from planner.core.errors import UserError
from planner.core.supervision import SUPERVISION_KINDS
from planner.services.demo import DEFAULT_WORKERS

FIRST_YEAR, LAST_YEAR = 1900, 2999  # dates outside these years are typing mistakes
MAX_DAYS = 3650


class Parser(argparse.ArgumentParser):
    """Mistakes on the command line are one line on stderr and exit 2, not a usage block."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        ns, rest = super().parse_known_args(args, namespace)
        for action in self._actions:  # `--days=--` gives [] for a one-value option: refuse it
            value = getattr(ns, action.dest, None)
            if type(action) is argparse._StoreAction and action.nargs is None and isinstance(value, list):
                self.error(f"argument {'/'.join(action.option_strings) or action.dest}: expected one value")
        return ns, rest

    def error(self, message: str) -> None:  # type: ignore[override]
        message = " ".join(message.replace("\x00", "").split())  # a typed value may hold line breaks
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def _date(text: str) -> date:
    try:
        when = parse_iso(text)
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not FIRST_YEAR <= when.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text} is outside the years this app works with ({FIRST_YEAR} to {LAST_YEAR}): check the year"
        )
    return when


def _team(text: str) -> str:
    """A team's name as given to --team: never empty (an unset shell variable must not mean
    the whole organisation)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the team's name is empty: give a team, or leave --team out for everyone")
    return text


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of days") from None
    if not 0 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"give a number of days from 0 to {MAX_DAYS} (ten years)")
    return days


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year: use four digits, such as 2026") from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"give a year from {FIRST_YEAR} to {LAST_YEAR}")
    return year


def _hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of hours: use quarter hours, e.g. 1.25") from None
    return value


def _entry_options(p: argparse.ArgumentParser, edit: bool = False) -> None:
    """Options that add and edit share. On edit, a repeatable option given replaces the list."""
    default: list[str] | None = None if edit else []
    p.add_argument(
        "--participatory",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="learning with others (default: no, or from the module's delivery)",
    )
    p.add_argument(
        "--reflective-account",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="an NMC written reflective account",
    )
    p.add_argument("--reflection", metavar="TEXT", help="what I learned (in the worker's own copy)")
    p.add_argument(
        "--practice-change", metavar="TEXT", help="how it will change my practice (in the worker's own copy)"
    )
    p.add_argument(
        "--reflection-written",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="note that the worker wrote a reflection (an organisation's copy keeps only this, never the words)",
    )
    p.add_argument("--framework", action="append", default=default, metavar="CODE", help="framework area (repeatable)")
    p.add_argument(
        "--element",
        action="append",
        default=default,
        choices=[c for c, _ in SSSC_ELEMENTS],
        help="SSSC core learning element (repeatable)",
    )
    p.add_argument(
        "--topic",
        action="append",
        default=default,
        choices=[c for c, _ in TOPICS],
        help="regulator topic it covers (repeatable)",
    )


def build_parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder (default: PLANNER_DATA_DIR, else the folder last opened in the app, "
        "else the user's data folder)",
    )
    common.add_argument(
        "--pretty",
        action="store_true",
        default=argparse.SUPPRESS,
        help="with --format json, indent lists for people to read (otherwise one row per line)",
    )

    parser = Parser(
        prog="planner",
        description="Pathway Planner: foundation learning for the children's services workforce. "
        "Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Pathway Planner {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this copy works (a database in a temporary folder, a status, a PDF), then exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", parents=[common], help="create the example organisation")
    p.add_argument("--workers", type=int, default=DEFAULT_WORKERS, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--force", action="store_true", help="add the example even if workers exist")

    p = sub.add_parser("frameworks", parents=[common], help="frameworks, their levels, and modules")
    p.add_argument("--format", choices=("json", "text"), default="text")

    p = sub.add_parser("roles", parents=[common], help="roles and what they require")
    p.add_argument("--format", choices=("json", "text"), default="text")

    p = sub.add_parser("workers", parents=[common], help="workers, their teams and roles")
    p.add_argument("--team", type=_team, metavar="NAME")
    p.add_argument("--format", choices=("json", "csv", "text"), default="text")

    p = sub.add_parser("status", parents=[common], help="every requirement of every worker, with its state")
    p.add_argument("--team", type=_team, metavar="NAME")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="as on this date (default today)")
    p.add_argument("--format", choices=("json", "csv", "text"), default="text")

    p = sub.add_parser("pathway", parents=[common], help="one worker's requirements and next steps")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=("json", "text"), default="text")

    sub.add_parser("check", parents=[common], help="check the database's integrity")

    cpl = sub.add_parser("cpl", parents=[common], help="a worker's CPL log").add_subparsers(
        dest="action", metavar="ACTION"
    )
    cpl.required = True
    p = cpl.add_parser("add", parents=[common], help="record learning (prints the new entry's id)")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--title", help="required unless --module gives it")
    p.add_argument("--hours", type=_hours, help="in quarter hours; with --module, the module's typical hours")
    p.add_argument("--type", choices=CPL_TYPES, dest="kind", help="default: course, or the module's delivery")
    p.add_argument("--module", metavar="CODE", help="the catalogue module this completes")
    p.add_argument("--provider", help="default: the module's provider")
    _entry_options(p)
    p.add_argument("--evidence", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    p = cpl.add_parser("edit", parents=[common], help="change an entry (and the completion it is)")
    p.add_argument("entry_id", metavar="ID")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--title")
    p.add_argument("--hours", type=_hours)
    p.add_argument("--type", choices=CPL_TYPES, dest="kind", help="the kind of learning (course, reading, shadowing …)")
    p.add_argument("--module", metavar="CODE", help="the catalogue module it completes ('none' for no module)")
    p.add_argument("--provider")
    _entry_options(p, edit=True)
    p = cpl.add_parser("delete", parents=[common], help="delete an entry (and the completion it is)")
    p.add_argument("entry_id", metavar="ID")
    p = cpl.add_parser("list", parents=[common], help="the worker's own export, reflections included")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--format", choices=("json", "csv"), default="json")

    com = sub.add_parser("completion", parents=[common], help="completions of catalogue modules").add_subparsers(
        dest="action", metavar="ACTION"
    )
    com.required = True
    p = com.add_parser("add", parents=[common], help="record a completed module (prints its id)")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--hours", type=_hours, help="default: the module's typical hours")
    p.add_argument("--provider", help="default: the module's provider")
    p.add_argument(
        "--participatory",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="learning with others (default: from the module's delivery)",
    )
    p = com.add_parser("list", parents=[common], help="a worker's completions, with their learning")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p = com.add_parser("delete", parents=[common], help="delete a completion and its learning entry")
    p.add_argument("completion_id", metavar="ID")

    p = sub.add_parser("registration", parents=[common], help="a worker's regulator cycle and its checks")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="the cycle containing this date (default today)")
    p.add_argument("--format", choices=("json", "text"), default="text")

    st = sub.add_parser("starter", parents=[common], help="starter roles and modules this version adds").add_subparsers(
        dest="action", metavar="ACTION"
    )
    st.required = True
    p = st.add_parser("list", parents=[common], help="new starter roles and modules not yet in this organisation")
    p.add_argument("--format", choices=("json", "text"), default="text")
    p = st.add_parser("add", parents=[common], help="add new starter roles (with their modules) and modules")
    p.add_argument("codes", nargs="*", metavar="CODE", help="role or module codes")
    p.add_argument("--all", action="store_true", help="everything offered")

    p = sub.add_parser("due", parents=[common], help="what is overdue, expired, or due or expiring soon")
    p.add_argument("--team", type=_team, metavar="NAME")
    p.add_argument("--days", type=_days, default=60, metavar="N", help="look ahead this many days (default 60)")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--by", choices=("worker", "module"), default="worker", help="grouping for text output")
    p.add_argument("--format", choices=("json", "csv", "text"), default="text")

    p = sub.add_parser("figures", parents=[common], help="the planning figures (as Home shows them)")
    p.add_argument("--team", type=_team, metavar="NAME")
    p.add_argument("--days", type=_days, default=60, metavar="N", help="look ahead this many days (default 60)")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=("json", "text"), default="text")

    p = sub.add_parser(
        "declarations", parents=[common], help="SSSC declarations due soon with mandatory learning missing"
    )
    p.add_argument("--team", type=_team, metavar="NAME")
    p.add_argument("--days", type=_days, default=60, metavar="N", help="look ahead this many days (default 60)")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=("json", "csv", "text"), default="text")

    p = sub.add_parser("needs", parents=[common], help="learning-needs analysis per framework level")
    p.add_argument("--team", type=_team, metavar="NAME")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=("json", "csv", "text"), default="text")

    ses = sub.add_parser("session", parents=[common], help="training sessions").add_subparsers(
        dest="action", metavar="ACTION"
    )
    ses.required = True
    p = ses.add_parser("add", parents=[common], help="plan a session (prints its id)")
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--capacity", type=int, metavar="N")
    p.add_argument("--venue", default="", metavar="TEXT")
    p.add_argument("--link", default="", metavar="URL", help="online link")
    p.add_argument("--trainer", default="")
    p.add_argument("--start", default="", metavar="HH:MM")
    p.add_argument("--end", default="", metavar="HH:MM")
    for action, text in (
        ("book", "book workers (past capacity: waiting list)"),
        ("attend", "mark who attended (records their completions)"),
        ("unattend", "take back attendance marked by mistake (deletes the completion it made)"),
        ("release", "take workers off a session"),
    ):
        p = ses.add_parser(action, parents=[common], help=text)
        p.add_argument("session_id", metavar="SESSION_ID")
        p.add_argument("staff_nos", nargs="+", metavar="STAFF_NO")
    p = ses.add_parser("cancel", parents=[common], help="cancel a session and release its bookings")
    p.add_argument("session_id", metavar="SESSION_ID")
    p = ses.add_parser("suggest", parents=[common], help="who to book, most urgent first")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--team", type=_team, metavar="NAME")
    p.add_argument("--format", choices=("json", "text"), default="text")
    p = ses.add_parser("list", parents=[common], help="sessions with their bookings")
    p.add_argument("--format", choices=("json", "text"), default="text")

    exp = sub.add_parser(
        "export",
        parents=[common],
        help="PDF documents (or accessible web pages: -o NAME.html), CSV tables, the whole organisation as JSON",
    ).add_subparsers(dest="action", metavar="DOCUMENT")
    exp.required = True
    imp = sub.add_parser("import", parents=[common], help="staff, completions, or a JSON export").add_subparsers(
        dest="action", metavar="WHAT"
    )
    imp.required = True
    # The command groups that live in modules of their own add their commands here.
    from planner.cli import backups, imports, packs, person, transfer

    imports.add_parsers(imp, common)
    transfer.add_parsers(exp, imp, common)
    backups.add_parsers(sub, common)
    person.add_parsers(sub, common)
    packs.add_parsers(sub, common)
    p = exp.add_parser("record", parents=[common], help="one worker's learning record")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|FILE.html")
    p.add_argument("--include-reflections", action="store_true", help="the worker chooses to include them")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")

    for kind, text in (("records", "learning records for a team"), ("certificates", "certificates of completion")):
        p = exp.add_parser(kind, parents=[common], help=text + " (a folder, or one combined .pdf or .html)")
        group = p.add_mutually_exclusive_group(required=kind == "records")
        group.add_argument("--team", type=_team, metavar="NAME")
        if kind == "records":
            group.add_argument("--all", action="store_true", help="every current worker of the organisation")
        if kind == "certificates":
            group.add_argument("--staff", metavar="STAFF_NO")
            group.required = True
        p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR|FILE.pdf|FILE.html")
        if kind == "records":
            p.add_argument(
                "--include-reflections",
                action="store_true",
                help="refused: a batch never carries reflections (export one record for that)",
            )
            p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
        else:
            p.add_argument("--include-expired", action="store_true", help="certificates for expired learning too")

    p = exp.add_parser("team", parents=[common], help="team completion report")
    p.add_argument("--team", type=_team, metavar="NAME", help="default: the whole organisation")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|FILE.html")

    p = exp.add_parser("signin", parents=[common], help="a session's sign-in sheet")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|FILE.html")
    p = exp.add_parser("sssc-pack", parents=[common], help="SSSC CPL verification pack for a registration year")
    p.add_argument("staff_no", metavar="STAFF_NO")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--year", type=_year, metavar="YYYY", help="the registration year that ends in YYYY")
    when.add_argument(
        "--on", type=_date, metavar="YYYY-MM-DD", help="the registration year containing this date (default today)"
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|FILE.html")

    p = sub.add_parser("verify", parents=[common], help="check a certificate's verification code")
    p.add_argument("code", metavar="CODE")

    sup = sub.add_parser("supervision", parents=[common], help="reflective supervision").add_subparsers(
        dest="action", metavar="ACTION"
    )
    sup.required = True
    p = sup.add_parser("add", parents=[common], help="record a session")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--kind", required=True, choices=SUPERVISION_KINDS)
    p.add_argument("--minutes", required=True, type=int)
    p.add_argument("--supervisor", default="")
    p.add_argument("--topics", default="")
    p = sup.add_parser("list", parents=[common], help="a worker's sessions")
    p.add_argument("staff_no", metavar="STAFF_NO")
    p.add_argument("--format", choices=("json",), default="json")
    _fill_help(parser)
    return parser


# What the options that recur across commands mean, for those given no words of their own.
OPTION_HELP = {
    "team": "one team, by name",
    "staff": "one worker, by staff number",
    "format": "how to print it",
    "on": "as on this date, YYYY-MM-DD (default: today)",
    "output": "where to write it",
    "date": "the date, YYYY-MM-DD",
    "title": "what the learning was",
    "hours": "hours, in quarter hours (e.g. 1.25)",
    "type": "the kind of learning (course, reading, shadowing …)",
    "provider": "who provided it",
    "module": "a catalogue module, by code",
    "workers": "how many made-up workers (default 48)",
    "seed": "a different seed gives different made-up people",
    "capacity": "places (default: no limit)",
    "venue": "where it is held",
    "trainer": "who runs it",
    "start": "start time, HH:MM",
    "end": "end time, HH:MM",
    "kind": "one-to-one, group, peer or coaching",
    "minutes": "how long, in minutes",
    "supervisor": "who supervised",
    "topics": "what was discussed (never the private notes)",
}


POSITIONAL_HELP = {
    "staff_no": "the worker's staff number (`planner workers` lists them)",
    "staff_nos": "one or more staff numbers (`planner workers` lists them)",
    "session_id": "the session's id, as `planner session list` prints it",
    "code": "the verification code printed on the certificate",
    "completion_id": "the completion's id, as `planner completion list` prints it",
    "entry_id": "the entry's id, as `planner cpl list` prints it",
}


def _fill_help(parser: argparse.ArgumentParser) -> None:
    """Words for every option and argument that has none, and a description for every command
    (its one-line help, as a sentence)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                text = helps.get(name)
                if sub.description is None and text:
                    sub.description = text[:1].upper() + text[1:] + "."
                _fill_help(sub)
        elif action.help is None and action.option_strings:
            action.help = OPTION_HELP.get(action.dest)
        elif action.help is None and not action.option_strings:
            action.help = POSITIONAL_HELP.get(action.dest)
