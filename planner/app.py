"""The one place that wires everything: the command line, or the GUI when no command is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.services.container import Services


def open_services(data_dir: str | None = None) -> Services:
    """The services over a data folder: the one place they are built for the app and the CLI."""
    from planner.services.container import Services

    return Services.open(data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    from planner import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    code = cli.main(argv, open_services)
    if code is not None:
        return code
    return gui_main(argv)


def gui_main(argv: Sequence[str] | None = None) -> int:
    from planner.ui.application import run

    argv = list(sys.argv[1:] if argv is None else argv)
    data_dir = None
    for i, arg in enumerate(argv):  # --data-dir DIR or --data-dir=DIR, as the command line takes it
        if arg == "--data-dir" and i + 1 < len(argv):
            data_dir = argv[i + 1]
        elif arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
    return run(data_dir, open_services)
