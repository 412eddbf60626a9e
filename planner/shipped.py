"""Where the files shipped inside the package are: the starter data, icons, fonts and
translations (``planner._resources``, from ``resources/``) and the schema migrations
(``planner._migrations``, from ``db/``).

Both are ordinary packages on disk, in a checkout, a wheel and the frozen installers alike, so
a folder is the package's own: reading it needs no ``importlib.resources`` (which, with the
zip support it loads, would add to every start-up).
"""

from __future__ import annotations

import importlib
from pathlib import Path


def folder(package: str) -> Path:
    """The folder holding ``package``'s files, e.g. ``folder("planner._migrations")``."""
    module = importlib.import_module(package)
    if module.__file__ is None:  # a namespace package: the first folder that makes it up
        return Path(next(iter(module.__path__)))
    return Path(module.__file__).parent


def resource(name: str) -> Path:
    """A file or folder under ``resources/``, e.g. ``resource("icons/pathway-planner.svg")``."""
    return folder("planner._resources") / name
