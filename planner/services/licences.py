"""What Pathway Planner is built from, and under which licences (Help ▸ About)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

# The distributions the program ships with, and their licences as their authors state them.
BUNDLED = (
    ("PySide6-Essentials", "Qt for Python: LGPL-3.0 (or GPL-2.0/GPL-3.0); Qt itself under the LGPL-3.0"),
    ("shiboken6", "LGPL-3.0 (or GPL-2.0/GPL-3.0)"),
    ("reportlab", "BSD-3-Clause"),
    ("rl-accel", "BSD-3-Clause"),
    ("platformdirs", "MIT"),
    ("openpyxl", "MIT"),
)
FONTS = ("DejaVu fonts", "Bitstream Vera and DejaVu licence (free to use, embed and redistribute)")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def components() -> list[Component]:
    out = [Component("Python", sys.version.split()[0], "PSF-2.0")]
    for name, licence in BUNDLED:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "not installed"
        out.append(Component(name, version, licence))
    out.append(Component(FONTS[0], "2.37", FONTS[1]))
    return out


def licence_folder() -> Path | None:
    """Where the full licence texts are: licences/ beside a built program; None when running
    from source (each installed package keeps its own)."""
    base = getattr(sys, "_MEIPASS", None)
    if base is None:
        return None
    folder = Path(base) / "licences"
    return folder if folder.is_dir() else None
