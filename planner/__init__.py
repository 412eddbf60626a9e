"""Pathway Planner: foundation learning for Scotland's children's services workforce."""

__version__ = "0.1.0"
