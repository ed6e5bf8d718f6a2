"""Qt-free storage: one SQLite file, its schema and migrations, backups, and queries."""
