"""SQLite storage through sqlite-utils: paths, migrations and repositories. No Qt here."""
