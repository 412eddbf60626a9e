"""The one kind of error a person can fix: a message to show them (a dialog in the app, a line
on stderr and exit 2 on the command line). Anything else that goes wrong is a bug."""

from __future__ import annotations


class UserError(Exception):
    """A mistake or a situation the person can put right; ``str(error)`` says how."""
