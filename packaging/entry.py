"""The frozen program's entry point: the same as `python -m planner`."""

from planner.app import main

raise SystemExit(main())
