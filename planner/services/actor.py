"""Who is making a change, as the audit log records it: the computer account's name."""

from __future__ import annotations


def actor() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
