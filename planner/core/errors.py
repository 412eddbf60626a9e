"""The one kind of error a person can fix: a message to show them (a dialog in the app, a line
on stderr and exit 2 on the command line). Anything else that goes wrong is a bug: logged with its
traceback and shown as one (see ``planner.services.bugs``), never disguised as a user's mistake."""

from __future__ import annotations


class UserError(Exception):
    """A mistake or a situation the person can put right; ``str(error)`` says how."""

    exit_code = 2


class DamagedError(UserError):
    """The data itself is damaged: the message says what to do (the command line exits 1)."""

    exit_code = 1


class Cancelled(Exception):
    """The person cancelled long work; whoever started it stops quietly."""
