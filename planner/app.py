"""The one place that wires everything: the command line, or the GUI when no command is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from planner import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    code = cli.main(argv)
    if code is not None:
        return code
    return gui_main(argv)


def gui_main(argv: Sequence[str] | None = None) -> int:
    from planner.ui.application import run

    argv = list(sys.argv[1:] if argv is None else argv)
    data_dir = None
    if "--data-dir" in argv:
        i = argv.index("--data-dir")
        data_dir = argv[i + 1] if i + 1 < len(argv) else None
    return run(data_dir)
