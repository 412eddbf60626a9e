"""Plain-Python domain rules: no Qt, no storage. Everything here is tested without a display."""
