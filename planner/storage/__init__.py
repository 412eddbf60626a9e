"""SQLite storage (the standard library's sqlite3): paths, migrations and repositories. No Qt here."""
