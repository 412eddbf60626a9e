"""Certificate verification codes: a new code, what a code vouches for, and its digest."""

from __future__ import annotations

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O or 1/I/L to misread


def new_code() -> str:
    import secrets

    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"PP-{raw[:4]}-{raw[4:]}"


CERTIFIED = ("name", "staff_no", "module_code", "completed_on")  # what a verification code vouches for


def certified(summary: dict[str, object]) -> dict[str, object]:
    return {k: summary.get(k) for k in CERTIFIED}


def certificate_digest(summary: dict[str, object]) -> str:
    import hashlib
    import json

    return hashlib.sha256(json.dumps(summary, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
