"""The command line. Runs without a display; never imports Qt.

The command names, options and JSON keys here are a contract that scripts rely on: extend
them, do not rename them. Mistakes a person can fix print a message to stderr and exit 2;
a damaged database exits 1, and so does a bug (logged to the data folder's logs/planner.log,
never printed as a traceback)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from planner.cli import backups, imports, packs, person, transfer
from planner.cli.learning import (
    _completion,
    _cpl,
    _registration,
    _starter,
    _supervision,
)
from planner.cli.output import EXIT_BUG, EXIT_DAMAGED, EXIT_USER_ERROR, Output, UserError
from planner.cli.parser import build_parser
from planner.cli.planning import _declarations, _due, _export, _figures, _needs, _session
from planner.cli.records import _frameworks, _pathway, _roles, _status, _workers
from planner.core.errors import DamagedError
from planner.services import bugs, folders
from planner.services.container import Services

READ_ONLY_NOTE = "this data folder is read-only: you can view, print and export, not change anything."

__all__ = ["EXIT_DAMAGED", "EXIT_USER_ERROR", "UserError", "build_parser", "main"]


Opener = Callable[[str | None], Services]
# The commands that may set up a new data folder. Every other command needs data already there:
# on a folder with none it says so, instead of creating an empty database and reporting an
# empty organisation (a mistyped --data-dir, or a check that then reads as sound).
SETS_UP = {"demo", "import", "starter", "restore", "pack"}


def main(argv: Sequence[str] | None = None, opener: Opener | None = None) -> int | None:
    """Run a command; returns its exit code, or None when no command was given (open the GUI).
    ``opener(data_dir)`` gives the services over a data folder (``planner.app`` wires it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for arg in argv:  # bytes the system could not decode arrive as surrogates
        if "\x00" in arg:
            print("planner: an argument contains a NUL character: type it again.", file=sys.stderr)
            return EXIT_USER_ERROR
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")[:80]
            print(f"planner: the argument {shown} is not valid text (UTF-8): type it again.", file=sys.stderr)
            return EXIT_USER_ERROR
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from planner.services.self_test import self_test

        try:
            return 0 if self_test(print) else EXIT_DAMAGED
        except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, then exits 1
            print(f"planner: self-test FAILED: {type(exc).__name__}: {one_line(str(exc))}", file=sys.stderr)
            return EXIT_DAMAGED
    if args.command is None:
        return None
    named = getattr(args, "data_dir", None)
    if args.command not in SETS_UP and (named is None or named.strip()):  # an empty name has its own message
        try:
            folder = folders.resolve(named)
        except UserError as exc:  # e.g. PLANNER_DATA_DIR set to nothing
            print(f"planner: {one_line(str(exc))}", file=sys.stderr)
            return exc.exit_code
        lost = args.command == "backups" and (folder / "backups").is_dir()  # listing what can be restored
        if not folder.is_file() and not lost and not folders.holds_data(folder):  # a mistyped folder is not empty
            print(
                f"planner: there is no Pathway Planner data in {folder}: check the folder's name "
                "(`planner demo` sets up an example organisation; the app offers one on first run).",
                file=sys.stderr,
            )
            return EXIT_USER_ERROR
    opened: list[Services] = []
    try:
        return _run(args, opener or Services.open, opened)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("planner: stopped.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - every failure ends in a message or a logged bug
        known = bugs.as_user_error(exc)
        if known is not None:  # the person can put it right: the message, exit 2 (1 if damaged)
            print(f"planner: {one_line(str(known))}", file=sys.stderr)
            return known.exit_code
        # A bug: logged with its traceback, never shown as one, never disguised as a mistake.
        folder = opened[0].folder if opened else _folder_of(args)
        log = bugs.record(exc, folder, context="planner " + " ".join(argv or []))
        print(f"planner: {bugs.message(log)}", file=sys.stderr)
        return EXIT_BUG


def _folder_of(args: argparse.Namespace) -> Path | None:
    try:
        return folders.resolve(getattr(args, "data_dir", None))
    except Exception:  # noqa: BLE001 - only choosing where to log
        return None


def one_line(text: str) -> str:
    return " ".join(text.split())


HANDLERS: dict[str, Callable[[Services, argparse.Namespace], Output]] = {
    "frameworks": _frameworks,
    "roles": _roles,
    "workers": _workers,
    "status": _status,
    "pathway": _pathway,
    "cpl": _cpl,
    "supervision": _supervision,
    "due": _due,
    "needs": _needs,
    "session": _session,
    "export": _export,
    "completion": _completion,
    "declarations": _declarations,
    "figures": _figures,
    "registration": _registration,
    "starter": _starter,
    "import": lambda s, args: (transfer.handle if args.action == "json" else imports.handle)(s, args),
    "backup": backups.handle,
    "backups": backups.handle,
    "restore": backups.handle,
    "person": person.handle,
    "pack": packs.handle,
}


def _run(args: argparse.Namespace, opener: Opener, opened: list[Services]) -> int:
    try:
        services = opener(getattr(args, "data_dir", None))
    except DamagedError as exc:
        if args.command == "restore":  # a damaged database is what restoring is for
            folder = folders.resolve(getattr(args, "data_dir", None))
            from planner.services.backups import restore_into

            kept = restore_into(folder, args.file)
            print(f"Restored {args.file} into {folder}." + (f" The damaged data is kept as {kept}." if kept else ""))
            return 0
        if args.command != "check":
            raise
        print(f"planner: {exc}", file=sys.stderr)  # check says what it found, as far as it can read
        folder = folders.resolve(getattr(args, "data_dir", None))
        for problem in folders.damage_report(folder) if folders.holds_data(folder) else []:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_DAMAGED
    opened.append(services)
    if services.warning:
        print(f"planner: warning: {services.warning}", file=sys.stderr)
    if services.read_only:
        print(f"planner: note: {READ_ONLY_NOTE}", file=sys.stderr)
    try:
        if args.command == "check":
            return _check(services)
        if args.command == "demo":
            count = services.create_demo(workers=args.workers, seed=args.seed, force=args.force)
            print(f"Created the example organisation with {count} workers in {services.folder}.")
            return 0
        if args.command == "verify":
            genuine, message = services.documents.verify(args.code)
            print(message, file=sys.stdout if genuine else sys.stderr)
            return 0 if genuine else EXIT_DAMAGED
        output = HANDLERS[args.command](services, args)
        if isinstance(output, str):
            print(output, end="")
        else:  # written as it is made
            write = sys.stdout.write
            for piece in output:
                write(piece)
        return 0
    finally:
        services.close()


def _check(services: Services) -> int:
    problems = services.check()
    if problems:
        print("planner: the database is damaged:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_DAMAGED
    print(f"The database at {services.database_path} is sound.")
    return 0
