"""The command line. Runs without a display; never imports Qt.

The command names, options and JSON keys here are a contract that scripts rely on: extend
them, do not rename them. Mistakes a person can fix print a message to stderr and exit 2;
a damaged database exits 1."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from planner.cli.learning import (
    _completion,
    _cpl,
    _registration,
    _starter,
    _supervision,
)
from planner.cli.output import EXIT_DAMAGED, EXIT_USER_ERROR, UserError
from planner.cli.parser import build_parser
from planner.cli.planning import _declarations, _due, _export, _needs, _session
from planner.cli.records import _frameworks, _pathway, _roles, _status, _workers
from planner.services.demo import create_demo
from planner.services.workspace import StorageError, Workspace

__all__ = ["EXIT_DAMAGED", "EXIT_USER_ERROR", "UserError", "build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int | None:
    """Run a command; returns its exit code, or None when no command was given (open the GUI)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return None
    try:
        return _run(args)
    except (StorageError, UserError, ValueError) as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file or folder that cannot be read or written: the person can fix it
        where = f" {exc.filename}" if exc.filename else ""
        print(f"planner: cannot use{where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USER_ERROR


def _run(args: argparse.Namespace) -> int:
    data_dir = getattr(args, "data_dir", None)
    ws = Workspace.open(data_dir)
    if ws.warning:
        print(f"planner: warning: {ws.warning}", file=sys.stderr)
    try:
        if args.command == "check":
            return _check(ws)
        if args.command == "demo":
            count = create_demo(ws, workers=args.workers, seed=args.seed, force=args.force)
            print(f"Created the example organisation with {count} workers in {ws.folder}.")
            return 0
        if args.command == "verify":
            from planner.services.documents import DocumentService

            genuine, message = DocumentService(ws).verify(args.code)
            print(message, file=sys.stdout if genuine else sys.stderr)
            return 0 if genuine else EXIT_DAMAGED
        handler = {
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
            "registration": _registration,
            "starter": _starter,
        }[args.command]
        print(handler(ws, args), end="")
        return 0
    finally:
        ws.close()


def _check(ws: Workspace) -> int:
    problems = ws.check()
    if problems:
        print("planner: the database is damaged:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_DAMAGED
    print(f"The database at {ws.database_path} is sound.")
    return 0

